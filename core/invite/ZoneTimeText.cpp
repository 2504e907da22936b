#include "ZoneTimeText.h"

#include <array>

namespace consulta {

namespace {

QDateTime inZone(const QTimeZone &zone, const QDateTime &instant)
{
    return instant.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
}

bool isOffsetOnly(const QByteArray &id)
{
    return id.isEmpty() || id == "UTC" || id.startsWith("Etc/") || id.startsWith("UTC") ||
           id.startsWith("GMT");
}

QString clock(const QTime &time)
{
    return QStringLiteral("%1:%2")
        .arg(time.hour(), 2, 10, QLatin1Char('0'))
        .arg(time.minute(), 2, 10, QLatin1Char('0'));
}

} // namespace

QString ZoneTimeText::offset(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int minutes = (offsetSeconds < 0 ? -offsetSeconds : offsetSeconds) / 60;
    QString text = QStringLiteral("UTC") + QLatin1Char(offsetSeconds < 0 ? '-' : '+') +
                   QString::number(minutes / 60);
    if (minutes % 60 != 0)
        text += QLatin1Char(':') + QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString ZoneTimeText::offset(const QTimeZone &zone, const QDateTime &instant)
{
    if (!zone.isValid())
        return offset(0);
    return offset(zone.offsetFromUtc(instant));
}

QString ZoneTimeText::zoneName(const QTimeZone &zone, const QDateTime &instant)
{
    const QString utcOffset = offset(zone, instant);
    if (!zone.isValid() || isOffsetOnly(zone.id()))
        return utcOffset;
    return QStringLiteral("%1 time (%2)").arg(placeOf(zone.id()), utcOffset);
}

QString ZoneTimeText::dateText(const QDate &date)
{
    static const std::array<const char *, 7> days = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                     "Friday", "Saturday", "Sunday"};
    static const std::array<const char *, 12> months = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1, %2 %3 %4")
        .arg(QLatin1String(days.at(std::size_t(date.dayOfWeek() - 1))))
        .arg(date.day())
        .arg(QLatin1String(months.at(std::size_t(date.month() - 1))))
        .arg(date.year());
}

QString ZoneTimeText::date(const QTimeZone &zone, const QDateTime &instant)
{
    if (!instant.isValid())
        return QString();
    return dateText(inZone(zone, instant).date());
}

QString ZoneTimeText::time(const QTimeZone &zone, const QDateTime &instant)
{
    if (!instant.isValid())
        return QString();
    return clock(inZone(zone, instant).time());
}

QString ZoneTimeText::timeRange(const QTimeZone &zone, const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid())
        return QString();
    const QDateTime localStart = inZone(zone, start);
    if (!end.isValid())
        return clock(localStart.time());
    const QDateTime localEnd = inZone(zone, end);
    QString text = clock(localStart.time()) + QChar(0x2013) + clock(localEnd.time());
    const qint64 days = localStart.date().daysTo(localEnd.date());
    if (days == 1)
        text += QStringLiteral(" (next day)");
    else if (days > 1)
        text += QStringLiteral(" (%1 days later)").arg(days);
    return text;
}

QString ZoneTimeText::deadline(const QTimeZone &zone, const QDateTime &instant)
{
    if (!instant.isValid())
        return QString();
    const QDateTime local = inZone(zone, instant);
    if (local.time() == QTime(0, 0))
        return dateText(local.date().addDays(-1)) + QStringLiteral(", 24:00");
    return dateText(local.date()) + QStringLiteral(", ") + clock(local.time());
}

QString ZoneTimeText::placeOf(const QByteArray &ianaId)
{
    const qsizetype slash = ianaId.lastIndexOf('/');
    QString place = QString::fromUtf8(slash < 0 ? ianaId : ianaId.mid(slash + 1));
    place.replace(QLatin1Char('_'), QLatin1Char(' '));
    return place;
}

} // namespace consulta
