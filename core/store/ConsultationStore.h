#pragma once

#include "balance/BalanceRecord.h"
#include "common/Result.h"
#include "model/BalanceTargets.h"
#include "model/Consultation.h"
#include "model/Organization.h"
#include "model/Participant.h"

#include <QHash>
#include <QList>

namespace consulta {

class SqliteDatabase;

// Reads and writes the domain in a document's working copy. Every value goes through a
// bound parameter; every write that touches more than one row is one transaction.
// It holds no state of its own beyond the connection it is given.
class ConsultationStore
{
public:
    explicit ConsultationStore(SqliteDatabase &db);

    Consultation consultation() const;
    Result<void> setConsultation(const Consultation &consultation);

    QList<Organization> organizations() const;
    std::optional<Organization> organization(qint64 id) const;
    Result<qint64> addOrganization(const Organization &organization);
    Result<void> updateOrganization(const Organization &organization);
    Result<void> removeOrganization(qint64 id);
    // Puts these participants in an organization (0: none).
    Result<void> setOrganization(const QList<qint64> &ids, qint64 organizationId);

    int participantCount() const;
    QList<Participant> participants() const;
    std::optional<Participant> participant(qint64 id) const;
    // Adds a participant; when id is non-zero that row id is used (undo of a delete).
    Result<qint64> addParticipant(const Participant &participant);
    Result<void> updateParticipant(const Participant &participant);
    // Deletes a participant with their history; whoever they forwarded an invitation to
    // is left without a forwarder.
    Result<void> removeParticipant(qint64 id);

    // Who forwarded a participant's invitation: a participant's id, 0 when nobody on the
    // list did (or the forwarder is gone).
    qint64 forwarderOf(qint64 participantId) const;
    // The people whose invitation the given participant forwarded.
    QList<qint64> forwardedBy(qint64 forwarderId) const;
    // Records (or with 0 clears) who forwarded an invitation; the forwarder must be
    // another participant on the list.
    Result<void> setForwarder(qint64 participantId, qint64 forwarderId);

    // Sets the status of several people at once, recording each change in their
    // history with the given instant. People already in that status are left alone.
    Result<void> setStatus(const QList<qint64> &ids, Status status, const QDateTime &at);
    QList<StatusChange> statusHistory(qint64 participantId) const;
    Result<void> addStatusChange(const StatusChange &change);

    // What balance needs of every participant, with the subregion resolved from the
    // participant's country and the sector from the organization's category.
    QList<BalanceRecord> balanceRecords() const;
    // The name of every organization by id, for reports and rules.
    QHash<qint64, QString> organizationNames() const;

    BalanceTargets balanceTargets() const;
    Result<void> setBalanceTargets(const BalanceTargets &targets);

    SqliteDatabase &database() const { return m_db; }

private:
    Result<void> failure(const char *what) const;

    SqliteDatabase &m_db;
};

} // namespace consulta
