#pragma once

#include "JobHeader.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace LhShare {

// One line of the job list: who ran what, when, on which blueprints, and how many accounts ended
// how, without the batches themselves. Listing the jobs of a long history this way holds a few
// bytes per batch instead of every account of every batch; the full JobRecord (History.h) is read
// only for the jobs a user opens, undoes, resumes or exports.
struct JobSummary : JobHeader
{
    QStringList blueprints; // in first-seen order
    int openBatches = 0; // planned or sent without a final answer, or unknown
    int doneAccounts = 0; // acknowledged, and not contradicted by the verification
    int skippedAccounts = 0;
    int failedAccounts = 0;
    int notVerifiedAccounts = 0; // acknowledged or skipped, but the recipient list showed otherwise
    bool mixed = false; // both shared and cancelled (a sync, or the undo of one), as JobRecord::isMixed()
    // Every account the job named, space-separated (only when asked for: a search over accounts).
    QByteArray accountText;

    // Killed, crashed or stopped with batches never answered: it can be resumed.
    bool isInterrupted() const { return resumedBy.isEmpty() && openBatches > 0; }
    // Interrupted, or with changes not verified, as JobRecord::canResume().
    bool canResume() const { return resumedBy.isEmpty() && (openBatches > 0 || notVerifiedAccounts > 0); }
    bool isMixed() const { return mixed; }
    // "share", "cancel", or "sync" for a mixed job, as JobRecord::actionKeyword().
    QString actionKeyword() const;

    enum class Detail { Counts, WithAccountText };
    // Every job of the history file, in file order, as its records stream by.
    static QList<JobSummary> readAll(const QString &path, Journal::ReadStats *stats = nullptr,
                                     Detail detail = Detail::Counts);
};

} // namespace LhShare
