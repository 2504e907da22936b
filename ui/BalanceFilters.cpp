#include "BalanceFilters.h"

#include "BalancePage.h"

#include "reference/ReferenceData.h"

#include <QCoreApplication>

namespace consulta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BalanceFilters", text);
}

} // namespace

ParticipantFilter BalanceFilters::forCategory(Stage stage, Dimension dimension, const QString &code)
{
    ParticipantFilter filter;
    if (stage != Stage::Pool)
        filter.stage = stage;
    switch (dimension) {
    case Dimension::Gender:
        filter.gender = genderFromCode(code).value_or(Gender::Undisclosed);
        break;
    case Dimension::Subregion:
        filter.subregion = code;
        break;
    case Dimension::Sector:
        filter.sector = code;
        break;
    }
    return filter;
}

ParticipantFilter BalanceFilters::forRule(const QString &rule, qint64 organizationId)
{
    ParticipantFilter filter;
    if (rule == BalancePage::overOrganizationLimitRule()) {
        filter.rule = ParticipantRule::OverOrganizationLimit;
        filter.organizationId = organizationId;
    } else if (rule == BalancePage::lateRegistrationsRule()) {
        filter.rule = ParticipantRule::LateRegistration;
    } else if (rule == BalancePage::overCapacityRule()) {
        filter.rule = ParticipantRule::OverCapacity;
    }
    return filter;
}

QString BalanceFilters::describe(const ParticipantFilter &filter, const ParticipantIndex &index)
{
    QString organization;
    if (filter.organizationId != 0) {
        const ParticipantIndex::OrganizationEntry *entry =
            index.organization(filter.organizationId);
        organization = entry ? entry->name : QStringLiteral("#%1").arg(filter.organizationId);
    }
    switch (filter.rule) {
    case ParticipantRule::None: {
        if (!organization.isEmpty())
            return tr("Organization: %1").arg(organization);
        // A category clicked on the dashboard: its stage and category, in words.
        QStringList parts;
        if (filter.stage)
            parts.append(stageLabel(*filter.stage));
        if (!filter.subregion.isEmpty())
            parts.append(ReferenceData::subregionLabel(filter.subregion));
        if (filter.gender)
            parts.append(genderLabel(*filter.gender));
        if (!filter.sector.isEmpty()) {
            const StakeholderCategory *category = ReferenceData::instance().category(filter.sector);
            parts.append(category ? category->label : tr("Unknown sector"));
        }
        return parts.isEmpty() ? QString() : parts.join(QStringLiteral(" · "));
    }
    case ParticipantRule::OverOrganizationLimit:
        return organization.isEmpty() ? tr("Organizations over the limit")
                                      : tr("Over the limit: %1").arg(organization);
    case ParticipantRule::LateRegistration:
        return tr("Late registrations");
    case ParticipantRule::OverCapacity:
        return tr("Over capacity");
    }
    return QString();
}

} // namespace consulta
