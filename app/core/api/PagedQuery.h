#pragma once

#include "Job.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace LhShare {

class ApiCall;
class TcClient;

// Fetches every page of a Describe* action, a Job (see Job.h): requests pages of `pageSize` with
// Offset until the collected items reach TotalCount. Each page is an ApiCall of its own, so it
// waits for the action's rate limiter like any other request.
class PagedQuery final : public Job
{
    Q_OBJECT
public:
    PagedQuery(TcClient *client, QString action, QString region, QJsonObject parameters, QString listKey,
               int pageSize = 100, QObject *parent = nullptr);

    QJsonArray items() const { return m_items; }
    int totalCount() const { return m_totalCount; }

Q_SIGNALS:
    void progress(int received, int total);

protected:
    void doStart() override;
    void doAbort() override;

private:
    void requestPage();
    void onPage(const ApiCall *call);

    TcClient *m_client;
    QString m_action;
    QString m_region;
    QJsonObject m_parameters;
    QString m_listKey;
    int m_pageSize;
    QJsonArray m_items;
    int m_totalCount = -1;
    QPointer<ApiCall> m_current;
};

} // namespace LhShare
