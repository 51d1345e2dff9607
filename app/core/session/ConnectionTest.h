#pragma once

#include "api/Job.h"

#include <QPointer>

namespace LhShare {

class ApiCall;
class Session;

// The connection test of a profile: one signed DescribeRegions, which reads nothing of the
// account and changes nothing. Succeeds when the endpoint answered and accepted the signature.
//
//   auto *test = new ConnectionTest(session, this);
//   connect(test, &Job::finished, this, [test] { show(test->outcomeText()); });
//   test->start();
class ConnectionTest final : public Job
{
    Q_OBJECT
public:
    // `session` (not owned) must outlive the test.
    explicit ConnectionTest(Session *session, QObject *parent = nullptr);

    int regionCount() const { return m_regionCount; }
    // The outcome in plain words, several lines on failure (explanation, code, RequestId).
    QString outcomeText() const;

protected:
    void doStart() override;
    void doAbort() override;

private:
    QPointer<Session> m_session;
    QPointer<ApiCall> m_call;
    int m_regionCount = 0;
};

} // namespace LhShare
