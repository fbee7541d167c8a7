#include "stepbar.h"

#include "dialogparts.h"
#include "domainlabels.h"
#include "icons.h"
#include "palette.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

#include <algorithm>

namespace wd::ui {

namespace {

constexpr Step kMainSteps[] = {Step::Feedback, Step::Evidence, Step::Review, Step::Verdict, Step::Execution};

int mainIndex(Step step)
{
    for (int i = 0; i < 5; ++i) {
        if (kMainSteps[i] == step)
            return i;
    }
    return -1;
}

} // namespace

// Paints the steps as a row of numbered segments; closed and appeal review sit apart at the end
// because a case reaches them after the five steps, not as a sixth one.
class StepTrack : public QWidget
{
public:
    explicit StepTrack(StepBar *bar) : QWidget(bar), m_bar(bar)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAttribute(Qt::WA_OpaquePaintEvent, false);
    }

    QSize sizeHint() const override
    {
        const QFontMetrics fm(font());
        int width = 0;
        for (Step step : kMainSteps)
            width += fm.horizontalAdvance(DomainLabels::label(step)) + fm.height() * 3;
        return {width + fm.height() * 8, fm.height() + 12};
    }
    QSize minimumSizeHint() const override { return {200, QFontMetrics(font()).height() + 12}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const QFontMetrics fm(font());
        const int h = height();
        const int sideWidth = std::max(fm.horizontalAdvance(DomainLabels::label(Step::Closed)),
                                       fm.horizontalAdvance(DomainLabels::label(Step::AppealReview)))
            + fm.height() * 2;
        const int gap = 6;
        const int mainWidth = width() - 2 * (sideWidth + gap);
        const int segment = mainWidth / 5;
        const int arrow = h / 3;
        for (int i = 0; i < 5; ++i) {
            const QRectF r(i * segment, 0, segment - 2, h);
            drawSegment(p, r, kMainSteps[i], QStringLiteral("%1 ").arg(i + 1), i > 0 ? arrow : 0, arrow, pal);
        }
        drawSegment(p, QRectF(mainWidth + gap, 0, sideWidth, h), Step::Closed, QString(), 0, 0, pal);
        drawSegment(p, QRectF(mainWidth + sideWidth + 2 * gap, 0, sideWidth, h), Step::AppealReview, QString(), 0,
                    0, pal);
    }

private:
    void drawSegment(QPainter &p, const QRectF &r, Step step, const QString &prefix, int notchIn, int arrowOut,
                     const QPalette &pal)
    {
        const StepBar::StepState state = m_bar->stepState(step);
        QPainterPath path;
        if (arrowOut > 0) {
            path.moveTo(r.left(), r.top());
            path.lineTo(r.right() - arrowOut, r.top());
            path.lineTo(r.right(), r.center().y());
            path.lineTo(r.right() - arrowOut, r.bottom());
            path.lineTo(r.left(), r.bottom());
            if (notchIn > 0)
                path.lineTo(r.left() + notchIn, r.center().y());
            path.closeSubpath();
        } else {
            path.addRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        }
        QColor fill;
        QColor text;
        QFont font = p.font();
        switch (state) {
        case StepBar::StepState::Current:
            fill = toneText(Tone::Info, pal);
            text = isDarkPalette(pal) ? QColor(0x10, 0x1a, 0x2a) : QColor(Qt::white);
            font.setBold(true);
            break;
        case StepBar::StepState::Done:
            fill = toneBackground(Tone::Info, pal);
            text = toneText(Tone::Info, pal);
            break;
        case StepBar::StepState::Upcoming:
            fill = pal.color(QPalette::AlternateBase);
            text = pal.color(QPalette::PlaceholderText);
            break;
        case StepBar::StepState::Inactive:
            fill = Qt::transparent;
            text = pal.color(QPalette::PlaceholderText);
            p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            break;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPath(path);
        p.setFont(font);
        p.setPen(text);
        const QString mark = state == StepBar::StepState::Done ? QStringLiteral("✓ ") : prefix;
        const QRectF textRect = r.adjusted(notchIn + 4, 0, -arrowOut - 2, 0);
        p.drawText(textRect, Qt::AlignCenter,
                   QFontMetrics(font).elidedText(mark + DomainLabels::label(step), Qt::ElideRight, int(textRect.width())));
        p.setFont(this->font());
    }

    StepBar *m_bar;
};

StepBar::StepBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepBar"));
    m_track = new StepTrack(this);
    m_track->setObjectName(QStringLiteral("stepTrack"));

    m_back = new QAction(this);
    m_back->setObjectName(QStringLiteral("backAction"));
    // The keys (Ctrl+Shift+Left/Right) belong to the main window's Ticket menu, which triggers
    // these actions: one binding, so no ambiguity, and a disabled action still does nothing.
    m_advance = new QAction(this);
    m_advance->setObjectName(QStringLiteral("advanceAction"));
    addAction(m_back);
    addAction(m_advance);
    connect(m_advance, &QAction::triggered, this, &StepBar::advanceRequested);
    connect(m_back, &QAction::triggered, this, &StepBar::backRequested);

    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setDefaultAction(m_back);
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanceButton = new QToolButton(this);
    m_advanceButton->setObjectName(QStringLiteral("advanceButton"));
    m_advanceButton->setDefaultAction(m_advance);
    m_advanceButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("stepReason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_track, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_backButton);
    layout->addWidget(m_advanceButton);

    setTransitionState(false, QString(), false, QString());
    updateTexts();
}

void StepBar::setStep(Step step)
{
    m_step = step;
    updateTexts();
    m_track->update();
}

StepBar::StepState StepBar::stepState(Step step) const
{
    if (step == m_step)
        return StepState::Current;
    const int current = mainIndex(m_step);
    const int index = mainIndex(step);
    if (index >= 0) {
        // Closed and appeal review come after all five steps.
        if (current < 0 || index < current)
            return StepState::Done;
        return StepState::Upcoming;
    }
    // Closed is reached at the end, appeal review only when someone appeals: neither is "next".
    return StepState::Inactive;
}

void StepBar::setTransitionState(bool canAdvance, const QString &whyNot, bool canGoBack, const QString &whyNotBack)
{
    m_advance->setEnabled(canAdvance);
    m_back->setEnabled(canGoBack);
    m_whyNot = canAdvance ? QString() : whyNot;
    m_whyNotBack = canGoBack ? QString() : whyNotBack;
    updateTexts();
}

void StepBar::updateTexts()
{
    const std::optional<Step> next = [this]() -> std::optional<Step> {
        const int i = mainIndex(m_step);
        if (i >= 0 && i < 4)
            return kMainSteps[i + 1];
        if (m_step == Step::Execution)
            return Step::Closed;
        return std::nullopt;
    }();
    m_advance->setText(tr("Next"));
    m_back->setText(tr("Back"));
    m_advance->setIcon(toneIcon(QStringLiteral("action-advance"), palette()));
    m_back->setIcon(toneIcon(QStringLiteral("action-back"), palette()));
    // The keys live on the window's Ticket menu (see MainWindow); shown here as a hint.
    const QString shortcutAdvance = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right).toString(QKeySequence::NativeText);
    const QString shortcutBack = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left).toString(QKeySequence::NativeText);
    QString advanceTip = next ? tr("Move on to %1 (%2)").arg(DomainLabels::label(*next), shortcutAdvance)
                              : tr("No next step from %1").arg(DomainLabels::label(m_step));
    if (!m_advance->isEnabled() && !m_whyNot.isEmpty())
        advanceTip = tr("Cannot move on: %1").arg(m_whyNot);
    QString backTip = tr("Ask the customer for more evidence (%1)").arg(shortcutBack);
    if (!m_back->isEnabled() && !m_whyNotBack.isEmpty())
        backTip = tr("Cannot go back: %1").arg(m_whyNotBack);
    m_advance->setToolTip(advanceTip);
    m_back->setToolTip(backTip);
    m_advanceButton->setAccessibleName(tr("Next step"));
    m_advanceButton->setAccessibleDescription(advanceTip);
    m_backButton->setAccessibleName(tr("Previous step"));
    m_backButton->setAccessibleDescription(backTip);

    // The reason a move is refused stays visible, not only in a tooltip that needs a mouse.
    const QString reason = m_whyNot.isEmpty() ? QString() : m_whyNot;
    // At most about a third of a narrow window; the whole sentence is in the tooltip.
    m_reason->setText(m_reason->fontMetrics().elidedText(reason, Qt::ElideRight, 420));
    m_reason->setToolTip(reason);
    m_reason->setVisible(!reason.isEmpty());
    applyTone(m_reason, Tone::Caution);

    QStringList states;
    for (Step step : kMainSteps)
        states << DomainLabels::label(step);
    m_track->setAccessibleName(tr("Workflow step"));
    m_track->setAccessibleDescription(tr("Current step: %1 (of %2)").arg(DomainLabels::label(m_step), states.join(QStringLiteral(" → "))));
    m_track->setToolTip(m_track->accessibleDescription());
}

void StepBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

} // namespace wd::ui
