// The verdict and execution dialogs and the assessment panel, driven as an
// agent would (offscreen), on sample cases assessed by the real WarrantyAssessor.
#include "assessmentpanel.h"
#include "casecodec.h"
#include "caseworkflow.h"
#include "domainlabels.h"
#include "evidencerequestdialog.h"
#include "executiondialog.h"
#include "replytemplates.h"
#include "templatemessageeditor.h"
#include "translation.h"
#include "verdictdialog.h"
#include "waiverdialog.h"
#include "warrantyassessor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace wd;
using namespace wd::ui;

Q_DECLARE_METATYPE(QList<wd::Remedy>)

namespace {

struct Sample
{
    CaseFile caseFile;
    Assessment assessment;
};

Sample sample(const QString &name)
{
    QFile file(QStringLiteral(WD_TEST_DATA_DIR "/cases/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const Result<CaseFile> decoded = CaseCodec().decode(file.readAll());
    if (!decoded)
        qFatal("%s: %s", qPrintable(name), qPrintable(decoded.error().toString()));
    const QDateTime now = decoded.value().ticket.submittedAt.addSecs(3600);
    const Result<Assessment> assessed = WarrantyAssessor(RuleSet::builtIn()).assess(decoded.value(), now);
    if (!assessed)
        qFatal("%s: %s", qPrintable(name), qPrintable(assessed.error().toString()));
    return {decoded.value(), assessed.value()};
}

QPushButton *acceptButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

void checkItem(QListWidget *list, const QVariant &data, bool on)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole) == data)
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

void citeAll(VerdictDialog &dialog)
{
    for (int i = 0; i < dialog.evidenceList()->count(); ++i) {
        QListWidgetItem *item = dialog.evidenceList()->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(Qt::Checked);
    }
}

QList<Remedy> offeredInList(const VerdictDialog &dialog)
{
    QList<Remedy> remedies;
    for (int i = 0; i < dialog.remedyList()->count(); ++i)
        remedies << Remedy(dialog.remedyList()->item(i)->data(Qt::UserRole).toInt());
    return remedies;
}

} // namespace

class tst_UiDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void verdictRefusesDepartureWithoutReasoning();
    void verdictDeparturesAreTheDomains();
    void fourEyesNoteFollowsThreshold_data();
    void fourEyesNoteFollowsThreshold();
    void amountAbovePaidIsWarned();
    void remediesFollowCategory_data();
    void remediesFollowCategory();
    void customerLiabilityOffersOnlyRejection();
    void verdictDialogWorksFromTheKeyboard();

    void executionWantsOneValidRecordPerRemedy();
    void executionReferenceRules_data();
    void executionReferenceRules();
    void executionOfRejectionOnlyNotifies();
    void executionKeepsRecordsAlreadyMade();

    void assessmentPanelShowsTraceInUiLanguage();
    void assessmentPanelChecklistStates();
    void assessmentPanelShowsGuardRefusal();
    void assessmentPanelWaivesMissingItemWithReason();
    void requestEvidenceSendsFilledMessage();
    void requestEvidenceWithNothingMissingAsksForChosenKinds();
};

void tst_UiDialogs::initTestCase()
{
    QVERIFY(Translation::install(LanguageChoice::English));
}

void tst_UiDialogs::verdictRefusesDepartureWithoutReasoning()
{
    const Sample s = sample(QStringLiteral("invalid_key_basic"));
    VerdictDialog dialog(s.caseFile, s.assessment, RuleSet::builtIn());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkItem(dialog.remedyList(), int(Remedy::Refund), true);
    citeAll(dialog);
    QVERIFY(dialog.problems().isEmpty()); // follows the proposal: reasoning optional

    // Platform instead of the proposed merchant: a departure, so reasoning is required.
    dialog.liablePartyBox()->setCurrentIndex(dialog.liablePartyBox()->findData(int(LiableParty::Platform)));
    checkItem(dialog.remedyList(), int(Remedy::Refund), true);
    QCOMPARE(dialog.departures(), QStringList{QStringLiteral("liable_party")});
    QVERIFY(!acceptButton(&dialog)->isEnabled());
    dialog.accept(); // Enter or a script: still refused
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.problemsLabel()->isVisibleTo(&dialog));
    QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("reasoning")));

    QTest::keyClicks(dialog.reasoningEdit(), QStringLiteral("Outage window confirmed by ops"));
    QVERIFY(acceptButton(&dialog)->isEnabled());
    QTest::mouseClick(acceptButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Verdict v = dialog.verdict();
    QCOMPARE(v.liableParty, LiableParty::Platform);
    QCOMPARE(v.reasoning, QStringLiteral("Outage window confirmed by ops"));
    QCOMPARE(v.rulesVersion, RuleSet::builtIn().version());
    QCOMPARE(v.citedEvidence, QStringList{QStringLiteral("E-1")});
}

void tst_UiDialogs::verdictDeparturesAreTheDomains()
{
    // What the dialog announces is what recordVerdict will store.
    const Sample s = sample(QStringLiteral("invalid_key_basic"));
    VerdictDialog dialog(s.caseFile, s.assessment, RuleSet::builtIn());
    dialog.liablePartyBox()->setCurrentIndex(dialog.liablePartyBox()->findData(int(LiableParty::Platform)));
    checkItem(dialog.remedyList(), int(Remedy::Compensation), true);
    dialog.amountEdit()->setText(QStringLiteral("120.00"));
    citeAll(dialog);
    dialog.reasoningEdit()->setPlainText(QStringLiteral("why"));

    CaseState state;
    state.step = Step::Verdict;
    state.holder = QStringLiteral("agent1");
    const Decision d = CaseWorkflow(RuleSet::builtIn())
                           .recordVerdict(state, dialog.verdict(), s.caseFile, s.assessment,
                                          Actor{QStringLiteral("agent1"), Role::Agent}, s.caseFile.ticket.submittedAt);
    QVERIFY2(d.allowed, qPrintable(d.reasonEn));
    QCOMPARE(dialog.departures(), state.verdict->departures);
    QCOMPARE(dialog.departures(), (QStringList{QStringLiteral("liable_party"), QStringLiteral("remedies"), QStringLiteral("amount")}));
}

void tst_UiDialogs::fourEyesNoteFollowsThreshold_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("shown");
    QTest::newRow("the amount paid") << "196.00" << false;
    QTest::newRow("exactly the threshold") << "500.00" << false;
    QTest::newRow("one cent above") << "500.01" << true;
    QTest::newRow("far above") << "2000" << true;
}

void tst_UiDialogs::fourEyesNoteFollowsThreshold()
{
    QFETCH(QString, amount);
    QFETCH(bool, shown);
    const Sample s = sample(QStringLiteral("merchant_refused_deposit_insufficient"));
    VerdictDialog dialog(s.caseFile, s.assessment, RuleSet::builtIn());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(dialog.amountEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog.amountEdit(), amount);
    QCOMPARE(dialog.fourEyesNote()->isVisible(), shown);
    QCOMPARE(dialog.needsApproval(), shown);
    QCOMPARE(dialog.needsApproval(), CaseWorkflow(RuleSet::builtIn()).needsApproval(dialog.verdict()));
    if (shown)
        QVERIFY(dialog.fourEyesNote()->text().contains(QStringLiteral("500.00")));
}

void tst_UiDialogs::amountAbovePaidIsWarned()
{
    const Sample s = sample(QStringLiteral("invalid_key_basic"));
    VerdictDialog dialog(s.caseFile, s.assessment, RuleSet::builtIn());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.amountWarning()->isVisible()); // the amount paid is the default
    dialog.amountEdit()->setText(QStringLiteral("98.51"));
    QVERIFY(dialog.amountWarning()->isVisible());
    QVERIFY(dialog.amountWarning()->text().contains(QStringLiteral("98.50")));
    QVERIFY(dialog.departures().contains(QStringLiteral("amount")));
    dialog.amountEdit()->setText(QStringLiteral("98.505"));
    QVERIFY(dialog.amountWarning()->isVisible());
    QVERIFY(!dialog.problems().isEmpty()); // three decimals: not an amount
    dialog.amountEdit()->setText(QStringLiteral("98.5"));
    QVERIFY(!dialog.amountWarning()->isVisible());
    QCOMPARE(dialog.verdict().amount, Money::fromCents(9850));
}

void tst_UiDialogs::remediesFollowCategory_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QList<Remedy>>("offered");
    QTest::newRow("invalid key: merchant reissues or refunds")
        << "invalid_key_basic" << QList<Remedy>{Remedy::ReissueKey, Remedy::Refund};
    QTest::newRow("membership interrupted: partial refund too")
        << "membership_interrupted_30d" << QList<Remedy>{Remedy::ReissueKey, Remedy::Refund, Remedy::PartialRefund};
    QTest::newRow("merchant refused: deposit payout")
        << "merchant_refused_deposit_insufficient" << QList<Remedy>{Remedy::ReissueKey, Remedy::Refund, Remedy::DepositPayout};
    QTest::newRow("duplicate charge: platform refunds and compensates")
        << "duplicate_charge_payment_fault" << QList<Remedy>{Remedy::Refund, Remedy::Compensation};
    QTest::newRow("carrier delay: coordination")
        << "carrier_topup_delay" << QList<Remedy>{Remedy::CoordinateThirdParty};
    QTest::newRow("account data loss: restore and compensate")
        << "account_data_loss" << QList<Remedy>{Remedy::RestoreAccount, Remedy::Compensation};
}

void tst_UiDialogs::remediesFollowCategory()
{
    QFETCH(QString, caseName);
    QFETCH(QList<Remedy>, offered);
    const Sample s = sample(caseName);
    VerdictDialog dialog(s.caseFile, s.assessment, RuleSet::builtIn());
    QCOMPARE(offeredInList(dialog), offered);
    QVERIFY(!offeredInList(dialog).contains(Remedy::Reject));
}

void tst_UiDialogs::customerLiabilityOffersOnlyRejection()
{
    const Sample s = sample(QStringLiteral("invalid_key_basic"));
    VerdictDialog dialog(s.caseFile, s.assessment, RuleSet::builtIn());
    dialog.liablePartyBox()->setCurrentIndex(dialog.liablePartyBox()->findData(int(LiableParty::Customer)));
    QCOMPARE(offeredInList(dialog), QList<Remedy>{Remedy::Reject});
    QCOMPARE(dialog.verdict().remedies, QList<Remedy>{Remedy::Reject}); // nothing else to choose

    // A case the rules reject starts on the rejection.
    const Sample rejected = sample(QStringLiteral("exclusion_off_platform_private_transfer"));
    VerdictDialog second(rejected.caseFile, rejected.assessment, RuleSet::builtIn());
    QCOMPARE(second.verdict().liableParty, LiableParty::Customer);
    QCOMPARE(second.verdict().remedies, QList<Remedy>{Remedy::Reject});
    QCOMPARE(second.verdict().amount, Money());
}

void tst_UiDialogs::verdictDialogWorksFromTheKeyboard()
{
    const Sample s = sample(QStringLiteral("invalid_key_basic"));
    VerdictDialog dialog(s.caseFile, s.assessment, RuleSet::builtIn());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog.liablePartyBox());
    // Tab walks the form in reading order; Space ticks list items; Ctrl+Return is not needed.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.remedyList());
    dialog.remedyList()->setCurrentRow(1); // "Refund"
    QTest::keyClick(dialog.remedyList(), Qt::Key_Space);
    QCOMPARE(dialog.verdict().remedies, QList<Remedy>{Remedy::Refund});
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.amountEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.reasoningEdit()); // Tab leaves the text box, never types a tab
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.evidenceList());
    dialog.evidenceList()->setCurrentRow(0);
    QTest::keyClick(dialog.evidenceList(), Qt::Key_Space);
    QVERIFY(dialog.problems().isEmpty());
    QTest::keyClick(dialog.evidenceList(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    for (QWidget *w : {static_cast<QWidget *>(dialog.liablePartyBox()), static_cast<QWidget *>(dialog.remedyList()),
                       static_cast<QWidget *>(dialog.amountEdit()), static_cast<QWidget *>(dialog.reasoningEdit()),
                       static_cast<QWidget *>(dialog.evidenceList())})
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
}

void tst_UiDialogs::executionWantsOneValidRecordPerRemedy()
{
    const Sample s = sample(QStringLiteral("merchant_refused_deposit_insufficient"));
    Verdict verdict;
    verdict.liableParty = LiableParty::Merchant;
    verdict.remedies = {Remedy::Refund, Remedy::DepositPayout};
    verdict.amount = Money::fromCents(19600);
    const QDateTime deadline(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    ExecutionDialog dialog(s.caseFile, verdict, {}, ReplyTemplates::builtIn(Language::English), deadline);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.referenceEdit(Remedy::Refund));
    QVERIFY(dialog.referenceEdit(Remedy::DepositPayout));
    QVERIFY(!acceptButton(&dialog)->isEnabled());
    QCOMPARE(dialog.notificationTemplateId(), QStringLiteral("notification.deposit_payout"));
    // Without the notification only the records are checked, and the button says so.
    dialog.notifyBox()->setChecked(false);
    QCOMPARE(acceptButton(&dialog)->text(), QStringLiteral("&Record only"));
    QCOMPARE(dialog.problems().size(), 2);
    dialog.notifyBox()->setChecked(true);
    QCOMPARE(dialog.problems().size(), 3); // and {references} is still to fill

    QTest::keyClicks(dialog.referenceEdit(Remedy::Refund), QStringLiteral("RF20261124000187"));
    // One of two references is not a list to announce: the placeholder stays until both are there.
    QVERIFY(dialog.notificationText().contains(QStringLiteral("{references}")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // the deposit record is still missing
    QTest::keyClicks(dialog.referenceEdit(Remedy::DepositPayout), QStringLiteral("DD 77"));
    QVERIFY(!acceptButton(&dialog)->isEnabled()); // a space: not a reference
    QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("Deposit deduction reference")));
    dialog.referenceEdit(Remedy::DepositPayout)->setText(QStringLiteral("DD-2026-0077"));
    QVERIFY(acceptButton(&dialog)->isEnabled());

    const QString text = dialog.notificationText();
    QVERIFY2(text.contains(QStringLiteral("KM202611230845")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("196.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("RF20261124000187, DD-2026-0077")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text));

    QTest::mouseClick(acceptButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<ExecutionRecord> records = dialog.records();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).remedy, Remedy::Refund);
    QCOMPARE(records.at(0).reference, QStringLiteral("RF20261124000187"));
    QCOMPARE(records.at(1).remedy, Remedy::DepositPayout);
    QVERIFY(dialog.notifyCustomer());
}

void tst_UiDialogs::executionReferenceRules_data()
{
    QTest::addColumn<int>("remedy");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("refund id") << int(Remedy::Refund) << "RF20261124000187" << true;
    QTest::newRow("empty") << int(Remedy::Refund) << "   " << false;
    QTest::newRow("id with a space") << int(Remedy::ReissueKey) << "K 2" << false;
    QTest::newRow("id too short") << int(Remedy::Compensation) << "V1" << false;
    QTest::newRow("voucher id") << int(Remedy::Compensation) << "VC-88/2026" << true;
    QTest::newRow("coordination sentence") << int(Remedy::CoordinateThirdParty) << "运营商已于 11-26 补充到账" << true;
    QTest::newRow("coordination too short") << int(Remedy::CoordinateThirdParty) << "ok" << false;
    QTest::newRow("too long") << int(Remedy::CoordinateThirdParty) << QString(201, QLatin1Char('x')) << false;
}

void tst_UiDialogs::executionReferenceRules()
{
    QFETCH(int, remedy);
    QFETCH(QString, reference);
    QFETCH(bool, accepted);
    QCOMPARE(ExecutionDialog::referenceProblem(Remedy(remedy), reference).isEmpty(), accepted);
}

void tst_UiDialogs::executionOfRejectionOnlyNotifies()
{
    const Sample s = sample(QStringLiteral("exclusion_off_platform_private_transfer"));
    Verdict verdict;
    verdict.liableParty = LiableParty::Customer;
    verdict.remedies = {Remedy::Reject};
    ExecutionDialog dialog(s.caseFile, verdict, {}, ReplyTemplates::builtIn(Language::Chinese),
                           QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(!dialog.referenceEdit(Remedy::Reject));
    QCOMPARE(dialog.notificationTemplateId(), QStringLiteral("notification.reject"));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
    QVERIFY(dialog.records().isEmpty());
    QVERIFY(dialog.notificationText().contains(s.caseFile.order->orderNo));
    QVERIFY(dialog.notificationText().contains(QStringLiteral("不在质保范围内")));
}

void tst_UiDialogs::executionKeepsRecordsAlreadyMade()
{
    const Sample s = sample(QStringLiteral("merchant_refused_deposit_insufficient"));
    Verdict verdict;
    verdict.remedies = {Remedy::Refund, Remedy::DepositPayout};
    verdict.amount = Money::fromCents(19600);
    const ExecutionRecord done{Remedy::Refund, QStringLiteral("RF-1"), QStringLiteral("agent2"), {}};
    ExecutionDialog dialog(s.caseFile, verdict, {done}, ReplyTemplates::builtIn(Language::English),
                           QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(dialog.referenceEdit(Remedy::Refund)->isReadOnly());
    QCOMPARE(dialog.referenceEdit(Remedy::Refund)->text(), QStringLiteral("RF-1"));
    dialog.referenceEdit(Remedy::DepositPayout)->setText(QStringLiteral("DD-9"));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
    const QList<ExecutionRecord> records = dialog.records();
    QCOMPARE(records.size(), 1); // the refund is on the ticket already
    QCOMPARE(records.first().remedy, Remedy::DepositPayout);
    QVERIFY(dialog.notificationText().contains(QStringLiteral("RF-1, DD-9")));
}

void tst_UiDialogs::assessmentPanelShowsTraceInUiLanguage()
{
    const Sample s = sample(QStringLiteral("invalid_key_basic"));
    AssessmentPanel panel;
    panel.setCase(s.caseFile, CaseState{}, s.assessment, RuleSet::builtIn());
    QCOMPARE(panel.traceView()->topLevelItemCount(), s.assessment.trace.size());
    QVERIFY(s.assessment.trace.size() >= 3);
    for (int i = 0; i < s.assessment.trace.size(); ++i) {
        QCOMPARE(panel.traceView()->topLevelItem(i)->text(0), s.assessment.trace.at(i).reasonEn);
        QCOMPARE(panel.traceView()->topLevelItem(i)->text(1), s.assessment.trace.at(i).rule);
    }
    QVERIFY(panel.proposalLabel()->text().contains(QStringLiteral("Covered")));
    QVERIFY(panel.proposalLabel()->text().contains(DomainLabels::label(LiableParty::Merchant)));

    QVERIFY(Translation::install(LanguageChoice::Chinese));
    panel.setCase(s.caseFile, CaseState{}, s.assessment, RuleSet::builtIn());
    const bool chinese = panel.traceView()->topLevelItem(0)->text(0) == s.assessment.trace.at(0).reasonZh;
    const QString proposal = panel.proposalLabel()->text();
    QVERIFY(Translation::install(LanguageChoice::English));
    QVERIFY(chinese);
    QVERIFY2(proposal.contains(QStringLiteral("商家")), qPrintable(proposal));
}

void tst_UiDialogs::assessmentPanelChecklistStates()
{
    const Sample s = sample(QStringLiteral("invalid_key_basic"));
    AssessmentPanel panel;
    CaseState state;
    panel.setCase(s.caseFile, state, s.assessment, RuleSet::builtIn());
    auto stateOf = [&panel](EvidenceKind kind) {
        for (const ChecklistItem &item : panel.checklist()) {
            if (item.kind == kind)
                return int(item.state);
        }
        return -1;
    };
    QCOMPARE(stateOf(EvidenceKind::OrderDetails), int(ChecklistItem::State::Present));
    QCOMPARE(stateOf(EvidenceKind::KeyUsageRecord), int(ChecklistItem::State::Present));
    QCOMPARE(stateOf(EvidenceKind::CommunicationRecord), int(ChecklistItem::State::Missing));
    QCOMPARE(panel.checklistView()->topLevelItemCount(), panel.checklist().size());
    QTreeWidgetItem *row = panel.checklistView()->topLevelItem(2);
    QCOMPARE(row->data(0, Qt::UserRole).toString(), QStringLiteral("communication_record"));
    QCOMPARE(row->text(0), DomainLabels::label(EvidenceKind::CommunicationRecord));
    QVERIFY(row->text(1).contains(QStringLiteral("Missing")));

    state.waivers << Waiver{EvidenceKind::CommunicationRecord, QStringLiteral("商家已下线,无法沟通"), QStringLiteral("agent1"), {}};
    panel.setCase(s.caseFile, state, s.assessment, RuleSet::builtIn());
    QCOMPARE(stateOf(EvidenceKind::CommunicationRecord), int(ChecklistItem::State::Waived));
    QVERIFY(panel.checklistView()->topLevelItem(2)->text(2).contains(QStringLiteral("商家已下线")));
    // A waiver without a reason waives nothing (as the evidence guard says).
    state.waivers.first().reason = QStringLiteral("  ");
    panel.setCase(s.caseFile, state, s.assessment, RuleSet::builtIn());
    QCOMPARE(stateOf(EvidenceKind::CommunicationRecord), int(ChecklistItem::State::Missing));
}

void tst_UiDialogs::assessmentPanelShowsGuardRefusal()
{
    const Sample s = sample(QStringLiteral("invalid_key_basic"));
    AssessmentPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    CaseState state;
    state.step = Step::Evidence;
    state.holder = QStringLiteral("agent1");
    panel.setCase(s.caseFile, state, s.assessment, RuleSet::builtIn());
    const Decision refusal = CaseWorkflow(RuleSet::builtIn()).canAdvance(state, s.caseFile, &s.assessment,
                                                                        Actor{QStringLiteral("agent1"), Role::Agent});
    QVERIFY(!refusal.allowed);
    panel.setGuardDecision(refusal);
    QVERIFY(panel.guardLabel()->isVisible());
    QVERIFY(panel.guardLabel()->text().contains(QStringLiteral("evidence.missing")));
    QVERIFY(panel.guardLabel()->text().contains(DomainLabels::label(EvidenceKind::CommunicationRecord)));
    QVERIFY(panel.guardLabel()->text().contains(refusal.reasonEn));
    panel.setGuardDecision(Decision::allow());
    QVERIFY(!panel.guardLabel()->isVisible());
}

void tst_UiDialogs::assessmentPanelWaivesMissingItemWithReason()
{
    const Sample s = sample(QStringLiteral("invalid_key_basic"));
    AssessmentPanel panel;
    panel.setCase(s.caseFile, CaseState{}, s.assessment, RuleSet::builtIn());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy waived(&panel, &AssessmentPanel::waiverRequested);
    QCOMPARE(panel.checklistView()->currentItem(), panel.checklistView()->topLevelItem(2)); // the first missing item
    panel.checklistView()->setCurrentItem(panel.checklistView()->topLevelItem(0)); // present: nothing to waive
    QVERIFY(!panel.waiveButton()->isEnabled());
    QVERIFY(!panel.waiveSelected());
    panel.checklistView()->setCurrentItem(panel.checklistView()->topLevelItem(2)); // communication_record, missing
    QVERIFY(panel.waiveButton()->isEnabled());
    QTest::mouseClick(panel.waiveButton(), Qt::LeftButton);
    auto *dialog = panel.findChild<WaiverDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), EvidenceKind::CommunicationRecord);
    dialog->accept(); // no reason: refused, as the domain would
    QVERIFY(dialog->isVisible());
    QCOMPARE(waived.count(), 0);
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Shop closed, merchant unreachable"));
    QTest::mouseClick(acceptButton(dialog), Qt::LeftButton);
    QCOMPARE(waived.count(), 1);
    QCOMPARE(waived.first().at(0).value<EvidenceKind>(), EvidenceKind::CommunicationRecord);
    QCOMPARE(waived.first().at(1).toString(), QStringLiteral("Shop closed, merchant unreachable"));
}

void tst_UiDialogs::requestEvidenceSendsFilledMessage()
{
    const Sample s = sample(QStringLiteral("invalid_key_basic"));
    AssessmentPanel panel;
    panel.setNow(QDateTime(QDate(2026, 11, 5), QTime(8, 0), Qt::UTC));
    panel.setCase(s.caseFile, CaseState{}, s.assessment, RuleSet::builtIn());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy requested(&panel, &AssessmentPanel::evidenceRequested);
    panel.checklistView()->setFocus();
    QTest::keyClick(panel.checklistView(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = panel.findChild<EvidenceRequestDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString text = dialog->text();
    QVERIFY2(text.contains(s.caseFile.order->orderNo), qPrintable(text));
    QVERIFY2(text.contains(DomainLabels::label(EvidenceKind::CommunicationRecord)), qPrintable(text));
    QVERIFY2(text.contains(messageTime(QDateTime(QDate(2026, 11, 7), QTime(8, 0), Qt::UTC))), qPrintable(text));
    QVERIFY(dialog->canSend());

    dialog->editor()->textEdit()->appendPlainText(QStringLiteral("Thanks."));
    QTest::mouseClick(acceptButton(dialog), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(requested.first().at(0).toString().endsWith(QStringLiteral("Thanks.")));
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("evidence_request.default"));
}

void tst_UiDialogs::requestEvidenceWithNothingMissingAsksForChosenKinds()
{
    const Sample s = sample(QStringLiteral("merchant_refused_deposit_insufficient"));
    QVERIFY(s.assessment.missingEvidence.isEmpty());
    EvidenceRequestDialog dialog(s.caseFile, {}, ReplyTemplates::builtIn(Language::Chinese),
                                 QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC));
    QVERIFY(dialog.requestedKinds().isEmpty());
    QVERIFY(!dialog.canSend()); // nothing asked for yet: {missing_items} is unfilled
    QVERIFY(dialog.editor()->unfilledPlaceholders().contains(QStringLiteral("missing_items")));
    for (int i = 0; i < dialog.kindList()->count(); ++i) {
        QListWidgetItem *item = dialog.kindList()->item(i);
        QVERIFY(item->data(Qt::UserRole).toInt() != int(EvidenceKind::OrderDetails));
        if (item->data(Qt::UserRole).toInt() == int(EvidenceKind::Screenshot))
            item->setCheckState(Qt::Checked);
    }
    QCOMPARE(dialog.requestedKinds(), QList<EvidenceKind>{EvidenceKind::Screenshot});
    QVERIFY(dialog.canSend());
    QVERIFY(dialog.text().contains(QStringLiteral("· ") + DomainLabels::label(EvidenceKind::Screenshot)));
}

QTEST_MAIN(tst_UiDialogs)
#include "tst_ui_dialogs.moc"
