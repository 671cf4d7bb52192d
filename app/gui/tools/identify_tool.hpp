#pragma once
#include "tools/pan_tool.hpp"

#include <QVariantList>

namespace polis {

/// Pans like PanTool; a click identifies the features under it (MapDocument::identify, within `tolerance`
/// pixels) and selects them. GUI thread only.
class IdentifyTool : public PanTool
{
    Q_OBJECT
    QML_ELEMENT
    /// True: only the topmost feature (picking one to edit); false: every feature of every layer there.
    Q_PROPERTY(bool topmostOnly READ topmostOnly WRITE setTopmostOnly NOTIFY topmostOnlyChanged)
    /// The hit distance in item pixels (default 5).
    Q_PROPERTY(double tolerance READ tolerance WRITE setTolerance NOTIFY toleranceChanged)

public:
    explicit IdentifyTool(QObject* parent = nullptr);

    bool topmostOnly() const { return m_topmostOnly; }
    void setTopmostOnly(bool topmostOnly);
    double tolerance() const { return m_tolerance; }
    void setTolerance(double pixels);

signals:
    void topmostOnlyChanged();
    void toleranceChanged();
    /// What a click found: MapDocument::identify's results.
    void identified(const QVariantList& results);

protected:
    void click(QPointF at) override;

private:
    bool m_topmostOnly = false;
    double m_tolerance = 5;
};

} // namespace polis
