#pragma once
// The list of keyboard shortcuts (F1 or ?), searchable by name or key.

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPair>

#include <functional>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace wd::ui {

class ShortcutHelpDialog : public QDialog
{
    Q_OBJECT
public:
    using Entry = QPair<QString, QKeySequence>;
    explicit ShortcutHelpDialog(const QList<Entry> &entries, QWidget *parent = nullptr);
    // The actions' texts (without '&') and shortcuts; actions without a shortcut are left out.
    static QList<Entry> entriesFor(const QList<QAction *> &actions);
    // F1 and '?': the keys that open this list.
    static QList<QKeySequence> helpKeys();
    // Makes F1 and '?' anywhere in `window` open the list of `actions()` (asked at that moment, so
    // actions added later are listed). '?' typed into a text field stays text: editors claim
    // printable keys before shortcuts. Returns the dialog's opener for a Help menu entry.
    static std::function<ShortcutHelpDialog *()> install(QWidget *window, std::function<QList<QAction *>()> actions);

    void setFilter(const QString &text);
    int visibleCount() const;
    QLineEdit *searchBox() const { return m_search; }
    QTreeWidget *list() const { return m_list; }

private:
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace wd::ui
