#pragma once

#include "model/BalanceTargets.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace consulta {

struct Consultation;

// How reports write values. Numbers use the C locale ("12.5%", "0.873") so that a
// printed report shows exactly what `consulta stats` prints; dates are English, in
// the consultation's own time zone.

// Text from a file or a person, made safe to put between HTML tags or in an attribute.
QString htmlEscaped(const QString &text);

QString formatPercent(double share);                  // 0.125 → "12.5%"
QString formatScore(double score);                    // 0.87349 → "0.873"
QString formatSeats(const std::optional<int> &seats); // nullopt → "unreachable"

// "Wednesday 28 October 2020, 11:00" in zone (UTC when the zone is empty or unknown).
// With endOfDay, midnight is written as 24:00 of the day before, as deadlines are
// announced ("Sunday 25 October 2020, 24:00"). Empty for an invalid instant.
QString formatInstant(const QDateTime &instant, const QByteArray &zone, bool endOfDay = false);
// "Asia/Bangkok (UTC+07:00)" for the offset in force at instant; "UTC" when the zone is
// empty or unknown.
QString formatZone(const QByteArray &zone, const QDateTime &instant);
// "Wednesday 28 October 2020, 11:00–14:00 Asia/Bangkok (UTC+07:00)", the end's date
// repeated only when it is another day. Empty when start is invalid.
QString formatPeriod(const QDateTime &start, const QDateTime &end, const QByteArray &zone);

// A person-readable name for a category code of a dimension: "Woman", "South-East Asia
// (SEA)", "Trade unions and workers' organizations", "Unknown".
QString categoryLabel(Dimension dimension, const QString &code);

// The consultation's particulars as an HTML table for the top of a report: roundtable,
// objectives with their numbers and titles, date and time with the zone, registration
// deadline, and any further rows given as (label, already-escaped HTML) pairs.
QString consultationDetailsHtml(const Consultation &consultation,
                                const QList<QPair<QString, QString>> &moreRows = {});

} // namespace consulta
