#pragma once

#include <QList>
#include <QString>

namespace consulta {

// One .eml file a run wrote.
struct WrittenMessage
{
    qint64 participantId = 0;
    QString path;
};

// Someone a run wrote no message for, and why (for people: "no e-mail address").
struct SkippedParticipant
{
    qint64 participantId = 0;
    QString name;
    QString reason;
};

// What an InvitationRun did. After a cancel, what was written stays and those people
// are marked invited all the same: every message on disk is recorded.
struct InvitationOutcome
{
    QList<WrittenMessage> written;
    QList<SkippedParticipant> skipped;
    QList<qint64> markedInvited; // whose status went from identified to invited
    bool cancelled = false;
};

} // namespace consulta
