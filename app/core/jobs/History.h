#pragma once

#include "JobPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace LhShare {

// The journal of every job: one JSON object per line in history.jsonl under the XDG data
// directory. Each record is written with a single write() and fsync()ed before the call returns,
// so a crash or SIGKILL loses nothing the server was told about. Records:
//   {"type":"job",     "job", "time", "action", "profile", "secretId" (redacted), "endpoint", "accounts"}
//   {"type":"planned", "job", "batch", "region", "blueprint", "accounts"}       before the job runs
//   {"type":"skipped", "job", "region", "blueprint", "accounts", "reason"}      not sent, with why
//   {"type":"sent",    "job", "batch", "attempt", "time"}                        just before each send
//   {"type":"outcome", "job", "batch", "status" (done|failed|unknown|split), "errorCode", "message",
//                      "requestId", "time"}
// A batch whose accounts had to be handled apart (isolating a bad account, or part confirmed
// and part re-sent) ends as "split"; its accounts continue in new "planned" batches.
//   {"type":"finished","job", "time", "stopped"}
// A torn last line (power loss mid-write) is skipped with a warning when reading.
class History final
{
public:
    explicit History(QString path = defaultPath());
    ~History();
    Q_DISABLE_COPY_MOVE(History)

    static QString defaultPath();
    QString path() const { return m_path; }

    // Appends one record durably. Returns false (with errorString()) when the disk refuses.
    bool append(const QJsonObject &record);
    QString errorString() const { return m_error; }

    // Every readable record in order; *tornLines counts lines that could not be parsed.
    static QList<QJsonObject> readAll(const QString &path, int *tornLines = nullptr);

private:
    bool endsWithTornLine() const;

    QString m_path;
    QFile m_file;
    QString m_error;
    bool m_needsNewline = false;
};

// One batch of a job as the history tells it.
struct BatchRecord
{
    Q_DECLARE_TR_FUNCTIONS(BatchRecord)

public:
    QString id;
    QString region;
    QString blueprint;
    QStringList accounts;
    QString status; // planned | sent | unknown | done | failed | skipped | split
    QString errorCode;
    QString message;
    QString requestId;
    QDateTime time;
    int attempts = 0;

    QString statusText() const; // translated
    // "unknown": retries ran out after answers that left open whether the server applied it.
    bool isFinal() const
    {
        return status != QLatin1String("planned") && status != QLatin1String("sent")
            && status != QLatin1String("unknown");
    }
};

// A job assembled from history records.
struct JobRecord
{
    QString id;
    QString action; // "share" | "cancel"
    QDateTime started;
    QDateTime finished; // invalid: the job never finished (killed, crashed)
    bool stopped = false;
    QString profile;
    QString secretId; // redacted
    QString endpoint;
    QString undoOf; // the job this one reversed, if any
    QString resumeOf; // the interrupted job this one finished, if any
    QString resumedBy; // the job that took over this one's unfinished batches
    QList<BatchRecord> batches; // planned batches, latest state (splits appear as new batches)
    QList<BatchRecord> skipped; // accounts not sent, with the reason in message

    // Killed, crashed or stopped with batches never answered: it can be resumed.
    bool isInterrupted() const;
    // Accounts the server confirmed changed, per (region, blueprint).
    QList<BatchRecord> doneBatches() const;
    QList<BatchRecord> unfinishedBatches() const;
    int accountCount(const QString &status) const;
    ShareAction shareAction() const;
    // The reverse job for exactly the accounts this one changed.
    JobRequest undoRequest() const;
    // The rest of an interrupted job; its planner re-reads the recipients, so batches whose
    // outcome was unknown are not applied twice.
    JobRequest resumeRequest() const;
    QJsonObject toJson() const;

    static QList<JobRecord> fromRecords(const QList<QJsonObject> &records);
};

} // namespace LhShare
