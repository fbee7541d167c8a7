#pragma once
// One row of the server's queue (GET /tickets), typed. Decoding is strict: an unknown enum value
// or a wrong type is an error naming the field, never a silent default.

#include "casefile.h"
#include "clocks.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wd::remote {

struct TicketSummary
{
    QString id;
    std::optional<Category> category; // null until the agent sets it
    Step step = Step::Feedback;
    Status status = Status::Open;
    qint64 version = 0;
    QString holder;                   // empty when nobody holds a live lease
    QDateTime leaseUntil;             // invalid when not held
    QDateTime submittedAt;
    QDateTime slaDueAt;
    SlaState slaState = SlaState::Ok;
    QDateTime warrantyEndsAt;         // invalid when never delivered
    QString merchantId;
    QString merchantName;
    std::optional<ProductType> productType; // absent when no order is linked
    QString productName;
    std::optional<LiableParty> liableParty; // the verdict's, else the assessment's
    Money amount;
    QString orderNo;
    QString customerId;
    QString description;
    qint64 changeSeq = 0;
    QDateTime updatedAt;
    QJsonObject raw;
};

// `path` prefixes error paths ("items[3]").
Result<TicketSummary> decodeTicketSummary(const QJsonObject &object, const QString &path = {});

} // namespace wd::remote
