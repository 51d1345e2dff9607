#pragma once

#include "HistoryDialog.h"

#include "jobs/JobPlan.h"
#include "jobs/ShareJob.h"
#include "session/Session.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <vector>

class QAction;
class QNetworkAccessManager;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace LhShare {

class AccessView;
class AccountIdEditor;
class BlueprintPicker;
class DemoBanner;
class EndpointBanner;
class JobController;
class JobResultsPanel;
class ProfileSelector;
class RecipientsView;
class RegionComboBox;
class ReviewDialog;
class EditRecipientsDialog;
class SessionFactory;
class WelcomePanel;
struct ApiError;

// The main window of Lighthouse Share.
//
// Architecture: the window is a composition of small widgets that each own one pane and talk to
// the core library only through its classes, never JSON or HTTP. The top bar holds the
// ProfileSelector (which loads a profile's secrets from the keychain) and the RegionComboBox.
// Below, two views in tabs (Ctrl+1, Ctrl+2): "Blueprints", three columns: BlueprintPicker (or the
// WelcomePanel while there are no credentials), AccountIdEditor (works offline), RecipientsView,
// with the Cancel sharing / Share / Edit recipients actions; and "Access", the AccessView (which
// blueprints given accounts can use across regions, Revoke selected… / Revoke all…). At the
// bottom the JobResultsPanel, shared by both: every job takes the same review and run path.
//
// The ProfileSelector opens a Session (through the SessionFactory made in main.cpp: a saved
// profile, or the demo's in-process simulator); the panes get its service. A job goes: the
// selected blueprints × the editor's IDs -> JobRequest -> the session layer's JobController plans
// it (reads current recipients) -> ReviewDialog (window-modal, announced through reviewOpened() so
// tests can answer it) -> JobController runs a ShareJob journalled to History -> JobResultsPanel
// follows its outcomes. The HistoryDialog turns past jobs into undo and resume
// requests that take the same review path. Everything is asynchronous; no nested event loops.
//
// Start-up: the first frame shows only the window's frame (top bar, tabs, status bar); the panes
// are built and painted just after it (ensurePanes()), the Access view after that, and the slow
// work (runAfterFirstFrame()) waits for the panes. Any accessor builds what it returns at once.
//
// Remembered in QSettings (never secrets): geometry, splitters, column widths, region, the
// blueprints chosen per region; the last profile is remembered by ProfileSelector.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // factory: not owned; it opens every session (profiles, the demo) on one network manager.
    explicit MainWindow(SessionFactory *factory, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Uses the session (takes ownership; nullptr: offline, the welcome panel shows).
    void setSession(Session *session);
    Session *session() const { return m_session; }
    // Works against the demo's simulated service (--demo, "Try the demo", the profile picker).
    void startDemo();
    // Loads the profile remembered from last time, if any.
    void loadLastProfile();
    // Runs `work` once the window has painted its first frame, so that nothing slow (the keychain,
    // the network, the simulator) delays it; at once (from the event loop) if that already happened.
    void runAfterFirstFrame(std::function<void()> work);

    // A job for the selected blueprints and the listed accounts, through the review dialog.
    void requestChange(ShareAction action);
    // Any job (retry, undo, resume): plan it, then review it.
    void requestJob(const JobRequest &request);
    void stopJob();
    HistoryDialog *showHistory();
    // Shows the account-centric view (Ctrl+2) or the blueprint-centric one (Ctrl+1).
    void showAccessView();
    void showBlueprintsView();
    bool isAccessViewShown() const;
    // "Edit recipients…" for the one selected blueprint; its Apply takes the review path.
    EditRecipientsDialog *editRecipients();

    RegionComboBox *regionPicker() const { return m_region; }
    // The panes are built on first use (just after the first frame at the latest).
    BlueprintPicker *blueprintPicker() { return built(m_blueprints); }
    AccountIdEditor *accountEditor() { return built(m_accounts); }
    RecipientsView *recipientsView() { return built(m_recipients); }
    AccessView *accessView();
    JobResultsPanel *resultsPanel() { return built(m_results); }
    WelcomePanel *welcomePanel() { return built(m_welcome); }
    JobController *jobController() const { return m_jobs; }
    ProfileSelector *profileSelector() const { return m_profiles; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *shareAction() const { return m_shareAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *editRecipientsAction() const { return m_editRecipientsAction; }
    QAction *accessViewAction() const { return m_accessViewAction; }
    QAction *blueprintsViewAction() const { return m_blueprintsViewAction; }
    // The status bar's "profile · SecretId · endpoint" of the connection in use.
    QString connectionText() const;

Q_SIGNALS:
    // A review dialog was opened (already shown, window-modal); answer it to go on.
    void reviewOpened(LhShare::ReviewDialog *dialog);
    void jobFinished(const LhShare::JobResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void buildActions();
    // Builds the Blueprints view's panes, the job buttons and the results, once.
    void ensurePanes();
    template<typename Pane>
    Pane *built(Pane *const &pane)
    {
        ensurePanes();
        return pane;
    }
    QWidget *buildTopBar();
    QWidget *buildActionBar();
    void showWelcome(const QString &problem);
    void onBlueprintSelectionChanged();
    void onPlanned(const JobPlan &plan);
    void onPlanFailed(const ApiError &error);
    void updateActions();
    void updateConnectionLabel();
    void scheduleDeferredWork();
    void restoreSettings();
    void restorePaneSettings();
    void saveSettings() const;

    QPointer<Session> m_session;
    QNetworkAccessManager *m_network; // the factory's: Preferences apply the proxy to it
    JobController *m_jobs;
    JobRequest m_lastRequest;
    bool m_lastRequestFromEditor = false; // m_lastRequest came from the account list (not history, retry)

    DemoBanner *m_demoBanner;
    EndpointBanner *m_endpointBanner;
    ProfileSelector *m_profiles;
    RegionComboBox *m_region;
    QSplitter *m_rows;
    QTabWidget *m_views;
    QLabel *m_regionLabel = nullptr;
    // The pages as the first frame shows them, empty; ensurePanes() and accessView() fill them.
    QWidget *m_blueprintsPage;
    QWidget *m_accessPage;
    QWidget *m_bottomPage; // the job buttons and the results
    QLabel *m_connection;
    bool m_panesBuilt = false;
    // Built by ensurePanes().
    QSplitter *m_columns = nullptr;
    QStackedWidget *m_left = nullptr;
    WelcomePanel *m_welcome = nullptr;
    BlueprintPicker *m_blueprints = nullptr;
    AccountIdEditor *m_accounts = nullptr;
    RecipientsView *m_recipients = nullptr;
    QWidget *m_actionBar = nullptr;
    QLabel *m_hint = nullptr;
    JobResultsPanel *m_results = nullptr;
    AccessView *m_access = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_shareAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_editRecipientsAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_blueprintsViewAction = nullptr;
    QAction *m_accessViewAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QPointer<HistoryDialog> m_history;
    bool m_firstFramePainted = false;
    std::vector<std::function<void()>> m_afterFirstFrame;
};

} // namespace LhShare
