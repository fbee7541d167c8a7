#pragma once
// One demo ticket as a story: the case file (timeline, key log, platform events) plus plans for
// the evidence images. DemoSeed turns the plans into bytes (unique images or the shared pool).

#include "casefile.h"
#include "demoseed.h"
#include "evidenceart.h"
#include "seedtexts.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wd::seed {

enum class ArtKind { ErrorDialog, MerchantChat, PaymentReceipt, OrderPage, ChatLogText };

// What one evidence file shows; enough to render it.
struct ArtPayload
{
    ArtKind kind = ArtKind::ErrorDialog;
    art::ErrorDialog dialog;
    art::DialogStyle style = art::DialogStyle::Light;
    art::Chat chat;
    art::Receipt receipt;
    art::OrderPage page;
    QString text; // ChatLogText

    bool isImage() const { return kind != ArtKind::ChatLogText; }
    QString mediaType() const;
    QByteArray render() const;
    // Every field that reaches the pixels, so equal keys mean equal images.
    QString cacheKey() const;
};

struct EvidencePlan
{
    EvidenceKind kind = EvidenceKind::Screenshot;
    QDateTime capturedAt;
    QString name;
    ArtPayload specific; // with this ticket's order number, amounts, times
    ArtPayload generic;  // the same picture without them (shared image pool)
};

struct Draft
{
    CaseFile caseFile;
    Category scenario = Category::InvalidKey; // the story told, also when ticket.category is null
    Twist twist = Twist::None;
    QList<EvidencePlan> evidence;
    QList<SeedNote> notes;
};

// The category a ticket's story follows: index % 30 < 15 walks all 15 categories (so every
// N >= 15 holds each one); the other half is drawn with realistic weights.
Category scenarioCategory(quint64 seed, int index);

Draft buildDraft(quint64 seed, int index, const QDateTime &now);

} // namespace wd::seed
