#include "JobCommand.h"

#include "api/LighthouseService.h"
#include "api/TcClient.h"
#include "jobs/History.h"
#include "jobs/JobSummary.h"
#include "jobs/ShareJob.h"
#include "jobs/SyncPlan.h"
#include "jobs/VerifyJob.h"
#include "session/JobController.h"
#include "session/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QTimer>

#include <unistd.h>

namespace LhShare::Cli {

JobCommand::~JobCommand() = default;

JobController *JobCommand::controller()
{
    if (!m_controller) {
        m_controller = new JobController(History::defaultPath(), this);
        connect(m_controller, &JobController::planned, this, &JobCommand::onPlanned);
        connect(m_controller, &JobController::planFailed, this, [this](const ApiError &error) {
            err() << tr("Could not read the current recipients:") << ' ';
            reportApiError(error);
            Q_EMIT finished(ExitSomeFailed);
        });
        connect(m_controller, &JobController::historyError, this,
                [this](const QString &message) { err() << message << Qt::endl; });
        connect(m_controller, &JobController::started, this, [this](ShareJob *job) {
            if (jsonOutput())
                return;
            connect(job, &ShareJob::progress, this, [this](int done, int total) {
                if (::isatty(STDERR_FILENO))
                    rewriteLine(tr("%1/%2 requests answered").arg(done).arg(total));
            });
        });
        connect(m_controller, &JobController::verifying, this, [this] {
            if (!jsonOutput() && ::isatty(STDERR_FILENO))
                rewriteLine(tr("Verifying the changes in the recipient list…"));
        });
        connect(m_controller, &JobController::finished, this, &JobCommand::report);
    }
    return m_controller;
}

History &JobCommand::history()
{
    return controller()->history();
}

bool JobCommand::findJob(const QString &prefix, JobRecord *job, bool latestInterrupted)
{
    // Find the id among summaries (no batches held), then read just that job whole.
    const QList<JobSummary> jobs = JobSummary::readAll(history().path());
    QStringList matches;
    if (prefix.isEmpty() && latestInterrupted) {
        const auto latest = std::find_if(jobs.crbegin(), jobs.crend(),
                                         [](const JobSummary &candidate) { return candidate.canResume(); });
        if (latest == jobs.crend()) {
            fail(tr("No interrupted or unverified job in the history."), ExitOk);
            return false;
        }
        matches.append(latest->id);
    } else {
        for (const JobSummary &candidate : jobs) {
            if (candidate.id.startsWith(prefix))
                matches.append(candidate.id);
        }
    }
    const std::optional<JobRecord> found = matches.size() == 1 ? JobRecord::read(history().path(), matches.constFirst())
                                                               : std::nullopt;
    if (!found) {
        fail(matches.size() > 1 ? tr("“%1” matches several jobs; give more of the ID.").arg(prefix)
                                : tr("No job “%1” in the history.").arg(prefix));
        return false;
    }
    *job = *found;
    return true;
}

QList<QCommandLineOption> JobCommand::accountOptions()
{
    return {
        {QStringLiteral("accounts"), tr("Account IDs separated by commas, spaces or newlines (repeatable)."),
         tr("list")},
        {QStringLiteral("accounts-file"), tr("Read account IDs from a file (“-” for standard input)."), tr("file")},
    };
}

bool JobCommand::readAccounts(const QCommandLineParser &parser, QStringList *accounts)
{
    if (!readAccountIds(parser.values(QStringLiteral("accounts")), parser.value(QStringLiteral("accounts-file")),
                        accounts))
        return false;
    if (accounts->isEmpty()) {
        fail(tr("No accounts: pass --accounts or --accounts-file."));
        return false;
    }
    return true;
}

void JobCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("dry-run"), tr("Print the plan (batches and request count) and send nothing.")},
        {QStringLiteral("yes"), tr("Do not ask for confirmation.")},
        {QStringLiteral("verify-timeout"),
         tr("How long a change may take to show in the recipient list before it counts as not verified "
            "(default 30; 0 does not wait)."),
         tr("seconds"), QString::number(VerifyJob::kDefaultTimeoutMs / 1000)},
    });
    addJobOptions(parser);
}

bool JobCommand::validate(const QCommandLineParser &parser)
{
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    m_yes = parser.isSet(QStringLiteral("yes"));
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("verify-timeout")).toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 3600) {
        fail(tr("--verify-timeout must be a number of seconds from 0 to 3600."));
        return false;
    }
    m_verifyTimeoutMs = int(seconds * 1000);
    return validateJob(parser);
}

void JobCommand::run()
{
    buildRequest();
}

void JobCommand::plan(const JobRequest &request)
{
    if (request.items.isEmpty() || request.accountCount() == 0) {
        if (jsonOutput())
            printJson({{QStringLiteral("batches"), QJsonArray()}, {QStringLiteral("requests"), 0}});
        else
            out() << tr("Nothing to do.") << Qt::endl;
        Q_EMIT finished(ExitOk);
        return;
    }
    if (m_dryRun && canPlanOffline()) {
        printPlan(JobPlan::blind(request));
        Q_EMIT finished(ExitOk);
        return;
    }
    controller()->setSession(session());
    controller()->setVerifyTimeoutMs(m_verifyTimeoutMs);
    controller()->plan(request);
}

void JobCommand::onPlanned(const JobPlan &jobPlan)
{
    if (m_dryRun) {
        printPlan(jobPlan);
        Q_EMIT finished(ExitOk);
        return;
    }
    if (!jsonOutput())
        printPlan(jobPlan);
    if (confirm(jobPlan))
        controller()->run(jobPlan);
}

void JobCommand::printPlan(const JobPlan &jobPlan)
{
    const bool share = jobPlan.request.action == ShareAction::Share;
    const SyncPlan *sync = syncPlan();
    // A job that shares and cancels (a sync, the undo of one) marks each change.
    const bool marked = sync || jobPlan.request.isMixed();
    const QString endpointHost = session()->client()->endpoint().hostHeader();
    if (jsonOutput()) {
        QJsonArray batches;
        for (const PlannedBatch &batch : jobPlan.batches)
            batches.append(QJsonObject{{QStringLiteral("region"), batch.target.region},
                                       {QStringLiteral("blueprint"), batch.target.blueprintId},
                                       {QStringLiteral("action"), actionKeyword(batch.action)},
                                       {QStringLiteral("accountIds"), QJsonArray::fromStringList(batch.accountIds)}});
        QJsonArray skipped;
        for (const SkippedAccount &skip : jobPlan.skipped)
            skipped.append(QJsonObject{{QStringLiteral("region"), skip.target.region},
                                       {QStringLiteral("blueprint"), skip.target.blueprintId},
                                       {QStringLiteral("accountId"), skip.accountId},
                                       {QStringLiteral("reason"), skip.reasonText()}});
        QJsonObject plan{
            {QStringLiteral("dryRun"), m_dryRun},
            {QStringLiteral("action"), marked ? QStringLiteral("sync") : actionKeyword(jobPlan.request.action)},
            {QStringLiteral("endpoint"), endpointHost},
            {QStringLiteral("requests"), jobPlan.requestCount()},
            {QStringLiteral("accountChanges"), jobPlan.accountChangeCount()},
            {QStringLiteral("recipientsChecked"), jobPlan.recipientsKnown},
            {QStringLiteral("estimatedSeconds"), jobPlan.estimatedSeconds()},
            {QStringLiteral("batches"), batches},
            {QStringLiteral("skipped"), skipped}};
        if (sync) {
            plan.insert(QStringLiteral("add"), QJsonArray::fromStringList(sync->toAdd));
            plan.insert(QStringLiteral("remove"), QJsonArray::fromStringList(sync->toRemove));
            plan.insert(QStringLiteral("unchanged"), QJsonArray::fromStringList(sync->unchanged));
        }
        printJson(plan);
        return;
    }
    QTextStream &stream = m_dryRun ? out() : err();
    const QString seconds = QString::number(jobPlan.estimatedSeconds(), 'f', 1);
    const QString changes = QString::number(jobPlan.accountChangeCount());
    if (marked)
        stream << tr("Plan: %1 account(s) gain access and %2 lose it, in %n request(s), about %3 s at the rate limit.",
                     nullptr, jobPlan.requestCount())
                      .arg(jobPlan.accountChangeCount(ShareAction::Share))
                      .arg(jobPlan.accountChangeCount(ShareAction::Cancel))
                      .arg(seconds);
    else
        stream << (share ? tr("Plan: share with %1 account(s) in %n request(s), about %2 s at the rate limit.", nullptr,
                              jobPlan.requestCount())
                         : tr("Plan: stop sharing with %1 account(s) in %n request(s), about %2 s at the rate limit.",
                              nullptr, jobPlan.requestCount()))
                      .arg(changes, seconds);
    stream << '\n' << "  " << tr("Endpoint: %1").arg(endpointHost) << '\n';
    for (const PlannedBatch &batch : jobPlan.batches) {
        stream << "  ";
        if (marked)
            stream << (batch.action == ShareAction::Share ? "+ " : "- ");
        stream << batch.target.region << ' ' << batch.target.blueprintId << ": "
               << batch.accountIds.join(QLatin1Char(',')) << '\n';
    }
    if (sync && !sync->unchanged.isEmpty())
        stream << "  = " << sync->target.region << ' ' << sync->target.blueprintId << ": "
               << sync->unchanged.join(QLatin1Char(',')) << "  " << tr("(unchanged, nothing sent)") << '\n';
    for (const SkippedAccount &skip : jobPlan.skipped)
        stream << "  " << tr("skip") << ' ' << skip.target.region << ' ' << skip.target.blueprintId << ' '
               << skip.accountId << ": " << skip.reasonText() << '\n';
    if (!jobPlan.recipientsKnown)
        stream << tr("Current recipients were not checked (dry run, or the site has no recipient listing); "
                     "accounts already in the wanted state are reported as skipped when the job runs.")
               << '\n';
    stream.flush();
}

bool JobCommand::confirm(const JobPlan &jobPlan)
{
    if (m_yes || jobPlan.batches.isEmpty())
        return true;
    if (!::isatty(STDIN_FILENO)) {
        fail(tr("Refusing to change sharing without confirmation: pass --yes (standard input is not a terminal)."));
        return false;
    }
    //: The word the user types to confirm; the answer is compared with this translation and with "yes".
    const QString yes = tr("yes");
    err() << tr("Proceed? Type “%1” to continue: ").arg(yes) << Qt::flush;
    QFile input;
    const QString answer = input.open(stdin, QIODevice::ReadOnly) ? QString::fromUtf8(input.readLine()).trimmed()
                                                                  : QString();
    if (answer != yes && answer != QLatin1String("yes")) {
        fail(tr("Nothing was changed."), ExitOk);
        return false;
    }
    return true;
}

namespace {

// One account's verification in `--output json`.
QJsonObject accountJson(const AccountOutcome &outcome)
{
    QJsonObject object{{QStringLiteral("region"), outcome.target.region},
                       {QStringLiteral("blueprint"), outcome.target.blueprintId},
                       {QStringLiteral("accountId"), outcome.accountId},
                       {QStringLiteral("action"), actionKeyword(outcome.action)},
                       {QStringLiteral("status"), AccountOutcome::statusName(outcome.status)},
                       {QStringLiteral("verified"), outcome.verification == Verification::Verified}};
    if (outcome.verification != Verification::NotChecked)
        object.insert(QStringLiteral("verification"), verificationKeyword(outcome.verification));
    if (!outcome.verificationNote.isEmpty())
        object.insert(QStringLiteral("verificationReason"), outcome.verificationNote);
    return object;
}

} // namespace

void JobCommand::report(const JobResult &jobResult)
{
    // Acknowledged changes the recipient list does not show are not done, and make the job fail.
    QSet<QString> unverified;
    for (const AccountOutcome &outcome : jobResult.outcomes) {
        if (outcome.isUnverifiedChange())
            unverified.insert(outcome.target.region + QLatin1Char('|') + outcome.target.blueprintId + QLatin1Char('|')
                              + outcome.accountId);
    }
    const QList<BatchResult> &results = jobResult.batches;
    bool anyFailed = jobResult.count(Verification::NotVerified) > 0;
    QJsonArray batches;
    for (const BatchResult &result : results) {
        const bool failed = result.status == AccountOutcome::Status::Failed
            || result.status == AccountOutcome::Status::NotSent;
        anyFailed = anyFailed || failed;
        const bool notVerified = std::any_of(
            result.accountIds.cbegin(), result.accountIds.cend(), [&](const QString &a) {
                return unverified.contains(result.target.region + QLatin1Char('|') + result.target.blueprintId
                                           + QLatin1Char('|') + a);
            });
        batches.append(QJsonObject{
            {QStringLiteral("blueprint"), result.target.blueprintId},
            {QStringLiteral("region"), result.target.region},
            {QStringLiteral("accountIds"), QJsonArray::fromStringList(result.accountIds)},
            {QStringLiteral("action"), actionKeyword(result.action)},
            {QStringLiteral("status"),
             notVerified ? verificationKeyword(Verification::NotVerified) : AccountOutcome::statusName(result.status)},
            {QStringLiteral("errorCode"), result.errorCode},
            {QStringLiteral("message"), result.message},
            {QStringLiteral("requestId"), result.requestId}});
        if (!jsonOutput() && failed) {
            err() << tr("FAILED %1 %2 [%3]: %4 — %5")
                         .arg(result.target.region, result.target.blueprintId, result.accountIds.join(QLatin1Char(',')),
                              result.errorCode, result.message);
            if (!result.requestId.isEmpty())
                err() << ' ' << tr("(RequestId: %1)").arg(result.requestId);
            err() << '\n';
        }
    }
    const int done = jobResult.doneCount();
    const int notVerified = jobResult.count(Verification::NotVerified);
    const int skipped = jobResult.count(AccountOutcome::Status::Skipped);
    const int failed = jobResult.count(AccountOutcome::Status::Failed);
    const int notSent = jobResult.count(AccountOutcome::Status::NotSent);
    if (jsonOutput()) {
        QJsonArray accounts;
        for (const AccountOutcome &outcome : jobResult.outcomes)
            accounts.append(accountJson(outcome));
        printJson(
            {{QStringLiteral("job"), jobResult.jobId},
             {QStringLiteral("action"), jobResult.isMixed() ? QStringLiteral("sync") : actionKeyword(jobResult.action)},
             {QStringLiteral("requestsSent"), jobResult.requestsSent},
             {QStringLiteral("done"), done},
             {QStringLiteral("notVerified"), notVerified},
             {QStringLiteral("notVerifiable"), jobResult.count(Verification::NotVerifiable)},
             {QStringLiteral("skipped"), skipped},
             {QStringLiteral("failed"), failed},
             {QStringLiteral("notSent"), notSent},
             {QStringLiteral("batches"), batches},
             {QStringLiteral("accounts"), accounts}});
        reportNotVerified(jobResult);
    } else {
        if (::isatty(STDERR_FILENO))
            err() << '\n';
        reportVerification(jobResult);
        out() << tr("Job %1: %2 done, %3 not verified, %4 skipped, %5 failed, %6 not sent; %7 requests sent.")
                     .arg(jobResult.jobId)
                     .arg(done)
                     .arg(notVerified)
                     .arg(skipped)
                     .arg(failed)
                     .arg(notSent)
                     .arg(jobResult.requestsSent)
              << Qt::endl;
    }
    err().flush();
    Q_EMIT finished(anyFailed ? ExitSomeFailed : ExitOk);
}

// Names each account whose change the recipient list does not show, with the reason (stderr).
void JobCommand::reportNotVerified(const JobResult &jobResult)
{
    for (const AccountOutcome &outcome : jobResult.outcomes) {
        if (outcome.verification == Verification::NotVerified)
            err() << tr("NOT VERIFIED %1 %2 %3: %4")
                         .arg(outcome.target.region, outcome.target.blueprintId, outcome.accountId,
                              outcome.verificationNote)
                  << '\n';
    }
}

// Per target, the accounts by verification (verified, not verifiable on this site) on stdout; the
// ones not verified on stderr.
void JobCommand::reportVerification(const JobResult &jobResult)
{
    reportNotVerified(jobResult);
    QMap<QString, QStringList> groups; // "region blueprint: verification" -> accounts
    QStringList order;
    for (const AccountOutcome &outcome : jobResult.outcomes) {
        if (outcome.verification == Verification::NotChecked || outcome.verification == Verification::NotVerified)
            continue;
        const QString key = outcome.target.region + QLatin1Char(' ') + outcome.target.blueprintId + QStringLiteral(": ")
            + outcome.verificationText();
        if (!groups.contains(key))
            order.append(key);
        groups[key].append(outcome.accountId);
    }
    for (const QString &key : std::as_const(order))
        out() << "  " << key << " — " << groups.value(key).join(QLatin1Char(',')) << '\n';
}

} // namespace LhShare::Cli
