<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AttributeForm</name>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Phase or year</source>
        <translation>Etap lub rok</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Szacowany koszt</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Wydział</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n obiekt</numerusform>
            <numerusform>%n obiekty</numerusform>
            <numerusform>%n obiektów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Filter, e.g. kind = &apos;school&apos; AND floors &gt; 2</source>
        <translation>Filtr, np. kind = &apos;school&apos; AND floors &gt; 2</translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>Zaznacz wszystkie pasujące</translation>
    </message>
</context>
<context>
    <name>CompareDifference</name>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 w porównaniu z %2</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Dodane: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Usunięte: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Zmienione: %1</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare</source>
        <translation>Porównanie</translation>
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
        <translation>Obok siebie</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>Przesuwanie</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Close the compare panel</source>
        <translation>Zamknij panel porównania</translation>
    </message>
</context>
<context>
    <name>CompareSwipe</name>
    <message>
        <source>Drag to reveal B over A</source>
        <translation>Przeciągnij, aby odsłonić B nad A</translation>
    </message>
</context>
<context>
    <name>CrsPicker</name>
    <message>
        <source>Map coordinate reference system (now %1)</source>
        <translation>Układ współrzędnych mapy (obecnie %1)</translation>
    </message>
    <message>
        <source>Search by EPSG code or name, e.g. 2100 or Greek Grid</source>
        <translation>Szukaj według kodu EPSG lub nazwy, np. 2100 lub Greek Grid</translation>
    </message>
    <message>
        <source>No coordinate reference system matches.</source>
        <translation>Żaden układ współrzędnych nie pasuje.</translation>
    </message>
    <message>
        <source>EPSG:%1 — %2</source>
        <translation>EPSG:%1 — %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <translation>Pokaż warstwy grupy</translation>
    </message>
    <message>
        <source>Hide the group&apos;s layers in this list</source>
        <translation>Ukryj warstwy grupy na tej liście</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Rozgrupuj</translation>
    </message>
    <message>
        <source>Keep the layers, without the group</source>
        <translation>Zachowaj warstwy, bez grupy</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message numerus="yes">
        <source>%n feature(s) here</source>
        <translation>
            <numerusform>%n obiekt tutaj</numerusform>
            <numerusform>%n obiekty tutaj</numerusform>
            <numerusform>%n obiektów tutaj</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — feature %2</source>
        <translation>%1 — obiekt %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import layers</source>
        <translation>Import warstw</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Wybierz pliki do importu</translation>
    </message>
    <message>
        <source>GIS data (*.shp *.zip *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb)</source>
        <translation>Dane GIS (*.shp *.zip *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Wybierz folder do importu</translation>
    </message>
    <message>
        <source>Save the project to embed the layers into</source>
        <translation>Zapisz projekt, do którego zostaną osadzone warstwy</translation>
    </message>
    <message>
        <source>Polis projects (*.polis)</source>
        <translation>Projekty Polis (*.polis)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dodaj pliki…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Dodaj folder…</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) chosen — you can also drop files on the window</source>
        <translation>
            <numerusform>Wybrano %n zbiór danych — możesz też upuścić pliki na okno</numerusform>
            <numerusform>Wybrano %n zbiory danych — możesz też upuścić pliki na okno</numerusform>
            <numerusform>Wybrano %n zbiorów danych — możesz też upuścić pliki na okno</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message numerus="yes">
        <source>Import %n layer(s)</source>
        <translation>
            <numerusform>Importuj %n warstwę</numerusform>
            <numerusform>Importuj %n warstwy</numerusform>
            <numerusform>Importuj %n warstw</numerusform>
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
        <translation>Format</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>Układ współrzędnych</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>nie zadeklarowano</translation>
    </message>
    <message>
        <source>Use suggested EPSG:%1</source>
        <translation>Użyj sugerowanego EPSG:%1</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Próbka</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Obiekty</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nie znaleziono</translation>
    </message>
    <message>
        <source>EPSG</source>
        <translation>EPSG</translation>
    </message>
    <message>
        <source>e.g. 2100</source>
        <translation>np. 2100</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowa</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <source>Choose this layer&apos;s CRS: without one it would be drawn in the wrong place.</source>
        <translation>Wybierz układ współrzędnych tej warstwy: bez niego zostałaby narysowana w złym miejscu.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importuj mimo to</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>zostanie zaimportowana</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBar</name>
    <message>
        <source>Text encoding</source>
        <translation>Kodowanie tekstu</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Jak wykryto</translation>
    </message>
    <message>
        <source>Windows Greek (CP1253)</source>
        <translation>Greckie Windows (CP1253)</translation>
    </message>
    <message>
        <source>ISO Greek (ISO-8859-7)</source>
        <translation>Greckie ISO (ISO-8859-7)</translation>
    </message>
    <message>
        <source>Windows Latin (CP1252)</source>
        <translation>Łacińskie Windows (CP1252)</translation>
    </message>
    <message>
        <source>Repair invalid geometries</source>
        <translation>Napraw niepoprawne geometrie</translation>
    </message>
    <message>
        <source>Embed into the project</source>
        <translation>Osadź w projekcie</translation>
    </message>
    <message>
        <source>Keep a reference to the files</source>
        <translation>Zachowaj odwołanie do plików</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicators (computing…)</source>
        <translation>Wskaźniki (obliczanie…)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>stan istniejący</translation>
    </message>
</context>
<context>
    <name>LayerDelegate</name>
    <message>
        <source>Data: %1</source>
        <translation>Dane: %1</translation>
    </message>
    <message>
        <source>Drag to change the drawing order (or use the menu ⋯)</source>
        <translation>Przeciągnij, aby zmienić kolejność rysowania (lub użyj menu ⋯)</translation>
    </message>
    <message>
        <source>Hide the classes</source>
        <translation>Ukryj klasy</translation>
    </message>
    <message>
        <source>Show the classes</source>
        <translation>Pokaż klasy</translation>
    </message>
    <message>
        <source>Zoom, style, table, properties, rename, group, remove</source>
        <translation>Przybliż, styl, tabela, właściwości, zmień nazwę, grupa, usuń</translation>
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
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Przenieś do %1</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Usuń z grupy</translation>
    </message>
</context>
<context>
    <name>LayerMenu</name>
    <message>
        <source>Zoom to layer</source>
        <translation>Przybliż do warstwy</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Styl…</translation>
    </message>
    <message>
        <source>Attribute table…</source>
        <translation>Tabela atrybutów…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Właściwości…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>Draw above the layer over it</source>
        <translation>Rysuj nad warstwą powyżej</translation>
    </message>
    <message>
        <source>Draw below the layer under it</source>
        <translation>Rysuj pod warstwą poniżej</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>LayerProperties</name>
    <message>
        <source>Features</source>
        <translation>Obiekty</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Krycie</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Layers</source>
        <translation>Warstwy</translation>
    </message>
</context>
<context>
    <name>LayoutExportBar</name>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportuj PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Eksportuj PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Eksportuj SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Rysunki SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG resolution (dpi)</source>
        <translation>Rozdzielczość PNG (dpi)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>Export the layout</source>
        <translation>Eksportuj kompozycję</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <source>Print layout</source>
        <translation>Kompozycja wydruku</translation>
    </message>
    <message>
        <source>Close the layout panel</source>
        <translation>Zamknij panel kompozycji</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientacja</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Pionowa</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Pozioma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>The project&apos;s title</source>
        <translation>Tytuł projektu</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Podtytuł</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Podziałka liniowa</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Strzałka północy</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Mapa przeglądowa</translation>
    </message>
</context>
<context>
    <name>LocatorBar</name>
    <message>
        <source>Search places, coordinates (35.3387 25.1343) or EPSG codes</source>
        <translation>Szukaj miejsc, współrzędnych (35.3387 25.1343) lub kodów EPSG</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nic nie znaleziono</translation>
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
        <translation>Plik</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <source>Full extent</source>
        <translation>Pełny zasięg</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Przybliż</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Oddal</translation>
    </message>
    <message>
        <source>Previous extent</source>
        <translation>Poprzedni zasięg</translation>
    </message>
    <message>
        <source>Next extent</source>
        <translation>Następny zasięg</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Warstwa</translation>
    </message>
    <message>
        <source>Add layers…</source>
        <translation>Dodaj warstwy…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Scenarios…</source>
        <translation>Scenariusze…</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Porównaj…</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analiza</translation>
    </message>
    <message>
        <source>Query…</source>
        <translation>Zapytanie…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Pomiar</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Kompozycja</translation>
    </message>
    <message>
        <source>Print layout…</source>
        <translation>Kompozycja wydruku…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>About Polis</source>
        <translation>O programie Polis</translation>
    </message>
    <message>
        <source>Polis: a desktop GIS for urban planning, on GDAL, PROJ and GEOS.</source>
        <translation>Polis: desktopowy GIS do planowania przestrzennego, oparty na GDAL, PROJ i GEOS.</translation>
    </message>
    <message>
        <source>Map background colour</source>
        <translation>Kolor tła mapy</translation>
    </message>
    <message>
        <source>Map background colour…</source>
        <translation>Kolor tła mapy…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Szukaj…</translation>
    </message>
</context>
<context>
    <name>MapToolBar</name>
    <message>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <source>Add layer…</source>
        <translation>Dodaj warstwę…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Query…</source>
        <translation>Zapytanie…</translation>
    </message>
    <message>
        <source>Print layout…</source>
        <translation>Kompozycja wydruku…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Porównaj…</translation>
    </message>
    <message>
        <source>Full extent</source>
        <translation>Pełny zasięg</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Przybliż</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Oddal</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następny</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Pomiar</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Sketch proposals in the active scenario</source>
        <translation>Szkicuj propozycje w aktywnym scenariuszu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Every edit, to undo or redo up to any of them</source>
        <translation>Każda edycja — cofnij lub ponów do dowolnej z nich</translation>
    </message>
    <message>
        <source>The scenario shown on the map</source>
        <translation>Scenariusz pokazany na mapie</translation>
    </message>
    <message>
        <source>Check and import GIS files</source>
        <translation>Sprawdź i zaimportuj pliki GIS</translation>
    </message>
    <message>
        <source>Select features by location and attributes</source>
        <translation>Wybierz obiekty według położenia i atrybutów</translation>
    </message>
    <message>
        <source>Page layout, preview and export</source>
        <translation>Układ strony, podgląd i eksport</translation>
    </message>
    <message>
        <source>Compare scenarios: side by side, swipe, difference, indicators</source>
        <translation>Porównaj scenariusze: obok siebie, przesuwanie, różnica, wskaźniki</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Pokaż całą mapę</translation>
    </message>
    <message>
        <source>Previous extent</source>
        <translation>Poprzedni zasięg</translation>
    </message>
    <message>
        <source>Next extent</source>
        <translation>Następny zasięg</translation>
    </message>
    <message>
        <source>Measure distances and areas</source>
        <translation>Mierz odległości i powierzchnie</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <source>Area</source>
        <translation>Powierzchnia</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
</context>
<context>
    <name>PlanningSchema</name>
    <message>
        <source>airport</source>
        <translation>lotnisko</translation>
    </message>
    <message>
        <source>runway</source>
        <translation>pas startowy</translation>
    </message>
    <message>
        <source>marina</source>
        <translation>marina</translation>
    </message>
    <message>
        <source>fibre route</source>
        <translation>trasa światłowodu</translation>
    </message>
    <message>
        <source>cable landing</source>
        <translation>punkt wyjścia kabla na ląd</translation>
    </message>
    <message>
        <source>street lighting</source>
        <translation>oświetlenie uliczne</translation>
    </message>
    <message>
        <source>bike-share dock</source>
        <translation>stacja roweru miejskiego</translation>
    </message>
    <message>
        <source>park</source>
        <translation>park</translation>
    </message>
    <message>
        <source>road</source>
        <translation>droga</translation>
    </message>
    <message>
        <source>building</source>
        <translation>budynek</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proponowany</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>zatwierdzony</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucony</translation>
    </message>
    <message>
        <source>built</source>
        <translation>zbudowany</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Open a project or dataset</source>
        <translation>Otwórz projekt lub zbiór danych</translation>
    </message>
    <message>
        <source>Polis projects (*.polis)</source>
        <translation>Projekty Polis (*.polis)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>Dodaj warstwy</translation>
    </message>
    <message>
        <source>GIS data (*.shp *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb *.zip *.tif *.tiff)</source>
        <translation>Dane GIS (*.shp *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb *.zip *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>Zapisano automatycznie %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
</context>
<context>
    <name>QueryPanel</name>
    <message>
        <source>Query</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Close the query panel</source>
        <translation>Zamknij panel zapytania</translation>
    </message>
    <message>
        <source>Select from</source>
        <translation>Zaznacz z</translation>
    </message>
    <message>
        <source>that are</source>
        <translation>które są</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Odległość (m)</translation>
    </message>
    <message>
        <source>Features of</source>
        <translation>Obiekty warstwy</translation>
    </message>
    <message>
        <source>the current selection</source>
        <translation>bieżące zaznaczenie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>e.g. kind = &apos;school&apos;</source>
        <translation>np. kind = &apos;school&apos;</translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupuj według</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Uruchom</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Na żywo</translation>
    </message>
    <message>
        <source>Run the query again when its layers change</source>
        <translation>Uruchamiaj zapytanie ponownie, gdy zmienią się jego warstwy</translation>
    </message>
</context>
<context>
    <name>QueryResults</name>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>Zaznaczono %n obiekt</numerusform>
            <numerusform>Zaznaczono %n obiekty</numerusform>
            <numerusform>Zaznaczono %n obiektów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s)</source>
        <translation>
            <numerusform>%1: %n obiekt</numerusform>
            <numerusform>%1: %n obiekty</numerusform>
            <numerusform>%1: %n obiektów</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>sum %1, mean %2</source>
        <translation>suma %1, średnia %2</translation>
    </message>
    <message>
        <source>area %1 ha</source>
        <translation>powierzchnia %1 ha</translation>
    </message>
    <message>
        <source>length %1 km</source>
        <translation>długość %1 km</translation>
    </message>
    <message>
        <source>Export result…</source>
        <translation>Eksportuj wynik…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>Export the query result</source>
        <translation>Eksportuj wynik zapytania</translation>
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
        <translation>CSV z WKT (*.csv)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Run again: %1</source>
        <translation>Uruchom ponownie: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialogs</name>
    <message>
        <source>Unsaved edits found</source>
        <translation>Znaleziono niezapisane zmiany</translation>
    </message>
    <message>
        <source>Recover unsaved edits from %1?</source>
        <translation>Odzyskać niezapisane zmiany z %1?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Odzyskaj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>The map has changes that are not saved.</source>
        <translation>Mapa ma zmiany, które nie zostały zapisane.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>Nie udało się zapisać projektu</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Save the project as</source>
        <translation>Zapisz projekt jako</translation>
    </message>
    <message>
        <source>Choose the folder to save the project in</source>
        <translation>Wybierz folder, w którym zostanie zapisany projekt</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <source>e.g. Heraklion 2030</source>
        <translation>np. Poznań 2030</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Zastąpić plik?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this project?</source>
        <translation>%1 już istnieje. Zastąpić go tym projektem?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
</context>
<context>
    <name>ScenarioBox</name>
    <message>
        <source>baseline</source>
        <translation>stan istniejący</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <source>Active scenario: %1</source>
        <translation>Aktywny scenariusz: %1</translation>
    </message>
    <message>
        <source>The map shows the baseline (the project&apos;s layers).</source>
        <translation>Mapa pokazuje stan istniejący (warstwy projektu).</translation>
    </message>
    <message>
        <source>Name of a new scenario, or the new name</source>
        <translation>Nazwa nowego scenariusza lub nowa nazwa</translation>
    </message>
    <message>
        <source>Description: what the scenario proposes</source>
        <translation>Opis: co proponuje scenariusz</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>Save description</source>
        <translation>Zapisz opis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>SketchBar</name>
    <message>
        <source>The baseline is the project&apos;s data: sketch in a scenario.</source>
        <translation>Stan istniejący to dane projektu: szkicuj w scenariuszu.</translation>
    </message>
    <message>
        <source>New scenario…</source>
        <translation>Nowy scenariusz…</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Zaznacz</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linia</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Poligon</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Prostokąt</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Okrąg</translation>
    </message>
    <message>
        <source>Scenarios…</source>
        <translation>Scenariusze…</translation>
    </message>
    <message>
        <source>Create, duplicate, rename, describe or delete scenarios</source>
        <translation>Twórz, powielaj, zmieniaj nazwy, opisuj lub usuwaj scenariusze</translation>
    </message>
    <message>
        <source>The layer new features go to</source>
        <translation>Warstwa, do której trafiają nowe obiekty</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>Edycja:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Przesuń</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Obróć</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Wierzchołki</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Zmień kształt</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Podziel</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Atrybuty…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>SketchTool</name>
    <message>
        <source>New feature in %1</source>
        <translation>Nowy obiekt w %1</translation>
    </message>
    <message>
        <source>Attributes of %1</source>
        <translation>Atrybuty: %1</translation>
    </message>
</context>
<context>
    <name>SnapOptions</name>
    <message>
        <source>Snap</source>
        <translation>Przyciąganie</translation>
    </message>
    <message>
        <source>Snap clicks and vertex drags to vertices and segments of the chosen layers</source>
        <translation>Przyciągaj kliknięcia i przeciągane wierzchołki do wierzchołków i segmentów wybranych warstw</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Layers…</source>
        <translation>Warstwy…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n warstwa</numerusform>
            <numerusform>%n warstwy</numerusform>
            <numerusform>%n warstw</numerusform>
        </translation>
    </message>
    <message>
        <source>WGS84 %1</source>
        <translation>WGS84 %1</translation>
    </message>
    <message>
        <source>Scale 1:</source>
        <translation>Skala 1:</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rysowanie…</translation>
    </message>
    <message>
        <source>Change the map&apos;s coordinate reference system</source>
        <translation>Zmień układ współrzędnych mapy</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>Język okna</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <source>Style: %1</source>
        <translation>Styl: %1</translation>
    </message>
    <message>
        <source>Close the style panel</source>
        <translation>Zamknij panel stylu</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Pojedynczy symbol</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Wartość unikalna</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Stopniowany</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Równe przedziały</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>Kwantyle</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Naturalne przerwy (Jenks)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klasy</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etykiety</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
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
        <translation>Otwórz projekt miasta, szkicuj propozycje i eksportuj mapy dla rady.</translation>
    </message>
    <message>
        <source>Open the Heraklion sample project</source>
        <translation>Otwórz przykładowy projekt Heraklionu</translation>
    </message>
    <message>
        <source>Open a project or dataset…</source>
        <translation>Otwórz projekt lub zbiór danych…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Ostatnie projekty</translation>
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
        <translation>%1: zawiera kilka warstw (%2); wskaż jedną jako ŚCIEŻKA:WARSTWA</translation>
    </message>
    <message>
        <source>Unknown classification method %1</source>
        <translation>Nieznana metoda klasyfikacji %1</translation>
    </message>
    <message>
        <source>Cannot understand the coordinate reference system &quot;%1&quot;</source>
        <translation>Nie można zinterpretować układu współrzędnych &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot understand the coordinate reference system &quot;%1&quot;: %2</source>
        <translation>Nie można zinterpretować układu współrzędnych &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot read the list of coordinate reference systems from PROJ&apos;s database: %1</source>
        <translation>Nie można odczytać listy układów współrzędnych z bazy danych PROJ: %1</translation>
    </message>
    <message>
        <source>Feature %1 has a geometry GEOS cannot build: %2</source>
        <translation>Obiekt %1 ma geometrię, której GEOS nie potrafi zbudować: %2</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>potok nazwany (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>urządzenie</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>gniazdo</translation>
    </message>
    <message>
        <source>A layer has more than 4 billion vertices; Polis cannot hold it in memory</source>
        <translation>Warstwa ma ponad 4 miliardy wierzchołków; Polis nie może jej przechować w pamięci</translation>
    </message>
    <message>
        <source>WKB geometry is truncated</source>
        <translation>Geometria WKB jest ucięta</translation>
    </message>
    <message>
        <source>WKB geometry is nested too deeply</source>
        <translation>Geometria WKB jest zbyt głęboko zagnieżdżona</translation>
    </message>
    <message>
        <source>WKB collections of mixed geometry types are not supported</source>
        <translation>Kolekcje WKB o mieszanych typach geometrii nie są obsługiwane</translation>
    </message>
    <message>
        <source>WKB geometry type %1 is not supported</source>
        <translation>Typ geometrii WKB %1 nie jest obsługiwany</translation>
    </message>
    <message>
        <source>a circle needs a positive radius and chord error (radius %1, error %2)</source>
        <translation>okrąg wymaga dodatniego promienia i dodatniego błędu cięciwy (promień %1, błąd %2)</translation>
    </message>
    <message>
        <source>Cannot transform coordinates: the source or target coordinate reference system is unknown</source>
        <translation>Nie można przetransformować współrzędnych: źródłowy lub docelowy układ współrzędnych jest nieznany</translation>
    </message>
    <message>
        <source>Cannot transform from %1 to %2: %3</source>
        <translation>Nie można przetransformować z %1 do %2: %3</translation>
    </message>
    <message>
        <source>An empty geometry has no centre to rotate about.</source>
        <translation>Pusta geometria nie ma środka, wokół którego można ją obrócić.</translation>
    </message>
    <message>
        <source>The centre of the geometry cannot be computed: %1</source>
        <translation>Nie można obliczyć środka geometrii: %1</translation>
    </message>
    <message>
        <source>The geometry cannot be processed: %1</source>
        <translation>Nie można przetworzyć geometrii: %1</translation>
    </message>
    <message>
        <source>Reshaping would leave the line with fewer than 2 distinct points.</source>
        <translation>Zmiana kształtu pozostawiłaby linię z mniej niż 2 różnymi punktami.</translation>
    </message>
    <message>
        <source>Reshaping would leave a polygon ring with fewer than 3 distinct points.</source>
        <translation>Zmiana kształtu pozostawiłaby pierścień poligonu z mniej niż 3 różnymi punktami.</translation>
    </message>
    <message>
        <source>The reshaped polygon would be invalid (%1).</source>
        <translation>Poligon po zmianie kształtu byłby nieprawidłowy (%1).</translation>
    </message>
    <message>
        <source>The reshape line needs at least 2 points.</source>
        <translation>Linia zmiany kształtu wymaga co najmniej 2 punktów.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be reshaped.</source>
        <translation>Zmieniać kształt można tylko liniom i poligonom.</translation>
    </message>
    <message>
        <source>The reshape line must cross the polygon&apos;s boundary twice.</source>
        <translation>Linia zmiany kształtu musi dwukrotnie przeciąć granicę poligonu.</translation>
    </message>
    <message>
        <source>The reshape line must touch or cross the line twice.</source>
        <translation>Linia zmiany kształtu musi dwukrotnie dotknąć linii lub ją przeciąć.</translation>
    </message>
    <message>
        <source>The split line does not cross the line.</source>
        <translation>Linia podziału nie przecina linii.</translation>
    </message>
    <message>
        <source>The polygon cannot be split: %1</source>
        <translation>Nie można podzielić poligonu: %1</translation>
    </message>
    <message>
        <source>The split line does not cut the polygon in two: it must cross it from one side to the other.</source>
        <translation>Linia podziału nie dzieli poligonu na dwie części: musi przeciąć go od jednej strony do drugiej.</translation>
    </message>
    <message>
        <source>The split line needs at least 2 points.</source>
        <translation>Linia podziału wymaga co najmniej 2 punktów.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be split.</source>
        <translation>Dzielić można tylko linie i poligony.</translation>
    </message>
    <message>
        <source>part %1, ring %2</source>
        <translation>część %1, pierścień %2</translation>
    </message>
    <message>
        <source>The geometry has no %1.</source>
        <translation>Geometria nie ma takiego elementu: %1.</translation>
    </message>
    <message>
        <source>The geometry has no vertex %1 in %2.</source>
        <translation>Geometria nie ma wierzchołka %1 (%2).</translation>
    </message>
    <message>
        <source>The edit would leave the line (%1) with fewer than 2 distinct points.</source>
        <translation>Edycja pozostawiłaby linię (%1) z mniej niż 2 różnymi punktami.</translation>
    </message>
    <message>
        <source>The edit would leave the polygon ring (%1) with fewer than 3 distinct points.</source>
        <translation>Edycja pozostawiłaby pierścień poligonu (%1) z mniej niż 3 różnymi punktami.</translation>
    </message>
    <message>
        <source>A point has no segments to insert a vertex on.</source>
        <translation>Punkt nie ma odcinków, na których można wstawić wierzchołek.</translation>
    </message>
    <message>
        <source>The geometry has no segment %1 in %2.</source>
        <translation>Geometria nie ma odcinka %1 (%2).</translation>
    </message>
    <message>
        <source>A point&apos;s only vertex cannot be removed; delete the feature instead.</source>
        <translation>Nie można usunąć jedynego wierzchołka punktu; zamiast tego usuń obiekt.</translation>
    </message>
    <message>
        <source>Removing the vertex would leave the line (%1) with fewer than %2 points.</source>
        <translation>Usunięcie wierzchołka pozostawiłoby linię (%1) z mniej niż %2 punktami.</translation>
    </message>
    <message>
        <source>Removing the vertex would leave the polygon ring (%1) with fewer than %2 points.</source>
        <translation>Usunięcie wierzchołka pozostawiłoby pierścień poligonu (%1) z mniej niż %2 punktami.</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: nie znaleziono pliku</translation>
    </message>
    <message>
        <source>%1: cannot open: it is %2, not a file</source>
        <translation>%1: nie można otworzyć: to jest %2, a nie plik</translation>
    </message>
    <message>
        <source>%1: cannot open: not a vector dataset that GDAL can read</source>
        <translation>%1: nie można otworzyć: to nie jest zbiór danych wektorowych, który GDAL potrafi odczytać</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: nie można otworzyć: %2</translation>
    </message>
    <message>
        <source>%1: the dataset has no vector layers</source>
        <translation>%1: zbiór danych nie zawiera warstw wektorowych</translation>
    </message>
    <message>
        <source>%1: no layer named &quot;%2&quot; (layers: %3)</source>
        <translation>%1: brak warstwy o nazwie &quot;%2&quot; (warstwy: %3)</translation>
    </message>
    <message>
        <source>%1, layer %2: %3</source>
        <translation>%1, warstwa %2: %3</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>tabela %1: %2</translation>
    </message>
    <message>
        <source>table %1: %2: %3</source>
        <translation>tabela %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot create the table</source>
        <translation>nie można utworzyć tabeli</translation>
    </message>
    <message>
        <source>cannot create the field %1</source>
        <translation>nie można utworzyć pola %1</translation>
    </message>
    <message>
        <source>cannot copy feature %1</source>
        <translation>nie można skopiować obiektu %1</translation>
    </message>
    <message>
        <source>cannot write feature %1</source>
        <translation>nie można zapisać obiektu %1</translation>
    </message>
    <message>
        <source>%1: holds HTML, not %2 (an error page saved in its place?)</source>
        <translation>%1: zawiera HTML zamiast %2 (czy w jego miejscu zapisano stronę z błędem?)</translation>
    </message>
    <message>
        <source>%1: holds binary data, not %2</source>
        <translation>%1: zawiera dane binarne zamiast %2</translation>
    </message>
    <message>
        <source>%1: not a shapefile (no valid 100-byte header)</source>
        <translation>%1: to nie jest plik shapefile (brak prawidłowego 100-bajtowego nagłówka)</translation>
    </message>
    <message>
        <source>%1: truncated: the header announces %2 bytes, the file holds %3</source>
        <translation>%1: plik ucięty: nagłówek zapowiada %2 bajtów, plik zawiera %3</translation>
    </message>
    <message>
        <source>%1: truncated: shorter than the 32-byte DBF header</source>
        <translation>%1: plik ucięty: krótszy niż 32-bajtowy nagłówek DBF</translation>
    </message>
    <message>
        <source>%1: truncated or damaged: the header announces %2 records of %3 bytes, the file holds %4 bytes</source>
        <translation>%1: plik ucięty lub uszkodzony: nagłówek zapowiada %2 rekordów po %3 bajtów, plik zawiera %4 bajtów</translation>
    </message>
    <message>
        <source>%1: the attribute file %2.dbf is missing</source>
        <translation>%1: brak pliku atrybutów %2.dbf</translation>
    </message>
    <message>
        <source>a projection definition</source>
        <translation>definicji odwzorowania</translation>
    </message>
    <message>
        <source>a code page name</source>
        <translation>nazwy strony kodowej</translation>
    </message>
    <message>
        <source>%1: the geometry and attribute files disagree: %2 shapes in the .shx but %3 records in the .dbf</source>
        <translation>%1: pliki geometrii i atrybutów nie zgadzają się: %2 kształtów w .shx, ale %3 rekordów w .dbf</translation>
    </message>
    <message>
        <source>%1: cannot rebuild the missing .shx index: no temporary folder</source>
        <translation>%1: nie można odbudować brakującego indeksu .shx: brak folderu tymczasowego</translation>
    </message>
    <message>
        <source>%1: unsupported output format (use .gpkg, .geojson or .csv)</source>
        <translation>%1: nieobsługiwany format wyjściowy (użyj .gpkg, .geojson lub .csv)</translation>
    </message>
    <message>
        <source>%1: cannot write %2</source>
        <translation>%1: nie można zapisać %2</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: nie można zapisać %2: %3</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>pliku</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>warstwy %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>pola %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>obiektu %1</translation>
    </message>
    <message>
        <source>the features</source>
        <translation>obiektów</translation>
    </message>
    <message>
        <source>(rename from %1: %2)</source>
        <translation>(zmiana nazwy z %1: %2)</translation>
    </message>
    <message>
        <source>%1: the .prj file does not hold a coordinate reference system that can be read</source>
        <translation>%1: plik .prj nie zawiera czytelnego układu współrzędnych</translation>
    </message>
    <message>
        <source>%1, layer %2: no coordinate reference system is declared; assign one explicitly</source>
        <translation>%1, warstwa %2: nie zadeklarowano układu współrzędnych; przypisz go jawnie</translation>
    </message>
    <message>
        <source>%1, layer %2: no coordinate reference system is declared; the coordinates suggest %3; assign one explicitly</source>
        <translation>%1, warstwa %2: nie zadeklarowano układu współrzędnych; współrzędne wskazują na %3; przypisz go jawnie</translation>
    </message>
    <message>
        <source> (its area of use: %1)</source>
        <translation> (jego obszar zastosowania: %1)</translation>
    </message>
    <message>
        <source>; they suggest %1</source>
        <translation>; wskazują one na %1</translation>
    </message>
    <message>
        <source>%1, layer %2: the coordinates (%3) cannot be in %4%5%6; assign the right CRS, or force the import</source>
        <translation>%1, warstwa %2: współrzędne (%3) nie mogą być w %4%5%6; przypisz właściwy układ współrzędnych lub wymuś import</translation>
    </message>
    <message>
        <source>%1, layer %2: %3 feature(s) (first fid %4) have NaN, infinite or out-of-range coordinates; repair sets them to null</source>
        <translation>%1, warstwa %2: liczba obiektów ze współrzędnymi NaN, nieskończonymi lub spoza zakresu: %3 (pierwszy fid %4); naprawa ustawia je na null</translation>
    </message>
    <message>
        <source>%1, layer %2: an assigned CRS or text encoding cannot be kept with a reference; embed the layer</source>
        <translation>%1, warstwa %2: przypisanego układu współrzędnych ani kodowania tekstu nie można zachować przy odwołaniu; osadź warstwę</translation>
    </message>
    <message>
        <source>%1: cannot write the project: %2</source>
        <translation>%1: nie można zapisać projektu: %2</translation>
    </message>
    <message>
        <source>%1: cannot commit the imported layers: %2</source>
        <translation>%1: nie można zatwierdzić zaimportowanych warstw: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: not a raster dataset that GDAL can read</source>
        <translation>%1: nie można otworzyć: to nie jest zbiór danych rastrowych, który GDAL potrafi odczytać</translation>
    </message>
    <message>
        <source>%1: cannot prepare the raster for drawing: %2</source>
        <translation>%1: nie można przygotować rastra do rysowania: %2</translation>
    </message>
    <message>
        <source>%1: cannot reproject the raster for drawing: %2</source>
        <translation>%1: nie można przeprojektować rastra do rysowania: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the raster: %2</source>
        <translation>%1: nie można odczytać rastra: %2</translation>
    </message>
    <message>
        <source>a %1 page at %2 dpi is too large for one image (%3 megapixels, at most %4): lower the resolution</source>
        <translation>strona %1 przy %2 dpi jest za duża na jeden obraz (%3 megapikseli, najwyżej %4): zmniejsz rozdzielczość</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 pixel page</source>
        <translation>za mało pamięci na stronę %1 x %2 pikseli</translation>
    </message>
    <message>
        <source>%1: PNG and SVG hold one page; write the council pack as .pdf or .html</source>
        <translation>%1: PNG i SVG mieszczą jedną stronę; zapisz pakiet dla rady jako .pdf lub .html</translation>
    </message>
    <message>
        <source>%1: unknown output format (use .pdf, .png, .svg or .html)</source>
        <translation>%1: nieznany format wyjściowy (użyj .pdf, .png, .svg lub .html)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: nie można zapisać pliku: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: nie można zapisać pliku PNG</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1: nie można zapisać pliku PDF</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1: nie można zapisać pliku SVG</translation>
    </message>
    <message>
        <source>the layer &quot;%1&quot; has no features to frame the map with</source>
        <translation>warstwa &quot;%1&quot; nie ma obiektów, do których można dopasować kadr mapy</translation>
    </message>
    <message>
        <source>the web pack&apos;s resource %1 is missing from the build</source>
        <translation>w kompilacji brakuje zasobu pakietu internetowego %1</translation>
    </message>
    <message>
        <source>%1: cannot write the web pack</source>
        <translation>%1: nie można zapisać pakietu internetowego</translation>
    </message>
    <message>
        <source>%1: refused: the project file holds SQL that Polis did not write and that would run when the project is saved (%2)</source>
        <translation>%1: odrzucono: plik projektu zawiera kod SQL, którego Polis nie zapisał i który zostałby wykonany przy zapisie projektu (%2)</translation>
    </message>
    <message>
        <source>%1: unknown change &quot;%2&quot;</source>
        <translation>%1: nieznana zmiana &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the attributes are not a JSON object</source>
        <translation>%1: atrybuty nie są obiektem JSON</translation>
    </message>
    <message>
        <source>cannot create the scenario tables</source>
        <translation>nie można utworzyć tabel scenariuszy</translation>
    </message>
    <message>
        <source>cannot write scenario %1</source>
        <translation>nie można zapisać scenariusza %1</translation>
    </message>
    <message>
        <source>cannot write the changes of scenario %1</source>
        <translation>nie można zapisać zmian scenariusza %1</translation>
    </message>
    <message>
        <source>cannot write indicator %1</source>
        <translation>nie można zapisać wskaźnika %1</translation>
    </message>
    <message>
        <source>%1, change of feature %2 of layer %3</source>
        <translation>%1, zmiana obiektu %2 warstwy %3</translation>
    </message>
    <message>
        <source>%1: changes of scenario id %2, which the project does not have</source>
        <translation>%1: zmiany scenariusza o id %2, którego projekt nie zawiera</translation>
    </message>
    <message>
        <source>layer %1 has no field &quot;%2&quot;</source>
        <translation>warstwa %1 nie ma pola &quot;%2&quot;</translation>
    </message>
    <message>
        <source>layer %1 is not a vector layer</source>
        <translation>warstwa %1 nie jest warstwą wektorową</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of layer %2 is not numeric</source>
        <translation>pole &quot;%1&quot; warstwy %2 nie jest liczbowe</translation>
    </message>
    <message>
        <source>%1, scenario %2: %3</source>
        <translation>%1, scenariusz %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): not reprojected to %3: %4</source>
        <translation>%1 (%2): nie przeprojektowano do %3: %4</translation>
    </message>
    <message>
        <source>%1: cannot create the planning layer %2: %3</source>
        <translation>%1: nie można utworzyć warstwy planistycznej %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot create the planning layer %2: %3 (%4)</source>
        <translation>%1: nie można utworzyć warstwy planistycznej %2: %3 (%4)</translation>
    </message>
    <message>
        <source>not a GeoPackage that can be written</source>
        <translation>to nie jest GeoPackage, do którego można zapisywać</translation>
    </message>
    <message>
        <source>the table exists already</source>
        <translation>tabela już istnieje</translation>
    </message>
    <message>
        <source>GDAL refused the table</source>
        <translation>GDAL odrzucił tabelę</translation>
    </message>
    <message>
        <source>cannot add field %1</source>
        <translation>nie można dodać pola %1</translation>
    </message>
    <message>
        <source>the setting %1 has the malformed value &quot;%2&quot;</source>
        <translation>ustawienie %1 ma nieprawidłową wartość &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: not a Polis project (not a GeoPackage)</source>
        <translation>%1: to nie jest projekt Polis (to nie jest GeoPackage)</translation>
    </message>
    <message>
        <source>%1: not a Polis project (not a GeoPackage): %2</source>
        <translation>%1: to nie jest projekt Polis (to nie jest GeoPackage): %2</translation>
    </message>
    <message>
        <source>%1: not a Polis project (the polis_project and polis_layers tables are missing)</source>
        <translation>%1: to nie jest projekt Polis (brak tabel polis_project i polis_layers)</translation>
    </message>
    <message>
        <source>%1: written by a newer Polis (project format %2, this version reads up to %3)</source>
        <translation>%1: zapisany przez nowszą wersję Polis (format projektu %2, ta wersja odczytuje do %3)</translation>
    </message>
    <message>
        <source>%1: map CRS: %2</source>
        <translation>%1: układ współrzędnych mapy: %2</translation>
    </message>
    <message>
        <source>%1: project extent &quot;%2&quot; is not xmin,ymin,xmax,ymax</source>
        <translation>%1: zasięg projektu &quot;%2&quot; nie ma postaci xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <source>%1: print layout: %2</source>
        <translation>%1: układ wydruku: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: the existing file is not a GeoPackage that can be written</source>
        <translation>%1: nie można zapisać: istniejący plik nie jest GeoPackage, do którego można zapisywać</translation>
    </message>
    <message>
        <source>%1: cannot save: the existing file is not a GeoPackage that can be written (%2)</source>
        <translation>%1: nie można zapisać: istniejący plik nie jest GeoPackage, do którego można zapisywać (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the project file: %2</source>
        <translation>%1: nie można utworzyć pliku projektu: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2</source>
        <translation>%1: nie można zapisać projektu: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2: %3</source>
        <translation>%1: nie można zapisać projektu: %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: nie można rozpocząć transakcji: %2</translation>
    </message>
    <message>
        <source>cannot create the project tables</source>
        <translation>nie można utworzyć tabel projektu</translation>
    </message>
    <message>
        <source>cannot replace the previous content</source>
        <translation>nie można zastąpić poprzedniej zawartości</translation>
    </message>
    <message>
        <source>cannot write the project settings</source>
        <translation>nie można zapisać ustawień projektu</translation>
    </message>
    <message>
        <source>cannot write layer %1</source>
        <translation>nie można zapisać warstwy %1</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>nie można zatwierdzić zmian</translation>
    </message>
    <message>
        <source>%1: cannot import: cannot write a working copy beside the project (%2)</source>
        <translation>%1: nie można zaimportować: nie można zapisać kopii roboczej obok projektu (%2)</translation>
    </message>
    <message>
        <source>%1: cannot import: cannot replace the project (%2)</source>
        <translation>%1: nie można zaimportować: nie można zastąpić projektu (%2)</translation>
    </message>
    <message>
        <source>%1: cannot import: %2</source>
        <translation>%1: nie można zaimportować: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the recovery copy: %2</source>
        <translation>%1: nie można zapisać kopii awaryjnej: %2</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; is ambiguous: several layers read a source layer of that name</source>
        <translation>warstwa &quot;%1&quot; jest niejednoznaczna: kilka warstw odczytuje warstwę źródłową o tej nazwie</translation>
    </message>
    <message>
        <source>the project has no layer &quot;%1&quot;</source>
        <translation>projekt nie zawiera warstwy &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a valid expression</source>
        <translation>to nie jest prawidłowe wyrażenie</translation>
    </message>
    <message>
        <source>No field named &quot;%1&quot; (fields: %2)</source>
        <translation>Brak pola o nazwie &quot;%1&quot; (pola: %2)</translation>
    </message>
    <message>
        <source>Geodesic measures need a known CRS; this layer has none</source>
        <translation>Pomiary geodezyjne wymagają znanego układu współrzędnych; ta warstwa go nie ma</translation>
    </message>
    <message>
        <source>The CRS %1 has no ellipsoid to measure on</source>
        <translation>Układ współrzędnych %1 nie ma elipsoidy, na której można mierzyć</translation>
    </message>
    <message>
        <source>Feature %1 cannot be prepared: %2</source>
        <translation>Nie można przygotować obiektu %1: %2</translation>
    </message>
    <message>
        <source>the query has a location predicate but nothing to relate to</source>
        <translation>zapytanie zawiera predykat przestrzenny, ale nie ma do czego go odnieść</translation>
    </message>
    <message>
        <source>%1: dwithin needs a projected CRS in metres, but the layer is in %2</source>
        <translation>%1: dwithin wymaga układu odwzorowanego w metrach, a warstwa jest w %2</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a numeric field of this layer</source>
        <translation>Pole &quot;%1&quot; nie jest polem liczbowym tej warstwy</translation>
    </message>
    <message>
        <source>%1: unknown output format (use .png, .pdf or .svg)</source>
        <translation>%1: nieznany format wyjściowy (użyj .png, .pdf lub .svg)</translation>
    </message>
    <message>
        <source>indicator %1: unknown key &quot;%2&quot;</source>
        <translation>wskaźnik %1: nieznany klucz &quot;%2&quot;</translation>
    </message>
    <message>
        <source>indicator %1: &quot;where&quot; must be an object of field: value pairs</source>
        <translation>wskaźnik %1: &quot;where&quot; musi być obiektem par pole: wartość</translation>
    </message>
    <message>
        <source>indicator definition is not a JSON object: %1</source>
        <translation>definicja wskaźnika nie jest obiektem JSON: %1</translation>
    </message>
    <message>
        <source>indicator definition without a &quot;name&quot;</source>
        <translation>definicja wskaźnika bez &quot;name&quot;</translation>
    </message>
    <message>
        <source>indicator %1: kind &quot;%2&quot; is not count, sum, length_km or area_km2</source>
        <translation>wskaźnik %1: rodzaj &quot;%2&quot; nie jest jednym z: count, sum, length_km, area_km2</translation>
    </message>
    <message>
        <source>indicator %1: no &quot;layer&quot;</source>
        <translation>wskaźnik %1: brak &quot;layer&quot;</translation>
    </message>
    <message>
        <source>indicator %1: a sum needs a &quot;field&quot;</source>
        <translation>wskaźnik %1: suma wymaga &quot;field&quot;</translation>
    </message>
    <message>
        <source>indicator %1: &quot;within&quot; needs a &quot;layer&quot; and a &quot;distance&quot; &gt;= 0</source>
        <translation>wskaźnik %1: &quot;within&quot; wymaga &quot;layer&quot; oraz &quot;distance&quot; &gt;= 0</translation>
    </message>
    <message>
        <source>the project has no scenario &quot;%1&quot; (available: %2)</source>
        <translation>projekt nie zawiera scenariusza &quot;%1&quot; (dostępne: %2)</translation>
    </message>
    <message>
        <source>there is no scenario with id %1</source>
        <translation>nie ma scenariusza o id %1</translation>
    </message>
    <message>
        <source>a scenario cannot be called &quot;%1&quot;</source>
        <translation>scenariusz nie może nazywać się &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is already a scenario called &quot;%1&quot;</source>
        <translation>scenariusz o nazwie &quot;%1&quot; już istnieje</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 does not exist in the scenario</source>
        <translation>obiekt %1 warstwy %2 nie istnieje w scenariuszu</translation>
    </message>
    <message>
        <source>The layer has no field &quot;%1&quot;</source>
        <translation>Warstwa nie ma pola &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not numeric</source>
        <translation>Pole &quot;%1&quot; nie jest liczbowe</translation>
    </message>
    <message>
        <source>Colour ramp &quot;%1&quot; is not known</source>
        <translation>Nieznana rampa kolorów &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not known in %2</source>
        <translation>Klucz stylu &quot;%1&quot; jest nieznany w %2</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a number</source>
        <translation>Klucz stylu &quot;%1&quot; nie jest liczbą</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds %2, outside %3 to %4</source>
        <translation>Klucz stylu &quot;%1&quot; ma wartość %2 spoza zakresu od %3 do %4</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not text</source>
        <translation>Klucz stylu &quot;%1&quot; nie jest tekstem</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds &quot;%2&quot;, not a #RRGGBB colour</source>
        <translation>Klucz stylu &quot;%1&quot; ma wartość &quot;%2&quot;, która nie jest kolorem #RRGGBB</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds a length that is not a number from 0 to 1000</source>
        <translation>Klucz stylu &quot;%1&quot; zawiera długość, która nie jest liczbą od 0 do 1000</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a list of dash and gap lengths</source>
        <translation>Klucz stylu &quot;%1&quot; nie jest listą długości kresek i przerw</translation>
    </message>
    <message>
        <source>Style key &quot;marker&quot; holds &quot;%1&quot; (expected circle, square, triangle or diamond)</source>
        <translation>Klucz stylu &quot;marker&quot; ma wartość &quot;%1&quot; (oczekiwano circle, square, triangle lub diamond)</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a list</source>
        <translation>Klucz stylu &quot;%1&quot; nie jest listą</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds an entry that is not an object</source>
        <translation>Klucz stylu &quot;%1&quot; zawiera pozycję, która nie jest obiektem</translation>
    </message>
    <message>
        <source>&quot;labels&quot;</source>
        <translation>&quot;labels&quot;</translation>
    </message>
    <message>
        <source>&quot;modifiers&quot;</source>
        <translation>&quot;modifiers&quot;</translation>
    </message>
    <message>
        <source>Style key &quot;field&quot; is missing in &quot;modifiers&quot;: modifiers follow a field</source>
        <translation>Brak klucza stylu &quot;field&quot; w &quot;modifiers&quot;: modyfikatory odnoszą się do pola</translation>
    </message>
    <message>
        <source>a modifier</source>
        <translation>modyfikatorze</translation>
    </message>
    <message>
        <source>Style is not a JSON object: %1</source>
        <translation>Styl nie jest obiektem JSON: %1</translation>
    </message>
    <message>
        <source>a raster style</source>
        <translation>stylu rastrowym</translation>
    </message>
    <message>
        <source>a single-symbol style</source>
        <translation>stylu z pojedynczym symbolem</translation>
    </message>
    <message>
        <source>a categorized style</source>
        <translation>stylu kategoryzowanym</translation>
    </message>
    <message>
        <source>a graduated style</source>
        <translation>stylu stopniowanym</translation>
    </message>
    <message>
        <source>Style type &quot;%1&quot; is not known (expected single, categorized, graduated or raster)</source>
        <translation>Nieznany typ stylu &quot;%1&quot; (oczekiwano single, categorized, graduated lub raster)</translation>
    </message>
    <message>
        <source>Style key &quot;field&quot; is missing: a %1 style classifies a field</source>
        <translation>Brak klucza stylu &quot;field&quot;: styl %1 klasyfikuje według pola</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>kategorii</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>przedziale</translation>
    </message>
    <message>
        <source>Style key &quot;ranges&quot; holds a range without &quot;lower&quot; and &quot;upper&quot;</source>
        <translation>Klucz stylu &quot;ranges&quot; zawiera przedział bez &quot;lower&quot; i &quot;upper&quot;</translation>
    </message>
    <message>
        <source>Style key &quot;modifiers&quot; makes more than 65536 symbols with the classes</source>
        <translation>Klucz stylu &quot;modifiers&quot; tworzy z klasami ponad 65536 symboli</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 in scenario «%3»</source>
        <translation>obiekt %1 warstwy %2 w scenariuszu «%3»</translation>
    </message>
    <message>
        <source>%1: the schema &quot;%2&quot; is not a plain name (letters, digits and _, not starting with a digit)</source>
        <translation>%1: schemat &quot;%2&quot; nie jest prostą nazwą (litery, cyfry i _, bez cyfry na początku)</translation>
    </message>
    <message>
        <source>%1: a password in the location would be stored with it; put it in ~/.pgpass or a service file instead</source>
        <translation>%1: hasło podane w lokalizacji zostałoby zapisane razem z nią; umieść je zamiast tego w ~/.pgpass lub w pliku usługi</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: nie można nawiązać połączenia: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the database</source>
        <translation>%1: nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: nie można otworzyć bazy danych: %2</translation>
    </message>
    <message>
        <source>scenario «%1»</source>
        <translation>scenariusz «%1»</translation>
    </message>
    <message>
        <source>cannot create the indicator table</source>
        <translation>nie można utworzyć tabeli wskaźników</translation>
    </message>
    <message>
        <source>cannot replace the indicators</source>
        <translation>nie można zastąpić wskaźników</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>nie można zapisać: %1</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (usunięty)</translation>
    </message>
    <message>
        <source>the changes of %1</source>
        <translation>zmiany (%1)</translation>
    </message>
    <message>
        <source>cannot replace the project revision</source>
        <translation>nie można zastąpić rewizji projektu</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>baza danych odrzuciła zmianę</translation>
    </message>
    <message>
        <source>cannot add the new columns</source>
        <translation>nie można dodać nowych kolumn</translation>
    </message>
    <message>
        <source>the project settings</source>
        <translation>ustawienia projektu</translation>
    </message>
    <message>
        <source>cannot write the project revision</source>
        <translation>nie można zapisać rewizji projektu</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, it was removed</source>
        <translation>%1: Twoja wersja opiera się na rewizji %2, a w międzyczasie usunięto ten element</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, revision %3 was saved by someone</source>
        <translation>%1: Twoja wersja opiera się na rewizji %2, a ktoś zapisał rewizję %3</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, revision %3 was saved by %4</source>
        <translation>%1: Twoja wersja opiera się na rewizji %2, a rewizję %3 zapisał(a) %4</translation>
    </message>
    <message>
        <source>%1: not saved, someone else saved first:%2</source>
        <translation>%1: nie zapisano, ktoś inny zapisał wcześniej:%2</translation>
    </message>
    <message>
        <source>%1: not saved: the role %2 may only read this project</source>
        <translation>%1: nie zapisano: rola %2 może ten projekt tylko czytać</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>nie można rozpocząć transakcji</translation>
    </message>
    <message>
        <source>the table %1 is missing in %2</source>
        <translation>brak tabeli %1 w %2</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>warstwa %1: %2</translation>
    </message>
    <message>
        <source>cannot commit the layer tables</source>
        <translation>nie można zatwierdzić tabel warstw</translation>
    </message>
    <message>
        <source>%1: only a project in a database (postgresql://...) can be watched</source>
        <translation>%1: obserwować można tylko projekt w bazie danych (postgresql://...)</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot; (the project has: %2)</source>
        <translation>brak scenariusza &quot;%1&quot; (projekt zawiera: %2)</translation>
    </message>
    <message>
        <source>no vector layer &quot;%1&quot; in the project</source>
        <translation>brak warstwy wektorowej &quot;%1&quot; w projekcie</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 is removed in scenario %3</source>
        <translation>obiekt %1 warstwy %2 jest usunięty w scenariuszu %3</translation>
    </message>
    <message>
        <source>indicator %1: &quot;names&quot; must be an object of language: title pairs</source>
        <translation>wskaźnik %1: &quot;names&quot; musi być obiektem par język: tytuł</translation>
    </message>
    <message>
        <source>%1: map background &quot;%2&quot; is not a colour #rrggbb</source>
        <translation>%1: tło mapy „%2” nie jest kolorem #rrggbb</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; on layer %2 is refused: %3</source>
        <translation>Filtr &quot;%1&quot; na warstwie %2 został odrzucony: %3</translation>
    </message>
    <message>
        <source>%1, layer %2 declares no CRS and its coordinates suggest none: not drawn (give it a CRS, e.g. a .prj file, or import it choosing one)</source>
        <translation>%1, warstwa %2: nie deklaruje układu współrzędnych, a jej współrzędne nie wskazują żadnego; nie jest rysowana (nadaj jej układ współrzędnych, np. plik .prj, lub zaimportuj ją, wybierając układ)</translation>
    </message>
    <message>
        <source>%1, layer %2 declares no CRS: drawn as %3 (%4), which its coordinates suggest</source>
        <translation>%1, warstwa %2: nie deklaruje układu współrzędnych; rysowana jako %3 (%4), na co wskazują jej współrzędne</translation>
    </message>
</context>
<context>
    <name>polis::FeatureEditTool</name>
    <message>
        <source>Select a feature first (Select mode, then click it)</source>
        <translation>Najpierw zaznacz obiekt (tryb Zaznacz, potem kliknij go)</translation>
    </message>
    <message>
        <source>Cannot rotate: %1</source>
        <translation>Nie można obrócić: %1</translation>
    </message>
    <message>
        <source>Move feature %1 of %2</source>
        <translation>Przesuń obiekt %1 warstwy %2</translation>
    </message>
    <message>
        <source>Rotate feature %1 of %2</source>
        <translation>Obróć obiekt %1 warstwy %2</translation>
    </message>
    <message>
        <source>Move a vertex of feature %1 of %2</source>
        <translation>Przesuń wierzchołek obiektu %1 warstwy %2</translation>
    </message>
    <message>
        <source>Cannot insert a vertex: %1</source>
        <translation>Nie można wstawić wierzchołka: %1</translation>
    </message>
    <message>
        <source>Insert a vertex into feature %1 of %2</source>
        <translation>Wstaw wierzchołek do obiektu %1 warstwy %2</translation>
    </message>
    <message>
        <source>Cannot remove the vertex: %1</source>
        <translation>Nie można usunąć wierzchołka: %1</translation>
    </message>
    <message>
        <source>Remove a vertex of feature %1 of %2</source>
        <translation>Usuń wierzchołek obiektu %1 warstwy %2</translation>
    </message>
    <message>
        <source>Cannot reshape: %1</source>
        <translation>Nie można zmienić kształtu: %1</translation>
    </message>
    <message>
        <source>Reshape feature %1 of %2</source>
        <translation>Zmień kształt obiektu %1 warstwy %2</translation>
    </message>
    <message>
        <source>Cannot split: %1</source>
        <translation>Nie można podzielić: %1</translation>
    </message>
    <message>
        <source>Split feature %1 of %2</source>
        <translation>Podziel obiekt %1 warstwy %2</translation>
    </message>
</context>
<context>
    <name>polis::ImportController</name>
    <message numerus="yes">
        <source>%n invalid geometry(s) (%1)</source>
        <translation>
            <numerusform>%n niepoprawna geometria (%1)</numerusform>
            <numerusform>%n niepoprawne geometrie (%1)</numerusform>
            <numerusform>%n niepoprawnych geometrii (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty geometry(s)</source>
        <translation>
            <numerusform>%n pusta geometria</numerusform>
            <numerusform>%n puste geometrie</numerusform>
            <numerusform>%n pustych geometrii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) without geometry</source>
        <translation>
            <numerusform>%n obiekt bez geometrii</numerusform>
            <numerusform>%n obiekty bez geometrii</numerusform>
            <numerusform>%n obiektów bez geometrii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n geometry(s) with unusable coordinates</source>
        <translation>
            <numerusform>%n geometria z nieużytecznymi współrzędnymi</numerusform>
            <numerusform>%n geometrie z nieużytecznymi współrzędnymi</numerusform>
            <numerusform>%n geometrii z nieużytecznymi współrzędnymi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate id(s) in %1</source>
        <translation>
            <numerusform>%n powtórzony identyfikator w %1</numerusform>
            <numerusform>%n powtórzone identyfikatory w %1</numerusform>
            <numerusform>%n powtórzonych identyfikatorów w %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the feature id</source>
        <translation>identyfikator obiektu</translation>
    </message>
    <message>
        <source>mixed geometry types: %1</source>
        <translation>mieszane typy geometrii: %1</translation>
    </message>
    <message>
        <source>field names probably cut short: %1</source>
        <translation>nazwy pól prawdopodobnie obcięte: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n layer(s) imported before.</source>
        <translation>
            <numerusform>Anulowano: wcześniej zaimportowano %n warstwę.</numerusform>
            <numerusform>Anulowano: wcześniej zaimportowano %n warstwy.</numerusform>
            <numerusform>Anulowano: wcześniej zaimportowano %n warstw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) imported.</source>
        <translation>
            <numerusform>Zaimportowano %n warstwę.</numerusform>
            <numerusform>Zaimportowano %n warstwy.</numerusform>
            <numerusform>Zaimportowano %n warstw.</numerusform>
        </translation>
    </message>
    <message>
        <source>An assigned CRS or text encoding is kept only when the layers are embedded.</source>
        <translation>Przypisany układ współrzędnych lub kodowanie tekstu są zachowywane tylko przy osadzaniu warstw.</translation>
    </message>
    <message>
        <source>The coordinates (x %1 to %2, y %3 to %4) cannot be in %5</source>
        <translation>Współrzędne (x od %1 do %2, y od %3 do %4) nie mogą być w układzie %5</translation>
    </message>
    <message>
        <source> (its area of use: %1)</source>
        <translation> (jego obszar zastosowania: %1)</translation>
    </message>
    <message>
        <source>; they suggest EPSG:%1.</source>
        <translation>; sugerują EPSG:%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n geometry(s) repaired</source>
        <translation>
            <numerusform>%n naprawiona geometria</numerusform>
            <numerusform>%n naprawione geometrie</numerusform>
            <numerusform>%n naprawionych geometrii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unusable geometry(s) set to null</source>
        <translation>
            <numerusform>%n nieużyteczna geometria ustawiona na null</numerusform>
            <numerusform>%n nieużyteczne geometrie ustawione na null</numerusform>
            <numerusform>%n nieużytecznych geometrii ustawionych na null</numerusform>
        </translation>
    </message>
    <message>
        <source>imported although its coordinates cannot be in %1</source>
        <translation>zaimportowano, choć jej współrzędne nie mogą być w układzie %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n feature(s), %3 — %4</source>
        <translation>
            <numerusform>%1 (%2): %n obiekt, %3 — %4</numerusform>
            <numerusform>%1 (%2): %n obiekty, %3 — %4</numerusform>
            <numerusform>%1 (%2): %n obiektów, %3 — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>bez problemów</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) imported; %1 wait for a CRS or your consent.</source>
        <translation>
            <numerusform>Zaimportowano %n warstwę; pozostałe (%1) czekają na układ współrzędnych lub Twoją zgodę.</numerusform>
            <numerusform>Zaimportowano %n warstwy; pozostałe (%1) czekają na układ współrzędnych lub Twoją zgodę.</numerusform>
            <numerusform>Zaimportowano %n warstw; pozostałe (%1) czekają na układ współrzędnych lub Twoją zgodę.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): a reference to the file</source>
        <translation>%1 (%2): odwołanie do pliku</translation>
    </message>
</context>
<context>
    <name>polis::LanguageSettings</name>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
</context>
<context>
    <name>polis::LayerListModel</name>
    <message>
        <source>all other values</source>
        <translation>wszystkie inne wartości</translation>
    </message>
    <message>
        <source>Take %1 out of its group</source>
        <translation>Wyjmij %1 z grupy</translation>
    </message>
    <message>
        <source>Put %1 into group %2</source>
        <translation>Umieść %1 w grupie %2</translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation>Zmień nazwę grupy %1 na %2</translation>
    </message>
    <message>
        <source>Ungroup %1</source>
        <translation>Rozgrupuj %1</translation>
    </message>
    <message>
        <source>Show group %1</source>
        <translation>Pokaż grupę %1</translation>
    </message>
    <message>
        <source>Hide group %1</source>
        <translation>Ukryj grupę %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Pokaż %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Ukryj %1</translation>
    </message>
    <message>
        <source>Change the opacity of %1</source>
        <translation>Zmień krycie: %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Przesuń %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Usuń %1</translation>
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
        <translation>Zmień nazwę %1 na %2</translation>
    </message>
</context>
<context>
    <name>polis::LocatorController</name>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linia</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>E %1, N %2</source>
        <translation>E %1, N %2</translation>
    </message>
    <message>
        <source>WGS 84 latitude and longitude</source>
        <translation>Szerokość i długość geograficzna WGS 84</translation>
    </message>
    <message>
        <source>Greek Grid (EGSA87, EPSG:2100)</source>
        <translation>Grecka siatka (EGSA87, EPSG:2100)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Współrzędne</translation>
    </message>
    <message>
        <source>EPSG:%1 %2</source>
        <translation>EPSG:%1 %2</translation>
    </message>
    <message>
        <source>Where the coordinate reference system is used</source>
        <translation>Obszar stosowania układu współrzędnych</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>Układ</translation>
    </message>
</context>
<context>
    <name>polis::MapDocument</name>
    <message>
        <source>No file name to save the project to</source>
        <translation>Brak nazwy pliku do zapisania projektu</translation>
    </message>
    <message>
        <source>Change the style of %1</source>
        <translation>Zmień styl: %1</translation>
    </message>
    <message>
        <source>Map background colour</source>
        <translation>Kolor tła mapy</translation>
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
        <translation>Kliknij co najmniej trzy punkty</translation>
    </message>
    <message>
        <source>Click at least two points</source>
        <translation>Kliknij co najmniej dwa punkty</translation>
    </message>
    <message>
        <source>%1 map units</source>
        <translation>%1 jednostek mapy</translation>
    </message>
    <message>
        <source>%1 (geodesic %2)</source>
        <translation>%1 (geodezyjnie %2)</translation>
    </message>
</context>
<context>
    <name>polis::QueryController</name>
    <message>
        <source>intersecting</source>
        <translation>przecinające</translation>
    </message>
    <message>
        <source>within</source>
        <translation>zawarte w</translation>
    </message>
    <message>
        <source>containing</source>
        <translation>zawierające</translation>
    </message>
    <message>
        <source>touching</source>
        <translation>stykające się z</translation>
    </message>
    <message>
        <source>crossing</source>
        <translation>krzyżujące</translation>
    </message>
    <message>
        <source>within a distance of</source>
        <translation>w odległości do</translation>
    </message>
    <message>
        <source>within %1 m of</source>
        <translation>w odległości do %1 m od</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>zaznaczenie</translation>
    </message>
    <message>
        <source> where %1</source>
        <translation> gdzie %1</translation>
    </message>
    <message>
        <source>Choose a layer and a relation.</source>
        <translation>Wybierz warstwę i relację.</translation>
    </message>
    <message>
        <source>Nothing is selected to query with.</source>
        <translation>Nic nie zaznaczono do zapytania.</translation>
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
        <translation>Utwórz scenariusz %1</translation>
    </message>
    <message>
        <source>Choose a scenario to duplicate (the baseline is the project&apos;s layers)</source>
        <translation>Wybierz scenariusz do powielenia (stan istniejący to warstwy projektu)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>Powiel scenariusz %1 jako %2</translation>
    </message>
    <message>
        <source>The baseline cannot be renamed</source>
        <translation>Nie można zmienić nazwy stanu istniejącego</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>Zmień nazwę scenariusza %1 na %2</translation>
    </message>
    <message>
        <source>The baseline has no description to edit</source>
        <translation>Stan istniejący nie ma opisu do edycji</translation>
    </message>
    <message>
        <source>Describe scenario %1</source>
        <translation>Opisz scenariusz %1</translation>
    </message>
    <message>
        <source>The baseline cannot be deleted</source>
        <translation>Nie można usunąć stanu istniejącego</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Usuń scenariusz %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Choose a scenario and a vector layer to sketch into</source>
        <translation>Wybierz scenariusz i warstwę wektorową do szkicowania</translation>
    </message>
    <message>
        <source>Add feature to %1</source>
        <translation>Dodaj obiekt do %1</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to edit its attributes</source>
        <translation>Zaznacz obiekt scenariusza, aby edytować jego atrybuty</translation>
    </message>
    <message>
        <source>Edit attributes of feature %1 of %2</source>
        <translation>Edytuj atrybuty obiektu %1 warstwy %2</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to delete it</source>
        <translation>Zaznacz obiekt scenariusza, aby go usunąć</translation>
    </message>
    <message>
        <source>Delete feature %1 of %2</source>
        <translation>Usuń obiekt %1 warstwy %2</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to edit its geometry</source>
        <translation>Zaznacz obiekt scenariusza, aby edytować jego geometrię</translation>
    </message>
</context>
<context>
    <name>polis::StyleController</name>
    <message>
        <source>Only vector layers have styles.</source>
        <translation>Tylko warstwy wektorowe mają style.</translation>
    </message>
</context>
<context>
    <name>polis::UndoHistoryModel</name>
    <message>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
</context>
<context>
    <name>polis::cli</name>
    <message>
        <source>Buffer distance in the layer&apos;s CRS units (metres)</source>
        <translation>Odległość bufora w jednostkach układu warstwy (metry)</translation>
    </message>
    <message>
        <source>Line ends: round (default), flat or square</source>
        <translation>Zakończenia linii: round (zaokrąglone, domyślnie), flat (płaskie) lub square (kwadratowe)</translation>
    </message>
    <message>
        <source>Segments per quarter circle (default 8)</source>
        <translation>Segmenty na ćwiartkę okręgu (domyślnie 8)</translation>
    </message>
    <message>
        <source>Buffer every feature of a layer into a new polygon layer.</source>
        <translation>Bufor wokół każdego obiektu warstwy do nowej warstwy poligonowej.</translation>
    </message>
    <message>
        <source>give --distance METRES</source>
        <translation>podaj --distance METRY</translation>
    </message>
    <message>
        <source>--cap &quot;%1&quot; is not round, flat or square</source>
        <translation>--cap &quot;%1&quot; nie jest round, flat ani square</translation>
    </message>
    <message>
        <source>--segments must be a whole number from 1 to 1000</source>
        <translation>--segments musi być liczbą całkowitą od 1 do 1000</translation>
    </message>
    <message>
        <source>Import datasets into a project, checking CRS, encoding and geometries</source>
        <translation>Import zbiorów danych do projektu ze sprawdzeniem układu, kodowania i geometrii</translation>
    </message>
    <message>
        <source>Describe the layers of a dataset or project</source>
        <translation>Opis warstw zbioru danych lub projektu</translation>
    </message>
    <message>
        <source>Draw datasets or a project to PNG, PDF or SVG</source>
        <translation>Rysowanie zbiorów danych lub projektu do PNG, PDF lub SVG</translation>
    </message>
    <message>
        <source>Print a project&apos;s map layout (or the council pack) to PDF, PNG or SVG</source>
        <translation>Wydruk kompozycji mapy projektu (lub pakietu dla rady) do PDF, PNG lub SVG</translation>
    </message>
    <message>
        <source>Select features by location (intersects, within, dwithin...)</source>
        <translation>Zaznaczanie obiektów według położenia (intersects, within, dwithin...)</translation>
    </message>
    <message>
        <source>Buffer features into a new polygon layer</source>
        <translation>Bufor wokół obiektów do nowej warstwy poligonowej</translation>
    </message>
    <message>
        <source>Union features, per value of a field</source>
        <translation>Łączenie obiektów według wartości pola</translation>
    </message>
    <message>
        <source>Clip, difference or intersection with another layer</source>
        <translation>Przycięcie, różnica lub część wspólna z inną warstwą</translation>
    </message>
    <message>
        <source>The k nearest features with their distances</source>
        <translation>k najbliższych obiektów wraz z odległościami</translation>
    </message>
    <message>
        <source>Count, sum, mean, area and length, grouped by a field</source>
        <translation>Liczba, suma, średnia, powierzchnia i długość, pogrupowane według pola</translation>
    </message>
    <message>
        <source>List, compare and measure a project&apos;s planning scenarios</source>
        <translation>Lista, porównanie i pomiary scenariuszy planistycznych projektu</translation>
    </message>
    <message>
        <source>Usage: polis [PROJECT]            open the map window</source>
        <translation>Użycie: polis [PROJEKT]           otwiera okno mapy</translation>
    </message>
    <message>
        <source>       polis COMMAND [OPTIONS]    run a command (polis COMMAND --help)</source>
        <translation>       polis POLECENIE [OPCJE]    uruchamia polecenie (polis POLECENIE --help)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Pokaż tę pomoc</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Pokaż wersję</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 an input problem (the message names the file), 2 a usage error.</source>
        <translation>Kody wyjścia: 0 sukces, 1 problem z danymi wejściowymi (komunikat podaje plik), 2 błąd użycia.</translation>
    </message>
    <message>
        <source>Try: polis %1 --help</source>
        <translation>Spróbuj: polis %1 --help</translation>
    </message>
    <message>
        <source>Usage: polis %1 %2</source>
        <translation>Użycie: polis %1 %2</translation>
    </message>
    <message>
        <source>The overlay layer: dataset path or path:layer</source>
        <translation>Warstwa nakładki: ścieżka zbioru danych lub ścieżka:warstwa</translation>
    </message>
    <message>
        <source>clip (default: the parts inside), difference (outside) or intersection (pairs, attributes of both)</source>
        <translation>clip (domyślnie: części wewnątrz), difference (na zewnątrz) lub intersection (pary, atrybuty obu)</translation>
    </message>
    <message>
        <source>Overlay a layer with another: clip, difference or intersection.</source>
        <translation>Nakładanie warstwy na inną: przycięcie, różnica lub część wspólna.</translation>
    </message>
    <message>
        <source>--op &quot;%1&quot; is not clip, difference or intersection</source>
        <translation>--op &quot;%1&quot; nie jest clip, difference ani intersection</translation>
    </message>
    <message>
        <source>give the overlay layer with --with SRC</source>
        <translation>podaj warstwę nakładki przez --with ŹRÓDŁO</translation>
    </message>
    <message>
        <source>Field whose values form the groups (default: everything in one)</source>
        <translation>Pole, którego wartości tworzą grupy (domyślnie: wszystko w jednej)</translation>
    </message>
    <message>
        <source>Union the features of a layer, per value of a field.</source>
        <translation>Łączenie obiektów warstwy według wartości pola.</translation>
    </message>
    <message>
        <source>--paper &quot;%1&quot; is not one of A4, A3, A2, A1, A0</source>
        <translation>--paper &quot;%1&quot; nie jest jednym z A4, A3, A2, A1, A0</translation>
    </message>
    <message>
        <source>--orientation &quot;%1&quot; is not portrait or landscape</source>
        <translation>--orientation &quot;%1&quot; nie jest portrait ani landscape</translation>
    </message>
    <message>
        <source>Print a project&apos;s map with its layout (title, legend, scale bar, north arrow, CRS, date) to PDF, PNG or SVG; --all-scenarios makes the council pack.</source>
        <translation>Wydruk mapy projektu z kompozycją (tytuł, legenda, podziałka, strzałka północy, układ współrzędnych, data) do PDF, PNG lub SVG; --all-scenarios tworzy pakiet dla rady.</translation>
    </message>
    <message>
        <source>The scenario to print (default: baseline)</source>
        <translation>Scenariusz do wydruku (domyślnie: baseline)</translation>
    </message>
    <message>
        <source>A multi-page PDF: one page per scenario and a summary page</source>
        <translation>Wielostronicowy PDF: strona na scenariusz i strona podsumowania</translation>
    </message>
    <message>
        <source>Paper size: A4, A3, A2, A1 or A0 (default: the project&apos;s layout)</source>
        <translation>Rozmiar papieru: A4, A3, A2, A1 lub A0 (domyślnie: z kompozycji projektu)</translation>
    </message>
    <message>
        <source>portrait or landscape (default: the project&apos;s layout)</source>
        <translation>portrait (pionowa) lub landscape (pozioma) (domyślnie: z kompozycji projektu)</translation>
    </message>
    <message>
        <source>PNG resolution; rasters in PDF and SVG at most 200 (default 150)</source>
        <translation>Rozdzielczość PNG; rastry w PDF i SVG najwyżej 200 (domyślnie 150)</translation>
    </message>
    <message>
        <source>Title (default: the layout&apos;s, else the project&apos;s)</source>
        <translation>Tytuł (domyślnie: z kompozycji, w przeciwnym razie projektu)</translation>
    </message>
    <message>
        <source>The project (.polis)</source>
        <translation>Projekt (.polis)</translation>
    </message>
    <message>
        <source>give exactly one PROJECT</source>
        <translation>podaj dokładnie jeden PROJEKT</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.pdf|.png|.svg</source>
        <translation>podaj plik wyjściowy przez -o WYJŚCIE.pdf|.png|.svg</translation>
    </message>
    <message>
        <source>give --scenario NAME or --all-scenarios, not both</source>
        <translation>podaj --scenario NAZWA lub --all-scenarios, nie oba</translation>
    </message>
    <message>
        <source>--dpi &quot;%1&quot; is not a whole number from 36 to 1200</source>
        <translation>--dpi &quot;%1&quot; nie jest liczbą całkowitą od 36 do 1200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project: export prints .polis projects</source>
        <translation>&quot;%1&quot; nie jest projektem: eksport drukuje projekty .polis</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation>%1: zaimportowano</translation>
    </message>
    <message>
        <source>%1 -&gt; table %2: %3 features (%4), CRS %5%6, encoding %7 (%8)</source>
        <translation>%1 -&gt; tabela %2: %3 obiektów (%4), układ %5%6, kodowanie %7 (%8)</translation>
    </message>
    <message>
        <source> (assigned)</source>
        <translation> (przypisany)</translation>
    </message>
    <message>
        <source>geometries: %1 invalid, %2 empty, %3 null, %4 unusable; %5 repaired, %6 set to null</source>
        <translation>geometrie: %1 niepoprawnych, %2 pustych, %3 null, %4 nieużytecznych; %5 naprawionych, %6 ustawionych na null</translation>
    </message>
    <message>
        <source>%1 duplicate id(s), mixed geometry types: %2, truncated field names: %3</source>
        <translation>powtórzone identyfikatory: %1, mieszane typy geometrii: %2, obcięte nazwy pól: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Import datasets (files, .zip shapefiles, folders) into a project, creating it when missing. Each layer is embedded in the project in its own CRS, after checking its CRS, text encoding and geometries.</source>
        <translation>Import zbiorów danych (pliki, shapefile w .zip, foldery) do projektu, tworzonego, gdy go brak. Każda warstwa jest osadzana w projekcie we własnym układzie współrzędnych po sprawdzeniu układu, kodowania tekstu i geometrii.</translation>
    </message>
    <message>
        <source>The project to import into (created when missing)</source>
        <translation>Projekt docelowy importu (tworzony, gdy go brak)</translation>
    </message>
    <message>
        <source>CRS for layers that declare none, and the map CRS of a new project</source>
        <translation>Układ dla warstw bez zadeklarowanego układu oraz układ mapy nowego projektu</translation>
    </message>
    <message>
        <source>Text encoding of shapefiles (CP1253, ISO-8859-7, UTF-8...)</source>
        <translation>Kodowanie tekstu plików shapefile (CP1253, ISO-8859-7, UTF-8...)</translation>
    </message>
    <message>
        <source>Repair invalid geometries (GEOS MakeValid); unusable ones become null</source>
        <translation>Napraw niepoprawne geometrie (GEOS MakeValid); nieużyteczne stają się null</translation>
    </message>
    <message>
        <source>Print one JSON document (keys documented in the README)</source>
        <translation>Wypisz jeden dokument JSON (klucze opisane w README)</translation>
    </message>
    <message>
        <source>Dataset path, .zip shapefile or folder</source>
        <translation>Ścieżka zbioru danych, shapefile w .zip lub folder</translation>
    </message>
    <message>
        <source>polis import: give at least one SOURCE and --into PROJECT.polis (see polis import --help)</source>
        <translation>polis import: podaj co najmniej jedno ŹRÓDŁO i --into PROJEKT.polis (zobacz polis import --help)</translation>
    </message>
    <message>
        <source>%1: the folder holds no datasets</source>
        <translation>%1: folder nie zawiera zbiorów danych</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>Raster %1: %2 x %3 pixels, %4 band(s), CRS %5</source>
        <translation>Raster %1: %2 x %3 pikseli, kanały: %4, układ %5</translation>
    </message>
    <message>
        <source>Extent: %1</source>
        <translation>Zasięg: %1</translation>
    </message>
    <message>
        <source>Layer %1: %2, %3 features, CRS %4, encoding %5</source>
        <translation>Warstwa %1: %2, obiekty: %3, układ %4, kodowanie %5</translation>
    </message>
    <message>
        <source>No CRS declared; the coordinates suggest %1</source>
        <translation>Brak zadeklarowanego układu; współrzędne sugerują %1</translation>
    </message>
    <message>
        <source>Dataset path, path:layer, or GDAL connection string</source>
        <translation>Ścieżka zbioru danych, ścieżka:warstwa lub ciąg połączenia GDAL</translation>
    </message>
    <message>
        <source>polis info: give exactly one SOURCE (see polis info --help)</source>
        <translation>polis info: podaj dokładnie jedno ŹRÓDŁO (zobacz polis info --help)</translation>
    </message>
    <message>
        <source>Write the result to OUT (.gpkg, .geojson or .csv)</source>
        <translation>Zapisz wynik do WYJŚCIE (.gpkg, .geojson lub .csv)</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .gpkg, .geojson or .csv</source>
        <translation>wyjście &quot;%1&quot; musi kończyć się na .gpkg, .geojson lub .csv</translation>
    </message>
    <message>
        <source>polis %1: %2 feature(s) with invalid geometry were skipped</source>
        <translation>polis %1: pominięto obiekty z niepoprawną geometrią: %2</translation>
    </message>
    <message>
        <source>Attribute filter (OGR SQL), e.g. &quot;use = &apos;school&apos;&quot;</source>
        <translation>Filtr atrybutów (OGR SQL), np. &quot;use = &apos;school&apos;&quot;</translation>
    </message>
    <message>
        <source>Print one JSON document: count, invalid, invalid_ids</source>
        <translation>Wypisz jeden dokument JSON: count, invalid, invalid_ids</translation>
    </message>
    <message>
        <source>Dataset path or path:layer</source>
        <translation>Ścieżka zbioru danych lub ścieżka:warstwa</translation>
    </message>
    <message>
        <source>give exactly one SOURCE</source>
        <translation>podaj dokładnie jedno ŹRÓDŁO</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.gpkg|.geojson|.csv</source>
        <translation>podaj plik wyjściowy przez -o WYJŚCIE.gpkg|.geojson|.csv</translation>
    </message>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>The layer to relate to: dataset path or path:layer</source>
        <translation>Warstwa odniesienia: ścieżka zbioru danych lub ścieżka:warstwa</translation>
    </message>
    <message>
        <source>For dwithin: the distance in the layer&apos;s CRS units (metres)</source>
        <translation>Dla dwithin: odległość w jednostkach układu warstwy (metry)</translation>
    </message>
    <message>
        <source>give --op and --with together</source>
        <translation>podaj --op i --with razem</translation>
    </message>
    <message>
        <source>--op &quot;%1&quot; is not one of %2</source>
        <translation>--op &quot;%1&quot; nie jest jednym z %2</translation>
    </message>
    <message>
        <source>--distance only applies to --op %1</source>
        <translation>--distance dotyczy tylko --op %1</translation>
    </message>
    <message>
        <source>%1 needs --distance, a number of metres &gt;= 0</source>
        <translation>%1 wymaga --distance, liczby metrów &gt;= 0</translation>
    </message>
    <message>
        <source>For each feature of --to, the k nearest features of --layer with their exact distances.</source>
        <translation>Dla każdego obiektu --to: k najbliższych obiektów --layer z dokładnymi odległościami.</translation>
    </message>
    <message>
        <source>The layer to search: dataset path or path:layer</source>
        <translation>Przeszukiwana warstwa: ścieżka zbioru danych lub ścieżka:warstwa</translation>
    </message>
    <message>
        <source>The features to measure from: dataset path or path:layer</source>
        <translation>Obiekty, od których się mierzy: ścieżka zbioru danych lub ścieżka:warstwa</translation>
    </message>
    <message>
        <source>How many neighbours (default 1)</source>
        <translation>Ilu sąsiadów (domyślnie 1)</translation>
    </message>
    <message>
        <source>Only neighbours this close (CRS units, metres)</source>
        <translation>Tylko sąsiedzi nie dalej niż (jednostki układu, metry)</translation>
    </message>
    <message>
        <source>Attribute filter on --layer (OGR SQL)</source>
        <translation>Filtr atrybutów na --layer (OGR SQL)</translation>
    </message>
    <message>
        <source>Print one JSON document</source>
        <translation>Wypisz jeden dokument JSON</translation>
    </message>
    <message>
        <source>give --layer and --to</source>
        <translation>podaj --layer i --to</translation>
    </message>
    <message>
        <source>-k must be a whole number from 1 to 100000</source>
        <translation>-k musi być liczbą całkowitą od 1 do 100000</translation>
    </message>
    <message>
        <source>--max-distance must be a number of metres &gt;= 0</source>
        <translation>--max-distance musi być liczbą metrów &gt;= 0</translation>
    </message>
    <message>
        <source>%1 (%2 m)</source>
        <translation>%1 (%2 m)</translation>
    </message>
    <message>
        <source>Select the features of a layer by their spatial relation to another.</source>
        <translation>Zaznacz obiekty warstwy według ich relacji przestrzennej z inną warstwą.</translation>
    </message>
    <message>
        <source>Attribute filter on --layer (OGR SQL), e.g. &quot;use = &apos;school&apos;&quot;</source>
        <translation>Filtr atrybutów na --layer (OGR SQL), np. &quot;use = &apos;school&apos;&quot;</translation>
    </message>
    <message>
        <source>Print only the number of matches</source>
        <translation>Wypisz tylko liczbę dopasowań</translation>
    </message>
    <message>
        <source>Print one JSON document: count, ids, load_ms, query_ms, invalid</source>
        <translation>Wypisz jeden dokument JSON: count, ids, load_ms, query_ms, invalid</translation>
    </message>
    <message>
        <source>give --layer, --op and --with</source>
        <translation>podaj --layer, --op i --with</translation>
    </message>
    <message>
        <source>%1 feature(s) match</source>
        <translation>Pasujące obiekty: %1</translation>
    </message>
    <message>
        <source>polis query: %1 feature(s) with invalid geometry were skipped</source>
        <translation>polis query: pominięto obiekty z niepoprawną geometrią: %1</translation>
    </message>
    <message>
        <source>Draw projects, datasets or &quot;path:layer&quot; sources into one map image.</source>
        <translation>Rysuj projekty, zbiory danych lub źródła &quot;ścieżka:warstwa&quot; w jednym obrazie mapy.</translation>
    </message>
    <message>
        <source>Output file: .png, .pdf or .svg</source>
        <translation>Plik wyjściowy: .png, .pdf lub .svg</translation>
    </message>
    <message>
        <source>Output size in pixels (default 1600x1200)</source>
        <translation>Rozmiar wyjścia w pikselach (domyślnie 1600x1200)</translation>
    </message>
    <message>
        <source>Map CRS, e.g. EPSG:2100 (default: the project&apos;s or first layer&apos;s)</source>
        <translation>Układ mapy, np. EPSG:2100 (domyślnie: projektu lub pierwszej warstwy)</translation>
    </message>
    <message>
        <source>Map extent in the map CRS (default: everything)</source>
        <translation>Zasięg mapy w układzie mapy (domyślnie: wszystko)</translation>
    </message>
    <message>
        <source>Draw this scenario of the project (default: baseline)</source>
        <translation>Rysuj ten scenariusz projektu (domyślnie: baseline)</translation>
    </message>
    <message>
        <source>Project (.polis), dataset path or path:layer; several allowed</source>
        <translation>Projekt (.polis), ścieżka zbioru danych lub ścieżka:warstwa; można podać kilka</translation>
    </message>
    <message>
        <source>give at least one SOURCE</source>
        <translation>podaj co najmniej jedno ŹRÓDŁO</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.png|.pdf|.svg</source>
        <translation>podaj plik wyjściowy przez -o WYJŚCIE.png|.pdf|.svg</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .png, .pdf or .svg</source>
        <translation>wyjście &quot;%1&quot; musi kończyć się na .png, .pdf lub .svg</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT in pixels (1-20000)</source>
        <translation>--size &quot;%1&quot; nie jest SZEROKOŚĆxWYSOKOŚĆ w pikselach (1-20000)</translation>
    </message>
    <message>
        <source>--extent &quot;%1&quot; is not xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>--extent &quot;%1&quot; nie jest xmin,ymin,xmax,ymax przy xmin &lt; xmax i ymin &lt; ymax</translation>
    </message>
    <message>
        <source>--scenario needs exactly one SOURCE, a project (.polis)</source>
        <translation>--scenario wymaga dokładnie jednego ŹRÓDŁA — projektu (.polis)</translation>
    </message>
    <message>
        <source>polis render: nothing to draw; no output written</source>
        <translation>polis render: nic do narysowania; nie zapisano wyjścia</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>zmiany: %1</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 modified</source>
        <translation>%1: dodane %2, usunięte %3, zmienione %4</translation>
    </message>
    <message>
        <source>Total: %1 added, %2 removed, %3 modified</source>
        <translation>Razem: dodane %1, usunięte %2, zmienione %3</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>wskaźnik</translation>
    </message>
    <message>
        <source>Planning scenarios of a project: list them, compare two (what is added, removed and modified) or compute the project&apos;s indicators for every scenario.</source>
        <translation>Scenariusze planistyczne projektu: lista, porównanie dwóch (co dodano, usunięto i zmieniono) lub obliczenie wskaźników projektu dla każdego scenariusza.</translation>
    </message>
    <message>
        <source>Print the result as JSON</source>
        <translation>Wypisz wynik jako JSON</translation>
    </message>
    <message>
        <source>diff: the two scenarios (&quot;baseline&quot; for the project&apos;s layers)</source>
        <translation>diff: dwa scenariusze (&quot;baseline&quot; dla warstw projektu)</translation>
    </message>
    <message>
        <source>diff needs PROJECT A B</source>
        <translation>diff wymaga PROJEKT A B</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project (.polis)</source>
        <translation>&quot;%1&quot; nie jest projektem (.polis)</translation>
    </message>
    <message>
        <source>Count, sum and mean of a field, total area and length, per group.</source>
        <translation>Liczba, suma i średnia pola, całkowita powierzchnia i długość, dla każdej grupy.</translation>
    </message>
    <message>
        <source>Numeric field to sum and average</source>
        <translation>Pole liczbowe do sumy i średniej</translation>
    </message>
    <message>
        <source>Field whose values form the groups (default: one group)</source>
        <translation>Pole, którego wartości tworzą grupy (domyślnie: jedna grupa)</translation>
    </message>
    <message>
        <source>Attribute filter (OGR SQL)</source>
        <translation>Filtr atrybutów (OGR SQL)</translation>
    </message>
    <message>
        <source>Measure area and length on the ellipsoid (m², m)</source>
        <translation>Mierz powierzchnię i długość na elipsoidzie (m², m)</translation>
    </message>
    <message>
        <source>count %1, area %2, length %3</source>
        <translation>liczba %1, powierzchnia %2, długość %3</translation>
    </message>
    <message>
        <source>, sum %1, mean %2</source>
        <translation>, suma %1, średnia %2</translation>
    </message>
    <message>
        <source>Language of the printed texts: %1 (default: the project&apos;s council language, else the system&apos;s)</source>
        <translation>Język drukowanych tekstów: %1 (domyślnie: język rady zapisany w projekcie, w przeciwnym razie systemu)</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not one of %2</source>
        <translation>--lang &quot;%1&quot; nie jest jednym z %2</translation>
    </message>
    <message>
        <source>Open the project&apos;s layers that reach the network or another host&apos;s database (only for projects you trust)</source>
        <translation>Otwórz warstwy projektu, które sięgają do sieci lub do bazy danych na innym hoście (tylko dla projektów, którym ufasz)</translation>
    </message>
    <message>
        <source>Open the project&apos;s layers stored outside its folder (only for projects you trust)</source>
        <translation>Otwórz warstwy projektu zapisane poza jego folderem (tylko dla projektów, którym ufasz)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>nie powiodło się: %1</translation>
    </message>
    <message>
        <source>polis: unknown command &quot;%1&quot;</source>
        <translation>polis: nieznane polecenie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--extent-mode &quot;%1&quot; is not view, fixed, layer or changes</source>
        <translation>--extent-mode &quot;%1&quot; nie jest view, fixed, layer ani changes</translation>
    </message>
    <message>
        <source>--extent gives a fixed extent: leave out --extent-layer and --extent-mode other than fixed</source>
        <translation>--extent podaje stały zasięg: pomiń --extent-layer i --extent-mode inne niż fixed</translation>
    </message>
    <message>
        <source>--extent-layer frames a layer: leave out --extent-mode other than layer</source>
        <translation>--extent-layer kadruje mapę na warstwę: pomiń --extent-mode inne niż layer</translation>
    </message>
    <message>
        <source>Output file: .pdf, .png, .svg or .html (the interactive web pack)</source>
        <translation>Plik wyjściowy: .pdf, .png, .svg lub .html (interaktywny pakiet WWW)</translation>
    </message>
    <message>
        <source>Every map page shows this extent (map CRS)</source>
        <translation>Każda strona z mapą pokazuje ten zasięg (w układzie mapy)</translation>
    </message>
    <message>
        <source>Every map page shows this layer&apos;s extent</source>
        <translation>Każda strona z mapą pokazuje zasięg tej warstwy</translation>
    </message>
    <message>
        <source>What each map page shows: view (the project&apos;s), fixed (--extent or the layout&apos;s), layer (--extent-layer) or changes (what the page&apos;s scenario changes; the default)</source>
        <translation>Co pokazuje każda strona z mapą: view (widok projektu), fixed (--extent lub zasięg z kompozycji), layer (--extent-layer) lub changes (to, co zmienia scenariusz strony; domyślnie)</translation>
    </message>
    <message>
        <source>Print the pages (scenario, extent in the map CRS, layers drawn) as JSON</source>
        <translation>Wypisz strony (scenariusz, zasięg w układzie mapy, narysowane warstwy) jako JSON</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .pdf, .png, .svg or .html</source>
        <translation>wyjście &quot;%1&quot; musi kończyć się na .pdf, .png, .svg lub .html</translation>
    </message>
    <message>
        <source>--all-scenarios makes a multi-page PDF or a web pack: the output must end in .pdf or .html</source>
        <translation>--all-scenarios tworzy wielostronicowy PDF lub pakiet WWW: wyjście musi kończyć się na .pdf lub .html</translation>
    </message>
    <message>
        <source>--extent-mode layer needs the layer: give --extent-layer NAME</source>
        <translation>--extent-mode layer wymaga warstwy: podaj --extent-layer NAZWA</translation>
    </message>
    <message>
        <source>Import layers whose coordinates lie outside the area of use of their CRS</source>
        <translation>Importuj warstwy, których współrzędne leżą poza obszarem zastosowania ich układu współrzędnych</translation>
    </message>
    <message>
        <source>Copy a project into a PostgreSQL database (push) or back to a file (pull)</source>
        <translation>Kopiowanie projektu do bazy danych PostgreSQL (push) lub z powrotem do pliku (pull)</translation>
    </message>
    <message>
        <source>Copy a project between a file and a PostgreSQL database: push FILE.polis URI puts it into the schema of URI (postgresql://[user@]host[:port]/dbname?schema=NAME; passwords from ~/.pgpass), pull URI FILE.polis takes it back offline. Embedded layers become tables of the target.</source>
        <translation>Kopiowanie projektu między plikiem a bazą danych PostgreSQL: push FILE.polis URI umieszcza go w schemacie URI (postgresql://[user@]host[:port]/dbname?schema=NAME; hasła z ~/.pgpass), pull URI FILE.polis zabiera go z powrotem do pracy offline. Osadzone warstwy stają się tabelami celu.</translation>
    </message>
    <message>
        <source>push: copy the referenced vector datasets into the database too</source>
        <translation>push: skopiuj do bazy danych także wskazywane zbiory danych wektorowych</translation>
    </message>
    <message>
        <source>The project to copy (.polis file or postgresql:// URI)</source>
        <translation>Projekt do skopiowania (plik .polis lub URI postgresql://)</translation>
    </message>
    <message>
        <source>Where to copy it</source>
        <translation>Dokąd go skopiować</translation>
    </message>
    <message>
        <source>%1 needs FROM and TO</source>
        <translation>%1 wymaga FROM i TO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database location (postgresql://...)</source>
        <translation>&quot;%1&quot; nie jest lokalizacją bazy danych (postgresql://...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project file (.polis)</source>
        <translation>&quot;%1&quot; nie jest plikiem projektu (.polis)</translation>
    </message>
    <message>
        <source>--embed is for push</source>
        <translation>--embed jest dla push</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 layer table(s), %4 feature(s), in %5 s</source>
        <translation>Skopiowano %1 do %2: %3 tabel(e) warstw, %4 obiekt(y), w %5 s</translation>
    </message>
    <message>
        <source>Layers left as references: %1</source>
        <translation>Warstwy pozostawione jako odwołania: %1</translation>
    </message>
    <message>
        <source>Saved feature %1 of layer %2 in scenario %3: revision %4</source>
        <translation>Zapisano obiekt %1 warstwy %2 w scenariuszu %3: rewizja %4</translation>
    </message>
    <message>
        <source>set: the layer (its name in the project)</source>
        <translation>set: warstwa (jej nazwa w projekcie)</translation>
    </message>
    <message>
        <source>set: the feature id</source>
        <translation>set: identyfikator obiektu</translation>
    </message>
    <message>
        <source>set: a new value, KEY=VALUE (KEY= for null); repeat for several</source>
        <translation>set: nowa wartość, KLUCZ=WARTOŚĆ (KLUCZ= dla pustej); powtórz dla kilku</translation>
    </message>
    <message>
        <source>set: refuse (exit 1) when the feature was saved after this revision</source>
        <translation>set: odmów (kod wyjścia 1), gdy obiekt zapisano po tej rewizji</translation>
    </message>
    <message>
        <source>list, diff, indicators or set</source>
        <translation>list, diff, indicators lub set</translation>
    </message>
    <message>
        <source>give the action: list, diff, indicators or set</source>
        <translation>podaj działanie: list, diff, indicators lub set</translation>
    </message>
    <message>
        <source>set needs PROJECT SCENARIO</source>
        <translation>set wymaga PROJEKT SCENARIUSZ</translation>
    </message>
    <message>
        <source>set needs --layer NAME, --fid N (a whole number) and --field KEY=VALUE; --base-revision is a whole number</source>
        <translation>set wymaga --layer NAZWA, --fid N (liczba całkowita) i --field KLUCZ=WARTOŚĆ; --base-revision to liczba całkowita</translation>
    </message>
    <message>
        <source>%1: not saved: the database role %2 may only read this project (read-only); ask for write access (GRANT INSERT, UPDATE, DELETE)</source>
        <translation>%1: nie zapisano: rola bazy danych %2 może ten projekt tylko czytać (tylko do odczytu); poproś o prawo zapisu (GRANT INSERT, UPDATE, DELETE)</translation>
    </message>
    <message>
        <source>Watching %1 for saves</source>
        <translation>Obserwowanie zapisów %1</translation>
    </message>
    <message>
        <source>Scenario «%1» was changed by %2 (revision %3)</source>
        <translation>Scenariusz «%1» zmienił(a) %2 (rewizja %3)</translation>
    </message>
    <message>
        <source>The project was changed by %1 (revision %2)</source>
        <translation>Projekt zmienił(a) %1 (rewizja %2)</translation>
    </message>
    <message>
        <source>watch: stop after N saves (default 1)</source>
        <translation>watch: zakończ po N zapisach (domyślnie 1)</translation>
    </message>
    <message>
        <source>watch: give up after S seconds (default 60; exit 1)</source>
        <translation>watch: przerwij po S sekundach (domyślnie 60; kod wyjścia 1)</translation>
    </message>
    <message>
        <source>push, pull or watch</source>
        <translation>push, pull lub watch</translation>
    </message>
    <message>
        <source>give the action: push, pull or watch URI</source>
        <translation>podaj działanie: push, pull lub watch URI</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>stan istniejący</translation>
    </message>
    <message>
        <source>Describe every layer of a dataset or &quot;path:layer&quot;; for a project its map layers with their sources, CRS, scenarios and indicators.</source>
        <translation>Opisz każdą warstwę zbioru danych lub „ścieżka:warstwa”; dla projektu jego warstwy mapy z ich źródłami, układ współrzędnych, scenariusze i wskaźniki.</translation>
    </message>
    <message>
        <source>For a project: its tables as a dataset, not the map it describes</source>
        <translation>Dla projektu: jego tabele jako zbiór danych, a nie opisywana mapa</translation>
    </message>
    <message>
        <source>embedded in the project</source>
        <translation>osadzona w projekcie</translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation>Projekt %1: %2</translation>
    </message>
    <message>
        <source>Map CRS: %1 (%2)</source>
        <translation>Układ współrzędnych mapy: %1 (%2)</translation>
    </message>
    <message>
        <source>Layers, drawn bottom to top: %1</source>
        <translation>Warstwy, rysowane od dołu do góry: %1</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>rastrowa</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>wektorowa</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ukryta</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupa %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dane: %1</translation>
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation>Scenariusze: %1</translation>
    </message>
    <message>
        <source>Shown when opened: %1</source>
        <translation>Pokazywany po otwarciu: %1</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Wskaźniki: %1</translation>
    </message>
    <message>
        <source>%1 (changes: %2)</source>
        <translation>%1 (zmiany: %2)</translation>
    </message>
    <message>
        <source>polis export: warning: %1</source>
        <translation>polis export: ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>polis render: warning: %1</source>
        <translation>polis render: ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>polis scenario: warning: %1</source>
        <translation>polis scenario: ostrzeżenie: %1</translation>
    </message>
</context>
<context>
    <name>polis::gui</name>
    <message>
        <source>No display found (DISPLAY is not set) and no project given: nothing to show.</source>
        <translation>Nie znaleziono ekranu (DISPLAY nie jest ustawione) i nie podano projektu: nie ma czego pokazać.</translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set): rendering %1 to an image instead.</source>
        <translation>Nie znaleziono ekranu (DISPLAY nie jest ustawione): %1 zostanie narysowany do obrazu.</translation>
    </message>
</context>
<context>
    <name>polis::layout</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Summary: feature counts and indicators per scenario</source>
        <translation>Podsumowanie: liczba obiektów i wskaźniki według scenariuszy</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Warstwa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>wskaźnik</translation>
    </message>
    <message>
        <source>cannot read the logo image</source>
        <translation>nie można odczytać obrazu logo</translation>
    </message>
    <message>
        <source>Scale 1:%1 (on %2 paper)</source>
        <translation>Skala 1:%1 (na papierze %2)</translation>
    </message>
    <message>
        <source>Coordinate system: %1</source>
        <translation>Układ współrzędnych: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dane: %1</translation>
    </message>
    <message>
        <source>Made with Polis</source>
        <translation>Wykonano w programie Polis</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenariusz: %1</translation>
    </message>
    <message>
        <source>all other values</source>
        <translation>wszystkie inne wartości</translation>
    </message>
    <message>
        <source>all values</source>
        <translation>wszystkie wartości</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more layer(s)</source>
        <translation>
            <numerusform>… i jeszcze %n warstwa</numerusform>
            <numerusform>… i jeszcze %n warstwy</numerusform>
            <numerusform>… i jeszcze %n warstw</numerusform>
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
        <translation>raster</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>wektor</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punkty</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>linie</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>poligony</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>stan istniejący</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>the logo is not a file</source>
        <translation>logo nie jest plikiem</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 w porównaniu z %2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Widok</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>w porównaniu z</translation>
    </message>
    <message>
        <source>one map</source>
        <translation>jedna mapa</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>obok siebie</translation>
    </message>
    <message>
        <source>swipe</source>
        <translation>przesuwanie</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
</context>
</TS>
