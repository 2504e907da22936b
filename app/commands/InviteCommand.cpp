#include "CommandLine.h"
#include "commands/Commands.h"

#include "invite/InvitationRun.h"
#include "store/TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QMap>

namespace consulta::cli {

int runInvite(const QStringList &arguments)
{
    const QString command = QStringLiteral("invite");
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QStringLiteral("The folder the .eml files go to (created when missing; existing files "
                       "are never overwritten)."),
        QStringLiteral("DIR"));
    const QCommandLineOption stageOption(
        QStringLiteral("stage"),
        QStringLiteral("Who is invited: 'identified' (default; they become invited) or "
                       "'invited' (send the invitation again)."),
        QStringLiteral("S"));
    const QCommandLineOption reminderOption(
        QStringLiteral("reminder"),
        QStringLiteral("Remind the invited who have not registered, before the deadline."));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QStringLiteral("The sender, 'Name <address>'; kept in the document for next time."),
        QStringLiteral("SENDER"));
    parser.addOptions({outOption, stageOption, reminderOption, fromOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The consultation."));
    if (const int code = parseArguments(
            parser, command, arguments,
            QStringLiteral("Writes one e-mail message (.eml) with a calendar invitation (.ics) "
                           "per person, each with the times in the person's own time zone, "
                           "and marks the invited; the file is replaced whole or not at all."),
            1);
        code >= 0)
        return code;

    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return fail(command, QStringLiteral("--out DIR is required."), UsageError);
    const bool reminder = parser.isSet(reminderOption);
    Status stage = Status::Identified;
    if (parser.isSet(stageOption)) {
        if (reminder)
            return fail(command,
                        QStringLiteral("--reminder goes to the invited who have not registered; "
                                       "leave out --stage."),
                        UsageError);
        const QString value = parser.value(stageOption);
        if (value == QLatin1String("identified"))
            stage = Status::Identified;
        else if (value == QLatin1String("invited"))
            stage = Status::Invited;
        else
            return fail(command, QStringLiteral("--stage must be identified or invited."),
                        UsageError);
    }
    std::optional<Mailbox> from;
    if (parser.isSet(fromOption)) {
        from = Mailbox::parse(parser.value(fromOption));
        if (!from)
            return fail(command,
                        QStringLiteral("--from “%1” is not an e-mail address such as "
                                       "'Secretariat <gcm@example.org>'.")
                            .arg(parser.value(fromOption)),
                        UsageError);
    }

    const QString path = parser.positionalArguments().constFirst();
    std::unique_ptr<Document> document = openDocument(command, path);
    if (!document)
        return InputError;
    ConsultationStore &store = document->store();
    if (from) {
        if (Result<void> stored = TemplateStore(store.database()).setSender(*from); !stored)
            return fail(command, stored.errorMessage(), InputError);
    } else if (!TemplateStore(store.database()).sender().isValid()) {
        return fail(command,
                    QStringLiteral("the document names no sender; pass --from 'Name <address>'."),
                    UsageError);
    }

    const MessageKind kind = reminder ? MessageKind::Reminder : MessageKind::Invitation;
    InvitationRun run(store, kind);
    if (Result<void> ready = run.readiness(); !ready)
        return fail(command, ready.errorMessage(), InputError);
    const QString folder = parser.value(outOption);
    Result<InvitationOutcome> outcome = run.run(run.recipients(stage), folder);
    if (!outcome)
        return fail(command, outcome.errorMessage(), InputError);
    if (Result<void> saved = saveDocument(command, *document); !saved) {
        // The messages without the status change would be a half-done step: take them back.
        for (const WrittenMessage &written : std::as_const(outcome->written))
            QFile::remove(written.path);
        return fail(command, saved.errorMessage(), InputError);
    }

    const int count = int(outcome->written.size());
    const QString noun =
        reminder ? (count == 1 ? QStringLiteral("reminder") : QStringLiteral("reminders"))
                 : (count == 1 ? QStringLiteral("invitation") : QStringLiteral("invitations"));
    out() << "wrote " << count << ' ' << noun << " to " << QDir::toNativeSeparators(folder) << '\n';
    if (!reminder)
        out() << "marked " << outcome->markedInvited.size() << " invited\n";
    QMap<QString, int> reasons;
    for (const SkippedParticipant &skipped : std::as_const(outcome->skipped))
        ++reasons[skipped.reason];
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        out() << "skipped " << it.value() << ": " << it.key() << '\n';
    return Success;
}

} // namespace consulta::cli
