#pragma once
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace polis {

/// The window's language (QML singleton `LanguageSettings`): the user's choice, kept in QSettings
/// ("language"; "" follows the system: LANGUAGE, LANG), switched at once (QQmlEngine::retranslate) with the
/// layout direction (Hebrew mirrors the window). GUI thread only.
class LanguageSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// "" (the system's) or one of cli::languages(): "en", "el", "he", "lv", "pl".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The language shown: `language`, or the system's when that is "" ("en" when Polis has no translation).
    Q_PROPERTY(QString shown READ shown NOTIFY languageChanged)
    /// True for a right-to-left language (Hebrew): the window mirrors, the map does not.
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    /// [{code, name}] with each language's name in itself ("Ελληνικά"), the system's choice first (code "").
    Q_PROPERTY(QVariantList choices READ choices NOTIFY languageChanged)

public:
    explicit LanguageSettings(QObject* parent = nullptr);

    /// Installs the language stored in QSettings (before the window's QML is loaded).
    static void installStored();

    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QString shown() const { return m_shown; }
    bool rightToLeft() const;
    QVariantList choices() const;

signals:
    void languageChanged();

private:
    QString m_language;
    QString m_shown;
};

} // namespace polis
