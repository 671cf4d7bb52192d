#include "layer_input.hpp"

namespace polis::cli {

int bufferCommand(const QStringList& arguments)
{
    const QCommandLineOption distance("distance", tr("Buffer distance in the layer's CRS units (metres)"),
                                      "METRES");
    const QCommandLineOption cap("cap", tr("Line ends: round (default), flat or square"), "CAP", "round");
    const QCommandLineOption segments("segments", tr("Segments per quarter circle (default 8)"), "N", "8");
    BufferOptions options;
    ProcessCommand command;
    command.name = "buffer";
    command.description = tr("Buffer every feature of a layer into a new polygon layer.");
    command.syntax = "--distance METRES [--cap round|flat|square] [--segments N]";
    command.addOptions = [&](QCommandLineParser& parser) { parser.addOptions({distance, cap, segments}); };
    command.check = [&](const QCommandLineParser& parser) {
        bool ok = false;
        options.distance = parser.value(distance).toDouble(&ok);
        if (!ok || !std::isfinite(options.distance))
            return tr("give --distance METRES");
        const QString capName = parser.value(cap);
        if (capName != "round" && capName != "flat" && capName != "square")
            return tr("--cap \"%1\" is not round, flat or square").arg(capName);
        options.cap = capName == "flat"     ? CapStyle::Flat
                      : capName == "square" ? CapStyle::Square
                                            : CapStyle::Round;
        options.quadrantSegments = parser.value(segments).toInt(&ok);
        if (!ok || options.quadrantSegments < 1 || options.quadrantSegments > 1000)
            return tr("--segments must be a whole number from 1 to 1000");
        return QString();
    };
    command.process = [&](const LayerInput& input, const QCommandLineParser&) {
        return buffer(*input.store, options);
    };
    return command.run(arguments);
}

} // namespace polis::cli
