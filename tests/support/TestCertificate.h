#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace LhShare::Test {

// A fresh self-signed certificate and its key, made with the openssl command (which scripts/deps.sh
// installs), for a TLS server in a test. subjectAltName as openssl takes it: "IP:127.0.0.1,DNS:localhost".
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    // Null certificate and key (and a warning naming the reason) when openssl is missing or fails.
    static TestCertificate make(const QString &subjectAltName);
};

} // namespace LhShare::Test
