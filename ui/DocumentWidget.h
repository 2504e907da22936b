#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace consulta {

class ConsultationPage;
class DocumentSession;
class OrganizationsPage;
class ParticipantsPage;

// The central area of a window with a document open: a navigation list on the left
// (Consultation, Participants, Organizations) switching the page beside it.
class DocumentWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Consultation,
        Participants,
        Organizations,
    };

    explicit DocumentWidget(DocumentSession &session, QWidget *parent = nullptr);

    DocumentSession &session() { return m_session; }
    ConsultationPage *consultationPage() const { return m_consultation; }
    ParticipantsPage *participantsPage() const { return m_participants; }
    OrganizationsPage *organizationsPage() const { return m_organizations; }

    Page currentPage() const;
    void showPage(Page page);

Q_SIGNALS:
    void pageChanged();

private:
    DocumentSession &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ConsultationPage *m_consultation;
    ParticipantsPage *m_participants;
    OrganizationsPage *m_organizations;
};

} // namespace consulta
