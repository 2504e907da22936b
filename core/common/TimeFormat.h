#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace consulta {

// Instants are written as ISO 8601 in UTC with a Z and whole seconds
// ("2020-10-28T04:00:00Z"): in the document file and in JSON. CSV exports, read by people,
// use toIsoInZone(). An invalid
// QDateTime is written as an empty string and read back as invalid.
QString toIsoUtc(const QDateTime &instant);
QDateTime fromIsoUtc(const QString &text);
// The same instant as a wall clock time in zone with its offset, whole seconds
// ("2020-10-22T10:15:32+07:00"): for people reading an export. UTC's offset is written
// "+00:00". An invalid instant is an empty string.
QString toIsoInZone(const QDateTime &instant, const QTimeZone &zone);

// Reads an ISO 8601 date-time as people type it ("2020-10-28T11:00", "2020-10-28 11:00",
// "2020-10-25T24:00+07:00", "2020-10-28T04:00:00Z"). A text without an offset is a wall
// clock time in zone. Returns an invalid QDateTime when the text is not such a time.
QDateTime parseInstant(const QString &text, const QTimeZone &zone);

} // namespace consulta
