// Engine errors are templates with arguments: English in what(), the reader's language in translated(), with
// parts (phrases, causes) translated inside the sentence that holds them.
#include "layers/core/error.hpp"
#include "layers/io/data_source.hpp"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace polis;

namespace {

/// A translator for the "polis::Error" context with a few known sentences, as a language's .qm would hold.
class ErrorTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (QLatin1String(context) != QLatin1String("polis::Error"))
            return {};
        const QLatin1String s(source);
        if (s == QLatin1String("%1: file not found"))
            return QStringLiteral("%1: το αρχείο δεν βρέθηκε");
        if (s == QLatin1String("%1, layer %2: %3"))
            return QStringLiteral("%1, επίπεδο %2: %3");
        if (s == QLatin1String("%1: cannot open: it is %2, not a file"))
            return QStringLiteral("%1: δεν ανοίγει: είναι %2, όχι αρχείο");
        if (s == QLatin1String("a device"))
            return QStringLiteral("μια συσκευή");
        return {};
    }
};

} // namespace

class TestError : public QObject
{
    Q_OBJECT

private slots:
    void englishSentenceWithItsArguments()
    {
        const IoError e(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: %3"), {"roads.shp", "roads", "broken"});
        QCOMPARE(std::string(e.what()), std::string("roads.shp, layer roads: broken"));
        QCOMPARE(e.translated(), std::string(e.what())); // no translator installed
    }

    void argumentsAreNeverSubstitutedAgain()
    {
        // A file called "%2.shp" must come out as it is, not with the layer's name in it.
        const IoError e(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: %3"), {"%2.shp", "roads", "%1"});
        QCOMPARE(std::string(e.what()), std::string("%2.shp, layer roads: %1"));
    }

    void translatedWithItsPartsAndCauses()
    {
        ErrorTranslator greek;
        QVERIFY(QCoreApplication::installTranslator(&greek));
        const IoError cause(QT_TRANSLATE_NOOP("polis::Error", "%1: cannot open: it is %2, not a file"),
                            {"/dev/null", Error::part(QT_TRANSLATE_NOOP("polis::Error", "a device"))});
        const IoError wrapped(QT_TRANSLATE_NOOP("polis::Error", "%1, layer %2: %3"),
                              {"project.polis", "Δρόμοι", Error::keep(cause)});
        QCOMPARE(QString::fromStdString(wrapped.translated()),
                 QStringLiteral("project.polis, επίπεδο Δρόμοι: /dev/null: δεν ανοίγει: είναι μια συσκευή, όχι αρχείο"));
        // what() stays English for logs and --json, parts included.
        QCOMPARE(std::string(wrapped.what()), std::string("project.polis, layer Δρόμοι: /dev/null: cannot open: it is a device, "
                                                          "not a file"));
        // A sentence the language lacks falls back to English, with its translated parts.
        const Error untranslated(QT_TRANSLATE_NOOP("polis::Error", "nothing like %1"),
                                 {Error::part(QT_TRANSLATE_NOOP("polis::Error", "a device"))});
        QCOMPARE(QString::fromStdString(untranslated.translated()), QStringLiteral("nothing like μια συσκευή"));
        QCoreApplication::removeTranslator(&greek);
    }

    void anEngineErrorReachesTheReaderTranslated()
    {
        ErrorTranslator greek;
        QCoreApplication::installTranslator(&greek);
        QTemporaryDir dir;
        const std::string missing = dir.filePath(QStringLiteral("λείπει.shp")).toStdString();
        try {
            DataSource::open(missing);
            QFAIL("a missing file opened");
        } catch (const std::exception& e) {
            QCOMPARE(QString::fromStdString(userMessage(e)), QString::fromStdString(missing + ": το αρχείο δεν βρέθηκε"));
            QCOMPARE(std::string(e.what()), missing + ": file not found");
        }
        QCoreApplication::removeTranslator(&greek);
        // Anything that is not an engine error is shown as it is.
        QCOMPARE(userMessage(std::runtime_error("cancelled")), std::string("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
