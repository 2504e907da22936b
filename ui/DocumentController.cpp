#include "DocumentController.h"

#include "DocumentSession.h"
#include "Prompts.h"
#include "model/ConsultationDefaults.h"
#include "store/Schema.h"

#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace consulta {

namespace {
const QString kFolderKey = QStringLiteral("lastFolder");
}

DocumentController::DocumentController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

DocumentController::~DocumentController() = default;

void DocumentController::install(std::unique_ptr<DocumentSession> session)
{
    // The old session goes only after the views let go of it.
    std::unique_ptr<DocumentSession> old = std::move(m_session);
    m_session = std::move(session);
    Q_EMIT sessionChanged(m_session.get());
    old.reset();
}

bool DocumentController::maybeSave()
{
    if (!m_session || !m_session->isModified())
        return true;
    switch (Prompts::current().askToSave(m_window, m_session->displayName())) {
    case Prompts::SaveChoice::Save:
        return save();
    case Prompts::SaveChoice::Discard:
        return true;
    case Prompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentController::newDocument()
{
    if (!maybeSave())
        return false;
    const std::optional<int> roundtable = Prompts::current().chooseRoundtable(m_window);
    if (!roundtable)
        return false;
    return newDocument(*roundtable);
}

bool DocumentController::newDocument(int roundtable)
{
    if (!maybeSave())
        return false;
    Result<std::unique_ptr<Document>> created =
        Document::createNew(defaultConsultation(roundtable));
    if (!created) {
        Prompts::current().showError(m_window, tr("New Consultation"), created.errorMessage());
        return false;
    }
    install(std::make_unique<DocumentSession>(created.takeValue()));
    return true;
}

bool DocumentController::open()
{
    const QString path = Prompts::current().openFileName(m_window, lastFolder());
    if (path.isEmpty())
        return false;
    return open(path);
}

bool DocumentController::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_session && m_session->document().filePath() == absolute)
        return true; // already open here
    if (!maybeSave())
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Document>> opened = Document::open(absolute);
    QGuiApplication::restoreOverrideCursor();
    if (!opened && opened.errorKind() == ErrorKind::Locked &&
        Prompts::current().confirm(m_window, tr("Consultation in use"),
                                   opened.errorMessage() +
                                       tr("\n\nOpen it read-only? You can keep a copy of your "
                                          "own with Save As."),
                                   tr("Open &Read-Only"))) {
        Document::OpenOptions options;
        options.readOnly = true;
        opened = Document::open(absolute, options);
    }
    if (!opened) {
        Prompts::current().showError(
            m_window, tr("Open Consultation"),
            tr("Could not open “%1”.\n\n%2")
                .arg(QDir::toNativeSeparators(absolute), opened.errorMessage()));
        if (!QFileInfo::exists(absolute))
            Q_EMIT fileFailed(absolute);
        return false;
    }
    install(std::make_unique<DocumentSession>(opened.takeValue()));
    rememberFolder(absolute);
    Q_EMIT fileUsed(absolute);
    return true;
}

bool DocumentController::save()
{
    if (!m_session)
        return false;
    if (m_session->document().isUntitled())
        return saveAs();
    const QString path = m_session->document().filePath();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<void> saved = m_session->save();
    QGuiApplication::restoreOverrideCursor();
    if (!saved) {
        // A read-only document: keep the work elsewhere. A file changed by someone else:
        // elsewhere, or take their version instead.
        if (saved.errorKind() == ErrorKind::ReadOnly)
            return offerSaveAs(saved.errorMessage());
        if (saved.errorKind() == ErrorKind::ChangedOnDisk)
            return offerSaveAsOrReopen(saved.errorMessage());
        Prompts::current().showError(
            m_window, tr("Save Consultation"),
            tr("Could not save “%1”.\n\n%2")
                .arg(QDir::toNativeSeparators(path), saved.errorMessage()));
        return false;
    }
    if (const QString backup = m_session->document().upgradeBackupPath(); !backup.isEmpty())
        Prompts::current().showInformation(
            m_window, tr("Save Consultation"),
            tr("“%1” was written by an older version of Consulta. It is now saved in the "
               "current file format (%2), and the original is kept as “%3”.")
                .arg(QFileInfo(path).fileName())
                .arg(schema::kSchemaVersion)
                .arg(QFileInfo(backup).fileName()));
    Q_EMIT fileUsed(path);
    return true;
}

bool DocumentController::offerSaveAsOrReopen(const QString &problem)
{
    switch (Prompts::current().askAboutChangedFile(m_window, problem)) {
    case Prompts::ChangedFileChoice::SaveAs:
        return saveAs();
    case Prompts::ChangedFileChoice::Reopen:
        reopen();
        return false; // the changes were not saved
    case Prompts::ChangedFileChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentController::reopen()
{
    if (!m_session || m_session->document().isUntitled())
        return false;
    const QString path = m_session->document().filePath();
    if (m_session->isModified() &&
        !Prompts::current().confirm(
            m_window, tr("Reopen Consultation"),
            tr("Discard your changes to “%1” and load the file as it is on disk now? Your "
               "changes cannot be brought back.")
                .arg(QFileInfo(path).fileName()),
            tr("&Discard and Reopen")))
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Document>> fresh = m_session->document().reopen();
    QGuiApplication::restoreOverrideCursor();
    if (!fresh) {
        Prompts::current().showError(
            m_window, tr("Reopen Consultation"),
            tr("Could not reopen “%1”; your changes are still here.\n\n%2")
                .arg(QDir::toNativeSeparators(path), fresh.errorMessage()));
        return false;
    }
    install(std::make_unique<DocumentSession>(fresh.takeValue()));
    Q_EMIT fileUsed(path);
    return true;
}

void DocumentController::keepUnsavedWorkForRecovery()
{
    if (m_session && m_session->isModified())
        m_session->document().keepForRecovery();
}

bool DocumentController::offerSaveAs(const QString &problem)
{
    if (!Prompts::current().confirm(m_window, tr("Save Consultation"),
                                    problem + tr("\n\nSave your work under another name?"),
                                    tr("Save &As…")))
        return false;
    return saveAs();
}

bool DocumentController::offerRecovery()
{
    const QList<RecoverableCopy> copies = Document::recoverableCopies();
    for (const RecoverableCopy &copy : copies) {
        const QString file = copy.originalPath.isEmpty()
                                 ? tr("a consultation that was never saved")
                                 : QDir::toNativeSeparators(copy.originalPath);
        const QString description =
            tr("“%1”, in %2, last changed %3.")
                .arg(copy.title, file, QLocale().toString(copy.lastChange, QLocale::LongFormat));
        switch (Prompts::current().askToRecover(m_window, description)) {
        case Prompts::RecoveryChoice::Later:
            continue;
        case Prompts::RecoveryChoice::Discard:
            Document::discard(copy);
            continue;
        case Prompts::RecoveryChoice::Recover:
            break;
        }
        if (!maybeSave())
            return false;
        Result<std::unique_ptr<Document>> recovered = Document::recover(copy);
        if (!recovered) {
            Prompts::current().showError(m_window, tr("Recover unsaved work"),
                                         recovered.errorMessage());
            continue;
        }
        install(std::make_unique<DocumentSession>(recovered.takeValue()));
        m_session->markUnsaved();
        return true;
    }
    return false;
}

bool DocumentController::saveAs()
{
    if (!m_session)
        return false;
    QString suggested = m_session->document().filePath();
    if (suggested.isEmpty()) {
        QString title = m_session->consultation().title.trimmed();
        title.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
        if (title.isEmpty())
            title = tr("Consultation");
        suggested = QDir(lastFolder()).filePath(title + QStringLiteral(".consulta"));
    }
    const QString path = Prompts::current().saveFileName(m_window, suggested);
    if (path.isEmpty())
        return false;
    return saveAs(path);
}

bool DocumentController::saveAs(const QString &path)
{
    if (!m_session)
        return false;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".consulta");
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<void> saved = m_session->saveAs(target);
    QGuiApplication::restoreOverrideCursor();
    if (!saved) {
        Prompts::current().showError(
            m_window, tr("Save Consultation"),
            tr("Could not save “%1”.\n\n%2")
                .arg(QDir::toNativeSeparators(target), saved.errorMessage()));
        return false;
    }
    rememberFolder(target);
    Q_EMIT fileNameChanged();
    Q_EMIT fileUsed(m_session->document().filePath());
    return true;
}

bool DocumentController::close()
{
    if (!m_session)
        return true;
    if (!maybeSave())
        return false;
    install(nullptr);
    return true;
}

QString DocumentController::lastFolder() const
{
    const QString folder = QSettings().value(kFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DocumentController::rememberFolder(const QString &path)
{
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

} // namespace consulta
