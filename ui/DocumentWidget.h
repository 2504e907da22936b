#pragma once

#include "store/ParticipantIndex.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace consulta {

class BalanceFeed;
class BalancePage;
class ConsultationPage;
class DocumentSession;
class OrganizationsPage;
class ParticipantsPage;

// The central area of a window with a document open: a navigation list on the left
// (Consultation, Participants, Organizations, Balance) switching the page beside it.
// Clicking a category or a rule on the balance page filters the participants table
// to those people and shows it.
class DocumentWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Consultation,
        Participants,
        Organizations,
        Balance,
    };

    explicit DocumentWidget(DocumentSession &session, QWidget *parent = nullptr);

    DocumentSession &session() { return m_session; }
    ConsultationPage *consultationPage() const { return m_consultation; }
    ParticipantsPage *participantsPage() const { return m_participants; }
    OrganizationsPage *organizationsPage() const { return m_organizations; }
    BalancePage *balancePage() const { return m_balance; }
    const BalanceFeed &balanceFeed() const { return *m_balanceFeed; }

    Page currentPage() const;
    void showPage(Page page);

Q_SIGNALS:
    void pageChanged();

private:
    void showParticipants(const ParticipantFilter &filter);

    DocumentSession &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ConsultationPage *m_consultation;
    ParticipantsPage *m_participants;
    OrganizationsPage *m_organizations;
    BalancePage *m_balance;
    BalanceFeed *m_balanceFeed;
};

} // namespace consulta
