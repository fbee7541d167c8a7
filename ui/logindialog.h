#pragma once
// Sign-in: server URL (with the ones used before), user, password, "remember me" only when an OS
// credential store is there, and one error line for the typed errors of the sign-in request.

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wd::ui {

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // The sign-in failures the dialog explains; the caller maps its client's errors onto them.
    enum class Error { BadCredentials, Locked, Disabled, Unreachable, Timeout, Tls, Server, InvalidUrl, SessionExpired };

    explicit LoginDialog(QWidget *parent = nullptr);

    void setHistory(const QStringList &urls);   // most recent first; the first is selected
    QStringList history() const;                // with the current URL moved to the front (max 10)
    void setUser(const QString &user);
    void setCredentialStoreAvailable(bool available);
    void setBusy(bool busy);
    void showError(Error error, int retryAfterSeconds = 0, const QString &detail = {});
    static QString errorText(Error error, int retryAfterSeconds = 0);
    // A neutral line that is not an error ("The certificate is now trusted. Sign in again.").
    void showNotice(const QString &text);

    QUrl serverUrl() const;                     // invalid when not an http(s) URL with a host
    QString user() const;
    QString password() const;
    bool remember() const;

    QComboBox *urlBox() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

signals:
    // The dialog stays open (busy) until the caller closes it or shows an error.
    void signInRequested(const QUrl &server, const QString &user, const QString &password, bool remember);

private:
    void updateButton();

    QComboBox *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace wd::ui
