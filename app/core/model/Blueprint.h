#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QJsonObject;

namespace LhShare {

// A Lighthouse image as DescribeBlueprints returns it (the fields this tool shows).
struct Blueprint
{
    QString id;
    QString name;
    QString osName;
    QString platformType;
    QString type; // PRIVATE for custom images
    QString state; // NORMAL, SYNCING, …
    QDateTime createdTime;
    bool shared = false; // BlueprintShared: shared with anyone
    bool sharedKnown = false; // the answer had BlueprintShared (it may be missing or null)

    static Blueprint fromJson(const QJsonObject &object);
    // "lhbp-" followed by 8 lower-case letters or digits.
    static bool isValidId(const QString &id);
};

// Who a blueprint is shared with (DescribeBlueprintsShareAcrossAccountInfos).
struct ShareRecipient
{
    QString blueprintId;
    QString accountId;
    QDateTime createdTime;

    static ShareRecipient fromJson(const QJsonObject &object);
};

QDateTime parseApiTime(const QString &text);

} // namespace LhShare
