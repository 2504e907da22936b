#pragma once

#include "balance/BalanceFigures.h"

#include <QLabel>

namespace consulta {

// The status bar's figures: people per stage, the overall balance score of the stage
// the dashboard shows, and the rules broken in the registered stage (organizations
// over their limit, late registrations, over capacity). It shows what the dashboard
// computed (BalancePage::figuresShown), so the two never disagree and neither
// rescans the participants.
class StageSummary : public QLabel
{
    Q_OBJECT

public:
    explicit StageSummary(QWidget *parent = nullptr);

    void showFigures(const BalanceFigures &figures, Stage scored);
};

} // namespace consulta
