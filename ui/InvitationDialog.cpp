#include "InvitationDialog.h"

#include "DocumentSession.h"
#include "Prompts.h"
#include "commands/SaveInvitationSettingsCommand.h"
#include "commands/SetStatusCommand.h"
#include "invite/EffectiveTimeZone.h"
#include "invite/ZoneTimeText.h"
#include "store/ConsultationStore.h"
#include "store/TemplateStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace consulta {

namespace {

QString placeholderList()
{
    QStringList lines;
    for (const PlaceholderInfo &info : MessageTemplate::knownPlaceholders())
        lines.append(QStringLiteral("<tt>{%1}</tt> %2")
                         .arg(info.name.toHtmlEscaped(), info.description.toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

InvitationDialog::InvitationDialog(DocumentSession &session, MessageKind kind,
                                   const QList<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_run(session.store(), kind)
    , m_group(new QComboBox(this))
    , m_sender(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_previewFor(new QComboBox(this))
    , m_zones(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_handOff(new QCheckBox(tr("Then &open each message in my mail client, one by one"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool invitation = kind == MessageKind::Invitation;
    setObjectName(QStringLiteral("invitationDialog"));
    setWindowTitle(invitation ? tr("Send Invitations") : tr("Send Reminders"));

    m_group->setObjectName(QStringLiteral("recipientGroup"));
    m_sender->setObjectName(QStringLiteral("sender"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_body->setObjectName(QStringLiteral("body"));
    m_previewFor->setObjectName(QStringLiteral("previewFor"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_folder->setObjectName(QStringLiteral("folder"));

    QSet<qint64> selected(selectedIds.cbegin(), selectedIds.cend());
    QList<Participant> selectedPeople;
    if (!selected.isEmpty()) {
        const QList<Participant> everyone = session.store().participants();
        for (const Participant &p : everyone) {
            if (selected.contains(p.id))
                selectedPeople.append(p);
        }
    }
    if (!selectedPeople.isEmpty())
        addGroup(tr("The selected participants (%1)").arg(selectedPeople.size()), selectedPeople);
    if (invitation) {
        const QList<Participant> identified = m_run.recipients(Status::Identified);
        addGroup(tr("Everyone identified, not yet invited (%1)").arg(identified.size()),
                 identified);
        const QList<Participant> invited = m_run.recipients(Status::Invited);
        addGroup(tr("Everyone invited, again (%1)").arg(invited.size()), invited);
    } else {
        const QList<Participant> waiting = m_run.recipients();
        addGroup(tr("Invited, not registered (%1)").arg(waiting.size()), waiting);
        // Reminders go to the invited who have not registered: start there.
        m_group->setCurrentIndex(m_group->count() - 1);
    }

    m_sender->setPlaceholderText(tr("Name <address@example.org>"));
    m_sender->setText(m_run.sender().toString());
    m_subject->setText(m_run.messageTemplate().subject());
    m_body->setPlainText(m_run.messageTemplate().body());
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Preview"));
    m_zones->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    auto *placeholders = new QLabel(placeholderList(), this);
    placeholders->setObjectName(QStringLiteral("placeholders"));
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    placeholders->setWordWrap(true);

    auto *reset = new QPushButton(tr("Built-in &Text"), this);
    reset->setObjectName(QStringLiteral("resetTemplate"));
    reset->setToolTip(tr("Go back to the text written from the concept note"));
    connect(reset, &QPushButton::clicked, this, &InvitationDialog::resetTemplate);

    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseFolder"));
    connect(choose, &QPushButton::clicked, this, &InvitationDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    auto *form = new QFormLayout;
    form->addRow(tr("&Recipients:"), m_group);
    form->addRow(tr("&From:"), m_sender);
    form->addRow(tr("&Subject:"), m_subject);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_body, 1);
    auto *bodyButtons = new QHBoxLayout;
    bodyButtons->addWidget(new QLabel(tr("Placeholders:"), this));
    bodyButtons->addStretch(1);
    bodyButtons->addWidget(reset);
    editorLayout->addLayout(bodyButtons);
    // The list is long: it scrolls, so the body keeps the room.
    auto *placeholderScroll = new QScrollArea(this);
    placeholderScroll->setWidget(placeholders);
    placeholderScroll->setWidgetResizable(true);
    placeholderScroll->setFrameShape(QFrame::NoFrame);
    placeholderScroll->setMaximumHeight(150);
    editorLayout->addWidget(placeholderScroll);

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewForm = new QFormLayout;
    previewForm->addRow(tr("Pre&view for:"), m_previewFor);
    previewLayout->addLayout(previewForm);
    previewLayout->addWidget(m_zones);
    previewLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(editor);
    splitter->addWidget(previewPane);
    splitter->setChildrenCollapsible(false);

    auto *folderLabel = new QLabel(tr("Write to fol&der:"), this);
    folderLabel->setBuddy(m_folder);
    m_handOff->setObjectName(QStringLiteral("handToMailClient"));
    m_handOff->setToolTip(tr("Each message opens in your mail client as a draft ready to send "
                             "(Outlook; other clients may show it as a received message)."));
    auto *bottom = new QFormLayout;
    bottom->addRow(folderLabel, folderRow);
    bottom->addRow(QString(), m_handOff);

    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(invitation ? tr("&Write Invitations") : tr("&Write Reminders"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problems);
    layout->addLayout(bottom);
    layout->addWidget(m_buttons);

    connect(m_group, &QComboBox::currentIndexChanged, this, &InvitationDialog::updateRecipients);
    connect(m_previewFor, &QComboBox::currentIndexChanged, this, &InvitationDialog::updatePreview);
    connect(m_sender, &QLineEdit::textChanged, this, &InvitationDialog::updatePreview);
    connect(m_subject, &QLineEdit::textChanged, this, &InvitationDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &InvitationDialog::updatePreview);
    connect(m_folder, &QLineEdit::textChanged, this, &InvitationDialog::updateReadiness);

    updateRecipients();
    resize(1100, 720);
}

void InvitationDialog::addGroup(const QString &label, const QList<Participant> &people)
{
    m_group->addItem(label);
    m_groups.append(people);
}

QList<Participant> InvitationDialog::recipients() const
{
    const int index = m_group->currentIndex();
    return index >= 0 && index < m_groups.size() ? m_groups.at(index) : QList<Participant>();
}

MessageTemplate InvitationDialog::editedTemplate() const
{
    return MessageTemplate(m_subject->text(), m_body->toPlainText());
}

std::optional<Mailbox> InvitationDialog::sender() const
{
    return Mailbox::parse(m_sender->text());
}

QString InvitationDialog::folder() const
{
    return m_folder->text().trimmed();
}

void InvitationDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void InvitationDialog::chooseFolder()
{
    const QString chosen = Prompts::current().chooseFolder(
        this, tr("Folder for the Messages"), folder().isEmpty() ? QDir::homePath() : folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void InvitationDialog::resetTemplate()
{
    const MessageTemplate builtIn = MessageTemplate::defaultFor(m_kind, m_session.consultation());
    m_subject->setText(builtIn.subject());
    m_body->setPlainText(builtIn.body());
}

void InvitationDialog::updateRecipients()
{
    const QList<Participant> people = recipients();
    const qint64 shown = m_previewFor->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_previewFor);
        m_previewFor->clear();
        for (const Participant &p : people) {
            QString label = p.displayName();
            if (!p.email.isEmpty())
                label += QStringLiteral(" <") + p.email + QLatin1Char('>');
            m_previewFor->addItem(label, p.id);
        }
        const int again = m_previewFor->findData(shown);
        m_previewFor->setCurrentIndex(again >= 0 ? again : 0);
    }
    updatePreview();
}

void InvitationDialog::updatePreview()
{
    m_run.setSender(sender().value_or(Mailbox()));
    m_run.setTemplate(editedTemplate());

    const QList<Participant> people = recipients();
    const int index = m_previewFor->currentIndex();
    if (index < 0 || index >= people.size()) {
        m_zones->clear();
        m_preview->setPlainText(tr("Nobody to preview: the chosen group is empty."));
        updateReadiness();
        return;
    }
    const Participant &person = people.at(index);
    const Consultation &consultation = m_session.consultation();
    const RenderedMessage message = m_run.preview(person);

    const QDateTime at =
        consultation.startsAt.isValid() ? consultation.startsAt : QDateTime::currentDateTimeUtc();
    const QString theirs =
        ZoneTimeText::zoneName(EffectiveTimeZone::of(person, consultation).zone(), at);
    const QString ours =
        ZoneTimeText::zoneName(EffectiveTimeZone::ofConsultation(consultation).zone(), at);
    QString zones = tr("Times for this person: %1. The consultation's: %2.").arg(theirs, ours);
    if (!message.unknownPlaceholders.isEmpty())
        zones +=
            QLatin1Char(' ') + tr("Unknown placeholders: %1.")
                                   .arg(message.unknownPlaceholders.join(QStringLiteral(", ")));
    if (!message.emptyPlaceholders.isEmpty())
        zones += QLatin1Char(' ') + tr("Empty for this person: %1.")
                                        .arg(message.emptyPlaceholders.join(QStringLiteral(", ")));
    m_zones->setText(zones);

    QString text = tr("To: %1").arg(Mailbox{person.displayName(), person.email}.toString());
    text += QLatin1Char('\n') + tr("Subject: %1").arg(message.subject);
    text += QStringLiteral("\n\n") + message.body;
    m_preview->setPlainText(text);
    updateReadiness();
}

void InvitationDialog::updateReadiness()
{
    QStringList problems;
    const Result<void> ready = m_run.readiness();
    if (!ready)
        problems.append(ready.errorMessage());
    if (recipients().isEmpty())
        problems.append(tr("Nobody to write to: choose people or another group."));
    if (folder().isEmpty())
        problems.append(tr("Choose the folder the messages go to."));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #a40000"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

bool InvitationDialog::writeMessages()
{
    QWidget *owner = parentWidget() ? parentWidget() : this;
    const QList<Participant> people = recipients();
    m_run.setSender(sender().value_or(Mailbox()));
    m_run.setTemplate(editedTemplate());
    m_run.setMarkInvited(false);

    std::unique_ptr<Prompts::Progress> progress = Prompts::current().startProgress(
        owner,
        m_kind == MessageKind::Invitation ? tr("Writing invitations…") : tr("Writing reminders…"),
        int(people.size()));
    Result<InvitationOutcome> outcome =
        m_run.run(people, folder(),
                  [&progress](int done, int total) { return progress->update(done, total); });
    progress.reset();

    // What the document keeps: the template when it differs from the one stored (none
    // when it is the built-in text), and the sender.
    TemplateStore templates(m_session.store().database());
    const std::optional<MessageTemplate> before = templates.customTemplate(m_kind);
    std::optional<MessageTemplate> after = editedTemplate();
    if (!before && *after == MessageTemplate::defaultFor(m_kind, m_session.consultation()))
        after.reset();
    const Mailbox senderBefore = templates.sender();
    const Mailbox senderAfter = sender().value_or(senderBefore);

    QList<qint64> nowInvited;
    if (outcome && m_kind == MessageKind::Invitation) {
        for (const WrittenMessage &written : std::as_const(outcome->written)) {
            const std::optional<Participant> p =
                m_session.store().participant(written.participantId);
            if (p && p->status == Status::Identified)
                nowInvited.append(p->id);
        }
    }

    const bool settingsChanged = before != after || senderBefore != senderAfter;
    if (settingsChanged || !nowInvited.isEmpty()) {
        QUndoStack *stack = m_session.undoStack();
        const int written = outcome ? int(outcome->written.size()) : 0;
        stack->beginMacro(m_kind == MessageKind::Invitation
                              ? tr("Send %n invitation(s)", "", written)
                              : tr("Send %n reminder(s)", "", written));
        if (settingsChanged)
            stack->push(new SaveInvitationSettingsCommand(m_session, m_kind, before, after,
                                                          senderBefore, senderAfter));
        if (!nowInvited.isEmpty())
            stack->push(new SetStatusCommand(m_session, nowInvited, Status::Invited, m_run.now()));
        stack->endMacro();
    }

    if (!outcome) {
        Prompts::current().showError(owner, windowTitle(), outcome.errorMessage());
        return false;
    }
    QString summary = tr("%n message(s) written to %1.", "", int(outcome->written.size()))
                          .arg(QDir::toNativeSeparators(folder()));
    if (outcome->cancelled)
        summary += QLatin1Char(' ') + tr("Cancelled before the end.");
    if (!nowInvited.isEmpty())
        summary +=
            QLatin1Char(' ') + tr("%n person(s) marked invited.", "", int(nowInvited.size()));
    if (!outcome->skipped.isEmpty()) {
        QStringList skipped;
        for (const SkippedParticipant &s : std::as_const(outcome->skipped))
            skipped.append(QStringLiteral("%1: %2").arg(s.name, s.reason));
        summary += QStringLiteral("\n\n") + tr("Not written:") + QLatin1Char('\n') +
                   skipped.join(QLatin1Char('\n'));
    }
    Prompts::current().showInformation(owner, windowTitle(), summary);
    if (m_handOff->isChecked())
        handToMailClient(*outcome);
    return !outcome->written.isEmpty();
}

void InvitationDialog::handToMailClient(const InvitationOutcome &outcome)
{
    QWidget *owner = parentWidget() ? parentWidget() : this;
    const qsizetype total = outcome.written.size();
    for (qsizetype i = 0; i < total; ++i) {
        const WrittenMessage &message = outcome.written.at(i);
        if (!Prompts::current().openExternally(QUrl::fromLocalFile(message.path))) {
            Prompts::current().showError(
                owner, windowTitle(),
                tr("No mail program could open the messages. They are in %1.")
                    .arg(QDir::toNativeSeparators(folder())));
            return;
        }
        if (i + 1 == total)
            return;
        const std::optional<Participant> next =
            m_session.store().participant(outcome.written.at(i + 1).participantId);
        const QString question =
            tr("Message %1 of %2 is open in your mail client.\n\nOpen the next one (%3)?")
                .arg(i + 1)
                .arg(total)
                .arg(next ? next->displayName() : QString());
        if (!Prompts::current().confirm(owner, windowTitle(), question, tr("Open &Next")))
            return;
    }
}

} // namespace consulta
