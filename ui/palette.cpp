#include "palette.h"

namespace wd::ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor toneText(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Good: return dark ? QColor(0x6f, 0xd0, 0x8c) : QColor(0x1b, 0x7a, 0x3d);
    case Tone::Caution: return dark ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Danger: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Info: return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
    case Tone::Highlight: return palette.color(QPalette::HighlightedText);
    case Tone::Neutral: break;
    }
    return palette.color(QPalette::Text);
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Good: return dark ? QColor(0x1e, 0x3a, 0x28) : QColor(0xe3, 0xf4, 0xe8);
    case Tone::Caution: return dark ? QColor(0x45, 0x36, 0x12) : QColor(0xfd, 0xf0, 0xd5);
    case Tone::Danger: return dark ? QColor(0x4a, 0x1f, 0x1c) : QColor(0xfc, 0xe4, 0xe2);
    case Tone::Info: return dark ? QColor(0x1d, 0x2f, 0x4a) : QColor(0xe4, 0xee, 0xfb);
    case Tone::Highlight: return palette.color(QPalette::Highlight);
    case Tone::Neutral: break;
    }
    return palette.color(QPalette::AlternateBase);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x25, 0x27, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe4, 0xe6, 0xea));
    p.setColor(QPalette::Base, QColor(0x1c, 0x1e, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2f, 0x34));
    p.setColor(QPalette::Text, QColor(0xe4, 0xe6, 0xea));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Button, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe4, 0xe6, 0xea));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4e, 0x55));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xe4, 0xe6, 0xea));
    for (QPalette::ColorRole role : {QPalette::ButtonText, QPalette::WindowText, QPalette::Text})
        p.setColor(QPalette::Disabled, role, QColor(0x6c, 0x70, 0x78));
    return p;
}

Tone toneForClock(ClockLevel level)
{
    switch (level) {
    case ClockLevel::Ok: return Tone::Good;
    case ClockLevel::Warning: return Tone::Caution;
    case ClockLevel::Breached: return Tone::Danger;
    case ClockLevel::Paused: return Tone::Info;
    case ClockLevel::Met: return Tone::Neutral;
    case ClockLevel::None: break;
    }
    return Tone::Neutral;
}

} // namespace wd::ui
