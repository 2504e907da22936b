#pragma once

#include "ImportReport.h"
#include "common/Result.h"

namespace consulta {

class ConsultationStore;

// Takes a committed import back out of a document, for the window's undo stack: deletes the
// status history entries the import wrote (every entry newer than
// report.lastStatusChangeIdBefore: undo runs in reverse order, so nothing newer belongs to
// another change), the participants and organizations it added, and puts back the
// participants and organizations it changed as they were. One transaction. Redo is running
// the same import again, which gives the same result.
class ImportUndo
{
public:
    static Result<void> revert(ConsultationStore &store, const ImportReport &report);
};

} // namespace consulta
