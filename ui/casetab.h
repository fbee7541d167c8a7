#pragma once
// One case as a tab of the main window: the workspace (header, order, key log, evidence) with the
// assessment and notes as side panels, the case's actions (claim, release, verdict, execution,
// approval, appeal decision) in a tool bar, and a banner that says why the next step is blocked
// or that a change of the agent's waits for a decision. It shows what it is given and asks for
// changes through signals: the composition root records them.

#include "assessment.h"
#include "casefile.h"
#include "casemeta.h"
#include "caseworkflow.h"
#include "evidenceviewer.h"
#include "ruleset.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QToolBar;
class QPushButton;

namespace wd {
class NotesModel;
class UserNames;
}

namespace wd::ui {

class AssessmentPanel;
class CaseWorkspace;
class ReplyTemplates;
class NotesPanel;

// Everything a case tab shows, computed by the composition root from the cache and the domain.
struct CaseView
{
    CaseFile caseFile;
    CaseState state;
    CaseMeta meta;
    std::optional<Assessment> assessment;
    QString notAssessableReason;
    Actor actor;
    Decision advance;          // the guard of the current step for this agent
    Decision back;             // requesting more evidence
    Decision claim;
    Decision release;
    bool canRecordVerdict = false;
    bool canExecute = false;
    bool canApprove = false;
    bool canDecideAppeal = false;
    bool canEditCase = false;  // category and findings: the holder, before the verdict
    QList<Note> pendingNotes;  // recorded, not yet confirmed by the server
    QString blockedWrite;      // a refused change of this agent waiting for a decision (words)
    bool cached = false;       // shown from the cache; a fresher copy is being fetched
};

class CaseTab : public QWidget
{
    Q_OBJECT

public:
    CaseTab(const RuleSet &rules, const ReplyTemplates &templates, QWidget *parent = nullptr);

    void setView(const CaseView &view);
    const CaseView &view() const { return m_view; }
    QString ticketId() const { return m_view.caseFile.ticket.id; }
    void setBytesProvider(BytesProvider provider);
    CaseWorkspace *workspace() const { return m_workspace; }
    NotesModel *notesModel() const { return m_notes; }
    QLabel *banner() const { return m_banner; }
    // Display names for note authors and execution records (not owned; null: user ids).
    void setUserNames(const UserNames *names);

    // Dialog openers, also bound to the window's shortcuts.
    void openVerdictDialog();
    void openExecutionDialog();
    void openAppealDecisionDialog();
    void openCaseDetailsDialog(); // category and findings
    QAction *claimAction() const { return m_claim; }
    QAction *releaseAction() const { return m_release; }
    QAction *verdictAction() const { return m_verdict; }
    QAction *executeAction() const { return m_execute; }
    QAction *approveAction() const { return m_approve; }
    QAction *appealAction() const { return m_appeal; }
    QAction *categoryAction() const { return m_category; }

signals:
    void claimRequested();
    void releaseRequested();
    void advanceRequested();
    void backRequested();
    void verdictChosen(const wd::Verdict &verdict);
    void executionsChosen(const QList<wd::ExecutionRecord> &records, bool notify, const QString &text, const QString &templateId);
    void noteSubmitted(wd::NoteKind kind, const QString &text);
    void evidenceRequested(const QString &text, const QString &templateId);
    void waiverRequested(wd::EvidenceKind kind, const QString &reason);
    void caseDetailsChosen(wd::Category category, const wd::Findings &findings);
    void approveRequested();
    void appealDecisionChosen(wd::AppealOutcome outcome, const QString &reason);
    void reloadRequested();
    void resolveRequested();

private:
    void updateActions();
    void updateBanner();

    const RuleSet &m_rules;
    const ReplyTemplates &m_templates;
    CaseView m_view;
    CaseWorkspace *m_workspace = nullptr;
    AssessmentPanel *m_assessment = nullptr;
    NotesPanel *m_notesPanel = nullptr;
    NotesModel *m_notes = nullptr;
    QPointer<const UserNames> m_names;
    QToolBar *m_tools = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_resolve = nullptr;
    QAction *m_claim = nullptr;
    QAction *m_category = nullptr;
    QAction *m_release = nullptr;
    QAction *m_verdict = nullptr;
    QAction *m_execute = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_appeal = nullptr;
    QAction *m_reload = nullptr;
};

} // namespace wd::ui
