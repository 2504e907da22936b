#pragma once

#include "common/Result.h"
#include "model/Participant.h"

#include <QList>

namespace consulta {

class ConsultationStore;

// Participants with their whole status history, history row ids included, and who
// they forwarded invitations to, so that a deletion can be undone into exactly the rows
// that were there before.
class ParticipantSnapshot
{
public:
    struct HistoryRow
    {
        qint64 rowId = 0;
        StatusChange change;
    };
    struct Saved
    {
        Participant participant;
        QList<HistoryRow> history;
    };

    static ParticipantSnapshot take(const ConsultationStore &store, const QList<qint64> &ids);

    // Deletes the participants (one transaction).
    Result<void> removeFrom(ConsultationStore &store) const;
    // Puts them back with their ids and history (one transaction).
    Result<void> restoreInto(ConsultationStore &store) const;

    const QList<Saved> &saved() const { return m_saved; }
    QList<qint64> ids() const;

private:
    // People outside the snapshot whose invitation one of its participants forwarded:
    // deleting clears their reference, restoring puts it back.
    struct ForwardedLink
    {
        qint64 participantId = 0;
        qint64 forwarderId = 0;
    };

    QList<Saved> m_saved;
    QList<ForwardedLink> m_forwarded;
};

} // namespace consulta
