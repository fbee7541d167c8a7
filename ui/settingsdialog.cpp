#include "settingsdialog.h"

#include "dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wd::ui {

WorkstationSettings WorkstationSettings::load(const QSettings &settings)
{
    WorkstationSettings s;
    s.language = languageChoiceFromName(settings.value(QStringLiteral("ui/language")).toString()).value_or(LanguageChoice::System);
    s.pinnedSha256 = normalizedSha256(settings.value(QStringLiteral("server/pinned_sha256")).toString());
    bool ok = false;
    const int minutes = settings.value(QStringLiteral("evidence/highlight_window_minutes")).toInt(&ok);
    if (ok && minutes >= kMinHighlightMinutes && minutes <= kMaxHighlightMinutes)
        s.highlightWindowMinutes = minutes;
    return s;
}

void WorkstationSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("ui/language"), languageChoiceName(language));
    settings.setValue(QStringLiteral("server/pinned_sha256"), pinnedSha256);
    settings.setValue(QStringLiteral("evidence/highlight_window_minutes"), highlightWindowMinutes);
}

QString WorkstationSettings::normalizedSha256(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(hex).hasMatch() ? hex : QString();
}

SettingsDialog::SettingsDialog(const WorkstationSettings &settings, QWidget *parent) : QDialog(parent), m_initial(settings)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    // Each language named in itself, so an agent who cannot read the current one still finds theirs.
    m_language->addItem(tr("System language"), languageChoiceName(LanguageChoice::System));
    m_language->addItem(QStringLiteral("中文"), languageChoiceName(LanguageChoice::Chinese));
    m_language->addItem(QStringLiteral("English"), languageChoiceName(LanguageChoice::English));
    m_language->setCurrentIndex(m_language->findData(languageChoiceName(settings.language)));
    m_restartNote = new QLabel(tr("The new language applies when WarrantyDesk starts next."), this);
    m_restartNote->setWordWrap(true);
    m_restartNote->hide();

    m_pin = new QLineEdit(settings.pinnedSha256, this);
    m_pin->setAccessibleName(tr("Pinned certificate SHA-256"));
    m_pin->setPlaceholderText(tr("none: the system's certificate authorities decide"));
    m_pin->setClearButtonEnabled(true);
    m_pin->setMinimumWidth(420);
    m_pinProblem = makeProblemLabel(this);

    m_highlight = new QSpinBox(this);
    m_highlight->setRange(WorkstationSettings::kMinHighlightMinutes, WorkstationSettings::kMaxHighlightMinutes);
    m_highlight->setValue(settings.highlightWindowMinutes);
    m_highlight->setSuffix(tr(" min"));
    m_highlight->setAccessibleName(tr("Highlight window in minutes"));
    m_highlight->setToolTip(tr("Key-log events within this many minutes of a screenshot's capture time are highlighted, and the other way round"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Pinned &certificate (SHA-256):"), m_pin);
    form->addRow(QString(), m_pinProblem);
    form->addRow(tr("&Highlight window:"), m_highlight);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { m_restartNote->setVisible(languageChanged()); });
    connect(m_pin, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

WorkstationSettings SettingsDialog::settings() const
{
    WorkstationSettings s;
    s.language = languageChoiceFromName(m_language->currentData().toString()).value_or(LanguageChoice::System);
    s.pinnedSha256 = WorkstationSettings::normalizedSha256(m_pin->text());
    s.highlightWindowMinutes = m_highlight->value();
    return s;
}

bool SettingsDialog::languageChanged() const
{
    return settings().language != m_initial.language;
}

void SettingsDialog::validate()
{
    const bool bad = !m_pin->text().trimmed().isEmpty() && WorkstationSettings::normalizedSha256(m_pin->text()).isEmpty();
    showProblems(m_pinProblem, bad ? QStringList{tr("A SHA-256 fingerprint is 64 hexadecimal digits (colons allowed).")} : QStringList());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!bad);
}

void SettingsDialog::accept()
{
    if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        QDialog::accept();
}

} // namespace wd::ui
