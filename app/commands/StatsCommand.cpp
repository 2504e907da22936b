#include "CommandLine.h"
#include "commands/Commands.h"

#include "balance/BalanceCalculator.h"
#include "balance/BalanceJson.h"
#include "balance/BalanceTally.h"
#include "reference/ReferenceData.h"

#include <QJsonDocument>

namespace consulta::cli {

namespace {

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString seats(const std::optional<int> &needed)
{
    return needed ? QString::number(*needed) : QStringLiteral("unreachable");
}

void printText(const Consultation &consultation, const BalanceFigures &figures,
               const QHash<qint64, QString> &organizations)
{
    QTextStream &o = out();
    o << consultation.title << "\n\n";
    for (const StageFigures &stage : figures.stages) {
        o << stageLabel(stage.stage) << ": " << stage.total << " people, overall score "
          << QString::number(stage.overall, 'f', 3) << '\n';
        for (const DimensionFigures &dimension : stage.dimensions) {
            o << "  " << dimensionLabel(dimension.dimension) << " (score "
              << QString::number(dimension.score, 'f', 3) << ")\n";
            for (const CategoryFigures &category : dimension.categories) {
                o << "    " << category.code.leftJustified(24) << ' '
                  << QString::number(category.count).rightJustified(6) << "  "
                  << percent(category.share).rightJustified(7) << "  target "
                  << percent(category.target).rightJustified(7) << "  seats needed "
                  << seats(category.seatsNeeded) << '\n';
            }
            QStringList excluded;
            for (auto it = dimension.excluded.cbegin(); it != dimension.excluded.cend(); ++it)
                excluded.append(it.key() + QLatin1Char(' ') + QString::number(it.value()));
            o << "    not in the shares: " << excluded.join(QStringLiteral(", ")) << '\n';
        }
        o << '\n';
    }
    o << "Rules (registered stage)\n";
    if (figures.rules.overOrganizationLimit.isEmpty())
        o << "  organizations over the limit: none\n";
    for (const OrganizationCount &over : figures.rules.overOrganizationLimit)
        o << "  over the limit: " << organizations.value(over.organizationId) << " (" << over.count
          << " people)\n";
    o << "  late registrations: " << figures.rules.lateRegistrations << '\n';
    o << "  over capacity: " << figures.rules.overCapacity << '\n';
}

} // namespace

int runStats(const QStringList &arguments)
{
    const QString command = QStringLiteral("stats");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON object (the shape is in "
                                                 "DESIGN.md)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The consultation."));
    if (const int code = parseArguments(parser, command, arguments,
                                        QStringLiteral("Balance figures and rules for every "
                                                       "stage."),
                                        1);
        code >= 0)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    std::unique_ptr<Document> document = openDocument(command, path, Access::Read);
    if (!document)
        return InputError;
    const ConsultationStore &store = document->store();
    const Consultation consultation = store.consultation();
    BalanceTally tally;
    for (const BalanceRecord &record : store.balanceRecords())
        tally.add(record);
    const BalanceFigures figures =
        BalanceCalculator(consultation, store.balanceTargets()).compute(tally);
    const QHash<qint64, QString> organizations = store.organizationNames();
    if (parser.isSet(json)) {
        out() << QJsonDocument(statsJson(consultation, figures, organizations))
                     .toJson(QJsonDocument::Indented);
    } else {
        printText(consultation, figures, organizations);
    }
    return Success;
}

} // namespace consulta::cli
