#include "BalanceDimensionView.h"

#include "balance/BalanceCalculator.h"
#include "report/ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QTableWidget>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace consulta {

namespace {

enum Column
{
    CategoryColumn,
    CountColumn,
    ShareColumn,
    TargetColumn,
    SeatsColumn,
    ColumnCount
};

QTableWidgetItem *item(const QString &text, bool number)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

} // namespace

BalanceDimensionView::BalanceDimensionView(Dimension dimension, QWidget *parent)
    : QGroupBox(parent)
    , m_dimension(dimension)
    , m_inScope(BalanceTargets::inScopeCategories(dimension))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_shares(new QBarSet(tr("Share")))
    , m_targets(new QBarSet(tr("Target")))
    , m_axis(new QValueAxis)
    , m_table(new QTableWidget(this))
{
    setTitle(dimensionLabel(dimension));
    m_rowCodes = m_inScope + BalanceCalculator::excludedCategories(dimension);

    // Qt Charts draws the first category of a horizontal bar chart at the bottom: give
    // it the categories bottom up so that it reads in the table's order.
    QStringList labels;
    for (const QString &code : m_inScope) {
        labels.prepend(categoryLabel(dimension, code));
        m_shares->append(0.0);
        m_targets->append(0.0);
    }
    m_shares->setColor(QColor(0x0a, 0x6e, 0xb4));
    m_targets->setColor(QColor(0xb4, 0xb4, 0xb4));
    auto *series = new QHorizontalBarSeries;
    series->append(m_shares);
    series->append(m_targets);
    m_chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    m_chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    m_axis->setLabelFormat(QStringLiteral("%.0f%%"));
    m_axis->setRange(0, 100);
    m_axis->setTickType(QValueAxis::TicksDynamic);
    m_axis->setTickAnchor(0);
    m_axis->setTickInterval(10);
    m_chart->addAxis(m_axis, Qt::AlignBottom);
    series->attachAxis(m_axis);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(120 + 26 * int(m_inScope.size()));
    m_chartView->setMinimumWidth(320);

    const int categoryCount = int(m_inScope.size());
    const auto activate = [this, categoryCount](int index) {
        const int row = categoryCount - 1 - index; // bottom-up in the chart
        if (row >= 0 && row < categoryCount)
            Q_EMIT categoryActivated(m_inScope.at(row));
    };
    connect(m_shares, &QBarSet::clicked, this, activate);
    connect(m_targets, &QBarSet::clicked, this, activate);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Category"), tr("Count"), tr("Share"), tr("Target"), tr("Seats needed")});
    m_table->setRowCount(int(m_rowCodes.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Stretch);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString &code = m_rowCodes.at(row);
        const bool excluded = row >= categoryCount;
        QTableWidgetItem *label = item(categoryLabel(dimension, code), false);
        if (excluded) {
            QFont font = label->font();
            font.setItalic(true);
            label->setFont(font);
            label->setToolTip(tr("Counted, not in the shares"));
        }
        m_table->setItem(row, CategoryColumn, label);
        for (int column = CountColumn; column < ColumnCount; ++column)
            m_table->setItem(row, column, item(QString(), true));
    }
    for (int column = CountColumn; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(
        m_table->horizontalHeader()->height() +
        m_table->rowCount() * m_table->verticalHeader()->defaultSectionSize() + 4);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_rowCodes.size())
            Q_EMIT categoryActivated(m_rowCodes.at(row));
    });

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_table, 1);
}

void BalanceDimensionView::showFigures(const DimensionFigures &figures)
{
    setTitle(tr("%1 \u2014 score %2").arg(dimensionLabel(m_dimension), formatScore(figures.score)));
    double largest = 0.0;
    const int categoryCount = int(m_inScope.size());
    for (int row = 0; row < categoryCount; ++row) {
        const CategoryFigures *c = figures.category(m_inScope.at(row));
        const CategoryFigures shown = c ? *c : CategoryFigures{};
        const int bar = categoryCount - 1 - row;
        m_shares->replace(bar, shown.share * 100.0);
        m_targets->replace(bar, shown.target * 100.0);
        largest = std::max({largest, shown.share, shown.target});
        m_table->item(row, CountColumn)->setText(QString::number(shown.count));
        m_table->item(row, ShareColumn)->setText(formatPercent(shown.share));
        m_table->item(row, TargetColumn)->setText(formatPercent(shown.target));
        m_table->item(row, SeatsColumn)->setText(formatSeats(shown.seatsNeeded));
    }
    for (int row = categoryCount; row < m_table->rowCount(); ++row) {
        m_table->item(row, CountColumn)
            ->setText(QString::number(figures.excluded.value(m_rowCodes.at(row), 0)));
    }
    // Whole tens (fives below 30%) on the axis, up to the largest share or target.
    const double top = std::clamp(std::ceil(largest * 10.0 - 1e-9) * 10.0, 10.0, 100.0);
    m_axis->setRange(0, top);
    m_axis->setTickInterval(top > 30.0 ? 10.0 : 5.0);
}

} // namespace consulta
