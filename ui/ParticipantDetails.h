#pragma once

#include <QWidget>

class QTextBrowser;

namespace consulta {

class DocumentSession;

// The selected person beside the participants table: contact details, how they came
// in, notes and the status history with the time of each change.
class ParticipantDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantDetails(DocumentSession &session, QWidget *parent = nullptr);

    void showParticipant(qint64 id); // 0 shows nothing
    qint64 participantId() const { return m_id; }

private:
    void refresh();

    DocumentSession &m_session;
    QTextBrowser *m_text;
    qint64 m_id = 0;
    qint64 m_forwarderId = 0; // shown by name: a change to that person refreshes too
};

} // namespace consulta
