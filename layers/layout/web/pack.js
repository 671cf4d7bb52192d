// The council's web pack: one scenario's map (or two, side by side or with a swipe), legend, indicators.
// Data: PACK (written by Polis's layout engine, layers/layout/web_pack.cpp). No network access.
(function () {
  'use strict';
  const T = PACK.text;
  const $ = (id) => document.getElementById(id);
  const el = (tag, text) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; };

  function styleOf(layer, feature) {
    const s = layer.symbols[feature.properties.__s || 0] || layer.symbols[0];
    return { color: s.stroke, weight: s.width, fillColor: s.fill || s.stroke, fillOpacity: s.fill ? s.fillOpacity : 0,
             opacity: s.strokeOpacity, dashArray: s.dash || null, radius: s.size / 2 };
  }
  function popup(layer, feature) {
    const table = el('table');
    const head = el('tr'); const th = el('th', layer.name); th.colSpan = 2; head.appendChild(th); table.appendChild(head);
    for (const [k, v] of Object.entries(feature.properties)) {
      if (k === '__s') continue;
      const tr = el('tr'); tr.appendChild(el('td', k)); tr.appendChild(el('td', v === null ? '' : String(v)));
      table.appendChild(tr);
    }
    return table;
  }
  function makeMap(id) {
    const map = L.map(id, { zoomSnap: 0.25, attributionControl: true });
    map.getContainer().style.background = PACK.background;
    map.attributionControl.setPrefix('Leaflet');
    L.control.scale({ imperial: false }).addTo(map);
    return map;
  }
  function show(map, overlays, scenario) {
    overlays.forEach((o) => map.removeLayer(o));
    overlays.length = 0;
    for (const layer of PACK.layers) {
      const data = layer.versions[String(scenario)] || layer.versions['0'];
      if (!data) continue;
      const g = L.geoJSON(data, {
        style: (f) => styleOf(layer, f),
        pointToLayer: (f, ll) => L.circleMarker(ll, styleOf(layer, f)),
        onEachFeature: (f, l) => l.bindPopup(() => popup(layer, f)),
      });
      g.addTo(map);
      overlays.push(g);
    }
  }

  const mapA = makeMap('mapA'), mapB = makeMap('mapB');
  const overA = [], overB = [];
  let syncing = false;
  function sync(from, to) {
    from.on('move', () => { if (syncing) return; syncing = true; to.setView(from.getCenter(), from.getZoom(), { animate: false }); syncing = false; });
  }
  sync(mapA, mapB); sync(mapB, mapA);

  const state = { scenario: 0, mode: 'single', compare: 0 };
  function readHash() {
    const h = new URLSearchParams(location.hash.replace(/^#/, ''));
    const n = PACK.scenarios.length;
    const valid = (i) => Number.isInteger(i) && i >= 0 && i < n;
    if (h.has('compare')) {
      const [a, c] = h.get('compare').split(',').map(Number);
      if (valid(a) && valid(c)) { state.scenario = a; state.compare = c; state.mode = h.get('mode') === 'swipe' ? 'swipe' : 'side'; }
    } else if (h.has('scenario')) {
      const s = Number(h.get('scenario'));
      if (valid(s)) { state.scenario = s; state.mode = 'single'; }
    }
  }
  function writeHash() {
    const hash = state.mode === 'single' ? 'scenario=' + state.scenario
      : 'compare=' + state.scenario + ',' + state.compare + (state.mode === 'swipe' ? '&mode=swipe' : '');
    if (location.hash !== '#' + hash) history.replaceState(null, '', '#' + hash);
  }
  let swipeAt = 0.5;
  function layout() {
    const w = $('maps').clientWidth;
    const a = $('mapA').style, m = $('mapB').style, s = $('swipe').style;
    a.left = '0'; a.clipPath = ''; m.clipPath = '';
    a.right = m.right = 'auto';
    if (state.mode === 'side') { a.width = '50%'; m.left = '50%'; m.width = '50%'; m.display = ''; s.display = 'none'; }
    else if (state.mode === 'swipe') {
      a.width = '100%'; m.left = '0'; m.width = '100%'; m.display = ''; s.display = ''; s.left = (swipeAt * 100) + '%';
      m.clipPath = 'inset(0 0 0 ' + Math.round(swipeAt * w) + 'px)';
    } else { a.width = '100%'; m.display = 'none'; s.display = 'none'; }
    mapA.invalidateSize(false); mapB.invalidateSize(false);
  }
  function render() {
    $('scenario').value = String(state.scenario);
    $('mode').value = state.mode;
    $('compare').value = String(state.compare);
    $('compareBox').style.display = state.mode === 'single' ? 'none' : '';
    const name = PACK.scenarios[state.scenario].name;
    $('subtitle').textContent = state.mode === 'single' ? T.scenario.replace('%1', name)
      : T.comparing.replace('%1', name).replace('%2', PACK.scenarios[state.compare].name);
    show(mapA, overA, state.scenario);
    if (state.mode !== 'single') show(mapB, overB, state.compare);
    layout();
    writeHash();
  }

  // Controls, legend, indicators, title, footer.
  document.title = PACK.title;
  $('title').textContent = PACK.title;
  $('lScenario').textContent = T.scenarioLabel; $('lMode').textContent = T.view; $('lCompare').textContent = T.with;
  $('lLegend').textContent = T.legend; $('lIndicators').textContent = T.indicators;
  PACK.scenarios.forEach((s, i) => {
    for (const box of [$('scenario'), $('compare')]) { const o = el('option', s.name); o.value = String(i); box.appendChild(o); }
  });
  for (const [v, label] of [['single', T.single], ['side', T.sideBySide], ['swipe', T.swipe]]) {
    const o = el('option', label); o.value = v; $('mode').appendChild(o);
  }
  // Each scenario opens on what it changes (the print page's extent); a compare keeps the view.
  const frame = () => mapA.fitBounds(PACK.scenarios[state.scenario].bounds);
  $('scenario').onchange = (e) => { state.scenario = Number(e.target.value); render(); if (state.mode === 'single') frame(); };
  $('compare').onchange = (e) => { state.compare = Number(e.target.value); render(); };
  $('mode').onchange = (e) => { state.mode = e.target.value; render(); };
  window.addEventListener('hashchange', () => { readHash(); render(); if (state.mode === 'single') frame(); });
  window.addEventListener('resize', layout);
  const swipe = $('swipe');
  swipe.addEventListener('pointerdown', (e) => {
    swipe.setPointerCapture(e.pointerId);
    const move = (ev) => { const r = $('maps').getBoundingClientRect(); swipeAt = Math.min(1, Math.max(0, (ev.clientX - r.left) / r.width)); layout(); };
    swipe.onpointermove = move;
    swipe.onpointerup = () => { swipe.onpointermove = null; };
  });

  for (const layer of PACK.layers.slice().reverse()) {
    const div = el('div'); div.appendChild(el('b', layer.name)); $('legend').appendChild(div);
    for (const s of layer.symbols) {
      if (!s.label && layer.symbols.length > 1) continue;
      const row = el('div'); row.className = 'key';
      const sw = el('span'); sw.className = 'swatch'; sw.style.background = s.fill || 'transparent'; sw.style.borderColor = s.stroke;
      row.appendChild(sw); row.appendChild(document.createTextNode(s.label || '')); $('legend').appendChild(row);
    }
  }
  const ind = PACK.indicators, table = el('table'), head = el('tr');
  head.appendChild(el('th', ''));
  PACK.scenarios.forEach((s) => { const th = el('th'); const sw = el('span'); sw.className = 'swatch'; sw.style.background = s.colour; th.appendChild(sw); th.title = s.name; head.appendChild(th); });
  table.appendChild(head);
  ind.names.forEach((n, i) => {
    const tr = el('tr'); tr.appendChild(el('td', n));
    ind.text[i].forEach((t) => tr.appendChild(el('td', t)));
    table.appendChild(tr);
    const bars = el('tr'), td = el('td'); td.colSpan = PACK.scenarios.length + 1;
    const max = Math.max(...ind.values[i].map((v) => (v === null ? 0 : Math.abs(v))), 1e-12);
    ind.values[i].forEach((v, s) => {
      const bar = el('div'); bar.className = 'bar'; bar.style.background = PACK.scenarios[s].colour;
      bar.style.width = (v === null ? 0 : Math.abs(v) / max * 100) + '%'; td.appendChild(bar); td.appendChild(el('br'));
    });
    bars.appendChild(td); table.appendChild(bars);
  });
  $('indicators').appendChild(table);
  $('footer').textContent = PACK.footer;

  readHash();
  render();
  frame(); // mapB follows
})();
