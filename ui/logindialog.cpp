#include "logindialog.h"

#include "dialogparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wd::ui {

namespace {
constexpr int kMaxHistory = 10;
}

LoginDialog::LoginDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign in to WarrantyDesk"));
    m_url = new QComboBox(this);
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    m_url->setAccessibleName(tr("Server address"));
    m_url->lineEdit()->setPlaceholderText(QStringLiteral("https://warranty.example.com"));
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_remember = new QCheckBox(tr("&Remember me on this computer"), this);
    m_remember->setToolTip(tr("Keeps the session in the system's credential store, never the password"));
    m_remember->hide();
    m_error = makeProblemLabel(this);
    m_error->setAccessibleName(tr("Sign-in error"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *signIn = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Ser&ver:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    setTabOrder(m_url, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_remember);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QComboBox::editTextChanged, this, &LoginDialog::updateButton);
    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    updateButton();
}

void LoginDialog::setHistory(const QStringList &urls)
{
    m_url->clear();
    m_url->addItems(urls.mid(0, kMaxHistory));
    if (!urls.isEmpty())
        m_url->setCurrentIndex(0);
    (m_url->currentText().isEmpty() ? static_cast<QWidget *>(m_url) : m_user)->setFocus();
}

QStringList LoginDialog::history() const
{
    QStringList urls;
    const QUrl current = serverUrl();
    if (current.isValid())
        urls << current.toString();
    for (int i = 0; i < m_url->count() && urls.size() < kMaxHistory; ++i) {
        if (!urls.contains(m_url->itemText(i)))
            urls << m_url->itemText(i);
    }
    return urls;
}

void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
    if (!user.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setCredentialStoreAvailable(bool available)
{
    m_remember->setVisible(available);
    if (!available)
        m_remember->setChecked(false);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_url->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy)
        m_error->hide();
    updateButton();
}

QString LoginDialog::errorText(Error error, int retryAfterSeconds)
{
    switch (error) {
    case Error::BadCredentials: return tr("Wrong user name or password.");
    case Error::Locked:
        return tr("Too many failed attempts: the account is locked. Try again in %n minute(s).", nullptr,
                  qMax(1, (retryAfterSeconds + 59) / 60));
    case Error::Disabled: return tr("This account is disabled. Ask an administrator.");
    case Error::Unreachable: return tr("The server cannot be reached. Check the address and the network.");
    case Error::Timeout: return tr("The server did not answer in time. Try again.");
    case Error::Tls: return tr("The server's certificate was not accepted.");
    case Error::Server: return tr("The server could not sign you in right now.");
    case Error::InvalidUrl: return tr("Enter the server address as http:// or https:// followed by the host.");
    case Error::SessionExpired: return tr("Your session has ended. Sign in again; your unsent changes are kept.");
    }
    return {};
}

void LoginDialog::showError(Error error, int retryAfterSeconds, const QString &detail)
{
    setBusy(false);
    QString text = errorText(error, retryAfterSeconds);
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail.left(200) + QLatin1Char(')');
    applyTone(m_error, Tone::Danger);
    m_error->setText(text);
    m_error->show();
    if (error == Error::BadCredentials) {
        m_password->selectAll();
        m_password->setFocus();
    } else if (error == Error::InvalidUrl || error == Error::Unreachable) {
        m_url->setFocus();
    }
}

void LoginDialog::showNotice(const QString &text)
{
    setBusy(false);
    applyTone(m_error, Tone::Info);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_password->setFocus();
}

QUrl LoginDialog::serverUrl() const
{
    const QUrl url = QUrl::fromUserInput(m_url->currentText().trimmed());
    const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    return url.isValid() && web && !url.host().isEmpty() ? url : QUrl();
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

bool LoginDialog::remember() const
{
    return m_remember->isVisible() && m_remember->isChecked();
}

void LoginDialog::updateButton()
{
    setAcceptEnabled(m_buttons, !m_busy && !m_url->currentText().trimmed().isEmpty() && !user().isEmpty() && !password().isEmpty());
}

void LoginDialog::accept()
{
    if (m_busy || user().isEmpty() || password().isEmpty())
        return;
    if (!serverUrl().isValid()) {
        showError(Error::InvalidUrl);
        return;
    }
    setBusy(true);
    emit signInRequested(serverUrl(), user(), password(), remember());
}

} // namespace wd::ui
