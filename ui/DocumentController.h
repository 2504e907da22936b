#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace consulta {

class DocumentSession;

// The document life cycle of one window: new, open, save, save as, close, with the
// unsaved-changes prompt wherever work could be lost and core errors shown with the
// file and the reason. Holds the window's one open document, if any.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    explicit DocumentController(QWidget *window, QObject *parent = nullptr);
    ~DocumentController() override;

    DocumentSession *session() const { return m_session.get(); }

    // Each returns true when it did what was asked (false: cancelled or failed).
    bool newDocument();
    bool newDocument(int roundtable);
    bool open();
    bool open(const QString &path);
    bool save();
    bool saveAs();
    bool saveAs(const QString &path);
    // Closes the document after offering to save; true when none is open afterwards.
    bool close();
    // Offers to save unsaved changes: true when it is fine to discard the document now.
    bool maybeSave();
    // At start-up: offers the work of windows that died for recovery, one at a time;
    // true when one was recovered and is now open.
    bool offerRecovery();
    // Discards the open document's changes and opens its file as it is on disk now, after
    // the person confirms; true when the file was reopened.
    bool reopen();
    // The program is being terminated (SIGTERM, SIGHUP): unsaved work stays in the working
    // copy for the next start to offer; the lock goes with the document.
    void keepUnsavedWorkForRecovery();

Q_SIGNALS:
    // A document was opened, created or closed (session is null after close).
    void sessionChanged(DocumentSession *session);
    // A file was opened or saved: for Recent Files.
    void fileUsed(const QString &path);
    // Opening a file failed: Recent Files forgets it when it no longer exists.
    void fileFailed(const QString &path);
    // The document's file name changed (Save As).
    void fileNameChanged();

private:
    void install(std::unique_ptr<DocumentSession> session);
    bool offerSaveAs(const QString &problem);
    bool offerSaveAsOrReopen(const QString &problem);
    QString lastFolder() const;
    void rememberFolder(const QString &path);

    QWidget *m_window;
    std::unique_ptr<DocumentSession> m_session;
};

} // namespace consulta
