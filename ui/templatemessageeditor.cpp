#include "templatemessageeditor.h"

#include "dialogparts.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace wd::ui {

TemplateMessageEditor::TemplateMessageEditor(QWidget *parent) : QWidget(parent)
{
    m_picker = new QComboBox(this);
    m_picker->setAccessibleName(tr("Message template"));
    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("Message text"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(110);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_picker);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(templateLabel);
    row->addWidget(m_picker, 1);
    layout->addLayout(row);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hint);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        m_lastFilled.clear(); // a new template replaces the text, edited or not
        refill();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateHint();
        emit changed();
    });
    updateHint();
}

void TemplateMessageEditor::setTemplates(const QList<ReplyTemplate> &templates)
{
    m_templates = templates;
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    for (const ReplyTemplate &t : templates)
        m_picker->addItem(t.title, t.id);
    m_lastFilled.clear();
    refill();
}

void TemplateMessageEditor::setValues(const QHash<QString, QString> &values)
{
    m_values = values;
    if (!editedByAgent())
        refill();
    else
        updateHint();
}

void TemplateMessageEditor::selectTemplate(const QString &id)
{
    const int index = m_picker->findData(id);
    if (index >= 0)
        m_picker->setCurrentIndex(index);
}

void TemplateMessageEditor::refill()
{
    const int index = m_picker->currentIndex();
    const QString filled = index >= 0 && index < m_templates.size()
        ? ReplyTemplates::fill(m_templates.at(index).text, m_values) : QString();
    m_lastFilled = filled;
    // Unchanged text is not set again: that would emit changed() and loop through a caller that
    // recomputes the values on changed().
    if (m_text->toPlainText() != filled)
        m_text->setPlainText(filled);
}

QString TemplateMessageEditor::text() const
{
    return m_text->toPlainText();
}

QString TemplateMessageEditor::templateId() const
{
    return m_picker->currentData().toString();
}

QStringList TemplateMessageEditor::unfilledPlaceholders() const
{
    QStringList unfilled;
    ReplyTemplates::fill(text(), {}, &unfilled);
    QStringList known;
    for (const QString &name : unfilled) {
        if (ReplyTemplates::placeholders().contains(name))
            known << name;
    }
    return known;
}

bool TemplateMessageEditor::editedByAgent() const
{
    return text() != m_lastFilled;
}

void TemplateMessageEditor::updateHint()
{
    const QStringList unfilled = unfilledPlaceholders();
    if (unfilled.isEmpty()) {
        m_hint->setText(tr("Edit the text as needed before sending."));
        applyTone(m_hint, Tone::Neutral);
    } else {
        QStringList braced;
        for (const QString &name : unfilled)
            braced << QLatin1Char('{') + name + QLatin1Char('}');
        m_hint->setText(tr("Still to fill in: %1").arg(braced.join(QStringLiteral(", "))));
        applyTone(m_hint, Tone::Danger);
    }
}

} // namespace wd::ui
