#pragma once
// What the rules engine proposes for a case, and why (the trace), in the contract's names.

#include "clocks.h"
#include "enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wd {

enum class Language { Chinese, English };
std::optional<Language> languageFromName(const QString &name); // "zh_CN", "zh", "en", "en_US"

struct TraceLine
{
    QString rule;     // stable id, e.g. "period.within"
    QString reasonEn;
    QString reasonZh;
    QString reason(Language language) const { return language == Language::Chinese ? reasonZh : reasonEn; }
};

// The flags an assessment may raise, in the order they are listed.
namespace flags {
inline const QString OneTimeUndisclosed = QStringLiteral("one_time_verification_undisclosed");
inline const QString KeyResoldSuspected = QStringLiteral("key_resold_suspected");
inline const QString PlatformWindowOverlap = QStringLiteral("platform_window_overlap");
inline const QString DepositInsufficient = QStringLiteral("deposit_insufficient");
inline const QString ClaimContradictsLog = QStringLiteral("claim_contradicts_log");
} // namespace flags

struct Assessment
{
    QString rulesVersion;
    QDateTime assessedAt;
    Category category = Category::InvalidKey;
    bool inWarranty = false;
    std::optional<QDateTime> warrantyEndsAt;
    bool covered = false;
    LiableParty liableParty = LiableParty::Customer;
    QList<Remedy> remedies;
    QList<EvidenceKind> missingEvidence;
    QStringList flags;
    QList<TraceLine> trace;

    std::optional<qint64> warrantySecondsLeftAtSubmission;
    std::optional<qint64> warrantySecondsLeftNow;
    SlaClock reviewSla;

    bool applied(const QString &rule) const;
    QStringList ruleIds() const;
    // The assessment as the contract writes it, with the reasons in one language. toJsonText
    // writes the compact text directly (a verdict keeps it); toJson parses that text.
    QByteArray toJsonText(Language language) const;
    QJsonObject toJson(Language language) const;
};

} // namespace wd
