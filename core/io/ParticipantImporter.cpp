#include "ParticipantImporter.h"

#include "EmailAddress.h"
#include "ImportOrganizations.h"
#include "ImportRowPipeline.h"
#include "ImportRowReader.h"
#include "store/ConsultationStore.h"
#include "store/ImportStore.h"
#include "store/SqliteDatabase.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace consulta {

namespace {

constexpr qsizetype kProgressEvery = 512;
// From this many rows, and when the file holds at least as many rows as the document holds
// participants, the participant indexes are dropped during the import and built again at
// its end (ImportStore::deferIndexes).
constexpr qsizetype kBulkRows = 5000;

template<typename T>
bool fill(T &field, const T &value)
{
    if (field.isEmpty() && !value.isEmpty()) {
        field = value;
        return true;
    }
    return false;
}

// The instant of a status change a row implies: its registration time when it registers,
// the import's otherwise.
QDateTime changeTime(const Participant &row, const QDateTime &now)
{
    const bool registers = row.status == Status::Registered || row.status == Status::Waitlisted;
    return registers && row.registeredAt.isValid() ? row.registeredAt : now;
}

// Lets the page cache hold the whole import: when a transaction's dirty pages overflow the
// cache, SQLite spills them to the file, which first syncs the rollback journal — thousands of
// fsyncs that cost more than the import itself. The cache only grows as pages are used.
class LargeCache
{
public:
    explicit LargeCache(SqliteDatabase &db)
        : m_db(db)
        , m_before(db.queryInteger("PRAGMA cache_size", -2000))
    {
        m_db.exec("PRAGMA cache_size=-1048576"); // KiB: up to 1 GiB
    }
    ~LargeCache()
    {
        const QByteArray restore = "PRAGMA cache_size=" + QByteArray::number(m_before);
        m_db.exec(restore.constData());
    }
    LargeCache(const LargeCache &) = delete;
    LargeCache &operator=(const LargeCache &) = delete;

private:
    SqliteDatabase &m_db;
    qint64 m_before;
};

// Turns off foreign key checks for the import, when no transaction encloses it (SQLite
// ignores the pragma inside one). Every organization id the importer writes is one it has
// just read or inserted, so the per-row look-up in the organization table, a quarter of the
// cost of inserting a participant, checks nothing.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(SqliteDatabase &db)
        : m_db(db)
        , m_restore(!db.inTransaction() && db.queryInteger("PRAGMA foreign_keys", 0) == 1)
    {
        if (m_restore)
            m_db.exec("PRAGMA foreign_keys=OFF");
    }
    ~ForeignKeysOff()
    {
        if (m_restore)
            m_db.exec("PRAGMA foreign_keys=ON");
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    SqliteDatabase &m_db;
    bool m_restore;
};

// Who is already known, by the keys duplicates are found with.
struct KnownPeople
{
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byName;             // name and organization
    QHash<QString, qint64> byNameWithoutEmail; // the same, for people without an e-mail
};

// Inserts that keep the first id for a key.
// Ids are never 0, so one lookup does: a new entry starts at 0.
template<typename Hash>
void keepFirst(Hash &hash, const QString &key, qint64 id)
{
    if (key.isEmpty())
        return;
    qint64 &slot = hash[key];
    if (slot == 0)
        slot = id;
}

} // namespace

ParticipantImporter::ParticipantImporter(ConsultationStore &store)
    : m_store(store)
{}

QList<ImportRecord> ParticipantImporter::preview(const CsvTable &table,
                                                 const ColumnMapping &mapping,
                                                 const ImportOptions &options, int maxRows)
{
    ImportRowReader reader(mapping, options.timeZone, options.status, options.source);
    reader.decideDateOrder(table.rows);
    QList<ImportRecord> records;
    for (qsizetype i = 0; i < table.rows.size() && i < maxRows; ++i)
        records.append(reader.read(table.rows.at(i)));
    return records;
}

Result<ImportReport> ParticipantImporter::run(const CsvTable &table, const ColumnMapping &mapping,
                                              const ImportOptions &options, const QString &source)
{
    if (!table.ok())
        return Error{table.error};
    if (!mapping.identifiesPeople())
        return Error{tr("No column holds a name or an e-mail address, so nobody can be "
                        "imported; map one (for example Name=full_name or Email=email).")};

    ImportReport report;
    report.dryRun = options.dryRun;
    SqliteDatabase &db = m_store.database();
    const LargeCache cache(db);
    const ForeignKeysOff unchecked(db);
    SqliteTransaction transaction(db);
    ImportStore writes(db);
    if (!transaction.isActive() || !writes.isValid())
        return Error{tr("The document cannot take an import: %1").arg(db.errorMessage())};

    QTimeZone zone = options.timeZone;
    if (!zone.isValid())
        zone = QTimeZone(m_store.consultation().timeZone);
    const QDateTime now =
        options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QString sourceName = options.source.isEmpty() ? source : options.source;

    // The rows are read on a thread of their own while this one finds the people known.
    ImportRowReader reader(mapping, zone, options.status, sourceName);
    ImportRowPipeline rows(table.rows, reader);

    ImportOrganizations organizations(writes);
    KnownPeople known;
    const qsizetype existing = writes.participantCount();
    const qsizetype expected = existing + table.rows.size();
    const bool bulk = table.rows.size() >= kBulkRows && table.rows.size() >= existing;
    if (bulk) {
        if (Result<void> deferred = writes.deferIndexes(); !deferred)
            return deferred.error();
    }
    known.byEmail.reserve(expected);
    known.byName.reserve(expected);
    writes.forEachParticipant([&](const ImportStore::ParticipantKeys &keys) {
        const QString nameKey = ImportRowPipeline::personKey(
            keys.givenName, keys.familyName, organizations.nameKey(keys.organizationId));
        keepFirst(known.byEmail, keys.email.isEmpty() ? QString() : EmailAddress::key(keys.email),
                  keys.id);
        keepFirst(known.byName, nameKey, keys.id);
        if (keys.email.isEmpty())
            keepFirst(known.byNameWithoutEmail, nameKey, keys.id);
    });
    report.lastStatusChangeIdBefore = writes.lastStatusChangeId();

    // Participants this import added have ids above every id before it; of the others, those
    // already changed (whose state before is kept for undo).
    const qint64 lastIdBefore = writes.lastParticipantId();
    QSet<qint64> changed;

    const qsizetype total = table.rows.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (options.progress && i % kProgressEvery == 0 && !options.progress(i, total)) {
            report.cancelled = true;
            return report; // the transaction rolls back
        }
        ImportRowPipeline::Row *next = rows.next();
        if (!next)
            break;
        const ImportRecord &record = next->record;
        if (record.isRejected()) {
            report.rejected.append({record.line, record.rejection});
            continue;
        }
        Participant row = record.participant;
        Result<qint64> organizationId = organizations.resolve(
            record.organization, next->organizationKey, row.country, record.sector);
        if (!organizationId)
            return organizationId.error();
        row.organizationId = *organizationId;

        // The organization found has the key of the name the row gives (resolve() finds by
        // key), so the keys read ahead hold.
        const QString &nameKey = next->personKey;
        const QString &emailKey = next->emailKey;
        qint64 target = 0;
        ImportMerge::Match match = ImportMerge::Match::Email;
        if (!emailKey.isEmpty()) {
            target = known.byEmail.value(emailKey);
            if (target == 0 && !nameKey.isEmpty()) {
                target = known.byNameWithoutEmail.value(nameKey);
                match = ImportMerge::Match::NameAndOrganization;
            }
        } else if (!nameKey.isEmpty()) {
            target = known.byName.value(nameKey);
            match = ImportMerge::Match::NameAndOrganization;
        }

        if (target == 0) {
            // Somebody the document did not know, on a list of people who registered, came
            // in by registering themselves (not from the invitation list, where they would
            // have merged), unless the file says how they came in (a Consulta export).
            if (!record.originGiven &&
                (row.status == Status::Registered || row.status == Status::Waitlisted ||
                 row.status == Status::Attended))
                row.origin = Origin::SelfRegistered;
            Result<qint64> id = writes.insertParticipant(row);
            if (!id)
                return id.error();
            // A new e-mail cannot be known yet (the row would have merged); a name can.
            if (!emailKey.isEmpty())
                known.byEmail.insert(emailKey, *id);
            keepFirst(known.byName, nameKey, *id);
            if (emailKey.isEmpty())
                keepFirst(known.byNameWithoutEmail, nameKey, *id);
            report.addedParticipantIds.append(*id);
            ++report.added;
            continue;
        }

        const std::optional<Participant> stored = writes.participant(target);
        if (!stored)
            return Error{tr("The document changed during the import: %1").arg(db.errorMessage())};
        Participant merged = *stored;
        fill(merged.givenName, row.givenName);
        fill(merged.familyName, row.familyName);
        if (fill(merged.email, row.email)) {
            known.byEmail.insert(emailKey, target);
            known.byNameWithoutEmail.remove(nameKey);
        }
        if (merged.gender == Gender::Undisclosed)
            merged.gender = row.gender;
        fill(merged.jobTitle, row.jobTitle);
        if (merged.organizationId == 0)
            merged.organizationId = row.organizationId;
        fill(merged.country, row.country);
        fill(merged.timeZone, row.timeZone);
        if (!merged.registeredAt.isValid())
            merged.registeredAt = row.registeredAt;
        fill(merged.notes, row.notes);
        if (!row.source.isEmpty() &&
            !merged.source.split(QStringLiteral("; ")).contains(row.source))
            merged.source = merged.source.isEmpty()
                                ? row.source
                                : merged.source + QStringLiteral("; ") + row.source;
        const Status from = merged.status;
        const bool advances = statusRank(row.status) > statusRank(from);
        if (advances)
            merged.status = row.status;
        report.merges.append({record.line, target, match, merged != *stored || advances});
        if (merged != *stored) {
            if (target <= lastIdBefore && !changed.contains(target)) {
                changed.insert(target);
                report.participantsBefore.append(*stored);
            }
            if (Result<void> updated = writes.updateParticipant(merged); !updated)
                return updated.error();
        }
        if (advances) {
            Result<void> logged =
                writes.insertStatusChange({target, from, row.status, changeTime(row, now)});
            if (!logged)
                return logged.error();
        }
        if (stored->givenName.isEmpty() && stored->familyName.isEmpty())
            keepFirst(known.byName,
                      ImportRowPipeline::personKey(merged.givenName, merged.familyName,
                                                   organizations.nameKey(merged.organizationId)),
                      target);
        ++report.merged;
    }
    if (options.progress && !options.progress(total, total)) {
        report.cancelled = true;
        return report;
    }

    for (const CsvProblem &problem : table.problems)
        report.rejected.append({problem.line, problem.reason});
    std::stable_sort(
        report.rejected.begin(), report.rejected.end(),
        [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
    rows.finish();
    report.warnings = reader.warnings();
    report.organizationsAdded = organizations.added();
    report.addedOrganizationIds = organizations.addedIds();
    report.organizationsBefore = organizations.changedBefore();

    if (options.dryRun) {
        for (ImportMerge &merge : report.merges) {
            if (merge.participantId > lastIdBefore)
                merge.participantId = 0; // added by the file: gone with the dry run
        }
        report.addedParticipantIds.clear();
        report.addedOrganizationIds.clear();
        report.participantsBefore.clear();
        report.organizationsBefore.clear();
        return report; // the transaction rolls back
    }
    if (bulk) {
        if (Result<void> restored = writes.restoreIndexes(); !restored)
            return restored.error();
    }
    if (!transaction.commit())
        return Error{tr("The import could not be saved: %1").arg(db.errorMessage())};
    report.committed = true;
    return report;
}

} // namespace consulta
