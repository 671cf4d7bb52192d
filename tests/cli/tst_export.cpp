// End-to-end tests of `polis export`: the real binary on the Heraklion sample project, its outputs checked
// with independent tools: poppler's pdfinfo, pdftotext and pdftoppm, Qt's PNG reader and XML parser. The
// expected layer names come from the project's polis_layers table read with GDAL; the colours from
// sample-data/README.md (fibre ring #E0208C, public buildings #D7301F).
#include <QDate>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "cli_helpers.hpp"

using namespace cli_test;

namespace {

const QString kTitle = QStringLiteral("Δημοτικό Συμβούλιο — χάρτης δοκιμής");

/// The names of the visible layers of a project, read from its polis_layers table with GDAL.
QStringList visibleLayerNames(const QString& project)
{
    QStringList names;
    GDALDatasetUniquePtr ds(GDALDataset::Open(project.toUtf8().constData(), GDAL_OF_VECTOR));
    OGRLayer* layers = ds ? ds->GetLayerByName("polis_layers") : nullptr;
    if (!layers)
        return names;
    for (auto& f : *layers) {
        if (f->GetFieldAsInteger("visible") != 0)
            names << QString::fromUtf8(f->GetFieldAsString("name"));
    }
    return names;
}

QString pdfText(const QString& pdf, int first, int last)
{
    const Run r = run({"-enc", "UTF-8", "-f", QString::number(first), "-l", QString::number(last), pdf, "-"},
                      QStringLiteral("pdftotext"));
    return QString::fromUtf8(r.out);
}

/// Page `number` of `pdf` drawn by poppler's pdftoppm at `dpi` (into `prefix`.png); null when it fails.
QImage pdfPage(const QString& pdf, int number, int dpi, const QString& prefix)
{
    const QString n = QString::number(number);
    if (run({"-r", QString::number(dpi), "-png", "-f", n, "-l", n, "-singlefile", pdf, prefix}, QStringLiteral("pdftoppm")).code != 0)
        return {};
    return QImage(prefix + ".png");
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pack; ///< the council pack, written once in initTestCase

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler); // "non conformant file extension" for *.polis
        QVERIFY(m_dir.isValid());
        m_pack = m_dir.filePath("pack.pdf");
        const Run r = polis({"export", sample("heraklion.polis"), "-o", m_pack, "--all-scenarios", "--paper", "A3",
                             "--orientation", "landscape", "--title", kTitle});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void listedInHelp()
    {
        QVERIFY(polis({"--help"}).out.contains("export"));
        const Run h = polis({"export", "--help"});
        QCOMPARE(h.code, 0);
        for (const char* option : {"--scenario", "--all-scenarios", "--paper", "--orientation", "--dpi", "--title"})
            QVERIFY2(h.out.contains(option), option);
    }

    void councilPackPagesAndPaper()
    {
        const Run info = run({"-f", "1", "-l", "99", m_pack}, QStringLiteral("pdfinfo"));
        QCOMPARE(info.code, 0);
        const QString text = QString::fromUtf8(info.out);
        // One map page per scenario (baseline + the sample's two, sample-data/README.md) and the closing
        // summary page with the feature counts and indicators.
        QVERIFY2(text.contains(QRegularExpression("Pages:\\s+4\\n")), qPrintable(text));
        // A3 landscape is 420 x 297 mm = 1190.55 x 841.89 pt; Qt writes whole points.
        const QRegularExpression size("Page\\s+(\\d) size:\\s+([\\d.]+) x ([\\d.]+) pts \\(A3\\)");
        int pages = 0;
        for (auto it = size.globalMatch(text); it.hasNext(); ++pages) {
            const auto m = it.next();
            QVERIFY2(std::abs(m.captured(2).toDouble() - 1190.55) < 1, qPrintable(m.captured(0)));
            QVERIFY2(std::abs(m.captured(3).toDouble() - 841.89) < 1, qPrintable(m.captured(0)));
        }
        QCOMPARE(pages, 4);
        QVERIFY(QFileInfo(m_pack).size() < 10 * 1024 * 1024);
    }

    void vectorsStayVectors()
    {
        // The only image on each of the three map pages is the project's one raster layer (the DEM), at
        // ~150 dpi on paper: every vector layer, the legend and the text are drawn as vectors.
        const Run list = run({"-list", m_pack}, QStringLiteral("pdfimages"));
        QCOMPARE(list.code, 0);
        const QRegularExpression row("^\\s*(\\d+)\\s+\\d+\\s+image\\s+(?:\\S+\\s+){9}(\\d+)\\s+(\\d+)",
                                     QRegularExpression::MultilineOption);
        int images = 0;
        for (auto it = row.globalMatch(QString::fromUtf8(list.out)); it.hasNext(); ++images) {
            const auto m = it.next();
            QCOMPARE(m.captured(1), QString::number(images + 1));
            QVERIFY2(m.captured(2).toInt() >= 140 && m.captured(2).toInt() <= 200, qPrintable(m.captured(0)));
        }
        QCOMPARE(images, 3);
    }

    void selectableTextWithGreekLegend()
    {
        const QString page1 = pdfText(m_pack, 1, 1);
        QVERIFY2(page1.contains(kTitle), qPrintable(page1));
        QVERIFY(page1.contains("baseline"));
        QVERIFY(page1.contains("EPSG:2100"));
        const QStringList layers = visibleLayerNames(sample("heraklion.polis"));
        QVERIFY(layers.size() >= 5);
        for (const QString& name : layers)
            QVERIFY2(page1.contains(name), qPrintable(name + " not in the legend text"));
        // The scenario pages carry their names (Qt may break long subtitles: compare without whitespace).
        auto squeeze = [](QString s) { return s.remove(QRegularExpression("\\s")); };
        QVERIFY(squeeze(pdfText(m_pack, 2, 2)).contains(squeeze("Airport to Kasteli + Pankritio marina")));
        QVERIFY(squeeze(pdfText(m_pack, 3, 3)).contains(squeeze("Fibre ring phase 2 + smart lighting")));
        const QString table = pdfText(m_pack, 4, 4);
        QVERIFY(table.contains("Summary"));
        QVERIFY(table.contains("baseline"));
        QVERIFY(table.contains(layers.front()));
        // The indicators, with the runway cost of sample-data/src/scenario_changes.csv (phase 1).
        QVERIFY2(squeeze(table).contains(squeeze("Cost phase 1 (EUR)")), qPrintable(table));
        // Numbers in the locale, digits grouped (",", ".", a space or a narrow no-break space).
        QVERIFY2(table.contains(QRegularExpression("480[,. \\x{00A0}\\x{202F}]000[,. \\x{00A0}\\x{202F}]000")),
                 qPrintable(table));
    }

    void everyPageNumberedTitledAndDated()
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (int n = 1; n <= 4; ++n) {
            const QString text = pdfText(m_pack, n, n);
            QVERIFY2(text.contains(QString("Page %1 of 4").arg(n)), qPrintable(text));
            QVERIFY2(text.contains(today), qPrintable(text));
            QVERIFY2(text.contains(kTitle), qPrintable(text));
        }
    }

    void mapAndLegendColours()
    {
        const QImage page = pdfPage(m_pack, 1, 100, m_dir.filePath("page"));
        QVERIFY(!page.isNull());
        const int w = page.width(), h = page.height();
        QVERIFY(w > h); // landscape
        // The map frame fills the left three quarters below the title; the legend tops the right-hand panel.
        const QRect mapArea(0, h / 8, w * 3 / 4, h * 7 / 8);
        const QRect legendArea(w * 77 / 100, 0, w * 23 / 100, h / 2);
        const QRect margins[] = {QRect(0, 0, w, h / 40), QRect(0, h - h / 40, w, h / 40)};
        for (const QColor& colour : {QColor("#E0208C"), QColor("#D7301F")}) {
            QVERIFY2(countColour(page, mapArea, colour) > 20, qPrintable(colour.name() + " missing on the map"));
            QVERIFY2(countColour(page, legendArea, colour) > 5, qPrintable(colour.name() + " missing in the legend"));
            for (const QRect& margin : margins)
                QCOMPARE(countColour(page, margin, colour), 0);
        }
    }

    void summaryChartsInTheScenarioColours()
    {
        // The summary page charts each indicator under the table: a bar per scenario in the scenario colours
        // README.md lists (baseline #7F7F7F, then #1F77B4, #FF7F0E), drawn as vectors.
        const QImage page = pdfPage(m_pack, 4, 60, m_dir.filePath("summary"));
        QVERIFY(!page.isNull());
        const int w = page.width(), h = page.height();
        const QRect table(0, 0, w, h / 2), charts(0, h * 11 / 20, w, h * 9 / 20);
        for (const QColor& colour : {QColor("#7F7F7F"), QColor("#1F77B4"), QColor("#FF7F0E")}) {
            QVERIFY2(countColour(page, charts, colour, 8) > 200, qPrintable(colour.name() + " bars missing"));
            if (colour.saturation() > 0) // grey is also the text's anti-aliasing
                QCOMPARE(countColour(page, table, colour, 8), 0);
        }
        // The bars are vector paths: the PDF's only images are the map pages' DEM (vectorsStayVectors).
        const QString text = pdfText(m_pack, 4, 4);
        // The difference to the baseline: the fibre scenario adds 7 street lights (sample-data/README.md).
        QVERIFY2(text.contains("(+7)"), qPrintable(text));
    }

    void pngCarriesItsResolution()
    {
        const QString png = m_dir.filePath("map.png");
        const Run r = polis({"export", sample("heraklion.polis"), "-o", png, "--paper", "A4", "--dpi", "300"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QImage image(png);
        QCOMPARE(image.dotsPerMeterX(), 11811); // 300 / 0.0254
        QCOMPARE(image.dotsPerMeterY(), 11811);
        // The project's layout is landscape: A4 landscape at 300 dpi.
        QCOMPARE(image.size(), QSize(3508, 2480));
    }

    void svgParsesAndHoldsTheTitle()
    {
        const QString svg = m_dir.filePath("map.svg");
        const Run r = polis({"export", sample("heraklion.polis"), "-o", svg, "--title", kTitle, "--scenario", "baseline"});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QStringList texts; // drawn <text>, not the document's <title>
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(texts.contains(kTitle), qPrintable(texts.join('|')));
        QVERIFY(texts.contains("Scenario: baseline"));

        // Drawn by Qt's own SVG renderer, the margins stay blank: the map does not spill over its frame
        // (QSvgGenerator drops clip paths, so this is what keeps long lines inside).
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QImage page(renderer.defaultSize(), QImage::Format_ARGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        renderer.render(&painter);
        painter.end();
        const int w = page.width(), h = page.height(), margin = w / 60; // 7 mm of the 10 mm margins
        for (const QRect& strip : {QRect(0, 0, margin, h), QRect(w - margin, 0, margin, h), QRect(0, 0, w, margin),
                                   QRect(0, h - margin, w, margin)})
            QCOMPARE(countColour(page, strip, Qt::white, 0), strip.width() * strip.height());
    }

    void unknownScenarioExitsOne()
    {
        const QString out = m_dir.filePath("b.pdf");
        const Run r = polis({"export", sample("heraklion.polis"), "-o", out, "--scenario", "Καστέλι"});
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, 1);
        const QString message = QString::fromUtf8(r.err);
        QVERIFY2(message.contains("heraklion.polis") && message.contains("Καστέλι") && message.contains("baseline"),
                 qPrintable(message));
        QVERIFY(!QFile::exists(out));
        const Run missing = polis({"export", m_dir.filePath("missing.polis"), "-o", out});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("missing.polis"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString p = sample("heraklion.polis");
        QTest::newRow("no output") << QStringList{"export", p};
        QTest::newRow("no project") << QStringList{"export", "-o", "x.pdf"};
        QTest::newRow("bad format") << QStringList{"export", p, "-o", "x.bmp"};
        QTest::newRow("bad paper") << QStringList{"export", p, "-o", "x.pdf", "--paper", "B5"};
        QTest::newRow("bad orientation") << QStringList{"export", p, "-o", "x.pdf", "--orientation", "up"};
        QTest::newRow("bad dpi") << QStringList{"export", p, "-o", "x.png", "--dpi", "lots"};
        QTest::newRow("pack as png") << QStringList{"export", p, "-o", "x.png", "--all-scenarios"};
        QTest::newRow("both") << QStringList{"export", p, "-o", "x.pdf", "--all-scenarios", "--scenario", "baseline"};
        QTest::newRow("not a project") << QStringList{"export", sample("districts.shp"), "-o", "x.pdf"};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = polis(args);
        QVERIFY2(isUsageError(r), qPrintable(QString("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.err))));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
