// The JSON text the domain writes directly (workflow state, ticket, assessment, verdict parts)
// must be exactly what QJsonDocument::toJson(Compact) writes for the same document: stored rows,
// ETags, idempotent replays and the audit chain depend on a stable text. The reference encoders
// (statejson_reference.h) build the documents as QJsonObjects, the way the domain library did
// before it wrote text (commit 9d90996); random states, with strings full of escapes, CJK, emoji
// and unpaired surrogates, are written both ways and the bytes compared.

#include "assessment.h"
#include "casecodec.h"
#include "casestatecodec.h"
#include "isotime.h"
#include "jsontext.h"
#include "statejson_reference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <limits>

using namespace wd;
using namespace wd::test::statejson;

namespace {

// ---- random values --------------------------------------------------------------------------

class Gen
{
public:
    // unpaired: strings may hold unpaired surrogates and a U+FEFF at their start. The domain
    // never holds the first (JsonReader refuses them) and Qt's JSON parser drops the second (it
    // reads each string as a fresh UTF-8 text, whose leading byte order mark it strips), but the
    // writer must still write both as Qt does. Without: what reads back as it was written.
    explicit Gen(quint32 seed, bool unpaired = true) : m_rng(seed), m_unpaired(unpaired) {}

    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }

    QString text(int maxLength = 24)
    {
        static const char16_t pool[] = {u'a', u'Z', u'0', u' ', u'"', u'\\', u'/', u'\b', u'\f', u'\n', u'\r', u'\t', 0x01, 0x1f,
                                        0x7f, 0x80, 0xe9, 0x7ff, 0x800, u'卡', u'密', u'无', u'效', 0x3000, 0x2028, 0xfeff, 0xfffd,
                                        0xffff};
        QString s;
        const int n = below(maxLength + 1);
        for (int i = 0; i < n; ++i) {
            const int pick = below(100);
            if (pick < 4) {
                s += QChar(char16_t(0xd83d)); // a pair: 😀
                s += QChar(char16_t(0xde00));
            } else if (pick < 6 && m_unpaired) {
                s += QChar(char16_t(0xd800 + below(0x400))); // an unpaired high surrogate
            } else if (pick < 8 && m_unpaired) {
                s += QChar(char16_t(0xdc00 + below(0x400))); // an unpaired low surrogate
            } else {
                const char16_t c = pool[below(int(std::size(pool)))];
                if (c != 0xfeff || m_unpaired || !s.isEmpty())
                    s += QChar(c);
            }
        }
        return s;
    }

    QStringList texts(int maxCount)
    {
        QStringList out;
        for (int i = below(maxCount + 1); i > 0; --i)
            out << text(12);
        return out;
    }

    QDateTime instant()
    {
        const qint64 ms = Q_INT64_C(1577836800000) + qint64(m_rng.bounded(Q_UINT64_C(400000000000)));
        const qint64 rounded = chance(50) ? ms - ms % 1000 : ms;
        switch (below(3)) {
        case 0: return QDateTime::fromMSecsSinceEpoch(rounded, Qt::UTC);
        case 1: return QDateTime::fromMSecsSinceEpoch(rounded, Qt::OffsetFromUTC, 8 * 3600);
        default: return QDateTime::fromMSecsSinceEpoch(rounded, Qt::OffsetFromUTC, -(5 * 3600 + 30 * 60));
        }
    }

    std::optional<QDateTime> maybeInstant() { return chance(40) ? std::nullopt : std::optional<QDateTime>(instant()); }

    template <typename E>
    E pick()
    {
        const auto &entries = enumValues<E>();
        return entries[below(int(std::size(entries)))].value;
    }

    template <typename E>
    QList<E> picks(int maxCount)
    {
        QList<E> out;
        for (int i = below(maxCount + 1); i > 0; --i)
            out << pick<E>();
        return out;
    }

    Money money()
    {
        switch (below(4)) {
        case 0: return Money::fromCents(below(100000));
        case 1: return Money::fromCents(qint64(below(100000)) * 100); // whole yuan, up to 1e5 (Qt writes 100000, not 1e+05)
        case 2: return Money::fromCents(qint64(m_rng.bounded(Q_UINT64_C(10000000000000))));
        default: return Money::fromCents(Money::kMaxCents);
        }
    }

    qint64 seconds()
    {
        const qint64 magnitude = qint64(m_rng.bounded(Q_UINT64_C(4000000000)));
        return chance(30) ? -magnitude : magnitude;
    }

    Assessment assessment()
    {
        Assessment a;
        a.rulesVersion = text(8);
        a.assessedAt = instant();
        a.category = pick<Category>();
        a.inWarranty = chance(50);
        a.warrantyEndsAt = maybeInstant();
        a.covered = chance(50);
        a.liableParty = pick<LiableParty>();
        a.remedies = picks<Remedy>(3);
        a.missingEvidence = picks<EvidenceKind>(3);
        a.flags = texts(3);
        for (int i = below(6); i > 0; --i)
            a.trace << TraceLine{text(10), text(40), text(40)};
        if (chance(70))
            a.warrantySecondsLeftAtSubmission = seconds();
        if (chance(70))
            a.warrantySecondsLeftNow = seconds();
        a.reviewSla.dueAt = instant();
        a.reviewSla.state = std::array{SlaState::Ok, SlaState::Warning, SlaState::Breached, SlaState::Paused, SlaState::Met,
                                       SlaState::MetLate}[below(6)];
        a.reviewSla.leftMs = seconds() * 1000 + below(1000);
        a.reviewSla.usedMs = seconds() * 1000 + below(1000);
        a.reviewSla.budgetMs = seconds() * 1000;
        return a;
    }

    // A verdict, and the assessment object its snapshot was written from.
    std::pair<Verdict, QJsonObject> verdict()
    {
        Verdict v;
        v.liableParty = pick<LiableParty>();
        v.remedies = picks<Remedy>(3);
        v.amount = money();
        v.reasoning = text(60);
        v.citedEvidence = texts(4);
        v.rulesVersion = text(8);
        v.decidedBy = text(10);
        v.decidedAt = instant();
        v.departures = texts(3);
        QJsonObject snapshot;
        if (chance(80)) {
            const Assessment a = assessment();
            const Language language = chance(50) ? Language::English : Language::Chinese;
            v.assessmentJson = a.toJsonText(language);
            snapshot = refAssessment(a, language);
        }
        if (chance(40))
            v.approval = Approval{text(10), instant()};
        return {v, snapshot};
    }

    AppealRecord appeal()
    {
        AppealRecord a;
        a.appellant = pick<Appellant>();
        a.reason = text(40);
        a.filedBy = text(10);
        a.filedAt = instant();
        if (chance(50)) {
            a.outcome = pick<AppealOutcome>();
            a.decisionReason = text(40);
            a.decidedBy = text(10);
            a.decidedAt = instant();
        }
        return a;
    }

    ExecutionRecord execution() { return ExecutionRecord{pick<Remedy>(), text(20), text(10), instant()}; }

    QList<Pause> pauses()
    {
        QList<Pause> out;
        for (int i = below(4); i > 0; --i)
            out << Pause{instant(), maybeInstant()};
        return out;
    }

    Sample sample()
    {
        Sample out;
        CaseState &s = out.state;
        s.step = pick<Step>();
        s.status = pick<Status>();
        if (chance(60))
            s.holder = text(10);
        if (chance(70))
            s.assessedCaseVersion = 1 + qint64(m_rng.bounded(Q_UINT64_C(1) << 52));
        s.slaPauses = pauses();
        for (int i = below(3); i > 0; --i)
            s.waivers << Waiver{pick<EvidenceKind>(), text(30), text(10), instant()};
        for (int i = below(5); i > 0; --i)
            s.notes << Note{text(16), pick<NoteKind>(), text(10), text(200), instant()};
        if (chance(60)) {
            auto [v, a] = verdict();
            s.verdict = v;
            out.assessments << a;
        }
        for (int i = below(3); i > 0; --i)
            s.executions << execution();
        s.customerNotified = chance(50);
        if (chance(40))
            s.appeal = appeal();
        for (int i = below(3); i > 0; --i) {
            auto [v, a] = verdict();
            s.supersededVerdicts << v;
            out.assessments << a;
        }
        for (int i = below(3); i > 0; --i)
            s.supersededExecutions << execution();
        for (int i = below(3); i > 0; --i)
            s.pastAppeals << appeal();
        s.escalatedExternal = chance(30);
        s.escalationChannel = chance(50) ? text(20) : QString();
        return out;
    }

    Ticket ticket()
    {
        Ticket t;
        t.id = text(16);
        if (chance(70))
            t.category = pick<Category>();
        t.description = text(300);
        t.submittedAt = instant();
        t.step = pick<Step>();
        t.status = pick<Status>();
        t.version = 1 + qint64(m_rng.bounded(Q_UINT64_C(1) << 40));
        if (chance(50))
            t.slaPauses = pauses();
        return t;
    }

private:
    QRandomGenerator m_rng;
    bool m_unpaired;
};

quint32 seed()
{
    const QByteArray fromEnv = qgetenv("WD_TEST_SEED");
    const quint32 s = fromEnv.isEmpty() ? QRandomGenerator::global()->generate() : fromEnv.toUInt();
    qInfo("random seed %u (WD_TEST_SEED=%u repeats this run)", s, s);
    return s;
}

constexpr int kSamples = 3000;

} // namespace

class StateJsonTest : public QObject
{
    Q_OBJECT

private slots:
    void stringsAsQJsonDocumentWritesThem()
    {
        Gen gen(seed());
        for (int i = 0; i < kSamples * 3; ++i) {
            const QString s = gen.text(40);
            QByteArray mine = "{\"s\":";
            jsontext::appendString(mine, s);
            mine += '}';
            const QByteArray expected = compact(QJsonObject{{QStringLiteral("s"), s}});
            if (mine != expected)
                QFAIL(qPrintable(QStringLiteral("string %1: %2 against QJsonDocument's %3")
                                     .arg(QString::fromLatin1(s.toUtf8().toHex()), QString::fromLatin1(mine.toHex()),
                                          QString::fromLatin1(expected.toHex()))));
        }
    }

    void numbersAsQJsonValueWritesThem_data()
    {
        QTest::addColumn<double>("value");
        for (double v : {0.0, 1.0, -1.0, 0.01, 98.5, 100000.0, 1e7, 123456.5, 1e11, 1e13 / 100.0, 12345678.9, 1e15, 9007199254740993.0,
                         1e21, -1e21, 1e-7, 5e-324, std::numeric_limits<double>::max(), std::numeric_limits<double>::infinity(),
                         std::numeric_limits<double>::quiet_NaN()})
            QTest::addRow("%.17g", v) << v;
    }

    void numbersAsQJsonValueWritesThem()
    {
        QFETCH(double, value);
        QByteArray mine = "{\"n\":";
        jsontext::appendNumber(mine, value);
        mine += '}';
        QCOMPARE(mine, compact(QJsonObject{{QStringLiteral("n"), value}}));
    }

    void moneyAsMoneyToJsonWritesIt()
    {
        Gen gen(seed());
        for (int i = 0; i < kSamples; ++i) {
            const Money m = gen.money();
            QByteArray mine = "{\"m\":";
            jsontext::appendNumber(mine, double(m.cents()) / 100.0);
            mine += '}';
            QCOMPARE(mine, compact(QJsonObject{{QStringLiteral("m"), m.toJson()}}));
        }
    }

    void assessmentTextIsQJsonDocuments()
    {
        Gen gen(seed());
        for (int i = 0; i < kSamples; ++i) {
            const Assessment a = gen.assessment();
            for (Language language : {Language::English, Language::Chinese}) {
                const QByteArray mine = a.toJsonText(language);
                QCOMPARE(mine, compact(refAssessment(a, language)));
            }
        }
        // The object form (parsed from the text) equals the reference object; Qt's parser turns
        // an escaped unpaired surrogate into something else, so these samples have none.
        Gen plain(seed(), false);
        for (int i = 0; i < kSamples / 3; ++i) {
            const Assessment a = plain.assessment();
            QCOMPARE(a.toJson(Language::Chinese), refAssessment(a, Language::Chinese));
        }
    }

    void caseStateTextIsQJsonDocuments()
    {
        Gen gen(seed());
        int verdicts = 0, appeals = 0;
        for (int i = 0; i < kSamples; ++i) {
            const Sample sample = gen.sample();
            verdicts += sample.state.verdict ? 1 : 0;
            appeals += sample.state.appeal ? 1 : 0;
            const QByteArray mine = encodeCaseStateJson(sample.state);
            const QByteArray expected = compact(refCaseState(sample));
            if (mine != expected) {
                qsizetype at = 0;
                while (at < mine.size() && at < expected.size() && mine[at] == expected[at])
                    ++at;
                QFAIL(qPrintable(QStringLiteral("sample %1 differs at byte %2: ...%3 against QJsonDocument's ...%4")
                                     .arg(i)
                                     .arg(at)
                                     .arg(QString::fromUtf8(mine.mid(qMax<qsizetype>(0, at - 40), 80)),
                                          QString::fromUtf8(expected.mid(qMax<qsizetype>(0, at - 40), 80)))));
            }
            if (sample.state.verdict) {
                QCOMPARE(encodeVerdictJson(*sample.state.verdict), compact(refVerdict(*sample.state.verdict, sample.assessments.first())));
                QJsonObject withoutAssessment = refVerdict(*sample.state.verdict, sample.assessments.first());
                withoutAssessment.remove(QStringLiteral("assessment"));
                QCOMPARE(encodeVerdictJson(*sample.state.verdict, false), compact(withoutAssessment));
            }
            if (sample.state.appeal)
                QCOMPARE(encodeAppealJson(*sample.state.appeal), compact(refAppeal(*sample.state.appeal)));
            for (const Note &n : sample.state.notes)
                QCOMPARE(encodeNoteJson(n), compact(refNote(n)));
            for (const ExecutionRecord &e : sample.state.executions)
                QCOMPARE(encodeExecutionJson(e), compact(refExecution(e)));
        }
        // The samples covered both branches of the optional parts.
        QVERIFY(verdicts > kSamples / 3 && verdicts < kSamples);
        QVERIFY(appeals > kSamples / 5 && appeals < kSamples);
        Gen plain(seed(), false);
        for (int i = 0; i < kSamples / 3; ++i) {
            const Sample sample = plain.sample();
            QCOMPARE(encodeCaseState(sample.state), refCaseState(sample));
        }
    }

    // What is stored reads back to the same state: decoding the text and writing it again gives
    // the same bytes.
    void caseStateRoundTrips()
    {
        Gen gen(seed(), false);
        int checked = 0;
        for (int i = 0; i < kSamples; ++i) {
            const Sample sample = gen.sample();
            const QByteArray text = encodeCaseStateJson(sample.state);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            const Result<CaseState> back = decodeCaseState(doc.object());
            QVERIFY2(back, qPrintable(QStringLiteral("sample %1: %2").arg(i).arg(back ? QString() : back.error().toString())));
            QCOMPARE(encodeCaseStateJson(back.value()), text);
            ++checked;
        }
        QCOMPARE(checked, kSamples);
    }

    // A member set in compact text lands where QJsonObject puts it (the audit detail's version,
    // the verdict answer's needs_approval).
    void memberSetInTextAsInQJsonObject()
    {
        Gen gen(seed(), false);
        const QList<QByteArray> keys{"version", "aaa", "zzz", "step", "notes", "appeal", "waivers", "a", "verdict_x", "needs_approval"};
        const QList<QByteArray> values{"42", "-7", "true", "null", "\"x\\\"}{,]\"", "{\"a\":[1,{\"b\":\"}\"}],\"c\":{}}", "[]", "98.5"};
        for (int i = 0; i < kSamples; ++i) {
            QJsonObject object = encodeCaseState(gen.sample().state);
            // Some smaller objects too, down to the empty one.
            for (int cut = gen.below(4) == 0 ? gen.below(int(object.size()) + 1) : 0; cut > 0; --cut)
                object.remove(object.keys().at(gen.below(int(object.size()))));
            const QByteArray key = keys.at(gen.below(int(keys.size())));
            const QByteArray value = values.at(gen.below(int(values.size())));
            const QByteArray mine = jsontext::withMember(compact(object), key, value);
            object.insert(QString::fromLatin1(key), QJsonDocument::fromJson("{\"v\":" + value + '}').object().value(QStringLiteral("v")));
            QCOMPARE(mine, compact(object));
        }
        QCOMPARE(jsontext::withMember("{}", "version", "3"), QByteArray("{\"version\":3}"));
        QCOMPARE(jsontext::withMember("[1]", "version", "3"), QByteArray());
        QCOMPARE(jsontext::withMember("{\"a\":", "version", "3"), QByteArray());
        QCOMPARE(jsontext::withMember("{\"a\":\"x}", "version", "3"), QByteArray());
        QCOMPARE(jsontext::withMember("", "version", "3"), QByteArray());
    }

    void ticketTextIsQJsonDocuments()
    {
        Gen gen(seed());
        for (int i = 0; i < kSamples; ++i) {
            const Ticket t = gen.ticket();
            QCOMPARE(CaseCodec::encodeTicketJson(t), compact(refTicket(t)));
        }
        Gen plain(seed(), false);
        for (int i = 0; i < kSamples / 3; ++i) {
            const Ticket t = plain.ticket();
            QCOMPARE(CaseCodec::encodeTicket(t), refTicket(t));
        }
    }
};

QTEST_GUILESS_MAIN(StateJsonTest)
#include "tst_statejson.moc"
