#include "language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace polis::cli {

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("el"), QStringLiteral("he"), QStringLiteral("lv"),
            QStringLiteral("pl")};
}

QString installLanguage(const QString& language)
{
    static std::unique_ptr<QTranslator> polis, qt;
    for (auto* t : {&polis, &qt}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(locale, QStringLiteral("polis"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // C / POSIX systems keep plain digits (480000000), as scripts reading the output expect.
        const QLocale system = QLocale::system().language() == QLocale::C ? QLocale::c() : QLocale::system();
        QLocale::setDefault(language.isEmpty() ? system : QLocale(QLocale::English));
        return QStringLiteral("en");
    }
    const QString installed = ours->language();
    QCoreApplication::installTranslator(ours.get());
    polis = std::move(ours);
    // Qt's own texts (dialog buttons, the command-line parser's errors), when Debian's qt6-translations-l10n
    // is installed.
    auto base = std::make_unique<QTranslator>();
    if (base->load(QLocale(installed), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(base.get());
        qt = std::move(base);
    }
    // The system's own country when it speaks the language (el_CY keeps Cyprus's ways), else the language's.
    // By name: with LANG=C and LANGUAGE=el, QLocale::system() says Greek but formats numbers as C (480,000,000).
    const QLocale system(QLocale::system().name());
    QLocale::setDefault(system.language() == QLocale(installed).language() ? system : QLocale(installed));
    return installed;
}

} // namespace polis::cli
