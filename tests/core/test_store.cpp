#include "TestSupport.h"

#include "model/ConsultationDefaults.h"
#include "sample/SampleConsultation.h"
#include "store/Document.h"
#include "store/DocumentFile.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace consulta;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

std::unique_ptr<Document> newDocument()
{
    Result<std::unique_ptr<Document>> created = Document::createNew(defaultConsultation(1));
    REQUIRE(created.ok());
    return created.takeValue();
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("a document saved and reopened holds the same values", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round-trip.consulta"));
    auto document = newDocument();
    ConsultationStore &store = document->store();

    Consultation c = sampleConsultation();
    c.capacity = 120;
    c.maxPerOrganization = 2;
    REQUIRE(store.setConsultation(c).ok());

    Organization organization{0, QStringLiteral("มูลนิธิเพื่อแรงงานข้ามชาติ"), QStringLiteral("MWF"),
                              QStringLiteral("TH"), QStringLiteral("civil_society")};
    Result<qint64> organizationId = store.addOrganization(organization);
    REQUIRE(organizationId.ok());
    organization.id = *organizationId;

    Participant p;
    p.givenName = QStringLiteral("สมศรี");
    p.familyName = QStringLiteral("ใจดี");
    p.email = QStringLiteral("somsri.jaidee@example.org");
    p.gender = Gender::Woman;
    p.jobTitle = QStringLiteral("Coordinator");
    p.organizationId = organization.id;
    p.country = QStringLiteral("TH");
    p.timeZone = QByteArrayLiteral("Asia/Bangkok");
    p.status = Status::Invited;
    p.origin = Origin::Forwarded;
    p.forwardedBy = QStringLiteral("ميريام الخوري");
    p.notes = QStringLiteral("Needs interpretation");
    p.source = QStringLiteral("manual");
    Result<qint64> participantId = store.addParticipant(p);
    REQUIRE(participantId.ok());
    p.id = *participantId;

    Participant other;
    other.givenName = QStringLiteral("王");
    other.email = QStringLiteral("wang@example.org");
    REQUIRE(store.addParticipant(other).ok());

    const QDateTime registered = utc(2020, 10, 20, 9, 30);
    REQUIRE(store.setStatus({p.id}, Status::Registered, registered).ok());
    p.status = Status::Registered;
    p.registeredAt = registered;

    BalanceTargets targets;
    targets.shares[Dimension::Gender] = {{QStringLiteral("woman"), 0.6},
                                         {QStringLiteral("man"), 0.4}};
    REQUIRE(store.setBalanceTargets(targets).ok());

    REQUIRE(document->saveAs(path).ok());
    CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
    document.reset();

    Result<std::unique_ptr<Document>> reopened = Document::open(path);
    REQUIRE(reopened.ok());
    const ConsultationStore &again = reopened.value()->store();
    CHECK(again.consultation() == c);
    CHECK(again.organizations() == QList<Organization>{organization});
    REQUIRE(again.participant(p.id).has_value());
    CHECK(*again.participant(p.id) == p);
    CHECK(again.participantCount() == 2);
    CHECK(again.balanceTargets() == targets);
    const QList<StatusChange> history = again.statusHistory(p.id);
    REQUIRE(history.size() == 1);
    CHECK(history.first().from == Status::Invited);
    CHECK(history.first().to == Status::Registered);
    CHECK(history.first().at == registered);
}

TEST_CASE("status changes record history and leave people already there alone", "[store]")
{
    auto document = newDocument();
    ConsultationStore &store = document->store();
    Participant a;
    a.givenName = QStringLiteral("A");
    Participant b = a;
    b.status = Status::Invited;
    const qint64 idA = *store.addParticipant(a);
    const qint64 idB = *store.addParticipant(b);
    const QDateTime at = utc(2020, 10, 10, 1, 0);
    REQUIRE(store.setStatus({idA, idB}, Status::Invited, at).ok());
    CHECK(store.statusHistory(idA).size() == 1);
    CHECK(store.statusHistory(idB).isEmpty());
    CHECK(store.participant(idA)->status == Status::Invited);
    CHECK_FALSE(store.participant(idA)->registeredAt.isValid());

    REQUIRE(store.removeParticipant(idA).ok());
    CHECK_FALSE(store.participant(idA).has_value());
    CHECK(store.statusHistory(idA).isEmpty());
}

TEST_CASE("a saved file is compacted: a deleted person leaves no trace", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("privacy.consulta"));
    auto document = newDocument();
    Participant p;
    p.givenName = QStringLiteral("Traceable");
    p.email = QStringLiteral("unique-marker-7f3a@example.org");
    const qint64 id = *document->store().addParticipant(p);
    REQUIRE(document->saveAs(path).ok());
    CHECK(test::readAll(path).contains("unique-marker-7f3a"));
    REQUIRE(document->store().removeParticipant(id).ok());
    CHECK_FALSE(test::readAll(document->workingCopyPath()).contains("unique-marker-7f3a"));
    REQUIRE(document->save().ok());
    CHECK_FALSE(test::readAll(path).contains("unique-marker-7f3a"));
}

TEST_CASE("the working copy is private and goes away with the document", "[store]")
{
    auto document = newDocument();
    const QString working = document->workingCopyPath();
    REQUIRE(QFileInfo::exists(working));
    CHECK(QFileInfo(working).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(document->isUntitled());
    CHECK_FALSE(document->save().ok());
    document.reset();
    CHECK_FALSE(QFileInfo::exists(working));
}

TEST_CASE("save refuses to overwrite a file changed on disk since it was opened", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.consulta"));
    {
        auto document = newDocument();
        REQUIRE(document->saveAs(path).ok());
    }
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    // Someone else replaces it (another program, or Consulta on another computer
    // through a shared folder, where the lock does not reach).
    {
        auto other = newDocument();
        Consultation c = other->store().consultation();
        c.title = QStringLiteral("Changed elsewhere, with a longer title than before");
        REQUIRE(other->store().setConsultation(c).ok());
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere.consulta"));
        REQUIRE(other->saveAs(elsewhere).ok());
        REQUIRE(QFile::remove(path));
        REQUIRE(QFile::copy(elsewhere, path));
    }
    const QByteArray before = sha(path);
    Result<void> saved = opened.value()->save();
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.errorKind() == ErrorKind::ChangedOnDisk);
    CHECK(saved.errorMessage().contains(QStringLiteral("changed by someone else")));
    CHECK(sha(path) == before);
}

TEST_CASE("a failed save leaves the target as it was and no temporary file", "[store]")
{
    QTemporaryDir dir;
    auto document = newDocument();
    const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/x.consulta"));
    Result<void> saved = document->saveAs(missingFolder);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.errorMessage().contains(QStringLiteral("x.consulta")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    const QString folderAsTarget = dir.filePath(QStringLiteral("folder"));
    QDir().mkpath(folderAsTarget);
    CHECK_FALSE(document->saveAs(folderAsTarget).ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("every kind of bad file gives its own message and is left unchanged", "[store]")
{
    struct Case
    {
        const char *file;
        const char *reason;
    };
    const Case cases[] = {
        {"empty.consulta", "the file is empty"},
        {"not-sqlite.consulta", "not a Consulta document"},
        {"random-bytes.consulta", "not a Consulta document"},
        {"other-application.consulta", "another application"},
        {"other-application-id.consulta", "another application"},
        {"newer-version.consulta", "newer version of Consulta (file format 99"},
        {"truncated-header.consulta", "truncated"},
        {"truncated.consulta", "truncated"},
        {"damaged-page.consulta", "damaged"},
        // Found by fuzz_open_document: a header whose page size is 0.
        {"zero-page-size.consulta", "page size is not valid"},
    };
    QTemporaryDir dir;
    for (const Case &c : cases) {
        const QString name = QString::fromLatin1(c.file);
        INFO(c.file);
        const QString path = dir.filePath(name);
        REQUIRE(QFile::copy(test::dataPath(QStringLiteral("bad/") + name), path));
        const QByteArray before = test::readAll(path);
        Result<std::unique_ptr<Document>> opened = Document::open(path);
        REQUIRE_FALSE(opened.ok());
        const QString message = opened.errorMessage();
        CHECK(message.contains(name));
        CHECK(message.contains(QString::fromUtf8(c.reason)));
        CHECK_FALSE(message.contains(QLatin1Char('\n')));
        CHECK(test::readAll(path) == before);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    }

    Result<std::unique_ptr<Document>> missing =
        Document::open(dir.filePath(QStringLiteral("nope.consulta")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(Document::open(dir.path()).ok());
}

TEST_CASE("a file truncated at any page boundary or mid-page is refused unchanged", "[store]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("sample.consulta"));
    {
        auto document = newDocument();
        REQUIRE(populateSample(document->store()).ok());
        REQUIRE(document->saveAs(source).ok());
    }
    const QByteArray full = test::readAll(source);
    for (qint64 size : {qint64(1), qint64(99), qint64(100), qint64(4096), qint64(4097),
                        full.size() / 2, full.size() - 4096, full.size() - 1}) {
        INFO(size);
        const QString path = dir.filePath(QStringLiteral("cut.consulta"));
        test::writeAll(path, full.left(size));
        Result<std::unique_ptr<Document>> opened = Document::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(test::readAll(path) == full.left(size));
    }
}

TEST_CASE("a leftover journal beside a file is reported and left alone", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.consulta"));
    {
        auto document = newDocument();
        REQUIRE(document->saveAs(path).ok());
    }
    const QString journal = path + QStringLiteral("-journal");
    test::writeAll(journal, QByteArray(512, 'j'));
    const QByteArray before = test::readAll(path);
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains(QStringLiteral("journal")));
    CHECK(test::readAll(path) == before);
    CHECK(test::readAll(journal) == QByteArray(512, 'j'));
}

TEST_CASE("the sample is the concept note's consultation with a varied fictional pool",
          "[store][sample]")
{
    const Consultation c = sampleConsultation();
    CHECK(c.roundtable == 1);
    CHECK(c.objectives == QList<int>{2, 5, 6, 12, 18});
    CHECK(c.timeZone == QByteArray("Asia/Bangkok"));
    CHECK(c.startsAt == utc(2020, 10, 28, 4, 0));
    CHECK(c.endsAt == utc(2020, 10, 28, 7, 0));
    CHECK(c.registrationDeadline ==
          QDateTime::fromString(QStringLiteral("2020-10-25T17:00:00Z"), Qt::ISODate));
    CHECK(c.chathamHouseRule);
    CHECK_FALSE(c.recorded);
    CHECK(c.maxPerOrganization == 1);
    QStringList team;
    for (const TeamMember &member : c.organizingTeam)
        team.append(member.organization);
    CHECK(team.join(QLatin1Char('|')).contains(QStringLiteral("Migrant Forum in Asia")));
    CHECK(team.join(QLatin1Char('|')).contains(QStringLiteral("PIANGO")));
    CHECK(team.join(QLatin1Char('|')).contains(QStringLiteral("Tabaco City Government")));

    auto first = newDocument();
    auto second = newDocument();
    REQUIRE(populateSample(first->store()).ok());
    REQUIRE(populateSample(second->store()).ok());
    const QList<Participant> people = first->store().participants();
    CHECK(people == second->store().participants()); // deterministic
    CHECK(people.size() >= 250);
    CHECK(people.size() <= 400);

    QSet<Status> statuses;
    QSet<Gender> genders;
    QSet<QString> subregions, sectors;
    for (const BalanceRecord &record : first->store().balanceRecords()) {
        statuses.insert(record.status);
        genders.insert(record.gender);
        subregions.insert(record.subregion);
        sectors.insert(record.sector);
    }
    CHECK(statuses.size() == 6);
    CHECK(genders.size() == 4);
    for (const char *code : {"ENEA", "SEA", "SSWA", "NCA", "PAC", "NONREG", "outside", "unknown"})
        CHECK(subregions.contains(QString::fromLatin1(code)));
    CHECK(sectors.size() == 14); // 13 categories and some not yet categorized

    bool thai = false, arabic = false, cjk = false, devanagari = false;
    for (const Participant &p : people) {
        CHECK(p.email.endsWith(QStringLiteral("@example.org")));
        for (QChar ch : p.displayName()) {
            const char16_t u = ch.unicode();
            thai |= u >= 0x0E00 && u <= 0x0E7F;
            arabic |= u >= 0x0600 && u <= 0x06FF;
            cjk |= u >= 0x4E00 && u <= 0x9FFF;
            devanagari |= u >= 0x0900 && u <= 0x097F;
        }
    }
    CHECK(thai);
    CHECK(arabic);
    CHECK(cjk);
    CHECK(devanagari);
}

TEST_CASE("a flipped byte in any page is refused with a message or read safely, never changed",
          "[store][damaged]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("pages.consulta"));
    {
        auto document = newDocument();
        REQUIRE(populateSample(document->store()).ok());
        REQUIRE(document->saveAs(source).ok());
    }
    const QByteArray full = test::readAll(source);
    const int pageSize = 4096;
    REQUIRE(full.size() % pageSize == 0);
    int refused = 0;
    for (int page = 0; page < full.size() / pageSize; ++page) {
        // A byte in the middle of the page's content area (page 0: past the header).
        QByteArray damaged = full;
        const int offset = page * pageSize + (page == 0 ? 100 + 12 : pageSize / 2);
        damaged[offset] = char(damaged.at(offset) ^ 0x5A);
        const QString path = dir.filePath(QStringLiteral("flipped-%1.consulta").arg(page));
        test::writeAll(path, damaged);
        INFO("page " << page);
        Result<std::unique_ptr<Document>> opened = Document::open(path);
        if (!opened) {
            ++refused;
            CHECK(opened.errorMessage().contains(QFileInfo(path).fileName()));
            CHECK_FALSE(opened.errorMessage().contains(QLatin1Char('\n')));
        } else {
            // A flip in free space or in a text value is invisible to SQLite; reading the
            // whole document must still work.
            (void)opened.value()->store().participants();
            (void)opened.value()->store().balanceRecords();
        }
        opened = Error{};
        CHECK(test::readAll(path) == damaged);
    }
    CHECK(refused > 0);
}
