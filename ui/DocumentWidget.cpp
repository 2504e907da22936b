#include "DocumentWidget.h"

#include "ConsultationPage.h"
#include "OrganizationsPage.h"
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
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->addItems({tr("Consultation"), tr("Participants"), tr("Organizations")});
    m_navigation->setFixedWidth(150);
    m_navigation->setSpacing(2);
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_navigation->setFont(font);
    m_pages->addWidget(m_consultation);
    m_pages->addWidget(m_participants);
    m_pages->addWidget(m_organizations);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setTabOrder(m_navigation, m_pages);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        Q_EMIT pageChanged();
    });
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
