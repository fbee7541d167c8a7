#include "evidencerequestdialog.h"

#include "templatemessageeditor.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wd::ui {

QString messageTime(const QDateTime &instant)
{
    return instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

EvidenceRequestDialog::EvidenceRequestDialog(const CaseFile &caseFile, const QStringList &missingItems,
                                             const ReplyTemplates &templates, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Request evidence from the customer"));
    m_values = ReplyTemplates::caseValues(caseFile);
    QStringList lines;
    for (const QString &item : missingItems)
        lines << QStringLiteral("· ") + item;
    m_values.insert(QStringLiteral("missing_items"), lines.join(QLatin1Char('\n')));

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
    connect(m_editor, &TemplateMessageEditor::changed, this, [this, send] { send->setEnabled(canSend()); });
    updateValues();
    send->setEnabled(canSend());
    m_editor->textEdit()->setFocus();
}

void EvidenceRequestDialog::updateValues()
{
    m_values.insert(QStringLiteral("deadline"), messageTime(m_deadline->dateTime()));
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
