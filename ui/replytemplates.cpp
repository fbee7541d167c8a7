#include "replytemplates.h"

#include "casecodec.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace wd::ui {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]{1,32})\\}"));
    return pattern;
}

std::optional<TemplatePurpose> purposeFromName(const QString &name)
{
    if (name == QLatin1String("evidence_request"))
        return TemplatePurpose::EvidenceRequest;
    if (name == QLatin1String("notification"))
        return TemplatePurpose::Notification;
    if (name == QLatin1String("canned_reply"))
        return TemplatePurpose::CannedReply;
    return std::nullopt;
}

DecodeError named(const QString &source, const DecodeError &error)
{
    return DecodeError{error.path.isEmpty() ? source : source + QStringLiteral(": ") + error.path, error.message};
}

} // namespace

const QStringList &ReplyTemplates::placeholders()
{
    static const QStringList names{
        QStringLiteral("order_no"),      QStringLiteral("ticket_id"),   QStringLiteral("product"),
        QStringLiteral("merchant"),      QStringLiteral("customer_id"), QStringLiteral("amount_paid"),
        QStringLiteral("amount"),        QStringLiteral("deadline"),    QStringLiteral("missing_items"),
        QStringLiteral("remedies"),      QStringLiteral("references"),
    };
    return names;
}

Result<ReplyTemplates> ReplyTemplates::fromJson(const QByteArray &json, const QString &source)
{
    const Result<QJsonObject> parsed = parseJsonObject(json, kMaxBytes);
    if (!parsed)
        return named(source, parsed.error());
    JsonReader reader(parsed.value());
    ReplyTemplates result;
    if (reader.integer(QStringLiteral("format"), 1, 1) != 1 || !reader.ok())
        return named(source, reader.error());
    result.m_language = reader.string(QStringLiteral("language"), 16);
    if (reader.ok() && !languageFromName(result.m_language))
        reader.fail(QStringLiteral("language"), QStringLiteral("unknown language \"%1\"").arg(result.m_language.left(16)));
    QSet<QString> ids;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_.]{1,64}$"));
    reader.objects(QStringLiteral("templates"), kMaxTemplates, [&](JsonReader &item) {
        ReplyTemplate t;
        t.id = item.string(QStringLiteral("id"), 64);
        if (item.ok() && !idPattern.match(t.id).hasMatch())
            item.fail(QStringLiteral("id"), QStringLiteral("expected lower-case letters, digits, '_' and '.'"));
        if (item.ok() && ids.contains(t.id))
            item.fail(QStringLiteral("id"), QStringLiteral("duplicate id \"%1\"").arg(t.id));
        const QString purpose = item.string(QStringLiteral("purpose"), 32);
        if (item.ok()) {
            if (auto p = purposeFromName(purpose))
                t.purpose = *p;
            else
                item.fail(QStringLiteral("purpose"),
                          QStringLiteral("unknown purpose \"%1\" (expected evidence_request, notification, canned_reply)")
                              .arg(purpose.left(32)));
        }
        t.title = item.string(QStringLiteral("title"), kMaxTitle);
        t.text = item.string(QStringLiteral("text"), kMaxText);
        if (item.ok() && t.title.trimmed().isEmpty())
            item.fail(QStringLiteral("title"), QStringLiteral("empty"));
        if (item.ok() && t.text.trimmed().isEmpty())
            item.fail(QStringLiteral("text"), QStringLiteral("empty"));
        if (item.ok()) {
            auto it = placeholderPattern().globalMatch(t.text);
            while (it.hasNext() && item.ok()) {
                const QString name = it.next().captured(1);
                if (!placeholders().contains(name))
                    item.fail(QStringLiteral("text"), QStringLiteral("unknown placeholder {%1}").arg(name));
            }
        }
        if (item.has(QStringLiteral("remedies")))
            t.remedies = item.enumList<Remedy>(QStringLiteral("remedies"), 16);
        if (item.ok()) {
            ids.insert(t.id);
            result.m_templates << t;
        }
    }, true);
    if (!reader.ok())
        return named(source, reader.error());
    return result;
}

Result<ReplyTemplates> ReplyTemplates::load(const QString &path)
{
    const QString source = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DecodeError{source, QStringLiteral("cannot be read (%1)").arg(file.errorString())};
    if (file.size() > kMaxBytes)
        return DecodeError{source, QStringLiteral("larger than %1 bytes").arg(kMaxBytes)};
    return fromJson(file.read(kMaxBytes + 1), source);
}

const ReplyTemplates &ReplyTemplates::builtIn(Language language)
{
    static const auto loadOrEmpty = [](const QString &path) {
        Result<ReplyTemplates> loaded = load(path);
        if (!loaded)
            qWarning("reply templates: %s", qPrintable(loaded.error().toString()));
        return loaded ? loaded.value() : ReplyTemplates{};
    };
    static const ReplyTemplates zh = loadOrEmpty(QStringLiteral(":/templates/replies_zh_CN.json"));
    static const ReplyTemplates en = loadOrEmpty(QStringLiteral(":/templates/replies_en.json"));
    return language == Language::Chinese ? zh : en;
}

QList<ReplyTemplate> ReplyTemplates::forPurpose(TemplatePurpose purpose) const
{
    QList<ReplyTemplate> found;
    for (const ReplyTemplate &t : m_templates) {
        if (t.purpose == purpose)
            found << t;
    }
    return found;
}

std::optional<ReplyTemplate> ReplyTemplates::find(const QString &id) const
{
    for (const ReplyTemplate &t : m_templates) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

std::optional<ReplyTemplate> ReplyTemplates::notificationFor(const QList<Remedy> &remedies) const
{
    std::optional<ReplyTemplate> best;
    int bestScore = -1;
    for (const ReplyTemplate &t : forPurpose(TemplatePurpose::Notification)) {
        int covered = 0;
        for (Remedy r : remedies)
            covered += t.remedies.contains(r) ? 1 : 0;
        const bool exact = covered == remedies.size() && t.remedies.size() == remedies.size();
        // Exact beats partial; a template for other remedies only is a poor fit.
        const int score = exact ? 1000 : covered * 10 - int(t.remedies.size() - covered);
        if (score > bestScore) {
            bestScore = score;
            best = t;
        }
    }
    return best;
}

QString ReplyTemplates::fill(const QString &text, const QHash<QString, QString> &values, QStringList *unfilled)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const auto value = values.constFind(name);
        if (value != values.constEnd() && !value->isEmpty()) {
            out += *value;
        } else {
            out += m.captured(0);
            if (unfilled && !unfilled->contains(name))
                *unfilled << name;
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QHash<QString, QString> ReplyTemplates::caseValues(const CaseFile &c)
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("ticket_id"), c.ticket.id);
    values.insert(QStringLiteral("merchant"), c.merchant.name);
    if (c.order) {
        values.insert(QStringLiteral("order_no"), c.order->orderNo);
        values.insert(QStringLiteral("product"), c.order->product.name);
        values.insert(QStringLiteral("customer_id"), c.order->customerId);
        values.insert(QStringLiteral("amount_paid"), c.order->amountPaid.toString());
    }
    return values;
}

} // namespace wd::ui
