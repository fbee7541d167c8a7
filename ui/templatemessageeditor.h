#pragma once
// A customer message started from a template: pick the template, its placeholders are filled from
// the case, the agent edits the text before it goes out. Placeholders still unfilled are named
// under the text so a message never leaves with "{deadline}" in it.

#include "replytemplates.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace wd::ui {

class TemplateMessageEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateMessageEditor(QWidget *parent = nullptr);

    void setTemplates(const QList<ReplyTemplate> &templates);
    // New values re-fill the text unless the agent has edited it since it was filled.
    void setValues(const QHash<QString, QString> &values);
    void selectTemplate(const QString &id);

    QString text() const;
    QString templateId() const;
    QStringList unfilledPlaceholders() const;
    bool editedByAgent() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *templatePicker() const { return m_picker; }

signals:
    void changed();

private:
    void refill();
    void updateHint();

    QList<ReplyTemplate> m_templates;
    QHash<QString, QString> m_values;
    QString m_lastFilled;
    QComboBox *m_picker = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace wd::ui
