#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QDialog;
class QUrl;
class QWidget;

namespace consulta {

// Every question the window asks a person goes through this seam: the application
// uses DialogPrompts (real message boxes and file dialogs); tests install a scripted
// implementation that answers at once, so they drive the real window without modal
// loops.
class Prompts
{
public:
    // Progress of long work the person may cancel.
    class Progress
    {
    public:
        virtual ~Progress() = default;
        // done of total; false once the person has asked to stop.
        virtual bool update(int done, int total) = 0;
    };

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
    enum class ChangedFileChoice
    {
        SaveAs, // keep my work in another file
        Reopen, // give up my changes and load the file as it is now
        Cancel,
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
    // Save found the file changed on disk by someone else (problem says so): save under
    // another name, reopen the file as it is now, or cancel.
    virtual ChangedFileChoice askAboutChangedFile(QWidget *parent, const QString &problem) = 0;
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
    // A registration export to import (CSV, TSV or text), empty when the person cancels.
    virtual QString importFileName(QWidget *parent, const QString &folder) = 0;
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

    // Shows progress of long work (after a short delay) until the object goes.
    virtual std::unique_ptr<Progress> startProgress(QWidget *parent, const QString &label,
                                                    int total) = 0;
    // Hands a file or address to the desktop (the mail client for an .eml or mailto:);
    // false when nothing could take it.
    virtual bool openExternally(const QUrl &url) = 0;

    // Runs a dialog the window built (a participant or organization form) and returns
    // QDialog::Accepted or Rejected.
    virtual int exec(QDialog &dialog) = 0;
};

} // namespace consulta
