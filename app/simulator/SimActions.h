#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace LhShare {

class SimState;

// The five Lighthouse actions: parameter validation in the server's order (format and count,
// then existence, then share state) and, when everything passes, the effect on SimState.
// It knows nothing about HTTP or signatures; Simulator calls it after authentication.
//
//   SimActions actions(&state);
//   SimActions::Result r = actions.run("ShareBlueprintAcrossAccounts", "ap-guangzhou", params, now, "en-US");
//   if (r.ok()) … r.fields go into "Response" next to the RequestId
class SimActions final
{
public:
    struct Result
    {
        QString errorCode; // empty on success
        QString message;
        QJsonObject fields; // success payload (without RequestId)
        bool applied = false; // the request took effect (state changed, or the data was read)

        bool ok() const { return errorCode.isEmpty(); }
    };

    explicit SimActions(SimState *state);

    static QStringList knownActions();
    // Every Lighthouse region (DescribeRegions); Share and Cancel work in fewer of them.
    static QStringList regionIds();
    static bool isKnownAction(const QString &action) { return knownActions().contains(action); }
    // GET requests carry parameters flattened in the query ("Filters.0.Values.1=x"): rebuild the
    // JSON object a POST would have carried.
    static QJsonObject paramsFromQuery(const QByteArray &query);

    void setOwnerAccountId(const QString &accountId) { m_ownerAccountId = accountId; }
    QString ownerAccountId() const { return m_ownerAccountId; }
    void setNonexistentAccounts(const QStringList &accounts);
    void setShareInfosAvailable(bool available) { m_shareInfosAvailable = available; }
    bool shareInfosAvailable() const { return m_shareInfosAvailable; }

    // False for DescribeBlueprintsShareAcrossAccountInfos when the API is switched off (intl site).
    bool isOffered(const QString &action) const;

    // language: the request's X-TC-Language ("en-US" for English; otherwise Chinese, as the service).
    Result run(const QString &action, const QString &region, const QJsonObject &params, const QDateTime &now,
               const QString &language = {});

private:
    Result describeRegions(const QJsonObject &params, const QString &language);
    Result describeBlueprints(const QString &region, const QJsonObject &params);
    Result describeShareInfos(const QString &region, const QJsonObject &params);
    Result changeShares(bool share, const QString &region, const QJsonObject &params, const QDateTime &now);

    SimState *m_state;
    QString m_ownerAccountId = QStringLiteral("100000000001");
    QSet<QString> m_nonexistentAccounts;
    bool m_shareInfosAvailable = true;
};

} // namespace LhShare
