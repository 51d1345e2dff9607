#pragma once

#include "api/LighthouseService.h"
#include "api/TcClient.h"
#include "simulator/Simulator.h"

#include <QNetworkAccessManager>

namespace LhShare::Test {

// A simulator on 127.0.0.1 and a client signed with its credentials, ready for a test.
struct SimulatorFixture
{
    SimulatorFixture();

    Simulator simulator;
    QNetworkAccessManager network;
    TcClient client{&network};
    LighthouseService service{&client};
};

// Account IDs 200000000000+first … (never the simulator owner's 100000000001).
QStringList makeAccountIds(int count, qint64 first = 0);

} // namespace LhShare::Test
