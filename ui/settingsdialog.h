#pragma once
// The workstation's own settings: language (system / 中文 / English), the pinned server
// certificate (SHA-256), and the window around a screenshot's capture time in which key-log
// events are highlighted.

#include "translation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace wd::ui {

struct WorkstationSettings
{
    LanguageChoice language = LanguageChoice::System;
    QString pinnedSha256;             // 64 lower-case hex digits, or empty: no pin
    int highlightWindowMinutes = 10;

    static constexpr int kMinHighlightMinutes = 1;
    static constexpr int kMaxHighlightMinutes = 240;

    // Values out of range or malformed fall back to the defaults.
    static WorkstationSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // "AB:CD:…" or "abcd…" → "abcd…"; empty when not a SHA-256.
    static QString normalizedSha256(const QString &text);
};

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const WorkstationSettings &settings, QWidget *parent = nullptr);

    WorkstationSettings settings() const;
    bool languageChanged() const;

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *pinEdit() const { return m_pin; }
    QSpinBox *highlightBox() const { return m_highlight; }

    void accept() override;

private:
    void validate();

    WorkstationSettings m_initial;
    QComboBox *m_language = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_pinProblem = nullptr;
    QSpinBox *m_highlight = nullptr;
    QLabel *m_restartNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wd::ui
