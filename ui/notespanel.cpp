#include "notespanel.h"

#include "domainlabels.h"
#include "notesmodel.h"
#include "palette.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace wd::ui {

namespace {

Tone toneOf(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Customer: return Tone::Info;
    case NoteKind::Review: return Tone::Good;
    case NoteKind::Internal: break;
    }
    return Tone::Neutral;
}

// Two lines per note: a header (kind badge, author, local time, pending marker) and the text.
class NoteDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString header(const QModelIndex &index)
    {
        const QString when = index.data(NotesModel::AtRole).toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString text = QStringLiteral("%1 · %2 · %3")
                           .arg(DomainLabels::label(NoteKind(index.data(NotesModel::KindRole).toInt())),
                                index.data(NotesModel::AuthorNameRole).toString(), when);
        if (index.data(NotesModel::PendingSyncRole).toBool())
            text += QStringLiteral(" · ") + NotesPanel::tr("not yet synced");
        return text;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const NoteKind kind = NoteKind(index.data(NotesModel::KindRole).toInt());
        const QRect r = option.rect.adjusted(8, 4, -8, -4);
        painter->save();
        painter->fillRect(QRect(option.rect.left(), option.rect.top() + 2, 4, option.rect.height() - 4),
                          toneText(toneOf(kind), opt.palette));
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : toneText(toneOf(kind), opt.palette));
        const int headerHeight = QFontMetrics(small).height();
        painter->drawText(QRect(r.left(), r.top(), r.width(), headerHeight), Qt::AlignLeft | Qt::AlignVCenter, header(index));
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(r.left(), r.top() + headerHeight + 2, r.width(), r.height() - headerHeight - 2),
                          Qt::TextWordWrap, index.data(NotesModel::TextRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = qMax(120, (option.widget ? option.widget->width() : 400) - 40);
        const QFontMetrics fm(option.font);
        const QRect text = fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, index.data(NotesModel::TextRole).toString());
        return {width, fm.height() + text.height() + 14};
    }
};

} // namespace

NotesPanel::NotesPanel(QWidget *parent) : QWidget(parent)
{
    m_view = new QListView(this);
    m_view->setItemDelegate(new NoteDelegate(m_view));
    m_view->setAccessibleName(tr("Notes"));
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAlternatingRowColors(true);
    m_view->setResizeMode(QListView::Adjust);

    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Note kind"));
    for (const auto &entry : enumValues<NoteKind>())
        m_kind->addItem(DomainLabels::label(entry.value), int(entry.value));
    m_canned = new QComboBox(this);
    m_canned->setAccessibleName(tr("Canned reply"));
    m_editor = new QPlainTextEdit(this);
    m_editor->setAccessibleName(tr("New note"));
    m_editor->setPlaceholderText(tr("Write a note… (Ctrl+Enter adds it)"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(110);
    m_add = new QPushButton(tr("&Add note"), this);
    m_add->setEnabled(false);

    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *cannedLabel = new QLabel(tr("Ca&nned reply:"), this);
    cannedLabel->setBuddy(m_canned);
    auto *row = new QHBoxLayout;
    row->addWidget(kindLabel);
    row->addWidget(m_kind);
    row->addSpacing(12);
    row->addWidget(cannedLabel);
    row->addWidget(m_canned, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);
    setTabOrder(m_view, m_kind);
    setTabOrder(m_kind, m_canned);
    setTabOrder(m_canned, m_editor);
    setTabOrder(m_editor, m_add);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_add->setEnabled(!m_editor->toPlainText().trimmed().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, &NotesPanel::submit);
    connect(m_canned, &QComboBox::activated, this, &NotesPanel::insertCanned);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &NotesPanel::submit);
    setCannedReplies({}, {});
}

void NotesPanel::setModel(NotesModel *model)
{
    m_view->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, m_view, [this] { m_view->scrollToBottom(); });
        m_view->scrollToBottom();
    }
}

void NotesPanel::setStep(Step step)
{
    auto *items = qobject_cast<QStandardItemModel *>(m_kind->model());
    const int review = m_kind->findData(int(NoteKind::Review));
    if (items && review >= 0) {
        QStandardItem *item = items->item(review);
        const bool allowed = step == Step::Review;
        item->setEnabled(allowed);
        item->setToolTip(allowed ? QString() : tr("Review notes are written at the review step."));
        if (!allowed && m_kind->currentIndex() == review)
            m_kind->setCurrentIndex(m_kind->findData(int(NoteKind::Internal)));
    }
}

void NotesPanel::setCannedReplies(const QList<ReplyTemplate> &replies, const QHash<QString, QString> &values)
{
    m_replies = replies;
    m_values = values;
    m_canned->clear();
    m_canned->addItem(tr("Insert a canned reply…"));
    for (const ReplyTemplate &t : replies)
        m_canned->addItem(t.title, t.id);
    m_canned->setEnabled(!replies.isEmpty());
}

void NotesPanel::insertCanned(int index)
{
    if (index <= 0 || index > m_replies.size())
        return;
    m_editor->insertPlainText(ReplyTemplates::fill(m_replies.at(index - 1).text, m_values));
    m_canned->setCurrentIndex(0);
    m_editor->setFocus();
}

void NotesPanel::submit()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    emit noteSubmitted(NoteKind(m_kind->currentData().toInt()), text);
    m_editor->clear();
}

} // namespace wd::ui
