#include "DocumentSession.h"

#include <QFileInfo>

namespace consulta {

namespace {
constexpr qsizetype kRefreshLimit = 2000;
}

DocumentSession::DocumentSession(std::unique_ptr<Document> document, QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_index(m_document->database())
{
    // A window's working copy is offered for recovery should the program die.
    m_document->setRecoverable(true);
    m_index.reload();
    m_consultation = m_document->store().consultation();
    updateRuleLimits();
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

DocumentSession::~DocumentSession() = default;

void DocumentSession::markUnsaved()
{
    m_undoStack.resetClean();
    Q_EMIT modifiedChanged(true);
}

QString DocumentSession::displayName() const
{
    if (m_document->isUntitled())
        return tr("Untitled");
    return QFileInfo(m_document->filePath()).fileName();
}

Result<void> DocumentSession::save()
{
    Result<void> saved = m_document->save();
    if (saved)
        m_undoStack.setClean();
    return saved;
}

Result<void> DocumentSession::saveAs(const QString &path)
{
    Result<void> saved = m_document->saveAs(path);
    if (saved)
        m_undoStack.setClean();
    return saved;
}

void DocumentSession::notifyParticipants(const QList<qint64> &ids)
{
    // refresh() reads one row per id, each a read of its own (a lock taken and released):
    // for a bulk change such as a large import, reading everything once is far quicker.
    if (ids.size() > kRefreshLimit)
        m_index.reload();
    else
        m_index.refresh(ids);
    Q_EMIT participantsChanged(ids);
}

void DocumentSession::notifyOrganizations()
{
    m_index.reloadOrganizations();
    Q_EMIT organizationsChanged();
}

void DocumentSession::notifyConsultation()
{
    m_consultation = m_document->store().consultation();
    updateRuleLimits();
    Q_EMIT consultationChanged();
}

void DocumentSession::updateRuleLimits()
{
    m_index.setRuleLimits({m_consultation.registrationDeadline, m_consultation.maxPerOrganization,
                           m_consultation.capacity});
}

void DocumentSession::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

} // namespace consulta
