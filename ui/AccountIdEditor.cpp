#include "AccountIdEditor.h"

#include "InlineStatus.h"
#include "StatusIcons.h"
#include "TableViews.h"
#include "jobs/ExportFormats.h"

#include "model/AccountTextFile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace LhShare {

namespace {
// One edit of the list, kept as the rows before and after (implicitly shared lists).
class RowsEdit final : public QUndoCommand
{
public:
    RowsEdit(AccountIdListModel *model, AccountIdListModel::Rows after, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(model->rows())
        , m_after(std::move(after))
    {
    }
    void redo() override { m_model->setRows(m_after); }
    void undo() override { m_model->setRows(m_before); }

private:
    AccountIdListModel *m_model;
    AccountIdListModel::Rows m_before;
    AccountIdListModel::Rows m_after;
};

constexpr int kUndoLimit = 30;

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return button;
}
} // namespace

AccountIdEditor::AccountIdEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new AccountIdListModel(this))
    , m_undo(new QUndoStack(this))
    , m_input(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_status(new InlineStatus(this))
{
    setAcceptDrops(true);
    m_undo->setUndoLimit(kUndoLimit);

    auto *heading = new QLabel(tr("Paste, drop a file, or &Import…"), this);
    heading->setBuddy(m_input);
    m_input->setPlaceholderText(tr("Type or paste account IDs, then press Enter"));
    m_input->setAccessibleName(tr("Account IDs to add"));
    m_input->setClearButtonEnabled(true);
    connect(m_input, &QLineEdit::returnPressed, this, &AccountIdEditor::addTyped);
    auto *addButton = new QPushButton(tr("&Add"), this);
    connect(addButton, &QPushButton::clicked, this, &AccountIdEditor::addTyped);
    auto *importButton = new QPushButton(StatusIcons::open(), tr("&Import…"), this);
    connect(importButton, &QPushButton::clicked, this, &AccountIdEditor::chooseImportFile);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Accounts to change"));
    setUpListTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setColumnWidth(AccountIdListModel::IdColumn,
                           m_view->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    m_view->setColumnWidth(AccountIdListModel::StatusColumn, m_view->fontMetrics().averageCharWidth() * 26);

    auto *paste = new QAction(tr("&Paste"), this);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetWithChildrenShortcut); // a focused line edit keeps its own paste
    connect(paste, &QAction::triggered, this, &AccountIdEditor::pasteFromClipboard);
    auto *copy = new QAction(StatusIcons::copy(), tr("&Copy IDs"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setToolTip(tr("Copy the selected (or all valid) account IDs"));
    connect(copy, &QAction::triggered, this, &AccountIdEditor::copyToClipboard);
    auto *remove = new QAction(StatusIcons::remove(), tr("&Delete rows"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &AccountIdEditor::removeSelected);
    addAction(paste);
    m_view->addAction(paste);
    m_view->addAction(copy);
    m_view->addAction(remove);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetShortcut);
    undo->setIcon(StatusIcons::undo());
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetShortcut);
    redo->setIcon(StatusIcons::redo());
    m_view->addAction(undo);
    m_view->addAction(redo);

    auto *removeInvalidButton = new QPushButton(tr("Remove in&valid"), this);
    connect(removeInvalidButton, &QPushButton::clicked, this, &AccountIdEditor::removeInvalid);
    auto *clearAction = new QAction(StatusIcons::clear(), tr("Clear the list"), this);
    connect(clearAction, &QAction::triggered, this, &AccountIdEditor::clear);
    auto *exportAction = new QAction(StatusIcons::save(), tr("Export the valid IDs…"), this);
    connect(exportAction, &QAction::triggered, this, &AccountIdEditor::chooseExportFile);
    connect(m_model, &AccountIdListModel::countsChanged, this, [this, removeInvalidButton] {
        removeInvalidButton->setEnabled(m_model->invalidCount() > 0);
        updateSummary();
        Q_EMIT idsChanged();
    });

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(addButton);
    inputRow->addWidget(importButton);

    m_summary->setAccessibleName(tr("Account list summary"));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(removeInvalidButton);
    for (QAction *action : {remove, copy, exportAction, clearAction, undo, redo})
        footer->addWidget(toolButton(action, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(inputRow);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    removeInvalidButton->setEnabled(false);
    updateSummary();
}

AccountIdEditor::~AccountIdEditor() = default;

QStringList AccountIdEditor::ids() const
{
    return m_model->ids();
}

void AccountIdEditor::addText(const QString &text, const QString &sourceName)
{
    if (text.trimmed().isEmpty())
        return;
    m_status->clear();
    const int before = m_model->rowCount();
    pushEdit(tr("Add from %1").arg(sourceName), m_model->withText(text, sourceName));
    if (m_model->rowCount() > before)
        m_view->scrollTo(m_model->index(before, 0), QAbstractItemView::PositionAtTop);
}

void AccountIdEditor::replaceWithIds(const QStringList &ids, const QString &sourceName)
{
    m_status->clear();
    pushEdit(tr("Replace the list"), m_model->parse(ids.join(QLatin1Char('\n')), sourceName));
}

bool AccountIdEditor::importFile(const QString &path)
{
    QString text;
    QString error;
    if (!AccountTextFile::read(path, &text, &error)) {
        m_status->showProblem(error);
        return false;
    }
    addText(text, QFileInfo(path).fileName());
    return true;
}

void AccountIdEditor::pasteFromClipboard()
{
    addText(QApplication::clipboard()->text(), tr("pasted text"));
}

void AccountIdEditor::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (!rows.isEmpty())
        pushEdit(tr("Delete %n row(s)", nullptr, int(rows.size())), m_model->withoutRows(rows));
}

void AccountIdEditor::removeInvalid()
{
    if (m_model->invalidCount() > 0)
        pushEdit(tr("Remove invalid IDs"), m_model->withoutInvalid());
}

void AccountIdEditor::clear()
{
    if (m_model->rowCount() > 0)
        pushEdit(tr("Clear the list"), {});
}

void AccountIdEditor::copyToClipboard() const
{
    QStringList ids;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows(AccountIdListModel::IdColumn);
    for (const QModelIndex &index : selected)
        ids.append(index.data().toString());
    if (ids.isEmpty())
        ids = m_model->ids();
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

bool AccountIdEditor::exportTo(const QString &path, QString *error) const
{
    return ExportFormats::writeFile(path, ExportFormats::idList(m_model->ids()), error);
}

void AccountIdEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void AccountIdEditor::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls()) {
            if (url.isLocalFile())
                importFile(url.toLocalFile());
        }
    } else {
        addText(data->text(), tr("dropped text"));
    }
    event->acceptProposedAction();
}

void AccountIdEditor::addTyped()
{
    addText(m_input->text(), tr("typed text"));
    m_input->clear();
}

void AccountIdEditor::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import account IDs"), {},
                                                      tr("Text and CSV files (*.txt *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void AccountIdEditor::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export account IDs"), QStringLiteral("accounts.txt"),
                                                      tr("Text files (*.txt);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error))
        m_status->showProblem(error);
}

void AccountIdEditor::updateSummary()
{
    m_summary->setText(m_model->summary());
}

void AccountIdEditor::pushEdit(const QString &description, const AccountIdListModel::Rows &after)
{
    m_undo->push(new RowsEdit(m_model, after, description));
}

} // namespace LhShare
