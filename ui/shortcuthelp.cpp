#include "shortcuthelp.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QShortcut>

#include <memory>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wd::ui {

ShortcutHelpDialog::ShortcutHelpDialog(const QList<Entry> &entries, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by action or key…"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Shortcuts"));
    for (const Entry &e : entries)
        new QTreeWidgetItem(m_list, {e.first, e.second.toString(QKeySequence::NativeText)});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(480, 520);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutHelpDialog::setFilter);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_search->setFocus();
}

QList<ShortcutHelpDialog::Entry> ShortcutHelpDialog::entriesFor(const QList<QAction *> &actions)
{
    QList<Entry> entries;
    for (const QAction *action : actions) {
        if (!action || action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(QStringLiteral("…"));
        entries << Entry{text.trimmed(), action->shortcut()};
    }
    return entries;
}

QList<QKeySequence> ShortcutHelpDialog::helpKeys()
{
    return {QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)};
}

std::function<ShortcutHelpDialog *()> ShortcutHelpDialog::install(QWidget *window, std::function<QList<QAction *>()> actions)
{
    // One dialog per window, whichever key or menu entry opened it.
    auto shown = std::make_shared<QPointer<ShortcutHelpDialog>>();
    std::function<ShortcutHelpDialog *()> open = [window, actions, shown] {
        if (!*shown) {
            *shown = new ShortcutHelpDialog(entriesFor(actions()), window);
            (*shown)->setAttribute(Qt::WA_DeleteOnClose);
        }
        (*shown)->show();
        (*shown)->raise();
        (*shown)->activateWindow();
        return shown->data();
    };
    for (const QKeySequence &key : helpKeys()) {
        auto *shortcut = new QShortcut(key, window);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, window, [open] { open(); });
    }
    return open;
}

void ShortcutHelpDialog::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
            || item->text(1).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
    if (m_search->text() != text)
        m_search->setText(text);
}

int ShortcutHelpDialog::visibleCount() const
{
    int count = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        count += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    return count;
}

} // namespace wd::ui
