#pragma once
// Semantic colours (SLA green/amber/red, failures, highlights) picked to stay readable on the
// system's light and dark palettes: every widget asks here instead of hard-coding a colour.

#include "clockstate.h"

#include <QColor>
#include <QPalette>

namespace wd::ui {

enum class Tone { Neutral, Good, Caution, Danger, Info, Highlight };

bool isDarkPalette(const QPalette &palette);
// Text colour for a tone on the palette's base background.
QColor toneText(Tone tone, const QPalette &palette);
// A soft background for badges, bands and highlighted rows.
QColor toneBackground(Tone tone, const QPalette &palette);
Tone toneForClock(ClockLevel level);
// A dark palette for Fusion where the platform gives none (galleries, screenshots, a dark-mode
// setting); the tones above are chosen to read on it.
QPalette darkPalette();

} // namespace wd::ui
