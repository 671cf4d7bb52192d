<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>AttributeForm</name>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Phase or year</source>
        <translation>Kārta vai gads</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Paredzamās izmaksas</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Nodaļa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n objekts</numerusform>
            <numerusform>%n objekti</numerusform>
            <numerusform>%n objektu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <source>Filter, e.g. kind = &apos;school&apos; AND floors &gt; 2</source>
        <translation>Filtrs, piem., kind = &apos;school&apos; AND floors &gt; 2</translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>Atlasīt visus atbilstošos</translation>
    </message>
</context>
<context>
    <name>CompareDifference</name>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 salīdzinājumā ar %2</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Pievienoti: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Noņemti: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Mainīti: %1</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare</source>
        <translation>Salīdzināt</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Blakus</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>Pārbīde</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Atšķirība</translation>
    </message>
    <message>
        <source>Close the compare panel</source>
        <translation>Aizvērt salīdzināšanas paneli</translation>
    </message>
</context>
<context>
    <name>CompareSwipe</name>
    <message>
        <source>Drag to reveal B over A</source>
        <translation>Velciet, lai atklātu B virs A</translation>
    </message>
</context>
<context>
    <name>CrsPicker</name>
    <message>
        <source>Map coordinate reference system (now %1)</source>
        <translation>Kartes koordinātu atskaites sistēma (pašlaik %1)</translation>
    </message>
    <message>
        <source>Search by EPSG code or name, e.g. 2100 or Greek Grid</source>
        <translation>Meklēt pēc EPSG koda vai nosaukuma, piem., 2100 vai Greek Grid</translation>
    </message>
    <message>
        <source>No coordinate reference system matches.</source>
        <translation>Neviena koordinātu atskaites sistēma neatbilst.</translation>
    </message>
    <message>
        <source>EPSG:%1 — %2</source>
        <translation>EPSG:%1 — %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
</context>
<context>
    <name>FeatureField</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>GroupHeader</name>
    <message>
        <source>Show the group&apos;s layers</source>
        <translation>Rādīt grupas slāņus</translation>
    </message>
    <message>
        <source>Hide the group&apos;s layers in this list</source>
        <translation>Paslēpt grupas slāņus šajā sarakstā</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Atgrupēt</translation>
    </message>
    <message>
        <source>Keep the layers, without the group</source>
        <translation>Paturēt slāņus bez grupas</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message numerus="yes">
        <source>%n feature(s) here</source>
        <translation>
            <numerusform>%n objekts šeit</numerusform>
            <numerusform>%n objekti šeit</numerusform>
            <numerusform>%n objektu šeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — feature %2</source>
        <translation>%1 — objekts %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import layers</source>
        <translation>Importēt slāņus</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Izvēlieties importējamos failus</translation>
    </message>
    <message>
        <source>GIS data (*.shp *.zip *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb)</source>
        <translation>ĢIS dati (*.shp *.zip *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Izvēlieties importējamo mapi</translation>
    </message>
    <message>
        <source>Save the project to embed the layers into</source>
        <translation>Saglabājiet projektu, kurā iegult slāņus</translation>
    </message>
    <message>
        <source>Polis projects (*.polis)</source>
        <translation>Polis projekti (*.polis)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Pievienot failus…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Pievienot mapi…</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) chosen — you can also drop files on the window</source>
        <translation>
            <numerusform>Izvēlēta %n datu kopa — failus var arī nomest logā</numerusform>
            <numerusform>Izvēlētas %n datu kopas — failus var arī nomest logā</numerusform>
            <numerusform>Izvēlētas %n datu kopas — failus var arī nomest logā</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importēts</translation>
    </message>
    <message numerus="yes">
        <source>Import %n layer(s)</source>
        <translation>
            <numerusform>Importēt %n slāni</numerusform>
            <numerusform>Importēt %n slāņus</numerusform>
            <numerusform>Importēt %n slāņu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLayerCard</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formāts</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>KAS</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>nav norādīta</translation>
    </message>
    <message>
        <source>Use suggested EPSG:%1</source>
        <translation>Izmantot ieteikto EPSG:%1</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodējums</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Paraugs</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Objekti</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problēmas</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nav atrastas</translation>
    </message>
    <message>
        <source>EPSG</source>
        <translation>EPSG</translation>
    </message>
    <message>
        <source>e.g. 2100</source>
        <translation>piem., 2100</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Gaida</translation>
    </message>
    <message>
        <source>Choose this layer&apos;s CRS: without one it would be drawn in the wrong place.</source>
        <translation>Izvēlieties šī slāņa KAS: bez tās slānis tiktu zīmēts nepareizā vietā.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Tomēr importēt</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>tiks importēts</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBar</name>
    <message>
        <source>Text encoding</source>
        <translation>Teksta kodējums</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Kā noteikts</translation>
    </message>
    <message>
        <source>Windows Greek (CP1253)</source>
        <translation>Windows grieķu (CP1253)</translation>
    </message>
    <message>
        <source>ISO Greek (ISO-8859-7)</source>
        <translation>ISO grieķu (ISO-8859-7)</translation>
    </message>
    <message>
        <source>Windows Latin (CP1252)</source>
        <translation>Windows latīņu (CP1252)</translation>
    </message>
    <message>
        <source>Repair invalid geometries</source>
        <translation>Labot nederīgās ģeometrijas</translation>
    </message>
    <message>
        <source>Embed into the project</source>
        <translation>Iegult projektā</translation>
    </message>
    <message>
        <source>Keep a reference to the files</source>
        <translation>Saglabāt atsauci uz failiem</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicators (computing…)</source>
        <translation>Rādītāji (aprēķina…)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>esošā situācija</translation>
    </message>
</context>
<context>
    <name>LayerDelegate</name>
    <message>
        <source>Data: %1</source>
        <translation>Dati: %1</translation>
    </message>
    <message>
        <source>Drag to change the drawing order (or use the menu ⋯)</source>
        <translation>Velciet, lai mainītu zīmēšanas secību (vai izmantojiet izvēlni ⋯)</translation>
    </message>
    <message>
        <source>Hide the classes</source>
        <translation>Paslēpt klases</translation>
    </message>
    <message>
        <source>Show the classes</source>
        <translation>Rādīt klases</translation>
    </message>
    <message>
        <source>Zoom, style, table, properties, rename, group, remove</source>
        <translation>Tālummaiņa, stils, tabula, īpašības, pārdēvēšana, grupa, noņemšana</translation>
    </message>
</context>
<context>
    <name>LayerGroupMenu</name>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Jauna grupa</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Pārvietot uz %1</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Izņemt no grupas</translation>
    </message>
</context>
<context>
    <name>LayerMenu</name>
    <message>
        <source>Zoom to layer</source>
        <translation>Tuvināt slānim</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Stils…</translation>
    </message>
    <message>
        <source>Attribute table…</source>
        <translation>Atribūtu tabula…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Īpašības…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Pārdēvēt</translation>
    </message>
    <message>
        <source>Draw above the layer over it</source>
        <translation>Zīmēt virs augstāk esošā slāņa</translation>
    </message>
    <message>
        <source>Draw below the layer under it</source>
        <translation>Zīmēt zem zemāk esošā slāņa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
</context>
<context>
    <name>LayerProperties</name>
    <message>
        <source>Features</source>
        <translation>Objekti</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>rastrs</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Necaurredzamība</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Layers</source>
        <translation>Slāņi</translation>
    </message>
</context>
<context>
    <name>LayoutExportBar</name>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportēt PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Eksportēt PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG attēli (*.png)</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Eksportēt SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG zīmējumi (*.svg)</translation>
    </message>
    <message>
        <source>PNG resolution (dpi)</source>
        <translation>PNG izšķirtspēja (dpi)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saglabāts %1</translation>
    </message>
    <message>
        <source>Export the layout</source>
        <translation>Eksportēt izkārtojumu</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <source>Print layout</source>
        <translation>Drukas izkārtojums</translation>
    </message>
    <message>
        <source>Close the layout panel</source>
        <translation>Aizvērt izkārtojuma paneli</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papīrs</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientācija</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrets</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ainava</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Virsraksts</translation>
    </message>
    <message>
        <source>The project&apos;s title</source>
        <translation>Projekta virsraksts</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Apakšvirsraksts</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leģenda</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Mēroga josla</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Ziemeļu bulta</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Pārskata karte</translation>
    </message>
</context>
<context>
    <name>LocatorBar</name>
    <message>
        <source>Search places, coordinates (35.3387 25.1343) or EPSG codes</source>
        <translation>Meklēt vietas, koordinātas (35.3387 25.1343) vai EPSG kodus</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nekas nav atrasts</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Polis</source>
        <translation>%1 — Polis</translation>
    </message>
    <message>
        <source>Polis</source>
        <translation>Polis</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Jauns projekts</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Atvērt…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Saglabāt kā…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Labot</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Skats</translation>
    </message>
    <message>
        <source>Full extent</source>
        <translation>Pilns apjoms</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Tuvināt</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Tālināt</translation>
    </message>
    <message>
        <source>Previous extent</source>
        <translation>Iepriekšējais apjoms</translation>
    </message>
    <message>
        <source>Next extent</source>
        <translation>Nākamais apjoms</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Slānis</translation>
    </message>
    <message>
        <source>Add layers…</source>
        <translation>Pievienot slāņus…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importēt…</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>Scenarios…</source>
        <translation>Scenāriji…</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Skice</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Salīdzināt…</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analīze</translation>
    </message>
    <message>
        <source>Query…</source>
        <translation>Vaicājums…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mērīt</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Izkārtojums</translation>
    </message>
    <message>
        <source>Print layout…</source>
        <translation>Drukas izkārtojums…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Palīdzība</translation>
    </message>
    <message>
        <source>About Polis</source>
        <translation>Par Polis</translation>
    </message>
    <message>
        <source>Polis: a desktop GIS for urban planning, on GDAL, PROJ and GEOS.</source>
        <translation>Polis: darbvirsmas ĢIS pilsētplānošanai, balstīta uz GDAL, PROJ un GEOS.</translation>
    </message>
    <message>
        <source>Map background colour</source>
        <translation>Kartes fona krāsa</translation>
    </message>
    <message>
        <source>Map background colour…</source>
        <translation>Kartes fona krāsa…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Meklēt…</translation>
    </message>
</context>
<context>
    <name>MapToolBar</name>
    <message>
        <source>Open…</source>
        <translation>Atvērt…</translation>
    </message>
    <message>
        <source>Add layer…</source>
        <translation>Pievienot slāni…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Saglabāt kā…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importēt…</translation>
    </message>
    <message>
        <source>Query…</source>
        <translation>Vaicājums…</translation>
    </message>
    <message>
        <source>Print layout…</source>
        <translation>Drukas izkārtojums…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Salīdzināt…</translation>
    </message>
    <message>
        <source>Full extent</source>
        <translation>Pilns apjoms</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Tuvināt</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Tālināt</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Iepriekšējais</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nākamais</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mērīt</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Skice</translation>
    </message>
    <message>
        <source>Sketch proposals in the active scenario</source>
        <translation>Skicēt priekšlikumus aktīvajā scenārijā</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <source>Every edit, to undo or redo up to any of them</source>
        <translation>Katra labošana — atsaukt vai atkārtot līdz jebkurai no tām</translation>
    </message>
    <message>
        <source>The scenario shown on the map</source>
        <translation>Kartē rādītais scenārijs</translation>
    </message>
    <message>
        <source>Check and import GIS files</source>
        <translation>Pārbaudīt un importēt ĢIS failus</translation>
    </message>
    <message>
        <source>Select features by location and attributes</source>
        <translation>Atlasīt objektus pēc atrašanās vietas un atribūtiem</translation>
    </message>
    <message>
        <source>Page layout, preview and export</source>
        <translation>Lapas izkārtojums, priekšskatījums un eksports</translation>
    </message>
    <message>
        <source>Compare scenarios: side by side, swipe, difference, indicators</source>
        <translation>Salīdzināt scenārijus: blakus, pārvilkšana, atšķirība, rādītāji</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Rādīt visu karti</translation>
    </message>
    <message>
        <source>Previous extent</source>
        <translation>Iepriekšējais apjoms</translation>
    </message>
    <message>
        <source>Next extent</source>
        <translation>Nākamais apjoms</translation>
    </message>
    <message>
        <source>Measure distances and areas</source>
        <translation>Mērīt attālumus un laukumus</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <source>Area</source>
        <translation>Laukums</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Notīrīt</translation>
    </message>
</context>
<context>
    <name>PlanningSchema</name>
    <message>
        <source>airport</source>
        <translation>lidosta</translation>
    </message>
    <message>
        <source>runway</source>
        <translation>skrejceļš</translation>
    </message>
    <message>
        <source>marina</source>
        <translation>jahtu osta</translation>
    </message>
    <message>
        <source>fibre route</source>
        <translation>optiskās šķiedras trase</translation>
    </message>
    <message>
        <source>cable landing</source>
        <translation>kabeļa krasta pieslēgums</translation>
    </message>
    <message>
        <source>street lighting</source>
        <translation>ielu apgaismojums</translation>
    </message>
    <message>
        <source>bike-share dock</source>
        <translation>koplietošanas velosipēdu stacija</translation>
    </message>
    <message>
        <source>park</source>
        <translation>parks</translation>
    </message>
    <message>
        <source>road</source>
        <translation>ceļš</translation>
    </message>
    <message>
        <source>building</source>
        <translation>ēka</translation>
    </message>
    <message>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>ierosināts</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>noraidīts</translation>
    </message>
    <message>
        <source>built</source>
        <translation>uzbūvēts</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>veids</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statuss</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Open a project or dataset</source>
        <translation>Atvērt projektu vai datu kopu</translation>
    </message>
    <message>
        <source>Polis projects (*.polis)</source>
        <translation>Polis projekti (*.polis)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi faili (*)</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>Pievienot slāņus</translation>
    </message>
    <message>
        <source>GIS data (*.shp *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb *.zip *.tif *.tiff)</source>
        <translation>ĢIS dati (*.shp *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb *.zip *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>Automātiski saglabāts %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saglabāts %1</translation>
    </message>
</context>
<context>
    <name>QueryPanel</name>
    <message>
        <source>Query</source>
        <translation>Vaicājums</translation>
    </message>
    <message>
        <source>Close the query panel</source>
        <translation>Aizvērt vaicājuma paneli</translation>
    </message>
    <message>
        <source>Select from</source>
        <translation>Atlasīt no</translation>
    </message>
    <message>
        <source>that are</source>
        <translation>kas ir</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Attālums (m)</translation>
    </message>
    <message>
        <source>Features of</source>
        <translation>Objekti no</translation>
    </message>
    <message>
        <source>the current selection</source>
        <translation>pašreizējās atlases</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>e.g. kind = &apos;school&apos;</source>
        <translation>piem., kind = &apos;school&apos;</translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation>Summa laukam</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupēt pēc</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Izpildīt</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Tiešraidē</translation>
    </message>
    <message>
        <source>Run the query again when its layers change</source>
        <translation>Izpildīt vaicājumu vēlreiz, kad mainās tā slāņi</translation>
    </message>
</context>
<context>
    <name>QueryResults</name>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>Atlasīts %n objekts</numerusform>
            <numerusform>Atlasīti %n objekti</numerusform>
            <numerusform>Atlasīti %n objektu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s)</source>
        <translation>
            <numerusform>%1: %n objekts</numerusform>
            <numerusform>%1: %n objekti</numerusform>
            <numerusform>%1: %n objektu</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>visi</translation>
    </message>
    <message>
        <source>sum %1, mean %2</source>
        <translation>summa %1, vidējais %2</translation>
    </message>
    <message>
        <source>area %1 ha</source>
        <translation>laukums %1 ha</translation>
    </message>
    <message>
        <source>length %1 km</source>
        <translation>garums %1 km</translation>
    </message>
    <message>
        <source>Export result…</source>
        <translation>Eksportēt rezultātu…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saglabāts %1</translation>
    </message>
    <message>
        <source>Export the query result</source>
        <translation>Eksportēt vaicājuma rezultātu</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>CSV with WKT (*.csv)</source>
        <translation>CSV ar WKT (*.csv)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <source>Run again: %1</source>
        <translation>Izpildīt vēlreiz: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialogs</name>
    <message>
        <source>Unsaved edits found</source>
        <translation>Atrastas nesaglabātas izmaiņas</translation>
    </message>
    <message>
        <source>Recover unsaved edits from %1?</source>
        <translation>Atjaunot nesaglabātās izmaiņas no %1?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmest</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Vēlāk</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesaglabātas izmaiņas</translation>
    </message>
    <message>
        <source>The map has changes that are not saved.</source>
        <translation>Kartē ir izmaiņas, kas nav saglabātas.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>Projektu neizdevās saglabāt</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Save the project as</source>
        <translation>Saglabāt projektu kā</translation>
    </message>
    <message>
        <source>Choose the folder to save the project in</source>
        <translation>Izvēlieties mapi, kurā saglabāt projektu</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mape</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Faila nosaukums</translation>
    </message>
    <message>
        <source>e.g. Heraklion 2030</source>
        <translation>piem., Daugavpils 2030</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Aizstāt failu?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this project?</source>
        <translation>%1 jau pastāv. Aizstāt to ar šo projektu?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Aizstāt</translation>
    </message>
</context>
<context>
    <name>ScenarioBox</name>
    <message>
        <source>baseline</source>
        <translation>esošā situācija</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenarios</source>
        <translation>Scenāriji</translation>
    </message>
    <message>
        <source>Active scenario: %1</source>
        <translation>Aktīvais scenārijs: %1</translation>
    </message>
    <message>
        <source>The map shows the baseline (the project&apos;s layers).</source>
        <translation>Karte rāda esošo situāciju (projekta slāņus).</translation>
    </message>
    <message>
        <source>Name of a new scenario, or the new name</source>
        <translation>Jauna scenārija nosaukums vai jaunais nosaukums</translation>
    </message>
    <message>
        <source>Description: what the scenario proposes</source>
        <translation>Apraksts: ko scenārijs piedāvā</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Izveidot</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublēt</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Pārdēvēt</translation>
    </message>
    <message>
        <source>Save description</source>
        <translation>Saglabāt aprakstu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
</context>
<context>
    <name>SketchBar</name>
    <message>
        <source>The baseline is the project&apos;s data: sketch in a scenario.</source>
        <translation>Esošā situācija ir projekta dati: skicējiet scenārijā.</translation>
    </message>
    <message>
        <source>New scenario…</source>
        <translation>Jauns scenārijs…</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Atlasīt</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkts</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Līnija</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Daudzstūris</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Taisnstūris</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Aplis</translation>
    </message>
    <message>
        <source>Scenarios…</source>
        <translation>Scenāriji…</translation>
    </message>
    <message>
        <source>Create, duplicate, rename, describe or delete scenarios</source>
        <translation>Izveidot, dublēt, pārdēvēt, aprakstīt vai dzēst scenārijus</translation>
    </message>
    <message>
        <source>The layer new features go to</source>
        <translation>Slānis, kurā nonāk jaunie objekti</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>Labot:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pārvietot</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Pagriezt</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Virsotnes</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Pārveidot</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Sadalīt</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Atribūti…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
</context>
<context>
    <name>SketchTool</name>
    <message>
        <source>New feature in %1</source>
        <translation>Jauns objekts slānī %1</translation>
    </message>
    <message>
        <source>Attributes of %1</source>
        <translation>%1 atribūti</translation>
    </message>
</context>
<context>
    <name>SnapOptions</name>
    <message>
        <source>Snap</source>
        <translation>Piesaiste</translation>
    </message>
    <message>
        <source>Snap clicks and vertex drags to vertices and segments of the chosen layers</source>
        <translation>Piesaistīt klikšķus un virsotņu vilkšanu izvēlēto slāņu virsotnēm un posmiem</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Layers…</source>
        <translation>Slāņi…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n slānis</numerusform>
            <numerusform>%n slāņi</numerusform>
            <numerusform>%n slāņu</numerusform>
        </translation>
    </message>
    <message>
        <source>WGS84 %1</source>
        <translation>WGS84 %1</translation>
    </message>
    <message>
        <source>Scale 1:</source>
        <translation>Mērogs 1:</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Zīmē…</translation>
    </message>
    <message>
        <source>Change the map&apos;s coordinate reference system</source>
        <translation>Mainīt kartes koordinātu atskaites sistēmu</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>Loga valoda</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <source>Style: %1</source>
        <translation>Stils: %1</translation>
    </message>
    <message>
        <source>Close the style panel</source>
        <translation>Aizvērt stila paneli</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Simboli</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Viens simbols</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Kategorizēts</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Pakāpenisks</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Vienādi intervāli</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>Kvantiles</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Dabiskie pārtraukumi (Jenks)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klases</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Krāsas</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiķetes</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Lietot</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Polis</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Open a city project, sketch proposals and export maps for the council.</source>
        <translation>Atveriet pilsētas projektu, skicējiet priekšlikumus un eksportējiet kartes domei.</translation>
    </message>
    <message>
        <source>Open the Heraklion sample project</source>
        <translation>Atvērt Iraklionas parauga projektu</translation>
    </message>
    <message>
        <source>Open a project or dataset…</source>
        <translation>Atvērt projektu vai datu kopu…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Nesenie projekti</translation>
    </message>
</context>
<context>
    <name>polis::CompareController</name>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>km²</translation>
    </message>
</context>
<context>
    <name>polis::Error</name>
    <message>
        <source>%1: has several layers (%2); name one as PATH:LAYER</source>
        <translation>%1: datu kopā ir vairāki slāņi (%2); norādiet vienu kā CEĻŠ:SLĀNIS</translation>
    </message>
    <message>
        <source>Unknown classification method %1</source>
        <translation>Nezināma klasifikācijas metode %1</translation>
    </message>
    <message>
        <source>Cannot understand the coordinate reference system &quot;%1&quot;</source>
        <translation>Nevar saprast koordinātu atskaites sistēmu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot understand the coordinate reference system &quot;%1&quot;: %2</source>
        <translation>Nevar saprast koordinātu atskaites sistēmu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot read the list of coordinate reference systems from PROJ&apos;s database: %1</source>
        <translation>Nevar nolasīt koordinātu atskaites sistēmu sarakstu no PROJ datubāzes: %1</translation>
    </message>
    <message>
        <source>Feature %1 has a geometry GEOS cannot build: %2</source>
        <translation>Objektam %1 ir ģeometrija, ko GEOS nevar izveidot: %2</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (nosaukts kanāls)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ierīce</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ligzda (socket)</translation>
    </message>
    <message>
        <source>A layer has more than 4 billion vertices; Polis cannot hold it in memory</source>
        <translation>Slānī ir vairāk nekā 4 miljardi virsotņu; Polis nevar to noturēt atmiņā</translation>
    </message>
    <message>
        <source>WKB geometry is truncated</source>
        <translation>WKB ģeometrija ir nepilnīga (apcirsta)</translation>
    </message>
    <message>
        <source>WKB geometry is nested too deeply</source>
        <translation>WKB ģeometrija ir ligzdota pārāk dziļi</translation>
    </message>
    <message>
        <source>WKB collections of mixed geometry types are not supported</source>
        <translation>WKB kolekcijas ar jauktiem ģeometrijas tipiem netiek atbalstītas</translation>
    </message>
    <message>
        <source>WKB geometry type %1 is not supported</source>
        <translation>WKB ģeometrijas tips %1 netiek atbalstīts</translation>
    </message>
    <message>
        <source>a circle needs a positive radius and chord error (radius %1, error %2)</source>
        <translation>aplim nepieciešams pozitīvs rādiuss un hordas kļūda (rādiuss %1, kļūda %2)</translation>
    </message>
    <message>
        <source>Cannot transform coordinates: the source or target coordinate reference system is unknown</source>
        <translation>Nevar pārveidot koordinātas: avota vai mērķa koordinātu atskaites sistēma nav zināma</translation>
    </message>
    <message>
        <source>Cannot transform from %1 to %2: %3</source>
        <translation>Nevar pārveidot no %1 uz %2: %3</translation>
    </message>
    <message>
        <source>An empty geometry has no centre to rotate about.</source>
        <translation>Tukšai ģeometrijai nav centra, ap kuru pagriezt.</translation>
    </message>
    <message>
        <source>The centre of the geometry cannot be computed: %1</source>
        <translation>Ģeometrijas centru nevar aprēķināt: %1</translation>
    </message>
    <message>
        <source>The geometry cannot be processed: %1</source>
        <translation>Ģeometriju nevar apstrādāt: %1</translation>
    </message>
    <message>
        <source>Reshaping would leave the line with fewer than 2 distinct points.</source>
        <translation>Pēc pārveidošanas līnijā paliktu mazāk nekā 2 atšķirīgi punkti.</translation>
    </message>
    <message>
        <source>Reshaping would leave a polygon ring with fewer than 3 distinct points.</source>
        <translation>Pēc pārveidošanas poligona gredzenā paliktu mazāk nekā 3 atšķirīgi punkti.</translation>
    </message>
    <message>
        <source>The reshaped polygon would be invalid (%1).</source>
        <translation>Pārveidotais poligons būtu nederīgs (%1).</translation>
    </message>
    <message>
        <source>The reshape line needs at least 2 points.</source>
        <translation>Pārveidošanas līnijai nepieciešami vismaz 2 punkti.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be reshaped.</source>
        <translation>Pārveidot var tikai līnijas un poligonus.</translation>
    </message>
    <message>
        <source>The reshape line must cross the polygon&apos;s boundary twice.</source>
        <translation>Pārveidošanas līnijai divreiz jāšķērso poligona robeža.</translation>
    </message>
    <message>
        <source>The reshape line must touch or cross the line twice.</source>
        <translation>Pārveidošanas līnijai divreiz jāpieskaras līnijai vai jāšķērso tā.</translation>
    </message>
    <message>
        <source>The split line does not cross the line.</source>
        <translation>Dalīšanas līnija nešķērso līniju.</translation>
    </message>
    <message>
        <source>The polygon cannot be split: %1</source>
        <translation>Poligonu nevar sadalīt: %1</translation>
    </message>
    <message>
        <source>The split line does not cut the polygon in two: it must cross it from one side to the other.</source>
        <translation>Dalīšanas līnija nesadala poligonu divās daļās: tai jāšķērso poligons no vienas malas līdz otrai.</translation>
    </message>
    <message>
        <source>The split line needs at least 2 points.</source>
        <translation>Dalīšanas līnijai nepieciešami vismaz 2 punkti.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be split.</source>
        <translation>Sadalīt var tikai līnijas un poligonus.</translation>
    </message>
    <message>
        <source>part %1, ring %2</source>
        <translation>daļa %1, gredzens %2</translation>
    </message>
    <message>
        <source>The geometry has no %1.</source>
        <translation>Ģeometrijā nav šāda elementa: %1.</translation>
    </message>
    <message>
        <source>The geometry has no vertex %1 in %2.</source>
        <translation>Ģeometrijā nav virsotnes %1 (%2).</translation>
    </message>
    <message>
        <source>The edit would leave the line (%1) with fewer than 2 distinct points.</source>
        <translation>Pēc labojuma līnijā (%1) paliktu mazāk nekā 2 atšķirīgi punkti.</translation>
    </message>
    <message>
        <source>The edit would leave the polygon ring (%1) with fewer than 3 distinct points.</source>
        <translation>Pēc labojuma poligona gredzenā (%1) paliktu mazāk nekā 3 atšķirīgi punkti.</translation>
    </message>
    <message>
        <source>A point has no segments to insert a vertex on.</source>
        <translation>Punktam nav posmu, kuros ievietot virsotni.</translation>
    </message>
    <message>
        <source>The geometry has no segment %1 in %2.</source>
        <translation>Ģeometrijā nav posma %1 (%2).</translation>
    </message>
    <message>
        <source>A point&apos;s only vertex cannot be removed; delete the feature instead.</source>
        <translation>Punkta vienīgo virsotni nevar noņemt; tā vietā dzēsiet objektu.</translation>
    </message>
    <message>
        <source>Removing the vertex would leave the line (%1) with fewer than %2 points.</source>
        <translation>Noņemot virsotni, līnijā (%1) paliktu mazāk nekā %2 punkti.</translation>
    </message>
    <message>
        <source>Removing the vertex would leave the polygon ring (%1) with fewer than %2 points.</source>
        <translation>Noņemot virsotni, poligona gredzenā (%1) paliktu mazāk nekā %2 punkti.</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: fails nav atrasts</translation>
    </message>
    <message>
        <source>%1: cannot open: it is %2, not a file</source>
        <translation>%1: nevar atvērt: tā ir %2, nevis fails</translation>
    </message>
    <message>
        <source>%1: cannot open: not a vector dataset that GDAL can read</source>
        <translation>%1: nevar atvērt: tā nav vektoru datu kopa, ko GDAL var nolasīt</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: nevar atvērt: %2</translation>
    </message>
    <message>
        <source>%1: the dataset has no vector layers</source>
        <translation>%1: datu kopā nav vektoru slāņu</translation>
    </message>
    <message>
        <source>%1: no layer named &quot;%2&quot; (layers: %3)</source>
        <translation>%1: nav slāņa ar nosaukumu &quot;%2&quot; (slāņi: %3)</translation>
    </message>
    <message>
        <source>%1, layer %2: %3</source>
        <translation>%1, slānis %2: %3</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>tabula %1: %2</translation>
    </message>
    <message>
        <source>table %1: %2: %3</source>
        <translation>tabula %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot create the table</source>
        <translation>nevar izveidot tabulu</translation>
    </message>
    <message>
        <source>cannot create the field %1</source>
        <translation>nevar izveidot lauku %1</translation>
    </message>
    <message>
        <source>cannot copy feature %1</source>
        <translation>nevar nokopēt objektu %1</translation>
    </message>
    <message>
        <source>cannot write feature %1</source>
        <translation>nevar ierakstīt objektu %1</translation>
    </message>
    <message>
        <source>%1: holds HTML, not %2 (an error page saved in its place?)</source>
        <translation>%1: satur HTML, nevis %2 (varbūt tā vietā saglabāta kļūdas lapa?)</translation>
    </message>
    <message>
        <source>%1: holds binary data, not %2</source>
        <translation>%1: satur bināros datus, nevis %2</translation>
    </message>
    <message>
        <source>%1: not a shapefile (no valid 100-byte header)</source>
        <translation>%1: tas nav shapefile fails (nav derīgas 100 baitu galvenes)</translation>
    </message>
    <message>
        <source>%1: truncated: the header announces %2 bytes, the file holds %3</source>
        <translation>%1: nepilnīgs fails: galvene norāda %2 baitus, failā ir %3</translation>
    </message>
    <message>
        <source>%1: truncated: shorter than the 32-byte DBF header</source>
        <translation>%1: nepilnīgs fails: īsāks par 32 baitu DBF galveni</translation>
    </message>
    <message>
        <source>%1: truncated or damaged: the header announces %2 records of %3 bytes, the file holds %4 bytes</source>
        <translation>%1: nepilnīgs vai bojāts fails: galvene norāda %2 ierakstus pa %3 baitiem, failā ir %4 baiti</translation>
    </message>
    <message>
        <source>%1: the attribute file %2.dbf is missing</source>
        <translation>%1: trūkst atribūtu faila %2.dbf</translation>
    </message>
    <message>
        <source>a projection definition</source>
        <translation>projekcijas definīciju</translation>
    </message>
    <message>
        <source>a code page name</source>
        <translation>kodu lapas nosaukumu</translation>
    </message>
    <message>
        <source>%1: the geometry and attribute files disagree: %2 shapes in the .shx but %3 records in the .dbf</source>
        <translation>%1: ģeometrijas un atribūtu faili nesaskan: .shx ir %2 formas, bet .dbf ir %3 ieraksti</translation>
    </message>
    <message>
        <source>%1: cannot rebuild the missing .shx index: no temporary folder</source>
        <translation>%1: nevar atjaunot trūkstošo .shx indeksu: nav pagaidu mapes</translation>
    </message>
    <message>
        <source>%1: unsupported output format (use .gpkg, .geojson or .csv)</source>
        <translation>%1: neatbalstīts izvades formāts (izmantojiet .gpkg, .geojson vai .csv)</translation>
    </message>
    <message>
        <source>%1: cannot write %2</source>
        <translation>%1: nevar ierakstīt %2</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: nevar ierakstīt %2: %3</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>failu</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>slāni %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>lauku %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>objektu %1</translation>
    </message>
    <message>
        <source>the features</source>
        <translation>objektus</translation>
    </message>
    <message>
        <source>(rename from %1: %2)</source>
        <translation>(pārdēvēšana no %1: %2)</translation>
    </message>
    <message>
        <source>%1: the .prj file does not hold a coordinate reference system that can be read</source>
        <translation>%1: .prj failā nav nolasāmas koordinātu atskaites sistēmas</translation>
    </message>
    <message>
        <source>%1, layer %2: no coordinate reference system is declared; assign one explicitly</source>
        <translation>%1, slānis %2: koordinātu atskaites sistēma nav norādīta; piešķiriet to skaidri</translation>
    </message>
    <message>
        <source>%1, layer %2: no coordinate reference system is declared; the coordinates suggest %3; assign one explicitly</source>
        <translation>%1, slānis %2: koordinātu atskaites sistēma nav norādīta; koordinātas liecina par %3; piešķiriet to skaidri</translation>
    </message>
    <message>
        <source> (its area of use: %1)</source>
        <translation> (tās lietojuma apgabals: %1)</translation>
    </message>
    <message>
        <source>; they suggest %1</source>
        <translation>; tās liecina par %1</translation>
    </message>
    <message>
        <source>%1, layer %2: the coordinates (%3) cannot be in %4%5%6; assign the right CRS, or force the import</source>
        <translation>%1, slānis %2: koordinātas (%3) nevar būt sistēmā %4%5%6; piešķiriet pareizo KAS vai importējiet piespiedu kārtā</translation>
    </message>
    <message>
        <source>%1, layer %2: %3 feature(s) (first fid %4) have NaN, infinite or out-of-range coordinates; repair sets them to null</source>
        <translation>%1, slānis %2: %3 objektam(-iem) (pirmais fid %4) ir NaN, bezgalīgas vai pieļaujamo robežu pārsniedzošas koordinātas; labošana tās iestata uz null</translation>
    </message>
    <message>
        <source>%1, layer %2: an assigned CRS or text encoding cannot be kept with a reference; embed the layer</source>
        <translation>%1, slānis %2: piešķirto KAS vai teksta kodējumu nevar saglabāt ar atsauci; iegulstiet slāni</translation>
    </message>
    <message>
        <source>%1: cannot write the project: %2</source>
        <translation>%1: nevar ierakstīt projektu: %2</translation>
    </message>
    <message>
        <source>%1: cannot commit the imported layers: %2</source>
        <translation>%1: nevar apstiprināt importētos slāņus: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: not a raster dataset that GDAL can read</source>
        <translation>%1: nevar atvērt: tā nav rastra datu kopa, ko GDAL var nolasīt</translation>
    </message>
    <message>
        <source>%1: cannot prepare the raster for drawing: %2</source>
        <translation>%1: nevar sagatavot rastru zīmēšanai: %2</translation>
    </message>
    <message>
        <source>%1: cannot reproject the raster for drawing: %2</source>
        <translation>%1: nevar pārprojicēt rastru zīmēšanai: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the raster: %2</source>
        <translation>%1: nevar nolasīt rastru: %2</translation>
    </message>
    <message>
        <source>a %1 page at %2 dpi is too large for one image (%3 megapixels, at most %4): lower the resolution</source>
        <translation>%1 lapa ar %2 dpi ir par lielu vienam attēlam (%3 megapikseļi, ne vairāk kā %4): samaziniet izšķirtspēju</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 pixel page</source>
        <translation>nepietiek atmiņas %1 x %2 pikseļu lapai</translation>
    </message>
    <message>
        <source>%1: PNG and SVG hold one page; write the council pack as .pdf or .html</source>
        <translation>%1: PNG un SVG satur vienu lapu; ierakstiet domes paketi kā .pdf vai .html</translation>
    </message>
    <message>
        <source>%1: unknown output format (use .pdf, .png, .svg or .html)</source>
        <translation>%1: nezināms izvades formāts (izmantojiet .pdf, .png, .svg vai .html)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: nevar ierakstīt failu: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: nevar ierakstīt PNG failu</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1: nevar ierakstīt PDF failu</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1: nevar ierakstīt SVG failu</translation>
    </message>
    <message>
        <source>the layer &quot;%1&quot; has no features to frame the map with</source>
        <translation>slānim &quot;%1&quot; nav objektu, pēc kuriem noteikt kartes apjomu</translation>
    </message>
    <message>
        <source>the web pack&apos;s resource %1 is missing from the build</source>
        <translation>tīmekļa paketes resursa %1 būvējumā trūkst</translation>
    </message>
    <message>
        <source>%1: cannot write the web pack</source>
        <translation>%1: nevar ierakstīt tīmekļa paketi</translation>
    </message>
    <message>
        <source>%1: refused: the project file holds SQL that Polis did not write and that would run when the project is saved (%2)</source>
        <translation>%1: atteikts: projekta failā ir SQL, ko nav rakstījis Polis un kas tiktu izpildīts, saglabājot projektu (%2)</translation>
    </message>
    <message>
        <source>%1: unknown change &quot;%2&quot;</source>
        <translation>%1: nezināma izmaiņa &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the attributes are not a JSON object</source>
        <translation>%1: atribūti nav JSON objekts</translation>
    </message>
    <message>
        <source>cannot create the scenario tables</source>
        <translation>nevar izveidot scenāriju tabulas</translation>
    </message>
    <message>
        <source>cannot write scenario %1</source>
        <translation>nevar ierakstīt scenāriju %1</translation>
    </message>
    <message>
        <source>cannot write the changes of scenario %1</source>
        <translation>nevar ierakstīt scenārija %1 izmaiņas</translation>
    </message>
    <message>
        <source>cannot write indicator %1</source>
        <translation>nevar ierakstīt rādītāju %1</translation>
    </message>
    <message>
        <source>%1, change of feature %2 of layer %3</source>
        <translation>%1, slāņa %3 objekta %2 izmaiņa</translation>
    </message>
    <message>
        <source>%1: changes of scenario id %2, which the project does not have</source>
        <translation>%1: izmaiņas scenārijam ar id %2, kura projektā nav</translation>
    </message>
    <message>
        <source>layer %1 has no field &quot;%2&quot;</source>
        <translation>slānim %1 nav lauka &quot;%2&quot;</translation>
    </message>
    <message>
        <source>layer %1 is not a vector layer</source>
        <translation>slānis %1 nav vektoru slānis</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of layer %2 is not numeric</source>
        <translation>slāņa %2 lauks &quot;%1&quot; nav skaitlisks</translation>
    </message>
    <message>
        <source>%1, scenario %2: %3</source>
        <translation>%1, scenārijs %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): not reprojected to %3: %4</source>
        <translation>%1 (%2): nav pārprojicēts uz %3: %4</translation>
    </message>
    <message>
        <source>%1: cannot create the planning layer %2: %3</source>
        <translation>%1: nevar izveidot plānošanas slāni %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot create the planning layer %2: %3 (%4)</source>
        <translation>%1: nevar izveidot plānošanas slāni %2: %3 (%4)</translation>
    </message>
    <message>
        <source>not a GeoPackage that can be written</source>
        <translation>tā nav GeoPackage datne, kurā var rakstīt</translation>
    </message>
    <message>
        <source>the table exists already</source>
        <translation>tabula jau pastāv</translation>
    </message>
    <message>
        <source>GDAL refused the table</source>
        <translation>GDAL noraidīja tabulu</translation>
    </message>
    <message>
        <source>cannot add field %1</source>
        <translation>nevar pievienot lauku %1</translation>
    </message>
    <message>
        <source>the setting %1 has the malformed value &quot;%2&quot;</source>
        <translation>iestatījumam %1 ir nepareizi veidota vērtība &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: not a Polis project (not a GeoPackage)</source>
        <translation>%1: tas nav Polis projekts (nav GeoPackage)</translation>
    </message>
    <message>
        <source>%1: not a Polis project (not a GeoPackage): %2</source>
        <translation>%1: tas nav Polis projekts (nav GeoPackage): %2</translation>
    </message>
    <message>
        <source>%1: not a Polis project (the polis_project and polis_layers tables are missing)</source>
        <translation>%1: tas nav Polis projekts (trūkst tabulu polis_project un polis_layers)</translation>
    </message>
    <message>
        <source>%1: written by a newer Polis (project format %2, this version reads up to %3)</source>
        <translation>%1: to ir rakstījusi jaunāka Polis versija (projekta formāts %2, šī versija nolasa līdz %3)</translation>
    </message>
    <message>
        <source>%1: map CRS: %2</source>
        <translation>%1: kartes KAS: %2</translation>
    </message>
    <message>
        <source>%1: project extent &quot;%2&quot; is not xmin,ymin,xmax,ymax</source>
        <translation>%1: projekta apjoms &quot;%2&quot; nav formā xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <source>%1: print layout: %2</source>
        <translation>%1: drukas izkārtojums: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: the existing file is not a GeoPackage that can be written</source>
        <translation>%1: nevar saglabāt: esošais fails nav GeoPackage, kurā var rakstīt</translation>
    </message>
    <message>
        <source>%1: cannot save: the existing file is not a GeoPackage that can be written (%2)</source>
        <translation>%1: nevar saglabāt: esošais fails nav GeoPackage, kurā var rakstīt (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the project file: %2</source>
        <translation>%1: nevar izveidot projekta failu: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2</source>
        <translation>%1: nevar saglabāt projektu: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2: %3</source>
        <translation>%1: nevar saglabāt projektu: %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: nevar sākt transakciju: %2</translation>
    </message>
    <message>
        <source>cannot create the project tables</source>
        <translation>nevar izveidot projekta tabulas</translation>
    </message>
    <message>
        <source>cannot replace the previous content</source>
        <translation>nevar aizstāt iepriekšējo saturu</translation>
    </message>
    <message>
        <source>cannot write the project settings</source>
        <translation>nevar ierakstīt projekta iestatījumus</translation>
    </message>
    <message>
        <source>cannot write layer %1</source>
        <translation>nevar ierakstīt slāni %1</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>nevar apstiprināt izmaiņas</translation>
    </message>
    <message>
        <source>%1: cannot import: cannot write a working copy beside the project (%2)</source>
        <translation>%1: nevar importēt: nevar ierakstīt darba kopiju blakus projektam (%2)</translation>
    </message>
    <message>
        <source>%1: cannot import: cannot replace the project (%2)</source>
        <translation>%1: nevar importēt: nevar aizstāt projektu (%2)</translation>
    </message>
    <message>
        <source>%1: cannot import: %2</source>
        <translation>%1: nevar importēt: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the recovery copy: %2</source>
        <translation>%1: nevar ierakstīt atkopšanas kopiju: %2</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; is ambiguous: several layers read a source layer of that name</source>
        <translation>slānis &quot;%1&quot; nav viennozīmīgs: vairāki slāņi nolasa avota slāni ar šādu nosaukumu</translation>
    </message>
    <message>
        <source>the project has no layer &quot;%1&quot;</source>
        <translation>projektā nav slāņa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a valid expression</source>
        <translation>tā nav derīga izteiksme</translation>
    </message>
    <message>
        <source>No field named &quot;%1&quot; (fields: %2)</source>
        <translation>Nav lauka ar nosaukumu &quot;%1&quot; (lauki: %2)</translation>
    </message>
    <message>
        <source>Geodesic measures need a known CRS; this layer has none</source>
        <translation>Ģeodēziskiem mērījumiem nepieciešama zināma KAS; šim slānim tās nav</translation>
    </message>
    <message>
        <source>The CRS %1 has no ellipsoid to measure on</source>
        <translation>KAS %1 nav elipsoīda, uz kura mērīt</translation>
    </message>
    <message>
        <source>Feature %1 cannot be prepared: %2</source>
        <translation>Objektu %1 nevar sagatavot: %2</translation>
    </message>
    <message>
        <source>the query has a location predicate but nothing to relate to</source>
        <translation>vaicājumā ir atrašanās vietas nosacījums, bet nav nekā, ar ko salīdzināt</translation>
    </message>
    <message>
        <source>%1: dwithin needs a projected CRS in metres, but the layer is in %2</source>
        <translation>%1: dwithin nepieciešama projicēta KAS metros, bet slānis ir sistēmā %2</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a numeric field of this layer</source>
        <translation>Lauks &quot;%1&quot; nav šī slāņa skaitlisks lauks</translation>
    </message>
    <message>
        <source>%1: unknown output format (use .png, .pdf or .svg)</source>
        <translation>%1: nezināms izvades formāts (izmantojiet .png, .pdf vai .svg)</translation>
    </message>
    <message>
        <source>indicator %1: unknown key &quot;%2&quot;</source>
        <translation>rādītājs %1: nezināma atslēga &quot;%2&quot;</translation>
    </message>
    <message>
        <source>indicator %1: &quot;where&quot; must be an object of field: value pairs</source>
        <translation>rādītājs %1: &quot;where&quot; jābūt objektam ar pāriem lauks: vērtība</translation>
    </message>
    <message>
        <source>indicator definition is not a JSON object: %1</source>
        <translation>rādītāja definīcija nav JSON objekts: %1</translation>
    </message>
    <message>
        <source>indicator definition without a &quot;name&quot;</source>
        <translation>rādītāja definīcija bez &quot;name&quot;</translation>
    </message>
    <message>
        <source>indicator %1: kind &quot;%2&quot; is not count, sum, length_km or area_km2</source>
        <translation>rādītājs %1: veids &quot;%2&quot; nav count, sum, length_km vai area_km2</translation>
    </message>
    <message>
        <source>indicator %1: no &quot;layer&quot;</source>
        <translation>rādītājs %1: nav &quot;layer&quot;</translation>
    </message>
    <message>
        <source>indicator %1: a sum needs a &quot;field&quot;</source>
        <translation>rādītājs %1: summai nepieciešams &quot;field&quot;</translation>
    </message>
    <message>
        <source>indicator %1: &quot;within&quot; needs a &quot;layer&quot; and a &quot;distance&quot; &gt;= 0</source>
        <translation>rādītājs %1: &quot;within&quot; nepieciešams &quot;layer&quot; un &quot;distance&quot; &gt;= 0</translation>
    </message>
    <message>
        <source>the project has no scenario &quot;%1&quot; (available: %2)</source>
        <translation>projektā nav scenārija &quot;%1&quot; (pieejamie: %2)</translation>
    </message>
    <message>
        <source>there is no scenario with id %1</source>
        <translation>nav scenārija ar id %1</translation>
    </message>
    <message>
        <source>a scenario cannot be called &quot;%1&quot;</source>
        <translation>scenāriju nevar nosaukt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is already a scenario called &quot;%1&quot;</source>
        <translation>scenārijs ar nosaukumu &quot;%1&quot; jau pastāv</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 does not exist in the scenario</source>
        <translation>slāņa %2 objekts %1 scenārijā nepastāv</translation>
    </message>
    <message>
        <source>The layer has no field &quot;%1&quot;</source>
        <translation>Slānim nav lauka &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not numeric</source>
        <translation>Lauks &quot;%1&quot; nav skaitlisks</translation>
    </message>
    <message>
        <source>Colour ramp &quot;%1&quot; is not known</source>
        <translation>Krāsu skala &quot;%1&quot; nav zināma</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not known in %2</source>
        <translation>Stila atslēga &quot;%1&quot; nav zināma %2</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a number</source>
        <translation>Stila atslēga &quot;%1&quot; nav skaitlis</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds %2, outside %3 to %4</source>
        <translation>Stila atslēgai &quot;%1&quot; ir vērtība %2, ārpus robežām no %3 līdz %4</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not text</source>
        <translation>Stila atslēga &quot;%1&quot; nav teksts</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds &quot;%2&quot;, not a #RRGGBB colour</source>
        <translation>Stila atslēgai &quot;%1&quot; ir vērtība &quot;%2&quot;, nevis #RRGGBB krāsa</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds a length that is not a number from 0 to 1000</source>
        <translation>Stila atslēgai &quot;%1&quot; ir garums, kas nav skaitlis no 0 līdz 1000</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a list of dash and gap lengths</source>
        <translation>Stila atslēga &quot;%1&quot; nav svītru un atstarpju garumu saraksts</translation>
    </message>
    <message>
        <source>Style key &quot;marker&quot; holds &quot;%1&quot; (expected circle, square, triangle or diamond)</source>
        <translation>Stila atslēgai &quot;marker&quot; ir vērtība &quot;%1&quot; (gaidīta circle, square, triangle vai diamond)</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a list</source>
        <translation>Stila atslēga &quot;%1&quot; nav saraksts</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds an entry that is not an object</source>
        <translation>Stila atslēgā &quot;%1&quot; ir ieraksts, kas nav objekts</translation>
    </message>
    <message>
        <source>&quot;labels&quot;</source>
        <translation>sadaļā &quot;labels&quot;</translation>
    </message>
    <message>
        <source>&quot;modifiers&quot;</source>
        <translation>sadaļā &quot;modifiers&quot;</translation>
    </message>
    <message>
        <source>Style key &quot;field&quot; is missing in &quot;modifiers&quot;: modifiers follow a field</source>
        <translation>Sadaļā &quot;modifiers&quot; trūkst stila atslēgas &quot;field&quot;: modifikatori ir atkarīgi no lauka</translation>
    </message>
    <message>
        <source>a modifier</source>
        <translation>modifikatorā</translation>
    </message>
    <message>
        <source>Style is not a JSON object: %1</source>
        <translation>Stils nav JSON objekts: %1</translation>
    </message>
    <message>
        <source>a raster style</source>
        <translation>rastra stilā</translation>
    </message>
    <message>
        <source>a single-symbol style</source>
        <translation>viena simbola stilā</translation>
    </message>
    <message>
        <source>a categorized style</source>
        <translation>kategorizētā stilā</translation>
    </message>
    <message>
        <source>a graduated style</source>
        <translation>graduētā stilā</translation>
    </message>
    <message>
        <source>Style type &quot;%1&quot; is not known (expected single, categorized, graduated or raster)</source>
        <translation>Stila tips &quot;%1&quot; nav zināms (gaidīts single, categorized, graduated vai raster)</translation>
    </message>
    <message>
        <source>Style key &quot;field&quot; is missing: a %1 style classifies a field</source>
        <translation>Trūkst stila atslēgas &quot;field&quot;: %1 stils klasificē lauku</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>kategorijā</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>diapazonā</translation>
    </message>
    <message>
        <source>Style key &quot;ranges&quot; holds a range without &quot;lower&quot; and &quot;upper&quot;</source>
        <translation>Stila atslēgā &quot;ranges&quot; ir diapazons bez &quot;lower&quot; un &quot;upper&quot;</translation>
    </message>
    <message>
        <source>Style key &quot;modifiers&quot; makes more than 65536 symbols with the classes</source>
        <translation>Stila atslēga &quot;modifiers&quot; kopā ar klasēm veido vairāk nekā 65536 simbolus</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 in scenario «%3»</source>
        <translation>slāņa %2 objekts %1 scenārijā «%3»</translation>
    </message>
    <message>
        <source>%1: the schema &quot;%2&quot; is not a plain name (letters, digits and _, not starting with a digit)</source>
        <translation>%1: shēma &quot;%2&quot; nav vienkāršs nosaukums (burti, cipari un _, nesākas ar ciparu)</translation>
    </message>
    <message>
        <source>%1: a password in the location would be stored with it; put it in ~/.pgpass or a service file instead</source>
        <translation>%1: atrašanās vietā norādītā parole tiktu saglabāta kopā ar to; tā vietā ierakstiet paroli failā ~/.pgpass vai servisa failā</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: nevar izveidot savienojumu: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the database</source>
        <translation>%1: nevar atvērt datubāzi</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: nevar atvērt datubāzi: %2</translation>
    </message>
    <message>
        <source>scenario «%1»</source>
        <translation>scenārijs «%1»</translation>
    </message>
    <message>
        <source>cannot create the indicator table</source>
        <translation>nevar izveidot rādītāju tabulu</translation>
    </message>
    <message>
        <source>cannot replace the indicators</source>
        <translation>nevar aizstāt rādītājus</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>nevar ierakstīt: %1</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (dzēsts)</translation>
    </message>
    <message>
        <source>the changes of %1</source>
        <translation>izmaiņas (%1)</translation>
    </message>
    <message>
        <source>cannot replace the project revision</source>
        <translation>nevar aizstāt projekta revīziju</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>datubāze noraidīja izmaiņu</translation>
    </message>
    <message>
        <source>cannot add the new columns</source>
        <translation>nevar pievienot jaunās kolonnas</translation>
    </message>
    <message>
        <source>the project settings</source>
        <translation>projekta iestatījumi</translation>
    </message>
    <message>
        <source>cannot write the project revision</source>
        <translation>nevar ierakstīt projekta revīziju</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, it was removed</source>
        <translation>%1: jūsu versija balstīta uz revīziju %2, bet pa to laiku tas ir noņemts</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, revision %3 was saved by someone</source>
        <translation>%1: jūsu versija balstīta uz revīziju %2, revīziju %3 saglabāja kāds cits</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, revision %3 was saved by %4</source>
        <translation>%1: jūsu versija balstīta uz revīziju %2, revīziju %3 saglabāja %4</translation>
    </message>
    <message>
        <source>%1: not saved, someone else saved first:%2</source>
        <translation>%1: nav saglabāts, kāds cits saglabāja ātrāk:%2</translation>
    </message>
    <message>
        <source>%1: not saved: the role %2 may only read this project</source>
        <translation>%1: nav saglabāts: lomai %2 šo projektu atļauts tikai lasīt</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>nevar sākt transakciju</translation>
    </message>
    <message>
        <source>the table %1 is missing in %2</source>
        <translation>tabulas %1 nav projektā %2</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>slānis %1: %2</translation>
    </message>
    <message>
        <source>cannot commit the layer tables</source>
        <translation>nevar apstiprināt slāņu tabulas</translation>
    </message>
    <message>
        <source>%1: only a project in a database (postgresql://...) can be watched</source>
        <translation>%1: sekot var tikai projektam datubāzē (postgresql://...)</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot; (the project has: %2)</source>
        <translation>nav scenārija &quot;%1&quot; (projektā ir: %2)</translation>
    </message>
    <message>
        <source>no vector layer &quot;%1&quot; in the project</source>
        <translation>projektā nav vektoru slāņa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 is removed in scenario %3</source>
        <translation>slāņa %2 objekts %1 scenārijā %3 ir noņemts</translation>
    </message>
    <message>
        <source>indicator %1: &quot;names&quot; must be an object of language: title pairs</source>
        <translation>rādītājs %1: &quot;names&quot; jābūt objektam ar pāriem valoda: nosaukums</translation>
    </message>
    <message>
        <source>%1: map background &quot;%2&quot; is not a colour #rrggbb</source>
        <translation>%1: kartes fons “%2” nav krāsa #rrggbb</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; on layer %2 is refused: %3</source>
        <translation>Filtrs &quot;%1&quot; slānī %2 ir noraidīts: %3</translation>
    </message>
    <message>
        <source>%1, layer %2 declares no CRS and its coordinates suggest none: not drawn (give it a CRS, e.g. a .prj file, or import it choosing one)</source>
        <translation>%1, slānis %2: nav norādīta koordinātu sistēma, un koordinātas nevienu neliecina; netiek zīmēts (norādiet koordinātu sistēmu, piem., .prj failu, vai importējiet to, izvēloties vienu)</translation>
    </message>
    <message>
        <source>%1, layer %2 declares no CRS: drawn as %3 (%4), which its coordinates suggest</source>
        <translation>%1, slānis %2: nav norādīta koordinātu sistēma; zīmēts kā %3 (%4), ko liecina tā koordinātas</translation>
    </message>
</context>
<context>
    <name>polis::FeatureEditTool</name>
    <message>
        <source>Select a feature first (Select mode, then click it)</source>
        <translation>Vispirms atlasiet objektu (režīms Atlasīt, tad noklikšķiniet uz tā)</translation>
    </message>
    <message>
        <source>Cannot rotate: %1</source>
        <translation>Nevar pagriezt: %1</translation>
    </message>
    <message>
        <source>Move feature %1 of %2</source>
        <translation>Pārvietot slāņa %2 objektu %1</translation>
    </message>
    <message>
        <source>Rotate feature %1 of %2</source>
        <translation>Pagriezt slāņa %2 objektu %1</translation>
    </message>
    <message>
        <source>Move a vertex of feature %1 of %2</source>
        <translation>Pārvietot virsotni slāņa %2 objektam %1</translation>
    </message>
    <message>
        <source>Cannot insert a vertex: %1</source>
        <translation>Nevar ievietot virsotni: %1</translation>
    </message>
    <message>
        <source>Insert a vertex into feature %1 of %2</source>
        <translation>Ievietot virsotni slāņa %2 objektā %1</translation>
    </message>
    <message>
        <source>Cannot remove the vertex: %1</source>
        <translation>Nevar noņemt virsotni: %1</translation>
    </message>
    <message>
        <source>Remove a vertex of feature %1 of %2</source>
        <translation>Noņemt virsotni slāņa %2 objektam %1</translation>
    </message>
    <message>
        <source>Cannot reshape: %1</source>
        <translation>Nevar pārveidot: %1</translation>
    </message>
    <message>
        <source>Reshape feature %1 of %2</source>
        <translation>Pārveidot slāņa %2 objektu %1</translation>
    </message>
    <message>
        <source>Cannot split: %1</source>
        <translation>Nevar sadalīt: %1</translation>
    </message>
    <message>
        <source>Split feature %1 of %2</source>
        <translation>Sadalīt slāņa %2 objektu %1</translation>
    </message>
</context>
<context>
    <name>polis::ImportController</name>
    <message numerus="yes">
        <source>%n invalid geometry(s) (%1)</source>
        <translation>
            <numerusform>%n nederīga ģeometrija (%1)</numerusform>
            <numerusform>%n nederīgas ģeometrijas (%1)</numerusform>
            <numerusform>%n nederīgu ģeometriju (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty geometry(s)</source>
        <translation>
            <numerusform>%n tukša ģeometrija</numerusform>
            <numerusform>%n tukšas ģeometrijas</numerusform>
            <numerusform>%n tukšu ģeometriju</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) without geometry</source>
        <translation>
            <numerusform>%n objekts bez ģeometrijas</numerusform>
            <numerusform>%n objekti bez ģeometrijas</numerusform>
            <numerusform>%n objektu bez ģeometrijas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n geometry(s) with unusable coordinates</source>
        <translation>
            <numerusform>%n ģeometrija ar nelietojamām koordinātām</numerusform>
            <numerusform>%n ģeometrijas ar nelietojamām koordinātām</numerusform>
            <numerusform>%n ģeometriju ar nelietojamām koordinātām</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate id(s) in %1</source>
        <translation>
            <numerusform>%n dublēts identifikators laukā %1</numerusform>
            <numerusform>%n dublēti identifikatori laukā %1</numerusform>
            <numerusform>%n dublētu identifikatoru laukā %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the feature id</source>
        <translation>objekta identifikators</translation>
    </message>
    <message>
        <source>mixed geometry types: %1</source>
        <translation>jaukti ģeometrijas tipi: %1</translation>
    </message>
    <message>
        <source>field names probably cut short: %1</source>
        <translation>lauku nosaukumi, iespējams, saīsināti: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Atcelts.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n layer(s) imported before.</source>
        <translation>
            <numerusform>Atcelts: pirms tam importēts %n slānis.</numerusform>
            <numerusform>Atcelts: pirms tam importēti %n slāņi.</numerusform>
            <numerusform>Atcelts: pirms tam importēti %n slāņu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) imported.</source>
        <translation>
            <numerusform>Importēts %n slānis.</numerusform>
            <numerusform>Importēti %n slāņi.</numerusform>
            <numerusform>Importēti %n slāņu.</numerusform>
        </translation>
    </message>
    <message>
        <source>An assigned CRS or text encoding is kept only when the layers are embedded.</source>
        <translation>Piešķirtā KAS vai teksta kodējums tiek saglabāts tikai tad, ja slāņi tiek iegulti.</translation>
    </message>
    <message>
        <source>The coordinates (x %1 to %2, y %3 to %4) cannot be in %5</source>
        <translation>Koordinātas (x no %1 līdz %2, y no %3 līdz %4) nevar atbilst %5</translation>
    </message>
    <message>
        <source> (its area of use: %1)</source>
        <translation> (tās lietojuma apgabals: %1)</translation>
    </message>
    <message>
        <source>; they suggest EPSG:%1.</source>
        <translation>; tās liecina par EPSG:%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n geometry(s) repaired</source>
        <translation>
            <numerusform>%n ģeometrija izlabota</numerusform>
            <numerusform>%n ģeometrijas izlabotas</numerusform>
            <numerusform>%n ģeometriju izlabotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unusable geometry(s) set to null</source>
        <translation>
            <numerusform>%n nelietojama ģeometrija iestatīta uz null</numerusform>
            <numerusform>%n nelietojamas ģeometrijas iestatītas uz null</numerusform>
            <numerusform>%n nelietojamu ģeometriju iestatītas uz null</numerusform>
        </translation>
    </message>
    <message>
        <source>imported although its coordinates cannot be in %1</source>
        <translation>importēts, lai gan tā koordinātas nevar atbilst %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n feature(s), %3 — %4</source>
        <translation>
            <numerusform>%1 (%2): %n objekts, %3 — %4</numerusform>
            <numerusform>%1 (%2): %n objekti, %3 — %4</numerusform>
            <numerusform>%1 (%2): %n objektu, %3 — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>bez problēmām</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) imported; %1 wait for a CRS or your consent.</source>
        <translation>
            <numerusform>Importēts %n slānis; %1 gaida KAS vai jūsu piekrišanu.</numerusform>
            <numerusform>Importēti %n slāņi; %1 gaida KAS vai jūsu piekrišanu.</numerusform>
            <numerusform>Importēti %n slāņu; %1 gaida KAS vai jūsu piekrišanu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): a reference to the file</source>
        <translation>%1 (%2): atsauce uz failu</translation>
    </message>
</context>
<context>
    <name>polis::LanguageSettings</name>
    <message>
        <source>System language</source>
        <translation>Sistēmas valoda</translation>
    </message>
</context>
<context>
    <name>polis::LayerListModel</name>
    <message>
        <source>all other values</source>
        <translation>visas citas vērtības</translation>
    </message>
    <message>
        <source>Take %1 out of its group</source>
        <translation>Izņemt %1 no tā grupas</translation>
    </message>
    <message>
        <source>Put %1 into group %2</source>
        <translation>Ievietot %1 grupā %2</translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation>Pārdēvēt grupu %1 par %2</translation>
    </message>
    <message>
        <source>Ungroup %1</source>
        <translation>Atgrupēt %1</translation>
    </message>
    <message>
        <source>Show group %1</source>
        <translation>Rādīt grupu %1</translation>
    </message>
    <message>
        <source>Hide group %1</source>
        <translation>Paslēpt grupu %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Rādīt %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Paslēpt %1</translation>
    </message>
    <message>
        <source>Change the opacity of %1</source>
        <translation>Mainīt %1 necaurredzamību</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Pārvietot %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Noņemt %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupa %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Pārdēvēt %1 par %2</translation>
    </message>
</context>
<context>
    <name>polis::LocatorController</name>
    <message>
        <source>Point</source>
        <translation>Punkts</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Līnija</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Laukums</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>S</source>
        <translation>D</translation>
    </message>
    <message>
        <source>N</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>W</source>
        <translation>R</translation>
    </message>
    <message>
        <source>E</source>
        <translation>A</translation>
    </message>
    <message>
        <source>E %1, N %2</source>
        <translation>A %1, Z %2</translation>
    </message>
    <message>
        <source>WGS 84 latitude and longitude</source>
        <translation>WGS 84 platums un garums</translation>
    </message>
    <message>
        <source>Greek Grid (EGSA87, EPSG:2100)</source>
        <translation>Grieķijas tīkls (EGSA87, EPSG:2100)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinātas</translation>
    </message>
    <message>
        <source>EPSG:%1 %2</source>
        <translation>EPSG:%1 %2</translation>
    </message>
    <message>
        <source>Where the coordinate reference system is used</source>
        <translation>Kur koordinātu atskaites sistēmu lieto</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>KAS</translation>
    </message>
</context>
<context>
    <name>polis::MapDocument</name>
    <message>
        <source>No file name to save the project to</source>
        <translation>Nav faila nosaukuma, kurā saglabāt projektu</translation>
    </message>
    <message>
        <source>Change the style of %1</source>
        <translation>Mainīt %1 stilu</translation>
    </message>
    <message>
        <source>Map background colour</source>
        <translation>Kartes fona krāsa</translation>
    </message>
</context>
<context>
    <name>polis::MeasureController</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Click at least three points</source>
        <translation>Noklikšķiniet vismaz trīs punktos</translation>
    </message>
    <message>
        <source>Click at least two points</source>
        <translation>Noklikšķiniet vismaz divos punktos</translation>
    </message>
    <message>
        <source>%1 map units</source>
        <translation>%1 kartes vienības</translation>
    </message>
    <message>
        <source>%1 (geodesic %2)</source>
        <translation>%1 (ģeodēziski %2)</translation>
    </message>
</context>
<context>
    <name>polis::QueryController</name>
    <message>
        <source>intersecting</source>
        <translation>kas krustojas ar</translation>
    </message>
    <message>
        <source>within</source>
        <translation>kas atrodas</translation>
    </message>
    <message>
        <source>containing</source>
        <translation>kas satur</translation>
    </message>
    <message>
        <source>touching</source>
        <translation>kas pieskaras</translation>
    </message>
    <message>
        <source>crossing</source>
        <translation>kas šķērso</translation>
    </message>
    <message>
        <source>within a distance of</source>
        <translation>attālumā līdz</translation>
    </message>
    <message>
        <source>within %1 m of</source>
        <translation>%1 m attālumā no</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>atlases</translation>
    </message>
    <message>
        <source> where %1</source>
        <translation>, kur %1</translation>
    </message>
    <message>
        <source>Choose a layer and a relation.</source>
        <translation>Izvēlieties slāni un attiecību.</translation>
    </message>
    <message>
        <source>Nothing is selected to query with.</source>
        <translation>Vaicājumam nav nekā atlasīta.</translation>
    </message>
</context>
<context>
    <name>polis::ScenarioEditor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Create scenario %1</source>
        <translation>Izveidot scenāriju %1</translation>
    </message>
    <message>
        <source>Choose a scenario to duplicate (the baseline is the project&apos;s layers)</source>
        <translation>Izvēlieties dublējamo scenāriju (esošā situācija ir projekta slāņi)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>Dublēt scenāriju %1 kā %2</translation>
    </message>
    <message>
        <source>The baseline cannot be renamed</source>
        <translation>Esošo situāciju nevar pārdēvēt</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>Pārdēvēt scenāriju %1 par %2</translation>
    </message>
    <message>
        <source>The baseline has no description to edit</source>
        <translation>Esošajai situācijai nav labojama apraksta</translation>
    </message>
    <message>
        <source>Describe scenario %1</source>
        <translation>Aprakstīt scenāriju %1</translation>
    </message>
    <message>
        <source>The baseline cannot be deleted</source>
        <translation>Esošo situāciju nevar dzēst</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Dzēst scenāriju %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Choose a scenario and a vector layer to sketch into</source>
        <translation>Izvēlieties scenāriju un vektoru slāni skicēšanai</translation>
    </message>
    <message>
        <source>Add feature to %1</source>
        <translation>Pievienot objektu slānim %1</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to edit its attributes</source>
        <translation>Atlasiet scenārija objektu, lai labotu tā atribūtus</translation>
    </message>
    <message>
        <source>Edit attributes of feature %1 of %2</source>
        <translation>Labot slāņa %2 objekta %1 atribūtus</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to delete it</source>
        <translation>Atlasiet scenārija objektu, lai to dzēstu</translation>
    </message>
    <message>
        <source>Delete feature %1 of %2</source>
        <translation>Dzēst slāņa %2 objektu %1</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to edit its geometry</source>
        <translation>Atlasiet scenārija objektu, lai labotu tā ģeometriju</translation>
    </message>
</context>
<context>
    <name>polis::StyleController</name>
    <message>
        <source>Only vector layers have styles.</source>
        <translation>Stili ir tikai vektoru slāņiem.</translation>
    </message>
</context>
<context>
    <name>polis::UndoHistoryModel</name>
    <message>
        <source>Opened</source>
        <translation>Atvērts</translation>
    </message>
</context>
<context>
    <name>polis::cli</name>
    <message>
        <source>Buffer distance in the layer&apos;s CRS units (metres)</source>
        <translation>Buferzonas attālums slāņa KAS vienībās (metros)</translation>
    </message>
    <message>
        <source>Line ends: round (default), flat or square</source>
        <translation>Līniju gali: round (noapaļoti, noklusējums), flat (plakani) vai square (kvadrātaini)</translation>
    </message>
    <message>
        <source>Segments per quarter circle (default 8)</source>
        <translation>Posmi uz ceturtdaļapli (noklusējums 8)</translation>
    </message>
    <message>
        <source>Buffer every feature of a layer into a new polygon layer.</source>
        <translation>Buferzona ap katru slāņa objektu jaunā daudzstūru slānī.</translation>
    </message>
    <message>
        <source>give --distance METRES</source>
        <translation>norādiet --distance METRI</translation>
    </message>
    <message>
        <source>--cap &quot;%1&quot; is not round, flat or square</source>
        <translation>--cap &quot;%1&quot; nav round, flat vai square</translation>
    </message>
    <message>
        <source>--segments must be a whole number from 1 to 1000</source>
        <translation>--segments jābūt veselam skaitlim no 1 līdz 1000</translation>
    </message>
    <message>
        <source>Import datasets into a project, checking CRS, encoding and geometries</source>
        <translation>Importēt datu kopas projektā, pārbaudot KAS, kodējumu un ģeometrijas</translation>
    </message>
    <message>
        <source>Describe the layers of a dataset or project</source>
        <translation>Aprakstīt datu kopas vai projekta slāņus</translation>
    </message>
    <message>
        <source>Draw datasets or a project to PNG, PDF or SVG</source>
        <translation>Zīmēt datu kopas vai projektu PNG, PDF vai SVG formātā</translation>
    </message>
    <message>
        <source>Print a project&apos;s map layout (or the council pack) to PDF, PNG or SVG</source>
        <translation>Drukāt projekta kartes izkārtojumu (vai domes paketi) PDF, PNG vai SVG formātā</translation>
    </message>
    <message>
        <source>Select features by location (intersects, within, dwithin...)</source>
        <translation>Atlasīt objektus pēc atrašanās vietas (intersects, within, dwithin...)</translation>
    </message>
    <message>
        <source>Buffer features into a new polygon layer</source>
        <translation>Buferzona ap objektiem jaunā daudzstūru slānī</translation>
    </message>
    <message>
        <source>Union features, per value of a field</source>
        <translation>Apvienot objektus pēc lauka vērtības</translation>
    </message>
    <message>
        <source>Clip, difference or intersection with another layer</source>
        <translation>Izgriezums, starpība vai šķēlums ar citu slāni</translation>
    </message>
    <message>
        <source>The k nearest features with their distances</source>
        <translation>k tuvākie objekti ar to attālumiem</translation>
    </message>
    <message>
        <source>Count, sum, mean, area and length, grouped by a field</source>
        <translation>Skaits, summa, vidējais, laukums un garums, grupēti pēc lauka</translation>
    </message>
    <message>
        <source>List, compare and measure a project&apos;s planning scenarios</source>
        <translation>Uzskaitīt, salīdzināt un izmērīt projekta plānošanas scenārijus</translation>
    </message>
    <message>
        <source>Usage: polis [PROJECT]            open the map window</source>
        <translation>Lietojums: polis [PROJEKTS]       atver kartes logu</translation>
    </message>
    <message>
        <source>       polis COMMAND [OPTIONS]    run a command (polis COMMAND --help)</source>
        <translation>       polis KOMANDA [OPCIJAS]    izpilda komandu (polis KOMANDA --help)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komandas:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcijas:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Rādīt šo palīdzību</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Rādīt versiju</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 an input problem (the message names the file), 2 a usage error.</source>
        <translation>Izejas kodi: 0 veiksme, 1 ievades problēma (ziņojumā norādīts fails), 2 lietošanas kļūda.</translation>
    </message>
    <message>
        <source>Try: polis %1 --help</source>
        <translation>Mēģiniet: polis %1 --help</translation>
    </message>
    <message>
        <source>Usage: polis %1 %2</source>
        <translation>Lietojums: polis %1 %2</translation>
    </message>
    <message>
        <source>The overlay layer: dataset path or path:layer</source>
        <translation>Pārklājuma slānis: datu kopas ceļš vai ceļš:slānis</translation>
    </message>
    <message>
        <source>clip (default: the parts inside), difference (outside) or intersection (pairs, attributes of both)</source>
        <translation>clip (noklusējums: daļas iekšpusē), difference (ārpusē) vai intersection (pāri, abu atribūti)</translation>
    </message>
    <message>
        <source>Overlay a layer with another: clip, difference or intersection.</source>
        <translation>Pārklāt slāni ar citu: izgriezums, starpība vai šķēlums.</translation>
    </message>
    <message>
        <source>--op &quot;%1&quot; is not clip, difference or intersection</source>
        <translation>--op &quot;%1&quot; nav clip, difference vai intersection</translation>
    </message>
    <message>
        <source>give the overlay layer with --with SRC</source>
        <translation>norādiet pārklājuma slāni ar --with AVOTS</translation>
    </message>
    <message>
        <source>Field whose values form the groups (default: everything in one)</source>
        <translation>Lauks, kura vērtības veido grupas (noklusējums: viss vienā)</translation>
    </message>
    <message>
        <source>Union the features of a layer, per value of a field.</source>
        <translation>Apvienot slāņa objektus pēc lauka vērtības.</translation>
    </message>
    <message>
        <source>--paper &quot;%1&quot; is not one of A4, A3, A2, A1, A0</source>
        <translation>--paper &quot;%1&quot; nav neviens no A4, A3, A2, A1, A0</translation>
    </message>
    <message>
        <source>--orientation &quot;%1&quot; is not portrait or landscape</source>
        <translation>--orientation &quot;%1&quot; nav portrait vai landscape</translation>
    </message>
    <message>
        <source>Print a project&apos;s map with its layout (title, legend, scale bar, north arrow, CRS, date) to PDF, PNG or SVG; --all-scenarios makes the council pack.</source>
        <translation>Drukāt projekta karti ar izkārtojumu (virsraksts, leģenda, mēroga josla, ziemeļu bulta, KAS, datums) PDF, PNG vai SVG formātā; --all-scenarios izveido domes paketi.</translation>
    </message>
    <message>
        <source>The scenario to print (default: baseline)</source>
        <translation>Drukājamais scenārijs (noklusējums: baseline)</translation>
    </message>
    <message>
        <source>A multi-page PDF: one page per scenario and a summary page</source>
        <translation>Daudzlapu PDF: pa lapai katram scenārijam un kopsavilkuma lapa</translation>
    </message>
    <message>
        <source>Paper size: A4, A3, A2, A1 or A0 (default: the project&apos;s layout)</source>
        <translation>Papīra izmērs: A4, A3, A2, A1 vai A0 (noklusējums: projekta izkārtojuma)</translation>
    </message>
    <message>
        <source>portrait or landscape (default: the project&apos;s layout)</source>
        <translation>portrait (portrets) vai landscape (ainava) (noklusējums: projekta izkārtojuma)</translation>
    </message>
    <message>
        <source>PNG resolution; rasters in PDF and SVG at most 200 (default 150)</source>
        <translation>PNG izšķirtspēja; rastri PDF un SVG ne vairāk kā 200 (noklusējums 150)</translation>
    </message>
    <message>
        <source>Title (default: the layout&apos;s, else the project&apos;s)</source>
        <translation>Virsraksts (noklusējums: izkārtojuma, citādi projekta)</translation>
    </message>
    <message>
        <source>The project (.polis)</source>
        <translation>Projekts (.polis)</translation>
    </message>
    <message>
        <source>give exactly one PROJECT</source>
        <translation>norādiet tieši vienu PROJEKTU</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.pdf|.png|.svg</source>
        <translation>norādiet izvades failu ar -o IZVADE.pdf|.png|.svg</translation>
    </message>
    <message>
        <source>give --scenario NAME or --all-scenarios, not both</source>
        <translation>norādiet --scenario NOSAUKUMS vai --all-scenarios, ne abus</translation>
    </message>
    <message>
        <source>--dpi &quot;%1&quot; is not a whole number from 36 to 1200</source>
        <translation>--dpi &quot;%1&quot; nav vesels skaitlis no 36 līdz 1200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project: export prints .polis projects</source>
        <translation>&quot;%1&quot; nav projekts: eksports drukā .polis projektus</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Ierakstīts %1</translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation>%1: importēts</translation>
    </message>
    <message>
        <source>%1 -&gt; table %2: %3 features (%4), CRS %5%6, encoding %7 (%8)</source>
        <translation>%1 -&gt; tabula %2: %3 objekti (%4), KAS %5%6, kodējums %7 (%8)</translation>
    </message>
    <message>
        <source> (assigned)</source>
        <translation> (piešķirta)</translation>
    </message>
    <message>
        <source>geometries: %1 invalid, %2 empty, %3 null, %4 unusable; %5 repaired, %6 set to null</source>
        <translation>ģeometrijas: %1 nederīgas, %2 tukšas, %3 null, %4 nelietojamas; %5 izlabotas, %6 iestatītas uz null</translation>
    </message>
    <message>
        <source>%1 duplicate id(s), mixed geometry types: %2, truncated field names: %3</source>
        <translation>dublēti identifikatori: %1, jaukti ģeometrijas tipi: %2, saīsināti lauku nosaukumi: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>Import datasets (files, .zip shapefiles, folders) into a project, creating it when missing. Each layer is embedded in the project in its own CRS, after checking its CRS, text encoding and geometries.</source>
        <translation>Importēt datu kopas (failus, .zip shapefile, mapes) projektā, izveidojot to, ja tā nav. Katrs slānis tiek iegults projektā savā KAS pēc tā KAS, teksta kodējuma un ģeometriju pārbaudes.</translation>
    </message>
    <message>
        <source>The project to import into (created when missing)</source>
        <translation>Projekts, kurā importēt (tiek izveidots, ja tā nav)</translation>
    </message>
    <message>
        <source>CRS for layers that declare none, and the map CRS of a new project</source>
        <translation>KAS slāņiem, kuriem tā nav norādīta, un jauna projekta kartes KAS</translation>
    </message>
    <message>
        <source>Text encoding of shapefiles (CP1253, ISO-8859-7, UTF-8...)</source>
        <translation>Shapefile teksta kodējums (CP1253, ISO-8859-7, UTF-8...)</translation>
    </message>
    <message>
        <source>Repair invalid geometries (GEOS MakeValid); unusable ones become null</source>
        <translation>Labot nederīgās ģeometrijas (GEOS MakeValid); nelietojamās kļūst par null</translation>
    </message>
    <message>
        <source>Print one JSON document (keys documented in the README)</source>
        <translation>Izdrukāt vienu JSON dokumentu (atslēgas aprakstītas README)</translation>
    </message>
    <message>
        <source>Dataset path, .zip shapefile or folder</source>
        <translation>Datu kopas ceļš, .zip shapefile vai mape</translation>
    </message>
    <message>
        <source>polis import: give at least one SOURCE and --into PROJECT.polis (see polis import --help)</source>
        <translation>polis import: norādiet vismaz vienu AVOTU un --into PROJEKTS.polis (skatiet polis import --help)</translation>
    </message>
    <message>
        <source>%1: the folder holds no datasets</source>
        <translation>%1: mapē nav datu kopu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nezināms</translation>
    </message>
    <message>
        <source>Raster %1: %2 x %3 pixels, %4 band(s), CRS %5</source>
        <translation>Rastrs %1: %2 x %3 pikseļi, joslas: %4, KAS %5</translation>
    </message>
    <message>
        <source>Extent: %1</source>
        <translation>Apjoms: %1</translation>
    </message>
    <message>
        <source>Layer %1: %2, %3 features, CRS %4, encoding %5</source>
        <translation>Slānis %1: %2, objekti: %3, KAS %4, kodējums %5</translation>
    </message>
    <message>
        <source>No CRS declared; the coordinates suggest %1</source>
        <translation>KAS nav norādīta; koordinātas liecina par %1</translation>
    </message>
    <message>
        <source>Dataset path, path:layer, or GDAL connection string</source>
        <translation>Datu kopas ceļš, ceļš:slānis vai GDAL savienojuma virkne</translation>
    </message>
    <message>
        <source>polis info: give exactly one SOURCE (see polis info --help)</source>
        <translation>polis info: norādiet tieši vienu AVOTU (skatiet polis info --help)</translation>
    </message>
    <message>
        <source>Write the result to OUT (.gpkg, .geojson or .csv)</source>
        <translation>Ierakstīt rezultātu IZVADĒ (.gpkg, .geojson vai .csv)</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .gpkg, .geojson or .csv</source>
        <translation>izvadei &quot;%1&quot; jābeidzas ar .gpkg, .geojson vai .csv</translation>
    </message>
    <message>
        <source>polis %1: %2 feature(s) with invalid geometry were skipped</source>
        <translation>polis %1: izlaisti objekti ar nederīgu ģeometriju: %2</translation>
    </message>
    <message>
        <source>Attribute filter (OGR SQL), e.g. &quot;use = &apos;school&apos;&quot;</source>
        <translation>Atribūtu filtrs (OGR SQL), piem., &quot;use = &apos;school&apos;&quot;</translation>
    </message>
    <message>
        <source>Print one JSON document: count, invalid, invalid_ids</source>
        <translation>Izdrukāt vienu JSON dokumentu: count, invalid, invalid_ids</translation>
    </message>
    <message>
        <source>Dataset path or path:layer</source>
        <translation>Datu kopas ceļš vai ceļš:slānis</translation>
    </message>
    <message>
        <source>give exactly one SOURCE</source>
        <translation>norādiet tieši vienu AVOTU</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.gpkg|.geojson|.csv</source>
        <translation>norādiet izvades failu ar -o IZVADE.gpkg|.geojson|.csv</translation>
    </message>
    <message>
        <source> or </source>
        <translation> vai </translation>
    </message>
    <message>
        <source>The layer to relate to: dataset path or path:layer</source>
        <translation>Slānis, ar kuru salīdzināt: datu kopas ceļš vai ceļš:slānis</translation>
    </message>
    <message>
        <source>For dwithin: the distance in the layer&apos;s CRS units (metres)</source>
        <translation>Priekš dwithin: attālums slāņa KAS vienībās (metros)</translation>
    </message>
    <message>
        <source>give --op and --with together</source>
        <translation>norādiet --op un --with kopā</translation>
    </message>
    <message>
        <source>--op &quot;%1&quot; is not one of %2</source>
        <translation>--op &quot;%1&quot; nav neviens no %2</translation>
    </message>
    <message>
        <source>--distance only applies to --op %1</source>
        <translation>--distance attiecas tikai uz --op %1</translation>
    </message>
    <message>
        <source>%1 needs --distance, a number of metres &gt;= 0</source>
        <translation>%1 nepieciešams --distance, metru skaits &gt;= 0</translation>
    </message>
    <message>
        <source>For each feature of --to, the k nearest features of --layer with their exact distances.</source>
        <translation>Katram --to objektam k tuvākie --layer objekti ar to precīzajiem attālumiem.</translation>
    </message>
    <message>
        <source>The layer to search: dataset path or path:layer</source>
        <translation>Meklējamais slānis: datu kopas ceļš vai ceļš:slānis</translation>
    </message>
    <message>
        <source>The features to measure from: dataset path or path:layer</source>
        <translation>Objekti, no kuriem mērīt: datu kopas ceļš vai ceļš:slānis</translation>
    </message>
    <message>
        <source>How many neighbours (default 1)</source>
        <translation>Cik kaimiņu (noklusējums 1)</translation>
    </message>
    <message>
        <source>Only neighbours this close (CRS units, metres)</source>
        <translation>Tikai tik tuvi kaimiņi (KAS vienības, metri)</translation>
    </message>
    <message>
        <source>Attribute filter on --layer (OGR SQL)</source>
        <translation>Atribūtu filtrs --layer slānim (OGR SQL)</translation>
    </message>
    <message>
        <source>Print one JSON document</source>
        <translation>Izdrukāt vienu JSON dokumentu</translation>
    </message>
    <message>
        <source>give --layer and --to</source>
        <translation>norādiet --layer un --to</translation>
    </message>
    <message>
        <source>-k must be a whole number from 1 to 100000</source>
        <translation>-k jābūt veselam skaitlim no 1 līdz 100000</translation>
    </message>
    <message>
        <source>--max-distance must be a number of metres &gt;= 0</source>
        <translation>--max-distance jābūt metru skaitam &gt;= 0</translation>
    </message>
    <message>
        <source>%1 (%2 m)</source>
        <translation>%1 (%2 m)</translation>
    </message>
    <message>
        <source>Select the features of a layer by their spatial relation to another.</source>
        <translation>Atlasīt slāņa objektus pēc to telpiskās attiecības pret citu slāni.</translation>
    </message>
    <message>
        <source>Attribute filter on --layer (OGR SQL), e.g. &quot;use = &apos;school&apos;&quot;</source>
        <translation>Atribūtu filtrs --layer slānim (OGR SQL), piem., &quot;use = &apos;school&apos;&quot;</translation>
    </message>
    <message>
        <source>Print only the number of matches</source>
        <translation>Izdrukāt tikai atbilstību skaitu</translation>
    </message>
    <message>
        <source>Print one JSON document: count, ids, load_ms, query_ms, invalid</source>
        <translation>Izdrukāt vienu JSON dokumentu: count, ids, load_ms, query_ms, invalid</translation>
    </message>
    <message>
        <source>give --layer, --op and --with</source>
        <translation>norādiet --layer, --op un --with</translation>
    </message>
    <message>
        <source>%1 feature(s) match</source>
        <translation>Atbilstošie objekti: %1</translation>
    </message>
    <message>
        <source>polis query: %1 feature(s) with invalid geometry were skipped</source>
        <translation>polis query: izlaisti objekti ar nederīgu ģeometriju: %1</translation>
    </message>
    <message>
        <source>Draw projects, datasets or &quot;path:layer&quot; sources into one map image.</source>
        <translation>Zīmēt projektus, datu kopas vai &quot;ceļš:slānis&quot; avotus vienā kartes attēlā.</translation>
    </message>
    <message>
        <source>Output file: .png, .pdf or .svg</source>
        <translation>Izvades fails: .png, .pdf vai .svg</translation>
    </message>
    <message>
        <source>Output size in pixels (default 1600x1200)</source>
        <translation>Izvades izmērs pikseļos (noklusējums 1600x1200)</translation>
    </message>
    <message>
        <source>Map CRS, e.g. EPSG:2100 (default: the project&apos;s or first layer&apos;s)</source>
        <translation>Kartes KAS, piem., EPSG:2100 (noklusējums: projekta vai pirmā slāņa)</translation>
    </message>
    <message>
        <source>Map extent in the map CRS (default: everything)</source>
        <translation>Kartes apjoms kartes KAS (noklusējums: viss)</translation>
    </message>
    <message>
        <source>Draw this scenario of the project (default: baseline)</source>
        <translation>Zīmēt šo projekta scenāriju (noklusējums: baseline)</translation>
    </message>
    <message>
        <source>Project (.polis), dataset path or path:layer; several allowed</source>
        <translation>Projekts (.polis), datu kopas ceļš vai ceļš:slānis; atļauti vairāki</translation>
    </message>
    <message>
        <source>give at least one SOURCE</source>
        <translation>norādiet vismaz vienu AVOTU</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.png|.pdf|.svg</source>
        <translation>norādiet izvades failu ar -o IZVADE.png|.pdf|.svg</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .png, .pdf or .svg</source>
        <translation>izvadei &quot;%1&quot; jābeidzas ar .png, .pdf vai .svg</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT in pixels (1-20000)</source>
        <translation>--size &quot;%1&quot; nav PLATUMSxAUGSTUMS pikseļos (1-20000)</translation>
    </message>
    <message>
        <source>--extent &quot;%1&quot; is not xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>--extent &quot;%1&quot; nav xmin,ymin,xmax,ymax ar xmin &lt; xmax un ymin &lt; ymax</translation>
    </message>
    <message>
        <source>--scenario needs exactly one SOURCE, a project (.polis)</source>
        <translation>--scenario nepieciešams tieši viens AVOTS — projekts (.polis)</translation>
    </message>
    <message>
        <source>polis render: nothing to draw; no output written</source>
        <translation>polis render: nav ko zīmēt; izvade nav ierakstīta</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>izmaiņas: %1</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 modified</source>
        <translation>%1: pievienoti %2, noņemti %3, mainīti %4</translation>
    </message>
    <message>
        <source>Total: %1 added, %2 removed, %3 modified</source>
        <translation>Kopā: pievienoti %1, noņemti %2, mainīti %3</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>rādītājs</translation>
    </message>
    <message>
        <source>Planning scenarios of a project: list them, compare two (what is added, removed and modified) or compute the project&apos;s indicators for every scenario.</source>
        <translation>Projekta plānošanas scenāriji: uzskaitīt, salīdzināt divus (kas pievienots, noņemts un mainīts) vai aprēķināt projekta rādītājus katram scenārijam.</translation>
    </message>
    <message>
        <source>Print the result as JSON</source>
        <translation>Izdrukāt rezultātu kā JSON</translation>
    </message>
    <message>
        <source>diff: the two scenarios (&quot;baseline&quot; for the project&apos;s layers)</source>
        <translation>diff: divi scenāriji (&quot;baseline&quot; projekta slāņiem)</translation>
    </message>
    <message>
        <source>diff needs PROJECT A B</source>
        <translation>diff nepieciešams PROJEKTS A B</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project (.polis)</source>
        <translation>&quot;%1&quot; nav projekts (.polis)</translation>
    </message>
    <message>
        <source>Count, sum and mean of a field, total area and length, per group.</source>
        <translation>Lauka skaits, summa un vidējais, kopējais laukums un garums katrai grupai.</translation>
    </message>
    <message>
        <source>Numeric field to sum and average</source>
        <translation>Skaitlisks lauks summai un vidējam</translation>
    </message>
    <message>
        <source>Field whose values form the groups (default: one group)</source>
        <translation>Lauks, kura vērtības veido grupas (noklusējums: viena grupa)</translation>
    </message>
    <message>
        <source>Attribute filter (OGR SQL)</source>
        <translation>Atribūtu filtrs (OGR SQL)</translation>
    </message>
    <message>
        <source>Measure area and length on the ellipsoid (m², m)</source>
        <translation>Mērīt laukumu un garumu uz elipsoīda (m², m)</translation>
    </message>
    <message>
        <source>count %1, area %2, length %3</source>
        <translation>skaits %1, laukums %2, garums %3</translation>
    </message>
    <message>
        <source>, sum %1, mean %2</source>
        <translation>, summa %1, vidējais %2</translation>
    </message>
    <message>
        <source>Language of the printed texts: %1 (default: the project&apos;s council language, else the system&apos;s)</source>
        <translation>Drukāto tekstu valoda: %1 (noklusējums: projekta domes valoda, citādi sistēmas)</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not one of %2</source>
        <translation>--lang &quot;%1&quot; nav neviena no %2</translation>
    </message>
    <message>
        <source>Open the project&apos;s layers that reach the network or another host&apos;s database (only for projects you trust)</source>
        <translation>Atvērt projekta slāņus, kas piekļūst tīklam vai cita resursdatora datubāzei (tikai projektiem, kuriem uzticaties)</translation>
    </message>
    <message>
        <source>Open the project&apos;s layers stored outside its folder (only for projects you trust)</source>
        <translation>Atvērt projekta slāņus, kas glabājas ārpus tā mapes (tikai projektiem, kuriem uzticaties)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>neizdevās: %1</translation>
    </message>
    <message>
        <source>polis: unknown command &quot;%1&quot;</source>
        <translation>polis: nezināma komanda &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--extent-mode &quot;%1&quot; is not view, fixed, layer or changes</source>
        <translation>--extent-mode &quot;%1&quot; nav view, fixed, layer vai changes</translation>
    </message>
    <message>
        <source>--extent gives a fixed extent: leave out --extent-layer and --extent-mode other than fixed</source>
        <translation>--extent norāda fiksētu apjomu: nenorādiet --extent-layer un --extent-mode, kas nav fixed</translation>
    </message>
    <message>
        <source>--extent-layer frames a layer: leave out --extent-mode other than layer</source>
        <translation>--extent-layer pielāgo karti slānim: nenorādiet --extent-mode, kas nav layer</translation>
    </message>
    <message>
        <source>Output file: .pdf, .png, .svg or .html (the interactive web pack)</source>
        <translation>Izvades fails: .pdf, .png, .svg vai .html (interaktīvā tīmekļa pakete)</translation>
    </message>
    <message>
        <source>Every map page shows this extent (map CRS)</source>
        <translation>Katra kartes lapa rāda šo apjomu (kartes KAS)</translation>
    </message>
    <message>
        <source>Every map page shows this layer&apos;s extent</source>
        <translation>Katra kartes lapa rāda šī slāņa apjomu</translation>
    </message>
    <message>
        <source>What each map page shows: view (the project&apos;s), fixed (--extent or the layout&apos;s), layer (--extent-layer) or changes (what the page&apos;s scenario changes; the default)</source>
        <translation>Ko rāda katra kartes lapa: view (projekta skats), fixed (--extent vai izkārtojuma apjoms), layer (--extent-layer) vai changes (tas, ko maina lapas scenārijs; noklusējums)</translation>
    </message>
    <message>
        <source>Print the pages (scenario, extent in the map CRS, layers drawn) as JSON</source>
        <translation>Izdrukāt lapas (scenārijs, apjoms kartes KAS, zīmētie slāņi) kā JSON</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .pdf, .png, .svg or .html</source>
        <translation>izvadei &quot;%1&quot; jābeidzas ar .pdf, .png, .svg vai .html</translation>
    </message>
    <message>
        <source>--all-scenarios makes a multi-page PDF or a web pack: the output must end in .pdf or .html</source>
        <translation>--all-scenarios izveido daudzlapu PDF vai tīmekļa paketi: izvadei jābeidzas ar .pdf vai .html</translation>
    </message>
    <message>
        <source>--extent-mode layer needs the layer: give --extent-layer NAME</source>
        <translation>--extent-mode layer nepieciešams slānis: norādiet --extent-layer NOSAUKUMS</translation>
    </message>
    <message>
        <source>Import layers whose coordinates lie outside the area of use of their CRS</source>
        <translation>Importēt slāņus, kuru koordinātas atrodas ārpus to KAS lietojuma apgabala</translation>
    </message>
    <message>
        <source>Copy a project into a PostgreSQL database (push) or back to a file (pull)</source>
        <translation>Kopēt projektu PostgreSQL datubāzē (push) vai atpakaļ failā (pull)</translation>
    </message>
    <message>
        <source>Copy a project between a file and a PostgreSQL database: push FILE.polis URI puts it into the schema of URI (postgresql://[user@]host[:port]/dbname?schema=NAME; passwords from ~/.pgpass), pull URI FILE.polis takes it back offline. Embedded layers become tables of the target.</source>
        <translation>Kopēt projektu starp failu un PostgreSQL datubāzi: push FILE.polis URI ievieto to URI shēmā (postgresql://[user@]host[:port]/dbname?schema=NAME; paroles no ~/.pgpass), pull URI FILE.polis paņem to atpakaļ darbam bezsaistē. Iegultie slāņi kļūst par mērķa tabulām.</translation>
    </message>
    <message>
        <source>push: copy the referenced vector datasets into the database too</source>
        <translation>push: iekopēt datubāzē arī atsauktās vektordatu kopas</translation>
    </message>
    <message>
        <source>The project to copy (.polis file or postgresql:// URI)</source>
        <translation>Kopējamais projekts (.polis fails vai postgresql:// URI)</translation>
    </message>
    <message>
        <source>Where to copy it</source>
        <translation>Kur to kopēt</translation>
    </message>
    <message>
        <source>%1 needs FROM and TO</source>
        <translation>%1 vajag FROM un TO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database location (postgresql://...)</source>
        <translation>&quot;%1&quot; nav datubāzes atrašanās vieta (postgresql://...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project file (.polis)</source>
        <translation>&quot;%1&quot; nav projekta fails (.polis)</translation>
    </message>
    <message>
        <source>--embed is for push</source>
        <translation>--embed ir paredzēts push</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 layer table(s), %4 feature(s), in %5 s</source>
        <translation>%1 nokopēts uz %2: %3 slāņu tabula(s), %4 objekts(i), %5 s</translation>
    </message>
    <message>
        <source>Layers left as references: %1</source>
        <translation>Slāņi, kas palika kā atsauces: %1</translation>
    </message>
    <message>
        <source>Saved feature %1 of layer %2 in scenario %3: revision %4</source>
        <translation>Saglabāts slāņa %2 objekts %1 scenārijā %3: revīzija %4</translation>
    </message>
    <message>
        <source>set: the layer (its name in the project)</source>
        <translation>set: slānis (tā nosaukums projektā)</translation>
    </message>
    <message>
        <source>set: the feature id</source>
        <translation>set: objekta identifikators</translation>
    </message>
    <message>
        <source>set: a new value, KEY=VALUE (KEY= for null); repeat for several</source>
        <translation>set: jauna vērtība, ATSLĒGA=VĒRTĪBA (ATSLĒGA= tukšai); atkārtojiet vairākām</translation>
    </message>
    <message>
        <source>set: refuse (exit 1) when the feature was saved after this revision</source>
        <translation>set: atteikt (izejas kods 1), ja objekts saglabāts pēc šīs revīzijas</translation>
    </message>
    <message>
        <source>list, diff, indicators or set</source>
        <translation>list, diff, indicators vai set</translation>
    </message>
    <message>
        <source>give the action: list, diff, indicators or set</source>
        <translation>norādiet darbību: list, diff, indicators vai set</translation>
    </message>
    <message>
        <source>set needs PROJECT SCENARIO</source>
        <translation>set vajag PROJEKTS SCENĀRIJS</translation>
    </message>
    <message>
        <source>set needs --layer NAME, --fid N (a whole number) and --field KEY=VALUE; --base-revision is a whole number</source>
        <translation>set vajag --layer NOSAUKUMS, --fid N (vesels skaitlis) un --field ATSLĒGA=VĒRTĪBA; --base-revision ir vesels skaitlis</translation>
    </message>
    <message>
        <source>%1: not saved: the database role %2 may only read this project (read-only); ask for write access (GRANT INSERT, UPDATE, DELETE)</source>
        <translation>%1: nav saglabāts: datubāzes lomai %2 šo projektu atļauts tikai lasīt (tikai lasīšanai); lūdziet rakstīšanas tiesības (GRANT INSERT, UPDATE, DELETE)</translation>
    </message>
    <message>
        <source>Watching %1 for saves</source>
        <translation>Seko %1 saglabāšanām</translation>
    </message>
    <message>
        <source>Scenario «%1» was changed by %2 (revision %3)</source>
        <translation>Scenāriju «%1» mainīja %2 (revīzija %3)</translation>
    </message>
    <message>
        <source>The project was changed by %1 (revision %2)</source>
        <translation>Projektu mainīja %1 (revīzija %2)</translation>
    </message>
    <message>
        <source>watch: stop after N saves (default 1)</source>
        <translation>watch: apstāties pēc N saglabāšanām (noklusējums 1)</translation>
    </message>
    <message>
        <source>watch: give up after S seconds (default 60; exit 1)</source>
        <translation>watch: pārtraukt pēc S sekundēm (noklusējums 60; izejas kods 1)</translation>
    </message>
    <message>
        <source>push, pull or watch</source>
        <translation>push, pull vai watch</translation>
    </message>
    <message>
        <source>give the action: push, pull or watch URI</source>
        <translation>norādiet darbību: push, pull vai watch URI</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>esošā situācija</translation>
    </message>
    <message>
        <source>Describe every layer of a dataset or &quot;path:layer&quot;; for a project its map layers with their sources, CRS, scenarios and indicators.</source>
        <translation>Aprakstīt katru datu kopas slāni vai “ceļš:slānis”; projektam — tā kartes slāņus ar avotiem, KAS, scenārijus un rādītājus.</translation>
    </message>
    <message>
        <source>For a project: its tables as a dataset, not the map it describes</source>
        <translation>Projektam: tā tabulas kā datu kopu, nevis karti, ko tas apraksta</translation>
    </message>
    <message>
        <source>embedded in the project</source>
        <translation>iegults projektā</translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation>Projekts %1: %2</translation>
    </message>
    <message>
        <source>Map CRS: %1 (%2)</source>
        <translation>Kartes KAS: %1 (%2)</translation>
    </message>
    <message>
        <source>Layers, drawn bottom to top: %1</source>
        <translation>Slāņi, zīmēti no apakšas uz augšu: %1</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>rastrs</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>vektors</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>paslēpts</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupa %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dati: %1</translation>
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation>Scenāriji: %1</translation>
    </message>
    <message>
        <source>Shown when opened: %1</source>
        <translation>Rādīts atverot: %1</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Rādītāji: %1</translation>
    </message>
    <message>
        <source>%1 (changes: %2)</source>
        <translation>%1 (izmaiņas: %2)</translation>
    </message>
    <message>
        <source>polis export: warning: %1</source>
        <translation>polis export: brīdinājums: %1</translation>
    </message>
    <message>
        <source>polis render: warning: %1</source>
        <translation>polis render: brīdinājums: %1</translation>
    </message>
    <message>
        <source>polis scenario: warning: %1</source>
        <translation>polis scenario: brīdinājums: %1</translation>
    </message>
</context>
<context>
    <name>polis::gui</name>
    <message>
        <source>No display found (DISPLAY is not set) and no project given: nothing to show.</source>
        <translation>Displejs nav atrasts (DISPLAY nav iestatīts) un projekts nav norādīts: nav ko rādīt.</translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set): rendering %1 to an image instead.</source>
        <translation>Displejs nav atrasts (DISPLAY nav iestatīts): %1 tiek zīmēts attēlā.</translation>
    </message>
</context>
<context>
    <name>polis::layout</name>
    <message>
        <source>N</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Summary: feature counts and indicators per scenario</source>
        <translation>Kopsavilkums: objektu skaits un rādītāji pa scenārijiem</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Slānis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>rādītājs</translation>
    </message>
    <message>
        <source>cannot read the logo image</source>
        <translation>nevar nolasīt logotipa attēlu</translation>
    </message>
    <message>
        <source>Scale 1:%1 (on %2 paper)</source>
        <translation>Mērogs 1:%1 (uz %2 papīra)</translation>
    </message>
    <message>
        <source>Coordinate system: %1</source>
        <translation>Koordinātu sistēma: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datums: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dati: %1</translation>
    </message>
    <message>
        <source>Made with Polis</source>
        <translation>Izveidots ar Polis</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenārijs: %1</translation>
    </message>
    <message>
        <source>all other values</source>
        <translation>visas citas vērtības</translation>
    </message>
    <message>
        <source>all values</source>
        <translation>visas vērtības</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leģenda</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more layer(s)</source>
        <translation>
            <numerusform>… un vēl %n slānis</numerusform>
            <numerusform>… un vēl %n slāņi</numerusform>
            <numerusform>… un vēl %n slāņu</numerusform>
        </translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>rastrs</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>vektors</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punkti</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>līnijas</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>daudzstūri</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>esošā situācija</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Lapa %1 no %2</translation>
    </message>
    <message>
        <source>the logo is not a file</source>
        <translation>logotips nav fails</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 salīdzinājumā ar %2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Skats</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>salīdzinājumā ar</translation>
    </message>
    <message>
        <source>one map</source>
        <translation>viena karte</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>blakus</translation>
    </message>
    <message>
        <source>swipe</source>
        <translation>pārbīde</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
</context>
</TS>
