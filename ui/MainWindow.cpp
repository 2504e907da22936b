#include "MainWindow.h"

#include "BalancePage.h"
#include "BalanceTargetsEditor.h"
#include "DocumentController.h"
#include "DocumentSession.h"
#include "DocumentWidget.h"
#include "InvitationDialog.h"
#include "OrganizationsPage.h"
#include "ParticipantsPage.h"
#include "Prompts.h"
#include "RecentFiles.h"
#include "ReportActions.h"
#include "StageSummary.h"
#include "WelcomePage.h"
#include "import/ExportFlow.h"
#include "import/ImportFlow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoGroup>

#include <tuple>

namespace consulta {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new DocumentController(this, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_central(new QStackedWidget(this))
    , m_summary(new StageSummary(this))
    , m_reports(new ReportActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createActions();
    createMenus();
    m_welcome = new WelcomePage(m_new, m_open, m_central);
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_summary);

    connect(m_controller, &DocumentController::sessionChanged, this, &MainWindow::sessionChanged);
    connect(m_controller, &DocumentController::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &DocumentController::fileUsed, m_recentFiles, &RecentFiles::add);
    connect(m_controller, &DocumentController::fileFailed, m_recentFiles, &RecentFiles::remove);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openFile);
    connect(m_reports, &ReportActions::exported, this, [this](const QString &path, int pages) {
        statusBar()->showMessage(
            tr("Wrote %1 (%n pages)", nullptr, pages).arg(QDir::toNativeSeparators(path)), 8000);
    });
    readSettings();
    sessionChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // The session outlives this object (its controller is a child destroyed later) and
    // its undo stack signals "clean changed" as it goes: nothing may reach us then.
    if (DocumentSession *session = m_controller->session())
        session->disconnect(this);
    // Pages refer to the session: they go first.
    delete m_documentWidget;
    m_documentWidget = nullptr;
}

QAction *MainWindow::addAction(const QString &objectName, const QString &text,
                               const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void MainWindow::createActions()
{
    m_new = addAction(QStringLiteral("actionNew"), tr("&New Consultation…"), QKeySequence::New);
    m_open = addAction(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open);
    m_save = addAction(QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save);
    m_saveAs = addAction(QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs);
    m_import = addAction(QStringLiteral("actionImport"), tr("&Import Participants…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setStatusTip(tr("Add people from a registration export (Zoom, Forms, a "
                              "spreadsheet saved as CSV)"));
    m_export = addAction(QStringLiteral("actionExport"), tr("&Export Participants…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setStatusTip(tr("Write participants to a CSV file that spreadsheets open safely"));
    m_printPreview = addAction(QStringLiteral("actionPrintPreview"), tr("Print Pre&view…"));
    m_print = addAction(QStringLiteral("actionPrint"), tr("&Print…"), QKeySequence::Print);
    m_exportPdf = addAction(QStringLiteral("actionExportPdf"), tr("Export P&DF…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    for (QAction *action : {m_printPreview, m_print, m_exportPdf})
        action->setStatusTip(tr("The balance report or the participants list"));
    connect(m_printPreview, &QAction::triggered, this, [this] {
        if (DocumentSession *session = m_controller->session())
            m_reports->runPrintPreview(session->store(), dashboardStage());
    });
    connect(m_print, &QAction::triggered, this, [this] {
        if (DocumentSession *session = m_controller->session())
            m_reports->runPrint(session->store(), dashboardStage());
    });
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        if (DocumentSession *session = m_controller->session())
            m_reports->runExportPdf(session->store(), dashboardStage(),
                                    session->document().isUntitled()
                                        ? QString()
                                        : QFileInfo(session->document().filePath()).path());
    });
    m_close = addAction(QStringLiteral("actionClose"), tr("&Close"), QKeySequence::Close);
    m_quit = addAction(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_new, &QAction::triggered, m_controller,
            qOverload<>(&DocumentController::newDocument));
    connect(m_open, &QAction::triggered, m_controller, qOverload<>(&DocumentController::open));
    connect(m_save, &QAction::triggered, m_controller, &DocumentController::save);
    connect(m_saveAs, &QAction::triggered, m_controller, qOverload<>(&DocumentController::saveAs));
    connect(m_close, &QAction::triggered, m_controller, &DocumentController::close);
    connect(m_import, &QAction::triggered, this,
            [this] { ImportFlow(this).chooseAndImport(m_controller->session()); });
    connect(m_export, &QAction::triggered, this, &MainWindow::exportParticipants);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);

    m_find = addAction(QStringLiteral("actionFind"), tr("&Find Participants"), QKeySequence::Find);
    m_addParticipant = addAction(QStringLiteral("actionAddParticipant"), tr("&Add Participant…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_editParticipant = addAction(QStringLiteral("actionEditParticipant"), tr("&Edit Participant…"),
                                  QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteParticipants = addAction(QStringLiteral("actionDeleteParticipants"),
                                     tr("&Delete Participants…"), QKeySequence::Delete);
    m_deleteParticipants->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_find, &QAction::triggered, this, [this] {
        showPage(int(DocumentWidget::Page::Participants));
        m_documentWidget->participantsPage()->focusSearch();
    });
    connect(m_addParticipant, &QAction::triggered, this, [this] {
        showPage(int(DocumentWidget::Page::Participants));
        m_documentWidget->participantsPage()->addParticipant();
    });
    connect(m_editParticipant, &QAction::triggered, this,
            [this] { m_documentWidget->participantsPage()->editParticipant(); });
    connect(m_deleteParticipants, &QAction::triggered, this,
            [this] { m_documentWidget->participantsPage()->deleteSelected(); });

    const QList<std::tuple<Status, QString, QString, QKeySequence>> statuses = {
        {Status::Invited, QStringLiteral("actionInvite"), tr("&Invite"),
         QKeySequence(Qt::CTRL | Qt::Key_I)},
        {Status::Registered, QStringLiteral("actionRegister"), tr("&Register"),
         QKeySequence(Qt::CTRL | Qt::Key_R)},
        {Status::Waitlisted, QStringLiteral("actionWaitlist"), tr("&Waitlist"),
         QKeySequence(Qt::CTRL | Qt::Key_L)},
        {Status::Declined, QStringLiteral("actionDecline"), tr("&Decline"),
         QKeySequence(Qt::CTRL | Qt::Key_D)},
        {Status::Attended, QStringLiteral("actionMarkAttended"), tr("Mark &Attended"),
         QKeySequence(Qt::CTRL | Qt::Key_T)},
        {Status::Identified, QStringLiteral("actionResetStatus"), tr("Back to &Identified"),
         QKeySequence()},
    };
    for (const auto &[status, name, text, shortcut] : statuses) {
        QAction *action = addAction(name, text, shortcut);
        action->setStatusTip(
            tr("Set the status of the selected people to %1").arg(statusLabel(status)));
        const Status target = status;
        connect(action, &QAction::triggered, this, [this, target] { setStatus(target); });
        m_statusActions.append({action, status});
    }

    m_sendInvitations =
        addAction(QStringLiteral("actionSendInvitations"), tr("Send In&vitations…"));
    m_sendInvitations->setStatusTip(
        tr("Write an invitation message for each of the selected people or a stage"));
    m_sendReminders = addAction(QStringLiteral("actionSendReminders"), tr("Re&minders…"));
    m_sendReminders->setStatusTip(
        tr("Write a reminder to the invited who have not registered yet"));
    connect(m_sendInvitations, &QAction::triggered, this,
            [this] { sendMessages(MessageKind::Invitation); });
    connect(m_sendReminders, &QAction::triggered, this,
            [this] { sendMessages(MessageKind::Reminder); });

    const QStringList pages = {tr("&Consultation"), tr("&Participants"), tr("&Organizations"),
                               tr("&Balance")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *action = addAction(QStringLiteral("actionPage%1").arg(i), pages.at(i),
                                    QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions.append(action);
    }
    m_addOrganization =
        addAction(QStringLiteral("actionAddOrganization"), tr("Add &Organization…"));
    m_editOrganization =
        addAction(QStringLiteral("actionEditOrganization"), tr("Edit O&rganization…"));
    connect(m_addOrganization, &QAction::triggered, this, [this] {
        showPage(int(DocumentWidget::Page::Organizations));
        m_documentWidget->organizationsPage()->addOrganization();
    });
    connect(m_editOrganization, &QAction::triggered, this, [this] {
        showPage(int(DocumentWidget::Page::Organizations));
        m_documentWidget->organizationsPage()->editOrganization();
    });

    m_balanceTargets = addAction(QStringLiteral("actionBalanceTargets"), tr("Balance &Targets…"));
    m_balanceTargets->setStatusTip(tr("The share of each gender, subregion and sector to aim for"));
    connect(m_balanceTargets, &QAction::triggered, this, [this] {
        if (DocumentSession *session = m_controller->session())
            BalanceTargetsEditor::edit(*session, this);
    });

    m_about = addAction(QStringLiteral("actionAbout"), tr("&About Consulta"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = addAction(QStringLiteral("actionAboutQt"), tr("About &Qt"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addAction(m_open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("menuRecent"));
    m_recentFiles = new RecentFiles(recent, this);
    file->addSeparator();
    file->addAction(m_save);
    file->addAction(m_saveAs);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_export);
    file->addAction(m_printPreview);
    file->addAction(m_print);
    file->addAction(m_exportPdf);
    file->addSeparator();
    file->addAction(m_close);
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_addParticipant);
    edit->addAction(m_editParticipant);
    edit->addAction(m_deleteParticipants);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : std::as_const(m_pageActions))
        view->addAction(action);

    QMenu *participants = menuBar()->addMenu(tr("&Participants"));
    for (const auto &[action, status] : std::as_const(m_statusActions)) {
        if (status == Status::Identified)
            participants->addSeparator();
        participants->addAction(action);
    }
    participants->addSeparator();
    participants->addAction(m_sendInvitations);
    participants->addAction(m_sendReminders);

    QMenu *organizations = menuBar()->addMenu(tr("&Organizations"));
    organizations->addAction(m_addOrganization);
    organizations->addAction(m_editOrganization);

    QMenu *consultation = menuBar()->addMenu(tr("&Consultation"));
    consultation->addAction(m_pageActions.at(int(DocumentWidget::Page::Consultation)));
    consultation->addAction(m_balanceTargets);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

bool MainWindow::openFile(const QString &path)
{
    return m_controller->open(path);
}

bool MainWindow::offerRecovery()
{
    return m_controller->offerRecovery();
}

void MainWindow::terminate(int signalNumber)
{
    m_controller->keepUnsavedWorkForRecovery();
    writeSettings();
    // Leaves every event loop, a dialog's too; the document (and its lock) goes with the
    // window when main() returns.
    QCoreApplication::exit(128 + signalNumber);
}

void MainWindow::sessionChanged(DocumentSession *session)
{
    m_summary->clear();
    if (m_documentWidget) {
        m_central->removeWidget(m_documentWidget);
        delete m_documentWidget;
        m_documentWidget = nullptr;
    }
    if (session) {
        m_undoGroup->addStack(session->undoStack());
        m_undoGroup->setActiveStack(session->undoStack());
        m_documentWidget = new DocumentWidget(*session, m_central);
        m_central->addWidget(m_documentWidget);
        m_central->setCurrentWidget(m_documentWidget);
        ParticipantsPage *participants = m_documentWidget->participantsPage();
        connect(participants, &ParticipantsPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        QList<QAction *> contextActions = {m_editParticipant, m_deleteParticipants};
        auto *separator = new QAction(m_documentWidget);
        separator->setSeparator(true);
        contextActions.append(separator);
        for (const auto &[action, status] : std::as_const(m_statusActions))
            contextActions.append(action);
        participants->setContextActions(contextActions);
        // Delete acts on the table, not on text being edited elsewhere in the window.
        participants->view()->addAction(m_deleteParticipants);
        connect(participants, &ParticipantsPage::selectionChanged, this,
                &MainWindow::updateActions);
        connect(m_documentWidget, &DocumentWidget::pageChanged, this, &MainWindow::updateActions);
        connect(session, &DocumentSession::modifiedChanged, this, &MainWindow::updateTitle);
        connect(session, &DocumentSession::errorOccurred, this, [this](const QString &message) {
            Prompts::current().showError(this, tr("Consulta"), message);
        });
        BalancePage *balance = m_documentWidget->balancePage();
        connect(balance, &BalancePage::figuresShown, m_summary,
                [this, balance](const BalanceFigures &figures) {
                    m_summary->showFigures(figures, balance->stage());
                });
        balance->refresh();
        participants->view()->setFocus();
    } else {
        m_undoGroup->setActiveStack(nullptr);
        m_central->setCurrentWidget(m_welcome);
    }
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    DocumentSession *session = m_controller->session();
    if (!session) {
        setWindowTitle(QString());
        setWindowFilePath(QString());
        setWindowModified(false);
        return;
    }
    QString title = session->displayName() + QStringLiteral("[*]");
    if (session->document().isReadOnly())
        title += tr(" (read-only: %1)").arg(session->document().readOnlyReason());
    setWindowTitle(title);
    setWindowModified(session->isModified());
}

void MainWindow::updateActions()
{
    const bool open = m_documentWidget != nullptr;
    for (QAction *action :
         {m_save, m_saveAs, m_import, m_export, m_close, m_find, m_addParticipant,
          m_addOrganization, m_printPreview, m_print, m_exportPdf, m_balanceTargets})
        action->setEnabled(open);
    m_sendInvitations->setEnabled(open);
    m_sendReminders->setEnabled(open);
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(open);
    const bool onParticipants =
        open && m_documentWidget->currentPage() == DocumentWidget::Page::Participants;
    const bool selection =
        onParticipants && !m_documentWidget->participantsPage()->selectedIds().isEmpty();
    m_editParticipant->setEnabled(selection);
    m_deleteParticipants->setEnabled(selection);
    for (const auto &[action, status] : std::as_const(m_statusActions))
        action->setEnabled(selection);
    m_editOrganization->setEnabled(open);
}

void MainWindow::setStatus(Status status)
{
    if (m_documentWidget)
        m_documentWidget->participantsPage()->setStatusOfSelected(status);
}

void MainWindow::sendMessages(MessageKind kind)
{
    DocumentSession *session = m_controller->session();
    if (!session || !m_documentWidget)
        return;
    InvitationDialog dialog(*session, kind, m_documentWidget->participantsPage()->selectedIds(),
                            this);
    if (Prompts::current().exec(dialog) == QDialog::Accepted)
        dialog.writeMessages();
}

void MainWindow::importFile(const QString &path)
{
    ImportFlow(this).importFile(m_controller->session(), path);
}

void MainWindow::exportParticipants()
{
    DocumentSession *session = m_controller->session();
    if (!session)
        return;
    ExportFlow flow(this);
    const int written = flow.run(*session);
    if (written < 0)
        return;
    const QString file = QDir::toNativeSeparators(flow.lastPath());
    statusBar()->showMessage(written == 1
                                 ? tr("Exported 1 participant to %1").arg(file)
                                 : tr("Exported %1 participants to %2").arg(written).arg(file),
                             8000);
}

std::optional<Stage> MainWindow::dashboardStage() const
{
    if (!m_documentWidget)
        return std::nullopt;
    return m_documentWidget->balancePage()->stage();
}

void MainWindow::showPage(int page)
{
    if (m_documentWidget)
        m_documentWidget->showPage(static_cast<DocumentWidget::Page>(page));
}

void MainWindow::about()
{
    Prompts::current().showInformation(
        this, tr("About Consulta"),
        tr("<h3>Consulta %1</h3><p>Organizes multi-stakeholder consultations: invite one "
           "person per organization, follow registrations and keep participation balanced by "
           "subregion, gender and stakeholder category.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.constFirst().toLocalFile();
    // Act after the drop has finished, not inside the drag-and-drop event loop: a
    // registration export is imported into the open consultation, anything else opened.
    if (ImportFlow::isImportable(path))
        QMetaObject::invokeMethod(
            this, [this, path] { importFile(path); }, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(
            this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

} // namespace consulta
