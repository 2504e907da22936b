#pragma once

#include "balance/BalanceFigures.h"

#include <QGroupBox>
#include <QStringList>

class QBarSet;
class QChart;
class QChartView;
class QTableWidget;
class QValueAxis;

namespace consulta {

// One dimension of the balance dashboard: a horizontal bar chart of each category's
// share against its target (Qt Charts), the score in the title, and a table with the
// counts, shares, targets, seats needed and the categories counted but not in the
// shares. The categories are fixed per dimension, so the chart is built once and only
// its values change. Clicking a bar or a table row asks for that category's people.
class BalanceDimensionView : public QGroupBox
{
    Q_OBJECT

public:
    explicit BalanceDimensionView(Dimension dimension, QWidget *parent = nullptr);

    Dimension dimension() const { return m_dimension; }
    void showFigures(const DimensionFigures &figures);

    // The table, for tests and accessibility: one row per category, in-scope first.
    QTableWidget *table() const { return m_table; }
    // The category codes in the table's row order.
    const QStringList &rowCodes() const { return m_rowCodes; }

Q_SIGNALS:
    void categoryActivated(const QString &code);

private:
    Dimension m_dimension;
    QStringList m_inScope;  // chart order, top to bottom
    QStringList m_rowCodes; // table order: in scope, then excluded
    QChart *m_chart;
    QChartView *m_chartView;
    QBarSet *m_shares;
    QBarSet *m_targets;
    QValueAxis *m_axis;
    QTableWidget *m_table;
};

} // namespace consulta
