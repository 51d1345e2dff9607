#pragma once

#include "api/LighthouseService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>
#include <tuple>
#include <variant>

namespace LhShare {

// The one vocabulary of what happened to a batch or an account, in the journal and in the live
// results alike. Its keywords ("planned", "done", …) are what history.jsonl and the CLI's JSON carry.
enum class ShareStatus {
    Pending, // planned, not sent yet
    Sent, // sent, no answer recorded (journal only: a crash or kill after sending)
    Done,
    Skipped,
    Failed,
    Unknown, // retries ran out after answers that left open whether the server applied it
    NotSent, // stopped before it was sent (live results only; the journal keeps it pending)
    Split, // its accounts went on in smaller batches (journal only)
};
QString statusKeyword(ShareStatus status);
std::optional<ShareStatus> statusFromKeyword(const QString &keyword);
QString statusText(ShareStatus status); // translated
// Pending, Sent and Unknown are open: the server may or may not have applied them.
inline bool isFinalStatus(ShareStatus status)
{
    return status != ShareStatus::Pending && status != ShareStatus::Sent && status != ShareStatus::Unknown;
}

// What re-reading the recipients after a job found for an account.
enum class Verification {
    NotChecked, // nothing to check (failed, not sent) or not checked yet; live results only
    Verified, // the recipient list shows the wanted state
    NotVerified, // it still shows the old state at the end of the bound (or could not be read)
    NotVerifiable, // the site has no recipient listing
};
QString verificationKeyword(Verification verification); // "verified", "not-verified", "not-verifiable"
std::optional<Verification> verificationFromKeyword(const QString &keyword);
// Translated: "Verified", "Not verified: <reason>", "Not verifiable on this site"; empty for NotChecked.
QString verificationText(Verification verification, const QString &reason = {});

// history.jsonl, one record a line. Every record carries "type", "job", "time" and, since format 2,
// "v" (records without it are format 1, read the same way).
namespace Journal {

constexpr int kFormatVersion = 2;
// A longer line is not a record of ours; the reader skips it with a warning instead of holding it.
constexpr qint64 kMaxLineBytes = 1024 * 1024;

struct JobStarted
{
    QString job;
    QDateTime time;
    ShareAction action = ShareAction::Cancel;
    QString profile;
    QString secretId; // redacted
    QString endpoint;
    int accounts = 0; // account × target pairs asked for
    bool recipientsKnown = true;
    QString undoOf;
    QString resumeOf;
    auto tie() const
    {
        return std::tie(job, time, action, profile, secretId, endpoint, accounts, recipientsKnown, undoOf, resumeOf);
    }
    bool operator==(const JobStarted &other) const { return tie() == other.tie(); }
};

// A batch before it is sent; splits and re-sends appear as new planned batches.
struct Planned
{
    QString job;
    QDateTime time;
    QString batch;
    QString region;
    QString blueprint;
    QStringList accounts;
    // Since a job may both share and cancel (a sync); absent in older records, where the job's
    // action applies.
    std::optional<ShareAction> action = std::nullopt;
    auto tie() const { return std::tie(job, time, batch, region, blueprint, accounts, action); }
    bool operator==(const Planned &other) const { return tie() == other.tie(); }
};

// Accounts left out of the plan, with the reason in words.
struct Skipped
{
    QString job;
    QDateTime time;
    QString region;
    QString blueprint;
    QStringList accounts;
    QString reason;
    std::optional<ShareAction> action = std::nullopt; // as in Planned
    auto tie() const { return std::tie(job, time, region, blueprint, accounts, reason, action); }
    bool operator==(const Skipped &other) const { return tie() == other.tie(); }
};

// Written just before a request leaves: after a crash, "sent" means "may have been applied".
struct Sent
{
    QString job;
    QDateTime time;
    QString batch;
    int attempt = 1;
    auto tie() const { return std::tie(job, time, batch, attempt); }
    bool operator==(const Sent &other) const { return tie() == other.tie(); }
};

struct Outcome
{
    QString job;
    QDateTime time;
    QString batch;
    ShareStatus status = ShareStatus::Done; // Done, Failed, Unknown or Split
    QString errorCode;
    QString message;
    QString requestId;
    auto tie() const { return std::tie(job, time, batch, status, errorCode, message, requestId); }
    bool operator==(const Outcome &other) const { return tie() == other.tie(); }
};

struct JobFinished
{
    QString job;
    QDateTime time;
    bool stopped = false;
    auto tie() const { return std::tie(job, time, stopped); }
    bool operator==(const JobFinished &other) const { return tie() == other.tie(); }
};

// What the re-read after the job found for these accounts (one record per target, state and reason).
struct Verified
{
    QString job;
    QDateTime time;
    QString region;
    QString blueprint;
    QStringList accounts;
    Verification state = Verification::Verified; // Verified, NotVerified or NotVerifiable
    QString reason;
    auto tie() const { return std::tie(job, time, region, blueprint, accounts, state, reason); }
    bool operator==(const Verified &other) const { return tie() == other.tie(); }
};

// The job's change sent again for accounts the server had acknowledged but still listed in the
// old state; written when the answer arrives.
struct Reissued
{
    QString job;
    QDateTime time;
    QString region;
    QString blueprint;
    QStringList accounts;
    QString requestId;
    QString errorCode; // empty: acknowledged
    std::optional<ShareAction> action = std::nullopt; // absent: the job's action
    auto tie() const { return std::tie(job, time, region, blueprint, accounts, requestId, errorCode, action); }
    bool operator==(const Reissued &other) const { return tie() == other.tie(); }
};

using Record = std::variant<JobStarted, Planned, Skipped, Sent, Outcome, JobFinished, Verified, Reissued>;

QJsonObject toJson(const Record &record);
// nullopt for an object that is not one of our records (unknown type, missing job).
std::optional<Record> fromJson(const QJsonObject &object);
QString jobOf(const Record &record);

// Counts of what a read left out.
struct ReadStats
{
    int tornLines = 0; // not JSON (a write cut short by a crash or power loss)
    int oversizedLines = 0; // over kMaxLineBytes
    int foreignLines = 0; // JSON, but not a record of ours
};

// What a reader may leave out. "sent" records only tell that a planned batch left: a reader that
// treats planned and sent alike (a job list) passes over their lines before parsing them.
enum class Skip { Nothing, SentRecords };

// Streams the file record by record (never whole into memory); false when it cannot be opened
// (a missing file is an empty history and returns true).
bool read(const QString &path, const std::function<void(const Record &)> &visit, ReadStats *stats = nullptr,
          Skip skip = Skip::Nothing);

} // namespace Journal
} // namespace LhShare
