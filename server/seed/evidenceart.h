#pragma once
// Screenshots a customer would attach to a complaint, drawn with QPainter and returned as PNG
// bytes: an activation error dialog, a chat with the merchant, a payment receipt and an order
// page. Output depends only on the arguments (same text => same bytes in one build), so the demo
// seed stays deterministic. Needs a QGuiApplication (fonts); QT_QPA_PLATFORM=offscreen is enough.
//
// `variation` (0: the plain picture) draws what differs between two customers' real screenshots
// of the same screen: the wallpaper behind a launcher dialog or a chat, the dialog's position,
// the scroll position and the recommendation tiles under a bill or an order. Pictures with
// different variations differ at thumbnail scale too, so perceptual hashes (dHash) do not take
// two customers' screenshots of the same app for copies of each other.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace wd::art {

// "激活失败 / 卡密无效,请核对后重试" as a game launcher or software activation window shows it.
struct ErrorDialog
{
    QString appName;  // window title bar: "《九州幻想》充值中心"
    QString title;    // "激活失败"
    QString message;  // "卡密无效,请核对后重试"
    QString detail;   // "错误码 E1021 · 2026-11-05 14:03"
    QString footer;   // small print under the card: masked key, account
    quint32 variation = 0;
};
enum class DialogStyle { Light, Dark };
QByteArray activationErrorDialog(const ErrorDialog &dialog, DialogStyle style = DialogStyle::Light);

// A chat on the platform's messaging page between the customer and the shop.
struct ChatLine
{
    bool fromCustomer = true;
    QString time; // "11-05 14:05", shown above the bubble; empty: none
    QString text;
};
struct Chat
{
    QString shopName;
    QString subtitle; // "订单 KM20261105123456"
    QList<ChatLine> lines;
    quint32 variation = 0;
};
QByteArray merchantChat(const Chat &chat);

// A payment app's bill detail page (支付宝 / 微信支付 look-alike, no real logos).
enum class PayChannel { Alipay, WeChat };
struct Receipt
{
    PayChannel channel = PayChannel::Alipay;
    QString payee;         // "卡盟平台-星河点卡店"
    QString amount;        // "98.50"
    QString status;        // "交易成功"
    QString item;          // goods line
    QString paidAt;        // "2026-11-05 14:02:11"
    QString orderNo;       // 商户单号
    QString transactionNo; // 交易单号
    QString notice;        // highlighted line, e.g. "同一订单 14:02 已扣款 2 次"; empty: none
    quint32 variation = 0;
};
QByteArray paymentReceipt(const Receipt &receipt);

// The platform's own order detail page (status badge, rows, a hint box).
struct OrderPage
{
    QString title;       // "订单详情" or "已购卡密"
    QString status;      // badge: "处理中", "待发货", "提取失败"
    bool alarming = true; // badge colour: orange/red vs green
    QList<QPair<QString, QString>> rows;
    QString hint;        // grey box at the bottom: "卡密列表为空"
    quint32 variation = 0;
};
QByteArray orderStatusPage(const OrderPage &page);

// Returns `png` with a tEXt chunk (keyword, Latin-1 text) spliced in after IHDR: the pixels stay
// the same, the bytes (and the SHA-256) change. Returns `png` unchanged if it is not a PNG.
QByteArray withPngText(const QByteArray &png, const QByteArray &keyword, const QByteArray &text);

} // namespace wd::art
