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

    // Returns true when a change was made.
    bool apply(const QList<qint64> &ids, Status status);
    // What registering these people would break, one sentence each.
    QStringList registrationWarnings(const QList<qint64> &ids) const;

    // The clock used for history entries and the deadline check (tests set it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    DocumentSession &m_session;
    QWidget *m_parent;
    std::function<QDateTime()> m_clock;
};

} // namespace consulta
