#pragma once

#include <QtGlobal>

namespace consulta {

class SqliteDatabase;

// The document file's identity and layout. Every change to the tables raises
// kSchemaVersion and adds a migration step in Schema.cpp.
namespace schema {

// PRAGMA application_id of every Consulta document: "Cnsl" in ASCII.
constexpr qint32 kApplicationId = 0x436E736C;
// PRAGMA user_version of the files this build writes; it reads 1..kSchemaVersion.
constexpr int kSchemaVersion = 1;

// Creates the tables of the current version in an empty database and stamps the
// application id and version.
bool create(SqliteDatabase &db);

// True when every table and column this version reads is present.
bool hasExpectedTables(const SqliteDatabase &db);

} // namespace schema
} // namespace consulta
