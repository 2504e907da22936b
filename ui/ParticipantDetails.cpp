#include "ParticipantDetails.h"

#include "DocumentSession.h"
#include "invite/EffectiveTimeZone.h"
#include "invite/ZoneTimeText.h"
#include "reference/ReferenceData.h"

#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace consulta {

namespace {

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return QString();
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

// "Asia/Kathmandu — Kathmandu time (UTC+5:45), from the country": the zone the person
// reads their invitation in, its offset at the consultation (or now), and where it came
// from.
QString effectiveZoneText(const Participant &participant, const Consultation &consultation)
{
    const EffectiveTimeZone effective = EffectiveTimeZone::of(participant, consultation);
    const QDateTime at =
        consultation.startsAt.isValid() ? consultation.startsAt : QDateTime::currentDateTimeUtc();
    QString source;
    switch (effective.source) {
    case EffectiveTimeZone::Source::Participant:
        source = ParticipantDetails::tr("their own");
        break;
    case EffectiveTimeZone::Source::Country:
        source = ParticipantDetails::tr("from the country");
        break;
    case EffectiveTimeZone::Source::Consultation:
        source = ParticipantDetails::tr("the consultation's");
        break;
    case EffectiveTimeZone::Source::Utc:
        source = ParticipantDetails::tr("no zone known");
        break;
    }
    return ParticipantDetails::tr("%1 — %2, %3")
        .arg(QString::fromUtf8(effective.id), ZoneTimeText::zoneName(effective.zone(), at), source);
}

} // namespace

ParticipantDetails::ParticipantDetails(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QTextBrowser(this))
{
    m_text->setAccessibleName(tr("Participant details"));
    m_text->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    connect(&m_session, &DocumentSession::participantsChanged, this,
            [this](const QList<qint64> &ids) {
                if (ids.contains(m_id) || (m_forwarderId != 0 && ids.contains(m_forwarderId)))
                    refresh();
            });
    connect(&m_session, &DocumentSession::organizationsChanged, this, &ParticipantDetails::refresh);
    refresh();
}

void ParticipantDetails::showParticipant(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    refresh();
}

void ParticipantDetails::refresh()
{
    const std::optional<Participant> p = m_id ? m_session.store().participant(m_id) : std::nullopt;
    m_forwarderId = 0;
    if (!p) {
        m_text->setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                            .arg(tr("Select a person to see their details and status history.")
                                     .toHtmlEscaped()));
        return;
    }
    const ReferenceData &reference = ReferenceData::instance();
    QString organization;
    QString sector;
    if (const auto org = m_session.store().organization(p->organizationId)) {
        organization = org->acronym.isEmpty()
                           ? org->name
                           : org->name + QStringLiteral(" (") + org->acronym + QLatin1Char(')');
        if (const StakeholderCategory *category = reference.category(org->category))
            sector = category->label;
    }
    const QTimeZone zone(m_session.consultation().timeZone);
    auto when = [&](const QDateTime &instant) {
        const QDateTime shown = zone.isValid() ? instant.toTimeZone(zone) : instant;
        return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    QString origin;
    switch (p->origin) {
    case Origin::Invited:
        origin = tr("Invited directly");
        break;
    case Origin::Forwarded: {
        QString forwarder = p->forwardedBy;
        if (const std::optional<Participant> by =
                p->forwardedById ? m_session.store().participant(p->forwardedById) : std::nullopt) {
            m_forwarderId = by->id;
            forwarder = by->displayName();
        }
        origin = forwarder.isEmpty() ? tr("Forwarded") : tr("Forwarded by %1").arg(forwarder);
        break;
    }
    case Origin::SelfRegistered:
        origin = tr("Registered themselves");
        break;
    }
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(p->displayName().toHtmlEscaped());
    html += row(tr("Job title"), p->jobTitle);
    html += row(tr("Organization"), organization);
    html += row(tr("Sector"), sector);
    html += row(tr("E-mail"), p->email);
    html += row(tr("Country"), reference.countryName(p->country));
    html += row(tr("Subregion"), ReferenceData::subregionLabel(reference.subregionOf(p->country)));
    html += row(tr("Gender"), genderLabel(p->gender));
    html += row(tr("Time zone"), effectiveZoneText(*p, m_session.consultation()));
    html += row(tr("Status"), statusLabel(p->status));
    if (p->registeredAt.isValid())
        html += row(tr("Registered at"), when(p->registeredAt));
    html += row(tr("Came in"), origin);
    html += row(tr("Source"), p->source);
    html += QStringLiteral("</table>");
    if (!p->notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(p->notes.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Status history").toHtmlEscaped());
    const QList<StatusChange> history = m_session.store().statusHistory(m_id);
    if (history.isEmpty()) {
        html += QStringLiteral("<p style='color:#777'>%1</p>")
                    .arg(tr("No changes recorded.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<table>");
        for (const StatusChange &change : history)
            html += row(when(change.at),
                        tr("%1 → %2").arg(statusLabel(change.from), statusLabel(change.to)));
        html += QStringLiteral("</table>");
    }
    m_text->setHtml(html);
}

} // namespace consulta
