#pragma once

#include "AccessMatrix.h"

namespace LhShare {

// Request counts of the two ways to read the recipients of one chunk of at most 100 blueprints,
// and the choice between them. Pure arithmetic, so the choice can be checked without a server.
//
// Listing everything costs pagesFor(rows). The account-id filter costs one request per group of
// kMaxAccountIdFilterValues accounts: only one account-id filter goes in a request, because
// Lighthouse ANDs its Filters, and an account cannot be two accounts at once. A filtered read
// returns a subset of the full list, so with a single group it never costs more; with several
// groups the scan first reads the full list's first page, whose TotalCount tells the rest.
namespace RecipientQueryCost {

// Requests PagedQuery needs for `rows` rows in pages of 100 (each page after the first re-reads
// one row to notice a list that shifted).
int pagesFor(int rows);
// Account groups of at most kMaxAccountIdFilterValues: requests of the filtered read (each at least one).
int accountGroups(int accountCount);
// The cheaper query before anything is read: ByAccount when one group suffices. Otherwise (or
// without accounts) ListAll, whose first page then decides with choose().
RecipientQuery chooseBeforeReading(int accountCount);
// The cheaper query once the full list's first page told its TotalCount (-1: not given): ByAccount
// when its groups take fewer requests than the pages still to read.
RecipientQuery chooseAfterFirstPage(int accountCount, int totalRows);

} // namespace RecipientQueryCost

} // namespace LhShare
