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

TEST_CASE("a lock left by a crashed process is taken over", "[store][lock]")
{
    QTemporaryDir dir;
    const QString path = savedDocument(dir, QStringLiteral("stale.consulta"));
    // The lock file a QLockFile of a process that has ended would have left.
    const QByteArray stale = QByteArray::number(deadPid()) + '\n' +
                             QCoreApplication::applicationName().toUtf8() + '\n' +
                             QSysInfo::machineHostName().toUtf8() + '\n' +
                             QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n';
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
    test::writeAll(lock, QByteArray());
    QFile file(lock);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTime().addSecs(-5),
                             QFileDevice::FileModificationTime));
    file.close();
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
    const QByteArray stale = QByteArray::number(deadPid()) + '\n' +
                             QCoreApplication::applicationName().toUtf8() + '\n' +
                             QSysInfo::machineHostName().toUtf8() + '\n' +
                             QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n';
    test::writeAll(lock, stale);
    const QString rmlock = lock + QStringLiteral(".rmlock");
    test::writeAll(rmlock, QByteArray());
    QFile file(rmlock);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTime().addSecs(-5),
                             QFileDevice::FileModificationTime));
    file.close();
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
