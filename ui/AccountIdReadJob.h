#pragma once

#include "api/Job.h"
#include "model/AccountIdParser.h"

namespace LhShare {

class AccountIdListModel;

// Reads text into an AccountIdListModel a slice at a time, so that pasting or importing a
// million lines never holds up the window: each slice parses for about 8 ms, appends its rows
// and reports progress, then lets the event loop run. abort() stops between slices; the rows
// read so far stay in the model (the editor puts the list back as it was).
//
//   auto *job = new AccountIdReadJob(model, text, tr("pasted text"), this);
//   connect(job, &AccountIdReadJob::progress, bar, ...);
//   connect(job, &Job::finished, this, [job] { ... job->columnsNote() ... });
//   job->start();            // or job->readToEnd() for a short text: finished() comes at once
class AccountIdReadJob final : public Job
{
    Q_OBJECT
public:
    AccountIdReadJob(AccountIdListModel *model, const QString &text, const QString &sourceName,
                     QObject *parent = nullptr);

    // Reads what is left at once (a short paste, or a caller that needs the whole list now);
    // finished() is emitted before it returns.
    void readToEnd();
    // "Account IDs read from “UIN”; other columns ignored: Name, Team." or empty.
    QString columnsNote() const { return m_columnsNote; }

Q_SIGNALS:
    void progress(qsizetype done, qsizetype total);

protected:
    void doStart() override;

private:
    void prepare();
    void readSlice();
    void take(const AccountIdFindings &found);
    void finish();

    AccountIdListModel *m_model;
    AccountIdParser m_parser;
    QString m_text;
    int m_source;
    bool m_prepared = false;
    bool m_needsText = false;
    QString m_columnsNote;
};

} // namespace LhShare
