#include "RecipientQueryCost.h"

#include "api/LighthouseService.h"

namespace LhShare::RecipientQueryCost {

int pagesFor(int rows)
{
    constexpr int page = LighthouseService::kMaxPageSize;
    if (rows <= page)
        return 1;
    return 1 + (rows - page + page - 2) / (page - 1);
}

int accountGroups(int accountCount)
{
    constexpr int perGroup = LighthouseService::kMaxAccountIdFilterValues;
    return (accountCount + perGroup - 1) / perGroup;
}

RecipientQuery chooseBeforeReading(int accountCount)
{
    return accountCount > 0 && accountGroups(accountCount) == 1 ? RecipientQuery::ByAccount : RecipientQuery::ListAll;
}

RecipientQuery chooseAfterFirstPage(int accountCount, int totalRows)
{
    if (accountCount == 0 || totalRows < 0)
        return RecipientQuery::ListAll;
    const int pagesLeft = pagesFor(totalRows) - 1;
    return accountGroups(accountCount) < pagesLeft ? RecipientQuery::ByAccount : RecipientQuery::ListAll;
}

} // namespace LhShare::RecipientQueryCost
