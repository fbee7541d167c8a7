#pragma once
// Which language the workstation speaks: the agent's choice (system, 中文, English) resolved
// against the system locale, and the translators that make tr() answer in it. The domain's own
// bilingual texts (trace reasons, guard refusals) are picked with current() instead.

#include "assessment.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace wd::ui {

enum class LanguageChoice { System, Chinese, English };

// "system", "zh_CN", "en": the names stored in the settings.
QString languageChoiceName(LanguageChoice choice);
std::optional<LanguageChoice> languageChoiceFromName(const QString &name);
// System: Chinese when the system's first UI language is a Chinese one, otherwise English.
Language resolveLanguage(LanguageChoice choice, const QLocale &system = QLocale::system());

class Translation
{
public:
    // Installs the workstation's translator (embedded as :/i18n/warrantydesk_<lang>.qm) and, where
    // the Qt installation has them, Qt's own qtbase translations, replacing those installed by an
    // earlier call. Needs a QCoreApplication. False when the embedded translation is missing.
    static bool install(LanguageChoice choice);
    // The language installed last (English before any install).
    static Language current();
    // The resource path of the embedded translation, e.g. ":/i18n/warrantydesk_zh_CN.qm".
    static QString resourcePath(Language language);
};

// How lists of labels are joined on screen: "补发卡密、退款" in Chinese, "Reissue key, Refund" in English.
QString listSeparator();

} // namespace wd::ui
