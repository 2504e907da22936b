#pragma once

#include "Prompts.h"

namespace consulta {

// Prompts through real, modal message boxes and file dialogs.
class DialogPrompts : public Prompts
{
public:
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

    static QString fileFilter();
};

} // namespace consulta
