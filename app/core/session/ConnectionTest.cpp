#include "ConnectionTest.h"

#include "Session.h"
#include "api/ApiCall.h"
#include "api/LighthouseService.h"

namespace LhShare {

ConnectionTest::ConnectionTest(Session *session, QObject *parent)
    : Job(parent)
    , m_session(session)
{
}

void ConnectionTest::doStart()
{
    if (!m_session) {
        emitResult(canceled(tr("The connection is gone.")));
        return;
    }
    ApiCall *call = m_session->service()->describeRegions();
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->error().isError())
            m_regionCount = int(LighthouseService::regionsFrom(call).size());
        emitResult(call->error());
    });
    call->start();
}

void ConnectionTest::doAbort()
{
    if (m_call)
        m_call->abort(); // its finished() ends the test as canceled
    else
        Job::doAbort();
}

QString ConnectionTest::outcomeText() const
{
    if (!hasError())
        return tr("Connection works: the endpoint accepted the signed request and listed %n region(s).", nullptr,
                  m_regionCount);
    QString text = tr("Connection test failed: %1").arg(error().userMessage()) + QLatin1Char('\n')
        + tr("Code: %1").arg(error().code);
    if (!error().requestId.isEmpty())
        text += QLatin1Char('\n') + tr("RequestId: %1").arg(error().requestId);
    return text;
}

} // namespace LhShare
