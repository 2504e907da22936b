#include "EmlWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

#include <array>

namespace consulta {

namespace {

constexpr qsizetype kHeaderLine = 78;          // RFC 5322 2.1.1: SHOULD be no more than 78
constexpr qsizetype kEncodedWordOverhead = 12; // "=?UTF-8?B?" and "?="
constexpr qsizetype kHardLine = 900;           // well inside the 998 a header line MUST not pass

bool isPrintableAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// RFC 5322 atext, for a display name that needs no quotes.
bool isAtomText(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool alnum =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum && u != u' ' && !QStringLiteral("!#$%&'*+-/=?^_`{|}~").contains(c))
            return false;
    }
    return true;
}

// Lays tokens out as "Name: t1 t2 …" folding before a token when the line would pass 78
// octets; each line ends in CRLF.
QByteArray foldTokens(const QByteArray &name, const QList<QByteArray> &tokens)
{
    QByteArray out;
    QByteArray current = name + ':';
    bool lineHasToken = false;
    for (const QByteArray &token : tokens) {
        if (lineHasToken && current.size() + 1 + token.size() > kHeaderLine) {
            out += current + "\r\n";
            current.clear();
        }
        current += ' ' + token;
        lineHasToken = true;
    }
    return out + current + "\r\n";
}

QByteArray encodedWord(const QByteArray &utf8)
{
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

// A mailbox's display name as header tokens: an atom, a quoted string or one
// encoded-word. RFC 2047 asks for encoded-words of at most 75 characters, but a name
// split over several is read back with a stray space at the split by Python's address
// parser (3.11 keeps the white space between adjacent encoded-words of a phrase, against
// RFC 2047 6.2), and no split can please both it and conforming readers. Mail clients
// read a longer encoded-word without trouble, so a name stays one word unless it would
// not fit a header line at all.
QList<QByteArray> phraseTokens(const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return {};
    if (isPrintableAscii(simplified) && !simplified.contains(QLatin1String("=?"))) {
        if (isAtomText(simplified))
            return {simplified.toLatin1()};
        QByteArray quoted = simplified.toLatin1();
        quoted.replace('\\', "\\\\");
        quoted.replace('"', "\\\"");
        return {'"' + quoted + '"'};
    }
    const QByteArray whole = encodedWord(simplified.toUtf8());
    if (whole.size() <= kHardLine)
        return {whole};
    return EmlWriter::encodedWords(simplified);
}

QByteArray boundaryFor(const QByteArray &messageId, const char *kind)
{
    // "=_" never appears in quoted-printable or base64 text, so the boundary cannot
    // occur inside a part.
    const QByteArray hash = QCryptographicHash::hash(messageId, QCryptographicHash::Sha256).toHex();
    return "=_consulta_" + QByteArray(kind) + '_' + hash.left(24);
}

QByteArray asciiFileName(const QString &name)
{
    QByteArray clean;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool safe = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                          (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'_';
        if (safe)
            clean += char(u);
    }
    return clean.isEmpty() || clean.startsWith('.') ? QByteArray("invitation.ics") : clean;
}

} // namespace

QByteArray EmlWriter::rfc5322Date(const QDateTime &instant)
{
    static const std::array<const char *, 7> days = {"Mon", "Tue", "Wed", "Thu",
                                                     "Fri", "Sat", "Sun"};
    static const std::array<const char *, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = instant.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    return QStringLiteral("%1, %2 %3 %4 %5:%6:%7 +0000")
        .arg(QLatin1String(days.at(std::size_t(date.dayOfWeek() - 1))))
        .arg(date.day())
        .arg(QLatin1String(months.at(std::size_t(date.month() - 1))))
        .arg(date.year())
        .arg(time.hour(), 2, 10, QLatin1Char('0'))
        .arg(time.minute(), 2, 10, QLatin1Char('0'))
        .arg(time.second(), 2, 10, QLatin1Char('0'))
        .toLatin1();
}

QList<QByteArray> EmlWriter::encodedWords(const QString &text, qsizetype firstMaximum)
{
    QList<QByteArray> words;
    QByteArray chunk;
    qsizetype maximum = qMax<qsizetype>(firstMaximum, kEncodedWordOverhead + 8);
    // The UTF-8 bytes that fit: base64 makes 4 characters of every 3 bytes.
    auto capacity = [&maximum]() { return (maximum - kEncodedWordOverhead) / 4 * 3; };
    qsizetype i = 0;
    while (i < text.size()) {
        // One whole code point, keeping surrogate pairs together.
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        if (!chunk.isEmpty() && chunk.size() + bytes.size() > capacity()) {
            words.append(encodedWord(chunk));
            chunk.clear();
            maximum = 75;
        }
        chunk += bytes;
        i += length;
    }
    if (!chunk.isEmpty())
        words.append(encodedWord(chunk));
    return words;
}

QByteArray EmlWriter::unstructuredHeader(const QByteArray &name, const QString &value)
{
    const QString simplified = value.simplified();
    if (isPrintableAscii(simplified) && !simplified.contains(QLatin1String("=?"))) {
        const QStringList words = simplified.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QList<QByteArray> tokens;
        for (const QString &word : words)
            tokens.append(word.toLatin1());
        return foldTokens(name, tokens);
    }
    // "Name: " takes name.size() + 2 of the first line.
    return foldTokens(name, encodedWords(simplified, kHeaderLine - name.size() - 2));
}

QByteArray EmlWriter::mailboxHeader(const QByteArray &name, const Mailbox &mailbox)
{
    const QByteArray address = mailbox.asciiAddress();
    if (address.isEmpty())
        return {};
    QList<QByteArray> tokens = phraseTokens(mailbox.name);
    tokens.append('<' + address + '>');
    return foldTokens(name, tokens);
}

QByteArray EmlWriter::quotedPrintable(const QString &text)
{
    constexpr qsizetype kLine = 76;
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    QList<QByteArray> encodedLines;
    for (const QString &line : lines) {
        const QByteArray bytes = line.toUtf8();
        QByteArray out;
        QByteArray current;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const quint8 b = quint8(bytes.at(i));
            const bool last = i == bytes.size() - 1;
            QByteArray token;
            const bool fromAtStart = i == 0 && b == 'F' && bytes.startsWith("From ");
            const bool lonePeriod = i == 0 && b == '.' && bytes.size() == 1;
            if ((b == ' ' || b == '\t') && !last)
                token = QByteArray(1, char(b));
            else if (b >= 33 && b <= 126 && b != '=' && !fromAtStart && !lonePeriod)
                token = QByteArray(1, char(b));
            else
                token = '=' + QByteArray::number(b, 16).toUpper().rightJustified(2, '0');
            // Room for a soft break "=" at the end of a full line.
            const qsizetype room = last ? kLine : kLine - 1;
            if (current.size() + token.size() > room) {
                out += current + "=\r\n";
                current.clear();
            }
            current += token;
        }
        out += current;
        encodedLines.append(out);
    }
    return encodedLines.join("\r\n");
}

QByteArray EmlWriter::base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QList<QByteArray> lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines.append(encoded.mid(i, 76));
    return lines.join("\r\n");
}

Result<QByteArray> EmlWriter::write(const EmailMessage &message)
{
    const QByteArray from = mailboxHeader("From", message.from);
    if (from.isEmpty())
        return Error{QCoreApplication::translate("EmlWriter",
                                                 "The sender's e-mail address “%1” is not usable.")
                         .arg(message.from.address)};
    const QByteArray to = mailboxHeader("To", message.to);
    if (to.isEmpty())
        return Error{
            QCoreApplication::translate("EmlWriter", "The e-mail address “%1” is not usable.")
                .arg(message.to.address)};

    QByteArray out;
    out += "MIME-Version: 1.0\r\n";
    out += "Date: " + rfc5322Date(message.date) + "\r\n";
    out += "Message-ID: <" + message.messageId + ">\r\n";
    out += from;
    out += to;
    out += unstructuredHeader("Subject", message.subject);
    if (message.unsent)
        out += "X-Unsent: 1\r\n";

    const QByteArray textHeaders = "Content-Type: text/plain; charset=utf-8\r\n"
                                   "Content-Transfer-Encoding: quoted-printable\r\n";
    const QByteArray text = quotedPrintable(message.body);
    if (message.calendar.isEmpty()) {
        out += textHeaders + "\r\n" + text;
        if (!text.endsWith("\r\n"))
            out += "\r\n";
        return out;
    }

    const QByteArray mixed = boundaryFor(message.messageId, "mixed");
    const QByteArray alternative = boundaryFor(message.messageId, "alt");
    const QByteArray fileName = asciiFileName(message.calendarFileName);
    const QByteArray calendar = base64Lines(message.calendar);
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + mixed + "\"\r\n";
    out += "\r\n";
    out += "This is a message in MIME format: a text and a meeting invitation.\r\n";
    out += "\r\n--" + mixed + "\r\n";
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + alternative + "\"\r\n";
    out += "\r\n";
    out += "\r\n--" + alternative + "\r\n";
    // The CRLF before a boundary belongs to the boundary, not to the part.
    out += textHeaders + "\r\n" + text;
    out += "\r\n--" + alternative + "\r\n";
    out += "Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "\r\n" + calendar;
    out += "\r\n--" + alternative + "--\r\n";
    out += "\r\n--" + mixed + "\r\n";
    out += "Content-Type: application/ics; name=\"" + fileName + "\"\r\n";
    out += "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "\r\n" + calendar;
    out += "\r\n--" + mixed + "--\r\n";
    return out;
}

} // namespace consulta
