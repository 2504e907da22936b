#include "ConsultationStore.h"

#include "common/TimeFormat.h"
#include "reference/ReferenceData.h"
#include "store/ParticipantRow.h"
#include "store/SqliteDatabase.h"
#include "store/StorageError.h"

#include <QCoreApplication>
#include <QStringList>

namespace consulta {

namespace {

QString objectivesText(const QList<int> &objectives)
{
    QStringList parts;
    for (int number : objectives)
        parts.append(QString::number(number));
    return parts.join(QLatin1Char(' '));
}

QList<int> objectivesFromText(const QString &text)
{
    QList<int> objectives;
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int number = part.toInt(&ok);
        if (ok)
            objectives.append(number);
    }
    return objectives;
}

// Binds a participant to a SqliteStatement for participantrow::bind().
struct StatementBinder
{
    SqliteStatement &statement;
    void text(int index, const QString &value) { statement.bind(index, value); }
    void bytes(int index, const QByteArray &value) { statement.bind(index, value); }
    void id(int index, qint64 value) { statement.bindId(index, value); }
    void instant(int index, const QDateTime &value)
    {
        statement.bindOptional(index, toIsoUtc(value));
    }
    void code(int index, Gender value) { statement.bind(index, genderCode(value)); }
    void code(int index, Status value) { statement.bind(index, statusCode(value)); }
    void code(int index, Origin value) { statement.bind(index, originCode(value)); }
};

void bindParticipant(SqliteStatement &statement, const Participant &p)
{
    StatementBinder binder{statement};
    participantrow::bind(binder, p);
}

} // namespace

ConsultationStore::ConsultationStore(SqliteDatabase &db)
    : m_db(db)
{}

Result<void> ConsultationStore::failure(const char *what) const
{
    // The reason names a cause (a full disk, a constraint), never the values bound.
    return Error{QCoreApplication::translate("ConsultationStore", "Could not %1: %2")
                     .arg(QCoreApplication::translate("ConsultationStore", what),
                          reasonForSqlite(m_db.errorCode(), m_db.systemErrno()))};
}

Consultation ConsultationStore::consultation() const
{
    Consultation c;
    SqliteStatement row = m_db.prepare(
        "SELECT title, roundtable, objectives, time_zone, starts_at, ends_at, platform, "
        "registration_deadline, chatham_house, recorded, max_per_organization, capacity "
        "FROM consultation WHERE id = 1");
    if (row.next()) {
        c.title = row.text(0);
        c.roundtable = int(row.integer(1));
        c.objectives = objectivesFromText(row.text(2));
        c.timeZone = row.bytes(3);
        c.startsAt = fromIsoUtc(row.text(4));
        c.endsAt = fromIsoUtc(row.text(5));
        c.platform = row.text(6);
        c.registrationDeadline = fromIsoUtc(row.text(7));
        c.chathamHouseRule = row.integer(8) != 0;
        c.recorded = row.integer(9) != 0;
        c.maxPerOrganization = int(row.integer(10));
        c.capacity = int(row.integer(11));
    }
    SqliteStatement team =
        m_db.prepare("SELECT role, organization, country FROM team_member ORDER BY position, id");
    while (team.next())
        c.organizingTeam.append({team.text(0), team.text(1), team.text(2)});
    return c;
}

Result<void> ConsultationStore::setConsultation(const Consultation &c)
{
    SqliteTransaction transaction(m_db);
    SqliteStatement update = m_db.prepare(
        "UPDATE consultation SET title = ?1, roundtable = ?2, objectives = ?3, time_zone = ?4, "
        "starts_at = ?5, ends_at = ?6, platform = ?7, registration_deadline = ?8, "
        "chatham_house = ?9, recorded = ?10, max_per_organization = ?11, capacity = ?12 "
        "WHERE id = 1");
    update.bind(1, c.title)
        .bind(2, c.roundtable)
        .bind(3, objectivesText(c.objectives))
        .bind(4, c.timeZone.isEmpty() ? QByteArray("UTC") : c.timeZone)
        .bindOptional(5, toIsoUtc(c.startsAt))
        .bindOptional(6, toIsoUtc(c.endsAt))
        .bind(7, c.platform)
        .bindOptional(8, toIsoUtc(c.registrationDeadline))
        .bind(9, c.chathamHouseRule)
        .bind(10, c.recorded)
        .bind(11, c.maxPerOrganization)
        .bind(12, c.capacity);
    if (!update.exec() || !m_db.exec("DELETE FROM team_member"))
        return failure("save the consultation's details");
    SqliteStatement insert = m_db.prepare(
        "INSERT INTO team_member (position, role, organization, country) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < c.organizingTeam.size(); ++i) {
        const TeamMember &member = c.organizingTeam.at(i);
        insert.bind(1, i).bind(2, member.role).bind(3, member.organization).bind(4, member.country);
        if (!insert.exec())
            return failure("save the organizing team");
    }
    if (!transaction.commit())
        return failure("save the consultation's details");
    return {};
}

QList<Organization> ConsultationStore::organizations() const
{
    QList<Organization> result;
    SqliteStatement row = m_db.prepare(
        "SELECT id, name, acronym, country, category FROM organization ORDER BY name, id");
    while (row.next())
        result.append({row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4)});
    return result;
}

std::optional<Organization> ConsultationStore::organization(qint64 id) const
{
    SqliteStatement row =
        m_db.prepare("SELECT id, name, acronym, country, category FROM organization WHERE id = ?1");
    row.bind(1, id);
    if (!row.next())
        return std::nullopt;
    return Organization{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4)};
}

Result<qint64> ConsultationStore::addOrganization(const Organization &o)
{
    SqliteStatement insert =
        m_db.prepare("INSERT INTO organization (id, name, acronym, country, category) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bindId(1, o.id)
        .bind(2, o.name)
        .bind(3, o.acronym)
        .bind(4, o.country)
        .bind(5, o.category);
    if (!insert.exec())
        return failure("add the organization").error();
    return m_db.lastInsertId();
}

Result<void> ConsultationStore::updateOrganization(const Organization &o)
{
    SqliteStatement update =
        m_db.prepare("UPDATE organization SET name = ?2, acronym = ?3, country = ?4, category = ?5 "
                     "WHERE id = ?1");
    update.bind(1, o.id).bind(2, o.name).bind(3, o.acronym).bind(4, o.country).bind(5, o.category);
    if (!update.exec())
        return failure("update the organization");
    return {};
}

Result<void> ConsultationStore::removeOrganization(qint64 id)
{
    SqliteStatement remove = m_db.prepare("DELETE FROM organization WHERE id = ?1");
    remove.bind(1, id);
    if (!remove.exec())
        return failure("delete the organization");
    return {};
}

Result<void> ConsultationStore::setOrganization(const QList<qint64> &ids, qint64 organizationId)
{
    SqliteTransaction transaction(m_db);
    SqliteStatement update =
        m_db.prepare("UPDATE participant SET organization_id = ?1 WHERE id = ?2");
    for (qint64 id : ids) {
        update.reset();
        update.bindId(1, organizationId).bind(2, id);
        if (!update.exec())
            return failure("change the participants' organization");
    }
    if (!transaction.commit())
        return failure("change the participants' organization");
    return {};
}

int ConsultationStore::participantCount() const
{
    return int(m_db.queryInteger("SELECT count(*) FROM participant", 0));
}

QList<Participant> ConsultationStore::participants() const
{
    QList<Participant> result;
    const QByteArray sql = participantrow::selectSql() + " ORDER BY id";
    SqliteStatement row = m_db.prepare(sql.constData());
    while (row.next())
        result.append(participantrow::read(row));
    return result;
}

std::optional<Participant> ConsultationStore::participant(qint64 id) const
{
    const QByteArray sql = participantrow::selectSql() + " WHERE id = ?1";
    SqliteStatement row = m_db.prepare(sql.constData());
    row.bind(1, id);
    if (!row.next())
        return std::nullopt;
    return participantrow::read(row);
}

Result<qint64> ConsultationStore::addParticipant(const Participant &p)
{
    SqliteStatement insert = m_db.prepare(participantrow::insertSql(true).constData());
    bindParticipant(insert, p);
    insert.bindId(participantrow::kIdParameter, p.id);
    if (!insert.exec())
        return failure("add the participant").error();
    return m_db.lastInsertId();
}

Result<void> ConsultationStore::updateParticipant(const Participant &p)
{
    SqliteStatement update = m_db.prepare(participantrow::updateSql().constData());
    bindParticipant(update, p);
    update.bind(participantrow::kIdParameter, p.id);
    if (!update.exec())
        return failure("update the participant");
    return {};
}

Result<void> ConsultationStore::removeParticipant(qint64 id)
{
    SqliteTransaction transaction(m_db);
    SqliteStatement history = m_db.prepare("DELETE FROM status_change WHERE participant_id = ?1");
    history.bind(1, id);
    SqliteStatement remove = m_db.prepare("DELETE FROM participant WHERE id = ?1");
    remove.bind(1, id);
    // Nobody is left "forwarded by" a person who is gone (ON DELETE SET NULL, by hand).
    SqliteStatement forwarded =
        m_db.prepare("UPDATE participant SET forwarded_by_id = NULL WHERE forwarded_by_id = ?1");
    forwarded.bind(1, id);
    if (!history.exec() || !remove.exec() || !forwarded.exec() || !transaction.commit())
        return failure("delete the participant");
    return {};
}

qint64 ConsultationStore::forwarderOf(qint64 participantId) const
{
    SqliteStatement row = m_db.prepare(
        "SELECT f.id FROM participant p JOIN participant f ON f.id = p.forwarded_by_id "
        "WHERE p.id = ?1");
    row.bind(1, participantId);
    return row.next() ? row.integer(0) : 0;
}

QList<qint64> ConsultationStore::forwardedBy(qint64 forwarderId) const
{
    QList<qint64> ids;
    SqliteStatement row =
        m_db.prepare("SELECT id FROM participant WHERE forwarded_by_id = ?1 ORDER BY id");
    row.bind(1, forwarderId);
    while (row.next())
        ids.append(row.integer(0));
    return ids;
}

Result<void> ConsultationStore::setForwarder(qint64 participantId, qint64 forwarderId)
{
    if (forwarderId != 0 && (forwarderId == participantId || !participant(forwarderId)))
        return Error{QCoreApplication::translate("ConsultationStore",
                                                 "Could not record who forwarded the "
                                                 "invitation: that person is not on the list.")};
    SqliteStatement update =
        m_db.prepare("UPDATE participant SET forwarded_by_id = ?2 WHERE id = ?1");
    update.bind(1, participantId).bindId(2, forwarderId);
    if (!update.exec())
        return failure("record who forwarded the invitation");
    return {};
}

Result<void> ConsultationStore::setStatus(const QList<qint64> &ids, Status status,
                                          const QDateTime &at)
{
    SqliteTransaction transaction(m_db);
    SqliteStatement current = m_db.prepare("SELECT status FROM participant WHERE id = ?1");
    SqliteStatement update = m_db.prepare(
        "UPDATE participant SET status = ?2, registered_at = CASE WHEN ?3 IS NOT NULL AND "
        "registered_at IS NULL THEN ?3 ELSE registered_at END WHERE id = ?1");
    SqliteStatement log = m_db.prepare(
        "INSERT INTO status_change (participant_id, from_status, to_status, changed_at) "
        "VALUES (?1, ?2, ?3, ?4)");
    const QString code = statusCode(status);
    const QString when = toIsoUtc(at);
    const bool registers = status == Status::Registered;
    for (qint64 id : ids) {
        current.reset();
        current.bind(1, id);
        if (!current.next())
            continue;
        const QString from = current.text(0);
        current.reset();
        if (from == code)
            continue;
        update.bind(1, id).bind(2, code);
        if (registers)
            update.bind(3, when);
        else
            update.bindNull(3);
        log.bind(1, id).bind(2, from).bind(3, code).bind(4, when);
        if (!update.exec() || !log.exec())
            return failure("change the status");
    }
    if (!transaction.commit())
        return failure("change the status");
    return {};
}

QList<StatusChange> ConsultationStore::statusHistory(qint64 participantId) const
{
    QList<StatusChange> result;
    SqliteStatement row =
        m_db.prepare("SELECT from_status, to_status, changed_at FROM status_change "
                     "WHERE participant_id = ?1 ORDER BY id");
    row.bind(1, participantId);
    while (row.next()) {
        StatusChange change;
        change.participantId = participantId;
        change.from = statusFromCode(row.text(0)).value_or(Status::Identified);
        change.to = statusFromCode(row.text(1)).value_or(Status::Identified);
        change.at = fromIsoUtc(row.text(2));
        result.append(change);
    }
    return result;
}

Result<void> ConsultationStore::addStatusChange(const StatusChange &change)
{
    SqliteStatement log = m_db.prepare(
        "INSERT INTO status_change (participant_id, from_status, to_status, changed_at) "
        "VALUES (?1, ?2, ?3, ?4)");
    log.bind(1, change.participantId)
        .bind(2, statusCode(change.from))
        .bind(3, statusCode(change.to))
        .bind(4, toIsoUtc(change.at));
    if (!log.exec())
        return failure("record the status change");
    return {};
}

QList<BalanceRecord> ConsultationStore::balanceRecords() const
{
    const ReferenceData &reference = ReferenceData::instance();
    QHash<QString, QString> subregions; // country code → subregion, looked up once each
    QList<BalanceRecord> records;
    records.reserve(participantCount());
    SqliteStatement row = m_db.prepare(
        "SELECT p.status, p.gender, p.country, o.category, p.organization_id, p.registered_at "
        "FROM participant p LEFT JOIN organization o ON o.id = p.organization_id");
    const QString unknown = QStringLiteral("unknown");
    while (row.next()) {
        BalanceRecord record;
        record.status = statusFromCode(row.text(0)).value_or(Status::Identified);
        record.gender = genderFromCode(row.text(1)).value_or(Gender::Undisclosed);
        const QString country = row.text(2);
        auto subregion = subregions.constFind(country);
        if (subregion == subregions.cend())
            subregion = subregions.insert(country, reference.subregionOf(country));
        record.subregion = *subregion;
        const QString category = row.text(3);
        record.sector = reference.category(category) ? category : unknown;
        record.organizationId = row.isNull(4) ? 0 : row.integer(4);
        record.registeredAt = fromIsoUtc(row.text(5));
        records.append(record);
    }
    return records;
}

QHash<qint64, QString> ConsultationStore::organizationNames() const
{
    QHash<qint64, QString> names;
    SqliteStatement row = m_db.prepare("SELECT id, name FROM organization");
    while (row.next())
        names.insert(row.integer(0), row.text(1));
    return names;
}

BalanceTargets ConsultationStore::balanceTargets() const
{
    BalanceTargets targets;
    SqliteStatement row = m_db.prepare(
        "SELECT dimension, category, share FROM balance_target ORDER BY dimension, category");
    while (row.next()) {
        if (const auto dimension = dimensionFromCode(row.text(0)))
            targets.shares[*dimension].insert(row.text(1), row.real(2));
    }
    return targets;
}

Result<void> ConsultationStore::setBalanceTargets(const BalanceTargets &targets)
{
    SqliteTransaction transaction(m_db);
    if (!m_db.exec("DELETE FROM balance_target"))
        return failure("save the balance targets");
    SqliteStatement insert =
        m_db.prepare("INSERT INTO balance_target (dimension, category, share) VALUES (?1, ?2, ?3)");
    for (auto dimension = targets.shares.cbegin(); dimension != targets.shares.cend();
         ++dimension) {
        for (auto share = dimension->cbegin(); share != dimension->cend(); ++share) {
            insert.bind(1, dimensionCode(dimension.key()))
                .bind(2, share.key())
                .bind(3, share.value());
            if (!insert.exec())
                return failure("save the balance targets");
        }
    }
    if (!transaction.commit())
        return failure("save the balance targets");
    return {};
}

} // namespace consulta
