#include "place_search.hpp"

#include "../../core/detail/number_text.hpp"
#include "../../core/transform.hpp"

#include <QRegularExpression>
#include <QString>

#include <cmath>

namespace polis::detail {
namespace {

constexpr int kGreekGrid = 2100;
constexpr int kWgs84 = 4326;
/// How far outside its area of use a Greek Grid pair may lie (islets, offshore works), in metres.
constexpr double kGridMargin = 20000;
/// The latitudes a world-wide area of use is cut to before projecting it (Mercator-like CRSs end near ±85°).
constexpr double kMaxLatitude = 85;

QString trimmed(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed();
}

std::optional<double> number(const QString& text)
{
    QString dotted = text;
    dotted.replace(QLatin1Char(','), QLatin1Char('.'));
    double value = 0;
    if (!parseDouble(dotted.toStdString(), value) || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// The hemisphere letter captured (upper case), or 0.
char letter(const QString& captured)
{
    return captured.isEmpty() ? char(0) : captured.at(0).toUpper().toLatin1();
}

bool isLatitudeLetter(char c)
{
    return c == 'N' || c == 'S';
}

/// The typed pair as (longitude, latitude), or nothing when it is not a pair of degrees.
std::optional<std::pair<double, double>> degrees(const NumberPair& p, const Extent& greece)
{
    double lat = p.a, lon = p.b;
    if (p.first || p.second) {
        const bool firstIsLatitude = p.first ? isLatitudeLetter(p.first) : !isLatitudeLetter(p.second);
        if (p.first && p.second && isLatitudeLetter(p.first) == isLatitudeLetter(p.second))
            return std::nullopt; // "35N 25N"
        if (!firstIsLatitude)
            std::swap(lat, lon);
    } else if (greece.contains(p.b, p.a)) {
        // latitude first, as ISO 6709 and most people write it
    } else if (greece.contains(p.a, p.b) || std::abs(p.a) > 90) {
        std::swap(lat, lon);
    }
    if (std::abs(lat) > 90 || std::abs(lon) > 180)
        return std::nullopt;
    return std::make_pair(lon, lat);
}

void addCoordinate(const NumberPair& pair, const Crs& map, std::vector<LocatorResult>& out)
{
    const Crs grid = Crs::fromEpsg(kGreekGrid);
    const Extent greece = grid.areaOfUse();
    LocatorResult r;
    r.kind = LocatorResult::Kind::Coordinate;
    const bool lettered = pair.first || pair.second;
    if (const auto lonLat = lettered || (std::abs(pair.a) <= 180 && std::abs(pair.b) <= 180)
                                ? degrees(pair, greece)
                                : std::nullopt) {
        r.epsg = kWgs84;
        std::tie(r.x, r.y) = *lonLat;
    } else if (lettered) {
        return;
    } else {
        const Extent metres = Transform(Crs::fromEpsg(kWgs84), grid).apply(greece).buffered(kGridMargin);
        if (metres.contains(pair.a, pair.b))
            std::tie(r.x, r.y) = std::make_pair(pair.a, pair.b);
        else if (metres.contains(pair.b, pair.a))
            std::tie(r.x, r.y) = std::make_pair(pair.b, pair.a); // northing first
        else
            return;
        r.epsg = kGreekGrid;
    }
    double xy[2] = {r.x, r.y};
    Transform(Crs::fromEpsg(r.epsg), map).apply(xy, 1);
    if (!std::isfinite(xy[0]) || !std::isfinite(xy[1]))
        return;
    r.extent = Extent::of(xy[0], xy[1], xy[0], xy[1]);
    out.push_back(std::move(r));
}

void addCrs(int code, const Crs& map, std::vector<LocatorResult>& out)
{
    const Crs crs = Crs::fromEpsg(code); // throws CrsError for a code PROJ does not know
    Extent area = crs.areaOfUse();
    if (area.isEmpty())
        return;
    area.ymin = std::max(area.ymin, -kMaxLatitude);
    area.ymax = std::min(area.ymax, kMaxLatitude);
    const Extent extent = Transform(Crs::fromEpsg(kWgs84), map).apply(area);
    if (extent.isEmpty() || !std::isfinite(extent.width()) || !std::isfinite(extent.height()))
        return;
    LocatorResult r;
    r.kind = LocatorResult::Kind::Crs;
    r.label = crs.name();
    r.epsg = code;
    r.extent = extent;
    out.push_back(std::move(r));
}

} // namespace

std::optional<NumberPair> parseNumberPair(std::string_view text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([+-]?\d+(?:[.,]\d+)?)\s*°?\s*([NSEW])?(?:\s*[,;]\s*|\s+|(?<=[NSEW]))([+-]?\d+(?:[.,]\d+)?)\s*°?\s*([NSEW])?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(trimmed(text));
    if (!m.hasMatch())
        return std::nullopt;
    const auto a = number(m.captured(1)), b = number(m.captured(3));
    if (!a || !b)
        return std::nullopt;
    NumberPair pair{*a, *b, letter(m.captured(2)), letter(m.captured(4))};
    if (pair.first == 'S' || pair.first == 'W')
        pair.a = -pair.a;
    if (pair.second == 'S' || pair.second == 'W')
        pair.b = -pair.b;
    return pair;
}

std::optional<int> parseEpsgCode(std::string_view text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(?:EPSG\s*[: ]?\s*)?(\d{4,6})$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(trimmed(text));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

std::vector<LocatorResult> placeResults(std::string_view query, const Crs& map)
{
    std::vector<LocatorResult> out;
    if (!map.isValid())
        return out;
    try {
        if (const auto code = parseEpsgCode(query))
            addCrs(*code, map, out);
        else if (const auto pair = parseNumberPair(query))
            addCoordinate(*pair, map, out);
    } catch (const std::exception&) {
        // PROJ cannot place it (an unknown code, no transformation to the map CRS): no result
    }
    return out;
}

} // namespace polis::detail
