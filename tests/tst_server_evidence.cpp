// Evidence uploads over real HTTP: hostile files (not an image, a PNG header over garbage, a
// decompression bomb, over 10 MiB, a wrong declared SHA-256, broken UTF-8 text) are refused with a
// 4xx problem+json and leave nothing behind; good images and UTF-8 chat logs are stored with their
// sniffed type and SHA-256; evidence ids are checked; multipart uploads work.

#include "servertesthelpers.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QTest>

using namespace wd;
using namespace wd::test;

Q_DECLARE_METATYPE(wd::test::Headers)

namespace {

const QString kTicket = QStringLiteral("T-IN-1");

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    b[0] = char(v >> 24);
    b[1] = char(v >> 16);
    b[2] = char(v >> 8);
    b[3] = char(v);
    return b;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
}

// A PNG with a well-formed IHDR (valid CRC) for width x height RGB pixels and `rows` of image data.
QByteArray craftedPng(quint32 width, quint32 height, int rows)
{
    QByteArray raw;
    for (int y = 0; y < rows; ++y)
        raw += QByteArray(1, '\0') + QByteArray(int(qMin<quint32>(width, 64)) * 3, char(y * 40));
    return QByteArray::fromHex("89504e470d0a1a0a") + pngChunk("IHDR", be32(width) + be32(height) + QByteArray::fromHex("0802000000"))
        + pngChunk("IDAT", qCompress(raw).mid(4)) + pngChunk("IEND", {});
}

QByteArray realPng()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    for (int x = 0; x < 64; ++x)
        image.setPixel(x, x % 48, qRgb(255, 255, 0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class tst_ServerEvidence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badEvidence_data();
    void badEvidence();
    void goodEvidence();
    void evidenceIds_data();
    void evidenceIds();
    void multipartUploads();
    void cleanupTestCase();

private:
    std::unique_ptr<TestServer> m_server;
};

void tst_ServerEvidence::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
    QCOMPARE(m_server->intake(TestServer::sampleCase(kTicket)).status, 201);
    QCOMPARE(m_server->write(QStringLiteral("/api/v1/tickets/%1/claim").arg(kTicket), {}, QStringLiteral("agent1"), 0).status, 200);
}

void tst_ServerEvidence::cleanupTestCase()
{
    if (m_server) {
        const HttpReply verify = m_server->request("GET", QStringLiteral("/api/v1/audit/verify"), {}, QStringLiteral("admin"));
        QCOMPARE(verify.status, 200);
        QVERIFY2(verify.json().value(QStringLiteral("ok")).toBool(), verify.body.constData());
    }
    m_server.reset();
}

void tst_ServerEvidence::badEvidence_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("kind");   // X-Evidence-Kind
    QTest::addColumn<QByteArray>("sha256"); // X-Evidence-Sha256, or empty
    QTest::addColumn<QByteArray>("capturedAt");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray chat = QStringLiteral("客服:您好\n买家:卡密无效\n").toUtf8();
    auto row = [](const char *name, const QByteArray &bytes, int status, const char *code, const QByteArray &kind = "chat_log",
                  const QByteArray &sha = {}, const QByteArray &capturedAt = {}) {
        QTest::newRow(name) << bytes << kind << sha << capturedAt << status << QString::fromLatin1(code);
    };
    row("binary bytes", QByteArray::fromHex("00010203fffefd") + QByteArray(100, '\0'), 415, "unsupported_media_type");
    row("a PDF", QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") + QByteArray(64, '\0'), 415, "unsupported_media_type");
    row("a GIF", QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13) + QByteArray(16, '\0'), 415, "unsupported_media_type");
    row("PNG header with garbage", QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(500, 'x'), 415, "image_unreadable", "screenshot");
    row("PNG of 100000x100000 pixels", craftedPng(100000, 100000, 4), 415, "image_unreadable", "screenshot");
    row("PNG of 8000x8000 pixels", craftedPng(8000, 8000, 4), 415, "image_unreadable", "screenshot");
    row("truncated real PNG", realPng().left(60), 415, "image_unreadable", "screenshot");
    row("JPEG header with garbage", QByteArray::fromHex("ffd8ffe0") + QByteArray(300, '\x11'), 415, "image_unreadable", "screenshot");
    row("invalid utf-8 text", QByteArray("买家说:") + QByteArray("\xff\xfe\xfd") + QByteArray(" 无效"), 415, "unsupported_media_type");
    row("over 10 MiB", QByteArray(10 * 1024 * 1024 + 1, 'z'), 413, "evidence_too_large");
    row("wrong declared sha256", chat, 422, "checksum_mismatch", "chat_log", QByteArray(64, 'a'));
    row("empty file", QByteArray(), 422, "validation_failed");
    row("unknown kind", chat, 422, "validation_failed", "selfie");
    row("no kind", chat, 422, "validation_failed", QByteArray());
    row("capture time without offset", chat, 422, "validation_failed", "chat_log", {}, "2026-11-05T14:03:30");
}

void tst_ServerEvidence::badEvidence()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, kind);
    QFETCH(QByteArray, sha256);
    QFETCH(QByteArray, capturedAt);
    QFETCH(int, status);
    QFETCH(QString, code);
    TestServer &s = *m_server;
    const StoreSnapshot before = StoreSnapshot::take(s, kTicket);
    Headers headers{{"Content-Type", "application/octet-stream"}};
    if (!kind.isEmpty())
        headers << qMakePair(QByteArray("X-Evidence-Kind"), kind);
    if (!sha256.isEmpty())
        headers << qMakePair(QByteArray("X-Evidence-Sha256"), sha256);
    if (!capturedAt.isEmpty())
        headers << qMakePair(QByteArray("X-Captured-At"), capturedAt);
    const HttpReply r = s.request("POST", QStringLiteral("/api/v1/tickets/%1/evidence").arg(kTicket), bytes, QStringLiteral("agent1"), headers);
    QVERIFY2(r.status == status, describe(r).constData());
    QVERIFY2(isProblem(r), r.body.constData());
    QCOMPARE(::wd::test::code(r), code);
    const StoreSnapshot after = StoreSnapshot::take(s, kTicket);
    QVERIFY2(after == before, (before.toString() + " -> " + after.toString()).constData());
}

void tst_ServerEvidence::goodEvidence()
{
    TestServer &s = *m_server;
    const QString path = QStringLiteral("/api/v1/tickets/%1/evidence").arg(kTicket);
    // A UTF-8 chat log is text, whatever Content-Type the client claims.
    const QByteArray chat = QStringLiteral("客服:您好,请提供卡密截图。\n买家:卡密提示“无效”,订单 KM202611010001。\n").toUtf8();
    const QByteArray sha = QCryptographicHash::hash(chat, QCryptographicHash::Sha256).toHex();
    const qint64 v = s.version(kTicket);
    HttpReply r = s.request("POST", path, chat, QStringLiteral("agent1"),
                            {{"Content-Type", "image/png"}, {"X-Evidence-Kind", "chat_log"}, {"X-Evidence-Sha256", sha.toUpper()},
                             {"X-Evidence-Name", QUrl::toPercentEncoding(QStringLiteral("聊天记录.txt"))}});
    QVERIFY2(r.status == 201, describe(r).constData());
    QCOMPARE(r.json().value(QStringLiteral("version")).toInteger(), v + 1);
    const QJsonObject stored = r.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(stored.value(QStringLiteral("media_type")).toString(), QStringLiteral("text/plain; charset=utf-8"));
    QCOMPARE(stored.value(QStringLiteral("sha256")).toString().toLatin1(), sha);
    QVERIFY(stored.value(QStringLiteral("dhash")).isNull());
    const QString contentId = stored.value(QStringLiteral("content_id")).toString();
    QVERIFY2(!contentId.isEmpty(), r.body.constData());
    const HttpReply content = s.request("GET", QStringLiteral("/api/v1/evidence/%1/content").arg(contentId), {}, QStringLiteral("agent2"));
    QCOMPARE(content.status, 200);
    QCOMPARE(content.body, chat);
    QCOMPARE(content.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(content.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(content.header("X-Content-SHA256"), sha);

    // Images: a real one, and one crafted by hand the way the bomb above is (so that the bomb is
    // refused for its size, not for a bad checksum).
    for (const QByteArray &image : {realPng(), craftedPng(4, 4, 4)}) {
        r = s.request("POST", path, image, QStringLiteral("agent1"), {{"X-Evidence-Kind", "screenshot"}});
        QVERIFY2(r.status == 201, describe(r).constData());
        QCOMPARE(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("media_type")).toString(), QStringLiteral("image/png"));
        QVERIFY(!r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("dhash")).isNull());
    }
    // Exactly 10 MiB of text is still accepted.
    r = s.request("POST", path, QByteArray(10 * 1024 * 1024, 'y'), QStringLiteral("agent1"), {{"X-Evidence-Kind", "other"}});
    QVERIFY2(r.status == 201, describe(r).constData());
    const QJsonArray evidence = s.request("GET", QStringLiteral("/api/v1/tickets/") + kTicket, {}, QStringLiteral("agent1"))
                                    .json().value(QStringLiteral("evidence")).toArray();
    QCOMPARE(evidence.size(), 1 + 4); // the declared E-1 and the four uploads (goodEvidence runs first)
}

void tst_ServerEvidence::evidenceIds_data()
{
    QTest::addColumn<QByteArray>("id"); // as sent: percent-encoded UTF-8
    QTest::newRow("path traversal") << QByteArray("..%2F..%2Fetc%2Fpasswd");
    QTest::newRow("slash") << QByteArray("E%2F1");
    QTest::newRow("blank") << QByteArray("E%201");
    QTest::newRow("chinese") << QByteArray("%E8%AF%81%E6%8D%AE1");
    QTest::newRow("65 characters") << QByteArray(65, 'E');
}

void tst_ServerEvidence::evidenceIds()
{
    // An evidence id is what GET /api/v1/evidence/{id}/content serves: ids that route can never
    // match ([A-Za-z0-9][A-Za-z0-9._-]{0,63}, no "..") must be refused, not stored.
    QFETCH(QByteArray, id);
    TestServer &s = *m_server;
    const StoreSnapshot before = StoreSnapshot::take(s, kTicket);
    const HttpReply r = s.request("POST", QStringLiteral("/api/v1/tickets/%1/evidence").arg(kTicket), QByteArray("买家聊天记录"), QStringLiteral("agent1"),
                                  {{"X-Evidence-Kind", "chat_log"}, {"X-Evidence-Id", id}});
    QVERIFY2(r.status == 422, describe(r).constData());
    QVERIFY(isProblem(r));
    QCOMPARE(r.json().value(QStringLiteral("field")).toString(), QStringLiteral("id"));
    const StoreSnapshot after = StoreSnapshot::take(s, kTicket);
    QVERIFY2(after == before, (before.toString() + " -> " + after.toString()).constData());
}

void tst_ServerEvidence::multipartUploads()
{
    TestServer &s = *m_server;
    const QString path = QStringLiteral("/api/v1/tickets/%1/evidence").arg(kTicket);
    const QByteArray text = QStringLiteral("客服记录:已联系商家").toUtf8();
    auto form = [](const QByteArray &meta, const QByteArray &file, bool closed = true) {
        QByteArray b = "--XyZ\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n" + meta + "\r\n";
        if (!file.isNull())
            b += "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n" + file + "\r\n";
        return closed ? b + "--XyZ--\r\n" : b;
    };
    const Headers multipart{{"Content-Type", "multipart/form-data; boundary=XyZ"}};
    struct Bad
    {
        const char *what;
        QByteArray body;
        Headers headers;
        int status;
    };
    const QList<Bad> bad{
        {"no boundary", form("{\"kind\":\"chat_log\"}", text), {{"Content-Type", "multipart/form-data"}}, 400},
        {"not closed", form("{\"kind\":\"chat_log\"}", text, false).chopped(2), multipart, 400},
        {"garbage", QByteArray("--XyZ\r\nno headers at all"), multipart, 400},
        {"meta not JSON", form("kind=chat_log", text), multipart, 422},
        {"no file part", form("{\"kind\":\"chat_log\"}", QByteArray()), multipart, 422},
        {"binary file part", form("{\"kind\":\"chat_log\"}", QByteArray(40, '\0')), multipart, 415},
    };
    for (const Bad &b : bad) {
        const StoreSnapshot before = StoreSnapshot::take(s, kTicket);
        const HttpReply r = s.request("POST", path, b.body, QStringLiteral("agent1"), b.headers);
        QVERIFY2(r.status == b.status, qPrintable(QString::fromLatin1(b.what) + QStringLiteral(": ") + QString::fromUtf8(describe(r))));
        QVERIFY2(isProblem(r), b.what);
        QVERIFY2(StoreSnapshot::take(s, kTicket) == before, b.what);
    }
    const HttpReply r = s.request("POST", path, form("{\"kind\":\"communication_record\",\"id\":\"E-MP-1\",\"source\":\"merchant\"}", text),
                                  QStringLiteral("agent1"), multipart);
    QVERIFY2(r.status == 201, describe(r).constData());
    QCOMPARE(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("evidence_id")).toString(), QStringLiteral("E-MP-1"));
    const QString contentId = r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("content_id")).toString();
    QCOMPARE(s.request("GET", QStringLiteral("/api/v1/evidence/%1/content").arg(contentId), {}, QStringLiteral("agent1")).body, text);
}

QTEST_MAIN(tst_ServerEvidence)
#include "tst_server_evidence.moc"
