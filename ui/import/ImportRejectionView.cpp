#include "ImportRejectionView.h"

#include "ImportRejectionModel.h"

#include <QHeaderView>

namespace consulta {

ImportRejectionView::ImportRejectionView(QWidget *parent)
    : QTableView(parent)
    , m_model(new ImportRejectionModel(this))
{
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
}

void ImportRejectionView::setRejections(const QList<ImportRejection> &rejections)
{
    m_model->setRejections(rejections);
    resizeColumnToContents(ImportRejectionModel::LineColumn);
}

} // namespace consulta
