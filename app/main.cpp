#include "CommandLine.h"
#include "MainWindow.h"
#include "TerminationWatcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

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
            // Without a session (cron, ssh as root) Qt warns on stderr that XDG_RUNTIME_DIR is
            // not set; a private folder for the command's life keeps stderr for real errors.
            std::unique_ptr<QTemporaryDir> runtime;
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                runtime = std::make_unique<QTemporaryDir>();
                if (runtime->isValid())
                    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
            }
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
    bool terminating = false;
    QObject::connect(&termination, &consulta::TerminationWatcher::terminationRequested, &window,
                     [&](int signalNumber) {
                         terminating = true;
                         window.terminate(signalNumber);
                     });
    window.show();
    // The recovery offer and `consulta FILE` (whose failure is shown in a dialog) run inside
    // the event loop: a SIGTERM that arrives while one of their dialogs is open then ends the
    // program instead of only closing the dialog before the loop has started.
    QTimer::singleShot(0, &window, [&] {
        window.offerRecovery();
        if (!terminating && !given.isEmpty())
            window.openFile(given.constFirst());
    });
    return app.exec();
}
