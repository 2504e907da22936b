#include "Mailbox.h"

#include <QUrl>

namespace consulta {

namespace {

// RFC 5322 atext, plus the dot of a dot-atom.
bool isAddressCharacter(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~.").contains(c);
}

bool isDotAtom(const QByteArray &text)
{
    if (text.isEmpty() || text.startsWith('.') || text.endsWith('.') || text.contains(".."))
        return false;
    for (char c : text) {
        if (!isAddressCharacter(c))
            return false;
    }
    return true;
}

} // namespace

std::optional<Mailbox> Mailbox::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    Mailbox mailbox;
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && trimmed.endsWith(QLatin1Char('>'))) {
        mailbox.address = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        QString name = trimmed.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) &&
            name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
        mailbox.name = name;
    } else {
        mailbox.address = trimmed;
    }
    if (!mailbox.isValid())
        return std::nullopt;
    return mailbox;
}

QByteArray Mailbox::asciiAddress() const
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == trimmed.size() - 1 || trimmed.indexOf(QLatin1Char('@')) != at)
        return {};
    const QString local = trimmed.left(at);
    for (QChar c : local) {
        if (c.unicode() > 0x7e)
            return {};
    }
    const QByteArray localBytes = local.toLatin1();
    const QByteArray domain = QUrl::toAce(trimmed.mid(at + 1));
    if (!isDotAtom(localBytes) || !isDotAtom(domain) || !domain.contains('.'))
        return {};
    return localBytes + '@' + domain;
}

QString Mailbox::toString() const
{
    if (name.trimmed().isEmpty())
        return address;
    return name.trimmed() + QStringLiteral(" <") + address + QLatin1Char('>');
}

} // namespace consulta
