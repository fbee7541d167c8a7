#include "icons.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPixmap>

namespace wd::ui {

namespace {

QPixmap tint(const QString &path, const QColor &color, qreal dpr)
{
    QImage image(path);
    if (image.isNull())
        return {};
    image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), color);
    painter.end();
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

} // namespace

QIcon tintedIcon(const QString &name, const QColor &color)
{
    // Icons are asked for on every paint of a delegate; tinting once per (name, colour) is enough.
    static QHash<QString, QIcon> cache;
    const QString key = name + QLatin1Char('#') + QString::number(color.rgba(), 16);
    const auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;
    QIcon icon;
    const QPixmap one = tint(QStringLiteral(":/icons/%1.png").arg(name), color, 1.0);
    if (!one.isNull()) {
        icon.addPixmap(one);
        const QPixmap two = tint(QStringLiteral(":/icons/%1@2x.png").arg(name), color, 2.0);
        if (!two.isNull())
            icon.addPixmap(two);
    }
    cache.insert(key, icon);
    return icon;
}

QIcon toneIcon(const QString &name, const QPalette &palette, Tone tone)
{
    return tintedIcon(name, toneText(tone, palette));
}

QString iconName(KeyEventType type)
{
    return QStringLiteral("event-") + enumName(type);
}

QString iconName(PlatformEventType type)
{
    return QStringLiteral("platform-") + enumName(type);
}

QString iconName(EvidenceKind kind)
{
    return QStringLiteral("evidence-") + enumName(kind);
}

} // namespace wd::ui
