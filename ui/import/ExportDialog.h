#pragma once

#include "model/Status.h"

#include <QDialog>

#include <optional>

class QComboBox;

namespace consulta {

class DocumentSession;

// File → Export…: which participants to write (everyone, or the people of one stage, each
// with its count), and what the file will be like.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const DocumentSession &session, QWidget *parent = nullptr);

    // nullopt: everyone (the pool).
    std::optional<Stage> stage() const;
    void setStage(std::optional<Stage> stage);

private:
    QComboBox *m_stage;
};

} // namespace consulta
