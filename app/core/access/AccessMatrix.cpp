#include "AccessMatrix.h"

namespace LhShare {

QString RegionAccess::statusText() const
{
    switch (status) {
    case Status::Complete:
        return tr("complete");
    case Status::Failed:
        return tr("incomplete: the read failed (%1: %2)").arg(error.code, error.userMessage());
    case Status::NoShareInfoRead:
        break;
    }
    return tr("incomplete: the recipient listing (DescribeBlueprintsShareAcrossAccountInfos) is unavailable on "
              "this site; only whether each blueprint is shared with anyone is known");
}

QStringList AccessMatrix::incompleteRegions() const
{
    QStringList ids;
    for (const RegionAccess &access : regions) {
        if (!access.isComplete())
            ids.append(access.region);
    }
    return ids;
}

const RegionAccess *AccessMatrix::region(const QString &id) const
{
    for (const RegionAccess &access : regions) {
        if (access.region == id)
            return &access;
    }
    return nullptr;
}

} // namespace LhShare
