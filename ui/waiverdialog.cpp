#include "waiverdialog.h"

#include "dialogparts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wd::ui {

WaiverDialog::WaiverDialog(EvidenceKind kind, QWidget *parent) : QDialog(parent), m_kind(kind)
{
    setWindowTitle(tr("Waive evidence"));
    auto *intro = new QLabel(tr("Waive \"%1\": the case goes on without it. Write why; the reason is recorded "
                                "and shown at review.").arg(DomainLabels::label(kind)), this);
    intro->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason for the waiver"));
    m_reason->setPlaceholderText(tr("e.g. the merchant's shop is closed, so no contact was possible"));
    m_reason->setTabChangesFocus(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *waive = m_buttons->addButton(tr("&Waive"), QDialogButtonBox::AcceptRole);
    waive->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    resize(460, 260);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { setAcceptEnabled(m_buttons, !reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setAcceptEnabled(m_buttons, false);
    m_reason->setFocus();
}

QString WaiverDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void WaiverDialog::accept()
{
    if (!reason().isEmpty())
        QDialog::accept();
}

} // namespace wd::ui
