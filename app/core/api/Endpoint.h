#pragma once

#include <QCoreApplication>

#include <QString>
#include <QUrl>

namespace LhShare {

// Where API requests go. Accepts "default" (or empty), "intl", a bare host name such as
// "lighthouse.ap-guangzhou.tencentcloudapi.com", or a full URL. Plain http is accepted only for
// loopback hosts (the simulator); anything else must be https.
class Endpoint final
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    Endpoint() = default;

    static Endpoint parse(const QString &text, QString *error = nullptr);
    static Endpoint defaultEndpoint();
    static Endpoint international();
    static Endpoint regionPinned(const QString &region);

    bool isValid() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    // The value of the Host header: host, plus ":port" when the port is not the scheme's default.
    QString hostHeader() const;
    bool isLoopback() const;
    // True for *.tencentcloudapi.com.
    bool isTencentCloud() const;
    // Neither Tencent Cloud nor this computer: allowed, but the user must see that the SecretId,
    // the token and the signed requests go there.
    bool isOutsideTencentCloud() const { return isValid() && !isTencentCloud() && !isLoopback(); }
    // The one sentence that says so, naming the host; "" when the endpoint is not outside.
    QString outsideWarning() const;
    QString toString() const { return m_url.toString(); }

    static bool isLoopbackHost(const QString &host);
    // The region of a region-pinned endpoint ("lighthouse.ap-guangzhou.tencentcloudapi.com", as
    // regionPinned() writes it), or "" for anything else, "lighthouse.intl.…" included.
    static QString pinnedRegion(const QString &text);

private:
    explicit Endpoint(QUrl url)
        : m_url(std::move(url))
    {
    }
    QUrl m_url;
};

} // namespace LhShare
