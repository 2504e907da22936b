#include "TestSupport.h"

#include "model/Gender.h"
#include "model/Participant.h"
#include "model/Status.h"

using namespace consulta;

TEST_CASE("status codes round-trip and stages follow DESIGN", "[model]")
{
    for (Status s : allStatuses())
        CHECK(statusFromCode(statusCode(s)) == s);
    CHECK_FALSE(statusFromCode(QStringLiteral("maybe")).has_value());

    CHECK(isInStage(Status::Identified, Stage::Pool));
    CHECK(isInStage(Status::Declined, Stage::Pool));
    CHECK_FALSE(isInStage(Status::Identified, Stage::Invited));
    CHECK_FALSE(isInStage(Status::Declined, Stage::Invited));
    CHECK(isInStage(Status::Waitlisted, Stage::Invited));
    CHECK(isInStage(Status::Attended, Stage::Invited));
    CHECK_FALSE(isInStage(Status::Waitlisted, Stage::Registered));
    CHECK(isInStage(Status::Registered, Stage::Registered));
    CHECK(isInStage(Status::Attended, Stage::Registered));
    CHECK_FALSE(isInStage(Status::Registered, Stage::Attended));
    CHECK(isInStage(Status::Attended, Stage::Attended));

    CHECK(statusRank(Status::Attended) > statusRank(Status::Registered));
    CHECK(statusRank(Status::Registered) > statusRank(Status::Waitlisted));
    CHECK(statusRank(Status::Waitlisted) > statusRank(Status::Invited));
    CHECK(statusRank(Status::Invited) > statusRank(Status::Identified));
}

TEST_CASE("gender codes round-trip", "[model]")
{
    for (Gender g : allGenders())
        CHECK(genderFromCode(genderCode(g)) == g);
    CHECK_FALSE(genderFromCode(QStringLiteral("f")).has_value());
}

TEST_CASE("display name joins the parts that are present", "[model]")
{
    Participant p;
    p.givenName = QStringLiteral("Somchai");
    CHECK(p.displayName() == QStringLiteral("Somchai"));
    p.familyName = QStringLiteral("Wong");
    CHECK(p.displayName() == QStringLiteral("Somchai Wong"));
    p.givenName.clear();
    CHECK(p.displayName() == QStringLiteral("Wong"));
}
