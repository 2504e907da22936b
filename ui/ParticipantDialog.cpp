#include "ParticipantDialog.h"

#include "CountryComboBox.h"
#include "OrganizationDialog.h"
#include "Prompts.h"
#include "reference/ReferenceData.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>

namespace consulta {

namespace {
constexpr qint64 kNewOrganization = -1;
}

bool ParticipantDialog::isValidEmail(const QString &email)
{
    // One @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email).hasMatch();
}

ParticipantDialog::ParticipantDialog(const QList<Organization> &organizations, QWidget *parent)
    : QDialog(parent)
    , m_organizations(organizations)
    , m_givenName(new QLineEdit(this))
    , m_familyName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_jobTitle(new QLineEdit(this))
    , m_organization(new QComboBox(this))
    , m_category(new QLabel(this))
    , m_country(new CountryComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_origin(new QComboBox(this))
    , m_forwardedBy(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Participant"));
    m_givenName->setObjectName(QStringLiteral("givenName"));
    m_familyName->setObjectName(QStringLiteral("familyName"));
    m_email->setObjectName(QStringLiteral("email"));
    m_gender->setObjectName(QStringLiteral("gender"));
    m_jobTitle->setObjectName(QStringLiteral("jobTitle"));
    m_organization->setObjectName(QStringLiteral("organization"));
    m_country->setObjectName(QStringLiteral("country"));
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_forwardedBy->setObjectName(QStringLiteral("forwardedBy"));

    for (Gender gender : allGenders())
        m_gender->addItem(genderLabel(gender), genderCode(gender));
    // A new person's gender is not known until someone says it: no guess.
    m_gender->setCurrentIndex(m_gender->findData(genderCode(Gender::Undisclosed)));

    m_organization->setEditable(true);
    m_organization->setInsertPolicy(QComboBox::NoInsert);
    m_organization->addItem(QString(), qint64(0));
    for (const Organization &organization : m_organizations)
        m_organization->addItem(organization.name, organization.id);
    m_organization->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_organization->completer()->setFilterMode(Qt::MatchContains);
    m_organization->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto *newOrganization = new QPushButton(tr("Ne&w…"), this);
    newOrganization->setAccessibleName(tr("New organization"));
    auto *organizationRow = new QHBoxLayout;
    organizationRow->addWidget(m_organization, 1);
    organizationRow->addWidget(newOrganization);

    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(tr("From the country"), QByteArray());
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_timeZone->addItem(QString::fromUtf8(zone), zone);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_forwardedBy->setEditable(true);
    m_forwardedBy->setInsertPolicy(QComboBox::NoInsert);
    m_forwardedBy->addItem(QString(), qint64(0));
    m_forwardedBy->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_forwardedBy->completer()->setFilterMode(Qt::MatchContains);
    m_forwardedBy->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_forwardedBy->lineEdit()->setPlaceholderText(tr("A participant, or any name"));

    m_origin->addItem(tr("Invited directly"), originCode(Origin::Invited));
    m_origin->addItem(tr("Forwarded by someone"), originCode(Origin::Forwarded));
    m_origin->addItem(tr("Registered themselves"), originCode(Origin::SelfRegistered));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_problems->setStyleSheet(QStringLiteral("color: #a00"));
    m_problems->setWordWrap(true);
    m_email->setPlaceholderText(tr("name@example.org"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Given name:"), m_givenName);
    form->addRow(tr("&Family name:"), m_familyName);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Gen&der:"), m_gender);
    form->addRow(tr("&Job title:"), m_jobTitle);
    auto *organizationLabel = new QLabel(tr("&Organization:"), this);
    organizationLabel->setBuddy(m_organization);
    form->addRow(organizationLabel, organizationRow);
    form->addRow(tr("Sector:"), m_category);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("Came &in:"), m_origin);
    form->addRow(tr("Forwarded &by:"), m_forwardedBy);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(m_problems);
    form->addRow(m_buttons);
    m_givenName->setAccessibleName(tr("Given name"));
    m_familyName->setAccessibleName(tr("Family name"));
    m_email->setAccessibleName(tr("E-mail"));
    m_gender->setAccessibleName(tr("Gender"));
    m_jobTitle->setAccessibleName(tr("Job title"));
    m_organization->setAccessibleName(tr("Organization"));
    m_country->setAccessibleName(tr("Country"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_origin->setAccessibleName(tr("How the person came in"));
    m_forwardedBy->setAccessibleName(tr("Forwarded by"));
    m_notes->setAccessibleName(tr("Notes"));
    setMinimumWidth(460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newOrganization, &QPushButton::clicked, this, &ParticipantDialog::addOrganization);
    for (QLineEdit *edit : {m_givenName, m_familyName, m_email})
        connect(edit, &QLineEdit::textChanged, this, &ParticipantDialog::validate);
    connect(m_country, &QComboBox::editTextChanged, this, &ParticipantDialog::validate);
    connect(m_organization, &QComboBox::editTextChanged, this, [this] {
        showCategory();
        validate();
    });
    connect(m_origin, &QComboBox::currentIndexChanged, this, [this] {
        m_forwardedBy->setEnabled(m_origin->currentData().toString() ==
                                  originCode(Origin::Forwarded));
    });
    m_forwardedBy->setEnabled(false);
    showCategory();
    validate();
}

void ParticipantDialog::setParticipant(const Participant &p)
{
    m_original = p;
    m_givenName->setText(p.givenName);
    m_familyName->setText(p.familyName);
    m_email->setText(p.email);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(genderCode(p.gender))));
    m_jobTitle->setText(p.jobTitle);
    m_organization->setCurrentIndex(std::max(0, m_organization->findData(p.organizationId)));
    m_country->setCountryCode(p.country);
    const int zone = m_timeZone->findData(p.timeZone);
    m_timeZone->setCurrentIndex(std::max(0, zone));
    m_origin->setCurrentIndex(std::max(0, m_origin->findData(originCode(p.origin))));
    const int self = m_forwardedBy->findData(p.id);
    if (p.id != 0 && self > 0)
        m_forwardedBy->removeItem(self);
    const int forwarder = p.forwardedById ? m_forwardedBy->findData(p.forwardedById) : -1;
    if (forwarder > 0) {
        m_forwardedBy->setCurrentIndex(forwarder);
    } else {
        m_forwardedBy->setCurrentIndex(0);
        m_forwardedBy->setEditText(p.forwardedBy);
    }
    m_notes->setPlainText(p.notes);
    showCategory();
    validate();
}

Participant ParticipantDialog::participant() const
{
    Participant p = m_original;
    p.givenName = m_givenName->text().trimmed();
    p.familyName = m_familyName->text().trimmed();
    p.email = m_email->text().trimmed();
    p.gender = genderFromCode(m_gender->currentData().toString()).value_or(Gender::Undisclosed);
    p.jobTitle = m_jobTitle->text().trimmed();
    const int organization =
        m_organization->findText(m_organization->currentText().trimmed(), Qt::MatchFixedString);
    const qint64 organizationId =
        organization > 0 ? m_organization->itemData(organization).toLongLong() : 0;
    p.organizationId = organizationId == kNewOrganization ? 0 : organizationId;
    p.country = m_country->countryCode().value_or(QString());
    const int zone =
        m_timeZone->findText(m_timeZone->currentText().trimmed(), Qt::MatchFixedString);
    p.timeZone = zone > 0 ? m_timeZone->itemData(zone).toByteArray() : QByteArray();
    p.origin = originFromCode(m_origin->currentData().toString()).value_or(Origin::Invited);
    p.forwardedById = 0;
    p.forwardedBy.clear();
    if (p.origin == Origin::Forwarded) {
        const QString forwarder = m_forwardedBy->currentText().trimmed();
        const int found = m_forwardedBy->findText(forwarder, Qt::MatchFixedString);
        if (found > 0)
            p.forwardedById = m_forwardedBy->itemData(found).toLongLong();
        else
            p.forwardedBy = forwarder;
    }
    p.notes = m_notes->toPlainText().trimmed();
    if (p.source.isEmpty())
        p.source = QStringLiteral("manual");
    return p;
}

void ParticipantDialog::setForwarderCandidates(const QList<Participant> &people)
{
    const QString typed = m_forwardedBy->currentText();
    while (m_forwardedBy->count() > 1)
        m_forwardedBy->removeItem(1);
    for (const Participant &person : people) {
        // The e-mail tells apart two people of the same name.
        const QString label = person.email.isEmpty()
                                  ? person.displayName()
                                  : tr("%1 <%2>").arg(person.displayName(), person.email);
        m_forwardedBy->addItem(label, person.id);
    }
    m_forwardedBy->setEditText(typed);
}

std::optional<Organization> ParticipantDialog::newOrganization() const
{
    const int found =
        m_organization->findText(m_organization->currentText().trimmed(), Qt::MatchFixedString);
    if (found > 0 && m_organization->itemData(found).toLongLong() == kNewOrganization)
        return m_newOrganization;
    return std::nullopt;
}

QStringList ParticipantDialog::problems() const
{
    QStringList result;
    if (m_givenName->text().trimmed().isEmpty() && m_familyName->text().trimmed().isEmpty())
        result.append(tr("Enter the person’s name."));
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !isValidEmail(email))
        result.append(tr("“%1” is not an e-mail address.").arg(email));
    if (!m_country->countryCode())
        result.append(tr("Choose the country from the list."));
    const QString organization = m_organization->currentText().trimmed();
    if (!organization.isEmpty() &&
        m_organization->findText(organization, Qt::MatchFixedString) <= 0)
        result.append(tr("Choose the organization from the list or make a new one."));
    const QString zone = m_timeZone->currentText().trimmed();
    if (!zone.isEmpty() && m_timeZone->findText(zone, Qt::MatchFixedString) < 0)
        result.append(tr("Choose the time zone from the list."));
    return result;
}

void ParticipantDialog::validate()
{
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

void ParticipantDialog::showCategory()
{
    const int found =
        m_organization->findText(m_organization->currentText().trimmed(), Qt::MatchFixedString);
    const qint64 id = found > 0 ? m_organization->itemData(found).toLongLong() : 0;
    QString code;
    if (id == kNewOrganization && m_newOrganization) {
        code = m_newOrganization->category;
    } else {
        for (const Organization &organization : m_organizations) {
            if (organization.id == id)
                code = organization.category;
        }
    }
    const StakeholderCategory *category = ReferenceData::instance().category(code);
    m_category->setText(category  ? category->label
                        : id != 0 ? tr("Not known: set it on the organization")
                                  : tr("Not known"));
}

void ParticipantDialog::addOrganization()
{
    OrganizationDialog dialog(this);
    Organization draft;
    draft.name = m_organization->currentText().trimmed();
    draft.country = m_country->countryCode().value_or(QString());
    dialog.setOrganization(draft);
    if (Prompts::current().exec(dialog) != QDialog::Accepted)
        return;
    m_newOrganization = dialog.organization();
    const int existing = m_organization->findData(kNewOrganization);
    if (existing >= 0)
        m_organization->removeItem(existing);
    m_organization->addItem(m_newOrganization->name, kNewOrganization);
    m_organization->setCurrentIndex(m_organization->count() - 1);
    showCategory();
    validate();
}

} // namespace consulta
