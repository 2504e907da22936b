#include "ImportRejectionView.h"

#include "ImportRejectionModel.h"

namespace consulta {

ImportRejectionView::ImportRejectionView(QWidget *parent)
    : ImportLineView(parent)
    , m_model(new ImportRejectionModel(this))
{
    setModel(m_model);
}

void ImportRejectionView::setRejections(const QList<ImportRejection> &rejections)
{
    m_model->setRejections(rejections);
    fitLineColumn();
}

} // namespace consulta
