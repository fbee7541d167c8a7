#include "verdictdialog.h"

#include "dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wd::ui {

namespace {

void fitListHeight(QListWidget *list, int maxRows)
{
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    const int rows = qBound(1, int(list->count()), maxRows);
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 6;
    list->setFixedHeight(rows * row + 2 * list->frameWidth() + 4);
}

} // namespace

QString departureLabel(const QString &departure)
{
    if (departure == QLatin1String("liable_party"))
        return VerdictDialog::tr("liable party");
    if (departure == QLatin1String("remedies"))
        return VerdictDialog::tr("remedies");
    if (departure == QLatin1String("amount"))
        return VerdictDialog::tr("amount above the amount paid");
    return departure;
}

VerdictDialog::VerdictDialog(const CaseFile &caseFile, const Assessment &assessment, const RuleSet &rules, QWidget *parent)
    : QDialog(parent), m_case(caseFile), m_assessment(assessment), m_rules(rules)
{
    setWindowTitle(tr("Verdict — %1").arg(caseFile.ticket.id));

    auto *proposal = new QLabel(tr("Proposal: %1 · liable: %2 · remedies: %3")
                                    .arg(assessment.covered ? tr("covered") : tr("not covered"),
                                         DomainLabels::label(assessment.liableParty), labelList(assessment.remedies, tr("none"))),
                                this);
    proposal->setWordWrap(true);
    applyTone(proposal, Tone::Info, ToneStyle::Band);
    proposal->setMargin(6);

    m_liable = new QComboBox(this);
    m_liable->setAccessibleName(tr("Liable party"));
    for (const auto &entry : enumValues<LiableParty>())
        m_liable->addItem(DomainLabels::label(entry.value), int(entry.value));

    m_remedies = makeCheckList(tr("Remedies"), this);

    m_amount = new QLineEdit(this);
    m_amount->setAccessibleName(tr("Amount in CNY"));
    m_amount->setPlaceholderText(QStringLiteral("0.00"));
    m_amount->setMaximumWidth(160);
    m_amountWarning = new QLabel(this);
    m_amountWarning->setWordWrap(true);
    m_amountWarning->setMargin(4);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount);
    amountRow->addWidget(new QLabel(caseFile.order ? caseFile.order->currency : QStringLiteral("CNY"), this));
    if (caseFile.order)
        amountRow->addWidget(new QLabel(tr("(paid %1)").arg(caseFile.order->amountPaid.toString()), this));
    amountRow->addStretch();

    m_reasoning = new QPlainTextEdit(this);
    m_reasoning->setAccessibleName(tr("Reasoning"));
    m_reasoning->setTabChangesFocus(true);
    m_reasoning->setMinimumHeight(80);
    m_reasoningHint = new QLabel(this);
    m_reasoningHint->setWordWrap(true);
    m_reasoningHint->setMargin(4);

    m_evidence = makeCheckList(tr("Cited evidence"), this);
    for (const Evidence &e : caseFile.evidence) {
        QString text = QStringLiteral("%1 · %2 · %3").arg(e.id, DomainLabels::label(e.kind), DomainLabels::label(e.source));
        if (e.capturedAt)
            text += QStringLiteral(" · ") + e.capturedAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        auto *item = new QListWidgetItem(text, m_evidence);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    if (caseFile.evidence.isEmpty())
        new QListWidgetItem(tr("The case file holds no evidence items."), m_evidence);
    fitListHeight(m_evidence, 6);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("What will be recorded"));
    m_fourEyes = new QLabel(this);
    m_fourEyes->setWordWrap(true);
    m_fourEyes->setMargin(6);
    m_fourEyes->setText(tr("Four-eyes: the amount is above %1 CNY, so a supervisor other than you must approve "
                           "the verdict before it can be executed.").arg(rules.fourEyesThreshold().toString()));
    applyTone(m_fourEyes, Tone::Caution, ToneStyle::Band);
    m_problems = makeProblemLabel(this);
    m_problems->setAccessibleName(tr("Why the verdict cannot be recorded yet"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *record = m_buttons->addButton(tr("&Record verdict"), QDialogButtonBox::AcceptRole);
    record->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Liable party:"), m_liable);
    form->addRow(tr("Re&medies:"), m_remedies);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    form->addRow(QString(), m_amountWarning);
    form->addRow(tr("R&easoning:"), m_reasoning);
    form->addRow(QString(), m_reasoningHint);
    form->addRow(tr("&Cited evidence:"), m_evidence);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(proposal);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_fourEyes);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(640);

    setTabOrder(m_liable, m_remedies);
    setTabOrder(m_remedies, m_amount);
    setTabOrder(m_amount, m_reasoning);
    setTabOrder(m_reasoning, m_evidence);

    // The proposal is the starting point: its party, the single remedy when there is no choice to
    // make, the amount paid when covered.
    m_liable->setCurrentIndex(m_liable->findData(int(assessment.liableParty)));
    fillRemedies(assessment.remedies.size() == 1 ? assessment.remedies : QList<Remedy>{});
    m_amount->setText(assessment.covered && caseFile.order ? caseFile.order->amountPaid.toString() : Money().toString());

    connect(m_liable, &QComboBox::currentIndexChanged, this, [this] { fillRemedies(checkedRemedies()); refresh(); });
    connect(m_remedies, &QListWidget::itemChanged, this, &VerdictDialog::refresh);
    connect(m_evidence, &QListWidget::itemChanged, this, &VerdictDialog::refresh);
    connect(m_amount, &QLineEdit::textChanged, this, &VerdictDialog::refresh);
    connect(m_reasoning, &QPlainTextEdit::textChanged, this, &VerdictDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    m_liable->setFocus();
}

QList<Remedy> VerdictDialog::offeredRemedies(LiableParty party) const
{
    if (party == LiableParty::Customer)
        return {Remedy::Reject};
    const CategoryRule &rule = m_rules.category(m_assessment.category);
    QList<Remedy> offered = rule.remedies;
    auto add = [&offered](const QList<Remedy> &more) {
        for (Remedy r : more) {
            if (r != Remedy::Reject && !offered.contains(r))
                offered << r;
        }
    };
    if (party != rule.liable)
        add(m_rules.overrideRemedies(party));
    if (party == LiableParty::Merchant && m_case.findings.merchantRefused)
        add(m_rules.merchantRefusedRemedies());
    if (party == LiableParty::ThirdParty)
        add({Remedy::CoordinateThirdParty});
    if (party == m_assessment.liableParty)
        add(m_assessment.remedies);
    return offered;
}

void VerdictDialog::fillRemedies(const QList<Remedy> &checked)
{
    const QSignalBlocker block(m_remedies);
    m_remedies->clear();
    const QList<Remedy> offered = offeredRemedies(LiableParty(m_liable->currentData().toInt()));
    for (Remedy r : offered) {
        QString text = DomainLabels::label(r);
        if (m_assessment.remedies.contains(r))
            text += QStringLiteral("  ") + tr("(proposed)");
        auto *item = new QListWidgetItem(text, m_remedies);
        item->setData(Qt::UserRole, int(r));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        // Only one remedy possible (a rejection): nothing to choose.
        item->setCheckState(checked.contains(r) || offered.size() == 1 ? Qt::Checked : Qt::Unchecked);
    }
    fitListHeight(m_remedies, 6);
}

QList<Remedy> VerdictDialog::checkedRemedies() const
{
    QList<Remedy> remedies;
    for (int i = 0; i < m_remedies->count(); ++i) {
        if (m_remedies->item(i)->checkState() == Qt::Checked)
            remedies << Remedy(m_remedies->item(i)->data(Qt::UserRole).toInt());
    }
    return remedies;
}

std::optional<Money> VerdictDialog::amount() const
{
    const std::optional<Money> parsed = Money::parse(m_amount->text().trimmed());
    if (!parsed || *parsed < Money())
        return std::nullopt;
    return parsed;
}

void VerdictDialog::setDraft(const Verdict &draft)
{
    m_liable->setCurrentIndex(m_liable->findData(int(draft.liableParty)));
    fillRemedies(draft.remedies);
    m_amount->setText(draft.amount.toString());
    m_reasoning->setPlainText(draft.reasoning);
    {
        const QSignalBlocker block(m_evidence);
        for (int i = 0; i < m_evidence->count(); ++i) {
            QListWidgetItem *item = m_evidence->item(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(draft.citedEvidence.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    refresh();
}

Verdict VerdictDialog::verdict() const
{
    Verdict v;
    v.liableParty = LiableParty(m_liable->currentData().toInt());
    v.remedies = checkedRemedies();
    v.amount = amount().value_or(Money());
    v.reasoning = m_reasoning->toPlainText().trimmed();
    for (int i = 0; i < m_evidence->count(); ++i) {
        const QListWidgetItem *item = m_evidence->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            v.citedEvidence << item->data(Qt::UserRole).toString();
    }
    v.rulesVersion = m_rules.version();
    v.departures = CaseWorkflow::departures(v, m_case, m_assessment);
    return v;
}

QStringList VerdictDialog::departures() const
{
    return verdict().departures;
}

bool VerdictDialog::needsApproval() const
{
    return verdict().amount > m_rules.fourEyesThreshold();
}

bool VerdictDialog::amountAbovePaid() const
{
    return m_case.order && verdict().amount > m_case.order->amountPaid;
}

QStringList VerdictDialog::problems() const
{
    const Verdict v = verdict();
    QStringList problems;
    if (v.remedies.isEmpty())
        problems << tr("Choose at least one remedy.");
    if (!amount())
        problems << tr("Enter the amount as a number with at most two decimals, e.g. 98.50.");
    if (v.departsFromAssessment() && v.reasoning.isEmpty())
        problems << tr("Explain in the reasoning why the verdict departs from the proposal.");
    if (v.citedEvidence.isEmpty() && !m_case.evidence.isEmpty())
        problems << tr("Cite the evidence the verdict rests on.");
    return problems;
}

void VerdictDialog::refresh()
{
    const Verdict v = verdict();
    if (!amount()) {
        m_amountWarning->setText(tr("Not an amount: use digits with at most two decimals."));
        applyTone(m_amountWarning, Tone::Danger, ToneStyle::Band);
        m_amountWarning->show();
    } else if (amountAbovePaid()) {
        m_amountWarning->setText(tr("⚠ More than the customer paid (%1): explain why in the reasoning.")
                                     .arg(m_case.order->amountPaid.toString()));
        applyTone(m_amountWarning, Tone::Danger, ToneStyle::Band);
        m_amountWarning->show();
    } else {
        m_amountWarning->hide();
    }

    QStringList departed;
    for (const QString &d : v.departures)
        departed << departureLabel(d);
    if (departed.isEmpty()) {
        m_reasoningHint->setText(tr("Optional: the verdict follows the proposal."));
        applyTone(m_reasoningHint, Tone::Neutral, ToneStyle::Band);
    } else {
        m_reasoningHint->setText(tr("Required: the verdict departs from the proposal (%1).").arg(departed.join(listSeparator())));
        applyTone(m_reasoningHint, v.reasoning.isEmpty() ? Tone::Danger : Tone::Neutral, ToneStyle::Band);
    }

    QStringList summary;
    summary << tr("<b>Will record:</b> liable %1; remedies %2; amount %3 CNY.")
                   .arg(DomainLabels::label(v.liableParty).toHtmlEscaped(), labelList(v.remedies, tr("none")).toHtmlEscaped(),
                        v.amount.toString());
    summary << tr("Cites: %1. Rule set %2.")
                   .arg(v.citedEvidence.isEmpty() ? tr("nothing") : v.citedEvidence.join(listSeparator()).toHtmlEscaped(),
                        v.rulesVersion.toHtmlEscaped());
    summary << (departed.isEmpty() ? tr("Follows the proposal.")
                                   : tr("Departs from the proposal in: %1.").arg(departed.join(listSeparator()).toHtmlEscaped()));
    m_summary->setText(summary.join(QStringLiteral("<br>")));

    m_fourEyes->setVisible(v.amount > m_rules.fourEyesThreshold());

    const QStringList open = problems();
    showProblems(m_problems, open);
    setAcceptEnabled(m_buttons, open.isEmpty());
}

void VerdictDialog::accept()
{
    if (problems().isEmpty())
        QDialog::accept();
}

} // namespace wd::ui
