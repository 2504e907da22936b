#include "BalanceFilters.h"

#include "BalancePage.h"

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
    case ParticipantRule::None:
        return organization.isEmpty() ? QString() : tr("Organization: %1").arg(organization);
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
