#pragma once

#include "Mailbox.h"
#include "model/Consultation.h"
#include "model/Organization.h"
#include "model/Participant.h"

#include <QHash>
#include <QString>

namespace consulta {

// The values of every known placeholder of MessageTemplate for one participant. What
// is the same for everyone (title, objectives, the consultation's own times, the team)
// is computed once; times in the invitee's zone per participant.
class PlaceholderValues
{
public:
    PlaceholderValues(const Consultation &consultation,
                      const QHash<qint64, Organization> &organizations, const Mailbox &sender);

    QHash<QString, QString> forParticipant(const Participant &participant) const;

    // "  2. Minimize the adverse drivers …", one objective a line, numbers aligned.
    static QString objectivesList(const QList<int> &objectives);
    // "2, 5, 6, 12 and 18"
    static QString objectiveNumbers(const QList<int> &objectives);
    // One line per role in the order the team lists them: "Co-leads: ILO, UNESCO";
    // members with a country read "Migrant Forum in Asia, Philippines", separated by
    // semicolons.
    static QString organizersText(const QList<TeamMember> &team);

private:
    Consultation m_consultation;
    QHash<qint64, Organization> m_organizations;
    QHash<QString, QString> m_common;
};

} // namespace consulta
