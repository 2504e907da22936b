#include "ParticipantsReport.h"

#include "ReportFormat.h"
#include "model/BalanceTargets.h"
#include "reference/ReferenceData.h"
#include "store/ConsultationStore.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace consulta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ParticipantsReport", text);
}

struct GroupingOrder
{
    int rank = 0;      // fixed orders (status, subregion, sector); 0 for collated ones
    bool last = false; // "unknown", "no organization": after every other group
};

} // namespace

struct ParticipantsReport::Row
{
    qint64 id = 0;
    QString name;
    QString organization;
    QString country;
    QString status;
    QString group;
    GroupingOrder order;
    QString familyKey;
    QString givenKey;
};

ParticipantsReport::ParticipantsReport(Consultation consultation, QList<Participant> participants,
                                       QList<Organization> organizations, Options options)
    : m_consultation(std::move(consultation))
    , m_participants(std::move(participants))
    , m_organizations(std::move(organizations))
    , m_options(std::move(options))
{}

ParticipantsReport ParticipantsReport::fromStore(const ConsultationStore &store,
                                                 const Options &options)
{
    return ParticipantsReport(store.consultation(), store.participants(), store.organizations(),
                              options);
}

QString ParticipantsReport::groupByCode(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::None:
        return QStringLiteral("none");
    case GroupBy::Organization:
        return QStringLiteral("organization");
    case GroupBy::Country:
        return QStringLiteral("country");
    case GroupBy::Subregion:
        return QStringLiteral("subregion");
    case GroupBy::Status:
        return QStringLiteral("status");
    case GroupBy::Sector:
        return QStringLiteral("sector");
    }
    return QString();
}

std::optional<ParticipantsReport::GroupBy> ParticipantsReport::groupByFromCode(const QString &code)
{
    for (GroupBy g : {GroupBy::None, GroupBy::Organization, GroupBy::Country, GroupBy::Subregion,
                      GroupBy::Status, GroupBy::Sector}) {
        if (code.compare(groupByCode(g), Qt::CaseInsensitive) == 0)
            return g;
    }
    return std::nullopt;
}

QString ParticipantsReport::groupByLabel(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::None:
        return tr("not grouped");
    case GroupBy::Organization:
        return tr("organization");
    case GroupBy::Country:
        return tr("country");
    case GroupBy::Subregion:
        return tr("subregion");
    case GroupBy::Status:
        return tr("status");
    case GroupBy::Sector:
        return tr("sector");
    }
    return QString();
}

int ParticipantsReport::rowCount() const
{
    if (!m_options.stage)
        return int(m_participants.size());
    return int(
        std::count_if(m_participants.cbegin(), m_participants.cend(), [this](const Participant &p) {
            return isInStage(p.status, *m_options.stage);
        }));
}

QList<ParticipantsReport::Row> ParticipantsReport::rows() const
{
    const ReferenceData &reference = ReferenceData::instance();
    QHash<qint64, const Organization *> organizations;
    for (const Organization &o : m_organizations)
        organizations.insert(o.id, &o);
    const QStringList subregions = {QStringLiteral("ENEA"),    QStringLiteral("SEA"),
                                    QStringLiteral("SSWA"),    QStringLiteral("NCA"),
                                    QStringLiteral("PAC"),     QStringLiteral("NONREG"),
                                    QStringLiteral("outside"), QStringLiteral("unknown")};
    const QStringList sectors = BalanceTargets::inScopeCategories(Dimension::Sector);
    QHash<QString, QString> countryNames; // code → name, looked up once per country

    // English collation is ICU's root order: case and accents ignored at first, Latin, then
    // the other scripts. (The C locale would compare code points: "da Costa" after "Wijaya".)
    QCollator collator{QLocale(QLocale::English)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);

    QList<Row> rows;
    rows.reserve(m_participants.size());
    for (const Participant &p : m_participants) {
        if (m_options.stage && !isInStage(p.status, *m_options.stage))
            continue;
        Row row;
        row.id = p.id;
        row.name = p.displayName();
        const Organization *organization = organizations.value(p.organizationId, nullptr);
        row.organization = organization ? organization->name : QString();
        auto country = countryNames.constFind(p.country);
        if (country == countryNames.cend()) {
            const QString name = reference.countryName(p.country);
            country = countryNames.insert(p.country, name.isEmpty() ? p.country : name);
        }
        row.country = *country;
        row.status = statusLabel(p.status);
        row.familyKey = p.familyName.isEmpty() ? p.givenName : p.familyName;
        row.givenKey = p.givenName;

        switch (m_options.groupBy) {
        case GroupBy::None:
            break;
        case GroupBy::Organization:
            row.group = row.organization.isEmpty() ? tr("No organization") : row.organization;
            row.order.last = row.organization.isEmpty();
            break;
        case GroupBy::Country:
            row.group = row.country.isEmpty() ? tr("Unknown country") : row.country;
            row.order.last = row.country.isEmpty();
            break;
        case GroupBy::Subregion: {
            const QString code = reference.subregionOf(p.country);
            row.group = ReferenceData::subregionLabel(code);
            row.order.rank = int(subregions.indexOf(code));
            break;
        }
        case GroupBy::Status:
            row.group = row.status;
            row.order.rank = int(allStatuses().indexOf(p.status));
            break;
        case GroupBy::Sector: {
            const QString code = organization ? organization->category : QString();
            const qsizetype rank = sectors.indexOf(code);
            row.group = rank >= 0 ? categoryLabel(Dimension::Sector, code) : tr("Unknown sector");
            row.order.rank = int(rank);
            row.order.last = rank < 0;
            break;
        }
        }
        rows.append(std::move(row));
    }

    // Collation keys once per row, then an index sort: comparing keys is a memcmp.
    std::vector<QCollatorSortKey> groupKeys;
    std::vector<QCollatorSortKey> familyKeys;
    std::vector<QCollatorSortKey> givenKeys;
    groupKeys.reserve(std::size_t(rows.size()));
    familyKeys.reserve(std::size_t(rows.size()));
    givenKeys.reserve(std::size_t(rows.size()));
    for (const Row &row : std::as_const(rows)) {
        groupKeys.push_back(collator.sortKey(row.group));
        familyKeys.push_back(collator.sortKey(row.familyKey));
        givenKeys.push_back(collator.sortKey(row.givenKey));
    }
    std::vector<std::size_t> order(std::size_t(rows.size()));
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Row &ra = rows.at(qsizetype(a));
        const Row &rb = rows.at(qsizetype(b));
        if (ra.order.last != rb.order.last)
            return rb.order.last;
        if (ra.order.rank != rb.order.rank)
            return ra.order.rank < rb.order.rank;
        if (const int c = groupKeys[a].compare(groupKeys[b]); c != 0)
            return c < 0;
        if (const int c = familyKeys[a].compare(familyKeys[b]); c != 0)
            return c < 0;
        if (const int c = givenKeys[a].compare(givenKeys[b]); c != 0)
            return c < 0;
        return ra.id < rb.id;
    });
    QList<Row> sorted;
    sorted.reserve(rows.size());
    for (std::size_t i : order)
        sorted.append(std::move(rows[qsizetype(i)]));
    return sorted;
}

ReportDocument ParticipantsReport::document() const
{
    const QList<Row> list = rows();

    ReportDocument document;
    document.title = tr("Participants: %1").arg(m_consultation.title);
    document.runningHeader = tr("Participants") + QStringLiteral(" \u2014 ") + m_consultation.title;
    document.landscape = m_options.landscape;

    QString html = QStringLiteral("<h1>") + htmlEscaped(tr("Participants")) +
                   QStringLiteral("</h1>\n<p><b>") + htmlEscaped(m_consultation.title) +
                   QStringLiteral("</b></p>\n");
    QList<QPair<QString, QString>> more;
    more.append(
        {tr("People"),
         htmlEscaped(tr("%1 (%2)")
                         .arg(list.size())
                         .arg(m_options.stage ? tr("%1 stage").arg(stageLabel(*m_options.stage))
                                              : tr("everyone in the file")))});
    more.append({tr("Grouped by"), htmlEscaped(groupByLabel(m_options.groupBy))});
    if (m_options.generatedAt.isValid()) {
        more.append({tr("Prepared"),
                     htmlEscaped(formatInstant(m_options.generatedAt, m_consultation.timeZone) +
                                 QLatin1Char(' ') +
                                 formatZone(m_consultation.timeZone, m_options.generatedAt))});
    }
    html += consultationDetailsHtml(m_consultation, more);
    html += QStringLiteral("<p><i>") +
            htmlEscaped(tr("Contains personal data: for the secretariat's use only.")) +
            QStringLiteral("</i></p>\n");
    if (list.isEmpty())
        html +=
            QStringLiteral("<p>") + htmlEscaped(tr("Nobody to list.")) + QStringLiteral("</p>\n");
    document.appendHtml(html);
    if (list.isEmpty())
        return document;

    ReportTable table;
    table.columns = {
        {tr("Name"), 30}, {tr("Organization"), 36}, {tr("Country"), 20}, {tr("Status"), 14}};
    QHash<QString, int> groupSizes; // people per group, for the group's heading
    if (m_options.groupBy != GroupBy::None) {
        for (const Row &row : list)
            ++groupSizes[row.group];
    }
    table.rows.reserve(list.size() + groupSizes.size());
    bool first = true;
    QString currentGroup;
    for (const Row &row : list) {
        if (m_options.groupBy != GroupBy::None && (first || row.group != currentGroup)) {
            currentGroup = row.group;
            table.rows.append(
                {{row.group, QStringLiteral("(%1)").arg(groupSizes.value(row.group))}, true});
        }
        first = false;
        table.rows.append({{row.name, row.organization, row.country, row.status}, false});
    }
    document.appendTable(std::move(table));
    return document;
}

QString ParticipantsReport::html() const
{
    return document().toHtml();
}

} // namespace consulta
