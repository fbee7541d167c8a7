// uid_gallery: shows one of the assessment panel and dialogs filled from a sample case, for looking
// at them (screenshots under Xvfb, design review). Not a test.
//   uid_gallery <assessment|verdict|execution|request|notes|conflict|shortcuts|login|settings|certificate>
//               [--lang zh_CN|en] [--dark] [--case tests/data/cases/<name>.json]
#include "assessmentpanel.h"
#include "casecodec.h"
#include "certificatedialog.h"
#include "conflictdialog.h"
#include "logindialog.h"
#include "notesmodel.h"
#include "notespanel.h"
#include "palette.h"
#include "settingsdialog.h"
#include "shortcuthelp.h"
#include "caseworkflow.h"
#include "executiondialog.h"
#include "replytemplates.h"
#include "translation.h"
#include "verdictdialog.h"
#include "warrantyassessor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>

using namespace wd;
using namespace wd::ui;


int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("which panel or dialog to show"));
    parser.addOption({QStringLiteral("lang"), QStringLiteral("zh_CN or en"), QStringLiteral("lang"), QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("dark palette")});
    parser.addOption({QStringLiteral("case"), QStringLiteral("case file"), QStringLiteral("file"),
                      QStringLiteral(WD_TEST_DATA_DIR "/cases/merchant_refused_deposit_insufficient.json")});
    parser.addHelpOption();
    parser.process(app);
    const QString what = parser.positionalArguments().value(0, QStringLiteral("verdict"));

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (parser.isSet(QStringLiteral("dark")))
        QApplication::setPalette(wd::ui::darkPalette());
    const auto choice = languageChoiceFromName(parser.value(QStringLiteral("lang"))).value_or(LanguageChoice::Chinese);
    if (!Translation::install(choice))
        std::fprintf(stderr, "uid_gallery: no embedded translation for %s\n", qPrintable(parser.value(QStringLiteral("lang"))));
    const Language language = Translation::current();

    QFile file(parser.value(QStringLiteral("case")));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "uid_gallery: cannot read %s\n", qPrintable(file.fileName()));
        return 1;
    }
    const Result<CaseFile> decoded = CaseCodec().decode(file.readAll());
    if (!decoded) {
        std::fprintf(stderr, "uid_gallery: %s\n", qPrintable(decoded.error().toString()));
        return 1;
    }
    const CaseFile caseFile = decoded.value();
    const RuleSet &rules = RuleSet::builtIn();
    const QDateTime now = caseFile.ticket.submittedAt.addSecs(3 * 3600);
    const Result<Assessment> assessed = WarrantyAssessor(rules).assess(caseFile, now);
    if (!assessed) {
        std::fprintf(stderr, "uid_gallery: %s\n", qPrintable(assessed.error().toString()));
        return 1;
    }
    const Assessment assessment = assessed.value();
    const ReplyTemplates &templates = ReplyTemplates::builtIn(language);

    CaseState state;
    state.step = Step::Evidence;
    state.status = Status::InProgress;
    state.holder = QStringLiteral("agent1");
    Actor agent{QStringLiteral("agent1"), Role::Agent};
    CaseWorkflow workflow(rules);

    QWidget *shown = nullptr;
    if (what == QLatin1String("assessment") || what == QLatin1String("request")) {
        auto *panel = new AssessmentPanel;
        panel->setNow(now);
        panel->setCase(caseFile, state, assessment, rules);
        panel->setGuardDecision(workflow.canAdvance(state, caseFile, &assessment, agent));
        panel->resize(720, 860);
        shown = panel;
        if (what == QLatin1String("request")) {
            panel->show();
            panel->requestEvidence();
        }
    } else if (what == QLatin1String("verdict")) {
        auto *dialog = new VerdictDialog(caseFile, assessment, rules);
        Verdict draft;
        draft.liableParty = assessment.liableParty;
        draft.remedies = {Remedy::Refund, Remedy::DepositPayout};
        draft.amount = Money::fromCents(59800);
        for (const Evidence &e : caseFile.evidence)
            draft.citedEvidence << e.id;
        dialog->setDraft(draft);
        shown = dialog;
    } else if (what == QLatin1String("execution")) {
        Verdict verdict;
        verdict.liableParty = assessment.liableParty;
        verdict.remedies = {Remedy::Refund, Remedy::DepositPayout};
        verdict.amount = caseFile.order ? caseFile.order->amountPaid : Money();
        auto *dialog = new ExecutionDialog(caseFile, verdict, {}, templates, now.addDays(rules.appealWindowDays()));
        dialog->referenceEdit(Remedy::Refund)->setText(QStringLiteral("RF20261124000187"));
        shown = dialog;
    } else if (what == QLatin1String("notes")) {
        auto *model = new NotesModel(&app);
        const QDateTime t = caseFile.ticket.submittedAt;
        model->setNotes({Note{QStringLiteral("N-1"), NoteKind::Internal, QStringLiteral("agent1"),
                              QStringLiteral("已通过站内信联系商家，48 小时未回应。"), t.addSecs(600)},
                         Note{QStringLiteral("N-2"), NoteKind::Customer, QStringLiteral("agent1"),
                              QStringLiteral("您好，您的质保申请已受理，我们会尽快核实处理。"), t.addSecs(900)}},
                        {Note{QStringLiteral("local-1"), NoteKind::Review, QStringLiteral("agent1"),
                              QStringLiteral("证据链完整：发行商日志显示首次激活即提示卡密无效。"), t.addSecs(3000)}});
        auto *panel = new NotesPanel;
        panel->setModel(model);
        panel->setStep(Step::Review);
        panel->setCannedReplies(templates.forPurpose(TemplatePurpose::CannedReply), ReplyTemplates::caseValues(caseFile));
        panel->resize(560, 560);
        shown = panel;
    } else if (what == QLatin1String("conflict")) {
        CaseState mine = state;
        mine.step = Step::Verdict;
        const QJsonObject current = QJsonDocument::fromJson(R"({"ticket":{"step":"verdict","status":"awaiting_approval"},
            "version":9,"holder":"agent2","state":{"verdict":{"liable_party":"merchant","remedies":["refund","deposit_payout"],"amount":"196.00"}}})").object();
        CaseFile seen = caseFile;
        seen.ticket.version = 7;
        shown = new ConflictDialog(QObject::tr("Record verdict: Merchant · Refund · 196.00"), TicketSnapshot::fromState(seen, mine),
                                   TicketSnapshot::fromDetail(current), true);
    } else if (what == QLatin1String("shortcuts")) {
        QList<ShortcutHelpDialog::Entry> entries{
            {QStringLiteral("Pull next ticket"), QKeySequence(Qt::CTRL | Qt::Key_N)},
            {QStringLiteral("Search the queue"), QKeySequence(Qt::CTRL | Qt::Key_F)},
            {QStringLiteral("Request evidence"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
            {QStringLiteral("Verdict"), QKeySequence(Qt::CTRL | Qt::Key_D)},
            {QStringLiteral("Execute remedies"), QKeySequence(Qt::CTRL | Qt::Key_E)},
            {QStringLiteral("Add note"), QKeySequence(Qt::CTRL | Qt::Key_Return)},
            {QStringLiteral("Keyboard shortcuts"), QKeySequence(Qt::Key_F1)},
        };
        shown = new ShortcutHelpDialog(entries);
    } else if (what == QLatin1String("login")) {
        auto *dialog = new LoginDialog;
        dialog->setHistory({QStringLiteral("https://warranty.example.com"), QStringLiteral("http://127.0.0.1:8470")});
        dialog->setUser(QStringLiteral("agent1"));
        dialog->setCredentialStoreAvailable(true);
        dialog->showError(LoginDialog::Error::Locked, 840);
        shown = dialog;
    } else if (what == QLatin1String("settings")) {
        WorkstationSettings settings;
        settings.language = LanguageChoice::Chinese;
        settings.pinnedSha256 = QStringLiteral("3f").repeated(32);
        shown = new SettingsDialog(settings);
    } else if (what == QLatin1String("certificate")) {
        shown = new CertificateDialog(QStringLiteral("warranty.example.com:8470"), QStringLiteral("a1b2c3d4").repeated(8),
                                      {QObject::tr("The certificate is self-signed, and untrusted"),
                                       QObject::tr("The host name did not match any of the valid hosts for this certificate")});
    } else {
        std::fprintf(stderr, "uid_gallery: unknown view %s\n", qPrintable(what));
        return 2;
    }
    shown->move(40, 30);
    shown->show();
    return app.exec();
}
