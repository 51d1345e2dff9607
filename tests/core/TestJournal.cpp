// The history journal's typed records: every record type written and read back equal, a file in
// the format written before records were versioned still reads, torn and oversized lines are
// skipped, and the file is private whatever the umask.
#include "jobs/History.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace LhShare;

namespace {
const QString kJob = QStringLiteral("5e0c6a1b-1111-4222-8333-944455556666");
const QDateTime kTime = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00.123Z"), Qt::ISODateWithMs);

QList<Journal::Record> everyRecordType()
{
    return {
        Journal::JobStarted{kJob, kTime, ShareAction::Share, QStringLiteral("prod"), QStringLiteral("AKID…MPLE"),
                            QStringLiteral("https://lighthouse.tencentcloudapi.com/"), 12, false,
                            QStringLiteral("undone-job"), QStringLiteral("resumed-job")},
        Journal::Planned{kJob,
                         kTime,
                         QStringLiteral("1"),
                         QStringLiteral("ap-guangzhou"),
                         QStringLiteral("lhbp-6jc6l8yb"),
                         {QStringLiteral("700000164995"), QStringLiteral("100012345678")},
                         ShareAction::Cancel},
        Journal::Skipped{kJob,
                         kTime,
                         QStringLiteral("ap-guangzhou"),
                         QStringLiteral("lhbp-6jc6l8yb"),
                         {QStringLiteral("909619400")},
                         QStringLiteral("was already shared with this account"),
                         ShareAction::Share},
        Journal::Sent{kJob, kTime, QStringLiteral("1"), 2},
        Journal::Outcome{kJob, kTime, QStringLiteral("1"), ShareStatus::Failed,
                         QStringLiteral("InvalidParameterValue.AccountIdsNotExist"), QStringLiteral("no such account"),
                         QStringLiteral("3f5b6e1a-0000-4000-8000-000000000001")},
        Journal::Outcome{kJob, kTime, QStringLiteral("2"), ShareStatus::Split, {}, {}, {}},
        Journal::Outcome{
            kJob, kTime, QStringLiteral("3"), ShareStatus::Unknown, QStringLiteral("Client.Timeout"), {}, {}},
        Journal::JobFinished{kJob, kTime, true},
        Journal::Reissued{kJob,
                          kTime,
                          QStringLiteral("ap-guangzhou"),
                          QStringLiteral("lhbp-6jc6l8yb"),
                          {QStringLiteral("700000164995")},
                          QStringLiteral("3f5b6e1a-0000-4000-8000-000000000002"),
                          {},
                          ShareAction::Cancel},
        Journal::Verified{kJob,
                          kTime,
                          QStringLiteral("ap-guangzhou"),
                          QStringLiteral("lhbp-6jc6l8yb"),
                          {QStringLiteral("700000164995")},
                          Verification::NotVerified,
                          QStringLiteral("still shared after 30 s and a re-issued cancel")},
        Journal::Verified{kJob,
                          kTime,
                          QStringLiteral("ap-guangzhou"),
                          QStringLiteral("lhbp-6jc6l8yb"),
                          {QStringLiteral("100012345678")},
                          Verification::Verified,
                          {}},
        Journal::Verified{kJob,
                          kTime,
                          QStringLiteral("ap-bangkok"),
                          QStringLiteral("lhbp-6jc6l8yc"),
                          {QStringLiteral("909619400")},
                          Verification::NotVerifiable,
                          {}},
    };
}

// A cancel of two accounts, both acknowledged; the re-read confirmed one and not the other.
QList<Journal::Record> cancelWithOneUnverified()
{
    const QString region = QStringLiteral("ap-guangzhou");
    const QString blueprint = QStringLiteral("lhbp-6jc6l8yb");
    const QString confirmed = QStringLiteral("100012345678");
    const QString stillShared = QStringLiteral("700000164995");
    return {
        Journal::JobStarted{kJob, kTime, ShareAction::Cancel, {}, {}, {}, 2, true, {}, {}},
        Journal::Planned{kJob, kTime, QStringLiteral("1"), region, blueprint, {confirmed, stillShared}},
        Journal::Sent{kJob, kTime, QStringLiteral("1"), 1},
        Journal::Outcome{kJob, kTime, QStringLiteral("1"), ShareStatus::Done, {}, {}, QStringLiteral("r1")},
        Journal::JobFinished{kJob, kTime, false},
        Journal::Reissued{kJob, kTime, region, blueprint, {stillShared}, QStringLiteral("r2"), {}},
        Journal::Verified{kJob, kTime, region, blueprint, {confirmed}, Verification::Verified, {}},
        Journal::Verified{
            kJob, kTime, region, blueprint, {stillShared}, Verification::NotVerified, QStringLiteral("still shared")},
    };
}

QList<Journal::Record> readBack(const QString &path, Journal::ReadStats *stats = nullptr)
{
    QList<Journal::Record> records;
    Journal::read(
        path, [&records](const Journal::Record &record) { records.append(record); }, stats);
    return records;
}
} // namespace

class TestJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecordType_roundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.jsonl"));
        const QList<Journal::Record> written = everyRecordType();
        {
            History history(path);
            for (const Journal::Record &record : written)
                QVERIFY2(history.append(record), qPrintable(history.errorString()));
        }
        const QList<Journal::Record> read = readBack(path);
        QCOMPARE(read.size(), written.size());
        for (qsizetype i = 0; i < written.size(); ++i)
            QVERIFY2(read.at(i) == written.at(i), qPrintable(QStringLiteral("record %1 differs").arg(i)));
        // Each line carries the format version.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readLine()).object().value(QLatin1String("v")).toInt(),
                 Journal::kFormatVersion);
    }

    void everyStatus_hasOneKeyword()
    {
        for (ShareStatus status :
             {ShareStatus::Pending, ShareStatus::Sent, ShareStatus::Done, ShareStatus::Skipped, ShareStatus::Failed,
              ShareStatus::Unknown, ShareStatus::NotSent, ShareStatus::Split}) {
            const QString keyword = statusKeyword(status);
            QVERIFY(!keyword.isEmpty());
            QCOMPARE(statusFromKeyword(keyword), status);
            QVERIFY(!statusText(status).isEmpty());
        }
        QCOMPARE(statusFromKeyword(QStringLiteral("pending")), std::nullopt);
    }

    void everyVerification_hasOneKeyword()
    {
        for (Verification verification :
             {Verification::Verified, Verification::NotVerified, Verification::NotVerifiable}) {
            const QString keyword = verificationKeyword(verification);
            QVERIFY(!keyword.isEmpty());
            QCOMPARE(verificationFromKeyword(keyword), verification);
            QVERIFY(!verificationText(verification).isEmpty());
        }
        QVERIFY(verificationKeyword(Verification::NotChecked).isEmpty());
        QCOMPARE(verificationFromKeyword(QStringLiteral("verified-ish")), std::nullopt);
        QVERIFY(verificationText(Verification::NotVerified, QStringLiteral("still shared")).contains(u"still shared"));
    }

    void unverifiedRevoke_isResumable_andUndoKeepsEveryAcknowledgedAccount()
    {
        const QList<JobRecord> jobs = JobRecord::fromRecords(cancelWithOneUnverified());
        QCOMPARE(jobs.size(), 1);
        const JobRecord &job = jobs.constFirst();
        QVERIFY(job.unfinishedBatches().isEmpty());
        QVERIFY(!job.isInterrupted());
        QVERIFY(job.canResume());
        QCOMPARE(job.reissues, 1);
        QCOMPARE(job.verificationOf(QStringLiteral("ap-guangzhou"), QStringLiteral("lhbp-6jc6l8yb"),
                                    QStringLiteral("100012345678")),
                 Verification::Verified);
        QCOMPARE(job.verificationOf(QStringLiteral("ap-guangzhou"), QStringLiteral("lhbp-6jc6l8yb"),
                                    QStringLiteral("700000164995")),
                 Verification::NotVerified);
        QCOMPARE(job.accountCount(Verification::NotVerified), 1);

        // Resume re-plans exactly the revoke that did not show; the server acknowledged it once.
        const JobRequest resume = job.resumeRequest();
        QCOMPARE(resume.action, ShareAction::Cancel);
        QCOMPARE(resume.items.size(), 1);
        QCOMPARE(resume.items.constFirst().accountIds, QStringList{QStringLiteral("700000164995")});
        QVERIFY(resume.items.constFirst().mayBeApplied);
        // Undo re-shares both: its planner re-reads, so one that never lost access is skipped there.
        QCOMPARE(job.undoRequest().accountCount(), 2);

        const QJsonArray verification = job.toJson().value(QLatin1String("verification")).toArray();
        QCOMPARE(verification.size(), 2);
        QCOMPARE(verification.at(1).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("not-verified"));

        // Once a resume took over, nothing is left to resume.
        QList<Journal::Record> records = cancelWithOneUnverified();
        records.append(Journal::JobStarted{
            QStringLiteral("resume-job"), kTime, ShareAction::Cancel, {}, {}, {}, 1, true, {}, kJob});
        QVERIFY(!JobRecord::fromRecords(records).constFirst().canResume());
    }

    void formatOneFile_stillReads_andTheTornLastLineIsSkipped()
    {
        Journal::ReadStats stats;
        const QList<JobRecord> jobs = JobRecord::readAll(Test::dataDir() + QStringLiteral("/history/format1.jsonl"),
                                                         &stats);
        QCOMPARE(stats.tornLines, 1);
        QCOMPARE(jobs.size(), 2);
        const JobRecord &cancel = jobs.at(0);
        QCOMPARE(cancel.action, ShareAction::Cancel);
        QCOMPARE(cancel.profile, QStringLiteral("prod"));
        QCOMPARE(cancel.batches.size(), 2);
        QCOMPARE(cancel.batches.at(0).status, ShareStatus::Done);
        QCOMPARE(cancel.batches.at(0).attempts, 1);
        QCOMPARE(cancel.batches.at(1).status, ShareStatus::Unknown);
        QCOMPARE(cancel.skipped.size(), 1);
        QCOMPARE(cancel.accountCount(ShareStatus::Skipped), 1);
        QVERIFY(cancel.finished.isValid());
        QVERIFY(cancel.isInterrupted()); // the unknown batch can be resumed
        QCOMPARE(cancel.batches.at(0).action, ShareAction::Cancel); // no per-batch action then: the job's
        QCOMPARE(cancel.undoRequest().accountCount(), 2);
        QCOMPARE(cancel.undoRequest().actionOf(cancel.undoRequest().items.constFirst()), ShareAction::Share);
        QCOMPARE(cancel.resumeRequest().items.size(), 1);
        QVERIFY(cancel.resumeRequest().items.constFirst().mayBeApplied);
        const JobRecord &undo = jobs.at(1);
        QCOMPARE(undo.undoOf, cancel.id);
        QCOMPARE(undo.action, ShareAction::Share);
        QVERIFY(!undo.finished.isValid()); // killed: never finished
        // `history --output json` keeps its keywords.
        const QJsonObject json = cancel.toJson();
        QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("cancel"));
        QCOMPARE(
            json.value(QLatin1String("batches")).toArray().at(1).toObject().value(QLatin1String("status")).toString(),
            QStringLiteral("unknown"));
    }

    // A sync shares and cancels in one job: each batch keeps its own action through the file,
    // and its undo reverses each one.
    void mixedJob_batchActionsRoundTrip_andUndoReversesEach()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.jsonl"));
        const QString removed = QStringLiteral("700000164995");
        const QString added = QStringLiteral("100012345678");
        {
            History history(path);
            const QList<Journal::Record> records{
                Journal::JobStarted{kJob, kTime, ShareAction::Cancel, {}, {}, {}, 2, true, {}, {}},
                Journal::Planned{kJob,
                                 kTime,
                                 QStringLiteral("1"),
                                 QStringLiteral("ap-guangzhou"),
                                 QStringLiteral("lhbp-6jc6l8yb"),
                                 {removed},
                                 ShareAction::Cancel},
                Journal::Planned{kJob,
                                 kTime,
                                 QStringLiteral("2"),
                                 QStringLiteral("ap-guangzhou"),
                                 QStringLiteral("lhbp-6jc6l8yb"),
                                 {added},
                                 ShareAction::Share},
                Journal::Outcome{kJob, kTime, QStringLiteral("1"), ShareStatus::Done, {}, {}, QStringLiteral("r1")},
                Journal::Outcome{kJob, kTime, QStringLiteral("2"), ShareStatus::Done, {}, {}, QStringLiteral("r2")},
                Journal::JobFinished{kJob, kTime, false},
            };
            for (const Journal::Record &record : records)
                QVERIFY(history.append(record));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        QCOMPARE(QJsonDocument::fromJson(file.readLine()).object().value(QLatin1String("action")).toString(),
                 QStringLiteral("cancel"));
        QCOMPARE(QJsonDocument::fromJson(file.readLine()).object().value(QLatin1String("action")).toString(),
                 QStringLiteral("share"));

        const QList<JobRecord> jobs = JobRecord::readAll(path);
        QCOMPARE(jobs.size(), 1);
        const JobRecord &sync = jobs.constFirst();
        QVERIFY(sync.isMixed());
        QCOMPARE(sync.actionKeyword(), QStringLiteral("sync"));
        QCOMPARE(sync.batches.at(0).action, ShareAction::Cancel);
        QCOMPARE(sync.batches.at(1).action, ShareAction::Share);

        const JobRequest undo = sync.undoRequest();
        QCOMPARE(undo.items.size(), 2);
        QVERIFY(undo.isMixed());
        QCOMPARE(undo.items.at(0).accountIds, QStringList{removed});
        QCOMPARE(undo.actionOf(undo.items.at(0)), ShareAction::Share); // re-share what was removed
        QCOMPARE(undo.items.at(1).accountIds, QStringList{added});
        QCOMPARE(undo.actionOf(undo.items.at(1)), ShareAction::Cancel); // take back what was added
    }

    // A record written before batches carried an action: the job's action applies.
    void plannedWithoutAction_takesTheJobsAction()
    {
        const QJsonObject old{{QStringLiteral("v"), 2},
                              {QStringLiteral("type"), QStringLiteral("planned")},
                              {QStringLiteral("job"), kJob},
                              {QStringLiteral("time"), kTime.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("batch"), QStringLiteral("1")},
                              {QStringLiteral("region"), QStringLiteral("ap-guangzhou")},
                              {QStringLiteral("blueprint"), QStringLiteral("lhbp-6jc6l8yb")},
                              {QStringLiteral("accounts"), QJsonArray{QStringLiteral("700000164995")}}};
        const std::optional<Journal::Record> record = Journal::fromJson(old);
        QVERIFY(record && std::holds_alternative<Journal::Planned>(*record));
        QCOMPARE(std::get<Journal::Planned>(*record).action, std::nullopt);
        QVERIFY(!Journal::toJson(*record).contains(QLatin1String("action"))); // written back as it was

        const QList<JobRecord> jobs = JobRecord::fromRecords(
            {Journal::JobStarted{kJob, kTime, ShareAction::Share, {}, {}, {}, 1, true, {}, {}}, *record,
             Journal::Outcome{kJob, kTime, QStringLiteral("1"), ShareStatus::Done, {}, {}, {}}});
        QCOMPARE(jobs.constFirst().batches.constFirst().action, ShareAction::Share);
        QVERIFY(!jobs.constFirst().isMixed());
        QCOMPARE(jobs.constFirst().actionKeyword(), QStringLiteral("share"));
        const JobRequest undo = jobs.constFirst().undoRequest();
        QCOMPARE(undo.action, ShareAction::Cancel);
        QCOMPARE(undo.actionOf(undo.items.constFirst()), ShareAction::Cancel);
    }

    void oversizedLine_isSkipped_andTheNextRecordStillReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.jsonl"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"type\":\"skipped\",\"job\":\"x\",\"reason\":\"");
            file.write(QByteArray(Journal::kMaxLineBytes + 10, 'a'));
            file.write("\"}\n");
        }
        {
            History history(path);
            QVERIFY(history.append(everyRecordType().constFirst()));
        }
        Journal::ReadStats stats;
        const QList<Journal::Record> read = readBack(path, &stats);
        QCOMPARE(stats.oversizedLines, 1);
        QCOMPARE(read.size(), 1);
        QVERIFY(std::holds_alternative<Journal::JobStarted>(read.constFirst()));
    }

    void fileAndFolder_arePrivateWhateverTheUmask()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/folder/history.jsonl"));
        const mode_t previous = ::umask(022);
        {
            History history(path);
            QVERIFY(history.append(everyRecordType().constFirst()));
        }
        ::umask(previous);
        struct stat file = {};
        struct stat folder = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &file), 0);
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &folder), 0);
        QCOMPARE(file.st_mode & 0777, mode_t(0600));
        QCOMPARE(folder.st_mode & 0777, mode_t(0700));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"
