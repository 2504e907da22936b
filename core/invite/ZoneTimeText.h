#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace consulta {

// How an instant reads in a time zone, in the words of the message templates. Dates and
// names are English and do not depend on the system's locale, so that a message is the
// same on every machine; the offset is the one in force at that instant (summer time
// included), computed with the system's time zone database through QTimeZone.
class ZoneTimeText
{
public:
    // "UTC+7", "UTC+5:45", "UTC-11", "UTC" for an offset of zero.
    static QString offset(int offsetSeconds);
    static QString offset(const QTimeZone &zone, const QDateTime &instant);
    // "Kathmandu time (UTC+5:45)"; just the offset for UTC and the Etc/ zones.
    static QString zoneName(const QTimeZone &zone, const QDateTime &instant);
    // "Wednesday, 28 October 2020"
    static QString date(const QTimeZone &zone, const QDateTime &instant);
    // "09:45"
    static QString time(const QTimeZone &zone, const QDateTime &instant);
    // "09:45–12:45"; "22:00–01:00 (next day)" when the end falls on the next calendar
    // day there; just the start when the end is not set.
    static QString timeRange(const QTimeZone &zone, const QDateTime &start, const QDateTime &end);
    // "Sunday, 25 October 2020, 22:45"; midnight reads as 24:00 of the day before
    // ("Sunday, 25 October 2020, 24:00"), as deadlines are announced.
    static QString deadline(const QTimeZone &zone, const QDateTime &instant);
    // The place an IANA id is named after: "Asia/Ho_Chi_Minh" → "Ho Chi Minh".
    static QString placeOf(const QByteArray &ianaId);

    // The calendar date in English: "Wednesday, 28 October 2020".
    static QString dateText(const QDate &date);
};

} // namespace consulta
