#pragma once

#include <QTableView>

namespace consulta {

// A read-only table of rows of an imported file, a row per line of the file, the line number
// first: how the import wizard lists the rows it left out and the rows it merged.
class ImportLineView : public QTableView
{
    Q_OBJECT

public:
    explicit ImportLineView(QWidget *parent = nullptr);

protected:
    // Fits the line number column to its numbers, once the model has them.
    void fitLineColumn();
};

} // namespace consulta
