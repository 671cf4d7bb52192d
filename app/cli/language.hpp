#pragma once
#include <QString>
#include <QStringList>

namespace polis::cli {

/// The languages Polis is translated into (English, the source language, first): "en", "el", "he", "lv",
/// "pl". Their translations are compiled into the binary (app/i18n, resource :/i18n/polis_LANG.qm).
QStringList languages();

/// Installs the translation of `language` ("el", "he_IL", ...; empty = the system's UI languages, from
/// LANGUAGE, LC_ALL, LC_MESSAGES and LANG) into the application, replacing the one installed before, Qt's own
/// texts included; numbers and dates then follow that language (QLocale's default: 480.000.000 in Greek).
/// Returns the language installed: one of languages(), "en" when there is no translation for it.
/// GUI thread (or the command line's only thread).
QString installLanguage(const QString& language);

} // namespace polis::cli
