#include "DemoTour.h"

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
} // namespace

DemoTour::DemoTour(MainWindow *window, QString screenshotPath, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(screenshotPath))
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
    m_window->accountEditor()->addText(demoAccountText(), tr("pasted text"));
    if (!m_window->blueprintPicker()->isLoading())
        m_window->blueprintPicker()->reload();
}

void DemoTour::onBlueprintsLoaded()
{
    if (m_jobRequested)
        return;
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

void DemoTour::onReviewOpened(ReviewDialog *dialog)
{
    dialog->confirmButton()->click();
}

void DemoTour::onJobFinished()
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
