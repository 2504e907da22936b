#pragma once

#include "report/BalanceReport.h"
#include "report/ParticipantsReport.h"
#include "report/ReportDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace consulta {

class ConsultationStore;

// Asks which report to print before Print Preview, Print or Export PDF: the balance
// report (one stage or all, counts below 5 suppressed or not) or the participants list
// (one stage or everyone, grouped by a field, portrait or landscape). The same choices
// as `consulta report`.
class ReportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Balance,
        Participants,
    };

    explicit ReportOptionsDialog(QWidget *parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    // The stage the dashboard shows, as the default; nullopt = all stages / everyone.
    void setStage(std::optional<Stage> stage);

    BalanceReport::Options balanceOptions() const;
    ParticipantsReport::Options participantsOptions() const;

    // Builds the chosen report from a document's store, prepared now.
    ReportDocument buildReport(const ConsultationStore &store) const;

private:
    void updateEnabled();
    std::optional<Stage> stage() const;

    QComboBox *m_kind;
    QComboBox *m_stage;
    QCheckBox *m_suppressSmall;
    QComboBox *m_groupBy;
    QCheckBox *m_landscape;
};

} // namespace consulta
