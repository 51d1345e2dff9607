#include "AccountIdEditor.h"

#include "AccountIdReadJob.h"
#include "InlineStatus.h"
#include "StatusIcons.h"
#include "TableViews.h"
#include "jobs/ExportFormats.h"

#include "model/AccountIdReport.h"
#include "model/AccountTextFile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace LhShare {

namespace {
// One edit of the list, kept as the contents before and after (implicitly shared lists). A read
// is already in the model when it is pushed, so its first redo() has nothing to do.
class RowsEdit final : public QUndoCommand
{
public:
    RowsEdit(AccountIdListModel *model, AccountIdListModel::Contents before, AccountIdListModel::Contents after,
             const QString &text, bool applied)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_applied(applied)
    {
    }
    void redo() override
    {
        if (!std::exchange(m_applied, false))
            m_model->setContents(m_after);
    }
    void undo() override { m_model->setContents(m_before); }

private:
    AccountIdListModel *m_model;
    AccountIdListModel::Contents m_before;
    AccountIdListModel::Contents m_after;
    bool m_applied;
};

constexpr int kUndoLimit = 30;
// Shorter texts are read at once (well under a frame); longer ones in slices.
constexpr qsizetype kReadAtOnceChars = 64 * 1024;
constexpr int kProgressSteps = 1000;
constexpr qsizetype kWordsShown = 10'000;

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
    , m_words(new QPushButton(this))
    , m_status(new InlineStatus(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_footer(new QWidget(this))
{
    setAcceptDrops(true);
    setFocusProxy(m_input); // focusing the editor means typing IDs into it
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
        if (!m_reading) // while reading, once at the end
            Q_EMIT idsChanged();
    });

    m_words->setFlat(true);
    m_words->setAccessibleName(tr("Ignored words"));
    m_words->setToolTip(tr("Text that is no attempt at an account ID (names, headers, prose). Click to see it."));
    connect(m_words, &QPushButton::clicked, this, &AccountIdEditor::showIgnoredWords);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setFormat(tr("Reading account IDs… %p%"));
    m_progress->setAccessibleName(tr("Reading account IDs"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_pending.clear();
        if (m_reading)
            m_reading->abort();
    });

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(addButton);
    inputRow->addWidget(importButton);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);

    m_summary->setAccessibleName(tr("Account list summary"));
    auto *footer = new QHBoxLayout(m_footer);
    footer->setContentsMargins(0, 0, 0, 0);
    footer->addWidget(m_summary);
    footer->addWidget(m_words);
    footer->addStretch(1);
    footer->addWidget(removeInvalidButton);
    for (QAction *action : {remove, copy, exportAction, clearAction, undo, redo})
        footer->addWidget(toolButton(action, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(inputRow);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);

    removeInvalidButton->setEnabled(false);
    m_progress->hide();
    m_stop->hide();
    updateSummary();
}

AccountIdEditor::~AccountIdEditor() = default;

QStringList AccountIdEditor::ids()
{
    finishReading();
    return m_model->ids();
}

void AccountIdEditor::addText(const QString &text, const QString &sourceName)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return; // (stops at the first character of a long paste; trimmed() would copy it)
    read({text, sourceName, tr("Add from %1").arg(sourceName), false});
}

void AccountIdEditor::replaceWithIds(const QStringList &ids, const QString &sourceName)
{
    read({ids.join(QLatin1Char('\n')), sourceName, tr("Replace the list"), true});
}

void AccountIdEditor::read(PendingRead pending)
{
    m_pending.enqueue(std::move(pending));
    startNextRead();
}

void AccountIdEditor::startNextRead()
{
    if (m_reading || m_pending.isEmpty())
        return;
    const PendingRead pending = m_pending.dequeue();
    m_status->clear();
    const AccountIdListModel::Contents before = m_model->contents();
    const int firstNewRow = pending.replace ? 0 : m_model->rowCount();
    if (pending.replace)
        m_model->setContents({});
    auto *job = new AccountIdReadJob(m_model, pending.text, pending.sourceName, this);
    m_reading = job;
    connect(job, &AccountIdReadJob::progress, this, [this](qsizetype done, qsizetype total) {
        // Not now: QProgressBar::setValue() repaints at once, and that paint (the rows just added
        // included) should be an event of its own, not part of this slice.
        QTimer::singleShot(0, m_progress, [this, value = total > 0 ? int(done * kProgressSteps / total) : 0] {
            m_progress->setValue(value);
        });
        Q_EMIT readProgress(done, total);
    });
    connect(job, &Job::finished, this, [this, job, before, firstNewRow, description = pending.description] {
        m_reading = nullptr;
        m_progress->hide();
        m_stop->hide();
        m_footer->setEnabled(true);
        m_view->setEnabled(true);
        if (job->error().isError()) { // stopped: the list as it was
            m_model->setContents(before);
        } else {
            m_undo->push(new RowsEdit(m_model, before, m_model->contents(), description, true));
            if (!job->columnsNote().isEmpty())
                m_status->showInfo(job->columnsNote());
            if (m_model->rowCount() > firstNewRow)
                m_view->scrollTo(m_model->index(firstNewRow, 0), QAbstractItemView::PositionAtTop);
        }
        Q_EMIT idsChanged();
        startNextRead();
    });
    if (pending.text.size() <= kReadAtOnceChars) {
        job->readToEnd();
        return;
    }
    // The list's own edits (and undo) wait until the read is done.
    m_footer->setEnabled(false);
    m_view->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    job->start();
}

void AccountIdEditor::finishReading()
{
    while (m_reading)
        m_reading->readToEnd(); // its end starts the next pending read
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
    finishReading();
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (!rows.isEmpty())
        pushEdit(tr("Delete %n row(s)", nullptr, int(rows.size())), m_model->withoutRows(rows));
}

void AccountIdEditor::removeInvalid()
{
    finishReading();
    if (m_model->invalidCount() > 0)
        pushEdit(tr("Remove invalid IDs"), m_model->withoutInvalid());
}

void AccountIdEditor::clear()
{
    finishReading();
    if (m_model->rowCount() > 0)
        pushEdit(tr("Clear the list"), {});
}

void AccountIdEditor::copyToClipboard()
{
    finishReading();
    QStringList ids;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows(AccountIdListModel::IdColumn);
    for (const QModelIndex &index : selected)
        ids.append(index.data().toString());
    if (ids.isEmpty())
        ids = m_model->ids();
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

bool AccountIdEditor::exportTo(const QString &path, QString *error)
{
    return ExportFormats::writeFile(path, ExportFormats::idList(ids()), error);
}

void AccountIdEditor::showIgnoredWords()
{
    const QList<AccountToken> &words = m_model->contents().words;
    QStringList lines;
    for (qsizetype i = 0; i < qMin(words.size(), kWordsShown); ++i)
        lines.append(tr("%1 — %2").arg(m_model->tokenText(words.at(i)), m_model->sourceText(words.at(i))));
    if (words.size() > kWordsShown)
        lines.append(tr("… and %n more", nullptr, int(words.size() - kWordsShown)));

    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Ignored words"));
    auto *text = new QPlainTextEdit(lines.join(QLatin1Char('\n')), dialog);
    text->setReadOnly(true);
    text->setAccessibleName(tr("Ignored words"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Not read as account IDs: text with no attempt at an ID."), dialog));
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(480, 360);
    dialog->open();
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
    m_words->setText(AccountIdReport::wordsIgnored(m_model->wordCount()));
    m_words->setVisible(m_model->wordCount() > 0);
}

void AccountIdEditor::pushEdit(const QString &description, const AccountIdListModel::Contents &after)
{
    m_undo->push(new RowsEdit(m_model, m_model->contents(), after, description, false));
}

} // namespace LhShare
