#pragma once

#include "invite/MessageKind.h"
#include "model/Status.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QStackedWidget;
class QUndoGroup;

namespace consulta {

class DocumentController;
class DocumentSession;
class DocumentWidget;
class RecentFiles;
class ReportActions;
class StageSummary;

// The application's main window: it wires menus and actions to the document and its
// pages. It holds no domain logic of its own: the document life cycle is in
// DocumentController, each page is its own class, every edit is an undo command.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentController *documentController() const { return m_controller; }
    // The open document's widget, or nullptr when none is open.
    DocumentWidget *documentWidget() const { return m_documentWidget; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    bool openFile(const QString &path);
    // Offers the unsaved work of windows that died for recovery (at start-up).
    bool offerRecovery();
    // The program was asked to end (SIGTERM, SIGHUP): no questions, unsaved work kept
    // for recovery at the next start, the document's lock released, the program ends.
    void terminate(int signalNumber);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    QAction *addAction(const QString &objectName, const QString &text,
                       const QKeySequence &shortcut = QKeySequence());
    void sessionChanged(DocumentSession *session);
    void updateTitle();
    void updateActions();
    void setStatus(Status status);
    void sendMessages(MessageKind kind);
    void importFile(const QString &path);
    void exportParticipants();
    std::optional<Stage> dashboardStage() const;
    void showPage(int page);
    void about();
    void readSettings();
    void writeSettings();

    DocumentController *m_controller;
    RecentFiles *m_recentFiles = nullptr;
    QUndoGroup *m_undoGroup;
    QStackedWidget *m_central;
    QWidget *m_welcome = nullptr;
    DocumentWidget *m_documentWidget = nullptr;
    StageSummary *m_summary;
    ReportActions *m_reports;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_addParticipant = nullptr;
    QAction *m_editParticipant = nullptr;
    QAction *m_deleteParticipants = nullptr;
    QList<QPair<QAction *, Status>> m_statusActions;
    QList<QAction *> m_pageActions;
    QAction *m_sendInvitations = nullptr;
    QAction *m_sendReminders = nullptr;
    QAction *m_addOrganization = nullptr;
    QAction *m_editOrganization = nullptr;
    QAction *m_balanceTargets = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace consulta
