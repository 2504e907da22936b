#include "Status.h"

#include <QCoreApplication>

namespace consulta {

namespace {
struct StatusInfo
{
    Status status;
    const char *code;
    const char *label;
    int rank;
};

constexpr StatusInfo kStatuses[] = {
    {Status::Identified, "identified", QT_TRANSLATE_NOOP("Status", "Identified"), 0},
    {Status::Invited, "invited", QT_TRANSLATE_NOOP("Status", "Invited"), 2},
    {Status::Waitlisted, "waitlisted", QT_TRANSLATE_NOOP("Status", "Waitlisted"), 3},
    {Status::Registered, "registered", QT_TRANSLATE_NOOP("Status", "Registered"), 4},
    {Status::Declined, "declined", QT_TRANSLATE_NOOP("Status", "Declined"), 1},
    {Status::Attended, "attended", QT_TRANSLATE_NOOP("Status", "Attended"), 5},
};

struct StageInfo
{
    Stage stage;
    const char *code;
    const char *label;
};

constexpr StageInfo kStages[] = {
    {Stage::Pool, "pool", QT_TRANSLATE_NOOP("Stage", "Pool")},
    {Stage::Invited, "invited", QT_TRANSLATE_NOOP("Stage", "Invited")},
    {Stage::Registered, "registered", QT_TRANSLATE_NOOP("Stage", "Registered")},
    {Stage::Attended, "attended", QT_TRANSLATE_NOOP("Stage", "Attended")},
};

const StatusInfo &info(Status status)
{
    return kStatuses[static_cast<int>(status)];
}
} // namespace

QString statusCode(Status status)
{
    return QString::fromLatin1(info(status).code);
}

QString statusLabel(Status status)
{
    return QCoreApplication::translate("Status", info(status).label);
}

std::optional<Status> statusFromCode(const QString &code)
{
    for (const auto &s : kStatuses) {
        if (code.compare(QLatin1String(s.code), Qt::CaseInsensitive) == 0)
            return s.status;
    }
    return std::nullopt;
}

QList<Status> allStatuses()
{
    QList<Status> result;
    for (const auto &s : kStatuses)
        result.append(s.status);
    return result;
}

int statusRank(Status status)
{
    return info(status).rank;
}

QString stageCode(Stage stage)
{
    return QString::fromLatin1(kStages[static_cast<int>(stage)].code);
}

QString stageLabel(Stage stage)
{
    return QCoreApplication::translate("Stage", kStages[static_cast<int>(stage)].label);
}

std::optional<Stage> stageFromCode(const QString &code)
{
    for (const auto &s : kStages) {
        if (code.compare(QLatin1String(s.code), Qt::CaseInsensitive) == 0)
            return s.stage;
    }
    return std::nullopt;
}

QList<Stage> allStages()
{
    return {Stage::Pool, Stage::Invited, Stage::Registered, Stage::Attended};
}

bool isInStage(Status status, Stage stage)
{
    switch (stage) {
    case Stage::Pool:
        return true;
    case Stage::Invited:
        return status == Status::Invited || status == Status::Registered ||
               status == Status::Waitlisted || status == Status::Attended;
    case Stage::Registered:
        return status == Status::Registered || status == Status::Attended;
    case Stage::Attended:
        return status == Status::Attended;
    }
    return false;
}

} // namespace consulta
