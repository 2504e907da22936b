#include "CsvInjection.h"

namespace consulta {

namespace {

bool isTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

} // namespace

bool CsvInjection::isDangerous(QStringView cell)
{
    return !cell.isEmpty() && isTrigger(cell.front());
}

QString CsvInjection::neutralize(QStringView cell)
{
    if (!isDangerous(cell))
        return cell.toString();
    return QLatin1Char('\'') + cell.toString();
}

QStringView CsvInjection::restore(QStringView cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && isTrigger(cell.at(1)))
        return cell.sliced(1);
    return cell;
}

} // namespace consulta
