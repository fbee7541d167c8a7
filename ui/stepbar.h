#pragma once
// The five steps of the workflow (问题反馈 → 证据提交 → 平台审核 → 责任判定 → 结果执行) plus closed and
// appeal review, the current one highlighted, with Back and Next actions. The bar never decides
// whether a move is allowed: the caller runs the workflow guards and says so through
// setTransitionState(); a refused move keeps its reason in the action's tooltip and beside it.

#include "enums.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace wd::ui {

class StepTrack;

class StepBar : public QWidget
{
    Q_OBJECT

public:
    enum class StepState { Done, Current, Upcoming, Inactive };

    explicit StepBar(QWidget *parent = nullptr);

    void setStep(Step step);
    Step step() const { return m_step; }
    StepState stepState(Step step) const;

    // Empty reasons are fine when the move is allowed.
    void setTransitionState(bool canAdvance, const QString &whyNot, bool canGoBack, const QString &whyNotBack);

    QAction *advanceAction() const { return m_advance; }
    QAction *backAction() const { return m_back; }

signals:
    void advanceRequested();
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    Step m_step = Step::Feedback;
    StepTrack *m_track = nullptr;
    QAction *m_advance = nullptr;
    QAction *m_back = nullptr;
    QToolButton *m_advanceButton = nullptr;
    QToolButton *m_backButton = nullptr;
    QLabel *m_reason = nullptr;
    QString m_whyNot;
    QString m_whyNotBack;
};

} // namespace wd::ui
