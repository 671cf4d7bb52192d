// Layer groups: the order and membership after each operation, worked out by hand on a five-layer map, and
// groups kept by a project saved and opened again (old projects without the column still open).
#include "fixtures.hpp"

#include "layers/map/layer_groups.hpp"
#include "layers/map/map_content.hpp"
#include "layers/map/project.hpp"

#include <QtTest>

using namespace polis;
using namespace polis::test;

namespace {

/// Layers bottom to top from "name:group" entries.
std::vector<MapLayer> make(std::initializer_list<const char*> entries)
{
    std::vector<MapLayer> layers;
    for (const char* entry : entries) {
        const std::string text = entry;
        const auto colon = text.find(':');
        MapLayer layer;
        layer.name = text.substr(0, colon);
        layer.group = colon == std::string::npos ? std::string() : text.substr(colon + 1);
        layers.push_back(layer);
    }
    return layers;
}

QString describe(const std::vector<MapLayer>& layers)
{
    QStringList out;
    for (const MapLayer& l : layers)
        out << QString::fromStdString(l.group.empty() ? l.name : l.name + ":" + l.group);
    return out.join(' ');
}

} // namespace

class TestLayerGroups : public QObject
{
    Q_OBJECT
    Scratch m_dir;

private slots:
    void gatherKeepsGroupsTogether()
    {
        auto layers = make({"a:G", "b", "c:G", "d", "e:H"});
        gatherGroups(layers); // G gathers at c, its top layer
        QCOMPARE(describe(layers), QString("b a:G c:G d e:H"));
    }

    void moveTakesTheGroupGiven()
    {
        auto layers = make({"a", "b:G", "c:G", "d"});
        moveLayer(layers, 3, 1, "G"); // d dropped onto b
        QCOMPARE(describe(layers), QString("a d:G b:G c:G"));
        moveLayer(layers, 2, 0, ""); // b out of the group, to the bottom
        QCOMPARE(describe(layers), QString("b a d:G c:G"));
        moveLayer(layers, 9, 0, ""); // out of range: nothing
        QCOMPARE(describe(layers), QString("b a d:G c:G"));
    }

    void joinLeaveRenameUngroup()
    {
        auto layers = make({"a", "b:G", "c:G", "d", "e"});
        setLayerGroup(layers, 4, "G"); // e joins G just above c
        QCOMPARE(describe(layers), QString("a b:G c:G e:G d"));
        setLayerGroup(layers, 0, "G"); // a, below, joins at the top of G too
        QCOMPARE(describe(layers), QString("b:G c:G e:G a:G d"));
        setLayerGroup(layers, 1, ""); // c leaves: just above the group
        QCOMPARE(describe(layers), QString("b:G e:G a:G c d"));
        setLayerGroup(layers, 4, "New"); // a new group starts in place
        QCOMPARE(describe(layers), QString("b:G e:G a:G c d:New"));
        setLayerGroup(layers, 4, ""); // the only member leaves: stays in place
        QCOMPARE(describe(layers), QString("b:G e:G a:G c d"));
        renameGroup(layers, "G", "Υποδομές");
        QCOMPARE(describe(layers), QString("b:Υποδομές e:Υποδομές a:Υποδομές c d"));
        setGroupVisible(layers, "Υποδομές", false);
        QVERIFY(!layers[0].visible && !layers[1].visible && !layers[2].visible && layers[3].visible);
        ungroup(layers, "Υποδομές");
        QCOMPARE(describe(layers), QString("b e a c d"));
        QVERIFY(!layers[0].visible); // ungrouping keeps visibility
    }

    void projectKeepsGroups()
    {
        // The sample predates groups: no group_name column, every layer outside any group.
        const MapContent sample = loadProject(polis::test::sample("heraklion.polis"));
        QVERIFY(sample.errors.empty());
        for (const MapLayer& l : sample.layers)
            QVERIFY(l.group.empty());
        // Saved over a copy of it (the old table gets the column), then opened again.
        const std::string path = m_dir.tmp("grouped.polis");
        QVERIFY(QFile::copy(QString::fromStdString(polis::test::sample("heraklion.polis")),
                            QString::fromStdString(path)));
        MapContent map = sample;
        setLayerGroup(map.layers, 15, "Δίκτυα"); // street lights
        setLayerGroup(map.layers, 13, "Δίκτυα"); // fibre ring joins above them
        toProject(map, path, map.extent).save(path);
        const Project saved = Project::load(path);
        QCOMPARE(saved.layers.size(), std::size_t(18)); // polis_layers.csv (17 rows) and the planning layer
        QCOMPARE(saved.layers[14].name, std::string("Έξυπνα φωτιστικά"));
        QCOMPARE(saved.layers[14].group, std::string("Δίκτυα"));
        QCOMPARE(saved.layers[15].name, std::string("Δακτύλιος οπτικών ινών"));
        QCOMPARE(saved.layers[15].group, std::string("Δίκτυα"));
        QCOMPARE(saved.layers[13].name, std::string("Δημόσια κτίρια"));
        QVERIFY(saved.layers[13].group.empty());
        const MapContent reopened = loadProject(path, {}, SourceTrust{false, true}); // the sample data is elsewhere
        QVERIFY(reopened.errors.empty());
        QCOMPARE(reopened.layers[15].group, std::string("Δίκτυα"));
        QCOMPARE(reopened.layers[15].name, std::string("Δακτύλιος οπτικών ινών"));
    }
};

QTEST_GUILESS_MAIN(TestLayerGroups)
#include "tst_layer_groups.moc"
