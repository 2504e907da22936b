#pragma once

#include "balance/BalanceFigures.h"

#include <QHash>
#include <QString>

#include <array>

namespace consulta {

// What a copy of the balance report shared outside the secretariat may show of one
// stage, so that nobody can be singled out from a small count:
//
// 1. Every count from 1 to 4 is shown as "<5" (Mark::Small): category counts, excluded
//    counts, the stage's total. 0 is shown; it singles nobody out.
// 2. In a dimension with such a count, nothing computed from the counts is shown: no
//    shares, no bars, no seats needed, no score (each would give the count back, e.g.
//    count = share × N). The stage's overall score is hidden when one of its dimension
//    scores is (it equals the lowest one).
// 3. The counts of a dimension (in the shares or not) add up to the stage's total. When
//    only one of them is small, the smallest other non-zero count is withheld as well
//    (Mark::Withheld, printed "x"), so that the small one cannot be obtained by
//    subtracting the others from the total.
//
// Each table is protected on its own: differences between stages (pool minus invited)
// are not. The report's note says so.
class SmallCountSuppression
{
public:
    enum class Mark
    {
        Shown,
        Small,    // 1–4, printed "<5"
        Withheld, // a larger count hidden so that a small one cannot be derived, "x"
    };

    // Suppresses nothing.
    SmallCountSuppression() = default;
    // The rule above applied to one stage's figures.
    static SmallCountSuppression forStage(const StageFigures &stage);

    static bool isSmall(int count) { return count >= 1 && count <= 4; }

    Mark mark(Dimension dimension, const QString &code) const;
    // Shares, bars, seats needed and the score of the dimension are hidden.
    bool hidesDerived(Dimension dimension) const
    {
        return m_hidesDerived[static_cast<std::size_t>(dimension)];
    }
    bool hidesOverall() const;
    bool hidesTotal() const { return m_totalSmall; }
    // True when anything at all is suppressed in the stage.
    bool suppressesAnything() const;

private:
    std::array<QHash<QString, Mark>, 3> m_marks; // only codes that are not Shown
    std::array<bool, 3> m_hidesDerived = {false, false, false};
    bool m_totalSmall = false;
};

} // namespace consulta
