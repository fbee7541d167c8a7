// wdctl end to end: the real binary on the sample files under tests/data.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

Run wdctl(const QStringList &args, const QByteArray &stdinBytes = {})
{
    QProcess p;
    p.start(QStringLiteral(WDCTL_PATH), args);
    if (!p.waitForStarted())
        qFatal("cannot start wdctl");
    if (!stdinBytes.isEmpty())
        p.write(stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("wdctl did not finish");
    return {p.exitCode(), p.exitStatus(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString data(const QString &relative)
{
    return QStringLiteral(WD_TEST_DATA_DIR "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

const QString kNow = QStringLiteral("2026-11-20T12:00:00+08:00");

} // namespace

class tst_Wdctl : public QObject
{
    Q_OBJECT
private slots:
    void version();
    void help();
    void assessSampleCases_data();
    void assessSampleCases();
    void chineseReasons();
    void readsStdin();
    void badInputs_data();
    void badInputs();
    void badOptions_data();
    void badOptions();
    void customRules();
    void oversizedStdin();
    void randomBytesNeverCrash();
};

void tst_Wdctl::version()
{
    const Run r = wdctl({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("wdctl " WD_VERSION));
}

void tst_Wdctl::help()
{
    const Run r = wdctl({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("assess"));
    QVERIFY(r.out.contains("--rules"));
}

void tst_Wdctl::assessSampleCases_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(data(QStringLiteral("cases")));
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (!f.endsWith(QLatin1String(".expected.json")))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
}

void tst_Wdctl::assessSampleCases()
{
    QFETCH(QString, file);
    const Run r = wdctl({QStringLiteral("assess"), file, QStringLiteral("--now"), kNow, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    const QJsonObject expected =
        QJsonDocument::fromJson(readFile(QString(file).replace(QLatin1String(".json"), QLatin1String(".expected.json")))).object();
    for (const QString &key : {QStringLiteral("in_warranty"), QStringLiteral("warranty_ends_at"), QStringLiteral("covered"),
                               QStringLiteral("liable_party"), QStringLiteral("remedies"), QStringLiteral("missing_evidence"),
                               QStringLiteral("flags")})
        QCOMPARE(out.value(key), expected.value(key));
    QJsonArray rules;
    for (const QJsonValue &line : out.value(QStringLiteral("trace")).toArray()) {
        rules.append(line.toObject().value(QStringLiteral("rule")));
        QVERIFY(!line.toObject().value(QStringLiteral("reason")).toString().isEmpty());
    }
    QCOMPARE(rules, expected.value(QStringLiteral("rules")).toArray());
    QCOMPARE(out.value(QStringLiteral("assessed_at")).toString(), kNow);
    QVERIFY(!out.value(QStringLiteral("rules_version")).toString().isEmpty());
}

void tst_Wdctl::chineseReasons()
{
    const Run r = wdctl({QStringLiteral("assess"), data(QStringLiteral("cases/invalid_key_basic.json")), QStringLiteral("--now"), kNow,
                         QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray trace = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("trace")).toArray();
    QVERIFY(!trace.isEmpty());
    QVERIFY(trace.first().toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("质保")));
}

void tst_Wdctl::readsStdin()
{
    const QByteArray caseJson = readFile(data(QStringLiteral("cases/carrier_topup_delay.json")));
    const Run viaStdin = wdctl({QStringLiteral("assess"), QStringLiteral("-"), QStringLiteral("--now"), kNow}, caseJson);
    const Run viaFile = wdctl({QStringLiteral("assess"), data(QStringLiteral("cases/carrier_topup_delay.json")), QStringLiteral("--now"), kNow});
    QCOMPARE(viaStdin.exitCode, 0);
    QCOMPARE(viaStdin.out, viaFile.out);
}

void tst_Wdctl::badInputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const QDir dir(data(QStringLiteral("bad")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 9);
    for (const QString &f : files) {
        const QString errorFile = dir.filePath(QString(f).replace(QLatin1String(".json"), QLatin1String(".error.txt")));
        QTest::newRow(qPrintable(f)) << dir.filePath(f) << QString::fromUtf8(readFile(errorFile)).trimmed();
    }
    QTest::newRow("missing file") << data(QStringLiteral("bad/does_not_exist.json")) << QStringLiteral("cannot open");
    QTest::newRow("a directory") << data(QStringLiteral("bad")) << QStringLiteral("bad");
}

void tst_Wdctl::badInputs()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Run r = wdctl({QStringLiteral("assess"), file, QStringLiteral("--now"), kNow});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY2(err.contains(file), qPrintable(err));
    QVERIFY2(err.contains(expected), qPrintable(err));
}

void tst_Wdctl::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString ok = data(QStringLiteral("cases/invalid_key_basic.json"));
    QTest::newRow("now without offset") << QStringList{QStringLiteral("assess"), ok, QStringLiteral("--now"), QStringLiteral("2026-11-20T12:00:00")} << 2 << QStringLiteral("--now");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("assess"), ok, QStringLiteral("--lang"), QStringLiteral("fr")} << 2 << QStringLiteral("--lang");
    QTest::newRow("no command") << QStringList{} << 1 << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("judge"), ok} << 1 << QStringLiteral("unknown command");
    QTest::newRow("assess without file") << QStringList{QStringLiteral("assess")} << 1 << QStringLiteral("usage");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("assess"), ok, QStringLiteral("--fast")} << 1 << QStringLiteral("fast");
    QTest::newRow("rules file invalid") << QStringList{QStringLiteral("assess"), ok, QStringLiteral("--rules"), data(QStringLiteral("bad/not_json.json"))} << 2 << QStringLiteral("not_json.json");
    QTest::newRow("rules file is a case") << QStringList{QStringLiteral("assess"), ok, QStringLiteral("--rules"), ok} << 2 << QStringLiteral("format");
}

void tst_Wdctl::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run r = wdctl(args);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
}

void tst_Wdctl::customRules()
{
    // A platform whose carrier delays are the merchant's problem, with its own rules version.
    QJsonObject rules = QJsonDocument::fromJson(readFile(QStringLiteral(WD_SOURCE_DIR "/resources/rules/default.json"))).object();
    rules.insert(QStringLiteral("version"), QStringLiteral("test-7"));
    QJsonObject categories = rules.value(QStringLiteral("categories")).toObject();
    QJsonObject carrier = categories.value(QStringLiteral("third_party.carrier_delay")).toObject();
    carrier.insert(QStringLiteral("liable"), QStringLiteral("merchant"));
    carrier.insert(QStringLiteral("remedies"), QJsonArray{QStringLiteral("refund")});
    categories.insert(QStringLiteral("third_party.carrier_delay"), carrier);
    rules.insert(QStringLiteral("categories"), categories);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("rules.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(rules).toJson());
    file.close();

    const Run r = wdctl({QStringLiteral("assess"), data(QStringLiteral("cases/carrier_topup_delay.json")), QStringLiteral("--rules"),
                         file.fileName(), QStringLiteral("--now"), kNow});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("rules_version")).toString(), QStringLiteral("test-7"));
    QCOMPARE(out.value(QStringLiteral("liable_party")).toString(), QStringLiteral("merchant"));
    QCOMPARE(out.value(QStringLiteral("remedies")).toArray(), QJsonArray{QStringLiteral("refund")});
}

void tst_Wdctl::oversizedStdin()
{
    QByteArray huge(5 * 1024 * 1024, ' ');
    huge.prepend("{\"ticket\": ");
    const Run r = wdctl({QStringLiteral("assess"), QStringLiteral("-")}, huge);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("over the limit"), r.err.constData());
}

void tst_Wdctl::randomBytesNeverCrash()
{
    QRandomGenerator rng(20261125);
    const QByteArray valid = readFile(data(QStringLiteral("cases/invalid_key_basic.json")));
    for (int i = 0; i < 20; ++i) {
        QByteArray mutated = valid;
        for (int j = 0; j < 8; ++j)
            mutated[int(rng.bounded(mutated.size()))] = char(rng.bounded(256));
        const Run r = wdctl({QStringLiteral("assess"), QStringLiteral("-"), QStringLiteral("--now"), kNow}, mutated);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 2, r.err.constData());
        if (r.exitCode == 2)
            QCOMPARE(r.err.count('\n'), 1);
    }
}

QTEST_GUILESS_MAIN(tst_Wdctl)
#include "tst_wdctl.moc"
