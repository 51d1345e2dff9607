#include "SimFaultPlan.h"

namespace LhShare {

void SimFaultPlan::add(const Entry &entry)
{
    if (entry.remaining > 0)
        m_entries.append(entry);
}

std::optional<SimFaultPlan::Entry> SimFaultPlan::take(const QString &action, const QString &region)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if ((!entry.action.isEmpty() && entry.action != action) || (!entry.region.isEmpty() && entry.region != region))
            continue;
        if (++entry.passed < entry.period)
            continue;
        entry.passed = 0;
        const Entry taken = entry;
        if (--entry.remaining <= 0)
            m_entries.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QString SimFaultPlan::name(SimFault fault)
{
    switch (fault) {
    case SimFault::ErrorCode:
        return QStringLiteral("ErrorCode");
    case SimFault::Http502Html:
        return QStringLiteral("Http502Html");
    case SimFault::TruncatedJson:
        return QStringLiteral("TruncatedJson");
    case SimFault::NotJson:
        return QStringLiteral("NotJson");
    case SimFault::ResetBeforeApply:
        return QStringLiteral("ResetBeforeApply");
    case SimFault::ResetAfterApply:
        return QStringLiteral("ResetAfterApply");
    case SimFault::Stall:
        return QStringLiteral("Stall");
    case SimFault::HugeBody:
        return QStringLiteral("HugeBody");
    case SimFault::SlowDrip:
        return QStringLiteral("SlowDrip");
    case SimFault::AckNotApplied:
        return QStringLiteral("AckNotApplied");
    }
    return {};
}

} // namespace LhShare
