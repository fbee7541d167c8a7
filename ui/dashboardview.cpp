#include "dashboardview.h"

#include "domainlabels.h"
#include "palette.h"
#include "usernames.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace wd::ui {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

template <typename E>
QString labelOf(const QString &name)
{
    const auto value = enumFromName<E>(name);
    return value ? DomainLabels::label(*value) : name;
}

QList<QPair<QString, qint64>> sortedCounts(const QJsonObject &counts)
{
    QList<QPair<QString, qint64>> rows;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        rows << qMakePair(it.key(), it.value().toInteger());
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second > b.second || (a.second == b.second && a.first < b.first); });
    return rows;
}

} // namespace

DashboardView::DashboardView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboard"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(14);

    auto *head = new QHBoxLayout;
    head->addWidget(sectionTitle(tr("Team dashboard"), page));
    m_generated = new QLabel(page);
    m_generated->setObjectName(QStringLiteral("dashboardGenerated"));
    head->addWidget(m_generated, 1);
    auto *refresh = new QPushButton(tr("Refresh"), page);
    refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    connect(refresh, &QPushButton::clicked, this, &DashboardView::refreshRequested);
    head->addWidget(refresh);
    layout->addLayout(head);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    store::QueueFilter open;
    store::QueueFilter breached;
    breached.slaStates = {QStringLiteral("breached")};
    store::QueueFilter warning;
    warning.slaStates = {QStringLiteral("warning")};
    store::QueueFilter approval;
    approval.statuses = {QStringLiteral("awaiting_approval")};
    store::QueueFilter appeals;
    appeals.steps = {QStringLiteral("appeal_review")};
    tiles->addWidget(makeTile(QStringLiteral("open"), tr("Open tickets"), open));
    tiles->addWidget(makeTile(QStringLiteral("breached"), tr("Review SLA breached"), breached));
    tiles->addWidget(makeTile(QStringLiteral("warning"), tr("Under 25 % of SLA left"), warning));
    tiles->addWidget(makeTile(QStringLiteral("awaiting_approval"), tr("Verdicts awaiting approval"), approval));
    tiles->addWidget(makeTile(QStringLiteral("appeals"), tr("Appeals to decide"), appeals));
    layout->addLayout(tiles);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto column = [&](const QString &title, QVBoxLayout **target) {
        auto *box = new QVBoxLayout;
        box->addWidget(sectionTitle(title, page));
        *target = new QVBoxLayout;
        (*target)->setSpacing(4);
        box->addLayout(*target);
        box->addStretch();
        columns->addLayout(box, 1);
    };
    column(tr("Tickets by step"), &m_byStep);
    column(tr("Tickets by category"), &m_byCategory);
    column(tr("Tickets held per person"), &m_heldBy);
    layout->addLayout(columns);
    layout->addWidget(sectionTitle(tr("Decisions recorded"), page));
    m_actions = new QLabel(page);
    m_actions->setObjectName(QStringLiteral("dashboardActions"));
    m_actions->setWordWrap(true);
    layout->addWidget(m_actions);
    layout->addStretch();
}

QWidget *DashboardView::makeTile(const QString &name, const QString &title, const store::QueueFilter &filter)
{
    auto *tile = new QPushButton(this);
    tile->setObjectName(QStringLiteral("tile-") + name);
    tile->setMinimumHeight(86);
    tile->setToolTip(tr("Open these tickets in the queue"));
    tile->setAccessibleName(title);
    auto *layout = new QVBoxLayout(tile);
    auto *value = new QLabel(QStringLiteral("—"), tile);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    value->setFont(big);
    value->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *caption = new QLabel(title, tile);
    caption->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(value);
    layout->addWidget(caption);
    m_tiles.insert(name, value);
    connect(tile, &QPushButton::clicked, this, [this, filter] { emit queueRequested(filter); });
    return tile;
}

void DashboardView::fillBars(QVBoxLayout *layout, const QList<QPair<QString, qint64>> &rows, qint64 max)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QLayout *inner = item->layout()) {
            while (QLayoutItem *w = inner->takeAt(0)) {
                delete w->widget();
                delete w;
            }
        }
        delete item->widget();
        delete item;
    }
    for (const auto &row : rows) {
        auto *line = new QHBoxLayout;
        auto *name = new QLabel(row.first);
        name->setMinimumWidth(120);
        auto *bar = new QProgressBar;
        bar->setRange(0, int(qMax<qint64>(1, max)));
        bar->setValue(int(row.second));
        bar->setFormat(QLocale().toString(row.second));
        bar->setMaximumHeight(18);
        line->addWidget(name);
        line->addWidget(bar, 1);
        layout->addLayout(line);
    }
    if (rows.isEmpty())
        layout->addWidget(new QLabel(tr("Nothing yet.")));
}

void DashboardView::setUserNames(const UserNames *names)
{
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    m_names = names;
    if (names) {
        connect(names, &UserNames::changed, this, [this] {
            if (!m_stats.isEmpty())
                setStats(m_stats);
        });
    }
    if (!m_stats.isEmpty())
        setStats(m_stats);
}

QStringList DashboardView::heldByNames() const
{
    QStringList names;
    for (int i = 0; i < m_heldBy->count(); ++i) {
        QLayout *line = m_heldBy->itemAt(i)->layout();
        if (!line || line->count() == 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(line->itemAt(0)->widget()))
            names << label->text();
    }
    return names;
}

void DashboardView::setStats(const QJsonObject &stats)
{
    m_stats = stats;
    const QJsonObject sla = stats.value(QStringLiteral("sla")).toObject();
    auto setTile = [this](const QString &name, qint64 value, Tone tone) {
        QLabel *label = m_tiles.value(name);
        label->setText(QLocale().toString(value));
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, toneText(value > 0 ? tone : Tone::Neutral, palette()));
        label->setPalette(p);
    };
    setTile(QStringLiteral("open"), stats.value(QStringLiteral("open")).toInteger(), Tone::Neutral);
    setTile(QStringLiteral("breached"), sla.value(QStringLiteral("breached")).toInteger(), Tone::Danger);
    setTile(QStringLiteral("warning"), sla.value(QStringLiteral("warning")).toInteger(), Tone::Caution);
    setTile(QStringLiteral("awaiting_approval"), stats.value(QStringLiteral("awaiting_approval")).toInteger(), Tone::Info);
    setTile(QStringLiteral("appeals"), stats.value(QStringLiteral("appeals_pending")).toInteger(), Tone::Info);

    QList<QPair<QString, qint64>> steps;
    qint64 maxStep = 0;
    for (const auto &row : sortedCounts(stats.value(QStringLiteral("by_step")).toObject())) {
        steps << qMakePair(labelOf<Step>(row.first), row.second);
        maxStep = qMax(maxStep, row.second);
    }
    fillBars(m_byStep, steps, maxStep);
    QList<QPair<QString, qint64>> categories;
    qint64 maxCategory = 0;
    for (const auto &row : sortedCounts(stats.value(QStringLiteral("by_category")).toObject())) {
        categories << qMakePair(row.first == QLatin1String("none") ? tr("not set") : labelOf<Category>(row.first), row.second);
        maxCategory = qMax(maxCategory, row.second);
    }
    fillBars(m_byCategory, categories.mid(0, 12), maxCategory);
    QList<QPair<QString, qint64>> held = sortedCounts(stats.value(QStringLiteral("held_by")).toObject());
    for (auto &row : held) {
        const QString id = row.first;
        row.first = m_names ? m_names->displayName(id) : id;
    }
    fillBars(m_heldBy, held, held.isEmpty() ? 1 : held.first().second);

    QStringList actions;
    for (const auto &row : sortedCounts(stats.value(QStringLiteral("actions")).toObject()))
        actions << QStringLiteral("%1: %2").arg(row.first, QLocale().toString(row.second));
    m_actions->setText(actions.isEmpty() ? tr("None yet.") : actions.join(QStringLiteral(" · ")));
    const QDateTime at = QDateTime::fromString(stats.value(QStringLiteral("generated_at")).toString(), Qt::ISODateWithMs);
    m_generated->setText(at.isValid() ? tr("as of %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)) : QString());
}

void DashboardView::setError(const QString &message)
{
    m_generated->setText(tr("Could not refresh: %1").arg(message));
}

QString DashboardView::tileValue(const QString &name) const
{
    const QLabel *label = m_tiles.value(name);
    return label ? label->text() : QString();
}

} // namespace wd::ui
