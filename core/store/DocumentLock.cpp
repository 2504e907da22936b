#include "DocumentLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace consulta {

QString LockHolder::describe() const
{
    const QString when = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("DocumentLock", "%1 on %2 since %3")
        .arg(user.isEmpty() ? QCoreApplication::translate("DocumentLock", "someone") : user,
             host.isEmpty() ? QCoreApplication::translate("DocumentLock", "another computer")
                            : host,
             when);
}

DocumentLock::DocumentLock() = default;
DocumentLock::~DocumentLock() = default;
DocumentLock::DocumentLock(DocumentLock &&) noexcept = default;
DocumentLock &DocumentLock::operator=(DocumentLock &&) noexcept = default;

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() +
                                       QStringLiteral(".lock"));
}

DocumentLock::Outcome DocumentLock::acquire(const QString &documentPath)
{
    release();
    auto lock = std::make_unique<QLockFile>(lockPathFor(documentPath));
    // Only a dead process makes a lock stale, never its age: a consultation stays open
    // for days.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return Outcome::Acquired;
    }
    if (lock->error() != QLockFile::LockFailedError)
        return Outcome::CannotCreate;
    // A process killed between creating the lock file and writing into it leaves a lock
    // nobody can read, which QLockFile never calls stale. Its writer has had a second.
    qint64 pid = 0;
    QString host, application;
    const QString path = lockPathFor(documentPath);
    if (!lock->getLockInfo(&pid, &host, &application) &&
        QFileInfo(path).lastModified().msecsTo(QDateTime::currentDateTime()) > 1000 &&
        QFile::remove(path) && lock->tryLock(0)) {
        m_lock = std::move(lock);
        return Outcome::Acquired;
    }
    return Outcome::HeldByOther;
}

void DocumentLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool DocumentLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

std::optional<LockHolder> DocumentLock::holder(const QString &documentPath)
{
    const QString path = lockPathFor(documentPath);
    QLockFile lock(path);
    qint64 pid = 0;
    QString host, application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return std::nullopt;
    const QFileInfo info(path);
    return LockHolder{info.owner(), host, pid, info.lastModified()};
}

} // namespace consulta
