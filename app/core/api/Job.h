#pragma once

#include "ApiError.h"

#include <QObject>

namespace LhShare {

// The one contract of every asynchronous operation (a call, a paged read, a keychain access, a
// plan, a share job, a scan), after KDE's KJob and kept small:
//   - start() queues the work: it never finishes inside start(), so the caller can connect
//     first, and a job is started at most once;
//   - finished(job) is emitted exactly once, whatever happens (success, failure, abort);
//   - error() says what went wrong, in the project's one error type (code, message, RequestId);
//   - abort() stops the work; finished() still follows, with a Client.Canceled error unless the
//     work had already ended;
//   - ownership: a job deletes itself (deleteLater) right after finished(). Read its results in a
//     slot connected to finished(), or copy them out there; never keep the pointer beyond it.
//
//   auto *job = service->describeRegions();
//   connect(job, &Job::finished, this, [job] { if (!job->error().isError()) use(job->result()); });
//   job->start();
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    void start();
    void abort();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    bool hasError() const { return m_error.isError(); }
    QString errorString() const { return m_error.userMessage(); }

Q_SIGNALS:
    void finished(LhShare::Job *job);

protected:
    // Begins the work; runs from the event loop. Ends, now or later, with emitResult().
    virtual void doStart() = 0;
    // Stops work that doStart() began (abort() before that just ends the job). The default ends the job at once as canceled; a job that must wait for
    // something (an answer in flight) overrides it and calls emitResult() when it is safe.
    virtual void doAbort();
    // Ends the job: records the error, emits finished() once, and schedules the deletion.
    // Later calls are ignored.
    void emitResult(const ApiError &error = {});
    static ApiError canceled(const QString &message);

private:
    bool m_started = false;
    bool m_running = false; // doStart() was called
    bool m_abortRequested = false;
    bool m_finished = false;
    ApiError m_error;
};

} // namespace LhShare
