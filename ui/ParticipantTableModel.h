#pragma once

#include "model/Participant.h"
#include "store/ParticipantIndex.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>

namespace consulta {

class DocumentSession;

// The participants of a document, filtered and sorted, read on demand: the model keeps
// only the ids of its current order (from ParticipantIndex) and reads the rows a view
// paints from the store through a small cache, so 100,000 people cost no widgets and
// no copies of whole rows.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        OrganizationColumn,
        CountryColumn,
        SubregionColumn,
        GenderColumn,
        SectorColumn,
        StatusColumn,
        RegisteredAtColumn,
        EmailColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64
        ProblemsRole,              // QStringList, empty when the row is fine
    };

    explicit ParticipantTableModel(DocumentSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ParticipantFilter &filter);
    const ParticipantFilter &filter() const { return m_filter; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown
    int totalCount() const;
    // What is wrong with a participant, one sentence each: over the organization's
    // limit, registered after the deadline, no e-mail address.
    QStringList problems(qint64 id) const;

    static ParticipantSortKey sortKey(int column);

private:
    struct Problems
    {
        bool overLimit = false;
        bool late = false;
        bool noEmail = false;
        bool any() const { return overLimit || late || noEmail; }
    };

    // What problems() describes, without the words: cheap enough for every painted cell.
    Problems problemsOf(const ParticipantIndex::Entry &entry) const;
    void requery(const QList<qint64> &changed);
    const Participant *row(qint64 id) const;
    QString columnText(const Participant &p, const ParticipantIndex::Entry &entry,
                       int column) const;

    DocumentSession &m_session;
    QString m_deadline; // the registration deadline as ISO UTC text, empty when none
    ParticipantFilter m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;
    mutable QHash<qint64, int> m_rows; // built when first asked
    mutable QCache<qint64, Participant> m_cache{2000};
};

} // namespace consulta
