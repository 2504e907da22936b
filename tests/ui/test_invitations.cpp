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
#include "store/ConsultationStore.h"
#include "store/TemplateStore.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

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
