#pragma once

#include "Prompts.h"

#include <QList>
#include <QUrl>

#include <functional>

namespace consulta::test {

// Prompts that answer at once with preset answers and count what was asked, so tests
// drive the real window without modal dialogs. Installed for its lifetime.
class ScriptedPrompts : public Prompts
{
public:
    ScriptedPrompts();
    ~ScriptedPrompts() override;

    SaveChoice saveChoice = SaveChoice::Cancel;
    bool confirmAnswer = true;
    WarningChoice warningChoice = WarningChoice::Proceed;
    ChangedFileChoice changedFileChoice = ChangedFileChoice::Cancel;
    RecoveryChoice recoveryChoice = RecoveryChoice::Later;
    QString openPath;
    QString savePath;
    QString exportPath; // what exportFileName answers
    QString folderPath; // what chooseFolder answers
    QString importPath; // what importFileName answers
    std::optional<int> roundtable = 1;
    // Progress reports "stop" once this much is done (never when negative).
    int cancelAfter = -1;
    // What openExternally answers; the URLs it was given.
    bool openAnswer = true;
    QList<QUrl> opened;
    int progressUpdates = 0;
    // Fills in a dialog and returns QDialog::Accepted or Rejected; rejects when unset.
    std::function<int(QDialog &)> onDialog;

    int askToSaveCount = 0;
    int confirmCount = 0;
    int warningCount = 0;
    int recoveryCount = 0;
    int changedFileCount = 0;
    int exportCount = 0;
    QString lastExportSuggestion; // the path exportFileName was offered
    QString lastImportFolder;     // the folder importFileName was offered
    QStringList lastWarnings;
    QStringList errors;
    QStringList informations;
    QStringList recoveryDescriptions;

    SaveChoice askToSave(QWidget *parent, const QString &documentName) override;
    ChangedFileChoice askAboutChangedFile(QWidget *parent, const QString &problem) override;
    bool confirm(QWidget *parent, const QString &title, const QString &question,
                 const QString &acceptLabel) override;
    WarningChoice askAboutWarnings(QWidget *parent, const QString &title,
                                   const QStringList &warnings) override;
    RecoveryChoice askToRecover(QWidget *parent, const QString &description) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    void showInformation(QWidget *parent, const QString &title, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &folder) override;
    QString saveFileName(QWidget *parent, const QString &suggestedPath) override;
    QString importFileName(QWidget *parent, const QString &folder) override;
    QString exportFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                           const QString &nameFilter, const QString &defaultSuffix) override;
    QString chooseFolder(QWidget *parent, const QString &title,
                         const QString &startFolder) override;
    std::optional<int> chooseRoundtable(QWidget *parent) override;
    std::unique_ptr<Progress> startProgress(QWidget *parent, const QString &label,
                                            int total) override;
    bool openExternally(const QUrl &url) override;
    int exec(QDialog &dialog) override;
};

} // namespace consulta::test
