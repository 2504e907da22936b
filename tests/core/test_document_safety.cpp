#include "TestSupport.h"

#include "model/ConsultationDefaults.h"
#include "store/Document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace consulta;

namespace {

QString savedDocument(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Result<std::unique_ptr<Document>> created = Document::createNew(defaultConsultation(1));
    REQUIRE(created.ok());
    REQUIRE(created.value()->saveAs(path).ok());
    return path;
}

// The pid of a process that has ended, for locks and notes "left by a crash".
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    REQUIRE(process.waitForFinished());
    return process.processId() ? process.processId() : 999999;
}

// What QLockFile of a process that has ended leaves in its lock file.
QByteArray staleLockContents()
{
    return QByteArray::number(deadPid()) + '\n' + QCoreApplication::applicationName().toUtf8() +
           '\n' + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n' +
           QSysInfo::bootUniqueId() + '\n';
}

// An empty file last changed five seconds ago: a lock whose writer was killed before
// writing into it.
void writeAbandonedEmptyFile(const QString &path)
{
    test::writeAll(path, QByteArray());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTime().addSecs(-5),
                             QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("a second opener is told who has the document and may look read-only", "[store][lock]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("locked.consulta"));
    Result<std::unique_ptr<Document>> first = Document::open(path);
    REQUIRE(first.ok());
    CHECK_FALSE(first.value()->isReadOnly());
    CHECK(QFileInfo::exists(DocumentLock::lockPathFor(path)));

    Result<std::unique_ptr<Document>> second = Document::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.errorKind() == ErrorKind::Locked);
    CHECK(second.errorMessage().contains(QStringLiteral("locked.consulta")));
    CHECK(second.errorMessage().contains(QSysInfo::machineHostName()));

    Document::OpenOptions readOnly;
    readOnly.readOnly = true;
    Result<std::unique_ptr<Document>> viewer = Document::open(path, readOnly);
    REQUIRE(viewer.ok());
    CHECK(viewer.value()->isReadOnly());
    const QByteArray before = test::readAll(path);
    Result<void> saved = viewer.value()->save();
    CHECK(saved.errorKind() == ErrorKind::ReadOnly);
    CHECK(test::readAll(path) == before);
    // Save As to another file works and makes the copy editable.
    REQUIRE(viewer.value()->saveAs(dir.filePath(QStringLiteral("copy.consulta"))).ok());
    CHECK_FALSE(viewer.value()->isReadOnly());
    CHECK(viewer.value()->save().ok());

    first = Error{};
    CHECK_FALSE(QFileInfo::exists(DocumentLock::lockPathFor(path)));
    CHECK(Document::open(path).ok());
}

TEST_CASE("a document opened by two names has one lock", "[store][lock]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("real.consulta"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QString link = dir.filePath(QStringLiteral("link.consulta"));
    REQUIRE(QFile::link(path, link));
    const QString dotted = dir.filePath(QStringLiteral("sub/../real.consulta"));
    CHECK(DocumentLock::lockPathFor(link) == DocumentLock::lockPathFor(path));
    CHECK(DocumentLock::lockPathFor(dotted) == DocumentLock::lockPathFor(path));

    Result<std::unique_ptr<Document>> byLink = Document::open(link);
    REQUIRE(byLink.ok());
    for (const QString &name : {path, dotted}) {
        Result<std::unique_ptr<Document>> again = Document::open(name);
        REQUIRE_FALSE(again.ok());
        CHECK(again.errorKind() == ErrorKind::Locked);
    }
    // The link itself is left a link, with no lock of its own beside it.
    CHECK(QFileInfo(link).isSymLink());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral(".link.consulta.lock"))));
    byLink = Error{};
    CHECK(Document::open(path).ok());
}

TEST_CASE("a lock left by a crashed process is taken over", "[store][lock]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("stale.consulta"));
    // The lock file a QLockFile of a process that has ended would have left.
    const QByteArray stale = staleLockContents();
    test::writeAll(DocumentLock::lockPathFor(path), stale);
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    CHECK_FALSE(opened.value()->isReadOnly());
}

TEST_CASE("an unreadable lock left by a process killed while writing it is taken over",
          "[store][lock]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("empty-lock.consulta"));
    const QString lock = DocumentLock::lockPathFor(path);
    writeAbandonedEmptyFile(lock);
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    CHECK_FALSE(opened.value()->isReadOnly());
}

TEST_CASE("a stale lock is taken over even when its remover was killed midway", "[store][lock]")
{
    // QLockFile removes a stale lock under a second lock, ".NAME.lock.rmlock". A process
    // killed right after creating that one leaves it empty, and QLockFile then waits 30 s
    // before it calls it stale.
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("rmlock.consulta"));
    const QString lock = DocumentLock::lockPathFor(path);
    const QByteArray stale = staleLockContents();
    test::writeAll(lock, stale);
    const QString rmlock = lock + QStringLiteral(".rmlock");
    writeAbandonedEmptyFile(rmlock);
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    CHECK_FALSE(opened.value()->isReadOnly());
    CHECK_FALSE(QFileInfo::exists(rmlock));
}

TEST_CASE("temporary files of an interrupted save are cleaned up at open", "[store]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("tidy.consulta"));
    const QString leftover = dir.filePath(QStringLiteral(".tidy.consulta.k3j2.consulta-tmp"));
    const QString unrelated = dir.filePath(QStringLiteral(".other.consulta.k3j2.consulta-tmp"));
    test::writeAll(leftover, "half a save");
    test::writeAll(unrelated, "not ours");
    REQUIRE(Document::open(path).ok());
    CHECK_FALSE(QFileInfo::exists(leftover));
    CHECK(QFileInfo::exists(unrelated));
}

TEST_CASE("a window's working copy survives a crash and can be recovered or discarded",
          "[store][recovery]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("recover.consulta"));
    QString crashCopy;
    {
        Result<std::unique_ptr<Document>> opened = Document::open(path);
        REQUIRE(opened.ok());
        Document &document = *opened.value();
        document.setRecoverable(true);
        Participant p;
        p.givenName = QStringLiteral("ສົມພອນ");
        p.email = QStringLiteral("unsaved@example.org");
        REQUIRE(document.store().addParticipant(p).ok());
        const QString working = document.workingCopyPath();
        CHECK(QFileInfo(working).permissions() ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
               QFileDevice::WriteUser));
        // What a process killed at this moment leaves behind: its working copy and a note
        // naming a pid that no longer runs (its lock goes stale with it).
        crashCopy = QDir(Document::workingCopyFolder())
                        .filePath(QStringLiteral("crashed-test.consulta-work"));
        QFile::remove(crashCopy);
        REQUIRE(QFile::copy(working, crashCopy));
        QFile note(working + QStringLiteral(".json"));
        REQUIRE(note.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(note.readAll()).object();
        json.insert(QStringLiteral("pid"), deadPid());
        test::writeAll(crashCopy + QStringLiteral(".json"), QJsonDocument(json).toJson());
    }

    const QList<RecoverableCopy> copies = Document::recoverableCopies();
    auto found = std::find_if(copies.cbegin(), copies.cend(), [&](const RecoverableCopy &c) {
        return c.workingCopyPath == crashCopy;
    });
    REQUIRE(found != copies.cend());
    CHECK(found->originalPath == QFileInfo(path).absoluteFilePath());
    CHECK(found->lastChange.isValid());
    CHECK_FALSE(found->title.isEmpty());

    Result<std::unique_ptr<Document>> recovered = Document::recover(*found);
    REQUIRE(recovered.ok());
    CHECK(recovered.value()->filePath() == QFileInfo(path).absoluteFilePath());
    CHECK(recovered.value()->store().participantCount() == 1);
    REQUIRE(recovered.value()->save().ok());
    recovered = Error{};
    CHECK_FALSE(QFileInfo::exists(crashCopy));
    Result<std::unique_ptr<Document>> reopened = Document::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->store().participantCount() == 1);

    // Discarding removes the copy and its note.
    const QString another =
        QDir(Document::workingCopyFolder()).filePath(QStringLiteral("discard-test.consulta-work"));
    REQUIRE(QFile::copy(reopened.value()->workingCopyPath(), another));
    QJsonObject json;
    json.insert(QStringLiteral("pid"), deadPid());
    json.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    json.insert(QStringLiteral("recoverable"), true);
    json.insert(QStringLiteral("title"), QStringLiteral("Discard me"));
    test::writeAll(another + QStringLiteral(".json"), QJsonDocument(json).toJson());
    const QList<RecoverableCopy> now = Document::recoverableCopies();
    auto toDiscard = std::find_if(now.cbegin(), now.cend(), [&](const RecoverableCopy &c) {
        return c.workingCopyPath == another;
    });
    REQUIRE(toDiscard != now.cend());
    Document::discard(*toDiscard);
    CHECK_FALSE(QFileInfo::exists(another));
    CHECK_FALSE(QFileInfo::exists(another + QStringLiteral(".json")));
}

TEST_CASE("leftovers of command-line runs are removed, not offered", "[store][recovery]")
{
    const QString leftover =
        QDir(Document::workingCopyFolder()).filePath(QStringLiteral("cli-run.consulta-work"));
    test::writeAll(leftover, "x");
    QJsonObject json;
    json.insert(QStringLiteral("pid"), deadPid());
    json.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    json.insert(QStringLiteral("recoverable"), false);
    test::writeAll(leftover + QStringLiteral(".json"), QJsonDocument(json).toJson());
    for (const RecoverableCopy &copy : Document::recoverableCopies())
        CHECK(copy.workingCopyPath != leftover);
    CHECK_FALSE(QFileInfo::exists(leftover));
}

namespace {

// Copies a document's working copy and note as a window killed at this moment would
// leave them (the note naming a process that has ended).
QString leaveAsCrashed(const Document &document, const QString &name)
{
    const QString copy = QDir(Document::workingCopyFolder()).filePath(name);
    QFile::remove(copy);
    REQUIRE(QFile::copy(document.workingCopyPath(), copy));
    QFile note(document.workingCopyPath() + QStringLiteral(".json"));
    REQUIRE(note.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(note.readAll()).object();
    json.insert(QStringLiteral("pid"), deadPid());
    test::writeAll(copy + QStringLiteral(".json"), QJsonDocument(json).toJson());
    return copy;
}

bool offered(const QString &workingCopy)
{
    const QList<RecoverableCopy> copies = Document::recoverableCopies();
    return std::any_of(copies.cbegin(), copies.cend(), [&](const RecoverableCopy &copy) {
        return copy.workingCopyPath == workingCopy;
    });
}

} // namespace

TEST_CASE("only working copies changed since open or save are offered for recovery",
          "[store][recovery]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("unchanged.consulta"));
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    Document &document = *opened.value();
    document.setRecoverable(true);

    // Killed right after opening: nothing to recover, removed without a word.
    const QString untouched = leaveAsCrashed(document, QStringLiteral("untouched.consulta-work"));
    CHECK_FALSE(offered(untouched));
    CHECK_FALSE(QFileInfo::exists(untouched));
    CHECK_FALSE(QFileInfo::exists(untouched + QStringLiteral(".json")));

    // Killed after an edit: offered.
    Participant p;
    p.givenName = QStringLiteral("Tevita");
    REQUIRE(document.store().addParticipant(p).ok());
    const QString edited = leaveAsCrashed(document, QStringLiteral("edited.consulta-work"));
    CHECK(offered(edited));

    // Killed after saving that edit: nothing unsaved again.
    REQUIRE(document.save().ok());
    const QString saved = leaveAsCrashed(document, QStringLiteral("saved.consulta-work"));
    CHECK_FALSE(offered(saved));
    CHECK_FALSE(QFileInfo::exists(saved));

    // A recovered copy holds work never saved: killed again before any edit, it is
    // still offered.
    const QList<RecoverableCopy> copies = Document::recoverableCopies();
    auto found = std::find_if(copies.cbegin(), copies.cend(), [&](const RecoverableCopy &copy) {
        return copy.workingCopyPath == edited;
    });
    REQUIRE(found != copies.cend());
    opened = Error{}; // the first window is gone; its lock with it
    Result<std::unique_ptr<Document>> recovered = Document::recover(*found);
    REQUIRE(recovered.ok());
    const QString again = leaveAsCrashed(*recovered.value(), QStringLiteral("again.consulta-work"));
    CHECK(offered(again));
    Document::discard({again, path, QString(), QDateTime()});
}

TEST_CASE("a new untitled document nobody touched is not offered", "[store][recovery]")
{
    Result<std::unique_ptr<Document>> created = Document::createNew(defaultConsultation(4));
    REQUIRE(created.ok());
    created.value()->setRecoverable(true);
    const QString copy = leaveAsCrashed(*created.value(), QStringLiteral("new.consulta-work"));
    CHECK_FALSE(offered(copy));
}

TEST_CASE("a document kept for recovery leaves its copy and releases its lock", "[store][recovery]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("terminated.consulta"));
    const QByteArray before = test::readAll(path);
    QString workingCopy;
    {
        Result<std::unique_ptr<Document>> opened = Document::open(path);
        REQUIRE(opened.ok());
        opened.value()->setRecoverable(true);
        Participant p;
        p.givenName = QStringLiteral("Unsaved at SIGTERM");
        REQUIRE(opened.value()->store().addParticipant(p).ok());
        workingCopy = opened.value()->workingCopyPath();
        opened.value()->keepForRecovery();
    }
    CHECK_FALSE(QFileInfo::exists(DocumentLock::lockPathFor(path)));
    CHECK(test::readAll(path) == before);
    REQUIRE(QFileInfo::exists(workingCopy));
    // The note names this (still running) process: a later start, in another process,
    // offers it. Pretend to be that start.
    const QString note = workingCopy + QStringLiteral(".json");
    QFile file(note);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    CHECK(json.value(QStringLiteral("recoverable")).toBool());
    json.insert(QStringLiteral("pid"), deadPid());
    test::writeAll(note, QJsonDocument(json).toJson());
    CHECK(offered(workingCopy));
    Document::discard({workingCopy, path, QString(), QDateTime()});
    CHECK_FALSE(QFileInfo::exists(workingCopy));
}

TEST_CASE("reopen loads the file as it is on disk and hands the lock over", "[store]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("reopen.consulta"));
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    Participant p;
    p.givenName = QStringLiteral("Mine");
    REQUIRE(opened.value()->store().addParticipant(p).ok());
    // Somebody else's version replaces the file.
    const QString theirs = savedDocument(dir, QStringLiteral("theirs.consulta"));
    {
        Result<std::unique_ptr<Document>> other = Document::open(theirs);
        REQUIRE(other.ok());
        Consultation details = other.value()->store().consultation();
        details.title = QStringLiteral("Theirs");
        REQUIRE(other.value()->store().setConsultation(details).ok());
        REQUIRE(other.value()->save().ok());
    }
    REQUIRE(std::rename(QFile::encodeName(theirs).constData(),
                        QFile::encodeName(path).constData()) == 0);
    CHECK(opened.value()->save().errorKind() == ErrorKind::ChangedOnDisk);

    Result<std::unique_ptr<Document>> fresh = opened.value()->reopen();
    REQUIRE(fresh.ok());
    CHECK(fresh.value()->store().consultation().title == QStringLiteral("Theirs"));
    CHECK(fresh.value()->store().participantCount() == 0);
    CHECK_FALSE(fresh.value()->isReadOnly());
    opened = Error{}; // the old document goes; the lock stays with the new one
    CHECK(QFileInfo::exists(DocumentLock::lockPathFor(path)));
    CHECK(Document::open(path).errorKind() == ErrorKind::Locked);
    CHECK(fresh.value()->save().ok());
}

TEST_CASE("reopen of a file that became unreadable keeps the document and its lock", "[store]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("gone-bad.consulta"));
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE(opened.ok());
    test::writeAll(path, "not a consultation any more");
    Result<std::unique_ptr<Document>> fresh = opened.value()->reopen();
    REQUIRE_FALSE(fresh.ok());
    CHECK(fresh.errorMessage().contains(QStringLiteral("gone-bad.consulta")));
    CHECK(Document::open(path).errorKind() == ErrorKind::Locked);
}

TEST_CASE("a leftover journal from a crash mid-transaction is reported, both files untouched",
          "[store][damaged]")
{
    // tests/data/bad/leftover-journal.consulta and its -journal: what SQLite leaves when a
    // process dies in the middle of a transaction that had already written pages.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leftover-journal.consulta"));
    const QString journal = path + QStringLiteral("-journal");
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("bad/leftover-journal.consulta")), path));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("bad/leftover-journal.consulta-journal")),
                        journal));
    const QByteArray file = test::readAll(path);
    const QByteArray hot = test::readAll(journal);
    REQUIRE(hot.size() > 512);
    Result<std::unique_ptr<Document>> opened = Document::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains(QStringLiteral("leftover-journal.consulta")));
    CHECK(opened.errorMessage().contains(QStringLiteral("journal")));
    CHECK(opened.errorMessage().contains(QStringLiteral("interrupted")));
    CHECK_FALSE(opened.errorMessage().contains(QLatin1Char('\n')));
    CHECK(test::readAll(path) == file);
    CHECK(test::readAll(journal) == hot);
    CHECK_FALSE(QFileInfo::exists(DocumentLock::lockPathFor(path)));
    // Read-only too.
    Result<std::unique_ptr<Document>> viewer = Document::open(path, {true});
    CHECK_FALSE(viewer.ok());
    CHECK(test::readAll(path) == file);
    CHECK(test::readAll(journal) == hot);
}

TEST_CASE("saving through a symbolic link changes the file it points to and keeps the link",
          "[store]")
{
    QTemporaryDir dir;
    const QString real = savedDocument(dir, QStringLiteral("real.consulta"));
    const QString link = dir.filePath(QStringLiteral("link.consulta"));
    REQUIRE(QFile::link(QStringLiteral("real.consulta"), link)); // relative, as `ln -s` makes
    {
        Result<std::unique_ptr<Document>> opened = Document::open(link);
        REQUIRE(opened.ok());
        Consultation c = opened.value()->store().consultation();
        c.title = QStringLiteral("Changed through the link");
        REQUIRE(opened.value()->store().setConsultation(c).ok());
        REQUIRE(opened.value()->save().ok());
    }
    CHECK(QFileInfo(link).isSymLink());
    CHECK(QFileInfo(link).symLinkTarget() == QFileInfo(real).absoluteFilePath());
    Result<std::unique_ptr<Document>> reopened = Document::open(real, {true});
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->store().consultation().title ==
          QStringLiteral("Changed through the link"));
    CHECK(QDir(dir.path())
              .entryList({QStringLiteral("*.consulta-tmp")}, QDir::Files | QDir::Hidden)
              .isEmpty());
}
