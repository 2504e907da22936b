#pragma once

#include "model/Organization.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace consulta {

class CountryComboBox;

// Adds or edits an organization: name, acronym, country from the searchable list and
// one of the 13 stakeholder categories. OK stays disabled while something is wrong.
class OrganizationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrganizationDialog(QWidget *parent = nullptr);

    void setOrganization(const Organization &organization);
    Organization organization() const;
    QStringList problems() const;

private:
    void validate();

    qint64 m_id = 0;
    QLineEdit *m_name;
    QLineEdit *m_acronym;
    CountryComboBox *m_country;
    QComboBox *m_category;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace consulta
