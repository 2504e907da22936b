#include "ParticipantTableModel.h"

#include "DocumentSession.h"
#include "common/TimeFormat.h"
#include "reference/ReferenceData.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>
#include <QTimeZone>

namespace consulta {

ParticipantTableModel::ParticipantTableModel(DocumentSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_deadline(toIsoUtc(session.consultation().registrationDeadline))
{
    m_ids = m_session.index().query(m_filter, sortKey(m_sortColumn));
    connect(&m_session, &DocumentSession::participantsChanged, this,
            [this](const QList<qint64> &ids) { requery(ids); });
    connect(&m_session, &DocumentSession::organizationsChanged, this, [this] {
        m_cache.clear();
        requery({});
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    connect(&m_session, &DocumentSession::consultationChanged, this, [this] {
        m_deadline = toIsoUtc(m_session.consultation().registrationDeadline);
        // The rules' deadline, limit and capacity may have changed.
        if (m_filter.rule != ParticipantRule::None)
            requery({});
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ParticipantSortKey ParticipantTableModel::sortKey(int column)
{
    switch (column) {
    case NameColumn:
        return ParticipantSortKey::Name;
    case OrganizationColumn:
        return ParticipantSortKey::Organization;
    case CountryColumn:
        return ParticipantSortKey::Country;
    case SubregionColumn:
        return ParticipantSortKey::Subregion;
    case GenderColumn:
        return ParticipantSortKey::Gender;
    case SectorColumn:
        return ParticipantSortKey::Sector;
    case StatusColumn:
        return ParticipantSortKey::Status;
    case RegisteredAtColumn:
        return ParticipantSortKey::RegisteredAt;
    case EmailColumn:
        return ParticipantSortKey::Email;
    default:
        return ParticipantSortKey::Id;
    }
}

qint64 ParticipantTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ParticipantTableModel::rowOf(qint64 id) const
{
    if (m_rows.isEmpty() && !m_ids.isEmpty()) {
        m_rows.reserve(m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i)
            m_rows.insert(m_ids.at(i), i);
    }
    return m_rows.value(id, -1);
}

int ParticipantTableModel::totalCount() const
{
    return m_session.index().size();
}

const Participant *ParticipantTableModel::row(qint64 id) const
{
    if (Participant *cached = m_cache.object(id))
        return cached;
    std::optional<Participant> read = m_session.store().participant(id);
    if (!read)
        return nullptr;
    auto *participant = new Participant(std::move(*read));
    m_cache.insert(id, participant);
    return m_cache.object(id);
}

ParticipantTableModel::Problems
ParticipantTableModel::problemsOf(const ParticipantIndex::Entry &entry) const
{
    Problems found;
    const Consultation &consultation = m_session.consultation();
    if (isInStage(entry.status, Stage::Registered)) {
        if (entry.organizationId != 0 && consultation.maxPerOrganization > 0 &&
            m_session.index().registeredIn(entry.organizationId) > consultation.maxPerOrganization)
            found.overLimit = true;
        if (!m_deadline.isEmpty() && !entry.registeredAt.isEmpty() &&
            entry.registeredAt > m_deadline)
            found.late = true;
    }
    if (entry.emailKey.isEmpty())
        found.noEmail = true;
    return found;
}

QStringList ParticipantTableModel::problems(qint64 id) const
{
    QStringList result;
    const ParticipantIndex::Entry *entry = m_session.index().entry(id);
    if (!entry)
        return result;
    const Problems found = problemsOf(*entry);
    if (found.overLimit)
        result.append(tr("%1 people of this organization are registered; the limit is %2.")
                          .arg(m_session.index().registeredIn(entry->organizationId))
                          .arg(m_session.consultation().maxPerOrganization));
    if (found.late)
        result.append(tr("Registered after the deadline."));
    if (found.noEmail)
        result.append(tr("No e-mail address."));
    return result;
}

QString ParticipantTableModel::columnText(const Participant &p,
                                          const ParticipantIndex::Entry &entry, int column) const
{
    const ReferenceData &reference = ReferenceData::instance();
    switch (column) {
    case NameColumn:
        return p.displayName();
    case OrganizationColumn: {
        const ParticipantIndex::OrganizationEntry *organization =
            m_session.index().organization(p.organizationId);
        return organization ? organization->name : QString();
    }
    case CountryColumn: {
        const QString name = reference.countryName(p.country);
        return name.isEmpty() ? p.country : name;
    }
    case SubregionColumn:
        // Codes (SEA, PAC) as they are; the two words capitalized like the dashboard's.
        if (entry.subregion == QLatin1String("unknown"))
            return tr("Unknown");
        if (entry.subregion == QLatin1String("outside"))
            return tr("Outside");
        return entry.subregion;
    case GenderColumn:
        return genderLabel(p.gender);
    case SectorColumn: {
        const StakeholderCategory *category = reference.category(m_session.index().sectorOf(entry));
        return category ? category->label : tr("Unknown");
    }
    case StatusColumn:
        return statusLabel(p.status);
    case RegisteredAtColumn: {
        if (!p.registeredAt.isValid())
            return QString();
        const QTimeZone zone(m_session.consultation().timeZone);
        const QDateTime shown = zone.isValid() ? p.registeredAt.toTimeZone(zone) : p.registeredAt;
        return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case EmailColumn:
        return p.email;
    default:
        return QString();
    }
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    if (role == ProblemsRole)
        return problems(id);
    const ParticipantIndex::Entry *entry = m_session.index().entry(id);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const Participant *p = row(id);
        return p ? columnText(*p, *entry, index.column()) : QString();
    }
    case Qt::ToolTipRole: {
        const QStringList found = problems(id);
        if (!found.isEmpty())
            return found.join(QLatin1Char('\n'));
        if (index.column() == SubregionColumn)
            return ReferenceData::subregionLabel(entry->subregion);
        return {};
    }
    case Qt::DecorationRole:
        if (index.column() == NameColumn && problemsOf(*entry).any())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole:
        if (problemsOf(*entry).any())
            return QBrush(QColor(255, 236, 200));
        return {};
    case Qt::ForegroundRole:
        if (problemsOf(*entry).any())
            return QBrush(QColor(40, 30, 0));
        if (index.column() == StatusColumn && entry->status == Status::Declined)
            return QBrush(QColor(140, 140, 140));
        return {};
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OrganizationColumn:
        return tr("Organization");
    case CountryColumn:
        return tr("Country");
    case SubregionColumn:
        return tr("Subregion");
    case GenderColumn:
        return tr("Gender");
    case SectorColumn:
        return tr("Sector");
    case StatusColumn:
        return tr("Status");
    case RegisteredAtColumn:
        return tr("Registered at");
    case EmailColumn:
        return tr("E-mail");
    default:
        return {};
    }
}

void ParticipantTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    requery({});
}

void ParticipantTableModel::setFilter(const ParticipantFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    requery({});
}

void ParticipantTableModel::requery(const QList<qint64> &changed)
{
    for (qint64 id : changed)
        m_cache.remove(id);
    QList<qint64> ids = m_session.index().query(m_filter, sortKey(m_sortColumn),
                                                m_sortOrder == Qt::DescendingOrder);
    if (ids == m_ids) {
        // Same rows in the same order: repaint what changed, keep selection and scroll.
        if (!changed.isEmpty() && !m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_rows.clear();
    endResetModel();
}

} // namespace consulta
