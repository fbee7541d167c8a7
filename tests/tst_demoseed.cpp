// The demo seed (server/seed): deterministic, complete (every category, contradictions,
// duplicate screenshots), and every generated case file is valid input for the codec and the
// assessor. Run with QT_QPA_PLATFORM=offscreen (QTEST_MAIN creates a QGuiApplication).

#include "casecodec.h"
#include "demoseed.h"
#include "ruleset.h"
#include "warrantyassessor.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace wd;

namespace {

constexpr int kSample = 300;
constexpr int kOffset = 8 * 3600;

QByteArray caseJson(const CaseFile &c)
{
    return QJsonDocument(CaseCodec::encode(c)).toJson(QJsonDocument::Compact);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The server's perceptual hash (server/lib/evidenceinspector.cpp): 9x8 grey, left < right.
quint64 differenceHash(const QByteArray &png)
{
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setScaledSize(QSize(9, 8));
    const QImage grey = reader.read().convertToFormat(QImage::Format_Grayscale8);
    quint64 hash = 0;
    for (int y = 0; y < 8; ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < 8; ++x)
            hash = (hash << 1) | (row[x] < row[x + 1] ? 1u : 0u);
    }
    return hash;
}

// Every way a ticket's times could contradict each other (empty: none). The order of a
// purchase: paid <= delivered <= extracted <= activation <= submitted <= now.
QStringList timeProblems(const SeedTicket &t, const QDateTime &now)
{
    QStringList problems;
    auto check = [&](bool ok, const char *what) {
        if (!ok)
            problems << QString::fromLatin1(what);
    };
    const CaseFile &c = t.caseFile;
    const QDateTime submitted = c.ticket.submittedAt;
    check(submitted.offsetFromUtc() == kOffset, "submitted_at offset");
    check(submitted <= now && submitted >= now.addDays(-10).addSecs(-60), "submitted_at within the last 10 days");
    check(c.order && c.order->paidAt && c.order->paidAt->offsetFromUtc() == kOffset, "paid_at set, +08:00");
    if (!problems.isEmpty())
        return problems;
    const QDateTime paid = *c.order->paidAt;
    check(paid <= submitted, "paid <= submitted");
    if (c.order->deliveredAt) {
        check(c.order->deliveredAt->offsetFromUtc() == kOffset, "delivered_at offset");
        check(paid <= *c.order->deliveredAt && *c.order->deliveredAt <= submitted, "paid <= delivered <= submitted");
        check(c.order->deliveryStatus == DeliveryStatus::Delivered, "delivered status");
    } else {
        check(c.order->deliveryStatus != DeliveryStatus::Delivered, "undelivered status");
    }
    const QDateTime delivered = c.order->deliveredAt.value_or(paid);
    std::optional<QDateTime> extracted; // the customer's first successful extraction
    for (int i = 0; i < c.keyEvents.size(); ++i) {
        const KeyEvent &e = c.keyEvents.at(i);
        check(e.at.offsetFromUtc() == kOffset, "key event offset");
        check(delivered <= e.at && e.at <= submitted, "delivered <= key event <= submitted");
        check(i == 0 || c.keyEvents.at(i - 1).at <= e.at, "key events in time order");
        if (e.type == KeyEventType::Extracted && e.result == KeyResult::Success && !extracted)
            extracted = e.at;
        if (e.type == KeyEventType::ActivationAttempt && e.actor == c.order->customerId && extracted)
            check(*extracted <= e.at, "extracted <= customer's activation");
    }
    for (const PlatformEvent &p : c.platformEvents) {
        check(p.at.offsetFromUtc() == kOffset, "platform event offset");
        check(p.at <= submitted && (!p.until || (p.at <= *p.until && *p.until <= submitted)), "platform event window");
        if (p.type == PlatformEventType::PaymentCallback || p.type == PlatformEventType::OrderState)
            check(paid <= p.at, "paid <= callback/order state");
    }
    for (const Evidence &e : c.evidence)
        check(e.capturedAt && e.capturedAt->offsetFromUtc() == kOffset && *e.capturedAt <= submitted,
              "evidence captured before submission");
    for (const SeedNote &n : t.notes)
        check(submitted < n.at && n.at <= now && !n.text.isEmpty() && !n.author.isEmpty(), "note after submission");
    return problems;
}

} // namespace

class TestDemoSeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usersHaveTheFiveDemoAccounts();
    void merchantsCoverEveryCertification();
    void sameSeedSameBytes();
    void differentSeedDifferentTickets();
    void everyCategoryInTheFirstFifteen();
    void casesRoundTripAndAssess();
    void timesAreConsistent();
    void manyPooledTicketsAreValid();
    void evidenceMatchesItsHash();
    void contradictionsArePresent();
    void slaClocksAreMixed();
    void duplicateScreenshotAcrossCustomers();
    void screenshotsDifferAtThumbnailScale();
    void pooledImagesAreMarkedAndDistinct();

private:
    const QDateTime m_now = QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00+08:00"), Qt::ISODate);
    QList<SeedTicket> m_tickets;
};

void TestDemoSeed::initTestCase()
{
    DemoSeed seed(20261120, m_now);
    for (int i = 0; i < kSample; ++i)
        m_tickets << seed.ticket(i);
}

void TestDemoSeed::usersHaveTheFiveDemoAccounts()
{
    const QList<SeedUser> users = DemoSeed(1, m_now).users();
    QHash<QString, Role> roles;
    for (const SeedUser &u : users) {
        roles.insert(u.id, u.role);
        QVERIFY(!u.displayName.isEmpty());
        QCOMPARE(u.password, QStringLiteral("demo-") + u.id);
    }
    QCOMPARE(roles.size(), 5);
    QCOMPARE(roles.value(QStringLiteral("agent1")), Role::Agent);
    QCOMPARE(roles.value(QStringLiteral("agent2")), Role::Agent);
    QCOMPARE(roles.value(QStringLiteral("super1")), Role::Supervisor);
    QCOMPARE(roles.value(QStringLiteral("super2")), Role::Supervisor);
    QCOMPARE(roles.value(QStringLiteral("admin")), Role::Admin);
}

void TestDemoSeed::merchantsCoverEveryCertification()
{
    const QList<Merchant> merchants = DemoSeed(1, m_now).merchants();
    QVERIFY(merchants.size() >= 35);
    QSet<Certification> levels;
    QSet<QString> ids;
    bool smallDeposit = false;
    for (const Merchant &m : merchants) {
        levels.insert(m.certification);
        ids.insert(m.id);
        QVERIFY(m.complaintRate >= 0.0 && m.complaintRate <= 0.2);
        smallDeposit = smallDeposit || m.depositBalance < Money::fromCents(10000);
    }
    QCOMPARE(ids.size(), merchants.size());
    QCOMPARE(levels.size(), 4);
    QVERIFY(smallDeposit);
    // Tickets carry the merchant exactly as listed.
    for (const SeedTicket &t : std::as_const(m_tickets)) {
        const auto it = std::find_if(merchants.begin(), merchants.end(),
                                     [&](const Merchant &m) { return m.id == t.caseFile.merchant.id; });
        QVERIFY(it != merchants.end());
        QCOMPARE(it->name, t.caseFile.merchant.name);
    }
}

void TestDemoSeed::sameSeedSameBytes()
{
    const DemoSeed a(7, m_now);
    const DemoSeed b(7, m_now);
    // Unique images (small index), a duplicate slot (19, 51) and pooled images (2000+).
    for (int index : {0, 3, 14, 19, 51, 122, 2000, 2003, 2035}) {
        const SeedTicket x = a.ticket(index);
        const SeedTicket y = b.ticket(index);
        QCOMPARE(caseJson(x.caseFile), caseJson(y.caseFile));
        QCOMPARE(x.evidence.size(), y.evidence.size());
        for (int i = 0; i < x.evidence.size(); ++i)
            QVERIFY2(x.evidence.at(i).content == y.evidence.at(i).content, qPrintable(x.evidence.at(i).meta.id));
        QCOMPARE(x.notes.size(), y.notes.size());
        for (int i = 0; i < x.notes.size(); ++i) {
            QCOMPARE(x.notes.at(i).text, y.notes.at(i).text);
            QCOMPARE(x.notes.at(i).at, y.notes.at(i).at);
        }
    }
}

void TestDemoSeed::differentSeedDifferentTickets()
{
    const DemoSeed a(7, m_now);
    const DemoSeed b(8, m_now);
    for (int index : {0, 1, 2, 17, 40}) {
        const SeedTicket x = a.ticket(index);
        const SeedTicket y = b.ticket(index);
        QCOMPARE(x.caseFile.ticket.id, y.caseFile.ticket.id); // ids follow the index only
        QVERIFY(caseJson(x.caseFile) != caseJson(y.caseFile));
    }
}

void TestDemoSeed::everyCategoryInTheFirstFifteen()
{
    QSet<Category> seen;
    for (int i = 0; i < 15; ++i) {
        QVERIFY(m_tickets.at(i).caseFile.ticket.category.has_value());
        seen.insert(*m_tickets.at(i).caseFile.ticket.category);
    }
    QCOMPARE(seen.size(), int(std::size(enumValues<Category>())));
}

void TestDemoSeed::casesRoundTripAndAssess()
{
    static const QRegularExpression ticketId(QStringLiteral("^T-\\d{6}$"));
    static const QRegularExpression orderNo(QStringLiteral("^KM\\d{8}\\d{6}$"));
    static const QRegularExpression evidenceId(QStringLiteral("^E-\\d{6}-[1-3]$"));
    const WarrantyAssessor assessor(RuleSet::builtIn());
    int uncategorised = 0;
    QSet<QString> orderNumbers;
    for (int i = 0; i < kSample; ++i) {
        const CaseFile &c = m_tickets.at(i).caseFile;
        QCOMPARE(c.ticket.id, DemoSeed::ticketId(i));
        QVERIFY(ticketId.match(c.ticket.id).hasMatch());
        QVERIFY2(c.order && orderNo.match(c.order->orderNo).hasMatch(), qPrintable(c.ticket.id));
        orderNumbers.insert(c.order->orderNo);
        QCOMPARE(c.ticket.step, Step::Feedback);
        QCOMPARE(c.ticket.status, Status::Open);
        QCOMPARE(c.ticket.version, 1);
        QVERIFY(!c.ticket.description.isEmpty());
        QVERIFY(!c.findings.userError && !c.findings.forceMajeure && !c.findings.merchantRefused);
        QVERIFY(c.order->amountPaid < *c.order->product.faceValue);
        QVERIFY(c.evidence.size() >= 1 && c.evidence.size() <= 3);
        for (const Evidence &e : c.evidence)
            QVERIFY2(evidenceId.match(e.id).hasMatch() && e.id.startsWith(QStringLiteral("E-") + c.ticket.id.mid(2)),
                     qPrintable(e.id));

        const QByteArray json = caseJson(c);
        const Result<CaseFile> decoded = CaseCodec().decode(json);
        QVERIFY2(decoded.ok(), qPrintable(c.ticket.id + QStringLiteral(": ") + (decoded.ok() ? QString() : decoded.error().toString())));
        QCOMPARE(caseJson(decoded.value()), json);

        if (!c.ticket.category) {
            ++uncategorised;
            continue;
        }
        const Result<Assessment> a = assessor.assess(decoded.value(), m_now);
        QVERIFY2(a.ok(), qPrintable(c.ticket.id));
    }
    QCOMPARE(orderNumbers.size(), kSample);
    qInfo("%d of %d tickets not yet categorised", uncategorised, kSample);
    QVERIFY(uncategorised > 0 && uncategorised < kSample / 8);
}

void TestDemoSeed::timesAreConsistent()
{
    for (const SeedTicket &t : std::as_const(m_tickets)) {
        const QStringList problems = timeProblems(t, m_now);
        QVERIFY2(problems.isEmpty(), qPrintable(t.caseFile.ticket.id + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }
}

void TestDemoSeed::manyPooledTicketsAreValid()
{
    // Pooled images are cheap, so a wider sweep (another seed, another "now") fits in a second.
    const QDateTime now = QDateTime::fromString(QStringLiteral("2027-02-03T21:17:42+08:00"), Qt::ISODate);
    const DemoSeed seed(99, now);
    const WarrantyAssessor assessor(RuleSet::builtIn());
    for (int i = DemoSeed::kUniqueImageTickets; i < DemoSeed::kUniqueImageTickets + 3000; ++i) {
        const SeedTicket t = seed.ticket(i);
        const QStringList problems = timeProblems(t, now);
        QVERIFY2(problems.isEmpty(), qPrintable(t.caseFile.ticket.id + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        const Result<CaseFile> decoded = CaseCodec().decode(caseJson(t.caseFile));
        QVERIFY2(decoded.ok(), qPrintable(t.caseFile.ticket.id));
        if (t.caseFile.ticket.category)
            QVERIFY2(assessor.assess(decoded.value(), now).ok(), qPrintable(t.caseFile.ticket.id));
        for (const SeedEvidence &e : t.evidence)
            QCOMPARE(e.meta.sha256, sha256Hex(e.content));
    }
}

void TestDemoSeed::evidenceMatchesItsHash()
{
    for (const SeedTicket &t : std::as_const(m_tickets)) {
        QCOMPARE(t.evidence.size(), t.caseFile.evidence.size());
        for (int i = 0; i < t.evidence.size(); ++i) {
            const SeedEvidence &e = t.evidence.at(i);
            QCOMPARE(t.caseFile.evidence.at(i).id, e.meta.id);
            QCOMPARE(t.caseFile.evidence.at(i).sha256, e.meta.sha256);
            QCOMPARE(e.meta.sha256, sha256Hex(e.content));
            QCOMPARE(e.meta.source, EvidenceSource::Customer);
            if (e.meta.mediaType == QLatin1String("image/png")) {
                QImage image;
                QVERIFY2(image.loadFromData(e.content, "PNG"), qPrintable(e.meta.id));
                QVERIFY(image.width() >= 480 && image.width() <= 640);
                QVERIFY(image.height() >= 320 && image.height() <= 900);
                QVERIFY(e.meta.kind != EvidenceKind::ChatLog);
            } else {
                QCOMPARE(e.meta.mediaType, QStringLiteral("text/plain; charset=utf-8"));
                QCOMPARE(e.meta.kind, EvidenceKind::ChatLog);
                QCOMPARE(QString::fromUtf8(e.content).toUtf8(), e.content);
            }
        }
    }
}

void TestDemoSeed::contradictionsArePresent()
{
    const WarrantyAssessor assessor(RuleSet::builtIn());
    int contradicts = 0, resold = 0, notCovered = 0, offPlatform = 0, expired = 0, undisclosed = 0;
    for (const SeedTicket &t : std::as_const(m_tickets)) {
        if (!t.caseFile.ticket.category)
            continue;
        const Assessment a = assessor.assess(t.caseFile, m_now).value();
        contradicts += a.flags.contains(flags::ClaimContradictsLog);
        resold += a.flags.contains(flags::KeyResoldSuspected);
        undisclosed += a.flags.contains(flags::OneTimeUndisclosed);
        notCovered += !a.covered;
        offPlatform += a.applied(QStringLiteral("exclusion.off_platform"));
        expired += a.applied(QStringLiteral("period.expired"));
    }
    qInfo("claim_contradicts_log %d, key_resold_suspected %d, one_time undisclosed %d, not covered %d "
          "(off_platform %d, period.expired %d)", contradicts, resold, undisclosed, notCovered, offPlatform, expired);
    QVERIFY(contradicts + resold > 0);
    QVERIFY(notCovered > 0);
    QVERIFY(offPlatform > 0);
    QVERIFY(expired > 0);
}

void TestDemoSeed::slaClocksAreMixed()
{
    const WarrantyAssessor assessor(RuleSet::builtIn());
    QHash<SlaState, int> states;
    for (const SeedTicket &t : std::as_const(m_tickets)) {
        if (t.caseFile.ticket.category)
            states[assessor.assess(t.caseFile, m_now).value().reviewSla.state]++;
    }
    qInfo("review SLA: ok %d, warning %d, breached %d", states.value(SlaState::Ok), states.value(SlaState::Warning),
          states.value(SlaState::Breached));
    QVERIFY(states.value(SlaState::Ok) > 0);
    QVERIFY(states.value(SlaState::Warning) > 0);
    QVERIFY(states.value(SlaState::Breached) > 0);
}

void TestDemoSeed::duplicateScreenshotAcrossCustomers()
{
    QHash<QString, QSet<QString>> customersByHash;
    for (const SeedTicket &t : std::as_const(m_tickets)) {
        for (const SeedEvidence &e : t.evidence) {
            if (e.meta.mediaType == QLatin1String("image/png"))
                customersByHash[e.meta.sha256].insert(t.caseFile.order->customerId);
        }
    }
    int shared = 0;
    for (const QSet<QString> &customers : std::as_const(customersByHash))
        shared += customers.size() > 1;
    qInfo("%d screenshots filed by more than one customer", shared);
    QVERIFY(shared > 0);
    QVERIFY(shared <= kSample / 20);
}

void TestDemoSeed::screenshotsDifferAtThumbnailScale()
{
    // Two customers' screenshots of the same screen must not look like copies to a perceptual
    // hash (dHash within 3 bits): only the deliberate duplicates (identical bytes) should match.
    struct Picture
    {
        quint64 hash;
        QString customer;
        QString sha256;
    };
    QList<Picture> pictures;
    for (const SeedTicket &t : std::as_const(m_tickets)) {
        for (const SeedEvidence &e : t.evidence) {
            if (e.meta.mediaType == QLatin1String("image/png"))
                pictures << Picture{differenceHash(e.content), t.caseFile.order->customerId, e.meta.sha256};
        }
    }
    QSet<int> lookalikes;
    for (int a = 0; a < pictures.size(); ++a) {
        for (int b = a + 1; b < pictures.size(); ++b) {
            const Picture &x = pictures.at(a);
            const Picture &y = pictures.at(b);
            if (x.customer == y.customer || x.sha256 == y.sha256)
                continue;
            if (qPopulationCount(x.hash ^ y.hash) <= 3)
                lookalikes << a << b;
        }
    }
    qInfo("%lld of %lld pictures look like another customer's at dHash scale", qlonglong(lookalikes.size()),
          qlonglong(pictures.size()));
    QVERIFY(lookalikes.size() * 20 <= pictures.size()); // at most 5 %
}

void TestDemoSeed::pooledImagesAreMarkedAndDistinct()
{
    const DemoSeed seed(20261120, m_now);
    QHash<QString, int> hashes;
    for (int i = DemoSeed::kUniqueImageTickets; i < DemoSeed::kUniqueImageTickets + 60; ++i) {
        const SeedTicket t = seed.ticket(i);
        for (const SeedEvidence &e : t.evidence) {
            QCOMPARE(e.meta.sha256, sha256Hex(e.content));
            hashes[e.meta.sha256]++;
            if (e.meta.mediaType != QLatin1String("image/png"))
                continue;
            QImage image;
            QVERIFY(image.loadFromData(e.content, "PNG"));
            // Each pooled copy names its own evidence item, except a deliberate copy of another
            // customer's picture (ticket indices i % 32 == 19), which keeps the original's bytes.
            const QString mark = image.text(QString::fromLatin1(DemoSeed::kPoolMarkKeyword));
            if (i % 32 != 19)
                QVERIFY2(mark.endsWith(e.meta.id), qPrintable(e.meta.id + QStringLiteral(": ") + mark));
        }
    }
    int repeated = 0;
    for (int count : std::as_const(hashes))
        repeated += count > 1;
    QVERIFY(repeated <= 2); // only the deliberate duplicates (slots 2003 and 2035)
    QVERIFY(seed.pooledImageCount() > 0 && seed.pooledImageCount() <= DemoSeed::kPoolCapacity);
}

QTEST_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
