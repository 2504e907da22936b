#include "TeamTableModel.h"

#include "DocumentSession.h"
#include "commands/EditConsultationCommand.h"
#include "reference/ReferenceData.h"

namespace consulta {

TeamTableModel::TeamTableModel(DocumentSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_rows(int(session.consultation().organizingTeam.size()))
{
    connect(&m_session, &DocumentSession::consultationChanged, this, &TeamTableModel::refresh);
}

void TeamTableModel::refresh()
{
    const int rows = int(m_session.consultation().organizingTeam.size());
    if (rows == m_rows) {
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int TeamTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TeamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QList<TeamMember> &team = m_session.consultation().organizingTeam;
    if (index.row() >= team.size())
        return {};
    const TeamMember &member = team.at(index.row());
    switch (index.column()) {
    case RoleColumn:
        return member.role;
    case OrganizationColumn:
        return member.organization;
    case CountryColumn: {
        const QString name = ReferenceData::instance().countryName(member.country);
        return name.isEmpty() ? member.country : name;
    }
    default:
        return {};
    }
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case OrganizationColumn:
        return tr("Organization");
    case CountryColumn:
        return tr("Country");
    default:
        return {};
    }
}

Qt::ItemFlags TeamTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool TeamTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Consultation before = m_session.consultation();
    Consultation after = before;
    if (index.row() >= after.organizingTeam.size())
        return false;
    TeamMember &member = after.organizingTeam[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case RoleColumn:
        member.role = text;
        break;
    case OrganizationColumn:
        member.organization = text;
        break;
    case CountryColumn: {
        const QString code = ReferenceData::instance().countryCode(text);
        if (!text.isEmpty() && code.isEmpty())
            return false; // not a country: the edit is refused
        member.country = code;
        break;
    }
    default:
        return false;
    }
    if (after == before)
        return true;
    m_session.undoStack()->push(
        new EditConsultationCommand(m_session, before, after, tr("organizing team")));
    return true;
}

void TeamTableModel::appendMember()
{
    const Consultation before = m_session.consultation();
    Consultation after = before;
    after.organizingTeam.append({tr("Co-lead"), QString(), QString()});
    m_session.undoStack()->push(
        new EditConsultationCommand(m_session, before, after, tr("organizing team member")));
}

void TeamTableModel::removeMember(int row)
{
    const Consultation before = m_session.consultation();
    if (row < 0 || row >= before.organizingTeam.size())
        return;
    Consultation after = before;
    after.organizingTeam.removeAt(row);
    m_session.undoStack()->push(
        new EditConsultationCommand(m_session, before, after, tr("organizing team member")));
}

} // namespace consulta
