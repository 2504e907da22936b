// The real main window, offscreen, on a copy of the sample consultation: open, edit,
// change statuses in bulk, undo and redo, save, reopen; the unsaved-changes prompt
// through the Prompts seam.
#include "ScriptedPrompts.h"
#include "TestSupport.h"
#include "UiFixture.h"
#include "WindowAccess.h"

#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "MainWindow.h"
#include "ParticipantDialog.h"
#include "ParticipantFilterBar.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "RecentFiles.h"
#include "reference/ReferenceData.h"
#include "store/Document.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace consulta;
using consulta::test::action;
using consulta::test::ScriptedPrompts;
using consulta::test::session;
using consulta::test::UiFixture;

namespace {

ParticipantsPage *participants(MainWindow &window)
{
    REQUIRE(window.documentWidget() != nullptr);
    return window.documentWidget()->participantsPage();
}

// Ids of people with a status, in id order.
QList<qint64> idsWithStatus(MainWindow &window, Status status, int count)
{
    QList<qint64> ids;
    for (const Participant &p : session(window).store().participants()) {
        if (p.status == status && ids.size() < count)
            ids.append(p.id);
    }
    return ids;
}

} // namespace

TEST_CASE("The window opens a file and shows its name in the title", "[ui][window]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.documentWidget() == nullptr);
    REQUIRE(window.openFile(fixture.samplePath()));
    REQUIRE(window.documentWidget() != nullptr);
    CHECK(window.windowTitle().contains(QStringLiteral("fixture.consulta")));
    CHECK_FALSE(window.isWindowModified());
    CHECK(participants(window)->model()->rowCount() == session(window).store().participantCount());
    CHECK(window.recentFiles()->files().value(0) == fixture.samplePath());
    CHECK(prompts.errors.isEmpty());
}

TEST_CASE("Edit a participant, change statuses in bulk, undo, redo, save, reopen", "[ui][window]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    QList<qint64> invited;
    qint64 edited = 0;
    {
        MainWindow window;
        REQUIRE(window.openFile(fixture.samplePath()));
        ParticipantsPage *page = participants(window);
        QUndoStack *stack = session(window).undoStack();

        // Edit the first row's e-mail through the real dialog.
        edited = page->model()->idAt(0);
        page->selectIds({edited});
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        prompts.onDialog = [](QDialog &dialog) {
            auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("email"));
            REQUIRE(email != nullptr);
            email->setText(QStringLiteral("edited.person@example.org"));
            return int(QDialog::Accepted);
        };
        action(window, "actionEditParticipant")->trigger();
        CHECK(session(window).store().participant(edited)->email ==
              QStringLiteral("edited.person@example.org"));
        CHECK(window.isWindowModified());
        CHECK(stack->count() == 1);

        // Invite five identified people in one step.
        invited = idsWithStatus(window, Status::Identified, 5);
        REQUIRE(invited.size() == 5);
        page->selectIds(invited);
        REQUIRE(page->selectedIds() == invited);
        action(window, "actionInvite")->trigger();
        CHECK(stack->count() == 2);
        for (qint64 id : invited) {
            CHECK(session(window).store().participant(id)->status == Status::Invited);
            CHECK(session(window).store().statusHistory(id).constLast().to == Status::Invited);
        }

        // Undo and redo the bulk change, then the edit.
        action(window, "actionUndo")->trigger();
        for (qint64 id : invited) {
            CHECK(session(window).store().participant(id)->status == Status::Identified);
            CHECK(session(window).store().statusHistory(id).isEmpty());
        }
        action(window, "actionUndo")->trigger();
        CHECK(session(window).store().participant(edited)->email !=
              QStringLiteral("edited.person@example.org"));
        CHECK_FALSE(window.isWindowModified());
        action(window, "actionRedo")->trigger();
        action(window, "actionRedo")->trigger();
        CHECK(session(window).store().participant(invited.constFirst())->status == Status::Invited);
        CHECK(window.isWindowModified());

        action(window, "actionSave")->trigger();
        CHECK(prompts.errors.isEmpty());
        CHECK_FALSE(window.isWindowModified());
        CHECK(prompts.askToSaveCount == 0);
    }
    MainWindow reopened;
    REQUIRE(reopened.openFile(fixture.samplePath()));
    CHECK(session(reopened).store().participant(edited)->email ==
          QStringLiteral("edited.person@example.org"));
    for (qint64 id : invited) {
        CHECK(session(reopened).store().participant(id)->status == Status::Invited);
        CHECK(session(reopened).store().statusHistory(id).size() == 1);
    }
    CHECK(prompts.askToSaveCount == 0);
}

TEST_CASE("The unsaved-changes prompt appears when work could be lost", "[ui][window]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));

    // Nothing changed: closing asks nothing.
    action(window, "actionClose")->trigger();
    CHECK(prompts.askToSaveCount == 0);
    CHECK(window.documentWidget() == nullptr);

    REQUIRE(window.openFile(fixture.samplePath()));
    ParticipantsPage *page = participants(window);
    const qsizetype declinedBefore = idsWithStatus(window, Status::Declined, 100000).size();
    page->selectIds(idsWithStatus(window, Status::Identified, 2));
    action(window, "actionDecline")->trigger();
    REQUIRE(window.isWindowModified());

    SECTION("Cancel keeps the document open")
    {
        prompts.saveChoice = Prompts::SaveChoice::Cancel;
        action(window, "actionClose")->trigger();
        CHECK(prompts.askToSaveCount == 1);
        CHECK(window.documentWidget() != nullptr);
        CHECK_FALSE(window.close());
        CHECK(prompts.askToSaveCount == 2);
        prompts.roundtable = 2;
        action(window, "actionNew")->trigger();
        CHECK(prompts.askToSaveCount == 3);
        CHECK(window.documentController()->session()->document().filePath() ==
              QFileInfo(fixture.samplePath()).absoluteFilePath());
    }
    SECTION("Discard closes without saving")
    {
        prompts.saveChoice = Prompts::SaveChoice::Discard;
        action(window, "actionClose")->trigger();
        CHECK(prompts.askToSaveCount == 1);
        CHECK(window.documentWidget() == nullptr);
        REQUIRE(window.openFile(fixture.samplePath()));
        CHECK(idsWithStatus(window, Status::Declined, 100000).size() == declinedBefore);
        CHECK_FALSE(window.isWindowModified());
    }
    SECTION("Save writes the file, then closes")
    {
        prompts.saveChoice = Prompts::SaveChoice::Save;
        CHECK(window.close());
        CHECK(prompts.askToSaveCount == 1);
        CHECK_FALSE(window.isWindowModified());
        // Let go of the file (and its lock) before another window opens it.
        REQUIRE(window.documentController()->close());
        CHECK(prompts.askToSaveCount == 1);
        MainWindow again;
        INFO(prompts.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(again.openFile(fixture.samplePath()));
        CHECK(idsWithStatus(again, Status::Declined, 100000).size() == declinedBefore + 2);
    }
}

TEST_CASE("New asks for the roundtable; Save As names the file", "[ui][window]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    prompts.roundtable = 2;
    action(window, "actionNew")->trigger();
    REQUIRE(window.documentWidget() != nullptr);
    const Consultation consultation = session(window).consultation();
    CHECK(consultation.roundtable == 2);
    CHECK(consultation.objectives == ReferenceData::instance().roundtable(2)->objectives);
    CHECK(window.windowTitle().startsWith(QStringLiteral("Untitled")));

    prompts.savePath = fixture.path(QStringLiteral("new-one"));
    action(window, "actionSave")->trigger(); // untitled: Save goes to Save As
    CHECK(prompts.errors.isEmpty());
    CHECK(QFile::exists(fixture.path(QStringLiteral("new-one.consulta"))));
    CHECK(window.windowTitle().startsWith(QStringLiteral("new-one.consulta")));
}

TEST_CASE("A damaged file is refused with its name and the reason", "[ui][window]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    const QString broken = fixture.path(QStringLiteral("broken.consulta"));
    test::writeAll(broken, QByteArray("this is not a consultation"));
    MainWindow window;
    CHECK_FALSE(window.openFile(broken));
    REQUIRE(prompts.errors.size() == 1);
    CHECK(prompts.errors.constFirst().contains(QStringLiteral("broken.consulta")));
    CHECK(window.documentWidget() == nullptr);
}

TEST_CASE("Registering over the organization's limit offers the waitlist", "[ui][window]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    // Two not-yet-registered people of one organization.
    QHash<qint64, QList<qint64>> byOrganization;
    for (const Participant &p : session(window).store().participants()) {
        if (p.organizationId != 0 && !isInStage(p.status, Stage::Registered))
            byOrganization[p.organizationId].append(p.id);
    }
    QList<qint64> pair;
    for (const QList<qint64> &ids : std::as_const(byOrganization)) {
        if (ids.size() >= 2 && session(window).index().registeredIn(
                                   session(window).index().entry(ids.at(0))->organizationId) == 0) {
            pair = ids.mid(0, 2);
            break;
        }
    }
    REQUIRE(pair.size() == 2);
    ParticipantsPage *page = participants(window);
    page->selectIds(pair);
    prompts.warningChoice = Prompts::WarningChoice::Waitlist;
    action(window, "actionRegister")->trigger();
    CHECK(prompts.warningCount == 1);
    CHECK(prompts.lastWarnings.join(QLatin1Char(' ')).contains(QStringLiteral("limit")));
    for (qint64 id : pair)
        CHECK(session(window).store().participant(id)->status == Status::Waitlisted);

    prompts.warningChoice = Prompts::WarningChoice::Proceed;
    page->selectIds(pair);
    action(window, "actionRegister")->trigger();
    for (qint64 id : pair) {
        CHECK(session(window).store().participant(id)->status == Status::Registered);
        CHECK_FALSE(page->model()->problems(id).isEmpty()); // flagged at a glance
    }
}

TEST_CASE("Delete asks first and undo brings the people back with their history", "[ui][window]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    ParticipantsPage *page = participants(window);
    const int before = session(window).store().participantCount();
    const QList<qint64> ids = idsWithStatus(window, Status::Registered, 3);
    REQUIRE(ids.size() == 3);
    const Participant first = *session(window).store().participant(ids.at(0));
    const QList<StatusChange> history = session(window).store().statusHistory(ids.at(0));

    prompts.confirmAnswer = false;
    page->selectIds(ids);
    action(window, "actionDeleteParticipants")->trigger();
    CHECK(prompts.confirmCount == 1);
    CHECK(session(window).store().participantCount() == before);

    prompts.confirmAnswer = true;
    action(window, "actionDeleteParticipants")->trigger();
    CHECK(session(window).store().participantCount() == before - 3);
    CHECK(page->model()->rowCount() == before - 3);

    action(window, "actionUndo")->trigger();
    CHECK(session(window).store().participantCount() == before);
    CHECK(*session(window).store().participant(ids.at(0)) == first);
    CHECK(session(window).store().statusHistory(ids.at(0)) == history);
}

TEST_CASE("Add a participant with a new organization in one undo step", "[ui][window]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const int people = session(window).store().participantCount();
    const int organizations = int(session(window).store().organizations().size());
    prompts.onDialog = [](QDialog &dialog) {
        if (auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("organizationName"))) {
            name->setText(QStringLiteral("Mekong Migrant Network"));
            auto *category = dialog.findChild<QComboBox *>(QStringLiteral("organizationCategory"));
            category->setCurrentIndex(category->findData(QStringLiteral("civil_society")));
            return int(QDialog::Accepted);
        }
        dialog.findChild<QLineEdit *>(QStringLiteral("givenName"))
            ->setText(QStringLiteral("สมชาย"));
        dialog.findChild<QLineEdit *>(QStringLiteral("familyName"))
            ->setText(QStringLiteral("ทองประเสริฐ"));
        dialog.findChild<QLineEdit *>(QStringLiteral("email"))
            ->setText(QStringLiteral("not an address"));
        auto *country = dialog.findChild<QComboBox *>(QStringLiteral("country"));
        country->setEditText(QStringLiteral("thailand"));
        // The dialog refuses the e-mail address until it is one.
        const QStringList problems = static_cast<ParticipantDialog &>(dialog).problems();
        REQUIRE(problems.size() == 1);
        dialog.findChild<QLineEdit *>(QStringLiteral("email"))
            ->setText(QStringLiteral("somchai@example.org"));
        REQUIRE(static_cast<ParticipantDialog &>(dialog).problems().isEmpty());
        // Make the organization through the dialog's own button.
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog] {
                const auto buttons = dialog.findChildren<QPushButton *>();
                for (QPushButton *button : buttons) {
                    if (button->accessibleName() == QStringLiteral("New organization"))
                        button->click();
                }
            },
            Qt::DirectConnection);
        return int(QDialog::Accepted);
    };
    action(window, "actionAddParticipant")->trigger();
    CHECK(session(window).store().participantCount() == people + 1);
    CHECK(session(window).store().organizations().size() == organizations + 1);
    CHECK(session(window).undoStack()->count() == 1);
    const qint64 id = participants(window)->selectedIds().value(0);
    const Participant added = *session(window).store().participant(id);
    CHECK(added.givenName == QStringLiteral("สมชาย"));
    CHECK(added.country == QStringLiteral("TH"));
    CHECK(session(window).store().organization(added.organizationId)->category ==
          QStringLiteral("civil_society"));

    // The Thai name is found by typing part of it.
    ParticipantTableModel *model = participants(window)->model();
    ParticipantFilter filter;
    filter.text = QStringLiteral("ทองประเสริฐ");
    model->setFilter(filter);
    CHECK(model->rowCount() == 1);

    action(window, "actionUndo")->trigger();
    CHECK(session(window).store().participantCount() == people);
    CHECK(session(window).store().organizations().size() == organizations);
}

TEST_CASE("A file open elsewhere opens read-only on request, and Save offers Save As",
          "[ui][window][lock]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    // Another editor (another window or process) holds the document.
    Result<std::unique_ptr<Document>> elsewhere = Document::open(fixture.samplePath());
    REQUIRE(elsewhere.ok());

    MainWindow window;
    prompts.confirmAnswer = false;
    CHECK_FALSE(window.openFile(fixture.samplePath()));
    CHECK(prompts.confirmCount == 1);
    CHECK(window.documentWidget() == nullptr);

    prompts.confirmAnswer = true;
    REQUIRE(window.openFile(fixture.samplePath()));
    CHECK(session(window).document().isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));

    const QByteArray before = test::readAll(fixture.samplePath());
    const QList<qint64> ids = idsWithStatus(window, Status::Identified, 1);
    REQUIRE(ids.size() == 1);
    participants(window)->selectIds(ids);
    action(window, "actionInvite")->trigger();
    CHECK(window.isWindowModified());
    prompts.savePath = fixture.path(QStringLiteral("my-copy.consulta"));
    action(window, "actionSave")->trigger();
    CHECK(test::readAll(fixture.samplePath()) == before);
    CHECK(QFileInfo::exists(prompts.savePath));
    CHECK_FALSE(session(window).document().isReadOnly());
    CHECK_FALSE(window.isWindowModified());
}

TEST_CASE("Work of a window that died is offered for recovery at start-up",
          "[ui][window][recovery]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    QString crashCopy;
    {
        // A window edits the sample and dies before saving: its working copy and note
        // stay behind, the note naming a process that no longer runs.
        Result<std::unique_ptr<Document>> opened = Document::open(fixture.samplePath());
        REQUIRE(opened.ok());
        Document &document = *opened.value();
        document.setRecoverable(true);
        Consultation c = document.store().consultation();
        c.title = QStringLiteral("Recovered after a crash");
        REQUIRE(document.store().setConsultation(c).ok());
        crashCopy =
            QDir(Document::workingCopyFolder()).filePath(QStringLiteral("ui-crash.consulta-work"));
        QFile::remove(crashCopy);
        REQUIRE(QFile::copy(document.workingCopyPath(), crashCopy));
        QByteArray note = test::readAll(document.workingCopyPath() + QStringLiteral(".json"));
        note.replace(QByteArray::number(QCoreApplication::applicationPid()), "999999999");
        test::writeAll(crashCopy + QStringLiteral(".json"), note);
    }

    MainWindow window;
    prompts.recoveryChoice = Prompts::RecoveryChoice::Later;
    CHECK_FALSE(window.offerRecovery());
    CHECK(prompts.recoveryCount >= 1);
    CHECK(QFileInfo::exists(crashCopy));

    prompts.recoveryChoice = Prompts::RecoveryChoice::Recover;
    REQUIRE(window.offerRecovery());
    CHECK(session(window).consultation().title == QStringLiteral("Recovered after a crash"));
    CHECK(window.isWindowModified());
    CHECK(session(window).document().filePath() ==
          QFileInfo(fixture.samplePath()).absoluteFilePath());
    action(window, "actionSave")->trigger();
    CHECK_FALSE(window.isWindowModified());
    Result<std::unique_ptr<Document>> reopened =
        Document::open(fixture.samplePath(), Document::OpenOptions{true});
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->store().consultation().title ==
          QStringLiteral("Recovered after a crash"));
}

TEST_CASE("A bulk status change moves nobody backwards", "[ui][window]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    const QList<qint64> attended = idsWithStatus(window, Status::Attended, 1);
    const QList<qint64> waitlisted = idsWithStatus(window, Status::Waitlisted, 1);
    const QList<qint64> invited = idsWithStatus(window, Status::Invited, 1);
    REQUIRE(attended.size() == 1);
    REQUIRE(waitlisted.size() == 1);
    REQUIRE(invited.size() == 1);
    ParticipantsPage *page = participants(window);
    QString note;
    QObject::connect(page, &ParticipantsPage::statusMessage,
                     [&note](const QString &text) { note = text; });
    ConsultationStore &store = session(window).store();

    page->selectIds(attended + invited);
    action(window, "actionRegister")->trigger();
    CHECK(store.participant(attended.at(0))->status == Status::Attended);
    CHECK(store.participant(invited.at(0))->status == Status::Registered);
    CHECK(note.contains(QStringLiteral("1 person further along")));

    note.clear();
    page->selectIds(waitlisted);
    action(window, "actionInvite")->trigger();
    CHECK(store.participant(waitlisted.at(0))->status == Status::Waitlisted);
    CHECK_FALSE(note.isEmpty());

    // Declining, and re-inviting the declined, are not "backwards".
    page->selectIds(waitlisted);
    action(window, "actionDecline")->trigger();
    CHECK(store.participant(waitlisted.at(0))->status == Status::Declined);
    page->selectIds(waitlisted);
    action(window, "actionInvite")->trigger();
    CHECK(store.participant(waitlisted.at(0))->status == Status::Invited);
    session(window).undoStack()->clear();
}
