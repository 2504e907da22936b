#include "ParticipantIndex.h"

#include "common/TimeFormat.h"
#include "model/Participant.h"
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

namespace {

bool isAscii(QByteArrayView text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

char16_t unitCode(QChar unit)
{
    return unit.unicode();
}

char16_t unitCode(char unit)
{
    return char16_t(static_cast<unsigned char>(unit));
}

// searchKey() of plain ASCII, appended as the next word: letters and digits lower-cased,
// every other run one space between words — exactly what foldedKey() gives, without its
// normalization. False, with out half written, at the first unit that is not ASCII.
template<typename Units>
bool appendAsciiKey(QString &out, const Units &text)
{
    bool pendingSpace = !out.isEmpty();
    for (const auto unit : text) {
        char16_t c = unitCode(unit);
        if (c >= 0x80)
            return false;
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
    return true;
}

} // namespace

QString ParticipantIndex::searchKey(const QString &text)
{
    QString out;
    out.reserve(text.size());
    return appendAsciiKey(out, QStringView(text)) ? out : foldedKey(text);
}

void ParticipantIndex::readRow(SqliteStatement &row, Entry &entry)
{
    // Reads the raw UTF-8 where it can: opening 100,000 people should not make a few
    // strings for each of them only to throw them away.
    entry.id = row.integer(0);
    const QByteArrayView given = row.utf8(1);
    const QByteArrayView family = row.utf8(2);
    entry.nameKey.clear();
    entry.nameKey.reserve(given.size() + family.size() + 1);
    if (!appendAsciiKey(entry.nameKey, given) || !appendAsciiKey(entry.nameKey, family)) {
        // The name as shown: family name first in Han and Hangul, so it sorts that way too.
        entry.nameKey = foldedKey(
            Participant::displayName(QString::fromUtf8(given), QString::fromUtf8(family)));
    }
    const QByteArrayView email = row.utf8(3);
    if (isAscii(email)) {
        entry.emailKey = QString(email.size(), Qt::Uninitialized);
        QChar *out = entry.emailKey.data();
        for (const char byte : email)
            *out++ = QLatin1Char(byte >= 'A' && byte <= 'Z' ? char(byte + ('a' - 'A')) : byte);
    } else {
        entry.emailKey = QString::fromUtf8(email).toLower();
    }
    const QByteArrayView gender = row.utf8(4);
    auto knownGender =
        m_genderCodes.constFind(QByteArray::fromRawData(gender.data(), gender.size()));
    if (knownGender == m_genderCodes.cend())
        knownGender = m_genderCodes.insert(
            gender.toByteArray(),
            genderFromCode(QString::fromUtf8(gender)).value_or(Gender::Undisclosed));
    entry.gender = *knownGender;
    entry.organizationId = row.isNull(5) ? 0 : row.integer(5);
    const QByteArrayView country = row.utf8(6);
    auto place = m_places.constFind(QByteArray::fromRawData(country.data(), country.size()));
    if (place == m_places.cend()) {
        const QString code = QString::fromUtf8(country);
        place = m_places.insert(country.toByteArray(),
                                {code, ReferenceData::instance().subregionOf(code)});
    }
    entry.country = place->first;
    entry.subregion = place->second;
    const QByteArrayView status = row.utf8(7);
    auto knownStatus =
        m_statusCodes.constFind(QByteArray::fromRawData(status.data(), status.size()));
    if (knownStatus == m_statusCodes.cend())
        knownStatus = m_statusCodes.insert(
            status.toByteArray(),
            statusFromCode(QString::fromUtf8(status)).value_or(Status::Identified));
    entry.status = *knownStatus;
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
    m_rankValid.fill(false);
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
                Entry &before = m_entries[std::size_t(*found)];
                countIn(before, -1);
                entry.ranks = before.ranks;
                invalidateRanks(before, entry);
                before = std::move(entry);
            } else {
                m_rankValid.fill(false); // a newcomer has no place yet
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
    m_rankValid[std::size_t(rankSlot(ParticipantSortKey::Organization))] = false;
    m_rankValid[std::size_t(rankSlot(ParticipantSortKey::Sector))] = false;
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

    // Text keys sort by their rank, the others by a small number; ties broken by id.
    const int slot = rankSlot(key);
    if (slot != kNotRanked)
        ensureRanks(key);
    struct Keyed
    {
        int number;
        qint64 id;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(rows.size());
    for (const Entry *e : rows) {
        int number = 0;
        if (slot != kNotRanked)
            number = e->ranks[std::size_t(slot)];
        else if (key == ParticipantSortKey::Gender)
            number = static_cast<int>(e->gender);
        else if (key == ParticipantSortKey::Status)
            number = statusRank(e->status);
        keyed.push_back({number, e->id});
    }
    auto less = [](const Keyed &a, const Keyed &b) {
        return a.number != b.number ? a.number < b.number : a.id < b.id;
    };
    if (descending)
        std::sort(keyed.begin(), keyed.end(),
                  [&](const Keyed &a, const Keyed &b) { return less(b, a); });
    else
        std::sort(keyed.begin(), keyed.end(), less);

    QList<qint64> ids;
    ids.reserve(qsizetype(keyed.size()));
    for (const Keyed &k : keyed)
        ids.append(k.id);
    return ids;
}

int ParticipantIndex::rankSlot(ParticipantSortKey key)
{
    switch (key) {
    case ParticipantSortKey::Name:
        return 0;
    case ParticipantSortKey::Organization:
        return 1;
    case ParticipantSortKey::Country:
        return 2;
    case ParticipantSortKey::Subregion:
        return 3;
    case ParticipantSortKey::Sector:
        return 4;
    case ParticipantSortKey::RegisteredAt:
        return 5;
    case ParticipantSortKey::Email:
        return 6;
    case ParticipantSortKey::Gender:
    case ParticipantSortKey::Status:
    case ParticipantSortKey::Id:
        break;
    }
    return kNotRanked;
}

QString ParticipantIndex::textKey(const Entry &entry, ParticipantSortKey key) const
{
    switch (key) {
    case ParticipantSortKey::Name:
        return entry.nameKey;
    case ParticipantSortKey::Organization: {
        const OrganizationEntry *organization = this->organization(entry.organizationId);
        return organization ? organization->nameKey : QStringLiteral("\uffff");
    }
    case ParticipantSortKey::Country: {
        auto found = m_countryKeys.constFind(entry.country);
        if (found != m_countryKeys.cend())
            return *found;
        const QString name = ReferenceData::instance().countryName(entry.country);
        // A code nobody knows sorts after every named country.
        const QString value =
            name.isEmpty() ? QStringLiteral("\uffff") + entry.country : searchKey(name);
        m_countryKeys.insert(entry.country, value);
        return value;
    }
    case ParticipantSortKey::Subregion:
        return entry.subregion;
    case ParticipantSortKey::Sector:
        return sectorOf(entry);
    case ParticipantSortKey::RegisteredAt:
        // People never registered sort last.
        return entry.registeredAt.isEmpty() ? QStringLiteral("~") : entry.registeredAt;
    case ParticipantSortKey::Email:
        return entry.emailKey;
    case ParticipantSortKey::Gender:
    case ParticipantSortKey::Status:
    case ParticipantSortKey::Id:
        break;
    }
    return {};
}

void ParticipantIndex::ensureRanks(ParticipantSortKey key) const
{
    const std::size_t slot = std::size_t(rankSlot(key));
    if (m_rankValid[slot])
        return;
    // The first four UTF-16 units packed into one integer decide most comparisons; the
    // whole text only breaks ties. Same order as QString::compare.
    struct Keyed
    {
        quint64 prefix;
        QString text;
        const Entry *entry;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        QString text = textKey(entry, key);
        quint64 prefix = 0;
        for (qsizetype i = 0; i < 4; ++i)
            prefix = (prefix << 16) | (i < text.size() ? text.at(i).unicode() : 0u);
        keyed.push_back({prefix, std::move(text), &entry});
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        return a.text.size() > 4 && b.text.size() > 4 ? a.text.compare(b.text) < 0
                                                      : a.text.size() < b.text.size();
    });
    int rank = 0;
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        if (i > 0 && (keyed[i].prefix != keyed[i - 1].prefix || keyed[i].text != keyed[i - 1].text))
            ++rank;
        keyed[i].entry->ranks[slot] = rank;
    }
    m_rankValid[slot] = true;
}

void ParticipantIndex::invalidateRanks(const Entry &before, const Entry &after)
{
    for (ParticipantSortKey key :
         {ParticipantSortKey::Name, ParticipantSortKey::Organization, ParticipantSortKey::Country,
          ParticipantSortKey::Subregion, ParticipantSortKey::Sector,
          ParticipantSortKey::RegisteredAt, ParticipantSortKey::Email}) {
        const std::size_t slot = std::size_t(rankSlot(key));
        if (m_rankValid[slot] && textKey(before, key) != textKey(after, key))
            m_rankValid[slot] = false;
    }
}

} // namespace consulta
