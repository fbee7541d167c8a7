#include "queuedelegate.h"

#include "palette.h"
#include "ticketqueuemodel.h"

#include <QPainter>

namespace wd::ui {

void QueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int column = index.column();
    Tone tone = Tone::Neutral;
    if (column == TicketQueueModel::SlaColumn || column == TicketQueueModel::WarrantyColumn) {
        tone = toneForClock(ClockLevel(index.data(TicketQueueModel::ClockLevelRole).toInt()));
        if (column == TicketQueueModel::WarrantyColumn && tone == Tone::Good)
            tone = Tone::Neutral; // a long warranty is not news; only the last day and expiry stand out
    } else if (column == TicketQueueModel::SyncColumn) {
        if (index.data(TicketQueueModel::BlockedRole).toBool())
            tone = Tone::Danger;
        else if (index.data(TicketQueueModel::PendingRole).toInt() > 0)
            tone = Tone::Info;
    }
    if (tone != Tone::Neutral && !(opt.state & QStyle::State_Selected)) {
        if (tone != Tone::Good)
            painter->fillRect(opt.rect, toneBackground(tone, opt.palette));
        opt.palette.setColor(QPalette::Text, toneText(tone, opt.palette));
        if (tone == Tone::Danger)
            opt.font.setBold(true);
    }
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace wd::ui
