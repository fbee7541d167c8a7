#pragma once
// Sample material for the case-workspace tests and uiw_gallery: evidence screenshots drawn with
// QPainter, and hostile image files built byte by byte (a PNG header claiming 100000×100000, a
// truncated JPEG, random bytes). Header-only, deterministic.

#include "casecodec.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QtEndian>

namespace wd::test {

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    const QByteArray body = QByteArray(type) + data;
    chunk += body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(body), crc.data());
    return chunk + crc;
}

// A well-formed PNG whose header declares `width`×`height` (RGB, 8 bit) with a tiny data stream:
// a decoder that trusts the header would allocate width×height×4 bytes.
inline QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8;  // bit depth
    ihdr[9] = 2;  // colour type RGB
    QByteArray zeros(4096, '\0');
    QByteArray idat = qCompress(zeros).mid(4); // qCompress prefixes the length; zlib stream follows
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat) + pngChunk("IEND", {});
}

inline QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// A phone screenshot of a failed key extraction/activation, as customers send them.
inline QImage drawnScreenshot(const QString &title, const QString &message, const QString &clock, QColor accent,
                              QSize size = QSize(540, 1170))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf5, 0xf7));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const int w = size.width();
    const qreal u = std::min(w / 540.0, size.height() / 1170.0);
    QFont font = p.font();
    font.setPixelSize(int(22 * u));
    p.setFont(font);
    p.fillRect(QRectF(0, 0, w, 56 * u), QColor(0x22, 0x22, 0x22));
    p.setPen(Qt::white);
    p.drawText(QRectF(20 * u, 0, w, 56 * u), Qt::AlignVCenter, clock);
    p.fillRect(QRectF(0, 56 * u, w, 90 * u), accent);
    font.setPixelSize(int(30 * u));
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRectF(0, 56 * u, w, 90 * u), Qt::AlignCenter, title);
    for (int i = 0; i < 5; ++i) {
        p.setBrush(Qt::white);
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawRoundedRect(QRectF(24 * u, (180 + i * 130) * u, w - 48 * u, 110 * u), 12 * u, 12 * u);
        p.fillRect(QRectF(48 * u, (205 + i * 130) * u, (200 + 37 * i % 180) * u, 18 * u), QColor(0xcf, 0xd3, 0xd8));
        p.fillRect(QRectF(48 * u, (240 + i * 130) * u, (320 - 23 * i % 120) * u, 14 * u), QColor(0xe3, 0xe6, 0xea));
    }
    // The error dialog the complaint is about.
    p.fillRect(QRectF(0, 0, w, size.height()), QColor(0, 0, 0, 90));
    const QRectF dialog(50 * u, size.height() * 0.38, w - 100 * u, 260 * u);
    p.setBrush(Qt::white);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(dialog, 16 * u, 16 * u);
    p.setPen(QColor(0xd3, 0x2f, 0x2f));
    font.setPixelSize(int(28 * u));
    p.setFont(font);
    p.drawText(dialog.adjusted(0, 30 * u, 0, 0), Qt::AlignHCenter | Qt::AlignTop, title);
    font.setBold(false);
    font.setPixelSize(int(22 * u));
    p.setFont(font);
    p.setPen(QColor(0x44, 0x44, 0x44));
    p.drawText(dialog.adjusted(20 * u, 90 * u, -20 * u, -80 * u), Qt::AlignHCenter | Qt::TextWordWrap, message);
    p.setPen(accent);
    p.drawText(QRectF(dialog.left(), dialog.bottom() - 60 * u, dialog.width(), 50 * u), Qt::AlignCenter,
               QStringLiteral("确定"));
    return image;
}

inline QByteArray truncatedJpeg()
{
    const QByteArray whole = encode(drawnScreenshot(QStringLiteral("激活失败"), QStringLiteral("卡密无效"),
                                                    QStringLiteral("03:25"), QColor(0x1e, 0x88, 0xe5), QSize(270, 585)),
                                    "jpeg", 85);
    return whole.left(whole.size() * 6 / 10);
}

inline QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, '\0');
    for (char &c : bytes)
        c = char(generator.bounded(256));
    bytes[0] = 'x'; // never a chance signature
    return bytes;
}

inline CaseFile loadSampleCase(const QString &name)
{
    QFile file(QStringLiteral(WD_TEST_DATA_DIR "/cases/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    const Result<CaseFile> decoded = CaseCodec().decode(file.readAll());
    if (!decoded)
        qFatal("cannot decode %s", qPrintable(file.fileName()));
    return decoded.value();
}

} // namespace wd::test
