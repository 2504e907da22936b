#include "PlaceholderValues.h"

#include "EffectiveTimeZone.h"
#include "ZoneTimeText.h"
#include "reference/ReferenceData.h"

#include <QStringList>

#include <algorithm>

namespace consulta {

namespace {

// "Co-lead" → "Co-leads", "Supporting agency" → "Supporting agencies".
QString plural(const QString &role)
{
    if (role.isEmpty() || role.endsWith(QLatin1Char('s')))
        return role;
    if (role.endsWith(QLatin1Char('y')) && role.size() > 1 &&
        !QStringLiteral("aeiou").contains(role.at(role.size() - 2)))
        return role.chopped(1) + QStringLiteral("ies");
    return role + QLatin1Char('s');
}

QString listText(const QStringList &items, const QString &separator)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(separator) + QStringLiteral(" and ") +
           items.constLast();
}

// The date, time and zone texts of the consultation's instants in one zone.
void addTimes(QHash<QString, QString> &values, const QString &suffix, const QTimeZone &zone,
              const Consultation &c)
{
    values.insert(QStringLiteral("date_") + suffix, ZoneTimeText::date(zone, c.startsAt));
    values.insert(QStringLiteral("time_") + suffix,
                  ZoneTimeText::timeRange(zone, c.startsAt, c.endsAt));
    values.insert(QStringLiteral("zone_") + suffix,
                  c.startsAt.isValid() ? ZoneTimeText::zoneName(zone, c.startsAt) : QString());
    const QDateTime deadline = c.registrationDeadline;
    values.insert(QStringLiteral("deadline_") + suffix,
                  deadline.isValid() ? ZoneTimeText::deadline(zone, deadline) + QLatin1Char(' ') +
                                           ZoneTimeText::zoneName(zone, deadline)
                                     : QString());
}

} // namespace

PlaceholderValues::PlaceholderValues(const Consultation &consultation,
                                     const QHash<qint64, Organization> &organizations,
                                     const Mailbox &sender)
    : m_consultation(consultation)
    , m_organizations(organizations)
{
    const Consultation &c = m_consultation;
    m_common.insert(QStringLiteral("title"), c.title);
    m_common.insert(QStringLiteral("roundtable"), QString::number(c.roundtable));
    m_common.insert(QStringLiteral("objectives"), objectivesList(c.objectives));
    m_common.insert(QStringLiteral("objective_numbers"), objectiveNumbers(c.objectives));
    m_common.insert(QStringLiteral("platform"), c.platform);
    m_common.insert(QStringLiteral("organizers"), organizersText(c.organizingTeam));
    m_common.insert(QStringLiteral("sender"), sender.name.trimmed());
    addTimes(m_common, QStringLiteral("consultation"), EffectiveTimeZone::ofConsultation(c).zone(),
             c);
}

QHash<QString, QString> PlaceholderValues::forParticipant(const Participant &p) const
{
    QHash<QString, QString> values = m_common;
    values.insert(QStringLiteral("name"), p.displayName().trimmed());
    values.insert(QStringLiteral("given_name"), p.givenName.trimmed());
    values.insert(QStringLiteral("family_name"), p.familyName.trimmed());
    values.insert(QStringLiteral("email"), p.email.trimmed());
    values.insert(QStringLiteral("job_title"), p.jobTitle.trimmed());
    values.insert(QStringLiteral("organization"),
                  m_organizations.value(p.organizationId).name.trimmed());
    values.insert(QStringLiteral("country"), ReferenceData::instance().countryName(p.country));
    addTimes(values, QStringLiteral("local"), EffectiveTimeZone::of(p, m_consultation).zone(),
             m_consultation);
    return values;
}

QString PlaceholderValues::objectivesList(const QList<int> &objectives)
{
    int width = 1;
    for (int number : objectives)
        width = qMax(width, int(QString::number(number).size()));
    QStringList lines;
    for (int number : objectives) {
        const Objective *objective = ReferenceData::instance().objective(number);
        QString line = QStringLiteral("  %1.").arg(number, width);
        if (objective)
            line += QLatin1Char(' ') + objective->title;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString PlaceholderValues::objectiveNumbers(const QList<int> &objectives)
{
    QStringList numbers;
    for (int number : objectives)
        numbers.append(QString::number(number));
    return listText(numbers, QStringLiteral(", "));
}

QString PlaceholderValues::organizersText(const QList<TeamMember> &team)
{
    // Roles in order of first appearance; within a role, one entry per organization
    // with all the countries it is listed with.
    struct Entry
    {
        QString organization;
        QStringList countries;
    };
    QStringList roles;
    QHash<QString, QList<Entry>> byRole;
    for (const TeamMember &member : team) {
        const QString organization = member.organization.trimmed();
        if (organization.isEmpty())
            continue;
        const QString role = member.role.trimmed();
        if (!roles.contains(role))
            roles.append(role);
        QList<Entry> &entries = byRole[role];
        auto found = std::find_if(entries.begin(), entries.end(), [&](const Entry &entry) {
            return entry.organization == organization;
        });
        if (found == entries.end()) {
            entries.append({organization, {}});
            found = entries.end() - 1;
        }
        const QString country = ReferenceData::instance().countryName(member.country);
        if (!country.isEmpty() && !found->countries.contains(country))
            found->countries.append(country);
    }
    QStringList lines;
    for (const QString &role : roles) {
        const QList<Entry> &entries = byRole.value(role);
        QStringList names;
        bool withCountries = false;
        for (const Entry &entry : entries) {
            QString name = entry.organization;
            if (!entry.countries.isEmpty()) {
                name += QStringLiteral(", ") + listText(entry.countries, QStringLiteral(", "));
                withCountries = true;
            }
            names.append(name);
        }
        // "Migrant Forum in Asia, Philippines; Solidarity Center, Sri Lanka", as the
        // concept note lists them.
        const QString joined =
            names.join(withCountries ? QStringLiteral("; ") : QStringLiteral(", "));
        if (role.isEmpty())
            lines.append(joined);
        else
            lines.append((entries.size() > 1 ? plural(role) : role) + QStringLiteral(": ") +
                         joined);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace consulta
