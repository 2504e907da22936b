#include "Schema.h"

#include "SchemaMigration.h"
#include "SqliteDatabase.h"

#include <QByteArray>
#include <QList>

namespace consulta::schema {

namespace {

constexpr const char *kCreateV1 = R"sql(
CREATE TABLE consultation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    roundtable INTEGER NOT NULL DEFAULT 1 CHECK (roundtable BETWEEN 1 AND 4),
    objectives TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    starts_at TEXT,
    ends_at TEXT,
    platform TEXT NOT NULL DEFAULT '',
    registration_deadline TEXT,
    chatham_house INTEGER NOT NULL DEFAULT 1,
    recorded INTEGER NOT NULL DEFAULT 0,
    max_per_organization INTEGER NOT NULL DEFAULT 1 CHECK (max_per_organization >= 0),
    capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0)
);
CREATE TABLE team_member (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT ''
);
CREATE TABLE organization (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    acronym TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT ''
);
CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT 'undisclosed',
    job_title TEXT NOT NULL DEFAULT '',
    organization_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    country TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'identified',
    registered_at TEXT,
    origin TEXT NOT NULL DEFAULT 'invited',
    forwarded_by TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participant_organization ON participant(organization_id);
CREATE TABLE status_change (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX status_change_participant ON status_change(participant_id);
CREATE TABLE balance_target (
    dimension TEXT NOT NULL,
    category TEXT NOT NULL,
    share REAL NOT NULL,
    PRIMARY KEY (dimension, category)
) WITHOUT ROWID;
INSERT INTO consultation (id) VALUES (1);
CREATE TABLE invitation_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    invitation_subject TEXT,
    invitation_body TEXT,
    reminder_subject TEXT,
    reminder_body TEXT,
    sender_name TEXT NOT NULL DEFAULT '',
    sender_email TEXT NOT NULL DEFAULT '',
    calendar_key TEXT NOT NULL DEFAULT ''
);
INSERT INTO invitation_settings (id, calendar_key) VALUES (1, lower(hex(randomblob(16))));
)sql";

// The tables and columns of version 1; later versions add theirs below.
struct TableColumns
{
    const char *table;
    QList<QByteArray> columns;
};

struct AddedColumn
{
    int version; // the first format version that has it
    const char *table;
    QByteArray column;
};

const QList<AddedColumn> &addedColumns()
{
    static const QList<AddedColumn> columns = {
        {2, "participant", "forwarded_by_id"},
    };
    return columns;
}

const QList<TableColumns> &expectedTables()
{
    static const QList<TableColumns> tables = {
        {"consultation",
         {"id", "title", "roundtable", "objectives", "time_zone", "starts_at", "ends_at",
          "platform", "registration_deadline", "chatham_house", "recorded", "max_per_organization",
          "capacity"}},
        {"team_member", {"id", "position", "role", "organization", "country"}},
        {"organization", {"id", "name", "acronym", "country", "category"}},
        {"participant",
         {"id", "given_name", "family_name", "email", "gender", "job_title", "organization_id",
          "country", "time_zone", "status", "registered_at", "origin", "forwarded_by", "notes",
          "source"}},
        {"status_change", {"id", "participant_id", "from_status", "to_status", "changed_at"}},
        {"balance_target", {"dimension", "category", "share"}},
        {"invitation_settings",
         {"id", "invitation_subject", "invitation_body", "reminder_subject", "reminder_body",
          "sender_name", "sender_email", "calendar_key"}},
    };
    return tables;
}

} // namespace

bool create(SqliteDatabase &db)
{
    if (!db.exec("BEGIN"))
        return false;
    const QByteArray stamp = "PRAGMA application_id=" + QByteArray::number(kApplicationId);
    if (!db.exec(kCreateV1) || !db.exec(stamp.constData()) || !runSteps(db, 1)) {
        db.exec("ROLLBACK");
        return false;
    }
    return db.exec("COMMIT");
}

bool hasExpectedTables(const SqliteDatabase &db, int version)
{
    SqliteStatement columns = db.prepare("SELECT name FROM pragma_table_info(?1)");
    for (const TableColumns &expected : expectedTables()) {
        columns.reset();
        columns.bind(1, QByteArray(expected.table));
        QList<QByteArray> present;
        while (columns.next())
            present.append(columns.bytes(0));
        if (columns.failed())
            return false;
        QList<QByteArray> wanted = expected.columns;
        for (const AddedColumn &added : addedColumns()) {
            if (added.version <= version && qstrcmp(added.table, expected.table) == 0)
                wanted.append(added.column);
        }
        for (const QByteArray &column : wanted) {
            if (!present.contains(column))
                return false;
        }
    }
    return true;
}

} // namespace consulta::schema
