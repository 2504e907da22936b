#include "ReportFormat.h"

#include "model/Consultation.h"
#include "model/Gender.h"
#include "reference/ReferenceData.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace consulta {

namespace {

QTimeZone zoneOrUtc(const QByteArray &zone)
{
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
        return QTimeZone(zone);
    return QTimeZone::utc();
}

QString dateText(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

} // namespace

QString htmlEscaped(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return escaped;
}

QString formatPercent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString formatScore(double score)
{
    return QString::number(score, 'f', 3);
}

QString formatSeats(const std::optional<int> &seats)
{
    return seats ? QString::number(*seats) : QCoreApplication::translate("Report", "unreachable");
}

QString formatInstant(const QDateTime &instant, const QByteArray &zone, bool endOfDay)
{
    if (!instant.isValid())
        return QString();
    const QDateTime local = instant.toTimeZone(zoneOrUtc(zone));
    if (endOfDay && local.time() == QTime(0, 0))
        return dateText(local.date().addDays(-1)) + QStringLiteral(", 24:00");
    return dateText(local.date()) + QStringLiteral(", ") +
           local.time().toString(QStringLiteral("HH:mm"));
}

QString formatZone(const QByteArray &zone, const QDateTime &instant)
{
    const QTimeZone tz = zoneOrUtc(zone);
    if (tz == QTimeZone::utc())
        return QStringLiteral("UTC");
    const QDateTime at = instant.isValid() ? instant : QDateTime::currentDateTimeUtc();
    return QString::fromUtf8(tz.id()) + QStringLiteral(" (") +
           tz.displayName(at, QTimeZone::OffsetName) + QLatin1Char(')');
}

QString formatPeriod(const QDateTime &start, const QDateTime &end, const QByteArray &zone)
{
    if (!start.isValid())
        return QString();
    QString text = formatInstant(start, zone);
    if (end.isValid()) {
        const QTimeZone tz = zoneOrUtc(zone);
        const QDateTime localStart = start.toTimeZone(tz);
        const QDateTime localEnd = end.toTimeZone(tz);
        text += QChar(0x2013);
        if (localEnd.date() == localStart.date())
            text += localEnd.time().toString(QStringLiteral("HH:mm"));
        else
            text += formatInstant(end, zone);
    }
    return text + QLatin1Char(' ') + formatZone(zone, start);
}

QString categoryLabel(Dimension dimension, const QString &code)
{
    switch (dimension) {
    case Dimension::Gender:
        if (const std::optional<Gender> gender = genderFromCode(code))
            return genderLabel(*gender);
        break;
    case Dimension::Subregion: {
        const QString label = ReferenceData::subregionLabel(code);
        if (ReferenceData::subregionCodes().contains(code) || code == QLatin1String("NONREG"))
            return label + QStringLiteral(" (") + code + QLatin1Char(')');
        return label;
    }
    case Dimension::Sector:
        if (const StakeholderCategory *category = ReferenceData::instance().category(code))
            return category->label;
        break;
    }
    return QCoreApplication::translate("Report", "Unknown");
}

QString consultationDetailsHtml(const Consultation &consultation,
                                const QList<QPair<QString, QString>> &moreRows)
{
    const ReferenceData &reference = ReferenceData::instance();
    QList<QPair<QString, QString>> rows;

    QString roundtable = QString::number(consultation.roundtable);
    if (const Roundtable *info = reference.roundtable(consultation.roundtable);
        info && !info->theme.isEmpty())
        roundtable += QStringLiteral(": ") + htmlEscaped(info->theme);
    rows.append({QCoreApplication::translate("Report", "IMRF roundtable"), roundtable});

    QStringList objectives;
    for (int number : consultation.objectives) {
        const Objective *objective = reference.objective(number);
        objectives.append(QString::number(number) + QStringLiteral(". ") +
                          (objective ? htmlEscaped(objective->title) : QString()));
    }
    rows.append({QCoreApplication::translate("Report", "GCM objectives"),
                 objectives.isEmpty() ? QCoreApplication::translate("Report", "none")
                                      : objectives.join(QStringLiteral("<br>"))});

    const QString period =
        formatPeriod(consultation.startsAt, consultation.endsAt, consultation.timeZone);
    rows.append({QCoreApplication::translate("Report", "Date and time"),
                 period.isEmpty() ? QCoreApplication::translate("Report", "not set")
                                  : htmlEscaped(period)});
    const QString deadline =
        formatInstant(consultation.registrationDeadline, consultation.timeZone, true);
    rows.append({QCoreApplication::translate("Report", "Registration deadline"),
                 deadline.isEmpty() ? QCoreApplication::translate("Report", "not set")
                                    : htmlEscaped(deadline + QLatin1Char(' ') +
                                                  formatZone(consultation.timeZone,
                                                             consultation.registrationDeadline))});
    rows.append(moreRows);

    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">\n");
    for (const auto &[label, value] : std::as_const(rows)) {
        html += QStringLiteral("<tr><td width=\"22%\"><b>") + htmlEscaped(label) +
                QStringLiteral("</b></td><td>") + value + QStringLiteral("</td></tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace consulta
