#pragma once
#include "document/document_controller.hpp"
#include "layers/map/scenario_snapshots.hpp"
#include "layers/scenario/indicator.hpp"
#include "layers/scenario/scenario.hpp"

#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

namespace polis {

class FeatureStore;

/// The compare panel's logic: how scenario B differs from scenario A (counts of added, removed and
/// modified features, with the engine's diffChanges, as `polis scenario diff`), and the indicator
/// comparison table (computeIndicators on a worker thread, as `polis scenario indicators`), recomputed
/// when the document's scenarios, indicators or baseline data change. GUI thread only.
class CompareController : public DocumentController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString scenarioA READ scenarioA WRITE setScenarioA NOTIFY scenariosChanged)
    Q_PROPERTY(QString scenarioB READ scenarioB WRITE setScenarioB NOTIFY scenariosChanged)
    Q_PROPERTY(int added READ added NOTIFY diffChanged)
    Q_PROPERTY(int removed READ removed NOTIFY diffChanged)
    Q_PROPERTY(int modified READ modified NOTIFY diffChanged)
    /// The difference view's colours (ScenarioSnapshots), for the legend.
    Q_PROPERTY(QString addedColor READ addedColor CONSTANT)
    Q_PROPERTY(QString removedColor READ removedColor CONSTANT)
    Q_PROPERTY(QString modifiedColor READ modifiedColor CONSTANT)
    /// The table's columns: "baseline", then the scenarios.
    Q_PROPERTY(QStringList tableScenarios READ tableScenarios NOTIFY tableChanged)
    /// One row per indicator: {name, unit, values: [text per column], differences: [text per column; "" for
    /// the baseline]}. Values as formatIndicatorValue prints them; "-" where it could not be computed.
    Q_PROPERTY(QVariantList table READ table NOTIFY tableChanged)
    /// Problems computing the table (one sentence per failed cell), else empty.
    Q_PROPERTY(QStringList tableErrors READ tableErrors NOTIFY tableChanged)

public:
    explicit CompareController(QObject* parent = nullptr);

    QString scenarioA() const { return m_a; }
    void setScenarioA(const QString& name);
    QString scenarioB() const { return m_b; }
    void setScenarioB(const QString& name);
    /// Recomputes the table if the language changed since (its titles and numbers are the reader's).
    Q_INVOKABLE void refreshTable() { updateTable(); }
    int added() const { return m_added; }
    int removed() const { return m_removed; }
    int modified() const { return m_modified; }
    static QString addedColor() { return QString::fromLatin1(ScenarioSnapshots::addedColor); }
    static QString removedColor() { return QString::fromLatin1(ScenarioSnapshots::removedColor); }
    static QString modifiedColor() { return QString::fromLatin1(ScenarioSnapshots::modifiedColor); }
    QStringList tableScenarios() const { return m_tableScenarios; }
    QVariantList table() const { return m_table; }
    QStringList tableErrors() const { return m_tableErrors; }

signals:
    void scenariosChanged();
    void diffChanged();
    void tableChanged();

protected:
    void contentChanged() override;

private:
    void updateDiff();
    void updateTable();

    QString m_a = QStringLiteral("baseline");
    QString m_b;
    int m_added = 0;
    int m_removed = 0;
    int m_modified = 0;
    QStringList m_tableScenarios;
    QVariantList m_table;
    QStringList m_tableErrors;
    /// What the table was computed from: recomputed only when one of them changes.
    std::vector<Scenario> m_tableFor;
    std::vector<Indicator> m_tableIndicators;
    QString m_tableLocale; ///< the language its titles and numbers are in
    /// Held, not just pointed at: a freed store's address could be reused by a new one and look unchanged.
    std::vector<std::shared_ptr<const FeatureStore>> m_tableStores;
};

} // namespace polis
