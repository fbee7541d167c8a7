#pragma once
// An untrusted server certificate: host, SHA-256 fingerprint, the TLS errors in words. Trusting
// pins this fingerprint explicitly; the default button (Enter, Escape) is Cancel.

#include <QDialog>
#include <QStringList>

class QPushButton;

namespace wd::ui {

class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    // `sha256`: hex (any case, colons allowed). `problems`: the TLS errors already in words.
    CertificateDialog(const QString &host, const QString &sha256, const QStringList &problems, QWidget *parent = nullptr);

    // "AB:CD:…" in pairs, as certificate viewers show it.
    static QString formatFingerprint(const QString &sha256);
    // What to pin when trusted: 64 lower-case hex digits.
    QString fingerprint() const { return m_sha256; }

    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QString m_sha256;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace wd::ui
