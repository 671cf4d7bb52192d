// The interactive web pack (`polis export PROJECT -o pack.html --all-scenarios`) in a real browser: Debian's
// headless Chromium opens it from a file URL with name resolution off. The colours are sample-data/README.md's
// (planning layer: runway #37474F approved; marina #0097A7 proposed: fill #80CBD3); the baseline has no
// planning features, the airport scenario adds the runway and the marina.
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_helpers.hpp"

using namespace cli_test;

class TestWebPack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pack;

    /// Opens the pack at `fragment` in headless Chromium: the screenshot (into `name`.png), stderr (console
    /// messages) and the net log (into `name`.json).
    Run browse(const QString& fragment, const QString& name, const QStringList& what)
    {
        return run(QStringList{"--headless=new", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND",
                               "--user-data-dir=" + m_dir.filePath("profile-" + name), "--window-size=1280,800",
                               "--virtual-time-budget=3000", "--enable-logging=stderr", "--v=0",
                               "--log-net-log=" + m_dir.filePath(name + ".json")} +
                       what + QStringList{QUrl::fromLocalFile(m_pack).toString() + fragment},
                   QStringLiteral("chromium"));
    }

    QImage screenshot(const QString& fragment, const QString& name, QString* log = nullptr)
    {
        const QString png = m_dir.filePath(name + ".png");
        const Run r = browse(fragment, name, {"--screenshot=" + png});
        if (log)
            *log = QString::fromUtf8(r.err);
        return QImage(png);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pack = m_dir.filePath("pack.html");
        const Run r = polis({"export", sample("heraklion.polis"), "-o", m_pack, "--all-scenarios"});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void oneSmallFile()
    {
        QVERIFY(QFileInfo(m_pack).size() < 5 * 1024 * 1024);
        QVERIFY(QFileInfo(m_pack).size() > 100 * 1024); // Leaflet itself is inlined
    }

    void scenarioOneShowsItsChanges()
    {
        QString log;
        const QImage scenario = screenshot("#scenario=1", "scenario1", &log);
        QVERIFY(!scenario.isNull());
        const QRect map(0, 90, 950, 680); // left of the side panel, below the controls
        QVERIFY2(countColour(scenario, map, QColor("#37474F"), 6) > 40, "no runway on the airport scenario's map");
        QVERIFY2(countColour(scenario, map, QColor("#80CBD3"), 6) > 5, "no marina on the airport scenario's map");
        // No console message at all (errors, warnings) and nothing fetched over the network by the page.
        QVERIFY2(!log.contains("CONSOLE"), qPrintable(log));
        QFile net(m_dir.filePath("scenario1.json"));
        QVERIFY(net.open(QIODevice::ReadOnly));
        const QString netLog = QString::fromUtf8(net.readAll());
        // The log holds requests in the form the check below reads (the browser's own, at least).
        QVERIFY(netLog.contains(QRegularExpression("\"traffic_annotation\":\\d+,\"url\":\"")));
        // 101845102: Chromium's traffic annotation of a page's resource loads ("blink_resource_loader"); the
        // browser's background requests (updates, accounts) carry others.
        static const QRegularExpression pageUrl("\"traffic_annotation\":101845102,\"url\":\"(https?://[^\"]*)\"");
        const auto m = pageUrl.match(netLog);
        QVERIFY2(!m.hasMatch(), qPrintable(m.captured(1)));

        // The baseline has no planning features: switching scenarios changes the map.
        const QImage baseline = screenshot("#scenario=0", "baseline");
        QCOMPARE(countColour(baseline, map, QColor("#80CBD3"), 6), 0);
        QCOMPARE(countColour(baseline, map, QColor("#37474F"), 6), 0);
    }

    void compareSideBySide()
    {
        // Baseline on the left, the airport scenario on the right, synchronised.
        const QImage image = screenshot("#compare=0,1", "compare");
        QVERIFY(!image.isNull());
        const QRect left(0, 90, 475, 680), right(475, 90, 475, 680);
        QCOMPARE(countColour(image, left, QColor("#80CBD3"), 6) + countColour(image, left, QColor("#37474F"), 6), 0);
        QVERIFY(countColour(image, right, QColor("#80CBD3"), 6) + countColour(image, right, QColor("#37474F"), 6) > 10);
    }

    void noExternalReferenceInThePage()
    {
        const Run dom = browse("#scenario=1", "dom", {"--dump-dom"});
        QVERIFY(dom.out.contains("Airport to Kasteli"));
        // The elements, scripts' text left out (Leaflet's source mentions its home page in a string).
        QString elements = QString::fromUtf8(dom.out);
        elements.remove(QRegularExpression("<script>.*?</script>", QRegularExpression::DotMatchesEverythingOption));
        QVERIFY(elements.contains("<select id=\"scenario\""));
        static const QRegularExpression external("(src|href)\\s*=\\s*\"https?:");
        QVERIFY2(!elements.contains(external), "the page refers to an external URL");
    }
};

QTEST_MAIN(TestWebPack)
#include "tst_web_pack.moc"
