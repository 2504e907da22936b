#pragma once

#include <QMainWindow>

namespace consulta {

// The application's main window: it wires menus and actions to the document and its
// pages. It holds no domain logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace consulta
