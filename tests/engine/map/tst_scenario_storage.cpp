// Scenarios in the project file: save/load round trips, projects from before scenarios, a kill in the middle
// of a save (a forked child saving in a loop, SIGKILLed at random moments), the recovery copy and the
// planning layer.
#include "scenario_fixtures.hpp"

#include "layers/core/error.hpp"
#include "layers/map/project.hpp"
#include "layers/map/recovery.hpp"
#include "layers/map/planning_layer.hpp"
#include "layers/map/scenario_layers.hpp"

#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace polis;

namespace {

/// A project with `changes` feature changes in each of two scenarios, values depending on `seed`.
Project projectWith(int changes, int seed)
{
    Project p;
    p.title = "state " + std::to_string(seed);
    p.mapCrs = Crs::fromUserInput("EPSG:2100");
    for (std::int64_t id : {1, 2}) {
        Scenario s{id, "S" + std::to_string(id) + "/" + std::to_string(seed), "Περιγραφή " + std::to_string(seed), {}};
        for (int i = 0; i < changes; ++i) {
            const double x = 600000.123456789 + i * 0.1 + seed;
            s.changes.set("fibre", -1 - i,
                          FeatureChange{FeatureChange::Op::Add, Geometry::line({x, 3910000.5, x + 10.25, 3910100.75}),
                                        {{"name", "φ" + std::to_string(i)}, {"cost", 1.5 * i + 0.25}, {"phase", std::int64_t(seed)}}});
            s.changes.set("schools", i + 1, FeatureChange{FeatureChange::Op::Remove, std::nullopt, {}});
        }
        p.scenarios.push_back(std::move(s));
    }
    p.indicators.push_back(Indicator::fromJson(R"({"name":"km","kind":"length_km","layer":"fibre"})"));
    return p;
}

bool sameContent(const Project& a, const Project& b)
{
    return a.title == b.title && a.scenarios == b.scenarios && a.indicators == b.indicators;
}

} // namespace

class TestScenarioStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void saveLoadRoundTrip()
    {
        const std::string path = (m_dir.path() + "/round.polis").toStdString();
        Project p = projectWith(20, 3);
        p.scenarios[1].changes.set("schools", 7, FeatureChange{FeatureChange::Op::Modify, std::nullopt, {{"name", std::string("x")}, {"n", std::monostate{}}}});
        p.save(path);
        const Project loaded = Project::load(path);
        QVERIFY(sameContent(loaded, p));
        // Saving a smaller state replaces every row.
        Project smaller = projectWith(2, 4);
        smaller.scenarios.pop_back();
        smaller.indicators.clear();
        smaller.save(path);
        QVERIFY(sameContent(Project::load(path), smaller));
        // The rows as GDAL reads them: one per change, op and WKB as documented.
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(ds);
        QCOMPARE(ds->GetLayerByName("polis_changes")->GetFeatureCount(), GIntBig(4));
        QCOMPARE(ds->GetLayerByName("polis_scenarios")->GetFeatureCount(), GIntBig(1));
        OGRLayer* rows = ds->ExecuteSQL("SELECT op, geometry FROM polis_changes WHERE feature_fid = -2 AND op = 'add'", nullptr, "SQLITE");
        QVERIFY(rows);
        OGRFeatureUniquePtr f(rows->GetNextFeature());
        QVERIFY(f);
        int size = 0;
        const GByte* wkb = f->GetFieldAsBinary(1, &size);
        OGRGeometry* g = nullptr;
        QCOMPARE(OGRGeometryFactory::createFromWkb(wkb, nullptr, &g, size), OGRERR_NONE);
        QCOMPARE(g->toLineString()->getX(1), 600000.123456789 + 0.1 + 4 + 10.25);
        OGRGeometryFactory::destroyGeometry(g);
        ds->ReleaseResultSet(rows);
    }

    void twoPlannersMergeOrConflict()
    {
        const std::string path = (m_dir.path() + "/team.polis").toStdString();
        const std::int64_t first = projectWith(3, 1).save(path);
        const FeatureChange anna{FeatureChange::Op::Modify, std::nullopt, {{"name", std::string("anna")}}};
        const FeatureChange nikos{FeatureChange::Op::Modify, std::nullopt, {{"name", std::string("nikos")}}};
        // Different features of the same scenario: both saves land, each row with its own revision.
        Project a = Project::load(path);
        Project b = Project::load(path);
        a.scenarios[0].changes.set("schools", 101, anna);
        b.scenarios[0].changes.set("schools", 102, nikos);
        const std::int64_t ra = a.save(path);
        const std::int64_t rb = b.save(path);
        QCOMPARE(ra, first + 1);
        QCOMPARE(rb, first + 2);
        Project merged = Project::load(path);
        QVERIFY(merged.scenarios[0].changes.find("schools", 101) && *merged.scenarios[0].changes.find("schools", 101) == anna);
        QVERIFY(merged.scenarios[0].changes.find("schools", 102) && *merged.scenarios[0].changes.find("schools", 102) == nikos);
        QCOMPARE(merged.revisions.change(1, "schools", 101).revision, ra);
        QCOMPARE(merged.revisions.change(1, "schools", 102).revision, rb);
        QCOMPARE(merged.revisions.change(1, "schools", 1).revision, first); // untouched rows keep theirs
        QCOMPARE(merged.revisions.project, rb);

        // The same feature: the second save is refused, names it with both revisions, and writes nothing.
        Project c = Project::load(path);
        Project d = Project::load(path);
        c.scenarios[0].changes.set("schools", 101, nikos);
        d.scenarios[0].changes.set("schools", 101, FeatureChange{FeatureChange::Op::Remove, std::nullopt, {}});
        d.scenarios[1].changes.set("schools", 555, anna); // would merge, but the save is all or nothing
        const std::int64_t rc = c.save(path);
        try {
            d.save(path);
            QFAIL("the conflicting save went through");
        } catch (const ConflictError& e) {
            QCOMPARE(e.conflicts().size(), std::size_t(1));
            QCOMPARE(e.conflicts()[0].base, ra);
            QCOMPARE(e.conflicts()[0].theirs.revision, rc);
            QVERIFY(QString::fromStdString(e.what()).contains("feature 101 of layer schools"));
        }
        const Project after = Project::load(path);
        QVERIFY(*after.scenarios[0].changes.find("schools", 101) == nikos);
        QVERIFY(!after.scenarios[1].changes.find("schools", 555));
        QCOMPARE(after.revisions.project, rc);
        QCOMPARE(d.scenarios[0].changes.find("schools", 101)->op, FeatureChange::Op::Remove); // mine kept in memory

        // A scenario deleted by one planner while another edits it; settings changed by both.
        Project e = Project::load(path);
        Project f = Project::load(path);
        e.scenarios.erase(e.scenarios.begin() + 1);
        e.title = "by e";
        e.save(path);
        f.scenarios[1].changes.set("schools", 900, anna);
        f.title = "by f";
        try {
            f.save(path);
            QFAIL("editing a deleted scenario went through");
        } catch (const ConflictError& error) {
            QCOMPARE(error.conflicts().size(), std::size_t(2));
        }
        QCOMPARE(Project::load(path).title, std::string("by e"));
        QCOMPARE(Project::load(path).scenarios.size(), std::size_t(1));
    }

    void projectsWithoutScenarioTablesLoad()
    {
        const std::string path = (m_dir.path() + "/old.polis").toStdString();
        projectWith(3, 1).save(path);
        {
            GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            for (int i = ds->GetLayerCount() - 1; i >= 0; --i)
                if (QByteArray(ds->GetLayer(i)->GetName()).startsWith("polis_") &&
                    QByteArray(ds->GetLayer(i)->GetName()) != "polis_project" && QByteArray(ds->GetLayer(i)->GetName()) != "polis_layers")
                    ds->DeleteLayer(i);
        }
        const Project old = Project::load(path);
        QCOMPARE(old.title, std::string("state 1"));
        QVERIFY(old.scenarios.empty());
        QVERIFY(old.indicators.empty());
    }

    void killDuringSaveLeavesPreviousOrNewState()
    {
        const std::string path = (m_dir.path() + "/killed.polis").toStdString();
        const Project a = projectWith(400, 1);
        const Project b = projectWith(700, 2);
        a.save(path);
        QRandomGenerator random(6);
        int sawA = 0, sawB = 0;
        for (int round = 0; round < 8; ++round) {
            const pid_t child = fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                for (int i = 0;; ++i) // save the two states in turn until killed
                    (i % 2 ? a : b).save(path);
            }
            QThread::msleep(50 + random.bounded(400));
            QCOMPARE(kill(child, SIGKILL), 0);
            int status = 0;
            QCOMPARE(waitpid(child, &status, 0), child);
            QVERIFY(WIFSIGNALED(status));
            const Project loaded = Project::load(path); // must open and read, whatever the moment was
            const bool isA = sameContent(loaded, a);
            const bool isB = sameContent(loaded, b);
            QVERIFY2(isA || isB, qPrintable(QString("round %1: neither state").arg(round)));
            sawA += isA;
            sawB += isB;
        }
        qInfo() << "states after the kills: previous/new A" << sawA << "B" << sawB;
    }

    void recoveryCopyHoldsUnsavedEdits()
    {
        const std::string path = (m_dir.path() + "/edited.polis").toStdString();
        const Project saved = projectWith(2, 1);
        saved.save(path);
        QVERIFY(!hasRecovery(path));
        const Project edited = projectWith(5, 2);
        writeRecovery(edited, path);
        QCOMPARE(recoveryPath(path), path + ".recovery");
        QVERIFY(hasRecovery(path));
        QVERIFY(!QFile::exists(QString::fromStdString(path + ".recovery.tmp")));
        QVERIFY(sameContent(Project::load(path), saved)); // the project itself is untouched
        QVERIFY(sameContent(loadRecovery(path), edited));
        writeRecovery(saved, path); // a later autosave replaces it
        QVERIFY(sameContent(loadRecovery(path), saved));
        discardRecovery(path);
        QVERIFY(!hasRecovery(path));
    }

    void recoveryAfterAKillRestoresUnsavedEdits()
    {
        const std::string path = (m_dir.path() + "/crashed.polis").toStdString();
        const Project saved = projectWith(3, 1);
        saved.save(path);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) { // an edit session: edits, an autosave, then a crash before saving
            Project edited = Project::load(path);
            edited.scenarios[0].changes.set("fibre", -99, FeatureChange{FeatureChange::Op::Add, Geometry::point(1.25, 2.5), {}});
            writeRecovery(edited, path);
            raise(SIGKILL);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QVERIFY(hasRecovery(path)); // the next start offers it
        QVERIFY(sameContent(Project::load(path), saved));
        const Project recovered = loadRecovery(path);
        const FeatureChange* edit = recovered.scenarios[0].changes.find("fibre", -99);
        QVERIFY(edit && edit->geometry == Geometry::point(1.25, 2.5));
        QCOMPARE(recovered.scenarios[0].changes.size(), saved.scenarios[0].changes.size() + 1);
    }

    void planningLayerInTheProject()
    {
        const std::string path = (m_dir.path() + "/planning.polis").toStdString();
        Project p;
        p.mapCrs = Crs::fromUserInput("EPSG:2100");
        p.layers.push_back(createPlanningLayer(path, "planning", "Σχέδια", p.mapCrs));
        QVERIFY_THROWS_EXCEPTION(IoError, createPlanningLayer(path, "planning", "again", p.mapCrs));
        Scenario s{1, "marina", "", {}};
        s.changes.set("Σχέδια", -1, FeatureChange{FeatureChange::Op::Add, Geometry::polygon({0, 0, 100, 0, 100, 100, 0, 0}),
                                                 {{"kind", std::string("marina")}, {"cost_eur", std::int64_t(12000000)}}});
        p.scenarios.push_back(s);
        p.save(path);

        const MapContent map = loadProject(path);
        QVERIFY(map.errors.empty());
        QCOMPARE(map.layers.size(), std::size_t(1));
        QCOMPARE(map.layers[0].features->size(), std::size_t(0));
        std::vector<std::string> names;
        for (const Field& f : map.layers[0].features->fields())
            names.push_back(f.name);
        QCOMPARE(names, (std::vector<std::string>{"kind", "name", "status", "phase", "cost_eur", "department", "notes"}));
        QCOMPARE(map.layers[0].style.field, std::string("kind"));
        QCOMPARE(map.layers[0].style.categories.size(), planningKinds().size());
        const std::vector<MapLayer> applied = scenarioLayers(map, "marina");
        QCOMPARE(applied[0].features->size(), std::size_t(1));
        QCOMPARE(applied[0].features->text(0, 0), std::string("marina"));
        QCOMPARE(applied[0].features->number(0, 4), 12000000.0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestScenarioStorage)
#include "tst_scenario_storage.moc"
