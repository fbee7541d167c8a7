#pragma once
// Looks at uploaded evidence bytes before anything is stored: what they really are (sniffed, not
// taken from the client's Content-Type), whether an image decodes within sane bounds, and a
// perceptual hash (dHash) so the same screenshot can be recognised in another customer's ticket.

#include <QByteArray>
#include <QString>

#include <optional>

namespace wd::server {

struct InspectedEvidence
{
    QString mediaType;           // image/png, image/jpeg, image/webp, text/plain; charset=utf-8
    QString sha256;              // lower-case hex
    std::optional<quint64> dhash; // images only
    int width = 0;
    int height = 0;
};

class EvidenceInspector
{
public:
    static constexpr qsizetype kDefaultMaxBytes = 10 * 1024 * 1024;
    static constexpr qint64 kMaxPixels = 40'000'000; // ~ 8000 x 5000: no screenshot is larger

    explicit EvidenceInspector(qsizetype maxBytes = kDefaultMaxBytes) : m_maxBytes(maxBytes) {}

    // Throws ApiError 413 (too large), 415 (not a supported or not a well-formed type).
    InspectedEvidence inspect(const QByteArray &bytes) const;
    qsizetype maxBytes() const { return m_maxBytes; }

    static QString sniff(const QByteArray &bytes); // empty when unsupported
    static std::optional<quint64> differenceHash(const QByteArray &imageBytes, int *width = nullptr, int *height = nullptr);
    static int hammingDistance(quint64 a, quint64 b);

private:
    qsizetype m_maxBytes;
};

} // namespace wd::server
