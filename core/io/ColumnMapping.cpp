#include "ColumnMapping.h"

#include "reference/TextKey.h"

#include <QCoreApplication>
#include <QHash>

namespace consulta {

namespace {

struct HeaderName
{
    ImportField field;
    int strength; // 0 strongest
    const char *name;
};

// Whole-header names, compared by compactKey (so "E-mail", "Email" and "e mail" are one).
constexpr HeaderName kNames[] = {
    {ImportField::GivenName, 0, "First Name"},
    {ImportField::GivenName, 0, "Given name"},
    {ImportField::GivenName, 0, "Given names"},
    {ImportField::GivenName, 0, "Forename"},
    {ImportField::GivenName, 0, "Prénom"},
    {ImportField::GivenName, 0, "Nombre"},
    {ImportField::GivenName, 0, "Vorname"},
    {ImportField::GivenName, 0, "ชื่อ"},
    {ImportField::GivenName, 0, "Nama depan"},
    {ImportField::GivenName, 1, "First"},
    {ImportField::FamilyName, 0, "Last Name"},
    {ImportField::FamilyName, 0, "Surname"},
    {ImportField::FamilyName, 0, "Family name"},
    {ImportField::FamilyName, 0, "Nom de famille"},
    {ImportField::FamilyName, 0, "Nom"},
    {ImportField::FamilyName, 0, "Apellido"},
    {ImportField::FamilyName, 0, "Apellidos"},
    {ImportField::FamilyName, 0, "Nachname"},
    {ImportField::FamilyName, 0, "นามสกุล"},
    {ImportField::FamilyName, 0, "Nama belakang"},
    {ImportField::FamilyName, 1, "Last"},
    {ImportField::FullName, 0, "Name"},
    {ImportField::FullName, 0, "Full name"},
    {ImportField::FullName, 0, "User Name (Original Name)"},
    {ImportField::FullName, 0, "Name (Original Name)"},
    {ImportField::FullName, 0, "User Name"},
    {ImportField::FullName, 0, "Participant name"},
    {ImportField::FullName, 0, "Participant"},
    {ImportField::FullName, 0, "Attendee name"},
    {ImportField::FullName, 0, "Registrant name"},
    {ImportField::FullName, 0, "Your name"},
    {ImportField::FullName, 0, "Display name"},
    {ImportField::FullName, 0, "Nom complet"},
    {ImportField::FullName, 0, "Nombre completo"},
    {ImportField::FullName, 0, "ชื่อ-นามสกุล"},
    {ImportField::FullName, 0, "Họ và tên"},
    {ImportField::FullName, 0, "Nama lengkap"},
    {ImportField::FullName, 0, "Nama"},
    {ImportField::FullName, 0, "姓名"},
    {ImportField::FullName, 0, "氏名"},
    {ImportField::Email, 0, "Email"},
    {ImportField::Email, 0, "Email Address"},
    {ImportField::Email, 0, "Your email"},
    {ImportField::Email, 0, "Email ID"},
    {ImportField::Email, 0, "Mail"},
    {ImportField::Email, 0, "Courriel"},
    {ImportField::Email, 0, "Adresse e-mail"},
    {ImportField::Email, 0, "Correo electrónico"},
    {ImportField::Email, 0, "Correo"},
    // Google Forms' own column in the form's language: Thai, Vietnamese, Indonesian,
    // Chinese, Japanese, Korean.
    {ImportField::Email, 0, "ที่อยู่อีเมล"},
    {ImportField::Email, 0, "อีเมล"},
    {ImportField::Email, 0, "Địa chỉ email"},
    {ImportField::Email, 0, "Alamat email"},
    {ImportField::Email, 0, "电子邮件地址"},
    {ImportField::Email, 0, "メールアドレス"},
    {ImportField::Email, 0, "이메일 주소"},
    {ImportField::Gender, 0, "Gender"},
    {ImportField::Gender, 0, "Sex"},
    {ImportField::Gender, 0, "Gender identity"},
    {ImportField::Gender, 0, "Genre"},
    {ImportField::Gender, 0, "Sexe"},
    {ImportField::Gender, 0, "Género"},
    {ImportField::Gender, 0, "Sexo"},
    {ImportField::Organization, 0, "Organization"},
    {ImportField::Organization, 0, "Organisation"},
    {ImportField::Organization, 0, "Organization name"},
    {ImportField::Organization, 0, "Organisation name"},
    {ImportField::Organization, 0, "Name of organization"},
    {ImportField::Organization, 0, "Name of organisation"},
    {ImportField::Organization, 0, "Affiliation"},
    {ImportField::Organization, 0, "Company"},
    {ImportField::Organization, 0, "Company name"},
    {ImportField::Organization, 0, "Institution"},
    {ImportField::Organization, 0, "Employer"},
    {ImportField::Organization, 0, "Agency"},
    {ImportField::Organization, 0, "Organisme"},
    {ImportField::Organization, 0, "Organización"},
    {ImportField::Country, 0, "Country"},
    {ImportField::Country, 0, "Country/Region"},
    {ImportField::Country, 0, "Country/Region Name"},
    {ImportField::Country, 0, "Country name"},
    {ImportField::Country, 0, "Country of residence"},
    {ImportField::Country, 0, "Country of work"},
    {ImportField::Country, 0, "Pays"},
    {ImportField::Country, 0, "País"},
    {ImportField::Country, 1, "Nationality"},
    {ImportField::Country, 1, "Country of origin"},
    {ImportField::Sector, 0, "Sector"},
    {ImportField::Sector, 0, "Stakeholder group"},
    {ImportField::Sector, 0, "Stakeholder category"},
    {ImportField::Sector, 0, "Stakeholder type"},
    {ImportField::Sector, 0, "Category"},
    {ImportField::Sector, 0, "Type of organization"},
    {ImportField::Sector, 0, "Type of organisation"},
    {ImportField::Sector, 0, "Organization type"},
    {ImportField::Sector, 0, "Organisation type"},
    {ImportField::Sector, 0, "Constituency"},
    {ImportField::Sector, 0, "Area of work"},
    {ImportField::JobTitle, 0, "Job Title"},
    {ImportField::JobTitle, 0, "Position"},
    {ImportField::JobTitle, 0, "Job"},
    {ImportField::JobTitle, 0, "Job position"},
    {ImportField::JobTitle, 0, "Position title"},
    {ImportField::JobTitle, 0, "Designation"},
    {ImportField::JobTitle, 0, "Function"},
    {ImportField::JobTitle, 0, "Poste"},
    {ImportField::JobTitle, 0, "Fonction"},
    {ImportField::JobTitle, 0, "Cargo"},
    {ImportField::Status, 0, "Approval Status"},
    {ImportField::Status, 0, "Status"},
    {ImportField::Status, 0, "Registration status"},
    {ImportField::Status, 0, "Registration state"},
    {ImportField::Status, 0, "Attendee Status"},
    {ImportField::Status, 0, "Order Status"},
    {ImportField::Status, 0, "Statut"},
    {ImportField::Status, 1, "Approval"},
    {ImportField::RegisteredAt, 0, "Registration Time"},
    {ImportField::RegisteredAt, 0, "Registration date"},
    {ImportField::RegisteredAt, 0, "Registered at"},
    {ImportField::RegisteredAt, 0, "Registered on"},
    {ImportField::RegisteredAt, 0, "Date registered"},
    {ImportField::RegisteredAt, 0, "Timestamp"},
    {ImportField::RegisteredAt, 0, "Start time"},
    {ImportField::RegisteredAt, 0, "Submitted at"},
    {ImportField::RegisteredAt, 0, "Submitted"},
    {ImportField::RegisteredAt, 0, "Submission time"},
    {ImportField::RegisteredAt, 0, "Submission date"},
    {ImportField::RegisteredAt, 0, "Date submitted"},
    {ImportField::RegisteredAt, 0, "Created at"},
    {ImportField::RegisteredAt, 0, "ประทับเวลา"},
    {ImportField::RegisteredAt, 0, "Dấu thời gian"},
    {ImportField::RegisteredAt, 0, "Stempel waktu"},
    {ImportField::RegisteredAt, 0, "时间戳记"},
    {ImportField::RegisteredAt, 0, "タイムスタンプ"},
    {ImportField::RegisteredAt, 0, "타임스탬프"},
    {ImportField::RegisteredAt, 0, "Date d'inscription"},
    {ImportField::RegisteredAt, 0, "Fecha de registro"},
    {ImportField::RegisteredAt, 0, "Fecha de inscripción"},
    {ImportField::RegisteredAt, 1, "Order Date"},
    {ImportField::RegisteredAt, 1, "Completion time"},
    {ImportField::RegisteredAt, 1, "Created"},
    {ImportField::RegisteredAt, 1, "Date"},
    {ImportField::TimeZone, 0, "Time zone"},
    {ImportField::TimeZone, 0, "Timezone"},
    {ImportField::TimeZone, 0, "Time zone (IANA)"},
    {ImportField::TimeZone, 0, "Fuseau horaire"},
    {ImportField::TimeZone, 0, "Zona horaria"},
    {ImportField::Origin, 0, "Came in"},
    {ImportField::Origin, 0, "How they came in"},
    {ImportField::Notes, 0, "Notes"},
    {ImportField::Notes, 0, "Note"},
    {ImportField::Notes, 0, "Comments"},
    {ImportField::Notes, 0, "Comment"},
    {ImportField::Notes, 0, "Remarks"},
    {ImportField::Notes, 0, "Additional comments"},
    {ImportField::Notes, 0, "Additional information"},
    {ImportField::Notes, 0, "Questions & Comments"},
    {ImportField::Notes, 0, "Commentaires"},
    {ImportField::Notes, 0, "Commentaire"},
    {ImportField::Notes, 0, "Comentarios"},
    {ImportField::Attended, 0, "Attended"},
    {ImportField::Attended, 0, "Attendance"},
    {ImportField::Attended, 0, "Checked in"},
    {ImportField::Attended, 0, "Check-in status"},
    {ImportField::Attended, 1, "Present"},
};

// Phrases a longer header may contain, as whole words of foldedKey.
struct HeaderPhrase
{
    ImportField field;
    const char *phrase;
};

constexpr HeaderPhrase kPhrases[] = {
    {ImportField::GivenName, "first name"},
    {ImportField::GivenName, "given name"},
    {ImportField::FamilyName, "last name"},
    {ImportField::FamilyName, "family name"},
    {ImportField::FamilyName, "surname"},
    {ImportField::FullName, "full name"},
    {ImportField::Email, "email"},
    {ImportField::Email, "e mail"},
    {ImportField::Gender, "gender"},
    {ImportField::Gender, "sex"},
    {ImportField::Organization, "organization"},
    {ImportField::Organization, "organisation"},
    {ImportField::Organization, "affiliation"},
    {ImportField::Organization, "institution"},
    {ImportField::Organization, "company"},
    {ImportField::Country, "country"},
    {ImportField::Sector, "stakeholder group"},
    {ImportField::Sector, "stakeholder groups"},
    {ImportField::Sector, "stakeholder category"},
    {ImportField::Sector, "stakeholder type"},
    {ImportField::Sector, "sector"},
    {ImportField::Sector, "type of organization"},
    {ImportField::Sector, "type of organisation"},
    {ImportField::Sector, "organization type"},
    {ImportField::Sector, "organisation type"},
    {ImportField::Sector, "constituency"},
    {ImportField::JobTitle, "job title"},
    {ImportField::JobTitle, "position"},
    {ImportField::Status, "approval status"},
    {ImportField::Status, "registration status"},
    {ImportField::RegisteredAt, "registration time"},
    {ImportField::RegisteredAt, "registration date"},
    {ImportField::RegisteredAt, "timestamp"},
    {ImportField::TimeZone, "time zone"},
    {ImportField::TimeZone, "timezone"},
    {ImportField::Notes, "comments"},
    {ImportField::Notes, "comment"},
    {ImportField::Notes, "remarks"},
    {ImportField::Notes, "notes"},
};

constexpr int kPhraseStrength = 5;

struct Known
{
    ImportField field = ImportField::None;
    int strength = 0;
};

struct Phrase
{
    ImportField field;
    QString padded; // " words "
    qsizetype words;
};

const QHash<QString, Known> &names()
{
    static const QHash<QString, Known> table = [] {
        QHash<QString, Known> result;
        for (const HeaderName &name : kNames)
            result.insert(compactKey(QString::fromUtf8(name.name)), {name.field, name.strength});
        return result;
    }();
    return table;
}

const QList<Phrase> &phrases()
{
    static const QList<Phrase> list = [] {
        QList<Phrase> result;
        for (const HeaderPhrase &phrase : kPhrases) {
            const QString key = foldedKey(QString::fromUtf8(phrase.phrase));
            result.append({phrase.field, QLatin1Char(' ') + key + QLatin1Char(' '),
                           key.count(QLatin1Char(' ')) + 1});
        }
        return result;
    }();
    return list;
}

ImportField byPhrase(const QString &key)
{
    const QString padded = QLatin1Char(' ') + key + QLatin1Char(' ');
    const qsizetype ofAt = padded.indexOf(QLatin1String(" of "));
    ImportField best = ImportField::None;
    qsizetype bestWords = 0;
    qsizetype bestPosition = -1;
    for (const Phrase &phrase : phrases()) {
        const qsizetype at = padded.lastIndexOf(phrase.padded);
        if (at < 0)
            continue;
        // Before "of" is the head noun; otherwise the last one is.
        const qsizetype position =
            ofAt >= 0 ? (at < ofAt ? padded.size() + at : at) : at + phrase.padded.size();
        if (phrase.words > bestWords || (phrase.words == bestWords && position > bestPosition)) {
            best = phrase.field;
            bestWords = phrase.words;
            bestPosition = position;
        }
    }
    return best;
}

} // namespace

ColumnMapping::ColumnMapping(const QStringList &header)
    : m_header(header)
    , m_fields(header.size(), ImportField::None)
{}

ImportField ColumnMapping::recognise(const QString &header, int *strength)
{
    const QString compact = compactKey(header);
    if (compact.isEmpty())
        return ImportField::None;
    const auto known = names().constFind(compact);
    if (known != names().cend()) {
        if (strength)
            *strength = known->strength;
        return known->field;
    }
    const ImportField field = byPhrase(foldedKey(header));
    if (strength)
        *strength = kPhraseStrength;
    return field;
}

ColumnMapping ColumnMapping::detect(const QStringList &header)
{
    ColumnMapping mapping(header);
    QHash<ImportField, int> strongest; // field → strength of the column holding it
    for (int column = 0; column < header.size(); ++column) {
        int strength = 0;
        const ImportField field = recognise(header.at(column), &strength);
        if (field == ImportField::None)
            continue;
        const auto held = strongest.constFind(field);
        if (held != strongest.cend() && *held <= strength)
            continue;
        mapping.set(column, field);
        strongest.insert(field, strength);
    }
    return mapping;
}

ImportField ColumnMapping::field(int column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields.at(column) : ImportField::None;
}

int ColumnMapping::column(ImportField field) const
{
    if (field == ImportField::None)
        return -1;
    return int(m_fields.indexOf(field));
}

void ColumnMapping::set(int column, ImportField field)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (field != ImportField::None) {
        const qsizetype previous = m_fields.indexOf(field);
        if (previous >= 0)
            m_fields[previous] = ImportField::None;
        m_excluded.removeAll(column);
    } else if (!m_excluded.contains(column)) {
        m_excluded.append(column);
    }
    m_fields[column] = field;
}

Result<void> ColumnMapping::apply(const QString &assignment)
{
    const qsizetype equals = assignment.lastIndexOf(QLatin1Char('='));
    if (equals < 0)
        return Error{
            QCoreApplication::translate("ColumnMapping", "“%1” is not of the form Header=field.")
                .arg(assignment)};
    const QString header = assignment.left(equals).trimmed();
    const QString code = assignment.mid(equals + 1).trimmed();
    const std::optional<ImportField> field = importFieldFromCode(code);
    if (!field) {
        QStringList codes;
        for (const ImportField known : allImportFields())
            codes.append(importFieldCode(known));
        return Error{QCoreApplication::translate("ColumnMapping",
                                                 "“%1” is not a field; use one of %2 or none.")
                         .arg(code, codes.join(QStringLiteral(", ")))};
    }
    int column = -1;
    const QString wanted = compactKey(header);
    for (int i = 0; i < m_header.size() && column < 0; ++i) {
        if (m_header.at(i).trimmed().compare(header, Qt::CaseInsensitive) == 0)
            column = i;
    }
    for (int i = 0; i < m_header.size() && column < 0 && !wanted.isEmpty(); ++i) {
        if (compactKey(m_header.at(i)) == wanted)
            column = i;
    }
    if (column < 0) {
        bool isNumber = false;
        const int number = header.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= m_header.size())
            column = number - 1;
    }
    if (column < 0)
        return Error{
            QCoreApplication::translate("ColumnMapping", "No column is headed “%1”.").arg(header)};
    set(column, *field);
    return {};
}

bool ColumnMapping::identifiesPeople() const
{
    return has(ImportField::Email) || has(ImportField::GivenName) || has(ImportField::FamilyName) ||
           has(ImportField::FullName);
}

} // namespace consulta
