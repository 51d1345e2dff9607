#include "SimulatedWindowTest.h"

#include "ui/RegionComboBox.h"

#include <QTest>

using namespace LhShare;

bool SimulatedWindowTest::openWindow(const QString &regionId)
{
    m_sim = std::make_unique<Simulator>();
    if (!m_sim->listen())
        return false;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<MemoryCredentialStore>();
    m_factory = std::make_unique<SessionFactory>(m_network.get(), m_store.get());
    m_factory->setDemoBackend(&Simulator::startDemo);
    m_window = std::make_unique<MainWindow>(m_factory.get());
    m_reviews.clear();
    connect(m_window.get(), &MainWindow::reviewOpened, this,
            [this](ReviewDialog *dialog) { m_reviews.append(dialog); });
    if (!regionId.isEmpty())
        m_window->regionPicker()->setRegionId(regionId);
    ConnectionSettings settings;
    settings.credentials = Simulator::demoCredentials();
    settings.endpoint = Endpoint::parse(m_sim->url().toString());
    settings.profileName = QStringLiteral("test");
    m_window->setSession(m_factory->open(settings));
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void SimulatedWindowTest::closeWindow()
{
    m_window.reset();
    m_factory.reset();
    m_sim.reset();
}

ReviewDialog *SimulatedWindowTest::nextReview()
{
    const qsizetype seen = m_reviews.size();
    if (!QTest::qWaitFor([&] { return m_reviews.size() > seen; }, kJobTimeoutMs))
        return nullptr;
    return m_reviews.constLast();
}
