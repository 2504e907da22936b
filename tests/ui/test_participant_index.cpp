// The in-memory index behind the participants table: folded search, filters, sort,
// incremental refresh.
#include "TestSupport.h"

#include "model/ConsultationDefaults.h"
#include "reference/ReferenceData.h"
#include "reference/TextKey.h"
#include "store/Document.h"
#include "store/ParticipantIndex.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace consulta;

namespace {

qint64 add(ConsultationStore &store, const QString &given, const QString &family,
           const QString &email, const QString &country, qint64 organization = 0)
{
    Participant p;
    p.givenName = given;
    p.familyName = family;
    p.email = email;
    p.country = country;
    p.organizationId = organization;
    Result<qint64> id = store.addParticipant(p);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("The search key equals foldedKey", "[ui][index]")
{
    for (const QString &text :
         {QStringLiteral("  Maria-José  GARCÍA "), QStringLiteral("o'Brien, Seán"),
          QStringLiteral("plain ascii 42"), QStringLiteral("สมชาย ใจดี"), QStringLiteral("Æsir ß"),
          QStringLiteral("李 小龙"), QStringLiteral("--")})
        CHECK(ParticipantIndex::searchKey(text) == foldedKey(text));
}

TEST_CASE("The index filters and sorts", "[ui][index]")
{
    auto document = Document::createNew(defaultConsultation(1));
    REQUIRE(document.ok());
    ConsultationStore &store = document.value()->store();
    Organization org;
    org.name = QStringLiteral("Asia Pacific Refugee Rights Network");
    org.category = QStringLiteral("civil_society");
    const qint64 organization = *store.addOrganization(org);
    const qint64 jose = add(store, QStringLiteral("José"), QStringLiteral("Núñez"),
                            QStringLiteral("jose@example.org"), QStringLiteral("PH"), organization);
    const qint64 somchai = add(store, QStringLiteral("สมชาย"), QStringLiteral("ใจดี"),
                               QStringLiteral("somchai@example.org"), QStringLiteral("TH"));
    const qint64 anna = add(store, QStringLiteral("Anna"), QStringLiteral("Ivanova"),
                            QStringLiteral("anna@example.net"), QStringLiteral("KZ"));

    ParticipantIndex index(document.value()->database());
    index.reload();
    REQUIRE(index.size() == 3);

    ParticipantFilter filter;
    filter.text = QStringLiteral("JOSE NUNEZ");
    CHECK(index.query(filter, ParticipantSortKey::Name) == QList<qint64>{jose});
    filter.text = QStringLiteral("refugee rights");
    CHECK(index.query(filter, ParticipantSortKey::Name) == QList<qint64>{jose});
    filter.text = QStringLiteral("ใจดี");
    CHECK(index.query(filter, ParticipantSortKey::Name) == QList<qint64>{somchai});
    filter.text = QStringLiteral("@example.net");
    CHECK(index.query(filter, ParticipantSortKey::Name) == QList<qint64>{anna});

    filter = {};
    filter.subregion = QStringLiteral("NCA");
    CHECK(index.query(filter, ParticipantSortKey::Name) == QList<qint64>{anna});
    filter = {};
    filter.sector = QStringLiteral("unknown");
    CHECK(index.query(filter, ParticipantSortKey::Name) == (QList<qint64>{anna, somchai}));

    CHECK(index.query({}, ParticipantSortKey::Name) == (QList<qint64>{anna, jose, somchai}));
    CHECK(index.query({}, ParticipantSortKey::Name, true) == (QList<qint64>{somchai, jose, anna}));
    CHECK(index.query({}, ParticipantSortKey::Country).constFirst() == anna); // Kazakhstan

    // Refresh follows changes, additions and deletions.
    REQUIRE(store.setStatus({anna}, Status::Registered, QDateTime::currentDateTimeUtc()).ok());
    REQUIRE(store.removeParticipant(jose).ok());
    const qint64 added = add(store, QStringLiteral("Zed"), QString(), QString(), QString());
    index.refresh({anna, jose, added});
    CHECK(index.size() == 3);
    CHECK(index.entry(jose) == nullptr);
    CHECK(index.entry(anna)->status == Status::Registered);
    CHECK(index.registeredCount() == 1);
    CHECK(index.query({}, ParticipantSortKey::Name) == (QList<qint64>{anna, added, somchai}));
}

namespace {

// What a sort by each key must give, computed the slow and obvious way from the entries.
QList<qint64> expectedOrder(const ParticipantIndex &index, ParticipantSortKey key, bool descending)
{
    const ReferenceData &reference = ReferenceData::instance();
    auto text = [&](const ParticipantIndex::Entry &e) -> QString {
        switch (key) {
        case ParticipantSortKey::Name:
            return e.nameKey;
        case ParticipantSortKey::Organization: {
            const auto *organization = index.organization(e.organizationId);
            return organization ? organization->nameKey : QStringLiteral("\uffff");
        }
        case ParticipantSortKey::Country: {
            const QString name = reference.countryName(e.country);
            return name.isEmpty() ? QStringLiteral("\uffff") + e.country : foldedKey(name);
        }
        case ParticipantSortKey::Subregion:
            return e.subregion;
        case ParticipantSortKey::Sector:
            return index.sectorOf(e);
        case ParticipantSortKey::RegisteredAt:
            return e.registeredAt.isEmpty() ? QStringLiteral("~") : e.registeredAt;
        case ParticipantSortKey::Email:
            return e.emailKey;
        default:
            return {};
        }
    };
    auto number = [&](const ParticipantIndex::Entry &e) {
        if (key == ParticipantSortKey::Gender)
            return static_cast<int>(e.gender);
        if (key == ParticipantSortKey::Status)
            return statusRank(e.status);
        return 0;
    };
    std::vector<const ParticipantIndex::Entry *> entries;
    for (const ParticipantIndex::Entry &e : index.entries())
        entries.push_back(&e);
    std::sort(entries.begin(), entries.end(), [&](const auto *a, const auto *b) {
        if (number(*a) != number(*b))
            return number(*a) < number(*b);
        if (const int c = text(*a).compare(text(*b)); c != 0)
            return c < 0;
        return a->id < b->id;
    });
    if (descending)
        std::reverse(entries.begin(), entries.end());
    QList<qint64> ids;
    for (const auto *e : entries)
        ids.append(e->id);
    return ids;
}

void checkEveryOrder(const ParticipantIndex &index)
{
    for (ParticipantSortKey key :
         {ParticipantSortKey::Name, ParticipantSortKey::Organization, ParticipantSortKey::Country,
          ParticipantSortKey::Subregion, ParticipantSortKey::Gender, ParticipantSortKey::Sector,
          ParticipantSortKey::Status, ParticipantSortKey::RegisteredAt,
          ParticipantSortKey::Email}) {
        for (bool descending : {false, true}) {
            INFO("key " << static_cast<int>(key) << (descending ? " descending" : ""));
            CHECK(index.query({}, key, descending) == expectedOrder(index, key, descending));
        }
    }
}

} // namespace

TEST_CASE("Sorted orders stay right through edits, additions and deletions", "[ui][index]")
{
    auto document = Document::createNew(defaultConsultation(1));
    REQUIRE(document.ok());
    ConsultationStore &store = document.value()->store();
    QRandomGenerator random(7);
    // Short, shared prefixes and names longer than four letters, to exercise both halves
    // of the comparison.
    const QStringList names = {QStringLiteral("Ann"),       QStringLiteral("Anna"),
                               QStringLiteral("Annabel"),   QStringLiteral("Annabelle"),
                               QStringLiteral("Ánh"),       QStringLiteral("สมชาย"),
                               QStringLiteral("王"),        QStringLiteral("Bo"),
                               QStringLiteral("Annabella"), QString()};
    const QStringList countries = {QStringLiteral("TH"), QStringLiteral("KZ"), QStringLiteral("FR"),
                                   QStringLiteral("XX"), QString()};
    QList<qint64> organizations;
    for (const QString &name : {QStringLiteral("Beta Org"), QStringLiteral("Alpha Network"),
                                QStringLiteral("Alpha Net")}) {
        Organization org;
        org.name = name;
        org.category =
            organizations.isEmpty() ? QStringLiteral("civil_society") : QStringLiteral("academia");
        organizations.append(*store.addOrganization(org));
    }
    QList<qint64> ids;
    for (int i = 0; i < 60; ++i)
        ids.append(add(store, names.at(random.bounded(names.size())),
                       names.at(random.bounded(names.size())),
                       QStringLiteral("p%1@example.org").arg(random.bounded(20)),
                       countries.at(random.bounded(countries.size())),
                       random.bounded(4) == 0 ? 0 : organizations.at(random.bounded(3))));
    ParticipantIndex index(document.value()->database());
    index.reload();
    checkEveryOrder(index);

    for (int round = 0; round < 6; ++round) {
        // A status change (with a registration time), a rename, a deletion and a newcomer.
        const qint64 registered = ids.at(random.bounded(ids.size()));
        REQUIRE(store
                    .setStatus({registered}, Status::Registered,
                               QDateTime(QDate(2020, 10, 1 + round), QTime(9, 0), Qt::UTC))
                    .ok());
        const qint64 renamedId = ids.at(random.bounded(ids.size()));
        std::optional<Participant> renamed = store.participant(renamedId);
        REQUIRE(renamed);
        renamed->familyName = names.at(random.bounded(names.size()));
        renamed->country = countries.at(random.bounded(countries.size()));
        REQUIRE(store.updateParticipant(*renamed).ok());
        const qint64 removed = ids.takeAt(random.bounded(ids.size()));
        REQUIRE(store.removeParticipant(removed).ok());
        const qint64 added = add(store, names.at(random.bounded(names.size())), QString(),
                                 QString(), countries.at(random.bounded(countries.size())));
        ids.append(added);
        index.refresh({registered, renamedId, removed, added});
        checkEveryOrder(index);
        // An organization renamed: its people move in the organization order.
        std::optional<Organization> organization =
            store.organization(organizations.at(random.bounded(3)));
        REQUIRE(organization);
        organization->name = names.at(random.bounded(names.size())) + QStringLiteral(" Org");
        REQUIRE(store.updateOrganization(*organization).ok());
        index.reloadOrganizations();
        checkEveryOrder(index);
    }
}

TEST_CASE("Han and Hangul names sort and match family name first, as they are shown", "[ui][index]")
{
    auto document = Document::createNew(defaultConsultation(1));
    REQUIRE(document.ok());
    ConsultationStore &store = document.value()->store();
    // Given names first would put 이민준 (민준) before 김서연 (서연); shown as written, 김 comes
    // first.
    const qint64 lee = add(store, QStringLiteral("민준"), QStringLiteral("이"),
                           QStringLiteral("lee@example.org"), QStringLiteral("KR"));
    const qint64 kim = add(store, QStringLiteral("서연"), QStringLiteral("김"),
                           QStringLiteral("kim@example.org"), QStringLiteral("KR"));
    const qint64 wang = add(store, QStringLiteral("伟"), QStringLiteral("王"),
                            QStringLiteral("wang@example.org"), QStringLiteral("CN"));
    ParticipantIndex index(document.value()->database());
    index.reload();
    CHECK(index.query({}, ParticipantSortKey::Name) == (QList<qint64>{kim, lee, wang}));
    ParticipantFilter filter;
    filter.text = QStringLiteral("王伟");
    CHECK(index.query(filter, ParticipantSortKey::Name) == QList<qint64>{wang});
}
