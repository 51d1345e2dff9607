#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace LhShare {

class ApiCall;
class TcClient;

// Fetches every page of a Describe* action: requests pages of `pageSize` with Offset until the
// collected items reach TotalCount. Emits finished() once; self-deletes afterwards.
class PagedQuery final : public QObject
{
    Q_OBJECT
public:
    PagedQuery(TcClient *client, QString action, QString region, QJsonObject parameters, QString listKey,
               int pageSize = 100, QObject *parent = nullptr);

    void start();
    void abort();

    QJsonArray items() const { return m_items; }
    ApiError error() const { return m_error; }
    int totalCount() const { return m_totalCount; }

Q_SIGNALS:
    void progress(int received, int total);
    void finished();

private:
    void requestPage();
    void finish(const ApiError &error = {});

    TcClient *m_client;
    QString m_action;
    QString m_region;
    QJsonObject m_parameters;
    QString m_listKey;
    int m_pageSize;
    QJsonArray m_items;
    int m_totalCount = -1;
    ApiError m_error;
    QPointer<ApiCall> m_current;
    bool m_finished = false;
};

} // namespace LhShare
