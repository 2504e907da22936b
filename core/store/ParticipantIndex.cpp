#include "ParticipantIndex.h"

#include "common/TimeFormat.h"
#include "reference/ReferenceData.h"
#include "reference/TextKey.h"
#include "store/SqliteDatabase.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace consulta {

namespace {

constexpr const char *kIndexColumns =
    "SELECT id, given_name, family_name, email, gender, organization_id, country, status, "
    "registered_at FROM participant";

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

ParticipantIndex::ParticipantIndex(const SqliteDatabase &db)
    : m_db(db)
{}

QString ParticipantIndex::searchKey(const QString &text)
{
    // Plain ASCII needs no normalization: lower-case letters and digits, every other run
    // one space, trimmed — exactly what foldedKey() gives.
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar qc : text) {
        char16_t c = qc.unicode();
        if (c >= 0x80)
            return foldedKey(text);
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        if (!isAsciiAlnum(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(QChar(c));
    }
    return out;
}

void ParticipantIndex::readRow(SqliteStatement &row, Entry &entry)
{
    entry.id = row.integer(0);
    const QString given = row.text(1);
    const QString family = row.text(2);
    entry.nameKey = searchKey(given.isEmpty()    ? family
                              : family.isEmpty() ? given
                                                 : given + QLatin1Char(' ') + family);
    entry.emailKey = row.text(3).toLower();
    entry.gender = genderFromCode(row.text(4)).value_or(Gender::Undisclosed);
    entry.organizationId = row.isNull(5) ? 0 : row.integer(5);
    entry.country = row.text(6);
    auto subregion = m_subregions.constFind(entry.country);
    if (subregion == m_subregions.cend())
        subregion = m_subregions.insert(entry.country,
                                        ReferenceData::instance().subregionOf(entry.country));
    entry.subregion = *subregion;
    entry.status = statusFromCode(row.text(7)).value_or(Status::Identified);
    entry.registeredAt = row.text(8);
}

void ParticipantIndex::countIn(const Entry &entry, int delta)
{
    if (!isInStage(entry.status, Stage::Registered))
        return;
    m_registered += delta;
    if (entry.organizationId != 0)
        m_registeredPerOrganization[entry.organizationId] += delta;
}

void ParticipantIndex::reload()
{
    reloadOrganizations();
    m_entries.clear();
    m_positions.clear();
    m_registeredPerOrganization.clear();
    m_registered = 0;
    const qint64 count = m_db.queryInteger("SELECT count(*) FROM participant", 0);
    m_entries.reserve(std::size_t(count));
    m_positions.reserve(count);
    SqliteStatement row = m_db.prepare(kIndexColumns);
    while (row.next()) {
        Entry entry;
        readRow(row, entry);
        m_positions.insert(entry.id, qsizetype(m_entries.size()));
        countIn(entry, 1);
        m_entries.push_back(std::move(entry));
    }
}

void ParticipantIndex::refresh(const QList<qint64> &ids)
{
    const QByteArray sql = QByteArray(kIndexColumns) + " WHERE id = ?1";
    SqliteStatement row = m_db.prepare(sql.constData());
    for (qint64 id : ids) {
        row.reset();
        row.bind(1, id);
        const auto found = m_positions.constFind(id);
        if (row.next()) {
            Entry entry;
            readRow(row, entry);
            countIn(entry, 1);
            if (found != m_positions.cend()) {
                countIn(m_entries[std::size_t(*found)], -1);
                m_entries[std::size_t(*found)] = std::move(entry);
            } else {
                m_positions.insert(id, qsizetype(m_entries.size()));
                m_entries.push_back(std::move(entry));
            }
        } else if (found != m_positions.cend()) {
            // Swap-remove: the last entry takes the removed one's place.
            const qsizetype position = *found;
            countIn(m_entries[std::size_t(position)], -1);
            m_positions.erase(found);
            if (position != qsizetype(m_entries.size()) - 1) {
                m_entries[std::size_t(position)] = std::move(m_entries.back());
                m_positions[m_entries[std::size_t(position)].id] = position;
            }
            m_entries.pop_back();
        }
    }
}

void ParticipantIndex::reloadOrganizations()
{
    const ReferenceData &reference = ReferenceData::instance();
    m_organizations.clear();
    SqliteStatement row = m_db.prepare("SELECT id, name, country, category FROM organization");
    while (row.next()) {
        OrganizationEntry organization;
        organization.name = row.text(1);
        organization.nameKey = searchKey(organization.name);
        organization.country = row.text(2);
        const QString category = row.text(3);
        organization.category = reference.category(category) ? category : QStringLiteral("unknown");
        m_organizations.insert(row.integer(0), organization);
    }
}

const ParticipantIndex::Entry *ParticipantIndex::entry(qint64 id) const
{
    const auto found = m_positions.constFind(id);
    return found == m_positions.cend() ? nullptr : &m_entries[std::size_t(*found)];
}

const ParticipantIndex::OrganizationEntry *ParticipantIndex::organization(qint64 id) const
{
    const auto found = m_organizations.constFind(id);
    return found == m_organizations.cend() ? nullptr : &*found;
}

QString ParticipantIndex::sectorOf(const Entry &entry) const
{
    const OrganizationEntry *organization = this->organization(entry.organizationId);
    return organization ? organization->category : QStringLiteral("unknown");
}

int ParticipantIndex::registeredIn(qint64 organizationId) const
{
    return m_registeredPerOrganization.value(organizationId, 0);
}

// What one query compares each entry with, prepared once.
struct ParticipantIndex::Query
{
    const ParticipantFilter &filter;
    QString textKey;
    QString emailText;
    QHash<qint64, bool> organizationHits;
    QSet<qint64> overCapacity;
};

bool ParticipantIndex::breaksRule(const Entry &entry, const Query &query) const
{
    if (!isInStage(entry.status, Stage::Registered))
        return false;
    switch (query.filter.rule) {
    case ParticipantRule::None:
        return true;
    case ParticipantRule::OverOrganizationLimit:
        return entry.organizationId != 0 && m_limits.maxPerOrganization > 0 &&
               registeredIn(entry.organizationId) > m_limits.maxPerOrganization;
    case ParticipantRule::LateRegistration: {
        // As the balance tally counts it: the stored time parsed, strictly after.
        if (!m_limits.deadline.isValid() || entry.registeredAt.isEmpty())
            return false;
        const QDateTime at = fromIsoUtc(entry.registeredAt);
        return at.isValid() && at.toMSecsSinceEpoch() > m_limits.deadline.toMSecsSinceEpoch();
    }
    case ParticipantRule::OverCapacity:
        return query.overCapacity.contains(entry.id);
    }
    return false;
}

bool ParticipantIndex::matches(const Entry &entry, const Query &query) const
{
    const ParticipantFilter &filter = query.filter;
    if (filter.status && entry.status != *filter.status)
        return false;
    if (filter.stage && !isInStage(entry.status, *filter.stage))
        return false;
    if (filter.gender && entry.gender != *filter.gender)
        return false;
    if (filter.organizationId != 0 && entry.organizationId != filter.organizationId)
        return false;
    if (!filter.subregion.isEmpty() && entry.subregion != filter.subregion)
        return false;
    if (!filter.sector.isEmpty() && sectorOf(entry) != filter.sector)
        return false;
    if (filter.rule != ParticipantRule::None && !breaksRule(entry, query))
        return false;
    if (query.textKey.isEmpty() && query.emailText.isEmpty())
        return true;
    if (!query.textKey.isEmpty() && entry.nameKey.contains(query.textKey))
        return true;
    if (!query.emailText.isEmpty() && entry.emailKey.contains(query.emailText))
        return true;
    return query.organizationHits.value(entry.organizationId, false);
}

QList<qint64> ParticipantIndex::overCapacityIds() const
{
    if (m_limits.capacity <= 0 || m_registered <= m_limits.capacity)
        return {};
    struct Registered
    {
        qint64 ms; // registration time; people without one last
        qint64 id;
    };
    std::vector<Registered> registered;
    registered.reserve(std::size_t(m_registered));
    for (const Entry &entry : m_entries) {
        if (!isInStage(entry.status, Stage::Registered))
            continue;
        const QDateTime at = fromIsoUtc(entry.registeredAt);
        registered.push_back(
            {at.isValid() ? at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(), entry.id});
    }
    std::sort(registered.begin(), registered.end(), [](const Registered &a, const Registered &b) {
        return a.ms != b.ms ? a.ms < b.ms : a.id < b.id;
    });
    QList<qint64> ids;
    for (std::size_t i = std::size_t(m_limits.capacity); i < registered.size(); ++i)
        ids.append(registered[i].id);
    return ids;
}

QList<qint64> ParticipantIndex::query(const ParticipantFilter &filter, ParticipantSortKey key,
                                      bool descending) const
{
    Query query{filter, searchKey(filter.text), filter.text.trimmed().toLower(), {}, {}};
    if (!query.textKey.isEmpty()) {
        for (auto it = m_organizations.cbegin(); it != m_organizations.cend(); ++it) {
            if (it->nameKey.contains(query.textKey))
                query.organizationHits.insert(it.key(), true);
        }
    }
    if (filter.rule == ParticipantRule::OverCapacity) {
        const QList<qint64> over = overCapacityIds();
        query.overCapacity = QSet<qint64>(over.cbegin(), over.cend());
    }

    std::vector<const Entry *> rows;
    rows.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        if (matches(entry, query))
            rows.push_back(&entry);
    }

    // Small integer or text sort keys per row, then one sort with ties broken by id.
    const ReferenceData &reference = ReferenceData::instance();
    auto countryKey = [&](const QString &code) -> QString {
        auto found = m_countryKeys.constFind(code);
        if (found != m_countryKeys.cend())
            return *found;
        const QString name = reference.countryName(code);
        // A code nobody knows sorts after every named country.
        const QString value = name.isEmpty() ? QStringLiteral("\uffff") + code : searchKey(name);
        m_countryKeys.insert(code, value);
        return value;
    };
    auto organizationKey = [&](const Entry &e) -> QString {
        const OrganizationEntry *organization = this->organization(e.organizationId);
        return organization ? organization->nameKey : QStringLiteral("\uffff");
    };

    struct Keyed
    {
        const Entry *entry;
        QString text;
        int number;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(rows.size());
    for (const Entry *e : rows) {
        Keyed k{e, QString(), 0};
        switch (key) {
        case ParticipantSortKey::Name:
            k.text = e->nameKey;
            break;
        case ParticipantSortKey::Organization:
            k.text = organizationKey(*e);
            break;
        case ParticipantSortKey::Country:
            k.text = countryKey(e->country);
            break;
        case ParticipantSortKey::Subregion:
            k.text = e->subregion;
            break;
        case ParticipantSortKey::Gender:
            k.number = static_cast<int>(e->gender);
            break;
        case ParticipantSortKey::Sector:
            k.text = sectorOf(*e);
            break;
        case ParticipantSortKey::Status:
            k.number = statusRank(e->status);
            break;
        case ParticipantSortKey::RegisteredAt:
            // People never registered sort last.
            k.text = e->registeredAt.isEmpty() ? QStringLiteral("~") : e->registeredAt;
            break;
        case ParticipantSortKey::Email:
            k.text = e->emailKey;
            break;
        case ParticipantSortKey::Id:
            break;
        }
        keyed.push_back(std::move(k));
    }
    auto less = [](const Keyed &a, const Keyed &b) {
        if (a.number != b.number)
            return a.number < b.number;
        if (const int c = a.text.compare(b.text); c != 0)
            return c < 0;
        return a.entry->id < b.entry->id;
    };
    if (descending)
        std::sort(keyed.begin(), keyed.end(),
                  [&](const Keyed &a, const Keyed &b) { return less(b, a); });
    else
        std::sort(keyed.begin(), keyed.end(), less);

    QList<qint64> ids;
    ids.reserve(qsizetype(keyed.size()));
    for (const Keyed &k : keyed)
        ids.append(k.entry->id);
    return ids;
}

} // namespace consulta
