// Format migrations: a file of an older version opens (its working copy upgraded), is
// saved in the current format after a copy of the original is kept beside it, and every
// step is all or nothing. tests/data/migration/v1-sample.consulta is a genuine version 1
// file, written by the version 1 code (`consulta new --sample`) before version 2 existed.
#include "TestSupport.h"

#include "model/ConsultationDefaults.h"
#include "store/Document.h"
#include "store/DocumentFile.h"
#include "store/Schema.h"
#include "store/SchemaMigration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace consulta;

namespace {

QString v1Copy(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("migration/v1-sample.consulta")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

// The layout of a database: every table, index and column, in a stable order.
QStringList layoutOf(const SqliteDatabase &db)
{
    QStringList layout;
    SqliteStatement objects =
        db.prepare("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
                   "ORDER BY type, name");
    while (objects.next()) {
        layout.append(objects.text(0) + QLatin1Char(' ') + objects.text(1));
        if (objects.text(0) != QLatin1String("table"))
            continue;
        SqliteStatement columns =
            db.prepare("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1)");
        columns.bind(1, objects.text(1));
        while (columns.next())
            layout.append(QStringLiteral("  %1 %2 %3 %4 %5")
                              .arg(columns.text(0), columns.text(1), columns.text(2),
                                   columns.text(3), columns.text(4)));
    }
    return layout;
}

SqliteDatabase openRaw(const QString &path)
{
    SqliteDatabase db;
    REQUIRE(db.open(path, SqliteDatabase::Mode::ReadOnly));
    return db;
}

} // namespace

TEST_CASE("the version 1 fixture is a genuine version 1 file", "[store][migration]")
{
    const QString path = test::dataPath(QStringLiteral("migration/v1-sample.consulta"));
    CHECK(documentfile::formatVersion(path) == 1);
    SqliteDatabase db = openRaw(path);
    CHECK(schema::hasExpectedTables(db, 1));
    CHECK_FALSE(schema::hasExpectedTables(db, 2));
    CHECK(db.queryInteger("SELECT count(*) FROM participant") > 300);
}

TEST_CASE("every migration step is listed once, in order, up to the current version",
          "[store][migration]")
{
    const QList<schema::MigrationStep> &steps = schema::migrationSteps();
    REQUIRE(steps.size() == schema::kSchemaVersion - 1);
    for (int i = 0; i < steps.size(); ++i)
        CHECK(steps.at(i).from == i + 1);
}

TEST_CASE("a version 1 file opens upgraded and laid out like a new file", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = v1Copy(dir, QStringLiteral("old.consulta"));
    const QByteArray before = test::readAll(path);
    qint64 people = 0;
    {
        SqliteDatabase raw = openRaw(path);
        people = raw.queryInteger("SELECT count(*) FROM participant");
    }
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    Document &document = *opened.value();
    CHECK(document.openedFormatVersion() == 1);
    CHECK(document.database().queryInteger("PRAGMA user_version") == schema::kSchemaVersion);
    CHECK(document.store().participantCount() == people);
    // Opening never writes the file, even one that needs upgrading.
    CHECK(test::readAll(path) == before);

    Result<std::unique_ptr<Document>> fresh = Document::createNew(defaultConsultation(1));
    REQUIRE(fresh.ok());
    CHECK(layoutOf(document.database()) == layoutOf(fresh.value()->database()));
}

TEST_CASE("upgrading links a free-text forwarder that names exactly one participant",
          "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = v1Copy(dir, QStringLiteral("forwarded.consulta"));
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    const ConsultationStore &store = opened.value()->store();
    // The fixture has: participant 2 forwarded by "<participant 14's full name>",
    // participant 3 by participant 14's e-mail in capitals, participant 4 by an
    // organization nobody on the list is, participant 5 by a name five people share.
    const Participant forwarder = *store.participant(14);
    const Participant byName = *store.participant(2);
    const Participant byEmail = *store.participant(3);
    const Participant byStranger = *store.participant(4);
    const Participant byAmbiguous = *store.participant(5);
    CHECK(byName.forwardedById == forwarder.id);
    CHECK(byName.forwardedBy.isEmpty());
    CHECK(byEmail.forwardedById == forwarder.id);
    CHECK(byStranger.forwardedById == 0);
    CHECK(byStranger.forwardedBy == QStringLiteral("Migrant Forum in Asia"));
    CHECK(byAmbiguous.forwardedById == 0);
    CHECK(byAmbiguous.forwardedBy == QString::fromUtf8("สมชาย ศรีสุข"));
    CHECK(store.forwardedBy(forwarder.id) == QList<qint64>({2, 3}));
}

TEST_CASE("saving an upgraded file keeps the original beside it first", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = v1Copy(dir, QStringLiteral("Bangkok 2026.consulta"));
    const QByteArray original = test::readAll(path);
    const QString backup = dir.filePath(QStringLiteral("Bangkok 2026 (format 1 backup).consulta"));
    {
        Result<std::unique_ptr<Document>> opened = Document::open(path);
        REQUIRE(opened.ok());
        Document &document = *opened.value();
        Consultation details = document.store().consultation();
        details.title = QStringLiteral("Upgraded");
        REQUIRE(document.store().setConsultation(details).ok());
        REQUIRE(document.save().ok());
        CHECK(document.upgradeBackupPath() == backup);
        CHECK(test::readAll(backup) == original);
        CHECK(QFileInfo(backup).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadUser | QFileDevice::WriteUser));
        CHECK(documentfile::formatVersion(path) == schema::kSchemaVersion);
        // Later saves have a current file to replace: no second backup.
        REQUIRE(document.save().ok());
        CHECK(document.upgradeBackupPath().isEmpty());
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);
    REQUIRE(documentfile::openVerified(path).ok());
    Result<std::unique_ptr<Document>> reopened = Document::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->openedFormatVersion() == schema::kSchemaVersion);
    CHECK(reopened.value()->store().consultation().title == QStringLiteral("Upgraded"));
    // The backup is a version 1 file this version still opens.
    CHECK(documentfile::formatVersion(backup) == 1);
    CHECK(documentfile::openVerified(backup).ok());
}

TEST_CASE("an existing backup is never overwritten", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = v1Copy(dir, QStringLiteral("twice.consulta"));
    const QString taken = dir.filePath(QStringLiteral("twice (format 1 backup).consulta"));
    test::writeAll(taken, "an older backup the person kept");
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    REQUIRE(opened.value()->save().ok());
    CHECK(test::readAll(taken) == "an older backup the person kept");
    const QString second = dir.filePath(QStringLiteral("twice (format 1 backup 2).consulta"));
    CHECK(opened.value()->upgradeBackupPath() == second);
    CHECK(documentfile::formatVersion(second) == 1);
}

TEST_CASE("a v1 file changed on disk is neither backed up nor replaced", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = v1Copy(dir, QStringLiteral("changed.consulta"));
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    QByteArray changed = test::readAll(path);
    changed.append(QByteArray(4096, '\0')); // somebody else's version of the file
    test::writeAll(path, changed);
    Result<void> saved = opened.value()->save();
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.errorKind() == ErrorKind::ChangedOnDisk);
    CHECK(test::readAll(path) == changed);
    CHECK(opened.value()->upgradeBackupPath().isEmpty());
    // No backup and no temporary beside it; only the file and its lock.
    const QStringList beside = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    CHECK(beside == QStringList({QStringLiteral(".changed.consulta.lock"),
                                 QStringLiteral("changed.consulta")}));
}

TEST_CASE("a migration step that fails leaves the working copy as it was", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = v1Copy(dir, QStringLiteral("clash.consulta"));
    // A version 1 file that already has the column version 2 adds: the step fails.
    {
        SqliteDatabase db;
        REQUIRE(db.open(path, SqliteDatabase::Mode::ReadWrite));
        REQUIRE(db.exec("ALTER TABLE participant ADD COLUMN forwarded_by_id INTEGER"));
    }
    const QString work = dir.filePath(QStringLiteral("work.consulta"));
    REQUIRE(QFile::copy(path, work));
    SqliteDatabase db;
    REQUIRE(db.open(work, SqliteDatabase::Mode::ReadWrite));
    const QStringList before = layoutOf(db);
    Result<int> migrated = schema::migrate(db);
    REQUIRE_FALSE(migrated.ok());
    CHECK(migrated.errorMessage().contains(QStringLiteral("from file format 1 to 2")));
    CHECK(db.queryInteger("PRAGMA user_version") == 1);
    CHECK(layoutOf(db) == before);

    const QByteArray file = test::readAll(path);
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains(QStringLiteral("clash.consulta")));
    CHECK(test::readAll(path) == file);
}

TEST_CASE("a current file is not migrated again", "[store][migration]")
{
    Result<std::unique_ptr<Document>> fresh = Document::createNew(defaultConsultation(2));
    REQUIRE(fresh.ok());
    const QStringList before = layoutOf(fresh.value()->database());
    Result<int> migrated = schema::migrate(fresh.value()->database());
    REQUIRE(migrated.ok());
    CHECK(migrated.value() == schema::kSchemaVersion);
    CHECK(layoutOf(fresh.value()->database()) == before);
}
