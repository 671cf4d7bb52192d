#pragma once
#include "layer_input.hpp"

#include "layers/query/select_by_location.hpp"

namespace polis::cli {

/// The --op, --with and --distance options: selecting features of a layer by their spatial relation to the
/// features of another, shared by `polis query` and `polis stats` so both read and select the same way.
class LocationFilter
{
public:
    /// What run() read and found.
    struct Result
    {
        LayerInput searched; ///< the candidates read from the searched layer (all of it when not indexed)
        LayerInput query;    ///< the --with layer, in the searched layer's CRS
        Selection selection; ///< indices into searched.store
        double loadMs = 0;   ///< opening and reading both layers, building the index
        double queryMs = 0;  ///< the query alone
    };

    LocationFilter();
    void addTo(QCommandLineParser& parser) const;
    /// True when --op or --with was given.
    bool requested(const QCommandLineParser& parser) const;
    /// Checks the options (--op and --with together, --distance for dwithin only, >= 0); returns the usage
    /// message, or an empty string when they are fine.
    QString check(const QCommandLineParser& parser);
    /// Reads --with (in the CRS of `layerSpec`), then the candidates of `layerSpec` (those meeting the
    /// candidate windows when the source has a spatial index) with the attribute filter `where`, and selects.
    /// Throws polis::Error naming the file and layer.
    Result run(const QString& layerSpec, const std::string& where) const;

private:
    QCommandLineOption m_op;
    QCommandLineOption m_with;
    QCommandLineOption m_distanceOption;
    Predicate m_predicate = Predicate::Intersects;
    double m_distance = 0;
    QString m_withSpec;
};

} // namespace polis::cli
