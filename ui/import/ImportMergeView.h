#pragma once

#include "ImportLineView.h"
#include "io/ImportReport.h"

namespace consulta {

class ConsultationStore;
class ImportMergeModel;

// The rows an import merged into people, by line (ImportMergeModel): the import wizard's
// result lists them beside the rows it left out.
class ImportMergeView : public ImportLineView
{
    Q_OBJECT

public:
    explicit ImportMergeView(QWidget *parent = nullptr);

    void setMerges(const QList<ImportMerge> &merges, const ConsultationStore *store);
    ImportMergeModel *mergeModel() const { return m_model; }

private:
    ImportMergeModel *m_model;
};

} // namespace consulta
