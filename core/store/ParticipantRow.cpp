#include "ParticipantRow.h"

#include <QList>

namespace consulta::participantrow {

namespace {

// kColumns one by one.
QList<QByteArray> columns()
{
    QList<QByteArray> names = QByteArray(kColumns).split(',');
    for (QByteArray &name : names)
        name = name.trimmed();
    return names;
}

} // namespace

QByteArray selectSql()
{
    return QByteArray("SELECT id, ") + kColumns + " FROM participant";
}

QByteArray insertSql(bool withId)
{
    const qsizetype count = columns().size();
    QByteArray sql = QByteArray("INSERT INTO participant (") + kColumns;
    sql += withId ? ", id) VALUES (" : ") VALUES (";
    for (qsizetype i = 1; i <= count + (withId ? 1 : 0); ++i)
        sql += (i > 1 ? ", ?" : "?") + QByteArray::number(i);
    return sql + ')';
}

QByteArray updateSql()
{
    const QList<QByteArray> names = columns();
    QByteArray sql("UPDATE participant SET ");
    for (qsizetype i = 0; i < names.size(); ++i)
        sql += (i > 0 ? ", " : "") + names.at(i) + " = ?" + QByteArray::number(i + 1);
    return sql + " WHERE id = ?" + QByteArray::number(names.size() + 1);
}

} // namespace consulta::participantrow
