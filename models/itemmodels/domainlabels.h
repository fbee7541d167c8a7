#pragma once
// The one place where the contract's closed vocabularies get their on-screen labels. English
// source strings in tr() (context "DomainLabels"); the translator comment carries the contract's
// Chinese term so translations/warrantydesk_zh_CN.ts matches the domain page word for word.
// Vocabularies whose English words coincide but whose Chinese terms differ (payment vs delivery
// status "Pending"/"Failed", key-log "Delivered"/"Refunded") carry a disambiguation (tr()'s 2nd
// argument: "payment status", "delivery status", "key log event") so each gets its own entry.
// It lives in wd_itemmodels (not wd_ui) because the item models show these labels too and must
// not depend on widgets; ui/ includes it as "domainlabels.h" all the same.

#include "enums.h"

#include <QCoreApplication>
#include <QString>

namespace wd {

class DomainLabels
{
    Q_DECLARE_TR_FUNCTIONS(DomainLabels)

public:
    static QString label(Category value);
    static QString label(CategoryGroup value);
    static QString label(LiableParty value);
    static QString label(ProductType value);
    static QString label(PaymentStatus value);
    static QString label(DeliveryStatus value);
    static QString label(PolicyMode value);
    static QString label(Certification value);
    static QString label(KeyEventType value);
    static QString label(KeyResult value);
    static QString label(EventSource value);
    static QString label(EvidenceSource value);
    static QString label(PlatformEventType value);
    static QString label(EvidenceKind value);
    static QString label(Remedy value);
    static QString label(Step value);
    static QString label(Status value);
    static QString label(Role value);
    static QString label(NoteKind value);
    static QString label(Appellant value);
    static QString label(AppealOutcome value);

    // "Invalid key (product defect)": the category with its group, for pickers and headers.
    static QString categoryWithGroup(Category value);
};

} // namespace wd
