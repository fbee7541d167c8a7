#pragma once
// The notes of a ticket (internal, customer-visible, review) over NotesModel, newest last, with a
// pending-sync marker; and the editor: note kind, canned replies, Ctrl+Enter to add.

#include "caseworkflow.h"
#include "replytemplates.h"

#include <QWidget>

class QComboBox;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace wd {
class NotesModel;
}

namespace wd::ui {

class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(QWidget *parent = nullptr);

    void setModel(NotesModel *model);
    // Review notes are written at the review step only (the domain refuses them elsewhere).
    void setStep(Step step);
    // Canned replies (purpose canned_reply), filled from the case's values when inserted.
    void setCannedReplies(const QList<ReplyTemplate> &replies, const QHash<QString, QString> &values);

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *cannedBox() const { return m_canned; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *addButton() const { return m_add; }
    QListView *view() const { return m_view; }

signals:
    // The agent added a note; the caller sends it (and shows it pending in the model).
    void noteSubmitted(wd::NoteKind kind, const QString &text);

private:
    void submit();
    void insertCanned(int index);

    QList<ReplyTemplate> m_replies;
    QHash<QString, QString> m_values;
    QListView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_canned = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace wd::ui
