#pragma once
// The key-activation log as a timeline over KeyLogModel: an icon per event type, failures in
// red, maintenance and outage windows as tinted bands (and a coloured gutter on the events that
// fall inside one), events near the selected screenshot marked.

#include <QDateTime>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace wd {
class KeyLogModel;
}

namespace wd::ui {

class KeyLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

class KeyLogView : public QTreeView
{
    Q_OBJECT

public:
    explicit KeyLogView(QWidget *parent = nullptr);

    void setKeyLogModel(KeyLogModel *model);
    KeyLogModel *keyLogModel() const { return m_model; }
    // Brings the first highlighted event into view without moving the selection.
    void scrollToFirstHighlighted();

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // The agent moved to an event (keyboard or mouse); `instant` is UTC.
    void eventSelected(int row, const QDateTime &instant);

private:
    void fitColumns();

    KeyLogModel *m_model = nullptr;
    int m_fixedWidth = 0; // every column but the message, IP included
};

} // namespace wd::ui
