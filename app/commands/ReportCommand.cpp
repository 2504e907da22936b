#include "CommandLine.h"
#include "commands/Commands.h"

#include "ReportRenderer.h"
#include "report/BalanceReport.h"
#include "report/ParticipantsReport.h"

#include <QFileInfo>

namespace consulta::cli {

namespace {

// SOURCE_DATE_EPOCH (reproducible builds) fixes the "Prepared" time, so two runs on the
// same file make the same report; otherwise it is now.
QDateTime preparedAt()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

QtMessageHandler s_previousHandler = nullptr;

// Qt 6.4 warns, uncategorized, about every font of the report's fallback list that
// lacks a script before it reaches the one that has it ("OpenType support missing for
// "Noto Sans", script 11"): expected while printing names in many scripts, and noise
// on a command's standard error. Every other message goes on as before.
void quietFontFallback(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("OpenType support missing for")))
        return;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

int runReport(const QStringList &arguments)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The PDF to write."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("balance (default) or participants."),
                                  QStringLiteral("KIND"), QStringLiteral("balance"));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   QStringLiteral("pool, invited, registered or attended: the "
                                                  "balance sections shown (default: every "
                                                  "stage) or the people listed (default: "
                                                  "everyone)."),
                                   QStringLiteral("S"));
    const QCommandLineOption suppress(QStringLiteral("suppress-small"),
                                      QStringLiteral("Balance report: show counts from 1 to 4 as "
                                                     "<5, for copies shared outside."));
    const QCommandLineOption landscape(QStringLiteral("landscape"),
                                       QStringLiteral("Print in landscape."));
    const QCommandLineOption groupBy(QStringLiteral("group-by"),
                                     QStringLiteral("Participants report: organization "
                                                    "(default), country, subregion, status, "
                                                    "sector or none."),
                                     QStringLiteral("FIELD"), QStringLiteral("organization"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   QStringLiteral("A4 or Letter (default: the locale's)."),
                                   QStringLiteral("SIZE"));
    parser.addOptions({output, kind, stage, suppress, landscape, groupBy, paper});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The consultation."));
    if (const int code = parseArguments(parser, command, arguments,
                                        QStringLiteral("Prints a balance or participants report "
                                                       "to PDF."),
                                        1);
        code >= 0)
        return code;

    const QString outPath = parser.value(output);
    if (outPath.isEmpty())
        return fail(command, QStringLiteral("needs -o OUT.pdf."), UsageError);
    const QString kindName = parser.value(kind);
    const bool participants = kindName == QLatin1String("participants");
    if (!participants && kindName != QLatin1String("balance"))
        return fail(
            command,
            QStringLiteral("unknown --kind '%1': use balance or participants.").arg(kindName),
            UsageError);
    std::optional<Stage> chosenStage;
    if (parser.isSet(stage)) {
        chosenStage = stageFromCode(parser.value(stage));
        if (!chosenStage)
            return fail(command,
                        QStringLiteral("unknown stage '%1': use pool, invited, registered or "
                                       "attended.")
                            .arg(parser.value(stage)),
                        UsageError);
    }
    if (participants && parser.isSet(suppress))
        return fail(command, QStringLiteral("--suppress-small is for the balance report."),
                    UsageError);
    if (!participants && parser.isSet(groupBy))
        return fail(command, QStringLiteral("--group-by is for the participants report."),
                    UsageError);
    const std::optional<ParticipantsReport::GroupBy> grouping =
        ParticipantsReport::groupByFromCode(parser.value(groupBy));
    if (!grouping)
        return fail(command,
                    QStringLiteral("unknown --group-by '%1': use organization, country, "
                                   "subregion, status, sector or none.")
                        .arg(parser.value(groupBy)),
                    UsageError);
    QPageSize pageSize = ReportRenderer::defaultPageSize();
    if (parser.isSet(paper)) {
        const QString name = parser.value(paper);
        if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
            pageSize = QPageSize(QPageSize::A4);
        else if (name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
            pageSize = QPageSize(QPageSize::Letter);
        else
            return fail(command,
                        QStringLiteral("unknown --paper '%1': use A4 or Letter.").arg(name),
                        UsageError);
    }

    std::unique_ptr<Document> document =
        openDocument(command, parser.positionalArguments().constFirst());
    if (!document)
        return InputError;

    ReportDocument report;
    if (participants) {
        ParticipantsReport::Options options;
        options.stage = chosenStage;
        options.groupBy = *grouping;
        options.landscape = parser.isSet(landscape);
        options.generatedAt = preparedAt();
        report = ParticipantsReport::fromStore(document->store(), options).document();
    } else {
        BalanceReport::Options options;
        options.stage = chosenStage;
        options.suppressSmall = parser.isSet(suppress);
        options.generatedAt = preparedAt();
        report = BalanceReport::fromStore(document->store(), options).document();
    }

    s_previousHandler = qInstallMessageHandler(quietFontFallback);
    const ReportRenderer renderer(report);
    const Result<int> written =
        renderer.writePdf(outPath, renderer.pageLayout(pageSize, parser.isSet(landscape)));
    qInstallMessageHandler(s_previousHandler);
    if (!written)
        return fail(command, written.errorMessage(), InputError);
    out() << QFileInfo(outPath).fileName() << ": " << *written
          << (*written == 1 ? " page\n" : " pages\n");
    return Success;
}

} // namespace consulta::cli
