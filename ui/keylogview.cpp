#include "keylogview.h"

#include "domainlabels.h"
#include "enums.h"
#include "icons.h"
#include "keylogmodel.h"
#include "palette.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QPainter>

#include <algorithm>

namespace wd::ui {

namespace {

constexpr int kGutter = 10; // window colour and highlight accent, left of the time

Tone windowTone(int platformType)
{
    return platformType == int(PlatformEventType::Outage) ? Tone::Danger : Tone::Caution;
}

} // namespace

void KeyLogDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QPalette &pal = option->palette;
    const bool failure = index.data(KeyLogModel::FailureRole).toBool();
    const bool window = index.data(KeyLogModel::WindowRole).toBool();
    const bool platform = index.data(KeyLogModel::RowKindRole).toInt() == int(KeyLogModel::RowKind::PlatformEvent);
    const int type = index.data(KeyLogModel::EventTypeRole).toInt();

    if (index.data(KeyLogModel::HighlightedRole).toBool())
        option->backgroundBrush = toneBackground(Tone::Info, pal);
    else if (window)
        option->backgroundBrush = toneBackground(windowTone(type), pal);

    QColor text = pal.color(QPalette::Text);
    if (failure)
        text = toneText(Tone::Danger, pal);
    else if (window)
        text = toneText(windowTone(type), pal);
    else if (index.column() == KeyLogModel::SourceColumn || index.column() == KeyLogModel::IpColumn
             || index.column() == KeyLogModel::TimeColumn)
        text = pal.color(QPalette::PlaceholderText); // secondary facts recede; the event and result lead
    option->palette.setColor(QPalette::Text, text);
    if (failure && (index.column() == KeyLogModel::ResultColumn))
        option->font.setBold(true);
    if (window && index.column() == KeyLogModel::TypeColumn)
        option->font.setBold(true);

    if (index.column() == KeyLogModel::TypeColumn) {
        const QString name = platform ? iconName(PlatformEventType(type)) : iconName(KeyEventType(type));
        const Tone tone = failure ? Tone::Danger : window ? windowTone(type) : Tone::Neutral;
        option->icon = toneIcon(name, pal, tone);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
    if (index.column() == KeyLogModel::IpColumn || index.column() == KeyLogModel::TimeColumn)
        option->font.setStyleHint(QFont::Monospace);
}

void KeyLogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The first column keeps a gutter free of text; fill it like the row so bands stay whole.
    QStyleOptionViewItem shifted = option;
    shifted.rect.setLeft(option.rect.left() + kGutter);
    QStyleOptionViewItem full = option;
    initStyleOption(&full, index);
    if (full.backgroundBrush.style() != Qt::NoBrush)
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), kGutter, option.rect.height()), full.backgroundBrush);
    QStyledItemDelegate::paint(painter, shifted, index);
    // Gutter: an event inside a maintenance/outage window carries the window's colour, and an event
    // near the selected screenshot an accent bar, so both read at a glance while scrolling.
    const int covering = index.data(KeyLogModel::CoveringWindowRole).toInt();
    const bool window = index.data(KeyLogModel::WindowRole).toBool();
    painter->save();
    if (covering >= 0 || window) {
        const int type = window ? index.data(KeyLogModel::EventTypeRole).toInt() : covering;
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()),
                          toneText(windowTone(type), option.palette));
    }
    if (index.data(KeyLogModel::HighlightedRole).toBool())
        painter->fillRect(QRect(option.rect.left() + 5, option.rect.top() + 2, 3, option.rect.height() - 4),
                          toneText(Tone::Info, option.palette));
    painter->restore();
}

QSize KeyLogDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    if (index.column() == 0)
        size.rwidth() += kGutter;
    return size;
}

KeyLogView::KeyLogView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("keyLogView"));
    setAccessibleName(tr("Key activation log"));
    setRootIsDecorated(false);
    setUniformRowHeights(true); // 2,000 events scroll without measuring every row
    setAlternatingRowColors(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemDelegate(new KeyLogDelegate(this));
    setAllColumnsShowFocus(true);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setHighlightSections(false);
}

void KeyLogView::setKeyLogModel(KeyLogModel *model)
{
    m_model = model;
    setModel(model);
    // Widths from the font, not ResizeToContents: measuring 2,000 rows on every reset costs more
    // than the whole first paint may take.
    QHeaderView *h = header();
    const QFontMetrics fm = fontMetrics();
    const int pad = 24;
    int sourceWidth = fm.horizontalAdvance(tr("Source"));
    for (const auto &entry : enumValues<EventSource>())
        sourceWidth = std::max(sourceWidth, fm.horizontalAdvance(DomainLabels::label(entry.value)));
    int typeWidth = 0;
    for (const auto &entry : enumValues<KeyEventType>())
        typeWidth = std::max(typeWidth, fm.horizontalAdvance(DomainLabels::label(entry.value)));
    for (const auto &entry : enumValues<PlatformEventType>())
        typeWidth = std::max(typeWidth, fm.horizontalAdvance(DomainLabels::label(entry.value)));
    for (int column = 0; column < KeyLogModel::ColumnCount; ++column)
        h->setSectionResizeMode(column, column == KeyLogModel::MessageColumn ? QHeaderView::Stretch : QHeaderView::Interactive);
    h->resizeSection(KeyLogModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00-00 00:00:00")) + pad + 10);
    h->resizeSection(KeyLogModel::TypeColumn, typeWidth + pad + 20);
    h->resizeSection(KeyLogModel::SourceColumn, sourceWidth + pad);
    h->resizeSection(KeyLogModel::IpColumn, fm.horizontalAdvance(QStringLiteral("000.000.000.000")) + pad);
    h->resizeSection(KeyLogModel::ResultColumn, fm.horizontalAdvance(QStringLiteral("→ 00:00 · 00 h 00 min")) + pad);
    h->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("000")) + pad);
    m_fixedWidth = 0;
    for (int column = 0; column < KeyLogModel::ColumnCount; ++column) {
        if (column != KeyLogModel::MessageColumn)
            m_fixedWidth += h->sectionSize(column);
    }
    fitColumns();
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit eventSelected(current.row(), m_model->instantAt(current.row()));
    });
}

void KeyLogView::scrollToFirstHighlighted()
{
    if (!m_model)
        return;
    const QList<int> rows = m_model->highlightedRows();
    if (rows.isEmpty())
        return;
    // Centre vertically only; a sideways jump would hide the time column.
    const int x = horizontalScrollBar()->value();
    scrollTo(m_model->index(rows.first(), 0), QAbstractItemView::PositionAtCenter);
    horizontalScrollBar()->setValue(x);
}

void KeyLogView::fitColumns()
{
    // In a narrow column (a laptop with the side panel open) the message matters more than the IP,
    // which stays in the row's tooltip.
    const int messageRoom = viewport()->width() - m_fixedWidth;
    setColumnHidden(KeyLogModel::IpColumn, m_model && messageRoom < fontMetrics().averageCharWidth() * 24);
}

void KeyLogView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

} // namespace wd::ui
