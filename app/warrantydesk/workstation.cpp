#include "workstation.h"

#include "caseworkspace.h"
#include "casetab.h"
#include "certificatedialog.h"
#include "demoserver.h"
#include "dashboardview.h"
#include "domainlabels.h"
#include "evidencemodel.h"
#include "evidenceviewer.h"
#include "keychaintokenstore.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "queueview.h"
#include "ticketqueuemodel.h"
#include "translation.h"
#include "userdirectoryjob.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QLocale>
#include <QJsonArray>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QVBoxLayout>

namespace wd::app {

using remote::ApiError;

namespace {

ui::LoginDialog::Error loginError(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::BadCredentials: return ui::LoginDialog::Error::BadCredentials;
    case ApiError::Kind::LoginLocked: return ui::LoginDialog::Error::Locked;
    case ApiError::Kind::Unreachable: return ui::LoginDialog::Error::Unreachable;
    case ApiError::Kind::Timeout: return ui::LoginDialog::Error::Timeout;
    case ApiError::Kind::Tls: return ui::LoginDialog::Error::Tls;
    default: break;
    }
    if (e.code == QLatin1String("account_disabled"))
        return ui::LoginDialog::Error::Disabled;
    return ui::LoginDialog::Error::Server;
}

} // namespace

Workstation::Workstation(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_prefs(ui::WorkstationSettings::load(m_settings))
{
    m_client = std::make_unique<remote::ApiClient>(&m_network);
    m_client->setPinnedSha256(m_prefs.pinnedSha256.toLatin1());
    connect(m_client.get(), &remote::ApiClient::certificateProblem, this, &Workstation::onCertificateProblem);
    if (m_options.tokenStore) {
        m_tokens = m_options.tokenStore;
    } else {
        m_ownTokenStore = std::make_unique<remote::KeychainTokenStore>();
        m_tokens = m_ownTokenStore.get();
    }
    m_templates = ui::ReplyTemplates::builtIn(ui::Translation::current());
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Workstation::saveWindow);
    // New names: the open case headers say who holds them (notes and the dashboard follow by themselves).
    connect(&m_userNames, &UserNames::changed, this, [this] {
        if (!m_window)
            return;
        for (const QString &id : m_window->openTicketIds())
            refreshCase(id);
    });
}

Workstation::~Workstation()
{
    closeSession();
}

void Workstation::closeSession()
{
    saveWindow();
    m_export.reset(); // cancels a running export (no file is left) and waits for its thread
    m_exportOwnsProgress = false;
    // The window's tabs and models refer to the engine and the store: they go first.
    m_window.reset();
    m_queueModel.reset();
    m_engine.reset();
    m_cases.reset();
    m_tickets.reset();
    m_store.reset();
    m_seenAtRecord.clear(); // outbox seqs belong to the store just closed
}

bool Workstation::startDemo(QString *error)
{
    m_demo = std::make_unique<DemoServer>();
    const QString path = m_options.demoDatabase.isEmpty() ? DemoServer::defaultDatabasePath() : m_options.demoDatabase;
    QProgressDialog progress(tr("Preparing the demo: writing %1 sample tickets…").arg(DemoServer::kDemoTickets), QString(), 0,
                             DemoServer::kDemoTickets);
    progress.setWindowTitle(tr("WarrantyDesk demo"));
    progress.setMinimumDuration(300);
    connect(m_demo.get(), &DemoServer::seedProgress, &progress, [&progress](int done, int) { progress.setValue(done); },
            Qt::QueuedConnection);
    if (!m_demo->start(path, error))
        return false;
    progress.close();
    signIn(m_demo->url(), QStringLiteral("agent1"), DemoServer::password(QStringLiteral("agent1")), false);
    return true;
}

void Workstation::start()
{
    m_login = std::make_unique<ui::LoginDialog>();
    m_login->setHistory(m_settings.value(QStringLiteral("login/servers")).toStringList());
    const QString lastUser = m_settings.value(QStringLiteral("login/user")).toString();
    m_login->setUser(lastUser);
    connect(m_login.get(), &ui::LoginDialog::signInRequested, this, &Workstation::signIn);
    connect(m_login.get(), &QDialog::rejected, qApp, [this] {
        if (!m_window)
            QCoreApplication::quit();
    });
    // A session remembered in the credential store skips the dialog; none (or no store) shows it.
    const QUrl lastServer(m_settings.value(QStringLiteral("login/servers")).toStringList().value(0));
    if (!lastServer.isValid() || lastUser.isEmpty()) {
        // "Remember me" is offered only where a credential store answers.
        remote::TokenJob *probe = m_tokens->load(QUrl(QStringLiteral("https://probe.invalid")), QStringLiteral("probe"));
        connect(probe, &remote::TokenJob::finished, this, [this, probe] {
            if (m_login)
                m_login->setCredentialStoreAvailable(probe->status() != remote::TokenJob::Status::Unavailable);
        });
        m_login->show();
        return;
    }
    remote::TokenJob *job = m_tokens->load(lastServer, lastUser);
    connect(job, &remote::TokenJob::finished, this, [this, job, lastServer, lastUser] {
        m_login->setCredentialStoreAvailable(job->status() != remote::TokenJob::Status::Unavailable);
        if (job->status() != remote::TokenJob::Status::Ok) {
            m_login->show();
            return;
        }
        // Check the remembered token with a cheap call before trusting it.
        m_client->setBaseUrl(lastServer);
        m_client->setToken(job->token());
        remote::RulesJob *rules = m_client->rules();
        connect(rules, &remote::ApiJob::finished, this, [this, rules, lastServer, lastUser] {
            rules->deleteLater();
            if (!rules->ok()) {
                m_login->show();
                return;
            }
            const Role role = Role(m_settings.value(QStringLiteral("login/role"), int(Role::Agent)).toInt());
            onSignedIn(lastServer, lastUser, m_client->token(), role, m_settings.value(QStringLiteral("login/name"), lastUser).toString());
        });
    });
}

void Workstation::signIn(const QUrl &server, const QString &user, const QString &password, bool remember)
{
    if (m_login)
        m_login->setBusy(true);
    m_client->setBaseUrl(server);
    m_client->setToken({});
    remote::LoginJob *job = m_client->login(user, password);
    connect(job, &remote::ApiJob::finished, this, [this, job, server, user, remember] {
        job->deleteLater();
        if (!job->ok()) {
            if (m_login) {
                m_login->setBusy(false);
                m_login->showError(loginError(job->error()), job->error().retryAfterSeconds, job->error().toString());
            }
            emit signInFailed(job->error().toString());
            return;
        }
        if (remember) {
            remote::TokenJob *save = m_tokens->save(server, user, job->token());
            connect(save, &remote::TokenJob::finished, this, [this, save] {
                if (save->status() == remote::TokenJob::Status::Unavailable && m_window)
                    m_window->showMessage(tr("No credential store is available: you will be asked for your password next time."));
            });
        }
        onSignedIn(server, user, job->token(), job->role(), job->displayName());
    });
}

void Workstation::onSignedIn(const QUrl &server, const QString &user, const QString &token, Role role, const QString &displayName)
{
    m_client->setToken(token);
    if (m_login) {
        m_login->setBusy(false);
        m_login->hide();
        m_settings.setValue(QStringLiteral("login/servers"), m_login->history());
    }
    if (!m_demo) {
        m_settings.setValue(QStringLiteral("login/user"), user);
        m_settings.setValue(QStringLiteral("login/role"), int(role));
        m_settings.setValue(QStringLiteral("login/name"), displayName);
    }
    // The same user on the same server again (a renewed session): carry on where the engine stopped.
    if (m_engine && m_actor.id == user && m_server == server) {
        m_engine->resumeAfterSignIn();
        emit signedIn();
        return;
    }
    closeSession();
    m_actor = Actor{user, role};
    m_displayName = displayName.isEmpty() ? user : displayName;
    m_server = server;
    try {
        m_store = store::LocalStore::open(store::LocalStore::defaultPath(server, user));
    } catch (const store::StoreError &e) {
        QMessageBox::critical(nullptr, tr("WarrantyDesk"), tr("The local cache cannot be opened: %1").arg(e.message()));
        emit signInFailed(e.message());
        return;
    }
    m_directoryFetchedAt = {};
    loadUserDirectory();
    m_tickets = std::make_unique<store::TicketCache>(*m_store);
    m_cases = std::make_unique<store::CaseCache>(*m_store);
    m_engine = std::make_unique<sync::SyncEngine>(*m_store, *m_client);
    m_engine->setPollInterval(m_options.pollIntervalMs, 5000);
    m_queueModel = std::make_unique<TicketQueueModel>(*m_tickets);
    buildWindow();
    restoreWindow();
    // First start on this machine: use the whole screen; later, where the agent left it.
    if (m_settings.contains(QStringLiteral("window/geometry")))
        m_window->show();
    else
        m_window->showMaximized();
    m_engine->start();
    refreshUserDirectory();
    // The server's rule set decides verdicts (and its version is cited by each one).
    remote::RulesJob *rules = m_client->rules();
    connect(rules, &remote::ApiJob::finished, this, [this, rules] {
        rules->deleteLater();
        if (rules->ok() && rules->rules())
            m_rules = *rules->rules();
    });
    emit signedIn();
}

void Workstation::buildWindow()
{
    m_window = std::make_unique<ui::MainWindow>();
    ui::MainWindow *w = m_window.get();
    w->queue()->setModel(m_queueModel.get());
    w->queue()->setCurrentUser(m_actor.id);
    w->setSignedIn(m_displayName, DomainLabels::label(m_actor.role), m_server.host() + (m_server.port() > 0 ? QStringLiteral(":%1").arg(m_server.port()) : QString()));
    w->setDemo(m_demo != nullptr, m_actor.role == Role::Supervisor);
    w->setPending(m_engine->pendingCount(), m_engine->blockedCount());
    w->setLastSync(m_engine->lastSync());
    connect(w, &ui::MainWindow::pullRequested, this, &Workstation::pullNext);
    connect(w, &ui::MainWindow::openTicketRequested, this, &Workstation::openTicket);
    connect(w, &ui::MainWindow::syncRequested, this, [this] {
        m_engine->syncNow();
        m_engine->flushNow();
    });
    connect(w, &ui::MainWindow::cancelProgressRequested, this, [this] {
        // Cancel stops what the bar shows: the export, or the sync and its downloads.
        if (m_exportOwnsProgress && m_export && m_export->isRunning()) {
            m_export->cancel();
            return;
        }
        m_engine->cancelPull();
        m_engine->cancelEvidenceDownloads();
    });
    connect(w, &ui::MainWindow::exportQueueRequested, this, &Workstation::exportQueue);
    connect(w, &ui::MainWindow::pendingListRequested, this, &Workstation::showPendingList);
    connect(w, &ui::MainWindow::settingsRequested, this, &Workstation::openSettings);
    connect(w, &ui::MainWindow::signOutRequested, this, &Workstation::signOut);
    connect(w, &ui::MainWindow::switchDemoUserRequested, this, &Workstation::switchDemoUser);
    connect(w, &ui::MainWindow::aboutRequested, this, &Workstation::showAbout);
    w->setDashboardVisible(m_actor.role != Role::Agent);
    w->dashboard()->setUserNames(&m_userNames);
    m_leaseTimer = new QTimer(w);
    connect(m_leaseTimer, &QTimer::timeout, this, &Workstation::renewLeases);
    m_leaseTimer->start(60 * 1000);
    connect(w, &ui::MainWindow::dashboardRefreshRequested, this, [this] {
        remote::ApiJob *job = m_client->stats();
        connect(job, &remote::ApiJob::finished, this, [this, job] {
            job->deleteLater();
            if (!m_window)
                return;
            if (job->ok())
                m_window->dashboard()->setStats(job->json());
            else
                m_window->dashboard()->setError(job->error().toString());
        });
    });

    sync::SyncEngine *e = m_engine.get();
    connect(e, &sync::SyncEngine::connectivityChanged, w, [w](sync::Connectivity c) {
        w->setLinkState(c == sync::Connectivity::Online ? ui::LinkState::Online
                        : c == sync::Connectivity::Syncing ? ui::LinkState::Syncing : ui::LinkState::Offline);
    });
    connect(e, &sync::SyncEngine::pendingChanged, w, &ui::MainWindow::setPending);
    auto *refreshQueue = new QTimer(w);
    refreshQueue->setSingleShot(true);
    refreshQueue->setInterval(250); // coalesce a sync's pages into one repaint
    connect(refreshQueue, &QTimer::timeout, w, [this] {
        m_queueModel->refresh();
        m_window->queue()->refreshCount();
    });
    connect(e, &sync::SyncEngine::ticketsChanged, this, [this, refreshQueue](const QStringList &ids) {
        if (!refreshQueue->isActive())
            refreshQueue->start();
        onTicketsChanged(ids);
    });
    connect(e, &sync::SyncEngine::pullProgress, w, [this, w](int received) {
        m_exportOwnsProgress = false;
        w->showProgress(tr("Syncing: %1 tickets received").arg(received), 0, 0);
    });
    connect(e, &sync::SyncEngine::pullFinished, w, [this, w](bool ok) {
        if (m_engine->evidenceDownloads() == 0)
            hideProgressUnlessExporting();
        w->setLastSync(m_engine->lastSync());
        // The directory changes rarely: with a pull at most every few minutes.
        constexpr qint64 kDirectoryMaxAgeS = 5 * 60;
        if (ok && (!m_directoryFetchedAt.isValid() || m_directoryFetchedAt.secsTo(QDateTime::currentDateTimeUtc()) > kDirectoryMaxAgeS))
            refreshUserDirectory();
    });
    connect(e, &sync::SyncEngine::evidenceDownloadsChanged, w, [this, w](int inFlight) {
        if (m_engine->isPulling())
            return; // the pull's progress has the bar
        if (inFlight > 0) {
            m_exportOwnsProgress = false;
            w->showProgress(tr("Downloading evidence: %n left", nullptr, inFlight), 0, 0);
        } else {
            hideProgressUnlessExporting();
        }
    });
    connect(e, &sync::SyncEngine::detailArrived, this, &Workstation::refreshCase);
    connect(e, &sync::SyncEngine::detailFailed, this, [this](const QString &id, const ApiError &error) {
        if (!m_window)
            return;
        // Offline with the case cached: the link state says so already, and the cached case is shown.
        const bool networkDown = error.kind == ApiError::Kind::Unreachable || error.kind == ApiError::Kind::Timeout;
        if (networkDown && m_cases->detailVersion(id) > 0)
            return;
        m_window->showMessage(tr("Ticket %1 could not be loaded: %2").arg(id, error.toString()));
    });
    connect(e, &sync::SyncEngine::evidenceArrived, this, [this](const QString &ticketId, const QString &evidenceId, bool verified) {
        ui::CaseTab *tab = m_window ? m_window->caseTab(ticketId) : nullptr;
        if (!tab)
            return;
        // A download that does not match its SHA-256 is never shown as evidence.
        tab->workspace()->evidenceModel()->setIntegrity(evidenceId, verified ? Integrity::Verified : Integrity::Mismatch);
        tab->workspace()->evidenceViewer()->reload(evidenceId);
    });
    connect(e, &sync::SyncEngine::evidenceFailed, this, [this](const QString &ticketId, const QString &evidenceId, const ApiError &error) {
        ui::CaseTab *tab = m_window ? m_window->caseTab(ticketId) : nullptr;
        if (!tab)
            return;
        tab->workspace()->evidenceModel()->setIntegrity(
            evidenceId, error.kind == ApiError::Kind::Integrity ? Integrity::Mismatch : Integrity::NotDownloaded);
        m_window->showMessage(tr("Evidence %1 could not be downloaded: %2").arg(evidenceId, error.toString()));
    });
    connect(e, &sync::SyncEngine::writeConfirmed, this, [this](qint64 seq, const QString &ticketId) {
        m_seenAtRecord.remove(seq);
        m_engine->fetchDetail(ticketId);
    });
    connect(e, &sync::SyncEngine::writeBlocked, this, &Workstation::onWriteBlocked);
    connect(e, &sync::SyncEngine::sessionExpired, this, [this] {
        if (m_demo) { // the demo signs in again by itself
            signIn(m_server, m_actor.id, DemoServer::password(m_actor.id), false);
            return;
        }
        if (!m_login)
            m_login = std::make_unique<ui::LoginDialog>();
        m_login->setHistory({m_server.toString()});
        m_login->setUser(m_actor.id);
        m_login->showError(ui::LoginDialog::Error::SessionExpired, 0, tr("Your unsent changes are kept and go once you are signed in."));
        connect(m_login.get(), &ui::LoginDialog::signInRequested, this, &Workstation::signIn, Qt::UniqueConnection);
        m_login->show();
    });
}

QString Workstation::directoryKey() const
{
    return QStringLiteral("directory/%1_%2").arg(m_server.host()).arg(m_server.port());
}

void Workstation::loadUserDirectory()
{
    QHash<QString, QString> names;
    const QVariantMap kept = m_settings.value(directoryKey()).toMap();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        names.insert(it.key(), it.value().toString());
    m_userNames.setNames(names);
}

void Workstation::refreshUserDirectory()
{
    if (!m_client || m_directoryInFlight || m_actor.id.isEmpty())
        return;
    m_directoryInFlight = true;
    remote::UserDirectoryJob *job = m_client->users();
    const QString key = directoryKey();
    connect(job, &remote::ApiJob::finished, this, [this, job, key] {
        job->deleteLater();
        m_directoryInFlight = false;
        if (!job->ok()) { // offline or an older server: the names kept so far stay
            qInfo("wd: the user directory was not refreshed: %s", qPrintable(job->error().toString()));
            return;
        }
        if (key != directoryKey())
            return; // signed in elsewhere meanwhile
        m_directoryFetchedAt = QDateTime::currentDateTimeUtc();
        QHash<QString, QString> names;
        QVariantMap kept;
        for (const remote::DirectoryUser &user : job->users()) {
            names.insert(user.id, user.displayName);
            kept.insert(user.id, user.displayName);
        }
        m_settings.setValue(key, kept);
        m_userNames.setNames(names);
    });
}

void Workstation::restoreWindow()
{
    m_window->restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_window->restoreState(m_settings.value(QStringLiteral("window/state")).toByteArray());
    m_window->queue()->restoreState(m_settings.value(QStringLiteral("queue/state")).toMap());
    for (const QString &id : m_settings.value(QStringLiteral("window/openCases")).toStringList())
        openTicket(id);
    m_window->tabs()->setCurrentIndex(0);
}

void Workstation::saveWindow()
{
    if (!m_window)
        return;
    m_settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), m_window->saveState());
    m_settings.setValue(QStringLiteral("queue/state"), m_window->queue()->saveState());
    m_settings.setValue(QStringLiteral("window/openCases"), m_window->openTicketIds());
    if (ui::CaseTab *tab = m_window->currentCase())
        m_settings.setValue(QStringLiteral("case/splitters"), tab->workspace()->saveState());
    m_settings.sync();
}

void Workstation::openSettings()
{
    ui::SettingsDialog dialog(m_prefs, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.languageChanged();
    m_prefs = dialog.settings();
    m_prefs.save(m_settings);
    applySettings();
    if (languageChanged)
        QMessageBox::information(m_window.get(), tr("Language"), tr("The new language applies when WarrantyDesk starts next."));
}

void Workstation::applySettings()
{
    m_client->setPinnedSha256(m_prefs.pinnedSha256.toLatin1());
    if (!m_window)
        return;
    for (const QString &id : m_window->openTicketIds())
        m_window->caseTab(id)->workspace()->setHighlightHalfWidth(qint64(m_prefs.highlightWindowMinutes) * 60 * 1000);
}

void Workstation::signOut()
{
    if (!m_demo)
        m_tokens->remove(m_server, m_actor.id);
    remote::ApiJob *logout = m_client->logout();
    connect(logout, &remote::ApiJob::finished, logout, &QObject::deleteLater);
    closeSession();
    m_actor = {};
    if (m_demo) {
        QCoreApplication::quit();
        return;
    }
    start();
}

void Workstation::switchDemoUser(bool supervisor)
{
    if (!m_demo)
        return;
    m_demoSupervisor = supervisor;
    const QString user = supervisor ? QStringLiteral("super1") : QStringLiteral("agent1");
    signIn(m_demo->url(), user, DemoServer::password(user), false);
}

void Workstation::showPendingList()
{
    if (!m_window || !m_store)
        return;
    store::Outbox outbox(*m_store);
    QDialog dialog(m_window.get());
    dialog.setWindowTitle(tr("Unsent changes"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("pendingList"));
    for (const store::OutboxEntry &e : outbox.openEntries()) {
        QString state = e.state == store::OutboxState::Queued ? tr("waiting to be sent")
            : e.state == store::OutboxState::Conflict         ? tr("refused: the ticket changed")
                                                              : tr("refused: %1").arg(e.error.value(QStringLiteral("title")).toString());
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2 — %3").arg(e.ticketId, describeWrite(e), state), list);
        item->setData(Qt::UserRole, e.ticketId);
    }
    if (list->count() == 0)
        list->addItem(tr("Every change has reached the server."));
    connect(list, &QListWidget::itemActivated, &dialog, [this, &dialog](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty()) {
            dialog.accept();
            openTicket(id);
        }
    });
    layout->addWidget(list);
    dialog.resize(640, 360);
    dialog.exec();
}

void Workstation::showAbout()
{
    QMessageBox::about(m_window.get(), tr("About WarrantyDesk"),
                       tr("<b>WarrantyDesk (质保工作台)</b> %1<br>The warranty complaint workstation for card-key platforms.<br>"
                          "Rule set %2.")
                           .arg(QStringLiteral(WD_VERSION), m_rules.version()));
}

void Workstation::onCertificateProblem(const remote::CertificateProblem &problem)
{
    ui::CertificateDialog dialog(problem.host, QString::fromLatin1(problem.sha256Hex), problem.errors,
                                 m_window ? static_cast<QWidget *>(m_window.get()) : m_login.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Pinned explicitly by the user; the next request accepts exactly this certificate.
    m_prefs.pinnedSha256 = dialog.fingerprint();
    m_prefs.save(m_settings);
    m_client->setPinnedSha256(m_prefs.pinnedSha256.toLatin1());
    if (m_login && m_login->isVisible())
        m_login->showNotice(tr("The certificate is now trusted. Sign in again."));
}

} // namespace wd::app
