#include "OrganizationDialog.h"

#include "CountryComboBox.h"
#include "reference/ReferenceData.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace consulta {

OrganizationDialog::OrganizationDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_acronym(new QLineEdit(this))
    , m_country(new CountryComboBox(this))
    , m_category(new QComboBox(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Organization"));
    m_name->setObjectName(QStringLiteral("organizationName"));
    m_acronym->setObjectName(QStringLiteral("organizationAcronym"));
    m_country->setObjectName(QStringLiteral("organizationCountry"));
    m_category->setObjectName(QStringLiteral("organizationCategory"));
    m_category->addItem(tr("Not known"), QString());
    for (const StakeholderCategory &category : ReferenceData::instance().categories())
        m_category->addItem(category.label, category.code);
    m_problems->setStyleSheet(QStringLiteral("color: #a00"));
    m_problems->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Acronym:"), m_acronym);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Stakeholder category:"), m_category);
    form->addRow(m_problems);
    form->addRow(m_buttons);
    m_name->setAccessibleName(tr("Organization name"));
    m_acronym->setAccessibleName(tr("Acronym"));
    m_country->setAccessibleName(tr("Country"));
    m_category->setAccessibleName(tr("Stakeholder category"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &OrganizationDialog::validate);
    connect(m_country, &QComboBox::editTextChanged, this, &OrganizationDialog::validate);
    validate();
}

void OrganizationDialog::setOrganization(const Organization &organization)
{
    m_id = organization.id;
    m_name->setText(organization.name);
    m_acronym->setText(organization.acronym);
    m_country->setCountryCode(organization.country);
    m_category->setCurrentIndex(std::max(0, m_category->findData(organization.category)));
    validate();
}

Organization OrganizationDialog::organization() const
{
    Organization organization;
    organization.id = m_id;
    organization.name = m_name->text().trimmed();
    organization.acronym = m_acronym->text().trimmed();
    organization.country = m_country->countryCode().value_or(QString());
    organization.category = m_category->currentData().toString();
    return organization;
}

QStringList OrganizationDialog::problems() const
{
    QStringList result;
    if (m_name->text().trimmed().isEmpty())
        result.append(tr("Give the organization a name."));
    if (!m_country->countryCode())
        result.append(tr("Choose the country from the list."));
    return result;
}

void OrganizationDialog::validate()
{
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

} // namespace consulta
