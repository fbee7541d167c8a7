#pragma once
// The top of a case: ticket id and category, customer, order number (selectable, with a copy
// button), the step bar, the review-SLA and warranty clocks ticking once a second, and who holds
// the ticket until when. Values come in through setCase(); the clock source is injectable so
// tests never depend on the wall clock.

#include "casefile.h"
#include "caseworkflow.h"
#include "casemeta.h"
#include "clockstate.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTimer;
class QToolButton;

namespace wd::ui {

class StepBar;

class CaseHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHeader(QWidget *parent = nullptr);

    void setCase(const CaseFile &caseFile, const CaseState &state, const CaseMeta &meta);
    void setClock(std::function<QDateTime()> now);
    StepBar *stepBar() const { return m_stepBar; }

    // "2 d 03:14:05", "-00:12:30" once past; public for the queue and the tests.
    static QString countdownText(qint64 ms);

public slots:
    void tick();

signals:
    void orderNumberCopied(const QString &orderNo);

protected:
    void changeEvent(QEvent *event) override;
    // The clocks tick only while shown: an agent may keep many cases open in background tabs.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showClock(QLabel *label, const QString &title, const ClockState &clock, const QString &dueText);

    std::function<QDateTime()> m_now;
    QTimer *m_timer = nullptr;
    QLabel *m_ticketId = nullptr;
    QLabel *m_category = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_orderNo = nullptr;
    QToolButton *m_copyOrderNo = nullptr;
    QLabel *m_slaClock = nullptr;
    QLabel *m_warrantyClock = nullptr;
    QLabel *m_holder = nullptr;
    StepBar *m_stepBar = nullptr;

    QDateTime m_submittedAt;
    QDateTime m_slaDueAt;
    QString m_slaState;
    std::optional<QDateTime> m_warrantyEndsAt;
    QDateTime m_leaseUntil;
    QString m_holderText;
};

} // namespace wd::ui
