#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace consulta {

// A GCM objective (A/RES/73/195 para 16).
struct Objective
{
    int number = 0;
    QString shortLabel; // as the UN Network on Migration uses it, e.g. "Regular pathways"
    QString title;      // the official title
};

// An IMRF roundtable (A/RES/73/326) and the objectives it covers.
struct Roundtable
{
    int number = 0;
    QList<int> objectives;
    QString theme; // the Asia-Pacific consultation's theme, empty when none was set
};

// A member or associate member of ESCAP.
struct EscapMember
{
    QString iso2;
    QString name;      // ESCAP's name, e.g. "Viet Nam"
    QString subregion; // ENEA SEA SSWA NCA PAC NONREG
    bool associate = false;
};

// A stakeholder category named by the General Assembly for the GCM and its review.
struct StakeholderCategory
{
    QString code;  // e.g. "civil_society"
    QString label; // e.g. "Civil society and non-governmental organizations"
    QString whereNamed;
};

// The reference facts of resources/reference, loaded once from the compiled-in
// resources. Country lookup accepts ISO codes and the names registration forms use,
// ignoring case, accents and punctuation.
class ReferenceData
{
public:
    static const ReferenceData &instance();
    ~ReferenceData();
    Q_DISABLE_COPY_MOVE(ReferenceData)

    const QList<Objective> &objectives() const { return m_objectives; }
    const Objective *objective(int number) const;

    const QList<Roundtable> &roundtables() const { return m_roundtables; }
    const Roundtable *roundtable(int number) const;

    const QList<EscapMember> &escapMembers() const { return m_members; }
    const EscapMember *escapMember(const QString &iso2) const;

    const QList<StakeholderCategory> &categories() const { return m_categories; }
    const StakeholderCategory *category(const QString &code) const;
    QStringList categoryCodes() const;

    // The five in-scope subregion codes in display order: ENEA SEA SSWA NCA PAC.
    static QStringList subregionCodes();
    // A person-readable name for a subregion code, including NONREG, outside and unknown
    // ("Unknown" for any other text).
    static QString subregionLabel(const QString &code);

    // ISO 3166-1 alpha-2 code for a name or code any country of the world is known by,
    // or an empty string when the text is not recognised. Accepts alpha-2 and alpha-3
    // codes, ESCAP's names, common names and the aliases of country-aliases.csv (what
    // Zoom, Google and Microsoft Forms and Indico write), ignoring case, accents,
    // punctuation, "the" and "and"/"&"; then official names not listed one by one
    // ("Kingdom of Thailand", "Moldova, Republic of") and a name with another in
    // brackets ("Türkiye (Turkey)", "Bangkok (Thailand)"). Kosovo is XK.
    QString countryCode(const QString &nameOrCode) const;
    // The country's name: ESCAP's name for members, the common English name otherwise;
    // empty for an unknown code.
    QString countryName(const QString &iso2) const;
    // The subregion of a country code (alpha-2, any case): one of the five, NONREG,
    // "outside" for any other country of the world, "unknown" for an empty or
    // unrecognised code. Names are not codes: pass them through countryCode() first.
    QString subregionOf(const QString &iso2) const;
    // Every country of the world as (iso2, name), sorted by name ignoring case and
    // accents, for pickers: the 249 of ISO 3166-1 and Kosovo (XK); names as countryName().
    QList<QPair<QString, QString>> allCountries() const;

private:
    ReferenceData();

    QList<Objective> m_objectives;
    QList<Roundtable> m_roundtables;
    QList<EscapMember> m_members;
    QList<StakeholderCategory> m_categories;
    // Implementation-owned lookup tables (world countries, aliases) live in the .cpp.
    struct Lookup;
    std::unique_ptr<const Lookup> m_lookup;
};

} // namespace consulta
