#include "SchemaMigration.h"

#include "store/Schema.h"
#include "store/SqliteDatabase.h"
#include "store/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>

namespace consulta::schema {

namespace {

// Version 2: who forwarded an invitation, as a reference to another participant
// (issue 7.5). The column is a plain integer, not a declared foreign key: the store
// clears it when the forwarder is deleted (and undo puts it back), so no constraint
// can get in the way of restoring rows in any order. A v1 free-text "forwarded by"
// that names exactly one other participant (full name or e-mail) becomes a reference.
constexpr const char *kToVersion2 = R"sql(
ALTER TABLE participant ADD COLUMN forwarded_by_id INTEGER;
CREATE INDEX participant_forwarded_by ON participant(forwarded_by_id);
CREATE TEMP TABLE forwarder_match AS
    SELECT p.id AS participant_id, min(q.id) AS forwarder_id, count(q.id) AS matches
    FROM participant p JOIN participant q
      ON q.id <> p.id
     AND (trim(q.given_name || ' ' || q.family_name) = trim(p.forwarded_by)
          OR (q.email <> '' AND lower(q.email) = lower(trim(p.forwarded_by))))
    WHERE p.origin = 'forwarded' AND trim(p.forwarded_by) <> ''
    GROUP BY p.id;
UPDATE participant
   SET forwarded_by_id = (SELECT forwarder_id FROM forwarder_match
                          WHERE participant_id = participant.id),
       forwarded_by = ''
 WHERE id IN (SELECT participant_id FROM forwarder_match WHERE matches = 1);
DROP TABLE temp.forwarder_match;
)sql";

} // namespace

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps = {
        {1, kToVersion2},
    };
    return steps;
}

bool runSteps(SqliteDatabase &db, int from)
{
    for (const MigrationStep &step : migrationSteps()) {
        if (step.from < from)
            continue;
        if (!db.exec(step.sql))
            return false;
    }
    const QByteArray stamp = "PRAGMA user_version=" + QByteArray::number(kSchemaVersion);
    return db.exec(stamp.constData());
}

Result<int> migrate(SqliteDatabase &db)
{
    const int version = int(db.queryInteger("PRAGMA user_version", 0));
    if (version == kSchemaVersion)
        return version;
    auto failed = [&db, version]() -> Error {
        return Error{QCoreApplication::translate("SchemaMigration",
                                                 "Could not upgrade it from file format %1 to "
                                                 "%2: %3")
                         .arg(version)
                         .arg(kSchemaVersion)
                         .arg(reasonForSqlite(db.errorCode(), db.systemErrno()))};
    };
    if (version < 1 || version > kSchemaVersion)
        return Error{QCoreApplication::translate("SchemaMigration",
                                                 "Could not upgrade it: file format %1 is "
                                                 "unknown to this version.")
                         .arg(version)};
    if (!db.exec("BEGIN IMMEDIATE"))
        return failed();
    if (!runSteps(db, version)) {
        const Error error = failed();
        db.exec("ROLLBACK");
        return error;
    }
    if (!db.exec("COMMIT")) {
        const Error error = failed();
        db.exec("ROLLBACK");
        return error;
    }
    return version;
}

} // namespace consulta::schema
