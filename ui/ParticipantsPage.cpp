#include "ParticipantsPage.h"

#include "DocumentSession.h"
#include "ParticipantDetails.h"
#include "ParticipantDialog.h"
#include "ParticipantFilterBar.h"
#include "ParticipantTableModel.h"
#include "Prompts.h"
#include "StatusActions.h"
#include "commands/RemoveParticipantsCommand.h"
#include "commands/SaveParticipantCommand.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace consulta {

ParticipantsPage::ParticipantsPage(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filterBar(new ParticipantFilterBar(this))
    , m_model(new ParticipantTableModel(session, this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_details(new ParticipantDetails(session, this))
    , m_statusActions(std::make_unique<StatusActions>(session, this))
{
    m_statusActions->setReporter([this](const QString &text) { Q_EMIT statusMessage(text); });
    m_view->setObjectName(QStringLiteral("participantsTable"));
    m_view->setAccessibleName(tr("Participants"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The model starts sorted by name: say so before sorting is enabled, which sorts by
    // the indicator, so that opening sorts 100,000 people once, not three times.
    m_view->horizontalHeader()->setSortIndicator(ParticipantTableModel::NameColumn,
                                                 Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never measures 100,000 rows to lay them out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int widths[] = {200, 220, 120, 80, 90, 160, 90, 120, 200};
    for (int column = 0; column < ParticipantTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    m_count->setObjectName(QStringLiteral("participantCount"));
    m_count->setAccessibleName(tr("Participants shown"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
    setTabOrder(m_filterBar, m_view);
    setTabOrder(m_view, m_details);

    connect(m_filterBar, &ParticipantFilterBar::filterChanged, m_model,
            &ParticipantTableModel::setFilter);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &ParticipantsPage::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParticipantsPage::restoreSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParticipantsPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ParticipantsPage::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_details->showParticipant(m_model->idAt(current.row()));
            });
    connect(m_view, &QTableView::doubleClicked, this, [this] { editParticipant(); });
    updateCount();
}

ParticipantsPage::~ParticipantsPage() = default;

void ParticipantsPage::setContextActions(const QList<QAction *> &actions)
{
    m_view->addActions(actions);
}

void ParticipantsPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%1 participants").arg(total)
                                    : tr("%1 of %2 participants shown").arg(shown).arg(total));
}

QList<qint64> ParticipantsPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids.append(m_model->idAt(row.row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ParticipantsPage::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, ParticipantTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ParticipantsPage::rememberSelection()
{
    m_savedSelection = selectedIds();
    m_savedCurrent = m_model->idAt(m_view->currentIndex().row());
}

void ParticipantsPage::restoreSelection()
{
    // Selecting thousands of rows one by one would be slow; keep at most a screenful
    // of a very large selection.
    if (m_savedSelection.size() <= 5000)
        selectIds(m_savedSelection);
    const int current = m_model->rowOf(m_savedCurrent);
    if (current >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(current, 0),
                                                  QItemSelectionModel::NoUpdate);
        m_view->scrollTo(m_model->index(current, 0));
    }
    m_details->showParticipant(current >= 0 ? m_savedCurrent : 0);
    Q_EMIT selectionChanged();
}

void ParticipantsPage::focusSearch()
{
    m_filterBar->focusSearch();
}

bool ParticipantsPage::addParticipant()
{
    ParticipantDialog dialog(m_session.store().organizations(), this);
    dialog.setForwarderCandidates(m_session.store().participants());
    dialog.setWindowTitle(tr("Add Participant"));
    if (Prompts::current().exec(dialog) != QDialog::Accepted)
        return false;
    auto *command = new SaveParticipantCommand(m_session, std::nullopt, dialog.participant(),
                                               dialog.newOrganization());
    m_session.undoStack()->push(command);
    // Show the new person even when the filter would hide them.
    const qint64 id = m_session.undoStack()->command(m_session.undoStack()->index() - 1) == command
                          ? command->participantId()
                          : 0;
    if (id != 0 && m_model->rowOf(id) < 0)
        m_filterBar->clear();
    if (id != 0) {
        selectIds({id});
        const int row = m_model->rowOf(id);
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
    return id != 0;
}

bool ParticipantsPage::editParticipant()
{
    qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (id == 0) {
        const QList<qint64> ids = selectedIds();
        if (ids.isEmpty())
            return false;
        id = ids.constFirst();
    }
    const std::optional<Participant> before = m_session.store().participant(id);
    if (!before)
        return false;
    ParticipantDialog dialog(m_session.store().organizations(), this);
    dialog.setForwarderCandidates(m_session.store().participants());
    dialog.setWindowTitle(tr("Edit %1").arg(before->displayName()));
    dialog.setParticipant(*before);
    if (Prompts::current().exec(dialog) != QDialog::Accepted)
        return false;
    const Participant after = dialog.participant();
    const std::optional<Organization> newOrganization = dialog.newOrganization();
    if (after == *before && !newOrganization)
        return false;
    m_session.undoStack()->push(
        new SaveParticipantCommand(m_session, before, after, newOrganization));
    return true;
}

bool ParticipantsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    QString question;
    if (ids.size() == 1) {
        const std::optional<Participant> p = m_session.store().participant(ids.constFirst());
        question = tr("Delete %1 and their status history?").arg(p ? p->displayName() : QString());
    } else {
        question = tr("Delete %n people and their status history?", "", int(ids.size()));
    }
    if (!Prompts::current().confirm(this, tr("Delete Participants"), question, tr("&Delete")))
        return false;
    m_session.undoStack()->push(new RemoveParticipantsCommand(m_session, ids));
    return true;
}

bool ParticipantsPage::setStatusOfSelected(Status status)
{
    return m_statusActions->apply(selectedIds(), status);
}

} // namespace consulta
