// The account list editor with real widgets: paste, counts, invalid rows with their lines,
// duplicates, words ignored, spreadsheet blocks, dropped files, a million-line paste, undo/redo,
// remove invalid, import and export.
#include "ui/AccountIdEditor.h"
#include "ui/AccountIdListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace LhShare;

class TestAccountIdEditor : public QObject
{
    Q_OBJECT

private:
    static QList<int> invalidLines(const AccountIdListModel *model)
    {
        QList<int> lines;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(AccountIdListModel::StateRole).toInt() == int(AccountToken::Kind::Invalid))
                lines.append(index.data(AccountIdListModel::LineRole).toInt());
        }
        return lines;
    }

    static QString summaryText(const AccountIdEditor &editor)
    {
        for (const QLabel *label : editor.findChildren<QLabel *>()) {
            if (label->accessibleName() == QLatin1String("Account list summary"))
                return label->text();
        }
        return {};
    }

    template<typename Widget>
    static Widget *named(const QWidget &parent, const QString &name)
    {
        for (Widget *widget : parent.findChildren<Widget *>()) {
            if (widget->accessibleName() == name)
                return widget;
        }
        return nullptr;
    }

    // What the list shows, row by row: the ID column and the state.
    static QStringList shownRows(const AccountIdListModel *model)
    {
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->index(row, AccountIdListModel::IdColumn).data().toString() + QLatin1Char(' ')
                        + model->index(row, AccountIdListModel::StatusColumn).data().toString() + QLatin1Char(' ')
                        + model->index(row, AccountIdListModel::SourceColumn).data().toString().section(u',', 1, 1));
        return rows;
    }

    static void pasteWithKeyboard(AccountIdEditor &editor, const QString &text)
    {
        QApplication::clipboard()->setText(text);
        editor.view()->setFocus();
        QTest::keyClick(editor.view(), Qt::Key_V, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pasteMixedList_countsStatesAndLines()
    {
        AccountIdEditor editor;
        QAbstractItemModelTester tester(editor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        QApplication::clipboard()->setText(QStringLiteral("700000164995, 100012345678\n"
                                                          "1OOO12345678\n"
                                                          "\"700000164995\"\n"
                                                          "UIN:1038493875; 0123456789\n"
                                                          "1234"));
        editor.view()->setFocus();
        QTest::keyClick(editor.view(), Qt::Key_V, Qt::ControlModifier);

        AccountIdListModel *model = editor.model();
        QTRY_COMPARE(model->rowCount(), 7);
        QCOMPARE(model->validCount(), 3);
        QCOMPARE(model->invalidCount(), 3);
        QCOMPARE(model->duplicateCount(), 1);
        QCOMPARE(editor.ids(),
                 (QStringList{QStringLiteral("700000164995"), QStringLiteral("100012345678"),
                              QStringLiteral("1038493875")}));
        QCOMPARE(invalidLines(model), (QList<int>{2, 4, 5}));
        QCOMPARE(summaryText(editor), QStringLiteral("3 valid · 3 invalid · 1 duplicates merged"));

        // The invalid row says why and where, in text (not colour alone).
        const QModelIndex invalidStatus = model->index(2, AccountIdListModel::StatusColumn);
        QVERIFY(invalidStatus.data().toString().contains(QLatin1String("a letter where a digit belongs")));
        QVERIFY(!invalidStatus.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model->index(2, AccountIdListModel::SourceColumn).data().toString().contains(QLatin1String("line 2")));
        QCOMPARE(model->index(3, AccountIdListModel::StatusColumn).data().toString(),
                 QStringLiteral("duplicate (merged)"));
    }

    void removeInvalid_undoRedo()
    {
        AccountIdEditor editor;
        editor.addText(QStringLiteral("700000164995 12a45 100012345678 12"), QStringLiteral("test"));
        QCOMPARE(editor.model()->invalidCount(), 2);
        editor.removeInvalid();
        QCOMPARE(editor.model()->rowCount(), 2);
        QCOMPARE(editor.model()->invalidCount(), 0);
        editor.undoStack()->undo();
        QCOMPARE(editor.model()->rowCount(), 4);
        editor.undoStack()->redo();
        QCOMPARE(editor.model()->rowCount(), 2);
        editor.clear();
        QCOMPARE(editor.model()->rowCount(), 0);
        editor.undoStack()->undo();
        QCOMPARE(editor.ids().size(), 2);
    }

    void deleteFirstOfDuplicates_promotesTheSecond()
    {
        AccountIdEditor editor;
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor)); // shortcuts need the active window
        editor.addText(QStringLiteral("700000164995\n700000164995"), QStringLiteral("test"));
        QCOMPARE(editor.model()->duplicateCount(), 1);
        editor.view()->selectRow(0);
        editor.view()->setFocus();
        QTest::keyClick(editor.view(), Qt::Key_Delete);
        QCOMPARE(editor.model()->rowCount(), 1);
        QCOMPARE(editor.model()->duplicateCount(), 0);
        QCOMPARE(editor.model()->validCount(), 1);
        QCOMPARE(editor.model()->index(0, AccountIdListModel::SourceColumn).data().toString(),
                 QStringLiteral("test, line 2, column 1"));
    }

    void importAndExport_roundTrip()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("accounts.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("account,note\n700000164995,partner\n100012345678,partner\n");
        file.close();

        AccountIdEditor editor;
        QVERIFY(editor.importFile(input));
        QCOMPARE(editor.ids(), (QStringList{QStringLiteral("700000164995"), QStringLiteral("100012345678")}));
        QCOMPARE(editor.model()->rowCount(), 2); // the "account" column only: no header or note rows
        QCOMPARE(editor.model()->invalidCount(), 0);
        QCOMPARE(editor.model()->wordCount(), 0);
        QCOMPARE(editor.model()->index(0, AccountIdListModel::SourceColumn).data().toString(),
                 QStringLiteral("accounts.csv, line 2, column 1"));

        const QString output = dir.filePath(QStringLiteral("out.txt"));
        QString error;
        QVERIFY2(editor.exportTo(output, &error), qPrintable(error));
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("700000164995\n100012345678\n"));
    }

    void pastedSpreadsheetBlock_readsTheIdColumnOnly()
    {
        AccountIdEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        pasteWithKeyboard(editor,
                          QStringLiteral("Name\tUIN\tTeam\n"
                                         "Alice Chen\t700000164995\tops\n"
                                         "Bob\t1OOO12345678\tdev 2\n"
                                         "Carol\tn/a\tops\n"
                                         "Dan\t100012345678\tqa\n"
                                         "Erin\tTBD\t\n"));

        AccountIdListModel *model = editor.model();
        QCOMPARE(shownRows(model),
                 (QStringList{QStringLiteral("700000164995 valid  line 2"),
                              QStringLiteral("1OOO12345678 invalid: a letter where a digit belongs (O for 0, l or I "
                                             "for 1)  line 3"),
                              QStringLiteral("100012345678 valid  line 5")}));
        QCOMPARE(model->index(1, AccountIdListModel::SourceColumn).data().toString(),
                 QStringLiteral("pasted text, line 3, column 5"));
        QCOMPARE(editor.ids(), (QStringList{QStringLiteral("700000164995"), QStringLiteral("100012345678")}));

        // The other columns, in one line.
        bool columnsReported = false;
        for (const QLabel *label : editor.findChildren<QLabel *>()) {
            const QString text = label->text();
            columnsReported |= label->isVisible() && text.contains(QStringLiteral("“UIN”"))
                && text.contains(QStringLiteral("“Name”")) && text.contains(QStringLiteral("“Team”"));
        }
        QVERIFY(columnsReported);

        // Words in the ID column are counted, not listed, and can be looked at.
        QCOMPARE(model->wordCount(), 2);
        QPushButton *words = named<QPushButton>(editor, QStringLiteral("Ignored words"));
        QVERIFY(words && words->isVisible());
        QVERIFY2(words->text().startsWith(QLatin1String("2 word")), qPrintable(words->text()));
        QTest::mouseClick(words, Qt::LeftButton);
        QDialog *dialog = editor.findChild<QDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString listed = named<QPlainTextEdit>(*dialog, QStringLiteral("Ignored words"))->toPlainText();
        QVERIFY2(listed.contains(QStringLiteral("n/a — pasted text, line 4, column 7")), qPrintable(listed));
        QVERIFY(listed.contains(QStringLiteral("TBD — pasted text, line 6, column 6")));
        dialog->close();
    }

    void droppedCsvFile_behavesLikeTheSameTextPasted()
    {
        const QByteArray csv("Partner,Account ID,Note\r\n\"Acme, Inc.\",700000164995,since 2021\r\n"
                             "Globex,0123456789,\r\nInitech,pending,\r\nUmbrella,100012345678,x\r\n");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("partners.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();

        AccountIdEditor pasted;
        pasted.addText(QString::fromUtf8(csv), QStringLiteral("partners.csv"));

        AccountIdEditor dropped;
        dropped.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dropped));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dropped, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dropped, &drop);

        QCOMPARE(shownRows(dropped.model()), shownRows(pasted.model()));
        QCOMPARE(dropped.model()->rowCount(), 3);
        QCOMPARE(dropped.model()->invalidCount(), 1); // the leading zero
        QCOMPARE(dropped.model()->wordCount(), 1); // "pending"
        QCOMPARE(dropped.ids(), pasted.ids());
        QCOMPARE(dropped.model()->summary(), pasted.model()->summary());
    }

    // A million lines: read in slices, the event loop turning and progress shown in between.
    void millionLinePaste_keepsTheWindowResponsive()
    {
        constexpr int kLines = 1'000'000;
        QString text;
        text.reserve(kLines * 13);
        for (int i = 0; i < kLines; ++i) // every fifth line repeats the one before
            text += QString::number(100000000000LL + (i % 5 == 4 ? i - 1 : i) * 7919LL) + QLatin1Char('\n');

        AccountIdEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QList<qsizetype> progress;
        connect(&editor, &AccountIdEditor::readProgress, this,
                [&progress](qsizetype done, qsizetype) { progress.append(done); });
        int idsChanged = 0;
        connect(&editor, &AccountIdEditor::idsChanged, this, [&idsChanged] { ++idsChanged; });
        int ticks = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
        heartbeat.start(0);

        pasteWithKeyboard(editor, text);
        // The paste returned to the event loop long before the list was complete.
        QVERIFY(editor.isReading());
        QVERIFY(editor.model()->rowCount() < kLines);
        auto *bar = named<QProgressBar>(editor, QStringLiteral("Reading account IDs"));
        QVERIFY(bar && bar->isVisible());
        QVERIFY(!editor.view()->isEnabled()); // no edits under the running read

        QSignalSpy done(&editor, &AccountIdEditor::idsChanged);
        QVERIFY(done.wait(120'000));
        QVERIFY(!editor.isReading());
        QVERIFY2(progress.size() >= 5, qPrintable(QString::number(progress.size())));
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.last(), text.size());
        QVERIFY2(ticks >= progress.size(), qPrintable(QStringLiteral("%1 ticks").arg(ticks)));
        QCOMPARE(idsChanged, 1); // once, at the end
        QVERIFY(!bar->isVisible());

        QCOMPARE(editor.model()->rowCount(), kLines);
        QCOMPARE(editor.model()->validCount(), kLines / 5 * 4);
        QCOMPARE(editor.model()->duplicateCount(), kLines / 5);
        QCOMPARE(editor.ids().constFirst(), QStringLiteral("100000000000"));
        // One undoable edit.
        editor.undoStack()->undo();
        QCOMPARE(editor.model()->rowCount(), 0);
    }

    void stoppingARead_leavesTheListAsItWas()
    {
        QString text;
        for (int i = 0; i < 300'000; ++i)
            text += QString::number(200000000000LL + i) + QLatin1Char('\n');
        AccountIdEditor editor;
        editor.addText(QStringLiteral("700000164995"), QStringLiteral("typed text"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.addText(text, QStringLiteral("big.txt"));
        QVERIFY(editor.isReading());
        QPushButton *stop = nullptr;
        for (QPushButton *button : editor.findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("Stop"))
                stop = button;
        }
        QVERIFY(stop && stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY(!editor.isReading());
        QCOMPARE(editor.ids(), QStringList{QStringLiteral("700000164995")});
        QCOMPARE(editor.undoStack()->count(), 1);
    }

    void importBinaryFile_saysWhy()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("image.png"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        file.close();
        AccountIdEditor editor;
        QVERIFY(!editor.importFile(input));
        QCOMPARE(editor.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAccountIdEditor)
#include "TestAccountIdEditor.moc"
