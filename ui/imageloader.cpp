#include "imageloader.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace wd::ui {

namespace {

// A JPEG whose data stops early still "decodes" (libjpeg fills the rest with grey and warns);
// evidence cut short must not pass as a whole screenshot, so look for the end-of-image marker.
bool jpegLooksComplete(const QByteArray &bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && (bytes.at(end - 1) == '\0' || bytes.at(end - 1) == '\n' || bytes.at(end - 1) == '\r'))
        --end; // some writers pad the file
    return end >= 4 && quint8(bytes.at(end - 2)) == 0xFF && quint8(bytes.at(end - 1)) == 0xD9;
}

// The formats evidence screenshots come in, recognised by their signature. Qt's content sniffing
// alone is too generous (TGA and WBMP "recognise" random bytes), so nothing else is decoded.
QByteArray sniffFormat(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return "png";
    if (bytes.startsWith("\xff\xd8\xff"))
        return "jpeg";
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return "gif";
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return "webp";
    if (bytes.startsWith("BM") && bytes.size() >= 26)
        return "bmp";
    return {};
}

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1 × %2").arg(size.width()).arg(size.height());
}

} // namespace

ImageLoader::ImageLoader(QObject *parent, ImageLimits limits) : QObject(parent), m_limits(limits)
{
    qRegisterMetaType<DecodedImage>();
    m_pool.setObjectName(QStringLiteral("wd-image-decoder"));
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    // Process-wide by Qt's design; every loader sets the same ceiling.
    QImageReader::setAllocationLimit(m_limits.allocationLimitMb);
}

ImageLoader::~ImageLoader()
{
    // The decodes own copies of their bytes; they may finish, but nobody listens any more.
    for (QFutureWatcher<DecodedImage> *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

DecodedImage ImageLoader::decode(const QByteArray &bytes, const QSize &displaySize, const ImageLimits &limits)
{
    DecodedImage result;
    if (bytes.isEmpty()) {
        result.error = tr("The file is empty (0 bytes).");
        return result;
    }
    if (bytes.size() > limits.maxBytes) {
        result.error = tr("The file is too large to show (%1 MB; at most %2 MB).")
                           .arg(bytes.size() / (1024 * 1024))
                           .arg(limits.maxBytes / (1024 * 1024));
        return result;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = sniffFormat(bytes);
    if (format.isEmpty()) {
        result.error = tr("Not an image: the file is none of PNG, JPEG, GIF, WebP or BMP.");
        return result;
    }
    QImageReader reader(&buffer, format);
    reader.setAutoTransform(true);
    result.format = format;
    if (!reader.canRead()) {
        result.error = tr("The %1 file is damaged: its header cannot be read.").arg(QString::fromLatin1(format.toUpper()));
        return result;
    }
    const QSize declared = reader.size();
    result.originalSize = declared;
    if (!declared.isValid() || declared.isEmpty()) {
        result.error = tr("The image header is damaged: it declares no usable size.");
        return result;
    }
    // Refuse before decoding: a small file may declare a huge canvas (a decompression bomb).
    if (declared.width() > limits.maxDimension || declared.height() > limits.maxDimension
        || qint64(declared.width()) * declared.height() > limits.maxPixels) {
        result.error = tr("The image declares %1 pixels, more than a screenshot can have; not decoded.")
                           .arg(sizeText(declared));
        return result;
    }
    if (result.format == "jpeg" && !jpegLooksComplete(bytes)) {
        result.error = tr("The JPEG file is truncated (its end is missing); it cannot be shown as evidence.");
        return result;
    }
    if (displaySize.isValid() && !displaySize.isEmpty()
        && (declared.width() > displaySize.width() || declared.height() > displaySize.height())) {
        reader.setScaledSize(declared.scaled(displaySize, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        result.error = tr("The image could not be decoded: %1.").arg(reader.errorString());
        return result;
    }
    result.image = image;
    return result;
}

quint64 ImageLoader::load(const QString &id, const QByteArray &bytes, const QSize &displaySize)
{
    const quint64 request = ++m_next;
    auto *watcher = new QFutureWatcher<DecodedImage>(this);
    m_watchers << watcher;
    connect(watcher, &QFutureWatcher<DecodedImage>::finished, this, [this, watcher] {
        m_watchers.removeOne(watcher);
        const DecodedImage result = watcher->result();
        watcher->deleteLater();
        emit loaded(result);
    });
    const ImageLimits limits = m_limits;
    watcher->setFuture(QtConcurrent::run(&m_pool, [id, request, bytes, displaySize, limits] {
        DecodedImage result = decode(bytes, displaySize, limits);
        result.id = id;
        result.request = request;
        return result;
    }));
    return request;
}

void ImageLoader::waitForDone()
{
    for (QFutureWatcher<DecodedImage> *watcher : std::as_const(m_watchers))
        watcher->waitForFinished();
}

QImage ImageLoader::placeholder(const QString &reason, const QSize &size, const QPalette &palette, qreal dpr, Tone tone)
{
    const QSize pixels = size.expandedTo(QSize(16, 16)) * dpr;
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette.color(QPalette::AlternateBase));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    p.setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
    p.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5));

    // A torn picture: the frame and a zigzag, in the caution tone.
    const qreal glyph = std::min<qreal>(48, std::min(area.width(), area.height()) / 3);
    const QRectF g(area.center().x() - glyph / 2, area.top() + std::max<qreal>(6, area.height() / 2 - glyph - 8), glyph,
                   glyph * 0.8);
    p.setPen(QPen(toneText(tone, palette), std::max<qreal>(1.2, glyph / 16), Qt::SolidLine, Qt::RoundCap,
                  Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    QPolygonF zig;
    const int teeth = 4;
    for (int i = 0; i <= teeth * 2; ++i)
        zig << QPointF(g.left() + g.width() * i / (teeth * 2), g.center().y() + (i % 2 ? glyph * 0.08 : -glyph * 0.08));
    p.drawPolyline(zig);
    p.drawLine(g.topLeft(), g.topRight());
    p.drawLine(g.topLeft(), QPointF(g.left(), g.center().y()));
    p.drawLine(g.topRight(), QPointF(g.right(), g.center().y()));
    p.drawLine(g.bottomLeft(), g.bottomRight());
    p.drawLine(g.bottomLeft(), QPointF(g.left(), g.center().y() + glyph * 0.15));
    p.drawLine(g.bottomRight(), QPointF(g.right(), g.center().y() + glyph * 0.15));

    if (area.height() >= 40) {
        QFont font = p.font();
        if (area.width() < 200)
            font.setPointSizeF(font.pointSizeF() * 0.85);
        p.setFont(font);
        p.setPen(palette.color(QPalette::Text));
        const QRectF textRect(area.left() + 8, g.bottom() + 8, area.width() - 16, area.bottom() - g.bottom() - 12);
        p.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, reason);
    }
    return image;
}

} // namespace wd::ui
