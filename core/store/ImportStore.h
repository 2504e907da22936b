#pragma once

#include "common/Result.h"
#include "model/Organization.h"
#include "model/Participant.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace consulta {

class SqliteDatabase;

// The writes of a bulk import, each a statement prepared once and reused for every row
// (ConsultationStore prepares per call, which is fine for one edit and far too slow for
// 100,000). Text is converted to UTF-8 into one reused buffer and bound without a copy, and
// codes and instants are formatted without QString temporaries: the import of a large file
// spends its time in SQLite, not in allocations. It opens no transaction of its own: the
// importer wraps everything in one.
class ImportStore
{
public:
    // What duplicate detection needs of a stored participant.
    struct ParticipantKeys
    {
        qint64 id = 0;
        QString email;
        QString givenName;
        QString familyName;
        qint64 organizationId = 0;
    };

    explicit ImportStore(SqliteDatabase &db);
    ~ImportStore();
    ImportStore(const ImportStore &) = delete;
    ImportStore &operator=(const ImportStore &) = delete;

    // False when a statement cannot be prepared (a damaged or foreign schema).
    bool isValid() const;

    QList<Organization> organizations() const;
    int participantCount() const;
    // The highest participant id, 0 when there is none.
    qint64 lastParticipantId() const;
    void forEachParticipant(const std::function<void(const ParticipantKeys &)> &visit) const;
    // The id of the newest status history entry, 0 when there is none.
    qint64 lastStatusChangeId() const;

    std::optional<Participant> participant(qint64 id);
    Result<qint64> insertParticipant(const Participant &participant);
    Result<void> updateParticipant(const Participant &participant);
    Result<void> insertStatusChange(const StatusChange &change);
    Result<qint64> insertOrganization(const Organization &organization);
    Result<void> updateOrganization(const Organization &organization);

    // Drops the participant table's indexes until restoreIndexes() builds them again: a bulk
    // insert then writes the table alone, and each index is built once from sorted keys,
    // which costs a fraction of inserting 100,000 keys into it one by one. Call both inside
    // the import's transaction, so that a rollback brings the indexes back as they were.
    Result<void> deferIndexes();
    Result<void> restoreIndexes();

    // "2020-10-28T04:00:00Z" like toIsoUtc(), without going through QDateTime::toString.
    static QByteArray isoUtc(const QDateTime &instant);

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    using Statement = std::unique_ptr<sqlite3_stmt, Finalizer>;

    Statement prepare(const char *sql) const;
    Error failure(const char *what) const;
    bool run(sqlite3_stmt *statement);
    // Makes room in the buffer for this many UTF-16 code units of text, before binding.
    void reserveText(qsizetype characters);
    void bindText(sqlite3_stmt *statement, int index, QStringView text);
    void bindParticipant(sqlite3_stmt *statement, const Participant &participant);

    SqliteDatabase &m_db;
    Statement m_selectParticipant;
    Statement m_insertParticipant;
    Statement m_updateParticipant;
    Statement m_insertChange;
    Statement m_insertOrganization;
    Statement m_updateOrganization;
    QList<QByteArray> m_deferredIndexes; // the SQL that creates each dropped index
    QByteArray m_buffer;                 // UTF-8 of the values bound to the statement being run
    qsizetype m_used = 0;
};

} // namespace consulta
