// Reply templates: placeholders filled, broken files refused with the file and field named, the
// built-in files complete in both languages, and the message editor that starts from them.
#include "replytemplates.h"
#include "ruleset.h"
#include "templatemessageeditor.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace wd;
using namespace wd::ui;

class tst_UiDialogsTemplates : public QObject
{
    Q_OBJECT
private slots:
    void templatesFillPlaceholders();
    void brokenTemplateFileIsReported_data();
    void brokenTemplateFileIsReported();
    void builtInTemplatesAreCompleteInBothLanguages();
};

void tst_UiDialogsTemplates::templatesFillPlaceholders()
{
    QStringList unfilled;
    const QString text = ReplyTemplates::fill(QStringLiteral("订单 {order_no} 请在 {deadline} 前补充:{missing_items} {order_no}"),
                                              {{QStringLiteral("order_no"), QStringLiteral("KM1")},
                                               {QStringLiteral("missing_items"), QString()}},
                                              &unfilled);
    QCOMPARE(text, QStringLiteral("订单 KM1 请在 {deadline} 前补充:{missing_items} KM1"));
    QCOMPARE(unfilled, (QStringList{QStringLiteral("deadline"), QStringLiteral("missing_items")}));
    // Braces that are not a placeholder name are text.
    QCOMPARE(ReplyTemplates::fill(QStringLiteral("{ x } {}"), {}), QStringLiteral("{ x } {}"));

    TemplateMessageEditor editor;
    editor.setTemplates(ReplyTemplates::builtIn(Language::Chinese).forPurpose(TemplatePurpose::CannedReply));
    editor.selectTemplate(QStringLiteral("canned.received"));
    QCOMPARE(editor.unfilledPlaceholders(), QStringList{QStringLiteral("ticket_id")});
    editor.setValues({{QStringLiteral("ticket_id"), QStringLiteral("T-1001")}});
    QVERIFY(editor.text().contains(QStringLiteral("T-1001")));
    QVERIFY(editor.unfilledPlaceholders().isEmpty());
    // Once the agent edited the text, new values no longer overwrite it.
    editor.textEdit()->appendPlainText(QStringLiteral("祝您生活愉快"));
    editor.setValues({{QStringLiteral("ticket_id"), QStringLiteral("T-2002")}});
    QVERIFY(editor.text().contains(QStringLiteral("T-1001")));
    QVERIFY(editor.text().contains(QStringLiteral("祝您生活愉快")));
}

void tst_UiDialogsTemplates::brokenTemplateFileIsReported_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray head = R"({"format":1,"language":"zh_CN","templates":[)";
    QTest::newRow("not JSON") << QByteArray("{\"format\":1,") << "broken.json";
    QTest::newRow("unknown format") << QByteArray(R"({"format":2,"language":"en","templates":[]})") << "broken.json: format";
    QTest::newRow("unknown language") << QByteArray(R"({"format":1,"language":"fr","templates":[]})") << "broken.json: language";
    QTest::newRow("no templates") << QByteArray(R"({"format":1,"language":"en"})") << "broken.json: templates";
    QTest::newRow("unknown placeholder")
        << head + R"({"id":"a","purpose":"notification","title":"t","text":"order {ordr_no}"}]})"
        << "broken.json: templates[0].text: unknown placeholder {ordr_no}";
    QTest::newRow("duplicate id")
        << head + R"({"id":"a","purpose":"canned_reply","title":"t","text":"x"},{"id":"a","purpose":"canned_reply","title":"t","text":"y"}]})"
        << "broken.json: templates[1].id: duplicate id";
    QTest::newRow("unknown purpose")
        << head + R"({"id":"a","purpose":"spam","title":"t","text":"x"}]})" << "broken.json: templates[0].purpose";
    QTest::newRow("empty text")
        << head + R"({"id":"a","purpose":"canned_reply","title":"t","text":"  "}]})" << "broken.json: templates[0].text: empty";
    QTest::newRow("unknown remedy")
        << head + R"({"id":"a","purpose":"notification","title":"t","text":"x","remedies":["refnd"]}]})"
        << "broken.json: templates[0].remedies[0]";
    QTest::newRow("too large") << QByteArray(ReplyTemplates::kMaxBytes + 1, ' ') << "broken.json";
}

void tst_UiDialogsTemplates::brokenTemplateFileIsReported()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const Result<ReplyTemplates> loaded = ReplyTemplates::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().toString().startsWith(expected), qPrintable(loaded.error().toString()));
    QVERIFY(!ReplyTemplates::load(dir.filePath(QStringLiteral("absent.json"))).ok());
}

void tst_UiDialogsTemplates::builtInTemplatesAreCompleteInBothLanguages()
{
    const ReplyTemplates &zh = ReplyTemplates::builtIn(Language::Chinese);
    const ReplyTemplates &en = ReplyTemplates::builtIn(Language::English);
    QCOMPARE(zh.language(), QStringLiteral("zh_CN"));
    QCOMPARE(en.language(), QStringLiteral("en"));
    QVERIFY(!zh.all().isEmpty());
    QCOMPARE(zh.all().size(), en.all().size());
    for (const ReplyTemplate &t : zh.all()) {
        const auto other = en.find(t.id);
        QVERIFY2(other, qPrintable(t.id));
        QCOMPARE(other->remedies, t.remedies);
    }
    for (TemplatePurpose p : {TemplatePurpose::EvidenceRequest, TemplatePurpose::Notification, TemplatePurpose::CannedReply})
        QVERIFY(!zh.forPurpose(p).isEmpty());
    // Every remedy the default rule set can propose has a notification announcing it.
    for (const auto &entry : enumValues<Category>()) {
        const QList<Remedy> remedies = RuleSet::builtIn().category(entry.value).remedies;
        for (Remedy r : remedies) {
            const auto t = zh.notificationFor({r});
            QVERIFY2(t && t->remedies.contains(r), qPrintable(enumName(r)));
        }
    }
}

QTEST_MAIN(tst_UiDialogsTemplates)
#include "tst_ui_dialogs_templates.moc"
