#include "StatusSnapshot.h"

#include "store/SqliteDatabase.h"

#include <QCoreApplication>

namespace consulta {

StatusSnapshot StatusSnapshot::take(const SqliteDatabase &db, const QList<qint64> &ids)
{
    StatusSnapshot snapshot;
    snapshot.m_lastHistoryId = db.queryInteger("SELECT coalesce(max(id), 0) FROM status_change", 0);
    SqliteStatement row =
        db.prepare("SELECT status, coalesce(registered_at, '') FROM participant WHERE id = ?1");
    snapshot.m_states.reserve(ids.size());
    for (qint64 id : ids) {
        row.reset();
        row.bind(1, id);
        if (!row.next())
            continue;
        snapshot.m_states.append(
            {id, statusFromCode(row.text(0)).value_or(Status::Identified), row.text(1)});
    }
    return snapshot;
}

Result<void> StatusSnapshot::restore(SqliteDatabase &db) const
{
    SqliteTransaction transaction(db);
    SqliteStatement update =
        db.prepare("UPDATE participant SET status = ?2, registered_at = ?3 WHERE id = ?1");
    for (const State &state : m_states) {
        update.bind(1, state.id)
            .bind(2, statusCode(state.status))
            .bindOptional(3, state.registeredAt);
        if (!update.exec())
            return Error{
                QCoreApplication::translate("StatusSnapshot", "Could not restore the status: %1")
                    .arg(db.errorMessage())};
    }
    SqliteStatement history = db.prepare("DELETE FROM status_change WHERE id > ?1");
    history.bind(1, m_lastHistoryId);
    if (!history.exec() || !transaction.commit())
        return Error{QCoreApplication::translate("StatusSnapshot",
                                                 "Could not restore the status history: %1")
                         .arg(db.errorMessage())};
    return {};
}

} // namespace consulta
