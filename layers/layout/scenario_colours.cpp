#include "scenario_colours.hpp"

#include <QLocale>

#include <cmath>

namespace polis {

QColor scenarioColour(std::size_t position)
{
    static constexpr unsigned kPalette[] = {0x1F77B4, 0xFF7F0E, 0x2CA02C, 0x9467BD, 0x8C564B, 0x17BECF};
    if (position == 0)
        return QColor(0x7F7F7F);
    return QColor(kPalette[(position - 1) % std::size(kPalette)]);
}

QString localeNumber(double value, bool sign)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const int decimals = std::abs(value - std::round(value)) < 5e-4 ? 0 : 3;
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    if (sign && value > 0)
        text.prepend(locale.positiveSign());
    return text;
}

} // namespace polis
