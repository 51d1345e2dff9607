#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace LhShare {

struct AccountOutcome;
struct JobRecord;

// The files written for people and spreadsheets: job results, history and account
// lists, as CSV (RFC 4180, UTF-8) or JSON. Formats only; the dialogs pick the path.
namespace ExportFormats {

enum class Format { Csv, Json };
// JSON when the path ends in .json, else CSV.
Format formatForPath(const QString &path);

// One CSV cell: quoted when needed. A cell starting with = + - @, a tab or a carriage return is
// defused with a leading apostrophe so that a spreadsheet never runs it as a formula
// (spreadsheets skip a leading tab or CR and read what follows).
QByteArray csvField(const QString &value);
QByteArray outcomesCsv(const QList<AccountOutcome> &outcomes);
QByteArray outcomesJson(const QString &jobId, const QList<AccountOutcome> &outcomes);
QByteArray jobsCsv(const QList<JobRecord> &jobs);
QByteArray jobsJson(const QList<JobRecord> &jobs);
QByteArray idList(const QStringList &ids);

// Writes atomically (QSaveFile). Returns false with a translated reason.
bool writeFile(const QString &path, const QByteArray &data, QString *error);

} // namespace ExportFormats

} // namespace LhShare
