#include "History.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <unistd.h>

namespace LhShare {

Q_LOGGING_CATEGORY(lcHistory, "lhshare.history", QtInfoMsg)

namespace {
QDateTime timeOf(const QJsonObject &record)
{
    return QDateTime::fromString(record.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}
} // namespace

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

bool History::append(const QJsonObject &record)
{
    if (!m_file.isOpen()) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        // Unbuffered: each record is one write(), so concurrent writers (GUI and CLI) never interleave.
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            m_error = m_file.errorString();
            return false;
        }
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_needsNewline = endsWithTornLine();
    }
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
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

QList<QJsonObject> History::readAll(const QString &path, int *tornLines)
{
    QList<QJsonObject> records;
    int torn = 0;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (!document.isObject()) {
                ++torn;
                qCWarning(lcHistory) << "Skipping unreadable history line" << lineNumber << "of" << path;
                continue;
            }
            records.append(document.object());
        }
    }
    if (tornLines)
        *tornLines = torn;
    return records;
}

QString BatchRecord::statusText() const
{
    if (status == QLatin1String("planned"))
        return tr("planned, not sent");
    if (status == QLatin1String("sent") || status == QLatin1String("unknown"))
        return tr("sent, outcome unknown");
    if (status == QLatin1String("done"))
        return tr("done");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("skipped"))
        return tr("skipped");
    if (status == QLatin1String("split"))
        return tr("split into smaller batches");
    return status;
}

bool JobRecord::isInterrupted() const
{
    return resumedBy.isEmpty() && !unfinishedBatches().isEmpty();
}

QList<BatchRecord> JobRecord::doneBatches() const
{
    QList<BatchRecord> done;
    for (const BatchRecord &batch : batches) {
        if (batch.status == QLatin1String("done"))
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

int JobRecord::accountCount(const QString &status) const
{
    int count = 0;
    for (const BatchRecord &batch : batches) {
        if (batch.status == status)
            count += int(batch.accounts.size());
    }
    if (status == QLatin1String("skipped")) {
        for (const BatchRecord &skip : skipped)
            count += int(skip.accounts.size());
    }
    return count;
}

ShareAction JobRecord::shareAction() const
{
    return actionFromKeyword(action);
}

JobRequest JobRecord::undoRequest() const
{
    JobRequest request;
    request.action = reverse(shareAction());
    request.undoOf = id;
    for (const BatchRecord &batch : doneBatches())
        request.items.append({{batch.region, batch.blueprint}, batch.accounts});
    return request;
}

JobRequest JobRecord::resumeRequest() const
{
    JobRequest request;
    request.action = shareAction();
    request.resumeOf = id;
    for (const BatchRecord &batch : unfinishedBatches())
        request.items.append(
            {{batch.region, batch.blueprint}, batch.accounts, batch.status != QLatin1String("planned")});
    return request;
}

QJsonObject JobRecord::toJson() const
{
    auto batchJson = [](const BatchRecord &batch) {
        QJsonObject object{{QStringLiteral("batch"), batch.id},
                           {QStringLiteral("region"), batch.region},
                           {QStringLiteral("blueprint"), batch.blueprint},
                           {QStringLiteral("accountIds"), QJsonArray::fromStringList(batch.accounts)},
                           {QStringLiteral("status"), batch.status},
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
    QJsonObject object{{QStringLiteral("job"), id},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("interrupted"), isInterrupted()},
                       {QStringLiteral("stopped"), stopped},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("secretId"), secretId},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("batches"), batchArray},
                       {QStringLiteral("skipped"), skippedArray}};
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

QList<JobRecord> JobRecord::fromRecords(const QList<QJsonObject> &records)
{
    QList<JobRecord> jobs;
    QHash<QString, int> jobIndex;
    QHash<QString, QPair<int, int>> batchIndex; // job/batch -> (job row, batch row)

    for (const QJsonObject &record : records) {
        const QString type = record.value(QLatin1String("type")).toString();
        const QString jobId = record.value(QLatin1String("job")).toString();
        if (type == QLatin1String("job")) {
            JobRecord job;
            job.id = jobId;
            job.action = record.value(QLatin1String("action")).toString();
            job.started = timeOf(record);
            job.profile = record.value(QLatin1String("profile")).toString();
            job.secretId = record.value(QLatin1String("secretId")).toString();
            job.endpoint = record.value(QLatin1String("endpoint")).toString();
            job.undoOf = record.value(QLatin1String("undoOf")).toString();
            job.resumeOf = record.value(QLatin1String("resumeOf")).toString();
            if (const auto resumed = jobIndex.constFind(job.resumeOf); resumed != jobIndex.constEnd())
                jobs[*resumed].resumedBy = jobId;
            jobIndex.insert(jobId, int(jobs.size()));
            jobs.append(job);
            continue;
        }
        const auto jobIt = jobIndex.constFind(jobId);
        if (jobIt == jobIndex.constEnd())
            continue;
        JobRecord &job = jobs[*jobIt];
        const QString batchKey = jobId + QLatin1Char('/') + record.value(QLatin1String("batch")).toString();

        if (type == QLatin1String("planned")) {
            BatchRecord batch;
            batch.id = record.value(QLatin1String("batch")).toString();
            batch.region = record.value(QLatin1String("region")).toString();
            batch.blueprint = record.value(QLatin1String("blueprint")).toString();
            batch.accounts = stringList(record.value(QLatin1String("accounts")));
            batch.status = QStringLiteral("planned");
            batch.time = timeOf(record);
            batchIndex.insert(batchKey, {*jobIt, int(job.batches.size())});
            job.batches.append(batch);
        } else if (type == QLatin1String("skipped")) {
            BatchRecord skip;
            skip.region = record.value(QLatin1String("region")).toString();
            skip.blueprint = record.value(QLatin1String("blueprint")).toString();
            skip.accounts = stringList(record.value(QLatin1String("accounts")));
            skip.status = QStringLiteral("skipped");
            skip.message = record.value(QLatin1String("reason")).toString();
            skip.time = timeOf(record);
            job.skipped.append(skip);
        } else if (type == QLatin1String("sent") || type == QLatin1String("outcome")) {
            const auto batchIt = batchIndex.constFind(batchKey);
            if (batchIt == batchIndex.constEnd())
                continue;
            BatchRecord &batch = job.batches[batchIt->second];
            batch.time = timeOf(record);
            if (type == QLatin1String("sent")) {
                batch.status = QStringLiteral("sent");
                batch.attempts = record.value(QLatin1String("attempt")).toInt(batch.attempts + 1);
                continue;
            }
            batch.status = record.value(QLatin1String("status")).toString();
            batch.errorCode = record.value(QLatin1String("errorCode")).toString();
            batch.message = record.value(QLatin1String("message")).toString();
            batch.requestId = record.value(QLatin1String("requestId")).toString();
        } else if (type == QLatin1String("finished")) {
            job.finished = timeOf(record);
            job.stopped = record.value(QLatin1String("stopped")).toBool();
        }
    }
    return jobs;
}

} // namespace LhShare
