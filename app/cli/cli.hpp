#pragma once
#include <QStringList>

namespace polis::cli {

/// Exit codes of every command: documented in the README and relied on by scripts.
enum ExitCode : int { Success = 0, InputError = 1, UsageError = 2 };

/// True when the arguments name a command-line action (a command, --help or --version)
/// rather than opening the GUI.
bool isCommandLine(const QStringList& arguments);

/// Keeps Qt's platform chatter (e.g. "XDG_RUNTIME_DIR not set" from the offscreen platform) off stderr,
/// which scripts read for our own messages. Warnings from our code and real errors still pass.
void quietQtNoise();

/// Runs a command-line action. Needs a Q(Gui)Application. Returns the process exit code.
int run(const QStringList& arguments);

} // namespace polis::cli
