#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace consulta {

// The three dimensions balance is measured on.
enum class Dimension
{
    Gender,
    Subregion,
    Sector,
};

QString dimensionCode(Dimension dimension); // "gender", "subregion", "sector"
QString dimensionLabel(Dimension dimension);
std::optional<Dimension> dimensionFromCode(const QString &code);

// Target shares per in-scope category code, per dimension. A dimension with no
// entries uses the defaults of DESIGN "Balance, exactly" (equal shares).
struct BalanceTargets
{
    QMap<Dimension, QMap<QString, double>> shares;

    // The targets in force for a dimension: the custom ones when set, else equal shares
    // over the in-scope categories.
    QMap<QString, double> forDimension(Dimension dimension) const;
    static QMap<QString, double> defaults(Dimension dimension);
    // The in-scope category codes of a dimension, in display order.
    static QStringList inScopeCategories(Dimension dimension);

    friend bool operator==(const BalanceTargets &, const BalanceTargets &) = default;
};

} // namespace consulta
