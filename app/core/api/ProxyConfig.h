#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QNetworkProxy>
#include <QString>

class QNetworkAccessManager;
class QUrl;

namespace LhShare {

// How API requests reach the internet: the system's proxy configuration (the https_proxy /
// http_proxy / all_proxy variables first, then the desktop's settings), no proxy, or one HTTP
// proxy given by hand. In every mode no_proxy is honoured and loopback addresses (the simulator)
// are reached directly. TLS is end to end: an HTTP proxy only tunnels it (CONNECT).
//
//   ProxyConfig::fromSettings().apply(&network);                 // the window, at start
//   ProxyConfig::fromCommandLine(parser.value("proxy"), &error);  // the CLI's --proxy
//
// The password of a manual proxy is never part of the settings: it lives in the keychain
// (ProxySetup loads it) or, in the CLI, comes from the variables.
class ProxyConfig final
{
    Q_DECLARE_TR_FUNCTIONS(ProxyConfig)

public:
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QString host; // Manual only
    quint16 port = 0;
    QString user; // empty: the proxy needs no credentials
    QString password; // never saved by save()

    // "network/proxy…" in QSettings; System when nothing is saved.
    static ProxyConfig fromSettings();
    // "system", "none", or a proxy as "[http://][user[:password]@]host:port". Invalid (with *error)
    // for anything else.
    static ProxyConfig fromCommandLine(const QString &text, QString *error = nullptr);
    // A proxy variable's value ("http://user:pw@proxy:3128/", "proxy:3128"); Mode::None when empty.
    static ProxyConfig fromUrl(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    // A manual proxy with a user whose password is still to be read from the keychain.
    bool needsStoredPassword() const { return mode == Mode::Manual && !user.isEmpty() && password.isEmpty(); }
    // Mode, host, port and user (never the password).
    void save() const;

    // Makes every request of `network` follow this configuration (takes effect for new connections).
    void apply(QNetworkAccessManager *network) const;
    // The proxy a request to `url` uses under this configuration (NoProxy for a direct connection).
    QNetworkProxy proxyFor(const QUrl &url) const;

    // "proxy.example.com:3128", "system settings" or "no proxy", for the user; never the password.
    QString displayText() const;

    // True when no_proxy (or NO_PROXY) names `host` (exact, a parent domain, "*", an address or a subnet).
    static bool isExcludedByNoProxy(const QString &host, int port);

private:
    QNetworkProxy manualProxy() const;
    bool m_valid = true;
};

} // namespace LhShare

Q_DECLARE_METATYPE(LhShare::ProxyConfig)
