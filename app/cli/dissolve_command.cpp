#include "layer_input.hpp"

namespace polis::cli {

int dissolveCommand(const QStringList& arguments)
{
    const QCommandLineOption by("by", tr("Field whose values form the groups (default: everything in one)"),
                                "FIELD");
    ProcessCommand command;
    command.name = "dissolve";
    command.description = tr("Union the features of a layer, per value of a field.");
    command.syntax = "[--by FIELD]";
    command.addOptions = [&](QCommandLineParser& parser) { parser.addOption(by); };
    command.check = [](const QCommandLineParser&) { return QString(); };
    command.process = [&](const LayerInput& input, const QCommandLineParser& parser) {
        return dissolve(*input.store, parser.value(by).toStdString());
    };
    return command.run(arguments);
}

} // namespace polis::cli
