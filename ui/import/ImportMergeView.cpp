#include "ImportMergeView.h"

#include "ImportMergeModel.h"

namespace consulta {

ImportMergeView::ImportMergeView(QWidget *parent)
    : ImportLineView(parent)
    , m_model(new ImportMergeModel(this))
{
    setModel(m_model);
}

void ImportMergeView::setMerges(const QList<ImportMerge> &merges, const ConsultationStore *store)
{
    m_model->setMerges(merges, store);
    fitLineColumn();
    resizeColumnToContents(ImportMergeModel::MatchColumn);
}

} // namespace consulta
