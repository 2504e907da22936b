#include "EmailAddress.h"

namespace consulta {

namespace {

bool isForbidden(QChar c)
{
    switch (c.unicode()) {
    case u'(':
    case u')':
    case u'<':
    case u'>':
    case u'[':
    case u']':
    case u',':
    case u';':
    case u':':
    case u'\\':
    case u'"':
        return true;
    default:
        return c.isSpace() || c.category() == QChar::Other_Control ||
               c.category() == QChar::Other_Format;
    }
}

bool isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        if (!(c.isLetterOrNumber() || c == u'-' || c.isMark() || c.isSurrogate()))
            return false;
    }
    return true;
}

} // namespace

QString EmailAddress::clean(QStringView cell)
{
    QStringView text = cell.trimmed();
    if (text.endsWith(u'>')) {
        const qsizetype open = text.lastIndexOf(u'<');
        if (open >= 0)
            text = text.sliced(open + 1, text.size() - open - 2).trimmed();
    }
    if (text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        text = text.sliced(7).trimmed();
    if (text.compare(QLatin1String("anonymous"), Qt::CaseInsensitive) == 0)
        return QString();
    return text.toString();
}

bool EmailAddress::isValid(QStringView address)
{
    if (address.isEmpty() || address.size() > 254)
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at > 64 || address.indexOf(u'@', at + 1) >= 0)
        return false;
    const QStringView local = address.first(at);
    const QStringView domain = address.sliced(at + 1);
    for (const QChar c : address) {
        if (c != u'@' && isForbidden(c))
            return false;
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QLatin1String("..")))
        return false;
    if (!domain.contains(u'.'))
        return false;
    qsizetype start = 0;
    while (start <= domain.size()) {
        qsizetype dot = domain.indexOf(u'.', start);
        if (dot < 0)
            dot = domain.size();
        if (!isValidLabel(domain.sliced(start, dot - start)))
            return false;
        start = dot + 1;
    }
    return true;
}

} // namespace consulta
