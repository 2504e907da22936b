#include "ImportPreviewModel.h"

#include "reference/ReferenceData.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace consulta {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setRecords(const QList<ImportRecord> &records, const QTimeZone &zone,
                                    const ImportCellProblems &problems)
{
    beginResetModel();
    m_records = records;
    m_zone = zone;
    m_problems = problems;
    endResetModel();
}

QList<const ImportCellProblems::Problem *> ImportPreviewModel::problems(int row, int column) const
{
    QList<ImportField> fields;
    switch (column) {
    case EmailColumn:
        fields = {ImportField::Email};
        break;
    case GenderColumn:
        fields = {ImportField::Gender};
        break;
    case CountryColumn:
        fields = {ImportField::Country};
        break;
    case SectorColumn:
        fields = {ImportField::Sector};
        break;
    case StatusColumn:
        fields = {ImportField::Status, ImportField::Attended};
        break;
    case RegisteredAtColumn:
        fields = {ImportField::RegisteredAt};
        break;
    case TimeZoneColumn:
        fields = {ImportField::TimeZone};
        break;
    default:
        break;
    }
    QList<const ImportCellProblems::Problem *> found;
    for (const ImportField field : std::as_const(fields)) {
        if (const ImportCellProblems::Problem *problem = m_problems.find(row, field))
            found.append(problem);
    }
    return found;
}

bool ImportPreviewModel::isColumnUsed(int column, const ColumnMapping &mapping) const
{
    switch (column) {
    case GivenNameColumn:
    case FamilyNameColumn:
        return mapping.has(ImportField::GivenName) || mapping.has(ImportField::FamilyName) ||
               mapping.has(ImportField::FullName);
    case EmailColumn:
        return mapping.has(ImportField::Email);
    case GenderColumn:
        return mapping.has(ImportField::Gender);
    case OrganizationColumn:
        return mapping.has(ImportField::Organization);
    case CountryColumn:
        return mapping.has(ImportField::Country);
    case SectorColumn:
        return mapping.has(ImportField::Sector);
    case JobTitleColumn:
        return mapping.has(ImportField::JobTitle);
    case RegisteredAtColumn:
        return mapping.has(ImportField::RegisteredAt);
    case TimeZoneColumn:
        return mapping.has(ImportField::TimeZone);
    case NotesColumn:
        return mapping.has(ImportField::Notes);
    case ProblemColumn:
        for (const ImportRecord &record : m_records) {
            if (record.isRejected())
                return true;
        }
        return false;
    default:
        return column >= 0 && column < ColumnCount;
    }
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::text(const ImportRecord &record, int column) const
{
    const Participant &p = record.participant;
    const ReferenceData &reference = ReferenceData::instance();
    switch (column) {
    case LineColumn:
        return QString::number(record.line);
    case GivenNameColumn:
        return p.givenName;
    case FamilyNameColumn:
        return p.familyName;
    case EmailColumn:
        return p.email;
    case GenderColumn:
        return genderLabel(p.gender);
    case OrganizationColumn:
        return record.organization;
    case CountryColumn:
        return p.country.isEmpty() ? QString() : reference.countryName(p.country);
    case SectorColumn:
        if (const StakeholderCategory *category = reference.category(record.sector))
            return category->label;
        return QString();
    case JobTitleColumn:
        return p.jobTitle;
    case StatusColumn:
        return statusLabel(p.status);
    case RegisteredAtColumn:
        if (!p.registeredAt.isValid())
            return QString();
        return QLocale().toString(m_zone.isValid() ? p.registeredAt.toTimeZone(m_zone)
                                                   : p.registeredAt,
                                  QLocale::ShortFormat);
    case TimeZoneColumn:
        return QString::fromUtf8(p.timeZone);
    case NotesColumn:
        return p.notes.simplified();
    case ProblemColumn:
        return record.rejection;
    default:
        return QString();
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ImportRecord &record = m_records.at(index.row());
    if (role == Qt::DisplayRole)
        return text(record, index.column());
    if (role == Qt::TextAlignmentRole)
        return index.column() == LineColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                            : QVariant();
    const QList<const ImportCellProblems::Problem *> cell = problems(index.row(), index.column());
    const bool notUnderstood =
        std::any_of(cell.cbegin(), cell.cend(), [](const ImportCellProblems::Problem *problem) {
            return problem->kind == ImportCellProblems::Kind::NotUnderstood;
        });
    switch (role) {
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines;
        for (const ImportCellProblems::Problem *problem : cell)
            lines.append(problem->reason);
        if (record.isRejected())
            lines.append(
                tr("Line %1 will not be imported: %2").arg(record.line).arg(record.rejection));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        if (record.isRejected())
            return QColor(0xa0, 0x1c, 0x1c);
        // Dark on the pale colours below, whatever the palette.
        if (!cell.isEmpty())
            return QColor(0x20, 0x20, 0x20);
        break;
    case Qt::BackgroundRole:
        if (notUnderstood)
            return QColor(0xff, 0xec, 0xb3);
        if (!cell.isEmpty())
            return QColor(0xdd, 0xea, 0xf7);
        break;
    case Qt::DecorationRole:
        if (notUnderstood || (record.isRejected() && index.column() == LineColumn))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (!cell.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case GivenNameColumn:
        return tr("Given name");
    case FamilyNameColumn:
        return tr("Family name");
    case EmailColumn:
        return tr("E-mail");
    case GenderColumn:
        return tr("Gender");
    case OrganizationColumn:
        return tr("Organization");
    case CountryColumn:
        return tr("Country");
    case SectorColumn:
        return tr("Stakeholder group");
    case JobTitleColumn:
        return tr("Job title");
    case StatusColumn:
        return tr("Status");
    case RegisteredAtColumn:
        return tr("Registered");
    case TimeZoneColumn:
        return tr("Time zone");
    case NotesColumn:
        return tr("Notes");
    case ProblemColumn:
        return tr("Problem");
    default:
        return QVariant();
    }
}

} // namespace consulta
