// One main for every Catch2 test executable: it creates the Qt application object
// (a QApplication, so UI tests can build widgets on the offscreen platform) and puts
// QStandardPaths in test mode so no test touches the user's real settings or data.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConsultaTests"));
    QApplication::setApplicationName(QStringLiteral("consulta-tests"));
    return Catch::Session().run(argc, argv);
}
