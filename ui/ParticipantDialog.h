#pragma once

#include "model/Organization.h"
#include "model/Participant.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace consulta {

class CountryComboBox;

// Adds or edits a person. It validates as the person types: a name, an e-mail address
// of the usual shape, a country from the searchable list; the stakeholder category
// comes from the organization, which can be a new one made here. Status is not
// edited here: the status actions record it with its history.
class ParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    ParticipantDialog(const QList<Organization> &organizations, QWidget *parent = nullptr);

    // The people who may have forwarded the invitation (everybody else on the list), for
    // the searchable "Forwarded by" list; call before setParticipant. A name typed that is
    // not on the list is kept as text.
    void setForwarderCandidates(const QList<Participant> &people);
    void setParticipant(const Participant &participant);
    // The participant as entered; organizationId is 0 when a new organization was made.
    Participant participant() const;
    // The organization made in this dialog for the person, if any.
    std::optional<Organization> newOrganization() const;
    QStringList problems() const;

    static bool isValidEmail(const QString &email);

private:
    void addOrganization();
    void validate();
    void showCategory();

    QList<Organization> m_organizations;
    Participant m_original;
    std::optional<Organization> m_newOrganization;
    QLineEdit *m_givenName;
    QLineEdit *m_familyName;
    QLineEdit *m_email;
    QComboBox *m_gender;
    QLineEdit *m_jobTitle;
    QComboBox *m_organization;
    QLabel *m_category;
    CountryComboBox *m_country;
    QComboBox *m_timeZone;
    QComboBox *m_origin;
    QComboBox *m_forwardedBy;
    QPlainTextEdit *m_notes;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace consulta
