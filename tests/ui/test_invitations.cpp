// Send Invitations… on the real window, offscreen: three selected people, the dialog
// filled in through the Prompts seam, one .eml each in a folder, the people invited,
// and one Undo that takes the whole step back.
#include "ScriptedPrompts.h"
#include "TestSupport.h"
#include "UiFixture.h"

#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "InvitationDialog.h"
#include "MainWindow.h"
#include "ParticipantsPage.h"
#include "invite/MessageTemplate.h"
#include "store/ConsultationStore.h"
#include "store/TemplateStore.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>

using namespace consulta;
using consulta::test::ScriptedPrompts;
using consulta::test::UiFixture;

namespace {

Status statusOf(DocumentSession &session, qint64 id)
{
    const std::optional<Participant> p = session.store().participant(id);
    REQUIRE(p.has_value());
    return p->status;
}

} // namespace

TEST_CASE("Send invitations to three selected people, then undo them in one step",
          "[ui][invitations]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    DocumentSession &session = *window.documentController()->session();

    QList<qint64> ids;
    for (const Participant &p : session.store().participants()) {
        if (p.status == Status::Identified && !p.email.isEmpty() && ids.size() < 3)
            ids.append(p.id);
    }
    REQUIRE(ids.size() == 3);
    window.documentWidget()->participantsPage()->selectIds(ids);

    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString folder = out.filePath(QStringLiteral("messages"));
    prompts.folderPath = folder;
    const Mailbox senderBefore = TemplateStore(session.store().database()).sender();

    QStringList problems;
    QString preview;
    int recipients = 0;
    prompts.onDialog = [&](QDialog &dialog) {
        auto *invitations = qobject_cast<InvitationDialog *>(&dialog);
        REQUIRE(invitations != nullptr);
        recipients = int(invitations->recipients().size());
        dialog.findChild<QLineEdit *>(QStringLiteral("sender"))
            ->setText(QStringLiteral("IMRF Secretariat <imrf@example.org>"));
        dialog.findChild<QLineEdit *>(QStringLiteral("subject"))
            ->setText(QStringLiteral("Invitation for {name}: {title}"));
        dialog.findChild<QPushButton *>(QStringLiteral("chooseFolder"))->click();
        preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("preview"))->toPlainText();
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("problems"))->text();
        if (!text.isEmpty())
            problems.append(text);
        return problems.isEmpty() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };

    QUndoStack *stack = session.undoStack();
    const int steps = stack->count();
    auto *send = window.findChild<QAction *>(QStringLiteral("actionSendInvitations"));
    REQUIRE(send != nullptr);
    REQUIRE(send->isEnabled());
    send->trigger();

    CHECK(problems.isEmpty());
    CHECK(recipients == 3);
    const Participant first = *session.store().participant(ids.constFirst());
    CHECK(preview.contains(QStringLiteral("Invitation for ") + first.displayName()));
    CHECK(prompts.errors.isEmpty());
    CHECK(QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files).size() == 3);
    for (qint64 id : std::as_const(ids))
        CHECK(statusOf(session, id) == Status::Invited);
    CHECK(TemplateStore(session.store().database()).sender().address ==
          QStringLiteral("imrf@example.org"));
    CHECK(TemplateStore(session.store().database()).customTemplate(MessageKind::Invitation));
    CHECK(window.isWindowModified());
    REQUIRE(stack->count() == steps + 1);

    stack->undo();
    for (qint64 id : std::as_const(ids))
        CHECK(statusOf(session, id) == Status::Identified);
    CHECK(TemplateStore(session.store().database()).sender() == senderBefore);
    CHECK_FALSE(TemplateStore(session.store().database()).customTemplate(MessageKind::Invitation));

    stack->redo();
    for (qint64 id : std::as_const(ids))
        CHECK(statusOf(session, id) == Status::Invited);
    // Back to the saved state, so the window closes without unsaved work.
    stack->undo();
    CHECK_FALSE(window.isWindowModified());
}

namespace {

// Ids of people with a status and an e-mail address, in id order, at most count.
QList<qint64> reachable(DocumentSession &session, Status status, int count)
{
    QList<qint64> ids;
    for (const Participant &p : session.store().participants()) {
        if (p.status == status && !p.email.isEmpty() && ids.size() < count)
            ids.append(p.id);
    }
    return ids;
}

QStringList emlFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files);
}

// Fills in the sender, picks the prompts' folder and writes the messages.
std::function<int(QDialog &)> acceptWithSender(bool handToMailClient = false)
{
    return [handToMailClient](QDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("sender"))
            ->setText(QStringLiteral("IMRF Secretariat <imrf@example.org>"));
        dialog.findChild<QPushButton *>(QStringLiteral("chooseFolder"))->click();
        dialog.findChild<QCheckBox *>(QStringLiteral("handToMailClient"))
            ->setChecked(handToMailClient);
        return int(QDialog::Accepted);
    };
}

} // namespace

TEST_CASE("Reminders go to the invited who have not registered, with the reminder text",
          "[ui][invitations]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    DocumentSession &session = *window.documentController()->session();
    // Counted here, independently of the dialog: invited people with an address.
    int waiting = 0;
    for (const Participant &p : session.store().participants()) {
        if (p.status == Status::Invited && !p.email.isEmpty())
            ++waiting;
    }
    REQUIRE(waiting > 0);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    prompts.folderPath = out.path();
    auto *remind = window.findChild<QAction *>(QStringLiteral("actionSendReminders"));

    SECTION("after the deadline the dialog says why and will not write")
    {
        // The sample's deadline (October 2020) has passed.
        QString problems;
        bool canWrite = true;
        prompts.onDialog = [&](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("sender"))
                ->setText(QStringLiteral("IMRF Secretariat <imrf@example.org>"));
            dialog.findChild<QPushButton *>(QStringLiteral("chooseFolder"))->click();
            problems = dialog.findChild<QLabel *>(QStringLiteral("problems"))->text();
            canWrite =
                dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            return int(QDialog::Rejected);
        };
        remind->trigger();
        CHECK(problems.contains(QStringLiteral("Registration has closed")));
        CHECK_FALSE(canWrite);
        CHECK(emlFiles(out.path()).isEmpty());
    }
    SECTION("before the deadline every one of them gets a reminder")
    {
        Consultation consultation = session.consultation();
        consultation.registrationDeadline = QDateTime::currentDateTimeUtc().addDays(20);
        consultation.startsAt = QDateTime::currentDateTimeUtc().addDays(30);
        consultation.endsAt = consultation.startsAt.addSecs(3 * 3600);
        REQUIRE(session.store().setConsultation(consultation).ok());
        session.notifyConsultation();

        int recipients = -1;
        QString subject;
        prompts.onDialog = [&](QDialog &dialog) {
            auto *reminders = qobject_cast<InvitationDialog *>(&dialog);
            REQUIRE(reminders != nullptr);
            CHECK(reminders->kind() == MessageKind::Reminder);
            recipients = int(reminders->recipients().size());
            subject = dialog.findChild<QLineEdit *>(QStringLiteral("subject"))->text();
            dialog.findChild<QLineEdit *>(QStringLiteral("sender"))
                ->setText(QStringLiteral("IMRF Secretariat <imrf@example.org>"));
            dialog.findChild<QPushButton *>(QStringLiteral("chooseFolder"))->click();
            return int(QDialog::Accepted);
        };
        QMap<qint64, Status> before;
        for (const Participant &p : session.store().participants())
            before.insert(p.id, p.status);

        remind->trigger();

        INFO(prompts.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(prompts.errors.isEmpty());
        CHECK(subject ==
              MessageTemplate::defaultFor(MessageKind::Reminder, session.consultation()).subject());
        CHECK(
            subject !=
            MessageTemplate::defaultFor(MessageKind::Invitation, session.consultation()).subject());
        CHECK(recipients == waiting);
        CHECK(emlFiles(out.path()).size() == waiting);
        // A reminder changes nobody's status.
        for (const Participant &p : session.store().participants())
            CHECK(before.value(p.id) == p.status);
    }
    session.undoStack()->clear();
}

TEST_CASE("Cancelling a run keeps what was written and invites only those people",
          "[ui][invitations]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    DocumentSession &session = *window.documentController()->session();
    const QList<qint64> ids = reachable(session, Status::Identified, 6);
    REQUIRE(ids.size() == 6);
    window.documentWidget()->participantsPage()->selectIds(ids);

    QTemporaryDir out;
    REQUIRE(out.isValid());
    prompts.folderPath = out.path();
    prompts.cancelAfter = 2; // the person presses Cancel after the second message
    prompts.onDialog = acceptWithSender();
    window.findChild<QAction *>(QStringLiteral("actionSendInvitations"))->trigger();

    CHECK(prompts.progressUpdates >= 2);
    CHECK(emlFiles(out.path()).size() == 2);
    int invited = 0;
    for (qint64 id : ids) {
        if (statusOf(session, id) == Status::Invited)
            ++invited;
    }
    CHECK(invited == 2);
    CHECK(statusOf(session, ids.at(0)) == Status::Invited);
    CHECK(statusOf(session, ids.at(5)) == Status::Identified);
    session.undoStack()->undo();
    for (qint64 id : ids)
        CHECK(statusOf(session, id) == Status::Identified);
}

TEST_CASE("Messages are handed to the mail client one by one", "[ui][invitations]")
{
    ScriptedPrompts prompts;
    UiFixture fixture;
    MainWindow window;
    REQUIRE(window.openFile(fixture.samplePath()));
    DocumentSession &session = *window.documentController()->session();
    const QList<qint64> ids = reachable(session, Status::Identified, 3);
    REQUIRE(ids.size() == 3);
    window.documentWidget()->participantsPage()->selectIds(ids);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    prompts.folderPath = out.path();
    prompts.onDialog = acceptWithSender(true);
    auto *send = window.findChild<QAction *>(QStringLiteral("actionSendInvitations"));

    SECTION("the person opens every one")
    {
        prompts.confirmAnswer = true;
        send->trigger();
        REQUIRE(prompts.opened.size() == 3);
        CHECK(prompts.confirmCount == 2); // asked before the second and the third
        for (const QUrl &url : std::as_const(prompts.opened)) {
            CHECK(url.isLocalFile());
            CHECK(url.toLocalFile().endsWith(QStringLiteral(".eml")));
            CHECK(QFileInfo::exists(url.toLocalFile()));
        }
    }
    SECTION("the person stops after the first")
    {
        prompts.confirmAnswer = false;
        send->trigger();
        CHECK(prompts.opened.size() == 1);
        CHECK(prompts.confirmCount == 1);
    }
    SECTION("no program takes them: the folder is named")
    {
        prompts.openAnswer = false;
        send->trigger();
        CHECK(prompts.opened.size() == 1);
        REQUIRE(prompts.errors.size() == 1);
        CHECK(prompts.errors.first().contains(QDir::toNativeSeparators(out.path())));
    }
    // Written and invited whatever happened in the mail client.
    CHECK(emlFiles(out.path()).size() == 3);
    for (qint64 id : ids)
        CHECK(statusOf(session, id) == Status::Invited);
    session.undoStack()->clear();
}
