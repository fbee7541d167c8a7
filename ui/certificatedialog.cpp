#include "certificatedialog.h"

#include "dialogparts.h"
#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wd::ui {

QString CertificateDialog::formatFingerprint(const QString &sha256)
{
    const QString hex = WorkstationSettings::normalizedSha256(sha256).toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

CertificateDialog::CertificateDialog(const QString &host, const QString &sha256, const QStringList &problems, QWidget *parent)
    : QDialog(parent), m_sha256(WorkstationSettings::normalizedSha256(sha256))
{
    setWindowTitle(tr("Untrusted server certificate"));
    auto *warning = new QLabel(tr("The certificate of %1 could not be verified. Trust it only if your IT team "
                                  "gave you this exact fingerprint.").arg(host.toHtmlEscaped()), this);
    warning->setWordWrap(true);
    warning->setMargin(6);
    applyTone(warning, Tone::Danger, ToneStyle::Band);

    auto *hostLabel = new QLabel(host.toHtmlEscaped(), this);
    hostLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Two lines of 16 pairs: the whole fingerprint readable at once, for comparing with IT's copy.
    QString shown = formatFingerprint(sha256);
    if (shown.size() > 48)
        shown.replace(47, 1, QLatin1Char('\n'));
    auto *fingerprint = new QLabel(shown, this);
    fingerprint->setWordWrap(true);
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    fingerprint->setFont(QFont(QStringLiteral("monospace")));
    QStringList items;
    for (const QString &p : problems)
        items << QStringLiteral("• ") + p;
    auto *problemList = new QLabel(items.isEmpty() ? tr("No details given.") : items.join(QLatin1Char('\n')), this);
    problemList->setWordWrap(true);
    problemList->setAccessibleName(tr("Certificate problems"));

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), hostLabel);
    form->addRow(tr("SHA-256:"), fingerprint);
    form->addRow(tr("Problems:"), problemList);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust this certificate"), QDialogButtonBox::AcceptRole);
    m_trust->setAutoDefault(false);
    m_trust->setEnabled(!m_sha256.isEmpty());
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_cancel->setFocus();
}

} // namespace wd::ui
