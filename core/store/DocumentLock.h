#pragma once

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace consulta {

// Who holds a document open: read from the lock file beside it.
struct LockHolder
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;

    // "Somchai on laptop-7 since 28 Oct 2020 10:05" for messages.
    QString describe() const;
};

// The lock that tells a second instance, or a command-line import, that a document is
// being edited: a file ".NAME.lock" beside the document (QLockFile underneath, so a lock
// left by a crashed process on this machine is recognised as stale and taken over).
class DocumentLock
{
public:
    enum class Outcome
    {
        Acquired,
        HeldByOther,  // another process has the document open
        CannotCreate, // the folder is read-only or not ours: open read-only
    };

    DocumentLock();
    ~DocumentLock();
    DocumentLock(DocumentLock &&) noexcept;
    DocumentLock &operator=(DocumentLock &&) noexcept;

    // Tries to lock the document at path; releases any lock held before.
    Outcome acquire(const QString &documentPath);
    void release();
    bool isHeld() const;

    static QString lockPathFor(const QString &documentPath);
    // Who holds the document's lock, when somebody does.
    static std::optional<LockHolder> holder(const QString &documentPath);

private:
    // Removes a lock file nobody can read that is older than a second.
    static bool removeIfAbandoned(const QString &lockPath);

    std::unique_ptr<QLockFile> m_lock;
};

} // namespace consulta
