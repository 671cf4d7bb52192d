#include "panels/layout_controller.hpp"

#include "jobs/background_job.hpp"
#include "layers/core/error.hpp"
#include "layers/layout/layout_renderer.hpp"
#include "document/map_document.hpp"

namespace polis {
namespace {

constexpr double kPreviewWidthPx = 1000; ///< the preview's width in pixels, whatever the paper
constexpr double kMmPerInch = 25.4;

/// The document printed: page 1 is the map in the baseline (scenarios print the same layout).
LayoutDocument layoutOf(const MapContent& map)
{
    return LayoutDocument::build(map, map.layout, {"baseline"}, false);
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
        m_error = QString::fromStdString(e.what());
        emit previewChanged();
    }
}

void LayoutController::render()
{
    if (!document())
        return;
    m_previewJob->start(
        [map = document()->content()](BackgroundJob::State&) {
            std::pair<QImage, QString> result;
            try {
                const LayoutDocument doc = layoutOf(*map);
                const double dpi = kPreviewWidthPx / (doc.layout.pageSizeMm().first / kMmPerInch);
                result.first = LayoutRenderer::renderPage(doc, 0, int(dpi));
            } catch (const std::exception& e) {
                result.second = QString::fromStdString(e.what());
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
        [map = document()->content(), file = path.toStdString(), dpi](BackgroundJob::State&) {
            try {
                LayoutRenderer::write(layoutOf(*map), file, dpi);
            } catch (const std::exception& e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        },
        [this, path](const QString& error) { emit exported(path, error); });
}

} // namespace polis
