#include "TestSupport.h"

#include "balance/BalanceCalculator.h"
#include "balance/BalanceJson.h"
#include "balance/BalanceTally.h"
#include "model/BalanceTargets.h"
#include "model/Consultation.h"
#include "reference/ReferenceData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <random>

using namespace consulta;

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

BalanceRecord record(Status status, Gender gender, const char *subregion, const char *sector,
                     qint64 organizationId = 0, const QDateTime &registeredAt = QDateTime())
{
    BalanceRecord r;
    r.status = status;
    r.gender = gender;
    r.subregion = s(subregion);
    r.sector = s(sector);
    r.organizationId = organizationId;
    r.registeredAt = registeredAt;
    return r;
}

BalanceTally tallyOf(const QList<BalanceRecord> &records)
{
    BalanceTally tally;
    for (const BalanceRecord &r : records)
        tally.add(r);
    return tally;
}

BalanceFigures figuresOf(const QList<BalanceRecord> &records,
                         const BalanceTargets &targets = BalanceTargets(),
                         const QDateTime &deadline = QDateTime(), int maxPerOrganization = 0,
                         int capacity = 0)
{
    return computeBalance(tallyOf(records), targets, deadline, maxPerOrganization, capacity);
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> setOf(std::initializer_list<const char *> codes)
{
    QSet<QString> result;
    for (const char *code : codes)
        result.insert(s(code));
    return result;
}

QSet<QString> setOf(const QStringList &codes)
{
    return QSet<QString>(codes.cbegin(), codes.cend());
}

const QDateTime kDeadline = QDateTime(QDate(2020, 10, 25), QTime(17, 0), Qt::UTC);

} // namespace

TEST_CASE("dimension codes and default targets follow DESIGN", "[balance]")
{
    for (Dimension d : {Dimension::Gender, Dimension::Subregion, Dimension::Sector})
        CHECK(dimensionFromCode(dimensionCode(d)) == d);
    CHECK(dimensionCode(Dimension::Subregion) == s("subregion"));
    CHECK_FALSE(dimensionFromCode(s("age")).has_value());

    CHECK(BalanceTargets::inScopeCategories(Dimension::Gender) ==
          QStringList{s("woman"), s("man")});
    CHECK(BalanceTargets::inScopeCategories(Dimension::Subregion) ==
          QStringList{s("ENEA"), s("SEA"), s("SSWA"), s("NCA"), s("PAC")});
    const QStringList sectors = BalanceTargets::inScopeCategories(Dimension::Sector);
    CHECK(sectors == QStringList{s("migrant_diaspora"), s("civil_society"), s("trade_union"),
                                 s("private_sector"), s("academia"), s("nhri"),
                                 s("local_authority"), s("parliamentarian"), s("media"),
                                 s("faith_based"), s("red_cross_red_crescent"), s("youth"),
                                 s("other")});

    const BalanceTargets none;
    CHECK(none.forDimension(Dimension::Gender) ==
          QMap<QString, double>{{s("woman"), 0.5}, {s("man"), 0.5}});
    const QMap<QString, double> subregion = none.forDimension(Dimension::Subregion);
    CHECK(subregion.size() == 5);
    for (double t : subregion)
        CHECK(t == 1.0 / 5);
    const QMap<QString, double> sector = none.forDimension(Dimension::Sector);
    CHECK(sector.size() == 13);
    for (double t : sector)
        CHECK(t == 1.0 / 13);

    // An empty custom map for a dimension means "use the defaults".
    BalanceTargets emptyGender;
    emptyGender.shares.insert(Dimension::Gender, {});
    CHECK(emptyGender.forDimension(Dimension::Gender) == none.forDimension(Dimension::Gender));
}

TEST_CASE("balance codes agree with the reference data", "[balance]")
{
    // BalanceTargets keeps its own copy of the in-scope codes; it must match reference/.
    CHECK(BalanceTargets::inScopeCategories(Dimension::Subregion) ==
          ReferenceData::subregionCodes());
    CHECK(BalanceTargets::inScopeCategories(Dimension::Sector) ==
          ReferenceData::instance().categoryCodes());
    // The excluded subregion codes are the ones the country lookup gives.
    const ReferenceData &reference = ReferenceData::instance();
    const QStringList excluded = BalanceCalculator::excludedCategories(Dimension::Subregion);
    CHECK(excluded.contains(reference.subregionOf(s("FR"))));   // NONREG
    CHECK(excluded.contains(reference.subregionOf(s("BR"))));   // outside
    CHECK(excluded.contains(reference.subregionOf(QString()))); // unknown
    CHECK(reference.subregionOf(s("TH")) == s("SEA"));
}

TEST_CASE("an empty stage scores 0 with zero shares and zero seats", "[balance]")
{
    const BalanceFigures figures = figuresOf({});
    REQUIRE(figures.stages.size() == 4);
    for (Stage stage : allStages()) {
        const StageFigures &st = figures.stage(stage);
        CHECK(st.stage == stage);
        CHECK(st.total == 0);
        CHECK(st.overall == 0.0);
        REQUIRE(st.dimensions.size() == 3);
        for (const DimensionFigures &d : st.dimensions) {
            CHECK(d.inScopeTotal == 0);
            CHECK(d.score == 0.0); // N = 0 → 0, not 1 − ½ Σ t_c = 0.5
            for (const CategoryFigures &c : d.categories) {
                CHECK(c.count == 0);
                CHECK(c.share == 0.0);
                // (t·0 − 0) / (1 − t) = 0 → 0 seats.
                CHECK(c.seatsNeeded == 0);
            }
            for (int n : d.excluded)
                CHECK(n == 0);
        }
    }
    CHECK(figures.rules == BalanceRules());
}

TEST_CASE("balance figures of a small pool, computed by hand", "[balance]")
{
    const QList<BalanceRecord> records = {
        record(Status::Identified, Gender::Woman, "ENEA", "civil_society"),
        record(Status::Identified, Gender::Woman, "ENEA", "civil_society"),
        record(Status::Identified, Gender::Woman, "SEA", "academia"),
        record(Status::Identified, Gender::Man, "NONREG", "media"),
        record(Status::Identified, Gender::Other, "outside", "unknown"),
        record(Status::Identified, Gender::Undisclosed, "unknown", ""),
    };
    const StageFigures pool = figuresOf(records).stage(Stage::Pool);
    CHECK(pool.total == 6);

    // Gender: woman 3, man 1 → N = 4; shares 0.75 / 0.25;
    // score = 1 − ½ (0.25 + 0.25) = 0.75;
    // seats woman = max(0, ⌈(2 − 3) / 0.5⌉) = 0, man = ⌈(2 − 1) / 0.5⌉ = 2 (3 of 6).
    const DimensionFigures &gender = pool.dimension(Dimension::Gender);
    CHECK(gender.dimension == Dimension::Gender);
    CHECK(gender.inScopeTotal == 4);
    REQUIRE(gender.categories.size() == 2);
    CHECK(gender.categories[0].code == s("woman"));
    CHECK(gender.categories[0].count == 3);
    CHECK(gender.categories[0].share == 0.75);
    CHECK(gender.categories[0].target == 0.5);
    CHECK(gender.categories[0].seatsNeeded == 0);
    CHECK(gender.categories[1].code == s("man"));
    CHECK(gender.categories[1].share == 0.25);
    CHECK(gender.categories[1].seatsNeeded == 2);
    CHECK(gender.score == 0.75);
    CHECK(gender.excluded == QMap<QString, int>{{s("other"), 1}, {s("undisclosed"), 1}});

    // Subregion: ENEA 2, SEA 1 → N = 3; shares 2/3, 1/3, 0, 0, 0;
    // Σ|share − 0.2| = 7/15 + 2/15 + 3 × 0.2 = 1.2 → score 0.4;
    // seats ENEA = SEA = 0; SSWA = NCA = PAC = ⌈0.6 / 0.8⌉ = ⌈0.75⌉ = 1.
    const DimensionFigures &subregion = pool.dimension(Dimension::Subregion);
    CHECK(subregion.inScopeTotal == 3);
    CHECK(subregion.score == Approx(0.4));
    CHECK(subregion.category(s("ENEA"))->share == Approx(2.0 / 3));
    CHECK(subregion.category(s("SEA"))->share == Approx(1.0 / 3));
    CHECK(subregion.category(s("ENEA"))->seatsNeeded == 0);
    CHECK(subregion.category(s("SEA"))->seatsNeeded == 0);
    for (const char *code : {"SSWA", "NCA", "PAC"}) {
        CHECK(subregion.category(s(code))->share == 0.0);
        CHECK(subregion.category(s(code))->seatsNeeded == 1);
    }
    CHECK(subregion.category(s("NONREG")) == nullptr);
    CHECK(subregion.excluded ==
          QMap<QString, int>{{s("NONREG"), 1}, {s("outside"), 1}, {s("unknown"), 1}});

    // Sector: civil_society 2, academia 1, media 1 → N = 4 ("" counts as unknown);
    // Σ|share − 1/13| = (1/2 − 1/13) + 2 (1/4 − 1/13) + 10/13 = 20/13 → score 3/13;
    // seats for an empty category = ⌈(4/13) / (12/13)⌉ = ⌈1/3⌉ = 1.
    const DimensionFigures &sector = pool.dimension(Dimension::Sector);
    CHECK(sector.inScopeTotal == 4);
    CHECK(sector.score == Approx(3.0 / 13));
    CHECK(sector.category(s("civil_society"))->share == 0.5);
    CHECK(sector.category(s("civil_society"))->seatsNeeded == 0);
    CHECK(sector.category(s("academia"))->seatsNeeded == 0);
    CHECK(sector.category(s("youth"))->seatsNeeded == 1);
    CHECK(sector.excluded == QMap<QString, int>{{s("unknown"), 2}});

    // Overall = min(0.75, 0.4, 3/13) = 3/13.
    CHECK(pool.overall == Approx(3.0 / 13));
    CHECK(pool.overall == sector.score);
}

TEST_CASE("excluded categories stay out of the shares and codes nobody knows count as unknown",
          "[balance]")
{
    CHECK(BalanceCalculator::excludedCategories(Dimension::Gender) ==
          QStringList{s("other"), s("undisclosed")});
    CHECK(BalanceCalculator::excludedCategories(Dimension::Subregion) ==
          QStringList{s("NONREG"), s("outside"), s("unknown")});
    CHECK(BalanceCalculator::excludedCategories(Dimension::Sector) == QStringList{s("unknown")});

    // Only excluded people: N = 0 in every dimension, so every score is 0 and nothing is
    // in the shares, yet the stage total counts them all.
    const QList<BalanceRecord> records = {
        record(Status::Identified, Gender::Other, "NONREG", "unknown"),
        record(Status::Identified, Gender::Undisclosed, "outside", "unknown"),
        record(Status::Identified, Gender::Undisclosed, "unknown", "unknown"),
        record(Status::Identified, Gender::Other, "XX", "astrology"), // stray codes
        record(Status::Identified, Gender::Other, "", ""),
    };
    const StageFigures pool = figuresOf(records).stage(Stage::Pool);
    CHECK(pool.total == 5);
    CHECK(pool.overall == 0.0);
    for (const DimensionFigures &d : pool.dimensions) {
        CHECK(d.inScopeTotal == 0);
        CHECK(d.score == 0.0);
        for (const CategoryFigures &c : d.categories)
            CHECK(c.share == 0.0);
    }
    CHECK(pool.dimension(Dimension::Gender).excluded ==
          QMap<QString, int>{{s("other"), 3}, {s("undisclosed"), 2}});
    // "XX" and "" fold into unknown: 1 + 2.
    CHECK(pool.dimension(Dimension::Subregion).excluded ==
          QMap<QString, int>{{s("NONREG"), 1}, {s("outside"), 1}, {s("unknown"), 3}});
    CHECK(pool.dimension(Dimension::Sector).excluded == QMap<QString, int>{{s("unknown"), 5}});
}

TEST_CASE("stages hold the statuses DESIGN lists", "[balance]")
{
    // One person per status, each with a subregion of their own to trace them.
    const QList<BalanceRecord> records = {
        record(Status::Identified, Gender::Woman, "ENEA", "media"),
        record(Status::Invited, Gender::Woman, "SEA", "media"),
        record(Status::Waitlisted, Gender::Woman, "SSWA", "media"),
        record(Status::Registered, Gender::Woman, "NCA", "media"),
        record(Status::Declined, Gender::Woman, "PAC", "media"),
        record(Status::Attended, Gender::Woman, "NONREG", "media"),
    };
    const BalanceTally tally = tallyOf(records);
    CHECK(tally.total(Stage::Pool) == 6);
    CHECK(tally.total(Stage::Invited) == 4);    // invited, waitlisted, registered, attended
    CHECK(tally.total(Stage::Registered) == 2); // registered, attended
    CHECK(tally.total(Stage::Attended) == 1);

    const auto in = [&tally](Stage stage, const char *code) {
        return tally.count(stage, Dimension::Subregion, s(code));
    };
    // Declined: only in the pool.
    CHECK(in(Stage::Pool, "PAC") == 1);
    CHECK(in(Stage::Invited, "PAC") == 0);
    CHECK(in(Stage::Registered, "PAC") == 0);
    // Waitlisted: invited, not registered.
    CHECK(in(Stage::Invited, "SSWA") == 1);
    CHECK(in(Stage::Registered, "SSWA") == 0);
    // Identified: only in the pool.
    CHECK(in(Stage::Invited, "ENEA") == 0);
    // Attended: in every stage.
    for (Stage stage : allStages())
        CHECK(in(stage, "NONREG") == 1);
    CHECK(in(Stage::Attended, "NCA") == 0);

    const BalanceFigures figures = computeBalance(tally, BalanceTargets(), QDateTime(), 0, 0);
    CHECK(figures.stage(Stage::Invited).total == 4);
    // Registered stage: NCA 1 in scope, NONREG 1 excluded → NCA share 1, the other four 0;
    // Σ|share − 0.2| = 0.8 + 4 × 0.2 = 1.6 → score 0.2.
    const DimensionFigures &registered =
        figures.stage(Stage::Registered).dimension(Dimension::Subregion);
    CHECK(registered.inScopeTotal == 1);
    CHECK(registered.score == Approx(0.2));
    CHECK(registered.excluded.value(s("NONREG")) == 1);
}

TEST_CASE("a target of 1 is reachable only when everyone is already in it", "[balance]")
{
    BalanceTargets targets;
    targets.shares.insert(Dimension::Gender, {{s("woman"), 1.0}, {s("man"), 0.0}});

    CHECK(BalanceCalculator::seatsNeeded(3, 3, 1.0) == 0);
    CHECK(BalanceCalculator::seatsNeeded(2, 3, 1.0) == std::nullopt);
    CHECK(BalanceCalculator::seatsNeeded(0, 0, 1.0) == 0); // nobody is outside c

    SECTION("reachable: three women")
    {
        const QList<BalanceRecord> records(
            3, record(Status::Identified, Gender::Woman, "SEA", "media"));
        const DimensionFigures gender =
            figuresOf(records, targets).stage(Stage::Pool).dimension(Dimension::Gender);
        // Shares 1 / 0 on targets 1 / 0 → score 1; man: ⌈(0 − 0) / 1⌉ = 0.
        CHECK(gender.score == 1.0);
        CHECK(gender.category(s("woman"))->seatsNeeded == 0);
        CHECK(gender.category(s("man"))->seatsNeeded == 0);
    }
    SECTION("unreachable: three women and a man")
    {
        QList<BalanceRecord> records(3, record(Status::Identified, Gender::Woman, "SEA", "media"));
        records.append(record(Status::Identified, Gender::Man, "SEA", "media"));
        const DimensionFigures gender =
            figuresOf(records, targets).stage(Stage::Pool).dimension(Dimension::Gender);
        // Shares 0.75 / 0.25 → score 1 − ½ (0.25 + 0.25) = 0.75; man ⌈(0 − 1) / 1⌉ → 0.
        CHECK(gender.score == 0.75);
        CHECK_FALSE(gender.category(s("woman"))->seatsNeeded.has_value());
        CHECK(gender.category(s("man"))->seatsNeeded == 0);
    }
    SECTION("empty stage")
    {
        const DimensionFigures gender =
            figuresOf({}, targets).stage(Stage::Pool).dimension(Dimension::Gender);
        CHECK(gender.score == 0.0);
        CHECK(gender.category(s("woman"))->seatsNeeded == 0);
    }
}

TEST_CASE("seats needed never rounds an exact integer up", "[balance]")
{
    // Each quotient below is an integer in exact arithmetic, but the naive double
    // computation lands just above it (x.0000000000000004), so a bare ceil adds a seat.
    const auto naive = [](int n, int total, double t) {
        return static_cast<int>(std::ceil((t * total - n) / (1 - t)));
    };
    // Default subregion target 1/5, N = 12, n = 0: (12/5) / (4/5) = 3.
    CHECK(naive(0, 12, 1.0 / 5) == 4);
    CHECK(BalanceCalculator::seatsNeeded(0, 12, 1.0 / 5) == 3);
    // Default sector target 1/13, N = 38, n = 2: (38/13 − 2) / (12/13) = 12/12 = 1.
    CHECK(naive(2, 38, 1.0 / 13) == 2);
    CHECK(BalanceCalculator::seatsNeeded(2, 38, 1.0 / 13) == 1);
    // Custom target 0.3, N = 7, n = 0: 2.1 / 0.7 = 3.
    CHECK(naive(0, 7, 0.3) == 4);
    CHECK(BalanceCalculator::seatsNeeded(0, 7, 0.3) == 3);
    // Not an integer: 2.6 / 0.8 = 3.25 → 4.
    CHECK(BalanceCalculator::seatsNeeded(0, 13, 0.2) == 4);
    // Already above target → 0, never negative.
    CHECK(BalanceCalculator::seatsNeeded(10, 12, 0.2) == 0);
    // A target a hair below 1 saturates instead of overflowing.
    CHECK(BalanceCalculator::seatsNeeded(0, 100000, 1.0 - 1e-12) ==
          std::numeric_limits<int>::max());

    // The same through the calculator: 12 people, all in ENEA → SEA needs 3 (3 of 15 = 0.2).
    const QList<BalanceRecord> records(12,
                                       record(Status::Identified, Gender::Man, "ENEA", "media"));
    const DimensionFigures subregion =
        figuresOf(records).stage(Stage::Pool).dimension(Dimension::Subregion);
    CHECK(subregion.category(s("SEA"))->seatsNeeded == 3);
    CHECK(subregion.category(s("ENEA"))->seatsNeeded == 0);
}

TEST_CASE("custom targets replace the defaults of their dimension only", "[balance]")
{
    BalanceTargets targets;
    targets.shares.insert(
        Dimension::Subregion,
        {{s("ENEA"), 0.4}, {s("SEA"), 0.3}, {s("SSWA"), 0.1}, {s("NCA"), 0.1}, {s("PAC"), 0.1}});
    CHECK(targets.forDimension(Dimension::Subregion).value(s("ENEA")) == 0.4);
    CHECK(targets.forDimension(Dimension::Gender) == BalanceTargets::defaults(Dimension::Gender));

    SECTION("exactly on target")
    {
        QList<BalanceRecord> records;
        for (const auto &[code, n] :
             {std::pair{"ENEA", 4}, {"SEA", 3}, {"SSWA", 1}, {"NCA", 1}, {"PAC", 1}}) {
            for (int i = 0; i < n; ++i)
                records.append(record(Status::Identified, Gender::Woman, code, "media"));
        }
        const DimensionFigures d =
            figuresOf(records, targets).stage(Stage::Pool).dimension(Dimension::Subregion);
        CHECK(d.score == Approx(1.0));
        for (const CategoryFigures &c : d.categories)
            CHECK(c.seatsNeeded == 0);
    }
    SECTION("half ENEA, half SEA")
    {
        QList<BalanceRecord> records;
        for (int i = 0; i < 5; ++i) {
            records.append(record(Status::Identified, Gender::Woman, "ENEA", "media"));
            records.append(record(Status::Identified, Gender::Woman, "SEA", "media"));
        }
        const DimensionFigures d =
            figuresOf(records, targets).stage(Stage::Pool).dimension(Dimension::Subregion);
        // Σ|share − t| = 0.1 + 0.2 + 0.1 + 0.1 + 0.1 = 0.6 → score 0.7.
        CHECK(d.score == Approx(0.7));
        CHECK(d.category(s("ENEA"))->target == 0.4);
        // SSWA: ⌈(0.1 × 10 − 0) / 0.9⌉ = ⌈1.11⌉ = 2 (1 of 11 < 0.1 ≤ 2 of 12).
        CHECK(d.category(s("SSWA"))->seatsNeeded == 2);
        CHECK(d.category(s("ENEA"))->seatsNeeded == 0);
    }
    SECTION("a missing target is 0 and a code out of scope is ignored")
    {
        BalanceTargets partial;
        partial.shares.insert(Dimension::Subregion,
                              {{s("ENEA"), 0.5}, {s("SEA"), 0.5}, {s("NONREG"), 0.25}});
        QList<BalanceRecord> records;
        records.append(record(Status::Identified, Gender::Woman, "ENEA", "media"));
        records.append(record(Status::Identified, Gender::Woman, "PAC", "media"));
        const DimensionFigures d =
            figuresOf(records, partial).stage(Stage::Pool).dimension(Dimension::Subregion);
        REQUIRE(d.categories.size() == 5);
        CHECK(d.category(s("PAC"))->target == 0.0);
        // Σ|share − t| = |0.5 − 0.5| + |0 − 0.5| + |0.5 − 0| = 1 → score 0.5.
        CHECK(d.score == 0.5);
        // SEA: ⌈(0.5 × 2 − 0) / 0.5⌉ = 2.
        CHECK(d.category(s("SEA"))->seatsNeeded == 2);
    }
}

TEST_CASE("rules: organization limit, late registrations, capacity", "[balance]")
{
    const QDateTime early = kDeadline.addSecs(-3600);
    QList<BalanceRecord> records;
    // Organization 10: 3 registered. 20: 1 registered + 1 attended. 30: 1 registered.
    // 40: 1 registered + 2 waitlisted (not in the registered stage). 0: 4 with no
    // organization. Registered stage: 3 + 2 + 1 + 1 + 4 = 11.
    for (int i = 0; i < 3; ++i)
        records.append(record(Status::Registered, Gender::Woman, "SEA", "media", 10, early));
    records.append(record(Status::Registered, Gender::Man, "SEA", "media", 20, early));
    records.append(record(Status::Attended, Gender::Man, "SEA", "media", 20, early));
    records.append(record(Status::Registered, Gender::Man, "SEA", "media", 30, early));
    records.append(record(Status::Registered, Gender::Man, "SEA", "media", 40, early));
    records.append(record(Status::Waitlisted, Gender::Man, "SEA", "media", 40, early));
    records.append(record(Status::Waitlisted, Gender::Man, "SEA", "media", 40, early));
    // Registration times, no organization: exactly at the deadline (not late), one
    // second after (late), invalid (never late), and an attended person a day late.
    records.append(record(Status::Registered, Gender::Man, "SEA", "media", 0, kDeadline));
    records.append(
        record(Status::Registered, Gender::Man, "SEA", "media", 0, kDeadline.addSecs(1)));
    records.append(record(Status::Registered, Gender::Man, "SEA", "media", 0, QDateTime()));
    records.append(record(Status::Attended, Gender::Man, "SEA", "media", 0, kDeadline.addDays(1)));
    // Late but only waitlisted, invited or declined: not in the registered stage.
    records.append(
        record(Status::Waitlisted, Gender::Man, "SEA", "media", 0, kDeadline.addDays(1)));
    records.append(record(Status::Declined, Gender::Man, "SEA", "media", 0, kDeadline.addDays(1)));

    const BalanceTally tally = tallyOf(records);
    REQUIRE(tally.total(Stage::Registered) == 11);
    CHECK(tally.registeredPerOrganization() ==
          QHash<qint64, int>{{10, 3}, {20, 2}, {30, 1}, {40, 1}});

    const auto rules = [&tally](const QDateTime &deadline, int limit, int capacity) {
        return computeBalance(tally, BalanceTargets(), deadline, limit, capacity).rules;
    };

    // Limit 1: 10 (3) and 20 (2), most first. Limit 2: only 10. Limit 3 or 0: none.
    CHECK(rules(kDeadline, 1, 0).overOrganizationLimit ==
          QList<OrganizationCount>{{10, 3}, {20, 2}});
    CHECK(rules(kDeadline, 2, 0).overOrganizationLimit == QList<OrganizationCount>{{10, 3}});
    CHECK(rules(kDeadline, 3, 0).overOrganizationLimit.isEmpty());
    CHECK(rules(kDeadline, 0, 0).overOrganizationLimit.isEmpty());

    // Late: deadline + 1 s and the attended person a day late → 2.
    CHECK(rules(kDeadline, 1, 0).lateRegistrations == 2);
    CHECK(tally.registeredAfter(kDeadline.addSecs(-1)) == 3); // now the one at the deadline too
    CHECK(tally.registeredAfter(early.addSecs(-1)) == 10);    // all but the invalid time
    CHECK(rules(QDateTime(), 1, 0).lateRegistrations == 0);   // no deadline set
    // The same deadline given in another time zone is the same instant.
    CHECK(tally.registeredAfter(kDeadline.toOffsetFromUtc(7 * 3600)) == 2);

    // Capacity: 0 = not set; 11 registered.
    CHECK(rules(kDeadline, 1, 0).overCapacity == 0);
    CHECK(rules(kDeadline, 1, 11).overCapacity == 0);
    CHECK(rules(kDeadline, 1, 9).overCapacity == 2);
    CHECK(rules(kDeadline, 1, 20).overCapacity == 0);

    // The Consultation overload reads the same three settings.
    Consultation consultation;
    consultation.registrationDeadline = kDeadline;
    consultation.maxPerOrganization = 2;
    consultation.capacity = 10;
    const BalanceRules fromConsultation =
        BalanceCalculator(consultation, BalanceTargets()).computeRules(tally);
    CHECK(fromConsultation.overOrganizationLimit == QList<OrganizationCount>{{10, 3}});
    CHECK(fromConsultation.lateRegistrations == 2);
    CHECK(fromConsultation.overCapacity == 1);
}

TEST_CASE("the tally after adds, removes and replaces equals a fresh tally", "[balance]")
{
    std::mt19937 random(20201028);
    const auto pick = [&random](int size) {
        return std::uniform_int_distribution<int>(0, size - 1)(random);
    };
    const QList<Status> statuses = allStatuses();
    const QList<Gender> genders = allGenders();
    const QStringList subregions = {s("ENEA"), s("SEA"),    s("SSWA"),    s("NCA"),
                                    s("PAC"),  s("NONREG"), s("outside"), s("unknown")};
    const QStringList sectors =
        BalanceTargets::inScopeCategories(Dimension::Sector) + QStringList{s("unknown")};
    const auto randomRecord = [&]() {
        BalanceRecord r;
        r.status = statuses[pick(statuses.size())];
        r.gender = genders[pick(genders.size())];
        r.subregion = subregions[pick(subregions.size())];
        r.sector = sectors[pick(sectors.size())];
        r.organizationId = pick(6); // 0 = none, often shared
        // A few distinct times around the deadline, so that times are shared too.
        const int minutes = pick(7) - 3;
        if (minutes != 3)
            r.registeredAt = kDeadline.addSecs(minutes * 60);
        return r;
    };

    BalanceTally tally;
    QList<BalanceRecord> live;
    for (int step = 0; step < 3000; ++step) {
        // Adds twice as likely as removes, so that the list grows.
        const int action = live.isEmpty() ? 0 : pick(4);
        if (action <= 1) {
            live.append(randomRecord());
            tally.add(live.constLast());
        } else if (action == 2) {
            const int i = pick(live.size());
            tally.remove(live[i]);
            live.removeAt(i);
        } else {
            const int i = pick(live.size());
            const BalanceRecord after = randomRecord();
            tally.replace(live[i], after);
            live[i] = after;
        }
        if (step % 100 == 0 || step == 2999) {
            const BalanceTally fresh = tallyOf(live);
            REQUIRE(tally == fresh);
            for (const QDateTime &deadline : {kDeadline, kDeadline.addSecs(-120), QDateTime()}) {
                for (int limit : {0, 1, 2}) {
                    REQUIRE(computeBalance(tally, BalanceTargets(), deadline, limit, 5) ==
                            computeBalance(fresh, BalanceTargets(), deadline, limit, 5));
                }
            }
        }
    }
    CHECK(live.size() > 100);

    // Removing everything leaves a tally equal to a new one.
    for (const BalanceRecord &r : std::as_const(live))
        tally.remove(r);
    CHECK(tally == BalanceTally());
    CHECK(tally.registeredPerOrganization().isEmpty());
    CHECK(tally.registeredAfter(kDeadline.addYears(-1)) == 0);

    // A replace that changes nothing changes nothing.
    BalanceTally one;
    const BalanceRecord r = record(Status::Registered, Gender::Woman, "SEA", "media", 4, kDeadline);
    one.add(r);
    const BalanceTally before = one;
    one.replace(r, r);
    CHECK(one == before);
    one.clear();
    CHECK(one == BalanceTally());
}

TEST_CASE("a tally of 100,000 records builds and computes", "[balance]")
{
    const QStringList subregions = {s("ENEA"), s("SEA"), s("SSWA"),
                                    s("NCA"),  s("PAC"), s("NONREG")};
    const QStringList sectors = BalanceTargets::inScopeCategories(Dimension::Sector);
    QList<BalanceRecord> records;
    records.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        BalanceRecord r;
        r.status = i % 2 == 0 ? Status::Registered : Status::Identified;
        r.gender = i % 3 == 0 ? Gender::Man : Gender::Woman;
        r.subregion = subregions[i % subregions.size()];
        r.sector = sectors[i % sectors.size()];
        r.organizationId = 1 + i % 5000;
        r.registeredAt = kDeadline.addSecs(i - 50000);
        records.append(r);
    }
    BalanceTally tally;
    for (const BalanceRecord &r : std::as_const(records))
        tally.add(r);
    const BalanceFigures figures = computeBalance(tally, BalanceTargets(), kDeadline, 1, 40000);
    CHECK(figures.stage(Stage::Pool).total == 100000);
    CHECK(figures.stage(Stage::Registered).total == 50000);
    // Even i in 50001…99999 are registered after the deadline: 24,999 of them.
    CHECK(figures.rules.lateRegistrations == 24999);
    CHECK(figures.rules.overCapacity == 10000);
    // Even i land on odd-numbered organizations 1, 3, …, 4999, twenty people each.
    CHECK(figures.rules.overOrganizationLimit.size() == 2500);
    CHECK(figures.rules.overOrganizationLimit.first() == OrganizationCount{1, 20});
    for (const BalanceRecord &r : std::as_const(records))
        tally.remove(r);
    CHECK(tally == BalanceTally());
}

TEST_CASE("stats JSON has exactly the shape DESIGN gives", "[balance]")
{
    Consultation consultation;
    consultation.title = s("Asia-Pacific consultation, roundtable 1");
    consultation.roundtable = 1;
    consultation.objectives = {2, 5, 6, 12, 18};
    consultation.timeZone = "Asia/Bangkok";
    // 11:00 in Bangkok, given with its +07:00 offset and some milliseconds.
    consultation.startsAt =
        QDateTime(QDate(2020, 10, 28), QTime(11, 0, 0, 250), Qt::OffsetFromUTC, 7 * 3600);
    consultation.endsAt = QDateTime(); // unset → null
    consultation.registrationDeadline = kDeadline;
    consultation.maxPerOrganization = 1;
    consultation.capacity = 0; // unset → null

    QList<BalanceRecord> records;
    // Two people of organization 7 registered, one of organization 8, late.
    records.append(record(Status::Registered, Gender::Woman, "SEA", "civil_society", 7));
    records.append(record(Status::Registered, Gender::Woman, "SEA", "civil_society", 7));
    records.append(
        record(Status::Registered, Gender::Man, "NONREG", "unknown", 8, kDeadline.addSecs(60)));
    records.append(record(Status::Registered, Gender::Man, "PAC", "youth", 8));
    BalanceTargets targets;
    targets.shares.insert(Dimension::Gender, {{s("woman"), 1.0}, {s("man"), 0.0}});
    const BalanceFigures figures =
        computeBalance(tallyOf(records), targets, kDeadline, 1, consultation.capacity);

    const QJsonObject json =
        statsJson(consultation, figures, QHash<qint64, QString>{{7, s("Migrant Forum Asia")}});
    // Through text and back, as the command line prints it.
    const QJsonObject root = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    CHECK(root == json);

    CHECK(keysOf(root) == setOf({"consultation", "stages", "rules"}));

    const QJsonObject c = root.value(s("consultation")).toObject();
    CHECK(keysOf(c) ==
          setOf({"title", "roundtable", "objectives", "time_zone", "starts_at", "ends_at",
                 "registration_deadline", "max_per_organization", "capacity"}));
    CHECK(c.value(s("title")).toString() == consultation.title);
    CHECK(c.value(s("roundtable")).toInt() == 1);
    CHECK(c.value(s("objectives")).toArray() == QJsonArray{2, 5, 6, 12, 18});
    CHECK(c.value(s("time_zone")).toString() == s("Asia/Bangkok"));
    CHECK(c.value(s("starts_at")).toString() == s("2020-10-28T04:00:00Z"));
    CHECK(c.value(s("ends_at")).isNull());
    CHECK(c.value(s("registration_deadline")).toString() == s("2020-10-25T17:00:00Z"));
    CHECK(c.value(s("max_per_organization")).toInt() == 1);
    CHECK(c.value(s("capacity")).isNull());

    const QJsonObject stages = root.value(s("stages")).toObject();
    CHECK(keysOf(stages) == setOf({"pool", "invited", "registered", "attended"}));
    for (const QString &stageKey : stages.keys()) {
        const QJsonObject stage = stages.value(stageKey).toObject();
        CHECK(keysOf(stage) == setOf({"total", "overall", "dimensions"}));
        const QJsonObject dimensions = stage.value(s("dimensions")).toObject();
        CHECK(keysOf(dimensions) == setOf({"gender", "subregion", "sector"}));
        for (Dimension d : {Dimension::Gender, Dimension::Subregion, Dimension::Sector}) {
            const QJsonObject dim = dimensions.value(dimensionCode(d)).toObject();
            CHECK(keysOf(dim) == setOf({"score", "categories", "excluded"}));
            CHECK(dim.value(s("score")).isDouble());
            const QJsonObject categories = dim.value(s("categories")).toObject();
            CHECK(keysOf(categories) == setOf(BalanceTargets::inScopeCategories(d)));
            for (const QString &code : categories.keys()) {
                const QJsonObject category = categories.value(code).toObject();
                CHECK(keysOf(category) == setOf({"count", "share", "target", "seats_needed"}));
                CHECK(category.value(s("count")).isDouble());
                CHECK(category.value(s("share")).isDouble());
                CHECK(category.value(s("target")).isDouble());
                CHECK((category.value(s("seats_needed")).isDouble() ||
                       category.value(s("seats_needed")).isNull()));
            }
            const QJsonObject excluded = dim.value(s("excluded")).toObject();
            CHECK(keysOf(excluded) == setOf(BalanceCalculator::excludedCategories(d)));
        }
    }

    // Values in the registered stage: 4 people; gender woman 2, man 1 + 1 → shares 0.5 on
    // targets 1 / 0 → score 1 − ½ (0.5 + 0.5) = 0.5, woman unreachable (null).
    const QJsonObject registered = stages.value(s("registered")).toObject();
    CHECK(registered.value(s("total")).toInt() == 4);
    const QJsonObject gender =
        registered.value(s("dimensions")).toObject().value(s("gender")).toObject();
    CHECK(gender.value(s("score")).toDouble() == 0.5);
    const QJsonObject woman = gender.value(s("categories")).toObject().value(s("woman")).toObject();
    CHECK(woman.value(s("count")).toInt() == 2);
    CHECK(woman.value(s("share")).toDouble() == 0.5);
    CHECK(woman.value(s("target")).toDouble() == 1.0);
    CHECK(woman.value(s("seats_needed")).isNull());
    CHECK(gender.value(s("excluded")).toObject() ==
          QJsonObject{{s("other"), 0}, {s("undisclosed"), 0}});
    const QJsonObject subregion =
        registered.value(s("dimensions")).toObject().value(s("subregion")).toObject();
    CHECK(subregion.value(s("excluded")).toObject() ==
          QJsonObject{{s("NONREG"), 1}, {s("outside"), 0}, {s("unknown"), 0}});
    // Subregion SEA 2, PAC 1 → N = 3: ⌈(0.6 − 0) / 0.8⌉ = 1 seat for ENEA.
    CHECK(subregion.value(s("categories"))
              .toObject()
              .value(s("ENEA"))
              .toObject()
              .value(s("seats_needed"))
              .toInt() == 1);
    CHECK(registered.value(s("overall")).toDouble() == figures.stage(Stage::Registered).overall);

    const QJsonObject rules = root.value(s("rules")).toObject();
    CHECK(keysOf(rules) ==
          setOf({"over_organization_limit", "late_registrations", "over_capacity"}));
    // Both organizations have two people against a limit of 1; 7 is named, 8 is not.
    const QJsonArray overLimit = rules.value(s("over_organization_limit")).toArray();
    REQUIRE(overLimit.size() == 2);
    for (const QJsonValue &entry : overLimit)
        CHECK(keysOf(entry.toObject()) == setOf({"organization", "count"}));
    CHECK(overLimit[0].toObject() ==
          QJsonObject{{s("organization"), s("Migrant Forum Asia")}, {s("count"), 2}});
    CHECK(overLimit[1].toObject() == QJsonObject{{s("organization"), s("#8")}, {s("count"), 2}});
    CHECK(rules.value(s("late_registrations")).toInt() == 1);
    CHECK(rules.value(s("over_capacity")).toInt() == 0);

    // Zero for no limit and an empty time zone are unset too.
    Consultation unset;
    unset.maxPerOrganization = 0;
    const QJsonObject u = consultationJson(unset);
    CHECK(u.value(s("max_per_organization")).isNull());
    CHECK(u.value(s("time_zone")).isNull());
    CHECK(u.value(s("starts_at")).isNull());
    CHECK(u.value(s("registration_deadline")).isNull());
    CHECK(u.value(s("objectives")).toArray().isEmpty());

    // A callback names organizations too.
    const QJsonObject named =
        balanceRulesJson(figures.rules, [](qint64 id) { return QStringLiteral("Org %1").arg(id); });
    CHECK(named.value(s("over_organization_limit"))
              .toArray()[1]
              .toObject()
              .value(s("organization"))
              .toString() == s("Org 8"));
}

TEST_CASE("instants are written in UTC with Z and whole seconds", "[balance]")
{
    CHECK(instantJson(QDateTime(QDate(2020, 10, 28), QTime(4, 0), Qt::UTC)).toString() ==
          s("2020-10-28T04:00:00Z"));
    CHECK(instantJson(QDateTime(QDate(2020, 10, 28), QTime(4, 0, 59, 999), Qt::UTC)).toString() ==
          s("2020-10-28T04:00:59Z"));
    CHECK(instantJson(QDateTime(QDate(2020, 10, 26), QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600))
              .toString() == s("2020-10-25T17:00:00Z"));
    CHECK(instantJson(QDateTime()).isNull());
}
