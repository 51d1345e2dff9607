#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace LhShare {

class MainWindow;
class ReviewDialog;

// Drives one demo run in a window that is in demo mode, for `--screenshot FILE`: selects the
// first demo blueprint, pastes a mixed account list, starts Cancel sharing, confirms the review,
// and when the job has finished saves QWidget::grab() of the window. Works on the offscreen
// platform, so screenshots need no X server. Uses only the window's public API and signals.
class DemoTour final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 60'000;

    DemoTour(MainWindow *window, QString screenshotPath, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // ok: the screenshot was written; otherwise message says what went wrong.
    void finished(bool ok, const QString &message);

private:
    void onBlueprintsLoaded();
    void onReviewOpened(ReviewDialog *dialog);
    void onJobFinished();
    void fail(const QString &message);

    QPointer<MainWindow> m_window;
    QString m_path;
    QTimer m_timeout;
    bool m_jobRequested = false;
};

} // namespace LhShare
