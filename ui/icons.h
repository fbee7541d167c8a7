#pragma once
// The workstation's own glyphs (resources/icons, monochrome PNG at 1x and 2x), tinted at run time
// with a tone of ui/palette.h so one drawing reads on light and dark palettes alike.

#include "enums.h"
#include "palette.h"

#include <QIcon>
#include <QString>

namespace wd::ui {

// `name` without extension, e.g. "event-extracted"; an unknown name gives a null icon.
QIcon tintedIcon(const QString &name, const QColor &color);
QIcon toneIcon(const QString &name, const QPalette &palette, Tone tone = Tone::Neutral);

QString iconName(KeyEventType type);
QString iconName(PlatformEventType type);
QString iconName(EvidenceKind kind);

} // namespace wd::ui
