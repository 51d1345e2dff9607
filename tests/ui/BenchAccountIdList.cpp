// How long pasted account IDs take from clipboard text to a populated model and view, and how
// long the window stops answering during a million-line paste.
#include "ui/AccountIdEditor.h"
#include "ui/AccountIdListModel.h"
#include "ui/AccountIdReadJob.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace LhShare;

class BenchAccountIdList : public QObject
{
    Q_OBJECT

private:
    // count lines, every fifth one repeating the one before (20% duplicates).
    static QString manyIds(int count)
    {
        QString text;
        text.reserve(count * 13);
        for (int i = 0; i < count; ++i)
            text += QString::number(100000000000LL + (i % 5 == 4 ? i - 1 : i) * 7919LL) + QLatin1Char('\n');
        return text;
    }

private Q_SLOTS:
    void parseAndPopulate100k()
    {
        const QString text = manyIds(100'000);
        AccountIdListModel model;
        QBENCHMARK
        {
            model.setContents({});
            (new AccountIdReadJob(&model, text, QStringLiteral("bench")))->readToEnd();
        }
        QCOMPARE(model.rowCount(), 100'000);
        QCOMPARE(model.validCount(), 80'000);
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
            QTRY_VERIFY_WITH_TIMEOUT(!editor.isReading(), 60'000);
            editor.view()->viewport()->repaint();
        }
        QCOMPARE(editor.model()->validCount(), 80'000);
    }

    // The longest time the event loop did not turn while 1,000,000 pasted lines were read: a
    // zero-interval timer notes the gap between its turns.
    void millionLinePaste_longestStall()
    {
        const QString text = manyIds(1'000'000);
        AccountIdEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        QElapsedTimer clock;
        qint64 lastTurn = 0;
        qint64 longest = 0;
        int turns = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.nsecsElapsed();
            longest = qMax(longest, now - lastTurn);
            lastTurn = now;
            ++turns;
        });
        heartbeat.start(0);
        clock.start();
        QEventLoop loop; // a plain event loop: QTest::qWait() would sleep between its turns
        connect(&editor, &AccountIdEditor::idsChanged, &loop, &QEventLoop::quit);
        editor.addText(text, QStringLiteral("bench")); // what Ctrl+V runs
        longest = qMax(longest, clock.nsecsElapsed() - lastTurn);
        lastTurn = clock.nsecsElapsed();
        if (editor.isReading())
            loop.exec();
        const qint64 total = clock.nsecsElapsed();
        heartbeat.stop();
        editor.view()->viewport()->repaint();

        QCOMPARE(editor.model()->rowCount(), 1'000'000);
        qInfo("1,000,000-line paste: longest event-loop stall %.1f ms (limit 100 ms), %d event-loop turns, "
              "%.2f s in all",
              double(longest) / 1e6, turns, double(total) / 1e9);
    }
};

QTEST_MAIN(BenchAccountIdList)
#include "BenchAccountIdList.moc"
