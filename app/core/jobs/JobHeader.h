#pragma once

#include "Journal.h"

#include <QDateTime>
#include <QString>

namespace LhShare {

// Who ran a job, what and when, and how it relates to other jobs: what the job list (JobSummary)
// and the full record (JobRecord) both carry, taken from the job's "job" and "finished" records.
struct JobHeader
{
    QString id;
    ShareAction action = ShareAction::Cancel; // the job's; a mixed job's batches carry their own
    QDateTime started;
    QDateTime finished; // invalid: the job never finished (killed, crashed)
    bool stopped = false;
    QString profile;
    QString secretId; // redacted
    QString endpoint;
    QString undoOf; // the job this one reversed, if any
    QString resumeOf; // the interrupted job this one finished, if any
    QString resumedBy; // the job that took over this one's unfinished batches

    void start(const Journal::JobStarted &record)
    {
        id = record.job;
        action = record.action;
        started = record.time;
        profile = record.profile;
        secretId = record.secretId;
        endpoint = record.endpoint;
        undoOf = record.undoOf;
        resumeOf = record.resumeOf;
    }
    void finish(const Journal::JobFinished &record)
    {
        finished = record.time;
        stopped = record.stopped;
    }
};

} // namespace LhShare
