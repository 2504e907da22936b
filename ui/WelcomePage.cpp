#include "WelcomePage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace consulta {

WelcomePage::WelcomePage(QAction *newAction, QAction *openAction, QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("<h2>No consultation is open</h2>"), this);
    auto *hint = new QLabel(
        tr("Create a consultation for an IMRF roundtable, open a .consulta file, or drop one "
           "onto this window."),
        this);
    hint->setWordWrap(true);
    auto *create = new QPushButton(tr("&New Consultation…"), this);
    auto *open = new QPushButton(tr("&Open…"), this);
    create->setAccessibleName(tr("New consultation"));
    open->setAccessibleName(tr("Open a consultation"));
    connect(create, &QPushButton::clicked, newAction, &QAction::trigger);
    connect(open, &QPushButton::clicked, openAction, &QAction::trigger);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    for (QWidget *widget : {static_cast<QWidget *>(title), static_cast<QWidget *>(hint)})
        layout->addWidget(widget, 0, Qt::AlignHCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
}

} // namespace consulta
