#pragma once

#include "common/Result.h"

#include <QList>

namespace consulta {

class SqliteDatabase;

// The ordered steps that upgrade a document from one format version to the next
// (DESIGN "The document file": older files migrate after keeping a copy of the
// original). Step N→N+1 is plain SQL run in the same transaction as every other step
// and the new PRAGMA user_version, so a working copy is upgraded whole or not at all.
// New files are made the same way: the version 1 tables, then every step.
namespace schema {

struct MigrationStep
{
    int from; // the version this step upgrades; it leaves the file at from + 1
    const char *sql;
};

// Every step, oldest first: step i upgrades version i + 1.
const QList<MigrationStep> &migrationSteps();

// Runs the steps from version `from` up to kSchemaVersion without a transaction of its
// own and stamps the new version; false (with the connection's error) when one fails.
bool runSteps(SqliteDatabase &db, int from);

// Upgrades an open working copy to kSchemaVersion in one transaction. Returns the
// version the file had; a file already current is left untouched.
Result<int> migrate(SqliteDatabase &db);

} // namespace schema
} // namespace consulta
