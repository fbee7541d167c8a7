#include "executiondialog.h"

#include "dialogparts.h"
#include "evidencerequestdialog.h"
#include "templatemessageeditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace wd::ui {

namespace {

constexpr int kMaxReference = 200;

bool isFreeText(Remedy remedy)
{
    // A coordination result is a sentence ("carrier credited the top-up on 11-26"), not an id.
    return remedy == Remedy::CoordinateThirdParty;
}

} // namespace

QString ExecutionDialog::referenceLabel(Remedy remedy)
{
    switch (remedy) {
    case Remedy::Refund:
    case Remedy::PartialRefund: return tr("Refund transaction ID");
    case Remedy::ReissueKey: return tr("New key ID");
    case Remedy::DepositPayout: return tr("Deposit deduction reference");
    case Remedy::Compensation: return tr("Voucher ID");
    case Remedy::Deliver: return tr("Delivery reference");
    case Remedy::RestoreAccount: return tr("Account restoration reference");
    case Remedy::CoordinateThirdParty: return tr("Coordination result");
    case Remedy::Reject: break;
    }
    return tr("Reference");
}

QString ExecutionDialog::referenceProblem(Remedy remedy, const QString &reference)
{
    const QString text = reference.trimmed();
    if (text.isEmpty())
        return tr("%1 is required.").arg(referenceLabel(remedy));
    if (text.size() > kMaxReference)
        return tr("%1 is longer than %2 characters.").arg(referenceLabel(remedy)).arg(kMaxReference);
    if (isFreeText(remedy)) {
        if (text.size() < 4)
            return tr("Describe the coordination result in a few words.");
        return {};
    }
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:/-]{2,63}$"));
    if (!idPattern.match(text).hasMatch())
        return tr("%1: 3 to 64 letters, digits or . _ : / -, no spaces.").arg(referenceLabel(remedy));
    return {};
}

ExecutionDialog::ExecutionDialog(const CaseFile &caseFile, const Verdict &verdict, const QList<ExecutionRecord> &done,
                                 const ReplyTemplates &templates, const QDateTime &appealDeadline, QWidget *parent)
    : QDialog(parent), m_case(caseFile), m_verdict(verdict), m_done(done)
{
    setWindowTitle(tr("Execute the verdict — %1").arg(caseFile.ticket.id));
    m_values = ReplyTemplates::caseValues(caseFile);
    m_values.insert(QStringLiteral("amount"), verdict.amount.toString());
    m_values.insert(QStringLiteral("deadline"), messageTime(appealDeadline));
    m_values.insert(QStringLiteral("remedies"), labelList(verdict.remedies));

    auto *recordsBox = new QGroupBox(tr("Execution records (one per remedy)"), this);
    auto *form = new QFormLayout(recordsBox);
    QWidget *previous = nullptr;
    for (Remedy remedy : verdict.remedies) {
        if (remedy == Remedy::Reject) {
            form->addRow(DomainLabels::label(remedy), new QLabel(tr("Nothing to execute: the notification tells the customer."), recordsBox));
            continue;
        }
        auto *edit = new QLineEdit(recordsBox);
        edit->setAccessibleName(QStringLiteral("%1 — %2").arg(DomainLabels::label(remedy), referenceLabel(remedy)));
        edit->setPlaceholderText(referenceLabel(remedy));
        edit->setMaxLength(kMaxReference);
        for (const ExecutionRecord &r : done) {
            if (r.remedy == remedy && !r.reference.trimmed().isEmpty()) {
                edit->setText(r.reference);
                edit->setReadOnly(true);
                edit->setToolTip(tr("Recorded by %1").arg(r.by));
            }
        }
        QLabel *problem = makeProblemLabel(recordsBox);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(problem);
        form->addRow(tr("%1 — %2:").arg(DomainLabels::label(remedy), referenceLabel(remedy)), cell);
        m_edits.insert(remedy, edit);
        m_editProblems.insert(remedy, problem);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        connect(edit, &QLineEdit::textChanged, this, &ExecutionDialog::refresh);
    }

    auto *noticeBox = new QGroupBox(tr("Customer notification"), this);
    m_notify = new QCheckBox(tr("&Notify the customer now"), noticeBox);
    m_notify->setChecked(true);
    m_editor = new TemplateMessageEditor(noticeBox);
    m_editor->setTemplates(templates.forPurpose(TemplatePurpose::Notification));
    if (auto best = templates.notificationFor(verdict.remedies))
        m_editor->selectTemplate(best->id);
    auto *noticeLayout = new QVBoxLayout(noticeBox);
    noticeLayout->addWidget(m_notify);
    noticeLayout->addWidget(m_editor);

    m_problems = makeProblemLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *confirm = m_buttons->addButton(tr("&Record and notify"), QDialogButtonBox::AcceptRole);
    confirm->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(recordsBox);
    layout->addWidget(noticeBox, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(620, 560);

    connect(m_notify, &QCheckBox::toggled, this, [this, confirm](bool on) {
        m_editor->setEnabled(on);
        confirm->setText(on ? tr("&Record and notify") : tr("&Record only"));
        refresh();
    });
    connect(m_editor, &TemplateMessageEditor::changed, this, &ExecutionDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    for (QLineEdit *edit : std::as_const(m_edits)) {
        if (!edit->isReadOnly()) {
            edit->setFocus();
            break;
        }
    }
}

QList<ExecutionRecord> ExecutionDialog::records() const
{
    QList<ExecutionRecord> records;
    for (Remedy remedy : m_verdict.remedies) {
        QLineEdit *edit = m_edits.value(remedy);
        if (!edit || edit->isReadOnly())
            continue;
        ExecutionRecord record;
        record.remedy = remedy;
        record.reference = edit->text().trimmed();
        records << record;
    }
    return records;
}

bool ExecutionDialog::notifyCustomer() const
{
    return m_notify->isChecked();
}

QString ExecutionDialog::notificationText() const
{
    return m_editor->text().trimmed();
}

QString ExecutionDialog::notificationTemplateId() const
{
    return m_editor->templateId();
}

QStringList ExecutionDialog::problems() const
{
    QStringList problems;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString problem = referenceProblem(it.key(), it.value()->text());
        if (!problem.isEmpty())
            problems << problem;
    }
    if (m_notify->isChecked()) {
        if (notificationText().isEmpty())
            problems << tr("Write the notification.");
        const QStringList unfilled = m_editor->unfilledPlaceholders();
        if (!unfilled.isEmpty())
            problems << tr("The notification still has placeholders to fill: %1.").arg(unfilled.join(QStringLiteral(", ")));
    }
    return problems;
}

void ExecutionDialog::refresh()
{
    QStringList references;
    bool allValid = true;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString problem = referenceProblem(it.key(), it.value()->text());
        QLabel *label = m_editProblems.value(it.key());
        // Say nothing about an empty field until the agent has typed or tried to confirm.
        showProblems(label, it.value()->text().isEmpty() || problem.isEmpty() ? QStringList() : QStringList{problem});
        if (problem.isEmpty())
            references << it.value()->text().trimmed();
        allValid = allValid && problem.isEmpty();
    }
    // Only a complete list goes into the message: a notification naming one of two refunds would
    // read as final. Until then {references} stays visible and the editor says it is unfilled.
    if (allValid)
        m_values.insert(QStringLiteral("references"), references.join(QStringLiteral(", ")));
    else
        m_values.remove(QStringLiteral("references"));
    m_editor->setValues(m_values);

    const QStringList open = problems();
    showProblems(m_problems, open);
    setAcceptEnabled(m_buttons, open.isEmpty());
}

void ExecutionDialog::accept()
{
    if (problems().isEmpty())
        QDialog::accept();
}

} // namespace wd::ui
