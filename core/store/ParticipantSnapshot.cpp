#include "ParticipantSnapshot.h"

#include "common/TimeFormat.h"
#include "store/ConsultationStore.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>

namespace consulta {

namespace {

Error failed(const SqliteDatabase &db, const char *what)
{
    return Error{
        QCoreApplication::translate("ParticipantSnapshot", "Could not %1: %2")
            .arg(QCoreApplication::translate("ParticipantSnapshot", what), db.errorMessage())};
}

} // namespace

ParticipantSnapshot ParticipantSnapshot::take(const ConsultationStore &store,
                                              const QList<qint64> &ids)
{
    ParticipantSnapshot snapshot;
    SqliteStatement history =
        store.database().prepare("SELECT id, from_status, to_status, changed_at FROM status_change "
                                 "WHERE participant_id = ?1 ORDER BY id");
    for (qint64 id : ids) {
        std::optional<Participant> participant = store.participant(id);
        if (!participant)
            continue;
        Saved saved{*participant, {}};
        history.reset();
        history.bind(1, id);
        while (history.next()) {
            HistoryRow row;
            row.rowId = history.integer(0);
            row.change.participantId = id;
            row.change.from = statusFromCode(history.text(1)).value_or(Status::Identified);
            row.change.to = statusFromCode(history.text(2)).value_or(Status::Identified);
            row.change.at = fromIsoUtc(history.text(3));
            saved.history.append(row);
        }
        snapshot.m_saved.append(saved);
    }
    for (qint64 id : ids) {
        for (qint64 forwarded : store.forwardedBy(id)) {
            if (!ids.contains(forwarded))
                snapshot.m_forwarded.append({forwarded, id});
        }
    }
    return snapshot;
}

QList<qint64> ParticipantSnapshot::ids() const
{
    QList<qint64> result;
    result.reserve(m_saved.size());
    for (const Saved &saved : m_saved)
        result.append(saved.participant.id);
    return result;
}

Result<void> ParticipantSnapshot::removeFrom(ConsultationStore &store) const
{
    SqliteDatabase &db = store.database();
    SqliteTransaction transaction(db);
    for (const Saved &saved : m_saved) {
        if (Result<void> removed = store.removeParticipant(saved.participant.id); !removed)
            return removed;
    }
    if (!transaction.commit())
        return failed(db, "delete the participants");
    return {};
}

Result<void> ParticipantSnapshot::restoreInto(ConsultationStore &store) const
{
    SqliteDatabase &db = store.database();
    SqliteTransaction transaction(db);
    SqliteStatement history = db.prepare(
        "INSERT INTO status_change (id, participant_id, from_status, to_status, changed_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const Saved &saved : m_saved) {
        if (Result<qint64> added = store.addParticipant(saved.participant); !added)
            return added.error();
        for (const HistoryRow &row : saved.history) {
            history.bind(1, row.rowId)
                .bind(2, row.change.participantId)
                .bind(3, statusCode(row.change.from))
                .bind(4, statusCode(row.change.to))
                .bind(5, toIsoUtc(row.change.at));
            if (!history.exec())
                return failed(db, "restore the status history");
        }
    }
    for (const ForwardedLink &link : m_forwarded) {
        if (Result<void> set = store.setForwarder(link.participantId, link.forwarderId); !set)
            return set;
    }
    if (!transaction.commit())
        return failed(db, "restore the participants");
    return {};
}

} // namespace consulta
