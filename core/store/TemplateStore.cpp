#include "TemplateStore.h"

#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QUuid>

namespace consulta {

namespace {

struct TemplateColumns
{
    const char *select;
    const char *update;
};

TemplateColumns columnsFor(MessageKind kind)
{
    // Column names are fixed text chosen here, never taken from input.
    if (kind == MessageKind::Reminder)
        return {"SELECT reminder_subject, reminder_body FROM invitation_settings WHERE id = 1",
                "UPDATE invitation_settings SET reminder_subject = ?1, reminder_body = ?2 "
                "WHERE id = 1"};
    return {"SELECT invitation_subject, invitation_body FROM invitation_settings WHERE id = 1",
            "UPDATE invitation_settings SET invitation_subject = ?1, invitation_body = ?2 "
            "WHERE id = 1"};
}

} // namespace

TemplateStore::TemplateStore(SqliteDatabase &db)
    : m_db(db)
{}

Error TemplateStore::failure(const char *what) const
{
    return Error{QCoreApplication::translate("TemplateStore", "Could not %1: %2")
                     .arg(QCoreApplication::translate("TemplateStore", what), m_db.errorMessage())};
}

bool TemplateStore::ensureRow()
{
    return m_db.exec("INSERT OR IGNORE INTO invitation_settings (id) VALUES (1)");
}

std::optional<MessageTemplate> TemplateStore::customTemplate(MessageKind kind) const
{
    SqliteStatement row = m_db.prepare(columnsFor(kind).select);
    if (!row.next() || row.isNull(0) || row.isNull(1))
        return std::nullopt;
    return MessageTemplate(row.text(0), row.text(1));
}

MessageTemplate TemplateStore::messageTemplate(MessageKind kind,
                                               const Consultation &consultation) const
{
    if (std::optional<MessageTemplate> custom = customTemplate(kind))
        return *custom;
    return MessageTemplate::defaultFor(kind, consultation);
}

Result<void> TemplateStore::setTemplate(MessageKind kind, const MessageTemplate &messageTemplate)
{
    SqliteTransaction transaction(m_db);
    SqliteStatement update = m_db.prepare(columnsFor(kind).update);
    update.bind(1, messageTemplate.subject()).bind(2, messageTemplate.body());
    if (!ensureRow() || !update.exec() || !transaction.commit())
        return failure("save the message template");
    return {};
}

Result<void> TemplateStore::resetTemplate(MessageKind kind)
{
    SqliteStatement update = m_db.prepare(columnsFor(kind).update);
    update.bindNull(1).bindNull(2);
    if (!update.exec())
        return failure("reset the message template");
    return {};
}

Mailbox TemplateStore::sender() const
{
    SqliteStatement row =
        m_db.prepare("SELECT sender_name, sender_email FROM invitation_settings WHERE id = 1");
    if (!row.next())
        return {};
    return {row.text(0), row.text(1)};
}

Result<void> TemplateStore::setSender(const Mailbox &sender)
{
    SqliteTransaction transaction(m_db);
    SqliteStatement update = m_db.prepare(
        "UPDATE invitation_settings SET sender_name = ?1, sender_email = ?2 WHERE id = 1");
    update.bind(1, sender.name.trimmed()).bind(2, sender.address.trimmed());
    if (!ensureRow() || !update.exec() || !transaction.commit())
        return failure("save the sender");
    return {};
}

Result<QString> TemplateStore::calendarKey()
{
    const QString stored =
        m_db.queryText("SELECT calendar_key FROM invitation_settings WHERE id = 1");
    if (!stored.isEmpty())
        return stored;
    const QString key = QUuid::createUuid().toString(QUuid::Id128);
    SqliteTransaction transaction(m_db);
    SqliteStatement update =
        m_db.prepare("UPDATE invitation_settings SET calendar_key = ?1 WHERE id = 1");
    update.bind(1, key);
    if (!ensureRow() || !update.exec() || !transaction.commit())
        return failure("make the calendar key");
    return key;
}

} // namespace consulta
