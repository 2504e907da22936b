#include "ExportDialog.h"

#include "DocumentSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace consulta {

ExportDialog::ExportDialog(const DocumentSession &session, QWidget *parent)
    : QDialog(parent)
    , m_stage(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Participants"));

    std::array<int, 4> counts{};
    for (const ParticipantIndex::Entry &entry : session.index().entries()) {
        for (Stage stage : allStages()) {
            if (isInStage(entry.status, stage))
                ++counts[std::size_t(stage)];
        }
    }
    m_stage->setObjectName(QStringLiteral("stage"));
    for (Stage stage : allStages()) {
        const QString label = stage == Stage::Pool ? tr("Everyone") : stageLabel(stage);
        m_stage->addItem(tr("%1 (%2)").arg(label).arg(counts[std::size_t(stage)]),
                         stageCode(stage));
    }

    auto *about = new QLabel(
        tr("The file is a CSV table in UTF-8 that spreadsheets open in every script. Cells "
           "that a spreadsheet would run as a formula start with an apostrophe. File → "
           "Import… reads the file back."),
        this);
    about->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Participants:"), m_stage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(about);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

std::optional<Stage> ExportDialog::stage() const
{
    const std::optional<Stage> stage = stageFromCode(m_stage->currentData().toString());
    if (stage == Stage::Pool)
        return std::nullopt;
    return stage;
}

void ExportDialog::setStage(std::optional<Stage> stage)
{
    m_stage->setCurrentIndex(m_stage->findData(stageCode(stage.value_or(Stage::Pool))));
}

} // namespace consulta
