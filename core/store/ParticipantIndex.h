#pragma once

#include "model/Gender.h"
#include "model/Status.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace consulta {

class SqliteDatabase;
class SqliteStatement;

// The rules reported beside balance (DESIGN "Balance, exactly"), as a filter: the people
// each is about, all in the registered stage.
enum class ParticipantRule
{
    None,
    OverOrganizationLimit, // of an organization with more registered than the limit
    LateRegistration,      // registered after the deadline
    OverCapacity,          // registered beyond the capacity, the latest registrations first
};

// Which participants a list shows. Empty texts and unset options match everyone.
struct ParticipantFilter
{
    QString text; // as typed; matched on name, organization and e-mail
    std::optional<Status> status;
    QString subregion; // ENEA … PAC, NONREG, outside, unknown
    std::optional<Gender> gender;
    QString sector; // a stakeholder category code or "unknown"
    std::optional<Stage> stage;
    ParticipantRule rule = ParticipantRule::None;
    qint64 organizationId = 0; // people of this organization; 0 = any

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !status && subregion.isEmpty() && !gender &&
               sector.isEmpty() && !stage && rule == ParticipantRule::None && organizationId == 0;
    }
    friend bool operator==(const ParticipantFilter &, const ParticipantFilter &) = default;
};

enum class ParticipantSortKey
{
    Name,
    Organization,
    Country,
    Subregion,
    Gender,
    Sector,
    Status,
    RegisteredAt,
    Email,
    Id,
};

// Compact in-memory columns of every participant of a document: what sorting and
// filtering 100,000 people needs (folded keys, codes, ids), not what a table shows.
// A view keeps only the ids of its current order and reads the rows it paints from
// the store. Text matching uses foldedKey(): case- and accent-insensitive for Latin,
// Greek and Cyrillic letters, exact for every other script.
//
// The index is a cache of the store: after an edit, refresh() the ids it touched and
// reloadOrganizations() after an organization changed.
class ParticipantIndex
{
    // How many sort keys order by text (and so get ranks).
    static constexpr std::size_t kRankedKeys = 7;

public:
    struct Entry
    {
        qint64 id = 0;
        Status status = Status::Identified;
        Gender gender = Gender::Undisclosed;
        qint64 organizationId = 0;
        QString country;      // ISO code as stored
        QString subregion;    // resolved from the country
        QString nameKey;      // foldedKey of the display name
        QString emailKey;     // lower-case e-mail
        QString registeredAt; // ISO UTC text (sorts as time), empty when none
        // The entry's place in the order of each text sort key (equal keys, equal
        // places), valid while the index's rankValid flag for the key is set.
        mutable std::array<int, kRankedKeys> ranks{};
    };

    struct OrganizationEntry
    {
        QString name;
        QString nameKey;
        QString country;
        QString category; // a known category code or "unknown"
    };

    // What the rule filters compare with: the consultation's deadline, limit per
    // organization (0 = none) and capacity (0 = none).
    struct RuleLimits
    {
        QDateTime deadline;
        int maxPerOrganization = 0;
        int capacity = 0;
    };

    explicit ParticipantIndex(const SqliteDatabase &db);

    void setRuleLimits(const RuleLimits &limits) { m_limits = limits; }
    const RuleLimits &ruleLimits() const { return m_limits; }

    // Reads every participant and organization again.
    void reload();
    // Re-reads these participants: changed ones are updated, new ones added, deleted
    // ones dropped.
    void refresh(const QList<qint64> &ids);
    void reloadOrganizations();

    int size() const { return int(m_entries.size()); }
    // Every entry, in no particular order.
    const std::vector<Entry> &entries() const { return m_entries; }
    const Entry *entry(qint64 id) const;
    const OrganizationEntry *organization(qint64 id) const;
    const QHash<qint64, OrganizationEntry> &organizations() const { return m_organizations; }
    // The participant's sector: the organization's category or "unknown".
    QString sectorOf(const Entry &entry) const;

    // The ids matching a filter, in the given order (ties broken by id).
    QList<qint64> query(const ParticipantFilter &filter, ParticipantSortKey key,
                        bool descending = false) const;

    // People per organization in the registered stage.
    int registeredIn(qint64 organizationId) const;
    // People in the registered stage overall.
    int registeredCount() const { return m_registered; }

    // foldedKey() with a fast path for plain ASCII text; the same result.
    static QString searchKey(const QString &text);

    // The ids of the registered stage beyond the capacity: those who registered last
    // (people with no registration time count as last of all, ties by id); empty when
    // no capacity is set or the stage is within it.
    QList<qint64> overCapacityIds() const;

private:
    // Sort keys ordered by text get ranks, computed once and kept until a change
    // touches the key: sorting 100,000 people then compares integers, not strings.
    static constexpr int kNotRanked = -1;
    static int rankSlot(ParticipantSortKey key);
    QString textKey(const Entry &entry, ParticipantSortKey key) const;
    void ensureRanks(ParticipantSortKey key) const;
    void invalidateRanks(const Entry &before, const Entry &after);
    struct Query;
    bool matches(const Entry &entry, const Query &query) const;
    bool breaksRule(const Entry &entry, const Query &query) const;
    void readRow(SqliteStatement &row, Entry &entry);
    void countIn(const Entry &entry, int delta);

    const SqliteDatabase &m_db;
    std::vector<Entry> m_entries;
    QHash<qint64, qsizetype> m_positions; // id → position in m_entries
    QHash<qint64, OrganizationEntry> m_organizations;
    // Stored codes seen so far, read once each.
    QHash<QByteArray, Gender> m_genderCodes;
    QHash<QByteArray, Status> m_statusCodes;
    QHash<QByteArray, std::pair<QString, QString>> m_places; // country → (code, subregion)
    mutable QHash<QString, QString> m_countryKeys; // country code → folded name, for sorting
    mutable std::array<bool, kRankedKeys> m_rankValid{};
    QHash<qint64, int> m_registeredPerOrganization;
    int m_registered = 0;
    RuleLimits m_limits;
};

} // namespace consulta
