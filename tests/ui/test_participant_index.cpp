// The in-memory index behind the participants table: folded search, filters, sort,
// incremental refresh.
#include "TestSupport.h"

#include "model/ConsultationDefaults.h"
#include "reference/TextKey.h"
#include "store/Document.h"
#include "store/ParticipantIndex.h"

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
