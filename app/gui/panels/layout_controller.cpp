#include "panels/layout_controller.hpp"

#include "jobs/background_job.hpp"
#include "layers/core/error.hpp"
#include "layers/layout/layout_renderer.hpp"
#include "document/map_document.hpp"

namespace polis {
namespace {

constexpr double kPreviewWidthPx = 1000; ///< the preview's width in pixels, whatever the paper
constexpr double kMmPerInch = 25.4;

/// What the window prints: the baseline's layers and the scenario shown, from which the engine builds the
/// page's map, legend and title alike. Taken on the GUI thread (cheap: the stores are shared).
struct Printed
{
    std::shared_ptr<const MapContent> baseline;
    std::string scenario;

    LayoutDocument layout() const { return LayoutDocument::build(*baseline, baseline->layout, {scenario}, false); }
};

Printed printed(const Document& engine)
{
    return {std::make_shared<const MapContent>(engine.baselineContent()), engine.activeScenario()};
}

} // namespace

LayoutController::LayoutController(QObject* parent)
    : DocumentController(parent), m_previewJob(new BackgroundJob(this))
{
    m_renderDelay.setSingleShot(true);
    m_renderDelay.setInterval(150);
    connect(&m_renderDelay, &QTimer::timeout, this, &LayoutController::render);
}

void LayoutController::contentChanged()
{
    emit settingsChanged();
    m_renderDelay.start(); // the preview follows the layout and the map
}

QVariantMap LayoutController::settings() const
{
    QVariantMap map;
    if (!document())
        return map;
    for (const auto& [key, value] : document()->content()->layout.toKeyValues()) {
        const QString text = QString::fromStdString(value);
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            map.insert(QString::fromStdString(key), text == QLatin1String("true"));
        else
            map.insert(QString::fromStdString(key), text);
    }
    return map;
}

void LayoutController::set(const QString& key, const QVariant& value)
{
    if (!document())
        return;
    auto values = document()->content()->layout.toKeyValues();
    values[key.toStdString()] = value.typeId() == QMetaType::Bool ? (value.toBool() ? "true" : "false")
                                                                  : value.toString().toStdString();
    try {
        document()->engine().setLayout(PrintLayout::fromKeyValues(values));
    } catch (const Error& e) {
        m_error = QString::fromStdString(polis::userMessage(e));
        emit previewChanged();
    }
}

void LayoutController::render()
{
    if (!document())
        return;
    m_previewJob->start(
        [printed = printed(document()->engine())](BackgroundJob::State&) {
            std::pair<QImage, QString> result;
            try {
                const LayoutDocument doc = printed.layout();
                const double dpi = kPreviewWidthPx / (doc.layout.pageSizeMm().first / kMmPerInch);
                result.first = LayoutRenderer::renderPage(doc, 0, int(dpi));
            } catch (const std::exception& e) {
                result.second = QString::fromStdString(polis::userMessage(e));
            }
            return result;
        },
        [this](std::pair<QImage, QString> result) {
            m_preview = std::move(result.first);
            m_error = std::move(result.second);
            emit previewChanged();
        });
}

void LayoutController::exportTo(const QString& pathOrUrl, int dpi)
{
    if (!document())
        return;
    const QString path = localPath(pathOrUrl);
    job()->start(
        [printed = printed(document()->engine()), file = path.toStdString(), dpi](BackgroundJob::State&) {
            try {
                LayoutRenderer::write(printed.layout(), file, dpi);
            } catch (const std::exception& e) {
                return QString::fromStdString(polis::userMessage(e));
            }
            return QString();
        },
        [this, path](const QString& error) { emit exported(path, error); });
}

} // namespace polis
