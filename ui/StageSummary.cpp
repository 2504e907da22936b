#include "StageSummary.h"

#include "DocumentSession.h"
#include "common/TimeFormat.h"

#include <array>

namespace consulta {

StageSummary::StageSummary(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("stageSummary"));
    setAccessibleName(tr("People per stage"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StageSummary::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DocumentSession::participantsChanged, this, &StageSummary::refresh);
        connect(m_session, &DocumentSession::consultationChanged, this, &StageSummary::refresh);
        connect(m_session, &DocumentSession::organizationsChanged, this, &StageSummary::refresh);
    }
    refresh();
}

void StageSummary::refresh()
{
    if (!m_session) {
        clear();
        return;
    }
    const ParticipantIndex &index = m_session->index();
    const Consultation &consultation = m_session->consultation();
    std::array<int, 4> stages{};
    int late = 0;
    const QString deadline = toIsoUtc(consultation.registrationDeadline);
    QHash<qint64, int> perOrganization;
    for (const ParticipantIndex::Entry &entry : index.entries()) {
        for (Stage stage : allStages()) {
            if (isInStage(entry.status, stage))
                ++stages[static_cast<std::size_t>(stage)];
        }
        if (isInStage(entry.status, Stage::Registered)) {
            if (!deadline.isEmpty() && !entry.registeredAt.isEmpty() &&
                entry.registeredAt > deadline)
                ++late;
        }
    }
    int overLimit = 0;
    if (consultation.maxPerOrganization > 0) {
        for (const ParticipantIndex::Entry &entry : index.entries()) {
            if (entry.organizationId != 0 && isInStage(entry.status, Stage::Registered))
                ++perOrganization[entry.organizationId];
        }
        for (int count : std::as_const(perOrganization)) {
            if (count > consultation.maxPerOrganization)
                ++overLimit;
        }
    }
    QStringList parts;
    for (Stage stage : allStages())
        parts.append(
            tr("%1: %2").arg(stageLabel(stage)).arg(stages[static_cast<std::size_t>(stage)]));
    QStringList problems;
    if (overLimit > 0)
        problems.append(tr("organizations over the limit: %1").arg(overLimit));
    if (late > 0)
        problems.append(tr("late registrations: %1").arg(late));
    const int registered = stages[static_cast<std::size_t>(Stage::Registered)];
    if (consultation.capacity > 0 && registered > consultation.capacity)
        problems.append(tr("over capacity: %1").arg(registered - consultation.capacity));
    QString text = parts.join(QStringLiteral("   "));
    if (!problems.isEmpty())
        text += QStringLiteral("   ⚠ ") + problems.join(QStringLiteral(", "));
    setText(text);
}

} // namespace consulta
