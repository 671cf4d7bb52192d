#include "layer_input.hpp"

#include "layers/query/overlay.hpp"

namespace polis::cli {

int clipCommand(const QStringList& arguments)
{
    const QCommandLineOption with("with", tr("The overlay layer: dataset path or path:layer"), "SRC");
    const QCommandLineOption op("op",
                                tr("clip (default: the parts inside), difference (outside) or intersection "
                                   "(pairs, attributes of both)"),
                                "OP", "clip");
    OverlayOp overlayOp = OverlayOp::Clip;
    ProcessCommand command;
    command.name = "clip";
    command.description = tr("Overlay a layer with another: clip, difference or intersection.");
    command.syntax = "--with SRC [--op clip|difference|intersection]";
    command.addOptions = [&](QCommandLineParser& parser) { parser.addOptions({with, op}); };
    command.check = [&](const QCommandLineParser& parser) {
        const QString name = parser.value(op);
        if (name != "clip" && name != "difference" && name != "intersection")
            return tr("--op \"%1\" is not clip, difference or intersection").arg(name);
        overlayOp = name == "difference"     ? OverlayOp::Difference
                    : name == "intersection" ? OverlayOp::Intersection
                                             : OverlayOp::Clip;
        return parser.isSet(with) ? QString() : tr("give the overlay layer with --with SRC");
    };
    command.process = [&](const LayerInput& input, const QCommandLineParser& parser) {
        ReadOptions read;
        read.targetCrs = input.crs;
        if (!input.store->extent().isEmpty())
            read.filter = input.store->extent(); // only overlay features that can meet the input
        const LayerInput overlayLayer = readLayer(parser.value(with), read);
        return overlay(*input.store, *overlayLayer.store, overlayOp);
    };
    return command.run(arguments);
}

} // namespace polis::cli
