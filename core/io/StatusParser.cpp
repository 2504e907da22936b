#include "StatusParser.h"

#include "reference/TextKey.h"

#include <QHash>

namespace consulta {

namespace {

struct StatusWord
{
    Status status;
    const char *word;
};

constexpr StatusWord kWords[] = {
    {Status::Registered, "approved"},
    {Status::Registered, "approve"},
    {Status::Registered, "accepted"},
    {Status::Registered, "confirmed"},
    {Status::Registered, "complete"},
    {Status::Registered, "completed"},
    {Status::Registered, "registration approved"},
    {Status::Registered, "attending"}, // Eventbrite
    {Status::Registered, "unpaid"},    // Indico: accepted, payment outstanding
    {Status::Waitlisted, "pending"},
    {Status::Waitlisted, "pending approval"},
    {Status::Waitlisted, "waiting"},
    {Status::Waitlisted, "waitlist"},
    {Status::Waitlisted, "wait list"},
    {Status::Waitlisted, "waiting list"},
    {Status::Waitlisted, "wait-listed"},
    {Status::Waitlisted, "on hold"},
    {Status::Declined, "denied"},
    {Status::Declined, "deny"},
    {Status::Declined, "rejected"},
    {Status::Declined, "refused"},
    {Status::Declined, "cancelled"},
    {Status::Declined, "canceled"},
    {Status::Declined, "withdrawn"},
    {Status::Declined, "not approved"},
    {Status::Declined, "not attending"}, // Eventbrite
    {Status::Declined, "refunded"},
    {Status::Declined, "transferred"}, // the ticket went to someone else
    {Status::Declined, "deleted"},
    {Status::Invited, "invitation sent"},
    {Status::Attended, "present"},
    {Status::Attended, "participated"},
    {Status::Attended, "checked in"}, // Eventbrite, Indico
};

struct YesNoWord
{
    bool yes;
    const char *word;
};

constexpr YesNoWord kYesNo[] = {
    {true, "yes"},        {true, "y"},
    {true, "true"},       {true, "1"},
    {true, "x"},          {true, "present"},
    {true, "attended"},   {true, "oui"},
    {true, "sí"},         {false, "no"},
    {false, "n"},         {false, "false"},
    {false, "0"},         {false, "absent"},
    {false, "non"},       {false, "did not attend"},
    {true, "checked in"}, {false, "not checked in"},
};

struct OriginWord
{
    Origin origin;
    const char *word;
};

constexpr OriginWord kOrigins[] = {
    {Origin::Invited, "invited directly"},
    {Origin::Invited, "invitation"},
    {Origin::Forwarded, "forwarded by"},
    {Origin::Forwarded, "referred"},
    {Origin::SelfRegistered, "self registered"},
    {Origin::SelfRegistered, "registered themselves"},
    {Origin::SelfRegistered, "self registration"},
};

const QHash<QString, Status> &words()
{
    static const QHash<QString, Status> table = [] {
        QHash<QString, Status> result;
        for (const Status status : allStatuses())
            result.insert(statusCode(status), status);
        for (const StatusWord &word : kWords)
            result.insert(compactKey(QString::fromUtf8(word.word)), word.status);
        return result;
    }();
    return table;
}

const QHash<QString, bool> &yesNoWords()
{
    static const QHash<QString, bool> table = [] {
        QHash<QString, bool> result;
        for (const YesNoWord &word : kYesNo)
            result.insert(compactKey(QString::fromUtf8(word.word)), word.yes);
        return result;
    }();
    return table;
}

} // namespace

std::optional<Status> StatusParser::parse(QStringView text)
{
    const QString key = compactKey(text.toString());
    const auto found = words().constFind(key);
    if (key.isEmpty() || found == words().cend())
        return std::nullopt;
    return *found;
}

std::optional<Origin> StatusParser::origin(QStringView text)
{
    static const QHash<QString, Origin> table = [] {
        QHash<QString, Origin> result;
        for (const Origin origin : {Origin::Invited, Origin::Forwarded, Origin::SelfRegistered})
            result.insert(compactKey(originCode(origin)), origin);
        for (const OriginWord &word : kOrigins)
            result.insert(compactKey(QString::fromUtf8(word.word)), word.origin);
        return result;
    }();
    const QString key = compactKey(text.toString());
    const auto found = table.constFind(key);
    if (key.isEmpty() || found == table.cend())
        return std::nullopt;
    return *found;
}

std::optional<bool> StatusParser::yesNo(QStringView text)
{
    const QString key = compactKey(text.toString());
    const auto found = yesNoWords().constFind(key);
    if (key.isEmpty() || found == yesNoWords().cend())
        return std::nullopt;
    return *found;
}

} // namespace consulta
