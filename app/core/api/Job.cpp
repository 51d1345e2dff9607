#include "Job.h"

#include <QCoreApplication>
#include <QPointer>

namespace LhShare {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job() = default;

void Job::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_finished || m_abortRequested)
                return;
            m_running = true;
            doStart();
        },
        Qt::QueuedConnection);
}

void Job::abort()
{
    if (m_finished || m_abortRequested)
        return;
    m_abortRequested = true;
    if (!m_running) {
        // The work has not begun: nothing to stop, but finished() still comes, from the event loop.
        m_started = true;
        QMetaObject::invokeMethod(
            this, [this] { emitResult(canceled(tr("Stopped."))); }, Qt::QueuedConnection);
        return;
    }
    doAbort();
}

void Job::doAbort()
{
    emitResult(canceled(tr("Stopped.")));
}

void Job::emitResult(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_error = error;
    Q_EMIT finished(this);
    deleteLater();
}

ApiError Job::canceled(const QString &message)
{
    return ApiError::client(ApiError::Kind::Canceled, message);
}

} // namespace LhShare
