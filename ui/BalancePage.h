#pragma once

#include "balance/BalanceCalculator.h"
#include "balance/BalanceTally.h"
#include "model/Consultation.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;

namespace consulta {

class BalanceDimensionView;
class ParticipantIndex;

// The balance dashboard: a stage selector, the overall score, one BalanceDimensionView
// per dimension (chart, score, seats needed, excluded counts) and the rules. It holds a
// BalanceTally that the window keeps current with add/remove/replace calls as people
// change, so an edit costs a few hash updates, never a rescan; the figures are
// BalanceCalculator's, the same as `consulta stats` and the balance report. Repaints
// are coalesced: many changes in one event-loop turn cost one computation.
//
// Clicking a category asks the window to filter the participants table to that
// category's people of the shown stage; clicking a rule, to the people it is about.
class BalancePage : public QWidget
{
    Q_OBJECT

public:
    // The rule codes of ruleActivated, as in `stats --json`.
    static QString overOrganizationLimitRule() { return QStringLiteral("over_organization_limit"); }
    static QString lateRegistrationsRule() { return QStringLiteral("late_registrations"); }
    static QString overCapacityRule() { return QStringLiteral("over_capacity"); }

    explicit BalancePage(QWidget *parent = nullptr);
    ~BalancePage() override;

    // Starts over with a document's settings and one record per participant
    // (ConsultationStore::balanceRecords()).
    void reset(const Consultation &consultation, const BalanceTargets &targets,
               const QHash<qint64, QString> &organizationNames,
               const QList<BalanceRecord> &records);
    // One participant added, removed or changed: O(1) on the tally.
    void addRecord(const BalanceRecord &record);
    void removeRecord(const BalanceRecord &record);
    void replaceRecord(const BalanceRecord &before, const BalanceRecord &after);
    // The deadline, limit per organization and capacity the rules use.
    void setConsultation(const Consultation &consultation);
    void setTargets(const BalanceTargets &targets);
    void setOrganizationNames(const QHash<qint64, QString> &names);

    // What balance needs of one participant, from the window's participant index (the
    // record to pass to add/remove/replace); nullopt when the index does not hold it.
    static std::optional<BalanceRecord> recordFor(const ParticipantIndex &index, qint64 id);

    Stage stage() const { return m_stage; }
    void setStage(Stage stage);

    const BalanceTally &tally() const { return m_tally; }
    const BalanceTargets &targets() const { return m_targets; }
    // The figures the page shows (computed now, whether or not it has repainted).
    BalanceFigures figures() const;
    // Shows the current figures at once instead of at the next event-loop turn.
    void refresh();

    // For tests and the status bar: the widgets showing the figures.
    BalanceDimensionView *dimensionView(Dimension dimension) const;
    QString overallText() const;
    QListWidget *rulesList() const { return m_rules; }

Q_SIGNALS:
    void stageChanged(consulta::Stage stage);
    void categoryActivated(consulta::Stage stage, consulta::Dimension dimension,
                           const QString &code);
    // rule is one of the rule codes above; organizationId is set for
    // over_organization_limit, 0 otherwise.
    void ruleActivated(const QString &rule, qint64 organizationId);
    // After every repaint, with what it showed (e.g. for the status bar).
    void figuresShown(const consulta::BalanceFigures &figures);

private:
    void scheduleRefresh();
    BalanceCalculator calculator() const;

    BalanceTally m_tally;
    BalanceTargets m_targets;
    Consultation m_consultation;
    QHash<qint64, QString> m_organizationNames;
    Stage m_stage = Stage::Registered;
    QTimer m_refreshTimer;

    QComboBox *m_stageBox;
    QLabel *m_overall;
    QList<BalanceDimensionView *> m_views;
    QListWidget *m_rules;
};

} // namespace consulta
