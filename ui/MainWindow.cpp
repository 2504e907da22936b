#include "MainWindow.h"

namespace consulta {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Consulta"));
}

MainWindow::~MainWindow() = default;

} // namespace consulta
