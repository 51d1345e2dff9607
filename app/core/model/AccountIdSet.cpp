#include "AccountIdSet.h"

namespace LhShare {

namespace {
constexpr int kInitialBits = 10;
}

qsizetype AccountIdSet::slotOf(AccountId id) const
{
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    qsizetype slot = home(id);
    while (m_slots[size_t(slot)] != 0 && m_slots[size_t(slot)] != id)
        slot = (slot + 1) & mask;
    return slot;
}

bool AccountIdSet::insert(AccountId id)
{
    Q_ASSERT(id != 0);
    // At most half full, so probe runs stay short.
    if ((m_size + 1) * 2 > qsizetype(m_slots.size()))
        resize(m_bits == 0 ? kInitialBits : m_bits + 1);
    const qsizetype slot = slotOf(id);
    if (m_slots[size_t(slot)] == id)
        return false;
    m_slots[size_t(slot)] = id;
    ++m_size;
    return true;
}

bool AccountIdSet::contains(AccountId id) const
{
    return m_size > 0 && m_slots[size_t(slotOf(id))] == id;
}

void AccountIdSet::clear()
{
    m_slots.clear();
    m_size = 0;
    m_bits = 0;
}

void AccountIdSet::reserve(qsizetype count)
{
    int bits = qMax(m_bits, kInitialBits);
    while ((qsizetype(1) << bits) < count * 2)
        ++bits;
    if (bits != m_bits)
        resize(bits);
}

void AccountIdSet::resize(int bits)
{
    std::vector<AccountId> old;
    old.swap(m_slots);
    m_bits = bits;
    m_slots.assign(size_t(1) << m_bits, 0);
    for (AccountId id : old) {
        if (id != 0)
            m_slots[size_t(slotOf(id))] = id;
    }
}

} // namespace LhShare
