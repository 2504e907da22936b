#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace consulta {

// One member of the organizing team as the concept note lists it: a co-lead, a
// co-designing stakeholder with its country, or a supporting agency.
struct TeamMember
{
    QString role;         // e.g. "Co-lead", "Co-designing stakeholder", "Supporting agency"
    QString organization; // e.g. "Migrant Forum Asia"
    QString country;      // ISO 3166-1 alpha-2, empty for regional or UN bodies

    friend bool operator==(const TeamMember &, const TeamMember &) = default;
};

// The consultation a document is about. Instants are stored in UTC; timeZone is the
// IANA zone the consultation is announced in (Asia/Bangkok for the first one).
struct Consultation
{
    QString title;
    int roundtable = 1;             // IMRF roundtable 1–4
    QList<int> objectives;          // GCM objective numbers, ascending
    QByteArray timeZone;            // IANA id
    QDateTime startsAt;             // UTC, invalid when unset
    QDateTime endsAt;               // UTC, invalid when unset
    QString platform;               // "Zoom", …
    QDateTime registrationDeadline; // UTC, invalid when unset
    bool chathamHouseRule = true;
    bool recorded = false;
    int maxPerOrganization = 1; // 0 = no limit
    int capacity = 0;           // 0 = no capacity set
    QList<TeamMember> organizingTeam;

    friend bool operator==(const Consultation &, const Consultation &) = default;
};

} // namespace consulta
