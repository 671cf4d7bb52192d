// The engine document: the Heraklion sample project loaded, then edited as the window does (reorder, show,
// fade, restyle, select, switch scenarios, undo and redo), with the expected state worked out from the
// project itself (its layer order, the scenarios' change sets) rather than from the document's answers;
// layer ids survive reordering, saving and reopening.

#include "layers/core/error.hpp"
#include "layers/map/document.hpp"
#include "layers/map/map_content.hpp"
#include "layers/map/project.hpp"

#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace polis;

namespace {

std::string sampleProject()
{
    return qEnvironmentVariable("POLIS_SAMPLE_DATA").toStdString() + "/heraklion.polis";
}

std::vector<LayerId> ids(const MapContent& map)
{
    std::vector<LayerId> out;
    for (const MapLayer& layer : map.layers)
        out.push_back(layer.id);
    return out;
}

std::vector<std::string> names(const MapContent& map)
{
    std::vector<std::string> out;
    for (const MapLayer& layer : map.layers)
        out.push_back(layer.name);
    return out;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

    std::shared_ptr<const MapContent> m_sample;
    Project m_project; // what the file says, read without the document

private slots:
    void initTestCase()
    {
        m_sample = std::make_shared<const MapContent>(loadSources({sampleProject()}));
        QVERIFY2(m_sample->errors.empty(), m_sample->errors.empty() ? "" : m_sample->errors.front().message.c_str());
        m_project = Project::load(sampleProject());
        QCOMPARE(m_sample->layers.size(), m_project.layers.size());
        QVERIFY(m_project.scenarios.size() >= 2);
    }

    void layersHaveDistinctIds()
    {
        std::set<LayerId> seen;
        for (const MapLayer& layer : m_sample->layers) {
            QVERIFY(!layer.id.isNull());
            QCOMPARE(layer.id.str().size(), std::size_t(16));
            seen.insert(layer.id);
        }
        QCOMPARE(seen.size(), m_sample->layers.size());
        // The sample predates stored ids (polis_layers.layer_id): its ids are made from its rows, the same
        // on every read, so a reload keeps naming the layers that the panels and the query history hold.
        QCOMPARE(ids(loadSources({sampleProject()})), ids(*m_sample));
    }

    void plainDatasetsReadAgainKeepTheirIds()
    {
        // A GeoPackage opened as it is (not a project) has no stored ids: a reload carries them over, and a
        // dataset added twice keeps two distinct ids.
        const std::string gpkg = qEnvironmentVariable("POLIS_SAMPLE_DATA").toStdString() + "/heraklion.gpkg";
        const MapContent first = loadSources({gpkg, gpkg});
        QVERIFY(first.errors.empty());
        QVERIFY(first.layers.size() >= 2);
        MapContent again = loadSources({gpkg, gpkg});
        QVERIFY(ids(again) != ids(first)); // new random ids...
        keepLayerIds(again, first);
        QCOMPARE(ids(again), ids(first)); // ...until carried over
        const std::vector<LayerId> kept = ids(again);
        QCOMPARE(std::set<LayerId>(kept.begin(), kept.end()).size(), again.layers.size());
    }

    void reorderKeepsIdsAndUndoRestoresOrder()
    {
        Document doc;
        doc.open(m_sample);
        const std::vector<std::string> before = names(*doc.content());
        const LayerId bottom = doc.content()->layers.front().id;
        const LayerId top = doc.content()->layers.back().id;
        doc.moveLayer(bottom, top, "Move");
        QCOMPARE(doc.content()->layers.back().id, bottom); // now drawn on top, still the same layer
        QCOMPARE(doc.content()->layers.back().name, before.front());
        QCOMPARE(doc.content()->layers.size(), before.size());
        QVERIFY(doc.modified());
        doc.undo();
        QCOMPARE(names(*doc.content()), before);
        QVERIFY(!doc.modified());
        doc.redo();
        QCOMPARE(doc.content()->layers.back().id, bottom);
    }

    void visibilityStyleAndOpacityRoundTrips()
    {
        Document doc;
        doc.open(m_sample);
        const LayerId id = doc.content()->layers[3].id;
        const bool visible = doc.layer(id)->visible;
        doc.setLayerVisible(id, !visible, "Hide");
        QCOMPARE(doc.layer(id)->visible, !visible);

        Style style = doc.layer(id)->style;
        const Style original = style;
        style.strokeWidth = original.strokeWidth + 2.5;
        doc.setLayerStyle(id, style, "Restyle");
        QCOMPARE(doc.layer(id)->style.strokeWidth, original.strokeWidth + 2.5);

        // A slider drag: many opacity changes of one layer, one history entry.
        const std::size_t entries = doc.history().count();
        for (double opacity : {0.9, 0.7, 0.5, 0.3})
            doc.setLayerOpacity(id, opacity, "Fade");
        QCOMPARE(doc.history().count(), entries + 1);
        QCOMPARE(doc.layer(id)->opacity, 0.3);

        doc.undo(); // the whole drag
        QCOMPARE(doc.layer(id)->opacity, m_project.layers[3].opacity);
        doc.undo();
        QVERIFY(doc.layer(id)->style == original);
        doc.undo();
        QCOMPARE(doc.layer(id)->visible, visible);
        QVERIFY(!doc.history().canUndo());
    }

    void backgroundIsOneUndoStep()
    {
        Document doc;
        doc.open(m_sample);
        QVERIFY(doc.content()->background == (Color{0xc6, 0xdd, 0xeb})); // the sample's sea
        unsigned seen = 0;
        doc.setListener([&](unsigned changes, const std::vector<LayerId>&) { seen |= changes; });
        doc.setBackground(Color{0x10, 0x20, 0x30}, "Background");
        QVERIFY(doc.content()->background == (Color{0x10, 0x20, 0x30}));
        QVERIFY(seen & StyleChanged);
        QCOMPARE(doc.history().undoText(), std::string("Background"));
        doc.setBackground(Color{0x10, 0x20, 0x30}, "Again"); // no change, no entry
        QCOMPARE(doc.history().undoText(), std::string("Background"));
        doc.undo();
        QVERIFY(doc.content()->background == (Color{0xc6, 0xdd, 0xeb}));
        QVERIFY(!doc.history().canUndo());
    }

    void removalUndoneBringsTheLayerBackWithItsStyle()
    {
        Document doc;
        doc.open(m_sample);
        const MapLayer removed = doc.content()->layers[2];
        doc.removeLayer(removed.id, "Remove");
        QVERIFY(!doc.layer(removed.id));
        QCOMPARE(doc.content()->layers.size(), m_sample->layers.size() - 1);
        doc.undo();
        QVERIFY(doc.layer(removed.id));
        QCOMPARE(*doc.indexOf(removed.id), std::size_t(2));
        QVERIFY(doc.layer(removed.id)->style == removed.style);
    }

    void scenarioSwitchShowsItsChangeSet()
    {
        Document doc;
        doc.open(m_sample);
        const Scenario& scenario = m_project.scenarios.front();
        // The first layer the scenario adds features to, and how many it adds: from the change set itself.
        std::string layerName;
        std::size_t added = 0;
        for (const MapLayer& layer : m_sample->layers) {
            if (const auto* changes = scenario.changes.layer(layer.name)) {
                for (const auto& [fid, change] : *changes)
                    added += fid < 0 ? 1 : 0;
                if (added > 0) {
                    layerName = layer.name;
                    break;
                }
            }
        }
        QVERIFY(added > 0);
        const MapLayer* baseline = nullptr;
        for (const MapLayer& layer : m_sample->layers)
            baseline = layer.name == layerName ? &layer : baseline;
        const LayerId id = baseline->id;
        const std::size_t baseCount = baseline->features->size();

        doc.showScenario(scenario.name);
        QCOMPARE(doc.activeScenario(), scenario.name);
        QCOMPARE(doc.activeScenarioId(), scenario.id);
        QCOMPARE(doc.layer(id)->features->size(), baseCount + added);
        QVERIFY(doc.layer(id)->baselineFeatures);
        QCOMPARE(doc.layer(id)->baselineFeatures->size(), baseCount);

        doc.showScenario(Scenario::baselineName);
        QCOMPARE(doc.layer(id)->features->size(), baseCount);
        QVERIFY(!doc.layer(id)->baselineFeatures);
        QVERIFY_THROWS_EXCEPTION(Error, doc.showScenario("no such scenario"));
        QCOMPARE(doc.activeScenario(), std::string(Scenario::baselineName));
    }

    void selectionFollowsIdentifyAndClears()
    {
        Document doc;
        doc.open(m_sample);
        // The centre of the first feature of the top vector layer: identify must find it there.
        const MapLayer* target = nullptr;
        for (const MapLayer& layer : m_sample->layers)
            target = layer.features && layer.visible && layer.features->size() > 0 ? &layer : target;
        QVERIFY(target);
        const Extent box = target->features->bbox(0);
        const std::vector<Document::Hit> hits =
            doc.identify((box.xmin + box.xmax) / 2, (box.ymin + box.ymax) / 2, 1.0, true);
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(doc.selectionCount(), std::size_t(1));
        doc.clearSelection();
        QCOMPARE(doc.selectionCount(), std::size_t(0));
        doc.select(target->id, {0, 0, 1});
        QCOMPARE(doc.selectionCount(), std::size_t(2)); // sorted, duplicates dropped
    }

    void listenerHearsWhatChanged()
    {
        Document doc;
        std::vector<unsigned> heard;
        doc.setListener([&](unsigned changes, const std::vector<LayerId>&) { heard.push_back(changes); });
        doc.open(m_sample);
        QVERIFY(heard.back() & MapChanged);
        heard.clear();
        doc.select(m_sample->layers.front().id, {0});
        QCOMPARE(heard.size(), std::size_t(1));
        QCOMPARE(heard.front(), unsigned(SelectionChanged));
        heard.clear();
        doc.setLayerVisible(m_sample->layers.front().id, !m_sample->layers.front().visible, "Toggle");
        bool layers = false, history = false;
        for (unsigned c : heard) {
            layers |= (c & LayersChanged) != 0;
            history |= (c & HistoryChanged) != 0;
        }
        QVERIFY(layers && history);
    }

    void aSaveMarksTheStateItStartedFrom()
    {
        Document doc;
        doc.open(m_sample);
        const LayerId id = doc.content()->layers[0].id;
        doc.setLayerVisible(id, false, "Hide");
        const std::size_t at = doc.history().index();
        const std::uint64_t revision = doc.history().revision();
        doc.setLayerVisible(id, true, "Show"); // an edit while the save runs
        doc.markSaved(at, revision);
        QVERIFY(doc.modified()); // the edit after the save's start is not saved
        doc.undo();
        QVERIFY(!doc.modified()); // back at the saved state

        // The saved state dropped from the history while saving: nothing counts as saved.
        const std::size_t here = doc.history().index();
        const std::uint64_t now = doc.history().revision();
        doc.undo();
        doc.setLayerOpacity(id, 0.5, "Fade"); // drops the undone "Hide"... and the state saved at `here`
        doc.markSaved(here, now);
        QVERIFY(doc.modified());
        doc.undo();
        QVERIFY(doc.modified());
    }

    void saveAndReopenKeepIds()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("copy.polis").toStdString();
        // The copy references the sample's data: save it beside the sample's own files' absolute paths.
        Document doc;
        doc.open(m_sample);
        doc.moveLayer(doc.content()->layers.front().id, doc.content()->layers.back().id, "Move");
        toProject(*doc.content(), path, doc.content()->extent).save(path);
        doc.markSaved(doc.history().index(), doc.history().revision());
        QVERIFY(!doc.modified());
        const MapContent reopened = loadSources({path}, {}, SourceTrust{false, true}); // the sample data is elsewhere
        QVERIFY(reopened.errors.empty());
        QCOMPARE(ids(reopened), ids(*doc.content()));
        QCOMPARE(names(reopened), names(*doc.content()));
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
