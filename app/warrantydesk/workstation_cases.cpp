// The Workstation's case half: opening cases from the cache, turning a case tab's requests into
// outbox writes, and raising refused writes (the conflict dialog for a stale version).

#include "workstation.h"

#include "casemeta.h"
#include "casestatecodec.h"
#include "casetab.h"
#include "caseworkspace.h"
#include "conflictdialog.h"
#include "evidencemodel.h"
#include "mainwindow.h"
#include "notesmodel.h"

#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>

namespace wd::app {

using remote::ApiError;

std::optional<remote::TicketDetail> Workstation::cachedDetail(const QString &ticketId, bool *ok)
{
    if (ok)
        *ok = true;
    try {
        const auto cached = m_cases->detail(ticketId);
        if (!cached)
            return std::nullopt;
        Result<remote::TicketDetail> decoded = remote::decodeTicketDetail(cached->detail);
        if (decoded.ok())
            return decoded.value();
        qWarning("the cached detail of %s does not decode: %s", qPrintable(ticketId), qPrintable(decoded.error().toString()));
    } catch (const store::StoreError &e) {
        qWarning("the cached detail of %s cannot be read: %s", qPrintable(ticketId), qPrintable(e.message()));
    }
    if (ok)
        *ok = false;
    return std::nullopt;
}

void Workstation::openTicket(const QString &ticketId)
{
    if (!m_window || ticketId.isEmpty())
        return;
    const bool known = m_window->caseTab(ticketId) != nullptr;
    m_window->openCase(ticketId, m_rules, m_templates);
    if (!known)
        wireCase(ticketId);
    refreshCase(ticketId);
    m_engine->fetchDetail(ticketId); // the freshest copy follows when the server answers
}

void Workstation::wireCase(const QString &ticketId)
{
    ui::CaseTab *tab = m_window->caseTab(ticketId);
    tab->setUserNames(&m_userNames);
    tab->workspace()->setHighlightHalfWidth(qint64(m_prefs.highlightWindowMinutes) * 60 * 1000);
    tab->workspace()->restoreState(m_settings.value(QStringLiteral("case/splitters")).toByteArray());
    tab->setBytesProvider([this, ticketId](const QString &evidenceId) { return evidenceBytes(ticketId, evidenceId); });
    const QString id = ticketId;
    connect(tab, &ui::CaseTab::claimRequested, this, [this, id] { record(id, QStringLiteral("claim"), {}, tr("Claim")); });
    connect(tab, &ui::CaseTab::releaseRequested, this, [this, id] { record(id, QStringLiteral("release"), {}, tr("Release")); });
    connect(tab, &ui::CaseTab::advanceRequested, this, [this, id] {
        record(id, QStringLiteral("transitions"), {{QStringLiteral("action"), QStringLiteral("advance")}}, tr("Next step"));
    });
    connect(tab, &ui::CaseTab::backRequested, this, [this, id] {
        record(id, QStringLiteral("transitions"), {{QStringLiteral("action"), QStringLiteral("request_evidence")}}, tr("More evidence"));
    });
    connect(tab, &ui::CaseTab::noteSubmitted, this, [this, id](NoteKind kind, const QString &text) {
        record(id, QStringLiteral("notes"), {{QStringLiteral("kind"), enumName(kind)}, {QStringLiteral("text"), text}}, tr("Note"));
    });
    connect(tab, &ui::CaseTab::evidenceRequested, this, [this, id](const QString &text, const QString &templateId) {
        // The customer hears what is missing, and the ticket waits for them (the SLA pauses).
        record(id, QStringLiteral("notes"), {{QStringLiteral("kind"), QStringLiteral("customer")}, {QStringLiteral("text"), text}},
               tr("Evidence request (%1)").arg(templateId));
        record(id, QStringLiteral("transitions"), {{QStringLiteral("action"), QStringLiteral("request_evidence")}}, tr("More evidence"));
    });
    connect(tab, &ui::CaseTab::verdictChosen, this, [this, id](const Verdict &verdict) {
        QJsonArray remedies, cited;
        for (Remedy r : verdict.remedies)
            remedies << enumName(r);
        for (const QString &e : verdict.citedEvidence)
            cited << e;
        record(id, QStringLiteral("verdict"),
               {{QStringLiteral("liable_party"), enumName(verdict.liableParty)},
                {QStringLiteral("remedies"), remedies},
                {QStringLiteral("amount"), verdict.amount.toString()},
                {QStringLiteral("reasoning"), verdict.reasoning},
                {QStringLiteral("cited_evidence"), cited},
                {QStringLiteral("rules_version"), m_rules.version()}},
               tr("Verdict"));
    });
    connect(tab, &ui::CaseTab::executionsChosen, this,
            [this, id](const QList<ExecutionRecord> &records, bool notify, const QString &text, const QString &templateId) {
                for (const ExecutionRecord &r : records)
                    record(id, QStringLiteral("executions"), {{QStringLiteral("remedy"), enumName(r.remedy)}, {QStringLiteral("reference"), r.reference}},
                           tr("Execution"));
                if (notify)
                    record(id, QStringLiteral("notifications"), {{QStringLiteral("text"), text}, {QStringLiteral("template"), templateId}},
                           tr("Customer notification"));
            });
    connect(tab, &ui::CaseTab::waiverRequested, this, [this, id](EvidenceKind kind, const QString &reason) {
        record(id, QStringLiteral("waivers"), {{QStringLiteral("kind"), enumName(kind)}, {QStringLiteral("reason"), reason}}, tr("Waiver"));
    });
    connect(tab, &ui::CaseTab::caseDetailsChosen, this, [this, id](Category category, const Findings &f) {
        record(id, QStringLiteral("patch"),
               {{QStringLiteral("category"), enumName(category)},
                {QStringLiteral("findings"), QJsonObject{{QStringLiteral("user_error"), f.userError},
                                                         {QStringLiteral("force_majeure"), f.forceMajeure},
                                                         {QStringLiteral("merchant_refused"), f.merchantRefused}}}},
               tr("Category and findings"));
    });
    connect(tab, &ui::CaseTab::approveRequested, this, [this, id] { record(id, QStringLiteral("approval"), {}, tr("Approval")); });
    connect(tab, &ui::CaseTab::appealDecisionChosen, this, [this, id](AppealOutcome outcome, const QString &reason) {
        record(id, QStringLiteral("appeal-decision"), {{QStringLiteral("outcome"), enumName(outcome)}, {QStringLiteral("reason"), reason}},
               tr("Appeal decision"));
    });
    connect(tab, &ui::CaseTab::reloadRequested, this, [this, id] { m_engine->fetchDetail(id); });
    connect(tab, &ui::CaseTab::resolveRequested, this, [this, id] {
        store::Outbox outbox(*m_store);
        for (const store::OutboxEntry &e : outbox.openEntries(id)) {
            if (e.state != store::OutboxState::Queued) {
                m_conflictShown.remove(id);
                onWriteBlocked(e.seq, id, ApiError::make(e.state == store::OutboxState::Conflict ? ApiError::Kind::VersionConflict : ApiError::Kind::Validation,
                                                         e.error.value(QStringLiteral("code")).toString(), e.error.value(QStringLiteral("title")).toString()));
                return;
            }
        }
    });
}

void Workstation::refreshCase(const QString &ticketId)
{
    if (!m_window)
        return;
    ui::CaseTab *tab = m_window->caseTab(ticketId);
    if (!tab)
        return;
    bool decodable = true;
    const auto detail = cachedDetail(ticketId, &decodable);
    if (!detail) {
        tab->banner()->setText(decodable ? tr("Loading %1 from the server…").arg(ticketId)
                                         : tr("The cached copy of %1 is damaged; loading it again from the server…").arg(ticketId));
        tab->banner()->parentWidget()->setVisible(true);
        return;
    }
    CaseInputs inputs;
    inputs.detail = *detail;
    inputs.actor = m_actor;
    inputs.now = QDateTime::currentDateTimeUtc();
    try {
        inputs.pending = store::Outbox(*m_store).openEntries(ticketId);
    } catch (const store::StoreError &e) {
        qWarning("the outbox cannot be read: %s", qPrintable(e.message()));
    }
    const auto row = m_tickets->ticket(ticketId);
    inputs.cached = row && row->summary.version > detail->version;
    ui::CaseView view = buildCaseView(inputs, m_rules);
    if (view.meta.holder == m_actor.id)
        view.meta.holderName = m_displayName;
    else if (m_userNames.knows(view.meta.holder))
        view.meta.holderName = m_userNames.displayName(view.meta.holder); // else the header shows the id
    tab->setView(view);
    // Evidence: bytes already cached are verified on load; missing ones are fetched.
    EvidenceModel *evidence = tab->workspace()->evidenceModel();
    evidence->setDuplicates(detail->duplicates);
    for (const remote::EvidenceFile &file : detail->evidenceFiles) {
        const QString key = ticketId + QLatin1Char('/') + file.evidenceId;
        const store::CachedEvidence cached = m_cases->evidence(key);
        if (cached.integrity == store::EvidenceIntegrity::Verified) {
            evidence->setIntegrity(file.evidenceId, Integrity::Verified);
        } else if (cached.integrity == store::EvidenceIntegrity::Mismatch) {
            evidence->setIntegrity(file.evidenceId, Integrity::Mismatch);
        } else {
            evidence->setIntegrity(file.evidenceId, Integrity::Verifying);
            m_engine->fetchEvidence(ticketId, file.evidenceId, file.contentId, file.sha256);
        }
    }
    const int index = m_window->tabs()->indexOf(tab);
    m_window->tabs()->setTabText(index, view.meta.pendingSync ? ticketId + QStringLiteral(" •") : ticketId);
    emit caseShown(ticketId);
}

QByteArray Workstation::evidenceBytes(const QString &ticketId, const QString &evidenceId)
{
    const store::CachedEvidence cached = m_cases->evidence(ticketId + QLatin1Char('/') + evidenceId);
    return cached.integrity == store::EvidenceIntegrity::Verified ? cached.content : QByteArray();
}

void Workstation::record(const QString &ticketId, const QString &action, const QJsonObject &body, const QString &label)
{
    // The write is based on the version the agent is looking at.
    qint64 base = 0;
    std::optional<ui::TicketSnapshot> seen;
    if (const auto detail = cachedDetail(ticketId)) {
        base = detail->version;
        seen = ui::TicketSnapshot::fromState(detail->caseFile, detail->state);
    } else if (const auto row = m_tickets->ticket(ticketId)) {
        base = row->summary.version;
    }
    try {
        // The agent's own writes confirmed since the cached case was fetched (its refresh is
        // still on the way) are no one else's change: the write goes on top of them.
        base = store::Outbox(*m_store).versionAfterOwnWrites(ticketId, base);
        if (seen)
            seen->version = base;
    } catch (const store::StoreError &e) {
        qWarning("the outbox cannot be read: %s", qPrintable(e.message()));
    }
    try {
        const store::OutboxEntry entry = m_engine->record(ticketId, action, body, base, label);
        if (seen)
            m_seenAtRecord.insert(entry.seq, *seen);
    } catch (const store::StoreError &e) {
        QMessageBox::critical(m_window.get(), tr("Not recorded"),
                              tr("The change could not be saved on this computer, so it was NOT recorded: %1").arg(e.message()));
        return;
    }
    refreshCase(ticketId);
}

void Workstation::onTicketsChanged(const QStringList &ids)
{
    if (!m_window)
        return;
    for (const QString &id : ids) {
        if (!m_window->caseTab(id))
            continue;
        const auto row = m_tickets->ticket(id);
        if (row && row->summary.version > m_cases->detailVersion(id))
            m_engine->fetchDetail(id);
        else
            refreshCase(id);
    }
}

void Workstation::onWriteBlocked(qint64 seq, const QString &ticketId, const ApiError &error)
{
    refreshCase(ticketId);
    if (!m_window)
        return;
    const auto entry = store::Outbox(*m_store).entry(seq);
    if (!entry)
        return;
    if (error.kind != ApiError::Kind::VersionConflict) {
        // A refusal retrying cannot fix: say why, and let the agent drop the change.
        const QString reason = error.reasonZh.isEmpty() ? error.title : error.reasonZh;
        const auto answer = QMessageBox::warning(m_window.get(), tr("Change refused"),
                                                 tr("%1 on %2 was refused by the server:\n%3\n\nDrop this change?")
                                                     .arg(describeWrite(*entry), ticketId, reason),
                                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard) {
            m_engine->discard(seq);
            m_seenAtRecord.remove(seq);
        }
        m_engine->fetchDetail(ticketId);
        return;
    }
    if (m_conflictShown.contains(ticketId))
        return;
    m_conflictShown.insert(ticketId);
    // "When you made the change": what was on screen when it was recorded. After a restart that is
    // gone; then the cached case stands in, with the version the write was based on.
    ui::TicketSnapshot mine;
    if (const auto seen = m_seenAtRecord.constFind(seq); seen != m_seenAtRecord.constEnd()) {
        mine = *seen;
    } else {
        if (const auto detail = cachedDetail(ticketId))
            mine = ui::TicketSnapshot::fromState(detail->caseFile, detail->state);
        if (entry->baseVersion > 0)
            mine.version = entry->baseVersion;
    }
    const ui::TicketSnapshot theirs = ui::TicketSnapshot::fromDetail(error.current);
    // A note can go on top of whatever happened meanwhile; a step change or a verdict must be redone.
    const bool canKeep = entry->action == QLatin1String("notes");
    ui::ConflictDialog dialog(describeWrite(*entry), mine, theirs, canKeep, m_window.get());
    dialog.setObjectName(QStringLiteral("conflictDialog"));
    dialog.exec();
    m_conflictShown.remove(ticketId);
    if (!error.current.isEmpty())
        m_cases->storeDetail(ticketId, error.currentVersion, error.current, QDateTime::currentDateTimeUtc());
    switch (dialog.choice()) {
    case ui::ConflictDialog::Choice::KeepEditing:
        m_engine->retryOnVersion(seq, error.currentVersion);
        m_seenAtRecord.insert(seq, theirs); // retried on the server's version, as now shown
        break;
    case ui::ConflictDialog::Choice::Reload:
    case ui::ConflictDialog::Choice::Discard:
        for (const store::OutboxEntry &e : store::Outbox(*m_store).openEntries(ticketId)) {
            m_engine->discard(e.seq);
            m_seenAtRecord.remove(e.seq);
        }
        break;
    }
    m_engine->fetchDetail(ticketId);
    refreshCase(ticketId);
}

void Workstation::pullNext()
{
    if (!m_engine)
        return;
    if (m_engine->connectivity() == sync::Connectivity::Offline) {
        m_window->showMessage(tr("Pulling a ticket needs the server; you are offline. Work on your own tickets meanwhile."));
        return;
    }
    remote::PullJob *job = m_client->pull(remote::ApiClient::newIdempotencyKey());
    connect(job, &remote::ApiJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->ok()) {
            m_window->showMessage(tr("No ticket was pulled: %1").arg(job->error().toString()));
            return;
        }
        if (!job->hasTicket()) {
            m_window->showMessage(tr("The queue is empty: no unclaimed ticket is waiting."));
            return;
        }
        const remote::TicketDetail &detail = job->detail();
        const QString id = detail.caseFile.ticket.id;
        m_cases->storeDetail(id, detail.version, detail.raw, QDateTime::currentDateTimeUtc());
        m_engine->syncNow();
        openTicket(id);
    });
}

} // namespace wd::app

namespace wd::app {

void Workstation::renewLeases()
{
    // An open case the agent holds keeps its lease while the tab is open: renewed when under
    // 10 minutes are left. Only online: offline, a renewal could not arrive in time anyway.
    if (!m_window || !m_engine || m_engine->connectivity() == sync::Connectivity::Offline)
        return;
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(10 * 60);
    for (const QString &id : m_window->openTicketIds()) {
        const auto row = m_tickets->ticket(id);
        if (!row || row->summary.holder != m_actor.id || !row->summary.leaseUntil.isValid() || row->summary.leaseUntil > soon)
            continue;
        bool pendingRenew = false;
        for (const store::OutboxEntry &e : store::Outbox(*m_store).openEntries(id))
            pendingRenew = pendingRenew || e.action == QLatin1String("renew");
        if (!pendingRenew)
            record(id, QStringLiteral("renew"), {}, tr("Lease renewal"));
    }
}

} // namespace wd::app
