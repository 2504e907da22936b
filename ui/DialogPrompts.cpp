#include "DialogPrompts.h"

#include "reference/ReferenceData.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>

namespace consulta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DialogPrompts", text);
}

} // namespace

QString DialogPrompts::fileFilter()
{
    return tr("Consultations (*.consulta);;All files (*)");
}

Prompts::SaveChoice DialogPrompts::askToSave(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes to “%1” before closing?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Your changes will be lost if you don’t save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

Prompts::ChangedFileChoice DialogPrompts::askAboutChangedFile(QWidget *parent,
                                                              const QString &problem)
{
    QMessageBox box(QMessageBox::Warning, tr("File changed on disk"), problem, QMessageBox::Cancel,
                    parent);
    box.setInformativeText(tr("Save your work under another name, or reopen the file as it "
                              "is now and give up your changes."));
    QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    QPushButton *reopen = box.addButton(tr("&Reopen"), QMessageBox::DestructiveRole);
    box.setDefaultButton(saveAs);
    box.exec();
    if (box.clickedButton() == saveAs)
        return ChangedFileChoice::SaveAs;
    if (box.clickedButton() == reopen)
        return ChangedFileChoice::Reopen;
    return ChangedFileChoice::Cancel;
}

bool DialogPrompts::confirm(QWidget *parent, const QString &title, const QString &question,
                            const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

Prompts::WarningChoice DialogPrompts::askAboutWarnings(QWidget *parent, const QString &title,
                                                       const QStringList &warnings)
{
    QMessageBox box(QMessageBox::Warning, title, warnings.join(QLatin1Char('\n')),
                    QMessageBox::Cancel, parent);
    QPushButton *waitlist = box.addButton(tr("&Waitlist instead"), QMessageBox::AcceptRole);
    QPushButton *proceed = box.addButton(tr("&Register anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(waitlist);
    box.exec();
    if (box.clickedButton() == waitlist)
        return WarningChoice::Waitlist;
    if (box.clickedButton() == proceed)
        return WarningChoice::Proceed;
    return WarningChoice::Cancel;
}

Prompts::RecoveryChoice DialogPrompts::askToRecover(QWidget *parent, const QString &description)
{
    QMessageBox box(QMessageBox::Warning, tr("Recover unsaved work"),
                    tr("Consulta did not close properly, and unsaved work was kept."), {}, parent);
    box.setInformativeText(description);
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Ask &Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        return RecoveryChoice::Recover;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

void DialogPrompts::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::critical(parent, title, message);
}

void DialogPrompts::showInformation(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}

QString DialogPrompts::openFileName(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Consultation"), folder, fileFilter());
}

QString DialogPrompts::saveFileName(QWidget *parent, const QString &suggestedPath)
{
    QFileDialog dialog(parent, tr("Save Consultation As"), suggestedPath, fileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("consulta"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

QString DialogPrompts::importFileName(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Import Participants"), folder,
        tr("Registration exports (*.csv *.tsv *.txt);;All files (*)"));
}

QString DialogPrompts::exportFileName(QWidget *parent, const QString &title,
                                      const QString &suggestedPath, const QString &nameFilter,
                                      const QString &defaultSuffix)
{
    QFileDialog dialog(parent, title, suggestedPath, nameFilter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

QString DialogPrompts::chooseFolder(QWidget *parent, const QString &title,
                                    const QString &startFolder)
{
    return QFileDialog::getExistingDirectory(parent, title, startFolder);
}

std::optional<int> DialogPrompts::chooseRoundtable(QWidget *parent)
{
    QStringList items;
    for (const Roundtable &roundtable : ReferenceData::instance().roundtables()) {
        QStringList objectives;
        for (int number : roundtable.objectives)
            objectives.append(QString::number(number));
        QString item = tr("Roundtable %1 — objectives %2")
                           .arg(roundtable.number)
                           .arg(objectives.join(QStringLiteral(", ")));
        if (!roundtable.theme.isEmpty())
            item += QStringLiteral(": ") + roundtable.theme;
        items.append(item);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, tr("New Consultation"), tr("Which IMRF roundtable does the consultation prepare?"),
        items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return int(items.indexOf(chosen)) + 1;
}

namespace {

class DialogProgress : public Prompts::Progress
{
public:
    DialogProgress(QWidget *parent, const QString &label, int total)
        : m_dialog(label, tr("Cancel"), 0, total, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setValue(0);
    }
    ~DialogProgress() override { m_dialog.reset(); }

    bool update(int done, int total) override
    {
        m_dialog.setMaximum(total);
        m_dialog.setValue(done);
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

std::unique_ptr<Prompts::Progress> DialogPrompts::startProgress(QWidget *parent,
                                                                const QString &label, int total)
{
    return std::make_unique<DialogProgress>(parent, label, total);
}

bool DialogPrompts::openExternally(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

int DialogPrompts::exec(QDialog &dialog)
{
    return dialog.exec();
}

} // namespace consulta
