#pragma once

#include <QString>
#include <QStringView>

namespace consulta {

// E-mail addresses as registration exports write them.
//
// clean(): trimmed; "mailto:" dropped; "Name <address>" gives the address; Microsoft Forms'
// "anonymous" (a response without a sign-in) is no address at all: empty.
// isValid(): one '@' between a local part of 1–64 characters and a domain of at least two
// dot-separated labels, 254 characters at most, no spaces, control characters or any of
// ( ) < > [ ] , ; : \ " ; labels of letters, digits and hyphens (any script, for
// internationalized addresses), not starting or ending with a hyphen.
// key(): what two addresses of one person share: the address case-folded.
class EmailAddress
{
public:
    static QString clean(QStringView cell);
    static bool isValid(QStringView address);
    static QString key(QStringView address) { return address.toString().toCaseFolded(); }
};

} // namespace consulta
