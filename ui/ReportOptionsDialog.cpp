#include "ReportOptionsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace consulta {

ReportOptionsDialog::ReportOptionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_suppressSmall(new QCheckBox(tr("Show counts from 1 to 4 as \u201c<5\u201d (for copies "
                                       "shared outside the secretariat)"),
                                    this))
    , m_groupBy(new QComboBox(this))
    , m_landscape(new QCheckBox(tr("Landscape"), this))
{
    setWindowTitle(tr("Report"));
    m_kind->addItem(tr("Balance report"), int(Kind::Balance));
    m_kind->addItem(tr("Participants list"), int(Kind::Participants));
    m_stage->addItem(tr("All stages / everyone"), QString());
    for (Stage s : allStages())
        m_stage->addItem(stageLabel(s), stageCode(s));
    for (ParticipantsReport::GroupBy g :
         {ParticipantsReport::GroupBy::Organization, ParticipantsReport::GroupBy::Country,
          ParticipantsReport::GroupBy::Subregion, ParticipantsReport::GroupBy::Status,
          ParticipantsReport::GroupBy::Sector, ParticipantsReport::GroupBy::None}) {
        QString label = ParticipantsReport::groupByLabel(g);
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper();
        m_groupBy->addItem(label, ParticipantsReport::groupByCode(g));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(QString(), m_suppressSmall);
    form->addRow(tr("&Group by:"), m_groupBy);
    form->addRow(QString(), m_landscape);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportOptionsDialog::updateEnabled);
    updateEnabled();
}

ReportOptionsDialog::Kind ReportOptionsDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ReportOptionsDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportOptionsDialog::setStage(std::optional<Stage> stage)
{
    m_stage->setCurrentIndex(stage ? m_stage->findData(stageCode(*stage)) : 0);
}

std::optional<Stage> ReportOptionsDialog::stage() const
{
    return stageFromCode(m_stage->currentData().toString());
}

BalanceReport::Options ReportOptionsDialog::balanceOptions() const
{
    BalanceReport::Options options;
    options.stage = stage();
    options.suppressSmall = m_suppressSmall->isChecked();
    options.generatedAt = QDateTime::currentDateTimeUtc();
    return options;
}

ParticipantsReport::Options ReportOptionsDialog::participantsOptions() const
{
    ParticipantsReport::Options options;
    options.stage = stage();
    options.groupBy = ParticipantsReport::groupByFromCode(m_groupBy->currentData().toString())
                          .value_or(ParticipantsReport::GroupBy::Organization);
    options.landscape = m_landscape->isChecked();
    options.generatedAt = QDateTime::currentDateTimeUtc();
    return options;
}

ReportDocument ReportOptionsDialog::buildReport(const ConsultationStore &store) const
{
    if (kind() == Kind::Participants)
        return ParticipantsReport::fromStore(store, participantsOptions()).document();
    ReportDocument report = BalanceReport::fromStore(store, balanceOptions()).document();
    report.landscape = m_landscape->isChecked();
    return report;
}

void ReportOptionsDialog::updateEnabled()
{
    const bool balance = kind() == Kind::Balance;
    m_suppressSmall->setEnabled(balance);
    m_groupBy->setEnabled(!balance);
}

} // namespace consulta
