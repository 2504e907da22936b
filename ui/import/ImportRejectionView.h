#pragma once

#include "ImportLineView.h"
#include "io/ImportReport.h"

namespace consulta {

class ImportRejectionModel;

// The rows an import leaves out, line and reason, as the import wizard lists them before the
// import (its summary) and after it (its result), so the person can go back to those lines
// in the file once the rest is in.
class ImportRejectionView : public ImportLineView
{
    Q_OBJECT

public:
    explicit ImportRejectionView(QWidget *parent = nullptr);

    void setRejections(const QList<ImportRejection> &rejections);
    ImportRejectionModel *rejectionModel() const { return m_model; }

private:
    ImportRejectionModel *m_model;
};

} // namespace consulta
