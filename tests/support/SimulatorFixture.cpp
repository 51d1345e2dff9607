#include "SimulatorFixture.h"

#include <QTest>

namespace LhShare::Test {

SimulatorFixture::SimulatorFixture()
{
    simulator.setCredentials(Simulator::demoCredentials());
    if (!simulator.listen())
        qFatal("The simulator cannot listen on 127.0.0.1");
    client.setEndpoint(Endpoint::parse(simulator.url().toString()));
    client.setCredentials(Simulator::demoCredentials());
}

QStringList makeAccountIds(int count, qint64 first)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QString::number(200000000000LL + first + i);
    return ids;
}

} // namespace LhShare::Test
