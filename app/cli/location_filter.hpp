#pragma once
#include "layer_input.hpp"

#include "layers/query/query_plan.hpp"

namespace polis::cli {

/// The --op, --with and --distance options of `polis query` and `polis stats`, and the run of their query
/// plan through the engine's dataset executor (attribute filter pushed down to OGR, only the candidate
/// windows read from indexed sources), so both commands read and select as the GUI's query panel does.
class LocationFilter
{
public:
    /// What run() read and found.
    struct Result
    {
        LayerInput searched; ///< the searched layer for messages and output (its store is found.store)
        QueryResult found;   ///< the engine's answer: matches as indices into found.store, timings
    };

    LocationFilter();
    void addTo(QCommandLineParser& parser) const;
    /// True when --op or --with was given.
    bool requested(const QCommandLineParser& parser) const;
    /// Checks the options (--op and --with together, --distance for dwithin only, >= 0); returns the usage
    /// message, or an empty string when they are fine. Once it passed, run() selects by location.
    QString check(const QCommandLineParser& parser);
    /// Runs `plan` on `layerSpec` (see openLayer); with the checked --op/--with/--distance as its location
    /// predicate (--with read in the CRS of `layerSpec`). Throws polis::Error naming the file and layer.
    Result run(const QString& layerSpec, QueryPlan plan) const;

private:
    QCommandLineOption m_op;
    QCommandLineOption m_with;
    QCommandLineOption m_distanceOption;
    std::optional<Predicate> m_predicate; ///< set by a passed check()
    double m_distance = 0;
    QString m_withSpec;

    Q_DECLARE_TR_FUNCTIONS(polis::cli) // the command-line context, for the member functions too
};

} // namespace polis::cli
