#include "MessageTemplate.h"

#include <QCoreApplication>

namespace consulta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageTemplate", text);
}

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isNameCharacter(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           c == QLatin1Char('_');
}

// If a placeholder starts at text[at] ("{name}"), its name; else an empty string.
QString placeholderAt(const QString &text, qsizetype at)
{
    if (text.at(at) != QLatin1Char('{') || at + 1 >= text.size() || !isNameStart(text.at(at + 1)))
        return QString();
    qsizetype end = at + 1;
    while (end < text.size() && isNameCharacter(text.at(end)))
        ++end;
    if (end >= text.size() || text.at(end) != QLatin1Char('}'))
        return QString();
    return text.mid(at + 1, end - at - 1);
}

// Walks text, calling onText for literal text and onPlaceholder for each placeholder
// name as written.
template<typename TextFn, typename PlaceholderFn>
void scan(const QString &text, TextFn onText, PlaceholderFn onPlaceholder)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < text.size() && text.at(i + 1) == c;
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && doubled) {
            onText(QString(c));
            i += 2;
            continue;
        }
        if (c == QLatin1Char('{')) {
            const QString name = placeholderAt(text, i);
            if (!name.isEmpty()) {
                onPlaceholder(name);
                i += name.size() + 2;
                continue;
            }
        }
        qsizetype next = i + 1;
        while (next < text.size() && text.at(next) != QLatin1Char('{') &&
               text.at(next) != QLatin1Char('}'))
            ++next;
        onText(text.mid(i, next - i));
        i = next;
    }
}

void appendOnce(QStringList &list, const QString &name)
{
    if (!list.contains(name))
        list.append(name);
}

struct Renderer
{
    const QHash<QString, QString> &values;
    RenderedMessage &message;

    QString fill(const QString &text)
    {
        QString result;
        scan(
            text, [&](const QString &literal) { result += literal; },
            [&](const QString &name) {
                const QString key = name.toLower();
                if (!MessageTemplate::isKnownPlaceholder(key)) {
                    appendOnce(message.unknownPlaceholders, name);
                    result += QLatin1Char('{') + name + QLatin1Char('}');
                    return;
                }
                const QString value = values.value(key);
                if (value.isEmpty())
                    appendOnce(message.emptyPlaceholders, key);
                result += value;
            });
        return result;
    }

    // True when the line is one known placeholder (and spaces) with an empty value.
    bool isEmptyPlaceholderLine(const QString &line)
    {
        const QString trimmed = line.trimmed();
        if (trimmed.size() < 3 || placeholderAt(trimmed, 0).size() != trimmed.size() - 2)
            return false;
        const QString key = trimmed.mid(1, trimmed.size() - 2).toLower();
        return MessageTemplate::isKnownPlaceholder(key) && values.value(key).isEmpty();
    }
};

QString rulesParagraph(const Consultation &c)
{
    if (c.chathamHouseRule) {
        const QString meeting = c.recorded
                                    ? tr("The consultation is a closed meeting and will be "
                                         "recorded.")
                                    : tr("The consultation is a closed meeting and will not be "
                                         "recorded.");
        return meeting + QLatin1Char(' ') +
               tr("In order to have open and frank discussions, we will follow the Chatham "
                  "House Rule: participants are free to use the information received, but "
                  "neither the identity nor the affiliation of the speaker(s), nor that of any "
                  "other participant, may be revealed.");
    }
    return c.recorded ? tr("Please note that the consultation will be recorded.")
                      : tr("The consultation will not be recorded.");
}

QString limitParagraph(const Consultation &c)
{
    if (c.maxPerOrganization <= 0)
        return QString();
    if (c.maxPerOrganization == 1)
        return tr("In the interest of ensuring diverse representation of relevant stakeholders, "
                  "we ask that only one person per organization participates.");
    return tr("In the interest of ensuring diverse representation of relevant stakeholders, we "
              "ask that no more than %1 people per organization participate.")
        .arg(c.maxPerOrganization);
}

QString joinParagraphs(const QStringList &paragraphs)
{
    QStringList present;
    for (const QString &paragraph : paragraphs) {
        if (!paragraph.isEmpty())
            present.append(paragraph);
    }
    return present.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace

MessageTemplate::MessageTemplate(const QString &subject, const QString &body)
    : m_subject(subject)
    , m_body(body)
{}

const QList<PlaceholderInfo> &MessageTemplate::knownPlaceholders()
{
    static const QList<PlaceholderInfo> known = {
        {QStringLiteral("name"), tr("The invitee's full name")},
        {QStringLiteral("given_name"), tr("The invitee's given name")},
        {QStringLiteral("family_name"), tr("The invitee's family name")},
        {QStringLiteral("email"), tr("The invitee's e-mail address")},
        {QStringLiteral("job_title"), tr("The invitee's job title")},
        {QStringLiteral("organization"), tr("The invitee's organization")},
        {QStringLiteral("country"), tr("The invitee's country")},
        {QStringLiteral("title"), tr("The consultation's title")},
        {QStringLiteral("roundtable"), tr("The IMRF roundtable number")},
        {QStringLiteral("objectives"), tr("The GCM objectives, one per line with their titles")},
        {QStringLiteral("objective_numbers"), tr("The GCM objective numbers: 2, 5, 6, 12 and 18")},
        {QStringLiteral("date_local"), tr("The date of the consultation in the invitee's zone")},
        {QStringLiteral("time_local"), tr("Start and end time in the invitee's zone")},
        {QStringLiteral("zone_local"), tr("The invitee's zone and its offset from UTC")},
        {QStringLiteral("date_consultation"), tr("The date in the consultation's zone")},
        {QStringLiteral("time_consultation"), tr("Start and end time in the consultation's zone")},
        {QStringLiteral("zone_consultation"), tr("The consultation's zone and its offset")},
        {QStringLiteral("deadline_local"),
         tr("The registration deadline in the invitee's zone, with the zone")},
        {QStringLiteral("deadline_consultation"),
         tr("The registration deadline in the consultation's zone, with the zone")},
        {QStringLiteral("platform"), tr("The online platform, e.g. Zoom")},
        {QStringLiteral("organizers"), tr("The organizing team, one line per role")},
        {QStringLiteral("sender"), tr("The sender's name")},
    };
    return known;
}

bool MessageTemplate::isKnownPlaceholder(const QString &name)
{
    const QString key = name.toLower();
    for (const PlaceholderInfo &info : knownPlaceholders()) {
        if (info.name == key)
            return true;
    }
    return false;
}

QStringList MessageTemplate::placeholders() const
{
    QStringList names;
    for (const QString *text : {&m_subject, &m_body})
        scan(
            *text, [](const QString &) {}, [&](const QString &name) { appendOnce(names, name); });
    return names;
}

QStringList MessageTemplate::unknownPlaceholders() const
{
    QStringList unknown;
    const QStringList names = placeholders();
    for (const QString &name : names) {
        if (!isKnownPlaceholder(name))
            unknown.append(name);
    }
    return unknown;
}

RenderedMessage MessageTemplate::render(const QHash<QString, QString> &values) const
{
    RenderedMessage message;
    Renderer renderer{values, message};
    QString subject = renderer.fill(m_subject);
    subject.replace(QLatin1String("\r\n"), QLatin1String(" "));
    subject.replace(QLatin1Char('\n'), QLatin1Char(' '));
    subject.replace(QLatin1Char('\r'), QLatin1Char(' '));
    message.subject = subject.trimmed();

    QString body = m_body;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = body.split(QLatin1Char('\n'));
    QStringList filled;
    for (const QString &line : lines) {
        if (renderer.isEmptyPlaceholderLine(line)) {
            // Still listed as empty, so the preview can say so.
            appendOnce(message.emptyPlaceholders, line.trimmed().mid(1).chopped(1).toLower());
            continue;
        }
        filled.append(renderer.fill(line));
    }
    message.body = filled.join(QLatin1Char('\n'));
    return message;
}

MessageTemplate MessageTemplate::defaultFor(MessageKind kind, const Consultation &c)
{
    const QString rules = rulesParagraph(c);
    const QString limit = limitParagraph(c);
    if (kind == MessageKind::Reminder) {
        return MessageTemplate(
            tr("Reminder: registration for the {title} closes {deadline_local}"),
            joinParagraphs({
                tr("Dear {name},"),
                tr("This is a friendly reminder of our invitation to the {title}."),
                tr("When: {date_local}, {time_local} {zone_local}\n"
                   "      ({date_consultation}, {time_consultation} {zone_consultation})\n"
                   "Where: online, on {platform}"),
                tr("We have not yet received your registration. Registration closes on "
                   "{deadline_local}, that is {deadline_consultation}; please register before then "
                   "by replying to this message."),
                rules,
                limit,
                tr("If you forwarded the invitation to colleagues or partners, please remind "
                   "them that they, too, need to register by the deadline."),
                tr("With kind regards,\n{sender}"),
            }));
    }
    return MessageTemplate(
        tr("Invitation: {title} ({date_local})"),
        joinParagraphs({
            tr("Dear {name},"),
            tr("We are pleased to invite you to the {title}."),
            tr("When: {date_local}, {time_local} {zone_local}\n"
               "      ({date_consultation}, {time_consultation} {zone_consultation})\n"
               "Where: online, on {platform}"),
            tr("The consultation addresses the following objectives of the Global Compact for "
               "Safe, Orderly and Regular Migration (GCM):\n{objectives}"),
            tr("Its purpose is to take stock of the progress of implementation of these "
               "objectives; to identify key challenges, opportunities, gaps and emerging issues, "
               "good practices and lessons learnt, and resource requirements and capacity "
               "building needs; and to formulate recommendations. A summary note will be drafted "
               "and made publicly available after the consultation."),
            rules,
            limit,
            tr("Please feel free to forward this invitation to colleagues and partners. Please "
               "remember that all participants, including those who receive the invitation "
               "forwarded, need to register by {deadline_local}, that is "
               "{deadline_consultation}. To register, please reply to this message."),
            tr("The consultation is organized by:\n{organizers}"),
            tr("With kind regards,\n{sender}"),
        }));
}

} // namespace consulta
