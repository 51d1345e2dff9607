// Access-matrix benchmark: a scan of R regions × B custom blueprints × N recipients each (default
// 15 × 20 × 500) against the simulator with its rate limits on. Prints the requests sent against
// the fewest that could read it all, and each action's rate (arrivals at the server) against its
// documented limit, with the RequestLimitExceeded answers; then checks that every share is in the
// matrix. The simulator runs on a thread of its own, so the client's work never delays its clock.
//
//   lhshare-bench-accessscan [regions] [blueprints] [recipients] [latency-ms]
#include "BenchServer.h"
#include "access/AccessScan.h"
#include "access/RecipientQueryCost.h"
#include "api/LighthouseService.h"
#include "api/RateLimiter.h"
#include "api/TcClient.h"
#include "model/Region.h"
#include "simulator/Simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

#include <cstdio>

using namespace LhShare;

namespace {
struct ActionFigures
{
    int received = 0;
    int limited = 0;
    qint64 first = -1;
    qint64 last = 0;

    // Rate over the intervals between arrivals: n requests span n-1 intervals.
    double rate() const { return last > first && received > 1 ? (received - 1) / ((last - first) / 1000.0) : 0; }
};

ActionFigures figuresFor(const QList<Simulator::RequestRecord> &log, const QString &action)
{
    ActionFigures figures;
    for (const Simulator::RequestRecord &record : log) {
        if (record.action != action)
            continue;
        figures.first = figures.first < 0 ? record.arrivalMsecs : figures.first;
        figures.last = record.arrivalMsecs;
        ++figures.received;
        figures.limited += record.errorCode.startsWith(QLatin1String("RequestLimitExceeded")) ? 1 : 0;
    }
    return figures;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QList<Region> supported = Region::supported();
    const int regionCount = argc > 1 ? qBound(1, QByteArray(argv[1]).toInt(), int(supported.size())) : 15;
    const int blueprintCount = argc > 2 ? qBound(1, QByteArray(argv[2]).toInt(), 100) : 20;
    const int recipientCount = argc > 3 ? qMax(0, QByteArray(argv[3]).toInt()) : 500;
    const int latencyMs = argc > 4 ? QByteArray(argv[4]).toInt() : 50;
    const QString describeBlueprints = QLatin1String(LighthouseService::kDescribeBlueprints);
    const QString shareInfos = QLatin1String(LighthouseService::kDescribeShareInfos);

    Simulator simulator;
    simulator.setCredentials(Simulator::demoCredentials());
    simulator.setRateLimitingEnabled(true);
    simulator.setProcessingDelayMs(latencyMs); // a round trip, so requests in flight matter
    simulator.setRequestLogLimit(1'000'000);
    simulator.clearBlueprints();
    QStringList regions;
    QStringList recipients;
    for (int i = 0; i < recipientCount; ++i)
        recipients << QString::number(400000000000LL + i);
    for (int r = 0; r < regionCount; ++r) {
        regions << supported.at(r).id;
        for (int b = 0; b < blueprintCount; ++b) {
            const QString id = QStringLiteral("lhbp-%1").arg(r * 100 + b, 8, 36, QLatin1Char('0'));
            simulator.addBlueprint(regions.constLast(), id, QStringLiteral("bench-%1").arg(b));
            simulator.setSharedAccounts(id, recipients);
        }
    }
    Bench::BenchServer server(&simulator);
    if (!server.isListening())
        return 1;

    Bench::BenchClient bench(simulator.url());
    TcClient &client = bench.client;
    LighthouseService &service = bench.service;

    QElapsedTimer clock;
    clock.start();
    QList<qint64> shareInfoSends; // client clock
    QObject::connect(&client, &TcClient::requestPrepared, &app, [&](const QString &action) {
        if (action == shareInfos)
            shareInfoSends.append(clock.elapsed());
    });
    auto *scan = new AccessScan(&service, {regions, {}, {}});
    AccessMatrix matrix;
    ApiError error;
    QObject::connect(scan, &Job::finished, &app, [&] {
        matrix = scan->matrix();
        error = scan->error();
        app.quit();
    });
    scan->start();
    app.exec();
    const double wallSeconds = clock.elapsed() / 1000.0;

    QList<Simulator::RequestRecord> log;
    int maxBlueprintsInASecond = 0;
    int maxShareInfosInASecond = 0;
    server.inServer([&] {
        log = simulator.requestLog();
        maxBlueprintsInASecond = simulator.maxInAnyWindow(describeBlueprints);
        maxShareInfosInASecond = simulator.maxInAnyWindow(shareInfos);
    });
    server.stop();

    // The fewest requests that could read it: one DescribeBlueprints page per region (at most 100
    // blueprints), and full pages of 100 recipients without the one-row overlap.
    const int rowsPerRegion = blueprintCount * recipientCount;
    const int minimum = regionCount * (1 + qMax(1, (rowsPerRegion + 99) / 100));
    const int expected = regionCount * (1 + RecipientQueryCost::pagesFor(rowsPerRegion));
    const ActionFigures blueprintsFigures = figuresFor(log, describeBlueprints);
    const ActionFigures shareInfoFigures = figuresFor(log, shareInfos);
    const int sent = blueprintsFigures.received + shareInfoFigures.received;
    const bool complete = !error.isError() && matrix.isComplete()
        && matrix.entries.size() == regionCount * rowsPerRegion;

    std::printf("matrix:   %d regions x %d blueprints x %d recipients, simulated latency %d ms: %lld rows, %s\n",
                regionCount, blueprintCount, recipientCount, latencyMs, static_cast<long long>(matrix.entries.size()),
                complete ? "complete" : "INCOMPLETE");
    std::printf("requests: %d sent (%d DescribeBlueprints, %d share-info reads); minimum %d (ratio %.3f); "
                "expected with the overlap row %d\n",
                sent, blueprintsFigures.received, shareInfoFigures.received, minimum, double(sent) / minimum, expected);
    // Most share-info reads sent within any 1000 ms, on the client's own timestamps.
    int maxSent = 0;
    for (qsizetype i = 0, j = 0; i < shareInfoSends.size(); ++i) {
        while (shareInfoSends.at(i) - shareInfoSends.at(j) >= 1000)
            ++j;
        maxSent = std::max(maxSent, int(i - j + 1));
    }
    std::printf("share-info reads: at most %d sent in any rolling second (client clock)\n", maxSent);
    const auto printRate = [](const QString &action, const ActionFigures &figures, int maxInASecond) {
        const int limit = documentedRateLimit(action);
        std::printf("%-42s %.2f requests/s against %d/s = %.3f of the limit; at most %d received in any rolling "
                    "second; %d RequestLimitExceeded\n",
                    qPrintable(action), figures.rate(), limit, figures.rate() / limit, maxInASecond, figures.limited);
    };
    printRate(describeBlueprints, blueprintsFigures, maxBlueprintsInASecond);
    printRate(shareInfos, shareInfoFigures, maxShareInfosInASecond);
    for (const Simulator::RequestRecord &record : std::as_const(log)) {
        if (!record.errorCode.isEmpty())
            std::printf("  %lld %s %s %s\n", static_cast<long long>(record.arrivalMsecs), qPrintable(record.action),
                        qPrintable(record.region), qPrintable(record.errorCode));
    }
    std::printf("wall time: %.1f s\n", wallSeconds);
    return complete && blueprintsFigures.limited == 0 && shareInfoFigures.limited == 0 ? 0 : 1;
}
