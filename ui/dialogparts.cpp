#include "dialogparts.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>

namespace wd::ui {

void applyTone(QWidget *widget, Tone tone, ToneStyle style)
{
    // The base palette is the parent's: the widget's own may already carry an earlier tone.
    const QPalette base = widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText, toneText(tone, base));
    const bool band = style == ToneStyle::Band && tone != Tone::Neutral;
    if (band)
        pal.setColor(QPalette::Window, toneBackground(tone, base));
    widget->setPalette(pal);
    widget->setAutoFillBackground(band);
}

QListWidget *makeCheckList(const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(accessibleName);
    if (isDarkPalette(list->palette())) {
        list->setStyleSheet(QStringLiteral("QListWidget::indicator:unchecked { border: 1px solid palette(mid);"
                                           " background: palette(base); width: 12px; height: 12px; }"));
    }
    return list;
}

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    applyTone(label, Tone::Danger);
    label->hide();
    return label;
}

void showProblems(QLabel *label, const QStringList &problems)
{
    label->setText(problems.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
}

void setAcceptEnabled(QDialogButtonBox *buttons, bool enabled)
{
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(enabled);
    }
}

} // namespace wd::ui
