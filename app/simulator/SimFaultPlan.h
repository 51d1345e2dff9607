#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace LhShare {

// Ways the simulator can misbehave on purpose (see Simulator::injectFault for what each does).
enum class SimFault {
    ErrorCode, // API error envelope with the given code; not applied
    Http502Html, // HTTP 502 with an HTML page; not applied
    TruncatedJson, // applied; HTTP 200 whose JSON is cut in half
    NotJson, // applied; HTTP 200 text/html
    ResetBeforeApply, // TCP reset, not applied
    ResetAfterApply, // applied, then TCP reset without an answer
    Stall, // never answers; not applied
    HugeBody, // applied; claims a 4 GiB body and streams filler until the client gives up
    SlowDrip, // applied; a valid response, one byte every 200 ms
    AckNotApplied, // validated, answered as a success with a RequestId; nothing changes
};

// Queue of armed faults. Each request that passed authentication consumes the first entry
// whose action and region match (an empty action or region matches every one). An entry with a period hits
// only every period-th matching request (the others pass it by), so faults spread over a run.
class SimFaultPlan final
{
public:
    struct Entry
    {
        QString action;
        SimFault fault = SimFault::ErrorCode;
        int remaining = 1;
        QString errorCode;
        int period = 1;
        int passed = 0; // matching requests seen since the last hit
        QString region{}; // X-TC-Region it hits; empty: any
    };

    void add(const Entry &entry);
    void clear() { m_entries.clear(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // Consumes one use of the first matching entry.
    std::optional<Entry> take(const QString &action, const QString &region);

    static QString name(SimFault fault);

private:
    QList<Entry> m_entries;
};

} // namespace LhShare
