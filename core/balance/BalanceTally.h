#pragma once

#include "BalanceRecord.h"
#include "model/BalanceTargets.h"

#include <QHash>

#include <array>
#include <map>

namespace consulta {

// Running counts behind the balance figures, so that a change to one participant
// updates the dashboard without rescanning the others: add, remove and replace cost a
// handful of hash updates (O(1)) plus one ordered-map update for registration times
// (O(log n)).
//
// The tally is a signed sum of records: remove() is the exact inverse of add(), and a
// key whose count returns to zero is erased, so any sequence of adds and removes ends
// equal (operator==) to a fresh tally of the records that remain. Removing a record
// that was never added is the caller's mistake and leaves negative counts behind.
//
// Category codes are kept as given; BalanceCalculator decides which are in scope.
class BalanceTally
{
public:
    void add(const BalanceRecord &record) { apply(record, 1); }
    void remove(const BalanceRecord &record) { apply(record, -1); }
    void replace(const BalanceRecord &before, const BalanceRecord &after);
    void clear();

    // People in a stage, every category included.
    int total(Stage stage) const { return m_stages[index(stage)].total; }
    // People in a stage whose category in a dimension is code.
    int count(Stage stage, Dimension dimension, const QString &code) const;
    // Every code seen in a stage and dimension with its count (no zero counts).
    const QHash<QString, int> &counts(Stage stage, Dimension dimension) const;

    // People per organization in the registered stage; organization 0 (none) is left out.
    const QHash<qint64, int> &registeredPerOrganization() const { return m_organizations; }
    // People in the registered stage whose registration time is strictly after the
    // deadline; 0 for an invalid deadline. People with no registration time are never
    // late. Costs O(log n + number of distinct late times).
    int registeredAfter(const QDateTime &deadline) const;

    friend bool operator==(const BalanceTally &, const BalanceTally &) = default;

private:
    struct StageCounts
    {
        int total = 0;
        std::array<QHash<QString, int>, 3> byDimension; // indexed by Dimension

        friend bool operator==(const StageCounts &, const StageCounts &) = default;
    };

    static std::size_t index(Stage stage) { return static_cast<std::size_t>(stage); }
    void apply(const BalanceRecord &record, int delta);

    std::array<StageCounts, 4> m_stages; // indexed by Stage
    QHash<qint64, int> m_organizations;
    std::map<qint64, int> m_registrationTimes; // ms since the epoch (UTC) → people
};

} // namespace consulta
