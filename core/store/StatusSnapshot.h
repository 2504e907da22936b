#pragma once

#include "common/Result.h"
#include "model/Status.h"

#include <QDateTime>
#include <QList>

namespace consulta {

class SqliteDatabase;

// The status and registration time of some participants and the end of the status
// history at one moment, so that a status change can be undone exactly: restore() puts
// both back and removes the history entries written since. Undo runs in reverse order,
// so every history entry newer than the snapshot belongs to the change being undone.
class StatusSnapshot
{
public:
    struct State
    {
        qint64 id = 0;
        Status status = Status::Identified;
        QString registeredAt; // ISO UTC text as stored, empty = none
    };

    static StatusSnapshot take(const SqliteDatabase &db, const QList<qint64> &ids);
    Result<void> restore(SqliteDatabase &db) const;

    const QList<State> &states() const { return m_states; }
    qint64 lastHistoryId() const { return m_lastHistoryId; }

private:
    QList<State> m_states;
    qint64 m_lastHistoryId = 0;
};

} // namespace consulta
