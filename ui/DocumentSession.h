#pragma once

#include "model/Consultation.h"
#include "store/Document.h"
#include "store/ParticipantIndex.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace consulta {

// One open document as the window sees it: the core Document (working copy and file),
// its undo stack and the in-memory participant index. "Modified" is the undo stack
// not being at its clean state; saving sets the clean state. Undo commands change the
// store and then call the notify functions, which keep the index current and tell the
// views what changed.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    explicit DocumentSession(std::unique_ptr<Document> document, QObject *parent = nullptr);
    ~DocumentSession() override;

    Document &document() { return *m_document; }
    ConsultationStore &store() { return m_document->store(); }
    const ParticipantIndex &index() const { return m_index; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // The consultation as last read (cheap to ask; refreshed on every change).
    const Consultation &consultation() const { return m_consultation; }

    bool isModified() const { return !m_undoStack.isClean(); }
    // The file name for titles and prompts, or "Untitled".
    QString displayName() const;

    Result<void> save();
    Result<void> saveAs(const QString &path);
    // A recovered document holds work that was never saved: it starts modified.
    void markUnsaved();

    // Called by undo commands after they changed the store.
    void notifyParticipants(const QList<qint64> &ids);
    void notifyOrganizations();
    void notifyConsultation();
    void reportError(const QString &message);

Q_SIGNALS:
    void participantsChanged(const QList<qint64> &ids);
    void organizationsChanged();
    void consultationChanged();
    void modifiedChanged(bool modified);
    void errorOccurred(const QString &message);

private:
    void updateRuleLimits();

    std::unique_ptr<Document> m_document;
    QUndoStack m_undoStack;
    ParticipantIndex m_index;
    Consultation m_consultation;
};

} // namespace consulta
