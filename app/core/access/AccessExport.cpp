#include "AccessExport.h"

#include "jobs/ExportFormats.h"

#include <QJsonObject>

namespace LhShare::AccessExport {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonArray toJson(const QList<AccessEntry> &entries)
{
    QJsonArray array;
    for (const AccessEntry &entry : entries)
        array.append(QJsonObject{{QStringLiteral("region"), entry.region},
                                 {QStringLiteral("blueprintId"), entry.blueprintId},
                                 {QStringLiteral("blueprintName"), entry.blueprintName},
                                 {QStringLiteral("accountId"), entry.accountId},
                                 {QStringLiteral("createdTime"), timeText(entry.createdTime)}});
    return array;
}

QByteArray toCsv(const QList<AccessEntry> &entries, const QByteArray &lineEnd)
{
    const auto line = [&lineEnd](const QStringList &fields) -> QByteArray {
        QByteArrayList cells;
        for (const QString &field : fields)
            cells.append(ExportFormats::csvField(field));
        return cells.join(',') + lineEnd;
    };
    QByteArray data = line({QStringLiteral("region"), QStringLiteral("blueprintId"), QStringLiteral("blueprintName"),
                            QStringLiteral("accountId"), QStringLiteral("createdTime")});
    for (const AccessEntry &entry : entries)
        data += line(
            {entry.region, entry.blueprintId, entry.blueprintName, entry.accountId, timeText(entry.createdTime)});
    return data;
}

} // namespace LhShare::AccessExport
