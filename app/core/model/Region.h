#pragma once

#include <QList>
#include <QString>

class QJsonObject;

namespace LhShare {

// A Lighthouse region ("ap-guangzhou") with a readable, translated name.
struct Region
{
    QString id;
    QString name; // translated, e.g. "South China (Guangzhou)"
    bool chinaMainland = false;
    bool available = true;

    QString displayName() const; // "Guangzhou (ap-guangzhou)"

    // The regions that support cross-account blueprint sharing, in display order.
    static QList<Region> supported();
    static bool isSupported(const QString &id);
    static Region fromJson(const QJsonObject &regionInfo);
};

} // namespace LhShare
