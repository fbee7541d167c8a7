#include "warrantyassessor.h"

#include "isotime.h"

#include <algorithm>

namespace wd {

namespace {

QString when(const QDateTime &t)
{
    return formatIsoInstant(t);
}

bool activatedSuccessfully(const KeyEvent &e)
{
    if (e.type == KeyEventType::ActivationAttempt)
        return e.result == KeyResult::Success;
    if (e.type == KeyEventType::Redeemed)
        return !e.result || *e.result == KeyResult::Success;
    return false;
}

bool failed(const KeyEvent &e)
{
    return e.result && *e.result != KeyResult::Success;
}

struct Finding
{
    bool found = false;
    QString en;
    QString zh;
};

// A key activated by someone else, or before the buyer extracted it: resold or leaked upstream.
Finding keyResold(const CaseFile &c)
{
    const QString customer = c.order->customerId;
    for (const KeyEvent &e : c.keyEvents) {
        if (!activatedSuccessfully(e))
            continue;
        if (!e.actor.isEmpty() && e.actor != customer) {
            return {true,
                    QStringLiteral("key %1 was activated successfully by %2 at %3, not by the customer %4")
                        .arg(e.keyId, e.actor, when(e.at), customer),
                    QStringLiteral("卡密 %1 于 %3 被 %2 激活成功,并非买家 %4 本人").arg(e.keyId, e.actor, when(e.at), customer)};
        }
        std::optional<QDateTime> firstExtraction;
        for (const KeyEvent &x : c.keyEvents) {
            if (x.type == KeyEventType::Extracted && x.keyId == e.keyId && !failed(x)
                && (!firstExtraction || x.at < *firstExtraction))
                firstExtraction = x.at;
        }
        if (firstExtraction && e.at < *firstExtraction) {
            return {true,
                    QStringLiteral("key %1 was activated at %2, before the customer extracted it at %3")
                        .arg(e.keyId, when(e.at), when(*firstExtraction)),
                    QStringLiteral("卡密 %1 在 %2 已被激活,早于买家 %3 提取卡密").arg(e.keyId, when(e.at), when(*firstExtraction))};
        }
    }
    return {};
}

// A failed extraction inside a platform maintenance or outage window.
Finding platformWindowOverlap(const CaseFile &c)
{
    for (const KeyEvent &e : c.keyEvents) {
        if (e.type != KeyEventType::Extracted || !failed(e))
            continue;
        for (const PlatformEvent &p : c.platformEvents) {
            if (p.type != PlatformEventType::Maintenance && p.type != PlatformEventType::Outage)
                continue;
            if (p.at <= e.at && (!p.until || e.at <= *p.until)) {
                const QString window = QStringLiteral("%1 .. %2").arg(when(p.at), p.until ? when(*p.until) : QStringLiteral("…"));
                return {true,
                        QStringLiteral("extraction of key %1 failed at %2, inside the platform %3 window %4")
                            .arg(e.keyId, when(e.at), enumName(p.type), window),
                        QStringLiteral("卡密 %1 于 %2 提取失败,正处于平台%3时段 %4 内")
                            .arg(e.keyId, when(e.at),
                                 p.type == PlatformEventType::Maintenance ? QStringLiteral("维护") : QStringLiteral("故障"),
                                 window)};
            }
        }
    }
    return {};
}

bool keyUsageRecordInLog(const CaseFile &c)
{
    return std::any_of(c.keyEvents.begin(), c.keyEvents.end(), [](const KeyEvent &e) {
        return e.type == KeyEventType::ActivationAttempt && failed(e)
            && (e.source == EventSource::Publisher || e.source == EventSource::Platform);
    });
}

QString joinNames(const QList<Remedy> &remedies, Language language)
{
    QStringList names;
    for (Remedy r : remedies)
        names << (language == Language::Chinese ? remedyLabelZh(r) : enumName(r));
    return names.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

QString joinKinds(const QList<EvidenceKind> &kinds, Language language)
{
    QStringList names;
    for (EvidenceKind k : kinds)
        names << (language == Language::Chinese ? evidenceKindLabelZh(k) : enumName(k));
    return names.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

} // namespace

const KeyEvent *WarrantyAssessor::firstCustomerAttempt(const CaseFile &c)
{
    if (!c.order)
        return nullptr;
    const KeyEvent *first = nullptr;
    for (const KeyEvent &e : c.keyEvents) {
        if (e.type == KeyEventType::ActivationAttempt && e.actor == c.order->customerId && (!first || e.at < first->at))
            first = &e;
    }
    return first;
}

Result<Assessment> WarrantyAssessor::assess(const CaseFile &c, const QDateTime &now) const
{
    if (!c.ticket.category)
        return DecodeError{QStringLiteral("ticket.category"), QStringLiteral("not set: a case needs a category before it can be assessed")};
    if (!c.order)
        return DecodeError{QStringLiteral("order"), QStringLiteral("no order linked: a case needs its order before it can be assessed")};

    const Category category = *c.ticket.category;
    const CategoryRule &row = m_rules.category(category);
    const Order &order = *c.order;
    const WarrantyPolicy &policy = c.warrantyPolicy;
    const QDateTime submitted = c.ticket.submittedAt;

    Assessment a;
    a.rulesVersion = m_rules.version();
    a.assessedAt = now;
    a.category = category;
    a.warrantyEndsAt = warrantyEndsAt(c);
    auto add = [&a](const char *rule, const QString &en, const QString &zh) {
        a.trace << TraceLine{QString::fromLatin1(rule), en, zh};
    };

    const KeyEvent *firstAttempt = firstCustomerAttempt(c);
    const bool firstAttemptSucceeded = firstAttempt && firstAttempt->result == KeyResult::Success;

    // 1-3. Exclusions: the first that applies decides; the rest of the coverage rules are skipped.
    bool excluded = false;
    if (order.offPlatform) {
        excluded = true;
        add("exclusion.off_platform",
            QStringLiteral("The deal or the talks moved off the platform: not covered by the platform warranty."),
            QStringLiteral("交易或沟通转到平台以外进行(私下交易/站外聊天),不在平台质保范围内。"));
    } else if (c.findings.userError) {
        excluded = true;
        add("exclusion.user_error",
            QStringLiteral("The agent found user error (key deleted, account or key leaked): not covered."),
            QStringLiteral("经客服核实属用户自身操作失误(误删卡密、泄露账号或卡密),不在质保范围内。"));
    } else if (c.findings.forceMajeure) {
        excluded = true;
        add("exclusion.force_majeure",
            QStringLiteral("The agent found force majeure (e.g. a wide network outage): not covered."),
            QStringLiteral("经客服核实属不可抗力(如大范围网络瘫痪),不在质保范围内。"));
    }

    // 4. The warranty window. in_warranty is a fact and is always computed.
    if (row.periodExempt)
        a.inWarranty = true;
    else if (!a.warrantyEndsAt)
        a.inWarranty = true;
    else
        a.inWarranty = submitted <= *a.warrantyEndsAt;
    if (a.warrantyEndsAt) {
        a.warrantySecondsLeftAtSubmission = submitted.secsTo(*a.warrantyEndsAt);
        a.warrantySecondsLeftNow = now.secsTo(*a.warrantyEndsAt);
    }
    if (!excluded) {
        if (row.periodExempt) {
            add("period.not_applicable",
                QStringLiteral("A payment fault (%1) is not bound by the warranty window.").arg(enumName(category)),
                QStringLiteral("支付类故障(%1)不受质保期限制。").arg(categoryLabelZh(category)));
        } else if (!a.warrantyEndsAt) {
            add("period.not_started",
                QStringLiteral("The goods were never delivered, so the %1-day warranty has not started yet.").arg(policy.days),
                QStringLiteral("商品尚未交付,%1 天质保期尚未开始计算。").arg(policy.days));
        } else if (a.inWarranty) {
            add("period.within",
                QStringLiteral("Submitted %1, within the %2-day warranty that ends %3.")
                    .arg(when(submitted)).arg(policy.days).arg(when(*a.warrantyEndsAt)),
                QStringLiteral("投诉提交于 %1,在 %2 天质保期内(截止 %3)。")
                    .arg(when(submitted)).arg(policy.days).arg(when(*a.warrantyEndsAt)));
        } else {
            excluded = true;
            add("period.expired",
                QStringLiteral("Submitted %1, after the %2-day warranty ended %3: not covered.")
                    .arg(when(submitted)).arg(policy.days).arg(when(*a.warrantyEndsAt)),
                QStringLiteral("投诉提交于 %1,已超过 %2 天质保期(截止 %3),不在质保范围内。")
                    .arg(when(submitted)).arg(policy.days).arg(when(*a.warrantyEndsAt)));
        }
    }

    // 5. One-time verification: only the first use is guaranteed, if it was disclosed. It is a
    // promise about the goods, so payment faults (not bound by the warranty) are outside it.
    if (!excluded && policy.mode == PolicyMode::OneTimeVerification && !row.periodExempt) {
        if (firstAttemptSucceeded && policy.disclosed) {
            excluded = true;
            add("one_time.fulfilled",
                QStringLiteral("One-time verification warranty, disclosed at purchase: the customer's first activation at %1 succeeded, so the warranty is fulfilled.")
                    .arg(when(firstAttempt->at)),
                QStringLiteral("商品为一次性验证质保且购买前已公示:买家 %1 首次激活成功,质保义务已完成。").arg(when(firstAttempt->at)));
        } else if (firstAttemptSucceeded) {
            add("one_time.undisclosed",
                QStringLiteral("One-time verification was not disclosed before purchase, so it does not bind the customer: still covered."),
                QStringLiteral("“一次性验证质保”购买前未明确公示,对买家不具约束力,仍在质保范围内。"));
        } else if (firstAttempt) {
            add("one_time.first_attempt_failed",
                QStringLiteral("The customer's first activation at %1 failed, so the one-time guarantee was not met: covered.")
                    .arg(when(firstAttempt->at)),
                QStringLiteral("买家 %1 首次激活即失败,一次性验证质保未兑现,在质保范围内。").arg(when(firstAttempt->at)));
        } else {
            add("one_time.not_attempted",
                QStringLiteral("The log shows no activation attempt by the customer yet: the one-time guarantee is still owed."),
                QStringLiteral("日志中尚无买家的激活记录,一次性验证质保义务尚未履行。"));
        }
    }

    // 6. Liability. The log overrides are evaluated always: they also raise flags.
    const Finding resold = keyResold(c);
    const Finding window = platformWindowOverlap(c);
    a.liableParty = row.liable;
    if (!excluded) {
        add("liability.category",
            QStringLiteral("Category %1 is by default the %2's responsibility.").arg(enumName(category), enumName(row.liable)),
            QStringLiteral("“%1”类问题默认由%2承担责任。").arg(categoryLabelZh(category), liablePartyLabelZh(row.liable)));
        if (resold.found) {
            a.liableParty = LiableParty::Merchant;
            add("liability.key_resold",
                QStringLiteral("The key log shows %1: the merchant sold a used key and is liable.").arg(resold.en),
                QStringLiteral("卡密日志显示%1,疑似商家重复出售,由商家承担责任。").arg(resold.zh));
        } else if (window.found) {
            a.liableParty = LiableParty::Platform;
            add("liability.platform_window",
                QStringLiteral("The key log shows %1: the platform is liable.").arg(window.en),
                QStringLiteral("卡密日志显示%1,由平台承担责任。").arg(window.zh));
        }
    }

    // 7. Remedies.
    if (excluded) {
        a.covered = false;
        a.liableParty = LiableParty::Customer;
        a.remedies = {Remedy::Reject};
        add("remedy.reject",
            QStringLiteral("Not covered: the complaint is rejected; the customer bears the loss."),
            QStringLiteral("不在质保范围内:驳回申请,损失由用户自行承担。"));
    } else {
        a.covered = true;
        a.remedies = a.liableParty == row.liable ? row.remedies : m_rules.overrideRemedies(a.liableParty);
        const char *rule = a.liableParty == LiableParty::Merchant ? "remedy.merchant"
                         : a.liableParty == LiableParty::Platform ? "remedy.platform"
                                                                  : "remedy.third_party";
        if (a.liableParty == LiableParty::ThirdParty) {
            add(rule,
                QStringLiteral("The platform coordinates with the operator or publisher and keeps the customer informed (%1).")
                    .arg(joinNames(a.remedies, Language::English)),
                QStringLiteral("由平台协调运营商或游戏官方处理,并及时告知买家进展(%1)。").arg(joinNames(a.remedies, Language::Chinese)));
        } else {
            add(rule,
                QStringLiteral("The %1 owes: %2.").arg(enumName(a.liableParty), joinNames(a.remedies, Language::English)),
                QStringLiteral("%1应提供:%2。").arg(liablePartyLabelZh(a.liableParty), joinNames(a.remedies, Language::Chinese)));
        }
        if (a.liableParty == LiableParty::Merchant && c.findings.merchantRefused) {
            const QList<Remedy> extra = m_rules.merchantRefusedRemedies();
            for (Remedy r : extra) {
                if (!a.remedies.contains(r))
                    a.remedies << r;
            }
            add("remedy.deposit_payout",
                QStringLiteral("The merchant refused or ignored the case: the platform pays the customer from the merchant's warranty deposit."),
                QStringLiteral("商家拒绝处理或推诿不理:平台从商家质保保证金中先行赔付买家。"));
        }
    }

    // 8. Evidence chain before review.
    const bool logHasUsageRecord = keyUsageRecordInLog(c);
    for (EvidenceKind kind : row.evidence) {
        bool present = kind == EvidenceKind::OrderDetails;
        if (kind == EvidenceKind::KeyUsageRecord && logHasUsageRecord)
            present = true;
        present = present || std::any_of(c.evidence.begin(), c.evidence.end(), [kind](const Evidence &e) { return e.kind == kind; });
        if (!present)
            a.missingEvidence << kind;
    }
    if (a.missingEvidence.isEmpty()) {
        add("evidence.complete",
            QStringLiteral("The evidence chain is complete (%1).").arg(joinKinds(row.evidence, Language::English)),
            QStringLiteral("证据链完整(%1)。").arg(joinKinds(row.evidence, Language::Chinese)));
    } else {
        add("evidence.missing",
            QStringLiteral("Missing before review: %1.").arg(joinKinds(a.missingEvidence, Language::English)),
            QStringLiteral("审核前尚缺:%1。").arg(joinKinds(a.missingEvidence, Language::Chinese)));
    }

    // 9. Flags, whatever the verdict, in a fixed order. A flag gets its own trace line unless a
    // line above already explains it (one_time.undisclosed, liability.key_resold, ...).
    if (policy.mode == PolicyMode::OneTimeVerification && !policy.disclosed && firstAttemptSucceeded) {
        a.flags << flags::OneTimeUndisclosed;
        if (!a.applied(QStringLiteral("one_time.undisclosed")))
            add("flag.one_time_verification_undisclosed",
                QStringLiteral("The product claims one-time verification but did not disclose it before purchase."),
                QStringLiteral("商品采用一次性验证质保,但购买前未公示。"));
    }
    if (resold.found) {
        a.flags << flags::KeyResoldSuspected;
        if (!a.applied(QStringLiteral("liability.key_resold")))
            add("flag.key_resold_suspected", QStringLiteral("Key resold suspected: %1.").arg(resold.en),
                QStringLiteral("疑似卡密重复出售:%1。").arg(resold.zh));
    }
    if (window.found) {
        a.flags << flags::PlatformWindowOverlap;
        if (!a.applied(QStringLiteral("liability.platform_window")))
            add("flag.platform_window_overlap", QStringLiteral("Platform window overlap: %1.").arg(window.en),
                QStringLiteral("与平台维护/故障时段重合:%1。").arg(window.zh));
    }
    if (a.covered && a.liableParty == LiableParty::Merchant && c.merchant.depositBalance < order.amountPaid) {
        a.flags << flags::DepositInsufficient;
        add("flag.deposit_insufficient",
            QStringLiteral("The merchant's deposit (%1) is below the amount paid (%2).")
                .arg(c.merchant.depositBalance.toString(), order.amountPaid.toString()),
            QStringLiteral("商家质保保证金余额(%1)低于订单实付金额(%2)。")
                .arg(c.merchant.depositBalance.toString(), order.amountPaid.toString()));
    }
    const bool claimsNeverWorked = category == Category::InvalidKey || category == Category::WrongKey
                                || category == Category::ExpiredKey;
    if (claimsNeverWorked && firstAttemptSucceeded) {
        a.flags << flags::ClaimContradictsLog;
        add("flag.claim_contradicts_log",
            QStringLiteral("The complaint says the key never worked, but the customer's first activation at %1 succeeded.")
                .arg(when(firstAttempt->at)),
            QStringLiteral("投诉称卡密无法使用,但日志显示买家 %1 首次激活成功,二者矛盾,需人工核实。").arg(when(firstAttempt->at)));
    }

    // Clocks. The case file does not say when review started; the server's history does.
    a.reviewSla = reviewSlaClock(m_rules.calendar(), m_rules.reviewSlaWorkingDays(), m_rules.slaWarningFraction(),
                                 submitted, c.ticket.slaPauses, now);
    return a;
}

} // namespace wd
