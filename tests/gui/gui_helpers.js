.pragma library
// Helpers shared by the GUI tests: finding items by objectName and looking for colours in grabbed images.

// The item, popup or object named `name` below `root` (children, resources, popups' content), or null.
function findChild(root, name) {
    if (!root)
        return null
    if (root.objectName === name)
        return root
    const kids = Array.from(root.data || root.children || [])
    if (root.contentItem && kids.indexOf(root.contentItem) < 0)
        kids.push(root.contentItem)
    if (root.subMenu) // a menu's item opening a submenu
        kids.push(root.subMenu)
    for (let i = 0; i < kids.length; ++i) {
        const found = findChild(kids[i], name)
        if (found)
            return found
    }
    return null
}

// True when colour `c` is within `tolerance` (0..1 per channel) of `expected` (a colour or "#RRGGBB").
function near(c, expected, tolerance) {
    const e = Qt.color(expected)
    const t = tolerance === undefined ? 0.1 : tolerance
    return Math.abs(c.r - e.r) < t && Math.abs(c.g - e.g) < t && Math.abs(c.b - e.b) < t
}

// How many pixels of a grabbed `image` (sampled every `step` pixels) are near `expected`.
function countColour(image, expected, tolerance, step) {
    const s = step || 2
    let count = 0
    for (let y = 0; y < image.height; y += s) {
        for (let x = 0; x < image.width; x += s) {
            if (near(image.pixel(x, y), expected, tolerance))
                ++count
        }
    }
    return count
}

// `colour` (with alpha) painted over white, as a renderer shows a half-transparent fill.
function overWhite(colour) {
    const c = Qt.color(colour)
    return Qt.rgba(c.a * c.r + 1 - c.a, c.a * c.g + 1 - c.a, c.a * c.b + 1 - c.a, 1)
}

// The app's Main window opened on `source` (a .polis project) at 1280 x 800 (or `width` x `height`) and made
// active, for TestCase `test`; the caller keeps it and destroys it in cleanupTestCase.
function openMain(test, source, width, height) {
    const component = Qt.createComponent("qrc:/Polis/Main.qml")
    test.compare(component.status, 1 /* Component.Ready */, component.errorString())
    const window = component.createObject(null, { source: source, width: width || 1280, height: height || 800 })
    test.verify(window)
    window.requestActivate() // keyboard events go to the active window (Xvfb has no window manager)
    test.tryVerify(() => window.active, 5000)
    return window
}

// The row of the layer titled `name` in `doc`'s layer list, or -1.
function layerRow(doc, name) {
    for (let i = 0; i < doc.layers.count; ++i) {
        if (doc.layers.data(doc.layers.index(i, 0), Qt.UserRole + 1) === name)
            return i
    }
    return -1
}

// The id of the layer titled `name` in `doc`'s layer list (what panels and controllers take), or "".
function layerId(doc, name) {
    const row = layerRow(doc, name)
    return row < 0 ? "" : doc.layers.layerId(row)
}

// Waits until `map` has loaded and rendered a frame after frame number `previous`.
function waitForFrame(test, map, previous) {
    test.tryVerify(() => !map.document.loading && map.framesRendered > previous && !map.rendering, 20000)
}

// Opens the menu of row `row` of `window`'s layers panel with the row's "⋯" button, as a user does, for
// TestCase `test`; returns the menu once open.
function openLayerMenu(test, window, row) {
    const list = findChild(window.contentItem, "layerList")
    list.positionViewAtIndex(row, 4 /* ListView.Contain */)
    test.waitForRendering(list)
    const button = findChild(list.itemAtIndex(row), "layerMenuButton")
    test.verify(button, "no menu button on row " + row)
    test.mouseMove(button) // as a hand does: mouseClick() alone leaves the hover point where it was
    test.mouseClick(button)
    const menu = findChild(window.contentItem, "layerMenu")
    test.tryCompare(menu, "opened", true)
    return menu
}

// Clicks item `name` of the menu of row `row` of `window`'s layers panel; waits until the menu has closed.
function triggerLayerMenu(test, window, row, name) {
    const menu = openLayerMenu(test, window, row)
    const item = findChild(menu, name)
    test.verify(item, "no menu item " + name)
    test.verify(item.enabled, name + " is disabled")
    test.mouseMove(item)
    test.mouseClick(item)
    test.tryCompare(menu, "visible", false)
}
