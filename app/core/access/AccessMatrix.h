#pragma once

#include "api/ApiError.h"
#include "model/Blueprint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace LhShare {

// One account's access to one custom blueprint: a row of the access matrix.
struct AccessEntry
{
    QString region;
    QString blueprintId;
    QString blueprintName;
    QString blueprintState;
    QString accountId;
    QDateTime createdTime; // when it was shared (CreatedTime of the share-info read)
};

// How the recipients of a region were read (RecipientQueryCost chooses).
enum class RecipientQuery {
    ListAll, // every recipient of the blueprints, pages of 100
    ByAccount, // only the given accounts, with the account-id filter
};

// What the scan of one region found out.
struct RegionAccess
{
    Q_DECLARE_TR_FUNCTIONS(RegionAccess)

public:
    enum class Status {
        Complete, // every row of the region is in the matrix
        Failed, // a read failed: the region's rows are missing, never "nobody has access"
        NoShareInfoRead, // the site has no DescribeBlueprintsShareAcrossAccountInfos: only BlueprintShared
    };

    QString region;
    Status status = Status::Complete;
    ApiError error; // Failed: why; NoShareInfoRead: what the server answered
    QList<Blueprint> blueprints; // the custom blueprints read, with BlueprintShared (yes/no)
    RecipientQuery query = RecipientQuery::ListAll;

    bool isComplete() const { return status == Status::Complete; }
    // Plain words for a person: complete, or why not.
    QString statusText() const;
};

// Region × blueprint × account: who can use which custom blueprint, and where the picture is
// incomplete. A failed region has no rows, so anything acting on the matrix checks
// incompleteRegions() first: an incomplete region is never taken for "nobody has access".
struct AccessMatrix
{
    QList<AccessEntry> entries; // region order, then as read
    QList<RegionAccess> regions; // in the order asked for

    bool isComplete() const { return incompleteRegions().isEmpty(); }
    QStringList incompleteRegions() const;
    const RegionAccess *region(const QString &id) const;
};

} // namespace LhShare
