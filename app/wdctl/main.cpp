// wdctl: the domain rules on the command line.
//   wdctl assess CASE.json [--rules RULES.json] [--now ISO-8601] [--lang zh_CN|en]
// Exit codes: 0 success, 1 usage error, 2 bad input (one line on stderr naming file and field).

#include "casecodec.h"
#include "isotime.h"
#include "ruleset.h"
#include "warrantyassessor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

using namespace wd;

namespace {

constexpr int kExitUsage = 1;
constexpr int kExitBadInput = 2;

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int badInput(const QString &source, const QString &message)
{
    printLine(stderr, QStringLiteral("wdctl: %1: %2").arg(source, message).simplified());
    return kExitBadInput;
}

// Reads a file or stdin ("-"), refusing more than `limit` bytes without reading them all.
std::optional<QByteArray> readInput(const QString &path, qsizetype limit, QString *error)
{
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = QStringLiteral("cannot open: %1").arg(file.errorString());
        return std::nullopt;
    }
    // A pipe hands its bytes over in chunks: read until end of input or just past the limit.
    QByteArray bytes;
    while (bytes.size() <= limit) {
        const QByteArray chunk = file.read(limit + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("cannot read: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > limit) {
        *error = QStringLiteral("input is over the limit of %1 bytes").arg(limit);
        return std::nullopt;
    }
    return bytes;
}

int assess(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 2) {
        printLine(stderr, QStringLiteral("usage: wdctl assess CASE.json [--rules RULES.json] [--now ISO-8601] [--lang zh_CN|en]"));
        return kExitUsage;
    }
    const QString casePath = args.at(1);

    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        const std::optional<QDateTime> parsed = parseIsoInstant(parser.value(QStringLiteral("now")));
        if (!parsed)
            return badInput(QStringLiteral("--now"), QStringLiteral("not an ISO-8601 time with a UTC offset"));
        now = *parsed;
    }

    Language language = QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
    if (parser.isSet(QStringLiteral("lang"))) {
        const std::optional<Language> chosen = languageFromName(parser.value(QStringLiteral("lang")));
        if (!chosen)
            return badInput(QStringLiteral("--lang"), QStringLiteral("unknown language (expected zh_CN or en)"));
        language = *chosen;
    }

    std::optional<wd::RuleSet> customRules;
    if (parser.isSet(QStringLiteral("rules"))) {
        const QString rulesPath = parser.value(QStringLiteral("rules"));
        QString error;
        const std::optional<QByteArray> bytes = readInput(rulesPath, wd::RuleSet::kMaxBytes, &error);
        if (!bytes)
            return badInput(rulesPath, error);
        wd::Result<wd::RuleSet> loaded = wd::RuleSet::fromJson(*bytes);
        if (!loaded)
            return badInput(rulesPath, loaded.error().toString());
        customRules = std::move(loaded).value();
    }
    const wd::RuleSet &rules = customRules ? *customRules : wd::RuleSet::builtIn();

    const wd::CaseCodec codec;
    QString error;
    const std::optional<QByteArray> bytes = readInput(casePath, wd::CodecLimits{}.maxBytes, &error);
    if (!bytes)
        return badInput(casePath, error);
    const wd::Result<wd::CaseFile> caseFile = codec.decode(*bytes);
    if (!caseFile)
        return badInput(casePath, caseFile.error().toString());
    const wd::Result<wd::Assessment> assessment = wd::WarrantyAssessor(rules).assess(caseFile.value(), now);
    if (!assessment)
        return badInput(casePath, assessment.error().toString());

    const QByteArray json = QJsonDocument(assessment.value().toJson(language)).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wdctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "WarrantyDesk command-line tool (质保工作台命令行工具).\n\n"
        "Commands:\n"
        "  assess CASE.json   print the rules engine's assessment of a case file as JSON\n"
        "                     (\"-\" reads the case from standard input)\n\n"
        "Exit status: 0 success, 1 usage error, 2 bad input (the message names file and field)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("assess"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the case file, or - for standard input"));
    parser.addOption({QStringLiteral("rules"), QStringLiteral("Use this rule set instead of the built-in one."),
                      QStringLiteral("RULES.json")});
    parser.addOption({QStringLiteral("now"), QStringLiteral("Assess as of this instant (default: the current time)."),
                      QStringLiteral("ISO-8601")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language of the trace reasons: zh_CN or en."),
                      QStringLiteral("zh_CN|en")});
    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(stderr, QStringLiteral("wdctl: %1 (try --help)").arg(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) {
        printLine(stdout, QStringLiteral("wdctl %1 (rules %2)").arg(QStringLiteral(WD_VERSION), wd::RuleSet::builtIn().version()));
        return 0;
    }

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        printLine(stderr, QStringLiteral("wdctl: no command given (try --help)"));
        return kExitUsage;
    }
    if (args.first() == QLatin1String("assess"))
        return assess(args, parser);
    printLine(stderr, QStringLiteral("wdctl: unknown command \"%1\" (try --help)").arg(args.first()));
    return kExitUsage;
}
