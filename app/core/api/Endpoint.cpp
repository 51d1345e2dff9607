#include "Endpoint.h"

#include "model/Region.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace LhShare {

namespace {
const QString kDefaultHost = QStringLiteral("lighthouse.tencentcloudapi.com");
const QString kIntlHost = QStringLiteral("lighthouse.intl.tencentcloudapi.com");
const QString kTencentCloudDomain = QStringLiteral(".tencentcloudapi.com");

QUrl httpsUrl(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace

Endpoint Endpoint::defaultEndpoint()
{
    return Endpoint(httpsUrl(kDefaultHost));
}

Endpoint Endpoint::international()
{
    return Endpoint(httpsUrl(kIntlHost));
}

Endpoint Endpoint::regionPinned(const QString &region)
{
    return Endpoint(httpsUrl(QStringLiteral("lighthouse.%1.tencentcloudapi.com").arg(region)));
}

bool Endpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Endpoint Endpoint::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("default"))
        return defaultEndpoint();
    if (trimmed == QLatin1String("intl"))
        return international();

    QUrl url = trimmed.contains(QStringLiteral("://")) ? QUrl(trimmed, QUrl::StrictMode) : httpsUrl(trimmed);
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return Endpoint();
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("“%1” is not a valid endpoint URL.").arg(trimmed));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || (url.path() != QLatin1String("/") && !url.path().isEmpty()))
        return fail(tr("The endpoint “%1” must be a scheme, host and optional port only.").arg(trimmed));

    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return fail(
                tr("Refusing plain http to “%1”: only loopback addresses (the simulator) may use http; use https.")
                    .arg(url.host()));
    } else if (scheme != QLatin1String("https")) {
        return fail(tr("The endpoint scheme “%1” is not supported; use https.").arg(url.scheme()));
    }
    url.setScheme(scheme);
    url.setPath(QStringLiteral("/"));
    return Endpoint(url);
}

QString Endpoint::hostHeader() const
{
    const int defaultPort = m_url.scheme() == QLatin1String("http") ? 80 : 443;
    const int port = m_url.port(defaultPort);
    QString host = m_url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return port == defaultPort ? host : host + QLatin1Char(':') + QString::number(port);
}

bool Endpoint::isLoopback() const
{
    return isLoopbackHost(m_url.host());
}

bool Endpoint::isTencentCloud() const
{
    // QUrl keeps host names in lower case; a trailing dot or a longer suffix is someone else's name.
    return isValid() && m_url.scheme() == QLatin1String("https") && m_url.host().endsWith(kTencentCloudDomain);
}

QString Endpoint::outsideWarning() const
{
    if (!isOutsideTencentCloud())
        return {};
    return tr("The endpoint %1 is not a Tencent Cloud address (*.tencentcloudapi.com): the SecretId, the session "
              "token and every signed request go to it.")
        .arg(hostHeader());
}

QString Endpoint::pinnedRegion(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^lighthouse\\.([a-z0-9-]+)\\.tencentcloudapi\\.com$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() && Region::isSupported(match.captured(1)) ? match.captured(1) : QString();
}

} // namespace LhShare
