#pragma once

#include "common/Result.h"
#include "model/Organization.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>
#include <vector>

namespace consulta {

class ImportStore;

// The organizations of a document during an import: finds the one a row names or creates it
// (see ParticipantImporter for the rules), and remembers what it created and changed for the
// report. Names are compared by foldedKey.
//
// A large file brings tens of thousands of organizations, so each one costs a few hash
// entries keyed by pairs of shared strings, never a string built for the purpose.
class ImportOrganizations
{
public:
    explicit ImportOrganizations(ImportStore &store);

    // The organization's id for a row; 0 when the name or its key is empty. `key` is the
    // name's ParticipantIndex::searchKey, which the caller has at hand.
    Result<qint64> resolve(const QString &name, const QString &key, const QString &country,
                           const QString &sector);
    // foldedKey of an organization's name, by id (empty for 0 or an unknown id).
    QString nameKey(qint64 id) const;

    int added() const { return int(m_addedIds.size()); }
    const QList<qint64> &addedIds() const { return m_addedIds; }
    const QList<Organization> &changedBefore() const { return m_before; }

private:
    using Pair = std::pair<QString, QString>;

    int find(const QString &key, const QString &country) const;
    void index(int position);
    Result<void> update(int position, const Organization &changed);

    ImportStore &m_store;
    QList<Organization> m_organizations;
    QList<QString> m_keys;              // foldedKey of each one's name
    int m_existing = 0;                 // positions below were in the document before
    QHash<Pair, int> m_byKeyAndCountry; // (key, country) → first position
    QHash<QString, int> m_firstByKey;   // key → first position
    std::vector<int> m_nextWithKey;     // position → next position with its key, or -1
    QHash<qint64, int> m_positions;     // id → position
    QHash<Pair, int> m_resolved;        // (name as written, country) → position
    QList<qint64> m_addedIds;
    QList<Organization> m_before;
    QSet<qint64> m_changed; // ids of organizations of before the import that were changed
};

} // namespace consulta
