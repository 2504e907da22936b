#include "OrganizationsPage.h"

#include "DocumentSession.h"
#include "OrganizationDialog.h"
#include "OrganizationTableModel.h"
#include "Prompts.h"
#include "commands/RemoveOrganizationCommand.h"
#include "commands/SaveOrganizationCommand.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace consulta {

OrganizationsPage::OrganizationsPage(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new OrganizationTableModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OrganizationTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1);

    m_search->setPlaceholderText(tr("Search organizations"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search organizations"));
    auto *add = new QPushButton(tr("&Add Organization…"), this);
    auto *edit = new QPushButton(tr("Ed&it Organization…"), this);
    auto *remove = new QPushButton(tr("&Delete Organization…"), this);
    add->setAccessibleName(tr("Add organization"));
    edit->setAccessibleName(tr("Edit organization"));
    remove->setAccessibleName(tr("Delete organization"));
    auto *deleteKey = new QAction(tr("Delete Organization…"), m_view);
    deleteKey->setObjectName(QStringLiteral("actionDeleteOrganization"));
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteKey);

    m_view->setObjectName(QStringLiteral("organizationsTable"));
    m_view->setAccessibleName(tr("Organizations"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrganizationTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->resizeSection(OrganizationTableModel::NameColumn, 320);
    m_view->horizontalHeader()->resizeSection(OrganizationTableModel::CountryColumn, 140);
    m_view->horizontalHeader()->resizeSection(OrganizationTableModel::CategoryColumn, 260);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(add);
    top->addWidget(edit);
    top->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &OrganizationsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrganizationsPage::updateCount);
    connect(add, &QPushButton::clicked, this, &OrganizationsPage::addOrganization);
    connect(edit, &QPushButton::clicked, this, &OrganizationsPage::editOrganization);
    connect(remove, &QPushButton::clicked, this, &OrganizationsPage::removeOrganization);
    // Edit and Delete act on the current organization: only offered when there is one.
    auto updateButtons = [this, edit, remove, deleteKey] {
        const bool current = m_view->currentIndex().isValid();
        edit->setEnabled(current);
        remove->setEnabled(current);
        deleteKey->setEnabled(current);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateButtons);
    updateButtons();
    connect(deleteKey, &QAction::triggered, this, &OrganizationsPage::removeOrganization);
    connect(m_view, &QTableView::doubleClicked, this, &OrganizationsPage::editOrganization);
    updateCount();
}

void OrganizationsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%1 organizations").arg(total)
                                    : tr("%1 of %2 organizations shown").arg(shown).arg(total));
}

bool OrganizationsPage::addOrganization()
{
    OrganizationDialog dialog(this);
    dialog.setWindowTitle(tr("Add Organization"));
    if (Prompts::current().exec(dialog) != QDialog::Accepted)
        return false;
    m_session.undoStack()->push(
        new SaveOrganizationCommand(m_session, std::nullopt, dialog.organization()));
    return true;
}

Organization OrganizationsPage::currentOrganization() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? m_model->organizationAt(current.row()) : Organization{};
}

bool OrganizationsPage::selectOrganization(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(OrganizationTableModel::IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

bool OrganizationsPage::removeOrganization()
{
    const Organization organization = currentOrganization();
    if (organization.id == 0)
        return false;
    QList<qint64> people;
    for (const ParticipantIndex::Entry &entry : m_session.index().entries()) {
        if (entry.organizationId == organization.id)
            people.append(entry.id);
    }
    const QString question =
        people.isEmpty() ? tr("Delete “%1”?").arg(organization.name)
        : people.size() == 1
            ? tr("Delete “%1”? One person belongs to it; they stay in the consultation "
                 "without an organization.")
                  .arg(organization.name)
            : tr("Delete “%1”? %2 people belong to it; they stay in the consultation without "
                 "an organization.")
                  .arg(organization.name)
                  .arg(people.size());
    if (!Prompts::current().confirm(this, tr("Delete Organization"), question, tr("&Delete")))
        return false;
    m_session.undoStack()->push(new RemoveOrganizationCommand(m_session, organization, people));
    return true;
}

bool OrganizationsPage::editOrganization()
{
    const Organization before = currentOrganization();
    if (before.id == 0)
        return false;
    OrganizationDialog dialog(this);
    dialog.setWindowTitle(tr("Edit %1").arg(before.name));
    dialog.setOrganization(before);
    if (Prompts::current().exec(dialog) != QDialog::Accepted)
        return false;
    const Organization after = dialog.organization();
    if (after == before)
        return false;
    m_session.undoStack()->push(new SaveOrganizationCommand(m_session, before, after));
    return true;
}

} // namespace consulta
