#include "ImportMergeModel.h"

#include "store/ConsultationStore.h"

namespace consulta {

ImportMergeModel::ImportMergeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportMergeModel::setMerges(const QList<ImportMerge> &merges, const ConsultationStore *store)
{
    beginResetModel();
    m_merges = merges;
    m_store = store;
    m_names.clear();
    endResetModel();
}

int ImportMergeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_merges.size());
}

int ImportMergeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportMergeModel::personName(qint64 id) const
{
    if (id == 0 || !m_store)
        return tr("a person an earlier row adds");
    auto it = m_names.constFind(id);
    if (it == m_names.cend()) {
        const std::optional<Participant> person = m_store->participant(id);
        QString name = person ? person->displayName() : QString();
        if (person && name.isEmpty())
            name = person->email;
        it = m_names.insert(id, name.isEmpty() ? tr("(no longer in the consultation)") : name);
    }
    return *it;
}

QVariant ImportMergeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ImportMerge &merge = m_merges.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return merge.line;
        case PersonColumn:
            return personName(merge.participantId);
        case MatchColumn:
            return merge.match == ImportMerge::Match::Email ? tr("Same e-mail")
                                                            : tr("Same name and organization");
        case ChangeColumn:
            return merge.changed ? tr("Filled in or advanced") : tr("Nothing new");
        default:
            return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant ImportMergeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case PersonColumn:
        return tr("Merged into");
    case MatchColumn:
        return tr("Found by");
    case ChangeColumn:
        return tr("What it brought");
    default:
        return QVariant();
    }
}

} // namespace consulta
