#include "ConsultationPage.h"

#include "CountryDelegate.h"
#include "DocumentSession.h"
#include "TeamTableModel.h"
#include "commands/EditConsultationCommand.h"
#include "model/ConsultationDefaults.h"
#include "reference/ReferenceData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <memory>

namespace consulta {

namespace {

// The value a date edit shows for "not set".
const QDateTime kUnset(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);

QDateTimeEdit *makeInstantEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QDateTimeEdit(parent);
    // The edit shows the wall clock of the consultation's zone; it is kept in UTC so
    // that the user's own daylight-saving rules never shift or reject a value.
    edit->setTimeSpec(Qt::UTC);
    edit->setMinimumDateTime(kUnset);
    edit->setSpecialValueText(QCoreApplication::translate("ConsultationPage", "Not set"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ConsultationPage::ConsultationPage(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    left->addWidget(buildDetails());
    left->addWidget(buildTeam(), 1);
    columns->addLayout(left, 3);
    columns->addWidget(buildObjectives(), 2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_session, &DocumentSession::consultationChanged, this, &ConsultationPage::refresh);
    refresh();
}

QWidget *ConsultationPage::buildDetails()
{
    auto *box = new QGroupBox(tr("Consultation"), this);
    auto *form = new QFormLayout(box);

    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("consultationTitle"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        change(tr("title"), [this](Consultation &c) { c.title = m_title->text().trimmed(); });
    });

    m_roundtable = new QComboBox(box);
    m_roundtable->setAccessibleName(tr("IMRF roundtable"));
    for (const Roundtable &roundtable : ReferenceData::instance().roundtables())
        m_roundtable->addItem(tr("Roundtable %1").arg(roundtable.number), roundtable.number);
    form->addRow(tr("I&MRF roundtable:"), m_roundtable);
    connect(m_roundtable, &QComboBox::currentIndexChanged, this, [this] {
        const int number = m_roundtable->currentData().toInt();
        // The objectives follow the roundtable.
        change(tr("roundtable"), [number](Consultation &c) {
            c.roundtable = number;
            c.objectives = defaultConsultation(number).objectives;
        });
    });

    m_timeZone = new QComboBox(box);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setAccessibleName(tr("Time zone of the consultation"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_timeZone->addItem(QString::fromUtf8(zone), zone);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    form->addRow(tr("Time &zone:"), m_timeZone);
    connect(m_timeZone, &QComboBox::activated, this, [this] {
        const QByteArray zone = m_timeZone->currentData().toByteArray();
        if (QTimeZone(zone).isValid())
            change(tr("time zone"), [zone](Consultation &c) { c.timeZone = zone; });
    });

    auto addInstant = [&](const QString &label, const QString &name, QDateTimeEdit *&edit,
                          QLabel *&local, QDateTime Consultation::*member) {
        edit = makeInstantEdit(box, name);
        local = new QLabel(box);
        local->setStyleSheet(QStringLiteral("color: #555"));
        auto *row = new QHBoxLayout;
        row->addWidget(edit);
        row->addWidget(local, 1);
        // A row that is a layout gets no buddy from the form: give the label its own.
        auto *caption = new QLabel(label, box);
        caption->setBuddy(edit);
        form->addRow(caption, row);
        QDateTimeEdit *target = edit;
        connect(edit, &QDateTimeEdit::editingFinished, this,
                [this, target, member, name] { changeInstant(target, member, name); });
    };
    addInstant(tr("&Starts:"), tr("start"), m_start, m_startLocal, &Consultation::startsAt);
    addInstant(tr("E&nds:"), tr("end"), m_end, m_endLocal, &Consultation::endsAt);
    addInstant(tr("Registration &deadline:"), tr("registration deadline"), m_deadline,
               m_deadlineLocal, &Consultation::registrationDeadline);

    m_platform = new QLineEdit(box);
    m_platform->setAccessibleName(tr("Online platform"));
    form->addRow(tr("Online p&latform:"), m_platform);
    connect(m_platform, &QLineEdit::editingFinished, this, [this] {
        change(tr("platform"),
               [this](Consultation &c) { c.platform = m_platform->text().trimmed(); });
    });

    m_chathamHouse = new QCheckBox(tr("Held under the Chatham House R&ule"), box);
    m_recorded = new QCheckBox(tr("&Recorded"), box);
    m_chathamHouse->setAccessibleName(tr("Chatham House Rule"));
    m_recorded->setAccessibleName(tr("Recorded"));
    form->addRow(QString(), m_chathamHouse);
    form->addRow(QString(), m_recorded);
    connect(m_chathamHouse, &QCheckBox::toggled, this, [this](bool on) {
        change(tr("Chatham House Rule"), [on](Consultation &c) { c.chathamHouseRule = on; });
    });
    connect(m_recorded, &QCheckBox::toggled, this, [this](bool on) {
        change(tr("recording"), [on](Consultation &c) { c.recorded = on; });
    });

    m_limit = new QSpinBox(box);
    m_limit->setRange(0, 1000);
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setAccessibleName(tr("People per organization"));
    form->addRow(tr("People per or&ganization:"), m_limit);
    connect(m_limit, &QSpinBox::valueChanged, this, [this](int value) {
        change(
            tr("limit per organization"),
            [value](Consultation &c) { c.maxPerOrganization = value; }, true);
    });

    m_capacity = new QSpinBox(box);
    m_capacity->setRange(0, 1000000);
    m_capacity->setSpecialValueText(tr("No capacity set"));
    m_capacity->setAccessibleName(tr("Capacity"));
    form->addRow(tr("Capac&ity:"), m_capacity);
    connect(m_capacity, &QSpinBox::valueChanged, this, [this](int value) {
        change(
            tr("capacity"), [value](Consultation &c) { c.capacity = value; }, true);
    });
    return box;
}

QWidget *ConsultationPage::buildObjectives()
{
    auto *box = new QGroupBox(tr("GCM objectives"), this);
    auto *layout = new QVBoxLayout(box);
    m_objectives = new QListWidget(box);
    m_objectives->setAccessibleName(tr("GCM objectives covered"));
    m_objectives->setWordWrap(true);
    for (const Objective &objective : ReferenceData::instance().objectives()) {
        auto *item = new QListWidgetItem(
            tr("%1. %2").arg(objective.number).arg(objective.shortLabel), m_objectives);
        item->setData(Qt::UserRole, objective.number);
        item->setToolTip(objective.title);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *title = new QLabel(box);
    title->setWordWrap(true);
    title->setStyleSheet(QStringLiteral("color: #555"));
    layout->addWidget(m_objectives, 1);
    layout->addWidget(title);
    connect(m_objectives, &QListWidget::currentItemChanged, this,
            [title](QListWidgetItem *item) { title->setText(item ? item->toolTip() : QString()); });
    connect(m_objectives, &QListWidget::itemChanged, this, [this] {
        if (m_refreshing)
            return;
        QList<int> objectives;
        for (int i = 0; i < m_objectives->count(); ++i) {
            if (m_objectives->item(i)->checkState() == Qt::Checked)
                objectives.append(m_objectives->item(i)->data(Qt::UserRole).toInt());
        }
        change(tr("objectives"), [objectives](Consultation &c) { c.objectives = objectives; });
    });
    return box;
}

QWidget *ConsultationPage::buildTeam()
{
    auto *box = new QGroupBox(tr("Organizing team"), this);
    m_teamModel = new TeamTableModel(m_session, this);
    m_team = new QTableView(box);
    m_team->setModel(m_teamModel);
    m_team->setAccessibleName(tr("Organizing team"));
    m_team->verticalHeader()->hide();
    m_team->horizontalHeader()->setStretchLastSection(true);
    m_team->horizontalHeader()->resizeSection(TeamTableModel::RoleColumn, 180);
    m_team->horizontalHeader()->resizeSection(TeamTableModel::OrganizationColumn, 320);
    m_team->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_team->setMinimumHeight(160);
    auto *add = new QPushButton(tr("&Add Member"), box);
    auto *remove = new QPushButton(tr("Remove Mem&ber"), box);
    add->setAccessibleName(tr("Add team member"));
    remove->setAccessibleName(tr("Remove team member"));
    // A country is picked from the list, as everywhere else.
    m_team->setItemDelegateForColumn(TeamTableModel::CountryColumn, new CountryDelegate(m_team));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_team, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        m_teamModel->appendMember();
        const QModelIndex last = m_teamModel->index(m_teamModel->rowCount() - 1, 0);
        m_team->setCurrentIndex(last);
        m_team->edit(last);
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_teamModel->removeMember(m_team->currentIndex().row()); });
    return box;
}

void ConsultationPage::change(const QString &field, const std::function<void(Consultation &)> &edit,
                              bool mergeable)
{
    if (m_refreshing)
        return;
    const Consultation before = m_session.consultation();
    Consultation after = before;
    edit(after);
    if (after == before)
        return;
    m_session.undoStack()->push(
        new EditConsultationCommand(m_session, before, after, field, mergeable));
}

void ConsultationPage::changeInstant(QDateTimeEdit *edit, QDateTime Consultation::*member,
                                     const QString &field)
{
    const QDateTime shown = edit->dateTime();
    QDateTime instant;
    if (shown != kUnset) {
        const QTimeZone zone(m_session.consultation().timeZone);
        instant =
            QDateTime(shown.date(), shown.time(), zone.isValid() ? zone : QTimeZone::utc()).toUTC();
    }
    change(field, [member, instant](Consultation &c) { c.*member = instant; });
}

void ConsultationPage::showInstant(QDateTimeEdit *edit, QLabel *local, const QDateTime &instant)
{
    if (!instant.isValid()) {
        edit->setDateTime(kUnset);
        local->clear();
        return;
    }
    const QTimeZone zone(m_session.consultation().timeZone);
    const QDateTime inZone = instant.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    edit->setDateTime(QDateTime(inZone.date(), inZone.time(), Qt::UTC));
    const QDateTime mine = instant.toLocalTime();
    local->setText(tr("%1 · your time: %2 (%3)")
                       .arg(inZone.timeZoneAbbreviation(),
                            mine.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            QString::fromUtf8(QTimeZone::systemTimeZoneId())));
}

void ConsultationPage::refresh()
{
    m_refreshing = true;
    const Consultation &c = m_session.consultation();
    const QList<QWidget *> widgets = {m_title,        m_roundtable, m_objectives, m_timeZone,
                                      m_start,        m_end,        m_deadline,   m_platform,
                                      m_chathamHouse, m_recorded,   m_limit,      m_capacity};
    QList<std::shared_ptr<QSignalBlocker>> blockers;
    for (QWidget *widget : widgets)
        blockers.append(std::make_shared<QSignalBlocker>(widget));
    if (m_title->text() != c.title) {
        m_title->setText(c.title);
        m_title->setCursorPosition(0); // a long title shows its beginning
    }
    m_roundtable->setCurrentIndex(std::max(0, m_roundtable->findData(c.roundtable)));
    for (int i = 0; i < m_objectives->count(); ++i) {
        QListWidgetItem *item = m_objectives->item(i);
        item->setCheckState(
            c.objectives.contains(item->data(Qt::UserRole).toInt()) ? Qt::Checked : Qt::Unchecked);
    }
    const int zone = m_timeZone->findData(c.timeZone);
    if (zone >= 0)
        m_timeZone->setCurrentIndex(zone);
    else
        m_timeZone->setEditText(QString::fromUtf8(c.timeZone));
    showInstant(m_start, m_startLocal, c.startsAt);
    showInstant(m_end, m_endLocal, c.endsAt);
    showInstant(m_deadline, m_deadlineLocal, c.registrationDeadline);
    if (m_platform->text() != c.platform)
        m_platform->setText(c.platform);
    m_chathamHouse->setChecked(c.chathamHouseRule);
    m_recorded->setChecked(c.recorded);
    m_limit->setValue(c.maxPerOrganization);
    m_capacity->setValue(c.capacity);
    m_refreshing = false;
}

} // namespace consulta
