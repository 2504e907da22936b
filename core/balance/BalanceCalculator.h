#pragma once

#include "BalanceFigures.h"
#include "BalanceTally.h"
#include "model/BalanceTargets.h"
#include "model/Consultation.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace consulta {

// Turns a BalanceTally into the figures of DESIGN "Balance, exactly" for the settings
// it was made with (targets, deadline, per-organization limit, capacity). Holds no
// counts itself: a dashboard keeps one tally up to date and asks for figures whenever
// it repaints, at a cost independent of the number of participants.
class BalanceCalculator
{
public:
    BalanceCalculator(BalanceTargets targets, QDateTime deadline, int maxPerOrganization,
                      int capacity);
    BalanceCalculator(const Consultation &consultation, BalanceTargets targets);

    BalanceFigures compute(const BalanceTally &tally) const;
    StageFigures computeStage(const BalanceTally &tally, Stage stage) const;
    BalanceRules computeRules(const BalanceTally &tally) const;

    // One dimension from its counts per code (codes with zero counts may be absent).
    // Codes that are neither in scope nor excluded are counted as the catch-all
    // excluded code (see catchAllCategory). Target codes that are not in scope are
    // ignored; an in-scope code with no target has target 0.
    static DimensionFigures computeDimension(Dimension dimension, const QHash<QString, int> &counts,
                                             const QMap<QString, double> &targets);

    // ⌈(t·N − n) / (1 − t)⌉, at least 0, with the quotient rounded to 1e-9 first so that
    // an exact integer is never rounded up by floating-point error. For t ≥ 1: 0 when
    // n = N (also when N = 0: nobody is outside c), nullopt (unreachable) otherwise.
    // Saturates at INT_MAX for targets a hair below 1.
    static std::optional<int> seatsNeeded(int count, int inScopeTotal, double target);

    // The codes of a dimension that are counted and reported but not in the shares:
    // gender other, undisclosed; subregion NONREG, outside, unknown; sector unknown.
    static QStringList excludedCategories(Dimension dimension);
    // Where a code that is neither in scope nor excluded is counted: undisclosed for
    // gender, unknown for subregion and sector.
    static QString catchAllCategory(Dimension dimension);

private:
    BalanceTargets m_targets;
    QDateTime m_deadline;
    int m_maxPerOrganization = 0;
    int m_capacity = 0;
};

// Shorthand for BalanceCalculator(targets, deadline, maxPerOrganization, capacity)
// .compute(tally).
BalanceFigures computeBalance(const BalanceTally &tally, const BalanceTargets &targets,
                              const QDateTime &deadline, int maxPerOrganization, int capacity);

} // namespace consulta
