#include "IcsWriter.h"

#include <QCryptographicHash>

namespace consulta {

namespace {

// A parameter value (RFC 5545 3.2): always quoted; a quote cannot be written inside,
// nor can a control character.
QByteArray parameterValue(const QString &value)
{
    QString clean;
    clean.reserve(value.size());
    for (QChar c : value) {
        if (c == QLatin1Char('"'))
            clean += QLatin1Char('\'');
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            clean += QLatin1Char(' ');
        else
            clean += c;
    }
    return '"' + clean.simplified().toUtf8() + '"';
}

QByteArray calAddress(const Mailbox &mailbox)
{
    return "mailto:" + mailbox.asciiAddress();
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char(';'))
            escaped += QStringLiteral("\\;");
        else if (c == QLatin1Char(','))
            escaped += QStringLiteral("\\,");
        else if (c == QLatin1Char('\r')) {
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            escaped += QLatin1Char(' '); // other controls are not allowed in TEXT
        else
            escaped += c;
    }
    return escaped;
}

QByteArray IcsWriter::foldLine(const QByteArray &line)
{
    constexpr qsizetype kLimit = 75;
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype start = 0;
    qsizetype room = kLimit; // the first line has all 75 octets, continuations 74
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        // Never cut before a UTF-8 continuation byte (10xxxxxx).
        while (cut > start && (quint8(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (cut == start) // not UTF-8: cut anywhere rather than loop
            cut = start + room;
        folded += line.mid(start, cut - start);
        folded += "\r\n ";
        start = cut;
        room = kLimit - 1;
    }
    folded += line.mid(start);
    folded += "\r\n";
    return folded;
}

QByteArray IcsWriter::utcDateTime(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QString IcsWriter::uidFor(const QString &consultationKey, qint64 participantId)
{
    const QByteArray seed = "consulta-invitation\n" + consultationKey.toUtf8() + '\n' +
                            QByteArray::number(participantId);
    const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(32)) + QStringLiteral("@consulta");
}

QByteArray IcsWriter::write(const IcsEvent &event)
{
    QByteArray out;
    auto line = [&out](const QByteArray &content) { out += foldLine(content); };
    auto text = [&line](const char *name, const QString &value) {
        line(QByteArray(name) + ':' + escapeText(value).toUtf8());
    };
    line("BEGIN:VCALENDAR");
    line(QByteArray("PRODID:") + kProductId);
    line("VERSION:2.0");
    line("CALSCALE:GREGORIAN");
    line("METHOD:REQUEST");
    line("BEGIN:VEVENT");
    line("UID:" + event.uid.toUtf8());
    line("DTSTAMP:" + utcDateTime(event.stamp));
    line("DTSTART:" + utcDateTime(event.start));
    line("DTEND:" + utcDateTime(event.end));
    line("SEQUENCE:" + QByteArray::number(event.sequence));
    text("SUMMARY", event.summary);
    if (!event.description.isEmpty())
        text("DESCRIPTION", event.description);
    if (!event.location.isEmpty())
        text("LOCATION", event.location);
    line("STATUS:CONFIRMED");
    line("TRANSP:OPAQUE");
    QByteArray organizer = "ORGANIZER";
    if (!event.organizer.name.trimmed().isEmpty())
        organizer += ";CN=" + parameterValue(event.organizer.name);
    line(organizer + ':' + calAddress(event.organizer));
    QByteArray attendee = "ATTENDEE";
    if (!event.attendee.name.trimmed().isEmpty())
        attendee += ";CN=" + parameterValue(event.attendee.name);
    attendee += ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE";
    line(attendee + ':' + calAddress(event.attendee));
    line("END:VEVENT");
    line("END:VCALENDAR");
    return out;
}

} // namespace consulta
