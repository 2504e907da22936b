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

QString ScriptedPrompts::importFileName(QWidget *, const QString &folder)
{
    lastImportFolder = folder;
    return importPath;
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

namespace {

class ScriptedProgress : public Prompts::Progress
{
public:
    explicit ScriptedProgress(ScriptedPrompts &prompts)
        : m_prompts(prompts)
    {}
    bool update(int done, int) override
    {
        ++m_prompts.progressUpdates;
        return m_prompts.cancelAfter < 0 || done < m_prompts.cancelAfter;
    }

private:
    ScriptedPrompts &m_prompts;
};

} // namespace

std::unique_ptr<Prompts::Progress> ScriptedPrompts::startProgress(QWidget *, const QString &, int)
{
    return std::make_unique<ScriptedProgress>(*this);
}

bool ScriptedPrompts::openExternally(const QUrl &url)
{
    opened.append(url);
    return openAnswer;
}

int ScriptedPrompts::exec(QDialog &dialog)
{
    return onDialog ? onDialog(dialog) : int(QDialog::Rejected);
}

} // namespace consulta::test
