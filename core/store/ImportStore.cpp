#include "ImportStore.h"

#include "common/TimeFormat.h"
#include "store/ParticipantRow.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QStringEncoder>

#include <sqlite3.h>

namespace consulta {

namespace {

// A row of a raw statement, for participantrow::read().
struct StatementRow
{
    sqlite3_stmt *statement;

    qint64 integer(int column) const { return sqlite3_column_int64(statement, column); }
    bool isNull(int column) const { return sqlite3_column_type(statement, column) == SQLITE_NULL; }
    QByteArrayView view(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(statement, column))
                    : QByteArrayView();
    }
    QString text(int column) const { return QString::fromUtf8(view(column)); }
    QByteArray bytes(int column) const { return view(column).toByteArray(); }
};

// Codes are ASCII and fixed: bound straight from these arrays, indexed by enumerator.
template<typename Enum, typename Code>
QList<QByteArray> codesOf(const QList<Enum> &values, Code codeOf)
{
    QList<QByteArray> codes(values.size());
    for (const Enum value : values)
        codes[static_cast<int>(value)] = codeOf(value).toLatin1();
    return codes;
}

const QByteArray &code(Status status)
{
    static const QList<QByteArray> codes = codesOf(allStatuses(), statusCode);
    return codes.at(static_cast<int>(status));
}

const QByteArray &code(Gender gender)
{
    static const QList<QByteArray> codes = codesOf(allGenders(), genderCode);
    return codes.at(static_cast<int>(gender));
}

const QByteArray &code(Origin origin)
{
    static const QList<QByteArray> codes = codesOf(
        QList<Origin>{Origin::Invited, Origin::Forwarded, Origin::SelfRegistered}, originCode);
    return codes.at(static_cast<int>(origin));
}

void putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

void ImportStore::Finalizer::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

ImportStore::ImportStore(SqliteDatabase &db)
    : m_db(db)
{
    const QByteArray select = participantrow::selectSql() + " WHERE id = ?1";
    const QByteArray insert = participantrow::insertSql(false);
    const QByteArray update = participantrow::updateSql();
    m_selectParticipant = prepare(select.constData());
    m_insertParticipant = prepare(insert.constData());
    m_updateParticipant = prepare(update.constData());
    m_insertChange =
        prepare("INSERT INTO status_change (participant_id, from_status, to_status, changed_at) "
                "VALUES (?1, ?2, ?3, ?4)");
    m_insertOrganization = prepare(
        "INSERT INTO organization (name, acronym, country, category) VALUES (?1, ?2, ?3, ?4)");
    m_updateOrganization =
        prepare("UPDATE organization SET name = ?2, acronym = ?3, country = ?4, category = ?5 "
                "WHERE id = ?1");
}

ImportStore::~ImportStore() = default;

ImportStore::Statement ImportStore::prepare(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    if (m_db.handle() && sqlite3_prepare_v3(m_db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT,
                                            &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        statement = nullptr;
    }
    return Statement(statement);
}

bool ImportStore::isValid() const
{
    return m_selectParticipant && m_insertParticipant && m_updateParticipant && m_insertChange &&
           m_insertOrganization && m_updateOrganization;
}

Error ImportStore::failure(const char *what) const
{
    // SQLite's message names tables and constraints, never the values bound.
    return Error{QCoreApplication::translate("ImportStore", "Could not %1: %2")
                     .arg(QCoreApplication::translate("ImportStore", what), m_db.errorMessage())};
}

bool ImportStore::run(sqlite3_stmt *statement)
{
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    m_used = 0;
    return rc == SQLITE_DONE;
}

void ImportStore::reserveText(qsizetype characters)
{
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const qsizetype needed = 3 * characters + 64;
    if (m_buffer.size() < needed)
        m_buffer.resize(std::max(needed, 2 * m_buffer.size()));
    m_used = 0;
}

void ImportStore::bindText(sqlite3_stmt *statement, int index, QStringView text)
{
    char *const start = m_buffer.data() + m_used;
    char *out = start;
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
        *out++ = char(c.unicode());
    }
    if (!ascii) {
        QStringEncoder encoder(QStringEncoder::Utf8);
        out = encoder.appendToBuffer(start, text);
    }
    m_used += out - start;
    sqlite3_bind_text(statement, index, start, int(out - start), SQLITE_STATIC);
}

QByteArray ImportStore::isoUtc(const QDateTime &instant)
{
    if (!instant.isValid())
        return QByteArray();
    const qint64 seconds = instant.toSecsSinceEpoch();
    qint64 days = seconds / 86400;
    qint64 ofDay = seconds % 86400;
    if (ofDay < 0) {
        ofDay += 86400;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + 2440588);
    if (date.year() < 1 || date.year() > 9999)
        return toIsoUtc(instant).toLatin1();
    QByteArray text(20, Qt::Uninitialized);
    char *out = text.data();
    putDigits(out, date.year(), 4);
    out[4] = '-';
    putDigits(out + 5, date.month(), 2);
    out[7] = '-';
    putDigits(out + 8, date.day(), 2);
    out[10] = 'T';
    putDigits(out + 11, int(ofDay / 3600), 2);
    out[13] = ':';
    putDigits(out + 14, int(ofDay / 60 % 60), 2);
    out[16] = ':';
    putDigits(out + 17, int(ofDay % 60), 2);
    out[19] = 'Z';
    return text;
}

Result<void> ImportStore::deferIndexes()
{
    // Only the indexes this program creates: their SQL is known, so recreating them runs
    // nothing a file could have put in its schema.
    SqliteStatement index =
        m_db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                     "AND tbl_name = 'participant' AND name IN ('participant_organization', "
                     "'participant_forwarded_by') ORDER BY name");
    QList<QPair<QByteArray, QByteArray>> found;
    while (index.next())
        found.append({index.text(0).toUtf8(), index.text(1).toUtf8()});
    for (const auto &[name, sql] : found) {
        const QByteArray drop = "DROP INDEX " + name;
        if (!m_db.exec(drop.constData()))
            return failure("prepare the participants for a large import");
        m_deferredIndexes.append(sql);
    }
    return {};
}

Result<void> ImportStore::restoreIndexes()
{
    while (!m_deferredIndexes.isEmpty()) {
        if (!m_db.exec(m_deferredIndexes.constFirst().constData()))
            return failure("index the imported participants");
        m_deferredIndexes.removeFirst();
    }
    return {};
}

QList<Organization> ImportStore::organizations() const
{
    QList<Organization> result;
    SqliteStatement row =
        m_db.prepare("SELECT id, name, acronym, country, category FROM organization ORDER BY id");
    while (row.next())
        result.append({row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4)});
    return result;
}

int ImportStore::participantCount() const
{
    return int(m_db.queryInteger("SELECT count(*) FROM participant", 0));
}

qint64 ImportStore::lastParticipantId() const
{
    return m_db.queryInteger("SELECT coalesce(max(id), 0) FROM participant", 0);
}

void ImportStore::forEachParticipant(
    const std::function<void(const ParticipantKeys &)> &visit) const
{
    SqliteStatement row = m_db.prepare(
        "SELECT id, email, given_name, family_name, organization_id FROM participant ORDER BY id");
    ParticipantKeys keys;
    while (row.next()) {
        keys.id = row.integer(0);
        keys.email = row.text(1);
        keys.givenName = row.text(2);
        keys.familyName = row.text(3);
        keys.organizationId = row.isNull(4) ? 0 : row.integer(4);
        visit(keys);
    }
}

qint64 ImportStore::lastStatusChangeId() const
{
    return m_db.queryInteger("SELECT coalesce(max(id), 0) FROM status_change", 0);
}

std::optional<Participant> ImportStore::participant(qint64 id)
{
    sqlite3_stmt *row = m_selectParticipant.get();
    sqlite3_bind_int64(row, 1, id);
    if (sqlite3_step(row) != SQLITE_ROW) {
        sqlite3_reset(row);
        return std::nullopt;
    }
    Participant p = participantrow::read(StatementRow{row});
    sqlite3_reset(row);
    return p;
}

void ImportStore::bindParticipant(sqlite3_stmt *statement, const Participant &p)
{
    // Codes are bound from static arrays, text from m_buffer (see bindText), the rest copied.
    struct Binder
    {
        ImportStore &store;
        sqlite3_stmt *statement;

        void text(int index, const QString &value) { store.bindText(statement, index, value); }
        void bytes(int index, const QByteArray &value)
        {
            sqlite3_bind_text(statement, index, value.constData(), int(value.size()),
                              SQLITE_TRANSIENT);
        }
        void id(int index, qint64 value)
        {
            if (value == 0)
                sqlite3_bind_null(statement, index);
            else
                sqlite3_bind_int64(statement, index, value);
        }
        void instant(int index, const QDateTime &value)
        {
            const QByteArray text = isoUtc(value);
            if (text.isEmpty())
                sqlite3_bind_null(statement, index);
            else
                sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                  SQLITE_TRANSIENT);
        }
        void code(int index, Gender value) { bindCode(index, consulta::code(value)); }
        void code(int index, Status value) { bindCode(index, consulta::code(value)); }
        void code(int index, Origin value) { bindCode(index, consulta::code(value)); }
        void bindCode(int index, const QByteArray &text)
        {
            sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
        }
    };
    reserveText(p.givenName.size() + p.familyName.size() + p.email.size() + p.jobTitle.size() +
                p.country.size() + p.forwardedBy.size() + p.notes.size() + p.source.size());
    Binder binder{*this, statement};
    participantrow::bind(binder, p);
}

Result<qint64> ImportStore::insertParticipant(const Participant &participant)
{
    bindParticipant(m_insertParticipant.get(), participant);
    if (!run(m_insertParticipant.get()))
        return failure("add a participant");
    return m_db.lastInsertId();
}

Result<void> ImportStore::updateParticipant(const Participant &participant)
{
    bindParticipant(m_updateParticipant.get(), participant);
    sqlite3_bind_int64(m_updateParticipant.get(), participantrow::kIdParameter, participant.id);
    if (!run(m_updateParticipant.get()))
        return failure("update a participant");
    return {};
}

Result<void> ImportStore::insertStatusChange(const StatusChange &change)
{
    sqlite3_stmt *statement = m_insertChange.get();
    const QByteArray &from = code(change.from);
    const QByteArray &to = code(change.to);
    const QByteArray at = isoUtc(change.at);
    sqlite3_bind_int64(statement, 1, change.participantId);
    sqlite3_bind_text(statement, 2, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 3, to.constData(), int(to.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 4, at.constData(), int(at.size()), SQLITE_TRANSIENT);
    if (!run(statement))
        return failure("record a status change");
    return {};
}

Result<qint64> ImportStore::insertOrganization(const Organization &organization)
{
    sqlite3_stmt *statement = m_insertOrganization.get();
    reserveText(organization.name.size() + organization.acronym.size() +
                organization.country.size() + organization.category.size());
    bindText(statement, 1, organization.name);
    bindText(statement, 2, organization.acronym);
    bindText(statement, 3, organization.country);
    bindText(statement, 4, organization.category);
    if (!run(statement))
        return failure("add an organization");
    return m_db.lastInsertId();
}

Result<void> ImportStore::updateOrganization(const Organization &organization)
{
    sqlite3_stmt *statement = m_updateOrganization.get();
    reserveText(organization.name.size() + organization.acronym.size() +
                organization.country.size() + organization.category.size());
    sqlite3_bind_int64(statement, 1, organization.id);
    bindText(statement, 2, organization.name);
    bindText(statement, 3, organization.acronym);
    bindText(statement, 4, organization.country);
    bindText(statement, 5, organization.category);
    if (!run(statement))
        return failure("update an organization");
    return {};
}

} // namespace consulta
