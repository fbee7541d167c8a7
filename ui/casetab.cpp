#include "casetab.h"

#include "assessmentpanel.h"
#include "caseworkspace.h"
#include "domainlabels.h"
#include "executiondialog.h"
#include "notesmodel.h"
#include "notespanel.h"
#include "palette.h"
#include "replytemplates.h"
#include "stepbar.h"
#include "translation.h"
#include "usernames.h"
#include "verdictdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace wd::ui {

CaseTab::CaseTab(const RuleSet &rules, const ReplyTemplates &templates, QWidget *parent)
    : QWidget(parent), m_rules(rules), m_templates(templates)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_tools = new QToolBar(this);
    m_tools->setObjectName(QStringLiteral("caseTools"));
    m_tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_claim = m_tools->addAction(tr("Claim"), this, &CaseTab::claimRequested);
    m_claim->setObjectName(QStringLiteral("claimAction"));
    m_release = m_tools->addAction(tr("Release"), this, &CaseTab::releaseRequested);
    m_release->setObjectName(QStringLiteral("releaseAction"));
    m_tools->addSeparator();
    m_category = m_tools->addAction(tr("Category && findings…"), this, &CaseTab::openCaseDetailsDialog);
    m_category->setObjectName(QStringLiteral("categoryAction"));
    m_verdict = m_tools->addAction(tr("Verdict…"), this, &CaseTab::openVerdictDialog);
    m_verdict->setObjectName(QStringLiteral("verdictAction"));
    m_execute = m_tools->addAction(tr("Execute…"), this, &CaseTab::openExecutionDialog);
    m_execute->setObjectName(QStringLiteral("executeAction"));
    m_tools->addSeparator();
    m_approve = m_tools->addAction(tr("Approve verdict"), this, &CaseTab::approveRequested);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    m_appeal = m_tools->addAction(tr("Decide appeal…"), this, &CaseTab::openAppealDecisionDialog);
    m_appeal->setObjectName(QStringLiteral("appealAction"));
    m_tools->addSeparator();
    m_reload = m_tools->addAction(tr("Reload"), this, &CaseTab::reloadRequested);
    m_reload->setObjectName(QStringLiteral("reloadAction"));
    layout->addWidget(m_tools);

    auto *bannerRow = new QWidget(this);
    auto *bannerLayout = new QHBoxLayout(bannerRow);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    m_banner = new QLabel(bannerRow);
    m_banner->setObjectName(QStringLiteral("caseBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_banner, 1);
    m_resolve = new QPushButton(tr("Resolve…"), bannerRow);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    connect(m_resolve, &QPushButton::clicked, this, &CaseTab::resolveRequested);
    bannerLayout->addWidget(m_resolve);
    bannerRow->setAutoFillBackground(true);
    layout->addWidget(bannerRow);

    m_workspace = new CaseWorkspace(this);
    m_assessment = new AssessmentPanel(m_workspace);
    m_assessment->setTemplates(templates);
    m_workspace->addSidePanel(m_assessment, tr("Assessment"));
    m_notes = new NotesModel(this);
    m_notesPanel = new NotesPanel(m_workspace);
    m_notesPanel->setModel(m_notes);
    m_workspace->addSidePanel(m_notesPanel, tr("Notes"));
    layout->addWidget(m_workspace, 1);

    connect(m_workspace->stepBar(), &StepBar::advanceRequested, this, &CaseTab::advanceRequested);
    connect(m_workspace->stepBar(), &StepBar::backRequested, this, &CaseTab::backRequested);
    connect(m_notesPanel, &NotesPanel::noteSubmitted, this, &CaseTab::noteSubmitted);
    connect(m_assessment, &AssessmentPanel::evidenceRequested, this, &CaseTab::evidenceRequested);
    connect(m_assessment, &AssessmentPanel::waiverRequested, this, &CaseTab::waiverRequested);
}

void CaseTab::setBytesProvider(BytesProvider provider)
{
    m_workspace->setBytesProvider(std::move(provider));
}

void CaseTab::setUserNames(const UserNames *names)
{
    m_names = names;
    m_notes->setUserNames(names);
}

void CaseTab::setView(const CaseView &view)
{
    m_view = view;
    m_workspace->setCase(view.caseFile, view.state, view.meta);
    const Language language = Translation::current();
    m_workspace->stepBar()->setTransitionState(view.advance.allowed, view.advance.reason(language), view.back.allowed,
                                               view.back.reason(language));
    if (view.assessment)
        m_assessment->setCase(view.caseFile, view.state, *view.assessment, m_rules);
    else
        m_assessment->setNotAssessable(view.notAssessableReason);
    m_assessment->setGuardDecision(view.advance);
    m_notesPanel->setStep(view.state.step);
    m_notes->setNotes(view.state.notes, view.pendingNotes);
    QHash<QString, QString> values{{QStringLiteral("order_no"), view.caseFile.order ? view.caseFile.order->orderNo : QString()},
                                   {QStringLiteral("ticket_id"), view.caseFile.ticket.id}};
    m_notesPanel->setCannedReplies(m_templates.forPurpose(TemplatePurpose::CannedReply), values);
    updateActions();
    updateBanner();
}

void CaseTab::updateActions()
{
    const Language language = Translation::current();
    auto set = [&](QAction *action, bool enabled, const QString &why) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? action->text().remove(QLatin1Char('&')) : why);
    };
    set(m_claim, m_view.claim.allowed, m_view.claim.reason(language));
    set(m_release, m_view.release.allowed, m_view.release.reason(language));
    set(m_category, m_view.canEditCase, tr("The category and findings are set by the agent holding the ticket, before the verdict"));
    set(m_verdict, m_view.canRecordVerdict && m_view.assessment.has_value(), tr("A verdict is recorded at the verdict step, by the agent holding the ticket"));
    set(m_execute, m_view.canExecute, tr("Executions are recorded at the execution step, after the verdict took effect"));
    m_approve->setVisible(m_view.actor.role != Role::Agent);
    m_appeal->setVisible(m_view.actor.role != Role::Agent);
    set(m_approve, m_view.canApprove, tr("Only a verdict awaiting approval, by a supervisor who did not write it"));
    set(m_appeal, m_view.canDecideAppeal, tr("Only an appeal under review, by a supervisor who neither made nor approved the verdict"));
}

void CaseTab::updateBanner()
{
    const Language language = Translation::current();
    QString text;
    Tone tone = Tone::Neutral;
    m_resolve->setVisible(false);
    if (!m_view.blockedWrite.isEmpty()) {
        text = tr("Your change was not accepted: %1").arg(m_view.blockedWrite);
        tone = Tone::Danger;
        m_resolve->setVisible(true);
    } else if (!m_view.advance.allowed && m_view.state.step != Step::Closed) {
        text = tr("Next step blocked — %1 (%2)").arg(m_view.advance.reason(language), m_view.advance.guard);
        if (!m_view.advance.missing.isEmpty())
            text += QLatin1Char(' ') + tr("Missing: %1").arg(m_view.advance.missing.join(QStringLiteral(", ")));
        tone = Tone::Caution;
    } else if (m_view.meta.pendingSync) {
        text = tr("Changes recorded here are waiting to reach the server.");
        tone = Tone::Info;
    } else if (m_view.cached) {
        text = tr("Shown from the local cache; fetching the latest from the server…");
        tone = Tone::Info;
    }
    QWidget *row = m_banner->parentWidget();
    row->setVisible(!text.isEmpty());
    m_banner->setText(text);
    QPalette palette = row->palette();
    palette.setColor(QPalette::Window, toneBackground(tone, this->palette()));
    palette.setColor(QPalette::WindowText, toneText(tone, this->palette()));
    row->setPalette(palette);
}

void CaseTab::openVerdictDialog()
{
    if (!m_view.assessment || !m_verdict->isEnabled())
        return;
    VerdictDialog dialog(m_view.caseFile, *m_view.assessment, m_rules, this);
    if (m_view.state.verdict)
        dialog.setDraft(*m_view.state.verdict);
    if (dialog.exec() == QDialog::Accepted)
        emit verdictChosen(dialog.verdict());
}

void CaseTab::openExecutionDialog()
{
    if (!m_view.state.verdict || !m_execute->isEnabled())
        return;
    const QDateTime effective = m_view.state.verdict->approval ? m_view.state.verdict->approval->at : m_view.state.verdict->decidedAt;
    QList<ExecutionRecord> done = m_view.state.executions;
    if (m_names) {
        for (ExecutionRecord &record : done)
            record.by = m_names->displayName(record.by); // only shown ("Recorded by …"), never sent
    }
    ExecutionDialog dialog(m_view.caseFile, *m_view.state.verdict, done, m_templates,
                           effective.addDays(m_rules.appealWindowDays()), this);
    if (dialog.exec() == QDialog::Accepted)
        emit executionsChosen(dialog.records(), dialog.notifyCustomer(), dialog.notificationText(), dialog.notificationTemplateId());
}

void CaseTab::openCaseDetailsDialog()
{
    if (!m_category->isEnabled())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("caseDetailsDialog"));
    dialog.setWindowTitle(tr("Category and findings"));
    auto *form = new QFormLayout(&dialog);
    auto *category = new QComboBox(&dialog);
    category->setObjectName(QStringLiteral("categoryBox"));
    for (const auto &entry : enumValues<Category>())
        category->addItem(DomainLabels::categoryWithGroup(entry.value), int(entry.value));
    if (m_view.caseFile.ticket.category)
        category->setCurrentIndex(category->findData(int(*m_view.caseFile.ticket.category)));
    else
        category->setCurrentIndex(-1);
    form->addRow(tr("Category"), category);
    auto *userError = new QCheckBox(tr("The customer caused the failure (user error)"), &dialog);
    userError->setObjectName(QStringLiteral("userErrorBox"));
    userError->setChecked(m_view.caseFile.findings.userError);
    auto *forceMajeure = new QCheckBox(tr("Force majeure (outside anyone's control)"), &dialog);
    forceMajeure->setObjectName(QStringLiteral("forceMajeureBox"));
    forceMajeure->setChecked(m_view.caseFile.findings.forceMajeure);
    auto *merchantRefused = new QCheckBox(tr("The merchant refused to cooperate"), &dialog);
    merchantRefused->setObjectName(QStringLiteral("merchantRefusedBox"));
    merchantRefused->setChecked(m_view.caseFile.findings.merchantRefused);
    form->addRow(tr("Findings"), userError);
    form->addRow(QString(), forceMajeure);
    form->addRow(QString(), merchantRefused);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto update = [&] { buttons->button(QDialogButtonBox::Ok)->setEnabled(category->currentIndex() >= 0); };
    connect(category, &QComboBox::currentIndexChanged, &dialog, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Findings findings;
    findings.userError = userError->isChecked();
    findings.forceMajeure = forceMajeure->isChecked();
    findings.merchantRefused = merchantRefused->isChecked();
    emit caseDetailsChosen(Category(category->currentData().toInt()), findings);
}

void CaseTab::openAppealDecisionDialog()
{
    if (!m_appeal->isEnabled())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Decide the appeal"));
    auto *form = new QFormLayout(&dialog);
    auto *outcome = new QComboBox(&dialog);
    outcome->setObjectName(QStringLiteral("appealOutcome"));
    for (AppealOutcome o : {AppealOutcome::Uphold, AppealOutcome::Overturn, AppealOutcome::Amend})
        outcome->addItem(DomainLabels::label(o), int(o));
    form->addRow(tr("Outcome"), outcome);
    auto *reason = new QPlainTextEdit(&dialog);
    reason->setObjectName(QStringLiteral("appealReason"));
    reason->setPlaceholderText(tr("Why: this is recorded and shown to the customer's agent"));
    form->addRow(tr("Reason"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QPlainTextEdit::textChanged, &dialog, [&] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason->toPlainText().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        emit appealDecisionChosen(AppealOutcome(outcome->currentData().toInt()), reason->toPlainText().trimmed());
}

} // namespace wd::ui
