#include "conflictdialog.h"

#include "domainlabels.h"
#include "palette.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wd::ui {

namespace {

template <typename E>
QString labelOf(const QJsonValue &value)
{
    const QString name = value.toString().left(64);
    if (auto parsed = enumFromName<E>(name))
        return DomainLabels::label(*parsed);
    return name;
}

QString verdictWords(LiableParty party, const QList<Remedy> &remedies, const Money &amount)
{
    QStringList parts{DomainLabels::label(party)};
    for (Remedy r : remedies)
        parts << DomainLabels::label(r);
    parts << amount.toString();
    return parts.join(QStringLiteral(" · "));
}

} // namespace

TicketSnapshot TicketSnapshot::fromState(const CaseFile &c, const CaseState &state)
{
    TicketSnapshot s;
    s.step = DomainLabels::label(state.step);
    s.status = DomainLabels::label(state.status);
    s.holder = state.holder;
    s.version = c.ticket.version;
    if (state.verdict)
        s.verdict = verdictWords(state.verdict->liableParty, state.verdict->remedies, state.verdict->amount);
    return s;
}

TicketSnapshot TicketSnapshot::fromDetail(const QJsonObject &detail)
{
    TicketSnapshot s;
    const QJsonObject ticket = detail.value(QStringLiteral("ticket")).toObject();
    s.step = labelOf<Step>(ticket.value(QStringLiteral("step")));
    s.status = labelOf<Status>(ticket.value(QStringLiteral("status")));
    s.holder = detail.value(QStringLiteral("holder")).toString().left(128);
    const QJsonValue version = detail.contains(QStringLiteral("version")) ? detail.value(QStringLiteral("version"))
                                                                          : ticket.value(QStringLiteral("version"));
    s.version = qint64(qBound(0.0, version.toDouble(), 9.0e15));
    const QJsonValue verdict = detail.value(QStringLiteral("state")).toObject().value(QStringLiteral("verdict"));
    if (verdict.isObject()) {
        const QJsonObject v = verdict.toObject();
        QStringList parts{labelOf<LiableParty>(v.value(QStringLiteral("liable_party")))};
        const QJsonArray remedies = v.value(QStringLiteral("remedies")).toArray();
        for (qsizetype i = 0; i < remedies.size() && i < 16; ++i)
            parts << labelOf<Remedy>(remedies.at(i));
        if (auto amount = Money::fromJson(v.value(QStringLiteral("amount"))))
            parts << amount->toString();
        s.verdict = parts.join(QStringLiteral(" · "));
    }
    return s;
}

ConflictDialog::ConflictDialog(const QString &change, const TicketSnapshot &mine, const TicketSnapshot &server,
                               bool canKeepEditing, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The ticket was changed meanwhile"));
    auto *intro = new QLabel(tr("Your change was not saved: someone else changed the ticket after you opened it. "
                                "Compare and choose how to go on."), this);
    intro->setWordWrap(true);
    auto *changeLabel = new QLabel(tr("<b>Your change:</b> %1").arg(change.toHtmlEscaped()), this);
    changeLabel->setWordWrap(true);
    changeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTreeWidget(this);
    m_table->setAccessibleName(tr("Your view beside the server's"));
    m_table->setHeaderLabels({QString(), tr("When you made the change"), tr("On the server now")});
    m_table->setRootIsDecorated(false);
    const QString none = tr("—");
    const struct
    {
        const char *key;
        QString label;
        QString mine;
        QString server;
    } rows[] = {
        {"step", tr("Step"), mine.step, server.step},
        {"status", tr("Status"), mine.status, server.status},
        {"holder", tr("Held by"), mine.holder, server.holder},
        {"verdict", tr("Verdict"), mine.verdict, server.verdict},
        {"version", tr("Version"), QString::number(mine.version), QString::number(server.version)},
    };
    const QPalette pal = palette();
    for (const auto &row : rows) {
        auto *item = new QTreeWidgetItem(m_table, {row.label, row.mine.isEmpty() ? none : row.mine,
                                                   row.server.isEmpty() ? none : row.server});
        if (row.mine != row.server) {
            m_differences << QString::fromLatin1(row.key);
            item->setText(0, QStringLiteral("≠ ") + row.label);
            QFont bold = item->font(2);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column) {
                item->setBackground(column, toneBackground(Tone::Caution, pal));
                item->setForeground(column, toneText(Tone::Caution, pal));
            }
            item->setFont(2, bold);
            item->setToolTip(2, tr("Changed since you loaded the ticket"));
        }
    }
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("&Reload"), QDialogButtonBox::AcceptRole);
    reload->setToolTip(tr("Load the ticket as it is now; your change is not applied"));
    reload->setDefault(true);
    QPushButton *discard = buttons->addButton(tr("&Discard my change"), QDialogButtonBox::DestructiveRole);
    QPushButton *keep = nullptr;
    if (canKeepEditing) {
        keep = buttons->addButton(tr("&Keep editing"), QDialogButtonBox::RejectRole);
        keep->setToolTip(tr("Reload the ticket but keep your text, to apply the change again by hand"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(changeLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 340);

    connect(reload, &QPushButton::clicked, this, [this] { m_choice = Choice::Reload; accept(); });
    connect(discard, &QPushButton::clicked, this, [this] { m_choice = Choice::Discard; accept(); });
    if (keep)
        connect(keep, &QPushButton::clicked, this, [this] { m_choice = Choice::KeepEditing; accept(); });
    // Escape: the safe choice, reload without applying anything.
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { m_choice = Choice::Reload; });
    reload->setFocus();
}

} // namespace wd::ui
