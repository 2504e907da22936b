#pragma once

#include "invite/InvitationRun.h"
#include "invite/Mailbox.h"
#include "invite/MessageKind.h"
#include "invite/MessageTemplate.h"
#include "model/Participant.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace consulta {

class DocumentSession;

// "Send Invitations…" and "Reminders…": who the messages go to (the selected people or
// a stage), the sender, the subject and body with their placeholders, a live preview
// for one recipient in their own time zone, what stops the run, and the folder. After
// it is accepted, writeMessages() writes one .eml per person with a progress dialog
// that can cancel, and records the edited template, the sender and (for invitations)
// the people now invited as one undo step.
class InvitationDialog : public QDialog
{
    Q_OBJECT

public:
    InvitationDialog(DocumentSession &session, MessageKind kind, const QList<qint64> &selectedIds,
                     QWidget *parent = nullptr);

    MessageKind kind() const { return m_kind; }
    // The people the chosen group holds, in the document's order.
    QList<Participant> recipients() const;
    MessageTemplate editedTemplate() const;
    std::optional<Mailbox> sender() const;
    QString folder() const;
    void setFolder(const QString &folder);

    // Writes the messages into folder(); false when nothing was written.
    bool writeMessages();

private:
    void addGroup(const QString &label, const QList<Participant> &people);
    void chooseFolder();
    void resetTemplate();
    void updateRecipients();
    void updatePreview();
    void updateReadiness();
    // Opens the written messages in the desktop's mail client, asking before each next one.
    void handToMailClient(const InvitationOutcome &outcome);

    DocumentSession &m_session;
    MessageKind m_kind;
    InvitationRun m_run;
    QList<QList<Participant>> m_groups;

    QComboBox *m_group;
    QLineEdit *m_sender;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QComboBox *m_previewFor;
    QLabel *m_zones;
    QPlainTextEdit *m_preview;
    QLabel *m_problems;
    QLineEdit *m_folder;
    QCheckBox *m_handOff;
    QDialogButtonBox *m_buttons;
};

} // namespace consulta
