#include "Journal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QtConcurrentMap>

namespace LhShare {

Q_LOGGING_CATEGORY(lcJournal, "lhshare.history", QtInfoMsg)

namespace {

struct StatusName
{
    ShareStatus status;
    const char *keyword;
};
constexpr StatusName kStatusNames[] = {
    {ShareStatus::Pending, "planned"},  {ShareStatus::Sent, "sent"},     {ShareStatus::Done, "done"},
    {ShareStatus::Skipped, "skipped"},  {ShareStatus::Failed, "failed"}, {ShareStatus::Unknown, "unknown"},
    {ShareStatus::NotSent, "not-sent"}, {ShareStatus::Split, "split"},
};

struct VerificationName
{
    Verification verification;
    const char *keyword;
};
constexpr VerificationName kVerificationNames[] = {
    {Verification::Verified, "verified"},
    {Verification::NotVerified, "not-verified"},
    {Verification::NotVerifiable, "not-verifiable"},
};

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QJsonObject &object)
{
    return QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Inserts only non-empty optional strings, as the journal always has.
void insertIfSet(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

void insertAction(QJsonObject &object, const std::optional<ShareAction> &action)
{
    if (action)
        object.insert(QStringLiteral("action"), actionKeyword(*action));
}

std::optional<ShareAction> actionOf(const QJsonObject &object)
{
    if (!object.contains(QLatin1String("action")))
        return std::nullopt;
    return actionFromKeyword(object.value(QLatin1String("action")).toString());
}

QJsonObject header(const char *type, const QString &job, const QDateTime &time)
{
    return {{QStringLiteral("v"), Journal::kFormatVersion},
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("job"), job},
            {QStringLiteral("time"), timeText(time)}};
}

struct ToJson
{
    QJsonObject operator()(const Journal::JobStarted &r) const
    {
        QJsonObject o = header("job", r.job, r.time);
        o.insert(QStringLiteral("action"), actionKeyword(r.action));
        o.insert(QStringLiteral("profile"), r.profile);
        o.insert(QStringLiteral("secretId"), r.secretId);
        o.insert(QStringLiteral("endpoint"), r.endpoint);
        o.insert(QStringLiteral("accounts"), r.accounts);
        o.insert(QStringLiteral("recipientsKnown"), r.recipientsKnown);
        insertIfSet(o, "undoOf", r.undoOf);
        insertIfSet(o, "resumeOf", r.resumeOf);
        return o;
    }
    QJsonObject operator()(const Journal::Planned &r) const
    {
        QJsonObject o = header("planned", r.job, r.time);
        o.insert(QStringLiteral("batch"), r.batch);
        o.insert(QStringLiteral("region"), r.region);
        o.insert(QStringLiteral("blueprint"), r.blueprint);
        o.insert(QStringLiteral("accounts"), QJsonArray::fromStringList(r.accounts));
        insertAction(o, r.action);
        return o;
    }
    QJsonObject operator()(const Journal::Skipped &r) const
    {
        QJsonObject o = header("skipped", r.job, r.time);
        o.insert(QStringLiteral("region"), r.region);
        o.insert(QStringLiteral("blueprint"), r.blueprint);
        o.insert(QStringLiteral("accounts"), QJsonArray::fromStringList(r.accounts));
        o.insert(QStringLiteral("reason"), r.reason);
        insertAction(o, r.action);
        return o;
    }
    QJsonObject operator()(const Journal::Sent &r) const
    {
        QJsonObject o = header("sent", r.job, r.time);
        o.insert(QStringLiteral("batch"), r.batch);
        o.insert(QStringLiteral("attempt"), r.attempt);
        return o;
    }
    QJsonObject operator()(const Journal::Outcome &r) const
    {
        QJsonObject o = header("outcome", r.job, r.time);
        o.insert(QStringLiteral("batch"), r.batch);
        o.insert(QStringLiteral("status"), statusKeyword(r.status));
        insertIfSet(o, "errorCode", r.errorCode);
        insertIfSet(o, "message", r.message);
        insertIfSet(o, "requestId", r.requestId);
        return o;
    }
    QJsonObject operator()(const Journal::JobFinished &r) const
    {
        QJsonObject o = header("finished", r.job, r.time);
        o.insert(QStringLiteral("stopped"), r.stopped);
        return o;
    }
    QJsonObject operator()(const Journal::Verified &r) const
    {
        QJsonObject o = header("verified", r.job, r.time);
        o.insert(QStringLiteral("region"), r.region);
        o.insert(QStringLiteral("blueprint"), r.blueprint);
        o.insert(QStringLiteral("accounts"), QJsonArray::fromStringList(r.accounts));
        o.insert(QStringLiteral("state"), verificationKeyword(r.state));
        insertIfSet(o, "reason", r.reason);
        return o;
    }
    QJsonObject operator()(const Journal::Reissued &r) const
    {
        QJsonObject o = header("reissued", r.job, r.time);
        o.insert(QStringLiteral("region"), r.region);
        o.insert(QStringLiteral("blueprint"), r.blueprint);
        o.insert(QStringLiteral("accounts"), QJsonArray::fromStringList(r.accounts));
        insertIfSet(o, "requestId", r.requestId);
        insertIfSet(o, "errorCode", r.errorCode);
        insertAction(o, r.action);
        return o;
    }
};

} // namespace

QString statusKeyword(ShareStatus status)
{
    for (const StatusName &name : kStatusNames) {
        if (name.status == status)
            return QLatin1String(name.keyword);
    }
    return {};
}

std::optional<ShareStatus> statusFromKeyword(const QString &keyword)
{
    for (const StatusName &name : kStatusNames) {
        if (keyword == QLatin1String(name.keyword))
            return name.status;
    }
    return std::nullopt;
}

QString statusText(ShareStatus status)
{
    switch (status) {
    case ShareStatus::Pending:
        return QCoreApplication::translate("ShareStatus", "planned, not sent");
    case ShareStatus::Sent:
        return QCoreApplication::translate("ShareStatus", "sent, outcome unknown");
    case ShareStatus::Done:
        return QCoreApplication::translate("ShareStatus", "done");
    case ShareStatus::Skipped:
        return QCoreApplication::translate("ShareStatus", "skipped");
    case ShareStatus::Failed:
        return QCoreApplication::translate("ShareStatus", "failed");
    case ShareStatus::Unknown:
        return QCoreApplication::translate("ShareStatus", "outcome unknown");
    case ShareStatus::NotSent:
        return QCoreApplication::translate("ShareStatus", "not sent");
    case ShareStatus::Split:
        return QCoreApplication::translate("ShareStatus", "split into smaller batches");
    }
    return {};
}

QString verificationKeyword(Verification verification)
{
    for (const VerificationName &name : kVerificationNames) {
        if (name.verification == verification)
            return QLatin1String(name.keyword);
    }
    return {};
}

std::optional<Verification> verificationFromKeyword(const QString &keyword)
{
    for (const VerificationName &name : kVerificationNames) {
        if (keyword == QLatin1String(name.keyword))
            return name.verification;
    }
    return std::nullopt;
}

QString verificationText(Verification verification, const QString &reason)
{
    switch (verification) {
    case Verification::NotChecked:
        return {};
    case Verification::Verified:
        return QCoreApplication::translate("Verification", "Verified");
    case Verification::NotVerified:
        return reason.isEmpty() ? QCoreApplication::translate("Verification", "Not verified")
                                : QCoreApplication::translate("Verification", "Not verified: %1").arg(reason);
    case Verification::NotVerifiable:
        return QCoreApplication::translate("Verification", "Not verifiable on this site");
    }
    return {};
}

namespace Journal {

QJsonObject toJson(const Record &record)
{
    return std::visit(ToJson{}, record);
}

std::optional<Record> fromJson(const QJsonObject &o)
{
    const QString type = text(o, "type");
    const QString job = text(o, "job");
    if (job.isEmpty())
        return std::nullopt;
    const QDateTime time = timeOf(o);
    if (type == QLatin1String("job"))
        return JobStarted{job,
                          time,
                          actionFromKeyword(text(o, "action")),
                          text(o, "profile"),
                          text(o, "secretId"),
                          text(o, "endpoint"),
                          o.value(QLatin1String("accounts")).toInt(),
                          o.value(QLatin1String("recipientsKnown")).toBool(true),
                          text(o, "undoOf"),
                          text(o, "resumeOf")};
    if (type == QLatin1String("planned"))
        return Planned{job,
                       time,
                       text(o, "batch"),
                       text(o, "region"),
                       text(o, "blueprint"),
                       stringList(o.value(QLatin1String("accounts"))),
                       actionOf(o)};
    if (type == QLatin1String("skipped"))
        return Skipped{job,
                       time,
                       text(o, "region"),
                       text(o, "blueprint"),
                       stringList(o.value(QLatin1String("accounts"))),
                       text(o, "reason"),
                       actionOf(o)};
    if (type == QLatin1String("sent"))
        return Sent{job, time, text(o, "batch"), o.value(QLatin1String("attempt")).toInt(1)};
    if (type == QLatin1String("outcome")) {
        const std::optional<ShareStatus> status = statusFromKeyword(text(o, "status"));
        if (!status)
            return std::nullopt;
        return Outcome{
            job, time, text(o, "batch"), *status, text(o, "errorCode"), text(o, "message"), text(o, "requestId")};
    }
    if (type == QLatin1String("finished"))
        return JobFinished{job, time, o.value(QLatin1String("stopped")).toBool()};
    if (type == QLatin1String("verified")) {
        const std::optional<Verification> state = verificationFromKeyword(text(o, "state"));
        if (!state)
            return std::nullopt;
        return Verified{job,
                        time,
                        text(o, "region"),
                        text(o, "blueprint"),
                        stringList(o.value(QLatin1String("accounts"))),
                        *state,
                        text(o, "reason")};
    }
    if (type == QLatin1String("reissued"))
        return Reissued{job,
                        time,
                        text(o, "region"),
                        text(o, "blueprint"),
                        stringList(o.value(QLatin1String("accounts"))),
                        text(o, "requestId"),
                        text(o, "errorCode"),
                        actionOf(o)};
    return std::nullopt;
}

QString jobOf(const Record &record)
{
    return std::visit([](const auto &r) { return r.job; }, record);
}

namespace {

// One line read and waiting to be parsed; lines are parsed in parallel, chunk by chunk, and
// visited in file order.
struct PendingLine
{
    int number = 0;
    QByteArray text;
};

struct ParsedLine
{
    enum class Kind { Record, Torn, Foreign } kind = Kind::Foreign;
    std::optional<Record> record;
};

ParsedLine parseLine(const PendingLine &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line.text);
    if (!document.isObject())
        return {ParsedLine::Kind::Torn, std::nullopt};
    std::optional<Record> record = fromJson(document.object());
    return record ? ParsedLine{ParsedLine::Kind::Record, std::move(record)} : ParsedLine{};
}

} // namespace

bool read(const QString &path, const std::function<void(const Record &)> &visit, ReadStats *stats, Skip skip)
{
    // The writer's compact form: a quote inside a string value is escaped, so this text can only
    // be the record's own type.
    constexpr QByteArrayView sentType("\"type\":\"sent\"");
    // Lines parsed together: enough to keep every core busy, little enough to stay small in memory.
    constexpr int kChunkLines = 4096;

    ReadStats counts;
    QFile file(path);
    if (!file.exists()) {
        if (stats)
            *stats = counts;
        return true;
    }
    if (!file.open(QIODevice::ReadOnly))
        return false;

    QList<PendingLine> pending;
    pending.reserve(kChunkLines);
    auto flush = [&] {
        // A history of a few jobs is parsed right here; a long one on every core.
        QList<ParsedLine> parsed;
        if (pending.size() < 256) {
            for (const PendingLine &line : std::as_const(pending))
                parsed.append(parseLine(line));
        } else {
            parsed = QtConcurrent::blockingMapped<QList<ParsedLine>>(pending, parseLine);
        }
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            switch (parsed.at(i).kind) {
            case ParsedLine::Kind::Record:
                visit(*parsed.at(i).record);
                break;
            case ParsedLine::Kind::Torn:
                ++counts.tornLines;
                qCWarning(lcJournal) << "Skipping unreadable history line" << pending.at(i).number << "of" << path;
                break;
            case ParsedLine::Kind::Foreign:
                ++counts.foreignLines;
                break;
            }
        }
        pending.clear();
    };

    int lineNumber = 0;
    // One buffer for every line: a QByteArray of kMaxLineBytes per readLine() would allocate (and
    // map) a megabyte for each record.
    QByteArray buffer(kMaxLineBytes + 2, Qt::Uninitialized);
    while (!file.atEnd()) {
        // Read in bounded pieces, so one enormous line never sits in memory whole.
        const qint64 length = file.readLine(buffer.data(), buffer.size());
        if (length < 0)
            break;
        ++lineNumber;
        const QByteArrayView line(buffer.constData(), length);
        if (length > kMaxLineBytes && !line.endsWith('\n')) {
            ++counts.oversizedLines;
            qCWarning(lcJournal) << "Skipping history line" << lineNumber << "of" << path << "(over 1 MiB)";
            while (!file.atEnd()) {
                const qint64 rest = file.readLine(buffer.data(), buffer.size());
                if (rest <= 0 || buffer.at(rest - 1) == '\n')
                    break;
            }
            continue;
        }
        const QByteArrayView text = line.trimmed();
        // Keys are written sorted, so "type" is among the last few bytes of the line.
        if (text.isEmpty() || (skip == Skip::SentRecords && text.last(qMin(text.size(), 40)).contains(sentType)))
            continue;
        pending.append({lineNumber, text.toByteArray()});
        if (pending.size() == kChunkLines)
            flush();
    }
    flush();
    if (stats)
        *stats = counts;
    return true;
}

} // namespace Journal
} // namespace LhShare
