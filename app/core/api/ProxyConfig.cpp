#include "ProxyConfig.h"

#include "Endpoint.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QUrl>

namespace LhShare {

namespace {
const QString kModeKey = QStringLiteral("network/proxy");
const QString kHostKey = QStringLiteral("network/proxyHost");
const QString kPortKey = QStringLiteral("network/proxyPort");
const QString kUserKey = QStringLiteral("network/proxyUser");

QString modeName(ProxyConfig::Mode mode)
{
    switch (mode) {
    case ProxyConfig::Mode::None:
        return QStringLiteral("none");
    case ProxyConfig::Mode::Manual:
        return QStringLiteral("manual");
    case ProxyConfig::Mode::System:
        break;
    }
    return QStringLiteral("system");
}

// The first non-empty one of the variables, lower-case spelling first (as curl reads them).
QString environmentProxy(const QString &scheme)
{
    QList<const char *> names;
    if (scheme == QLatin1String("https"))
        names = {"https_proxy", "HTTPS_PROXY"};
    else if (scheme == QLatin1String("http"))
        names = {"http_proxy"}; // not HTTP_PROXY: CGI servers set that one from a request header
    names << "all_proxy"
          << "ALL_PROXY";
    for (const char *name : std::as_const(names)) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool noProxyEntryMatches(QString entry, const QString &host, int port)
{
    if (entry == QLatin1String("*"))
        return true;
    const QHostAddress address(host);
    if (!address.isNull()) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
        if (subnet.first.isNull())
            return QHostAddress(entry) == address;
        return address.isInSubnet(subnet);
    }
    // "example.com:8443" applies to that port only; a bare address has no port to strip.
    const int colon = entry.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && entry.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const int entryPort = entry.mid(colon + 1).toInt(&ok);
        if (!ok || entryPort != port)
            return false;
        entry.truncate(colon);
    }
    // "example.com", ".example.com" and "*.example.com" all cover the domain and every host in it.
    if (entry.startsWith(QLatin1String("*.")))
        entry.remove(0, 1);
    if (entry.startsWith(QLatin1Char('.')))
        entry.remove(0, 1);
    if (entry.isEmpty())
        return false;
    return host.compare(entry, Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1Char('.') + entry, Qt::CaseInsensitive);
}

// Asked by the network manager for every new connection; it owns the factory.
class Factory final : public QNetworkProxyFactory
{
public:
    explicit Factory(const ProxyConfig &config)
        : m_config(config)
    {
    }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return {m_config.proxyFor(query.url())};
    }

private:
    const ProxyConfig m_config;
};
} // namespace

ProxyConfig ProxyConfig::fromSettings()
{
    const QSettings settings;
    ProxyConfig config;
    const QString mode = settings.value(kModeKey).toString();
    if (mode == QLatin1String("none")) {
        config.mode = Mode::None;
    } else if (mode == QLatin1String("manual")) {
        config.mode = Mode::Manual;
        config.host = settings.value(kHostKey).toString();
        config.port = quint16(settings.value(kPortKey).toUInt());
        config.user = settings.value(kUserKey).toString();
        config.m_valid = !config.host.isEmpty() && config.port > 0;
    }
    return config;
}

ProxyConfig ProxyConfig::fromCommandLine(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return {};
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        ProxyConfig config;
        config.mode = Mode::None;
        return config;
    }
    return fromUrl(trimmed, error);
}

ProxyConfig ProxyConfig::fromUrl(const QString &text, QString *error)
{
    ProxyConfig config;
    config.mode = Mode::None;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return config;
    const QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed);
    QString why;
    if (!url.isValid() || url.host().isEmpty())
        why = tr("“%1” is not a proxy address (expected host:port or http://host:port).")
                  .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    else if (url.scheme() != QLatin1String("http"))
        why = tr("Only HTTP proxies are supported (the address starts with “%1://”).").arg(url.scheme());
    else if (url.port() <= 0)
        why = tr("The proxy address “%1” needs a port, e.g. %2:3128.").arg(url.host(), url.host());
    if (!why.isEmpty()) {
        config.m_valid = false;
        if (error)
            *error = why;
        return config;
    }
    config.mode = Mode::Manual;
    config.host = url.host();
    config.port = quint16(url.port());
    config.user = url.userName();
    config.password = url.password();
    return config;
}

void ProxyConfig::save() const
{
    QSettings settings;
    settings.setValue(kModeKey, modeName(mode));
    if (mode == Mode::Manual) {
        settings.setValue(kHostKey, host);
        settings.setValue(kPortKey, port);
        settings.setValue(kUserKey, user);
    }
}

void ProxyConfig::apply(QNetworkAccessManager *network) const
{
    network->setProxyFactory(new Factory(*this));
}

QNetworkProxy ProxyConfig::proxyFor(const QUrl &url) const
{
    const QString host = url.host();
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    if (mode == Mode::None || Endpoint::isLoopbackHost(host) || isExcludedByNoProxy(host, port))
        return QNetworkProxy::NoProxy;
    if (mode == Mode::Manual)
        return manualProxy();
    const QString fromEnvironment = environmentProxy(url.scheme());
    if (!fromEnvironment.isEmpty()) {
        const ProxyConfig variable = fromUrl(fromEnvironment);
        if (variable.isValid())
            return variable.mode == Mode::Manual ? variable.manualProxy() : QNetworkProxy(QNetworkProxy::NoProxy);
    }
    // The desktop's settings (GNOME, KDE, a PAC file: whatever the platform reports).
    const QList<QNetworkProxy> desktop = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    return desktop.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : desktop.constFirst();
}

QString ProxyConfig::displayText() const
{
    switch (mode) {
    case Mode::None:
        return tr("no proxy");
    case Mode::Manual:
        return user.isEmpty() ? QStringLiteral("%1:%2").arg(host).arg(port)
                              : QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
    case Mode::System:
        break;
    }
    return tr("the system's proxy settings");
}

bool ProxyConfig::isExcludedByNoProxy(const QString &host, int port)
{
    QString list = qEnvironmentVariable("no_proxy");
    if (list.trimmed().isEmpty())
        list = qEnvironmentVariable("NO_PROXY");
    const QStringList entries = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::any_of(entries.begin(), entries.end(),
                       [&](const QString &entry) { return noProxyEntryMatches(entry.trimmed(), host, port); });
}

QNetworkProxy ProxyConfig::manualProxy() const
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, host, port, user, password);
}

} // namespace LhShare
