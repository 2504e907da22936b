#pragma once

#include "MessageKind.h"
#include "RenderedMessage.h"
#include "model/Consultation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace consulta {

// A placeholder a template may use, for the editor's list.
struct PlaceholderInfo
{
    QString name;        // without braces, e.g. "date_local"
    QString description; // for people, e.g. "Date of the consultation in the invitee's zone"
};

// The subject and plain-text body of an invitation or a reminder, with placeholders in
// braces: "Dear {name}," — see knownPlaceholders(). Names are matched ignoring case;
// "{{" and "}}" write a brace. A placeholder alone on a line whose value is empty
// removes that line, so optional facts leave no blank lines behind.
class MessageTemplate
{
public:
    MessageTemplate() = default;
    MessageTemplate(const QString &subject, const QString &body);

    const QString &subject() const { return m_subject; }
    const QString &body() const { return m_body; }
    void setSubject(const QString &subject) { m_subject = subject; }
    void setBody(const QString &body) { m_body = body; }

    // The built-in text, written from the concept note for this consultation's rules:
    // the Chatham House Rule and "not recorded" when they apply, the limit per
    // organization, forwarding welcome but registration needed by the deadline.
    static MessageTemplate defaultFor(MessageKind kind, const Consultation &consultation);

    static const QList<PlaceholderInfo> &knownPlaceholders();
    static bool isKnownPlaceholder(const QString &name);

    // The placeholders the subject and body use, in order of first use, as written.
    QStringList placeholders() const;
    // Those of placeholders() that are not known.
    QStringList unknownPlaceholders() const;

    // Fills in the placeholders from values (keyed by lower-case name). The subject
    // stays on one line.
    RenderedMessage render(const QHash<QString, QString> &values) const;

    friend bool operator==(const MessageTemplate &, const MessageTemplate &) = default;

private:
    QString m_subject;
    QString m_body;
};

} // namespace consulta
