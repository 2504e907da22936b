#pragma once

#include <QDateTime>
#include <QHash>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace consulta {

// Reads the date-times registration systems write, as UTC instants:
//
//   Oct 22, 2020 10:15:32          Zoom; also "October 22, 2020 10:15 AM", "Thu, Oct 22, 2020"
//   10/22/2020 10:15:32 AM         US numeric dates, 12- or 24-hour clock (Google Forms)
//   10/20/20 9:02:11               two-digit years are 20xx below 70, 19xx from 70
//   22/10/2020 10:15               day first: see DateOrder
//   22.10.2020 10:15               dots: always day first
//   22 Oct 2020 10:15, 22-Oct-2020 day, month name, year
//   2020-10-22 10:15:32            ISO 8601, with T or a space, with or without seconds,
//   2020-10-22T03:15:32Z           fractions and an offset (Z, +07:00, +0700, +07);
//   2020/10/22 10:15               year first is always year-month-day
//   … 10:15 UTC, … 10:15 GMT+7     a trailing UTC/GMT with an optional offset, also in
//   … 10:15 (GMT+07:00)            parentheses; or a zone abbreviation of the region with
//   … 10:15 ICT, … 10:15 JST       one meaning only (ICT, WIB, PHT, SGT, JST, KST, NPT, AEST,
//                                  …; not IST, CST or PST, which mean several)
//   2020年10月22日 10:15            Chinese and Japanese dates; 2020년 10월 22일 in Korean
//   2020. 10. 22 오후 10:15:32      the half of the day before the time: 오전/오후,
//                                  午前/午後, 上午/下午
//
// Years 2400–2700 are Buddhist-era years (Thai Excel writes 22/10/2563 for 22/10/2020) and
// are read 543 years earlier. A date without a time is midnight. A time without an offset is a
// wall-clock time in the parser's zone (the consultation's); when the zone is invalid, UTC.
//
// Numeric dates with slashes or dashes are ambiguous (10/11/2020): the importer decides per
// column. orderHint() tells what one value proves: day first when its first number is over
// 12, month first when its second is; a column is DayFirst as soon as one value is day first,
// MonthFirst otherwise (US exports — Zoom, Google and Microsoft Forms — are the common case).
class TimestampParser
{
public:
    enum class DateOrder
    {
        MonthFirst,
        DayFirst,
    };

    explicit TimestampParser(const QTimeZone &zone = QTimeZone::utc(),
                             DateOrder order = DateOrder::MonthFirst);

    void setOrder(DateOrder order) { m_order = order; }
    DateOrder order() const { return m_order; }

    // The instant in UTC, or an invalid QDateTime when the text is not a date-time.
    QDateTime parse(QStringView text);

    static std::optional<DateOrder> orderHint(QStringView text);

private:
    QDateTime inZone(QDate date, QTime time);

    QTimeZone m_zone;
    DateOrder m_order;
    QHash<qint64, int> m_offsets; // local (day, hour) → seconds ahead of UTC, when unambiguous
};

} // namespace consulta
