#pragma once

#include "AccountIdListModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace LhShare {

class InlineStatus;

// Collects the accounts a job works on: paste anything (Ctrl+V), type into the entry line, drop a
// text or CSV file, or Import…. Every token becomes a row of AccountIdListModel with its state;
// rows can be deleted, invalid ones removed in one go, and each edit can be undone. Works without
// credentials or network.
class AccountIdEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit AccountIdEditor(QWidget *parent = nullptr);
    ~AccountIdEditor() override;

    AccountIdListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    // Valid IDs, duplicates merged: what a job uses.
    QStringList ids() const;

    // Each of these is one undoable edit.
    void addText(const QString &text, const QString &sourceName);
    void replaceWithIds(const QStringList &ids, const QString &sourceName);
    bool importFile(const QString &path);
    void pasteFromClipboard();
    void removeSelected();
    void removeInvalid();
    void clear();

    void copyToClipboard() const;
    bool exportTo(const QString &path, QString *error) const;

Q_SIGNALS:
    void idsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addTyped();
    void chooseImportFile();
    void chooseExportFile();
    void updateSummary();
    void pushEdit(const QString &description, const QList<AccountIdListModel::Row> &after);

    AccountIdListModel *m_model;
    QUndoStack *m_undo;
    QLineEdit *m_input;
    QTableView *m_view;
    QLabel *m_summary;
    InlineStatus *m_status;
};

} // namespace LhShare
