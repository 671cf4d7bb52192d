#pragma once
#include <QtGlobal>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace polis {

/// Base of every error the engine raises, raised at the GDAL/GEOS/PROJ boundary only.
///
/// An error is a message template and its arguments, so the app can show it in the reader's language:
/// the template is an English sentence with Qt's `%1`, `%2` ... placeholders, marked for lupdate with
/// `QT_TRANSLATE_NOOP("polis::Error", "...")` at the throw site (the template is also the message's key). An
/// argument is plain text (a file, a layer, a field, a value, or a library's own message: GDAL/GEOS/PROJ text
/// stays as the library wrote it) or a translatable part with arguments of its own (`part()`: a phrase such as
/// "a directory", an optional clause, or an error caught and given context with `keep()`). `what()` is the
/// English sentence, for logs and `--json`; `translated()` is the sentence in the current application language.
class Error : public std::runtime_error
{
public:
    /// One argument of a message: plain text, or a part translated with the message.
    class Arg
    {
    public:
        Arg(std::string text) : m_text(std::move(text)) {}
        Arg(const char* text) : m_text(text) {}
        Arg(std::shared_ptr<const Error> part) : m_part(std::move(part)) {}
        std::string text(bool translate) const;

    private:
        std::string m_text;
        std::shared_ptr<const Error> m_part;
    };

    /// `messageTemplate` must outlive the error (a string literal).
    explicit Error(const char* messageTemplate, std::vector<Arg> arguments = {});

    /// The sentence in the current application language (UTF-8); the English one when there is no translation.
    std::string translated() const;
    const char* messageTemplate() const { return m_template; }

    /// A translatable part of a message (`messageTemplate` marked like a message's).
    static std::shared_ptr<const Error> part(const char* messageTemplate, std::vector<Arg> arguments = {});
    /// A copy of `error` to give as an argument of another, wider message.
    static std::shared_ptr<const Error> keep(const Error& error);

private:
    const char* m_template;
    std::vector<Arg> m_arguments;
};

/// Reading or writing a dataset or project failed (missing file, unknown format, broken content).
class IoError : public Error
{
public:
    using Error::Error;
};

/// A coordinate reference system could not be parsed, or a transformation could not be built.
class CrsError : public Error
{
public:
    using Error::Error;
};

/// A geometry could not be converted or processed (GEOS failure, malformed coordinates).
class GeometryError : public Error
{
public:
    using Error::Error;
};

/// The message of `e` for the person reading it: `Error::translated()` for the engine's errors, `what()` for
/// anything else. Errors collected for display (per-layer errors of a render or a load) are kept in this form.
std::string userMessage(const std::exception& e);

} // namespace polis
