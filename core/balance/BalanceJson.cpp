#include "BalanceJson.h"

#include <QJsonArray>

namespace consulta {

namespace {
// 0 means "not set" for the consultation's limit and capacity.
QJsonValue positiveOrNull(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonValue instantJson(const QDateTime &instant)
{
    if (!instant.isValid())
        return QJsonValue(QJsonValue::Null);
    // Whole seconds, always with "Z": Qt::ISODate would show an offset for a local time.
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QJsonObject consultationJson(const Consultation &consultation)
{
    QJsonArray objectives;
    for (int number : consultation.objectives)
        objectives.append(number);
    return {
        {QStringLiteral("title"), consultation.title},
        {QStringLiteral("roundtable"), consultation.roundtable},
        {QStringLiteral("objectives"), objectives},
        {QStringLiteral("time_zone"), consultation.timeZone.isEmpty()
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(QString::fromUtf8(consultation.timeZone))},
        {QStringLiteral("starts_at"), instantJson(consultation.startsAt)},
        {QStringLiteral("ends_at"), instantJson(consultation.endsAt)},
        {QStringLiteral("registration_deadline"), instantJson(consultation.registrationDeadline)},
        {QStringLiteral("max_per_organization"), positiveOrNull(consultation.maxPerOrganization)},
        {QStringLiteral("capacity"), positiveOrNull(consultation.capacity)},
    };
}

QJsonObject dimensionFiguresJson(const DimensionFigures &figures)
{
    QJsonObject categories;
    for (const CategoryFigures &c : figures.categories) {
        categories.insert(
            c.code, QJsonObject{
                        {QStringLiteral("count"), c.count},
                        {QStringLiteral("share"), c.share},
                        {QStringLiteral("target"), c.target},
                        {QStringLiteral("seats_needed"),
                         c.seatsNeeded ? QJsonValue(*c.seatsNeeded) : QJsonValue(QJsonValue::Null)},
                    });
    }
    QJsonObject excluded;
    for (auto it = figures.excluded.cbegin(); it != figures.excluded.cend(); ++it)
        excluded.insert(it.key(), it.value());
    return {
        {QStringLiteral("score"), figures.score},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("excluded"), excluded},
    };
}

QJsonObject stageFiguresJson(const StageFigures &figures)
{
    QJsonObject dimensions;
    for (const DimensionFigures &d : figures.dimensions)
        dimensions.insert(dimensionCode(d.dimension), dimensionFiguresJson(d));
    return {
        {QStringLiteral("total"), figures.total},
        {QStringLiteral("overall"), figures.overall},
        {QStringLiteral("dimensions"), dimensions},
    };
}

QJsonObject balanceRulesJson(const BalanceRules &rules, const OrganizationNamer &nameOf)
{
    QJsonArray overLimit;
    for (const OrganizationCount &o : rules.overOrganizationLimit) {
        overLimit.append(QJsonObject{
            {QStringLiteral("organization"), nameOf(o.organizationId)},
            {QStringLiteral("count"), o.count},
        });
    }
    return {
        {QStringLiteral("over_organization_limit"), overLimit},
        {QStringLiteral("late_registrations"), rules.lateRegistrations},
        {QStringLiteral("over_capacity"), rules.overCapacity},
    };
}

QJsonObject statsJson(const Consultation &consultation, const BalanceFigures &figures,
                      const OrganizationNamer &nameOf)
{
    QJsonObject stages;
    for (const StageFigures &s : figures.stages)
        stages.insert(stageCode(s.stage), stageFiguresJson(s));
    return {
        {QStringLiteral("consultation"), consultationJson(consultation)},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("rules"), balanceRulesJson(figures.rules, nameOf)},
    };
}

QJsonObject statsJson(const Consultation &consultation, const BalanceFigures &figures,
                      const QHash<qint64, QString> &organizationNames)
{
    return statsJson(consultation, figures, [&organizationNames](qint64 id) {
        const auto it = organizationNames.constFind(id);
        return it != organizationNames.cend() ? *it : QStringLiteral("#%1").arg(id);
    });
}

} // namespace consulta
