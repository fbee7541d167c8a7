#include "evidencestrip.h"

#include "enums.h"
#include "domainlabels.h"
#include "evidencemodel.h"
#include "icons.h"
#include "palette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace wd::ui {

namespace {

constexpr int kPad = 6;

QString badgeIcon(Integrity integrity)
{
    switch (integrity) {
    case Integrity::Verified: return QStringLiteral("state-verified");
    case Integrity::Mismatch: return QStringLiteral("state-mismatch");
    case Integrity::Missing: return QStringLiteral("state-failure");
    case Integrity::Verifying:
    case Integrity::NotDownloaded: break;
    }
    return QStringLiteral("state-pending");
}

Tone badgeTone(Integrity integrity)
{
    switch (integrity) {
    case Integrity::Verified: return Tone::Good;
    case Integrity::Mismatch:
    case Integrity::Missing: return Tone::Danger;
    case Integrity::Verifying:
    case Integrity::NotDownloaded: break;
    }
    return Tone::Neutral;
}

} // namespace

QSize EvidenceTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {kThumbSize.width() + 2 * kPad, kThumbSize.height() + 2 * kPad + option.fontMetrics.height() * 2 + 4};
}

void EvidenceTileDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const QRect r = option.rect.adjusted(2, 2, -2, -2);
    const bool selected = option.state & QStyle::State_Selected;
    const bool highlighted = index.data(EvidenceModel::HighlightedRole).toBool();
    const bool failed = index.data(EvidenceModel::IntegrityFailedRole).toBool();
    const auto integrity = Integrity(index.data(EvidenceModel::IntegrityRole).toInt());
    const auto kind = EvidenceKind(index.data(EvidenceModel::KindRole).toInt());

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath frame;
    frame.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    p->fillPath(frame, highlighted ? toneBackground(Tone::Info, pal) : pal.color(QPalette::Base));
    QColor border = pal.color(QPalette::Mid);
    qreal width = 1;
    if (failed) {
        border = toneText(Tone::Danger, pal);
        width = 1.5;
    }
    if (highlighted) {
        border = toneText(Tone::Info, pal);
        width = 2;
    }
    if (selected) {
        border = pal.color(QPalette::Highlight);
        width = 3;
    }
    p->setPen(QPen(border, width));
    p->drawPath(frame);

    const QRect thumbRect(r.left() + kPad - 2, r.top() + kPad - 2, kThumbSize.width(), kThumbSize.height());
    const QImage thumb = index.data(EvidenceModel::ThumbnailRole).value<QImage>();
    if (failed) {
        // Never show the picture of a failed check: it is not the evidence that was submitted.
        p->fillRect(thumbRect, toneBackground(Tone::Danger, pal));
        toneIcon(badgeIcon(integrity), pal, Tone::Danger).paint(p, thumbRect.adjusted(0, 8, 0, -22));
        p->setPen(toneText(Tone::Danger, pal));
        QFont font = option.font;
        font.setBold(true);
        p->setFont(font);
        p->drawText(thumbRect.adjusted(2, 0, -2, -4), Qt::AlignHCenter | Qt::AlignBottom,
                    integrity == Integrity::Mismatch ? tr("Integrity failure") : tr("File missing"));
        p->setFont(option.font);
    } else if (!thumb.isNull()) {
        const QSize shown = thumb.deviceIndependentSize().toSize().scaled(thumbRect.size(), Qt::KeepAspectRatio);
        const QRect target(thumbRect.center().x() - shown.width() / 2 + 1, thumbRect.center().y() - shown.height() / 2 + 1,
                           shown.width(), shown.height());
        p->fillRect(thumbRect, pal.color(QPalette::AlternateBase));
        p->drawImage(target, thumb);
    } else {
        p->fillRect(thumbRect, pal.color(QPalette::AlternateBase));
        toneIcon(iconName(kind), pal, Tone::Neutral).paint(p, thumbRect.adjusted(0, 12, 0, -12));
    }

    // Badges in the thumbnail's top-right corner: integrity, then duplicates.
    QRect badge(thumbRect.right() - 19, thumbRect.top() + 3, 18, 18);
    auto drawBadge = [&](const QString &icon, Tone tone) {
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(QPalette::Base));
        p->drawEllipse(badge.adjusted(-1, -1, 1, 1));
        toneIcon(icon, pal, tone).paint(p, badge.adjusted(1, 1, -1, -1));
        badge.translate(-20, 0);
    };
    if (!failed)
        drawBadge(badgeIcon(integrity), badgeTone(integrity));
    if (index.data(EvidenceModel::DuplicateCountRole).toInt() > 0)
        drawBadge(QStringLiteral("state-duplicate"), Tone::Caution);

    const QRect caption(r.left() + kPad - 2, thumbRect.bottom() + 3, r.width() - 2 * kPad + 4,
                        option.fontMetrics.height() * 2);
    const QDateTime captured = index.data(EvidenceModel::CapturedAtRole).toDateTime();
    const QString line1 = QStringLiteral("%1 · %2").arg(index.data(EvidenceModel::IdRole).toString(), DomainLabels::label(kind));
    const QString line2 = captured.isValid() ? captured.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss"))
                                             : tr("time unknown");
    p->setPen(pal.color(QPalette::Text));
    p->drawText(caption.adjusted(0, 0, 0, -option.fontMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                option.fontMetrics.elidedText(line1, Qt::ElideRight, caption.width()));
    p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(caption.adjusted(0, option.fontMetrics.height(), 0, 0), Qt::AlignLeft | Qt::AlignVCenter, line2);
    if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(r).adjusted(3, 3, -3, -3), 4, 4);
    }
    p->restore();
}

EvidenceStrip::EvidenceStrip(QWidget *parent) : QListView(parent)
{
    setObjectName(QStringLiteral("evidenceStrip"));
    setAccessibleName(tr("Evidence thumbnails"));
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemDelegate(new EvidenceTileDelegate(this));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize EvidenceStrip::sizeHint() const
{
    const QSize tile = itemDelegate()->sizeHint(QStyleOptionViewItem(), QModelIndex());
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return {tile.width() * 4, tile.height() + 2 * spacing() + scrollBar + 4};
}

} // namespace wd::ui
