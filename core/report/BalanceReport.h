#pragma once

#include "ReportDocument.h"
#include "balance/BalanceFigures.h"
#include "model/Consultation.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace consulta {

class ConsultationStore;

// The balance report the secretariat prints for its meetings: the consultation's
// particulars, a summary of every stage, one section per dimension (table and bar
// chart) for the chosen stage or for every stage, the rules, and a note defining the
// figures. It names organizations (for the limit per organization) but never a person:
// no names, no e-mail addresses.
//
// The figures are those of BalanceCalculator, the same as `consulta stats` and the
// dashboard. The charts are table rows whose coloured cells are as wide as the share
// (see chartHtml in the .cpp): any HTML renderer draws them, a PDF keeps them as
// vectors, and the text of the report states every number a bar shows.
class BalanceReport
{
public:
    struct Options
    {
        std::optional<Stage> stage; // sections for this stage; every stage when unset
        bool suppressSmall = false; // counts 1–4 as "<5" (see SmallCountSuppression)
        QDateTime generatedAt;      // "Prepared …" in the header when valid
    };

    BalanceReport(Consultation consultation, BalanceFigures figures,
                  QHash<qint64, QString> organizationNames, Options options);
    // Reads the consultation, targets, balance records and organization names of a
    // document and computes the figures as `consulta stats` does.
    static BalanceReport fromStore(const ConsultationStore &store, const Options &options);

    const BalanceFigures &figures() const { return m_figures; }
    const Options &options() const { return m_options; }

    ReportDocument document() const;
    // document().toHtml(): the whole report as one HTML document.
    QString html() const;

private:
    QString bodyHtml() const;
    QString headerHtml() const;
    QString summaryHtml() const;
    QString stageHtml(const StageFigures &stage, bool pageBreak) const;
    QString dimensionHtml(const StageFigures &stage, const DimensionFigures &dimension) const;
    QString rulesHtml() const;
    ReportTable overLimitTable() const;
    QString noteHtml() const;

    Consultation m_consultation;
    BalanceFigures m_figures;
    QHash<qint64, QString> m_organizationNames;
    Options m_options;
};

} // namespace consulta
