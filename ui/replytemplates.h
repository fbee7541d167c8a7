#pragma once
// Customer message templates and canned replies: data in resources/templates/ (one JSON file per
// language, embedded as :/templates/replies_<lang>.json), read bounded and validated so that a
// broken file is refused with its name and the field, never half-used.

#include "assessment.h"
#include "casefile.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wd::ui {

enum class TemplatePurpose { EvidenceRequest, Notification, CannedReply };

struct ReplyTemplate
{
    QString id;                  // "notification.refund"
    TemplatePurpose purpose = TemplatePurpose::CannedReply;
    QString title;               // shown in the picker
    QString text;                // with {placeholders}
    QList<Remedy> remedies;      // notifications: the remedies it announces (empty: any)
};

class ReplyTemplates
{
public:
    static constexpr qsizetype kMaxBytes = 256 * 1024;
    static constexpr int kMaxTemplates = 200;
    static constexpr int kMaxTitle = 120;
    static constexpr int kMaxText = 4000;

    // The placeholders a template may use; anything else in braces is refused as a typo.
    static const QStringList &placeholders();

    // `source` names the file in errors: "replies_zh_CN.json: templates[2].text: …".
    static Result<ReplyTemplates> fromJson(const QByteArray &json, const QString &source);
    static Result<ReplyTemplates> load(const QString &path);
    // The embedded templates of a language (empty when the resource is broken, which a test guards).
    static const ReplyTemplates &builtIn(Language language);

    QString language() const { return m_language; }
    const QList<ReplyTemplate> &all() const { return m_templates; }
    QList<ReplyTemplate> forPurpose(TemplatePurpose purpose) const;
    std::optional<ReplyTemplate> find(const QString &id) const;
    // The notification that announces exactly these remedies, else the one covering most of them,
    // else the first notification.
    std::optional<ReplyTemplate> notificationFor(const QList<Remedy> &remedies) const;

    // Replaces each {name} with values[name]; a placeholder without a value stays as it is and is
    // listed in `unfilled`, so the editor can point at it before the message goes out.
    static QString fill(const QString &text, const QHash<QString, QString> &values, QStringList *unfilled = nullptr);
    // order_no, ticket_id, product, merchant, amount_paid, customer_id from the case file.
    static QHash<QString, QString> caseValues(const CaseFile &caseFile);

private:
    QString m_language;
    QList<ReplyTemplate> m_templates;
};

} // namespace wd::ui
