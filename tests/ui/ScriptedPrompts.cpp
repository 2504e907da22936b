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

Prompts::RecoveryChoice ScriptedPrompts::askToRecover(QWidget *, const QString &)
{
    ++recoveryCount;
    return recoveryChoice;
}

void ScriptedPrompts::showError(QWidget *, const QString &, const QString &message)
{
    errors.append(message);
}

void ScriptedPrompts::showInformation(QWidget *, const QString &, const QString &) {}

QString ScriptedPrompts::openFileName(QWidget *, const QString &)
{
    return openPath;
}

QString ScriptedPrompts::saveFileName(QWidget *, const QString &)
{
    return savePath;
}

QString ScriptedPrompts::exportFileName(QWidget *, const QString &, const QString &suggestedPath,
                                        const QString &, const QString &)
{
    ++exportCount;
    lastExportSuggestion = suggestedPath;
    return exportPath;
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
