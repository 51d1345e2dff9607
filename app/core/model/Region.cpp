#include "Region.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace LhShare {

namespace {
struct KnownRegion
{
    const char *id;
    const char *name;
    bool chinaMainland;
};

constexpr KnownRegion kSupported[] = {
    {"ap-guangzhou", QT_TRANSLATE_NOOP("Region", "Guangzhou"), true},
    {"ap-shanghai", QT_TRANSLATE_NOOP("Region", "Shanghai"), true},
    {"ap-nanjing", QT_TRANSLATE_NOOP("Region", "Nanjing"), true},
    {"ap-beijing", QT_TRANSLATE_NOOP("Region", "Beijing"), true},
    {"ap-chengdu", QT_TRANSLATE_NOOP("Region", "Chengdu"), true},
    {"ap-hongkong", QT_TRANSLATE_NOOP("Region", "Hong Kong, China"), false},
    {"ap-singapore", QT_TRANSLATE_NOOP("Region", "Singapore"), false},
    {"ap-bangkok", QT_TRANSLATE_NOOP("Region", "Bangkok"), false},
    {"ap-jakarta", QT_TRANSLATE_NOOP("Region", "Jakarta"), false},
    {"ap-seoul", QT_TRANSLATE_NOOP("Region", "Seoul"), false},
    {"ap-tokyo", QT_TRANSLATE_NOOP("Region", "Tokyo"), false},
    {"eu-frankfurt", QT_TRANSLATE_NOOP("Region", "Frankfurt"), false},
    {"na-ashburn", QT_TRANSLATE_NOOP("Region", "Virginia"), false},
    {"na-siliconvalley", QT_TRANSLATE_NOOP("Region", "Silicon Valley"), false},
    {"sa-saopaulo", QT_TRANSLATE_NOOP("Region", "São Paulo"), false},
};
} // namespace

QString Region::displayName() const
{
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

QList<Region> Region::supported()
{
    QList<Region> regions;
    for (const KnownRegion &known : kSupported)
        regions.append({QString::fromLatin1(known.id), QCoreApplication::translate("Region", known.name),
                        known.chinaMainland, true});
    return regions;
}

bool Region::isSupported(const QString &id)
{
    for (const KnownRegion &known : kSupported) {
        if (id == QLatin1String(known.id))
            return true;
    }
    return false;
}

Region Region::fromJson(const QJsonObject &regionInfo)
{
    Region region;
    region.id = regionInfo.value(QLatin1String("Region")).toString();
    region.name = regionInfo.value(QLatin1String("RegionName")).toString();
    region.chinaMainland = regionInfo.value(QLatin1String("IsChinaMainland")).toBool();
    region.available = regionInfo.value(QLatin1String("RegionState")).toString() == QLatin1String("AVAILABLE");
    return region;
}

} // namespace LhShare
