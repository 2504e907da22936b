#pragma once

#include "EmailMessage.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace consulta {

// Writes an RFC 5322 message (an .eml file) that any mail client opens: CRLF line ends,
// headers in ASCII with names and subjects in any script as RFC 2047 encoded-words
// (UTF-8, base64; a display name stays one word), long headers folded, a multipart/mixed
// body holding a multipart/alternative of the text (UTF-8, quoted-printable) and the
// text/calendar request, and the .ics attachment (base64). Boundaries derive from the Message-ID,
// so the same message gives the same bytes.
class EmlWriter
{
public:
    static Result<QByteArray> write(const EmailMessage &message);

    // "Wed, 28 Oct 2020 04:00:00 +0000" (RFC 5322 3.3), always in UTC.
    static QByteArray rfc5322Date(const QDateTime &instant);
    // A header field, folded: "Name: value" in lines of at most 78 octets where the
    // value has spaces to fold at; each line ends in CRLF. Non-ASCII values are
    // written as encoded-words.
    static QByteArray unstructuredHeader(const QByteArray &name, const QString &value);
    // A mailbox header ("To", "From"): the display name as an atom, a quoted string or
    // one encoded-word (longer than 75 characters if need be: see the .cpp for why), then
    // the address; empty when the address is not usable.
    static QByteArray mailboxHeader(const QByteArray &name, const Mailbox &mailbox);
    // RFC 2047 encoded-words ("=?UTF-8?B?…?=") for text, each at most 75 characters (the
    // first at most firstMaximum, to fit beside a header name),
    // never splitting a character.
    static QList<QByteArray> encodedWords(const QString &text, qsizetype firstMaximum = 75);
    // RFC 2045 6.7 quoted-printable of UTF-8 text, lines joined by CRLF (lines of at most
    // 76 characters, soft breaks, trailing spaces and "From " at a line start encoded).
    static QByteArray quotedPrintable(const QString &text);
    // Base64 in lines of 76 characters joined by CRLF (none after the last).
    static QByteArray base64Lines(const QByteArray &data);
};

} // namespace consulta
