#pragma once
// Small pieces the panels and dialogs share so they look and read alike: a tone on a label (text
// colour, optionally a soft band behind it), the red "what is still wrong" line, and lists of
// domain labels joined the way the UI language joins them.

#include "domainlabels.h"
#include "palette.h"
#include "translation.h"

#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QWidget;

namespace wd::ui {

enum class ToneStyle { Text, Band };
// Text: the tone's text colour. Band: also the tone's soft background (Neutral: none).
void applyTone(QWidget *widget, Tone tone, ToneStyle style = ToneStyle::Text);
// A list of checkable items whose unchecked boxes stay visible on dark palettes too (Qt 6.4's
// Fusion outlines them in a shade of the window colour, invisible on a dark base).
QListWidget *makeCheckList(const QString &accessibleName, QWidget *parent);
// A word-wrapped label in the danger tone, hidden while empty.
QLabel *makeProblemLabel(QWidget *parent);
void showProblems(QLabel *label, const QStringList &problems);
// The box's accepting buttons (OK, "Record verdict"…) are usable only while nothing is wrong.
void setAcceptEnabled(QDialogButtonBox *buttons, bool enabled);

template <typename E>
QString labelList(const QList<E> &values, const QString &empty = {})
{
    QStringList labels;
    for (E value : values)
        labels << DomainLabels::label(value);
    return labels.isEmpty() ? empty : labels.join(listSeparator());
}

} // namespace wd::ui
