#pragma once

#include "balance/BalanceRecord.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace consulta {

class BalancePage;
class DocumentSession;

// Keeps a BalancePage's tally in step with an open document. It remembers the record
// it last fed for each participant, so when the session says which people changed
// (an edit, a status change, an undo or redo, an import) it replaces exactly those
// records on the tally: O(changed), never a rescan of everyone. When an organization's
// stakeholder category changes, only that organization's people are fed again; the
// consultation's settings and targets are passed on as they are.
class BalanceFeed : public QObject
{
    Q_OBJECT

public:
    BalanceFeed(DocumentSession &session, BalancePage &page, QObject *parent = nullptr);

    // Records added, removed or replaced on the tally since the first full load: a
    // measure for tests that an edit costs what it changed, not everyone.
    qint64 recordsFed() const { return m_fed; }

private:
    void loadAll();
    void participantsChanged(const QList<qint64> &ids);
    void organizationsChanged();
    void consultationChanged();
    void forget(qint64 id, const BalanceRecord &record);
    void remember(qint64 id, const BalanceRecord &record);

    DocumentSession &m_session;
    BalancePage &m_page;
    QHash<qint64, BalanceRecord> m_records; // participant → what the tally holds
    QHash<qint64, QString> m_sectors;       // organization → category as last fed
    QHash<qint64, QSet<qint64>> m_members;  // organization → participants
    qint64 m_fed = 0;
};

} // namespace consulta
