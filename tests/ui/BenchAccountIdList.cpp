// How long 100,000 pasted account IDs take from clipboard text to a populated model and view.
#include "ui/AccountIdEditor.h"
#include "ui/AccountIdListModel.h"

#include <QTableView>
#include <QTest>

using namespace LhShare;

class BenchAccountIdList : public QObject
{
    Q_OBJECT

private:
    static QString manyIds(int count)
    {
        QString text;
        text.reserve(count * 13);
        for (int i = 0; i < count; ++i)
            text += QString::number(100000000000LL + i * 7919LL) + QLatin1Char('\n');
        return text;
    }

private Q_SLOTS:
    void parseAndPopulate100k()
    {
        const QString text = manyIds(100'000);
        AccountIdListModel model;
        QBENCHMARK
        {
            model.setRows(model.parse(text, QStringLiteral("bench")));
        }
        QCOMPARE(model.rowCount(), 100'000);
        QCOMPARE(model.validCount(), 100'000);
    }

    // The whole user path: paste into the editor (one undoable edit) with the table showing.
    void pasteIntoVisibleEditor100k()
    {
        const QString text = manyIds(100'000);
        AccountIdEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QBENCHMARK
        {
            editor.clear();
            editor.addText(text, QStringLiteral("bench"));
            editor.view()->viewport()->repaint();
        }
        QCOMPARE(editor.model()->validCount(), 100'000);
    }
};

QTEST_MAIN(BenchAccountIdList)
#include "BenchAccountIdList.moc"
