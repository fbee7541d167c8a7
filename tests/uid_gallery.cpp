// uid_gallery: shows one of the assessment panel and dialogs filled from a sample case, for looking
// at them (screenshots under Xvfb, design review). Not a test.
//   uid_gallery <assessment|verdict|execution|request|notes|conflict|shortcuts|login|settings|certificate>
//               [--lang zh_CN|en] [--dark] [--case tests/data/cases/<name>.json]
#include "assessmentpanel.h"
#include "casecodec.h"
#include "caseworkflow.h"
#include "executiondialog.h"
#include "replytemplates.h"
#include "translation.h"
#include "verdictdialog.h"
#include "warrantyassessor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>

using namespace wd;
using namespace wd::ui;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

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
        QApplication::setPalette(darkPalette());
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
    } else {
        std::fprintf(stderr, "uid_gallery: unknown view %s\n", qPrintable(what));
        return 2;
    }
    shown->move(40, 30);
    shown->show();
    return app.exec();
}
