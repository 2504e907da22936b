#include "TestSupport.h"

#include "reference/ReferenceCsv.h"
#include "reference/ReferenceData.h"
#include "reference/TextKey.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace consulta;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

const ReferenceData &ref()
{
    return ReferenceData::instance();
}

} // namespace

TEST_CASE("the 23 GCM objectives with their short labels and titles", "[reference]")
{
    struct Expected
    {
        int number;
        const char16_t *shortLabel;
        const char16_t *title;
    };
    const Expected expected[] = {
        {1, u"Data",
         u"Collect and utilize accurate and disaggregated data as a basis for evidence-based "
         u"policies"},
        {2, u"Minimize adverse drivers",
         u"Minimize the adverse drivers and structural factors that compel people to leave their "
         u"country of origin"},
        {3, u"Information provision",
         u"Provide accurate and timely information at all stages of migration"},
        {4, u"Legal identity and documentation",
         u"Ensure that all migrants have proof of legal identity and adequate documentation"},
        {5, u"Regular pathways",
         u"Enhance availability and flexibility of pathways for regular migration"},
        {6, u"Recruitment and decent work",
         u"Facilitate fair and ethical recruitment and safeguard conditions that ensure decent "
         u"work"},
        {7, u"Reduce vulnerabilities", u"Address and reduce vulnerabilities in migration"},
        {8, u"Save lives",
         u"Save lives and establish coordinated international efforts on missing migrants"},
        {9, u"Counter smuggling",
         u"Strengthen the transnational response to smuggling of migrants"},
        {10, u"Eradicate trafficking",
         u"Prevent, combat and eradicate trafficking in persons in the context of international "
         u"migration"},
        {11, u"Manage borders", u"Manage borders in an integrated, secure and coordinated manner"},
        {12, u"Screening and referral",
         u"Strengthen certainty and predictability in migration procedures for appropriate "
         u"screening, assessment and referral"},
        {13, u"Alternatives to detention",
         u"Use migration detention only as a measure of last resort and work towards alternatives"},
        {14, u"Consular protection",
         u"Enhance consular protection, assistance and cooperation throughout the migration cycle"},
        {15, u"Access to basic services", u"Provide access to basic services for migrants"},
        {16, u"Inclusion and social cohesion",
         u"Empower migrants and societies to realize full inclusion and social cohesion"},
        {17, u"Eliminate discrimination",
         u"Eliminate all forms of discrimination and promote evidence-based public discourse to "
         u"shape perceptions of migration"},
        {18, u"Skills development and recognition",
         u"Invest in skills development and facilitate mutual recognition of skills, "
         u"qualifications and competences"},
        {19, u"Migrant and diaspora contributions",
         u"Create conditions for migrants and diasporas to fully contribute to sustainable "
         u"development in all countries"},
        {20, u"Remittances",
         u"Promote faster, safer and cheaper transfer of remittances and foster financial "
         u"inclusion of migrants"},
        {21, u"Dignified return and reintegration",
         u"Cooperate in facilitating safe and dignified return and readmission, as well as "
         u"sustainable reintegration"},
        {22, u"Social protection",
         u"Establish mechanisms for the portability of social security entitlements and earned "
         u"benefits"},
        {23, u"International cooperation",
         u"Strengthen international cooperation and global partnerships for safe, orderly and "
         u"regular migration"},
    };
    REQUIRE(ref().objectives().size() == 23);
    for (int i = 0; i < 23; ++i) {
        const Expected &e = expected[i];
        INFO("objective " << e.number);
        const Objective &o = ref().objectives().at(i);
        CHECK(o.number == e.number);
        CHECK(o.shortLabel == s(e.shortLabel));
        CHECK(o.title == s(e.title));
        const Objective *byNumber = ref().objective(e.number);
        REQUIRE(byNumber != nullptr);
        CHECK(byNumber->shortLabel == s(e.shortLabel));
    }
    CHECK(ref().objective(0) == nullptr);
    CHECK(ref().objective(24) == nullptr);
}

TEST_CASE("the four IMRF roundtables and their objectives", "[reference]")
{
    REQUIRE(ref().roundtables().size() == 4);
    const QList<QList<int>> expected = {
        {2, 5, 6, 12, 18},
        {4, 8, 9, 10, 11, 13, 21},
        {14, 15, 16, 19, 20, 22},
        {1, 3, 7, 17, 23},
    };
    for (int n = 1; n <= 4; ++n) {
        INFO("roundtable " << n);
        const Roundtable *roundtable = ref().roundtable(n);
        REQUIRE(roundtable != nullptr);
        CHECK(roundtable->number == n);
        CHECK(roundtable->objectives == expected.at(n - 1));
        CHECK(ref().roundtables().at(n - 1).number == n);
    }
    CHECK(ref().roundtable(1)->theme ==
          QStringLiteral("Ensuring that migration is voluntary, regular, safe and orderly"));
    CHECK(ref().roundtable(2)->theme ==
          QStringLiteral("Protecting migrants through rights-based border governance measures"));
    CHECK(ref().roundtable(3)->theme.isEmpty());
    CHECK(ref().roundtable(4)->theme.isEmpty());
    CHECK(ref().roundtable(0) == nullptr);
    CHECK(ref().roundtable(5) == nullptr);

    // Together the roundtables cover every objective exactly once.
    QList<int> all;
    for (const Roundtable &roundtable : ref().roundtables())
        all += roundtable.objectives;
    std::sort(all.begin(), all.end());
    QList<int> oneToTwentyThree;
    for (int i = 1; i <= 23; ++i)
        oneToTwentyThree.append(i);
    CHECK(all == oneToTwentyThree);
}

TEST_CASE("the 62 ESCAP members and associate members with their subregions", "[reference]")
{
    struct Expected
    {
        const char16_t *iso2;
        const char16_t *name;
        const char16_t *subregion;
        bool associate;
    };
    const Expected expected[] = {
        {u"CN", u"China", u"ENEA", false},
        {u"KP", u"Democratic People's Republic of Korea", u"ENEA", false},
        {u"JP", u"Japan", u"ENEA", false},
        {u"MN", u"Mongolia", u"ENEA", false},
        {u"KR", u"Republic of Korea", u"ENEA", false},
        {u"HK", u"Hong Kong, China", u"ENEA", true},
        {u"MO", u"Macao, China", u"ENEA", true},
        {u"BN", u"Brunei Darussalam", u"SEA", false},
        {u"KH", u"Cambodia", u"SEA", false},
        {u"ID", u"Indonesia", u"SEA", false},
        {u"LA", u"Lao People's Democratic Republic", u"SEA", false},
        {u"MY", u"Malaysia", u"SEA", false},
        {u"MM", u"Myanmar", u"SEA", false},
        {u"PH", u"Philippines", u"SEA", false},
        {u"SG", u"Singapore", u"SEA", false},
        {u"TH", u"Thailand", u"SEA", false},
        {u"TL", u"Timor-Leste", u"SEA", false},
        {u"VN", u"Viet Nam", u"SEA", false},
        {u"AF", u"Afghanistan", u"SSWA", false},
        {u"BD", u"Bangladesh", u"SSWA", false},
        {u"BT", u"Bhutan", u"SSWA", false},
        {u"IN", u"India", u"SSWA", false},
        {u"IR", u"Iran (Islamic Republic of)", u"SSWA", false},
        {u"MV", u"Maldives", u"SSWA", false},
        {u"NP", u"Nepal", u"SSWA", false},
        {u"PK", u"Pakistan", u"SSWA", false},
        {u"LK", u"Sri Lanka", u"SSWA", false},
        {u"TR", u"Türkiye", u"SSWA", false},
        {u"AM", u"Armenia", u"NCA", false},
        {u"AZ", u"Azerbaijan", u"NCA", false},
        {u"GE", u"Georgia", u"NCA", false},
        {u"KZ", u"Kazakhstan", u"NCA", false},
        {u"KG", u"Kyrgyzstan", u"NCA", false},
        {u"RU", u"Russian Federation", u"NCA", false},
        {u"TJ", u"Tajikistan", u"NCA", false},
        {u"TM", u"Turkmenistan", u"NCA", false},
        {u"UZ", u"Uzbekistan", u"NCA", false},
        {u"AU", u"Australia", u"PAC", false},
        {u"NZ", u"New Zealand", u"PAC", false},
        {u"FJ", u"Fiji", u"PAC", false},
        {u"KI", u"Kiribati", u"PAC", false},
        {u"MH", u"Marshall Islands", u"PAC", false},
        {u"FM", u"Micronesia (Federated States of)", u"PAC", false},
        {u"NR", u"Nauru", u"PAC", false},
        {u"PW", u"Palau", u"PAC", false},
        {u"PG", u"Papua New Guinea", u"PAC", false},
        {u"WS", u"Samoa", u"PAC", false},
        {u"SB", u"Solomon Islands", u"PAC", false},
        {u"TO", u"Tonga", u"PAC", false},
        {u"TV", u"Tuvalu", u"PAC", false},
        {u"VU", u"Vanuatu", u"PAC", false},
        {u"AS", u"American Samoa", u"PAC", true},
        {u"CK", u"Cook Islands", u"PAC", true},
        {u"PF", u"French Polynesia", u"PAC", true},
        {u"GU", u"Guam", u"PAC", true},
        {u"NC", u"New Caledonia", u"PAC", true},
        {u"NU", u"Niue", u"PAC", true},
        {u"MP", u"Northern Mariana Islands", u"PAC", true},
        {u"FR", u"France", u"NONREG", false},
        {u"NL", u"Netherlands", u"NONREG", false},
        {u"GB", u"United Kingdom", u"NONREG", false},
        {u"US", u"United States of America", u"NONREG", false},
    };
    REQUIRE(ref().escapMembers().size() == 62);
    QHash<QString, int> perSubregion;
    int associates = 0;
    for (int i = 0; i < 62; ++i) {
        const Expected &e = expected[i];
        INFO("member " << s(e.iso2).toStdString());
        const EscapMember &m = ref().escapMembers().at(i);
        CHECK(m.iso2 == s(e.iso2));
        CHECK(m.name == s(e.name));
        CHECK(m.subregion == s(e.subregion));
        CHECK(m.associate == e.associate);
        CHECK(ref().subregionOf(s(e.iso2)) == s(e.subregion));
        CHECK(ref().subregionOf(s(e.iso2).toLower()) == s(e.subregion));
        CHECK(ref().countryName(s(e.iso2)) == s(e.name));
        CHECK(ref().countryCode(s(e.name)) == s(e.iso2));
        const EscapMember *byCode = ref().escapMember(s(e.iso2));
        REQUIRE(byCode != nullptr);
        CHECK(byCode->name == s(e.name));
        ++perSubregion[m.subregion];
        associates += m.associate ? 1 : 0;
    }
    CHECK(associates == 9);
    CHECK(perSubregion.value(QStringLiteral("ENEA")) == 7);
    CHECK(perSubregion.value(QStringLiteral("SEA")) == 11);
    CHECK(perSubregion.value(QStringLiteral("SSWA")) == 10);
    CHECK(perSubregion.value(QStringLiteral("NCA")) == 9);
    CHECK(perSubregion.value(QStringLiteral("PAC")) == 21);
    CHECK(perSubregion.value(QStringLiteral("NONREG")) == 4);
    CHECK(ref().escapMember(QStringLiteral("de")) == nullptr);
    CHECK(ref().escapMember(QString()) == nullptr);
    CHECK(ref().escapMember(QStringLiteral(" vn "))->name == QStringLiteral("Viet Nam"));
}

TEST_CASE("the 13 stakeholder categories", "[reference]")
{
    struct Expected
    {
        const char16_t *code;
        const char16_t *label;
    };
    const Expected expected[] = {
        {u"migrant_diaspora", u"Migrant and diaspora organizations"},
        {u"civil_society", u"Civil society and non-governmental organizations"},
        {u"trade_union", u"Trade unions and workers' organizations"},
        {u"private_sector", u"Private sector and employers' organizations"},
        {u"academia", u"Academia, scientific and knowledge-based institutions"},
        {u"nhri", u"National human rights institutions"},
        {u"local_authority", u"Local authorities and communities"},
        {u"parliamentarian", u"Parliamentarians"},
        {u"media", u"Media"},
        {u"faith_based", u"Faith-based organizations"},
        {u"red_cross_red_crescent", u"International Red Cross and Red Crescent Movement"},
        {u"youth", u"Children and youth organizations"},
        {u"other", u"Other relevant stakeholders"},
    };
    REQUIRE(ref().categories().size() == 13);
    QStringList codes;
    for (int i = 0; i < 13; ++i) {
        const Expected &e = expected[i];
        INFO("category " << s(e.code).toStdString());
        const StakeholderCategory &c = ref().categories().at(i);
        CHECK(c.code == s(e.code));
        CHECK(c.label == s(e.label));
        CHECK_FALSE(c.whereNamed.isEmpty());
        const StakeholderCategory *byCode = ref().category(s(e.code));
        REQUIRE(byCode != nullptr);
        CHECK(byCode->label == s(e.label));
        codes.append(s(e.code));
    }
    CHECK(ref().categoryCodes() == codes);
    CHECK(ref().category(QStringLiteral("unknown")) == nullptr);
    CHECK(ref().category(QString()) == nullptr);
}

TEST_CASE("subregion codes and labels", "[reference]")
{
    CHECK(ReferenceData::subregionCodes() ==
          QStringList({QStringLiteral("ENEA"), QStringLiteral("SEA"), QStringLiteral("SSWA"),
                       QStringLiteral("NCA"), QStringLiteral("PAC")}));
    const QList<QPair<QString, QString>> labels = {
        {QStringLiteral("ENEA"), QStringLiteral("East and North-East Asia")},
        {QStringLiteral("SEA"), QStringLiteral("South-East Asia")},
        {QStringLiteral("SSWA"), QStringLiteral("South and South-West Asia")},
        {QStringLiteral("NCA"), QStringLiteral("North and Central Asia")},
        {QStringLiteral("PAC"), QStringLiteral("Pacific")},
        {QStringLiteral("NONREG"), QStringLiteral("Non-regional members")},
        {QStringLiteral("outside"), QStringLiteral("Outside the ESCAP region")},
        {QStringLiteral("unknown"), QStringLiteral("Unknown")},
    };
    for (const auto &[code, label] : labels)
        CHECK(ReferenceData::subregionLabel(code) == label);
    CHECK(ReferenceData::subregionLabel(QStringLiteral("nonsense")) == QStringLiteral("Unknown"));
}

TEST_CASE("subregion of countries outside ESCAP and of unknown codes", "[reference]")
{
    for (const char *code : {"DE", "BR", "CA", "ZA", "EG", "XK", "AQ", "CH", "MX", "SA"})
        CHECK(ref().subregionOf(QLatin1String(code)) == QStringLiteral("outside"));
    CHECK(ref().subregionOf(QStringLiteral(" de ")) == QStringLiteral("outside"));
    for (const char *code : {"", " ", "ZZ", "XX", "UK", "EU", "THA", "Germany", "Viet Nam"})
        CHECK(ref().subregionOf(QLatin1String(code)) == QStringLiteral("unknown"));
}

TEST_CASE("country lookup by the names registration forms use", "[reference]")
{
    const QList<QPair<const char16_t *, const char *>> names = {
        {u"Viet Nam", "VN"},
        {u"Vietnam", "VN"},
        {u"Việt Nam", "VN"},
        {u"  viet-nam ", "VN"},
        {u"VIET NAM", "VN"},
        {u"Korea, Republic of", "KR"},
        {u"South Korea", "KR"},
        {u"Republic of Korea", "KR"},
        {u"Korea (South)", "KR"},
        {u"Korea, Rep.", "KR"},
        {u"North Korea", "KP"},
        {u"DPRK", "KP"},
        {u"Korea, Democratic People's Republic of", "KP"},
        {u"Korea, Democratic People’s Republic of", "KP"},
        {u"Democratic People's Republic of Korea", "KP"},
        {u"Korea, Democratic Republic of", "KP"},
        {u"Lao PDR", "LA"},
        {u"Laos", "LA"},
        {u"Lao People's Democratic Republic", "LA"},
        {u"Türkiye", "TR"},
        {u"Turkey", "TR"},
        {u"Turkiye", "TR"},
        {u"TÜRKİYE", "TR"},
        {u"Russia", "RU"},
        {u"Russian Federation", "RU"},
        {u"Iran", "IR"},
        {u"Iran, Islamic Republic of", "IR"},
        {u"Iran (Islamic Republic of)", "IR"},
        {u"Micronesia", "FM"},
        {u"Federated States of Micronesia", "FM"},
        {u"Micronesia (Federated States of)", "FM"},
        {u"Hong Kong", "HK"},
        {u"Hong Kong SAR", "HK"},
        {u"Hong Kong, China", "HK"},
        {u"Hong Kong SAR, China", "HK"},
        {u"Macau", "MO"},
        {u"Macao", "MO"},
        {u"Macao SAR", "MO"},
        {u"Macao, China", "MO"},
        {u"Burma", "MM"},
        {u"East Timor", "TL"},
        {u"Timor-Leste", "TL"},
        {u"Brunei", "BN"},
        {u"Brunei Darussalam", "BN"},
        {u"UK", "GB"},
        {u"U.K.", "GB"},
        {u"Great Britain", "GB"},
        {u"United Kingdom", "GB"},
        {u"USA", "US"},
        {u"United States", "US"},
        {u"U.S.", "US"},
        {u"U.S.A.", "US"},
        {u"United States of America", "US"},
        {u"The Netherlands", "NL"},
        {u"Netherlands, The", "NL"},
        {u"Holland", "NL"},
        {u"Bolivia", "BO"},
        {u"Bolivia, Plurinational State of", "BO"},
        {u"Syria", "SY"},
        {u"Syrian Arab Republic", "SY"},
        {u"Tanzania", "TZ"},
        {u"Tanzania, United Republic of", "TZ"},
        {u"Ivory Coast", "CI"},
        {u"Côte d'Ivoire", "CI"},
        {u"Cote D'Ivoire", "CI"},
        {u"Côte d’Ivoire", "CI"},
        {u"Czechia", "CZ"},
        {u"Czech Republic", "CZ"},
        {u"Eswatini", "SZ"},
        {u"Swaziland", "SZ"},
        {u"Taiwan", "TW"},
        {u"Taiwan, Province of China", "TW"},
        {u"Palestine", "PS"},
        {u"Palestine, State of", "PS"},
        {u"Kosovo", "XK"},
        {u"Trinidad & Tobago", "TT"},
        {u"Bosnia & Herzegovina", "BA"},
        {u"St. Kitts & Nevis", "KN"},
        {u"Saint Vincent and the Grenadines", "VC"},
        {u"Gambia, The", "GM"},
        {u"The Bahamas", "BS"},
        {u"Congo, The Democratic Republic of the", "CD"},
        {u"Democratic Republic of the Congo", "CD"},
        {u"DR Congo", "CD"},
        {u"Congo", "CG"},
        {u"Republic of the Congo", "CG"},
        {u"Virgin Islands, British", "VG"},
        {u"Virgin Islands, U.S.", "VI"},
        {u"Holy See", "VA"},
        {u"Cabo Verde", "CV"},
        {u"Cape Verde", "CV"},
        {u"North Macedonia", "MK"},
        {u"Curaçao", "CW"},
        {u"Curacao", "CW"},
        {u"Réunion", "RE"},
        {u"São Tomé and Príncipe", "ST"},
        {u"Åland Islands", "AX"},
        {u"Aotearoa New Zealand", "NZ"},
        {u"Ｔｈａｉｌａｎｄ", "TH"},
        // Official names the tables do not list one by one.
        {u"Kingdom of Thailand", "TH"},
        {u"Democratic Socialist Republic of Sri Lanka", "LK"},
        {u"Islamic Republic of Pakistan", "PK"},
        {u"People's Republic of Bangladesh", "BD"},
        {u"Moldova, Republic of", "MD"},
        {u"Republic of the Union of Myanmar", "MM"},
        {u"Republic of China", "TW"},
        {u"Republic of Korea (South)", "KR"},
        {u"Hellenic Republic", "GR"},
        // A name with another in brackets.
        {u"Türkiye (Turkey)", "TR"},
        {u"Taiwan (ROC)", "TW"},
        {u"Bangkok (Thailand)", "TH"},
        {u"Myanmar [Burma]", "MM"},
        {u"Congo (DRC)", "CD"},
    };
    for (const auto &[name, code] : names) {
        INFO(s(name).toStdString());
        CHECK(ref().countryCode(s(name)) == QLatin1String(code));
    }
}

TEST_CASE("country lookup by ISO alpha-2 and alpha-3 codes", "[reference]")
{
    const QList<QPair<const char *, const char *>> codes = {
        {"TH", "TH"},  {"th", "TH"},  {" Th ", "TH"}, {"THA", "TH"}, {"tha", "TH"},
        {"VNM", "VN"}, {"KOR", "KR"}, {"PRK", "KP"},  {"GBR", "GB"}, {"USA", "US"},
        {"AND", "AD"}, {"and", "AD"}, {"XK", "XK"},   {"XKX", "XK"}, {"DE", "DE"},
        {"FSM", "FM"}, {"TLS", "TL"}, {"HKG", "HK"},  {"MAC", "MO"}, {"TWN", "TW"},
    };
    for (const auto &[input, code] : codes) {
        INFO(input);
        CHECK(ref().countryCode(QLatin1String(input)) == QLatin1String(code));
    }
}

TEST_CASE("text that names no country gives an empty code", "[reference]")
{
    for (const char *text : {"",
                             "   ",
                             "-",
                             "Atlantis",
                             "Europe",
                             "ZZ",
                             "ZZZ",
                             "Virgin Islands",
                             "Republic of",
                             "Republic of Nowhere",
                             "of",
                             "the",
                             "the and",
                             "Netherlands Antilles",
                             "Thailand (Viet Nam)",
                             "(",
                             "()",
                             ")(",
                             "N/A",
                             "n.a.",
                             "T H",
                             "T.H.",
                             "None",
                             "Other",
                             "-"}) {
        INFO(text);
        CHECK(ref().countryCode(QLatin1String(text)).isEmpty());
    }
}

TEST_CASE("every country of the world is known by its names and codes", "[reference]")
{
    const QList<QPair<QString, QString>> countries = ref().allCountries();
    CHECK(countries.size() == 250); // 249 ISO 3166-1 entries and Kosovo
    QSet<QString> codes;
    for (const auto &[code, name] : countries) {
        INFO(code.toStdString());
        codes.insert(code);
        CHECK(code.size() == 2);
        CHECK(ref().countryName(code) == name);
        CHECK(ref().countryCode(code) == code);
        CHECK(ref().countryCode(name) == code);
        CHECK(ref().subregionOf(code) != QStringLiteral("unknown"));
    }
    CHECK(codes.size() == 250);
    for (qsizetype i = 1; i < countries.size(); ++i)
        CHECK(foldedKey(countries.at(i - 1).second) <= foldedKey(countries.at(i).second));
    CHECK(countries.contains(qMakePair(QStringLiteral("VN"), QStringLiteral("Viet Nam"))));
    CHECK(countries.contains(qMakePair(QStringLiteral("DE"), QStringLiteral("Germany"))));
    CHECK(ref().countryName(QStringLiteral("de")) == QStringLiteral("Germany"));
    CHECK(ref().countryName(QStringLiteral("TR")) == QStringLiteral("Türkiye"));
    CHECK(ref().countryName(QStringLiteral("ZZ")).isEmpty());
    CHECK(ref().countryName(QString()).isEmpty());
}

TEST_CASE("every alias of the compiled-in table resolves to its own code", "[reference]")
{
    const ReferenceCsv aliases =
        ReferenceCsv::load(QStringLiteral(":/reference/country-aliases.csv"),
                           {QStringLiteral("alias"), QStringLiteral("iso2")});
    CHECK(aliases.rowCount() > 250);
    for (qsizetype row = 0; row < aliases.rowCount(); ++row) {
        const QString alias = aliases.field(row, QStringLiteral("alias"));
        INFO(alias.toStdString());
        CHECK(ref().countryCode(alias) == aliases.field(row, QStringLiteral("iso2")));
    }
}

TEST_CASE("the reference data is compiled in as resources", "[reference]")
{
    for (const char *name :
         {"gcm-objectives.csv", "imrf-roundtables.csv", "escap-members.csv",
          "stakeholder-categories.csv", "world-countries.csv", "country-aliases.csv"}) {
        INFO(name);
        CHECK(QFile::exists(QStringLiteral(":/reference/") + QLatin1String(name)));
    }
    CHECK(&ReferenceData::instance() == &ReferenceData::instance());
}

TEST_CASE("folded keys ignore case, accents, punctuation and spacing", "[reference]")
{
    CHECK(foldedKey(QStringLiteral("  Viet-Nam ")) == QStringLiteral("viet nam"));
    CHECK(foldedKey(s(u"Việt Nam")) == QStringLiteral("viet nam"));
    CHECK(foldedKey(s(u"Côte d’Ivoire")) == QStringLiteral("cote d ivoire"));
    CHECK(foldedKey(s(u"TÜRKİYE")) == QStringLiteral("turkiye"));
    CHECK(foldedKey(s(u"Straße")) == QStringLiteral("strasse"));
    CHECK(foldedKey(s(u"Søren Kierkegaard")) == QStringLiteral("soren kierkegaard"));
    CHECK(foldedKey(s(u"Łódź")) == QStringLiteral("lodz"));
    CHECK(foldedKey(s(u"Ｔｏｋｙｏ")) == QStringLiteral("tokyo"));
    CHECK(foldedKey(s(u"Ὀδυσσεύς")) == s(u"οδυσσευσ"));
    CHECK(foldedKey(QStringLiteral("U.S.A.")) == QStringLiteral("u s a"));
    CHECK(foldedKey(QStringLiteral("a\t\n b,,c")) == QStringLiteral("a b c"));
    CHECK(foldedKey(QStringLiteral("Room 101")) == QStringLiteral("room 101"));
    CHECK(foldedKey(QString()).isEmpty());
    CHECK(foldedKey(QStringLiteral(" .,- ")).isEmpty());
    // Marks that are part of the spelling of other scripts stay.
    CHECK(foldedKey(s(u"สมชาย ใจดี")) == s(u"สมชาย ใจดี"));
    CHECK(foldedKey(s(u"देवनागरी")) == s(u"देवनागरी").normalized(QString::NormalizationForm_KD));
    CHECK(foldedKey(s(u"王小明")) == s(u"王小明"));
    CHECK(foldedKey(s(u"𠀀𠀁")) == s(u"𠀀𠀁")); // outside the Basic Multilingual Plane
    CHECK(compactKey(QStringLiteral("Viet Nam")) == QStringLiteral("vietnam"));
    CHECK(compactKey(QStringLiteral("Anna-Maria")) == compactKey(QStringLiteral("annamaria")));
}

TEST_CASE("reference CSV tables", "[reference]")
{
    QString error;
    const auto table = ReferenceCsv::parse(
        s(u"\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\r\n\n\"\",2,\"multi\nline\"\n"), &error);
    REQUIRE(table.has_value());
    CHECK(table->header() ==
          QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->field(0, QStringLiteral("b")) == QStringLiteral("x, \"y\""));
    CHECK(table->field(0, QStringLiteral("c")).isEmpty());
    CHECK(table->field(1, QStringLiteral("a")).isEmpty());
    CHECK(table->field(1, QStringLiteral("c")) == QStringLiteral("multi\nline"));
    CHECK(table->field(1, QStringLiteral("nope")).isEmpty());
    CHECK(table->field(5, QStringLiteral("a")).isEmpty());
    CHECK(table->columnIndex(QStringLiteral("c")) == 2);

    CHECK_FALSE(ReferenceCsv::parse(QStringLiteral("a,b\n1\n"), &error).has_value());
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(ReferenceCsv::parse(QStringLiteral("a,b\n\"1,2\n"), &error).has_value());
    CHECK_FALSE(ReferenceCsv::parse(QStringLiteral("a,b\n\"1\"x,2\n"), &error).has_value());
    CHECK_FALSE(ReferenceCsv::parse(QString(), &error).has_value());
    CHECK(ReferenceCsv::parse(QStringLiteral("a,b\n1,2"))->rowCount() == 1);
}
