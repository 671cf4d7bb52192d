<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>AttributeForm</name>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Phase or year</source>
        <translation>שלב או שנה</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>עלות משוערת</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>€</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>מחלקה</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>ישות אחת</numerusform>
            <numerusform>%n ישויות</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 מתוך %2</translation>
    </message>
    <message>
        <source>Filter, e.g. kind = &apos;school&apos; AND floors &gt; 2</source>
        <translation>מסנן, למשל kind = &apos;school&apos; AND floors &gt; 2</translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>בחירת כל התואמות</translation>
    </message>
</context>
<context>
    <name>CompareDifference</name>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 בהשוואה ל־%2</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>נוספו: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>הוסרו: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>שונו: %1</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare</source>
        <translation>השוואה</translation>
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
        <translation>זה לצד זה</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>החלקה</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>הפרש</translation>
    </message>
    <message>
        <source>Close the compare panel</source>
        <translation>סגירת חלונית ההשוואה</translation>
    </message>
</context>
<context>
    <name>CompareSwipe</name>
    <message>
        <source>Drag to reveal B over A</source>
        <translation>גררו כדי לחשוף את B מעל A</translation>
    </message>
</context>
<context>
    <name>CrsPicker</name>
    <message>
        <source>Map coordinate reference system (now %1)</source>
        <translation>מערכת ייחוס הקואורדינטות של המפה (כעת %1)</translation>
    </message>
    <message>
        <source>Search by EPSG code or name, e.g. 2100 or Greek Grid</source>
        <translation>חיפוש לפי קוד EPSG או שם, למשל 2100 או Greek Grid</translation>
    </message>
    <message>
        <source>No coordinate reference system matches.</source>
        <translation>אין מערכת ייחוס קואורדינטות תואמת.</translation>
    </message>
    <message>
        <source>EPSG:%1 — %2</source>
        <translation>EPSG:%1 — %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>אישור</translation>
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
        <translation>הצגת שכבות הקבוצה</translation>
    </message>
    <message>
        <source>Hide the group&apos;s layers in this list</source>
        <translation>הסתרת שכבות הקבוצה ברשימה זו</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>פירוק קבוצה</translation>
    </message>
    <message>
        <source>Keep the layers, without the group</source>
        <translation>שמירת השכבות, ללא הקבוצה</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message numerus="yes">
        <source>%n feature(s) here</source>
        <translation>
            <numerusform>ישות אחת כאן</numerusform>
            <numerusform>%n ישויות כאן</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — feature %2</source>
        <translation>%1 — ישות %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import layers</source>
        <translation>ייבוא שכבות</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>בחירת קבצים לייבוא</translation>
    </message>
    <message>
        <source>GIS data (*.shp *.zip *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb)</source>
        <translation>נתוני GIS (*.shp *.zip *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>בחירת תיקייה לייבוא</translation>
    </message>
    <message>
        <source>Save the project to embed the layers into</source>
        <translation>שמירת הפרויקט שאליו יוטמעו השכבות</translation>
    </message>
    <message>
        <source>Polis projects (*.polis)</source>
        <translation>פרויקטים של Polis (*.polis)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>הוספת קבצים…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>הוספת תיקייה…</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) chosen — you can also drop files on the window</source>
        <translation>
            <numerusform>נבחר מערך נתונים אחד — אפשר גם לגרור קבצים לחלון</numerusform>
            <numerusform>נבחרו %n מערכי נתונים — אפשר גם לגרור קבצים לחלון</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>יובאו</translation>
    </message>
    <message numerus="yes">
        <source>Import %n layer(s)</source>
        <translation>
            <numerusform>ייבוא שכבה אחת</numerusform>
            <numerusform>ייבוא %n שכבות</numerusform>
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
        <translation>תסדיר</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>מערכת ייחוס</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>לא הוצהרה</translation>
    </message>
    <message>
        <source>Use suggested EPSG:%1</source>
        <translation>שימוש ב־EPSG:%1 המוצע</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>קידוד</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>דוגמה</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>ישויות</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>בעיות</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>לא נמצאו</translation>
    </message>
    <message>
        <source>EPSG</source>
        <translation>EPSG</translation>
    </message>
    <message>
        <source>e.g. 2100</source>
        <translation>למשל 2100</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>מוכנה</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>ממתינה</translation>
    </message>
    <message>
        <source>Choose this layer&apos;s CRS: without one it would be drawn in the wrong place.</source>
        <translation>בחרו את מערכת הייחוס של שכבה זו: בלעדיה היא תצויר במקום הלא נכון.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>ייבוא בכל זאת</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>תיובא</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBar</name>
    <message>
        <source>Text encoding</source>
        <translation>קידוד טקסט</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>כפי שזוהה</translation>
    </message>
    <message>
        <source>Windows Greek (CP1253)</source>
        <translation>יוונית Windows ‏(CP1253)</translation>
    </message>
    <message>
        <source>ISO Greek (ISO-8859-7)</source>
        <translation>יוונית ISO ‏(ISO-8859-7)</translation>
    </message>
    <message>
        <source>Windows Latin (CP1252)</source>
        <translation>לטינית Windows ‏(CP1252)</translation>
    </message>
    <message>
        <source>Repair invalid geometries</source>
        <translation>תיקון גאומטריות לא תקינות</translation>
    </message>
    <message>
        <source>Embed into the project</source>
        <translation>הטמעה בפרויקט</translation>
    </message>
    <message>
        <source>Keep a reference to the files</source>
        <translation>שמירת הפניה לקבצים</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicators (computing…)</source>
        <translation>מדדים (בחישוב…)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>מדדים</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>מצב קיים</translation>
    </message>
</context>
<context>
    <name>LayerDelegate</name>
    <message>
        <source>Data: %1</source>
        <translation>נתונים: %1</translation>
    </message>
    <message>
        <source>Drag to change the drawing order (or use the menu ⋯)</source>
        <translation>גררו כדי לשנות את סדר הציור (או השתמשו בתפריט ⋯)</translation>
    </message>
    <message>
        <source>Hide the classes</source>
        <translation>הסתרת המחלקות</translation>
    </message>
    <message>
        <source>Show the classes</source>
        <translation>הצגת המחלקות</translation>
    </message>
    <message>
        <source>Zoom, style, table, properties, rename, group, remove</source>
        <translation>התמקדות, סגנון, טבלה, מאפיינים, שינוי שם, קבוצה, הסרה</translation>
    </message>
</context>
<context>
    <name>LayerGroupMenu</name>
    <message>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>קבוצה חדשה</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>העברה ל־%1</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>הוצאה מהקבוצה</translation>
    </message>
</context>
<context>
    <name>LayerMenu</name>
    <message>
        <source>Zoom to layer</source>
        <translation>התמקדות בשכבה</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>סגנון…</translation>
    </message>
    <message>
        <source>Attribute table…</source>
        <translation>טבלת מאפיינים…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>מאפיינים…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>שינוי שם</translation>
    </message>
    <message>
        <source>Draw above the layer over it</source>
        <translation>ציור מעל השכבה שמעליה</translation>
    </message>
    <message>
        <source>Draw below the layer under it</source>
        <translation>ציור מתחת לשכבה שמתחתיה</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
</context>
<context>
    <name>LayerProperties</name>
    <message>
        <source>Features</source>
        <translation>ישויות</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>רסטר</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>נתונים</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>אטימות</translation>
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
        <translation>שכבות</translation>
    </message>
</context>
<context>
    <name>LayoutExportBar</name>
    <message>
        <source>Export PDF…</source>
        <translation>ייצוא PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>מסמכי PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>ייצוא PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>תמונות PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>ייצוא SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>שרטוטי SVG ‏(*.svg)</translation>
    </message>
    <message>
        <source>PNG resolution (dpi)</source>
        <translation>רזולוציית PNG ‏(dpi)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>נשמר %1</translation>
    </message>
    <message>
        <source>Export the layout</source>
        <translation>ייצוא הפריסה</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <source>Print layout</source>
        <translation>פריסת הדפסה</translation>
    </message>
    <message>
        <source>Close the layout panel</source>
        <translation>סגירת חלונית הפריסה</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>נייר</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>כיוון</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>לאורך</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>לרוחב</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>The project&apos;s title</source>
        <translation>כותרת הפרויקט</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>כותרת משנה</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>מקרא</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>סרגל קנה מידה</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>חץ צפון</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>מפת התמצאות</translation>
    </message>
</context>
<context>
    <name>LocatorBar</name>
    <message>
        <source>Search places, coordinates (35.3387 25.1343) or EPSG codes</source>
        <translation>חיפוש מקומות, קואורדינטות (35.3387 25.1343) או קודי EPSG</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>לא נמצא דבר</translation>
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
        <translation>קובץ</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>פרויקט חדש</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>פתיחה…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>שמירה בשם…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>עריכה</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ביטול פעולה</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ביצוע חוזר</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>View</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <source>Full extent</source>
        <translation>תיחום מלא</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>התקרבות</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>התרחקות</translation>
    </message>
    <message>
        <source>Previous extent</source>
        <translation>התיחום הקודם</translation>
    </message>
    <message>
        <source>Next extent</source>
        <translation>התיחום הבא</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>שכבה</translation>
    </message>
    <message>
        <source>Add layers…</source>
        <translation>הוספת שכבות…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ייבוא…</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>תרחיש</translation>
    </message>
    <message>
        <source>Scenarios…</source>
        <translation>תרחישים…</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>שרטוט</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>השוואה…</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>ניתוח</translation>
    </message>
    <message>
        <source>Query…</source>
        <translation>שאילתה…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>מדידה</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>פריסה</translation>
    </message>
    <message>
        <source>Print layout…</source>
        <translation>פריסת הדפסה…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>עזרה</translation>
    </message>
    <message>
        <source>About Polis</source>
        <translation>אודות Polis</translation>
    </message>
    <message>
        <source>Polis: a desktop GIS for urban planning, on GDAL, PROJ and GEOS.</source>
        <translation>Polis: מערכת GIS שולחנית לתכנון עירוני, מבוססת על GDAL,‏ PROJ ו־GEOS.</translation>
    </message>
    <message>
        <source>Map background colour</source>
        <translation>צבע רקע המפה</translation>
    </message>
    <message>
        <source>Map background colour…</source>
        <translation>צבע רקע המפה…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>חיפוש…</translation>
    </message>
</context>
<context>
    <name>MapToolBar</name>
    <message>
        <source>Open…</source>
        <translation>פתיחה…</translation>
    </message>
    <message>
        <source>Add layer…</source>
        <translation>הוספת שכבה…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>שמירה בשם…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ייבוא…</translation>
    </message>
    <message>
        <source>Query…</source>
        <translation>שאילתה…</translation>
    </message>
    <message>
        <source>Print layout…</source>
        <translation>פריסת הדפסה…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>השוואה…</translation>
    </message>
    <message>
        <source>Full extent</source>
        <translation>תיחום מלא</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>התקרבות</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>התרחקות</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>הקודם</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>מדידה</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>שרטוט</translation>
    </message>
    <message>
        <source>Sketch proposals in the active scenario</source>
        <translation>שרטוט הצעות בתרחיש הפעיל</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Every edit, to undo or redo up to any of them</source>
        <translation>כל עריכה, לביטול או לביצוע חוזר עד כל אחת מהן</translation>
    </message>
    <message>
        <source>The scenario shown on the map</source>
        <translation>התרחיש המוצג במפה</translation>
    </message>
    <message>
        <source>Check and import GIS files</source>
        <translation>בדיקה וייבוא של קובצי GIS</translation>
    </message>
    <message>
        <source>Select features by location and attributes</source>
        <translation>בחירת ישויות לפי מיקום ומאפיינים</translation>
    </message>
    <message>
        <source>Page layout, preview and export</source>
        <translation>פריסת עמוד, תצוגה מקדימה וייצוא</translation>
    </message>
    <message>
        <source>Compare scenarios: side by side, swipe, difference, indicators</source>
        <translation>השוואת תרחישים: זה לצד זה, החלקה, הפרש, מדדים</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>הצגת המפה כולה</translation>
    </message>
    <message>
        <source>Previous extent</source>
        <translation>התיחום הקודם</translation>
    </message>
    <message>
        <source>Next extent</source>
        <translation>התיחום הבא</translation>
    </message>
    <message>
        <source>Measure distances and areas</source>
        <translation>מדידת מרחקים ושטחים</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <source>Area</source>
        <translation>שטח</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
</context>
<context>
    <name>PlanningSchema</name>
    <message>
        <source>airport</source>
        <translation>שדה תעופה</translation>
    </message>
    <message>
        <source>runway</source>
        <translation>מסלול המראה</translation>
    </message>
    <message>
        <source>marina</source>
        <translation>מרינה</translation>
    </message>
    <message>
        <source>fibre route</source>
        <translation>תוואי סיבים אופטיים</translation>
    </message>
    <message>
        <source>cable landing</source>
        <translation>נקודת נחיתת כבל</translation>
    </message>
    <message>
        <source>street lighting</source>
        <translation>תאורת רחוב</translation>
    </message>
    <message>
        <source>bike-share dock</source>
        <translation>עמדת אופניים שיתופיים</translation>
    </message>
    <message>
        <source>park</source>
        <translation>פארק</translation>
    </message>
    <message>
        <source>road</source>
        <translation>כביש</translation>
    </message>
    <message>
        <source>building</source>
        <translation>מבנה</translation>
    </message>
    <message>
        <source>other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>מוצע</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>מאושר</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <source>built</source>
        <translation>נבנה</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>status</source>
        <translation>סטטוס</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Open a project or dataset</source>
        <translation>פתיחת פרויקט או מערך נתונים</translation>
    </message>
    <message>
        <source>Polis projects (*.polis)</source>
        <translation>פרויקטים של Polis (*.polis)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>הוספת שכבות</translation>
    </message>
    <message>
        <source>GIS data (*.shp *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb *.zip *.tif *.tiff)</source>
        <translation>נתוני GIS (*.shp *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb *.zip *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>נשמר אוטומטית %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>נשמר %1</translation>
    </message>
</context>
<context>
    <name>QueryPanel</name>
    <message>
        <source>Query</source>
        <translation>שאילתה</translation>
    </message>
    <message>
        <source>Close the query panel</source>
        <translation>סגירת חלונית השאילתה</translation>
    </message>
    <message>
        <source>Select from</source>
        <translation>בחירה מתוך</translation>
    </message>
    <message>
        <source>that are</source>
        <translation>אשר</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>מרחק (מ׳)</translation>
    </message>
    <message>
        <source>Features of</source>
        <translation>ישויות של</translation>
    </message>
    <message>
        <source>the current selection</source>
        <translation>הבחירה הנוכחית</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>כאשר</translation>
    </message>
    <message>
        <source>e.g. kind = &apos;school&apos;</source>
        <translation>למשל kind = &apos;school&apos;</translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation>סכום של</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ללא)</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>קיבוץ לפי</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>הרצה</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>חי</translation>
    </message>
    <message>
        <source>Run the query again when its layers change</source>
        <translation>הרצת השאילתה מחדש כשהשכבות שלה משתנות</translation>
    </message>
</context>
<context>
    <name>QueryResults</name>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>נבחרה ישות אחת</numerusform>
            <numerusform>נבחרו %n ישויות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s)</source>
        <translation>
            <numerusform>%1: ישות אחת</numerusform>
            <numerusform>%1: %n ישויות</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>הכול</translation>
    </message>
    <message>
        <source>sum %1, mean %2</source>
        <translation>סכום %1, ממוצע %2</translation>
    </message>
    <message>
        <source>area %1 ha</source>
        <translation>שטח %1 הקטאר</translation>
    </message>
    <message>
        <source>length %1 km</source>
        <translation>אורך %1 ק״מ</translation>
    </message>
    <message>
        <source>Export result…</source>
        <translation>ייצוא התוצאה…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>נשמר %1</translation>
    </message>
    <message>
        <source>Export the query result</source>
        <translation>ייצוא תוצאת השאילתה</translation>
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
        <translation>CSV עם WKT ‏(*.csv)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Run again: %1</source>
        <translation>הרצה חוזרת: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialogs</name>
    <message>
        <source>Unsaved edits found</source>
        <translation>נמצאו עריכות שלא נשמרו</translation>
    </message>
    <message>
        <source>Recover unsaved edits from %1?</source>
        <translation>לשחזר עריכות שלא נשמרו מ־%1?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>השלכה</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>מאוחר יותר</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
    <message>
        <source>The map has changes that are not saved.</source>
        <translation>במפה יש שינויים שלא נשמרו.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>לא ניתן היה לשמור את הפרויקט</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Save the project as</source>
        <translation>שמירת הפרויקט בשם</translation>
    </message>
    <message>
        <source>Choose the folder to save the project in</source>
        <translation>בחירת התיקייה שבה יישמר הפרויקט</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>תיקייה</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>שם הקובץ</translation>
    </message>
    <message>
        <source>e.g. Heraklion 2030</source>
        <translation>למשל הרקליון 2030</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>להחליף את הקובץ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this project?</source>
        <translation>%1 כבר קיים. להחליף אותו בפרויקט זה?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>החלפה</translation>
    </message>
</context>
<context>
    <name>ScenarioBox</name>
    <message>
        <source>baseline</source>
        <translation>מצב קיים</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenarios</source>
        <translation>תרחישים</translation>
    </message>
    <message>
        <source>Active scenario: %1</source>
        <translation>תרחיש פעיל: %1</translation>
    </message>
    <message>
        <source>The map shows the baseline (the project&apos;s layers).</source>
        <translation>המפה מציגה את המצב הקיים (שכבות הפרויקט).</translation>
    </message>
    <message>
        <source>Name of a new scenario, or the new name</source>
        <translation>שם של תרחיש חדש, או השם החדש</translation>
    </message>
    <message>
        <source>Description: what the scenario proposes</source>
        <translation>תיאור: מה התרחיש מציע</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>שכפול</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>שינוי שם</translation>
    </message>
    <message>
        <source>Save description</source>
        <translation>שמירת התיאור</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
</context>
<context>
    <name>SketchBar</name>
    <message>
        <source>The baseline is the project&apos;s data: sketch in a scenario.</source>
        <translation>המצב הקיים הוא נתוני הפרויקט: שרטטו בתוך תרחיש.</translation>
    </message>
    <message>
        <source>New scenario…</source>
        <translation>תרחיש חדש…</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>בחירה</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>נקודה</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>קו</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>מצולע</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>מלבן</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>עיגול</translation>
    </message>
    <message>
        <source>Scenarios…</source>
        <translation>תרחישים…</translation>
    </message>
    <message>
        <source>Create, duplicate, rename, describe or delete scenarios</source>
        <translation>יצירה, שכפול, שינוי שם, תיאור או מחיקה של תרחישים</translation>
    </message>
    <message>
        <source>The layer new features go to</source>
        <translation>השכבה שאליה נכנסות ישויות חדשות</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>עריכה:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>הזזה</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>סיבוב</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>קודקודים</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>עיצוב מחדש</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>פיצול</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>מאפיינים…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
</context>
<context>
    <name>SketchTool</name>
    <message>
        <source>New feature in %1</source>
        <translation>ישות חדשה ב־%1</translation>
    </message>
    <message>
        <source>Attributes of %1</source>
        <translation>המאפיינים של %1</translation>
    </message>
</context>
<context>
    <name>SnapOptions</name>
    <message>
        <source>Snap</source>
        <translation>הצמדה</translation>
    </message>
    <message>
        <source>Snap clicks and vertex drags to vertices and segments of the chosen layers</source>
        <translation>הצמדת לחיצות וגרירות קודקודים לקודקודים ולמקטעים של השכבות שנבחרו</translation>
    </message>
    <message>
        <source>px</source>
        <translation>פיקסלים</translation>
    </message>
    <message>
        <source>Layers…</source>
        <translation>שכבות…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>שכבה אחת</numerusform>
            <numerusform>%n שכבות</numerusform>
        </translation>
    </message>
    <message>
        <source>WGS84 %1</source>
        <translation>WGS84 %1</translation>
    </message>
    <message>
        <source>Scale 1:</source>
        <translation>קנה מידה 1:</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>מצייר…</translation>
    </message>
    <message>
        <source>Change the map&apos;s coordinate reference system</source>
        <translation>שינוי מערכת ייחוס הקואורדינטות של המפה</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>שפת החלון</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <source>Style: %1</source>
        <translation>סגנון: %1</translation>
    </message>
    <message>
        <source>Close the style panel</source>
        <translation>סגירת חלונית הסגנון</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>סמלים</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>סמל יחיד</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>לפי קטגוריות</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>מדורג</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>שדה</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>שיטה</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>מרווחים שווים</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>אחוזונים</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>שברים טבעיים (Jenks)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>מחלקות</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>צבעים</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>תוויות</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>החלה</translation>
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
        <translation>פתחו פרויקט עירוני, שרטטו הצעות וייצאו מפות למועצה.</translation>
    </message>
    <message>
        <source>Open the Heraklion sample project</source>
        <translation>פתיחת פרויקט הדוגמה של הרקליון</translation>
    </message>
    <message>
        <source>Open a project or dataset…</source>
        <translation>פתיחת פרויקט או מערך נתונים…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>פרויקטים אחרונים</translation>
    </message>
</context>
<context>
    <name>polis::CompareController</name>
    <message>
        <source>km</source>
        <translation>ק״מ</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>קמ״ר</translation>
    </message>
</context>
<context>
    <name>polis::Error</name>
    <message>
        <source>%1: has several layers (%2); name one as PATH:LAYER</source>
        <translation>%1: יש בו כמה שכבות (%2); ציינו אחת בצורה PATH:LAYER</translation>
    </message>
    <message>
        <source>Unknown classification method %1</source>
        <translation>שיטת סיווג לא ידועה %1</translation>
    </message>
    <message>
        <source>Cannot understand the coordinate reference system &quot;%1&quot;</source>
        <translation>לא ניתן לפענח את מערכת ייחוס הקואורדינטות &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot understand the coordinate reference system &quot;%1&quot;: %2</source>
        <translation>לא ניתן לפענח את מערכת ייחוס הקואורדינטות &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot read the list of coordinate reference systems from PROJ&apos;s database: %1</source>
        <translation>לא ניתן לקרוא את רשימת מערכות ייחוס הקואורדינטות ממסד הנתונים של PROJ: %1</translation>
    </message>
    <message>
        <source>Feature %1 has a geometry GEOS cannot build: %2</source>
        <translation>לישות %1 יש גאומטריה ש־GEOS אינו יכול לבנות: %2</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>צינור בעל שם (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>התקן</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>שקע (socket)</translation>
    </message>
    <message>
        <source>A layer has more than 4 billion vertices; Polis cannot hold it in memory</source>
        <translation>בשכבה יש יותר מ־4 מיליארד קודקודים; Polis אינו יכול להחזיק אותה בזיכרון</translation>
    </message>
    <message>
        <source>WKB geometry is truncated</source>
        <translation>גאומטריית ה־WKB קטועה</translation>
    </message>
    <message>
        <source>WKB geometry is nested too deeply</source>
        <translation>גאומטריית ה־WKB מקוננת לעומק רב מדי</translation>
    </message>
    <message>
        <source>WKB collections of mixed geometry types are not supported</source>
        <translation>אוספי WKB של סוגי גאומטריה מעורבים אינם נתמכים</translation>
    </message>
    <message>
        <source>WKB geometry type %1 is not supported</source>
        <translation>סוג גאומטריית WKB %1 אינו נתמך</translation>
    </message>
    <message>
        <source>a circle needs a positive radius and chord error (radius %1, error %2)</source>
        <translation>מעגל דורש רדיוס ושגיאת מיתר חיוביים (רדיוס %1, שגיאה %2)</translation>
    </message>
    <message>
        <source>Cannot transform coordinates: the source or target coordinate reference system is unknown</source>
        <translation>לא ניתן להמיר קואורדינטות: מערכת ייחוס הקואורדינטות של המקור או של היעד אינה ידועה</translation>
    </message>
    <message>
        <source>Cannot transform from %1 to %2: %3</source>
        <translation>לא ניתן להמיר מ־%1 אל %2: %3</translation>
    </message>
    <message>
        <source>An empty geometry has no centre to rotate about.</source>
        <translation>לגאומטריה ריקה אין מרכז שסביבו אפשר לסובב.</translation>
    </message>
    <message>
        <source>The centre of the geometry cannot be computed: %1</source>
        <translation>לא ניתן לחשב את מרכז הגאומטריה: %1</translation>
    </message>
    <message>
        <source>The geometry cannot be processed: %1</source>
        <translation>לא ניתן לעבד את הגאומטריה: %1</translation>
    </message>
    <message>
        <source>Reshaping would leave the line with fewer than 2 distinct points.</source>
        <translation>שינוי הצורה היה משאיר בקו פחות מ־2 נקודות שונות.</translation>
    </message>
    <message>
        <source>Reshaping would leave a polygon ring with fewer than 3 distinct points.</source>
        <translation>שינוי הצורה היה משאיר בטבעת של הפוליגון פחות מ־3 נקודות שונות.</translation>
    </message>
    <message>
        <source>The reshaped polygon would be invalid (%1).</source>
        <translation>הפוליגון לאחר שינוי הצורה היה לא תקין (%1).</translation>
    </message>
    <message>
        <source>The reshape line needs at least 2 points.</source>
        <translation>קו שינוי הצורה דורש לפחות 2 נקודות.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be reshaped.</source>
        <translation>ניתן לשנות צורה של קווים ופוליגונים בלבד.</translation>
    </message>
    <message>
        <source>The reshape line must cross the polygon&apos;s boundary twice.</source>
        <translation>קו שינוי הצורה חייב לחצות את גבול הפוליגון פעמיים.</translation>
    </message>
    <message>
        <source>The reshape line must touch or cross the line twice.</source>
        <translation>קו שינוי הצורה חייב לגעת בקו או לחצות אותו פעמיים.</translation>
    </message>
    <message>
        <source>The split line does not cross the line.</source>
        <translation>קו הפיצול אינו חוצה את הקו.</translation>
    </message>
    <message>
        <source>The polygon cannot be split: %1</source>
        <translation>לא ניתן לפצל את הפוליגון: %1</translation>
    </message>
    <message>
        <source>The split line does not cut the polygon in two: it must cross it from one side to the other.</source>
        <translation>קו הפיצול אינו חוצה את הפוליגון לשניים: עליו לחצות אותו מצד לצד.</translation>
    </message>
    <message>
        <source>The split line needs at least 2 points.</source>
        <translation>קו הפיצול דורש לפחות 2 נקודות.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be split.</source>
        <translation>ניתן לפצל קווים ופוליגונים בלבד.</translation>
    </message>
    <message>
        <source>part %1, ring %2</source>
        <translation>חלק %1, טבעת %2</translation>
    </message>
    <message>
        <source>The geometry has no %1.</source>
        <translation>בגאומטריה אין %1.</translation>
    </message>
    <message>
        <source>The geometry has no vertex %1 in %2.</source>
        <translation>בגאומטריה אין קודקוד %1 ב־%2.</translation>
    </message>
    <message>
        <source>The edit would leave the line (%1) with fewer than 2 distinct points.</source>
        <translation>העריכה הייתה משאירה בקו (%1) פחות מ־2 נקודות שונות.</translation>
    </message>
    <message>
        <source>The edit would leave the polygon ring (%1) with fewer than 3 distinct points.</source>
        <translation>העריכה הייתה משאירה בטבעת הפוליגון (%1) פחות מ־3 נקודות שונות.</translation>
    </message>
    <message>
        <source>A point has no segments to insert a vertex on.</source>
        <translation>לנקודה אין מקטעים שאפשר להוסיף עליהם קודקוד.</translation>
    </message>
    <message>
        <source>The geometry has no segment %1 in %2.</source>
        <translation>בגאומטריה אין מקטע %1 ב־%2.</translation>
    </message>
    <message>
        <source>A point&apos;s only vertex cannot be removed; delete the feature instead.</source>
        <translation>לא ניתן להסיר את הקודקוד היחיד של נקודה; מחקו את הישות במקום זאת.</translation>
    </message>
    <message>
        <source>Removing the vertex would leave the line (%1) with fewer than %2 points.</source>
        <translation>הסרת הקודקוד הייתה משאירה בקו (%1) פחות מ־%2 נקודות.</translation>
    </message>
    <message>
        <source>Removing the vertex would leave the polygon ring (%1) with fewer than %2 points.</source>
        <translation>הסרת הקודקוד הייתה משאירה בטבעת הפוליגון (%1) פחות מ־%2 נקודות.</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: הקובץ לא נמצא</translation>
    </message>
    <message>
        <source>%1: cannot open: it is %2, not a file</source>
        <translation>%1: לא ניתן לפתוח: זה %2 ולא קובץ</translation>
    </message>
    <message>
        <source>%1: cannot open: not a vector dataset that GDAL can read</source>
        <translation>%1: לא ניתן לפתוח: אין זה מערך נתונים וקטורי ש־GDAL יכול לקרוא</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: לא ניתן לפתוח: %2</translation>
    </message>
    <message>
        <source>%1: the dataset has no vector layers</source>
        <translation>%1: במערך הנתונים אין שכבות וקטוריות</translation>
    </message>
    <message>
        <source>%1: no layer named &quot;%2&quot; (layers: %3)</source>
        <translation>%1: אין שכבה בשם &quot;%2&quot; (שכבות: %3)</translation>
    </message>
    <message>
        <source>%1, layer %2: %3</source>
        <translation>%1, שכבה %2: %3</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>טבלה %1: %2</translation>
    </message>
    <message>
        <source>table %1: %2: %3</source>
        <translation>טבלה %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot create the table</source>
        <translation>לא ניתן ליצור את הטבלה</translation>
    </message>
    <message>
        <source>cannot create the field %1</source>
        <translation>לא ניתן ליצור את השדה %1</translation>
    </message>
    <message>
        <source>cannot copy feature %1</source>
        <translation>לא ניתן להעתיק את הישות %1</translation>
    </message>
    <message>
        <source>cannot write feature %1</source>
        <translation>לא ניתן לכתוב את הישות %1</translation>
    </message>
    <message>
        <source>%1: holds HTML, not %2 (an error page saved in its place?)</source>
        <translation>%1: מכיל HTML ולא %2 (אולי נשמר במקומו דף שגיאה?)</translation>
    </message>
    <message>
        <source>%1: holds binary data, not %2</source>
        <translation>%1: מכיל נתונים בינאריים ולא %2</translation>
    </message>
    <message>
        <source>%1: not a shapefile (no valid 100-byte header)</source>
        <translation>%1: אינו shapefile (אין כותרת תקינה בת 100 בתים)</translation>
    </message>
    <message>
        <source>%1: truncated: the header announces %2 bytes, the file holds %3</source>
        <translation>%1: קטוע: הכותרת מצהירה על %2 בתים, והקובץ מכיל %3</translation>
    </message>
    <message>
        <source>%1: truncated: shorter than the 32-byte DBF header</source>
        <translation>%1: קטוע: קצר מכותרת ה־DBF בת 32 הבתים</translation>
    </message>
    <message>
        <source>%1: truncated or damaged: the header announces %2 records of %3 bytes, the file holds %4 bytes</source>
        <translation>%1: קטוע או פגום: הכותרת מצהירה על %2 רשומות בנות %3 בתים, והקובץ מכיל %4 בתים</translation>
    </message>
    <message>
        <source>%1: the attribute file %2.dbf is missing</source>
        <translation>%1: קובץ המאפיינים %2.dbf חסר</translation>
    </message>
    <message>
        <source>a projection definition</source>
        <translation>הגדרת היטל</translation>
    </message>
    <message>
        <source>a code page name</source>
        <translation>שם של דף קוד</translation>
    </message>
    <message>
        <source>%1: the geometry and attribute files disagree: %2 shapes in the .shx but %3 records in the .dbf</source>
        <translation>%1: קובצי הגאומטריה והמאפיינים אינם תואמים: %2 צורות ב־.shx אך %3 רשומות ב־.dbf</translation>
    </message>
    <message>
        <source>%1: cannot rebuild the missing .shx index: no temporary folder</source>
        <translation>%1: לא ניתן לבנות מחדש את אינדקס ה־.shx החסר: אין תיקייה זמנית</translation>
    </message>
    <message>
        <source>%1: unsupported output format (use .gpkg, .geojson or .csv)</source>
        <translation>%1: תבנית פלט לא נתמכת (השתמשו ב־.gpkg, ‏.geojson או ‏.csv)</translation>
    </message>
    <message>
        <source>%1: cannot write %2</source>
        <translation>%1: לא ניתן לכתוב את %2</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: לא ניתן לכתוב את %2: %3</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>הקובץ</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>השכבה %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>השדה %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>הישות %1</translation>
    </message>
    <message>
        <source>the features</source>
        <translation>הישויות</translation>
    </message>
    <message>
        <source>(rename from %1: %2)</source>
        <translation>(שינוי שם מ־%1: %2)</translation>
    </message>
    <message>
        <source>%1: the .prj file does not hold a coordinate reference system that can be read</source>
        <translation>%1: קובץ ה־.prj אינו מכיל מערכת ייחוס קואורדינטות שניתן לקרוא</translation>
    </message>
    <message>
        <source>%1, layer %2: no coordinate reference system is declared; assign one explicitly</source>
        <translation>%1, שכבה %2: לא הוגדרה מערכת ייחוס קואורדינטות; הקצו אחת במפורש</translation>
    </message>
    <message>
        <source>%1, layer %2: no coordinate reference system is declared; the coordinates suggest %3; assign one explicitly</source>
        <translation>%1, שכבה %2: לא הוגדרה מערכת ייחוס קואורדינטות; הקואורדינטות מרמזות על %3; הקצו אחת במפורש</translation>
    </message>
    <message>
        <source> (its area of use: %1)</source>
        <translation> (אזור השימוש שלה: %1)</translation>
    </message>
    <message>
        <source>; they suggest %1</source>
        <translation>; הן מרמזות על %1</translation>
    </message>
    <message>
        <source>%1, layer %2: the coordinates (%3) cannot be in %4%5%6; assign the right CRS, or force the import</source>
        <translation>%1, שכבה %2: הקואורדינטות (%3) אינן יכולות להיות ב־%4%5%6; הקצו את מערכת הייחוס הנכונה, או כפו את הייבוא</translation>
    </message>
    <message>
        <source>%1, layer %2: %3 feature(s) (first fid %4) have NaN, infinite or out-of-range coordinates; repair sets them to null</source>
        <translation>%1, שכבה %2: ל־%3 ישויות (fid ראשון %4) יש קואורדינטות NaN, אינסופיות או מחוץ לטווח; התיקון יקבע אותן ל־null</translation>
    </message>
    <message>
        <source>%1, layer %2: an assigned CRS or text encoding cannot be kept with a reference; embed the layer</source>
        <translation>%1, שכבה %2: לא ניתן לשמור מערכת ייחוס או קידוד טקסט שהוקצו יחד עם הפניה; הטמיעו את השכבה</translation>
    </message>
    <message>
        <source>%1: cannot write the project: %2</source>
        <translation>%1: לא ניתן לכתוב את הפרויקט: %2</translation>
    </message>
    <message>
        <source>%1: cannot commit the imported layers: %2</source>
        <translation>%1: לא ניתן לבצע commit לשכבות שיובאו: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: not a raster dataset that GDAL can read</source>
        <translation>%1: לא ניתן לפתוח: אין זה מערך נתוני רסטר ש־GDAL יכול לקרוא</translation>
    </message>
    <message>
        <source>%1: cannot prepare the raster for drawing: %2</source>
        <translation>%1: לא ניתן להכין את הרסטר לציור: %2</translation>
    </message>
    <message>
        <source>%1: cannot reproject the raster for drawing: %2</source>
        <translation>%1: לא ניתן להטיל מחדש את הרסטר לציור: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the raster: %2</source>
        <translation>%1: לא ניתן לקרוא את הרסטר: %2</translation>
    </message>
    <message>
        <source>a %1 page at %2 dpi is too large for one image (%3 megapixels, at most %4): lower the resolution</source>
        <translation>עמוד %1 ב־%2 dpi גדול מדי לתמונה אחת (%3 מגה־פיקסלים, לכל היותר %4): הקטינו את הרזולוציה</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 pixel page</source>
        <translation>אין די זיכרון לעמוד של %1 x %2 פיקסלים</translation>
    </message>
    <message>
        <source>%1: PNG and SVG hold one page; write the council pack as .pdf or .html</source>
        <translation>%1: קובצי PNG ו־SVG מכילים עמוד אחד; כתבו את חבילת המועצה כ־.pdf או כ־.html</translation>
    </message>
    <message>
        <source>%1: unknown output format (use .pdf, .png, .svg or .html)</source>
        <translation>%1: תבנית פלט לא ידועה (השתמשו ב־.pdf, ‏.png, ‏.svg או ‏.html)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: לא ניתן לכתוב את הקובץ: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: לא ניתן לכתוב את קובץ ה־PNG</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1: לא ניתן לכתוב את קובץ ה־PDF</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1: לא ניתן לכתוב את קובץ ה־SVG</translation>
    </message>
    <message>
        <source>the layer &quot;%1&quot; has no features to frame the map with</source>
        <translation>בשכבה &quot;%1&quot; אין ישויות שלפיהן אפשר למסגר את המפה</translation>
    </message>
    <message>
        <source>the web pack&apos;s resource %1 is missing from the build</source>
        <translation>המשאב %1 של חבילת האינטרנט חסר בבנייה</translation>
    </message>
    <message>
        <source>%1: cannot write the web pack</source>
        <translation>%1: לא ניתן לכתוב את חבילת האינטרנט</translation>
    </message>
    <message>
        <source>%1: refused: the project file holds SQL that Polis did not write and that would run when the project is saved (%2)</source>
        <translation>%1: נדחה: קובץ הפרויקט מכיל SQL ש־Polis לא כתב ושיורץ בעת שמירת הפרויקט (%2)</translation>
    </message>
    <message>
        <source>%1: unknown change &quot;%2&quot;</source>
        <translation>%1: שינוי לא ידוע &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the attributes are not a JSON object</source>
        <translation>%1: המאפיינים אינם אובייקט JSON</translation>
    </message>
    <message>
        <source>cannot create the scenario tables</source>
        <translation>לא ניתן ליצור את טבלאות התרחישים</translation>
    </message>
    <message>
        <source>cannot write scenario %1</source>
        <translation>לא ניתן לכתוב את התרחיש %1</translation>
    </message>
    <message>
        <source>cannot write the changes of scenario %1</source>
        <translation>לא ניתן לכתוב את השינויים של התרחיש %1</translation>
    </message>
    <message>
        <source>cannot write indicator %1</source>
        <translation>לא ניתן לכתוב את המדד %1</translation>
    </message>
    <message>
        <source>%1, change of feature %2 of layer %3</source>
        <translation>%1, שינוי של הישות %2 בשכבה %3</translation>
    </message>
    <message>
        <source>%1: changes of scenario id %2, which the project does not have</source>
        <translation>%1: שינויים של תרחיש מזהה %2, שאינו קיים בפרויקט</translation>
    </message>
    <message>
        <source>layer %1 has no field &quot;%2&quot;</source>
        <translation>בשכבה %1 אין שדה &quot;%2&quot;</translation>
    </message>
    <message>
        <source>layer %1 is not a vector layer</source>
        <translation>השכבה %1 אינה שכבה וקטורית</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of layer %2 is not numeric</source>
        <translation>השדה &quot;%1&quot; בשכבה %2 אינו מספרי</translation>
    </message>
    <message>
        <source>%1, scenario %2: %3</source>
        <translation>%1, תרחיש %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): not reprojected to %3: %4</source>
        <translation>%1 (%2): לא הוטל מחדש אל %3: %4</translation>
    </message>
    <message>
        <source>%1: cannot create the planning layer %2: %3</source>
        <translation>%1: לא ניתן ליצור את שכבת התכנון %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot create the planning layer %2: %3 (%4)</source>
        <translation>%1: לא ניתן ליצור את שכבת התכנון %2: %3 (%4)</translation>
    </message>
    <message>
        <source>not a GeoPackage that can be written</source>
        <translation>אינו GeoPackage שניתן לכתוב אליו</translation>
    </message>
    <message>
        <source>the table exists already</source>
        <translation>הטבלה כבר קיימת</translation>
    </message>
    <message>
        <source>GDAL refused the table</source>
        <translation>GDAL דחה את הטבלה</translation>
    </message>
    <message>
        <source>cannot add field %1</source>
        <translation>לא ניתן להוסיף את השדה %1</translation>
    </message>
    <message>
        <source>the setting %1 has the malformed value &quot;%2&quot;</source>
        <translation>להגדרה %1 יש ערך פגום &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: not a Polis project (not a GeoPackage)</source>
        <translation>%1: אינו פרויקט Polis (אינו GeoPackage)</translation>
    </message>
    <message>
        <source>%1: not a Polis project (not a GeoPackage): %2</source>
        <translation>%1: אינו פרויקט Polis (אינו GeoPackage): %2</translation>
    </message>
    <message>
        <source>%1: not a Polis project (the polis_project and polis_layers tables are missing)</source>
        <translation>%1: אינו פרויקט Polis (הטבלאות polis_project ו־polis_layers חסרות)</translation>
    </message>
    <message>
        <source>%1: written by a newer Polis (project format %2, this version reads up to %3)</source>
        <translation>%1: נכתב בגרסה חדשה יותר של Polis (תבנית פרויקט %2, גרסה זו קוראת עד %3)</translation>
    </message>
    <message>
        <source>%1: map CRS: %2</source>
        <translation>%1: מערכת הייחוס של המפה: %2</translation>
    </message>
    <message>
        <source>%1: project extent &quot;%2&quot; is not xmin,ymin,xmax,ymax</source>
        <translation>%1: תיחום הפרויקט &quot;%2&quot; אינו בצורה xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <source>%1: print layout: %2</source>
        <translation>%1: תבנית ההדפסה: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: the existing file is not a GeoPackage that can be written</source>
        <translation>%1: לא ניתן לשמור: הקובץ הקיים אינו GeoPackage שניתן לכתוב אליו</translation>
    </message>
    <message>
        <source>%1: cannot save: the existing file is not a GeoPackage that can be written (%2)</source>
        <translation>%1: לא ניתן לשמור: הקובץ הקיים אינו GeoPackage שניתן לכתוב אליו (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the project file: %2</source>
        <translation>%1: לא ניתן ליצור את קובץ הפרויקט: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2</source>
        <translation>%1: לא ניתן לשמור את הפרויקט: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2: %3</source>
        <translation>%1: לא ניתן לשמור את הפרויקט: %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: לא ניתן להתחיל טרנזקציה: %2</translation>
    </message>
    <message>
        <source>cannot create the project tables</source>
        <translation>לא ניתן ליצור את טבלאות הפרויקט</translation>
    </message>
    <message>
        <source>cannot replace the previous content</source>
        <translation>לא ניתן להחליף את התוכן הקודם</translation>
    </message>
    <message>
        <source>cannot write the project settings</source>
        <translation>לא ניתן לכתוב את הגדרות הפרויקט</translation>
    </message>
    <message>
        <source>cannot write layer %1</source>
        <translation>לא ניתן לכתוב את השכבה %1</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>לא ניתן לבצע commit</translation>
    </message>
    <message>
        <source>%1: cannot import: cannot write a working copy beside the project (%2)</source>
        <translation>%1: לא ניתן לייבא: לא ניתן לכתוב עותק עבודה לצד הפרויקט (%2)</translation>
    </message>
    <message>
        <source>%1: cannot import: cannot replace the project (%2)</source>
        <translation>%1: לא ניתן לייבא: לא ניתן להחליף את הפרויקט (%2)</translation>
    </message>
    <message>
        <source>%1: cannot import: %2</source>
        <translation>%1: לא ניתן לייבא: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the recovery copy: %2</source>
        <translation>%1: לא ניתן לכתוב את עותק השחזור: %2</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; is ambiguous: several layers read a source layer of that name</source>
        <translation>השכבה &quot;%1&quot; אינה חד־משמעית: כמה שכבות קוראות שכבת מקור בשם זה</translation>
    </message>
    <message>
        <source>the project has no layer &quot;%1&quot;</source>
        <translation>בפרויקט אין שכבה &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a valid expression</source>
        <translation>אינו ביטוי תקין</translation>
    </message>
    <message>
        <source>No field named &quot;%1&quot; (fields: %2)</source>
        <translation>אין שדה בשם &quot;%1&quot; (שדות: %2)</translation>
    </message>
    <message>
        <source>Geodesic measures need a known CRS; this layer has none</source>
        <translation>מדידות גאודזיות דורשות מערכת ייחוס ידועה; לשכבה זו אין מערכת ייחוס</translation>
    </message>
    <message>
        <source>The CRS %1 has no ellipsoid to measure on</source>
        <translation>למערכת הייחוס %1 אין אליפסואיד שעליו אפשר למדוד</translation>
    </message>
    <message>
        <source>Feature %1 cannot be prepared: %2</source>
        <translation>לא ניתן להכין את הישות %1: %2</translation>
    </message>
    <message>
        <source>the query has a location predicate but nothing to relate to</source>
        <translation>בשאילתה יש תנאי מיקום אך אין אל מה לקשר אותו</translation>
    </message>
    <message>
        <source>%1: dwithin needs a projected CRS in metres, but the layer is in %2</source>
        <translation>%1: dwithin דורש מערכת ייחוס מוטלת במטרים, אך השכבה נמצאת ב־%2</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a numeric field of this layer</source>
        <translation>השדה &quot;%1&quot; אינו שדה מספרי של שכבה זו</translation>
    </message>
    <message>
        <source>%1: unknown output format (use .png, .pdf or .svg)</source>
        <translation>%1: תבנית פלט לא ידועה (השתמשו ב־.png, ‏.pdf או ‏.svg)</translation>
    </message>
    <message>
        <source>indicator %1: unknown key &quot;%2&quot;</source>
        <translation>מדד %1: מפתח לא ידוע &quot;%2&quot;</translation>
    </message>
    <message>
        <source>indicator %1: &quot;where&quot; must be an object of field: value pairs</source>
        <translation>מדד %1: &quot;where&quot; חייב להיות אובייקט של זוגות field: value</translation>
    </message>
    <message>
        <source>indicator definition is not a JSON object: %1</source>
        <translation>הגדרת המדד אינה אובייקט JSON: %1</translation>
    </message>
    <message>
        <source>indicator definition without a &quot;name&quot;</source>
        <translation>הגדרת מדד ללא &quot;name&quot;</translation>
    </message>
    <message>
        <source>indicator %1: kind &quot;%2&quot; is not count, sum, length_km or area_km2</source>
        <translation>מדד %1: הסוג &quot;%2&quot; אינו count, ‏sum, ‏length_km או area_km2</translation>
    </message>
    <message>
        <source>indicator %1: no &quot;layer&quot;</source>
        <translation>מדד %1: אין &quot;layer&quot;</translation>
    </message>
    <message>
        <source>indicator %1: a sum needs a &quot;field&quot;</source>
        <translation>מדד %1: סכום (sum) דורש &quot;field&quot;</translation>
    </message>
    <message>
        <source>indicator %1: &quot;within&quot; needs a &quot;layer&quot; and a &quot;distance&quot; &gt;= 0</source>
        <translation>מדד %1: &quot;within&quot; דורש &quot;layer&quot; ו־&quot;distance&quot; &gt;= 0</translation>
    </message>
    <message>
        <source>the project has no scenario &quot;%1&quot; (available: %2)</source>
        <translation>בפרויקט אין תרחיש &quot;%1&quot; (זמינים: %2)</translation>
    </message>
    <message>
        <source>there is no scenario with id %1</source>
        <translation>אין תרחיש עם המזהה %1</translation>
    </message>
    <message>
        <source>a scenario cannot be called &quot;%1&quot;</source>
        <translation>לא ניתן לקרוא לתרחיש &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is already a scenario called &quot;%1&quot;</source>
        <translation>כבר קיים תרחיש בשם &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 does not exist in the scenario</source>
        <translation>הישות %1 בשכבה %2 אינה קיימת בתרחיש</translation>
    </message>
    <message>
        <source>The layer has no field &quot;%1&quot;</source>
        <translation>בשכבה אין שדה &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not numeric</source>
        <translation>השדה &quot;%1&quot; אינו מספרי</translation>
    </message>
    <message>
        <source>Colour ramp &quot;%1&quot; is not known</source>
        <translation>מדרג הצבעים &quot;%1&quot; אינו מוכר</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not known in %2</source>
        <translation>מפתח הסגנון &quot;%1&quot; אינו מוכר עבור %2</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a number</source>
        <translation>מפתח הסגנון &quot;%1&quot; אינו מספר</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds %2, outside %3 to %4</source>
        <translation>מפתח הסגנון &quot;%1&quot; מכיל %2, מחוץ לטווח %3 עד %4</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not text</source>
        <translation>מפתח הסגנון &quot;%1&quot; אינו טקסט</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds &quot;%2&quot;, not a #RRGGBB colour</source>
        <translation>מפתח הסגנון &quot;%1&quot; מכיל &quot;%2&quot; ולא צבע #RRGGBB</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds a length that is not a number from 0 to 1000</source>
        <translation>מפתח הסגנון &quot;%1&quot; מכיל אורך שאינו מספר בין 0 ל־1000</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a list of dash and gap lengths</source>
        <translation>מפתח הסגנון &quot;%1&quot; אינו רשימה של אורכי קווים ורווחים</translation>
    </message>
    <message>
        <source>Style key &quot;marker&quot; holds &quot;%1&quot; (expected circle, square, triangle or diamond)</source>
        <translation>מפתח הסגנון &quot;marker&quot; מכיל &quot;%1&quot; (צפוי circle, ‏square, ‏triangle או diamond)</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a list</source>
        <translation>מפתח הסגנון &quot;%1&quot; אינו רשימה</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds an entry that is not an object</source>
        <translation>מפתח הסגנון &quot;%1&quot; מכיל רשומה שאינה אובייקט</translation>
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
        <translation>מפתח הסגנון &quot;field&quot; חסר ב־&quot;modifiers&quot;: משנים פועלים לפי שדה</translation>
    </message>
    <message>
        <source>a modifier</source>
        <translation>משנה</translation>
    </message>
    <message>
        <source>Style is not a JSON object: %1</source>
        <translation>הסגנון אינו אובייקט JSON: %1</translation>
    </message>
    <message>
        <source>a raster style</source>
        <translation>סגנון רסטר</translation>
    </message>
    <message>
        <source>a single-symbol style</source>
        <translation>סגנון סמל יחיד</translation>
    </message>
    <message>
        <source>a categorized style</source>
        <translation>סגנון מסווג לפי קטגוריות</translation>
    </message>
    <message>
        <source>a graduated style</source>
        <translation>סגנון מדורג</translation>
    </message>
    <message>
        <source>Style type &quot;%1&quot; is not known (expected single, categorized, graduated or raster)</source>
        <translation>סוג הסגנון &quot;%1&quot; אינו מוכר (צפוי single, ‏categorized, ‏graduated או raster)</translation>
    </message>
    <message>
        <source>Style key &quot;field&quot; is missing: a %1 style classifies a field</source>
        <translation>מפתח הסגנון &quot;field&quot; חסר: סגנון %1 מסווג לפי שדה</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>טווח</translation>
    </message>
    <message>
        <source>Style key &quot;ranges&quot; holds a range without &quot;lower&quot; and &quot;upper&quot;</source>
        <translation>מפתח הסגנון &quot;ranges&quot; מכיל טווח ללא &quot;lower&quot; ו־&quot;upper&quot;</translation>
    </message>
    <message>
        <source>Style key &quot;modifiers&quot; makes more than 65536 symbols with the classes</source>
        <translation>מפתח הסגנון &quot;modifiers&quot; יוצר יותר מ־65536 סמלים יחד עם המחלקות</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 in scenario «%3»</source>
        <translation>הישות %1 בשכבה %2 בתרחיש «%3»</translation>
    </message>
    <message>
        <source>%1: the schema &quot;%2&quot; is not a plain name (letters, digits and _, not starting with a digit)</source>
        <translation>%1: הסכמה &quot;%2&quot; אינה שם פשוט (אותיות, ספרות ו־_, ולא בתחילתו ספרה)</translation>
    </message>
    <message>
        <source>%1: a password in the location would be stored with it; put it in ~/.pgpass or a service file instead</source>
        <translation>%1: סיסמה במיקום הייתה נשמרת יחד איתו; שימו אותה ב־~/.pgpass או בקובץ שירות (service) במקום זאת</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: לא ניתן להתחבר: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the database</source>
        <translation>%1: לא ניתן לפתוח את מסד הנתונים</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: לא ניתן לפתוח את מסד הנתונים: %2</translation>
    </message>
    <message>
        <source>scenario «%1»</source>
        <translation>התרחיש «%1»</translation>
    </message>
    <message>
        <source>cannot create the indicator table</source>
        <translation>לא ניתן ליצור את טבלת המדדים</translation>
    </message>
    <message>
        <source>cannot replace the indicators</source>
        <translation>לא ניתן להחליף את המדדים</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>לא ניתן לכתוב את %1</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (נמחק)</translation>
    </message>
    <message>
        <source>the changes of %1</source>
        <translation>השינויים של %1</translation>
    </message>
    <message>
        <source>cannot replace the project revision</source>
        <translation>לא ניתן להחליף את גרסת הפרויקט</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>מסד הנתונים דחה את השינוי</translation>
    </message>
    <message>
        <source>cannot add the new columns</source>
        <translation>לא ניתן להוסיף את העמודות החדשות</translation>
    </message>
    <message>
        <source>the project settings</source>
        <translation>הגדרות הפרויקט</translation>
    </message>
    <message>
        <source>cannot write the project revision</source>
        <translation>לא ניתן לכתוב את גרסת הפרויקט</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, it was removed</source>
        <translation>%1: השינויים שלכם מבוססים על גרסה %2, והפריט הוסר מאז</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, revision %3 was saved by someone</source>
        <translation>%1: השינויים שלכם מבוססים על גרסה %2, וגרסה %3 נשמרה על ידי מישהו אחר</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, revision %3 was saved by %4</source>
        <translation>%1: השינויים שלכם מבוססים על גרסה %2, וגרסה %3 נשמרה על ידי %4</translation>
    </message>
    <message>
        <source>%1: not saved, someone else saved first:%2</source>
        <translation>%1: לא נשמר, מישהו אחר שמר קודם:%2</translation>
    </message>
    <message>
        <source>%1: not saved: the role %2 may only read this project</source>
        <translation>%1: לא נשמר: התפקיד %2 רשאי רק לקרוא את הפרויקט הזה</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>לא ניתן להתחיל טרנזקציה</translation>
    </message>
    <message>
        <source>the table %1 is missing in %2</source>
        <translation>הטבלה %1 חסרה ב־%2</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>שכבה %1: %2</translation>
    </message>
    <message>
        <source>cannot commit the layer tables</source>
        <translation>לא ניתן לבצע commit לטבלאות השכבות</translation>
    </message>
    <message>
        <source>%1: only a project in a database (postgresql://...) can be watched</source>
        <translation>%1: ניתן לעקוב רק אחר פרויקט במסד נתונים (postgresql://...)</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot; (the project has: %2)</source>
        <translation>אין תרחיש &quot;%1&quot; (בפרויקט יש: %2)</translation>
    </message>
    <message>
        <source>no vector layer &quot;%1&quot; in the project</source>
        <translation>בפרויקט אין שכבה וקטורית &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 is removed in scenario %3</source>
        <translation>הישות %1 בשכבה %2 הוסרה בתרחיש %3</translation>
    </message>
    <message>
        <source>indicator %1: &quot;names&quot; must be an object of language: title pairs</source>
        <translation>מדד %1: &quot;names&quot; חייב להיות אובייקט של זוגות שפה: כותרת</translation>
    </message>
    <message>
        <source>%1: map background &quot;%2&quot; is not a colour #rrggbb</source>
        <translation>%1: רקע המפה &quot;%2&quot; אינו צבע ‎#rrggbb</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; on layer %2 is refused: %3</source>
        <translation>המסנן &quot;%1&quot; בשכבה %2 נדחה: %3</translation>
    </message>
    <message>
        <source>%1, layer %2 declares no CRS and its coordinates suggest none: not drawn (give it a CRS, e.g. a .prj file, or import it choosing one)</source>
        <translation>%1, שכבה %2: לא מוצהרת מערכת קואורדינטות והקואורדינטות אינן מרמזות על אף אחת; השכבה לא תצויר (הגדירו לה מערכת קואורדינטות, למשל קובץ .prj, או יבאו אותה ובחרו אחת)</translation>
    </message>
    <message>
        <source>%1, layer %2 declares no CRS: drawn as %3 (%4), which its coordinates suggest</source>
        <translation>%1, שכבה %2: לא מוצהרת מערכת קואורדינטות; מצוירת כ־%3 (%4), כפי שהקואורדינטות מרמזות</translation>
    </message>
</context>
<context>
    <name>polis::FeatureEditTool</name>
    <message>
        <source>Select a feature first (Select mode, then click it)</source>
        <translation>בחרו קודם ישות (מצב בחירה, ואז לחיצה עליה)</translation>
    </message>
    <message>
        <source>Cannot rotate: %1</source>
        <translation>לא ניתן לסובב: %1</translation>
    </message>
    <message>
        <source>Move feature %1 of %2</source>
        <translation>הזזת ישות %1 של %2</translation>
    </message>
    <message>
        <source>Rotate feature %1 of %2</source>
        <translation>סיבוב ישות %1 של %2</translation>
    </message>
    <message>
        <source>Move a vertex of feature %1 of %2</source>
        <translation>הזזת קודקוד של ישות %1 של %2</translation>
    </message>
    <message>
        <source>Cannot insert a vertex: %1</source>
        <translation>לא ניתן להוסיף קודקוד: %1</translation>
    </message>
    <message>
        <source>Insert a vertex into feature %1 of %2</source>
        <translation>הוספת קודקוד לישות %1 של %2</translation>
    </message>
    <message>
        <source>Cannot remove the vertex: %1</source>
        <translation>לא ניתן להסיר את הקודקוד: %1</translation>
    </message>
    <message>
        <source>Remove a vertex of feature %1 of %2</source>
        <translation>הסרת קודקוד של ישות %1 של %2</translation>
    </message>
    <message>
        <source>Cannot reshape: %1</source>
        <translation>לא ניתן לעצב מחדש: %1</translation>
    </message>
    <message>
        <source>Reshape feature %1 of %2</source>
        <translation>עיצוב מחדש של ישות %1 של %2</translation>
    </message>
    <message>
        <source>Cannot split: %1</source>
        <translation>לא ניתן לפצל: %1</translation>
    </message>
    <message>
        <source>Split feature %1 of %2</source>
        <translation>פיצול ישות %1 של %2</translation>
    </message>
</context>
<context>
    <name>polis::ImportController</name>
    <message numerus="yes">
        <source>%n invalid geometry(s) (%1)</source>
        <translation>
            <numerusform>גאומטריה לא תקינה אחת (%1)</numerusform>
            <numerusform>%n גאומטריות לא תקינות (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty geometry(s)</source>
        <translation>
            <numerusform>גאומטריה ריקה אחת</numerusform>
            <numerusform>%n גאומטריות ריקות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) without geometry</source>
        <translation>
            <numerusform>ישות אחת ללא גאומטריה</numerusform>
            <numerusform>%n ישויות ללא גאומטריה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n geometry(s) with unusable coordinates</source>
        <translation>
            <numerusform>גאומטריה אחת עם קואורדינטות לא שמישות</numerusform>
            <numerusform>%n גאומטריות עם קואורדינטות לא שמישות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate id(s) in %1</source>
        <translation>
            <numerusform>מזהה כפול אחד ב־%1</numerusform>
            <numerusform>%n מזהים כפולים ב־%1</numerusform>
        </translation>
    </message>
    <message>
        <source>the feature id</source>
        <translation>מזהה הישות</translation>
    </message>
    <message>
        <source>mixed geometry types: %1</source>
        <translation>סוגי גאומטריה מעורבים: %1</translation>
    </message>
    <message>
        <source>field names probably cut short: %1</source>
        <translation>שמות שדות שכנראה קוצרו: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>בוטל.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n layer(s) imported before.</source>
        <translation>
            <numerusform>בוטל: שכבה אחת יובאה לפני כן.</numerusform>
            <numerusform>בוטל: %n שכבות יובאו לפני כן.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) imported.</source>
        <translation>
            <numerusform>יובאה שכבה אחת.</numerusform>
            <numerusform>יובאו %n שכבות.</numerusform>
        </translation>
    </message>
    <message>
        <source>An assigned CRS or text encoding is kept only when the layers are embedded.</source>
        <translation>מערכת ייחוס או קידוד טקסט שהוקצו נשמרים רק כאשר השכבות מוטמעות.</translation>
    </message>
    <message>
        <source>The coordinates (x %1 to %2, y %3 to %4) cannot be in %5</source>
        <translation>הקואורדינטות (x מ־%1 עד %2, y מ־%3 עד %4) אינן יכולות להיות ב־%5</translation>
    </message>
    <message>
        <source> (its area of use: %1)</source>
        <translation> (אזור השימוש שלה: %1)</translation>
    </message>
    <message>
        <source>; they suggest EPSG:%1.</source>
        <translation>; הן מרמזות על EPSG:%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n geometry(s) repaired</source>
        <translation>
            <numerusform>גאומטריה אחת תוקנה</numerusform>
            <numerusform>%n גאומטריות תוקנו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unusable geometry(s) set to null</source>
        <translation>
            <numerusform>גאומטריה לא שמישה אחת אופסה</numerusform>
            <numerusform>%n גאומטריות לא שמישות אופסו</numerusform>
        </translation>
    </message>
    <message>
        <source>imported although its coordinates cannot be in %1</source>
        <translation>יובאה אף שהקואורדינטות שלה אינן יכולות להיות ב־%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n feature(s), %3 — %4</source>
        <translation>
            <numerusform>%1 (%2): ישות אחת, %3 — %4</numerusform>
            <numerusform>%1 (%2): %n ישויות, %3 — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>ללא בעיות</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) imported; %1 wait for a CRS or your consent.</source>
        <translation>
            <numerusform>יובאה שכבה אחת; %1 ממתינות למערכת ייחוס או לאישורכם.</numerusform>
            <numerusform>יובאו %n שכבות; %1 ממתינות למערכת ייחוס או לאישורכם.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): a reference to the file</source>
        <translation>%1 (%2): הפניה לקובץ</translation>
    </message>
</context>
<context>
    <name>polis::LanguageSettings</name>
    <message>
        <source>System language</source>
        <translation>שפת המערכת</translation>
    </message>
</context>
<context>
    <name>polis::LayerListModel</name>
    <message>
        <source>all other values</source>
        <translation>כל שאר הערכים</translation>
    </message>
    <message>
        <source>Take %1 out of its group</source>
        <translation>הוצאת %1 מהקבוצה שלה</translation>
    </message>
    <message>
        <source>Put %1 into group %2</source>
        <translation>הכנסת %1 לקבוצה %2</translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation>שינוי שם הקבוצה %1 ל־%2</translation>
    </message>
    <message>
        <source>Ungroup %1</source>
        <translation>פירוק הקבוצה %1</translation>
    </message>
    <message>
        <source>Show group %1</source>
        <translation>הצגת הקבוצה %1</translation>
    </message>
    <message>
        <source>Hide group %1</source>
        <translation>הסתרת הקבוצה %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>הצגת %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>הסתרת %1</translation>
    </message>
    <message>
        <source>Change the opacity of %1</source>
        <translation>שינוי האטימות של %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>הזזת %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>הסרת %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>קבוצה %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>שינוי השם %1 ל־%2</translation>
    </message>
</context>
<context>
    <name>polis::LocatorController</name>
    <message>
        <source>Point</source>
        <translation>נקודה</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>קו</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>שטח</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>S</source>
        <translation>ד׳</translation>
    </message>
    <message>
        <source>N</source>
        <translation>צ׳</translation>
    </message>
    <message>
        <source>W</source>
        <translation>מע׳</translation>
    </message>
    <message>
        <source>E</source>
        <translation>מז׳</translation>
    </message>
    <message>
        <source>E %1, N %2</source>
        <translation>מזרח %1, צפון %2</translation>
    </message>
    <message>
        <source>WGS 84 latitude and longitude</source>
        <translation>קו רוחב וקו אורך WGS 84</translation>
    </message>
    <message>
        <source>Greek Grid (EGSA87, EPSG:2100)</source>
        <translation>הרשת היוונית (EGSA87, ‏EPSG:2100)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>קואורדינטות</translation>
    </message>
    <message>
        <source>EPSG:%1 %2</source>
        <translation>EPSG:%1 %2</translation>
    </message>
    <message>
        <source>Where the coordinate reference system is used</source>
        <translation>האזור שבו משתמשים במערכת הייחוס</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>מערכת ייחוס</translation>
    </message>
</context>
<context>
    <name>polis::MapDocument</name>
    <message>
        <source>No file name to save the project to</source>
        <translation>אין שם קובץ לשמירת הפרויקט</translation>
    </message>
    <message>
        <source>Change the style of %1</source>
        <translation>שינוי הסגנון של %1</translation>
    </message>
    <message>
        <source>Map background colour</source>
        <translation>צבע רקע המפה</translation>
    </message>
</context>
<context>
    <name>polis::MeasureController</name>
    <message>
        <source>%1 km</source>
        <translation>%1 ק״מ</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 מ׳</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 קמ״ר</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 הקטאר</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 מ״ר</translation>
    </message>
    <message>
        <source>Click at least three points</source>
        <translation>לחצו על שלוש נקודות לפחות</translation>
    </message>
    <message>
        <source>Click at least two points</source>
        <translation>לחצו על שתי נקודות לפחות</translation>
    </message>
    <message>
        <source>%1 map units</source>
        <translation>%1 יחידות מפה</translation>
    </message>
    <message>
        <source>%1 (geodesic %2)</source>
        <translation>%1 (גאודטי %2)</translation>
    </message>
</context>
<context>
    <name>polis::QueryController</name>
    <message>
        <source>intersecting</source>
        <translation>החותכות את</translation>
    </message>
    <message>
        <source>within</source>
        <translation>בתוך</translation>
    </message>
    <message>
        <source>containing</source>
        <translation>המכילות את</translation>
    </message>
    <message>
        <source>touching</source>
        <translation>הנוגעות ב־</translation>
    </message>
    <message>
        <source>crossing</source>
        <translation>החוצות את</translation>
    </message>
    <message>
        <source>within a distance of</source>
        <translation>במרחק של עד</translation>
    </message>
    <message>
        <source>within %1 m of</source>
        <translation>במרחק של עד %1 מ׳ מ־</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>הבחירה</translation>
    </message>
    <message>
        <source> where %1</source>
        <translation> כאשר %1</translation>
    </message>
    <message>
        <source>Choose a layer and a relation.</source>
        <translation>בחרו שכבה ויחס.</translation>
    </message>
    <message>
        <source>Nothing is selected to query with.</source>
        <translation>לא נבחר דבר לשאילתה.</translation>
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
        <translation>יצירת התרחיש %1</translation>
    </message>
    <message>
        <source>Choose a scenario to duplicate (the baseline is the project&apos;s layers)</source>
        <translation>בחרו תרחיש לשכפול (המצב הקיים הוא שכבות הפרויקט)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>שכפול התרחיש %1 בשם %2</translation>
    </message>
    <message>
        <source>The baseline cannot be renamed</source>
        <translation>לא ניתן לשנות את שם המצב הקיים</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>שינוי שם התרחיש %1 ל־%2</translation>
    </message>
    <message>
        <source>The baseline has no description to edit</source>
        <translation>למצב הקיים אין תיאור לעריכה</translation>
    </message>
    <message>
        <source>Describe scenario %1</source>
        <translation>תיאור התרחיש %1</translation>
    </message>
    <message>
        <source>The baseline cannot be deleted</source>
        <translation>לא ניתן למחוק את המצב הקיים</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>מחיקת התרחיש %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Choose a scenario and a vector layer to sketch into</source>
        <translation>בחרו תרחיש ושכבה וקטורית לשרטוט</translation>
    </message>
    <message>
        <source>Add feature to %1</source>
        <translation>הוספת ישות ל־%1</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to edit its attributes</source>
        <translation>בחרו ישות של תרחיש כדי לערוך את מאפייניה</translation>
    </message>
    <message>
        <source>Edit attributes of feature %1 of %2</source>
        <translation>עריכת המאפיינים של ישות %1 של %2</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to delete it</source>
        <translation>בחרו ישות של תרחיש כדי למחוק אותה</translation>
    </message>
    <message>
        <source>Delete feature %1 of %2</source>
        <translation>מחיקת ישות %1 של %2</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to edit its geometry</source>
        <translation>בחרו ישות של תרחיש כדי לערוך את הגאומטריה שלה</translation>
    </message>
</context>
<context>
    <name>polis::StyleController</name>
    <message>
        <source>Only vector layers have styles.</source>
        <translation>רק לשכבות וקטוריות יש סגנונות.</translation>
    </message>
</context>
<context>
    <name>polis::UndoHistoryModel</name>
    <message>
        <source>Opened</source>
        <translation>נפתח</translation>
    </message>
</context>
<context>
    <name>polis::cli</name>
    <message>
        <source>Buffer distance in the layer&apos;s CRS units (metres)</source>
        <translation>מרחק החיץ ביחידות מערכת הייחוס של השכבה (מטרים)</translation>
    </message>
    <message>
        <source>Line ends: round (default), flat or square</source>
        <translation>קצות קווים: round (עגול, ברירת מחדל), flat (שטוח) או square (מרובע)</translation>
    </message>
    <message>
        <source>Segments per quarter circle (default 8)</source>
        <translation>מקטעים לכל רבע עיגול (ברירת מחדל 8)</translation>
    </message>
    <message>
        <source>Buffer every feature of a layer into a new polygon layer.</source>
        <translation>יצירת חיץ סביב כל ישות בשכבה, לשכבת מצולעים חדשה.</translation>
    </message>
    <message>
        <source>give --distance METRES</source>
        <translation>ציינו ‎--distance מטרים</translation>
    </message>
    <message>
        <source>--cap &quot;%1&quot; is not round, flat or square</source>
        <translation>הערך ‎--cap &quot;%1&quot; אינו round,‏ flat או square</translation>
    </message>
    <message>
        <source>--segments must be a whole number from 1 to 1000</source>
        <translation>הערך ‎--segments חייב להיות מספר שלם מ־1 עד 1000</translation>
    </message>
    <message>
        <source>Import datasets into a project, checking CRS, encoding and geometries</source>
        <translation>ייבוא מערכי נתונים לפרויקט, עם בדיקת מערכת ייחוס, קידוד וגאומטריות</translation>
    </message>
    <message>
        <source>Describe the layers of a dataset or project</source>
        <translation>תיאור השכבות של מערך נתונים או פרויקט</translation>
    </message>
    <message>
        <source>Draw datasets or a project to PNG, PDF or SVG</source>
        <translation>ציור מערכי נתונים או פרויקט ל־PNG,‏ PDF או SVG</translation>
    </message>
    <message>
        <source>Print a project&apos;s map layout (or the council pack) to PDF, PNG or SVG</source>
        <translation>הדפסת פריסת המפה של פרויקט (או חבילת המועצה) ל־PDF,‏ PNG או SVG</translation>
    </message>
    <message>
        <source>Select features by location (intersects, within, dwithin...)</source>
        <translation>בחירת ישויות לפי מיקום (intersects,‏ within,‏ dwithin...)</translation>
    </message>
    <message>
        <source>Buffer features into a new polygon layer</source>
        <translation>חיץ סביב ישויות לשכבת מצולעים חדשה</translation>
    </message>
    <message>
        <source>Union features, per value of a field</source>
        <translation>איחוד ישויות, לפי ערך של שדה</translation>
    </message>
    <message>
        <source>Clip, difference or intersection with another layer</source>
        <translation>חיתוך, הפרש או חיתוך משותף עם שכבה אחרת</translation>
    </message>
    <message>
        <source>The k nearest features with their distances</source>
        <translation>k הישויות הקרובות ביותר עם מרחקיהן</translation>
    </message>
    <message>
        <source>Count, sum, mean, area and length, grouped by a field</source>
        <translation>ספירה, סכום, ממוצע, שטח ואורך, מקובצים לפי שדה</translation>
    </message>
    <message>
        <source>List, compare and measure a project&apos;s planning scenarios</source>
        <translation>רשימה, השוואה ומדידה של תרחישי התכנון של פרויקט</translation>
    </message>
    <message>
        <source>Usage: polis [PROJECT]            open the map window</source>
        <translation>שימוש: polis [פרויקט]              פתיחת חלון המפה</translation>
    </message>
    <message>
        <source>       polis COMMAND [OPTIONS]    run a command (polis COMMAND --help)</source>
        <translation>       polis פקודה [אפשרויות]     הרצת פקודה (polis פקודה ‎--help)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>פקודות:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>אפשרויות:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>הצגת עזרה זו</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>הצגת הגרסה</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 an input problem (the message names the file), 2 a usage error.</source>
        <translation>קודי יציאה: 0 הצלחה, 1 בעיה בקלט (ההודעה מציינת את הקובץ), 2 שגיאת שימוש.</translation>
    </message>
    <message>
        <source>Try: polis %1 --help</source>
        <translation>נסו: polis %1 --help</translation>
    </message>
    <message>
        <source>Usage: polis %1 %2</source>
        <translation>שימוש: polis %1 %2</translation>
    </message>
    <message>
        <source>The overlay layer: dataset path or path:layer</source>
        <translation>שכבת החפיפה: נתיב מערך נתונים או נתיב:שכבה</translation>
    </message>
    <message>
        <source>clip (default: the parts inside), difference (outside) or intersection (pairs, attributes of both)</source>
        <translation>clip (ברירת מחדל: החלקים שבפנים), difference (שבחוץ) או intersection (זוגות, עם מאפייני שתיהן)</translation>
    </message>
    <message>
        <source>Overlay a layer with another: clip, difference or intersection.</source>
        <translation>חפיפת שכבה עם שכבה אחרת: חיתוך, הפרש או חיתוך משותף.</translation>
    </message>
    <message>
        <source>--op &quot;%1&quot; is not clip, difference or intersection</source>
        <translation>הערך ‎--op &quot;%1&quot; אינו clip,‏ difference או intersection</translation>
    </message>
    <message>
        <source>give the overlay layer with --with SRC</source>
        <translation>ציינו את שכבת החפיפה עם ‎--with מקור</translation>
    </message>
    <message>
        <source>Field whose values form the groups (default: everything in one)</source>
        <translation>שדה שערכיו יוצרים את הקבוצות (ברירת מחדל: הכול בקבוצה אחת)</translation>
    </message>
    <message>
        <source>Union the features of a layer, per value of a field.</source>
        <translation>איחוד הישויות של שכבה, לפי ערך של שדה.</translation>
    </message>
    <message>
        <source>--paper &quot;%1&quot; is not one of A4, A3, A2, A1, A0</source>
        <translation>הערך ‎--paper &quot;%1&quot; אינו אחד מ־A4,‏ A3,‏ A2,‏ A1,‏ A0</translation>
    </message>
    <message>
        <source>--orientation &quot;%1&quot; is not portrait or landscape</source>
        <translation>הערך ‎--orientation &quot;%1&quot; אינו portrait או landscape</translation>
    </message>
    <message>
        <source>Print a project&apos;s map with its layout (title, legend, scale bar, north arrow, CRS, date) to PDF, PNG or SVG; --all-scenarios makes the council pack.</source>
        <translation>הדפסת המפה של פרויקט עם הפריסה שלה (כותרת, מקרא, סרגל קנה מידה, חץ צפון, מערכת ייחוס, תאריך) ל־PDF,‏ PNG או SVG; ‏‎--all-scenarios יוצר את חבילת המועצה.</translation>
    </message>
    <message>
        <source>The scenario to print (default: baseline)</source>
        <translation>התרחיש להדפסה (ברירת מחדל: baseline)</translation>
    </message>
    <message>
        <source>A multi-page PDF: one page per scenario and a summary page</source>
        <translation>PDF מרובה עמודים: עמוד לכל תרחיש ועמוד סיכום</translation>
    </message>
    <message>
        <source>Paper size: A4, A3, A2, A1 or A0 (default: the project&apos;s layout)</source>
        <translation>גודל נייר: A4,‏ A3,‏ A2,‏ A1 או A0 (ברירת מחדל: לפי פריסת הפרויקט)</translation>
    </message>
    <message>
        <source>portrait or landscape (default: the project&apos;s layout)</source>
        <translation>portrait (לאורך) או landscape (לרוחב) (ברירת מחדל: לפי פריסת הפרויקט)</translation>
    </message>
    <message>
        <source>PNG resolution; rasters in PDF and SVG at most 200 (default 150)</source>
        <translation>רזולוציית PNG; רסטרים ב־PDF וב־SVG לכל היותר 200 (ברירת מחדל 150)</translation>
    </message>
    <message>
        <source>Title (default: the layout&apos;s, else the project&apos;s)</source>
        <translation>כותרת (ברירת מחדל: של הפריסה, אחרת של הפרויקט)</translation>
    </message>
    <message>
        <source>The project (.polis)</source>
        <translation>הפרויקט (‎.polis)</translation>
    </message>
    <message>
        <source>give exactly one PROJECT</source>
        <translation>ציינו פרויקט אחד בדיוק</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.pdf|.png|.svg</source>
        <translation>ציינו את קובץ הפלט עם ‎-o OUT.pdf|.png|.svg</translation>
    </message>
    <message>
        <source>give --scenario NAME or --all-scenarios, not both</source>
        <translation>ציינו ‎--scenario שם או ‎--all-scenarios, לא את שניהם</translation>
    </message>
    <message>
        <source>--dpi &quot;%1&quot; is not a whole number from 36 to 1200</source>
        <translation>הערך ‎--dpi &quot;%1&quot; אינו מספר שלם מ־36 עד 1200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project: export prints .polis projects</source>
        <translation>&quot;%1&quot; אינו פרויקט: הייצוא מדפיס פרויקטים מסוג ‎.polis</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>נכתב %1</translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation>%1: יובא</translation>
    </message>
    <message>
        <source>%1 -&gt; table %2: %3 features (%4), CRS %5%6, encoding %7 (%8)</source>
        <translation>%1 ← טבלה %2: %3 ישויות (%4), מערכת ייחוס %5%6, קידוד %7 (%8)</translation>
    </message>
    <message>
        <source> (assigned)</source>
        <translation> (הוקצתה)</translation>
    </message>
    <message>
        <source>geometries: %1 invalid, %2 empty, %3 null, %4 unusable; %5 repaired, %6 set to null</source>
        <translation>גאומטריות: %1 לא תקינות, %2 ריקות, %3 חסרות, %4 לא שמישות; %5 תוקנו, %6 אופסו</translation>
    </message>
    <message>
        <source>%1 duplicate id(s), mixed geometry types: %2, truncated field names: %3</source>
        <translation>%1 מזהים כפולים, סוגי גאומטריה מעורבים: %2, שמות שדות מקוצרים: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>Import datasets (files, .zip shapefiles, folders) into a project, creating it when missing. Each layer is embedded in the project in its own CRS, after checking its CRS, text encoding and geometries.</source>
        <translation>ייבוא מערכי נתונים (קבצים, קובצי shapefile ב־‎.zip, תיקיות) לפרויקט, ויצירתו אם אינו קיים. כל שכבה מוטמעת בפרויקט במערכת הייחוס שלה, לאחר בדיקת מערכת הייחוס, קידוד הטקסט והגאומטריות שלה.</translation>
    </message>
    <message>
        <source>The project to import into (created when missing)</source>
        <translation>הפרויקט שאליו מייבאים (נוצר אם אינו קיים)</translation>
    </message>
    <message>
        <source>CRS for layers that declare none, and the map CRS of a new project</source>
        <translation>מערכת ייחוס לשכבות שאינן מצהירות על אחת, ומערכת הייחוס של המפה בפרויקט חדש</translation>
    </message>
    <message>
        <source>Text encoding of shapefiles (CP1253, ISO-8859-7, UTF-8...)</source>
        <translation>קידוד הטקסט של קובצי shapefile ‏(CP1253,‏ ISO-8859-7,‏ UTF-8...)</translation>
    </message>
    <message>
        <source>Repair invalid geometries (GEOS MakeValid); unusable ones become null</source>
        <translation>תיקון גאומטריות לא תקינות (GEOS MakeValid); לא שמישות מאופסות</translation>
    </message>
    <message>
        <source>Print one JSON document (keys documented in the README)</source>
        <translation>הדפסת מסמך JSON אחד (המפתחות מתועדים ב־README)</translation>
    </message>
    <message>
        <source>Dataset path, .zip shapefile or folder</source>
        <translation>נתיב מערך נתונים, shapefile ב־‎.zip או תיקייה</translation>
    </message>
    <message>
        <source>polis import: give at least one SOURCE and --into PROJECT.polis (see polis import --help)</source>
        <translation>polis import: ציינו מקור אחד לפחות ו־‎--into PROJECT.polis (ראו polis import --help)</translation>
    </message>
    <message>
        <source>%1: the folder holds no datasets</source>
        <translation>%1: התיקייה אינה מכילה מערכי נתונים</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Raster %1: %2 x %3 pixels, %4 band(s), CRS %5</source>
        <translation>רסטר %1: ‏%2 x %3 פיקסלים, %4 ערוצים, מערכת ייחוס %5</translation>
    </message>
    <message>
        <source>Extent: %1</source>
        <translation>תיחום: %1</translation>
    </message>
    <message>
        <source>Layer %1: %2, %3 features, CRS %4, encoding %5</source>
        <translation>שכבה %1: ‏%2, %3 ישויות, מערכת ייחוס %4, קידוד %5</translation>
    </message>
    <message>
        <source>No CRS declared; the coordinates suggest %1</source>
        <translation>לא הוצהרה מערכת ייחוס; הקואורדינטות מרמזות על %1</translation>
    </message>
    <message>
        <source>Dataset path, path:layer, or GDAL connection string</source>
        <translation>נתיב מערך נתונים, נתיב:שכבה או מחרוזת חיבור של GDAL</translation>
    </message>
    <message>
        <source>polis info: give exactly one SOURCE (see polis info --help)</source>
        <translation>polis info: ציינו מקור אחד בדיוק (ראו polis info --help)</translation>
    </message>
    <message>
        <source>Write the result to OUT (.gpkg, .geojson or .csv)</source>
        <translation>כתיבת התוצאה ל־OUT ‏(‎.gpkg,‏ ‎.geojson או ‎.csv)</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .gpkg, .geojson or .csv</source>
        <translation>הפלט &quot;%1&quot; חייב להסתיים ב־‎.gpkg,‏ ‎.geojson או ‎.csv</translation>
    </message>
    <message>
        <source>polis %1: %2 feature(s) with invalid geometry were skipped</source>
        <translation>polis %1: דולגו %2 ישויות עם גאומטריה לא תקינה</translation>
    </message>
    <message>
        <source>Attribute filter (OGR SQL), e.g. &quot;use = &apos;school&apos;&quot;</source>
        <translation>מסנן מאפיינים (OGR SQL), למשל &quot;use = &apos;school&apos;&quot;</translation>
    </message>
    <message>
        <source>Print one JSON document: count, invalid, invalid_ids</source>
        <translation>הדפסת מסמך JSON אחד: count,‏ invalid,‏ invalid_ids</translation>
    </message>
    <message>
        <source>Dataset path or path:layer</source>
        <translation>נתיב מערך נתונים או נתיב:שכבה</translation>
    </message>
    <message>
        <source>give exactly one SOURCE</source>
        <translation>ציינו מקור אחד בדיוק</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.gpkg|.geojson|.csv</source>
        <translation>ציינו את קובץ הפלט עם ‎-o OUT.gpkg|.geojson|.csv</translation>
    </message>
    <message>
        <source> or </source>
        <translation> או </translation>
    </message>
    <message>
        <source>The layer to relate to: dataset path or path:layer</source>
        <translation>השכבה שאליה מתייחסים: נתיב מערך נתונים או נתיב:שכבה</translation>
    </message>
    <message>
        <source>For dwithin: the distance in the layer&apos;s CRS units (metres)</source>
        <translation>עבור dwithin: המרחק ביחידות מערכת הייחוס של השכבה (מטרים)</translation>
    </message>
    <message>
        <source>give --op and --with together</source>
        <translation>ציינו ‎--op ו־‎--with יחד</translation>
    </message>
    <message>
        <source>--op &quot;%1&quot; is not one of %2</source>
        <translation>הערך ‎--op &quot;%1&quot; אינו אחד מ־%2</translation>
    </message>
    <message>
        <source>--distance only applies to --op %1</source>
        <translation>‎--distance חל רק על ‎--op %1</translation>
    </message>
    <message>
        <source>%1 needs --distance, a number of metres &gt;= 0</source>
        <translation>%1 דורש ‎--distance, מספר מטרים ‎&gt;= 0</translation>
    </message>
    <message>
        <source>For each feature of --to, the k nearest features of --layer with their exact distances.</source>
        <translation>לכל ישות של ‎--to, ‏k הישויות הקרובות ביותר של ‎--layer עם מרחקיהן המדויקים.</translation>
    </message>
    <message>
        <source>The layer to search: dataset path or path:layer</source>
        <translation>השכבה לחיפוש: נתיב מערך נתונים או נתיב:שכבה</translation>
    </message>
    <message>
        <source>The features to measure from: dataset path or path:layer</source>
        <translation>הישויות שמהן מודדים: נתיב מערך נתונים או נתיב:שכבה</translation>
    </message>
    <message>
        <source>How many neighbours (default 1)</source>
        <translation>כמה שכנים (ברירת מחדל 1)</translation>
    </message>
    <message>
        <source>Only neighbours this close (CRS units, metres)</source>
        <translation>רק שכנים קרובים כל כך (יחידות מערכת הייחוס, מטרים)</translation>
    </message>
    <message>
        <source>Attribute filter on --layer (OGR SQL)</source>
        <translation>מסנן מאפיינים על ‎--layer ‏(OGR SQL)</translation>
    </message>
    <message>
        <source>Print one JSON document</source>
        <translation>הדפסת מסמך JSON אחד</translation>
    </message>
    <message>
        <source>give --layer and --to</source>
        <translation>ציינו ‎--layer ו־‎--to</translation>
    </message>
    <message>
        <source>-k must be a whole number from 1 to 100000</source>
        <translation>‎-k חייב להיות מספר שלם מ־1 עד 100000</translation>
    </message>
    <message>
        <source>--max-distance must be a number of metres &gt;= 0</source>
        <translation>‎--max-distance חייב להיות מספר מטרים ‎&gt;= 0</translation>
    </message>
    <message>
        <source>%1 (%2 m)</source>
        <translation>%1 (%2 מ׳)</translation>
    </message>
    <message>
        <source>Select the features of a layer by their spatial relation to another.</source>
        <translation>בחירת הישויות של שכבה לפי היחס המרחבי שלהן לשכבה אחרת.</translation>
    </message>
    <message>
        <source>Attribute filter on --layer (OGR SQL), e.g. &quot;use = &apos;school&apos;&quot;</source>
        <translation>מסנן מאפיינים על ‎--layer ‏(OGR SQL), למשל &quot;use = &apos;school&apos;&quot;</translation>
    </message>
    <message>
        <source>Print only the number of matches</source>
        <translation>הדפסת מספר ההתאמות בלבד</translation>
    </message>
    <message>
        <source>Print one JSON document: count, ids, load_ms, query_ms, invalid</source>
        <translation>הדפסת מסמך JSON אחד: count,‏ ids,‏ load_ms,‏ query_ms,‏ invalid</translation>
    </message>
    <message>
        <source>give --layer, --op and --with</source>
        <translation>ציינו ‎--layer,‏ ‎--op ו־‎--with</translation>
    </message>
    <message>
        <source>%1 feature(s) match</source>
        <translation>%1 ישויות תואמות</translation>
    </message>
    <message>
        <source>polis query: %1 feature(s) with invalid geometry were skipped</source>
        <translation>polis query: דולגו %1 ישויות עם גאומטריה לא תקינה</translation>
    </message>
    <message>
        <source>Draw projects, datasets or &quot;path:layer&quot; sources into one map image.</source>
        <translation>ציור פרויקטים, מערכי נתונים או מקורות &quot;נתיב:שכבה&quot; לתמונת מפה אחת.</translation>
    </message>
    <message>
        <source>Output file: .png, .pdf or .svg</source>
        <translation>קובץ פלט: ‎.png,‏ ‎.pdf או ‎.svg</translation>
    </message>
    <message>
        <source>Output size in pixels (default 1600x1200)</source>
        <translation>גודל הפלט בפיקסלים (ברירת מחדל 1600x1200)</translation>
    </message>
    <message>
        <source>Map CRS, e.g. EPSG:2100 (default: the project&apos;s or first layer&apos;s)</source>
        <translation>מערכת הייחוס של המפה, למשל EPSG:2100 (ברירת מחדל: של הפרויקט או של השכבה הראשונה)</translation>
    </message>
    <message>
        <source>Map extent in the map CRS (default: everything)</source>
        <translation>תיחום המפה במערכת הייחוס של המפה (ברירת מחדל: הכול)</translation>
    </message>
    <message>
        <source>Draw this scenario of the project (default: baseline)</source>
        <translation>ציור תרחיש זה של הפרויקט (ברירת מחדל: baseline)</translation>
    </message>
    <message>
        <source>Project (.polis), dataset path or path:layer; several allowed</source>
        <translation>פרויקט (‎.polis), נתיב מערך נתונים או נתיב:שכבה; מותרים כמה</translation>
    </message>
    <message>
        <source>give at least one SOURCE</source>
        <translation>ציינו מקור אחד לפחות</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.png|.pdf|.svg</source>
        <translation>ציינו את קובץ הפלט עם ‎-o OUT.png|.pdf|.svg</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .png, .pdf or .svg</source>
        <translation>הפלט &quot;%1&quot; חייב להסתיים ב־‎.png,‏ ‎.pdf או ‎.svg</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT in pixels (1-20000)</source>
        <translation>הערך ‎--size &quot;%1&quot; אינו רוחבxגובה בפיקסלים (1-20000)</translation>
    </message>
    <message>
        <source>--extent &quot;%1&quot; is not xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>הערך ‎--extent &quot;%1&quot; אינו xmin,ymin,xmax,ymax עם xmin &lt; xmax ו־ymin &lt; ymax</translation>
    </message>
    <message>
        <source>--scenario needs exactly one SOURCE, a project (.polis)</source>
        <translation>‎--scenario דורש מקור אחד בדיוק, פרויקט (‎.polis)</translation>
    </message>
    <message>
        <source>polis render: nothing to draw; no output written</source>
        <translation>polis render: אין מה לצייר; לא נכתב פלט</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>שינויים: %1</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 modified</source>
        <translation>%1: ‏%2 נוספו, %3 הוסרו, %4 שונו</translation>
    </message>
    <message>
        <source>Total: %1 added, %2 removed, %3 modified</source>
        <translation>סך הכול: %1 נוספו, %2 הוסרו, %3 שונו</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <source>Planning scenarios of a project: list them, compare two (what is added, removed and modified) or compute the project&apos;s indicators for every scenario.</source>
        <translation>תרחישי התכנון של פרויקט: רשימה, השוואה בין שניים (מה נוסף, הוסר ושונה) או חישוב מדדי הפרויקט לכל תרחיש.</translation>
    </message>
    <message>
        <source>Print the result as JSON</source>
        <translation>הדפסת התוצאה כ־JSON</translation>
    </message>
    <message>
        <source>diff: the two scenarios (&quot;baseline&quot; for the project&apos;s layers)</source>
        <translation>diff: שני התרחישים (&quot;baseline&quot; עבור שכבות הפרויקט)</translation>
    </message>
    <message>
        <source>diff needs PROJECT A B</source>
        <translation>diff דורש פרויקט A B</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project (.polis)</source>
        <translation>&quot;%1&quot; אינו פרויקט (‎.polis)</translation>
    </message>
    <message>
        <source>Count, sum and mean of a field, total area and length, per group.</source>
        <translation>ספירה, סכום וממוצע של שדה, סך שטח ואורך, לכל קבוצה.</translation>
    </message>
    <message>
        <source>Numeric field to sum and average</source>
        <translation>שדה מספרי לסכום ולממוצע</translation>
    </message>
    <message>
        <source>Field whose values form the groups (default: one group)</source>
        <translation>שדה שערכיו יוצרים את הקבוצות (ברירת מחדל: קבוצה אחת)</translation>
    </message>
    <message>
        <source>Attribute filter (OGR SQL)</source>
        <translation>מסנן מאפיינים (OGR SQL)</translation>
    </message>
    <message>
        <source>Measure area and length on the ellipsoid (m², m)</source>
        <translation>מדידת שטח ואורך על האליפסואיד (מ״ר, מ׳)</translation>
    </message>
    <message>
        <source>count %1, area %2, length %3</source>
        <translation>ספירה %1, שטח %2, אורך %3</translation>
    </message>
    <message>
        <source>, sum %1, mean %2</source>
        <translation>, סכום %1, ממוצע %2</translation>
    </message>
    <message>
        <source>Language of the printed texts: %1 (default: the project&apos;s council language, else the system&apos;s)</source>
        <translation>שפת הטקסטים המודפסים: %1 (ברירת מחדל: שפת המועצה של הפרויקט, אחרת של המערכת)</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not one of %2</source>
        <translation>הערך ‎--lang &quot;%1&quot; אינו אחד מ־%2</translation>
    </message>
    <message>
        <source>Open the project&apos;s layers that reach the network or another host&apos;s database (only for projects you trust)</source>
        <translation>פתיחת שכבות הפרויקט שניגשות לרשת או למסד נתונים במארח אחר (רק בפרויקטים שאתם סומכים עליהם)</translation>
    </message>
    <message>
        <source>Open the project&apos;s layers stored outside its folder (only for projects you trust)</source>
        <translation>פתיחת שכבות הפרויקט שמאוחסנות מחוץ לתיקייה שלו (רק בפרויקטים שאתם סומכים עליהם)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>נכשל: %1</translation>
    </message>
    <message>
        <source>polis: unknown command &quot;%1&quot;</source>
        <translation>polis: פקודה לא ידועה &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--extent-mode &quot;%1&quot; is not view, fixed, layer or changes</source>
        <translation>הערך ‎--extent-mode &quot;%1&quot; אינו view,‏ fixed,‏ layer או changes</translation>
    </message>
    <message>
        <source>--extent gives a fixed extent: leave out --extent-layer and --extent-mode other than fixed</source>
        <translation>‎--extent קובע תיחום קבוע: השמיטו את ‎--extent-layer ואת ‎--extent-mode בערך שאינו fixed</translation>
    </message>
    <message>
        <source>--extent-layer frames a layer: leave out --extent-mode other than layer</source>
        <translation>‎--extent-layer ממסגר שכבה: השמיטו את ‎--extent-mode בערך שאינו layer</translation>
    </message>
    <message>
        <source>Output file: .pdf, .png, .svg or .html (the interactive web pack)</source>
        <translation>קובץ פלט: ‎.pdf,‏ ‎.png,‏ ‎.svg או ‎.html (חבילת האינטרנט האינטראקטיבית)</translation>
    </message>
    <message>
        <source>Every map page shows this extent (map CRS)</source>
        <translation>כל עמוד מפה מציג תיחום זה (במערכת הייחוס של המפה)</translation>
    </message>
    <message>
        <source>Every map page shows this layer&apos;s extent</source>
        <translation>כל עמוד מפה מציג את התיחום של שכבה זו</translation>
    </message>
    <message>
        <source>What each map page shows: view (the project&apos;s), fixed (--extent or the layout&apos;s), layer (--extent-layer) or changes (what the page&apos;s scenario changes; the default)</source>
        <translation>מה מציג כל עמוד מפה: view (התצוגה של הפרויקט), fixed (‎--extent או של הפריסה), layer (‎--extent-layer) או changes (מה שהתרחיש של העמוד משנה; ברירת המחדל)</translation>
    </message>
    <message>
        <source>Print the pages (scenario, extent in the map CRS, layers drawn) as JSON</source>
        <translation>הדפסת העמודים (תרחיש, תיחום במערכת הייחוס של המפה, השכבות המצוירות) כ־JSON</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .pdf, .png, .svg or .html</source>
        <translation>הפלט &quot;%1&quot; חייב להסתיים ב־‎.pdf,‏ ‎.png,‏ ‎.svg או ‎.html</translation>
    </message>
    <message>
        <source>--all-scenarios makes a multi-page PDF or a web pack: the output must end in .pdf or .html</source>
        <translation>‎--all-scenarios יוצר PDF מרובה עמודים או חבילת אינטרנט: הפלט חייב להסתיים ב־‎.pdf או ‎.html</translation>
    </message>
    <message>
        <source>--extent-mode layer needs the layer: give --extent-layer NAME</source>
        <translation>‎--extent-mode layer דורש את השכבה: ציינו ‎--extent-layer שם</translation>
    </message>
    <message>
        <source>Import layers whose coordinates lie outside the area of use of their CRS</source>
        <translation>ייבוא שכבות שהקואורדינטות שלהן נמצאות מחוץ לאזור השימוש של מערכת הייחוס שלהן</translation>
    </message>
    <message>
        <source>Copy a project into a PostgreSQL database (push) or back to a file (pull)</source>
        <translation>העתקת פרויקט למסד נתונים PostgreSQL‏ (push) או חזרה לקובץ (pull)</translation>
    </message>
    <message>
        <source>Copy a project between a file and a PostgreSQL database: push FILE.polis URI puts it into the schema of URI (postgresql://[user@]host[:port]/dbname?schema=NAME; passwords from ~/.pgpass), pull URI FILE.polis takes it back offline. Embedded layers become tables of the target.</source>
        <translation>העתקת פרויקט בין קובץ למסד נתונים PostgreSQL:‏ push FILE.polis URI מכניס אותו לסכמה של URI ‏(postgresql://[user@]host[:port]/dbname?schema=NAME; סיסמאות מ־~/.pgpass), ‏pull URI FILE.polis מחזיר אותו לעבודה לא מקוונת. שכבות משובצות הופכות לטבלאות של היעד.</translation>
    </message>
    <message>
        <source>push: copy the referenced vector datasets into the database too</source>
        <translation>push: להעתיק למסד הנתונים גם את מערכי הנתונים הווקטוריים שאליהם יש הפניה</translation>
    </message>
    <message>
        <source>The project to copy (.polis file or postgresql:// URI)</source>
        <translation>הפרויקט להעתקה (קובץ ‎.polis או URI‏ postgresql://)</translation>
    </message>
    <message>
        <source>Where to copy it</source>
        <translation>לאן להעתיק אותו</translation>
    </message>
    <message>
        <source>%1 needs FROM and TO</source>
        <translation>‏%1 צריך FROM ו־TO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database location (postgresql://...)</source>
        <translation>&quot;%1&quot; אינו מיקום של מסד נתונים (postgresql://...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project file (.polis)</source>
        <translation>&quot;%1&quot; אינו קובץ פרויקט (‎.polis)</translation>
    </message>
    <message>
        <source>--embed is for push</source>
        <translation>‏--embed מיועד ל־push</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 layer table(s), %4 feature(s), in %5 s</source>
        <translation>‏%1 הועתק אל %2: ‏%3 טבלאות שכבה, %4 ישויות, תוך %5 שניות</translation>
    </message>
    <message>
        <source>Layers left as references: %1</source>
        <translation>שכבות שנשארו כהפניות: %1</translation>
    </message>
    <message>
        <source>Saved feature %1 of layer %2 in scenario %3: revision %4</source>
        <translation>ישות %1 בשכבה %2 בתרחיש %3 נשמרה: גרסה %4</translation>
    </message>
    <message>
        <source>set: the layer (its name in the project)</source>
        <translation>set: השכבה (שמה בפרויקט)</translation>
    </message>
    <message>
        <source>set: the feature id</source>
        <translation>set: מזהה הישות</translation>
    </message>
    <message>
        <source>set: a new value, KEY=VALUE (KEY= for null); repeat for several</source>
        <translation>set: ערך חדש, KEY=VALUE‏ (KEY= לערך ריק); חזרו על כך לכמה ערכים</translation>
    </message>
    <message>
        <source>set: refuse (exit 1) when the feature was saved after this revision</source>
        <translation>set: לסרב (קוד יציאה 1) כאשר הישות נשמרה אחרי גרסה זו</translation>
    </message>
    <message>
        <source>list, diff, indicators or set</source>
        <translation>list, diff, indicators או set</translation>
    </message>
    <message>
        <source>give the action: list, diff, indicators or set</source>
        <translation>ציינו את הפעולה: list, diff, indicators או set</translation>
    </message>
    <message>
        <source>set needs PROJECT SCENARIO</source>
        <translation>‏set צריך PROJECT SCENARIO</translation>
    </message>
    <message>
        <source>set needs --layer NAME, --fid N (a whole number) and --field KEY=VALUE; --base-revision is a whole number</source>
        <translation>‏set צריך ‎--layer NAME‏, ‎--fid N‏ (מספר שלם) ו־‎--field KEY=VALUE‏; ‎--base-revision‏ הוא מספר שלם</translation>
    </message>
    <message>
        <source>%1: not saved: the database role %2 may only read this project (read-only); ask for write access (GRANT INSERT, UPDATE, DELETE)</source>
        <translation>‏%1: לא נשמר: תפקיד מסד הנתונים %2 רשאי רק לקרוא את הפרויקט הזה (קריאה בלבד); בקשו הרשאת כתיבה (GRANT INSERT, UPDATE, DELETE)</translation>
    </message>
    <message>
        <source>Watching %1 for saves</source>
        <translation>מעקב אחר שמירות של %1</translation>
    </message>
    <message>
        <source>Scenario «%1» was changed by %2 (revision %3)</source>
        <translation>התרחיש «%1» שונה על ידי %2 (גרסה %3)</translation>
    </message>
    <message>
        <source>The project was changed by %1 (revision %2)</source>
        <translation>הפרויקט שונה על ידי %1 (גרסה %2)</translation>
    </message>
    <message>
        <source>watch: stop after N saves (default 1)</source>
        <translation>watch: לעצור אחרי N שמירות (ברירת מחדל 1)</translation>
    </message>
    <message>
        <source>watch: give up after S seconds (default 60; exit 1)</source>
        <translation>watch: לוותר אחרי S שניות (ברירת מחדל 60; קוד יציאה 1)</translation>
    </message>
    <message>
        <source>push, pull or watch</source>
        <translation>push, pull או watch</translation>
    </message>
    <message>
        <source>give the action: push, pull or watch URI</source>
        <translation>ציינו את הפעולה: push, pull או watch URI</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>מצב קיים</translation>
    </message>
    <message>
        <source>Describe every layer of a dataset or &quot;path:layer&quot;; for a project its map layers with their sources, CRS, scenarios and indicators.</source>
        <translation>תיאור כל שכבה של מערך נתונים או &quot;נתיב:שכבה&quot;; לפרויקט: שכבות המפה עם מקורותיהן, מערכת הייחוס, התרחישים והמדדים.</translation>
    </message>
    <message>
        <source>For a project: its tables as a dataset, not the map it describes</source>
        <translation>לפרויקט: הטבלאות שלו כמערך נתונים, לא המפה שהוא מתאר</translation>
    </message>
    <message>
        <source>embedded in the project</source>
        <translation>מוטמע בפרויקט</translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation>פרויקט %1: %2</translation>
    </message>
    <message>
        <source>Map CRS: %1 (%2)</source>
        <translation>מערכת הייחוס של המפה: %1 (%2)</translation>
    </message>
    <message>
        <source>Layers, drawn bottom to top: %1</source>
        <translation>שכבות, מצוירות מלמטה למעלה: %1</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>רסטר</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>וקטור</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>מוסתרת</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>קבוצה %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>נתונים: %1</translation>
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation>תרחישים: %1</translation>
    </message>
    <message>
        <source>Shown when opened: %1</source>
        <translation>מוצג בפתיחה: %1</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>מדדים: %1</translation>
    </message>
    <message>
        <source>%1 (changes: %2)</source>
        <translation>%1 (שינויים: %2)</translation>
    </message>
    <message>
        <source>polis export: warning: %1</source>
        <translation>polis export: אזהרה: %1</translation>
    </message>
    <message>
        <source>polis render: warning: %1</source>
        <translation>polis render: אזהרה: %1</translation>
    </message>
    <message>
        <source>polis scenario: warning: %1</source>
        <translation>polis scenario: אזהרה: %1</translation>
    </message>
</context>
<context>
    <name>polis::gui</name>
    <message>
        <source>No display found (DISPLAY is not set) and no project given: nothing to show.</source>
        <translation>לא נמצאה תצוגה (DISPLAY אינו מוגדר) ולא צוין פרויקט: אין מה להציג.</translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set): rendering %1 to an image instead.</source>
        <translation>לא נמצאה תצוגה (DISPLAY אינו מוגדר): %1 מצויר לתמונה במקום זאת.</translation>
    </message>
</context>
<context>
    <name>polis::layout</name>
    <message>
        <source>N</source>
        <translation>צ</translation>
    </message>
    <message>
        <source>Summary: feature counts and indicators per scenario</source>
        <translation>סיכום: מספר הישויות והמדדים לכל תרחיש</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>שכבה</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <source>cannot read the logo image</source>
        <translation>לא ניתן לקרוא את תמונת הסמליל</translation>
    </message>
    <message>
        <source>Scale 1:%1 (on %2 paper)</source>
        <translation>קנה מידה 1:%1 (על נייר %2)</translation>
    </message>
    <message>
        <source>Coordinate system: %1</source>
        <translation>מערכת קואורדינטות: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>תאריך: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>נתונים: %1</translation>
    </message>
    <message>
        <source>Made with Polis</source>
        <translation>נוצר באמצעות Polis</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>תרחיש: %1</translation>
    </message>
    <message>
        <source>all other values</source>
        <translation>כל שאר הערכים</translation>
    </message>
    <message>
        <source>all values</source>
        <translation>כל הערכים</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>מקרא</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more layer(s)</source>
        <translation>
            <numerusform>… ועוד שכבה אחת</numerusform>
            <numerusform>… ועוד %n שכבות</numerusform>
        </translation>
    </message>
    <message>
        <source>km</source>
        <translation>ק״מ</translation>
    </message>
    <message>
        <source>m</source>
        <translation>מ׳</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>רסטר</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>וקטור</translation>
    </message>
    <message>
        <source>points</source>
        <translation>נקודות</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>קווים</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>מצולעים</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>מצב קיים</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>עמוד %1 מתוך %2</translation>
    </message>
    <message>
        <source>the logo is not a file</source>
        <translation>הסמליל אינו קובץ</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 בהשוואה ל־%2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>תרחיש</translation>
    </message>
    <message>
        <source>View</source>
        <translation>תצוגה</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>בהשוואה ל־</translation>
    </message>
    <message>
        <source>one map</source>
        <translation>מפה אחת</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>זה לצד זה</translation>
    </message>
    <message>
        <source>swipe</source>
        <translation>החלקה</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>מדדים</translation>
    </message>
</context>
</TS>
