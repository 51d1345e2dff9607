// Throughput benchmark: a cancel job of N requests (default 2,000) against the simulator, with
// the simulator's rate limits on. Prints the goodput (requests that removed shares, per second)
// against the documented limit, the most requests sent (client clock) and received (server
// clock) in any rolling second, and the RequestLimitExceeded answers; then checks that nothing
// was lost (every share removed, every batch answered in the history). With reset-percent > 0,
// that share of the requests have their connection dropped after the server applied them.
// The simulator runs on a thread of its own (BenchServer.h).
//
//   lhshare-bench-sharejob [requests] [latency-ms] [reset-percent]
#include "BenchServer.h"
#include "api/LighthouseService.h"
#include "api/RateLimiter.h"
#include "api/TcClient.h"
#include "jobs/History.h"
#include "jobs/ShareJob.h"
#include "simulator/Simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

#include <cstdio>

using namespace LhShare;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int requests = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const int latencyMs = argc > 2 ? QByteArray(argv[2]).toInt() : 50;
    const int resetPercent = argc > 3 ? qBound(0, QByteArray(argv[3]).toInt(), 100) : 0;
    const QString region = QStringLiteral("ap-guangzhou");
    const QString blueprint = QStringLiteral("lhbp-bench001");
    const QString action = QStringLiteral("CancelShareBlueprintAcrossAccounts");

    Simulator simulator;
    simulator.setCredentials(Simulator::demoCredentials());
    simulator.setProcessingDelayMs(latencyMs); // a round trip, so pipelining matters
    simulator.addBlueprint(region, blueprint, QStringLiteral("bench"));
    QStringList accounts;
    for (int i = 0; i < requests * 10; ++i)
        accounts << QString::number(400000000000LL + i);
    simulator.setSharedAccounts(blueprint, accounts);
    if (resetPercent > 0)
        simulator.injectFaultEvery(100 / resetPercent, action, Simulator::Fault::ResetAfterApply,
                                   requests * resetPercent / 100);
    Bench::BenchServer server(&simulator);
    if (!server.isListening())
        return 1;

    Bench::BenchClient bench(simulator.url());
    TcClient &client = bench.client;
    LighthouseService &service = bench.service;
    QTemporaryDir dir;
    History history(dir.filePath(QStringLiteral("history.jsonl")));

    const JobPlan plan = JobPlan::blind(JobRequest::forTargets(ShareAction::Cancel, {{region, blueprint}}, accounts));
    QList<qint64> sends;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&client, &TcClient::requestPrepared, &app, [&](const QString &sentAction) {
        if (sentAction == action)
            sends.append(clock.elapsed());
    });
    // A job deletes itself after finished(): keep its result, a value.
    auto *job = new ShareJob(&service, &history, plan, {});
    JobResult result;
    QObject::connect(job, &ShareJob::finished, &app, [&] {
        result = job->result();
        QCoreApplication::quit();
    });
    job->start();
    app.exec();
    QList<Simulator::RequestRecord> log;
    int maxReceived = 0;
    int applied = 0;
    int stillShared = 0;
    server.inServer([&] {
        log = simulator.requestLog();
        maxReceived = simulator.maxInAnyWindow(action);
        applied = simulator.appliedRequestCount(action);
        stillShared = int(simulator.sharedAccounts(blueprint).size());
    });
    server.stop();

    // Most sends within any 1000 ms, measured on the client's own timestamps.
    int maxSent = 0;
    for (qsizetype i = 0, j = 0; i < sends.size(); ++i) {
        while (sends.at(i) - sends.at(j) >= 1000)
            ++j;
        maxSent = std::max(maxSent, int(i - j + 1));
    }

    qint64 first = -1;
    qint64 last = 0;
    int limited = 0;
    int received = 0;
    for (const Simulator::RequestRecord &record : std::as_const(log)) {
        if (record.action != action)
            continue;
        first = first < 0 ? record.arrivalMsecs : first;
        last = record.arrivalMsecs;
        ++received;
        limited += record.errorCode.startsWith(QLatin1String("RequestLimitExceeded")) ? 1 : 0;
    }
    // The history is complete: the job finished, and every batch it planned has a final outcome.
    const QList<JobRecord> jobs = JobRecord::readAll(history.path());
    const bool historyComplete = jobs.size() == 1 && !jobs.constFirst().isInterrupted()
        && jobs.constFirst().accountCount(ShareStatus::Done) == accounts.size();
    // Rate over the intervals between arrivals: n requests span n-1 intervals.
    const double seconds = (last - first) / 1000.0;
    const double goodput = seconds > 0 ? (applied - 1) / seconds : 0;
    const int limit = documentedRateLimit(action);
    std::printf("requests: %d received (%d applied, %d of them with the connection dropped after applying), "
                "simulated latency %d ms\n",
                received, applied, requests * resetPercent / 100, latencyMs);
    std::printf("accounts: %d done, %d failed, %d still shared\n", result.count(AccountOutcome::Status::Done),
                result.count(AccountOutcome::Status::Failed), stillShared);
    for (const BatchResult &batchResult : std::as_const(result.batches)) {
        if (batchResult.status == AccountOutcome::Status::Failed)
            std::printf("  failed: %s %s\n", qPrintable(batchResult.errorCode), qPrintable(batchResult.message));
    }
    std::printf("history:  %s\n", historyComplete ? "complete" : "INCOMPLETE");
    std::printf("goodput:  %.2f applied requests/s over %.1f s\n", goodput, seconds);
    std::printf("limit:    %d requests/s\n", limit);
    std::printf("ratio:    %.3f of the limit\n", goodput / limit);
    std::printf("max in any rolling 1 s: %d sent (client clock), %d received (server clock)\n", maxSent, maxReceived);
    std::printf("RequestLimitExceeded answers: %d\n", limited);
    const bool nothingLost = result.count(AccountOutcome::Status::Failed) == 0 && stillShared == 0 && historyComplete;
    return nothingLost && limited == 0 && maxReceived <= limit ? 0 : 1;
}
