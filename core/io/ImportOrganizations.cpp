#include "ImportOrganizations.h"

#include "store/ImportStore.h"
#include "store/ParticipantIndex.h"

namespace consulta {

namespace {

QString joinKey(const QString &key, const QString &country)
{
    return key + QChar(0x1F) + country;
}

} // namespace

ImportOrganizations::ImportOrganizations(ImportStore &store)
    : m_store(store)
    , m_organizations(store.organizations())
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
    if (key.isEmpty())
        return;
    const QString joined = joinKey(key, organization.country);
    if (!m_byKeyAndCountry.contains(joined))
        m_byKeyAndCountry.insert(joined, position);
    QList<int> &named = m_byKey[key];
    if (!named.contains(position))
        named.append(position);
}

QString ImportOrganizations::nameKey(qint64 id) const
{
    const auto found = m_positions.constFind(id);
    return found == m_positions.cend() ? QString() : m_keys.at(*found);
}

int ImportOrganizations::find(const QString &key, const QString &country) const
{
    if (const auto exact = m_byKeyAndCountry.constFind(joinKey(key, country));
        exact != m_byKeyAndCountry.cend())
        return *exact;
    const auto named = m_byKey.constFind(key);
    if (named == m_byKey.cend() || named->isEmpty())
        return -1;
    if (country.isEmpty())
        return named->constFirst();
    for (const int position : *named) {
        if (m_organizations.at(position).country.isEmpty())
            return position;
    }
    return -1;
}

Result<void> ImportOrganizations::update(int position, const Organization &changed)
{
    const Organization &before = m_organizations.at(position);
    if (!m_changed.contains(before.id)) {
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
    // remembered per spelling (looked up in a reused buffer, without a string per row); what a
    // row may still fill in is checked every time.
    m_lookup.resize(0);
    m_lookup.append(name).append(QChar(0x1F)).append(country);
    int position = -1;
    if (const auto known = m_resolved.constFind(m_lookup); known != m_resolved.cend()) {
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
            m_organizations.append(organization);
            m_keys.append(key);
            m_addedIds.append(*id);
            m_changed.insert(*id); // created here: nothing to restore
            position = int(m_organizations.size() - 1);
            index(position);
            m_resolved.insert(m_lookup, position);
            return organization.id;
        }
        m_resolved.insert(m_lookup, position);
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
