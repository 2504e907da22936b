#include "ImportUndo.h"

#include "store/ConsultationStore.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>

namespace consulta {

Result<void> ImportUndo::revert(ConsultationStore &store, const ImportReport &report)
{
    if (!report.committed)
        return {};
    SqliteDatabase &db = store.database();
    SqliteTransaction transaction(db);
    SqliteStatement history = db.prepare("DELETE FROM status_change WHERE id > ?1");
    history.bind(1, report.lastStatusChangeIdBefore);
    SqliteStatement participant = db.prepare("DELETE FROM participant WHERE id = ?1");
    SqliteStatement organization = db.prepare("DELETE FROM organization WHERE id = ?1");
    bool ok = transaction.isActive() && history.exec();
    for (qsizetype i = 0; ok && i < report.addedParticipantIds.size(); ++i)
        ok = participant.bind(1, report.addedParticipantIds.at(i)).exec();
    for (qsizetype i = 0; ok && i < report.participantsBefore.size(); ++i)
        ok = store.updateParticipant(report.participantsBefore.at(i)).ok();
    for (qsizetype i = 0; ok && i < report.organizationsBefore.size(); ++i)
        ok = store.updateOrganization(report.organizationsBefore.at(i)).ok();
    for (qsizetype i = 0; ok && i < report.addedOrganizationIds.size(); ++i)
        ok = organization.bind(1, report.addedOrganizationIds.at(i)).exec();
    if (!ok || !transaction.commit())
        return Error{QCoreApplication::translate("ImportUndo", "Could not undo the import: %1")
                         .arg(db.errorMessage())};
    return {};
}

} // namespace consulta
