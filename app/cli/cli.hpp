#pragma once
#include <QStringList>

namespace polis::cli {

/// Exit codes of every command: documented in the README and relied on by scripts.
enum ExitCode : int { Success = 0, InputError = 1, UsageError = 2 };

/// True when the arguments name a command-line action (a command, --help or --version)
/// rather than opening the GUI.
bool isCommandLine(const QStringList& arguments);

/// Runs a command-line action. Needs a Q(Gui)Application. Returns the process exit code.
int run(const QStringList& arguments);

} // namespace polis::cli
