#include "SmallCountSuppression.h"

#include "balance/BalanceCalculator.h"

#include <QList>
#include <QPair>

namespace consulta {

SmallCountSuppression SmallCountSuppression::forStage(const StageFigures &stage)
{
    SmallCountSuppression result;
    result.m_totalSmall = isSmall(stage.total);
    for (const DimensionFigures &dimension : stage.dimensions) {
        const auto index = static_cast<std::size_t>(dimension.dimension);
        // Every count of the dimension in display order: in scope, then excluded.
        QList<QPair<QString, int>> cells;
        for (const CategoryFigures &c : dimension.categories)
            cells.append({c.code, c.count});
        for (const QString &code : BalanceCalculator::excludedCategories(dimension.dimension))
            cells.append({code, dimension.excluded.value(code, 0)});

        QHash<QString, Mark> &marks = result.m_marks[index];
        for (const auto &[code, count] : std::as_const(cells)) {
            if (isSmall(count))
                marks.insert(code, Mark::Small);
        }
        if (marks.isEmpty())
            continue;
        result.m_hidesDerived[index] = true;
        // A lone small count would follow from the total minus the others, unless the
        // total is itself suppressed.
        if (marks.size() == 1 && !result.m_totalSmall) {
            const QPair<QString, int> *smallest = nullptr;
            for (const QPair<QString, int> &cell : std::as_const(cells)) {
                if (cell.second > 0 && !marks.contains(cell.first) &&
                    (!smallest || cell.second < smallest->second))
                    smallest = &cell;
            }
            if (smallest)
                marks.insert(smallest->first, Mark::Withheld);
        }
    }
    return result;
}

SmallCountSuppression::Mark SmallCountSuppression::mark(Dimension dimension,
                                                        const QString &code) const
{
    return m_marks[static_cast<std::size_t>(dimension)].value(code, Mark::Shown);
}

bool SmallCountSuppression::hidesOverall() const
{
    for (bool hidden : m_hidesDerived) {
        if (hidden)
            return true;
    }
    return false;
}

bool SmallCountSuppression::suppressesAnything() const
{
    return m_totalSmall || hidesOverall();
}

} // namespace consulta
