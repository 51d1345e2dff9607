#pragma once

#include "JobHeader.h"
#include "JobPlan.h"
#include "Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace LhShare {

// The journal of every job: history.jsonl under the XDG data directory, one typed record a line
// (Journal.h). Each record is written with a single write() and fsync()ed before append()
// returns, so a crash or SIGKILL loses nothing the server was told about. The file is created
// 0600 in a 0700 folder, whatever the umask. A torn last line (power loss mid-write) is skipped
// with a warning when reading.
class History final
{
public:
    explicit History(QString path = defaultPath());
    ~History();
    Q_DISABLE_COPY_MOVE(History)

    static QString defaultPath();
    QString path() const { return m_path; }

    // Appends one record durably. Returns false (with errorString()) when the disk refuses.
    bool append(const Journal::Record &record);
    QString errorString() const { return m_error; }

private:
    bool open();
    bool endsWithTornLine() const;

    QString m_path;
    QFile m_file;
    QString m_error;
    bool m_needsNewline = false;
};

// One batch of a job as the history tells it.
struct BatchRecord
{
    QString id;
    QString region;
    QString blueprint;
    QStringList accounts;
    ShareAction action = ShareAction::Cancel; // this batch's own (a sync has both)
    ShareStatus status = ShareStatus::Pending; // Pending, Sent, Done, Failed, Unknown, Skipped or Split
    QString errorCode;
    QString message;
    QString requestId;
    QDateTime time;
    int attempts = 0;

    QString statusText() const { return LhShare::statusText(status); }
    bool isFinal() const { return isFinalStatus(status); }
};

// What the re-read after a job found for some of its accounts on one target.
struct VerificationRecord
{
    QString region;
    QString blueprint;
    QStringList accounts;
    Verification state = Verification::Verified;
    QString reason;
    QDateTime time;
};

// A job assembled from history records.
struct JobRecord : JobHeader
{
    QList<BatchRecord> batches; // planned batches, latest state (splits appear as new batches)
    QList<BatchRecord> skipped; // accounts not sent, with the reason in message
    QList<VerificationRecord> verifications; // in file order; a later record of an account wins
    int reissues = 0; // requests the verification sent again

    // Killed, crashed or stopped with batches never answered.
    bool isInterrupted() const;
    // Interrupted, or some acknowledged change never showed in the recipient list (not verified):
    // resume has something to do, unless another job already took over.
    bool canResume() const;
    // The latest verification of one account (NotChecked when none was recorded, as in older files).
    Verification verificationOf(const QString &region, const QString &blueprint, const QString &account) const;
    int accountCount(Verification state) const;
    // Accounts the server confirmed changed, per (region, blueprint).
    QList<BatchRecord> doneBatches() const;
    QList<BatchRecord> unfinishedBatches() const;
    int accountCount(ShareStatus status) const;
    // Both shared and cancelled (a sync, or the undo of one).
    bool isMixed() const;
    // "share", "cancel", or "sync" for a mixed job (history listings and JSON).
    QString actionKeyword() const;
    // The reverse job for the accounts the server acknowledged (verified or not), each batch's
    // action reversed: its planner re-reads the recipients, so an account whose change never
    // showed is skipped there, and one that showed only later is still reversed.
    JobRequest undoRequest() const;
    // The rest of an interrupted job, plus the acknowledged changes that were not verified; its
    // planner re-reads the recipients, so batches whose outcome was unknown are not applied twice.
    JobRequest resumeRequest() const;
    QJsonObject toJson() const;

    // Every job of the history file, assembled as its records stream by. To list jobs, read
    // JobSummary::readAll instead: it holds no batches.
    static QList<JobRecord> readAll(const QString &path, Journal::ReadStats *stats = nullptr);
    // Only these jobs, in file order (the rest of the file is streamed past, not held).
    static QList<JobRecord> read(const QString &path, const QSet<QString> &jobIds, Journal::ReadStats *stats = nullptr);
    static std::optional<JobRecord> read(const QString &path, const QString &jobId);
    static QList<JobRecord> fromRecords(const QList<Journal::Record> &records);
};

} // namespace LhShare
