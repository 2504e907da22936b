#include "StatusActions.h"

#include "DocumentSession.h"
#include "Prompts.h"
#include "commands/SetStatusCommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace consulta {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("StatusActions", text, nullptr, n);
}

} // namespace

StatusActions::StatusActions(DocumentSession &session, QWidget *parent)
    : m_session(session)
    , m_parent(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QStringList StatusActions::registrationWarnings(const QList<qint64> &ids) const
{
    QStringList warnings;
    const ParticipantIndex &index = m_session.index();
    const Consultation &consultation = m_session.consultation();
    // Only people not yet in the registered stage add to the counts.
    QHash<qint64, int> newcomersPerOrganization;
    int newcomers = 0;
    for (qint64 id : ids) {
        const ParticipantIndex::Entry *entry = index.entry(id);
        if (!entry || isInStage(entry->status, Stage::Registered))
            continue;
        ++newcomers;
        if (entry->organizationId != 0)
            ++newcomersPerOrganization[entry->organizationId];
    }
    if (newcomers == 0)
        return warnings;
    if (consultation.maxPerOrganization > 0) {
        for (auto it = newcomersPerOrganization.cbegin(); it != newcomersPerOrganization.cend();
             ++it) {
            const int already = index.registeredIn(it.key());
            if (already + it.value() <= consultation.maxPerOrganization)
                continue;
            const ParticipantIndex::OrganizationEntry *organization = index.organization(it.key());
            warnings.append(tr("%1 already has %2 registered; the limit is %3 per organization.")
                                .arg(organization ? organization->name : QString())
                                .arg(already)
                                .arg(consultation.maxPerOrganization));
        }
    }
    const QDateTime now = m_clock();
    if (consultation.registrationDeadline.isValid() && now > consultation.registrationDeadline) {
        const QTimeZone zone(consultation.timeZone);
        const QDateTime deadline = zone.isValid()
                                       ? consultation.registrationDeadline.toTimeZone(zone)
                                       : consultation.registrationDeadline;
        warnings.append(tr("The registration deadline (%1) has passed.")
                            .arg(QLocale().toString(deadline, QLocale::ShortFormat)));
    }
    if (consultation.capacity > 0 && index.registeredCount() + newcomers > consultation.capacity)
        warnings.append(tr("%1 people are registered already; the capacity is %2.")
                            .arg(index.registeredCount())
                            .arg(consultation.capacity));
    return warnings;
}

bool StatusActions::movesForward(Status from, Status to)
{
    if (from == to || from == Status::Attended)
        return false; // attendance is a fact, not a stage to undo in bulk
    if (from == Status::Declined || to == Status::Declined)
        return true;
    return statusRank(from) < statusRank(to);
}

bool StatusActions::apply(const QList<qint64> &selected, Status status)
{
    // Someone already further along stays there: registering a selection must not turn
    // an attendee back into a registrant, nor inviting one turn the waitlisted back.
    QList<qint64> ids;
    int furtherAlong = 0;
    for (qint64 id : selected) {
        const ParticipantIndex::Entry *entry = m_session.index().entry(id);
        if (!entry || entry->status == status)
            continue;
        if (movesForward(entry->status, status))
            ids.append(id);
        else
            ++furtherAlong;
    }
    if (furtherAlong > 0 && m_report)
        m_report(furtherAlong == 1 ? tr("1 person further along than “%1” was left as they were.")
                                         .arg(statusLabel(status))
                                   : tr("%1 people further along than “%2” were left as they were.")
                                         .arg(furtherAlong)
                                         .arg(statusLabel(status)));
    if (ids.isEmpty())
        return false;
    Status target = status;
    if (status == Status::Registered) {
        const QStringList warnings = registrationWarnings(ids);
        if (!warnings.isEmpty()) {
            switch (Prompts::current().askAboutWarnings(
                m_parent, tr("Register %n people", int(ids.size())), warnings)) {
            case Prompts::WarningChoice::Proceed:
                break;
            case Prompts::WarningChoice::Waitlist:
                target = Status::Waitlisted;
                break;
            case Prompts::WarningChoice::Cancel:
                return false;
            }
        }
    }
    m_session.undoStack()->push(new SetStatusCommand(m_session, ids, target, m_clock()));
    return true;
}

} // namespace consulta
