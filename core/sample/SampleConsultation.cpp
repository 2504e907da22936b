#include "SampleConsultation.h"

#include "reference/ReferenceData.h"
#include "store/ConsultationStore.h"
#include "store/SqliteDatabase.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace consulta {

namespace {

// A small deterministic generator (64-bit LCG, Knuth's MMIX constants) so the sample is
// the same on every machine and Qt version.
class SampleRandom
{
public:
    explicit SampleRandom(quint64 seed)
        : m_state(seed)
    {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int bound) { return int(next() % quint32(bound)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

struct Name
{
    QString written;
    QString latin;
};

struct NamePools
{
    QHash<QString, QList<Name>> women;
    QHash<QString, QList<Name>> men;
    QHash<QString, QList<Name>> families;
};

QList<QStringList> readTsv(const QString &resource)
{
    QFile file(resource);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

NamePools loadNames()
{
    NamePools pools;
    for (const QStringList &row : readTsv(QStringLiteral(":/sample/given-names.tsv"))) {
        if (row.size() < 4)
            continue;
        auto &pool = row.at(1) == QLatin1String("woman") ? pools.women : pools.men;
        pool[row.at(0)].append({row.at(2), row.at(3)});
    }
    for (const QStringList &row : readTsv(QStringLiteral(":/sample/family-names.tsv"))) {
        if (row.size() >= 3)
            pools.families[row.at(0)].append({row.at(1), row.at(2)});
    }
    return pools;
}

// Countries of the pool with a weight (how many organizations to draw from each) and a
// city to name organizations after. "CH" is outside the ESCAP region; FR, GB and US are
// non-regional members.
struct PoolCountry
{
    const char *iso2;
    const char *place;
    int organizations;
};

constexpr PoolCountry kCountries[] = {
    {"TH", "Bangkok", 8},     {"KH", "Phnom Penh", 5},   {"LA", "Vientiane", 4},
    {"MM", "Yangon", 5},      {"VN", "Hanoi", 5},        {"PH", "Manila", 8},
    {"ID", "Jakarta", 6},     {"MY", "Kuala Lumpur", 5}, {"TL", "Dili", 2},
    {"CN", "Guangzhou", 4},   {"JP", "Osaka", 3},        {"KR", "Seoul", 4},
    {"MN", "Ulaanbaatar", 3}, {"NP", "Kathmandu", 6},    {"IN", "Delhi", 6},
    {"BD", "Dhaka", 6},       {"LK", "Colombo", 5},      {"PK", "Lahore", 4},
    {"AF", "Kabul", 2},       {"IR", "Tehran", 2},       {"TR", "Ankara", 2},
    {"KZ", "Almaty", 3},      {"KG", "Bishkek", 3},      {"TJ", "Dushanbe", 3},
    {"UZ", "Tashkent", 2},    {"RU", "Novosibirsk", 2},  {"GE", "Tbilisi", 1},
    {"AM", "Yerevan", 1},     {"AU", "Melbourne", 3},    {"NZ", "Auckland", 2},
    {"FJ", "Suva", 4},        {"WS", "Apia", 2},         {"PG", "Port Moresby", 2},
    {"TO", "Nuku'alofa", 1},  {"KI", "Tarawa", 1},       {"VU", "Port Vila", 1},
    {"FR", "Lyon", 1},        {"GB", "Leeds", 1},        {"US", "Chicago", 1},
    {"CH", "Geneva", 2},
};

struct CategoryNames
{
    const char *code;
    const char *pattern; // %1 = the place
};

constexpr CategoryNames kOrganizationPatterns[] = {
    {"migrant_diaspora", "%1 Migrant Workers Association"},
    {"migrant_diaspora", "Diaspora Solidarity Circle %1"},
    {"civil_society", "%1 Migrant Rights Network"},
    {"civil_society", "Centre for Safe Migration %1"},
    {"trade_union", "%1 Federation of Domestic Workers"},
    {"trade_union", "Construction and Allied Workers Union %1"},
    {"private_sector", "%1 Ethical Recruiters Council"},
    {"private_sector", "%1 Chamber of Employers"},
    {"academia", "Migration Research Unit, %1 Institute of Social Studies"},
    {"academia", "%1 Centre for Labour Mobility Studies"},
    {"nhri", "%1 Human Rights Commission (sample)"},
    {"local_authority", "%1 Municipal Office for Migrant Affairs"},
    {"parliamentarian", "%1 Parliamentary Caucus on Migration"},
    {"media", "%1 Migration Reporters Collective"},
    {"faith_based", "%1 Interfaith Migrant Care"},
    {"red_cross_red_crescent", "%1 Red Cross Red Crescent Branch (sample)"},
    {"youth", "%1 Youth for Safe Migration"},
    {"other", "%1 Returnee Reintegration Forum"},
};

QString emailLocalPart(const QString &given, const QString &family)
{
    QString local = (given + QLatin1Char('.') + family).toLower();
    local.remove(QLatin1Char(' '));
    local.remove(QLatin1Char('\''));
    return local;
}

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2020, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

Consultation sampleConsultation()
{
    Consultation c;
    c.title = QStringLiteral("Asia-Pacific stakeholder consultation: Ensuring that migration is "
                             "voluntary, regular, safe and orderly");
    c.roundtable = 1;
    c.objectives = {2, 5, 6, 12, 18};
    c.timeZone = QByteArrayLiteral("Asia/Bangkok");
    c.startsAt = utc(10, 28, 4, 0); // 11:00 ICT
    c.endsAt = utc(10, 28, 7, 0);   // 14:00 ICT
    c.platform = QStringLiteral("Zoom");
    c.registrationDeadline = utc(10, 25, 17, 0); // 25 October 24:00 ICT
    c.chathamHouseRule = true;
    c.recorded = false;
    c.maxPerOrganization = 1;
    c.capacity = 0;
    const QString lead = QStringLiteral("Co-lead");
    const QString codesign = QStringLiteral("Co-designing stakeholder");
    const QString support = QStringLiteral("Supporting agency");
    c.organizingTeam = {
        {lead, QStringLiteral("International Labour Organization (ILO)"), QString()},
        {lead, QStringLiteral("UNESCO"), QString()},
        {codesign,
         QStringLiteral("Pacific Islands Association of Non-Governmental Organizations (PIANGO)"),
         QStringLiteral("FJ")},
        {codesign, QStringLiteral("Migrant Forum in Asia"), QStringLiteral("PH")},
        {codesign, QStringLiteral("Tabaco City Government"), QStringLiteral("PH")},
        {codesign, QStringLiteral("Solidarity Center"), QStringLiteral("LK")},
        {codesign, QStringLiteral("South Asian Regional Trade Union Council (SARTUC)"),
         QStringLiteral("NP")},
        {codesign, QStringLiteral("UN Major Group for Children and Youth"), QStringLiteral("MY")},
        {codesign, QStringLiteral("UN Major Group for Children and Youth"), QStringLiteral("AU")},
        {support, QStringLiteral("ESCAP"), QString()},
        {support, QStringLiteral("IOM"), QString()},
        {support, QStringLiteral("OHCHR"), QString()},
    };
    return c;
}

Result<void> populateSample(ConsultationStore &store)
{
    SqliteTransaction transaction(store.database());
    if (Result<void> set = store.setConsultation(sampleConsultation()); !set)
        return set;

    const NamePools names = loadNames();
    SampleRandom random(20201028);
    const int patternCount = int(std::size(kOrganizationPatterns));
    int patternCursor = 0;
    int personNumber = 0;
    const QList<Status> statusWheel = {
        Status::Identified, Status::Invited,  Status::Registered, Status::Identified,
        Status::Invited,    Status::Attended, Status::Registered, Status::Waitlisted,
        Status::Declined,   Status::Attended, Status::Invited,    Status::Registered,
    };

    for (const PoolCountry &country : kCountries) {
        const QString iso2 = QString::fromLatin1(country.iso2);
        const QString place = QString::fromUtf8(country.place);
        for (int o = 0; o < (country.organizations * 3 + 1) / 2; ++o) {
            const CategoryNames &pattern = kOrganizationPatterns[patternCursor++ % patternCount];
            Organization organization;
            organization.name = QString::fromLatin1(pattern.pattern).arg(place);
            organization.country = iso2;
            organization.category = QString::fromLatin1(pattern.code);
            // A few organizations have no category yet, as in a real early list.
            if (random.chance(4))
                organization.category.clear();
            Result<qint64> organizationId = store.addOrganization(organization);
            if (!organizationId)
                return Error{organizationId.errorMessage()};

            // Most organizations have one contact, some two or three: the second person of
            // an organization is what the per-organization limit is about.
            const int people = random.chance(55) ? 1 : (random.chance(60) ? 2 : 3);
            for (int k = 0; k < people; ++k) {
                Participant p;
                const int genderRoll = random.below(100);
                p.gender = genderRoll < 50   ? Gender::Woman
                           : genderRoll < 92 ? Gender::Man
                           : genderRoll < 95 ? Gender::Other
                                             : Gender::Undisclosed;
                const bool woman =
                    p.gender == Gender::Woman || (p.gender != Gender::Man && random.chance(50));
                const QList<Name> &givenPool = (woman ? names.women : names.men).value(iso2);
                const QList<Name> &familyPool = names.families.value(iso2);
                const Name given = givenPool.isEmpty()
                                       ? Name{QStringLiteral("Alex"), QStringLiteral("Alex")}
                                       : givenPool.at(random.below(int(givenPool.size())));
                const Name family = familyPool.isEmpty()
                                        ? Name{QStringLiteral("Sample"), QStringLiteral("Sample")}
                                        : familyPool.at(random.below(int(familyPool.size())));
                p.givenName = given.written;
                p.familyName = family.written;
                ++personNumber;
                p.email = emailLocalPart(given.latin, family.latin) +
                          QString::number(personNumber) + QStringLiteral("@example.org");
                p.jobTitle = k == 0 ? QStringLiteral("Programme Coordinator")
                                    : QStringLiteral("Policy Officer");
                p.organizationId = *organizationId;
                // Some people are abroad from their organization, a few give no country.
                p.country = random.chance(5) ? QString() : iso2;
                p.status = statusWheel.at(random.below(int(statusWheel.size())));
                p.origin = random.chance(15) ? Origin::Forwarded : Origin::Invited;
                if (p.origin == Origin::Forwarded)
                    p.forwardedBy = QStringLiteral("A colleague of the organization");
                p.source = QStringLiteral("sample");

                // A history that matches the status: invited in early October, registered before
                // (or a few after) the deadline.
                const QDateTime invited = utc(10, 5 + random.below(7), 2 + random.below(8), 0);
                const bool late = random.chance(8);
                const QDateTime registered =
                    late ? utc(10, 26, random.below(20), random.below(60))
                         : utc(10, 12 + random.below(13), random.below(24), random.below(60));
                const QDateTime meeting = utc(10, 28, 4, 0);
                QList<StatusChange> history;
                auto step = [&](Status from, Status to, const QDateTime &at) {
                    history.append({0, from, to, at});
                };
                switch (p.status) {
                case Status::Identified:
                    break;
                case Status::Invited:
                    step(Status::Identified, Status::Invited, invited);
                    break;
                case Status::Declined:
                    step(Status::Identified, Status::Invited, invited);
                    step(Status::Invited, Status::Declined, invited.addDays(2));
                    break;
                case Status::Waitlisted:
                    step(Status::Identified, Status::Invited, invited);
                    step(Status::Invited, Status::Waitlisted, registered);
                    p.registeredAt = registered;
                    break;
                case Status::Registered:
                    step(Status::Identified, Status::Invited, invited);
                    step(Status::Invited, Status::Registered, registered);
                    p.registeredAt = registered;
                    break;
                case Status::Attended:
                    step(Status::Identified, Status::Invited, invited);
                    step(Status::Invited, Status::Registered, registered);
                    step(Status::Registered, Status::Attended, meeting);
                    p.registeredAt = registered;
                    break;
                }
                Result<qint64> id = store.addParticipant(p);
                if (!id)
                    return Error{id.errorMessage()};
                for (StatusChange change : history) {
                    change.participantId = *id;
                    if (Result<void> logged = store.addStatusChange(change); !logged)
                        return logged;
                }
            }
        }
    }
    if (!transaction.commit())
        return Error{store.database().errorMessage()};
    return {};
}

} // namespace consulta
