#include "TestCertificate.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace LhShare::Test {

TestCertificate TestCertificate::make(const QString &subjectAltName)
{
    QTemporaryDir dir;
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=lighthouse-share test"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + subjectAltName, QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certPath});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        qWarning("openssl could not make a test certificate: %s", qPrintable(openssl.errorString()));
        return TestCertificate();
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return TestCertificate();
    return TestCertificate{QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa)};
}

} // namespace LhShare::Test
