#include "BalanceTally.h"

namespace consulta {

namespace {
// Adds delta to the count under key and erases the key when it reaches zero, so that a
// tally never keeps empty entries and stays comparable with a fresh one.
template<typename Map, typename Key>
void bump(Map &map, const Key &key, int delta)
{
    auto it = map.find(key);
    if (it == map.end()) {
        map.insert(key, delta);
        return;
    }
    it.value() += delta;
    if (it.value() == 0)
        map.erase(it);
}

void bumpTime(std::map<qint64, int> &map, qint64 key, int delta)
{
    auto it = map.try_emplace(key, 0).first;
    it->second += delta;
    if (it->second == 0)
        map.erase(it);
}

const QString &genderKey(Gender gender)
{
    static const std::array<QString, 4> keys = {genderCode(Gender::Woman), genderCode(Gender::Man),
                                                genderCode(Gender::Other),
                                                genderCode(Gender::Undisclosed)};
    return keys[static_cast<std::size_t>(gender)];
}

constexpr Stage kStages[] = {Stage::Pool, Stage::Invited, Stage::Registered, Stage::Attended};
} // namespace

void BalanceTally::replace(const BalanceRecord &before, const BalanceRecord &after)
{
    apply(before, -1);
    apply(after, 1);
}

void BalanceTally::clear()
{
    *this = BalanceTally();
}

int BalanceTally::count(Stage stage, Dimension dimension, const QString &code) const
{
    return counts(stage, dimension).value(code, 0);
}

const QHash<QString, int> &BalanceTally::counts(Stage stage, Dimension dimension) const
{
    return m_stages[index(stage)].byDimension[static_cast<std::size_t>(dimension)];
}

int BalanceTally::registeredAfter(const QDateTime &deadline) const
{
    if (!deadline.isValid())
        return 0;
    int late = 0;
    for (auto it = m_registrationTimes.upper_bound(deadline.toMSecsSinceEpoch());
         it != m_registrationTimes.end(); ++it)
        late += it->second;
    return late;
}

void BalanceTally::apply(const BalanceRecord &record, int delta)
{
    for (Stage stage : kStages) {
        if (!isInStage(record.status, stage))
            continue;
        StageCounts &counts = m_stages[index(stage)];
        counts.total += delta;
        bump(counts.byDimension[static_cast<std::size_t>(Dimension::Gender)],
             genderKey(record.gender), delta);
        bump(counts.byDimension[static_cast<std::size_t>(Dimension::Subregion)], record.subregion,
             delta);
        bump(counts.byDimension[static_cast<std::size_t>(Dimension::Sector)], record.sector, delta);
    }
    if (isInStage(record.status, Stage::Registered)) {
        if (record.organizationId != 0)
            bump(m_organizations, record.organizationId, delta);
        if (record.registeredAt.isValid())
            bumpTime(m_registrationTimes, record.registeredAt.toMSecsSinceEpoch(), delta);
    }
}

} // namespace consulta
