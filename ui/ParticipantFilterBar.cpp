#include "ParticipantFilterBar.h"

#include "reference/ReferenceData.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace consulta {

ParticipantFilterBar::ParticipantFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_ruleChip(new QWidget(this))
    , m_ruleLabel(new QLabel(m_ruleChip))
    , m_ruleClear(new QToolButton(m_ruleChip))
    , m_typing(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setPlaceholderText(tr("Search name, organization or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setMinimumWidth(240);

    m_status = addCombo(tr("Status filter"));
    m_status->addItem(tr("Any status"));
    for (Status status : allStatuses())
        m_status->addItem(statusLabel(status), statusCode(status));

    m_stage = addCombo(tr("Stage filter"));
    m_stage->addItem(tr("Any stage"));
    // The pool is everyone: the same as any stage.
    for (Stage stage : allStages()) {
        if (stage != Stage::Pool)
            m_stage->addItem(tr("Stage: %1").arg(stageLabel(stage)), stageCode(stage));
    }

    m_subregion = addCombo(tr("Subregion filter"));
    m_subregion->addItem(tr("Any subregion"));
    QStringList subregions = ReferenceData::subregionCodes();
    subregions << QStringLiteral("NONREG") << QStringLiteral("outside")
               << QStringLiteral("unknown");
    for (const QString &code : subregions)
        m_subregion->addItem(ReferenceData::subregionLabel(code), code);

    m_gender = addCombo(tr("Gender filter"));
    m_gender->addItem(tr("Any gender"));
    for (Gender gender : allGenders())
        m_gender->addItem(genderLabel(gender), genderCode(gender));

    m_sector = addCombo(tr("Sector filter"));
    m_sector->addItem(tr("Any sector"));
    for (const StakeholderCategory &category : ReferenceData::instance().categories())
        m_sector->addItem(category.label, category.code);
    m_sector->addItem(tr("Unknown"), QStringLiteral("unknown"));

    m_ruleChip->setObjectName(QStringLiteral("ruleFilter"));
    m_ruleLabel->setObjectName(QStringLiteral("ruleFilterLabel"));
    m_ruleChip->setAutoFillBackground(true);
    m_ruleChip->setBackgroundRole(QPalette::AlternateBase);
    m_ruleClear->setObjectName(QStringLiteral("ruleFilterClear"));
    m_ruleClear->setText(QStringLiteral("\u2715"));
    m_ruleClear->setAutoRaise(true);
    m_ruleClear->setToolTip(tr("Show everyone again"));
    m_ruleClear->setAccessibleName(tr("Clear the filter"));
    connect(m_ruleClear, &QToolButton::clicked, this, &ParticipantFilterBar::clearRule);
    auto *chipLayout = new QHBoxLayout(m_ruleChip);
    chipLayout->setContentsMargins(6, 0, 0, 0);
    chipLayout->setSpacing(2);
    chipLayout->addWidget(m_ruleLabel);
    chipLayout->addWidget(m_ruleClear);
    m_ruleChip->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    for (QComboBox *combo : {m_status, m_stage, m_subregion, m_gender, m_sector}) {
        layout->addWidget(combo, 1);
        // Connected once filled, so that filling them announces nothing.
        connect(combo, &QComboBox::currentIndexChanged, this, &ParticipantFilterBar::announce);
    }
    layout->addWidget(m_ruleChip);

    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(filter()); });
}

QComboBox *ParticipantFilterBar::addCombo(const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}

ParticipantFilter ParticipantFilterBar::filter() const
{
    ParticipantFilter result;
    result.text = m_search->text();
    result.status = statusFromCode(m_status->currentData().toString());
    result.stage = stageFromCode(m_stage->currentData().toString());
    result.subregion = m_subregion->currentData().toString();
    result.gender = genderFromCode(m_gender->currentData().toString());
    result.sector = m_sector->currentData().toString();
    result.rule = m_rule;
    result.organizationId = m_organizationId;
    return result;
}

void ParticipantFilterBar::announce()
{
    if (!m_setting)
        Q_EMIT filterChanged(filter());
}

void ParticipantFilterBar::setFilter(const ParticipantFilter &filter, const QString &description)
{
    m_setting = true;
    m_search->setText(filter.text);
    m_typing->stop();
    const auto choose = [](QComboBox *combo, const QString &code) {
        combo->setCurrentIndex(code.isEmpty() ? 0 : std::max(0, combo->findData(code)));
    };
    choose(m_status, filter.status ? statusCode(*filter.status) : QString());
    choose(m_stage,
           filter.stage && *filter.stage != Stage::Pool ? stageCode(*filter.stage) : QString());
    choose(m_subregion, filter.subregion);
    choose(m_gender, filter.gender ? genderCode(*filter.gender) : QString());
    choose(m_sector, filter.sector);
    m_rule = filter.rule;
    m_organizationId = filter.organizationId;
    const bool chip =
        m_rule != ParticipantRule::None || m_organizationId != 0 || !description.isEmpty();
    m_ruleLabel->setText(description);
    m_ruleChip->setVisible(chip);
    m_setting = false;
    announce();
}

void ParticipantFilterBar::clearRule()
{
    // What the dashboard set goes in one click: the rule and the stage and category too.
    clear();
}

void ParticipantFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ParticipantFilterBar::clear()
{
    setFilter(ParticipantFilter());
}

} // namespace consulta
