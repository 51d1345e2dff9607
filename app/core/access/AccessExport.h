#pragma once

#include "AccessMatrix.h"

#include <QByteArray>
#include <QJsonArray>

namespace LhShare::AccessExport {

// The matrix rows as a JSON array of {region, blueprintId, blueprintName, accountId, createdTime}.
QJsonArray toJson(const QList<AccessEntry> &entries);
// The same columns as CSV, a header first, cells defused like every export (ExportFormats::csvField).
// lineEnd: "\r\n" for files (RFC 4180), "\n" for a terminal, where a carriage return would be escaped.
QByteArray toCsv(const QList<AccessEntry> &entries, const QByteArray &lineEnd = "\r\n");
// ISO 8601 UTC, or "-" when the server gave no time.
QString timeText(const QDateTime &time);

} // namespace LhShare::AccessExport
