#include "ScriptedPrompts.h"

#include <QDialog>

namespace consulta::test {

ScriptedPrompts::ScriptedPrompts()
{
    Prompts::install(this);
}

ScriptedPrompts::~ScriptedPrompts()
{
    Prompts::install(nullptr);
}

Prompts::SaveChoice ScriptedPrompts::askToSave(QWidget *, const QString &)
{
    ++askToSaveCount;
    return saveChoice;
}

Prompts::ChangedFileChoice ScriptedPrompts::askAboutChangedFile(QWidget *, const QString &)
{
    ++changedFileCount;
    return changedFileChoice;
}

bool ScriptedPrompts::confirm(QWidget *, const QString &, const QString &, const QString &)
{
    ++confirmCount;
    return confirmAnswer;
}

Prompts::WarningChoice ScriptedPrompts::askAboutWarnings(QWidget *, const QString &,
                                                         const QStringList &warnings)
{
    ++warningCount;
    lastWarnings = warnings;
    return warningChoice;
}

Prompts::RecoveryChoice ScriptedPrompts::askToRecover(QWidget *, const QString &description)
{
    ++recoveryCount;
    recoveryDescriptions.append(description);
    return recoveryChoice;
}

void ScriptedPrompts::showError(QWidget *, const QString &, const QString &message)
{
    errors.append(message);
}

void ScriptedPrompts::showInformation(QWidget *, const QString &, const QString &text)
{
    informations.append(text);
}

QString ScriptedPrompts::openFileName(QWidget *, const QString &)
{
    return openPath;
}

QString ScriptedPrompts::saveFileName(QWidget *, const QString &)
{
    return savePath;
}

QString ScriptedPrompts::chooseFolder(QWidget *, const QString &, const QString &)
{
    return folderPath;
}

std::optional<int> ScriptedPrompts::chooseRoundtable(QWidget *)
{
    return roundtable;
}

int ScriptedPrompts::exec(QDialog &dialog)
{
    return onDialog ? onDialog(dialog) : int(QDialog::Rejected);
}

} // namespace consulta::test
