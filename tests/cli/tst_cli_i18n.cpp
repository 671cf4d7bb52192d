// The command line in the user's language: `LANGUAGE=el polis --help`, input errors, and the council pack
// printed with `polis export --lang`: read back with poppler's pdftotext (Hebrew must come out in logical
// order, as typed: pdftotext wraps right-to-left runs in embedding marks but keeps their letters in order), the terms those of each language's GIS users (QGIS's translations: Υπόμνημα, מקרא,
// Leģenda, Legenda), numbers grouped the reader's way.
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_helpers.hpp"

using namespace cli_test;

namespace {

/// Runs `program` with `args` under the environment's LANGUAGE=`language` (LANG stays C.UTF-8).
Run runIn(const QString& language, const QStringList& args, const QString& program = QStringLiteral(POLIS_BINARY))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.remove(QStringLiteral("LC_ALL"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    r.crashed = !p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCliI18n : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void helpFollowsLanguage()
    {
        const Run greek = runIn(QStringLiteral("el"), {QStringLiteral("--help")});
        QCOMPARE(greek.code, 0);
        const QString text = QString::fromUtf8(greek.out);
        QVERIFY2(text.contains(QStringLiteral("Εντολές:")) && text.contains(QStringLiteral("Εμφάνιση αυτής της βοήθειας")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Commands:")));
        // English stays the language of a system Polis has no translation for.
        const Run english = runIn(QStringLiteral("fr"), {QStringLiteral("--help")});
        QVERIFY(QString::fromUtf8(english.out).contains(QStringLiteral("Commands:")));
    }

    void inputErrorInGreek()
    {
        const Run r = runIn(QStringLiteral("el"), {QStringLiteral("export"), QStringLiteral("notes.txt"), QStringLiteral("-o"),
                                                   m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("δεν είναι έργο")), r.err.constData());
    }

    void engineErrorInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected"); // "file not found" as each language's translator wrote it
        QTest::newRow("el") << "el" << QStringLiteral("%1: το αρχείο δεν βρέθηκε");
        QTest::newRow("he") << "he" << QStringLiteral("%1: הקובץ לא נמצא");
        QTest::newRow("lv") << "lv" << QStringLiteral("%1: fails nav atrasts");
        QTest::newRow("pl") << "pl" << QStringLiteral("%1: nie znaleziono pliku");
    }

    void engineErrorInTheReadersLanguage()
    {
        // The engine raises the error (DataSource::open); the CLI prints it in the reader's language, naming the file.
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const QString missing = m_dir.filePath(QStringLiteral("Οδοί.shp"));
        const Run r = runIn(lang, {QStringLiteral("info"), missing});
        QCOMPARE(r.code, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(expected.arg(missing)), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("file not found")), qPrintable(err));
    }

    void indicatorTableInGreek()
    {
        // The indicator titles the project gives in Greek, the baseline's Greek title, Greek numbers (17,854 and
        // 480.000.000, under LANGUAGE=el and LANG=C.UTF-8); the scenario names are the planners' own.
        const Run r = runIn(QStringLiteral("el"), {QStringLiteral("scenario"), QStringLiteral("indicators"),
                                                   sample("heraklion.polis")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString table = QString::fromUtf8(r.out);
        for (const QString& e : {QStringLiteral("Οπτική ίνα (km)\t17,854"), QStringLiteral("Φωτιστικά οδών"),
                                 QStringLiteral("Κόστος 1ης φάσης (€)"), QStringLiteral("480.000.000"),
                                 QStringLiteral("Airport to Kasteli")})
            QVERIFY2(table.contains(e), qPrintable(e + QStringLiteral(" missing from:\n") + table));
        QVERIFY2(!table.contains(QStringLiteral("baseline")) && !table.contains(QStringLiteral("Fibre (km)")), qPrintable(table));
        // --json keeps the indicator's own name for scripts, with its title beside it.
        const Run json = runIn(QStringLiteral("el"), {QStringLiteral("scenario"), QStringLiteral("indicators"),
                                                      sample("heraklion.polis"), QStringLiteral("--json")});
        QVERIFY(json.out.contains("\"name\": \"Fibre (km)\""));
        QVERIFY(QString::fromUtf8(json.out).contains(QStringLiteral("\"title\": \"Οπτική ίνα (km)\"")));
    }

    void unknownLanguageIsAUsageError()
    {
        const Run r = polis({QStringLiteral("export"), sample("heraklion.polis"), QStringLiteral("-o"),
                             m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--lang"), QStringLiteral("xx")});
        QVERIFY(isUsageError(r));
        QVERIFY(r.err.contains("--lang"));
    }

    void councilPack_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("date"); // the short date as each language writes it (CLDR), with a 4-digit year
        // The sample's phase 1 cost, 480000000 EUR, grouped as the language groups thousands; the sample's
        // indicators under the titles its project gives them in that language (sample-data/src/indicators.json).
        QTest::newRow("el") << "el" << QStringList{"Υπόμνημα", "Σενάριο: Airport to Kasteli", "Σύνοψη", "480.000.000", "Οπτική ίνα (km)"} << "d/M/yyyy";
        QTest::newRow("he") << "he" << QStringList{"מקרא", "תרחיש", "סיכום", "מצב קיים", "480,000,000", "פנסי רחוב"} << "d.M.yyyy";
        QTest::newRow("lv") << "lv" << QStringList{"Leģenda", "Scenārijs:", "Kopsavilkums", "480 000 000", "Optiskā šķiedra (km)"} << "dd.MM.yyyy";
        QTest::newRow("pl") << "pl" << QStringList{"Legenda", "Scenariusz:", "Podsumowanie", "480 000 000", "Światłowód (km)"} << "d.MM.yyyy";
    }

    void councilPack()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        QFETCH(QString, date);
        const QString pdf = m_dir.filePath(lang + QStringLiteral(".pdf"));
        const Run r = polis({QStringLiteral("export"), sample("heraklion.polis"), QStringLiteral("-o"), pdf,
                             QStringLiteral("--all-scenarios"), QStringLiteral("--lang"), lang});
        QVERIFY2(r.code == 0, r.err.constData());
        const Run text = run({QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
                             QStringLiteral("pdftotext"));
        // Latvian and Polish group with a no-break space, which pdftotext gives as a space.
        const QString page = QString::fromUtf8(text.out).replace(QChar(0x00A0), QLatin1Char(' '));
        for (const QString& e : expected)
            QVERIFY2(page.contains(e), qPrintable(e + QStringLiteral(" missing from:\n") + page));
        // The date line and every page's folio give the date the reader's way, never as ISO 8601.
        const QDate today = QDate::currentDate();
        QVERIFY2(page.count(today.toString(date)) >= 2, qPrintable(today.toString(date) + QStringLiteral(" in:\n") + page));
        QVERIFY2(!page.contains(today.toString(Qt::ISODate)), qPrintable(page));
        QVERIFY(!page.contains(QStringLiteral("Fibre (km)"))); // the indicator; "Fibre ring" is a scenario's name
        for (const char* english : {"Legend", "Scenario", "Summary", "baseline", "Coordinate system", "Street lights"})
            QVERIFY2(!page.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(english)))), english);
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
