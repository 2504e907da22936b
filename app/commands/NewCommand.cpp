#include "CommandLine.h"
#include "commands/Commands.h"

#include "model/ConsultationDefaults.h"
#include "sample/SampleConsultation.h"

#include <QFileInfo>

namespace consulta::cli {

int runNew(const QStringList &arguments)
{
    const QString command = QStringLiteral("new");
    QCommandLineParser parser;
    const QCommandLineOption sample(
        QStringLiteral("sample"),
        QStringLiteral("The 28 October 2020 consultation of the concept note, with a fictional "
                       "pool of about 300 stakeholders."));
    const QCommandLineOption roundtable(QStringLiteral("roundtable"),
                                        QStringLiteral("IMRF roundtable 1-4 (default 1); its "
                                                       "GCM objectives follow."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(sample);
    parser.addOption(roundtable);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to create."));
    if (const int code = parseArguments(parser, command, arguments,
                                        QStringLiteral("Creates a consultation file."), 1);
        code >= 0)
        return code;

    const QString path = parser.positionalArguments().constFirst();
    bool ok = false;
    const int table = parser.value(roundtable).toInt(&ok);
    if (!ok || table < 1 || table > 4)
        return fail(command, QStringLiteral("--roundtable must be 1, 2, 3 or 4."), UsageError);
    if (parser.isSet(sample) && parser.isSet(roundtable) && table != 1)
        return fail(command, QStringLiteral("the sample consultation is on roundtable 1."),
                    UsageError);
    if (QFileInfo::exists(path))
        return fail(command,
                    QStringLiteral("“%1” already exists; choose another name or remove it first.")
                        .arg(path),
                    InputError);

    Result<std::unique_ptr<Document>> document = Document::createNew(defaultConsultation(table));
    if (!document)
        return fail(command, document.errorMessage(), InputError);
    if (parser.isSet(sample)) {
        if (Result<void> filled = populateSample(document.value()->store()); !filled)
            return fail(command, filled.errorMessage(), InputError);
    }
    if (Result<void> saved = document.value()->saveAs(path); !saved)
        return fail(command, saved.errorMessage(), InputError);
    out() << "created " << path << '\n';
    return Success;
}

} // namespace consulta::cli
