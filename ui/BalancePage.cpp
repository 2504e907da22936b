#include "BalancePage.h"

#include "BalanceDimensionView.h"
#include "common/TimeFormat.h"
#include "report/ReportFormat.h"
#include "store/ParticipantIndex.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace consulta {

namespace {

enum RuleRole
{
    RuleCodeRole = Qt::UserRole,
    OrganizationRole,
};

} // namespace

BalancePage::BalancePage(QWidget *parent)
    : QWidget(parent)
    , m_stageBox(new QComboBox(this))
    , m_overall(new QLabel(this))
    , m_rules(new QListWidget(this))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &BalancePage::refresh);

    for (Stage s : allStages())
        m_stageBox->addItem(stageLabel(s), stageCode(s));
    m_stageBox->setCurrentIndex(m_stageBox->findData(stageCode(m_stage)));
    connect(m_stageBox, &QComboBox::currentIndexChanged, this, [this](int) {
        if (const std::optional<Stage> chosen = stageFromCode(m_stageBox->currentData().toString()))
            setStage(*chosen);
    });

    auto *top = new QHBoxLayout;
    auto *stageLabelWidget = new QLabel(tr("&Stage:"), this);
    stageLabelWidget->setBuddy(m_stageBox);
    top->addWidget(stageLabelWidget);
    top->addWidget(m_stageBox);
    top->addSpacing(24);
    QFont bold = m_overall->font();
    bold.setBold(true);
    m_overall->setFont(bold);
    top->addWidget(m_overall, 1);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    for (Dimension d : {Dimension::Gender, Dimension::Subregion, Dimension::Sector}) {
        auto *view = new BalanceDimensionView(d, content);
        connect(view, &BalanceDimensionView::categoryActivated, this,
                [this, d](const QString &code) { Q_EMIT categoryActivated(m_stage, d, code); });
        m_views.append(view);
        column->addWidget(view);
    }
    auto *rulesBox = new QGroupBox(tr("Rules (registered stage)"), content);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    m_rules->setMinimumHeight(200);
    rulesLayout->addWidget(m_rules);
    column->addWidget(rulesBox);
    const auto activateRule = [this](QListWidgetItem *item) {
        const QString rule = item->data(RuleCodeRole).toString();
        if (!rule.isEmpty())
            Q_EMIT ruleActivated(rule, item->data(OrganizationRole).toLongLong());
    };
    connect(m_rules, &QListWidget::itemClicked, this, activateRule);
    connect(m_rules, &QListWidget::itemActivated, this, activateRule); // Enter

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    refresh();
}

BalancePage::~BalancePage() = default;

void BalancePage::reset(const Consultation &consultation, const BalanceTargets &targets,
                        const QHash<qint64, QString> &organizationNames,
                        const QList<BalanceRecord> &records)
{
    m_consultation = consultation;
    m_targets = targets;
    m_organizationNames = organizationNames;
    m_tally.clear();
    for (const BalanceRecord &record : records)
        m_tally.add(record);
    scheduleRefresh();
}

void BalancePage::addRecord(const BalanceRecord &record)
{
    m_tally.add(record);
    scheduleRefresh();
}

void BalancePage::removeRecord(const BalanceRecord &record)
{
    m_tally.remove(record);
    scheduleRefresh();
}

void BalancePage::replaceRecord(const BalanceRecord &before, const BalanceRecord &after)
{
    m_tally.replace(before, after);
    scheduleRefresh();
}

void BalancePage::setConsultation(const Consultation &consultation)
{
    m_consultation = consultation;
    scheduleRefresh();
}

void BalancePage::setTargets(const BalanceTargets &targets)
{
    m_targets = targets;
    scheduleRefresh();
}

void BalancePage::setOrganizationNames(const QHash<qint64, QString> &names)
{
    m_organizationNames = names;
    scheduleRefresh();
}

std::optional<BalanceRecord> BalancePage::recordFor(const ParticipantIndex &index, qint64 id)
{
    const ParticipantIndex::Entry *entry = index.entry(id);
    if (!entry)
        return std::nullopt;
    BalanceRecord record;
    record.status = entry->status;
    record.gender = entry->gender;
    record.subregion = entry->subregion;
    record.sector = index.sectorOf(*entry);
    record.organizationId = entry->organizationId;
    record.registeredAt = fromIsoUtc(entry->registeredAt);
    return record;
}

void BalancePage::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    m_stageBox->setCurrentIndex(m_stageBox->findData(stageCode(stage)));
    refresh();
    Q_EMIT stageChanged(stage);
}

BalanceCalculator BalancePage::calculator() const
{
    return BalanceCalculator(m_consultation, m_targets);
}

BalanceFigures BalancePage::figures() const
{
    return calculator().compute(m_tally);
}

BalanceDimensionView *BalancePage::dimensionView(Dimension dimension) const
{
    return m_views.at(static_cast<int>(dimension));
}

QString BalancePage::overallText() const
{
    return m_overall->text();
}

void BalancePage::scheduleRefresh()
{
    m_refreshTimer.start();
}

void BalancePage::refresh()
{
    m_refreshTimer.stop();
    const BalanceFigures all = figures();
    const StageFigures &shown = all.stage(m_stage);
    m_overall->setText(
        tr("Overall score %1 (the lowest of the three) \u2014 %n people", nullptr, shown.total)
            .arg(formatScore(shown.overall)));
    for (BalanceDimensionView *view : std::as_const(m_views))
        view->showFigures(shown.dimension(view->dimension()));

    m_rules->clear();
    const auto addRule = [this](const QString &text, const QString &rule, qint64 organization) {
        auto *item = new QListWidgetItem(text, m_rules);
        item->setData(RuleCodeRole, rule);
        item->setData(OrganizationRole, organization);
        if (rule.isEmpty())
            item->setFlags(Qt::ItemIsEnabled);
    };
    const BalanceRules &rules = all.rules;
    if (m_consultation.maxPerOrganization <= 0) {
        addRule(tr("No limit per organization is set."), QString(), 0);
    } else {
        addRule(tr("Organizations over the limit of %1: %2")
                    .arg(m_consultation.maxPerOrganization)
                    .arg(rules.overOrganizationLimit.size()),
                rules.overOrganizationLimit.isEmpty() ? QString() : overOrganizationLimitRule(), 0);
        for (const OrganizationCount &over : rules.overOrganizationLimit) {
            const QString name = m_organizationNames.value(
                over.organizationId, QStringLiteral("#%1").arg(over.organizationId));
            addRule(tr("    %1: %n registered", nullptr, over.count).arg(name),
                    overOrganizationLimitRule(), over.organizationId);
        }
    }
    if (m_consultation.registrationDeadline.isValid()) {
        addRule(tr("Late registrations (after %1): %2")
                    .arg(formatInstant(m_consultation.registrationDeadline, m_consultation.timeZone,
                                       true))
                    .arg(rules.lateRegistrations),
                lateRegistrationsRule(), 0);
    } else {
        addRule(tr("Late registrations: no deadline is set."), QString(), 0);
    }
    if (m_consultation.capacity > 0) {
        addRule(
            tr("Over the capacity of %1: %2").arg(m_consultation.capacity).arg(rules.overCapacity),
            overCapacityRule(), 0);
    } else {
        addRule(tr("Over capacity: no capacity is set."), QString(), 0);
    }
    Q_EMIT figuresShown(all);
}

} // namespace consulta
