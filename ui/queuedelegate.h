#pragma once
// Paints the queue's countdown columns in their tone (green / amber under 25 % / red when
// breached, readable on light and dark palettes) and the pending-sync marker.

#include <QStyledItemDelegate>

namespace wd::ui {

class QueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace wd::ui
