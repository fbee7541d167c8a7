#include "assessmentpanel.h"

#include "dialogparts.h"
#include "evidencerequestdialog.h"
#include "waiverdialog.h"

#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wd::ui {

namespace {

QString coloured(const QString &text, Tone tone, const QPalette &palette)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(toneText(tone, palette).name(), text.toHtmlEscaped());
}

// Row heights that follow the column width, so a long reason wraps instead of being cut off
// (QTreeView's own word wrap measures before the columns have their width).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const auto *tree = qobject_cast<const QTreeView *>(opt.widget);
        const QFontMetrics fm(opt.font);
        const int natural = fm.horizontalAdvance(opt.text) + 12; // what "resize to contents" asks for
        const int column = tree ? tree->columnWidth(index.column()) : opt.rect.width();
        const int wrapAt = qMax(40, qMin(natural, column) - 10);
        const QRect text = fm.boundingRect(QRect(0, 0, wrapAt, 100000), Qt::TextWordWrap, opt.text);
        return {natural, text.height() + 6};
    }
};

QTreeWidget *makeTree(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setWordWrap(true);
    tree->setTextElideMode(Qt::ElideNone);
    tree->setUniformRowHeights(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setAccessibleName(accessibleName);
    tree->header()->setStretchLastSection(true);
    tree->setItemDelegate(new WrappingDelegate(tree));
    QObject::connect(tree->header(), &QHeaderView::sectionResized, tree, [tree] { tree->doItemsLayout(); });
    return tree;
}

} // namespace

QString flagLabel(const QString &flag)
{
    if (flag == flags::OneTimeUndisclosed)
        return AssessmentPanel::tr("One-time verification not disclosed at purchase");
    if (flag == flags::KeyResoldSuspected)
        return AssessmentPanel::tr("Key possibly resold (used by someone else)");
    if (flag == flags::PlatformWindowOverlap)
        return AssessmentPanel::tr("Failure during a platform maintenance or outage");
    if (flag == flags::DepositInsufficient)
        return AssessmentPanel::tr("Merchant deposit below the amount paid");
    if (flag == flags::ClaimContradictsLog)
        return AssessmentPanel::tr("Complaint contradicts the key log");
    return flag;
}

AssessmentPanel::AssessmentPanel(QWidget *parent) : QWidget(parent), m_now(QDateTime::currentDateTimeUtc())
{
    auto *proposalBox = new QGroupBox(tr("Rules engine proposal"), this);
    m_proposal = new QLabel(proposalBox);
    m_proposal->setTextFormat(Qt::RichText);
    m_proposal->setWordWrap(true);
    m_proposal->setAccessibleName(tr("Proposal"));
    QFont big = m_proposal->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_proposal->setFont(big);
    m_details = new QLabel(proposalBox);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *proposalLayout = new QVBoxLayout(proposalBox);
    proposalLayout->addWidget(m_proposal);
    proposalLayout->addWidget(m_details);

    auto *traceBox = new QGroupBox(tr("Why (rules applied, in order)"), this);
    m_trace = makeTree({tr("Reason"), tr("Rule")}, tr("Assessment trace"), traceBox);
    m_trace->header()->setStretchLastSection(false);
    m_trace->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_trace->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *traceLayout = new QVBoxLayout(traceBox);
    traceLayout->addWidget(m_trace);

    auto *evidenceBox = new QGroupBox(tr("Evidence checklist"), this);
    m_checklistView = makeTree({tr("Evidence"), tr("State"), tr("Details")}, tr("Evidence checklist"), evidenceBox);
    m_guard = new QLabel(evidenceBox);
    m_guard->setWordWrap(true);
    m_guard->setMargin(6);
    m_guard->setAccessibleName(tr("Why the next step is blocked"));
    m_guard->hide();
    // An action, so the main window can list its shortcut in the F1 help and menus; the key works
    // wherever the focus is inside the panel's window (Ctrl+Shift+R is the main window's Release).
    m_requestAction = new QAction(tr("Request evidence…"), this);
    m_requestAction->setObjectName(QStringLiteral("requestEvidenceAction"));
    m_requestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_requestAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_requestAction);
    m_requestButton = new QPushButton(tr("&Request evidence…"), evidenceBox);
    m_requestButton->setToolTip(tr("Ask the customer for evidence (%1)").arg(m_requestAction->shortcut().toString(QKeySequence::NativeText)));
    m_waiveButton = new QPushButton(tr("&Waive…"), evidenceBox);
    m_waiveButton->setToolTip(tr("Go on without the selected missing item, with a written reason"));
    m_waiveButton->setEnabled(false);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_checklistView);
    evidenceLayout->addWidget(m_guard);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_waiveButton);
    buttonRow->addWidget(m_requestButton);
    evidenceLayout->addLayout(buttonRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(proposalBox);
    layout->addWidget(traceBox, 3);
    layout->addWidget(evidenceBox, 2);

    setTabOrder(m_trace, m_checklistView);
    setTabOrder(m_checklistView, m_waiveButton);
    setTabOrder(m_waiveButton, m_requestButton);
    connect(m_checklistView, &QTreeWidget::currentItemChanged, this, [this] { m_waiveButton->setEnabled(selectedMissing().has_value()); });
    connect(m_waiveButton, &QPushButton::clicked, this, [this] { waiveSelected(); });
    connect(m_requestButton, &QPushButton::clicked, m_requestAction, &QAction::trigger);
    connect(m_requestAction, &QAction::triggered, this, [this] { requestEvidence(); });
    setNotAssessable(tr("No case open."));
}

void AssessmentPanel::setCase(const CaseFile &caseFile, const CaseState &state, const Assessment &assessment,
                              const RuleSet &rules)
{
    m_case = caseFile;
    m_assessment = assessment;
    m_assessed = true;
    m_checklist = evidenceChecklist(caseFile, state, assessment, rules);
    showProposal();
    showChecklist();
    m_requestButton->setEnabled(caseFile.order.has_value());
    m_requestAction->setEnabled(m_requestButton->isEnabled());
}

void AssessmentPanel::setNotAssessable(const QString &reason)
{
    m_assessed = false;
    m_checklist.clear();
    m_proposal->setText(reason.toHtmlEscaped());
    m_details->clear();
    m_trace->clear();
    m_checklistView->clear();
    m_requestButton->setEnabled(false);
    m_requestAction->setEnabled(false);
}

void AssessmentPanel::showProposal()
{
    const Assessment &a = m_assessment;
    const QPalette pal = palette();
    const QString cover = a.covered ? coloured(tr("Covered"), Tone::Good, pal) : coloured(tr("Not covered"), Tone::Danger, pal);
    m_proposal->setText(tr("%1 — liable: %2").arg(cover, DomainLabels::label(a.liableParty).toHtmlEscaped()));

    QStringList lines;
    lines << tr("Proposed remedies: %1").arg(labelList(a.remedies).toHtmlEscaped());
    if (a.warrantyEndsAt) {
        const QString ends = a.warrantyEndsAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        lines << (a.inWarranty ? tr("In warranty (until %1)").arg(ends) : tr("Out of warranty (ended %1)").arg(ends));
    } else {
        lines << (a.inWarranty ? tr("In warranty (not delivered yet: the clock has not started)") : tr("Out of warranty"));
    }
    for (const QString &flag : a.flags)
        lines << coloured(QStringLiteral("⚠ ") + flagLabel(flag), Tone::Caution, pal);
    lines << tr("Rule set %1").arg(a.rulesVersion.toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral("<br>")));

    m_trace->clear();
    const Language language = Translation::current();
    for (const TraceLine &line : a.trace) {
        auto *item = new QTreeWidgetItem(m_trace, {line.reason(language), line.rule});
        item->setToolTip(0, line.reason(language));
        item->setForeground(1, pal.brush(QPalette::Disabled, QPalette::Text));
    }
}

void AssessmentPanel::showChecklist()
{
    m_checklistView->clear();
    const QPalette pal = palette();
    for (const ChecklistItem &c : m_checklist) {
        QString state;
        Tone tone = Tone::Good;
        QString details;
        switch (c.state) {
        case ChecklistItem::State::Present:
            state = c.required ? tr("✓ Present") : tr("✓ Present (extra)");
            details = c.byOrder ? tr("The order itself")
                : c.byKeyLog ? tr("Failed activation in the key log")
                : c.evidenceIds.join(QStringLiteral(", "));
            break;
        case ChecklistItem::State::Missing:
            state = tr("✗ Missing");
            tone = Tone::Danger;
            details = tr("Ask the customer, or waive with a written reason");
            break;
        case ChecklistItem::State::Waived:
            state = tr("Waived");
            tone = Tone::Caution;
            details = tr("Reason: %1").arg(c.waiverReason);
            break;
        }
        auto *item = new QTreeWidgetItem(m_checklistView, {DomainLabels::label(c.kind), state, details});
        item->setData(0, Qt::UserRole, enumName(c.kind));
        item->setData(1, Qt::UserRole, int(c.state));
        item->setForeground(1, toneText(tone, pal));
        item->setToolTip(2, details);
    }
    m_checklistView->resizeColumnToContents(0);
    m_checklistView->resizeColumnToContents(1);
    // The first missing item is where the agent's next action is (waive or ask for it).
    for (int i = 0; i < m_checklistView->topLevelItemCount(); ++i) {
        if (m_checklistView->topLevelItem(i)->data(1, Qt::UserRole).toInt() == int(ChecklistItem::State::Missing)) {
            m_checklistView->setCurrentItem(m_checklistView->topLevelItem(i));
            break;
        }
    }
}

void AssessmentPanel::setGuardDecision(const Decision &decision)
{
    if (decision.allowed) {
        m_guard->hide();
        m_guard->clear();
        return;
    }
    QStringList missing;
    for (const QString &name : decision.missing) {
        const auto kind = enumFromName<EvidenceKind>(name);
        missing << (kind ? DomainLabels::label(*kind) : name);
    }
    QString text = tr("Blocked: %1").arg(decision.reason(Translation::current()));
    if (!missing.isEmpty())
        text += QLatin1Char('\n') + tr("Missing: %1").arg(missing.join(listSeparator()));
    text += QLatin1Char('\n') + tr("Guard: %1").arg(decision.guard);
    m_guard->setText(text);
    applyTone(m_guard, Tone::Danger, ToneStyle::Band);
    m_guard->show();
}

QList<EvidenceKind> AssessmentPanel::missingKinds() const
{
    QList<EvidenceKind> kinds;
    for (const ChecklistItem &c : m_checklist) {
        if (c.state == ChecklistItem::State::Missing)
            kinds << c.kind;
    }
    return kinds;
}

std::optional<EvidenceKind> AssessmentPanel::selectedMissing() const
{
    const QTreeWidgetItem *item = m_checklistView->currentItem();
    if (!item || item->data(1, Qt::UserRole).toInt() != int(ChecklistItem::State::Missing))
        return std::nullopt;
    return enumFromName<EvidenceKind>(item->data(0, Qt::UserRole).toString());
}

WaiverDialog *AssessmentPanel::waiveSelected()
{
    const std::optional<EvidenceKind> kind = selectedMissing();
    if (!kind)
        return nullptr;
    auto *dialog = new WaiverDialog(*kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit waiverRequested(dialog->kind(), dialog->reason()); });
    dialog->open();
    return dialog;
}

EvidenceRequestDialog *AssessmentPanel::requestEvidence()
{
    if (!m_assessed)
        return nullptr;
    const ReplyTemplates &templates = m_templates.all().isEmpty() ? ReplyTemplates::builtIn(Translation::current()) : m_templates;
    auto *dialog = new EvidenceRequestDialog(m_case, missingKinds(), templates, m_now, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit evidenceRequested(dialog->text(), dialog->templateId()); });
    dialog->open();
    return dialog;
}

} // namespace wd::ui
