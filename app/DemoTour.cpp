#include "DemoTour.h"

#include "ui/AccessView.h"
#include "ui/AccountIdEditor.h"
#include "ui/BlueprintPicker.h"
#include "ui/MainWindow.h"
#include "ui/RecipientsView.h"
#include "ui/RegionComboBox.h"
#include "ui/ReviewDialog.h"

#include "simulator/Simulator.h"

#include <QPixmap>
#include <QPushButton>

namespace LhShare {

namespace {
// Two of the three current recipients, two accounts that are not, a typo and a repeat: every row
// state and both kinds of result show up in one picture, and one recipient stays listed.
QString demoAccountText()
{
    const QStringList shared = Simulator::demoSharedAccounts();
    return shared.at(0) + QLatin1Char('\n') + shared.at(1)
        + QStringLiteral("\n200000000123, 300000000456\n1OOO12345678\n") + shared.at(0) + QLatin1Char('\n');
}

// The partner spread over several regions, another partner, and a typo that stays in the list.
QString accessAccountText()
{
    return Simulator::demoSharedAccounts().constFirst() + QStringLiteral("\n200000000031\n1OOO12345678\n");
}
} // namespace

DemoTour::DemoTour(MainWindow *window, QString screenshotPath, View view, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(screenshotPath))
    , m_view(view)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(tr("The demo run did not finish in time.")); });
}

void DemoTour::start()
{
    m_timeout.start();
    m_window->resize(1280, 800);
    connect(m_window, &MainWindow::reviewOpened, this, &DemoTour::onReviewOpened);
    connect(m_window, &MainWindow::jobFinished, this, &DemoTour::onJobFinished);
    connect(m_window->blueprintPicker(), &BlueprintPicker::loaded, this, &DemoTour::onBlueprintsLoaded);
    if (m_view == View::Access) {
        m_window->showAccessView();
        m_window->accessView()->accountEditor()->addText(accessAccountText(), tr("pasted text"));
    } else {
        m_window->accountEditor()->addText(demoAccountText(), tr("pasted text"));
    }
    if (!m_window->blueprintPicker()->isLoading())
        m_window->blueprintPicker()->reload();
}

void DemoTour::onBlueprintsLoaded()
{
    if (m_jobRequested)
        return;
    if (m_view == View::Access) {
        // The blueprints are listed: the demo session is open, so the scan can start.
        m_jobRequested = true;
        connect(m_window->accessView(), &AccessView::scanFinished, this, &DemoTour::onAccessScanned,
                Qt::SingleShotConnection);
        m_window->accessView()->scan();
        return;
    }
    m_window->blueprintPicker()->selectIds({Simulator::demoBlueprintId(m_window->regionPicker()->regionId(), 0)});
    if (m_window->blueprintPicker()->selectedIds().isEmpty()) {
        fail(tr("The demo blueprint is not listed."));
        return;
    }
    m_jobRequested = true;
    // Wait for the recipients pane so the picture shows it filled in.
    RecipientsView *recipients = m_window->recipientsView();
    auto go = [this] { m_window->requestChange(ShareAction::Cancel); };
    if (recipients->isLoading())
        connect(recipients, &RecipientsView::loaded, this, go, Qt::SingleShotConnection);
    else
        go();
}

void DemoTour::onAccessScanned()
{
    AccessView *access = m_window->accessView();
    const QString partner = Simulator::demoSharedAccounts().constFirst();
    access->selectEntries([&partner](const AccessEntry &entry) {
        return entry.accountId == partner && entry.blueprintName != QLatin1String("web-base");
    });
    if (access->selectedEntries().isEmpty()) {
        fail(tr("The demo partner has no access beyond web-base."));
        return;
    }
    access->revokeSelected();
}

void DemoTour::onReviewOpened(ReviewDialog *dialog)
{
    dialog->confirmButton()->click();
}

void DemoTour::onJobFinished()
{
    // The Access view scans again after the job: the picture shows what is left.
    if (m_view == View::Access)
        connect(m_window->accessView(), &AccessView::scanFinished, this, &DemoTour::saveScreenshot,
                Qt::SingleShotConnection);
    else
        saveScreenshot();
}

void DemoTour::saveScreenshot()
{
    // One more turn of the event loop lets the recipients pane and the result rows repaint.
    QTimer::singleShot(500, this, [this] {
        m_timeout.stop();
        if (!m_window->grab().save(m_path)) {
            fail(tr("Cannot write the screenshot to “%1”.").arg(m_path));
            return;
        }
        Q_EMIT finished(true, m_path);
    });
}

void DemoTour::fail(const QString &message)
{
    m_timeout.stop();
    Q_EMIT finished(false, message);
}

} // namespace LhShare
