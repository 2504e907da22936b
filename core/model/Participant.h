#pragma once

#include "Gender.h"
#include "Status.h"

#include <QDateTime>
#include <QString>

namespace consulta {

// How a person came to the consultation's list.
enum class Origin
{
    Invited,   // invited directly by the secretariat
    Forwarded, // an invitation forwarded by someone (forwardedById or forwardedBy)
    SelfRegistered,
};

QString originCode(Origin origin); // "invited", "forwarded", "self"
std::optional<Origin> originFromCode(const QString &code);

struct Participant
{
    qint64 id = 0; // row id in the document; 0 = not stored yet
    QString givenName;
    QString familyName;
    QString email;
    Gender gender = Gender::Undisclosed;
    QString jobTitle;
    qint64 organizationId = 0; // 0 = no organization
    QString country;           // ISO 3166-1 alpha-2, empty when unknown
    QByteArray timeZone;       // IANA id, empty = from the country
    Status status = Status::Identified;
    QDateTime registeredAt; // UTC, invalid when not registered
    Origin origin = Origin::Invited;
    // Who forwarded the invitation: another participant (forwardedById, 0 = none), or,
    // for somebody not on the list, their name as text.
    qint64 forwardedById = 0;
    QString forwardedBy;
    QString notes;
    QString source; // where the record came from ("manual", an import file name, …)

    // The name as it is written: "given family", except that names written in Han, kana or
    // Hangul put the family name first with no space between (李秀英, 山田太郎, 김민준).
    QString displayName() const;
    static QString displayName(const QString &given, const QString &family);

    friend bool operator==(const Participant &, const Participant &) = default;
};

// One entry of a participant's status history.
struct StatusChange
{
    qint64 participantId = 0;
    Status from = Status::Identified;
    Status to = Status::Identified;
    QDateTime at; // UTC

    friend bool operator==(const StatusChange &, const StatusChange &) = default;
};

} // namespace consulta
