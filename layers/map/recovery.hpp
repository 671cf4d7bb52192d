#pragma once
#include "map_content.hpp"
#include "project.hpp"

#include <string>

namespace polis {

/// Autosave: a recovery copy of a project with its unsaved edits, next to the project file as
/// `PROJECT.polis.recovery` (itself a complete project GeoPackage: loadProject() opens it). The GUI writes
/// it on a timer and offers it at the next start when it exists; saving the project proper discards it.

/// `projectPath` + ".recovery".
std::string recoveryPath(const std::string& projectPath);

/// Writes `project` (the current, unsaved state) as the recovery copy of `projectPath`: the project file
/// (with its embedded layers) is copied to a temporary file in the same folder, the project is saved into
/// the copy, and the copy is renamed over the recovery path, so a crash at any moment leaves either the
/// previous recovery copy or the new one, never half of one. Throws IoError naming the file.
void writeRecovery(const Project& project, const std::string& projectPath);

/// True when a recovery copy of `projectPath` exists (an edit session ended without saving) and reads as a
/// project: a corrupt, truncated or refused copy (see Project::load) is not offered.
bool hasRecovery(const std::string& projectPath);

/// Loads the recovery copy of `projectPath` (Project::load on recoveryPath()). Throws IoError.
Project loadRecovery(const std::string& projectPath);

/// The map of the recovery copy of `projectPath`, as loadProject() reads it, but with the layers embedded in
/// the copy pointing at `projectPath` (saving it there again keeps them embedded). Throws IoError when the
/// copy cannot be read; a layer that fails is reported in errors.
MapContent loadRecoveredMap(const std::string& projectPath, const SourceTrust& trust = {});

/// Deletes the recovery copy, if any (after a save, or when the user declines to recover).
void discardRecovery(const std::string& projectPath);

} // namespace polis
