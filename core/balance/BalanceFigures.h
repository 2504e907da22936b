#pragma once

#include "model/BalanceTargets.h"
#include "model/Status.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace consulta {

// The result of BalanceCalculator: plain values, copied freely, compared in tests.
// Every number follows DESIGN "Balance, exactly".

// One in-scope category of one dimension in one stage.
struct CategoryFigures
{
    QString code;
    int count = 0;                  // n_c
    double share = 0.0;             // n_c / N, 0 when N = 0
    double target = 0.0;            // t_c
    std::optional<int> seatsNeeded; // nullopt = unreachable (t_c = 1 and someone is elsewhere)

    friend bool operator==(const CategoryFigures &, const CategoryFigures &) = default;
};

struct DimensionFigures
{
    Dimension dimension = Dimension::Gender;
    int inScopeTotal = 0;              // N = Σ n_c over the in-scope categories
    double score = 0.0;                // 1 − ½ Σ |share_c − t_c|, 0 when N = 0
    QList<CategoryFigures> categories; // in-scope categories in display order
    // Every excluded code of the dimension with its count, zeros included, so the shape
    // never changes: gender other, undisclosed; subregion NONREG, outside, unknown;
    // sector unknown. A code that is neither in scope nor excluded counts as "unknown".
    QMap<QString, int> excluded;

    // The figures of an in-scope category, or nullptr.
    const CategoryFigures *category(const QString &code) const
    {
        for (const CategoryFigures &c : categories) {
            if (c.code == code)
                return &c;
        }
        return nullptr;
    }

    friend bool operator==(const DimensionFigures &, const DimensionFigures &) = default;
};

struct StageFigures
{
    Stage stage = Stage::Pool;
    int total = 0;                      // everyone in the stage, excluded categories included
    double overall = 0.0;               // the lowest of the three dimension scores
    QList<DimensionFigures> dimensions; // gender, subregion, sector

    const DimensionFigures &dimension(Dimension which) const
    {
        return dimensions.at(static_cast<int>(which));
    }

    friend bool operator==(const StageFigures &, const StageFigures &) = default;
};

struct OrganizationCount
{
    qint64 organizationId = 0;
    int count = 0;

    friend bool operator==(const OrganizationCount &, const OrganizationCount &) = default;
};

// The rules DESIGN reports beside balance, all about the registered stage.
struct BalanceRules
{
    // Organizations with more people than allowed, most people first, then by id.
    QList<OrganizationCount> overOrganizationLimit;
    int lateRegistrations = 0; // registered after the deadline (strictly)
    int overCapacity = 0;      // registered beyond capacity, 0 when no capacity is set

    friend bool operator==(const BalanceRules &, const BalanceRules &) = default;
};

struct BalanceFigures
{
    QList<StageFigures> stages; // pool, invited, registered, attended
    BalanceRules rules;

    const StageFigures &stage(Stage which) const { return stages.at(static_cast<int>(which)); }

    friend bool operator==(const BalanceFigures &, const BalanceFigures &) = default;
};

} // namespace consulta
