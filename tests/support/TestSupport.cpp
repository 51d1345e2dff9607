#include "TestSupport.h"

#include "credentials/CredentialStore.h"

#include <QSignalSpy>

namespace LhShare::Test {

QString dataDir()
{
    return QStringLiteral(LHSHARE_TEST_DATA_DIR);
}

QString runCredentialJob(CredentialJob *job, QString *errorString, ProfileSecrets *secrets, int timeoutMs)
{
    QSignalSpy spy(job, &Job::finished);
    QString code = QStringLiteral("timeout");
    QObject::connect(job, &Job::finished, job, [&] {
        code = job->error().code;
        if (errorString)
            *errorString = job->errorString();
        if (secrets)
            *secrets = job->secrets();
    });
    job->start();
    spy.wait(timeoutMs);
    return code;
}

} // namespace LhShare::Test
