// The translations are complete: the real lupdate scans the UI sources (ui/, app/,
// models/itemmodels/) and every string it finds must have a finished Chinese translation in the
// committed translations/warrantydesk_zh_CN.ts, with the same placeholders; nothing unfinished,
// vanished or left over. And the embedded .qm files really translate at run time.
#include "domainlabels.h"
#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace wd;
using namespace wd::ui;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;          // translation type: "", "unfinished", "vanished", "obsolete"
    QStringList forms;     // the translation, or its numerus forms
    bool numerus = false;
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString name() const { return QStringLiteral("%1: \"%2\"").arg(context, source); }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                messages << current; // numerus forms follow; the last message is completed below
            if (!current.numerus)
                messages << current;
        } else if (name == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1..%99, %n and %L1 style markers, sorted, so "%1 (%2)" and "%2 的 %1" compare equal.
QStringList markers(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?!&)\\S"));
    return pattern.match(QString(text).replace(QStringLiteral("&&"), QString())).hasMatch();
}

const QString kCommitted = QStringLiteral(WD_SOURCE_DIR "/translations/warrantydesk_zh_CN.ts");

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void everySourceStringHasAFinishedChineseTranslation();
    void committedFileHasNoUnfinishedOrVanishedEntries();
    void translationsKeepPlaceholdersAndMnemonics();
    void englishPluralsAreComplete();
    void embeddedTranslationsTranslate();
    void systemLanguageResolution_data();
    void systemLanguageResolution();
};

void tst_Translations::everySourceStringHasAFinishedChineseTranslation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scanned = dir.filePath(QStringLiteral("scan_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(WD_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_PATH), {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                                                 QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("models/itemmodels"),
                                                 QStringLiteral("-ts"), scanned});
    QVERIFY2(lupdate.waitForFinished(240000), qPrintable(lupdate.errorString()));
    const QByteArray log = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, log.constData());

    QString error;
    const QList<Message> found = readTs(scanned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(found.size() > 100, log.constData()); // the scan really saw the UI
    const QList<Message> committed = readTs(kCommitted, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, Message> byKey;
    for (const Message &m : committed)
        byKey.insert(m.key(), m);

    QStringList problems;
    for (const Message &m : found) {
        const auto it = byKey.constFind(m.key());
        if (it == byKey.constEnd())
            problems << QStringLiteral("not in warrantydesk_zh_CN.ts: ") + m.name();
        else if (!it->type.isEmpty())
            problems << QStringLiteral("%1 in warrantydesk_zh_CN.ts: %2").arg(it->type, m.name());
        else if (it->forms.isEmpty() || std::any_of(it->forms.begin(), it->forms.end(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            problems << QStringLiteral("empty translation: ") + m.name();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))
                                            + QStringLiteral("\n(see translations/README.md to refresh the file)")));
}

void tst_Translations::committedFileHasNoUnfinishedOrVanishedEntries()
{
    QString error;
    const QList<Message> committed = readTs(kCommitted, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!committed.isEmpty());
    QStringList problems;
    for (const Message &m : committed) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1: %2").arg(m.type, m.name());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
}

void tst_Translations::translationsKeepPlaceholdersAndMnemonics()
{
    QString error;
    const QList<Message> committed = readTs(kCommitted, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : committed) {
        for (const QString &form : m.forms) {
            if (markers(form) != markers(m.source))
                problems << QStringLiteral("placeholders differ (%1 vs %2): %3")
                                .arg(markers(form).join(QLatin1Char(' ')), markers(m.source).join(QLatin1Char(' ')), m.name());
            if (hasMnemonic(m.source) && !hasMnemonic(form))
                problems << QStringLiteral("mnemonic (&) lost: ") + m.name();
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
}

void tst_Translations::englishPluralsAreComplete()
{
    QString error;
    const QList<Message> english = readTs(QStringLiteral(WD_SOURCE_DIR "/translations/warrantydesk_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : english) {
        if (m.numerus && (m.forms.size() != 2 || !m.type.isEmpty() || m.forms.contains(QString())))
            problems << m.name();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
}

void tst_Translations::embeddedTranslationsTranslate()
{
    QVERIFY(QFile::exists(Translation::resourcePath(Language::Chinese)));
    QVERIFY(QFile::exists(Translation::resourcePath(Language::English)));
    QVERIFY(Translation::install(LanguageChoice::Chinese));
    QCOMPARE(Translation::current(), Language::Chinese);
    QCOMPARE(DomainLabels::label(LiableParty::Merchant), QStringLiteral("商家"));
    QCOMPARE(QCoreApplication::translate("wd::ui::VerdictDialog", "&Record verdict"), QStringLiteral("记录判定(&R)"));

    QVERIFY(Translation::install(LanguageChoice::English));
    QCOMPARE(Translation::current(), Language::English);
    QCOMPARE(DomainLabels::label(LiableParty::Merchant), QStringLiteral("Merchant"));
    QCOMPARE(QCoreApplication::translate("wd::ui::LoginDialog",
                                         "Too many failed attempts: the account is locked. Try again in %n minute(s).", nullptr, 1),
             QStringLiteral("Too many failed attempts: the account is locked. Try again in 1 minute."));
    QCOMPARE(QCoreApplication::translate("wd::ui::LoginDialog",
                                         "Too many failed attempts: the account is locked. Try again in %n minute(s).", nullptr, 3),
             QStringLiteral("Too many failed attempts: the account is locked. Try again in 3 minutes."));
}

void tst_Translations::systemLanguageResolution_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("expected");
    QTest::newRow("system zh_CN") << "zh_CN" << int(LanguageChoice::System) << int(Language::Chinese);
    QTest::newRow("system zh_TW") << "zh_TW" << int(LanguageChoice::System) << int(Language::Chinese);
    QTest::newRow("system de_DE") << "de_DE" << int(LanguageChoice::System) << int(Language::English);
    QTest::newRow("English chosen on a Chinese system") << "zh_CN" << int(LanguageChoice::English) << int(Language::English);
    QTest::newRow("Chinese chosen on a German system") << "de_DE" << int(LanguageChoice::Chinese) << int(Language::Chinese);
}

void tst_Translations::systemLanguageResolution()
{
    QFETCH(QString, locale);
    QFETCH(int, choice);
    QFETCH(int, expected);
    QCOMPARE(int(resolveLanguage(LanguageChoice(choice), QLocale(locale))), expected);
    QCOMPARE(languageChoiceFromName(languageChoiceName(LanguageChoice(choice))), LanguageChoice(choice));
    QVERIFY(!languageChoiceFromName(QStringLiteral("fr")));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
