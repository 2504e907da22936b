#include "BalanceTargets.h"

#include "Gender.h"

#include <QCoreApplication>
#include <QStringList>

namespace consulta {

namespace {
struct DimensionInfo
{
    Dimension dimension;
    const char *code;
    const char *label;
};

constexpr DimensionInfo kDimensions[] = {
    {Dimension::Gender, "gender", QT_TRANSLATE_NOOP("Dimension", "Gender")},
    {Dimension::Subregion, "subregion", QT_TRANSLATE_NOOP("Dimension", "Subregion")},
    {Dimension::Sector, "sector", QT_TRANSLATE_NOOP("Dimension", "Sector")},
};

// The in-scope codes are kept here rather than read from ReferenceData so that balance
// does not depend on the compiled-in resources being loaded; tests/core/test_balance.cpp
// checks that both lists agree.
constexpr const char *kSubregions[] = {"ENEA", "SEA", "SSWA", "NCA", "PAC"};

constexpr const char *kSectors[] = {
    "migrant_diaspora",
    "civil_society",
    "trade_union",
    "private_sector",
    "academia",
    "nhri",
    "local_authority",
    "parliamentarian",
    "media",
    "faith_based",
    "red_cross_red_crescent",
    "youth",
    "other",
};

template<std::size_t Size>
QStringList toList(const char *const (&codes)[Size])
{
    QStringList result;
    result.reserve(Size);
    for (const char *code : codes)
        result.append(QString::fromLatin1(code));
    return result;
}
} // namespace

QString dimensionCode(Dimension dimension)
{
    return QString::fromLatin1(kDimensions[static_cast<int>(dimension)].code);
}

QString dimensionLabel(Dimension dimension)
{
    return QCoreApplication::translate("Dimension", kDimensions[static_cast<int>(dimension)].label);
}

std::optional<Dimension> dimensionFromCode(const QString &code)
{
    for (const auto &d : kDimensions) {
        if (code.compare(QLatin1String(d.code), Qt::CaseInsensitive) == 0)
            return d.dimension;
    }
    return std::nullopt;
}

QMap<QString, double> BalanceTargets::forDimension(Dimension dimension) const
{
    const auto it = shares.constFind(dimension);
    if (it != shares.constEnd() && !it->isEmpty())
        return *it;
    return defaults(dimension);
}

QMap<QString, double> BalanceTargets::defaults(Dimension dimension)
{
    const QStringList codes = inScopeCategories(dimension);
    const double share = 1.0 / static_cast<double>(codes.size());
    QMap<QString, double> result;
    for (const QString &code : codes)
        result.insert(code, share);
    return result;
}

QStringList BalanceTargets::inScopeCategories(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Gender:
        return {genderCode(Gender::Woman), genderCode(Gender::Man)};
    case Dimension::Subregion:
        return toList(kSubregions);
    case Dimension::Sector:
        return toList(kSectors);
    }
    return {};
}

} // namespace consulta
