#include "AccountIdReadJob.h"

#include "AccountIdListModel.h"

#include "model/AccountIdReport.h"

#include <QElapsedTimer>
#include <QTimer>

namespace LhShare {

namespace {
constexpr qint64 kSliceMs = 8; // parsing per slice; appending the rows and painting them add to it
constexpr qsizetype kLinesPerStep = 2048; // how often a slice looks at the clock
} // namespace

AccountIdReadJob::AccountIdReadJob(AccountIdListModel *model, const QString &text, const QString &sourceName,
                                   QObject *parent)
    : Job(parent)
    , m_model(model)
    , m_parser(AccountIdParser::Keep::Everything, model->seenIds())
    , m_text(text)
    , m_source(model->beginSource(sourceName, text))
{
}

void AccountIdReadJob::prepare()
{
    if (std::exchange(m_prepared, true))
        return;
    m_parser.begin(m_text, m_source);
    m_model->reserveRows(m_parser.lineCount()); // no copy of a half-million rows halfway through
}

void AccountIdReadJob::readToEnd()
{
    if (isFinished())
        return;
    prepare();
    AccountIdFindings found;
    m_parser.readAll(&found);
    take(found);
    finish();
}

void AccountIdReadJob::doStart()
{
    // Finding the layout and sizing the set scan the whole text: a turn of the event loop of its own.
    prepare();
    QTimer::singleShot(0, this, &AccountIdReadJob::readSlice);
}

void AccountIdReadJob::readSlice()
{
    if (isFinished())
        return;
    QElapsedTimer clock;
    clock.start();
    AccountIdFindings found;
    bool more = true;
    while (more && clock.elapsed() < kSliceMs)
        more = m_parser.readLines(kLinesPerStep, &found);
    take(found);
    Q_EMIT progress(m_parser.position(), m_parser.size());

    if (more)
        QTimer::singleShot(0, this, &AccountIdReadJob::readSlice);
    else
        finish();
}

void AccountIdReadJob::take(const AccountIdFindings &found)
{
    if (!found.idColumns.isEmpty() || !found.ignoredColumns.isEmpty())
        m_columnsNote = AccountIdReport::columnsNote(found.idColumns, found.ignoredColumns);
    m_needsText = m_needsText || found.invalidCount > 0 || !found.words.isEmpty();
    m_model->append(found);
}

void AccountIdReadJob::finish()
{
    if (!m_needsText)
        m_model->releaseText(m_source); // valid IDs and duplicates are numbers: the text is no longer needed
    emitResult();
}

} // namespace LhShare
