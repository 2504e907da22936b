#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace consulta {

// A person's name and e-mail address, as in "Name <address>".
struct Mailbox
{
    QString name;    // any script, may be empty
    QString address; // as typed

    // Reads "Name <address>", "\"Name\" <address>" or a bare address; nullopt when there
    // is no usable address.
    static std::optional<Mailbox> parse(const QString &text);

    // The address as it can go into a message header: ASCII, the domain in its
    // ASCII-compatible form (IDNA); empty when the address is not usable (no single @,
    // spaces or brackets, a local part outside ASCII).
    QByteArray asciiAddress() const;
    bool isValid() const { return !asciiAddress().isEmpty(); }
    // "Name <address>" or the bare address, for people to read.
    QString toString() const;

    friend bool operator==(const Mailbox &, const Mailbox &) = default;
};

} // namespace consulta
