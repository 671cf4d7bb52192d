#include "error.hpp"

#include <QCoreApplication>
#include <QString>

namespace polis {

namespace {

// Qt's %1..%n substitution in one pass (QString::arg with several strings), so an argument that holds a "%2"
// of its own (a file name, a GDAL message) is never substituted again.
QString substitute(const QString& text, const std::vector<QString>& v)
{
    switch (v.size()) {
    case 0: return text;
    case 1: return text.arg(v[0]);
    case 2: return text.arg(v[0], v[1]);
    case 3: return text.arg(v[0], v[1], v[2]);
    case 4: return text.arg(v[0], v[1], v[2], v[3]);
    case 5: return text.arg(v[0], v[1], v[2], v[3], v[4]);
    case 6: return text.arg(v[0], v[1], v[2], v[3], v[4], v[5]);
    default: return text.arg(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
}

std::string format(const char* messageTemplate, const std::vector<Error::Arg>& arguments, bool translate)
{
    std::vector<QString> values;
    values.reserve(arguments.size());
    for (const Error::Arg& a : arguments)
        values.push_back(QString::fromStdString(a.text(translate)));
    const QString text = translate ? QCoreApplication::translate("polis::Error", messageTemplate)
                                   : QString::fromUtf8(messageTemplate);
    return substitute(text, values).toStdString();
}

} // namespace

std::string Error::Arg::text(bool translate) const
{
    if (!m_part)
        return m_text;
    return translate ? m_part->translated() : std::string(m_part->what());
}

Error::Error(const char* messageTemplate, std::vector<Arg> arguments)
    : std::runtime_error(format(messageTemplate, arguments, false)),
      m_template(messageTemplate),
      m_arguments(std::move(arguments))
{
}

std::string Error::translated() const
{
    return format(m_template, m_arguments, true);
}

std::shared_ptr<const Error> Error::part(const char* messageTemplate, std::vector<Arg> arguments)
{
    return std::make_shared<Error>(messageTemplate, std::move(arguments));
}

std::shared_ptr<const Error> Error::keep(const Error& error)
{
    return std::make_shared<Error>(error);
}

std::string userMessage(const std::exception& e)
{
    if (const auto* error = dynamic_cast<const Error*>(&e))
        return error->translated();
    return e.what();
}

} // namespace polis
