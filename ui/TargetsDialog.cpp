#include "TargetsDialog.h"

#include "report/ReportFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace consulta {

TargetsDialog::TargetsDialog(const BalanceTargets &targets, QWidget *parent)
    : QDialog(parent)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Balance targets"));
    auto *tabs = new QTabWidget(this);
    for (Dimension d : {Dimension::Gender, Dimension::Subregion, Dimension::Sector}) {
        Page page;
        page.dimension = d;
        page.codes = BalanceTargets::inScopeCategories(d);
        auto *widget = new QWidget(tabs);
        auto *layout = new QVBoxLayout(widget);
        page.equal =
            new QRadioButton(tr("&Equal shares (%1 each)")
                                 .arg(formatPercent(1.0 / static_cast<double>(page.codes.size()))),
                             widget);
        page.custom = new QRadioButton(tr("&Custom percentages, adding up to 100"), widget);
        layout->addWidget(page.equal);
        layout->addWidget(page.custom);
        auto *form = new QFormLayout;
        for (const QString &code : std::as_const(page.codes)) {
            auto *box = new QDoubleSpinBox(widget);
            box->setRange(0.0, 100.0);
            box->setDecimals(1);
            box->setSingleStep(1.0);
            box->setSuffix(QStringLiteral(" %"));
            box->setAccessibleName(categoryLabel(d, code));
            form->addRow(categoryLabel(d, code) + QLatin1Char(':'), box);
            connect(box, &QDoubleSpinBox::valueChanged, this, &TargetsDialog::updateState);
            page.boxes.append(box);
        }
        layout->addLayout(form);
        page.sum = new QLabel(widget);
        layout->addWidget(page.sum);
        layout->addStretch(1);
        connect(page.custom, &QRadioButton::toggled, this, &TargetsDialog::updateState);
        tabs->addTab(widget, dimensionLabel(d));
        m_pages.append(page);
    }

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setTargets(targets);
}

int TargetsDialog::tenths(double percent)
{
    return static_cast<int>(std::lround(percent * 10.0));
}

int TargetsDialog::totalTenths(const Page &page) const
{
    int total = 0;
    for (const QDoubleSpinBox *box : page.boxes)
        total += tenths(box->value());
    return total;
}

void TargetsDialog::setTargets(const BalanceTargets &targets)
{
    for (Page &page : m_pages) {
        const bool custom = targets.shares.contains(page.dimension) &&
                            !targets.shares.value(page.dimension).isEmpty();
        const QMap<QString, double> shares = targets.forDimension(page.dimension);
        for (qsizetype i = 0; i < page.codes.size(); ++i) {
            const QSignalBlocker blocker(page.boxes.at(i));
            page.boxes.at(i)->setValue(shares.value(page.codes.at(i), 0.0) * 100.0);
        }
        const QSignalBlocker equalBlocker(page.equal);
        const QSignalBlocker customBlocker(page.custom);
        (custom ? page.custom : page.equal)->setChecked(true);
    }
    updateState();
}

BalanceTargets TargetsDialog::targets() const
{
    BalanceTargets result;
    for (const Page &page : m_pages) {
        if (!page.custom->isChecked())
            continue;
        QMap<QString, double> shares;
        for (qsizetype i = 0; i < page.codes.size(); ++i)
            shares.insert(page.codes.at(i), tenths(page.boxes.at(i)->value()) / 1000.0);
        result.shares.insert(page.dimension, shares);
    }
    return result;
}

QString TargetsDialog::problem() const
{
    QStringList problems;
    for (const Page &page : m_pages) {
        if (!page.custom->isChecked())
            continue;
        const int total = totalTenths(page);
        if (total == 1000)
            continue;
        const QString sum = QString::number(total / 10.0, 'f', 1);
        const QString off = QString::number(std::abs(total - 1000) / 10.0, 'f', 1);
        problems.append(
            total > 1000 ? tr("%1: the percentages add up to %2%, %3 points too many. Lower some "
                              "so that they add up to 100.")
                               .arg(dimensionLabel(page.dimension), sum, off)
                         : tr("%1: the percentages add up to %2%, %3 points short of 100. Raise "
                              "some so that they add up to 100.")
                               .arg(dimensionLabel(page.dimension), sum, off));
    }
    return problems.join(QLatin1Char('\n'));
}

void TargetsDialog::updateState()
{
    for (Page &page : m_pages) {
        const bool custom = page.custom->isChecked();
        for (QDoubleSpinBox *box : std::as_const(page.boxes))
            box->setEnabled(custom);
        const int total = totalTenths(page);
        page.sum->setText(custom ? tr("Total: %1%").arg(QString::number(total / 10.0, 'f', 1))
                                 : QString());
    }
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

const TargetsDialog::Page &TargetsDialog::page(Dimension dimension) const
{
    return m_pages.at(static_cast<int>(dimension));
}

QRadioButton *TargetsDialog::equalButton(Dimension dimension) const
{
    return page(dimension).equal;
}

QRadioButton *TargetsDialog::customButton(Dimension dimension) const
{
    return page(dimension).custom;
}

QDoubleSpinBox *TargetsDialog::percentBox(Dimension dimension, const QString &code) const
{
    const Page &p = page(dimension);
    const qsizetype index = p.codes.indexOf(code);
    return index < 0 ? nullptr : p.boxes.at(index);
}

} // namespace consulta
