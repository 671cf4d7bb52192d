#include "language_settings.hpp"

#include "cli/language.hpp"

#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace polis {
namespace {

const QString kKey = QStringLiteral("language");

QString install(const QString& language)
{
    const QString shown = cli::installLanguage(language);
    QGuiApplication::setLayoutDirection(QLocale(shown).textDirection());
    return shown;
}

} // namespace

LanguageSettings::LanguageSettings(QObject* parent)
    : QObject(parent),
      m_language(QSettings().value(kKey).toString()),
      m_shown(install(m_language))
{
}

void LanguageSettings::installStored()
{
    install(QSettings().value(kKey).toString());
}

void LanguageSettings::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    QSettings().setValue(kKey, language);
    m_shown = install(language);
    if (QQmlEngine* engine = qmlEngine(this))
        engine->retranslate();
    emit languageChanged();
}

bool LanguageSettings::rightToLeft() const
{
    return QLocale(m_shown).textDirection() == Qt::RightToLeft;
}

QVariantList LanguageSettings::choices() const
{
    QVariantList list{QVariantMap{{"code", QString()}, {"name", tr("System language")}}};
    for (const QString& code : cli::languages()) {
        QString name = QLocale(code).nativeLanguageName();
        name[0] = name[0].toUpper();
        list << QVariantMap{{"code", code}, {"name", name}};
    }
    return list;
}

} // namespace polis
