#pragma once
// The row of evidence thumbnails over EvidenceModel: each tile shows the thumbnail (or the kind's
// glyph for non-images), kind and capture time, an integrity badge and a duplicate badge; a failed
// integrity check replaces the picture with a red failure tile; items near the selected log event
// get an accent frame.

#include <QListView>
#include <QStyledItemDelegate>

namespace wd::ui {

class EvidenceTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr QSize kThumbSize{128, 80};
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class EvidenceStrip : public QListView
{
    Q_OBJECT

public:
    explicit EvidenceStrip(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace wd::ui
