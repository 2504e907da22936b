#pragma once

#include "model/Status.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

class QWidget;

namespace consulta {

class DocumentSession;

// Changes the status of a selection as one undo step, recorded in each person's
// history. Before registering (or marking attended) it checks the rules of DESIGN:
// an organization at its limit, a passed registration deadline, a full capacity; when
// one is broken it asks whether to register anyway or waitlist instead.
class StatusActions
{
public:
    StatusActions(DocumentSession &session, QWidget *parent);

    // Returns true when a change was made. A bulk action only moves people forward
    // (identified → invited → waitlisted → registered → attended, declining from
    // anywhere but attended): the others are left as they are and reported.
    bool apply(const QList<qint64> &ids, Status status);
    // Whether a bulk action may move someone from one status to another.
    static bool movesForward(Status from, Status to);
    // What registering these people would break, one sentence each.
    QStringList registrationWarnings(const QList<qint64> &ids) const;

    // The clock used for history entries and the deadline check (tests set it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Where a short note for the status bar goes (people left as they were).
    void setReporter(std::function<void(const QString &)> report) { m_report = std::move(report); }

private:
    DocumentSession &m_session;
    QWidget *m_parent;
    std::function<QDateTime()> m_clock;
    std::function<void(const QString &)> m_report;
};

} // namespace consulta
