#pragma once

#include <QtGlobal>

namespace consulta {

class SqliteDatabase;

// The document file's identity and layout. Every change to the tables raises
// kSchemaVersion and adds a step in SchemaMigration.cpp (with its test).
namespace schema {

// PRAGMA application_id of every Consulta document: "Cnsl" in ASCII.
constexpr qint32 kApplicationId = 0x436E736C;
// PRAGMA user_version of the files this build writes; it reads 1..kSchemaVersion.
constexpr int kSchemaVersion = 2;

// Creates the tables of the current version in an empty database and stamps the
// application id and version: the version 1 tables, then every migration step, so a new
// file and an upgraded one have the same layout.
bool create(SqliteDatabase &db);

// True when every table and column a file of the given format version has is present.
bool hasExpectedTables(const SqliteDatabase &db, int version = kSchemaVersion);

} // namespace schema
} // namespace consulta
