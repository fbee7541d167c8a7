#include "evidenceinspector.h"

#include "apierror.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QStringDecoder>


namespace wd::server {

QString EvidenceInspector::sniff(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArray::fromHex("89504e470d0a1a0a")))
        return QStringLiteral("image/png");
    if (bytes.startsWith(QByteArray::fromHex("ffd8ff")))
        return QStringLiteral("image/jpeg");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    // Text: valid UTF-8 without control characters other than tab, line breaks and form feed,
    // and not another format that happens to start with printable bytes.
    static const char *const binaryMagics[] = {"GIF87a", "GIF89a", "%PDF-", "BM", "II*", "MM\0*", "PK"};
    for (const char *magic : binaryMagics) {
        if (bytes.startsWith(magic))
            return {};
    }
    if (bytes.isEmpty())
        return {};
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return {};
        if (c == 0x7f)
            return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    return QStringLiteral("text/plain; charset=utf-8");
}

std::optional<quint64> EvidenceInspector::differenceHash(const QByteArray &imageBytes, int *width, int *height)
{
    QBuffer buffer;
    buffer.setData(imageBytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty() || qint64(size.width()) * size.height() > kMaxPixels)
        return std::nullopt;
    if (width)
        *width = size.width();
    if (height)
        *height = size.height();
    reader.setScaledSize(QSize(9, 8));
    const QImage small = reader.read();
    if (small.isNull())
        return std::nullopt;
    const QImage gray = small.convertToFormat(QImage::Format_Grayscale8);
    quint64 hash = 0;
    for (int y = 0; y < 8; ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < 8; ++x)
            hash = (hash << 1) | (row[x] < row[x + 1] ? 1u : 0u);
    }
    return hash;
}

int EvidenceInspector::hammingDistance(quint64 a, quint64 b)
{
    quint64 v = a ^ b;
    int count = 0;
    while (v) {
        v &= v - 1;
        ++count;
    }
    return count;
}

InspectedEvidence EvidenceInspector::inspect(const QByteArray &bytes) const
{
    if (bytes.size() > m_maxBytes)
        throw ApiError(413, QStringLiteral("evidence_too_large"),
                       QStringLiteral("evidence is %1 bytes, over the limit of %2 bytes").arg(bytes.size()).arg(m_maxBytes));
    InspectedEvidence result;
    result.mediaType = sniff(bytes);
    if (result.mediaType.isEmpty())
        throw ApiError(415, QStringLiteral("unsupported_media_type"),
                       QStringLiteral("evidence must be a PNG, JPEG or WebP image or UTF-8 text"));
    result.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (result.mediaType.startsWith(QLatin1String("image/"))) {
        if (QImageReader::allocationLimit() > 256)
            QImageReader::setAllocationLimit(256);
        result.dhash = differenceHash(bytes, &result.width, &result.height);
        if (!result.dhash)
            throw ApiError(415, QStringLiteral("image_unreadable"),
                           QStringLiteral("the %1 image cannot be decoded or is larger than %2 pixels")
                               .arg(result.mediaType)
                               .arg(kMaxPixels));
    }
    return result;
}

} // namespace wd::server
