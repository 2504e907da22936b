#pragma once

#include "common/TimeFormat.h"
#include "model/Participant.h"

#include <QByteArray>

namespace consulta {

// The participant table as both stores see it: which columns, in which order, and which field
// goes to which SQL parameter and comes from which result column. ConsultationStore (one edit
// at a time, through SqliteStatement) and ImportStore (100,000 rows through raw statements
// prepared once) bind and read differently, so each hands in its own binder or row; the
// mapping of fields to positions lives here only.
namespace participantrow {

// The columns after id, as parameters 1..15 of insertSql() and updateSql().
inline constexpr const char kColumns[] =
    "given_name, family_name, email, gender, job_title, organization_id, country, time_zone, "
    "status, registered_at, origin, forwarded_by, notes, source, forwarded_by_id";

// The id's parameter in insertSql(true) and updateSql(), after the columns.
inline constexpr int kIdParameter = 16;

// "SELECT id, given_name, … FROM participant": read() reads its rows; add WHERE/ORDER BY.
QByteArray selectSql();
// INSERT with parameters 1..15, and ?16 for the id when `withId` (NULL picks a new one).
QByteArray insertSql(bool withId);
// UPDATE of parameters 1..15 WHERE id = ?16.
QByteArray updateSql();

// Hands the fields to parameters 1..15: binder.text(i, QString), binder.bytes(i, QByteArray),
// binder.id(i, qint64) (0 = NULL), binder.instant(i, QDateTime) (invalid = NULL) and
// binder.code(i, Gender|Status|Origin).
template<typename Binder>
void bind(Binder &binder, const Participant &p)
{
    binder.text(1, p.givenName);
    binder.text(2, p.familyName);
    binder.text(3, p.email);
    binder.code(4, p.gender);
    binder.text(5, p.jobTitle);
    binder.id(6, p.organizationId);
    binder.text(7, p.country);
    binder.bytes(8, p.timeZone);
    binder.code(9, p.status);
    binder.instant(10, p.registeredAt);
    binder.code(11, p.origin);
    binder.text(12, p.forwardedBy);
    binder.text(13, p.notes);
    binder.text(14, p.source);
    binder.id(15, p.forwardedById == p.id ? 0 : p.forwardedById); // nobody forwards to themselves
}

// A participant from a row of selectSql(): row.integer(c), row.isNull(c), row.text(c) and
// row.bytes(c), columns from 0 (SqliteStatement has them).
template<typename Row>
Participant read(const Row &row)
{
    Participant p;
    p.id = row.integer(0);
    p.givenName = row.text(1);
    p.familyName = row.text(2);
    p.email = row.text(3);
    p.gender = genderFromCode(row.text(4)).value_or(Gender::Undisclosed);
    p.jobTitle = row.text(5);
    p.organizationId = row.isNull(6) ? 0 : row.integer(6);
    p.country = row.text(7);
    p.timeZone = row.bytes(8);
    p.status = statusFromCode(row.text(9)).value_or(Status::Identified);
    p.registeredAt = fromIsoUtc(row.text(10));
    p.origin = originFromCode(row.text(11)).value_or(Origin::Invited);
    p.forwardedBy = row.text(12);
    p.notes = row.text(13);
    p.source = row.text(14);
    p.forwardedById = row.isNull(15) ? 0 : row.integer(15);
    return p;
}

} // namespace participantrow

} // namespace consulta
