#include "DocumentWidget.h"

#include "BalanceFeed.h"
#include "BalanceFilters.h"
#include "BalancePage.h"
#include "ConsultationPage.h"
#include "DocumentSession.h"
#include "OrganizationsPage.h"
#include "ParticipantFilterBar.h"
#include "ParticipantsPage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace consulta {

DocumentWidget::DocumentWidget(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_consultation(new ConsultationPage(session, m_pages))
    , m_participants(new ParticipantsPage(session, m_pages))
    , m_organizations(new OrganizationsPage(session, m_pages))
    , m_balance(new BalancePage(m_pages))
    , m_balanceFeed(new BalanceFeed(session, *m_balance, this))
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->addItems(
        {tr("Consultation"), tr("Participants"), tr("Organizations"), tr("Balance")});
    m_navigation->setFixedWidth(150);
    m_navigation->setSpacing(2);
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_navigation->setFont(font);
    m_pages->addWidget(m_consultation);
    m_pages->addWidget(m_participants);
    m_pages->addWidget(m_organizations);
    m_pages->addWidget(m_balance);
    m_balance->setObjectName(QStringLiteral("balancePage"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setTabOrder(m_navigation, m_pages);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        Q_EMIT pageChanged();
    });
    connect(m_balance, &BalancePage::categoryActivated, this,
            [this](Stage stage, Dimension dimension, const QString &code) {
                showParticipants(BalanceFilters::forCategory(stage, dimension, code));
            });
    connect(m_balance, &BalancePage::ruleActivated, this,
            [this](const QString &rule, qint64 organizationId) {
                showParticipants(BalanceFilters::forRule(rule, organizationId));
            });
    showPage(Page::Participants);
}

void DocumentWidget::showParticipants(const ParticipantFilter &filter)
{
    m_participants->filterBar()->setFilter(filter,
                                           BalanceFilters::describe(filter, m_session.index()));
    showPage(Page::Participants);
}

DocumentWidget::Page DocumentWidget::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void DocumentWidget::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

} // namespace consulta
