#include "ExportFormats.h"

#include "jobs/History.h"
#include "jobs/ShareJob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace LhShare::ExportFormats {

namespace {
QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}
} // namespace

QByteArray csvField(const QString &value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

Format formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

QByteArray outcomesCsv(const QList<AccountOutcome> &outcomes)
{
    QByteArray data = csvLine({QStringLiteral("account"), QStringLiteral("blueprint"), QStringLiteral("region"),
                               QStringLiteral("status"), QStringLiteral("errorCode"), QStringLiteral("message"),
                               QStringLiteral("requestId"), QStringLiteral("action"), QStringLiteral("verification"),
                               QStringLiteral("verificationReason")});
    for (const AccountOutcome &outcome : outcomes)
        data += csvLine({outcome.accountId, outcome.target.blueprintId, outcome.target.region,
                         AccountOutcome::statusName(outcome.status), outcome.errorCode, outcome.message,
                         outcome.requestId, actionKeyword(outcome.action), verificationKeyword(outcome.verification),
                         outcome.verificationNote});
    return data;
}

QByteArray outcomesJson(const QString &jobId, const QList<AccountOutcome> &outcomes)
{
    QJsonArray rows;
    for (const AccountOutcome &outcome : outcomes)
        rows.append(QJsonObject{{QStringLiteral("account"), outcome.accountId},
                                {QStringLiteral("blueprint"), outcome.target.blueprintId},
                                {QStringLiteral("region"), outcome.target.region},
                                {QStringLiteral("status"), AccountOutcome::statusName(outcome.status)},
                                {QStringLiteral("errorCode"), outcome.errorCode},
                                {QStringLiteral("message"), outcome.message},
                                {QStringLiteral("requestId"), outcome.requestId},
                                {QStringLiteral("action"), actionKeyword(outcome.action)},
                                {QStringLiteral("verified"), outcome.verification == Verification::Verified},
                                {QStringLiteral("verification"), verificationKeyword(outcome.verification)},
                                {QStringLiteral("verificationReason"), outcome.verificationNote}});
    return QJsonDocument(QJsonObject{{QStringLiteral("job"), jobId}, {QStringLiteral("results"), rows}})
        .toJson(QJsonDocument::Indented);
}

QByteArray jobsCsv(const QList<JobRecord> &jobs)
{
    QByteArray data = csvLine({QStringLiteral("job"), QStringLiteral("started"), QStringLiteral("action"),
                               QStringLiteral("profile"), QStringLiteral("region"), QStringLiteral("blueprint"),
                               QStringLiteral("accounts"), QStringLiteral("status"), QStringLiteral("errorCode"),
                               QStringLiteral("message"), QStringLiteral("requestId")});
    for (const JobRecord &job : jobs) {
        const QString started = job.started.toString(Qt::ISODate);
        for (const BatchRecord &batch : job.batches + job.skipped)
            data += csvLine({job.id, started, actionKeyword(batch.action), job.profile, batch.region, batch.blueprint,
                             batch.accounts.join(QLatin1Char(' ')), statusKeyword(batch.status), batch.errorCode,
                             batch.message, batch.requestId});
    }
    return data;
}

QByteArray jobsJson(const QList<JobRecord> &jobs)
{
    QJsonArray array;
    for (const JobRecord &job : jobs)
        array.append(job.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray idList(const QStringList &ids)
{
    return ids.isEmpty() ? QByteArray() : (ids.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("ExportFormats", "Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace LhShare::ExportFormats
