#include "CommandLine.h"
#include "MainWindow.h"
#include "TerminationWatcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Consulta"));
    QCoreApplication::setApplicationName(QStringLiteral("consulta"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSULTA_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Subcommands run headless: no display, no platform plugin.
    if (consulta::cli::isCommandLine(arguments)) {
        // Reports paint text (fonts, PDF): a QGuiApplication, still without a display.
        if (consulta::cli::needsGui(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            describeApplication();
            return consulta::cli::run(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        describeApplication();
        return consulta::cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    // Qt has taken its own options (-platform, -style, …) out of the arguments by now.
    const QStringList given = QApplication::arguments().mid(1);
    for (const QString &argument : given) {
        if (argument.startsWith(QLatin1Char('-'))) {
            consulta::cli::err() << "consulta: unknown option “" << argument
                                 << "”; run 'consulta --help' for the usage.\n";
            consulta::cli::err().flush();
            return consulta::cli::UsageError;
        }
    }
    QApplication::setApplicationDisplayName(QStringLiteral("Consulta"));
    consulta::MainWindow window;
    consulta::TerminationWatcher termination;
    QObject::connect(&termination, &consulta::TerminationWatcher::terminationRequested, &window,
                     &consulta::MainWindow::terminate);
    window.show();
    window.offerRecovery();
    // `consulta FILE` opens the file; a failure is shown in the window.
    if (!given.isEmpty())
        window.openFile(given.constFirst());
    return app.exec();
}
