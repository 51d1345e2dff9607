// Listing jobs without their batches: the summaries of a history say the same as the full job
// records (counts, blueprints, interrupted, resumed), a large history is parsed in parallel chunks
// and still read in order, and one job can be read whole without assembling the others.
#include "jobs/History.h"
#include "jobs/JobSummary.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;

namespace {
const QDateTime kTime = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00.000Z"), Qt::ISODateWithMs);

QStringList accounts(int first, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QString::number(700000000000LL + first + i);
    return ids;
}

// Writes records as History does, without its fsync per record (for a long file, quickly).
class FastJournal
{
public:
    explicit FastJournal(const QString &path)
        : m_file(path)
    {
        m_file.open(QIODevice::WriteOnly | QIODevice::Append);
    }
    bool append(const Journal::Record &record)
    {
        return m_file.write(QJsonDocument(Journal::toJson(record)).toJson(QJsonDocument::Compact) + '\n') > 0;
    }

private:
    QFile m_file;
};

// Appends one job: `done` batches answered done, one failed, one skipped entry, and `open`
// batches sent without an answer (as after a kill).
template<typename Writer>
void appendJob(Writer &history, const QString &job, int done, int open, const QString &resumeOf = {},
               bool finished = true)
{
    Journal::JobStarted started;
    started.job = job;
    started.time = kTime;
    started.action = ShareAction::Cancel;
    started.profile = QStringLiteral("prod");
    started.resumeOf = resumeOf;
    QVERIFY(history.append(started));
    int batch = 0;
    auto write = [&history](const Journal::Record &record) { QVERIFY(history.append(record)); };
    auto plan = [&](const QString &blueprint, const QStringList &ids) {
        const QString id = QString::number(++batch);
        write(Journal::Planned{job, kTime, id, QStringLiteral("ap-guangzhou"), blueprint, ids});
        write(Journal::Sent{job, kTime, id, 1});
        return id;
    };
    for (int i = 0; i < done; ++i) {
        const QString id = plan(QStringLiteral("lhbp-aaaaaaaa"), accounts(i * 10, 10));
        QVERIFY(history.append(Journal::Outcome{job, kTime, id, ShareStatus::Done, {}, {}, {}}));
    }
    const QString failed = plan(QStringLiteral("lhbp-bbbbbbbb"), accounts(900, 2));
    QVERIFY(history.append(Journal::Outcome{
        job, kTime, failed, ShareStatus::Failed, QStringLiteral("InvalidParameterValue.AccountIdsNotExist"), {}, {}}));
    QVERIFY(history.append(Journal::Skipped{job, kTime, QStringLiteral("ap-guangzhou"), QStringLiteral("lhbp-cccccccc"),
                                            accounts(950, 3), QStringLiteral("not shared")}));
    for (int i = 0; i < open; ++i)
        plan(QStringLiteral("lhbp-aaaaaaaa"), accounts(500 + i * 10, 10));
    if (finished)
        QVERIFY(history.append(Journal::JobFinished{job, kTime, false}));
}
} // namespace

class TestJobSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void summaries_sayWhatTheFullRecordsSay()
    {
        const QString path = historyPath();
        {
            History history(path);
            appendJob(history, QStringLiteral("job-complete"), 3, 0);
            appendJob(history, QStringLiteral("job-killed"), 1, 2, {}, false);
            appendJob(history, QStringLiteral("job-resumed"), 0, 1);
            appendJob(history, QStringLiteral("job-resumer"), 1, 0, QStringLiteral("job-resumed"));
        }
        const QList<JobRecord> records = JobRecord::readAll(path);
        const QList<JobSummary> summaries = JobSummary::readAll(path);
        QCOMPARE(summaries.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const JobRecord &record = records.at(i);
            const JobSummary &summary = summaries.at(i);
            QCOMPARE(summary.id, record.id);
            QCOMPARE(summary.doneAccounts, record.accountCount(ShareStatus::Done));
            QCOMPARE(summary.failedAccounts, record.accountCount(ShareStatus::Failed));
            QCOMPARE(summary.skippedAccounts, record.accountCount(ShareStatus::Skipped));
            QCOMPARE(summary.isInterrupted(), record.isInterrupted());
            QCOMPARE(summary.resumedBy, record.resumedBy);
            QCOMPARE(summary.finished, record.finished);
        }
        QCOMPARE(summaries.at(0).doneAccounts, 30);
        QCOMPARE(summaries.at(0).blueprints,
                 QStringList({QStringLiteral("lhbp-aaaaaaaa"), QStringLiteral("lhbp-bbbbbbbb"),
                              QStringLiteral("lhbp-cccccccc")}));
        QVERIFY(summaries.at(1).isInterrupted());
        QVERIFY(!summaries.at(2).isInterrupted()); // resumed by job-resumer
        QCOMPARE(summaries.at(2).resumedBy, QStringLiteral("job-resumer"));
        QVERIFY(summaries.at(0).accountText.isEmpty());
    }

    // A job that shares and cancels (a sync) is listed as one, like its full record says.
    void mixedJob_isListedAsSync()
    {
        const QString path = historyPath();
        {
            History history(path);
            appendJob(history, QStringLiteral("job-cancel"), 1, 0);
            const QString sync = QStringLiteral("job-sync");
            QVERIFY(history.append(Journal::JobStarted{sync, kTime, ShareAction::Cancel, {}, {}, {}, 2, true, {}, {}}));
            QVERIFY(
                history.append(Journal::Planned{sync, kTime, QStringLiteral("1"), QStringLiteral("ap-guangzhou"),
                                                QStringLiteral("lhbp-aaaaaaaa"), accounts(0, 1), ShareAction::Cancel}));
            QVERIFY(
                history.append(Journal::Planned{sync, kTime, QStringLiteral("2"), QStringLiteral("ap-guangzhou"),
                                                QStringLiteral("lhbp-aaaaaaaa"), accounts(1, 1), ShareAction::Share}));
        }
        const QList<JobRecord> records = JobRecord::readAll(path);
        const QList<JobSummary> summaries = JobSummary::readAll(path);
        QCOMPARE(summaries.size(), 2);
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(summaries.at(i).isMixed(), records.at(i).isMixed());
            QCOMPARE(summaries.at(i).actionKeyword(), records.at(i).actionKeyword());
        }
        QCOMPARE(summaries.at(0).actionKeyword(), QStringLiteral("cancel"));
        QCOMPARE(summaries.at(1).actionKeyword(), QStringLiteral("sync"));
    }

    void accountText_isKeptOnlyWhenAskedFor()
    {
        const QString path = historyPath();
        {
            History history(path);
            appendJob(history, QStringLiteral("job-a"), 1, 0);
        }
        const QList<JobSummary> summaries = JobSummary::readAll(path, nullptr, JobSummary::Detail::WithAccountText);
        QCOMPARE(summaries.size(), 1);
        QVERIFY(summaries.at(0).accountText.contains("700000000003"));
        QVERIFY(summaries.at(0).accountText.contains("700000000952")); // a skipped account
    }

    void longHistory_isParsedInChunks_andVisitedInFileOrder()
    {
        // More lines than one parallel chunk: the jobs still come back in file order, complete.
        const QString path = historyPath();
        {
            FastJournal history(path);
            for (int job = 0; job < 400; ++job)
                appendJob(history, QStringLiteral("job-%1").arg(job, 4, 10, QLatin1Char('0')), 4, 0);
        }
        const QList<JobSummary> summaries = JobSummary::readAll(path);
        QCOMPARE(summaries.size(), 400);
        for (int job = 0; job < 400; ++job) {
            QCOMPARE(summaries.at(job).id, QStringLiteral("job-%1").arg(job, 4, 10, QLatin1Char('0')));
            QCOMPARE(summaries.at(job).doneAccounts, 40);
            QCOMPARE(summaries.at(job).failedAccounts, 2);
        }
    }

    void unverifiedRevoke_isNotCountedAsDone_untilALaterCheckSaysSo()
    {
        const QString path = historyPath();
        {
            History history(path);
            appendJob(history, QStringLiteral("job-a"), 1, 0); // accounts 700000000000..09 done
            const QString region = QStringLiteral("ap-guangzhou");
            const QString blueprint = QStringLiteral("lhbp-aaaaaaaa");
            QVERIFY(history.append(Journal::Verified{QStringLiteral("job-a"), kTime, region, blueprint, accounts(0, 3),
                                                     Verification::NotVerified, QStringLiteral("still shared")}));
            QVERIFY(history.append(Journal::Verified{
                QStringLiteral("job-a"), kTime, region, blueprint, accounts(3, 7), Verification::Verified, {}}));
        }
        JobSummary job = JobSummary::readAll(path).constFirst();
        QCOMPARE(job.doneAccounts, 7);
        QCOMPARE(job.notVerifiedAccounts, 3);
        QVERIFY(job.canResume());

        {
            History history(path);
            QVERIFY(history.append(Journal::Verified{QStringLiteral("job-a"),
                                                     kTime,
                                                     QStringLiteral("ap-guangzhou"),
                                                     QStringLiteral("lhbp-aaaaaaaa"),
                                                     accounts(0, 3),
                                                     Verification::Verified,
                                                     {}}));
        }
        job = JobSummary::readAll(path).constFirst();
        QCOMPARE(job.doneAccounts, 10);
        QCOMPARE(job.notVerifiedAccounts, 0);
    }

    void oneJob_isReadWhole_withWhoResumedIt()
    {
        const QString path = historyPath();
        {
            History history(path);
            appendJob(history, QStringLiteral("job-other"), 5, 0);
            appendJob(history, QStringLiteral("job-wanted"), 2, 1);
            appendJob(history, QStringLiteral("job-resumer"), 1, 0, QStringLiteral("job-wanted"));
        }
        const std::optional<JobRecord> job = JobRecord::read(path, QStringLiteral("job-wanted"));
        QVERIFY(job.has_value());
        QCOMPARE(job->id, QStringLiteral("job-wanted"));
        QCOMPARE(job->batches.size(), 4); // 2 done, 1 failed, 1 open
        QCOMPARE(job->resumedBy, QStringLiteral("job-resumer"));
        QVERIFY(!job->isInterrupted());
        QVERIFY(!JobRecord::read(path, QStringLiteral("job-missing")).has_value());
        const QList<JobRecord> two = JobRecord::read(
            path, QSet<QString>{QStringLiteral("job-other"), QStringLiteral("job-resumer")});
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).id, QStringLiteral("job-other"));
        QCOMPARE(two.at(1).id, QStringLiteral("job-resumer"));
    }

private:
    // A fresh file for each test.
    QString historyPath() const
    {
        return m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral(".jsonl"));
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestJobSummary)
#include "TestJobSummary.moc"
