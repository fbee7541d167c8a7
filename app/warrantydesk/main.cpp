// warrantydesk: the agent's workstation.
// Interim composition root while issue 5 builds the main window: it answers --version and --help
// so packaging can be built and checked; the window itself arrives with issue 5.

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

namespace {

// --version and --help must answer on a machine without a display (IT scripts, CI after installing
// the package), so they are handled before a QApplication needs a window system.
bool wantsConsoleOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "-?")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsConsoleOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("warrantydesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(WD_VERSION));
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("WarrantyDesk (质保工作台): the agent's workstation"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption({QStringLiteral("demo"), QStringLiteral("Start an embedded demo server and sign in as the demo agent.")});
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("WarrantyDesk"));
    QApplication::setOrganizationName(QStringLiteral("WarrantyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(WD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("WarrantyDesk (质保工作台): the agent's workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Start an embedded demo server and sign in as the demo agent."));
    parser.addOption(demo);
    parser.process(app);

    QMessageBox::information(nullptr, QStringLiteral("WarrantyDesk"),
                             QStringLiteral("WarrantyDesk %1: the workstation window is being built (issue 5).")
                                 .arg(QApplication::applicationVersion()));
    return 0;
}
