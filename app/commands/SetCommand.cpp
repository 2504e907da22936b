#include "CommandLine.h"
#include "commands/Commands.h"

#include "common/TimeFormat.h"
#include "reference/ReferenceData.h"

#include <QTimeZone>

namespace consulta::cli {

namespace {

struct InstantOption
{
    QCommandLineOption option;
    QDateTime Consultation::*field;
};

} // namespace

int runSet(const QStringList &arguments)
{
    const QString command = QStringLiteral("set");
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The title."),
                                   QStringLiteral("T"));
    const QCommandLineOption roundtable(
        QStringLiteral("roundtable"),
        QStringLiteral("IMRF roundtable 1-4; the objectives become the roundtable's."),
        QStringLiteral("N"));
    const QCommandLineOption timeZone(
        QStringLiteral("time-zone"),
        QStringLiteral("The IANA time zone the consultation is announced in, e.g. Asia/Bangkok."),
        QStringLiteral("ZONE"));
    const QList<InstantOption> instants = {
        {QCommandLineOption(QStringLiteral("start"),
                            QStringLiteral("Start, ISO 8601; without an offset it is in the "
                                           "consultation's time zone."),
                            QStringLiteral("ISO")),
         &Consultation::startsAt},
        {QCommandLineOption(QStringLiteral("end"), QStringLiteral("End, ISO 8601."),
                            QStringLiteral("ISO")),
         &Consultation::endsAt},
        {QCommandLineOption(QStringLiteral("deadline"),
                            QStringLiteral("Registration deadline, ISO 8601 (24:00 allowed)."),
                            QStringLiteral("ISO")),
         &Consultation::registrationDeadline},
    };
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N people per organization (0: no "
                                                  "limit)."),
                                   QStringLiteral("N"));
    const QCommandLineOption capacity(QStringLiteral("capacity"),
                                      QStringLiteral("How many people the meeting holds (0: no "
                                                     "capacity set)."),
                                      QStringLiteral("N"));
    parser.addOptions({title, roundtable, timeZone, limit, capacity});
    for (const InstantOption &instant : instants)
        parser.addOption(instant.option);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to change."));
    if (const int code = parseArguments(parser, command, arguments,
                                        QStringLiteral("Changes a consultation's details; the "
                                                       "file is replaced whole or not at all."),
                                        1);
        code >= 0)
        return code;

    auto count = [&](const QCommandLineOption &option, int low, int high,
                     std::optional<int> &value) -> bool {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int number = parser.value(option).toInt(&ok);
        if (!ok || number < low || number > high)
            return false;
        value = number;
        return true;
    };
    std::optional<int> newRoundtable, newLimit, newCapacity;
    if (!count(roundtable, 1, 4, newRoundtable))
        return fail(command, QStringLiteral("--roundtable must be 1, 2, 3 or 4."), UsageError);
    if (!count(limit, 0, 1000000, newLimit))
        return fail(command, QStringLiteral("--limit must be a whole number, 0 or more."),
                    UsageError);
    if (!count(capacity, 0, 100000000, newCapacity))
        return fail(command, QStringLiteral("--capacity must be a whole number, 0 or more."),
                    UsageError);
    if (parser.isSet(timeZone) &&
        !QTimeZone::isTimeZoneIdAvailable(parser.value(timeZone).toUtf8()))
        return fail(command,
                    QStringLiteral("“%1” is not a time zone this system knows (use an IANA name "
                                   "such as Asia/Bangkok).")
                        .arg(parser.value(timeZone)),
                    UsageError);

    const QString path = parser.positionalArguments().constFirst();
    std::unique_ptr<Document> document = openDocument(command, path);
    if (!document)
        return InputError;
    Consultation c = document->store().consultation();
    if (parser.isSet(title))
        c.title = parser.value(title);
    if (newRoundtable) {
        c.roundtable = *newRoundtable;
        c.objectives = ReferenceData::instance().roundtable(c.roundtable)->objectives;
    }
    if (parser.isSet(timeZone))
        c.timeZone = parser.value(timeZone).toUtf8();
    const QTimeZone zone(c.timeZone);
    for (const InstantOption &instant : instants) {
        if (!parser.isSet(instant.option))
            continue;
        const QDateTime value = parseInstant(parser.value(instant.option), zone);
        if (!value.isValid())
            return fail(command,
                        QStringLiteral("--%1 “%2” is not an ISO 8601 date and time such as "
                                       "2020-10-28T11:00 or 2020-10-28T04:00:00Z.")
                            .arg(instant.option.names().constFirst(), parser.value(instant.option)),
                        UsageError);
        c.*instant.field = value;
    }
    if (newLimit)
        c.maxPerOrganization = *newLimit;
    if (newCapacity)
        c.capacity = *newCapacity;
    if (c.startsAt.isValid() && c.endsAt.isValid() && c.endsAt < c.startsAt)
        return fail(command, QStringLiteral("the end is before the start."), UsageError);

    if (Result<void> stored = document->store().setConsultation(c); !stored)
        return fail(command, stored.errorMessage(), InputError);
    if (Result<void> saved = saveDocument(command, *document); !saved)
        return fail(command, saved.errorMessage(), InputError);
    out() << "updated " << path << '\n';
    return Success;
}

} // namespace consulta::cli
