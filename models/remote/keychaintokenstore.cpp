#include "keychaintokenstore.h"

#include <QTimer>

#ifdef WD_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace wd::remote {

TokenJob *KeychainTokenStore::save(const QUrl &server, const QString &user, const QString &token)
{
    return run(Op::Save, keyFor(server, user), token);
}

TokenJob *KeychainTokenStore::load(const QUrl &server, const QString &user)
{
    return run(Op::Load, keyFor(server, user), {});
}

TokenJob *KeychainTokenStore::remove(const QUrl &server, const QString &user)
{
    return run(Op::Remove, keyFor(server, user), {});
}

#ifdef WD_HAVE_KEYCHAIN

TokenJob *KeychainTokenStore::run(Op op, const QString &key, const QString &token)
{
    auto *job = new TokenJob(this);
    QKeychain::Job *kj = nullptr;
    switch (op) {
    case Op::Save: {
        auto *w = new QKeychain::WritePasswordJob(serviceName(), this);
        w->setTextData(token);
        kj = w;
        break;
    }
    case Op::Load: kj = new QKeychain::ReadPasswordJob(serviceName(), this); break;
    case Op::Remove: kj = new QKeychain::DeletePasswordJob(serviceName(), this); break;
    }
    kj->setKey(key);
    kj->setAutoDelete(true);
    // Never store the token in clear when no keychain answers: the user signs in again instead.
    kj->setInsecureFallback(false);

    connect(kj, &QKeychain::Job::finished, job, [job, op](QKeychain::Job *done) {
        switch (done->error()) {
        case QKeychain::NoError:
            if (op == Op::Load)
                job->complete(TokenJob::Status::Ok, static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
            else
                job->complete(TokenJob::Status::Ok);
            return;
        case QKeychain::EntryNotFound:
            job->complete(TokenJob::Status::NotFound);
            return;
        default:
            // No backend, access denied, no session bus...: all mean "ask for the password".
            job->complete(TokenJob::Status::Unavailable, {},
                          QStringLiteral("the credential store cannot be used (QtKeychain error %1: %2)")
                              .arg(int(done->error()))
                              .arg(done->errorString()));
            return;
        }
    });
    QTimer::singleShot(m_timeoutMs, job, [job, ms = m_timeoutMs] {
        job->complete(TokenJob::Status::Unavailable, {},
                      QStringLiteral("the credential store did not answer within %1 ms").arg(ms));
    });
    kj->start();
    return job;
}

#else

TokenJob *KeychainTokenStore::run(Op, const QString &, const QString &)
{
    auto *job = new TokenJob(this);
    job->complete(TokenJob::Status::Unavailable, {}, QStringLiteral("built without QtKeychain"));
    return job;
}

#endif

} // namespace wd::remote
