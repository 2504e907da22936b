#include "SectorParser.h"

#include "reference/ReferenceData.h"
#include "reference/TextKey.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace consulta {

namespace {

struct SectorWord
{
    const char *category;
    const char *word;
};

constexpr SectorWord kWords[] = {
    {"migrant_diaspora", "diaspora"},
    {"migrant_diaspora", "diaspora organization"},
    {"migrant_diaspora", "diaspora association"},
    {"migrant_diaspora", "diaspora community"},
    {"migrant_diaspora", "migrant"},
    {"migrant_diaspora", "migrants"},
    {"migrant_diaspora", "migrant association"},
    {"migrant_diaspora", "migrants association"},
    {"migrant_diaspora", "migrant organization"},
    {"migrant_diaspora", "migrant organisation"},
    {"migrant_diaspora", "migrant-led organization"},
    {"migrant_diaspora", "migrant group"},
    {"migrant_diaspora", "migrant community"},
    {"migrant_diaspora", "migrant workers association"},
    {"migrant_diaspora", "returnee association"},
    {"migrant_diaspora", "migrant and diaspora organization"},
    {"migrant_diaspora", "migrant workers organization"},
    {"migrant_diaspora", "migrant workers organisation"},
    {"migrant_diaspora", "migrant worker organization"},
    {"migrant_diaspora", "migrant workers group"},
    {"migrant_diaspora", "returnee"},
    {"migrant_diaspora", "returnees"},
    {"migrant_diaspora", "returnee organization"},
    {"civil_society", "ngo"},
    {"civil_society", "ngos"},
    {"civil_society", "ingo"},
    {"civil_society", "cso"},
    {"civil_society", "csos"},
    {"civil_society", "cbo"},
    {"civil_society", "ong"},
    {"civil_society", "civil society"},
    {"civil_society", "civil society organization"},
    {"civil_society", "civil society organisation"},
    {"civil_society", "non-governmental organization"},
    {"civil_society", "non-governmental organisation"},
    {"civil_society", "nongovernmental organization"},
    {"civil_society", "international ngo"},
    {"civil_society", "community-based organization"},
    {"civil_society", "non-profit"},
    {"civil_society", "not-for-profit"},
    {"civil_society", "npo"},
    {"civil_society", "charity"},
    {"civil_society", "foundation"},
    {"civil_society", "women's organization"},
    {"civil_society", "women's organisation"},
    {"civil_society", "human rights organization"},
    {"civil_society", "women's rights organization"},
    {"civil_society", "women's rights organisation"},
    {"civil_society", "grassroots organization"},
    {"civil_society", "grassroots organisation"},
    {"civil_society", "grassroots"},
    {"civil_society", "community organization"},
    {"civil_society", "community organisation"},
    {"civil_society", "philanthropy"},
    {"civil_society", "philanthropic foundation"},
    {"civil_society", "société civile"},
    {"civil_society", "sociedad civil"},
    {"trade_union", "trade union"},
    {"trade_union", "trade unions"},
    {"trade_union", "union"},
    {"trade_union", "labour union"},
    {"trade_union", "labor union"},
    {"trade_union", "workers union"},
    {"trade_union", "workers' organization"},
    {"trade_union", "workers' organisation"},
    {"trade_union", "workers organizations"},
    {"trade_union", "workers association"},
    {"trade_union", "syndicat"},
    {"trade_union", "sindicato"},
    {"private_sector", "private sector"},
    {"private_sector", "business"},
    {"private_sector", "company"},
    {"private_sector", "corporate"},
    {"private_sector", "enterprise"},
    {"private_sector", "industry"},
    {"private_sector", "employer"},
    {"private_sector", "employers"},
    {"private_sector", "employers organization"},
    {"private_sector", "employers organisation"},
    {"private_sector", "employers' organization"},
    {"private_sector", "employers association"},
    {"private_sector", "chamber of commerce"},
    {"private_sector", "recruitment agency"},
    {"private_sector", "recruiter"},
    {"private_sector", "secteur privé"},
    {"private_sector", "sector privado"},
    {"academia", "academia"},
    {"academia", "academic"},
    {"academia", "university"},
    {"academia", "college"},
    {"academia", "research"},
    {"academia", "education"},
    {"academia", "educational institution"},
    {"academia", "researcher"},
    {"academia", "research institute"},
    {"academia", "research institution"},
    {"academia", "research centre"},
    {"academia", "research center"},
    {"academia", "think tank"},
    {"academia", "scientific"},
    {"academia", "université"},
    {"academia", "universidad"},
    {"nhri", "nhri"},
    {"nhri", "national human rights institution"},
    {"nhri", "human rights commission"},
    {"nhri", "national human rights commission"},
    {"nhri", "ombudsman"},
    {"nhri", "ombudsperson"},
    {"local_authority", "local government"},
    {"local_authority", "local authority"},
    {"local_authority", "local authorities"},
    {"local_authority", "city"},
    {"local_authority", "city government"},
    {"local_authority", "municipality"},
    {"local_authority", "municipal government"},
    {"local_authority", "mayor"},
    {"local_authority", "local community"},
    {"local_authority", "local communities"},
    {"local_authority", "provincial government"},
    {"parliamentarian", "parliament"},
    {"parliamentarian", "parliamentarian"},
    {"parliamentarian", "parliamentarians"},
    {"parliamentarian", "mp"},
    {"parliamentarian", "member of parliament"},
    {"parliamentarian", "legislator"},
    {"parliamentarian", "legislature"},
    {"parliamentarian", "senator"},
    {"media", "media"},
    {"media", "journalist"},
    {"media", "journalism"},
    {"media", "press"},
    {"media", "broadcaster"},
    {"media", "reporter"},
    {"faith_based", "fbo"},
    {"faith_based", "faith-based"},
    {"faith_based", "faith based organization"},
    {"faith_based", "faith-based organisation"},
    {"faith_based", "faith"},
    {"faith_based", "church"},
    {"faith_based", "mosque"},
    {"faith_based", "temple"},
    {"faith_based", "religious"},
    {"faith_based", "religious organization"},
    {"faith_based", "interfaith"},
    {"red_cross_red_crescent", "red cross"},
    {"red_cross_red_crescent", "red crescent"},
    {"red_cross_red_crescent", "red cross society"},
    {"red_cross_red_crescent", "red crescent society"},
    {"red_cross_red_crescent", "red cross red crescent"},
    {"red_cross_red_crescent", "ifrc"},
    {"red_cross_red_crescent", "icrc"},
    {"youth", "youth"},
    {"youth", "youth organization"},
    {"youth", "youth organisation"},
    {"youth", "youth-led organization"},
    {"youth", "student"},
    {"youth", "students"},
    {"youth", "student organization"},
    {"youth", "children"},
    {"youth", "children and youth"},
    {"youth", "young people"},
    {"other", "other"},
    {"other", "others"},
};

// Longest run of words looked up inside an answer.
constexpr qsizetype kMaxWords = 5;

const QHash<QString, QString> &words()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> result;
        for (const StakeholderCategory &category : ReferenceData::instance().categories()) {
            result.insert(compactKey(category.code), category.code);
            result.insert(compactKey(category.label), category.code);
        }
        for (const SectorWord &word : kWords)
            result.insert(compactKey(QString::fromUtf8(word.word)),
                          QString::fromLatin1(word.category));
        return result;
    }();
    return table;
}

QString lookUp(const QString &text)
{
    return words().value(compactKey(text));
}

QString withinWords(const QString &text)
{
    const QStringList parts = foldedKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype n = std::min(kMaxWords, parts.size()); n >= 1; --n) {
        for (qsizetype start = 0; start + n <= parts.size(); ++start) {
            QString run;
            for (qsizetype i = start; i < start + n; ++i)
                run += parts.at(i);
            const QString code = words().value(run);
            if (!code.isEmpty() && code != QLatin1String("other"))
                return code;
        }
    }
    return QString();
}

} // namespace

QString SectorParser::parse(QStringView text)
{
    const QString whole = text.trimmed().toString();
    if (whole.isEmpty())
        return QString();
    if (QString code = lookUp(whole); !code.isEmpty())
        return code;
    static const QRegularExpression kChoices(QStringLiteral("[;|/,]"));
    const QStringList choices = whole.split(kChoices, Qt::SkipEmptyParts);
    for (const QString &choice : choices) {
        if (QString code = lookUp(choice); !code.isEmpty())
            return code;
    }
    return withinWords(whole);
}

} // namespace consulta
