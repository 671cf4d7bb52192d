#pragma once

namespace polis::gui {

/// Opens the map window on the project or dataset named in argv[1] (if any). Without a display,
/// says so and renders the map to a PNG instead, printing its path. Returns the exit code.
int run(int argc, char** argv);

} // namespace polis::gui
