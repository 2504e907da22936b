#include "ParticipantFilterBar.h"

#include "reference/ReferenceData.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace consulta {

ParticipantFilterBar::ParticipantFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    for (QComboBox *combo : {m_status, m_subregion, m_gender, m_sector}) {
        layout->addWidget(combo, 1);
        // Connected once filled, so that filling them announces nothing.
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this] { Q_EMIT filterChanged(filter()); });
    }

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
    result.subregion = m_subregion->currentData().toString();
    result.gender = genderFromCode(m_gender->currentData().toString());
    result.sector = m_sector->currentData().toString();
    return result;
}

void ParticipantFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ParticipantFilterBar::clear()
{
    m_search->clear();
    for (QComboBox *combo : {m_status, m_subregion, m_gender, m_sector})
        combo->setCurrentIndex(0);
    m_typing->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace consulta
