// The window's side of keeping work safe: a file changed on disk offers Save As or
// Reopen, a window that died without edits is not offered for recovery, the upgrade of
// an older file says where the original went, and "Forwarded by" is picked from the
// participants, undoably.
#include "ScriptedPrompts.h"
#include "TestSupport.h"
#include "UiFixture.h"

#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "MainWindow.h"
#include "ParticipantDetails.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "commands/EditConsultationCommand.h"
#include "commands/RemoveParticipantsCommand.h"
#include "model/ConsultationDefaults.h"
#include "store/Document.h"
#include "store/DocumentFile.h"
#include "store/Schema.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

using namespace consulta;
using consulta::test::ScriptedPrompts;
using consulta::test::UiFixture;

namespace {

DocumentSession &session(MainWindow &window)
{
    REQUIRE(window.documentController()->session() != nullptr);
    return *window.documentController()->session();
}

// Changes the title through the undo stack, as the consultation page does.
void retitle(DocumentSession &session, const QString &title)
{
    Consultation after = session.consultation();
    after.title = title;
    session.undoStack()->push(new EditConsultationCommand(session, session.consultation(), after,
                                                          QStringLiteral("title")));
    REQUIRE(session.consultation().title == title);
}

// Somebody else's version of the file replaces it on disk while the window has it open.
void replaceOnDisk(const UiFixture &fixture, const QString &path, const QString &title)
{
    const QString other = fixture.path(QStringLiteral("theirs.consulta"));
    {
        Result<std::unique_ptr<Document>> theirs = Document::createNew(defaultConsultation(3));
        REQUIRE(theirs.ok());
        Consultation details = theirs.value()->store().consultation();
        details.title = title;
        REQUIRE(theirs.value()->store().setConsultation(details).ok());
        REQUIRE(theirs.value()->saveAs(other).ok());
    }
    REQUIRE(std::rename(QFile::encodeName(other).constData(),
                        QFile::encodeName(path).constData()) == 0);
}

qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    REQUIRE(process.waitForFinished());
    return process.processId() ? process.processId() : 999999;
}

// What a window killed at this moment leaves: its working copy and a note naming a
// process that no longer runs.
QString leaveAsCrashed(Document &document, const QString &name)
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

} // namespace

TEST_CASE("Save of a file changed on disk offers Save As, Reopen or Cancel", "[ui][safety]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    const QString path = fixture.samplePath();
    REQUIRE(window.openFile(path));
    retitle(session(window), QStringLiteral("My unsaved title"));
    replaceOnDisk(fixture, path, QStringLiteral("Their title"));
    const QByteArray theirs = test::readAll(path);

    // Cancel: nothing written, my work still here.
    prompts.changedFileChoice = Prompts::ChangedFileChoice::Cancel;
    CHECK_FALSE(window.documentController()->save());
    CHECK(prompts.changedFileCount == 1);
    CHECK(test::readAll(path) == theirs);
    CHECK(session(window).isModified());

    // Reopen, then think better of it at the confirmation: still nothing lost.
    prompts.changedFileChoice = Prompts::ChangedFileChoice::Reopen;
    prompts.confirmAnswer = false;
    CHECK_FALSE(window.documentController()->save());
    CHECK(prompts.changedFileCount == 2);
    CHECK(session(window).consultation().title == QStringLiteral("My unsaved title"));
    CHECK(session(window).isModified());

    // Reopen confirmed: their version is loaded, my changes are gone, the file untouched.
    prompts.confirmAnswer = true;
    const QString oldWorkingCopy = session(window).document().workingCopyPath();
    CHECK_FALSE(window.documentController()->save());
    CHECK(session(window).consultation().title == QStringLiteral("Their title"));
    CHECK_FALSE(session(window).isModified());
    CHECK_FALSE(session(window).document().isReadOnly());
    CHECK(test::readAll(path) == theirs);
    CHECK_FALSE(QFileInfo::exists(oldWorkingCopy));
    CHECK(prompts.errors.isEmpty());

    // The reopened document saves normally, the changed-on-disk guard reset.
    retitle(session(window), QStringLiteral("Mine again"));
    CHECK(window.documentController()->save());
    CHECK(prompts.changedFileCount == 3);
    Result<std::unique_ptr<Document>> check = Document::open(path, {true});
    REQUIRE(check.ok());
    CHECK(check.value()->store().consultation().title == QStringLiteral("Mine again"));
}

TEST_CASE("Save As from the changed-on-disk question keeps my work elsewhere", "[ui][safety]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    const QString path = fixture.samplePath();
    REQUIRE(window.openFile(path));
    retitle(session(window), QStringLiteral("Kept elsewhere"));
    replaceOnDisk(fixture, path, QStringLiteral("Their title"));
    const QByteArray theirs = test::readAll(path);
    prompts.changedFileChoice = Prompts::ChangedFileChoice::SaveAs;
    prompts.savePath = fixture.path(QStringLiteral("mine.consulta"));
    CHECK(window.documentController()->save());
    CHECK(test::readAll(path) == theirs);
    CHECK(session(window).document().filePath() == prompts.savePath);
    CHECK_FALSE(session(window).isModified());
}

TEST_CASE("A window that died without edits is not offered for recovery", "[ui][safety][recovery]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    QString untouched;
    QString edited;
    {
        MainWindow window;
        REQUIRE(window.openFile(fixture.samplePath()));
        untouched = leaveAsCrashed(session(window).document(),
                                   QStringLiteral("ui-untouched.consulta-work"));
        retitle(session(window), QStringLiteral("Edited before the crash"));
        edited =
            leaveAsCrashed(session(window).document(), QStringLiteral("ui-edited.consulta-work"));
        session(window).undoStack()->setClean(); // close without the save prompt
    }
    MainWindow next;
    prompts.recoveryChoice = Prompts::RecoveryChoice::Later;
    CHECK_FALSE(next.offerRecovery());
    // Only the copy with an edit is offered; the untouched one is gone without a word.
    // (Other tests' leftovers may be offered too: count the ones of this file.)
    const QString file =
        QDir::toNativeSeparators(QFileInfo(fixture.samplePath()).absoluteFilePath());
    CHECK(prompts.recoveryDescriptions.filter(file).size() == 1);
    CHECK_FALSE(QFileInfo::exists(untouched));
    CHECK_FALSE(QFileInfo::exists(untouched + QStringLiteral(".json")));
    REQUIRE(QFileInfo::exists(edited));
    prompts.recoveryChoice = Prompts::RecoveryChoice::Discard;
    CHECK_FALSE(next.offerRecovery());
    CHECK_FALSE(QFileInfo::exists(edited));
}

TEST_CASE("Saving an older file tells where its original was kept", "[ui][safety][migration]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    const QString path = fixture.path(QStringLiteral("old.consulta"));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("migration/v1-sample.consulta")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    MainWindow window;
    REQUIRE(window.openFile(path));
    CHECK_FALSE(session(window).isModified());
    retitle(session(window), QStringLiteral("Now in format 2"));
    REQUIRE(window.documentController()->save());
    REQUIRE(prompts.informations.size() == 1);
    CHECK(prompts.informations.constFirst().contains(
        QStringLiteral("old (format 1 backup).consulta")));
    CHECK(documentfile::formatVersion(path) == schema::kSchemaVersion);
    CHECK(documentfile::formatVersion(
              fixture.path(QStringLiteral("old (format 1 backup).consulta"))) == 1);
}

TEST_CASE("Forwarded by is picked from the participants, shown, and undoable", "[ui][forwarded]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    DocumentSession &doc = session(window);
    const QList<Participant> people = doc.store().participants();
    REQUIRE(people.size() > 3);
    const Participant forwarder = people.at(0);
    const Participant person = people.at(1);
    const Participant before = person;

    ParticipantsPage *page = window.documentWidget()->participantsPage();
    // The person is the table's current row: the details pane follows it.
    auto *table = page->findChild<QTableView *>();
    REQUIRE(table != nullptr);
    table->setCurrentIndex(page->model()->index(page->model()->rowOf(person.id), 0));
    page->selectIds({person.id});
    bool ownNameOffered = true;
    prompts.onDialog = [&](QDialog &dialog) {
        auto *origin = dialog.findChild<QComboBox *>();
        const auto combos = dialog.findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (combo->accessibleName() == QStringLiteral("How the person came in"))
                origin = combo;
        }
        origin->setCurrentIndex(origin->findData(QStringLiteral("forwarded")));
        auto *by = dialog.findChild<QComboBox *>(QStringLiteral("forwardedBy"));
        REQUIRE(by != nullptr);
        REQUIRE(by->isEnabled());
        ownNameOffered = by->findData(person.id) >= 0;
        const int item = by->findData(forwarder.id);
        REQUIRE(item > 0);
        // Typing the label as the completer would fill it in.
        by->setEditText(by->itemText(item));
        return int(QDialog::Accepted);
    };
    REQUIRE(page->editParticipant());
    CHECK_FALSE(ownNameOffered);
    Participant after = *doc.store().participant(person.id);
    CHECK(after.origin == Origin::Forwarded);
    CHECK(after.forwardedById == forwarder.id);
    CHECK(after.forwardedBy.isEmpty());
    CHECK(doc.store().forwarderOf(person.id) == forwarder.id);

    auto *details = window.findChild<ParticipantDetails *>();
    REQUIRE(details != nullptr);
    details->showParticipant(person.id);
    const QString shown = details->findChild<QTextBrowser *>()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Forwarded by ") + forwarder.displayName()));

    // Deleting the forwarder clears the reference; undo puts both back.
    doc.undoStack()->push(new RemoveParticipantsCommand(doc, {forwarder.id}));
    CHECK(doc.store().participant(person.id)->forwardedById == 0);
    CHECK(
        details->findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("Forwarded")));
    CHECK_FALSE(
        details->findChild<QTextBrowser *>()->toPlainText().contains(forwarder.displayName()));
    doc.undoStack()->undo();
    CHECK(doc.store().participant(person.id)->forwardedById == forwarder.id);

    // Undo of the edit restores how the person came in.
    doc.undoStack()->undo();
    CHECK(*doc.store().participant(person.id) == before);
    doc.undoStack()->redo();
    CHECK(doc.store().participant(person.id)->forwardedById == forwarder.id);

    // A name typed that is not on the list is kept as text.
    prompts.onDialog = [&](QDialog &dialog) {
        auto *by = dialog.findChild<QComboBox *>(QStringLiteral("forwardedBy"));
        CHECK(by->currentText() == by->itemText(by->findData(forwarder.id)));
        by->setEditText(QStringLiteral("Migrant Forum in Asia"));
        return int(QDialog::Accepted);
    };
    page->selectIds({person.id});
    REQUIRE(page->editParticipant());
    after = *doc.store().participant(person.id);
    CHECK(after.forwardedById == 0);
    CHECK(after.forwardedBy == QStringLiteral("Migrant Forum in Asia"));
}
