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
    // One lock per file, whatever name it is opened by: a symbolic link to the document, or
    // a path through one, locks the file it leads to (which is also the file a save
    // replaces). A document not written yet is named by its folder's real path.
    QFileInfo info(documentPath);
    if (const QString real = info.canonicalFilePath(); !real.isEmpty())
        info.setFile(real);
    else if (const QString folder = info.absoluteDir().canonicalPath(); !folder.isEmpty())
        info.setFile(QDir(folder).filePath(info.fileName()));
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
    // QLockFile takes a stale lock over under a second lock, ".NAME.lock.rmlock". Either
    // file can be left empty by a process killed between creating and writing it, and
    // QLockFile never calls the one stale, nor the other before 30 s.
    const QString path = lockPathFor(documentPath);
    const bool cleared = removeIfAbandoned(path + QStringLiteral(".rmlock"));
    if ((removeIfAbandoned(path) || cleared) && lock->tryLock(0)) {
        m_lock = std::move(lock);
        return Outcome::Acquired;
    }
    return Outcome::HeldByOther;
}

bool DocumentLock::removeIfAbandoned(const QString &lockPath)
{
    const QFileInfo info(lockPath);
    if (!info.exists())
        return false;
    qint64 pid = 0;
    QString host, application;
    // A writer has had a second to fill its lock in.
    return !QLockFile(lockPath).getLockInfo(&pid, &host, &application) &&
           info.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000 &&
           QFile::remove(lockPath);
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
