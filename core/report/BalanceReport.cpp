#include "BalanceReport.h"

#include "ReportFormat.h"
#include "SmallCountSuppression.h"
#include "balance/BalanceCalculator.h"
#include "balance/BalanceTally.h"
#include "store/ConsultationStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <utility>

namespace consulta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BalanceReport", text);
}

const QString kShareColour = QStringLiteral("#0a6eb4");
const QString kTargetColour = QStringLiteral("#b4b4b4");
const QString kHeadColour = QStringLiteral("#e4ebf2");
const QString kWithheld = QStringLiteral("x");

QString cell(const QString &html, const char *attributes = "")
{
    return QStringLiteral("<td") + QLatin1String(attributes) + QLatin1Char('>') + html +
           QStringLiteral("</td>");
}

QString numberCell(const QString &html)
{
    return cell(html, " align=\"right\"");
}

QString headCell(const QString &text, bool right = false)
{
    return QStringLiteral("<th align=\"") +
           (right ? QStringLiteral("right") : QStringLiteral("left")) + QStringLiteral("\">") +
           htmlEscaped(text) + QStringLiteral("</th>");
}

QString tableStart()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                          "style=\"border-collapse: collapse; border-color: #9a9a9a\">\n");
}

QString countText(int count, SmallCountSuppression::Mark mark)
{
    switch (mark) {
    case SmallCountSuppression::Mark::Shown:
        break;
    case SmallCountSuppression::Mark::Small:
        return QStringLiteral("&lt;5");
    case SmallCountSuppression::Mark::Withheld:
        return kWithheld;
    }
    return QString::number(count);
}

// A count that is not part of a dimension's table (a stage's total, a rule's count), as
// plain text and as HTML.
QString countLabel(int count, bool suppressSmall)
{
    if (suppressSmall && SmallCountSuppression::isSmall(count))
        return QStringLiteral("<5");
    return QString::number(count);
}

QString plainCount(int count, bool suppressSmall)
{
    return htmlEscaped(countLabel(count, suppressSmall));
}

// Two bars, share above target: a table of two rows whose coloured cells are as wide as
// the values. QTextDocument has no CSS boxes and no SVG, but it lays out percentage
// column widths and paints cell backgrounds, in print as vector rectangles. Both rows
// share the table's columns, so the columns are cut at both values.
QString barsHtml(double share, double target)
{
    const auto percent = [](double fraction) {
        return std::clamp(static_cast<int>(std::lround(fraction * 100.0)), 0, 100);
    };
    const int a = percent(share);
    const int b = percent(target);
    QList<int> edges = {0, std::min(a, b), std::max(a, b), 100};
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    const QString filler = QStringLiteral("<span style=\"font-size: 4pt\">&nbsp;</span>");
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\">");
    for (const auto &[value, colour] : {std::pair{a, kShareColour}, std::pair{b, kTargetColour}}) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i + 1 < edges.size(); ++i) {
            const int width = edges.at(i + 1) - edges.at(i);
            const bool filled = edges.at(i + 1) <= value;
            html += QStringLiteral("<td width=\"%1%\"").arg(width) +
                    (filled ? QStringLiteral(" bgcolor=\"%1\"").arg(colour) : QString()) +
                    QLatin1Char('>') + filler + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// The scale of a chart: the full width of a bar stands for the largest share or target,
// rounded up to a multiple of 10%, so that 13 sectors near 7.7% remain readable.
double chartScale(const DimensionFigures &dimension)
{
    double largest = 0.0;
    for (const CategoryFigures &c : dimension.categories)
        largest = std::max({largest, c.share, c.target});
    const double scale = std::ceil(largest * 10.0 - 1e-9) / 10.0;
    return std::clamp(scale, 0.1, 1.0);
}

QString chartHtml(const DimensionFigures &dimension)
{
    const double scale = chartScale(dimension);
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" "
                                  "border=\"0\" style=\"font-size: 8pt\">\n");
    for (const CategoryFigures &c : dimension.categories) {
        html += QStringLiteral("<tr><td width=\"40%\" valign=\"middle\">") +
                htmlEscaped(categoryLabel(dimension.dimension, c.code)) +
                QStringLiteral("</td><td width=\"50%\" valign=\"middle\">") +
                barsHtml(c.share / scale, c.target / scale) +
                QStringLiteral("</td><td width=\"10%\" align=\"right\" valign=\"middle\">") +
                formatPercent(c.share) + QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("<tr><td></td><td colspan=\"2\"><font color=\"%1\">&#9632;</font> ")
                .arg(kShareColour) +
            htmlEscaped(tr("share")) +
            QStringLiteral(" &nbsp; <font color=\"%1\">&#9632;</font> ").arg(kTargetColour) +
            htmlEscaped(tr("target")) + QStringLiteral(" &nbsp; ") +
            htmlEscaped(tr("(full width = %1)").arg(formatPercent(scale))) +
            QStringLiteral("</td></tr>\n</table>\n");
    return html;
}

// Anchors the tests and readers can find a section by: "registered-gender".
QString anchor(Stage stage, Dimension dimension)
{
    return stageCode(stage) + QLatin1Char('-') + dimensionCode(dimension);
}

} // namespace

BalanceReport::BalanceReport(Consultation consultation, BalanceFigures figures,
                             QHash<qint64, QString> organizationNames, Options options)
    : m_consultation(std::move(consultation))
    , m_figures(std::move(figures))
    , m_organizationNames(std::move(organizationNames))
    , m_options(std::move(options))
{}

BalanceReport BalanceReport::fromStore(const ConsultationStore &store, const Options &options)
{
    const Consultation consultation = store.consultation();
    BalanceTally tally;
    for (const BalanceRecord &record : store.balanceRecords())
        tally.add(record);
    BalanceFigures figures = BalanceCalculator(consultation, store.balanceTargets()).compute(tally);
    return BalanceReport(consultation, std::move(figures), store.organizationNames(), options);
}

ReportDocument BalanceReport::document() const
{
    ReportDocument document;
    document.title = tr("Balance report: %1").arg(m_consultation.title);
    // The copy's nature first: a long title is elided at the end.
    document.runningHeader = m_options.suppressSmall
                                 ? tr("Balance report, counts below 5 suppressed")
                                 : tr("Balance report");
    document.runningHeader += QStringLiteral(" \u2014 ") + m_consultation.title;
    document.appendHtml(bodyHtml());
    // The organizations over the limit can be thousands in a large pool: a ReportTable,
    // which renderers lay out row by row.
    if (m_consultation.maxPerOrganization > 0 && !m_figures.rules.overOrganizationLimit.isEmpty())
        document.appendTable(overLimitTable());
    document.appendHtml(noteHtml());
    return document;
}

QString BalanceReport::html() const
{
    return document().toHtml();
}

QString BalanceReport::bodyHtml() const
{
    QString html = headerHtml();
    html += summaryHtml();
    if (m_options.stage) {
        html += stageHtml(m_figures.stage(*m_options.stage), false);
    } else {
        for (const StageFigures &stage : m_figures.stages)
            html += stageHtml(stage, true);
    }
    html += rulesHtml();
    return html;
}

QString BalanceReport::headerHtml() const
{
    QString html = QStringLiteral("<h1>") + htmlEscaped(tr("Balance report")) +
                   QStringLiteral("</h1>\n<p><b>") + htmlEscaped(m_consultation.title) +
                   QStringLiteral("</b></p>\n");
    QList<QPair<QString, QString>> more;
    more.append({tr("Stages in detail"),
                 htmlEscaped(m_options.stage ? stageLabel(*m_options.stage) : tr("all"))});
    if (m_options.generatedAt.isValid()) {
        more.append({tr("Prepared"),
                     htmlEscaped(formatInstant(m_options.generatedAt, m_consultation.timeZone) +
                                 QLatin1Char(' ') +
                                 formatZone(m_consultation.timeZone, m_options.generatedAt))});
    }
    if (m_options.suppressSmall) {
        more.append({tr("Small counts"),
                     htmlEscaped(tr("counts from 1 to 4 are shown as \u201c<5\u201d; see the "
                                    "note"))});
    }
    return html + consultationDetailsHtml(m_consultation, more);
}

QString BalanceReport::summaryHtml() const
{
    QString html = QStringLiteral("<h2>") + htmlEscaped(tr("Summary of all stages")) +
                   QStringLiteral("</h2>\n") + tableStart();
    html += QStringLiteral("<thead><tr bgcolor=\"%1\">").arg(kHeadColour) + headCell(tr("Stage")) +
            headCell(tr("People"), true) + headCell(tr("Overall score"), true);
    for (Dimension d : {Dimension::Gender, Dimension::Subregion, Dimension::Sector})
        html += headCell(dimensionLabel(d), true);
    html += QStringLiteral("</tr></thead>\n");
    for (const StageFigures &stage : m_figures.stages) {
        const SmallCountSuppression suppression = m_options.suppressSmall
                                                      ? SmallCountSuppression::forStage(stage)
                                                      : SmallCountSuppression();
        html += QStringLiteral("<tr>") + cell(htmlEscaped(stageLabel(stage.stage))) +
                numberCell(plainCount(stage.total, m_options.suppressSmall)) +
                numberCell(suppression.hidesOverall() ? kWithheld : formatScore(stage.overall));
        for (const DimensionFigures &d : stage.dimensions) {
            html += numberCell(suppression.hidesDerived(d.dimension) ? kWithheld
                                                                     : formatScore(d.score));
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString BalanceReport::stageHtml(const StageFigures &stage, bool pageBreak) const
{
    const SmallCountSuppression suppression =
        m_options.suppressSmall ? SmallCountSuppression::forStage(stage) : SmallCountSuppression();
    const QString heading =
        htmlEscaped(tr("%1 stage: %2 people, overall score %3"))
            .arg(htmlEscaped(stageLabel(stage.stage)),
                 plainCount(stage.total, m_options.suppressSmall),
                 suppression.hidesOverall() ? kWithheld : formatScore(stage.overall));
    QString html =
        QStringLiteral("<a name=\"") + stageCode(stage.stage) + QStringLiteral("\"></a><h2") +
        (pageBreak ? QStringLiteral(" style=\"page-break-before: always\"") : QString()) +
        QLatin1Char('>') + heading + QStringLiteral("</h2>\n");
    for (const DimensionFigures &dimension : stage.dimensions)
        html += dimensionHtml(stage, dimension);
    return html;
}

QString BalanceReport::dimensionHtml(const StageFigures &stage,
                                     const DimensionFigures &dimension) const
{
    const SmallCountSuppression suppression =
        m_options.suppressSmall ? SmallCountSuppression::forStage(stage) : SmallCountSuppression();
    const bool hidden = suppression.hidesDerived(dimension.dimension);
    // One borderless single-cell table around the section: ReportRenderer keeps heading,
    // table and chart on one page when they fit there.
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                  "border=\"0\"><tr><td>\n<a name=\"") +
                   anchor(stage.stage, dimension.dimension) + QStringLiteral("\"></a><h3>") +
                   htmlEscaped(tr("%1 \u2014 score %2")
                                   .arg(dimensionLabel(dimension.dimension),
                                        hidden ? kWithheld : formatScore(dimension.score))) +
                   QStringLiteral("</h3>\n");

    html += tableStart();
    html += QStringLiteral("<thead><tr bgcolor=\"%1\">").arg(kHeadColour) +
            headCell(tr("Category")) + headCell(tr("Count"), true) + headCell(tr("Share"), true) +
            headCell(tr("Target"), true) + headCell(tr("Seats needed"), true) +
            QStringLiteral("</tr></thead>\n");
    for (const CategoryFigures &c : dimension.categories) {
        html += QStringLiteral("<tr>") +
                cell(htmlEscaped(categoryLabel(dimension.dimension, c.code))) +
                numberCell(countText(c.count, suppression.mark(dimension.dimension, c.code))) +
                numberCell(hidden ? kWithheld : formatPercent(c.share)) +
                numberCell(formatPercent(c.target)) +
                numberCell(hidden ? kWithheld : htmlEscaped(formatSeats(c.seatsNeeded))) +
                QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("<tr><td colspan=\"5\"><i>") +
            htmlEscaped(tr("Counted, not in the shares")) + QStringLiteral("</i></td></tr>\n");
    for (const QString &code : BalanceCalculator::excludedCategories(dimension.dimension)) {
        const int count = dimension.excluded.value(code, 0);
        html += QStringLiteral("<tr>") +
                cell(htmlEscaped(categoryLabel(dimension.dimension, code))) +
                numberCell(countText(count, suppression.mark(dimension.dimension, code))) +
                cell(QString(), " colspan=\"3\"") + QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n<p></p>\n");
    if (hidden) {
        html += QStringLiteral("<p><i>") +
                htmlEscaped(tr("No shares, chart, seats needed or score in this copy: the "
                               "dimension has a count below 5.")) +
                QStringLiteral("</i></p>\n");
    } else {
        html += chartHtml(dimension);
    }
    return html + QStringLiteral("</td></tr></table>\n");
}

QString BalanceReport::rulesHtml() const
{
    const BalanceRules &rules = m_figures.rules;
    const bool suppress = m_options.suppressSmall;
    QString html = QStringLiteral("<h2>") + htmlEscaped(tr("Rules (registered stage)")) +
                   QStringLiteral("</h2>\n");

    const QString deadline =
        formatInstant(m_consultation.registrationDeadline, m_consultation.timeZone, true);
    html += QStringLiteral("<p>") +
            (deadline.isEmpty()
                 ? htmlEscaped(tr("Late registrations: no registration deadline is set."))
                 : htmlEscaped(tr("Late registrations (after %1): ").arg(deadline)) +
                       QStringLiteral("<b>") + plainCount(rules.lateRegistrations, suppress) +
                       QStringLiteral("</b>.")) +
            QStringLiteral("</p>\n");
    html += QStringLiteral("<p>") +
            (m_consultation.capacity <= 0
                 ? htmlEscaped(tr("Over capacity: no capacity is set."))
                 : htmlEscaped(tr("Over the capacity of %1: ").arg(m_consultation.capacity)) +
                       QStringLiteral("<b>") + plainCount(rules.overCapacity, suppress) +
                       QStringLiteral("</b>.")) +
            QStringLiteral("</p>\n");

    // A heading, so that it stays on the page of the table that follows it.
    QString limit;
    if (m_consultation.maxPerOrganization <= 0)
        limit = tr("Organizations over the limit: no limit per organization is set.");
    else if (rules.overOrganizationLimit.isEmpty())
        limit = tr("Organizations over the limit of %1 per organization: none.")
                    .arg(m_consultation.maxPerOrganization);
    else
        limit = tr("Organizations over the limit of %1 per organization: %2.")
                    .arg(m_consultation.maxPerOrganization)
                    .arg(rules.overOrganizationLimit.size());
    return html + QStringLiteral("<h4>") + htmlEscaped(limit) + QStringLiteral("</h4>\n");
}

ReportTable BalanceReport::overLimitTable() const
{
    ReportTable table;
    table.columns = {{tr("Organization"), 78, false}, {tr("People registered"), 22, true}};
    table.rows.reserve(m_figures.rules.overOrganizationLimit.size());
    for (const OrganizationCount &over : m_figures.rules.overOrganizationLimit) {
        const auto name = m_organizationNames.constFind(over.organizationId);
        table.rows.append(
            {{name != m_organizationNames.cend() ? *name
                                                 : QStringLiteral("#%1").arg(over.organizationId),
              countLabel(over.count, m_options.suppressSmall)},
             false});
    }
    return table;
}

QString BalanceReport::noteHtml() const
{
    QStringList paragraphs = {
        tr("Stages: pool = everyone in the file; invited = invited, waitlisted, registered or "
           "attended; registered = registered or attended; attended = attended."),
        tr("Count: the people of the stage in a category. Share: the count divided by the "
           "people of the stage whose category is in the shares (woman and man; the five ESCAP "
           "subregions; the 13 stakeholder categories). Other and undisclosed gender, "
           "non-regional members, countries outside the ESCAP region and unknown values are "
           "counted but not in the shares."),
        tr("Target: the share aimed for. Score: 1 \u2212 \u00bd \u00d7 the sum over the "
           "categories of |share \u2212 target|; 1 when every share is on target, 0 when "
           "nobody is counted. Overall score: the lowest of the three dimension scores."),
        tr("Seats needed: how many more people of the category would bring its share up to "
           "the target if nobody else joined; \u201cunreachable\u201d for a target of 100% "
           "while someone is in another category."),
        tr("This report contains no names or e-mail addresses of participants."),
    };
    if (m_options.suppressSmall) {
        paragraphs.append(
            tr("Small counts: every count from 1 to 4 is shown as \u201c<5\u201d. In a "
               "dimension with such a count, shares, chart, seats needed and score are not "
               "shown (\u201cx\u201d), since each would give the count back, nor is the "
               "stage's overall score. When a dimension has a single count below 5, its "
               "smallest other count is withheld too (\u201cx\u201d) so that the small one "
               "cannot be found by subtraction from the total. Each table is protected on "
               "its own; differences between stages are not."));
    }
    QString html =
        QStringLiteral("<h2>") + htmlEscaped(tr("About the figures")) + QStringLiteral("</h2>\n");
    for (const QString &paragraph : std::as_const(paragraphs))
        html += QStringLiteral("<p>") + htmlEscaped(paragraph) + QStringLiteral("</p>\n");
    return html;
}

} // namespace consulta
