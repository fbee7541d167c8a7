// warrantydesk: the agent's workstation.
//   warrantydesk [--demo] [--lang system|zh_CN|en] [warrantydesk://ticket/<id>]
// --version and --help answer without a display (IT scripts, package checks).

#include "demoserver.h"
#include "translation.h"
#include "workstation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace {

bool wantsConsoleOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "-?")
            return true;
    }
    return false;
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("WarrantyDesk (质保工作台): the agent's workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Start an embedded demo server and sign in as the demo agent.")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: system, zh_CN or en."), QStringLiteral("language")});
    parser.addPositionalArgument(QStringLiteral("link"), QStringLiteral("A warrantydesk://ticket/<id> link to open."), QStringLiteral("[link]"));
}

// warrantydesk://ticket/T-100123 -> T-100123
QString ticketFromLink(const QString &text)
{
    const QUrl url(text);
    if (url.scheme() != QLatin1String("warrantydesk") || url.host() != QLatin1String("ticket"))
        return {};
    const QString id = url.path().mid(1);
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"));
    return valid.match(id).hasMatch() ? id : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsConsoleOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("warrantydesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(WD_VERSION));
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("WarrantyDesk"));
    QApplication::setOrganizationName(QStringLiteral("WarrantyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(WD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("warrantydesk")); // matches installer/linux/warrantydesk.desktop
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/warrantydesk/icons/warrantydesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    // The language: the command line, else the saved choice, else the system's.
    QSettings settings;
    const QString langName = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                                 : settings.value(QStringLiteral("ui/language")).toString();
    wd::ui::Translation::install(wd::ui::languageChoiceFromName(langName).value_or(wd::ui::LanguageChoice::System));
    // Dates and numbers on screen follow the interface language.
    QLocale::setDefault(wd::ui::Translation::current() == wd::Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                                               : QLocale(QLocale::English, QLocale::UnitedStates));

    wd::app::Workstation::Options options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    wd::app::Workstation workstation(options);
    const QString argument = parser.positionalArguments().value(0);
    const QString ticket = ticketFromLink(argument);
    if (!argument.isEmpty() && ticket.isEmpty()) {
        // A .wdcase bundle (or a link this version does not know): say so instead of ignoring it.
        QMessageBox::information(nullptr, QStringLiteral("WarrantyDesk"),
                                 QApplication::translate("main", "WarrantyDesk cannot open %1 yet: case bundles (.wdcase) arrive in a later "
                                                                 "version; links look like warrantydesk://ticket/<id>.")
                                     .arg(argument));
    }
    if (!ticket.isEmpty())
        QObject::connect(&workstation, &wd::app::Workstation::signedIn, &workstation, [&] { workstation.openTicket(ticket); },
                         Qt::SingleShotConnection);
    if (options.demo) {
        QString error;
        if (!workstation.startDemo(&error)) {
            QMessageBox::critical(nullptr, QStringLiteral("WarrantyDesk"),
                                  QApplication::translate("main", "The demo server could not start: %1").arg(error));
            return 1;
        }
    } else {
        workstation.start();
    }
    return app.exec();
}
