#include "CsvExporter.h"

#include "CsvInjection.h"
#include "common/TimeFormat.h"
#include "reference/ReferenceData.h"
#include "store/ConsultationStore.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace consulta {

namespace {

bool needsQuotes(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front().isSpace() || cell.back().isSpace())
        return true;
    for (const QChar c : cell) {
        switch (c.unicode()) {
        case u'"':
        case u',':
        case u';':
        case u'\t':
        case u'\r':
        case u'\n':
            return true;
        default:
            break;
        }
    }
    return false;
}

QString countryText(const QString &code, QHash<QString, QString> &cache)
{
    if (code.isEmpty())
        return QString();
    auto found = cache.constFind(code);
    if (found == cache.cend()) {
        const ReferenceData &reference = ReferenceData::instance();
        const QString name = reference.countryName(code);
        const bool readsBack = !name.isEmpty() && reference.countryCode(name) == code;
        found = cache.insert(code, readsBack ? name : code);
    }
    return *found;
}

} // namespace

QStringList CsvExporter::header()
{
    return {QStringLiteral("First Name"),
            QStringLiteral("Last Name"),
            QStringLiteral("Email"),
            QStringLiteral("Gender"),
            QStringLiteral("Organization"),
            QStringLiteral("Country"),
            QStringLiteral("Stakeholder group"),
            QStringLiteral("Job Title"),
            QStringLiteral("Status"),
            QStringLiteral("Registration Time"),
            QStringLiteral("Time zone"),
            QStringLiteral("Notes"),
            QStringLiteral("Came in")};
}

void CsvExporter::appendCell(QString &out, QStringView cell)
{
    const bool dangerous = CsvInjection::isDangerous(cell);
    if (!dangerous && !needsQuotes(cell)) {
        out.append(cell);
        return;
    }
    out.append(u'"');
    if (dangerous)
        out.append(u'\'');
    qsizetype start = 0;
    for (qsizetype quote = cell.indexOf(u'"'); quote >= 0; quote = cell.indexOf(u'"', start)) {
        out.append(cell.sliced(start, quote + 1 - start));
        out.append(u'"');
        start = quote + 1;
    }
    out.append(cell.sliced(start));
    out.append(u'"');
}

QString CsvExporter::toCsv(const ConsultationStore &store, std::optional<Stage> stage, int *count)
{
    const ReferenceData &reference = ReferenceData::instance();
    QHash<qint64, QPair<QString, QString>> organizations; // id → name, category label
    for (const Organization &organization : store.organizations()) {
        const StakeholderCategory *category = reference.category(organization.category);
        organizations.insert(organization.id,
                             {organization.name, category ? category->label : QString()});
    }
    QHash<QString, QString> countries;
    // Times as the secretariat reads them, with the offset that makes them exact.
    const QTimeZone zone(store.consultation().timeZone);
    const QLatin1String lineEnd("\r\n");

    QString out;
    const QStringList columns = header();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out.append(u',');
        appendCell(out, columns.at(i));
    }
    out.append(lineEnd);

    int written = 0;
    const QList<Participant> participants = store.participants();
    for (const Participant &p : participants) {
        if (stage && !isInStage(p.status, *stage))
            continue;
        const auto organization = organizations.value(p.organizationId);
        const QString cells[] = {
            p.givenName,
            p.familyName,
            p.email,
            genderCode(p.gender),
            organization.first,
            countryText(p.country, countries),
            organization.second,
            p.jobTitle,
            statusCode(p.status),
            toIsoInZone(p.registeredAt, zone),
            QString::fromUtf8(p.timeZone),
            p.notes,
            originCode(p.origin),
        };
        bool first = true;
        for (const QString &cell : cells) {
            if (!first)
                out.append(u',');
            first = false;
            appendCell(out, cell);
        }
        out.append(lineEnd);
        ++written;
    }
    if (count)
        *count = written;
    return out;
}

Result<int> CsvExporter::write(const ConsultationStore &store, const QString &path,
                               std::optional<Stage> stage)
{
    int count = 0;
    const QByteArray bytes =
        QByteArrayLiteral("\xEF\xBB\xBF") + toCsv(store, stage, &count).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return count;
}

} // namespace consulta
