#include "MainWindow.h"

#include "AccessView.h"
#include "AccountIdEditor.h"
#include "BlueprintPicker.h"
#include "DemoBanner.h"
#include "EditRecipientsDialog.h"
#include "EndpointBanner.h"
#include "HistoryDialog.h"
#include "InlineStatus.h"
#include "JobResultsPanel.h"
#include "PreferencesDialog.h"
#include "ProfileSelector.h"
#include "RecipientsView.h"
#include "RegionComboBox.h"
#include "ReviewDialog.h"
#include "WelcomePanel.h"

#include "api/LighthouseService.h"
#include "api/TcClient.h"
#include "credentials/ProxySetup.h"
#include "jobs/ShareJob.h"
#include "session/JobController.h"
#include "session/Session.h"
#include "session/SessionFactory.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace LhShare {

namespace {
const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kRowsKey = QStringLiteral("ui/rowSplitter");
const QString kColumnsKey = QStringLiteral("ui/columnSplitter");
const QString kBlueprintHeaderKey = QStringLiteral("ui/blueprintColumns");
const QString kAccountHeaderKey = QStringLiteral("ui/accountColumns");
const QString kResultHeaderKey = QStringLiteral("ui/resultColumns");

QString blueprintsKey(const QString &region)
{
    return QStringLiteral("ui/blueprints/") + region;
}

QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->icon(), action->text(), parent);
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    button->setEnabled(action->isEnabled());
    return button;
}
// The widgets under `parent` that Tab stops at, in focus-chain order. The whole window's chain is
// walked: widgets created elsewhere and moved under `parent` need not follow it in the chain.
QList<QWidget *> tabStopsIn(QWidget *parent)
{
    QList<QWidget *> stops;
    QWidget *window = parent->window();
    for (QWidget *widget = window->nextInFocusChain(); widget != window; widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && parent->isAncestorOf(widget))
            stops.append(widget);
    }
    return stops;
}

// Moves the tab stops of `later` right after those of `earlier`. QWidget::setTabOrder() takes only
// widgets that accept focus themselves, not the containers.
void placeInFocusChainAfter(QWidget *earlier, QWidget *later)
{
    const QList<QWidget *> earlierStops = tabStopsIn(earlier);
    if (earlierStops.isEmpty())
        return;
    QWidget *previous = earlierStops.constLast();
    for (QWidget *stop : tabStopsIn(later)) {
        QWidget::setTabOrder(previous, stop);
        previous = stop;
    }
}
} // namespace

MainWindow::MainWindow(SessionFactory *factory, QWidget *parent)
    : QMainWindow(parent)
    , m_network(factory->network())
    , m_jobs(new JobController(History::defaultPath(), this))
    , m_demoBanner(new DemoBanner(this))
    , m_endpointBanner(new EndpointBanner(this))
    , m_profiles(new ProfileSelector(factory, this))
    , m_region(new RegionComboBox(this))
    , m_rows(new QSplitter(Qt::Vertical, this))
    , m_views(new QTabWidget(this))
    , m_blueprintsPage(new QWidget(this))
    , m_accessPage(new QWidget(this))
    , m_bottomPage(new QWidget(this))
    , m_connection(new QLabel(this))
{
    // The first frame shows the window's frame: the top bar, the tabs and the status bar. The panes
    // (two thirds of the widgets, and of the time to that frame) are built right after it, or at once
    // when something asks for one of them.
    setWindowTitle(tr("Lighthouse Share"));
    buildActions();

    m_views->setAccessibleName(tr("Views"));
    m_views->addTab(m_blueprintsPage, tr("Blueprints"));
    m_views->setTabToolTip(0, tr("Share and cancel per blueprint, in one region (Ctrl+1)"));
    m_views->addTab(m_accessPage, tr("Access"));
    m_views->setTabToolTip(1, tr("Which blueprints given accounts can use, in every region, and revoking it (Ctrl+2)"));
    m_rows->addWidget(m_views);
    m_rows->addWidget(m_bottomPage);
    m_rows->setChildrenCollapsible(false);
    m_rows->setStretchFactor(0, 3);
    m_rows->setStretchFactor(1, 2);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_endpointBanner);
    layout->addWidget(buildTopBar());
    layout->addWidget(m_rows, 1);
    setCentralWidget(central);
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_connection);
    m_demoBanner->hide();

    connect(m_profiles, &ProfileSelector::sessionOpened, this, [this](Session *session) {
        welcomePanel()->setProblem({});
        setSession(session);
    });
    connect(m_profiles, &ProfileSelector::profileUnavailable, this, &MainWindow::showWelcome);
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        // The region and the job buttons belong to the Blueprints view; the Access view has its own.
        const bool blueprints = !isAccessViewShown();
        if (!blueprints)
            accessView(); // and the panes before it
        ensurePanes();
        m_actionBar->setVisible(blueprints);
        m_regionLabel->setVisible(blueprints);
        m_region->setVisible(blueprints);
        updateActions();
    });
    connect(m_jobs, &JobController::planned, this, &MainWindow::onPlanned);
    connect(m_jobs, &JobController::planFailed, this, &MainWindow::onPlanFailed);
    connect(m_jobs, &JobController::busyChanged, this, &MainWindow::updateActions);

    restoreSettings();
    updateConnectionLabel();
    // Just after the first frame: the panes, painted at once, so that they show before the slow
    // work queued after the first frame (the keychain, the network) starts; the Access view, off
    // screen, once that work has started.
    runAfterFirstFrame([this] {
        ensurePanes();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // their geometry, now
        repaint();
        QTimer::singleShot(0, this, [this] { accessView(); });
    });
}

void MainWindow::ensurePanes()
{
    if (m_panesBuilt)
        return;
    m_panesBuilt = true;
    m_left = new QStackedWidget(m_blueprintsPage);
    m_welcome = new WelcomePanel(m_left);
    m_blueprints = new BlueprintPicker(m_left);
    m_left->addWidget(m_welcome);
    m_left->addWidget(m_blueprints);
    m_columns = new QSplitter(Qt::Horizontal, m_blueprintsPage);
    m_accounts = new AccountIdEditor(m_columns);
    m_recipients = new RecipientsView(m_columns);
    m_columns->addWidget(m_left);
    m_columns->addWidget(m_accounts);
    m_columns->addWidget(m_recipients);
    m_columns->setChildrenCollapsible(false);
    m_columns->setStretchFactor(0, 3);
    m_columns->setStretchFactor(1, 3);
    m_columns->setStretchFactor(2, 2);
    auto *columnsLayout = new QVBoxLayout(m_blueprintsPage);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(m_columns);

    // Created after the panes above so that Tab reaches the job buttons, then the results, in
    // reading order (the focus chain follows creation order).
    auto *bottomLayout = new QVBoxLayout(m_bottomPage);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_actionBar = buildActionBar();
    bottomLayout->addWidget(m_actionBar);
    m_results = new JobResultsPanel(m_bottomPage);
    bottomLayout->addWidget(m_results, 1);
    // At once: the layouts would show them only from the event loop, a frame later. (The tab switch
    // hides the job buttons in the Access view.)
    m_columns->show();
    m_actionBar->show();
    m_results->show();

    connect(m_welcome, &WelcomePanel::addCredentialsRequested, m_profiles, &ProfileSelector::showProfilesDialog);
    connect(m_welcome, &WelcomePanel::importRequested, m_profiles, &ProfileSelector::showProfilesDialog);
    connect(m_welcome, &WelcomePanel::demoRequested, this, &MainWindow::startDemo);
    connect(m_region, &RegionComboBox::regionChanged, this, [this](const QString &region) {
        m_blueprints->setRegion(region);
        m_blueprints->selectIds(QSettings().value(blueprintsKey(region)).toStringList());
        onBlueprintSelectionChanged();
    });
    connect(m_blueprints, &BlueprintPicker::selectionChanged, this, &MainWindow::onBlueprintSelectionChanged);
    connect(m_accounts, &AccountIdEditor::idsChanged, this, &MainWindow::updateActions);
    connect(m_recipients, &RecipientsView::addAllRequested, this, [this](const QStringList &ids) {
        m_accounts->addText(ids.join(QLatin1Char('\n')), tr("current recipients"));
    });
    connect(m_recipients, &RecipientsView::removeAllRequested, this, [this](const QStringList &ids) {
        m_accounts->replaceWithIds(ids, tr("current recipients"));
        requestChange(ShareAction::Cancel);
    });

    connect(m_jobs, &JobController::started, m_results, &JobResultsPanel::setJob);
    connect(m_jobs, &JobController::verifying, m_results, &JobResultsPanel::setVerifying);
    connect(m_jobs, &JobController::historyError, m_results,
            [this](const QString &message) { m_results->status()->showProblem(message); });
    connect(m_jobs, &JobController::finished, this, [this](const JobResult &result) {
        m_results->showResult(result);
        m_recipients->reload();
        if (m_access)
            m_access->rescan(); // so its table shows what is left
        Q_EMIT jobFinished(result);
    });
    connect(m_results, &JobResultsPanel::stopRequested, this, &MainWindow::stopJob);
    connect(m_results, &JobResultsPanel::retryRequested, this, &MainWindow::requestJob);
    connect(m_results->status(), &InlineStatus::retryRequested, this, [this] { requestJob(m_lastRequest); });

    m_blueprints->setRegion(m_region->regionId());
    m_blueprints->selectIds(QSettings().value(blueprintsKey(m_region->regionId())).toStringList());
    restorePaneSettings();
    onBlueprintSelectionChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_cancelAction = new QAction(tr("&Cancel sharing…"), this);
    m_cancelAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancelAction->setToolTip(
        tr("Review, then stop sharing the selected blueprints with the listed accounts (Ctrl+Enter)"));
    connect(m_cancelAction, &QAction::triggered, this, [this] { requestChange(ShareAction::Cancel); });

    m_shareAction = new QAction(tr("S&hare…"), this);
    m_shareAction->setToolTip(tr("Review, then share the selected blueprints with the listed accounts"));
    connect(m_shareAction, &QAction::triggered, this, [this] { requestChange(ShareAction::Share); });

    m_editRecipientsAction = new QAction(tr("&Edit recipients…"), this);
    m_editRecipientsAction->setToolTip(
        tr("Make the selected blueprint's recipients exactly a list: edit it, paste it, or copy another blueprint's"));
    connect(m_editRecipientsAction, &QAction::triggered, this, &MainWindow::editRecipients);

    m_stopAction = new QAction(tr("Stop"), this);
    m_stopAction->setShortcut(Qt::Key_Escape);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopJob);

    m_historyAction = new QAction(tr("Hi&story…"), this);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("Past jobs: export, undo, resume (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setToolTip(tr("Language of the user interface, network proxy"));
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::proxyChanged, this,
                [this](const ProxyConfig &config) { (new ProxySetup(config, m_network, nullptr, this))->start(); });
        dialog->open();
    });

    m_blueprintsViewAction = new QAction(tr("&Blueprints view"), this);
    m_blueprintsViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_blueprintsViewAction, &QAction::triggered, this, &MainWindow::showBlueprintsView);
    m_accessViewAction = new QAction(tr("&Access view"), this);
    m_accessViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_accessViewAction, &QAction::triggered, this, &MainWindow::showAccessView);

    // Until the panes and a session are there (updateActions() decides from then on).
    for (QAction *action : {m_cancelAction, m_shareAction, m_editRecipientsAction, m_stopAction})
        action->setEnabled(false);
    addActions({m_cancelAction, m_shareAction, m_editRecipientsAction, m_stopAction, m_historyAction,
                m_preferencesAction, m_blueprintsViewAction, m_accessViewAction});
}

QWidget *MainWindow::buildTopBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_regionLabel = new QLabel(tr("R&egion:"), bar);
    m_regionLabel->setBuddy(m_region);
    // Hidden in the Access view; the top bar keeps its layout meanwhile.
    for (QWidget *widget : {static_cast<QWidget *>(m_regionLabel), static_cast<QWidget *>(m_region)}) {
        QSizePolicy keepSpace = widget->sizePolicy();
        keepSpace.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(keepSpace);
    }
    layout->addWidget(m_profiles);
    layout->addSpacing(12);
    layout->addWidget(m_regionLabel);
    layout->addWidget(m_region);
    layout->addStretch();
    QPushButton *history = buttonFor(m_historyAction, bar);
    layout->addWidget(history);
    QPushButton *preferences = buttonFor(m_preferencesAction, bar);
    layout->addWidget(preferences);
    setTabOrder(m_region, history);
    setTabOrder(history, preferences);
    return bar;
}

QWidget *MainWindow::buildActionBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    QPushButton *cancel = buttonFor(m_cancelAction, bar);
    cancel->setText(tr("&Cancel sharing…  (Ctrl+Enter)"));
    layout->addWidget(cancel);
    layout->addWidget(buttonFor(m_shareAction, bar));
    layout->addWidget(buttonFor(m_editRecipientsAction, bar));
    m_hint = new QLabel(bar);
    m_hint->setAccessibleName(tr("What the job buttons need"));
    layout->addWidget(m_hint, 1);
    return bar;
}

void MainWindow::setSession(Session *session)
{
    ensurePanes();
    if (m_session && m_session != session) {
        m_jobs->setSession(nullptr);
        m_session->deleteLater();
    }
    m_session = session;
    if (session) {
        session->setParent(this);
        connect(session->client(), &TcClient::clockSkewDetected, this, [this](qint64 offsetSecs) {
            // Not modal: the job goes on, re-signed with the server's time.
            statusBar()->showMessage(tr("This computer's clock differs from Tencent Cloud's by %n second(s); "
                                        "requests are now signed with the server's time. Please correct the "
                                        "system clock.",
                                        nullptr, int(qAbs(offsetSecs))));
        });
    }
    LighthouseService *service = session ? session->service() : nullptr;
    m_jobs->setSession(session);
    m_blueprints->setService(service);
    m_recipients->setService(service);
    if (m_access)
        m_access->setService(service);
    m_region->refresh(service);
    m_demoBanner->setVisible(session && session->isDemo());
    m_endpointBanner->showFor(session ? session->client()->endpoint() : Endpoint());
    m_left->setCurrentWidget(session ? static_cast<QWidget *>(m_blueprints) : m_welcome);
    onBlueprintSelectionChanged();
    updateConnectionLabel();
}

void MainWindow::startDemo()
{
    m_profiles->selectDemo();
}

void MainWindow::loadLastProfile()
{
    m_profiles->loadSelected();
}

void MainWindow::runAfterFirstFrame(std::function<void()> work)
{
    m_afterFirstFrame.push_back(std::move(work));
    if (m_firstFramePainted)
        scheduleDeferredWork();
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_firstFramePainted) {
        m_firstFramePainted = true;
        scheduleDeferredWork();
    }
}

void MainWindow::scheduleDeferredWork()
{
    if (m_afterFirstFrame.empty())
        return;
    // Queued: the frame being painted is flushed to the screen first.
    QTimer::singleShot(0, this, [work = std::exchange(m_afterFirstFrame, {})] {
        for (const auto &step : work)
            step();
    });
}

void MainWindow::showWelcome(const QString &problem)
{
    ensurePanes();
    m_welcome->setProblem(problem);
    if (!m_session)
        m_left->setCurrentWidget(m_welcome);
}

void MainWindow::onBlueprintSelectionChanged()
{
    const QStringList ids = m_blueprints->selectedIds();
    // An empty selection while loading is the reload, not the user's choice.
    if (!m_blueprints->isLoading() && m_session)
        QSettings().setValue(blueprintsKey(m_region->regionId()), ids);
    m_recipients->showRecipients(m_region->regionId(), ids);
    updateActions();
}

void MainWindow::requestChange(ShareAction action)
{
    ensurePanes();
    if (!m_cancelAction->isEnabled()) // both job actions share one readiness (updateActions)
        return;
    QList<JobTarget> targets;
    for (const QString &id : m_blueprints->selectedIds())
        targets.append({m_region->regionId(), id});
    requestJob(JobRequest::forTargets(action, targets, m_accounts->ids()));
    m_lastRequestFromEditor = true; // after requestJob(), which clears it for every other origin
}

void MainWindow::requestJob(const JobRequest &request)
{
    if (request.accountCount() == 0 || !m_session || m_jobs->isBusy())
        return;
    ensurePanes(); // where the job shows
    m_lastRequest = request;
    m_lastRequestFromEditor = false;
    m_results->status()->showBusy(tr("Checking who the blueprints are shared with now…"));
    m_jobs->plan(request);
}

void MainWindow::stopJob()
{
    m_jobs->stop();
    resultsPanel()->status()->clear();
}

HistoryDialog *MainWindow::showHistory()
{
    if (!m_history) {
        m_history = new HistoryDialog(m_jobs->history().path(), this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &HistoryDialog::undoRequested, this, &MainWindow::requestJob);
        connect(m_history, &HistoryDialog::resumeRequested, this, &MainWindow::requestJob);
        connect(m_jobs, &JobController::finished, m_history, &HistoryDialog::reload);
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

void MainWindow::showAccessView()
{
    m_views->setCurrentWidget(m_accessPage);
    accessView()->accountEditor()->setFocus();
}

AccessView *MainWindow::accessView()
{
    if (!m_access) {
        ensurePanes(); // first, so that the focus chain has them before the Access view
        m_access = new AccessView(m_accessPage);
        auto *layout = new QVBoxLayout(m_accessPage);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_access);
        m_access->show(); // at once when the tab is on screen (the layout would show it only later)
        // Built last, it would end the focus chain: Tab goes on from it to the job buttons and the
        // results below, as when it was built with the other panes.
        placeInFocusChainAfter(m_access, m_bottomPage);
        connect(m_access, &AccessView::revokeRequested, this, &MainWindow::requestJob);
        m_access->setService(m_session ? m_session->service() : nullptr);
        m_access->setJobBusy(m_jobs->isBusy());
    }
    return m_access;
}

void MainWindow::showBlueprintsView()
{
    m_views->setCurrentWidget(m_blueprintsPage);
}

bool MainWindow::isAccessViewShown() const
{
    return m_views->currentWidget() == m_accessPage;
}

EditRecipientsDialog *MainWindow::editRecipients()
{
    ensurePanes();
    const QStringList selected = m_blueprints->selectedIds();
    if (!m_editRecipientsAction->isEnabled() || selected.size() != 1)
        return nullptr;
    auto *dialog = new EditRecipientsDialog(m_session->service(), {m_region->regionId(), selected.constFirst()}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &EditRecipientsDialog::applyRequested, this, &MainWindow::requestJob);
    dialog->open();
    return dialog;
}

void MainWindow::onPlanned(const JobPlan &plan)
{
    m_results->status()->clear();
    auto *dialog = new ReviewDialog(plan, m_session ? m_session->client()->endpoint() : Endpoint(), this);
    // Jobs planned from the account list: say how many pasted entries it left out as invalid.
    if (m_lastRequestFromEditor)
        dialog->setInvalidLeftOut(m_accounts->model()->invalidCount());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_jobs->run(dialog->plan()); });
    dialog->open();
    Q_EMIT reviewOpened(dialog);
}

void MainWindow::onPlanFailed(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Canceled)
        m_results->status()->showError(tr("Could not check who the blueprints are shared with now"), error);
}

void MainWindow::updateActions()
{
    const bool busy = m_jobs->isBusy();
    QString hint;
    if (!m_session)
        hint = tr("Add credentials or try the demo to change sharing.");
    else if (isAccessViewShown())
        hint = tr("Scan in the Access view, then revoke from its table.");
    else if (m_blueprints->selectedIds().isEmpty())
        hint = tr("Select at least one blueprint.");
    else if (m_accounts->ids().isEmpty())
        hint = tr("Add account IDs to the list.");
    else if (busy)
        hint = m_jobs->isRunning() ? tr("A job is running (Esc stops it).") : tr("Checking current recipients…");
    m_hint->setText(hint);
    const bool ready = hint.isEmpty();
    m_cancelAction->setEnabled(ready);
    m_shareAction->setEnabled(ready);
    // One blueprint at a time: its recipients become exactly the edited list.
    m_editRecipientsAction->setEnabled(m_session && !busy && !isAccessViewShown()
                                       && m_blueprints->selectedIds().size() == 1);
    if (m_access)
        m_access->setJobBusy(busy);
    m_stopAction->setEnabled(busy);
    m_region->setEnabled(!busy);
    // Switching profiles replaces the session the running job talks through.
    m_profiles->setEnabled(!busy);
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

void MainWindow::updateConnectionLabel()
{
    if (!m_session) {
        m_connection->setText(tr("Offline: no credentials"));
        return;
    }
    const JobContext context = m_session->context();
    m_connection->setText(tr("%1 · %2 · %3").arg(context.profileName, context.redactedSecretId, context.endpoint));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_jobs->isRunning()) {
        // Requests on the wire are answered into the history before the window goes, so the job's
        // record is exact; what was never sent stays resumable.
        event->ignore();
        m_results->status()->showBusy(tr("Stopping: the window closes once the requests already sent are answered."));
        connect(m_jobs, &JobController::finished, this, &QWidget::close, Qt::SingleShotConnection);
        m_jobs->stop();
        return;
    }
    m_jobs->stop();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 780);
    m_rows->restoreState(settings.value(kRowsKey).toByteArray());
}

void MainWindow::restorePaneSettings()
{
    const QSettings settings;
    m_columns->restoreState(settings.value(kColumnsKey).toByteArray());
    m_blueprints->view()->horizontalHeader()->restoreState(settings.value(kBlueprintHeaderKey).toByteArray());
    m_accounts->view()->horizontalHeader()->restoreState(settings.value(kAccountHeaderKey).toByteArray());
    m_results->view()->horizontalHeader()->restoreState(settings.value(kResultHeaderKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kRowsKey, m_rows->saveState());
    if (!m_panesBuilt)
        return; // closed before its panes were built: theirs stay as they were
    settings.setValue(kColumnsKey, m_columns->saveState());
    settings.setValue(kBlueprintHeaderKey, m_blueprints->view()->horizontalHeader()->saveState());
    settings.setValue(kAccountHeaderKey, m_accounts->view()->horizontalHeader()->saveState());
    settings.setValue(kResultHeaderKey, m_results->view()->horizontalHeader()->saveState());
}

} // namespace LhShare
