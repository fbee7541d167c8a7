#pragma once
// The workstation's composition root: one network manager, the API client, the credential store,
// the local cache and sync engine of the signed-in user, the queue model and the main window,
// wired together. It turns the window's requests into outbox writes and the sync engine's news
// into what the window shows. `--demo` adds the embedded server (DemoServer).

#include "apiclient.h"
#include "caseviewbuilder.h"
#include "conflictdialog.h"
#include "localstore.h"
#include "queueexport.h"
#include "replytemplates.h"
#include "ruleset.h"
#include "settingsdialog.h"
#include "syncengine.h"
#include "tokenstore.h"
#include "usernames.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace wd {
class TicketQueueModel;
}

namespace wd::ui {
class LoginDialog;
class MainWindow;
}

namespace wd::app {

class DemoServer;

class Workstation : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
        QString demoDatabase;                 // default: DemoServer::defaultDatabasePath()
        remote::TokenStore *tokenStore = nullptr; // default: the OS credential store (QtKeychain)
        int pollIntervalMs = 30000;
        // Asks where "Export queue view…" writes (empty: nothing is exported). Default: a save dialog.
        std::function<QString(QWidget *parent, const QString &suggested)> chooseExportFile;
    };

    explicit Workstation(Options options, QObject *parent = nullptr);
    ~Workstation() override;

    // --demo: starts the embedded server and signs in as the demo agent. False with `error`.
    bool startDemo(QString *error);
    // The login dialog (or a remembered session when the credential store has one).
    void start();
    // Signs in and, on success, opens the main window (signedIn) — else signInFailed.
    void signIn(const QUrl &server, const QString &user, const QString &password, bool remember);
    void signOut();

    ui::MainWindow *window() const { return m_window.get(); }
    ui::LoginDialog *loginDialog() const { return m_login.get(); }
    sync::SyncEngine *engine() const { return m_engine.get(); }
    store::LocalStore *store() const { return m_store.get(); }
    remote::ApiClient *client() const { return m_client.get(); }
    TicketQueueModel *queueModel() const { return m_queueModel.get(); }
    QString userId() const { return m_actor.id; }
    DemoServer *demoServer() const { return m_demo.get(); }
    // Display names by user id (GET /users), kept between starts; ids where unknown.
    const UserNames &userNames() const { return m_userNames; }
    // Asks the server for its user directory now (also done at sign-in and with the pull).
    void refreshUserDirectory();
    // "Export queue view…": the queue's current view to CSV, off the UI thread, with progress
    // and Cancel in the status bar.
    void exportQueue();
    store::QueueExport *queueExport() const { return m_export.get(); }

    void openTicket(const QString &ticketId);
    void pullNext();
    // Rebuilds an open case tab from the cache (and its unsent writes).
    void refreshCase(const QString &ticketId);

signals:
    void signedIn();
    void signInFailed(const QString &message);
    void caseShown(const QString &ticketId);

private:
    // workstation.cpp: session, window, status
    void onSignedIn(const QUrl &server, const QString &user, const QString &token, Role role, const QString &displayName);
    void buildWindow();
    void closeSession(); // saves the window, then closes it, the engine and the cache
    void restoreWindow();
    void saveWindow();
    void applySettings();
    void openSettings();
    void switchDemoUser(bool supervisor);
    void showPendingList();
    void showAbout();
    void onCertificateProblem(const remote::CertificateProblem &problem);
    void loadUserDirectory(); // the copy kept from the last session on this server
    void onExportFinished(store::QueueExport::Outcome outcome, int rows, const QString &fileName, const QString &message);
    void hideProgressUnlessExporting();
    QString directoryKey() const;
    // workstation_cases.cpp: cases and their writes
    void wireCase(const QString &ticketId);
    void record(const QString &ticketId, const QString &action, const QJsonObject &body, const QString &label);
    void onWriteBlocked(qint64 seq, const QString &ticketId, const remote::ApiError &error);
    void onTicketsChanged(const QStringList &ids);
    void renewLeases();
    QByteArray evidenceBytes(const QString &ticketId, const QString &evidenceId);
    std::optional<remote::TicketDetail> cachedDetail(const QString &ticketId, bool *ok = nullptr);

    Options m_options;
    QSettings m_settings;
    ui::WorkstationSettings m_prefs;
    QNetworkAccessManager m_network;
    std::unique_ptr<remote::ApiClient> m_client;
    std::unique_ptr<remote::TokenStore> m_ownTokenStore;
    remote::TokenStore *m_tokens = nullptr;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<ui::LoginDialog> m_login;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<store::TicketCache> m_tickets;
    std::unique_ptr<store::CaseCache> m_cases;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<TicketQueueModel> m_queueModel;
    std::unique_ptr<ui::MainWindow> m_window;
    RuleSet m_rules = RuleSet::builtIn();
    ui::ReplyTemplates m_templates;
    Actor m_actor;
    QString m_displayName;
    QUrl m_server;
    bool m_demoSupervisor = false;
    QSet<QString> m_conflictShown;
    // What the agent was looking at when each unsent write was recorded (by outbox seq): the
    // conflict dialog's "when you made the change" column. The cached case may have moved on by
    // the time the 412 arrives (a poll fetched the newer version meanwhile).
    QHash<qint64, ui::TicketSnapshot> m_seenAtRecord;
    QTimer *m_leaseTimer = nullptr;
    UserNames m_userNames;
    QDateTime m_directoryFetchedAt; // invalid: not asked in this session
    bool m_directoryInFlight = false;
    std::unique_ptr<store::QueueExport> m_export;
    bool m_exportOwnsProgress = false; // the status bar's progress and Cancel are the export's
};

} // namespace wd::app
