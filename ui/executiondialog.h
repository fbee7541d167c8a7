#pragma once
// Execution (结果执行): one record per remedy of the verdict (refund transaction id, new key id,
// deposit deduction, voucher id, coordination result), each checked, and the customer
// notification from a template with the order number, amount, references and deadline filled in.

#include "caseworkflow.h"
#include "replytemplates.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wd::ui {

class TemplateMessageEditor;

class ExecutionDialog : public QDialog
{
    Q_OBJECT
public:
    // `done`: records already on the ticket (shown, not asked again). `appealDeadline`: fills {deadline}.
    ExecutionDialog(const CaseFile &caseFile, const Verdict &verdict, const QList<ExecutionRecord> &done,
                    const ReplyTemplates &templates, const QDateTime &appealDeadline, QWidget *parent = nullptr);

    // The records still to send, one per remedy, in the verdict's order (remedy + reference).
    QList<ExecutionRecord> records() const;
    bool notifyCustomer() const;
    QString notificationText() const;
    QString notificationTemplateId() const;
    // Why the dialog cannot be confirmed yet, in words; empty when it can.
    QStringList problems() const;
    // The problem with one reference for its remedy, or an empty string when it is acceptable.
    static QString referenceProblem(Remedy remedy, const QString &reference);
    // "Refund transaction ID", "New key ID", ...: what the reference of a remedy is.
    static QString referenceLabel(Remedy remedy);

    void accept() override;

    QLineEdit *referenceEdit(Remedy remedy) const { return m_edits.value(remedy); }
    TemplateMessageEditor *notificationEditor() const { return m_editor; }
    QCheckBox *notifyBox() const { return m_notify; }
    QLabel *problemsLabel() const { return m_problems; }

private:
    void refresh();

    CaseFile m_case;
    Verdict m_verdict;
    QHash<QString, QString> m_values;
    QMap<Remedy, QLineEdit *> m_edits;
    QMap<Remedy, QLabel *> m_editProblems;
    QList<ExecutionRecord> m_done;
    TemplateMessageEditor *m_editor = nullptr;
    QCheckBox *m_notify = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wd::ui
