#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace wd::ui {

namespace {

struct Installed
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    Language language = Language::English;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString localeName(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace

QString languageChoiceName(LanguageChoice choice)
{
    switch (choice) {
    case LanguageChoice::Chinese: return QStringLiteral("zh_CN");
    case LanguageChoice::English: return QStringLiteral("en");
    case LanguageChoice::System: break;
    }
    return QStringLiteral("system");
}

std::optional<LanguageChoice> languageChoiceFromName(const QString &name)
{
    if (name == QLatin1String("system"))
        return LanguageChoice::System;
    if (name == QLatin1String("zh_CN"))
        return LanguageChoice::Chinese;
    if (name == QLatin1String("en"))
        return LanguageChoice::English;
    return std::nullopt;
}

Language resolveLanguage(LanguageChoice choice, const QLocale &system)
{
    switch (choice) {
    case LanguageChoice::Chinese: return Language::Chinese;
    case LanguageChoice::English: return Language::English;
    case LanguageChoice::System: break;
    }
    const QStringList languages = system.uiLanguages();
    const QString first = languages.isEmpty() ? system.name() : languages.first();
    return first.startsWith(QLatin1String("zh")) ? Language::Chinese : Language::English;
}

QString Translation::resourcePath(Language language)
{
    return QStringLiteral(":/i18n/warrantydesk_%1.qm").arg(localeName(language));
}

bool Translation::install(LanguageChoice choice)
{
    Installed &state = installed();
    removeTranslator(state.app);
    removeTranslator(state.qt);
    const Language language = resolveLanguage(choice);
    state.language = language;

    auto *app = new QTranslator(QCoreApplication::instance());
    const bool loaded = app->load(resourcePath(language));
    if (loaded) {
        QCoreApplication::installTranslator(app);
        state.app = app;
    } else {
        delete app;
    }
    // Qt's own strings (standard buttons, context menus). Optional: a portable build ships them in
    // translations/ next to the executable, a Linux build finds them in the Qt installation.
    if (language == Language::Chinese) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        const QString name = QStringLiteral("qtbase_zh_CN");
        const QString bundled = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"));
        if (qt->load(name, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) || qt->load(name, bundled)) {
            QCoreApplication::installTranslator(qt);
            state.qt = qt;
        } else {
            delete qt;
        }
    }
    return loaded;
}

QString listSeparator()
{
    return Translation::current() == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", ");
}

Language Translation::current()
{
    return installed().language;
}

} // namespace wd::ui
