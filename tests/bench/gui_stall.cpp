#include "gui_stall.hpp"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointF>
#include <QQmlApplicationEngine>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRectF>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <time.h>

// The app's QML module "Polis" (Main.qml and the C++ types it uses), linked in statically as in the app.
Q_IMPORT_QML_PLUGIN(PolisPlugin)

namespace polis::bench {
namespace {

constexpr double tickMs = 16.0;

qint64 monotonicNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

/// A 16 ms timer on the GUI thread; every tick's lateness (interval - 16 ms, at least 0) goes to the action
/// being measured. A GUI thread blocked for 300 ms makes the next tick 284 ms late.
class LatenessProbe
{
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(int(tickMs));
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_samples) {
                const double late = std::max(0.0, double(now - m_last) / 1e6 - tickMs);
                m_samples->push_back(late);
                if (late > 50 && m_stalls)
                    m_stalls->push_back({m_lastMonotonic, monotonicNs()});
            }
            m_lastMonotonic = monotonicNs();
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    /// Ticks from now on go to `samples` (null: nowhere); the next tick is measured from now.
    /// ...and the CLOCK_MONOTONIC spans of the ticks over 50 ms late to `stalls` (to find them in a profile).
    void record(std::vector<double>* samples, std::vector<std::pair<qint64, qint64>>* stalls = nullptr)
    {
        m_samples = samples;
        m_stalls = stalls;
        m_last = m_clock.nsecsElapsed();
        m_lastMonotonic = monotonicNs();
    }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastMonotonic = 0;
    qint64 m_ticks = 0;
    std::vector<double>* m_samples = nullptr;
    std::vector<std::pair<qint64, qint64>>* m_stalls = nullptr;
};

/// Runs the GUI event loop until `done()` or `timeoutMs`; false on timeout.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    bool ok = false;
    QTimer poll;
    poll.setInterval(4);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        } else if (clock.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    poll.start();
    loop.exec();
    return ok;
}

void settle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    waitUntil([&] { return clock.elapsed() >= ms; }, ms + 1000);
}

/// Every object below `root`: QObject children, items' child items and a window's content item.
void collect(QObject* root, std::vector<QObject*>& out, std::set<QObject*>& seen)
{
    if (!root || !seen.insert(root).second)
        return;
    out.push_back(root);
    for (QObject* child : root->children())
        collect(child, out, seen);
    if (auto* item = qobject_cast<QQuickItem*>(root)) {
        for (QQuickItem* child : item->childItems())
            collect(child, out, seen);
    }
    if (auto* window = qobject_cast<QQuickWindow*>(root))
        collect(window->contentItem(), out, seen);
}

std::vector<QObject*> allObjects(QObject* root)
{
    std::vector<QObject*> out;
    std::set<QObject*> seen;
    collect(root, out, seen);
    return out;
}

QObject* named(QObject* root, const char* name)
{
    for (QObject* o : allObjects(root)) {
        if (o->objectName() == QLatin1String(name))
            return o;
    }
    return nullptr;
}

/// True when `o`'s class (or a base, e.g. of a QML-derived type) is called `type`, namespaces ignored.
bool isA(const QObject* o, const char* type)
{
    for (const QMetaObject* m = o->metaObject(); m; m = m->superClass()) {
        const QByteArray name(m->className());
        if (name == type || name.endsWith(QByteArray("::") + type))
            return true;
    }
    return false;
}

QObject* ofType(QObject* root, const char* type)
{
    for (QObject* o : allObjects(root)) {
        if (isA(o, type))
            return o;
    }
    return nullptr;
}

QVariant get(QObject* o, const char* property)
{
    return o ? QQmlProperty::read(o, QString::fromLatin1(property)) : QVariant();
}

bool set(QObject* o, const char* property, const QVariant& value)
{
    return o && QQmlProperty::write(o, QString::fromLatin1(property), value);
}

QObject* object(QObject* o, const char* property)
{
    return get(o, property).value<QObject*>();
}

/// One benchmarked action: the ticks' lateness while it ran, how long it took and whether it finished.
struct ActionResult
{
    std::string name;
    std::vector<double> lateness;
    std::vector<std::pair<qint64, qint64>> stalls; ///< CLOCK_MONOTONIC ns of the ticks over 50 ms late
    double wallMs = 0;
    bool timedOut = false;
    std::string note; ///< what went wrong, if anything
};

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5))];
}

std::string jsonString(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20)
            continue;
        out += c;
    }
    return out + "\"";
}

std::string toJson(const ActionResult& r)
{
    const double maxMs = r.lateness.empty() ? 0 : *std::max_element(r.lateness.begin(), r.lateness.end());
    char buf[256];
    std::snprintf(buf, sizeof buf, "{\"p50_ms\": %.1f, \"p99_ms\": %.1f, \"max_ms\": %.1f, \"ticks\": %zu, \"wall_ms\": %.1f, "
                                   "\"timeout\": %s",
                  quantile(r.lateness, 0.5), quantile(r.lateness, 0.99), maxMs, r.lateness.size(), r.wallMs,
                  r.timedOut ? "true" : "false");
    std::string out = buf;
    if (!r.note.empty())
        out += ", \"note\": " + jsonString(r.note);
    return out + "}";
}

const char* option(int argc, char** argv, const char* name, const char* fallback)
{
    for (int i = 0; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return argv[i + 1];
    }
    return fallback;
}

/// The map views' "a frame for the current state is on screen": no render running and a frame finished
/// after `frames`.
bool framed(QObject* view, int frames)
{
    return get(view, "framesRendered").toInt() > frames && !get(view, "rendering").toBool();
}

/// Calls `f` whenever `property` of `sender` notifies a change (a QML binding's view of the object).
class OnChange : public QObject
{
    Q_OBJECT
public:
    OnChange(QObject* sender, const char* property, std::function<void()> f) : m_f(std::move(f))
    {
        QQmlProperty(sender, QString::fromLatin1(property)).connectNotifySignal(this, SLOT(fire()));
    }
public slots:
    void fire() { m_f(); }

private:
    std::function<void()> m_f;
};

/// Waits for the document's load (started before the call) to end, then for `view`'s frame of the result.
/// The frame count is taken when `loading` turns false: the frame of the new content may already be
/// under way then (the content is replaced first), but cannot have finished.
std::function<bool()> loadedAndFramed(QObject* doc, QObject* view)
{
    auto framesAtLoad = std::make_shared<int>(-1);
    auto watch = std::make_shared<OnChange>(doc, "loading", [=] {
        if (!get(doc, "loading").toBool() && *framesAtLoad < 0)
            *framesAtLoad = get(view, "framesRendered").toInt();
    });
    return [=] { return *framesAtLoad >= 0 && watch && framed(view, *framesAtLoad); };
}

} // namespace

int guiStallBenchmark(int argc, char** argv)
{
    const QString source = QFileInfo(QString::fromLocal8Bit(argv[2])).absoluteFilePath();
    const QString addOption = QString::fromLocal8Bit(option(argc, argv, "--add", ""));
    const QString added = addOption.isEmpty() ? QString() : QFileInfo(addOption).absoluteFilePath();
    QString savePath = QString::fromLocal8Bit(option(argc, argv, "--save", ""));
    const bool keepSaved = !savePath.isEmpty();
    if (savePath.isEmpty())
        savePath = QDir::temp().filePath(QStringLiteral("polis-bench-gui-stall-%1.polis").arg(QCoreApplication::applicationPid()));
    const int timeoutMs = int(1000 * std::atof(option(argc, argv, "--timeout", "180")));
    const int steps = std::max(1, std::atoi(option(argc, argv, "--steps", "20")));
    for (const QString& path : {source, added}) {
        if (!path.isEmpty() && !QFileInfo::exists(path)) {
            std::fprintf(stderr, "polis-bench gui-stall: no such file: %s\n", qPrintable(path));
            return 2;
        }
    }
    for (const QString& suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(savePath + suffix);

    // The app's settings (recent projects) and recovery files stay the app's: ours are polis-bench's.
    QCoreApplication::setOrganizationName(QStringLiteral("Polis"));
    QCoreApplication::setApplicationName(QStringLiteral("polis-bench"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("source"), QString()}, {QStringLiteral("sampleProject"), QString()}});
    engine.load(QUrl(QStringLiteral("qrc:/Polis/Main.qml"))); // as polis::gui::run does
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "polis-bench gui-stall: Main.qml did not load\n");
        return 1;
    }
    QObject* window = engine.rootObjects().first();
    QObject* mapView = named(window, "mapView");
    QObject* doc = ofType(window, "MapDocument");
    if (!doc)
        doc = object(mapView, "document");
    QObject* comparePanel = named(window, "comparePanel");
    if (!mapView || !doc || !comparePanel) {
        std::fprintf(stderr, "polis-bench gui-stall: the window lacks %s\n",
                     !mapView ? "the map view (objectName mapView)"
                              : !doc ? "the MapDocument" : "the compare panel (objectName comparePanel)");
        return 1;
    }
    auto* layers = qobject_cast<QAbstractItemModel*>(object(doc, "layers"));
    auto layerCount = [&] { return layers ? layers->rowCount() : 0; };

    LatenessProbe probe;
    settle(500); // the window's first frames
    std::vector<ActionResult> results;
    auto measure = [&](const char* name, const std::function<std::function<bool()>(ActionResult&)>& start) {
        ActionResult r;
        r.name = name;
        settle(300);
        QElapsedTimer clock;
        probe.record(&r.lateness, &r.stalls);
        const qint64 startedAt = monotonicNs();
        clock.start();
        const std::function<bool()> done = start(r); // the action's synchronous part runs here
        const int remaining = std::max(1, timeoutMs - int(clock.elapsed()));
        r.timedOut = !waitUntil(done, remaining);
        r.wallMs = double(clock.nsecsElapsed()) / 1e6;
        const qint64 ticks = probe.ticks();
        waitUntil([&] { return probe.ticks() > ticks; }, 1000); // the tick after the end counts a final stall
        probe.record(nullptr);
        if (r.timedOut && r.note.empty())
            r.note = "timed out after " + std::to_string(timeoutMs / 1000) + " s";
        // Progress, with the action's CLOCK_MONOTONIC span (s) to find it in a profile (perf record -k mono).
        std::string stalls;
        for (const auto& [from, to] : r.stalls) {
            char span[64];
            std::snprintf(span, sizeof span, " %.3f-%.3f", double(from) / 1e9, double(to) / 1e9);
            stalls += span;
        }
        std::fprintf(stderr, "polis-bench gui-stall: %s %s monotonic %.3f-%.3f, stalls over 50 ms:%s\n", name,
                     toJson(r).c_str(), double(startedAt) / 1e9, double(monotonicNs()) / 1e9,
                     stalls.empty() ? " none" : stalls.c_str());
        results.push_back(std::move(r));
    };

    // 1. Open: the document's source, as the welcome page and the open dialog set it.
    measure("open", [&](ActionResult&) {
        set(doc, "source", source);
        return loadedAndFramed(doc, mapView);
    });
    long long features = 0;
    if (layers) {
        const int role = layers->roleNames().key("featureCount", -1);
        for (int row = 0; row < layers->rowCount(); ++row)
            features += std::max(0, layers->data(layers->index(row, 0), role).toInt());
    }
    const QStringList scenarios = get(doc, "scenarios").toStringList();

    // 2. Pan and zoom, steps 100 ms apart as a hand moves: zoom in towards the centre, pan, zoom out.
    measure("pan_zoom", [&](ActionResult&) {
        const double w = get(mapView, "width").toDouble(), h = get(mapView, "height").toDouble();
        int frames = 0;
        for (int i = 0; i < steps; ++i) {
            if (i > 0)
                settle(100);
            frames = get(mapView, "framesRendered").toInt();
            const int phase = i * 4 / steps; // in, pan right, pan down, out
            if (phase == 0)
                QMetaObject::invokeMethod(mapView, "zoomAt", Q_ARG(QPointF, QPointF(w * 0.55, h * 0.45)), Q_ARG(double, 1.5));
            else if (phase == 1)
                QMetaObject::invokeMethod(mapView, "panBy", Q_ARG(double, -w / 6), Q_ARG(double, 0.0));
            else if (phase == 2)
                QMetaObject::invokeMethod(mapView, "panBy", Q_ARG(double, 0.0), Q_ARG(double, -h / 6));
            else
                QMetaObject::invokeMethod(mapView, "zoomAt", Q_ARG(QPointF, QPointF(w * 0.5, h * 0.5)), Q_ARG(double, 1 / 1.5));
        }
        return std::function<bool()>([=] { return framed(mapView, frames); }); // the last step's frame
    });

    // 3. Every scenario in the toolbar's scenario box, then back to the baseline, each until its frame.
    measure("switch_scenarios", [&](ActionResult& r) {
        for (const QString& name : scenarios.mid(1) + QStringList{QStringLiteral("baseline")}) {
            const int frames = get(mapView, "framesRendered").toInt();
            set(doc, "activeScenario", name);
            // A scenario's layers may be prepared on a worker (`loading`): wait for them and their frame.
            if (!waitUntil([&] { return !get(doc, "loading").toBool() && framed(mapView, frames); }, timeoutMs)) {
                r.note = "no frame after switching to " + name.toStdString();
                return std::function<bool()>([] { return false; });
            }
        }
        return std::function<bool()>([] { return true; });
    });

    // 4. Compare the first two scenarios side by side: the panel's boxes, then the panel shown.
    measure("compare", [&](ActionResult& r) {
        QObject* a = named(comparePanel, "compareA");
        QObject* b = named(comparePanel, "compareB");
        QObject* viewA = named(comparePanel, "compareViewA");
        QObject* viewB = named(comparePanel, "compareViewB");
        if (!a || !b || !viewA || !viewB) {
            r.note = "the compare panel lacks compareA, compareB, compareViewA or compareViewB";
            return std::function<bool()>([] { return false; });
        }
        set(a, "currentIndex", std::min<int>(1, int(scenarios.size()) - 1));
        set(b, "currentIndex", std::min<int>(2, int(scenarios.size()) - 1));
        const int framesA = get(viewA, "framesRendered").toInt(), framesB = get(viewB, "framesRendered").toInt();
        set(comparePanel, "visible", true);
        return std::function<bool()>([=] { return framed(viewA, framesA) && framed(viewB, framesB); });
    });
    set(comparePanel, "visible", false);

    // 5. Save as a new project, with the map's view as its extent (the save dialog's call).
    measure("save", [&](ActionResult& r) {
        QRectF view;
        QMetaObject::invokeMethod(mapView, "viewRect", Q_RETURN_ARG(QRectF, view));
        QString error;
        QMetaObject::invokeMethod(doc, "save", Q_RETURN_ARG(QString, error), Q_ARG(QString, savePath), Q_ARG(QRectF, view));
        if (!error.isEmpty())
            r.note = error.toStdString();
        // Saves may run on a worker (`saving`): done when it finished and the state counts as saved.
        return std::function<bool()>([=] {
            return !get(doc, "saving").toBool() && QFileInfo::exists(savePath) && !get(doc, "modified").toBool();
        });
    });

    // 6. Add a second dataset (the add-layers dialog's call) until its layers are drawn.
    const int layersBefore = layerCount();
    measure("add_layer", [&](ActionResult&) {
        const QString path = added.isEmpty() ? source : added;
        QMetaObject::invokeMethod(doc, "addSources", Q_ARG(QStringList, QStringList{path}));
        auto loaded = loadedAndFramed(doc, mapView);
        return std::function<bool()>([=] { return loaded() && layerCount() > layersBefore; });
    });

    bool meets = true;
    std::string actions;
    for (const ActionResult& r : results) {
        const double maxMs = r.lateness.empty() ? 0 : *std::max_element(r.lateness.begin(), r.lateness.end());
        meets = meets && !r.timedOut && quantile(r.lateness, 0.99) <= 50 && maxMs <= 100;
        actions += (actions.empty() ? "" : ", ") + jsonString(r.name) + ": " + toJson(r);
    }
    std::string names;
    for (const QString& s : scenarios)
        names += (names.empty() ? "" : ", ") + jsonString(s.toStdString());
    std::printf("{\"source\": %s, \"added\": %s, \"features\": %lld, \"layers\": %d, \"scenarios\": [%s], "
                "\"tick_ms\": %.0f, \"target\": {\"p99_ms\": 50, \"max_ms\": 100}, \"meets_target\": %s, %s}\n",
                jsonString(source.toStdString()).c_str(), jsonString((added.isEmpty() ? source : added).toStdString()).c_str(),
                features, layerCount(), names.c_str(), tickMs, meets ? "true" : "false", actions.c_str());
    std::fflush(stdout);
    for (const QString& suffix : keepSaved ? QStringList() : QStringList{QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(savePath + suffix);
    return 0;
}

} // namespace polis::bench

#include "gui_stall.moc"
