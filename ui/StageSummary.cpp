#include "StageSummary.h"

#include "report/ReportFormat.h"

namespace consulta {

StageSummary::StageSummary(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("stageSummary"));
    setAccessibleName(tr("People per stage"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StageSummary::showFigures(const BalanceFigures &figures, Stage scored)
{
    QStringList parts;
    for (Stage stage : allStages())
        parts.append(tr("%1: %2").arg(stageLabel(stage)).arg(figures.stage(stage).total));
    parts.append(
        tr("balance (%1): %2")
            .arg(stageLabel(scored).toLower(), formatScore(figures.stage(scored).overall)));
    QStringList problems;
    const BalanceRules &rules = figures.rules;
    if (!rules.overOrganizationLimit.isEmpty())
        problems.append(
            tr("organizations over the limit: %1").arg(rules.overOrganizationLimit.size()));
    if (rules.lateRegistrations > 0)
        problems.append(tr("late registrations: %1").arg(rules.lateRegistrations));
    if (rules.overCapacity > 0)
        problems.append(tr("over capacity: %1").arg(rules.overCapacity));
    QString text = parts.join(QStringLiteral("   "));
    if (!problems.isEmpty())
        text += QStringLiteral("   \u26a0 ") + problems.join(QStringLiteral(", "));
    setText(text);
}

} // namespace consulta
