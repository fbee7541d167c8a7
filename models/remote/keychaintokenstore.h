#pragma once
// Tokens in the operating system's credential store through QtKeychain (Windows Credential
// Manager, macOS Keychain, Secret Service / KWallet on Linux): service "WarrantyDesk", key
// TokenStore::keyFor(server, user). QtKeychain's plain-text fallback stays off: without a
// reachable store every call answers Unavailable, within timeoutMs at the latest. Built without
// QtKeychain (WD_HAVE_KEYCHAIN unset), every call answers Unavailable.

#include "tokenstore.h"

namespace wd::remote {

class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 10000;
    static QString serviceName() { return QStringLiteral("WarrantyDesk"); }

    explicit KeychainTokenStore(QObject *parent = nullptr) : TokenStore(parent) {}
    // A store that does not answer (a hung D-Bus service) counts as unavailable after this long.
    void setTimeout(int ms) { m_timeoutMs = qMax(1, ms); }

    TokenJob *save(const QUrl &server, const QString &user, const QString &token) override;
    TokenJob *load(const QUrl &server, const QString &user) override;
    TokenJob *remove(const QUrl &server, const QString &user) override;

private:
    enum class Op { Save, Load, Remove };
    TokenJob *run(Op op, const QString &key, const QString &token);
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace wd::remote
