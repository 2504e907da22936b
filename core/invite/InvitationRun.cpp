#include "InvitationRun.h"

#include "EmlWriter.h"
#include "IcsWriter.h"
#include "store/ConsultationStore.h"
#include "store/TemplateStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace consulta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InvitationRun", text);
}

QHash<qint64, Organization> organizationsById(const ConsultationStore &store)
{
    QHash<qint64, Organization> byId;
    const QList<Organization> organizations = store.organizations();
    for (const Organization &organization : organizations)
        byId.insert(organization.id, organization);
    return byId;
}

// Characters no file name may hold on Windows, macOS or Linux, and the invisible
// direction controls that could make "exe.pdf" read as "fdp.exe".
bool isUnsafeInFileName(char32_t c)
{
    if (c < 0x20 || c == 0x7f)
        return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
        c == 0x200f || c == 0x061c)
        return true;
    return c == U'<' || c == U'>' || c == U':' || c == U'"' || c == U'/' || c == U'\\' ||
           c == U'|' || c == U'?' || c == U'*';
}

// At most maxBytes of UTF-8, cut between code points.
QString truncatedUtf8(const QString &text, qsizetype maxBytes)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const qsizetype size = text.mid(i, length).toUtf8().size();
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        i += length;
    }
    return text.left(i);
}

QString safeFileName(const QString &text)
{
    QString clean;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += text.mid(i, 2);
            ++i;
        } else if (c.isSurrogate() || isUnsafeInFileName(c.unicode())) {
            clean += QLatin1Char(' ');
        } else {
            clean += c;
        }
    }
    clean = truncatedUtf8(clean.simplified(), 180).trimmed();
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    // Names Windows keeps for devices, with or without an extension.
    static const QStringList reserved = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                         QStringLiteral("AUX"), QStringLiteral("NUL")};
    const QString stem = clean.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    const bool device =
        reserved.contains(stem) ||
        (stem.size() == 4 &&
         (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))) &&
         stem.at(3).isDigit());
    if (device)
        clean += QLatin1Char('_');
    return clean;
}

} // namespace

InvitationRun::InvitationRun(ConsultationStore &store, MessageKind kind)
    : m_store(store)
    , m_kind(kind)
    , m_consultation(store.consultation())
    , m_organizations(organizationsById(store))
    , m_sender(TemplateStore(store.database()).sender())
    , m_values(m_consultation, m_organizations, m_sender)
    , m_now(QDateTime::currentDateTimeUtc())
{
    TemplateStore templates(store.database());
    m_template = templates.messageTemplate(kind, m_consultation);
    Result<QString> key = templates.calendarKey();
    if (key)
        m_calendarKey = key.value();
}

void InvitationRun::setSender(const Mailbox &sender)
{
    m_sender = sender;
    m_values = PlaceholderValues(m_consultation, m_organizations, m_sender);
}

QList<Participant> InvitationRun::recipients(Status status) const
{
    const Status wanted = m_kind == MessageKind::Reminder ? Status::Invited : status;
    QList<Participant> selected;
    const QList<Participant> everyone = m_store.participants();
    for (const Participant &participant : everyone) {
        if (participant.status == wanted)
            selected.append(participant);
    }
    return selected;
}

Result<void> InvitationRun::readiness() const
{
    const QStringList unknown = m_template.unknownPlaceholders();
    if (!unknown.isEmpty()) {
        QStringList braced;
        for (const QString &name : unknown)
            braced.append(QLatin1Char('{') + name + QLatin1Char('}'));
        return Error{tr("The %1 template uses placeholders that do not exist: %2.")
                         .arg(messageKindCode(m_kind), braced.join(QStringLiteral(", ")))};
    }
    if (!m_sender.isValid())
        return Error{
            m_sender.address.trimmed().isEmpty()
                ? tr("No sender is set: give the e-mail address the messages come "
                     "from.")
                : tr("The sender's e-mail address “%1” is not usable.").arg(m_sender.address)};
    if (!m_consultation.startsAt.isValid() || !m_consultation.endsAt.isValid())
        return Error{tr("The consultation's start and end are not set; the invitation needs "
                        "them.")};
    if (m_consultation.endsAt <= m_consultation.startsAt)
        return Error{tr("The consultation ends before it starts.")};
    if (m_calendarKey.isEmpty())
        return Error{tr("The document has no calendar key for the invitations.")};
    if (m_kind == MessageKind::Reminder && m_consultation.registrationDeadline.isValid() &&
        m_now >= m_consultation.registrationDeadline)
        return Error{tr("Registration has closed: reminders go out before the deadline.")};
    return {};
}

RenderedMessage InvitationRun::preview(const Participant &participant) const
{
    return m_template.render(m_values.forParticipant(participant));
}

QByteArray InvitationRun::calendarFor(const Participant &participant) const
{
    IcsEvent event;
    event.uid = IcsWriter::uidFor(m_calendarKey, participant.id);
    event.stamp = m_now;
    event.start = m_consultation.startsAt;
    event.end = m_consultation.endsAt;
    event.summary = m_consultation.title;
    event.description = preview(participant).body;
    event.location = m_consultation.platform;
    event.organizer = m_sender;
    event.attendee = {participant.displayName(), participant.email};
    return IcsWriter::write(event);
}

Result<QByteArray> InvitationRun::messageFor(const Participant &participant) const
{
    const RenderedMessage rendered = preview(participant);
    EmailMessage message;
    message.from = m_sender;
    message.to = {participant.displayName(), participant.email};
    message.subject = rendered.subject;
    message.body = rendered.body;
    message.date = m_now;
    const QString uid = IcsWriter::uidFor(m_calendarKey, participant.id);
    const QByteArray seed = uid.toUtf8() + '\n' + messageKindCode(m_kind).toUtf8() + '\n' +
                            m_now.toString(Qt::ISODate).toUtf8();
    const QByteArray address = m_sender.asciiAddress();
    const QByteArray domain = address.contains('@') ? address.mid(address.indexOf('@') + 1)
                                                    : QByteArray("consulta.invalid");
    message.messageId =
        QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(32) + '@' + domain;
    if (m_consultation.startsAt.isValid() && m_consultation.endsAt.isValid())
        message.calendar = calendarFor(participant);
    return EmlWriter::write(message);
}

QString InvitationRun::fileBaseName(const Participant &participant) const
{
    QString who = safeFileName(participant.displayName());
    if (who.isEmpty())
        who = safeFileName(participant.email.section(QLatin1Char('@'), 0, 0));
    if (who.isEmpty())
        who = QStringLiteral("participant %1").arg(participant.id);
    return messageKindLabel(m_kind) + QStringLiteral(" - ") + who;
}

QString InvitationRun::skipReason(const Participant &participant) const
{
    if (participant.email.trimmed().isEmpty())
        return tr("no e-mail address");
    if (!Mailbox{participant.displayName(), participant.email}.isValid())
        return tr("the e-mail address “%1” is not usable").arg(participant.email);
    if (m_kind == MessageKind::Reminder && participant.status != Status::Invited)
        return tr("not waiting to register (%1)").arg(statusLabel(participant.status));
    return QString();
}

Result<QString> InvitationRun::writeUnique(const QString &folder, const QString &baseName,
                                           const QByteArray &bytes, QSet<QString> &used) const
{
    const QDir dir(folder);
    for (int n = 1; n < 10000; ++n) {
        const QString name = baseName + (n == 1 ? QString() : QStringLiteral(" (%1)").arg(n)) +
                             QStringLiteral(".eml");
        // Case-insensitive file systems take "A.eml" and "a.eml" for one file.
        if (used.contains(name.toCaseFolded()) || QFileInfo::exists(dir.filePath(name)))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (file.exists())
                continue; // taken meanwhile
            return Error{tr("Could not write “%1”: %2").arg(file.fileName(), file.errorString())};
        }
        used.insert(name.toCaseFolded());
        if (file.write(bytes) != bytes.size() || !file.flush()) {
            const QString error = file.errorString();
            file.close();
            file.remove();
            return Error{tr("Could not write “%1”: %2").arg(file.fileName(), error)};
        }
        file.close();
        return file.fileName();
    }
    return Error{tr("Too many files named “%1” in “%2”.").arg(baseName, folder)};
}

Result<InvitationOutcome> InvitationRun::run(const QList<Participant> &participants,
                                             const QString &folder, const Progress &progress)
{
    if (Result<void> ready = readiness(); !ready)
        return ready.error();
    if (!QDir().mkpath(folder))
        return Error{tr("Could not create the folder “%1”.").arg(folder)};

    InvitationOutcome outcome;
    auto undo = [&outcome](const Error &error) -> Result<InvitationOutcome> {
        for (const WrittenMessage &written : std::as_const(outcome.written))
            QFile::remove(written.path);
        return error;
    };
    QSet<qint64> seen;
    QSet<QString> used;
    QList<qint64> toMark;
    const int total = int(participants.size());
    if (progress && !progress(0, total))
        outcome.cancelled = true;
    for (int i = 0; i < total && !outcome.cancelled; ++i) {
        const Participant &participant = participants.at(i);
        QString reason = skipReason(participant);
        if (reason.isEmpty() && seen.contains(participant.id))
            reason = tr("listed twice");
        if (!reason.isEmpty()) {
            outcome.skipped.append({participant.id, participant.displayName(), reason});
        } else {
            seen.insert(participant.id);
            Result<QByteArray> message = messageFor(participant);
            if (!message)
                return undo(message.error());
            Result<QString> path = writeUnique(folder, fileBaseName(participant), *message, used);
            if (!path)
                return undo(path.error());
            outcome.written.append({participant.id, *path});
            if (m_kind == MessageKind::Invitation)
                toMark.append(participant.id);
        }
        if (progress && !progress(i + 1, total))
            outcome.cancelled = true;
    }
    // Only the identified move, as the document has them now: a registered or declined
    // person who is sent the invitation again keeps their status. Origin and forwarder
    // are untouched.
    toMark.removeIf([this](qint64 id) {
        const std::optional<Participant> current = m_store.participant(id);
        return !current || current->status != Status::Identified;
    });
    if (m_markInvited && !toMark.isEmpty()) {
        if (Result<void> marked = m_store.setStatus(toMark, Status::Invited, m_now); !marked)
            return undo(marked.error());
        outcome.markedInvited = toMark;
    }
    return outcome;
}

} // namespace consulta
