#pragma once

#include <QLabel>

namespace consulta {

class DocumentSession;

// The status bar's figures: people per stage, and the rules broken in the registered
// stage (organizations over their limit, late registrations, over capacity).
class StageSummary : public QLabel
{
    Q_OBJECT

public:
    explicit StageSummary(QWidget *parent = nullptr);

    void setSession(DocumentSession *session);
    void refresh();

private:
    DocumentSession *m_session = nullptr;
};

} // namespace consulta
