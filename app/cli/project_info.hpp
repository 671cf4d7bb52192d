#pragma once
#include <QJsonObject>
#include <QString>

#include <string>

namespace polis::cli {

/// What `polis info PROJECT` says of a project (file or database location): its title, map CRS, extent,
/// background, the map layers bottom to top with their sources, scenarios with their change counts, and
/// indicators with their titles in the reader's language. Reads only the project's own tables (no layer data,
/// so no remote source is touched). Throws polis::Error as Project::load.
QJsonObject projectJson(const std::string& location);
/// projectJson as text for a planner.
void printProject(const QString& location, const QJsonObject& project);

} // namespace polis::cli
