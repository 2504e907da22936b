#include "ReferenceData.h"

#include "ReferenceCsv.h"
#include "TextKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <utility>

namespace consulta {

namespace {

QString resource(const char *name)
{
    return QStringLiteral(":/reference/") + QLatin1String(name);
}

[[noreturn]] void badData(const char *file, const QString &what)
{
    qFatal("Reference data %s: %s", file, qUtf8Printable(what));
}

int toNumber(const char *file, const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        badData(file, QStringLiteral("\"%1\" is not a number").arg(text));
    return value;
}

// ISO codes as people may type them: " th " → "TH".
QString normalizedCode(const QString &code)
{
    return code.trimmed().toUpper();
}

// The words of a country name for matching: folded, without "the" and "and" (which
// forms add or leave out, or write as "&") unless the name is that one word
// ("AND" is Andorra's alpha-3 code).
QStringList countryWords(const QString &text)
{
    QStringList words = foldedKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1) {
        words.removeIf([](const QString &word) {
            return word == QLatin1String("the") || word == QLatin1String("and");
        });
    }
    return words;
}

QString countryKey(const QString &text)
{
    return countryWords(text).join(QString());
}

// Words that make up the form of government in an official name, "Republic of" or
// "Democratic Socialist Republic of", as they come out of countryWords().
bool isFormNoun(const QString &word)
{
    static const QSet<QString> nouns = {
        QStringLiteral("republic"),     QStringLiteral("kingdom"),
        QStringLiteral("state"),        QStringLiteral("principality"),
        QStringLiteral("commonwealth"), QStringLiteral("sultanate"),
        QStringLiteral("duchy"),        QStringLiteral("union"),
        QStringLiteral("federation"),
    };
    return nouns.contains(word);
}

bool isFormWord(const QString &word)
{
    static const QSet<QString> qualifiers = {
        QStringLiteral("federal"),   QStringLiteral("federative"),    QStringLiteral("democratic"),
        QStringLiteral("socialist"), QStringLiteral("islamic"),       QStringLiteral("people"),
        QStringLiteral("s"),         QStringLiteral("peoples"),       QStringLiteral("popular"),
        QStringLiteral("arab"),      QStringLiteral("united"),        QStringLiteral("independent"),
        QStringLiteral("grand"),     QStringLiteral("plurinational"), QStringLiteral("bolivarian"),
        QStringLiteral("hashemite"), QStringLiteral("eastern"),       QStringLiteral("cooperative"),
    };
    return isFormNoun(word) || qualifiers.contains(word);
}

bool isForm(const QStringList &words, qsizetype from, qsizetype to)
{
    bool hasNoun = false;
    for (qsizetype i = from; i < to; ++i) {
        if (!isFormWord(words.at(i)))
            return false;
        hasNoun = hasNoun || isFormNoun(words.at(i));
    }
    return hasNoun;
}

// Removes a leading "Republic of …" or a trailing "…, Republic of"; false when the
// words have neither.
bool stripForm(QStringList &words)
{
    const QString of = QStringLiteral("of");
    const qsizetype firstOf = words.indexOf(of);
    if (firstOf > 0 && firstOf + 1 < words.size() && isForm(words, 0, firstOf)) {
        words.remove(0, firstOf + 1);
        return true;
    }
    if (words.size() > 2 && words.last() == of) {
        qsizetype start = words.size() - 1;
        while (start > 1 && isFormWord(words.at(start - 1)))
            --start;
        if (start < words.size() - 1 && isForm(words, start, words.size() - 1)) {
            words.remove(start, words.size() - start);
            return true;
        }
    }
    return false;
}

qsizetype indexOfEither(const QString &text, char16_t a, char16_t b, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) == QChar(a) || text.at(i) == QChar(b))
            return i;
    }
    return -1;
}

QString outside()
{
    return QStringLiteral("outside");
}

QString unknown()
{
    return QStringLiteral("unknown");
}

struct SubregionInfo
{
    const char *code;
    const char *label;
};

constexpr SubregionInfo kSubregions[] = {
    {"ENEA", QT_TRANSLATE_NOOP("Subregion", "East and North-East Asia")},
    {"SEA", QT_TRANSLATE_NOOP("Subregion", "South-East Asia")},
    {"SSWA", QT_TRANSLATE_NOOP("Subregion", "South and South-West Asia")},
    {"NCA", QT_TRANSLATE_NOOP("Subregion", "North and Central Asia")},
    {"PAC", QT_TRANSLATE_NOOP("Subregion", "Pacific")},
    {"NONREG", QT_TRANSLATE_NOOP("Subregion", "Non-regional members")},
    {"outside", QT_TRANSLATE_NOOP("Subregion", "Outside the ESCAP region")},
    {"unknown", QT_TRANSLATE_NOOP("Subregion", "Unknown")},
};
constexpr int kInScopeSubregions = 5;

} // namespace

struct ReferenceData::Lookup
{
    struct Country
    {
        QString iso2;
        QString iso3;
        QString name;
    };

    QList<Country> world;
    QHash<QString, qsizetype> worldByCode;  // ISO alpha-2 → index in world
    QHash<QString, qsizetype> memberByCode; // ISO alpha-2 → index in m_members
    QHash<QString, QString> codeByIso;      // ISO alpha-2 and alpha-3 → alpha-2
    QHash<QString, QString> codeByKey;      // countryKey() of a name → ISO alpha-2
    QList<QPair<QString, QString>> sortedCountries;

    // Adds a name or code a country is known by; two countries under one key is a
    // mistake in the data.
    void addKey(const QString &text, const QString &iso2, const char *file)
    {
        const QString key = countryKey(text);
        if (key.isEmpty())
            badData(file, QStringLiteral("\"%1\" has no letters").arg(text));
        const auto it = codeByKey.constFind(key);
        if (it != codeByKey.cend() && *it != iso2) {
            badData(file, QStringLiteral("\"%1\" would mean both %2 and %3").arg(text, *it, iso2));
        }
        codeByKey.insert(key, iso2);
    }

    QString findName(const QString &text) const
    {
        QStringList words = countryWords(text);
        if (words.isEmpty())
            return {};
        QString code = codeByKey.value(words.join(QString()));
        // "Kingdom of Thailand", "Moldova, Republic of": official names that the
        // tables do not list one by one. Exact entries win ("Republic of Korea").
        while (code.isEmpty() && stripForm(words) && !words.isEmpty())
            code = codeByKey.value(words.join(QString()));
        return code;
    }

    QString find(const QString &text) const
    {
        // Codes only as they are, so that "N/A" is not Namibia.
        const QString trimmed = text.trimmed();
        if (trimmed.size() == 2 || trimmed.size() == 3) {
            const QString iso = codeByIso.value(trimmed.toUpper());
            if (!iso.isEmpty())
                return iso;
        }
        const QString code = findName(text);
        if (!code.isEmpty())
            return code;
        // "Türkiye (Turkey)", "Taiwan (ROC)", "Bangkok (Thailand)": a name with
        // another in brackets. Two countries that disagree name none.
        const qsizetype open = indexOfEither(text, u'(', u'[', 0);
        const qsizetype close = open < 0 ? -1 : indexOfEither(text, u')', u']', open);
        if (close < 0)
            return {};
        const QString outer = findName(text.left(open) + QLatin1Char(' ') + text.mid(close + 1));
        const QString inner = findName(text.mid(open + 1, close - open - 1));
        if (!outer.isEmpty() && !inner.isEmpty() && outer != inner)
            return {};
        return outer.isEmpty() ? inner : outer;
    }
};

ReferenceData::ReferenceData()
{
    auto lookup = std::make_unique<Lookup>();

    {
        const char *file = "gcm-objectives.csv";
        const ReferenceCsv csv = ReferenceCsv::load(
            resource(file),
            {QStringLiteral("number"), QStringLiteral("short_label"), QStringLiteral("title")});
        for (qsizetype row = 0; row < csv.rowCount(); ++row) {
            Objective objective;
            objective.number = toNumber(file, csv.field(row, QStringLiteral("number")));
            objective.shortLabel = csv.field(row, QStringLiteral("short_label"));
            objective.title = csv.field(row, QStringLiteral("title"));
            if (objective.number != row + 1)
                badData(file, QStringLiteral("objective %1 out of order").arg(objective.number));
            m_objectives.append(objective);
        }
    }

    {
        const char *file = "imrf-roundtables.csv";
        const ReferenceCsv csv = ReferenceCsv::load(
            resource(file), {QStringLiteral("roundtable"), QStringLiteral("objectives"),
                             QStringLiteral("theme_of_asia_pacific_consultation")});
        for (qsizetype row = 0; row < csv.rowCount(); ++row) {
            Roundtable roundtable;
            roundtable.number = toNumber(file, csv.field(row, QStringLiteral("roundtable")));
            const QStringList numbers = csv.field(row, QStringLiteral("objectives"))
                                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &number : numbers) {
                const int objective = toNumber(file, number);
                if (objective < 1 || objective > m_objectives.size())
                    badData(file, QStringLiteral("no objective %1").arg(objective));
                roundtable.objectives.append(objective);
            }
            roundtable.theme = csv.field(row, QStringLiteral("theme_of_asia_pacific_consultation"));
            m_roundtables.append(roundtable);
        }
    }

    {
        const char *file = "world-countries.csv";
        const ReferenceCsv csv =
            ReferenceCsv::load(resource(file), {QStringLiteral("iso2"), QStringLiteral("iso3"),
                                                QStringLiteral("name")});
        for (qsizetype row = 0; row < csv.rowCount(); ++row) {
            Lookup::Country country{csv.field(row, QStringLiteral("iso2")),
                                    csv.field(row, QStringLiteral("iso3")),
                                    csv.field(row, QStringLiteral("name"))};
            if (country.iso2.size() != 2 || country.iso3.size() != 3 ||
                country.iso2 != country.iso2.toUpper() || country.iso3 != country.iso3.toUpper() ||
                lookup->worldByCode.contains(country.iso2)) {
                badData(file, QStringLiteral("bad or repeated code %1").arg(country.iso2));
            }
            lookup->worldByCode.insert(country.iso2, lookup->world.size());
            if (lookup->codeByIso.contains(country.iso3))
                badData(file, QStringLiteral("repeated code %1").arg(country.iso3));
            lookup->codeByIso.insert(country.iso2, country.iso2);
            lookup->codeByIso.insert(country.iso3, country.iso2);
            lookup->addKey(country.name, country.iso2, file);
            lookup->world.append(country);
        }
    }

    {
        const char *file = "escap-members.csv";
        const ReferenceCsv csv = ReferenceCsv::load(
            resource(file), {QStringLiteral("iso2"), QStringLiteral("name"),
                             QStringLiteral("subregion"), QStringLiteral("membership")});
        QStringList subregions;
        for (const SubregionInfo &info : kSubregions)
            subregions.append(QLatin1String(info.code));
        subregions = subregions.mid(0, kInScopeSubregions + 1); // the five and NONREG
        for (qsizetype row = 0; row < csv.rowCount(); ++row) {
            EscapMember member;
            member.iso2 = csv.field(row, QStringLiteral("iso2"));
            member.name = csv.field(row, QStringLiteral("name"));
            member.subregion = csv.field(row, QStringLiteral("subregion"));
            const QString membership = csv.field(row, QStringLiteral("membership"));
            member.associate = membership == QLatin1String("associate");
            if (!member.associate && membership != QLatin1String("member"))
                badData(file, QStringLiteral("membership \"%1\"").arg(membership));
            if (!subregions.contains(member.subregion))
                badData(file, QStringLiteral("subregion \"%1\"").arg(member.subregion));
            if (!lookup->worldByCode.contains(member.iso2) ||
                lookup->memberByCode.contains(member.iso2)) {
                badData(file, QStringLiteral("bad or repeated code %1").arg(member.iso2));
            }
            lookup->memberByCode.insert(member.iso2, m_members.size());
            lookup->addKey(member.name, member.iso2, file);
            m_members.append(member);
        }
    }

    {
        const char *file = "country-aliases.csv";
        const ReferenceCsv csv =
            ReferenceCsv::load(resource(file), {QStringLiteral("alias"), QStringLiteral("iso2")});
        for (qsizetype row = 0; row < csv.rowCount(); ++row) {
            const QString iso2 = csv.field(row, QStringLiteral("iso2"));
            if (!lookup->worldByCode.contains(iso2))
                badData(file, QStringLiteral("unknown code %1").arg(iso2));
            lookup->addKey(csv.field(row, QStringLiteral("alias")), iso2, file);
        }
    }

    {
        const char *file = "stakeholder-categories.csv";
        const ReferenceCsv csv =
            ReferenceCsv::load(resource(file), {QStringLiteral("code"), QStringLiteral("label"),
                                                QStringLiteral("where_named")});
        for (qsizetype row = 0; row < csv.rowCount(); ++row) {
            StakeholderCategory category;
            category.code = csv.field(row, QStringLiteral("code"));
            category.label = csv.field(row, QStringLiteral("label"));
            category.whereNamed = csv.field(row, QStringLiteral("where_named"));
            if (category.code.isEmpty() || category.label.isEmpty())
                badData(file, QStringLiteral("record %1 is incomplete").arg(row + 1));
            m_categories.append(category);
        }
    }

    for (const Lookup::Country &country : std::as_const(lookup->world)) {
        const auto member = lookup->memberByCode.constFind(country.iso2);
        lookup->sortedCountries.append({country.iso2, member == lookup->memberByCode.cend()
                                                          ? country.name
                                                          : m_members.at(*member).name});
    }
    std::sort(lookup->sortedCountries.begin(), lookup->sortedCountries.end(),
              [](const QPair<QString, QString> &a, const QPair<QString, QString> &b) {
                  const QString keyA = foldedKey(a.second);
                  const QString keyB = foldedKey(b.second);
                  return keyA != keyB ? keyA < keyB : a.second < b.second;
              });

    m_lookup = std::move(lookup);
}

ReferenceData::~ReferenceData() = default;

const ReferenceData &ReferenceData::instance()
{
    static const ReferenceData data;
    return data;
}

const Objective *ReferenceData::objective(int number) const
{
    for (const Objective &objective : m_objectives) {
        if (objective.number == number)
            return &objective;
    }
    return nullptr;
}

const Roundtable *ReferenceData::roundtable(int number) const
{
    for (const Roundtable &roundtable : m_roundtables) {
        if (roundtable.number == number)
            return &roundtable;
    }
    return nullptr;
}

const EscapMember *ReferenceData::escapMember(const QString &iso2) const
{
    const auto it = m_lookup->memberByCode.constFind(normalizedCode(iso2));
    return it == m_lookup->memberByCode.cend() ? nullptr : &m_members.at(*it);
}

const StakeholderCategory *ReferenceData::category(const QString &code) const
{
    for (const StakeholderCategory &category : m_categories) {
        if (category.code == code)
            return &category;
    }
    return nullptr;
}

QStringList ReferenceData::categoryCodes() const
{
    QStringList codes;
    codes.reserve(m_categories.size());
    for (const StakeholderCategory &category : m_categories)
        codes.append(category.code);
    return codes;
}

QStringList ReferenceData::subregionCodes()
{
    QStringList codes;
    for (int i = 0; i < kInScopeSubregions; ++i)
        codes.append(QLatin1String(kSubregions[i].code));
    return codes;
}

QString ReferenceData::subregionLabel(const QString &code)
{
    const SubregionInfo *found = &kSubregions[std::size(kSubregions) - 1]; // unknown
    for (const SubregionInfo &info : kSubregions) {
        if (code.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0)
            found = &info;
    }
    return QCoreApplication::translate("Subregion", found->label);
}

QString ReferenceData::countryCode(const QString &nameOrCode) const
{
    return m_lookup->find(nameOrCode);
}

QString ReferenceData::countryName(const QString &iso2) const
{
    const QString code = normalizedCode(iso2);
    if (const EscapMember *member = escapMember(code))
        return member->name;
    const auto it = m_lookup->worldByCode.constFind(code);
    return it == m_lookup->worldByCode.cend() ? QString() : m_lookup->world.at(*it).name;
}

QString ReferenceData::subregionOf(const QString &iso2) const
{
    // Called for every participant when balance is computed: try the code as stored
    // before normalizing it.
    auto member = m_lookup->memberByCode.constFind(iso2);
    if (member == m_lookup->memberByCode.cend()) {
        const QString code = normalizedCode(iso2);
        if (code.isEmpty())
            return unknown();
        member = m_lookup->memberByCode.constFind(code);
        if (member == m_lookup->memberByCode.cend())
            return m_lookup->worldByCode.contains(code) ? outside() : unknown();
    }
    return m_members.at(*member).subregion;
}

QList<QPair<QString, QString>> ReferenceData::allCountries() const
{
    return m_lookup->sortedCountries;
}

} // namespace consulta
