#include "Blueprint.h"

#include <QJsonObject>

namespace LhShare {

QDateTime parseApiTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

Blueprint Blueprint::fromJson(const QJsonObject &object)
{
    Blueprint blueprint;
    blueprint.id = object.value(QLatin1String("BlueprintId")).toString();
    blueprint.name = object.value(QLatin1String("BlueprintName")).toString();
    if (blueprint.name.isEmpty())
        blueprint.name = object.value(QLatin1String("DisplayTitle")).toString();
    blueprint.osName = object.value(QLatin1String("OsName")).toString();
    blueprint.platformType = object.value(QLatin1String("PlatformType")).toString();
    blueprint.type = object.value(QLatin1String("BlueprintType")).toString();
    blueprint.state = object.value(QLatin1String("BlueprintState")).toString();
    blueprint.createdTime = parseApiTime(object.value(QLatin1String("CreatedTime")).toString());
    const QJsonValue shared = object.value(QLatin1String("BlueprintShared"));
    blueprint.shared = shared.toBool();
    blueprint.sharedKnown = shared.isBool();
    return blueprint;
}

bool Blueprint::isValidId(const QString &id)
{
    if (id.size() != 13 || !id.startsWith(QLatin1String("lhbp-")))
        return false;
    for (qsizetype i = 5; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

ShareRecipient ShareRecipient::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("BlueprintId")).toString(), object.value(QLatin1String("AccountId")).toString(),
            parseApiTime(object.value(QLatin1String("CreatedTime")).toString())};
}

} // namespace LhShare
