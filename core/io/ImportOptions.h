#pragma once

#include "model/Status.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace consulta {

// How ParticipantImporter imports a table.
struct ImportOptions
{
    // `--status S`: every row gets this status (merging still keeps a more advanced one).
    std::optional<Status> status;
    // Do everything, report it, and roll it all back.
    bool dryRun = false;
    // Recorded in each imported participant's `source`; empty = the ImportSource's name.
    QString source;
    // The zone of times written without an offset; invalid = the consultation's zone.
    QTimeZone timeZone;
    // When status changes without a time of their own are recorded; invalid = now.
    QDateTime now;
    // Called every few hundred rows and at the end with the rows done and the total; return
    // false to cancel (nothing is written). Runs on the importing thread.
    std::function<bool(qsizetype done, qsizetype total)> progress;
};

} // namespace consulta
