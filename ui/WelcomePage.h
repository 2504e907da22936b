#pragma once

#include <QWidget>

class QAction;

namespace consulta {

// What a window shows with no document open: the way to a new consultation or an
// existing one.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(QAction *newAction, QAction *openAction, QWidget *parent = nullptr);
};

} // namespace consulta
