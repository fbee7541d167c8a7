#include "caseheader.h"

#include "dialogparts.h"
#include "domainlabels.h"
#include "icons.h"
#include "palette.h"
#include "stepbar.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wd::ui {

namespace {

QLabel *valueLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
}

} // namespace

CaseHeader::CaseHeader(QWidget *parent) : QWidget(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("caseHeader"));
    m_ticketId = valueLabel("ticketId", this);
    QFont big = m_ticketId->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_ticketId->setFont(big);
    m_category = valueLabel("category", this);
    m_status = valueLabel("status", this);
    m_customer = valueLabel("customer", this);
    m_orderNo = valueLabel("orderNo", this);
    m_orderNo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_orderNo->setFocusPolicy(Qt::StrongFocus);
    m_copyOrderNo = new QToolButton(this);
    m_copyOrderNo->setObjectName(QStringLiteral("copyOrderNo"));
    m_copyOrderNo->setAutoRaise(true);
    connect(m_copyOrderNo, &QToolButton::clicked, this, [this] {
        if (m_orderNo->text().isEmpty())
            return;
        QGuiApplication::clipboard()->setText(m_orderNo->text());
        emit orderNumberCopied(m_orderNo->text());
    });
    m_slaClock = valueLabel("slaClock", this);
    m_warrantyClock = valueLabel("warrantyClock", this);
    m_holder = valueLabel("holder", this);
    for (QLabel *clock : {m_slaClock, m_warrantyClock}) {
        clock->setMargin(3);
        clock->setAlignment(Qt::AlignCenter);
        QFont mono = clock->font();
        mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Consolas"), QStringLiteral("monospace")});
        mono.setStyleHint(QFont::Monospace);
        clock->setFont(mono);
    }
    m_stepBar = new StepBar(this);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_ticketId);
    top->addWidget(m_category);
    top->addWidget(m_status);
    top->addSpacing(12);
    auto *customerCaption = new QLabel(tr("Customer"), this);
    auto *orderCaption = new QLabel(tr("Order"), this);
    for (QLabel *caption : {customerCaption, orderCaption}) {
        QPalette pal = caption->palette();
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        caption->setPalette(pal);
    }
    customerCaption->setBuddy(m_customer);
    orderCaption->setBuddy(m_orderNo);
    top->addWidget(customerCaption);
    top->addWidget(m_customer);
    top->addSpacing(8);
    top->addWidget(orderCaption);
    top->addWidget(m_orderNo);
    top->addWidget(m_copyOrderNo);
    top->addStretch(1);
    top->addWidget(m_holder);
    top->addWidget(m_slaClock);
    top->addWidget(m_warrantyClock);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_stepBar);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &CaseHeader::tick);

    setTabOrder(m_orderNo, m_copyOrderNo);
    setTabOrder(m_copyOrderNo, m_stepBar);
    changeEvent(nullptr);
}

void CaseHeader::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    tick();
}

void CaseHeader::setCase(const CaseFile &caseFile, const CaseState &state, const CaseMeta &meta)
{
    m_ticketId->setText(caseFile.ticket.id);
    m_category->setText(caseFile.ticket.category ? DomainLabels::categoryWithGroup(*caseFile.ticket.category)
                                                 : tr("No category yet"));
    m_status->setText(DomainLabels::label(state.status) + (meta.pendingSync ? tr(" · not yet synced") : QString()));
    m_customer->setText(caseFile.order ? caseFile.order->customerId : tr("—"));
    m_orderNo->setText(caseFile.order ? caseFile.order->orderNo : QString());
    m_copyOrderNo->setEnabled(caseFile.order.has_value());
    m_stepBar->setStep(state.step);

    m_submittedAt = caseFile.ticket.submittedAt.toUTC();
    m_slaDueAt = meta.slaDueAt.isValid() ? meta.slaDueAt.toUTC() : QDateTime();
    m_slaState = meta.slaState;
    m_warrantyEndsAt = meta.warrantyEndsAt;
    m_leaseUntil = meta.leaseUntil;
    const QString who = meta.holderName.isEmpty() ? meta.holder : meta.holderName;
    m_holderText = who;
    tick();
}

QString CaseHeader::countdownText(qint64 ms)
{
    const bool past = ms < 0;
    qint64 s = (past ? -ms : ms) / 1000;
    const qint64 days = s / 86400;
    s %= 86400;
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg(s / 3600, 2, 10, QLatin1Char('0'))
                            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                            .arg(s % 60, 2, 10, QLatin1Char('0'));
    const QString body = days > 0 ? tr("%1 d %2").arg(days).arg(hms) : hms;
    return past ? QStringLiteral("-") + body : body;
}

void CaseHeader::showClock(QLabel *label, const QString &title, const ClockState &clock, const QString &dueText)
{
    QString value;
    switch (clock.level) {
    case ClockLevel::None: value = tr("—"); break;
    case ClockLevel::Paused: value = tr("paused"); break;
    case ClockLevel::Met: value = tr("met"); break;
    case ClockLevel::Breached: value = tr("overdue %1").arg(countdownText(-clock.leftMs)); break;
    case ClockLevel::Ok:
    case ClockLevel::Warning: value = countdownText(clock.leftMs); break;
    }
    label->setText(QStringLiteral("%1 %2").arg(title, value));
    label->setToolTip(dueText);
    label->setAccessibleName(title);
    label->setProperty("clockLevel", int(clock.level));
    applyTone(label, toneForClock(clock.level), ToneStyle::Band);
}

void CaseHeader::tick()
{
    const QDateTime now = m_now();
    const ClockState sla = slaClockState(m_submittedAt, m_slaDueAt, m_slaState, now);
    showClock(m_slaClock, tr("SLA"), sla,
              m_slaDueAt.isValid() ? tr("Review must start by %1").arg(localTime(m_slaDueAt)) : tr("No review deadline known"));
    const ClockState warranty = m_warrantyEndsAt ? warrantyClockState(m_warrantyEndsAt->toUTC(), now) : ClockState{};
    showClock(m_warrantyClock, tr("Warranty"), warranty,
              m_warrantyEndsAt ? tr("Warranty ends %1").arg(localTime(m_warrantyEndsAt->toUTC()))
                               : tr("Never delivered: the warranty clock has not started"));
    if (m_holderText.isEmpty()) {
        m_holder->setText(tr("Unclaimed"));
    } else if (m_leaseUntil.isValid() && m_leaseUntil > now) {
        const qint64 minutes = (now.msecsTo(m_leaseUntil) + 59999) / 60000;
        m_holder->setText(tr("Held by %1 · lease %n min", nullptr, int(minutes)).arg(m_holderText));
    } else if (m_leaseUntil.isValid()) {
        m_holder->setText(tr("Lease of %1 expired").arg(m_holderText));
    } else {
        m_holder->setText(tr("Held by %1").arg(m_holderText));
    }
}

void CaseHeader::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    tick();
    m_timer->start();
}

void CaseHeader::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void CaseHeader::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange) {
        m_copyOrderNo->setIcon(toneIcon(QStringLiteral("action-copy"), palette()));
        m_copyOrderNo->setToolTip(tr("Copy the order number"));
        m_copyOrderNo->setAccessibleName(tr("Copy order number"));
        m_orderNo->setAccessibleName(tr("Order number"));
        m_customer->setAccessibleName(tr("Customer"));
        m_ticketId->setAccessibleName(tr("Ticket"));
        if (event)
            tick();
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace wd::ui
