#pragma once

#include "model/BalanceTargets.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;

namespace consulta {

// Sets the target shares of each dimension: equal shares (DESIGN's defaults) or custom
// percentages, one per in-scope category, that must add up to 100 — the dialog says
// which dimension does not and by how much, and OK stays disabled until they all do.
// Percentages have one decimal and are compared in tenths, so 33.3 + 33.3 + 33.4 is
// exactly 100. The dialog only returns the targets; storing them (undoably) is the
// caller's (SetTargetsCommand).
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TargetsDialog(const BalanceTargets &targets, QWidget *parent = nullptr);

    // The targets as set: no entries for a dimension left at equal shares.
    BalanceTargets targets() const;
    void setTargets(const BalanceTargets &targets);

    // Empty when every custom dimension adds up to 100; else what to fix, for people.
    QString problem() const;

    // For tests: the controls of a dimension.
    QRadioButton *equalButton(Dimension dimension) const;
    QRadioButton *customButton(Dimension dimension) const;
    QDoubleSpinBox *percentBox(Dimension dimension, const QString &code) const;

private:
    struct Page
    {
        Dimension dimension = Dimension::Gender;
        QStringList codes;
        QRadioButton *equal = nullptr;
        QRadioButton *custom = nullptr;
        QList<QDoubleSpinBox *> boxes;
        QLabel *sum = nullptr;
    };

    static int tenths(double percent);
    int totalTenths(const Page &page) const;
    void updateState();
    const Page &page(Dimension dimension) const;

    QList<Page> m_pages;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace consulta
