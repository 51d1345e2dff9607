#include "History.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace LhShare {

History::History(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{
}

History::~History() = default;

QString History::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.jsonl");
}

bool History::open()
{
    // Private from the first byte: the folder 0700 and the file 0600 at creation, not chmod()ed
    // afterwards, so the umask never leaves a window in which others could read it.
    const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
    if (!QFileInfo::exists(QString::fromLocal8Bit(folder)) && !QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = QCoreApplication::translate("History", "cannot create the folder");
        return false;
    }
    ::chmod(folder.constData(), 0700);
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // Unbuffered: each record is one write(), so concurrent writers (GUI and CLI) never interleave.
    if (!m_file.open(fd, QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                     QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        m_error = m_file.errorString();
        return false;
    }
    m_needsNewline = endsWithTornLine();
    return true;
}

bool History::append(const Journal::Record &record)
{
    if (!m_file.isOpen() && !open())
        return false;
    QByteArray line = QJsonDocument(Journal::toJson(record)).toJson(QJsonDocument::Compact) + '\n';
    // After a torn write (a crash, a full disk) start on a fresh line, so the fragment stays one
    // unreadable line instead of swallowing this record too.
    if (m_needsNewline)
        line.prepend('\n');
    const qint64 written = m_file.write(line);
    if (written != line.size() || ::fsync(m_file.handle()) != 0) {
        m_error = m_file.errorString();
        m_needsNewline = written != 0;
        return false;
    }
    m_needsNewline = false;
    return true;
}

bool History::endsWithTornLine() const
{
    QFile reader(m_path);
    if (!reader.open(QIODevice::ReadOnly) || reader.size() == 0 || !reader.seek(reader.size() - 1))
        return false;
    return reader.read(1) != "\n";
}

bool JobRecord::isInterrupted() const
{
    return resumedBy.isEmpty() && !unfinishedBatches().isEmpty();
}

bool JobRecord::canResume() const
{
    return resumedBy.isEmpty() && (!unfinishedBatches().isEmpty() || accountCount(Verification::NotVerified) > 0);
}

Verification JobRecord::verificationOf(const QString &region, const QString &blueprint, const QString &account) const
{
    for (auto it = verifications.crbegin(); it != verifications.crend(); ++it) {
        if (it->region == region && it->blueprint == blueprint && it->accounts.contains(account))
            return it->state;
    }
    return Verification::NotChecked;
}

int JobRecord::accountCount(Verification state) const
{
    int count = 0;
    for (const VerificationRecord &record : verifications) {
        for (const QString &account : record.accounts)
            count += verificationOf(record.region, record.blueprint, account) == state ? 1 : 0;
    }
    return count;
}

QList<BatchRecord> JobRecord::doneBatches() const
{
    QList<BatchRecord> done;
    for (const BatchRecord &batch : batches) {
        if (batch.status == ShareStatus::Done)
            done.append(batch);
    }
    return done;
}

QList<BatchRecord> JobRecord::unfinishedBatches() const
{
    QList<BatchRecord> open;
    for (const BatchRecord &batch : batches) {
        if (!batch.isFinal())
            open.append(batch);
    }
    return open;
}

int JobRecord::accountCount(ShareStatus status) const
{
    int count = 0;
    for (const BatchRecord &batch : batches) {
        if (batch.status == status)
            count += int(batch.accounts.size());
    }
    if (status == ShareStatus::Skipped) {
        for (const BatchRecord &skip : skipped)
            count += int(skip.accounts.size());
    }
    return count;
}

bool JobRecord::isMixed() const
{
    return std::any_of(batches.cbegin(), batches.cend(),
                       [this](const BatchRecord &batch) { return batch.action != batches.constFirst().action; });
}

QString JobRecord::actionKeyword() const
{
    return isMixed() ? QStringLiteral("sync") : LhShare::actionKeyword(action);
}

JobRequest JobRecord::undoRequest() const
{
    JobRequest request;
    request.action = reverse(action);
    request.undoOf = id;
    for (const BatchRecord &batch : doneBatches())
        request.items.append({{batch.region, batch.blueprint}, batch.accounts, false, reverse(batch.action)});
    return request;
}

JobRequest JobRecord::resumeRequest() const
{
    JobRequest request;
    request.action = action;
    request.resumeOf = id;
    for (const BatchRecord &batch : unfinishedBatches())
        request.items.append(
            {{batch.region, batch.blueprint}, batch.accounts, batch.status != ShareStatus::Pending, batch.action});
    // The changes the recipient list did not show, each with its batch's action. Acknowledged ones
    // may have been applied: found as wanted, they count as done by the resume.
    for (const BatchRecord &batch : doneBatches() + skipped) {
        QStringList accounts;
        for (const QString &account : batch.accounts) {
            if (verificationOf(batch.region, batch.blueprint, account) == Verification::NotVerified)
                accounts.append(account);
        }
        if (!accounts.isEmpty())
            request.items.append(
                {{batch.region, batch.blueprint}, accounts, batch.status == ShareStatus::Done, batch.action});
    }
    return request;
}

QJsonObject JobRecord::toJson() const
{
    auto batchJson = [](const BatchRecord &batch) {
        QJsonObject object{{QStringLiteral("batch"), batch.id},
                           {QStringLiteral("region"), batch.region},
                           {QStringLiteral("blueprint"), batch.blueprint},
                           {QStringLiteral("accountIds"), QJsonArray::fromStringList(batch.accounts)},
                           {QStringLiteral("action"), LhShare::actionKeyword(batch.action)},
                           {QStringLiteral("status"), statusKeyword(batch.status)},
                           {QStringLiteral("attempts"), batch.attempts}};
        if (!batch.errorCode.isEmpty())
            object.insert(QStringLiteral("errorCode"), batch.errorCode);
        if (!batch.message.isEmpty())
            object.insert(QStringLiteral("message"), batch.message);
        if (!batch.requestId.isEmpty())
            object.insert(QStringLiteral("requestId"), batch.requestId);
        if (batch.time.isValid())
            object.insert(QStringLiteral("time"), batch.time.toString(Qt::ISODateWithMs));
        return object;
    };
    QJsonArray batchArray;
    for (const BatchRecord &batch : batches)
        batchArray.append(batchJson(batch));
    QJsonArray skippedArray;
    for (const BatchRecord &skip : skipped)
        skippedArray.append(batchJson(skip));
    QJsonArray verificationArray;
    for (const VerificationRecord &record : verifications) {
        QJsonObject entry{{QStringLiteral("region"), record.region},
                          {QStringLiteral("blueprint"), record.blueprint},
                          {QStringLiteral("accountIds"), QJsonArray::fromStringList(record.accounts)},
                          {QStringLiteral("state"), verificationKeyword(record.state)}};
        if (!record.reason.isEmpty())
            entry.insert(QStringLiteral("reason"), record.reason);
        verificationArray.append(entry);
    }
    QJsonObject object{{QStringLiteral("job"), id},
                       {QStringLiteral("action"), actionKeyword()},
                       {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("interrupted"), isInterrupted()},
                       {QStringLiteral("stopped"), stopped},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("secretId"), secretId},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("batches"), batchArray},
                       {QStringLiteral("skipped"), skippedArray},
                       {QStringLiteral("verification"), verificationArray},
                       {QStringLiteral("reissues"), reissues}};
    if (finished.isValid())
        object.insert(QStringLiteral("finished"), finished.toString(Qt::ISODateWithMs));
    if (!undoOf.isEmpty())
        object.insert(QStringLiteral("undoOf"), undoOf);
    if (!resumeOf.isEmpty())
        object.insert(QStringLiteral("resumeOf"), resumeOf);
    if (!resumedBy.isEmpty())
        object.insert(QStringLiteral("resumedBy"), resumedBy);
    return object;
}

namespace {

// Folds records, in file order, into jobs: each batch keeps its latest state.
class JobAssembler
{
public:
    // only: assemble just these jobs (and note which job resumed them); empty: every job.
    explicit JobAssembler(QSet<QString> only = {})
        : m_only(std::move(only))
    {
    }

    void add(const Journal::Record &record)
    {
        if (m_only.isEmpty() || m_only.contains(Journal::jobOf(record))) {
            std::visit(*this, record);
        } else if (const auto *started = std::get_if<Journal::JobStarted>(&record)) {
            if (JobRecord *resumed = jobFor(started->resumeOf))
                resumed->resumedBy = started->job;
        }
    }
    QList<JobRecord> takeJobs() { return std::move(m_jobs); }

    void operator()(const Journal::JobStarted &r)
    {
        JobRecord job;
        job.start(r);
        if (const auto resumed = m_jobIndex.constFind(job.resumeOf); resumed != m_jobIndex.constEnd())
            m_jobs[*resumed].resumedBy = r.job;
        m_jobIndex.insert(r.job, int(m_jobs.size()));
        m_jobs.append(job);
    }
    void operator()(const Journal::Planned &r)
    {
        JobRecord *job = jobFor(r.job);
        if (!job)
            return;
        BatchRecord batch;
        batch.id = r.batch;
        batch.region = r.region;
        batch.blueprint = r.blueprint;
        batch.accounts = r.accounts;
        batch.action = r.action.value_or(job->action);
        batch.time = r.time;
        m_batchIndex.insert(r.job + QLatin1Char('/') + r.batch, int(job->batches.size()));
        job->batches.append(batch);
    }
    void operator()(const Journal::Skipped &r)
    {
        if (JobRecord *job = jobFor(r.job)) {
            BatchRecord skip;
            skip.region = r.region;
            skip.blueprint = r.blueprint;
            skip.accounts = r.accounts;
            skip.action = r.action.value_or(job->action);
            skip.status = ShareStatus::Skipped;
            skip.message = r.reason;
            skip.time = r.time;
            job->skipped.append(skip);
        }
    }
    void operator()(const Journal::Sent &r)
    {
        if (BatchRecord *batch = batchFor(r.job, r.batch)) {
            batch->status = ShareStatus::Sent;
            batch->attempts = r.attempt;
            batch->time = r.time;
        }
    }
    void operator()(const Journal::Outcome &r)
    {
        if (BatchRecord *batch = batchFor(r.job, r.batch)) {
            batch->status = r.status;
            batch->errorCode = r.errorCode;
            batch->message = r.message;
            batch->requestId = r.requestId;
            batch->time = r.time;
        }
    }
    void operator()(const Journal::JobFinished &r)
    {
        if (JobRecord *job = jobFor(r.job))
            job->finish(r);
    }

    void operator()(const Journal::Verified &r)
    {
        if (JobRecord *job = jobFor(r.job))
            job->verifications.append({r.region, r.blueprint, r.accounts, r.state, r.reason, r.time});
    }
    void operator()(const Journal::Reissued &r)
    {
        if (JobRecord *job = jobFor(r.job))
            ++job->reissues;
    }

private:
    JobRecord *jobFor(const QString &id)
    {
        const auto it = m_jobIndex.constFind(id);
        return it == m_jobIndex.constEnd() ? nullptr : &m_jobs[*it];
    }
    BatchRecord *batchFor(const QString &jobId, const QString &batchId)
    {
        JobRecord *job = jobFor(jobId);
        const auto it = m_batchIndex.constFind(jobId + QLatin1Char('/') + batchId);
        return job && it != m_batchIndex.constEnd() ? &job->batches[*it] : nullptr;
    }

    QSet<QString> m_only;
    QList<JobRecord> m_jobs;
    QHash<QString, int> m_jobIndex;
    QHash<QString, int> m_batchIndex; // job/batch -> row in that job's batches
};

} // namespace

QList<JobRecord> JobRecord::readAll(const QString &path, Journal::ReadStats *stats)
{
    JobAssembler assembler;
    Journal::read(
        path, [&assembler](const Journal::Record &record) { assembler.add(record); }, stats);
    return assembler.takeJobs();
}

QList<JobRecord> JobRecord::read(const QString &path, const QSet<QString> &jobIds, Journal::ReadStats *stats)
{
    if (jobIds.isEmpty())
        return {};
    JobAssembler assembler(jobIds);
    Journal::read(
        path, [&assembler](const Journal::Record &record) { assembler.add(record); }, stats);
    return assembler.takeJobs();
}

std::optional<JobRecord> JobRecord::read(const QString &path, const QString &jobId)
{
    QList<JobRecord> jobs = read(path, QSet<QString>{jobId});
    return jobs.isEmpty() ? std::nullopt : std::optional<JobRecord>(jobs.takeFirst());
}

QList<JobRecord> JobRecord::fromRecords(const QList<Journal::Record> &records)
{
    JobAssembler assembler;
    for (const Journal::Record &record : records)
        assembler.add(record);
    return assembler.takeJobs();
}

} // namespace LhShare
