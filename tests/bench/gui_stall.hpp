/// @file gui_stall.hpp
/// `polis-bench gui-stall`: how long the real application window's GUI thread stalls while a user opens a
/// project, pans and zooms, switches and compares scenarios, saves and adds a layer.
#pragma once

namespace polis::bench {

/// Opens Main.qml of the "Polis" QML module (as the app does), drives it through the objects the QML uses
/// (found by objectName or type; properties and invokables called by name, no app headers) and measures the
/// lateness of a 16 ms timer on the GUI thread during each action. argv as given to polis-bench: argv[2] the
/// source (a .polis project with scenarios), then [--add DATASET] [--save FILE.polis] [--steps N]
/// [--timeout SECONDS]. Prints one JSON object on stdout; returns the process exit code.
int guiStallBenchmark(int argc, char** argv);

} // namespace polis::bench
