#include "BalanceFeed.h"

#include "BalancePage.h"
#include "DocumentSession.h"

namespace consulta {

namespace {

QHash<qint64, QString> organizationNames(const ParticipantIndex &index)
{
    QHash<qint64, QString> names;
    const QHash<qint64, ParticipantIndex::OrganizationEntry> &organizations = index.organizations();
    names.reserve(organizations.size());
    for (auto it = organizations.cbegin(); it != organizations.cend(); ++it)
        names.insert(it.key(), it->name);
    return names;
}

} // namespace

BalanceFeed::BalanceFeed(DocumentSession &session, BalancePage &page, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_page(page)
{
    loadAll();
    connect(&m_session, &DocumentSession::participantsChanged, this,
            &BalanceFeed::participantsChanged);
    connect(&m_session, &DocumentSession::organizationsChanged, this,
            &BalanceFeed::organizationsChanged);
    connect(&m_session, &DocumentSession::consultationChanged, this,
            &BalanceFeed::consultationChanged);
}

void BalanceFeed::remember(qint64 id, const BalanceRecord &record)
{
    m_records.insert(id, record);
    if (record.organizationId != 0)
        m_members[record.organizationId].insert(id);
}

void BalanceFeed::forget(qint64 id, const BalanceRecord &record)
{
    m_records.remove(id);
    if (record.organizationId == 0)
        return;
    const auto members = m_members.find(record.organizationId);
    if (members != m_members.end()) {
        members->remove(id);
        if (members->isEmpty())
            m_members.erase(members);
    }
}

void BalanceFeed::loadAll()
{
    const ParticipantIndex &index = m_session.index();
    m_records.clear();
    m_members.clear();
    m_records.reserve(index.size());
    QList<BalanceRecord> records;
    records.reserve(index.size());
    for (const ParticipantIndex::Entry &entry : index.entries()) {
        if (const std::optional<BalanceRecord> record = BalancePage::recordFor(index, entry.id)) {
            remember(entry.id, *record);
            records.append(*record);
        }
    }
    m_sectors.clear();
    for (auto it = index.organizations().cbegin(); it != index.organizations().cend(); ++it)
        m_sectors.insert(it.key(), it->category);
    m_page.reset(m_session.consultation(), m_session.store().balanceTargets(),
                 organizationNames(index), records);
}

void BalanceFeed::participantsChanged(const QList<qint64> &ids)
{
    const ParticipantIndex &index = m_session.index();
    for (qint64 id : ids) {
        const std::optional<BalanceRecord> now = BalancePage::recordFor(index, id);
        const auto before = m_records.constFind(id);
        if (before == m_records.cend()) {
            if (!now)
                continue;
            m_page.addRecord(*now);
            remember(id, *now);
        } else if (!now) {
            m_page.removeRecord(*before);
            forget(id, BalanceRecord(*before));
        } else {
            if (*before == *now)
                continue;
            m_page.replaceRecord(*before, *now);
            forget(id, BalanceRecord(*before));
            remember(id, *now);
        }
        ++m_fed;
    }
}

void BalanceFeed::organizationsChanged()
{
    // A category changed: that organization's people move to another sector. Only
    // their records are replaced.
    const ParticipantIndex &index = m_session.index();
    QList<qint64> moved;
    const QHash<qint64, ParticipantIndex::OrganizationEntry> &organizations = index.organizations();
    for (auto it = organizations.cbegin(); it != organizations.cend(); ++it) {
        const auto known = m_sectors.constFind(it.key());
        if (known != m_sectors.cend() && *known == it->category)
            continue;
        m_sectors.insert(it.key(), it->category);
        const QSet<qint64> members = m_members.value(it.key());
        moved.append(QList<qint64>(members.cbegin(), members.cend()));
    }
    // Organizations that are gone: their people (if any are left) have no sector now.
    for (auto it = m_sectors.begin(); it != m_sectors.end();) {
        if (organizations.contains(it.key())) {
            ++it;
            continue;
        }
        const QSet<qint64> members = m_members.value(it.key());
        moved.append(QList<qint64>(members.cbegin(), members.cend()));
        it = m_sectors.erase(it);
    }
    participantsChanged(moved);
    m_page.setOrganizationNames(organizationNames(index));
}

void BalanceFeed::consultationChanged()
{
    m_page.setConsultation(m_session.consultation());
    m_page.setTargets(m_session.store().balanceTargets());
}

} // namespace consulta
