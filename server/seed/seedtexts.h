#pragma once
// What customers and merchants write in the demo seed: complaint descriptions in the customer's
// own voice, chats in which the merchant 推诿, and agents' internal notes. Scenarios follow the
// source article (shared/seeds/000_c4fa208d0da8df70.txt).

#include "enums.h"
#include "evidenceart.h"
#include "seedrandom.h"

#include <QList>
#include <QString>

namespace wd::seed {

// How a ticket departs from the plain story of its category (about 10 % of tickets).
enum class Twist {
    None,
    FirstActivationSucceeded, // the claim says the key never worked; the log says it did once
    ActivatedByOther,         // another account redeemed the key first (resold key)
    AfterWarranty,            // the customer waited until the warranty had ended
    OffPlatform,              // the deal moved to WeChat/QQ and a private transfer
};

struct TextContext
{
    QString product;   // "《九州幻想》30 元点卡"
    QString merchant;  // "星河点卡店"
    QString amount;    // "29.40"
    QString face;      // "30"
    QString region;    // the region the customer bought
    QString other;     // a different region (not-as-described)
    QString app;       // where keys are redeemed
    QString yield;     // what a working key gives
    QString shortfall; // what actually arrived when less than promised
    int hours = 0;     // how long the customer waited
    int days = 0;      // days since purchase / days used
    bool regionMismatch = false;
    bool delivered = true;
    bool oneTime = false;

    // The same story without names and numbers, for images shared through the pool.
    static TextContext generic(Category category);
};

// `story` picks the category's story (the timeline uses the same value where they must agree,
// e.g. which order state an order_stuck ticket shows).
QString description(Category category, Twist twist, const TextContext &ctx, quint64 story, SeedRng &rng);

// A conversation with the merchant. `choice` selects the lines (each part takes its own digits),
// so a small choice value gives one of a few fixed scripts.
QList<art::ChatLine> chatScript(Category category, Twist twist, const TextContext &ctx, quint64 choice);

// The message a key log shows for a failed attempt of this category.
QString failureMessage(Category category, const TextContext &ctx, quint64 choice);

// An agent's internal note on a ticket with this twist (or a generic triage note).
QString internalNote(Category category, Twist twist, quint64 choice);
QString duplicateImageNote();

} // namespace wd::seed
