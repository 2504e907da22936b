#pragma once

#include <QString>

#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace consulta {

// Progress of an import step that runs on the window's thread inside one store transaction
// (a dry run, the import, its redo). ParticipantImporter calls callback() every few hundred
// rows; each call moves a window-modal progress dialog, which also lets the window repaint
// and take a click on Cancel, so the application stays responsive without a second thread
// touching the document's database. The dialog only appears when the step takes longer
// than half a second, so small files import without a flash.
//
// Once every row is read, what is left (rebuilding indexes, the commit, the views catching
// up) cannot be followed row by row: finishing() says so in the label and takes the Cancel
// button away, so that a click on it is never ignored. The callback does the same by itself
// when told that every row is done, if a finishing label was given.
class ImportProgress
{
public:
    ImportProgress(QWidget *parent, const QString &label, bool cancellable,
                   const QString &finishingLabel = QString());
    ~ImportProgress();
    ImportProgress(const ImportProgress &) = delete;
    ImportProgress &operator=(const ImportProgress &) = delete;

    // How long a step runs before its dialog appears: 500 ms, unless a test wants to meet the
    // dialog at once (0) without a file large enough to take that long on any machine.
    static int showDelay();
    static void setShowDelay(int milliseconds);

    // For ImportOptions::progress: false once the person pressed Cancel.
    std::function<bool(qsizetype done, qsizetype total)> callback();
    bool wasCancelled() const;
    void finishing(const QString &label);

private:
    std::unique_ptr<QProgressDialog> m_dialog;
    QString m_finishingLabel;
};

} // namespace consulta
