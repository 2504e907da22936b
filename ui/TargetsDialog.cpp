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

#include <algorithm>
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

namespace {

// Shares (fractions adding up to 1) as tenths of a percent that add up to exactly 1000, by
// largest remainders: thirteen equal shares show as 7.7 and 7.6, not thirteen 7.7s that
// add up to 100.1 and make the custom choice invalid the moment it is picked.
QList<int> tenthsAddingUp(const QList<double> &shares)
{
    QList<int> result;
    QList<std::pair<double, qsizetype>> remainders;
    int total = 0;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const double exact = shares.at(i) * 1000.0;
        const int whole = int(std::floor(exact + 1e-9));
        result.append(whole);
        total += whole;
        remainders.append({exact - whole, i});
    }
    if (total > 1000 || total < 1000 - int(shares.size()))
        return result; // not shares of a whole: shown as they are
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; total < 1000 && i < remainders.size(); ++i, ++total)
        ++result[remainders.at(i).second];
    return result;
}

} // namespace

void TargetsDialog::setTargets(const BalanceTargets &targets)
{
    for (Page &page : m_pages) {
        const bool custom = targets.shares.contains(page.dimension) &&
                            !targets.shares.value(page.dimension).isEmpty();
        const QMap<QString, double> shares = targets.forDimension(page.dimension);
        QList<double> values;
        for (const QString &code : std::as_const(page.codes))
            values.append(shares.value(code, 0.0));
        const QList<int> shown = tenthsAddingUp(values);
        for (qsizetype i = 0; i < page.codes.size(); ++i) {
            const QSignalBlocker blocker(page.boxes.at(i));
            page.boxes.at(i)->setValue(shown.at(i) / 10.0);
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
