#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QDialog;
class QWidget;

namespace consulta {

// Every question the window asks a person goes through this seam: the application
// uses DialogPrompts (real message boxes and file dialogs); tests install a scripted
// implementation that answers at once, so they drive the real window without modal
// loops.
class Prompts
{
public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel,
    };
    enum class RecoveryChoice
    {
        Recover,
        Discard,
        Later,
    };
    enum class WarningChoice
    {
        Proceed,
        Waitlist,
        Cancel,
    };

    virtual ~Prompts() = default;

    // The prompts in use: the installed ones, else real dialogs.
    static Prompts &current();
    // Installs prompts (not owned); nullptr goes back to real dialogs.
    static void install(Prompts *prompts);

    // "Save the changes to NAME before closing?"
    virtual SaveChoice askToSave(QWidget *parent, const QString &documentName) = 0;
    // A yes/no question about something that cannot be taken back lightly.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question,
                         const QString &acceptLabel) = 0;
    // Warnings before registering people: proceed anyway, waitlist them instead, or cancel.
    virtual WarningChoice askAboutWarnings(QWidget *parent, const QString &title,
                                           const QStringList &warnings) = 0;
    // A window died with unsaved work (description names the file and when it changed):
    // recover it, discard it, or ask again at the next start.
    virtual RecoveryChoice askToRecover(QWidget *parent, const QString &description) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text) = 0;

    // Empty when the person cancels.
    virtual QString openFileName(QWidget *parent, const QString &folder) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &suggestedPath) = 0;
    // Where to write a file that is not the document (a PDF, an export): title for the
    // dialog, nameFilter such as "PDF documents (*.pdf)", defaultSuffix added to a name
    // typed without one. Empty when the person cancels.
    virtual QString exportFileName(QWidget *parent, const QString &title,
                                   const QString &suggestedPath, const QString &nameFilter,
                                   const QString &defaultSuffix) = 0;
    // An existing folder (the messages' destination), empty when the person cancels.
    virtual QString chooseFolder(QWidget *parent, const QString &title,
                                 const QString &startFolder) = 0;
    // The IMRF roundtable of a new consultation (1–4), nullopt when cancelled.
    virtual std::optional<int> chooseRoundtable(QWidget *parent) = 0;

    // Runs a dialog the window built (a participant or organization form) and returns
    // QDialog::Accepted or Rejected.
    virtual int exec(QDialog &dialog) = 0;
};

} // namespace consulta
