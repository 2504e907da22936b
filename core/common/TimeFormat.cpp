#include "TimeFormat.h"

#include <QTimeZone>

#include <cstdlib>

namespace consulta {

QString toIsoUtc(const QDateTime &instant)
{
    if (!instant.isValid())
        return QString();
    QDateTime utc = instant.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

QString toIsoInZone(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return QString();
    const QDateTime local = instant.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.date().toString(Qt::ISODate) + QLatin1Char('T') +
           local.time().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(offset < 0 ? '-' : '+') +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QDateTime fromIsoUtc(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return QDateTime();
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc()); // no offset given: the file means UTC
    return parsed.toUTC();
}

QDateTime parseInstant(const QString &text, const QTimeZone &zone)
{
    QString iso = text.trimmed();
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    if (iso.size() < 16 || iso.at(10) != QLatin1Char('T'))
        return QDateTime();
    // ISO 8601 allows 24:00 for the end of a day ("registration closes 25 October
    // 24:00"); QDateTime only parses it when seconds are spelled out.
    if (iso.mid(11, 5) == QLatin1String("24:00")) {
        const QDate day = QDate::fromString(iso.left(10), Qt::ISODate);
        if (!day.isValid())
            return QDateTime();
        QString rest = iso.mid(16);
        if (rest.startsWith(QLatin1String(":00")))
            rest = rest.mid(3);
        if (rest.startsWith(QLatin1String(".000")))
            rest = rest.mid(4);
        iso = day.addDays(1).toString(Qt::ISODate) + QStringLiteral("T00:00:00") + rest;
    }
    QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return QDateTime();
    if (parsed.timeSpec() == Qt::LocalTime) {
        if (!zone.isValid())
            return QDateTime();
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
        if (!parsed.isValid())
            return QDateTime();
    }
    return parsed.toUTC();
}

} // namespace consulta
