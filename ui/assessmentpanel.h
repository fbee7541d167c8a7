#pragma once
// The rules engine's proposal for the open case: covered or not, liable party, remedies, flags,
// the trace in plain language (in the UI's language), the evidence checklist, the current guard
// refusal, and "Request evidence" which prepares a customer message from a template.

#include "assessment.h"
#include "caseworkflow.h"
#include "evidencechecklist.h"
#include "replytemplates.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace wd::ui {

class EvidenceRequestDialog;
class WaiverDialog;

class AssessmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentPanel(QWidget *parent = nullptr);

    // Keeps copies: the panel never points into the caller's data.
    void setCase(const CaseFile &caseFile, const CaseState &state, const Assessment &assessment, const RuleSet &rules);
    // No assessment yet (e.g. no category set): the reason in words instead of a proposal.
    void setNotAssessable(const QString &reason);
    // The guard of the current step; an allowed decision clears the refusal.
    void setGuardDecision(const Decision &decision);
    void setTemplates(const ReplyTemplates &templates) { m_templates = templates; }
    // The clock used for the default deadline of an evidence request.
    void setNow(const QDateTime &now) { m_now = now; }

    const QList<ChecklistItem> &checklist() const { return m_checklist; }
    QList<EvidenceKind> missingKinds() const;

    // Opens the request dialog (non-modal to the window, modal to the panel); also what the button does.
    EvidenceRequestDialog *requestEvidence();
    // Waives the missing item selected in the checklist (also the "Waive…" button); null when the
    // selected row is not a missing item.
    WaiverDialog *waiveSelected();

    QLabel *proposalLabel() const { return m_proposal; }
    QTreeWidget *traceView() const { return m_trace; }
    QTreeWidget *checklistView() const { return m_checklistView; }
    QLabel *guardLabel() const { return m_guard; }
    QPushButton *requestEvidenceButton() const { return m_requestButton; }
    QPushButton *waiveButton() const { return m_waiveButton; }
    // Ctrl+Shift+E; for the window's menus and shortcut list.
    QAction *requestEvidenceAction() const { return m_requestAction; }

signals:
    void evidenceRequested(const QString &text, const QString &templateId);
    // The agent waived a missing item with a written reason; the caller sends the waiver.
    void waiverRequested(wd::EvidenceKind kind, const QString &reason);

private:
    void showProposal();
    void showChecklist();
    std::optional<EvidenceKind> selectedMissing() const;

    CaseFile m_case;
    Assessment m_assessment;
    bool m_assessed = false;
    QList<ChecklistItem> m_checklist;
    ReplyTemplates m_templates;
    QDateTime m_now;

    QLabel *m_proposal = nullptr;
    QLabel *m_details = nullptr;
    QTreeWidget *m_trace = nullptr;
    QTreeWidget *m_checklistView = nullptr;
    QLabel *m_guard = nullptr;
    QPushButton *m_requestButton = nullptr;
    QAction *m_requestAction = nullptr;
    QPushButton *m_waiveButton = nullptr;
};

// The on-screen words for an assessment flag ("key_resold_suspected" → "Key possibly resold").
QString flagLabel(const QString &flag);

} // namespace wd::ui
