#pragma once
// Decodes evidence images off the UI thread, at the size they will be shown, within limits: a
// broken, truncated, hostile (huge dimensions, decompression bomb) or non-image input gives a
// result with a reason instead of an image, never a crash or a frozen window. Bytes come from the
// caller; the loader has no file or network access of its own.

#include "palette.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QThreadPool>

namespace wd::ui {

struct ImageLimits
{
    qsizetype maxBytes = 64 * 1024 * 1024; // evidence uploads are capped well below this
    int maxDimension = 16384;              // either side, as the header declares it
    qint64 maxPixels = 40'000'000;         // 40 MP: a phone screenshot is ~4 MP, a 4K one 8 MP
    int allocationLimitMb = 256;           // QImageReader's own guard (Qt >= 6.0), process-wide
};

struct DecodedImage
{
    QString id;
    quint64 request = 0;
    QImage image;          // null when `error` says why
    QString error;         // a sentence for the agent: "Not an image (unknown format)"
    QSize originalSize;    // as declared by the file's header; invalid when unreadable
    QByteArray format;     // "png", "jpeg", ...
    bool ok() const { return !image.isNull() && error.isEmpty(); }
};

class ImageLoader : public QObject
{
    Q_OBJECT

public:
    explicit ImageLoader(QObject *parent = nullptr, ImageLimits limits = {});
    ~ImageLoader() override;

    // Starts decoding on the loader's thread pool (one core is left to the UI); `loaded` follows
    // with the same request number. Requests start in the order they were made.
    // `displaySize` bounds the decoded size (aspect kept, never enlarged); invalid: original size.
    quint64 load(const QString &id, const QByteArray &bytes, const QSize &displaySize);
    // Waits for every decode in flight (tests, shutdown).
    void waitForDone();
    int pending() const { return int(m_watchers.size()); }

    // The same work, synchronously, on the calling thread.
    static DecodedImage decode(const QByteArray &bytes, const QSize &displaySize, const ImageLimits &limits);
    // A calm placeholder: the broken-image glyph (in `tone`) and the reason, wrapped, in the
    // palette's colours.
    static QImage placeholder(const QString &reason, const QSize &size, const QPalette &palette, qreal dpr = 1.0,
                              Tone tone = Tone::Caution);

signals:
    void loaded(const wd::ui::DecodedImage &result);

private:
    ImageLimits m_limits;
    // Our own pool, not the global one: Qt's image scaling and conversion on the UI thread fan out
    // to the global pool and wait for it, so decodes queued there would stall painting.
    QThreadPool m_pool;
    quint64 m_next = 0;
    QList<QFutureWatcher<DecodedImage> *> m_watchers;
};

} // namespace wd::ui

Q_DECLARE_METATYPE(wd::ui::DecodedImage)
