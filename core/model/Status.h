#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace consulta {

// Where a person stands with a consultation. The order of the enumerators is the
// order of progress: identified → invited → registered → attended. Waitlisted and
// declined are side states.
enum class Status
{
    Identified,
    Invited,
    Waitlisted,
    Registered,
    Declined,
    Attended,
};

// The four cumulative groups the balance figures are computed for.
enum class Stage
{
    Pool,
    Invited,
    Registered,
    Attended,
};

QString statusCode(Status status);  // "identified", "invited", …
QString statusLabel(Status status); // "Identified", … (translatable)
std::optional<Status> statusFromCode(const QString &code);
QList<Status> allStatuses();

QString stageCode(Stage stage); // "pool", "invited", "registered", "attended"
QString stageLabel(Stage stage);
std::optional<Stage> stageFromCode(const QString &code);
QList<Stage> allStages();

// DESIGN "Stages": pool = everyone; invited = invited, registered, waitlisted,
// attended; registered = registered, attended; attended = attended.
bool isInStage(Status status, Stage stage);

// How far along a status is, for "keep the more advanced status" when merging:
// identified < declined < invited < waitlisted < registered < attended.
int statusRank(Status status);

} // namespace consulta
