#pragma once

#include "InvitationOutcome.h"
#include "Mailbox.h"
#include "MessageKind.h"
#include "MessageTemplate.h"
#include "PlaceholderValues.h"
#include "RenderedMessage.h"
#include "common/Result.h"
#include "model/Consultation.h"
#include "model/Organization.h"
#include "model/Participant.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace consulta {

class ConsultationStore;

// Sends invitations or reminders the way the secretariat does: one .eml file per person
// in a folder, each with the consultation as a meeting request in that person's own
// time zone, then (for invitations) the identified among them marked invited in one
// transaction. The dialog drives it with preview() for one person and run() over a
// list with a progress callback that can cancel; the command line with recipients().
//
// It reads the document once when made (consultation, organizations, the template in
// force, sender, calendar key); the setters change what this run uses without touching
// the document, so a dialog can preview an edited template before saving it.
class InvitationRun
{
public:
    // Called after each person with how many are done and the total; returning false
    // cancels the run after that person.
    using Progress = std::function<bool(int done, int total)>;

    InvitationRun(ConsultationStore &store, MessageKind kind);

    MessageKind kind() const { return m_kind; }
    const MessageTemplate &messageTemplate() const { return m_template; }
    void setTemplate(const MessageTemplate &messageTemplate) { m_template = messageTemplate; }
    const Mailbox &sender() const { return m_sender; }
    void setSender(const Mailbox &sender);
    // The clock: the messages' Date and DTSTAMP, the status history, the deadline check.
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    QDateTime now() const { return m_now; }
    void setCalendarKey(const QString &key) { m_calendarKey = key; }
    // Whether run() marks the identified invited (invitations only; true by default).
    // A window that records the change as an undoable command itself turns it off.
    void setMarkInvited(bool mark) { m_markInvited = mark; }

    // Who a run goes to by default. Invitations: everyone with the given status
    // (identified, or invited to send the invitation again); reminders: the invited
    // who have not registered (status ignored). In the document's order.
    QList<Participant> recipients(Status status = Status::Identified) const;

    // Why a run cannot go ahead, or nothing: unknown placeholders in the template, no
    // usable sender, the consultation's start or end not set, a reminder after the
    // registration deadline.
    Result<void> readiness() const;

    // The message as the person would read it, for a live preview. Works before the
    // sender or the dates are set; unknown and empty placeholders are listed.
    RenderedMessage preview(const Participant &participant) const;
    // The .ics meeting request and the whole .eml message for one person.
    QByteArray calendarFor(const Participant &participant) const;
    Result<QByteArray> messageFor(const Participant &participant) const;
    // "Invitation - สมชาย ศรีสุข": the file name (without .eml) a message is written
    // under, safe on every file system; run() adds " (2)" … when it is taken.
    QString fileBaseName(const Participant &participant) const;

    // Writes one .eml per person into folder (created when missing; files already there
    // are never overwritten), skipping those without a usable e-mail address, repeated
    // people and, for reminders, anyone not invited; then marks the identified invited.
    // On an error nothing stays: the files written are removed and no status changes.
    Result<InvitationOutcome> run(const QList<Participant> &participants, const QString &folder,
                                  const Progress &progress = {});

private:
    // Why one person gets no message, or an empty string.
    QString skipReason(const Participant &participant) const;
    Result<QString> writeUnique(const QString &folder, const QString &baseName,
                                const QByteArray &bytes, QSet<QString> &used) const;

    ConsultationStore &m_store;
    MessageKind m_kind;
    Consultation m_consultation;
    QHash<qint64, Organization> m_organizations;
    Mailbox m_sender;
    PlaceholderValues m_values; // depends on the three above
    MessageTemplate m_template;
    QString m_calendarKey;
    QDateTime m_now;
    bool m_markInvited = true;
};

} // namespace consulta
