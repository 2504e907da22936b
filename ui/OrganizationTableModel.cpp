#include "OrganizationTableModel.h"

#include "DocumentSession.h"
#include "reference/ReferenceData.h"

#include <QColor>

namespace consulta {

OrganizationTableModel::OrganizationTableModel(DocumentSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_organizations = m_session.store().organizations();
    recount();
    connect(&m_session, &DocumentSession::organizationsChanged, this,
            &OrganizationTableModel::reload);
    connect(&m_session, &DocumentSession::participantsChanged, this, [this] {
        recount();
        if (!m_organizations.isEmpty())
            Q_EMIT dataChanged(index(0, PoolColumn), index(rowCount() - 1, AttendedColumn));
    });
}

void OrganizationTableModel::reload()
{
    beginResetModel();
    m_organizations = m_session.store().organizations();
    recount();
    endResetModel();
}

void OrganizationTableModel::recount()
{
    m_counts.clear();
    const ParticipantIndex &index = m_session.index();
    for (const Organization &organization : std::as_const(m_organizations))
        m_counts.insert(organization.id, {0, 0, 0, 0});
    // One pass over the index, whatever the number of organizations.
    for (const ParticipantIndex::Entry &entry : index.entries()) {
        if (entry.organizationId == 0)
            continue;
        auto counts = m_counts.find(entry.organizationId);
        if (counts == m_counts.end())
            continue;
        for (Stage stage : allStages()) {
            if (isInStage(entry.status, stage))
                ++(*counts)[static_cast<std::size_t>(stage)];
        }
    }
}

int OrganizationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organizations.size());
}

int OrganizationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Organization OrganizationTableModel::organizationAt(int row) const
{
    return row >= 0 && row < m_organizations.size() ? m_organizations.at(row) : Organization();
}

int OrganizationTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_organizations.size(); ++row) {
        if (m_organizations.at(row).id == id)
            return row;
    }
    return -1;
}

QVariant OrganizationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organization &organization = m_organizations.at(index.row());
    if (role == IdRole)
        return organization.id;
    const int column = index.column();
    if (column >= PoolColumn) {
        const int count = m_counts.value(organization.id, {0, 0, 0, 0})
                              .at(static_cast<std::size_t>(column - PoolColumn));
        if (role == Qt::DisplayRole || role == SortRole)
            return count;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && column == RegisteredColumn &&
            m_session.consultation().maxPerOrganization > 0 &&
            count > m_session.consultation().maxPerOrganization)
            return tr("More people registered than the limit of %1 per organization.")
                .arg(m_session.consultation().maxPerOrganization);
        if (role == Qt::ForegroundRole && column == RegisteredColumn &&
            m_session.consultation().maxPerOrganization > 0 &&
            count > m_session.consultation().maxPerOrganization)
            return QColor(180, 0, 0);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const ReferenceData &reference = ReferenceData::instance();
    switch (column) {
    case NameColumn:
        return organization.name;
    case AcronymColumn:
        return organization.acronym;
    case CountryColumn:
        return reference.countryName(organization.country);
    case CategoryColumn: {
        const StakeholderCategory *category = reference.category(organization.category);
        return category ? category->label : tr("Unknown");
    }
    default:
        return {};
    }
}

QVariant OrganizationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Organization");
    case AcronymColumn:
        return tr("Acronym");
    case CountryColumn:
        return tr("Country");
    case CategoryColumn:
        return tr("Stakeholder category");
    case PoolColumn:
        return stageLabel(Stage::Pool);
    case InvitedColumn:
        return stageLabel(Stage::Invited);
    case RegisteredColumn:
        return stageLabel(Stage::Registered);
    case AttendedColumn:
        return stageLabel(Stage::Attended);
    default:
        return {};
    }
}

} // namespace consulta
