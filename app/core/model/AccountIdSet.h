#pragma once

#include <QtGlobal>

#include <vector>

namespace LhShare {

// An account ID as a number: 5–16 digits fit in 64 bits, and a valid one is never 0.
using AccountId = quint64;

// The set of account IDs seen so far, for merging duplicates in a million-line list: one flat
// array of IDs with linear probing (8 bytes a slot, no node per ID, no allocation per insert
// beyond the array doubling), 0 marking a free slot.
class AccountIdSet final
{
public:
    // True when id was not in the set yet. id must not be 0.
    bool insert(AccountId id);
    bool contains(AccountId id) const;
    qsizetype size() const { return m_size; }
    void clear();
    // Room for `count` IDs in all without growing.
    void reserve(qsizetype count);
    // Asks for the memory insert(id) will probe: a lookup in a table larger than the caches costs
    // a miss, and issuing it a few tokens early hides most of it.
    void prefetch(AccountId id) const
    {
#if defined(__GNUC__)
        if (!m_slots.empty())
            __builtin_prefetch(m_slots.data() + home(id));
#else
        Q_UNUSED(id);
#endif
    }

private:
    // Fibonacci hashing: the top bits of the product spread nearby IDs over the table.
    qsizetype home(AccountId id) const
    {
        return qsizetype((id * 0x9E3779B97F4A7C15ULL) >> (64 - m_bits));
    }
    qsizetype slotOf(AccountId id) const;
    void resize(int bits);

    std::vector<AccountId> m_slots;
    qsizetype m_size = 0;
    int m_bits = 0; // m_slots.size() == 1 << m_bits
};

} // namespace LhShare
