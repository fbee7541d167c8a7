// The conflict, login, settings, certificate and shortcut dialogs and the notes panel, driven
// offscreen by keyboard and mouse.
#include "certificatedialog.h"
#include "conflictdialog.h"
#include "domainlabels.h"
#include "logindialog.h"
#include "notesmodel.h"
#include "notespanel.h"
#include "settingsdialog.h"
#include "shortcuthelp.h"
#include "translation.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace wd;
using namespace wd::ui;

Q_DECLARE_METATYPE(wd::ui::LoginDialog::Error)

namespace {

QPushButton *buttonWithText(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

const char *kServerDetail = R"({
  "ticket": {"id": "T-1001", "step": "verdict", "status": "awaiting_approval", "version": 9},
  "version": 9, "holder": "agent2",
  "state": {"verdict": {"liable_party": "merchant", "remedies": ["refund"], "amount": 98.5}}
})";

} // namespace

class tst_UiDialogsMisc : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void conflictShowsBothSidesAndDifferences();
    void conflictButtons_data();
    void conflictButtons();
    void conflictDetailWithOddValues();

    void loginTypedErrors_data();
    void loginTypedErrors();
    void loginRefusesBadUrlAndSendsGoodOne();
    void loginRememberOnlyWithCredentialStore();
    void loginHistoryPutsCurrentFirst();

    void settingsRoundTripAndPinValidation();
    void settingsDropBadStoredValues();

    void certificateDefaultIsCancel();
    void certificateTrustPinsFingerprint();

    void shortcutsAreSearchable();
    void helpKeysOpenTheListButQuestionMarkStaysText();

    void notesPanelSubmitsWithKindAndCannedReply();
    void notesPanelReviewKindOnlyAtReview();
};

void tst_UiDialogsMisc::initTestCase()
{
    QVERIFY(Translation::install(LanguageChoice::English));
}

void tst_UiDialogsMisc::conflictShowsBothSidesAndDifferences()
{
    CaseFile c;
    c.ticket.version = 7;
    CaseState mine;
    mine.step = Step::Verdict;
    mine.status = Status::InProgress;
    mine.holder = QStringLiteral("agent1");
    const TicketSnapshot server = TicketSnapshot::fromDetail(QJsonDocument::fromJson(kServerDetail).object());
    QCOMPARE(server.step, DomainLabels::label(Step::Verdict));
    QCOMPARE(server.status, DomainLabels::label(Status::AwaitingApproval));
    QCOMPARE(server.holder, QStringLiteral("agent2"));
    QCOMPARE(server.version, 9);
    QVERIFY(server.verdict.contains(QStringLiteral("98.50")));

    ConflictDialog dialog(QStringLiteral("Add note: 已联系商家"), TicketSnapshot::fromState(c, mine), server, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.differences(),
             (QStringList{QStringLiteral("status"), QStringLiteral("holder"), QStringLiteral("verdict"), QStringLiteral("version")}));
    QTreeWidget *table = dialog.table();
    QCOMPARE(table->topLevelItemCount(), 5);
    QCOMPARE(table->topLevelItem(0)->text(1), table->topLevelItem(0)->text(2)); // same step, not marked
    QVERIFY(!table->topLevelItem(0)->text(0).startsWith(QStringLiteral("≠")));
    QCOMPARE(table->topLevelItem(2)->text(1), QStringLiteral("agent1"));
    QCOMPARE(table->topLevelItem(2)->text(2), QStringLiteral("agent2"));
    QVERIFY(table->topLevelItem(2)->text(0).startsWith(QStringLiteral("≠")));
    QCOMPARE(table->topLevelItem(4)->text(1), QStringLiteral("7"));
    QCOMPARE(table->topLevelItem(4)->text(2), QStringLiteral("9"));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QStringLiteral("已联系商家")); }));
}

void tst_UiDialogsMisc::conflictButtons_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("choice");
    QTest::newRow("reload") << "&Reload" << int(ConflictDialog::Choice::Reload);
    QTest::newRow("discard") << "&Discard my change" << int(ConflictDialog::Choice::Discard);
    QTest::newRow("keep editing") << "&Keep editing" << int(ConflictDialog::Choice::KeepEditing);
}

void tst_UiDialogsMisc::conflictButtons()
{
    QFETCH(QString, button);
    QFETCH(int, choice);
    ConflictDialog dialog(QStringLiteral("x"), {}, {}, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *b = buttonWithText(&dialog, button);
    QVERIFY(b);
    QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(int(dialog.choice()), choice);
    QVERIFY(!dialog.isVisible());

    ConflictDialog noKeep(QStringLiteral("x"), {}, {}, false);
    QVERIFY(!buttonWithText(&noKeep, QStringLiteral("&Keep editing")));
    QVERIFY(noKeep.differences().isEmpty());
}

void tst_UiDialogsMisc::conflictDetailWithOddValues()
{
    // Unknown names are shown as they are, wrong types leave the field empty; nothing crashes.
    const QJsonObject odd = QJsonDocument::fromJson(
        R"({"ticket":{"step":"somewhere","status":7},"holder":["x"],"version":"9","state":{"verdict":"yes"}})").object();
    const TicketSnapshot s = TicketSnapshot::fromDetail(odd);
    QCOMPARE(s.step, QStringLiteral("somewhere"));
    QCOMPARE(s.status, QString());
    QCOMPARE(s.holder, QString());
    QCOMPARE(s.version, 0);
    QCOMPARE(s.verdict, QString());
    QCOMPARE(TicketSnapshot::fromDetail({}).version, 0);
}

void tst_UiDialogsMisc::loginTypedErrors_data()
{
    QTest::addColumn<LoginDialog::Error>("error");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad credentials") << LoginDialog::Error::BadCredentials << 0 << "Wrong user name or password.";
    QTest::newRow("locked") << LoginDialog::Error::Locked << 840 << "Try again in 14 minutes.";
    QTest::newRow("locked, under a minute") << LoginDialog::Error::Locked << 5 << "Try again in 1 minute.";
    QTest::newRow("disabled") << LoginDialog::Error::Disabled << 0 << "disabled";
    QTest::newRow("unreachable") << LoginDialog::Error::Unreachable << 0 << "cannot be reached";
    QTest::newRow("tls") << LoginDialog::Error::Tls << 0 << "certificate";
    QTest::newRow("session expired") << LoginDialog::Error::SessionExpired << 0 << "unsent changes are kept";
}

void tst_UiDialogsMisc::loginTypedErrors()
{
    QFETCH(LoginDialog::Error, error);
    QFETCH(int, retryAfter);
    QFETCH(QString, expected);
    LoginDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.errorLabel()->isVisible());
    dialog.setBusy(true);
    dialog.showError(error, retryAfter);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(expected), qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.passwordEdit()->isEnabled()); // no longer busy: the agent can try again
    const QColor errorColour = dialog.errorLabel()->palette().color(QPalette::WindowText);
    dialog.showNotice(QStringLiteral("The certificate is now trusted. Sign in again."));
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(dialog.errorLabel()->palette().color(QPalette::WindowText) != errorColour); // not shown as an error
}

void tst_UiDialogsMisc::loginRefusesBadUrlAndSendsGoodOne()
{
    LoginDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy requested(&dialog, &LoginDialog::signInRequested);
    dialog.urlBox()->setEditText(QStringLiteral("ftp://files.example"));
    QTest::keyClicks(dialog.userEdit(), QStringLiteral("agent1"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("demo-agent1"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QCOMPARE(dialog.errorLabel()->text(), LoginDialog::errorText(LoginDialog::Error::InvalidUrl));

    dialog.urlBox()->setEditText(QStringLiteral("https://warranty.example:8470"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toUrl(), QUrl(QStringLiteral("https://warranty.example:8470")));
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("agent1"));
    QCOMPARE(requested.first().at(2).toString(), QStringLiteral("demo-agent1"));
    QVERIFY(!dialog.passwordEdit()->isEnabled()); // busy until the caller answers
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1); // no second request while busy
}

void tst_UiDialogsMisc::loginRememberOnlyWithCredentialStore()
{
    LoginDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.rememberBox()->isVisible());
    dialog.rememberBox()->setChecked(true);
    QVERIFY(!dialog.remember()); // hidden: never remembered
    dialog.setCredentialStoreAvailable(true);
    QVERIFY(dialog.rememberBox()->isVisible());
    dialog.rememberBox()->setChecked(true);
    QVERIFY(dialog.remember());
}

void tst_UiDialogsMisc::loginHistoryPutsCurrentFirst()
{
    LoginDialog dialog;
    dialog.setHistory({QStringLiteral("https://a.example"), QStringLiteral("https://b.example")});
    QCOMPARE(dialog.serverUrl(), QUrl(QStringLiteral("https://a.example")));
    dialog.urlBox()->setCurrentIndex(1);
    QCOMPARE(dialog.history(), (QStringList{QStringLiteral("https://b.example"), QStringLiteral("https://a.example")}));
}

void tst_UiDialogsMisc::settingsRoundTripAndPinValidation()
{
    WorkstationSettings initial;
    initial.language = LanguageChoice::Chinese;
    initial.highlightWindowMinutes = 15;
    SettingsDialog dialog(initial);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("中文"));
    QVERIFY(!dialog.languageChanged());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    QVERIFY(dialog.languageChanged());

    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog.pinEdit(), QStringLiteral("AB:CD"));
    QVERIFY(!ok->isEnabled());
    const QString hex = QStringLiteral("0123456789abcdef").repeated(4);
    QString colons;
    for (int i = 0; i < hex.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2).toUpper();
    dialog.pinEdit()->setText(colons);
    QVERIFY(ok->isEnabled());
    dialog.highlightBox()->setValue(30);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const WorkstationSettings chosen = dialog.settings();
    QCOMPARE(chosen.language, LanguageChoice::English);
    QCOMPARE(chosen.pinnedSha256, hex);
    QCOMPARE(chosen.highlightWindowMinutes, 30);

    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    chosen.save(store);
    const WorkstationSettings loaded = WorkstationSettings::load(store);
    QCOMPARE(loaded.language, chosen.language);
    QCOMPARE(loaded.pinnedSha256, chosen.pinnedSha256);
    QCOMPARE(loaded.highlightWindowMinutes, chosen.highlightWindowMinutes);
}

void tst_UiDialogsMisc::settingsDropBadStoredValues()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    store.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    store.setValue(QStringLiteral("server/pinned_sha256"), QStringLiteral("not-a-hash"));
    store.setValue(QStringLiteral("evidence/highlight_window_minutes"), 100000);
    const WorkstationSettings loaded = WorkstationSettings::load(store);
    QCOMPARE(loaded.language, LanguageChoice::System);
    QCOMPARE(loaded.pinnedSha256, QString());
    QCOMPARE(loaded.highlightWindowMinutes, WorkstationSettings{}.highlightWindowMinutes);
}

void tst_UiDialogsMisc::certificateDefaultIsCancel()
{
    const QString sha = QStringLiteral("ab").repeated(32);
    CertificateDialog dialog(QStringLiteral("warranty.example"), sha,
                             {QStringLiteral("The certificate is self-signed, and untrusted")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.trustButton()->isDefault());
    QCOMPARE(CertificateDialog::formatFingerprint(sha).left(9), QStringLiteral("AB:AB:AB:"));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QStringLiteral("self-signed")); }));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void tst_UiDialogsMisc::certificateTrustPinsFingerprint()
{
    CertificateDialog dialog(QStringLiteral("h"), QStringLiteral("AB:").repeated(31) + QStringLiteral("AB"), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.trustButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.fingerprint(), QStringLiteral("ab").repeated(32));

    CertificateDialog broken(QStringLiteral("h"), QStringLiteral("xyz"), {});
    QVERIFY(!broken.trustButton()->isEnabled()); // nothing to pin
}

void tst_UiDialogsMisc::shortcutsAreSearchable()
{
    QAction pull(QStringLiteral("&Pull next ticket"));
    pull.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction verdict(QStringLiteral("Record &verdict…"));
    verdict.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction silent(QStringLiteral("No shortcut"));
    const auto entries = ShortcutHelpDialog::entriesFor({&pull, &verdict, &silent});
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).first, QStringLiteral("Pull next ticket"));
    QCOMPARE(entries.at(1).first, QStringLiteral("Record verdict"));
    QVERIFY(ShortcutHelpDialog::helpKeys().contains(QKeySequence(Qt::Key_F1)));

    ShortcutHelpDialog dialog(entries);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.visibleCount(), 2);
    QTest::keyClicks(dialog.searchBox(), QStringLiteral("verdict"));
    QCOMPARE(dialog.visibleCount(), 1);
    dialog.setFilter(QStringLiteral("Ctrl+N"));
    QCOMPARE(dialog.visibleCount(), 1);
    QVERIFY(!dialog.list()->topLevelItem(0)->isHidden());
    dialog.setFilter(QString());
    QCOMPARE(dialog.visibleCount(), 2);
}

void tst_UiDialogsMisc::helpKeysOpenTheListButQuestionMarkStaysText()
{
    QWidget window;
    auto *field = new QLineEdit(&window);
    auto *button = new QPushButton(QStringLiteral("x"), &window);
    button->move(0, 40);
    auto *pull = new QAction(QStringLiteral("&Pull next ticket"), &window);
    pull->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    window.addAction(pull);
    const auto open = ShortcutHelpDialog::install(&window, [&window] { return window.actions(); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("?"));
    QCOMPARE(field->text(), QStringLiteral("?"));
    QVERIFY(!window.findChild<ShortcutHelpDialog *>());

    button->setFocus();
    QTest::keyClick(button, Qt::Key_F1);
    auto *dialog = window.findChild<ShortcutHelpDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->visibleCount(), 1);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(0), QStringLiteral("Pull next ticket"));
    QCOMPARE(open(), dialog); // the menu entry reuses the open list
    QCOMPARE(window.findChildren<ShortcutHelpDialog *>().size(), 1);
}

void tst_UiDialogsMisc::notesPanelSubmitsWithKindAndCannedReply()
{
    NotesModel model;
    model.setNotes({Note{QStringLiteral("N-1"), NoteKind::Internal, QStringLiteral("agent1"), QStringLiteral("a"), {}}});
    NotesPanel panel;
    panel.setModel(&model);
    panel.setCannedReplies({ReplyTemplate{QStringLiteral("canned.x"), TemplatePurpose::CannedReply, QStringLiteral("X"),
                                          QStringLiteral("订单 {order_no} 已受理。"), {}}},
                           {{QStringLiteral("order_no"), QStringLiteral("KM1")}});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.view()->model()->rowCount(), 1);
    QSignalSpy submitted(&panel, &NotesPanel::noteSubmitted);
    QVERIFY(!panel.addButton()->isEnabled());

    panel.kindBox()->setCurrentIndex(panel.kindBox()->findData(int(NoteKind::Customer)));
    panel.cannedBox()->setCurrentIndex(1);
    emit panel.cannedBox()->activated(1);
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("订单 KM1 已受理。"));
    QCOMPARE(panel.cannedBox()->currentIndex(), 0);
    panel.editor()->setFocus();
    QTest::keyClick(panel.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().at(0).value<NoteKind>(), NoteKind::Customer);
    QCOMPARE(submitted.first().at(1).toString(), QStringLiteral("订单 KM1 已受理。"));
    QVERIFY(panel.editor()->toPlainText().isEmpty());
    QTest::keyClick(panel.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1); // nothing to add
}

void tst_UiDialogsMisc::notesPanelReviewKindOnlyAtReview()
{
    NotesPanel panel;
    auto *items = qobject_cast<QStandardItemModel *>(panel.kindBox()->model());
    QVERIFY(items);
    const int review = panel.kindBox()->findData(int(NoteKind::Review));
    panel.kindBox()->setCurrentIndex(review);
    panel.setStep(Step::Evidence);
    QVERIFY(!items->item(review)->isEnabled());
    QCOMPARE(panel.kindBox()->currentData().toInt(), int(NoteKind::Internal));
    panel.setStep(Step::Review);
    QVERIFY(items->item(review)->isEnabled());
}

QTEST_MAIN(tst_UiDialogsMisc)
#include "tst_ui_dialogs_misc.moc"
