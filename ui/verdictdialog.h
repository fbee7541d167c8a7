#pragma once
// The verdict (责任判定): liable party, remedies the rule set allows for the category, amount,
// reasoning (required where the draft departs from the proposal, with the departures computed by
// the domain's own CaseWorkflow::departures), cited evidence, a summary of what will be recorded
// and the four-eyes note above the threshold. The result is a wd::Verdict for the request.

#include "assessment.h"
#include "caseworkflow.h"
#include "ruleset.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace wd::ui {

class VerdictDialog : public QDialog
{
    Q_OBJECT
public:
    VerdictDialog(const CaseFile &caseFile, const Assessment &assessment, const RuleSet &rules, QWidget *parent = nullptr);

    // Starts from an earlier verdict (replacing a verdict before approval).
    void setDraft(const Verdict &draft);

    // What would be sent: liable party, remedies, amount, reasoning, cited evidence, rules version.
    Verdict verdict() const;
    QStringList departures() const;
    bool needsApproval() const;
    bool amountAbovePaid() const;
    // Why the verdict cannot be recorded yet, in words; empty when it can.
    QStringList problems() const;
    // The remedies offered for a liable party: the category's, the override remedies when the
    // party is not the category's default, the merchant-refused payout, and what the assessment
    // proposed; only "reject" for the customer (a rejection goes with liable party customer).
    QList<Remedy> offeredRemedies(LiableParty party) const;

    void accept() override;

    QComboBox *liablePartyBox() const { return m_liable; }
    QListWidget *remedyList() const { return m_remedies; }
    QLineEdit *amountEdit() const { return m_amount; }
    QPlainTextEdit *reasoningEdit() const { return m_reasoning; }
    QListWidget *evidenceList() const { return m_evidence; }
    QLabel *fourEyesNote() const { return m_fourEyes; }
    QLabel *amountWarning() const { return m_amountWarning; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *problemsLabel() const { return m_problems; }

private:
    void fillRemedies(const QList<Remedy> &checked);
    QList<Remedy> checkedRemedies() const;
    std::optional<Money> amount() const;
    void refresh();

    CaseFile m_case;
    Assessment m_assessment;
    const RuleSet &m_rules;

    QComboBox *m_liable = nullptr;
    QListWidget *m_remedies = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountWarning = nullptr;
    QPlainTextEdit *m_reasoning = nullptr;
    QLabel *m_reasoningHint = nullptr;
    QListWidget *m_evidence = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_fourEyes = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// "liable party", "remedies", "amount above the amount paid": a departure in words.
QString departureLabel(const QString &departure);

} // namespace wd::ui
