#include "BalanceCalculator.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace consulta {

namespace {
constexpr Dimension kDimensions[] = {Dimension::Gender, Dimension::Subregion, Dimension::Sector};
constexpr Stage kStages[] = {Stage::Pool, Stage::Invited, Stage::Registered, Stage::Attended};
} // namespace

BalanceCalculator::BalanceCalculator(BalanceTargets targets, QDateTime deadline,
                                     int maxPerOrganization, int capacity)
    : m_targets(std::move(targets))
    , m_deadline(std::move(deadline))
    , m_maxPerOrganization(maxPerOrganization)
    , m_capacity(capacity)
{}

BalanceCalculator::BalanceCalculator(const Consultation &consultation, BalanceTargets targets)
    : BalanceCalculator(std::move(targets), consultation.registrationDeadline,
                        consultation.maxPerOrganization, consultation.capacity)
{}

BalanceFigures BalanceCalculator::compute(const BalanceTally &tally) const
{
    BalanceFigures figures;
    figures.stages.reserve(4);
    for (Stage stage : kStages)
        figures.stages.append(computeStage(tally, stage));
    figures.rules = computeRules(tally);
    return figures;
}

StageFigures BalanceCalculator::computeStage(const BalanceTally &tally, Stage stage) const
{
    StageFigures figures;
    figures.stage = stage;
    figures.total = tally.total(stage);
    figures.dimensions.reserve(3);
    for (Dimension dimension : kDimensions) {
        figures.dimensions.append(computeDimension(dimension, tally.counts(stage, dimension),
                                                   m_targets.forDimension(dimension)));
    }
    figures.overall = figures.dimensions.first().score;
    for (const DimensionFigures &d : std::as_const(figures.dimensions))
        figures.overall = std::min(figures.overall, d.score);
    return figures;
}

BalanceRules BalanceCalculator::computeRules(const BalanceTally &tally) const
{
    BalanceRules rules;
    if (m_maxPerOrganization > 0) {
        const QHash<qint64, int> &perOrganization = tally.registeredPerOrganization();
        for (auto it = perOrganization.cbegin(); it != perOrganization.cend(); ++it) {
            if (it.value() > m_maxPerOrganization)
                rules.overOrganizationLimit.append({it.key(), it.value()});
        }
        std::sort(rules.overOrganizationLimit.begin(), rules.overOrganizationLimit.end(),
                  [](const OrganizationCount &a, const OrganizationCount &b) {
                      if (a.count != b.count)
                          return a.count > b.count;
                      return a.organizationId < b.organizationId;
                  });
    }
    rules.lateRegistrations = tally.registeredAfter(m_deadline);
    if (m_capacity > 0)
        rules.overCapacity = std::max(0, tally.total(Stage::Registered) - m_capacity);
    return rules;
}

DimensionFigures BalanceCalculator::computeDimension(Dimension dimension,
                                                     const QHash<QString, int> &counts,
                                                     const QMap<QString, double> &targets)
{
    DimensionFigures figures;
    figures.dimension = dimension;

    const QStringList inScope = BalanceTargets::inScopeCategories(dimension);
    const QStringList excluded = excludedCategories(dimension);
    const QString catchAll = catchAllCategory(dimension);
    for (const QString &code : excluded)
        figures.excluded.insert(code, 0);
    const QSet<QString> inScopeSet(inScope.cbegin(), inScope.cend());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (inScopeSet.contains(it.key()))
            figures.inScopeTotal += it.value();
        else if (figures.excluded.contains(it.key()))
            figures.excluded[it.key()] += it.value();
        else
            figures.excluded[catchAll] += it.value();
    }

    const int total = figures.inScopeTotal;
    double distance = 0.0; // Σ |share_c − t_c|
    figures.categories.reserve(inScope.size());
    for (const QString &code : inScope) {
        CategoryFigures c;
        c.code = code;
        c.count = counts.value(code, 0);
        c.share = total > 0 ? static_cast<double>(c.count) / static_cast<double>(total) : 0.0;
        c.target = targets.value(code, 0.0);
        c.seatsNeeded = seatsNeeded(c.count, total, c.target);
        distance += std::abs(c.share - c.target);
        figures.categories.append(c);
    }
    figures.score = total > 0 ? 1.0 - 0.5 * distance : 0.0;
    return figures;
}

std::optional<int> BalanceCalculator::seatsNeeded(int count, int inScopeTotal, double target)
{
    if (target >= 1.0) {
        if (count == inScopeTotal)
            return 0;
        return std::nullopt;
    }
    const double quotient =
        (target * static_cast<double>(inScopeTotal) - static_cast<double>(count)) / (1.0 - target);
    const double seats = std::ceil(std::round(quotient * 1e9) / 1e9);
    if (!(seats > 0.0))
        return 0;
    if (seats >= static_cast<double>(std::numeric_limits<int>::max()))
        return std::numeric_limits<int>::max();
    return static_cast<int>(seats);
}

QStringList BalanceCalculator::excludedCategories(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Gender:
        return {genderCode(Gender::Other), genderCode(Gender::Undisclosed)};
    case Dimension::Subregion:
        return {QStringLiteral("NONREG"), QStringLiteral("outside"), QStringLiteral("unknown")};
    case Dimension::Sector:
        return {QStringLiteral("unknown")};
    }
    return {};
}

QString BalanceCalculator::catchAllCategory(Dimension dimension)
{
    return excludedCategories(dimension).constLast();
}

BalanceFigures computeBalance(const BalanceTally &tally, const BalanceTargets &targets,
                              const QDateTime &deadline, int maxPerOrganization, int capacity)
{
    return BalanceCalculator(targets, deadline, maxPerOrganization, capacity).compute(tally);
}

} // namespace consulta
