// The window's finish, offscreen: what comes after the first frame, the columns at the default
// size, the idle progress bar, the icons without an icon theme.
#include "ui/AccessView.h"
#include "ui/BlueprintListModel.h"
#include "ui/BlueprintPicker.h"
#include "ui/JobResultModel.h"
#include "ui/JobResultsPanel.h"
#include "ui/MainWindow.h"
#include "ui/StatusIcons.h"
#include "ui/WelcomePanel.h"

#include "credentials/MemoryCredentialStore.h"
#include "session/SessionFactory.h"
#include "simulator/Simulator.h"

#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace LhShare;

class TestWindowPolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deferredWork_runsOnlyAfterTheFirstFrame();
    void panes_areBuiltJustAfterTheFirstFrame();
    void tabOrder_followsReadingOrder_withPanesBuiltLate();
    void defaultSize_blueprintColumnsFitWithoutScrolling();
    void results_whatHappenedStretches_andHasAnEscapedTooltip();
    void idleProgressBar_showsNothing();
    void actionIcons_renderWithoutAnIconTheme();

private:
    QNetworkAccessManager m_network;
    MemoryCredentialStore m_store;
    SessionFactory m_factory{&m_network, &m_store};
};

void TestWindowPolish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_factory.setDemoBackend(&Simulator::startDemo);
}

void TestWindowPolish::deferredWork_runsOnlyAfterTheFirstFrame()
{
    MainWindow window(&m_factory);
    bool ran = false;
    window.runAfterFirstFrame([&ran] { ran = true; });
    QTest::qWait(50);
    QVERIFY(!ran); // not shown, not painted: the slow work waits
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(ran);
    bool ranLater = false;
    window.runAfterFirstFrame([&ranLater] { ranLater = true; });
    QTRY_VERIFY(ranLater); // after the first frame, work runs from the event loop at once
}

void TestWindowPolish::panes_areBuiltJustAfterTheFirstFrame()
{
    MainWindow window(&m_factory);
    QVERIFY(!window.findChild<BlueprintPicker *>()); // the first frame shows the tabs, empty
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Nobody asks for them: they come by themselves, shown, with the job buttons off until a session.
    QTRY_VERIFY(window.findChild<JobResultsPanel *>());
    QTRY_VERIFY(window.findChild<JobResultsPanel *>()->isVisible());
    QVERIFY(window.findChild<BlueprintPicker *>());
    QTRY_VERIFY(window.findChild<AccessView *>()); // off screen: once the slow work has started
    QVERIFY(window.welcomePanel()->isVisible());
    QVERIFY(!window.cancelAction()->isEnabled());
    QVERIFY(!window.shareAction()->isEnabled());
}

void TestWindowPolish::tabOrder_followsReadingOrder_withPanesBuiltLate()
{
    MainWindow window(&m_factory);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<AccessView *>());
    QTabWidget *views = window.findChild<QTabWidget *>();
    QWidget *bottom = window.resultsPanel()->parentWidget();
    // Where each tab stop is: 0 the top bar, 1 the tabs, 2 the Blueprints view, 3 the Access view,
    // 4 the job buttons and the results.
    const auto place = [&](QWidget *widget) {
        if (bottom->isAncestorOf(widget))
            return 4;
        if (views->widget(1)->isAncestorOf(widget))
            return 3;
        if (views->widget(0)->isAncestorOf(widget))
            return 2;
        return views->isAncestorOf(widget) ? 1 : 0;
    };
    QList<int> places;
    QStringList stops; // for the failure message
    for (QWidget *widget = window.nextInFocusChain(); widget != &window; widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() & Qt::TabFocus) {
            places.append(place(widget));
            stops.append(
                QStringLiteral("%1 %2").arg(places.constLast()).arg(QLatin1String(widget->metaObject()->className())));
        }
    }
    QVERIFY2(std::is_sorted(places.cbegin(), places.cend()), qPrintable(stops.join(QStringLiteral(", "))));
    for (int expected = 0; expected <= 4; ++expected)
        QVERIFY2(places.contains(expected), qPrintable(QString::number(expected)));
}

void TestWindowPolish::defaultSize_blueprintColumnsFitWithoutScrolling()
{
    MainWindow window(&m_factory);
    window.show(); // the default size: no saved geometry in test mode
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startDemo();
    BlueprintPicker *picker = window.blueprintPicker();
    QTRY_VERIFY(!picker->isLoading() && picker->model()->rowCount() > 0);
    QTableView *view = picker->view();
    QCoreApplication::processEvents();
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    QHeaderView *header = view->horizontalHeader();
    using Column = BlueprintListModel::Column;
    // Created, ID and State are shown whole; the name gets the room that is left, the most of all.
    for (int column : {Column::IdColumn, Column::StateColumn, Column::CreatedColumn})
        QVERIFY2(header->sectionSize(column) >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column),
                 qPrintable(QString::number(column)));
    QVERIFY(header->sectionViewportPosition(Column::SharedColumn) + header->sectionSize(Column::SharedColumn)
            <= view->viewport()->width());
    QVERIFY(header->sectionSize(Column::NameColumn) >= header->sectionSize(Column::StateColumn));
    // Elided names are readable in full in the tooltip, with the OS (not a column of its own).
    const QModelIndex name = picker->model()->index(0, Column::NameColumn);
    QVERIFY(name.data(Qt::ToolTipRole).toString().startsWith(name.data(Qt::DisplayRole).toString()));
    QVERIFY(name.data(Qt::ToolTipRole)
                .toString()
                .contains(picker->model()->index(0, Column::OsColumn).data(Qt::DisplayRole).toString()));
}

void TestWindowPolish::results_whatHappenedStretches_andHasAnEscapedTooltip()
{
    MainWindow window(&m_factory);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.resultsPanel()->view();
    QCoreApplication::processEvents();
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    QHeaderView *header = view->horizontalHeader();
    QCOMPARE(header->sectionResizeMode(JobResultModel::MessageColumn), QHeaderView::Stretch);
    QVERIFY(header->sectionSize(JobResultModel::MessageColumn) > header->sectionSize(JobResultModel::AccountColumn));
    QVERIFY(header->sectionSize(JobResultModel::RequestIdColumn)
            >= view->fontMetrics().horizontalAdvance(QStringLiteral("c5e8a2f0-1b7d-4e3a-9f6c-0d2b8a7e4f13")));
}

void TestWindowPolish::idleProgressBar_showsNothing()
{
    MainWindow window(&m_factory);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.resultsPanel()->progressBar()->isVisible());
    window.startDemo();
    QTRY_VERIFY(!window.blueprintPicker()->isLoading() && window.blueprintPicker()->model()->rowCount() > 0);
    window.blueprintPicker()->view()->selectRow(0);
    QVERIFY(!window.resultsPanel()->progressBar()->isVisible()); // connected, but no job yet
    QCOMPARE(window.resultsPanel()->summary(), QStringLiteral("No job run yet."));
}

void TestWindowPolish::actionIcons_renderWithoutAnIconTheme()
{
    QIcon::setThemeName(QString()); // a desktop without an icon theme
    const QList<QIcon> icons = {StatusIcons::valid(),   StatusIcons::invalid(), StatusIcons::duplicate(),
                                StatusIcons::pending(), StatusIcons::done(),    StatusIcons::skipped(),
                                StatusIcons::failed(),  StatusIcons::notSent(), StatusIcons::info(),
                                StatusIcons::refresh(), StatusIcons::copy(),    StatusIcons::remove(),
                                StatusIcons::clear(),   StatusIcons::open(),    StatusIcons::save(),
                                StatusIcons::undo(),    StatusIcons::redo()};
    for (const QIcon &icon : icons) {
        const QImage image = icon.pixmap(16, 16).toImage();
        QVERIFY(!image.isNull());
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                painted += qAlpha(image.pixel(x, y)) > 0;
        }
        QVERIFY2(painted > 10, "an icon rendered blank"); // our SVG, drawn, not an empty fallback
    }
}

QTEST_MAIN(TestWindowPolish)
#include "TestWindowPolish.moc"
