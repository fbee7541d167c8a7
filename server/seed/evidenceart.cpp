#include "evidenceart.h"

#include "seedrandom.h"

#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>

#include <array>
#include <cstring>

namespace wd::art {

namespace {

constexpr int kWidth = 480;
constexpr int kMaxHeight = 900;

QFont uiFont(int pixelSize, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
                   QStringLiteral("sans-serif")});
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

quint32 crc32(const char *data, qsizetype size)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
}

// A PNG chunk: length, type + data, CRC of type + data.
void appendChunk(QByteArray &out, const QByteArray &typeAndData)
{
    appendBigEndian(out, quint32(typeAndData.size() - 4));
    out.append(typeAndData);
    appendBigEndian(out, crc32(typeAndData.constData(), typeAndData.size()));
}

// A plain 8-bit RGB PNG with filter type None on every row and one zlib stream (qCompress minus
// its 4-byte length prefix). libpng's adaptive filtering, which QImage::save uses, spends most of
// the seed's time; for flat UI pictures this is about 2.5x faster and smaller too.
QByteArray encodePng(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const int width = rgb.width();
    const int height = rgb.height();
    const qsizetype rowBytes = qsizetype(width) * 3;
    QByteArray raw(qsizetype(height) * (rowBytes + 1), Qt::Uninitialized);
    char *out = raw.data();
    for (int y = 0; y < height; ++y) {
        *out++ = 0; // filter: None
        std::memcpy(out, rgb.constScanLine(y), size_t(rowBytes));
        out += rowBytes;
    }
    QByteArray header("IHDR");
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append("\x08\x02\x00\x00\x00", 5); // bit depth 8, colour type RGB, deflate, filter method 0, no interlace
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, header);
    appendChunk(png, QByteArray("IDAT") + qCompress(raw, 3).mid(4));
    appendChunk(png, QByteArray("IEND"));
    return png;
}

QImage canvas(int height, QColor background)
{
    QImage image(kWidth, height, QImage::Format_RGB32);
    image.fill(background);
    return image;
}

// A phone-like status bar: time on the left, signal/battery glyphs on the right.
void statusBar(QPainter &p, QColor background, QColor foreground)
{
    p.fillRect(0, 0, kWidth, 24, background);
    p.setPen(foreground);
    p.setFont(uiFont(12, true));
    p.drawText(QRect(14, 0, 100, 24), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("9:41"));
    p.setBrush(foreground);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 4; ++i)
        p.drawRect(kWidth - 84 + i * 6, 16 - i * 3, 4, 4 + i * 3);
    p.setBrush(Qt::NoBrush);
    p.setPen(foreground);
    p.drawRoundedRect(QRectF(kWidth - 50, 8, 26, 11), 2, 2);
    p.fillRect(QRectF(kWidth - 48, 10, 18, 7), foreground);
}

int wrappedHeight(const QFont &font, int width, const QString &text)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height();
}

QColor randomColor(SeedRng &rng, int lo, int hi, int alpha = 255)
{
    return QColor(int(rng.range(lo, hi)), int(rng.range(lo, hi)), int(rng.range(lo, hi)), alpha);
}

// A wallpaper: a base colour under a handful of large translucent circles. Flat colours rather
// than gradients keep the PNG small (zlib compresses runs) while the shapes vary at thumbnail scale.
void wallpaper(QPainter &p, const QRectF &area, SeedRng &rng, bool dark)
{
    const int lo = dark ? 20 : 170;
    const int hi = dark ? 110 : 250;
    const QColor base = randomColor(rng, lo, hi);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false); // hard edges: cheaper to draw and to compress
    p.setClipRect(area);
    p.fillRect(area, base);
    p.setPen(Qt::NoPen);
    const int circles = int(rng.range(6, 12));
    for (int i = 0; i < circles; ++i) {
        p.setBrush(randomColor(rng, lo - 10, hi, int(rng.range(60, 140))));
        const qreal r = qreal(rng.range(40, 160));
        p.drawEllipse(QPointF(area.left() + rng.range(0, qint64(area.width())), area.top() + rng.range(0, qint64(area.height()))), r, r);
    }
    p.restore();
}

// A marketing banner under the title bar (90 px): random art and a slogan.
void promoBanner(QPainter &p, int top, SeedRng &rng)
{
    static const char *const slogans[] = {"天天领红包,最高 88 元", "会员日 · 充值满减", "话费充值 9.8 折", "新人专享 首单立减",
                                          "游戏点卡 限时特惠"};
    wallpaper(p, QRectF(0, top, kWidth, 90), rng, rng.chance(500));
    // Product shots across the banner: blocks of random colour and width.
    p.setPen(Qt::NoPen);
    for (int x = int(rng.range(0, 40)); x < kWidth; x += int(rng.range(40, 110))) {
        p.setBrush(randomColor(rng, 20, 250));
        p.drawRoundedRect(QRectF(x, top + rng.range(8, 30), qreal(rng.range(24, 70)), qreal(rng.range(40, 74))), 6, 6);
    }
    p.setPen(Qt::white);
    p.setFont(uiFont(20, true));
    p.drawText(QRect(24 + int(rng.range(0, 120)), top, kWidth - 150, 90), Qt::AlignVCenter | Qt::AlignLeft,
               QString::fromUtf8(slogans[rng.index(std::size(slogans))]));
}

// "为你推荐": rows of tiles of goods and services that apps put under a bill or an order.
int recommendationsHeight(int rows)
{
    return 50 + rows * 140;
}

void recommendations(QPainter &p, int top, int rows, SeedRng &rng)
{
    static const char *const captions[] = {"话费充值", "游戏点卡", "视频会员", "领红包", "生活缴费", "信用卡还款",
                                           "音乐会员", "网盘扩容", "外卖红包", "加油卡"};
    p.fillRect(0, top, kWidth, recommendationsHeight(rows), Qt::white);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.setFont(uiFont(15, true));
    p.drawText(QRect(20, top + 8, 200, 30), Qt::AlignVCenter, QStringLiteral("为你推荐"));
    p.setFont(uiFont(12));
    for (int i = 0; i < rows * 4; ++i) {
        const QRect tile(20 + (i % 4) * 112, top + 46 + (i / 4) * 140, 104, 104);
        p.setPen(Qt::NoPen);
        p.setBrush(randomColor(rng, 40, 240));
        p.drawRoundedRect(tile, 8, 8);
        p.setBrush(randomColor(rng, 40, 240));
        p.drawEllipse(tile.center(), int(rng.range(14, 40)), int(rng.range(14, 40)));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRect(tile.left(), tile.bottom() + 4, tile.width(), 24), Qt::AlignCenter,
                   QString::fromUtf8(captions[rng.index(std::size(captions))]));
    }
}

} // namespace

QByteArray activationErrorDialog(const ErrorDialog &d, DialogStyle style)
{
    const bool dark = style == DialogStyle::Dark;
    const QColor page = dark ? QColor(0x1f, 0x23, 0x2b) : QColor(0xee, 0xf0, 0xf3);
    const QColor card = dark ? QColor(0x2b, 0x31, 0x3c) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x22, 0x22, 0x22);
    const QColor muted = dark ? QColor(0x9a, 0xa3, 0xb2) : QColor(0x88, 0x8c, 0x94);
    const QColor accent = dark ? QColor(0xd8, 0xa2, 0x3a) : QColor(0x1e, 0x80, 0xff);

    QImage image = canvas(360, page);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // Title bar of the launcher window.
    p.fillRect(0, 0, kWidth, 36, dark ? QColor(0x15, 0x18, 0x1e) : QColor(0x3a, 0x44, 0x55));
    p.setPen(QColor(0xf0, 0xf0, 0xf0));
    p.setFont(uiFont(14));
    p.drawText(QRect(14, 0, kWidth - 90, 36), Qt::AlignVCenter | Qt::AlignLeft, d.appName);
    p.drawText(QRect(kWidth - 70, 0, 60, 36), Qt::AlignVCenter | Qt::AlignRight, QStringLiteral("—  ✕"));

    // The dialog card with a red warning mark, over the launcher's art when varied.
    QRectF cardRect(40, 62, kWidth - 80, 236);
    if (d.variation) {
        SeedRng rng(d.variation);
        wallpaper(p, QRectF(0, 36, kWidth, 324), rng, dark);
        cardRect = QRectF(qreal(rng.range(12, 148)), qreal(rng.range(46, 88)), 320, 236);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, dark ? 90 : 30));
    p.drawRoundedRect(cardRect.translated(0, 3), 10, 10);
    p.setBrush(card);
    p.drawRoundedRect(cardRect, 10, 10);
    p.setBrush(QColor(0xe5, 0x48, 0x3f));
    p.drawEllipse(QPointF(cardRect.center().x(), cardRect.top() + 42), 22, 22);
    p.setPen(Qt::white);
    p.setFont(uiFont(28, true));
    p.drawText(QRectF(cardRect.center().x() - 22, cardRect.top() + 20, 44, 44), Qt::AlignCenter, QStringLiteral("!"));

    p.setPen(text);
    p.setFont(uiFont(20, true));
    p.drawText(QRectF(cardRect.left(), cardRect.top() + 72, cardRect.width(), 30), Qt::AlignCenter, d.title);
    p.setFont(uiFont(15));
    p.drawText(QRectF(cardRect.left() + 20, cardRect.top() + 106, cardRect.width() - 40, 44),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, d.message);
    p.setPen(muted);
    p.setFont(uiFont(12));
    p.drawText(QRectF(cardRect.left() + 10, cardRect.top() + 150, cardRect.width() - 20, 20), Qt::AlignCenter, d.detail);

    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    const QRectF button(cardRect.center().x() - 70, cardRect.bottom() - 50, 140, 34);
    p.drawRoundedRect(button, 6, 6);
    p.setPen(Qt::white);
    p.setFont(uiFont(15));
    p.drawText(button, Qt::AlignCenter, QStringLiteral("确定"));

    p.setFont(uiFont(12));
    if (d.variation) {
        p.fillRect(QRect(0, 330, kWidth, 30), QColor(0, 0, 0, 120));
        p.setPen(QColor(0xee, 0xee, 0xee));
        p.drawText(QRect(0, 330, kWidth, 30), Qt::AlignCenter, d.footer);
    } else {
        p.setPen(muted);
        p.drawText(QRect(0, 312, kWidth, 30), Qt::AlignCenter, d.footer);
    }
    p.end();
    return encodePng(image);
}

QByteArray merchantChat(const Chat &chat)
{
    const QFont bubbleFont = uiFont(15);
    const QFont timeFont = uiFont(11);
    constexpr int bubbleMax = 300;
    constexpr int header = 24 + 56;

    // Lay out first so the image is exactly as tall as the conversation (within limits).
    struct Laid { int top; int height; int textWidth; };
    QList<Laid> laid;
    int y = header + 12;
    for (const ChatLine &line : chat.lines) {
        if (!line.time.isEmpty())
            y += 22;
        const QRect r = QFontMetrics(bubbleFont).boundingRect(QRect(0, 0, bubbleMax, 10000), Qt::TextWordWrap, line.text);
        const int h = r.height() + 20;
        if (y + h + 16 > kMaxHeight)
            break;
        laid << Laid{y, h, qMax(r.width(), 16)};
        y += h + 14;
    }
    const int height = qBound(320, y + 56, kMaxHeight);

    QImage image = canvas(height, QColor(0xed, 0xed, 0xed));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (chat.variation) {
        SeedRng rng(chat.variation);
        wallpaper(p, QRectF(0, 80, kWidth, height - 132), rng, false); // the customer's chat background
    }
    statusBar(p, QColor(0xf7, 0xf7, 0xf7), QColor(0x22, 0x22, 0x22));
    p.fillRect(0, 24, kWidth, 56, QColor(0xf7, 0xf7, 0xf7));
    p.fillRect(0, 79, kWidth, 1, QColor(0xd6, 0xd6, 0xd6));
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.setFont(uiFont(17, true));
    p.drawText(QRect(0, 26, kWidth, 30), Qt::AlignCenter, chat.shopName);
    p.setPen(QColor(0x99, 0x99, 0x99));
    p.setFont(uiFont(11));
    p.drawText(QRect(0, 54, kWidth, 20), Qt::AlignCenter, chat.subtitle);
    p.setFont(uiFont(20));
    p.drawText(QRect(12, 24, 30, 56), Qt::AlignVCenter, QStringLiteral("‹"));

    for (int i = 0; i < laid.size(); ++i) {
        const ChatLine &line = chat.lines.at(i);
        int top = laid.at(i).top;
        if (!line.time.isEmpty()) {
            p.setPen(QColor(0xa0, 0xa0, 0xa0));
            p.setFont(timeFont);
            p.drawText(QRect(0, top - 22, kWidth, 20), Qt::AlignCenter, line.time);
        }
        const int w = laid.at(i).textWidth + 24;
        const int h = laid.at(i).height;
        const bool mine = line.fromCustomer;
        const QRect avatar(mine ? kWidth - 52 : 12, top, 40, 40);
        p.setPen(Qt::NoPen);
        p.setBrush(mine ? QColor(0x6c, 0x8e, 0xbf) : QColor(0xf0, 0x9a, 0x3e));
        p.drawRoundedRect(avatar, 6, 6);
        p.setPen(Qt::white);
        p.setFont(uiFont(16, true));
        p.drawText(avatar, Qt::AlignCenter, mine ? QStringLiteral("我") : QStringLiteral("店"));

        const QRect bubble(mine ? avatar.left() - 10 - w : avatar.right() + 11, top, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(mine ? QColor(0x95, 0xec, 0x69) : QColor(Qt::white));
        p.drawRoundedRect(bubble, 6, 6);
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        p.setFont(bubbleFont);
        p.drawText(bubble.adjusted(12, 10, -12, -10), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, line.text);
    }

    // The input bar at the bottom.
    p.fillRect(0, height - 52, kWidth, 52, QColor(0xf7, 0xf7, 0xf7));
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRect(54, height - 42, kWidth - 120, 32), 4, 4);
    p.setPen(QColor(0xb0, 0xb0, 0xb0));
    p.setFont(uiFont(13));
    p.drawText(QRect(64, height - 42, kWidth - 140, 32), Qt::AlignVCenter, QStringLiteral("请通过平台沟通,保障交易安全"));
    p.end();
    return encodePng(image);
}

namespace {

// Fixed title bar of a phone page; drawn last so that scrolled content passes under it.
void pageHeader(QPainter &p, QColor brand, const QString &title, bool back)
{
    statusBar(p, brand, Qt::white);
    p.fillRect(0, 24, kWidth, 50, brand);
    p.setPen(Qt::white);
    p.setFont(uiFont(17, true));
    p.drawText(QRect(0, 24, kWidth, 50), Qt::AlignCenter, title);
    if (back) {
        p.setFont(uiFont(20));
        p.drawText(QRect(12, 24, 30, 50), Qt::AlignVCenter, QStringLiteral("‹"));
    }
}

// A phone app page scrolling under its fixed 74-pixel title bar. A varied copy gets what real
// screenshots have: a promotion banner on top, a slight scroll, rows of recommendations below.
struct ScrolledPage
{
    int banner = 0;
    int scroll = 0;
    int tiles = 0; // rows of recommendations after the content
    int height = 0;
};

ScrolledPage scrolledPage(bool varied, int content, int minHeight, SeedRng &rng)
{
    ScrolledPage page;
    page.banner = varied ? 90 : 0;
    page.scroll = varied ? int(rng.range(0, 60)) : 0;
    page.tiles = varied ? int(rng.range(1, 2)) : 0;
    page.height = qBound(minHeight, content + page.banner + (page.tiles ? recommendationsHeight(page.tiles) : 0) - page.scroll,
                         kMaxHeight);
    return page;
}

// Leaves the painter clipped below the title bar, scrolled, and past the banner; the caller
// draws the content from y = 74 and calls p.restore() before drawing the title bar.
void beginScrolledPage(QPainter &p, const ScrolledPage &page, SeedRng &rng)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.save();
    p.setClipRect(0, 74, kWidth, page.height - 74);
    p.translate(0, -page.scroll);
    if (page.banner)
        promoBanner(p, 74, rng);
    p.translate(0, page.banner);
}

} // namespace

QByteArray paymentReceipt(const Receipt &r)
{
    const bool alipay = r.channel == PayChannel::Alipay;
    const QColor brand = alipay ? QColor(0x16, 0x77, 0xff) : QColor(0x07, 0xc1, 0x60);
    const int content = r.notice.isEmpty() ? 600 : 650;
    SeedRng rng(r.variation);
    const ScrolledPage frame = scrolledPage(r.variation != 0, content, 0, rng); // recommendations below the bill
    const int tiles = frame.tiles;
    QImage image = canvas(frame.height, QColor(0xf5, 0xf5, 0xf5));
    QPainter p(&image);
    beginScrolledPage(p, frame, rng);

    p.fillRect(0, 74, kWidth, 176, Qt::white);
    p.setPen(Qt::NoPen);
    p.setBrush(brand);
    p.drawEllipse(QPoint(kWidth / 2, 110), 22, 22);
    p.setPen(Qt::white);
    p.setFont(uiFont(18, true));
    p.drawText(QRect(kWidth / 2 - 22, 88, 44, 44), Qt::AlignCenter, alipay ? QStringLiteral("支") : QStringLiteral("微"));
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.setFont(uiFont(15));
    p.drawText(QRect(20, 136, kWidth - 40, 24), Qt::AlignCenter, r.payee);
    p.setFont(uiFont(34, true));
    p.drawText(QRect(0, 162, kWidth, 46), Qt::AlignCenter, QStringLiteral("-") + r.amount);
    p.setPen(QColor(0x88, 0x88, 0x88));
    p.setFont(uiFont(14));
    p.drawText(QRect(0, 210, kWidth, 24), Qt::AlignCenter, r.status);

    const QList<QPair<QString, QString>> rows{
        {QStringLiteral("商品说明"), r.item},
        {QStringLiteral("支付时间"), r.paidAt},
        {QStringLiteral("支付方式"), alipay ? QStringLiteral("余额宝") : QStringLiteral("零钱")},
        {QStringLiteral("商户单号"), r.orderNo},
        {alipay ? QStringLiteral("订单号") : QStringLiteral("交易单号"), r.transactionNo},
    };
    int y = 262;
    p.fillRect(0, y - 8, kWidth, int(rows.size()) * 52 + 12, Qt::white);
    for (const auto &row : rows) {
        p.setPen(QColor(0x88, 0x88, 0x88));
        p.setFont(uiFont(14));
        p.drawText(QRect(20, y, 110, 44), Qt::AlignLeft | Qt::AlignVCenter, row.first);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRect(130, y, kWidth - 150, 44), Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, row.second);
        y += 52;
    }
    if (!r.notice.isEmpty()) {
        y += 12;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xff, 0xf1, 0xe6));
        p.drawRoundedRect(QRect(16, y, kWidth - 32, 40), 6, 6);
        p.setPen(QColor(0xd4, 0x5b, 0x12));
        p.setFont(uiFont(14));
        p.drawText(QRect(28, y, kWidth - 56, 40), Qt::AlignVCenter | Qt::AlignLeft, r.notice);
    }
    p.setPen(brand);
    p.setFont(uiFont(14));
    p.drawText(QRect(0, content - 44, kWidth, 30), Qt::AlignCenter, QStringLiteral("对此订单有疑问"));
    if (tiles)
        recommendations(p, content, tiles, rng);
    p.restore();
    pageHeader(p, brand, alipay ? QStringLiteral("账单详情") : QStringLiteral("交易详情"), true);
    p.end();
    return encodePng(image);
}

QByteArray orderStatusPage(const OrderPage &page)
{
    const QFont valueFont = uiFont(14);
    const int hintHeight = page.hint.isEmpty() ? 0 : wrappedHeight(valueFont, kWidth - 72, page.hint) + 28;
    const int rowsBottom = 176 + int(page.rows.size()) * 46;
    const int content = qMax(320, rowsBottom + (hintHeight ? hintHeight + 22 : 0) + 40);
    SeedRng rng(page.variation);
    const ScrolledPage frame = scrolledPage(page.variation != 0, content, 320, rng); // recommendations below the order
    const int tiles = frame.tiles;

    QImage image = canvas(frame.height, QColor(0xf4, 0xf5, 0xf7));
    QPainter p(&image);
    beginScrolledPage(p, frame, rng);

    // Status banner.
    p.fillRect(0, 74, kWidth, 90, Qt::white);
    const QColor badge = page.alarming ? QColor(0xf5, 0x8a, 0x07) : QColor(0x2e, 0xa0, 0x4d);
    p.setPen(Qt::NoPen);
    p.setBrush(badge);
    p.drawRoundedRect(QRect(20, 96, 120, 40), 20, 20);
    p.setPen(Qt::white);
    p.setFont(uiFont(16, true));
    p.drawText(QRect(20, 96, 120, 40), Qt::AlignCenter, page.status);
    p.setPen(QColor(0x99, 0x99, 0x99));
    p.setFont(uiFont(12));
    p.drawText(QRect(156, 96, kWidth - 176, 40), Qt::AlignVCenter | Qt::AlignLeft,
               page.alarming ? QStringLiteral("如有疑问请联系平台客服") : QStringLiteral("感谢您的购买"));

    int y = 176;
    p.fillRect(0, y, kWidth, int(page.rows.size()) * 46 + 8, Qt::white);
    for (const auto &row : page.rows) {
        p.setPen(QColor(0x88, 0x88, 0x88));
        p.setFont(uiFont(14));
        p.drawText(QRect(20, y, 110, 46), Qt::AlignLeft | Qt::AlignVCenter, row.first);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.setFont(valueFont);
        p.drawText(QRect(130, y, kWidth - 150, 46), Qt::AlignRight | Qt::AlignVCenter, row.second);
        p.fillRect(20, y + 45, kWidth - 40, 1, QColor(0xee, 0xee, 0xee));
        y += 46;
    }
    if (!page.hint.isEmpty()) {
        y += 22;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe9, 0xeb, 0xef));
        p.drawRoundedRect(QRect(20, y, kWidth - 40, hintHeight), 6, 6);
        p.setPen(QColor(0x55, 0x5b, 0x66));
        p.setFont(valueFont);
        p.drawText(QRect(36, y + 14, kWidth - 72, hintHeight - 28), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, page.hint);
    }
    if (tiles)
        recommendations(p, content, tiles, rng);
    p.restore();
    pageHeader(p, QColor(0xff, 0x6a, 0x00), page.title, false);
    p.end();
    return encodePng(image);
}

QByteArray withPngText(const QByteArray &png, const QByteArray &keyword, const QByteArray &text)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    // Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC) = 33 bytes.
    constexpr int ihdrEnd = 33;
    if (png.size() < ihdrEnd || !png.startsWith(signature) || png.mid(12, 4) != "IHDR")
        return png;
    QByteArray out;
    out.reserve(png.size() + keyword.size() + text.size() + 16);
    out.append(png.constData(), ihdrEnd);
    appendChunk(out, "tEXt" + keyword.left(79) + '\0' + text);
    out.append(png.constData() + ihdrEnd, png.size() - ihdrEnd);
    return out;
}

} // namespace wd::art
