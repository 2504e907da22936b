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

TEST_CASE("names in Han, kana or Hangul put the family name first", "[model]")
{
    const auto name = [](const char *given, const char *family) {
        Participant p;
        p.givenName = QString::fromUtf8(given);
        p.familyName = QString::fromUtf8(family);
        return p.displayName();
    };
    CHECK(name("秀英", "李") == QString::fromUtf8("李秀英"));
    CHECK(name("太郎", "山田") == QString::fromUtf8("山田太郎"));
    CHECK(name("みさき", "佐藤") == QString::fromUtf8("佐藤みさき"));
    CHECK(name("민준", "김") == QString::fromUtf8("김민준"));
    // Mixed scripts, or any other script, keep the given name first.
    CHECK(name("Xiuying", "李") == QString::fromUtf8("Xiuying 李"));
    CHECK(name("Xiuying", "Li") == QStringLiteral("Xiuying Li"));
    CHECK(name("กัลยา", "ศรีสุข") == QString::fromUtf8("กัลยา ศรีสุข"));
    CHECK(name("प्रिया", "शर्मा") == QString::fromUtf8("प्रिया शर्मा"));
    CHECK(name("فاطمة", "الزهراء") == QString::fromUtf8("فاطمة الزهراء"));
    CHECK(name("秀英", "") == QString::fromUtf8("秀英"));
}
