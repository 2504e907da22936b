#pragma once

#include "Prompts.h"

namespace consulta {

// Prompts through real, modal message boxes and file dialogs.
class DialogPrompts : public Prompts
{
public:
    SaveChoice askToSave(QWidget *parent, const QString &documentName) override;
    bool confirm(QWidget *parent, const QString &title, const QString &question,
                 const QString &acceptLabel) override;
    WarningChoice askAboutWarnings(QWidget *parent, const QString &title,
                                   const QStringList &warnings) override;
    RecoveryChoice askToRecover(QWidget *parent, const QString &description) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    void showInformation(QWidget *parent, const QString &title, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &folder) override;
    QString saveFileName(QWidget *parent, const QString &suggestedPath) override;
    QString exportFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                           const QString &nameFilter, const QString &defaultSuffix) override;
    QString chooseFolder(QWidget *parent, const QString &title,
                         const QString &startFolder) override;
    std::optional<int> chooseRoundtable(QWidget *parent) override;
    int exec(QDialog &dialog) override;

    static QString fileFilter();
};

} // namespace consulta
