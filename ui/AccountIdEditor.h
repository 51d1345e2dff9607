#pragma once

#include "AccountIdListModel.h"

#include <QPointer>
#include <QQueue>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QUndoStack;

namespace LhShare {

class AccountIdReadJob;
class InlineStatus;

// Collects the accounts a job works on: paste anything (Ctrl+V), type into the entry line, drop a
// text or CSV file, or Import…. Every token becomes a row of AccountIdListModel with its state;
// words are counted apart ("12 words ignored", shown on request) and a table is read by its ID
// column. Rows can be deleted, invalid ones removed in one go, and each edit can be undone.
// Works without credentials or network.
//
// Text is read by an AccountIdReadJob: a short paste at once, a long one (a million lines) in
// slices with a progress bar and Stop, the window responsive meanwhile. Texts pasted during a
// read wait their turn; anything that needs the whole list (ids(), an edit) finishes the reading
// first.
class AccountIdEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit AccountIdEditor(QWidget *parent = nullptr);
    ~AccountIdEditor() override;

    AccountIdListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    // Valid IDs, duplicates merged: what a job uses. Finishes a read in progress first.
    QStringList ids();
    bool isReading() const { return !m_reading.isNull(); }

    // Each of these is one undoable edit.
    void addText(const QString &text, const QString &sourceName);
    void replaceWithIds(const QStringList &ids, const QString &sourceName);
    bool importFile(const QString &path);
    void pasteFromClipboard();
    void removeSelected();
    void removeInvalid();
    void clear();

    void copyToClipboard();
    bool exportTo(const QString &path, QString *error);
    void showIgnoredWords();

Q_SIGNALS:
    void idsChanged();
    // A read of `total` characters has reached `done`.
    void readProgress(qsizetype done, qsizetype total);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct PendingRead
    {
        QString text;
        QString sourceName;
        QString description; // the undo entry
        bool replace = false;
    };
    void read(PendingRead pending);
    void startNextRead();
    void finishReading();
    void addTyped();
    void chooseImportFile();
    void chooseExportFile();
    void updateSummary();
    void pushEdit(const QString &description, const AccountIdListModel::Contents &after);

    AccountIdListModel *m_model;
    QUndoStack *m_undo;
    QLineEdit *m_input;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_words;
    InlineStatus *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QWidget *m_footer;
    QPointer<AccountIdReadJob> m_reading;
    QQueue<PendingRead> m_pending;
};

} // namespace LhShare
