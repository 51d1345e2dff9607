// The account list editor with real widgets: paste, counts, invalid rows with their lines,
// duplicates, undo/redo, remove invalid, import and export.
#include "ui/AccountIdEditor.h"
#include "ui/AccountIdListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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
            if (index.data(AccountIdListModel::StateRole).toInt() == int(AccountIdEntry::State::Invalid))
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
        QVERIFY(invalidStatus.data().toString().contains(QLatin1String("not digits")));
        QVERIFY(!invalidStatus.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model->index(2, AccountIdListModel::SourceColumn).data().toString().contains(QLatin1String("line 2")));
        QCOMPARE(model->index(3, AccountIdListModel::StatusColumn).data().toString(),
                 QStringLiteral("duplicate (merged)"));
    }

    void removeInvalid_undoRedo()
    {
        AccountIdEditor editor;
        editor.addText(QStringLiteral("700000164995 abc 100012345678 12"), QStringLiteral("test"));
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
        QCOMPARE(editor.model()->invalidCount(), 4); // the header and note words, each with its line
        QVERIFY(editor.model()
                    ->index(0, AccountIdListModel::SourceColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("accounts.csv, line 1")));

        const QString output = dir.filePath(QStringLiteral("out.txt"));
        QString error;
        QVERIFY2(editor.exportTo(output, &error), qPrintable(error));
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("700000164995\n100012345678\n"));
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
