#include "ImportOrganizations.h"

#include "store/ImportStore.h"
#include "store/ParticipantIndex.h"

namespace consulta {

ImportOrganizations::ImportOrganizations(ImportStore &store)
    : m_store(store)
    , m_organizations(store.organizations())
    , m_existing(int(m_organizations.size()))
{
    m_keys.reserve(m_organizations.size());
    for (int i = 0; i < m_organizations.size(); ++i) {
        m_keys.append(ParticipantIndex::searchKey(m_organizations.at(i).name));
        index(i);
    }
}

void ImportOrganizations::index(int position)
{
    const Organization &organization = m_organizations.at(position);
    const QString &key = m_keys.at(position);
    m_positions.insert(organization.id, position);
    if (size_t(position) >= m_nextWithKey.size())
        m_nextWithKey.resize(size_t(position) + 1, -1);
    if (key.isEmpty())
        return;
    const Pair keyAndCountry(key, organization.country);
    if (!m_byKeyAndCountry.contains(keyAndCountry))
        m_byKeyAndCountry.insert(keyAndCountry, position);
    // Chained oldest first; an organization indexed again (its country filled in) is in the
    // chain already.
    const auto first = m_firstByKey.constFind(key);
    if (first == m_firstByKey.cend()) {
        m_firstByKey.insert(key, position);
        return;
    }
    int last = *first;
    while (last != position && m_nextWithKey[size_t(last)] >= 0)
        last = m_nextWithKey[size_t(last)];
    if (last != position)
        m_nextWithKey[size_t(last)] = position;
}

QString ImportOrganizations::nameKey(qint64 id) const
{
    const auto found = m_positions.constFind(id);
    return found == m_positions.cend() ? QString() : m_keys.at(*found);
}

int ImportOrganizations::find(const QString &key, const QString &country) const
{
    if (const auto exact = m_byKeyAndCountry.constFind(Pair(key, country));
        exact != m_byKeyAndCountry.cend())
        return *exact;
    const auto first = m_firstByKey.constFind(key);
    if (first == m_firstByKey.cend())
        return -1;
    if (country.isEmpty())
        return *first;
    for (int position = *first; position >= 0; position = m_nextWithKey[size_t(position)]) {
        if (m_organizations.at(position).country.isEmpty())
            return position;
    }
    return -1;
}

Result<void> ImportOrganizations::update(int position, const Organization &changed)
{
    const Organization &before = m_organizations.at(position);
    if (position < m_existing && !m_changed.contains(before.id)) {
        m_changed.insert(before.id);
        m_before.append(before);
    }
    if (Result<void> written = m_store.updateOrganization(changed); !written)
        return written;
    m_organizations[position] = changed;
    index(position);
    return {};
}

Result<qint64> ImportOrganizations::resolve(const QString &name, const QString &key,
                                            const QString &country, const QString &sector)
{
    if (name.isEmpty() || key.isEmpty())
        return qint64(0);
    // Rows of one organization repeat its name and country as written, and the organization
    // they find never changes: find() prefers the first organization indexed for a key, the
    // list only grows, and a filled-in country only adds an index entry. So the position is
    // remembered per spelling; what a row may still fill in is checked every time.
    const Pair spelling(name, country);
    int position = -1;
    if (const auto known = m_resolved.constFind(spelling); known != m_resolved.cend()) {
        position = *known;
    } else {
        position = find(key, country);
        if (position < 0) {
            Organization organization;
            organization.name = name;
            organization.country = country;
            organization.category = sector;
            Result<qint64> id = m_store.insertOrganization(organization);
            if (!id)
                return id;
            organization.id = *id;
            m_organizations.append(std::move(organization));
            m_keys.append(key);
            m_addedIds.append(*id);
            position = int(m_organizations.size() - 1);
            index(position);
            m_resolved.insert(spelling, position);
            return *id;
        }
        m_resolved.insert(spelling, position);
    }
    const Organization &current = m_organizations.at(position);
    const bool fillCountry = current.country.isEmpty() && !country.isEmpty();
    const bool fillCategory = current.category.isEmpty() && !sector.isEmpty();
    if (fillCountry || fillCategory) {
        Organization organization = current;
        if (fillCountry)
            organization.country = country;
        if (fillCategory)
            organization.category = sector;
        if (Result<void> updated = update(position, organization); !updated)
            return updated.error();
    }
    return m_organizations.at(position).id;
}

} // namespace consulta
