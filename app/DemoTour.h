#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace LhShare {

class MainWindow;
class ReviewDialog;

// Drives one demo run in a window that is in demo mode, for `--screenshot FILE`, then saves
// QWidget::grab() of the window. In the Blueprints view: selects the first demo blueprint, pastes
// a mixed account list, starts Cancel sharing and confirms the review. In the Access view
// (`--view access`): pastes two partners, scans every region, revokes the partner's rows beyond
// web-base and waits for the rescan. Works on the offscreen platform, so screenshots need no X
// server. Uses only the window's public API and signals.
class DemoTour final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 60'000;

    enum class View { Blueprints, Access };

    DemoTour(MainWindow *window, QString screenshotPath, View view = View::Blueprints, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // ok: the screenshot was written; otherwise message says what went wrong.
    void finished(bool ok, const QString &message);

private:
    void onBlueprintsLoaded();
    void onAccessScanned();
    void onReviewOpened(ReviewDialog *dialog);
    void onJobFinished();
    void saveScreenshot();
    void fail(const QString &message);

    QPointer<MainWindow> m_window;
    QString m_path;
    View m_view;
    QTimer m_timeout;
    bool m_jobRequested = false;
};

} // namespace LhShare
