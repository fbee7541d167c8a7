#include "evidencerequestdialog.h"

#include "dialogparts.h"
#include "templatemessageeditor.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wd::ui {

QString messageTime(const QDateTime &instant)
{
    return instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

EvidenceRequestDialog::EvidenceRequestDialog(const CaseFile &caseFile, const QList<EvidenceKind> &missing,
                                             const ReplyTemplates &templates, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Request evidence from the customer"));
    m_values = ReplyTemplates::caseValues(caseFile);

    m_kinds = makeCheckList(tr("Evidence to ask for"), this);
    for (const auto &entry : enumValues<EvidenceKind>()) {
        if (entry.value == EvidenceKind::OrderDetails)
            continue; // the platform has the order; the customer is never asked for it
        auto *item = new QListWidgetItem(DomainLabels::label(entry.value), m_kinds);
        item->setData(Qt::UserRole, int(entry.value));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(missing.contains(entry.value) ? Qt::Checked : Qt::Unchecked);
    }
    m_kinds->setFixedHeight(m_kinds->sizeHintForRow(0) * int(m_kinds->count()) + 2 * m_kinds->frameWidth() + 4);

    auto *intro = new QLabel(tr("The customer sees this message. The ticket waits for the customer "
                                "(SLA paused) until they answer."), this);
    intro->setWordWrap(true);
    m_deadline = new QDateTimeEdit(now.toLocalTime().addSecs(kDefaultDeadlineHours * 3600), this);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setAccessibleName(tr("Deadline for the customer"));
    m_editor = new TemplateMessageEditor(this);
    m_editor->setTemplates(templates.forPurpose(TemplatePurpose::EvidenceRequest));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = m_buttons->addButton(tr("&Send request"), QDialogButtonBox::AcceptRole);
    send->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Ask for:"), m_kinds);
    form->addRow(tr("&Deadline:"), m_deadline);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);
    resize(560, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deadline, &QDateTimeEdit::dateTimeChanged, this, &EvidenceRequestDialog::updateValues);
    connect(m_kinds, &QListWidget::itemChanged, this, &EvidenceRequestDialog::updateValues);
    connect(m_editor, &TemplateMessageEditor::changed, this, [this, send] { send->setEnabled(canSend()); });
    updateValues();
    send->setEnabled(canSend());
    m_editor->textEdit()->setFocus();
}

void EvidenceRequestDialog::updateValues()
{
    m_values.insert(QStringLiteral("deadline"), messageTime(m_deadline->dateTime()));
    QStringList lines;
    for (EvidenceKind kind : requestedKinds())
        lines << QStringLiteral("· ") + DomainLabels::label(kind);
    m_values.insert(QStringLiteral("missing_items"), lines.join(QLatin1Char('\n')));
    m_editor->setValues(m_values);
}

QString EvidenceRequestDialog::text() const
{
    return m_editor->text().trimmed();
}

QString EvidenceRequestDialog::templateId() const
{
    return m_editor->templateId();
}

QList<EvidenceKind> EvidenceRequestDialog::requestedKinds() const
{
    QList<EvidenceKind> kinds;
    for (int i = 0; i < m_kinds->count(); ++i) {
        if (m_kinds->item(i)->checkState() == Qt::Checked)
            kinds << EvidenceKind(m_kinds->item(i)->data(Qt::UserRole).toInt());
    }
    return kinds;
}

QDateTime EvidenceRequestDialog::deadline() const
{
    return m_deadline->dateTime().toUTC();
}

bool EvidenceRequestDialog::canSend() const
{
    return !text().isEmpty() && m_editor->unfilledPlaceholders().isEmpty();
}

void EvidenceRequestDialog::accept()
{
    if (canSend())
        QDialog::accept();
}

} // namespace wd::ui
