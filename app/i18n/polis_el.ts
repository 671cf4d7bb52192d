<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>AttributeForm</name>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Phase or year</source>
        <translation>Φάση ή έτος</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Εκτιμώμενο κόστος</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>€</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n στοιχείο</numerusform>
            <numerusform>%n στοιχεία</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>Filter, e.g. kind = &apos;school&apos; AND floors &gt; 2</source>
        <translation>Φίλτρο, π.χ. kind = &apos;school&apos; AND floors &gt; 2</translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>Επιλογή όλων όσων ταιριάζουν</translation>
    </message>
</context>
<context>
    <name>CompareDifference</name>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 σε σύγκριση με %2</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Προστέθηκαν: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Αφαιρέθηκαν: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Τροποποιήθηκαν: %1</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare</source>
        <translation>Σύγκριση</translation>
    </message>
    <message>
        <source>A</source>
        <translation>Α</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Β</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Δίπλα-δίπλα</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>Σάρωση</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Διαφορά</translation>
    </message>
    <message>
        <source>Close the compare panel</source>
        <translation>Κλείσιμο του πλαισίου σύγκρισης</translation>
    </message>
</context>
<context>
    <name>CompareSwipe</name>
    <message>
        <source>Drag to reveal B over A</source>
        <translation>Σύρετε για να φανεί το Β πάνω από το Α</translation>
    </message>
</context>
<context>
    <name>CrsPicker</name>
    <message>
        <source>Map coordinate reference system (now %1)</source>
        <translation>Σύστημα συντεταγμένων αναφοράς του χάρτη (τώρα %1)</translation>
    </message>
    <message>
        <source>Search by EPSG code or name, e.g. 2100 or Greek Grid</source>
        <translation>Αναζήτηση με κωδικό EPSG ή όνομα, π.χ. 2100 ή Greek Grid</translation>
    </message>
    <message>
        <source>No coordinate reference system matches.</source>
        <translation>Κανένα σύστημα συντεταγμένων αναφοράς δεν ταιριάζει.</translation>
    </message>
    <message>
        <source>EPSG:%1 — %2</source>
        <translation>EPSG:%1 — %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
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
        <translation>Εμφάνιση των επιπέδων της ομάδας</translation>
    </message>
    <message>
        <source>Hide the group&apos;s layers in this list</source>
        <translation>Απόκρυψη των επιπέδων της ομάδας σε αυτή τη λίστα</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Κατάργηση ομάδας</translation>
    </message>
    <message>
        <source>Keep the layers, without the group</source>
        <translation>Διατήρηση των επιπέδων, χωρίς την ομάδα</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message numerus="yes">
        <source>%n feature(s) here</source>
        <translation>
            <numerusform>%n στοιχείο εδώ</numerusform>
            <numerusform>%n στοιχεία εδώ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — feature %2</source>
        <translation>%1 — στοιχείο %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import layers</source>
        <translation>Εισαγωγή επιπέδων</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Επιλογή αρχείων για εισαγωγή</translation>
    </message>
    <message>
        <source>GIS data (*.shp *.zip *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb)</source>
        <translation>Δεδομένα GIS (*.shp *.zip *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Επιλογή φακέλου για εισαγωγή</translation>
    </message>
    <message>
        <source>Save the project to embed the layers into</source>
        <translation>Αποθήκευση του έργου στο οποίο θα ενσωματωθούν τα επίπεδα</translation>
    </message>
    <message>
        <source>Polis projects (*.polis)</source>
        <translation>Έργα Polis (*.polis)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Προσθήκη αρχείων…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Προσθήκη φακέλου…</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) chosen — you can also drop files on the window</source>
        <translation>
            <numerusform>Επιλέχθηκε %n σύνολο δεδομένων — μπορείτε επίσης να αφήσετε αρχεία στο παράθυρο</numerusform>
            <numerusform>Επιλέχθηκαν %n σύνολα δεδομένων — μπορείτε επίσης να αφήσετε αρχεία στο παράθυρο</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Εισήχθησαν</translation>
    </message>
    <message numerus="yes">
        <source>Import %n layer(s)</source>
        <translation>
            <numerusform>Εισαγωγή %n επιπέδου</numerusform>
            <numerusform>Εισαγωγή %n επιπέδων</numerusform>
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
        <translation>Μορφότυπος</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>ΣΣΑ</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>δεν δηλώνεται</translation>
    </message>
    <message>
        <source>Use suggested EPSG:%1</source>
        <translation>Χρήση του προτεινόμενου EPSG:%1</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Κωδικοποίηση</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Δείγμα</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Στοιχεία</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Προβλήματα</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>δεν βρέθηκαν</translation>
    </message>
    <message>
        <source>EPSG</source>
        <translation>EPSG</translation>
    </message>
    <message>
        <source>e.g. 2100</source>
        <translation>π.χ. 2100</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Έτοιμο</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <source>Choose this layer&apos;s CRS: without one it would be drawn in the wrong place.</source>
        <translation>Επιλέξτε το ΣΣΑ αυτού του επιπέδου: χωρίς ΣΣΑ θα σχεδιαζόταν σε λάθος θέση.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Εισαγωγή παρ’ όλα αυτά</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>θα εισαχθεί</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBar</name>
    <message>
        <source>Text encoding</source>
        <translation>Κωδικοποίηση κειμένου</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Όπως εντοπίστηκε</translation>
    </message>
    <message>
        <source>Windows Greek (CP1253)</source>
        <translation>Ελληνικά Windows (CP1253)</translation>
    </message>
    <message>
        <source>ISO Greek (ISO-8859-7)</source>
        <translation>Ελληνικά ISO (ISO-8859-7)</translation>
    </message>
    <message>
        <source>Windows Latin (CP1252)</source>
        <translation>Λατινικά Windows (CP1252)</translation>
    </message>
    <message>
        <source>Repair invalid geometries</source>
        <translation>Επιδιόρθωση άκυρων γεωμετριών</translation>
    </message>
    <message>
        <source>Embed into the project</source>
        <translation>Ενσωμάτωση στο έργο</translation>
    </message>
    <message>
        <source>Keep a reference to the files</source>
        <translation>Διατήρηση αναφοράς στα αρχεία</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicators (computing…)</source>
        <translation>Δείκτες (υπολογισμός…)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Δείκτες</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>υφιστάμενη κατάσταση</translation>
    </message>
</context>
<context>
    <name>LayerDelegate</name>
    <message>
        <source>Data: %1</source>
        <translation>Δεδομένα: %1</translation>
    </message>
    <message>
        <source>Drag to change the drawing order (or use the menu ⋯)</source>
        <translation>Σύρετε για να αλλάξει η σειρά σχεδίασης (ή χρησιμοποιήστε το μενού ⋯)</translation>
    </message>
    <message>
        <source>Hide the classes</source>
        <translation>Απόκρυψη των κλάσεων</translation>
    </message>
    <message>
        <source>Show the classes</source>
        <translation>Εμφάνιση των κλάσεων</translation>
    </message>
    <message>
        <source>Zoom, style, table, properties, rename, group, remove</source>
        <translation>Εστίαση, συμβολισμός, πίνακας, ιδιότητες, μετονομασία, ομάδα, αφαίρεση</translation>
    </message>
</context>
<context>
    <name>LayerGroupMenu</name>
    <message>
        <source>Group</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Νέα ομάδα</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Μετακίνηση στην ομάδα %1</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Αφαίρεση από την ομάδα</translation>
    </message>
</context>
<context>
    <name>LayerMenu</name>
    <message>
        <source>Zoom to layer</source>
        <translation>Εστίαση στο επίπεδο</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Συμβολισμός…</translation>
    </message>
    <message>
        <source>Attribute table…</source>
        <translation>Πίνακας περιγραφικών δεδομένων…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Ιδιότητες…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Μετονομασία</translation>
    </message>
    <message>
        <source>Draw above the layer over it</source>
        <translation>Σχεδίαση πάνω από το επίπεδο που βρίσκεται από πάνω</translation>
    </message>
    <message>
        <source>Draw below the layer under it</source>
        <translation>Σχεδίαση κάτω από το επίπεδο που βρίσκεται από κάτω</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
</context>
<context>
    <name>LayerProperties</name>
    <message>
        <source>Features</source>
        <translation>Στοιχεία</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>ψηφιδωτό</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Δεδομένα</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Αδιαφάνεια</translation>
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
        <translation>Επίπεδα</translation>
    </message>
</context>
<context>
    <name>LayoutExportBar</name>
    <message>
        <source>Export PDF…</source>
        <translation>Εξαγωγή PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Εξαγωγή PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Εικόνες PNG (*.png)</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Εξαγωγή SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Σχέδια SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG resolution (dpi)</source>
        <translation>Ανάλυση PNG (dpi)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Αποθηκεύτηκε το %1</translation>
    </message>
    <message>
        <source>Export the layout</source>
        <translation>Εξαγωγή της διάταξης</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <source>Print layout</source>
        <translation>Διάταξη εκτύπωσης</translation>
    </message>
    <message>
        <source>Close the layout panel</source>
        <translation>Κλείσιμο του πλαισίου διάταξης</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Χαρτί</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Προσανατολισμός</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Κατακόρυφος</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Οριζόντιος</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>The project&apos;s title</source>
        <translation>Ο τίτλος του έργου</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Υπότιτλος</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Υπόμνημα</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Γραφική κλίμακα</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Βέλος βορρά</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Χάρτης επισκόπησης</translation>
    </message>
</context>
<context>
    <name>LocatorBar</name>
    <message>
        <source>Search places, coordinates (35.3387 25.1343) or EPSG codes</source>
        <translation>Αναζήτηση τόπων, συντεταγμένων (35.3387 25.1343) ή κωδικών EPSG</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Δεν βρέθηκε τίποτα</translation>
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
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Νέο έργο</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Άνοιγμα…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Αποθήκευση ως…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Προβολή</translation>
    </message>
    <message>
        <source>Full extent</source>
        <translation>Πλήρης έκταση</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Previous extent</source>
        <translation>Προηγούμενη έκταση</translation>
    </message>
    <message>
        <source>Next extent</source>
        <translation>Επόμενη έκταση</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Add layers…</source>
        <translation>Προσθήκη επιπέδων…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Σενάριο</translation>
    </message>
    <message>
        <source>Scenarios…</source>
        <translation>Σενάρια…</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Σχεδίαση</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Σύγκριση…</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Ανάλυση</translation>
    </message>
    <message>
        <source>Query…</source>
        <translation>Ερώτημα…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Μέτρηση</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Διάταξη</translation>
    </message>
    <message>
        <source>Print layout…</source>
        <translation>Διάταξη εκτύπωσης…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>About Polis</source>
        <translation>Σχετικά με το Polis</translation>
    </message>
    <message>
        <source>Polis: a desktop GIS for urban planning, on GDAL, PROJ and GEOS.</source>
        <translation>Polis: GIS επιφάνειας εργασίας για τον πολεοδομικό σχεδιασμό, βασισμένο στα GDAL, PROJ και GEOS.</translation>
    </message>
    <message>
        <source>Map background colour</source>
        <translation>Χρώμα φόντου χάρτη</translation>
    </message>
    <message>
        <source>Map background colour…</source>
        <translation>Χρώμα φόντου χάρτη…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Αναζήτηση…</translation>
    </message>
</context>
<context>
    <name>MapToolBar</name>
    <message>
        <source>Open…</source>
        <translation>Άνοιγμα…</translation>
    </message>
    <message>
        <source>Add layer…</source>
        <translation>Προσθήκη επιπέδου…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Αποθήκευση ως…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <source>Query…</source>
        <translation>Ερώτημα…</translation>
    </message>
    <message>
        <source>Print layout…</source>
        <translation>Διάταξη εκτύπωσης…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Σύγκριση…</translation>
    </message>
    <message>
        <source>Full extent</source>
        <translation>Πλήρης έκταση</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Προηγούμενη</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Επόμενη</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Μέτρηση</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Σχεδίαση</translation>
    </message>
    <message>
        <source>Sketch proposals in the active scenario</source>
        <translation>Σχεδίαση προτάσεων στο ενεργό σενάριο</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>Every edit, to undo or redo up to any of them</source>
        <translation>Κάθε επεξεργασία, για αναίρεση ή επανάληψη έως οποιαδήποτε από αυτές</translation>
    </message>
    <message>
        <source>The scenario shown on the map</source>
        <translation>Το σενάριο που εμφανίζεται στον χάρτη</translation>
    </message>
    <message>
        <source>Check and import GIS files</source>
        <translation>Έλεγχος και εισαγωγή αρχείων GIS</translation>
    </message>
    <message>
        <source>Select features by location and attributes</source>
        <translation>Επιλογή στοιχείων κατά θέση και ιδιότητες</translation>
    </message>
    <message>
        <source>Page layout, preview and export</source>
        <translation>Διάταξη σελίδας, προεπισκόπηση και εξαγωγή</translation>
    </message>
    <message>
        <source>Compare scenarios: side by side, swipe, difference, indicators</source>
        <translation>Σύγκριση σεναρίων: δίπλα-δίπλα, σάρωση, διαφορά, δείκτες</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Εμφάνιση ολόκληρου του χάρτη</translation>
    </message>
    <message>
        <source>Previous extent</source>
        <translation>Προηγούμενη έκταση</translation>
    </message>
    <message>
        <source>Next extent</source>
        <translation>Επόμενη έκταση</translation>
    </message>
    <message>
        <source>Measure distances and areas</source>
        <translation>Μέτρηση αποστάσεων και εμβαδών</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <source>Area</source>
        <translation>Εμβαδόν</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Καθαρισμός</translation>
    </message>
</context>
<context>
    <name>PlanningSchema</name>
    <message>
        <source>airport</source>
        <translation>αεροδρόμιο</translation>
    </message>
    <message>
        <source>runway</source>
        <translation>διάδρομος προσγείωσης</translation>
    </message>
    <message>
        <source>marina</source>
        <translation>μαρίνα</translation>
    </message>
    <message>
        <source>fibre route</source>
        <translation>όδευση οπτικών ινών</translation>
    </message>
    <message>
        <source>cable landing</source>
        <translation>σημείο προσαιγιάλωσης καλωδίου</translation>
    </message>
    <message>
        <source>street lighting</source>
        <translation>οδοφωτισμός</translation>
    </message>
    <message>
        <source>bike-share dock</source>
        <translation>σταθμός κοινόχρηστων ποδηλάτων</translation>
    </message>
    <message>
        <source>park</source>
        <translation>πάρκο</translation>
    </message>
    <message>
        <source>road</source>
        <translation>δρόμος</translation>
    </message>
    <message>
        <source>building</source>
        <translation>κτίριο</translation>
    </message>
    <message>
        <source>other</source>
        <translation>άλλο</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>προτεινόμενο</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>εγκεκριμένο</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>απορριφθέν</translation>
    </message>
    <message>
        <source>built</source>
        <translation>κατασκευασμένο</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>είδος</translation>
    </message>
    <message>
        <source>status</source>
        <translation>κατάσταση</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Open a project or dataset</source>
        <translation>Άνοιγμα έργου ή συνόλου δεδομένων</translation>
    </message>
    <message>
        <source>Polis projects (*.polis)</source>
        <translation>Έργα Polis (*.polis)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>Προσθήκη επιπέδων</translation>
    </message>
    <message>
        <source>GIS data (*.shp *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb *.zip *.tif *.tiff)</source>
        <translation>Δεδομένα GIS (*.shp *.geojson *.json *.gpkg *.kml *.gpx *.csv *.fgb *.zip *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>Αυτόματη αποθήκευση στις %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Αποθηκεύτηκε στις %1</translation>
    </message>
</context>
<context>
    <name>QueryPanel</name>
    <message>
        <source>Query</source>
        <translation>Ερώτημα</translation>
    </message>
    <message>
        <source>Close the query panel</source>
        <translation>Κλείσιμο του πλαισίου ερωτήματος</translation>
    </message>
    <message>
        <source>Select from</source>
        <translation>Επιλογή από</translation>
    </message>
    <message>
        <source>that are</source>
        <translation>που είναι</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Απόσταση (m)</translation>
    </message>
    <message>
        <source>Features of</source>
        <translation>Στοιχεία του</translation>
    </message>
    <message>
        <source>the current selection</source>
        <translation>την τρέχουσα επιλογή</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Όπου</translation>
    </message>
    <message>
        <source>e.g. kind = &apos;school&apos;</source>
        <translation>π.χ. kind = &apos;school&apos;</translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation>Άθροισμα του</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Ομαδοποίηση κατά</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Εκτέλεση</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ζωντανά</translation>
    </message>
    <message>
        <source>Run the query again when its layers change</source>
        <translation>Νέα εκτέλεση του ερωτήματος όταν αλλάζουν τα επίπεδά του</translation>
    </message>
</context>
<context>
    <name>QueryResults</name>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>Επιλέχθηκε %n στοιχείο</numerusform>
            <numerusform>Επιλέχθηκαν %n στοιχεία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s)</source>
        <translation>
            <numerusform>%1: %n στοιχείο</numerusform>
            <numerusform>%1: %n στοιχεία</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>όλα</translation>
    </message>
    <message>
        <source>sum %1, mean %2</source>
        <translation>άθροισμα %1, μέσος όρος %2</translation>
    </message>
    <message>
        <source>area %1 ha</source>
        <translation>εμβαδόν %1 ha</translation>
    </message>
    <message>
        <source>length %1 km</source>
        <translation>μήκος %1 km</translation>
    </message>
    <message>
        <source>Export result…</source>
        <translation>Εξαγωγή αποτελέσματος…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Αποθηκεύτηκε το %1</translation>
    </message>
    <message>
        <source>Export the query result</source>
        <translation>Εξαγωγή του αποτελέσματος του ερωτήματος</translation>
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
        <translation>CSV με WKT (*.csv)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>Run again: %1</source>
        <translation>Νέα εκτέλεση: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialogs</name>
    <message>
        <source>Unsaved edits found</source>
        <translation>Βρέθηκαν μη αποθηκευμένες αλλαγές</translation>
    </message>
    <message>
        <source>Recover unsaved edits from %1?</source>
        <translation>Ανάκτηση των μη αποθηκευμένων αλλαγών από %1;</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Ανάκτηση</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Αργότερα</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Μη αποθηκευμένες αλλαγές</translation>
    </message>
    <message>
        <source>The map has changes that are not saved.</source>
        <translation>Ο χάρτης έχει αλλαγές που δεν έχουν αποθηκευτεί.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του έργου</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Save the project as</source>
        <translation>Αποθήκευση του έργου ως</translation>
    </message>
    <message>
        <source>Choose the folder to save the project in</source>
        <translation>Επιλογή του φακέλου όπου θα αποθηκευτεί το έργο</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Φάκελος</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Όνομα αρχείου</translation>
    </message>
    <message>
        <source>e.g. Heraklion 2030</source>
        <translation>π.χ. Ηράκλειο 2030</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Αντικατάσταση του αρχείου;</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this project?</source>
        <translation>Το %1 υπάρχει ήδη. Να αντικατασταθεί με αυτό το έργο;</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Αντικατάσταση</translation>
    </message>
</context>
<context>
    <name>ScenarioBox</name>
    <message>
        <source>baseline</source>
        <translation>υφιστάμενη κατάσταση</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenarios</source>
        <translation>Σενάρια</translation>
    </message>
    <message>
        <source>Active scenario: %1</source>
        <translation>Ενεργό σενάριο: %1</translation>
    </message>
    <message>
        <source>The map shows the baseline (the project&apos;s layers).</source>
        <translation>Ο χάρτης δείχνει την υφιστάμενη κατάσταση (τα επίπεδα του έργου).</translation>
    </message>
    <message>
        <source>Name of a new scenario, or the new name</source>
        <translation>Όνομα νέου σεναρίου ή το νέο όνομα</translation>
    </message>
    <message>
        <source>Description: what the scenario proposes</source>
        <translation>Περιγραφή: τι προτείνει το σενάριο</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Μετονομασία</translation>
    </message>
    <message>
        <source>Save description</source>
        <translation>Αποθήκευση περιγραφής</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
</context>
<context>
    <name>SketchBar</name>
    <message>
        <source>The baseline is the project&apos;s data: sketch in a scenario.</source>
        <translation>Η υφιστάμενη κατάσταση είναι τα δεδομένα του έργου: σχεδιάστε σε ένα σενάριο.</translation>
    </message>
    <message>
        <source>New scenario…</source>
        <translation>Νέο σενάριο…</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Επιλογή</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Σημείο</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Πολύγωνο</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Ορθογώνιο</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Κύκλος</translation>
    </message>
    <message>
        <source>Scenarios…</source>
        <translation>Σενάρια…</translation>
    </message>
    <message>
        <source>Create, duplicate, rename, describe or delete scenarios</source>
        <translation>Δημιουργία, αντιγραφή, μετονομασία, περιγραφή ή διαγραφή σεναρίων</translation>
    </message>
    <message>
        <source>The layer new features go to</source>
        <translation>Το επίπεδο όπου πηγαίνουν τα νέα στοιχεία</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>Επεξεργασία:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Μετακίνηση</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Περιστροφή</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Κορυφές</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Αναμόρφωση</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Διαχωρισμός</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Ιδιότητες…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
</context>
<context>
    <name>SketchTool</name>
    <message>
        <source>New feature in %1</source>
        <translation>Νέο στοιχείο στο %1</translation>
    </message>
    <message>
        <source>Attributes of %1</source>
        <translation>Ιδιότητες του %1</translation>
    </message>
</context>
<context>
    <name>SnapOptions</name>
    <message>
        <source>Snap</source>
        <translation>Έλξη</translation>
    </message>
    <message>
        <source>Snap clicks and vertex drags to vertices and segments of the chosen layers</source>
        <translation>Έλξη των κλικ και των συρσίματος κορυφών στις κορυφές και τα τμήματα των επιλεγμένων επιπέδων</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Layers…</source>
        <translation>Επίπεδα…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n επίπεδο</numerusform>
            <numerusform>%n επίπεδα</numerusform>
        </translation>
    </message>
    <message>
        <source>WGS84 %1</source>
        <translation>WGS84 %1</translation>
    </message>
    <message>
        <source>Scale 1:</source>
        <translation>Κλίμακα 1:</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Σχεδίαση χάρτη…</translation>
    </message>
    <message>
        <source>Change the map&apos;s coordinate reference system</source>
        <translation>Αλλαγή του συστήματος συντεταγμένων αναφοράς του χάρτη</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>Η γλώσσα του παραθύρου</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <source>Style: %1</source>
        <translation>Συμβολισμός: %1</translation>
    </message>
    <message>
        <source>Close the style panel</source>
        <translation>Κλείσιμο του πλαισίου συμβολισμού</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Σύμβολα</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Απλό σύμβολο</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Κατηγοριοποιημένο</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Διαβαθμισμένο</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Ίσα διαστήματα</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>Ποσοστημόρια</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Φυσικές διακοπές (Jenks)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Κλάσεις</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Χρώματα</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
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
        <translation>Ανοίξτε ένα έργο πόλης, σχεδιάστε προτάσεις και εξαγάγετε χάρτες για το δημοτικό συμβούλιο.</translation>
    </message>
    <message>
        <source>Open the Heraklion sample project</source>
        <translation>Άνοιγμα του δείγματος έργου του Ηρακλείου</translation>
    </message>
    <message>
        <source>Open a project or dataset…</source>
        <translation>Άνοιγμα έργου ή συνόλου δεδομένων…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Πρόσφατα έργα</translation>
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
        <translation>%1: έχει πολλά επίπεδα (%2)· ορίστε ένα ως PATH:LAYER</translation>
    </message>
    <message>
        <source>Unknown classification method %1</source>
        <translation>Άγνωστη μέθοδος ταξινόμησης %1</translation>
    </message>
    <message>
        <source>Cannot understand the coordinate reference system &quot;%1&quot;</source>
        <translation>Δεν είναι δυνατή η ερμηνεία του συστήματος αναφοράς συντεταγμένων &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot understand the coordinate reference system &quot;%1&quot;: %2</source>
        <translation>Δεν είναι δυνατή η ερμηνεία του συστήματος αναφοράς συντεταγμένων &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot read the list of coordinate reference systems from PROJ&apos;s database: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της λίστας συστημάτων αναφοράς συντεταγμένων από τη βάση δεδομένων του PROJ: %1</translation>
    </message>
    <message>
        <source>Feature %1 has a geometry GEOS cannot build: %2</source>
        <translation>Το στοιχείο %1 έχει γεωμετρία που το GEOS δεν μπορεί να δημιουργήσει: %2</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (επώνυμη διοχέτευση)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>συσκευή</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>υποδοχή (socket)</translation>
    </message>
    <message>
        <source>A layer has more than 4 billion vertices; Polis cannot hold it in memory</source>
        <translation>Ένα επίπεδο έχει περισσότερες από 4 δισεκατομμύρια κορυφές· το Polis δεν μπορεί να το κρατήσει στη μνήμη</translation>
    </message>
    <message>
        <source>WKB geometry is truncated</source>
        <translation>Η γεωμετρία WKB είναι ελλιπής (περικομμένη)</translation>
    </message>
    <message>
        <source>WKB geometry is nested too deeply</source>
        <translation>Η γεωμετρία WKB έχει υπερβολικά βαθιά ένθεση</translation>
    </message>
    <message>
        <source>WKB collections of mixed geometry types are not supported</source>
        <translation>Οι συλλογές WKB με μικτούς τύπους γεωμετρίας δεν υποστηρίζονται</translation>
    </message>
    <message>
        <source>WKB geometry type %1 is not supported</source>
        <translation>Ο τύπος γεωμετρίας WKB %1 δεν υποστηρίζεται</translation>
    </message>
    <message>
        <source>a circle needs a positive radius and chord error (radius %1, error %2)</source>
        <translation>ένας κύκλος χρειάζεται θετική ακτίνα και θετικό σφάλμα χορδής (ακτίνα %1, σφάλμα %2)</translation>
    </message>
    <message>
        <source>Cannot transform coordinates: the source or target coordinate reference system is unknown</source>
        <translation>Δεν είναι δυνατός ο μετασχηματισμός συντεταγμένων: το σύστημα αναφοράς συντεταγμένων προέλευσης ή προορισμού είναι άγνωστο</translation>
    </message>
    <message>
        <source>Cannot transform from %1 to %2: %3</source>
        <translation>Δεν είναι δυνατός ο μετασχηματισμός από %1 σε %2: %3</translation>
    </message>
    <message>
        <source>An empty geometry has no centre to rotate about.</source>
        <translation>Μια κενή γεωμετρία δεν έχει κέντρο γύρω από το οποίο να περιστραφεί.</translation>
    </message>
    <message>
        <source>The centre of the geometry cannot be computed: %1</source>
        <translation>Δεν είναι δυνατός ο υπολογισμός του κέντρου της γεωμετρίας: %1</translation>
    </message>
    <message>
        <source>The geometry cannot be processed: %1</source>
        <translation>Δεν είναι δυνατή η επεξεργασία της γεωμετρίας: %1</translation>
    </message>
    <message>
        <source>Reshaping would leave the line with fewer than 2 distinct points.</source>
        <translation>Η αναδιαμόρφωση θα άφηνε τη γραμμή με λιγότερα από 2 διακριτά σημεία.</translation>
    </message>
    <message>
        <source>Reshaping would leave a polygon ring with fewer than 3 distinct points.</source>
        <translation>Η αναδιαμόρφωση θα άφηνε έναν δακτύλιο πολυγώνου με λιγότερα από 3 διακριτά σημεία.</translation>
    </message>
    <message>
        <source>The reshaped polygon would be invalid (%1).</source>
        <translation>Το αναδιαμορφωμένο πολύγωνο θα ήταν μη έγκυρο (%1).</translation>
    </message>
    <message>
        <source>The reshape line needs at least 2 points.</source>
        <translation>Η γραμμή αναδιαμόρφωσης χρειάζεται τουλάχιστον 2 σημεία.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be reshaped.</source>
        <translation>Μόνο γραμμές και πολύγωνα μπορούν να αναδιαμορφωθούν.</translation>
    </message>
    <message>
        <source>The reshape line must cross the polygon&apos;s boundary twice.</source>
        <translation>Η γραμμή αναδιαμόρφωσης πρέπει να τέμνει το όριο του πολυγώνου δύο φορές.</translation>
    </message>
    <message>
        <source>The reshape line must touch or cross the line twice.</source>
        <translation>Η γραμμή αναδιαμόρφωσης πρέπει να αγγίζει ή να τέμνει τη γραμμή δύο φορές.</translation>
    </message>
    <message>
        <source>The split line does not cross the line.</source>
        <translation>Η γραμμή διαχωρισμού δεν τέμνει τη γραμμή.</translation>
    </message>
    <message>
        <source>The polygon cannot be split: %1</source>
        <translation>Δεν είναι δυνατός ο διαχωρισμός του πολυγώνου: %1</translation>
    </message>
    <message>
        <source>The split line does not cut the polygon in two: it must cross it from one side to the other.</source>
        <translation>Η γραμμή διαχωρισμού δεν χωρίζει το πολύγωνο στα δύο: πρέπει να το διασχίζει από τη μία πλευρά στην άλλη.</translation>
    </message>
    <message>
        <source>The split line needs at least 2 points.</source>
        <translation>Η γραμμή διαχωρισμού χρειάζεται τουλάχιστον 2 σημεία.</translation>
    </message>
    <message>
        <source>Only lines and polygons can be split.</source>
        <translation>Μόνο γραμμές και πολύγωνα μπορούν να διαχωριστούν.</translation>
    </message>
    <message>
        <source>part %1, ring %2</source>
        <translation>τμήμα %1, δακτύλιος %2</translation>
    </message>
    <message>
        <source>The geometry has no %1.</source>
        <translation>Η γεωμετρία δεν έχει %1.</translation>
    </message>
    <message>
        <source>The geometry has no vertex %1 in %2.</source>
        <translation>Η γεωμετρία δεν έχει κορυφή %1 σε: %2.</translation>
    </message>
    <message>
        <source>The edit would leave the line (%1) with fewer than 2 distinct points.</source>
        <translation>Η επεξεργασία θα άφηνε τη γραμμή (%1) με λιγότερα από 2 διακριτά σημεία.</translation>
    </message>
    <message>
        <source>The edit would leave the polygon ring (%1) with fewer than 3 distinct points.</source>
        <translation>Η επεξεργασία θα άφηνε τον δακτύλιο πολυγώνου (%1) με λιγότερα από 3 διακριτά σημεία.</translation>
    </message>
    <message>
        <source>A point has no segments to insert a vertex on.</source>
        <translation>Ένα σημείο δεν έχει τμήματα στα οποία να προστεθεί κορυφή.</translation>
    </message>
    <message>
        <source>The geometry has no segment %1 in %2.</source>
        <translation>Η γεωμετρία δεν έχει τμήμα %1 σε: %2.</translation>
    </message>
    <message>
        <source>A point&apos;s only vertex cannot be removed; delete the feature instead.</source>
        <translation>Η μοναδική κορυφή ενός σημείου δεν μπορεί να αφαιρεθεί· διαγράψτε αντί γι&apos; αυτό το στοιχείο.</translation>
    </message>
    <message>
        <source>Removing the vertex would leave the line (%1) with fewer than %2 points.</source>
        <translation>Η αφαίρεση της κορυφής θα άφηνε τη γραμμή (%1) με λιγότερα από %2 σημεία.</translation>
    </message>
    <message>
        <source>Removing the vertex would leave the polygon ring (%1) with fewer than %2 points.</source>
        <translation>Η αφαίρεση της κορυφής θα άφηνε τον δακτύλιο πολυγώνου (%1) με λιγότερα από %2 σημεία.</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: το αρχείο δεν βρέθηκε</translation>
    </message>
    <message>
        <source>%1: cannot open: it is %2, not a file</source>
        <translation>%1: δεν είναι δυνατό το άνοιγμα: είναι %2, όχι αρχείο</translation>
    </message>
    <message>
        <source>%1: cannot open: not a vector dataset that GDAL can read</source>
        <translation>%1: δεν είναι δυνατό το άνοιγμα: δεν είναι διανυσματικό σύνολο δεδομένων που μπορεί να διαβάσει το GDAL</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: δεν είναι δυνατό το άνοιγμα: %2</translation>
    </message>
    <message>
        <source>%1: the dataset has no vector layers</source>
        <translation>%1: το σύνολο δεδομένων δεν έχει διανυσματικά επίπεδα</translation>
    </message>
    <message>
        <source>%1: no layer named &quot;%2&quot; (layers: %3)</source>
        <translation>%1: δεν υπάρχει επίπεδο με όνομα &quot;%2&quot; (επίπεδα: %3)</translation>
    </message>
    <message>
        <source>%1, layer %2: %3</source>
        <translation>%1, επίπεδο %2: %3</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>πίνακας %1: %2</translation>
    </message>
    <message>
        <source>table %1: %2: %3</source>
        <translation>πίνακας %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot create the table</source>
        <translation>δεν είναι δυνατή η δημιουργία του πίνακα</translation>
    </message>
    <message>
        <source>cannot create the field %1</source>
        <translation>δεν είναι δυνατή η δημιουργία του πεδίου %1</translation>
    </message>
    <message>
        <source>cannot copy feature %1</source>
        <translation>δεν είναι δυνατή η αντιγραφή του στοιχείου %1</translation>
    </message>
    <message>
        <source>cannot write feature %1</source>
        <translation>δεν είναι δυνατή η εγγραφή του στοιχείου %1</translation>
    </message>
    <message>
        <source>%1: holds HTML, not %2 (an error page saved in its place?)</source>
        <translation>%1: περιέχει HTML, όχι %2 (μήπως αποθηκεύτηκε μια σελίδα σφάλματος στη θέση του;)</translation>
    </message>
    <message>
        <source>%1: holds binary data, not %2</source>
        <translation>%1: περιέχει δυαδικά δεδομένα, όχι %2</translation>
    </message>
    <message>
        <source>%1: not a shapefile (no valid 100-byte header)</source>
        <translation>%1: δεν είναι shapefile (δεν υπάρχει έγκυρη κεφαλίδα 100 byte)</translation>
    </message>
    <message>
        <source>%1: truncated: the header announces %2 bytes, the file holds %3</source>
        <translation>%1: ελλιπές αρχείο: η κεφαλίδα δηλώνει %2 byte, το αρχείο περιέχει %3</translation>
    </message>
    <message>
        <source>%1: truncated: shorter than the 32-byte DBF header</source>
        <translation>%1: ελλιπές αρχείο: μικρότερο από την κεφαλίδα DBF των 32 byte</translation>
    </message>
    <message>
        <source>%1: truncated or damaged: the header announces %2 records of %3 bytes, the file holds %4 bytes</source>
        <translation>%1: ελλιπές ή κατεστραμμένο αρχείο: η κεφαλίδα δηλώνει %2 εγγραφές των %3 byte, το αρχείο περιέχει %4 byte</translation>
    </message>
    <message>
        <source>%1: the attribute file %2.dbf is missing</source>
        <translation>%1: λείπει το αρχείο ιδιοτήτων %2.dbf</translation>
    </message>
    <message>
        <source>a projection definition</source>
        <translation>ορισμός προβολής</translation>
    </message>
    <message>
        <source>a code page name</source>
        <translation>όνομα κωδικοσελίδας</translation>
    </message>
    <message>
        <source>%1: the geometry and attribute files disagree: %2 shapes in the .shx but %3 records in the .dbf</source>
        <translation>%1: τα αρχεία γεωμετρίας και ιδιοτήτων δεν συμφωνούν: %2 σχήματα στο .shx αλλά %3 εγγραφές στο .dbf</translation>
    </message>
    <message>
        <source>%1: cannot rebuild the missing .shx index: no temporary folder</source>
        <translation>%1: δεν είναι δυνατή η αναδημιουργία του ευρετηρίου .shx που λείπει: δεν υπάρχει προσωρινός φάκελος</translation>
    </message>
    <message>
        <source>%1: unsupported output format (use .gpkg, .geojson or .csv)</source>
        <translation>%1: μη υποστηριζόμενη μορφή εξόδου (χρησιμοποιήστε .gpkg, .geojson ή .csv)</translation>
    </message>
    <message>
        <source>%1: cannot write %2</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή: %2</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή: %2: %3</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>το αρχείο</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>επίπεδο %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>πεδίο %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>στοιχείο %1</translation>
    </message>
    <message>
        <source>the features</source>
        <translation>τα στοιχεία</translation>
    </message>
    <message>
        <source>(rename from %1: %2)</source>
        <translation>(μετονομασία από %1: %2)</translation>
    </message>
    <message>
        <source>%1: the .prj file does not hold a coordinate reference system that can be read</source>
        <translation>%1: το αρχείο .prj δεν περιέχει αναγνώσιμο σύστημα αναφοράς συντεταγμένων</translation>
    </message>
    <message>
        <source>%1, layer %2: no coordinate reference system is declared; assign one explicitly</source>
        <translation>%1, επίπεδο %2: δεν έχει δηλωθεί σύστημα αναφοράς συντεταγμένων· ορίστε ένα ρητά</translation>
    </message>
    <message>
        <source>%1, layer %2: no coordinate reference system is declared; the coordinates suggest %3; assign one explicitly</source>
        <translation>%1, επίπεδο %2: δεν έχει δηλωθεί σύστημα αναφοράς συντεταγμένων· οι συντεταγμένες παραπέμπουν σε %3· ορίστε ένα ρητά</translation>
    </message>
    <message>
        <source> (its area of use: %1)</source>
        <translation> (περιοχή χρήσης του: %1)</translation>
    </message>
    <message>
        <source>; they suggest %1</source>
        <translation>· παραπέμπουν σε %1</translation>
    </message>
    <message>
        <source>%1, layer %2: the coordinates (%3) cannot be in %4%5%6; assign the right CRS, or force the import</source>
        <translation>%1, επίπεδο %2: οι συντεταγμένες (%3) δεν μπορεί να είναι σε %4%5%6· ορίστε το σωστό ΣΣΑ ή επιβάλετε την εισαγωγή</translation>
    </message>
    <message>
        <source>%1, layer %2: %3 feature(s) (first fid %4) have NaN, infinite or out-of-range coordinates; repair sets them to null</source>
        <translation>%1, επίπεδο %2: %3 στοιχείο(-α) (πρώτο fid %4) έχουν συντεταγμένες NaN, άπειρες ή εκτός εύρους· η επιδιόρθωση τις ορίζει σε null</translation>
    </message>
    <message>
        <source>%1, layer %2: an assigned CRS or text encoding cannot be kept with a reference; embed the layer</source>
        <translation>%1, επίπεδο %2: ένα ορισμένο ΣΣΑ ή κωδικοποίηση κειμένου δεν μπορεί να διατηρηθεί με αναφορά· ενσωματώστε το επίπεδο</translation>
    </message>
    <message>
        <source>%1: cannot write the project: %2</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή του έργου: %2</translation>
    </message>
    <message>
        <source>%1: cannot commit the imported layers: %2</source>
        <translation>%1: δεν είναι δυνατή η οριστικοποίηση των εισαγόμενων επιπέδων: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: not a raster dataset that GDAL can read</source>
        <translation>%1: δεν είναι δυνατό το άνοιγμα: δεν είναι ψηφιδωτό σύνολο δεδομένων που μπορεί να διαβάσει το GDAL</translation>
    </message>
    <message>
        <source>%1: cannot prepare the raster for drawing: %2</source>
        <translation>%1: δεν είναι δυνατή η προετοιμασία του ψηφιδωτού για σχεδίαση: %2</translation>
    </message>
    <message>
        <source>%1: cannot reproject the raster for drawing: %2</source>
        <translation>%1: δεν είναι δυνατή η επαναπροβολή του ψηφιδωτού για σχεδίαση: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the raster: %2</source>
        <translation>%1: δεν είναι δυνατή η ανάγνωση του ψηφιδωτού: %2</translation>
    </message>
    <message>
        <source>a %1 page at %2 dpi is too large for one image (%3 megapixels, at most %4): lower the resolution</source>
        <translation>μια σελίδα %1 στα %2 dpi είναι πολύ μεγάλη για μία εικόνα (%3 megapixel, έως %4): μειώστε την ανάλυση</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 pixel page</source>
        <translation>δεν υπάρχει αρκετή μνήμη για σελίδα %1 x %2 εικονοστοιχείων</translation>
    </message>
    <message>
        <source>%1: PNG and SVG hold one page; write the council pack as .pdf or .html</source>
        <translation>%1: τα PNG και SVG περιέχουν μία σελίδα· γράψτε το πακέτο του δημοτικού συμβουλίου ως .pdf ή .html</translation>
    </message>
    <message>
        <source>%1: unknown output format (use .pdf, .png, .svg or .html)</source>
        <translation>%1: άγνωστη μορφή εξόδου (χρησιμοποιήστε .pdf, .png, .svg ή .html)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή του αρχείου: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή του αρχείου PNG</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή του αρχείου PDF</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή του αρχείου SVG</translation>
    </message>
    <message>
        <source>the layer &quot;%1&quot; has no features to frame the map with</source>
        <translation>το επίπεδο &quot;%1&quot; δεν έχει στοιχεία με τα οποία να πλαισιωθεί ο χάρτης</translation>
    </message>
    <message>
        <source>the web pack&apos;s resource %1 is missing from the build</source>
        <translation>ο πόρος %1 του πακέτου ιστού λείπει από την έκδοση</translation>
    </message>
    <message>
        <source>%1: cannot write the web pack</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή του πακέτου ιστού</translation>
    </message>
    <message>
        <source>%1: refused: the project file holds SQL that Polis did not write and that would run when the project is saved (%2)</source>
        <translation>%1: απορρίφθηκε: το αρχείο έργου περιέχει SQL που δεν έγραψε το Polis και που θα εκτελούνταν κατά την αποθήκευση του έργου (%2)</translation>
    </message>
    <message>
        <source>%1: unknown change &quot;%2&quot;</source>
        <translation>%1: άγνωστη αλλαγή &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the attributes are not a JSON object</source>
        <translation>%1: οι ιδιότητες δεν είναι αντικείμενο JSON</translation>
    </message>
    <message>
        <source>cannot create the scenario tables</source>
        <translation>δεν είναι δυνατή η δημιουργία των πινάκων σεναρίων</translation>
    </message>
    <message>
        <source>cannot write scenario %1</source>
        <translation>δεν είναι δυνατή η εγγραφή του σεναρίου %1</translation>
    </message>
    <message>
        <source>cannot write the changes of scenario %1</source>
        <translation>δεν είναι δυνατή η εγγραφή των αλλαγών του σεναρίου %1</translation>
    </message>
    <message>
        <source>cannot write indicator %1</source>
        <translation>δεν είναι δυνατή η εγγραφή του δείκτη %1</translation>
    </message>
    <message>
        <source>%1, change of feature %2 of layer %3</source>
        <translation>%1, αλλαγή του στοιχείου %2 του επιπέδου %3</translation>
    </message>
    <message>
        <source>%1: changes of scenario id %2, which the project does not have</source>
        <translation>%1: αλλαγές του σεναρίου με id %2, το οποίο δεν υπάρχει στο έργο</translation>
    </message>
    <message>
        <source>layer %1 has no field &quot;%2&quot;</source>
        <translation>το επίπεδο %1 δεν έχει πεδίο &quot;%2&quot;</translation>
    </message>
    <message>
        <source>layer %1 is not a vector layer</source>
        <translation>το επίπεδο %1 δεν είναι διανυσματικό επίπεδο</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of layer %2 is not numeric</source>
        <translation>το πεδίο &quot;%1&quot; του επιπέδου %2 δεν είναι αριθμητικό</translation>
    </message>
    <message>
        <source>%1, scenario %2: %3</source>
        <translation>%1, σενάριο %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): not reprojected to %3: %4</source>
        <translation>%1 (%2): δεν έγινε επαναπροβολή σε %3: %4</translation>
    </message>
    <message>
        <source>%1: cannot create the planning layer %2: %3</source>
        <translation>%1: δεν είναι δυνατή η δημιουργία του επιπέδου σχεδιασμού %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot create the planning layer %2: %3 (%4)</source>
        <translation>%1: δεν είναι δυνατή η δημιουργία του επιπέδου σχεδιασμού %2: %3 (%4)</translation>
    </message>
    <message>
        <source>not a GeoPackage that can be written</source>
        <translation>δεν είναι GeoPackage στο οποίο μπορεί να γίνει εγγραφή</translation>
    </message>
    <message>
        <source>the table exists already</source>
        <translation>ο πίνακας υπάρχει ήδη</translation>
    </message>
    <message>
        <source>GDAL refused the table</source>
        <translation>το GDAL απέρριψε τον πίνακα</translation>
    </message>
    <message>
        <source>cannot add field %1</source>
        <translation>δεν είναι δυνατή η προσθήκη του πεδίου %1</translation>
    </message>
    <message>
        <source>the setting %1 has the malformed value &quot;%2&quot;</source>
        <translation>η ρύθμιση %1 έχει μη έγκυρη τιμή &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: not a Polis project (not a GeoPackage)</source>
        <translation>%1: δεν είναι έργο Polis (δεν είναι GeoPackage)</translation>
    </message>
    <message>
        <source>%1: not a Polis project (not a GeoPackage): %2</source>
        <translation>%1: δεν είναι έργο Polis (δεν είναι GeoPackage): %2</translation>
    </message>
    <message>
        <source>%1: not a Polis project (the polis_project and polis_layers tables are missing)</source>
        <translation>%1: δεν είναι έργο Polis (λείπουν οι πίνακες polis_project και polis_layers)</translation>
    </message>
    <message>
        <source>%1: written by a newer Polis (project format %2, this version reads up to %3)</source>
        <translation>%1: γράφτηκε από νεότερη έκδοση του Polis (μορφή έργου %2, αυτή η έκδοση διαβάζει έως %3)</translation>
    </message>
    <message>
        <source>%1: map CRS: %2</source>
        <translation>%1: ΣΣΑ χάρτη: %2</translation>
    </message>
    <message>
        <source>%1: project extent &quot;%2&quot; is not xmin,ymin,xmax,ymax</source>
        <translation>%1: η έκταση του έργου &quot;%2&quot; δεν είναι της μορφής xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <source>%1: print layout: %2</source>
        <translation>%1: διάταξη εκτύπωσης: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: the existing file is not a GeoPackage that can be written</source>
        <translation>%1: δεν είναι δυνατή η αποθήκευση: το υπάρχον αρχείο δεν είναι GeoPackage στο οποίο μπορεί να γίνει εγγραφή</translation>
    </message>
    <message>
        <source>%1: cannot save: the existing file is not a GeoPackage that can be written (%2)</source>
        <translation>%1: δεν είναι δυνατή η αποθήκευση: το υπάρχον αρχείο δεν είναι GeoPackage στο οποίο μπορεί να γίνει εγγραφή (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the project file: %2</source>
        <translation>%1: δεν είναι δυνατή η δημιουργία του αρχείου έργου: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2</source>
        <translation>%1: δεν είναι δυνατή η αποθήκευση του έργου: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the project: %2: %3</source>
        <translation>%1: δεν είναι δυνατή η αποθήκευση του έργου: %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: δεν είναι δυνατή η έναρξη συναλλαγής: %2</translation>
    </message>
    <message>
        <source>cannot create the project tables</source>
        <translation>δεν είναι δυνατή η δημιουργία των πινάκων του έργου</translation>
    </message>
    <message>
        <source>cannot replace the previous content</source>
        <translation>δεν είναι δυνατή η αντικατάσταση του προηγούμενου περιεχομένου</translation>
    </message>
    <message>
        <source>cannot write the project settings</source>
        <translation>δεν είναι δυνατή η εγγραφή των ρυθμίσεων του έργου</translation>
    </message>
    <message>
        <source>cannot write layer %1</source>
        <translation>δεν είναι δυνατή η εγγραφή του επιπέδου %1</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>δεν είναι δυνατή η οριστικοποίηση</translation>
    </message>
    <message>
        <source>%1: cannot import: cannot write a working copy beside the project (%2)</source>
        <translation>%1: δεν είναι δυνατή η εισαγωγή: δεν είναι δυνατή η εγγραφή αντιγράφου εργασίας δίπλα στο έργο (%2)</translation>
    </message>
    <message>
        <source>%1: cannot import: cannot replace the project (%2)</source>
        <translation>%1: δεν είναι δυνατή η εισαγωγή: δεν είναι δυνατή η αντικατάσταση του έργου (%2)</translation>
    </message>
    <message>
        <source>%1: cannot import: %2</source>
        <translation>%1: δεν είναι δυνατή η εισαγωγή: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the recovery copy: %2</source>
        <translation>%1: δεν είναι δυνατή η εγγραφή του αντιγράφου ανάκτησης: %2</translation>
    </message>
    <message>
        <source>layer &quot;%1&quot; is ambiguous: several layers read a source layer of that name</source>
        <translation>το επίπεδο &quot;%1&quot; είναι ασαφές: πολλά επίπεδα διαβάζουν επίπεδο προέλευσης με αυτό το όνομα</translation>
    </message>
    <message>
        <source>the project has no layer &quot;%1&quot;</source>
        <translation>το έργο δεν έχει επίπεδο &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a valid expression</source>
        <translation>μη έγκυρη έκφραση</translation>
    </message>
    <message>
        <source>No field named &quot;%1&quot; (fields: %2)</source>
        <translation>Δεν υπάρχει πεδίο με όνομα &quot;%1&quot; (πεδία: %2)</translation>
    </message>
    <message>
        <source>Geodesic measures need a known CRS; this layer has none</source>
        <translation>Οι γεωδαιτικές μετρήσεις χρειάζονται γνωστό ΣΣΑ· αυτό το επίπεδο δεν έχει</translation>
    </message>
    <message>
        <source>The CRS %1 has no ellipsoid to measure on</source>
        <translation>Το ΣΣΑ %1 δεν έχει ελλειψοειδές για μέτρηση</translation>
    </message>
    <message>
        <source>Feature %1 cannot be prepared: %2</source>
        <translation>Δεν είναι δυνατή η προετοιμασία του στοιχείου %1: %2</translation>
    </message>
    <message>
        <source>the query has a location predicate but nothing to relate to</source>
        <translation>το ερώτημα έχει χωρική συνθήκη αλλά τίποτα με το οποίο να συσχετιστεί</translation>
    </message>
    <message>
        <source>%1: dwithin needs a projected CRS in metres, but the layer is in %2</source>
        <translation>%1: το dwithin χρειάζεται προβαλλόμενο ΣΣΑ σε μέτρα, αλλά το επίπεδο είναι σε %2</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a numeric field of this layer</source>
        <translation>Το πεδίο &quot;%1&quot; δεν είναι αριθμητικό πεδίο αυτού του επιπέδου</translation>
    </message>
    <message>
        <source>%1: unknown output format (use .png, .pdf or .svg)</source>
        <translation>%1: άγνωστη μορφή εξόδου (χρησιμοποιήστε .png, .pdf ή .svg)</translation>
    </message>
    <message>
        <source>indicator %1: unknown key &quot;%2&quot;</source>
        <translation>δείκτης %1: άγνωστο κλειδί &quot;%2&quot;</translation>
    </message>
    <message>
        <source>indicator %1: &quot;where&quot; must be an object of field: value pairs</source>
        <translation>δείκτης %1: το &quot;where&quot; πρέπει να είναι αντικείμενο με ζεύγη πεδίο: τιμή</translation>
    </message>
    <message>
        <source>indicator definition is not a JSON object: %1</source>
        <translation>ο ορισμός δείκτη δεν είναι αντικείμενο JSON: %1</translation>
    </message>
    <message>
        <source>indicator definition without a &quot;name&quot;</source>
        <translation>ορισμός δείκτη χωρίς &quot;name&quot;</translation>
    </message>
    <message>
        <source>indicator %1: kind &quot;%2&quot; is not count, sum, length_km or area_km2</source>
        <translation>δείκτης %1: το είδος &quot;%2&quot; δεν είναι count, sum, length_km ή area_km2</translation>
    </message>
    <message>
        <source>indicator %1: no &quot;layer&quot;</source>
        <translation>δείκτης %1: λείπει το &quot;layer&quot;</translation>
    </message>
    <message>
        <source>indicator %1: a sum needs a &quot;field&quot;</source>
        <translation>δείκτης %1: το sum χρειάζεται &quot;field&quot;</translation>
    </message>
    <message>
        <source>indicator %1: &quot;within&quot; needs a &quot;layer&quot; and a &quot;distance&quot; &gt;= 0</source>
        <translation>δείκτης %1: το &quot;within&quot; χρειάζεται &quot;layer&quot; και &quot;distance&quot; &gt;= 0</translation>
    </message>
    <message>
        <source>the project has no scenario &quot;%1&quot; (available: %2)</source>
        <translation>το έργο δεν έχει σενάριο &quot;%1&quot; (διαθέσιμα: %2)</translation>
    </message>
    <message>
        <source>there is no scenario with id %1</source>
        <translation>δεν υπάρχει σενάριο με id %1</translation>
    </message>
    <message>
        <source>a scenario cannot be called &quot;%1&quot;</source>
        <translation>ένα σενάριο δεν μπορεί να ονομάζεται &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is already a scenario called &quot;%1&quot;</source>
        <translation>υπάρχει ήδη σενάριο με όνομα &quot;%1&quot;</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 does not exist in the scenario</source>
        <translation>το στοιχείο %1 του επιπέδου %2 δεν υπάρχει στο σενάριο</translation>
    </message>
    <message>
        <source>The layer has no field &quot;%1&quot;</source>
        <translation>Το επίπεδο δεν έχει πεδίο &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not numeric</source>
        <translation>Το πεδίο &quot;%1&quot; δεν είναι αριθμητικό</translation>
    </message>
    <message>
        <source>Colour ramp &quot;%1&quot; is not known</source>
        <translation>Η χρωματική κλίμακα &quot;%1&quot; είναι άγνωστη</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not known in %2</source>
        <translation>Το κλειδί στυλ &quot;%1&quot; είναι άγνωστο σε %2</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a number</source>
        <translation>Το κλειδί στυλ &quot;%1&quot; δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds %2, outside %3 to %4</source>
        <translation>Το κλειδί στυλ &quot;%1&quot; έχει τιμή %2, εκτός του εύρους %3 έως %4</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not text</source>
        <translation>Το κλειδί στυλ &quot;%1&quot; δεν είναι κείμενο</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds &quot;%2&quot;, not a #RRGGBB colour</source>
        <translation>Το κλειδί στυλ &quot;%1&quot; έχει τιμή &quot;%2&quot;, όχι χρώμα #RRGGBB</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds a length that is not a number from 0 to 1000</source>
        <translation>Το κλειδί στυλ &quot;%1&quot; έχει μήκος που δεν είναι αριθμός από 0 έως 1000</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a list of dash and gap lengths</source>
        <translation>Το κλειδί στυλ &quot;%1&quot; δεν είναι λίστα μηκών παύλας και κενού</translation>
    </message>
    <message>
        <source>Style key &quot;marker&quot; holds &quot;%1&quot; (expected circle, square, triangle or diamond)</source>
        <translation>Το κλειδί στυλ &quot;marker&quot; έχει τιμή &quot;%1&quot; (αναμενόταν circle, square, triangle ή diamond)</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; is not a list</source>
        <translation>Το κλειδί στυλ &quot;%1&quot; δεν είναι λίστα</translation>
    </message>
    <message>
        <source>Style key &quot;%1&quot; holds an entry that is not an object</source>
        <translation>Το κλειδί στυλ &quot;%1&quot; περιέχει καταχώριση που δεν είναι αντικείμενο</translation>
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
        <translation>Λείπει το κλειδί στυλ &quot;field&quot; στο &quot;modifiers&quot;: οι τροποποιητές βασίζονται σε πεδίο</translation>
    </message>
    <message>
        <source>a modifier</source>
        <translation>έναν τροποποιητή</translation>
    </message>
    <message>
        <source>Style is not a JSON object: %1</source>
        <translation>Το στυλ δεν είναι αντικείμενο JSON: %1</translation>
    </message>
    <message>
        <source>a raster style</source>
        <translation>ένα στυλ ψηφιδωτού</translation>
    </message>
    <message>
        <source>a single-symbol style</source>
        <translation>ένα στυλ μοναδικού συμβόλου</translation>
    </message>
    <message>
        <source>a categorized style</source>
        <translation>ένα κατηγοριοποιημένο στυλ</translation>
    </message>
    <message>
        <source>a graduated style</source>
        <translation>ένα διαβαθμισμένο στυλ</translation>
    </message>
    <message>
        <source>Style type &quot;%1&quot; is not known (expected single, categorized, graduated or raster)</source>
        <translation>Ο τύπος στυλ &quot;%1&quot; είναι άγνωστος (αναμενόταν single, categorized, graduated ή raster)</translation>
    </message>
    <message>
        <source>Style key &quot;field&quot; is missing: a %1 style classifies a field</source>
        <translation>Λείπει το κλειδί στυλ &quot;field&quot;: ένα στυλ %1 ταξινομεί ένα πεδίο</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>μια κατηγορία</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>ένα εύρος</translation>
    </message>
    <message>
        <source>Style key &quot;ranges&quot; holds a range without &quot;lower&quot; and &quot;upper&quot;</source>
        <translation>Το κλειδί στυλ &quot;ranges&quot; περιέχει εύρος χωρίς &quot;lower&quot; και &quot;upper&quot;</translation>
    </message>
    <message>
        <source>Style key &quot;modifiers&quot; makes more than 65536 symbols with the classes</source>
        <translation>Το κλειδί στυλ &quot;modifiers&quot; δημιουργεί περισσότερα από 65536 σύμβολα μαζί με τις κλάσεις</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 in scenario «%3»</source>
        <translation>στοιχείο %1 του επιπέδου %2 στο σενάριο «%3»</translation>
    </message>
    <message>
        <source>%1: the schema &quot;%2&quot; is not a plain name (letters, digits and _, not starting with a digit)</source>
        <translation>%1: το σχήμα &quot;%2&quot; δεν είναι απλό όνομα (γράμματα, ψηφία και _, χωρίς να αρχίζει από ψηφίο)</translation>
    </message>
    <message>
        <source>%1: a password in the location would be stored with it; put it in ~/.pgpass or a service file instead</source>
        <translation>%1: ένας κωδικός πρόσβασης μέσα στη θέση θα αποθηκευόταν μαζί της· βάλτε τον αντί γι&apos; αυτό στο ~/.pgpass ή σε αρχείο υπηρεσιών (service file)</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: δεν είναι δυνατή η σύνδεση: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the database</source>
        <translation>%1: δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων: %2</translation>
    </message>
    <message>
        <source>scenario «%1»</source>
        <translation>σενάριο «%1»</translation>
    </message>
    <message>
        <source>cannot create the indicator table</source>
        <translation>δεν είναι δυνατή η δημιουργία του πίνακα δεικτών</translation>
    </message>
    <message>
        <source>cannot replace the indicators</source>
        <translation>δεν είναι δυνατή η αντικατάσταση των δεικτών</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>δεν είναι δυνατή η εγγραφή: %1</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (διαγράφηκε)</translation>
    </message>
    <message>
        <source>the changes of %1</source>
        <translation>οι αλλαγές (%1)</translation>
    </message>
    <message>
        <source>cannot replace the project revision</source>
        <translation>δεν είναι δυνατή η αντικατάσταση της αναθεώρησης του έργου</translation>
    </message>
    <message>
        <source>the database refused the change</source>
        <translation>η βάση δεδομένων απέρριψε την αλλαγή</translation>
    </message>
    <message>
        <source>cannot add the new columns</source>
        <translation>δεν είναι δυνατή η προσθήκη των νέων στηλών</translation>
    </message>
    <message>
        <source>the project settings</source>
        <translation>οι ρυθμίσεις του έργου</translation>
    </message>
    <message>
        <source>cannot write the project revision</source>
        <translation>δεν είναι δυνατή η εγγραφή της αναθεώρησης του έργου</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, it was removed</source>
        <translation>%1: η δική σας έκδοση βασίζεται στην αναθεώρηση %2, στο μεταξύ αφαιρέθηκε</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, revision %3 was saved by someone</source>
        <translation>%1: η δική σας έκδοση βασίζεται στην αναθεώρηση %2, η αναθεώρηση %3 αποθηκεύτηκε από κάποιον άλλο</translation>
    </message>
    <message>
        <source>%1: yours is based on revision %2, revision %3 was saved by %4</source>
        <translation>%1: η δική σας έκδοση βασίζεται στην αναθεώρηση %2, η αναθεώρηση %3 αποθηκεύτηκε από τον/την %4</translation>
    </message>
    <message>
        <source>%1: not saved, someone else saved first:%2</source>
        <translation>%1: δεν αποθηκεύτηκε, κάποιος άλλος αποθήκευσε πρώτος:%2</translation>
    </message>
    <message>
        <source>%1: not saved: the role %2 may only read this project</source>
        <translation>%1: δεν αποθηκεύτηκε: ο ρόλος %2 μπορεί μόνο να διαβάζει αυτό το έργο</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>δεν είναι δυνατή η έναρξη συναλλαγής</translation>
    </message>
    <message>
        <source>the table %1 is missing in %2</source>
        <translation>ο πίνακας %1 λείπει από το %2</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>επίπεδο %1: %2</translation>
    </message>
    <message>
        <source>cannot commit the layer tables</source>
        <translation>δεν είναι δυνατή η οριστικοποίηση των πινάκων επιπέδων</translation>
    </message>
    <message>
        <source>%1: only a project in a database (postgresql://...) can be watched</source>
        <translation>%1: μόνο ένα έργο σε βάση δεδομένων (postgresql://...) μπορεί να παρακολουθείται</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot; (the project has: %2)</source>
        <translation>δεν υπάρχει σενάριο &quot;%1&quot; (το έργο έχει: %2)</translation>
    </message>
    <message>
        <source>no vector layer &quot;%1&quot; in the project</source>
        <translation>δεν υπάρχει διανυσματικό επίπεδο &quot;%1&quot; στο έργο</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 is removed in scenario %3</source>
        <translation>το στοιχείο %1 του επιπέδου %2 έχει αφαιρεθεί στο σενάριο %3</translation>
    </message>
    <message>
        <source>indicator %1: &quot;names&quot; must be an object of language: title pairs</source>
        <translation>δείκτης %1: τα &quot;names&quot; πρέπει να είναι αντικείμενο με ζεύγη γλώσσα: τίτλος</translation>
    </message>
    <message>
        <source>%1: map background &quot;%2&quot; is not a colour #rrggbb</source>
        <translation>%1: το φόντο χάρτη «%2» δεν είναι χρώμα #rrggbb</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; on layer %2 is refused: %3</source>
        <translation>Το φίλτρο &quot;%1&quot; στο επίπεδο %2 απορρίφθηκε: %3</translation>
    </message>
    <message>
        <source>%1, layer %2 declares no CRS and its coordinates suggest none: not drawn (give it a CRS, e.g. a .prj file, or import it choosing one)</source>
        <translation>%1, επίπεδο %2: δεν δηλώνει σύστημα συντεταγμένων και οι συντεταγμένες του δεν υποδεικνύουν κανένα· δεν σχεδιάζεται (δώστε του σύστημα συντεταγμένων, π.χ. αρχείο .prj, ή εισαγάγετέ το επιλέγοντας ένα)</translation>
    </message>
    <message>
        <source>%1, layer %2 declares no CRS: drawn as %3 (%4), which its coordinates suggest</source>
        <translation>%1, επίπεδο %2: δεν δηλώνει σύστημα συντεταγμένων· σχεδιάζεται ως %3 (%4), όπως υποδεικνύουν οι συντεταγμένες του</translation>
    </message>
</context>
<context>
    <name>polis::FeatureEditTool</name>
    <message>
        <source>Select a feature first (Select mode, then click it)</source>
        <translation>Επιλέξτε πρώτα ένα στοιχείο (λειτουργία Επιλογή, μετά κλικ πάνω του)</translation>
    </message>
    <message>
        <source>Cannot rotate: %1</source>
        <translation>Αδύνατη η περιστροφή: %1</translation>
    </message>
    <message>
        <source>Move feature %1 of %2</source>
        <translation>Μετακίνηση του στοιχείου %1 του %2</translation>
    </message>
    <message>
        <source>Rotate feature %1 of %2</source>
        <translation>Περιστροφή του στοιχείου %1 του %2</translation>
    </message>
    <message>
        <source>Move a vertex of feature %1 of %2</source>
        <translation>Μετακίνηση κορυφής του στοιχείου %1 του %2</translation>
    </message>
    <message>
        <source>Cannot insert a vertex: %1</source>
        <translation>Αδύνατη η προσθήκη κορυφής: %1</translation>
    </message>
    <message>
        <source>Insert a vertex into feature %1 of %2</source>
        <translation>Προσθήκη κορυφής στο στοιχείο %1 του %2</translation>
    </message>
    <message>
        <source>Cannot remove the vertex: %1</source>
        <translation>Αδύνατη η αφαίρεση της κορυφής: %1</translation>
    </message>
    <message>
        <source>Remove a vertex of feature %1 of %2</source>
        <translation>Αφαίρεση κορυφής του στοιχείου %1 του %2</translation>
    </message>
    <message>
        <source>Cannot reshape: %1</source>
        <translation>Αδύνατη η αναμόρφωση: %1</translation>
    </message>
    <message>
        <source>Reshape feature %1 of %2</source>
        <translation>Αναμόρφωση του στοιχείου %1 του %2</translation>
    </message>
    <message>
        <source>Cannot split: %1</source>
        <translation>Αδύνατος ο διαχωρισμός: %1</translation>
    </message>
    <message>
        <source>Split feature %1 of %2</source>
        <translation>Διαχωρισμός του στοιχείου %1 του %2</translation>
    </message>
</context>
<context>
    <name>polis::ImportController</name>
    <message numerus="yes">
        <source>%n invalid geometry(s) (%1)</source>
        <translation>
            <numerusform>%n άκυρη γεωμετρία (%1)</numerusform>
            <numerusform>%n άκυρες γεωμετρίες (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty geometry(s)</source>
        <translation>
            <numerusform>%n κενή γεωμετρία</numerusform>
            <numerusform>%n κενές γεωμετρίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) without geometry</source>
        <translation>
            <numerusform>%n στοιχείο χωρίς γεωμετρία</numerusform>
            <numerusform>%n στοιχεία χωρίς γεωμετρία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n geometry(s) with unusable coordinates</source>
        <translation>
            <numerusform>%n γεωμετρία με μη χρησιμοποιήσιμες συντεταγμένες</numerusform>
            <numerusform>%n γεωμετρίες με μη χρησιμοποιήσιμες συντεταγμένες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate id(s) in %1</source>
        <translation>
            <numerusform>%n διπλότυπο αναγνωριστικό στο %1</numerusform>
            <numerusform>%n διπλότυπα αναγνωριστικά στο %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the feature id</source>
        <translation>το αναγνωριστικό στοιχείου</translation>
    </message>
    <message>
        <source>mixed geometry types: %1</source>
        <translation>μικτοί τύποι γεωμετρίας: %1</translation>
    </message>
    <message>
        <source>field names probably cut short: %1</source>
        <translation>ονόματα πεδίων πιθανώς περικομμένα: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n layer(s) imported before.</source>
        <translation>
            <numerusform>Ακυρώθηκε: είχε ήδη εισαχθεί %n επίπεδο.</numerusform>
            <numerusform>Ακυρώθηκε: είχαν ήδη εισαχθεί %n επίπεδα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) imported.</source>
        <translation>
            <numerusform>Εισήχθη %n επίπεδο.</numerusform>
            <numerusform>Εισήχθησαν %n επίπεδα.</numerusform>
        </translation>
    </message>
    <message>
        <source>An assigned CRS or text encoding is kept only when the layers are embedded.</source>
        <translation>Ένα ΣΣΑ ή μια κωδικοποίηση κειμένου που ορίστηκε διατηρείται μόνο όταν τα επίπεδα ενσωματώνονται.</translation>
    </message>
    <message>
        <source>The coordinates (x %1 to %2, y %3 to %4) cannot be in %5</source>
        <translation>Οι συντεταγμένες (x %1 έως %2, y %3 έως %4) δεν μπορεί να ανήκουν στο %5</translation>
    </message>
    <message>
        <source> (its area of use: %1)</source>
        <translation> (περιοχή χρήσης του: %1)</translation>
    </message>
    <message>
        <source>; they suggest EPSG:%1.</source>
        <translation>· υποδεικνύουν το EPSG:%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n geometry(s) repaired</source>
        <translation>
            <numerusform>%n γεωμετρία επιδιορθώθηκε</numerusform>
            <numerusform>%n γεωμετρίες επιδιορθώθηκαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unusable geometry(s) set to null</source>
        <translation>
            <numerusform>%n μη χρησιμοποιήσιμη γεωμετρία έγινε null</numerusform>
            <numerusform>%n μη χρησιμοποιήσιμες γεωμετρίες έγιναν null</numerusform>
        </translation>
    </message>
    <message>
        <source>imported although its coordinates cannot be in %1</source>
        <translation>εισήχθη, αν και οι συντεταγμένες του δεν μπορεί να ανήκουν στο %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n feature(s), %3 — %4</source>
        <translation>
            <numerusform>%1 (%2): %n στοιχείο, %3 — %4</numerusform>
            <numerusform>%1 (%2): %n στοιχεία, %3 — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>κανένα πρόβλημα</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) imported; %1 wait for a CRS or your consent.</source>
        <translation>
            <numerusform>Εισήχθη %n επίπεδο· σε αναμονή ΣΣΑ ή της συγκατάθεσής σας: %1.</numerusform>
            <numerusform>Εισήχθησαν %n επίπεδα· σε αναμονή ΣΣΑ ή της συγκατάθεσής σας: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): a reference to the file</source>
        <translation>%1 (%2): αναφορά στο αρχείο</translation>
    </message>
</context>
<context>
    <name>polis::LanguageSettings</name>
    <message>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
</context>
<context>
    <name>polis::LayerListModel</name>
    <message>
        <source>all other values</source>
        <translation>όλες οι άλλες τιμές</translation>
    </message>
    <message>
        <source>Take %1 out of its group</source>
        <translation>Αφαίρεση του %1 από την ομάδα του</translation>
    </message>
    <message>
        <source>Put %1 into group %2</source>
        <translation>Τοποθέτηση του %1 στην ομάδα %2</translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation>Μετονομασία της ομάδας %1 σε %2</translation>
    </message>
    <message>
        <source>Ungroup %1</source>
        <translation>Κατάργηση της ομάδας %1</translation>
    </message>
    <message>
        <source>Show group %1</source>
        <translation>Εμφάνιση της ομάδας %1</translation>
    </message>
    <message>
        <source>Hide group %1</source>
        <translation>Απόκρυψη της ομάδας %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Εμφάνιση του %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Απόκρυψη του %1</translation>
    </message>
    <message>
        <source>Change the opacity of %1</source>
        <translation>Αλλαγή της αδιαφάνειας του %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Μετακίνηση του %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Αφαίρεση του %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Ομάδα %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Μετονομασία του %1 σε %2</translation>
    </message>
</context>
<context>
    <name>polis::LocatorController</name>
    <message>
        <source>Point</source>
        <translation>Σημείο</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Επιφάνεια</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>S</source>
        <translation>Ν</translation>
    </message>
    <message>
        <source>N</source>
        <translation>Β</translation>
    </message>
    <message>
        <source>W</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>E</source>
        <translation>Α</translation>
    </message>
    <message>
        <source>E %1, N %2</source>
        <translation>X %1, Y %2</translation>
    </message>
    <message>
        <source>WGS 84 latitude and longitude</source>
        <translation>Γεωγραφικό πλάτος και μήκος WGS 84</translation>
    </message>
    <message>
        <source>Greek Grid (EGSA87, EPSG:2100)</source>
        <translation>ΕΓΣΑ87 (EPSG:2100)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Συντεταγμένες</translation>
    </message>
    <message>
        <source>EPSG:%1 %2</source>
        <translation>EPSG:%1 %2</translation>
    </message>
    <message>
        <source>Where the coordinate reference system is used</source>
        <translation>Περιοχή χρήσης του συστήματος συντεταγμένων αναφοράς</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>ΣΣΑ</translation>
    </message>
</context>
<context>
    <name>polis::MapDocument</name>
    <message>
        <source>No file name to save the project to</source>
        <translation>Δεν υπάρχει όνομα αρχείου για την αποθήκευση του έργου</translation>
    </message>
    <message>
        <source>Change the style of %1</source>
        <translation>Αλλαγή του συμβολισμού του %1</translation>
    </message>
    <message>
        <source>Map background colour</source>
        <translation>Χρώμα φόντου χάρτη</translation>
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
        <translation>Κάντε κλικ σε τουλάχιστον τρία σημεία</translation>
    </message>
    <message>
        <source>Click at least two points</source>
        <translation>Κάντε κλικ σε τουλάχιστον δύο σημεία</translation>
    </message>
    <message>
        <source>%1 map units</source>
        <translation>%1 μονάδες χάρτη</translation>
    </message>
    <message>
        <source>%1 (geodesic %2)</source>
        <translation>%1 (γεωδαισιακά %2)</translation>
    </message>
</context>
<context>
    <name>polis::QueryController</name>
    <message>
        <source>intersecting</source>
        <translation>που τέμνουν</translation>
    </message>
    <message>
        <source>within</source>
        <translation>εντός</translation>
    </message>
    <message>
        <source>containing</source>
        <translation>που περιέχουν</translation>
    </message>
    <message>
        <source>touching</source>
        <translation>που εφάπτονται</translation>
    </message>
    <message>
        <source>crossing</source>
        <translation>που διασχίζουν</translation>
    </message>
    <message>
        <source>within a distance of</source>
        <translation>σε απόσταση έως</translation>
    </message>
    <message>
        <source>within %1 m of</source>
        <translation>σε απόσταση έως %1 m από</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>την επιλογή</translation>
    </message>
    <message>
        <source> where %1</source>
        <translation> όπου %1</translation>
    </message>
    <message>
        <source>Choose a layer and a relation.</source>
        <translation>Επιλέξτε ένα επίπεδο και μια σχέση.</translation>
    </message>
    <message>
        <source>Nothing is selected to query with.</source>
        <translation>Δεν υπάρχει επιλογή για το ερώτημα.</translation>
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
        <translation>Δημιουργία σεναρίου %1</translation>
    </message>
    <message>
        <source>Choose a scenario to duplicate (the baseline is the project&apos;s layers)</source>
        <translation>Επιλέξτε ένα σενάριο για αντιγραφή (η υφιστάμενη κατάσταση είναι τα επίπεδα του έργου)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>Αντιγραφή του σεναρίου %1 ως %2</translation>
    </message>
    <message>
        <source>The baseline cannot be renamed</source>
        <translation>Η υφιστάμενη κατάσταση δεν μετονομάζεται</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>Μετονομασία του σεναρίου %1 σε %2</translation>
    </message>
    <message>
        <source>The baseline has no description to edit</source>
        <translation>Η υφιστάμενη κατάσταση δεν έχει περιγραφή για επεξεργασία</translation>
    </message>
    <message>
        <source>Describe scenario %1</source>
        <translation>Περιγραφή του σεναρίου %1</translation>
    </message>
    <message>
        <source>The baseline cannot be deleted</source>
        <translation>Η υφιστάμενη κατάσταση δεν διαγράφεται</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Διαγραφή του σεναρίου %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Choose a scenario and a vector layer to sketch into</source>
        <translation>Επιλέξτε ένα σενάριο και ένα διανυσματικό επίπεδο για σχεδίαση</translation>
    </message>
    <message>
        <source>Add feature to %1</source>
        <translation>Προσθήκη στοιχείου στο %1</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to edit its attributes</source>
        <translation>Επιλέξτε ένα στοιχείο ενός σεναρίου για να επεξεργαστείτε τις ιδιότητές του</translation>
    </message>
    <message>
        <source>Edit attributes of feature %1 of %2</source>
        <translation>Επεξεργασία ιδιοτήτων του στοιχείου %1 του %2</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to delete it</source>
        <translation>Επιλέξτε ένα στοιχείο ενός σεναρίου για να το διαγράψετε</translation>
    </message>
    <message>
        <source>Delete feature %1 of %2</source>
        <translation>Διαγραφή του στοιχείου %1 του %2</translation>
    </message>
    <message>
        <source>Select a feature of a scenario to edit its geometry</source>
        <translation>Επιλέξτε ένα στοιχείο ενός σεναρίου για να επεξεργαστείτε τη γεωμετρία του</translation>
    </message>
</context>
<context>
    <name>polis::StyleController</name>
    <message>
        <source>Only vector layers have styles.</source>
        <translation>Μόνο τα διανυσματικά επίπεδα έχουν συμβολισμό.</translation>
    </message>
</context>
<context>
    <name>polis::UndoHistoryModel</name>
    <message>
        <source>Opened</source>
        <translation>Άνοιγμα</translation>
    </message>
</context>
<context>
    <name>polis::cli</name>
    <message>
        <source>Buffer distance in the layer&apos;s CRS units (metres)</source>
        <translation>Απόσταση ζώνης στις μονάδες του ΣΣΑ του επιπέδου (μέτρα)</translation>
    </message>
    <message>
        <source>Line ends: round (default), flat or square</source>
        <translation>Άκρα γραμμών: round (στρογγυλά, προεπιλογή), flat (επίπεδα) ή square (τετράγωνα)</translation>
    </message>
    <message>
        <source>Segments per quarter circle (default 8)</source>
        <translation>Τμήματα ανά τεταρτοκύκλιο (προεπιλογή 8)</translation>
    </message>
    <message>
        <source>Buffer every feature of a layer into a new polygon layer.</source>
        <translation>Ζώνη επιρροής γύρω από κάθε στοιχείο ενός επιπέδου, σε νέο επίπεδο πολυγώνων.</translation>
    </message>
    <message>
        <source>give --distance METRES</source>
        <translation>δώστε --distance ΜΕΤΡΑ</translation>
    </message>
    <message>
        <source>--cap &quot;%1&quot; is not round, flat or square</source>
        <translation>το --cap &quot;%1&quot; δεν είναι round, flat ή square</translation>
    </message>
    <message>
        <source>--segments must be a whole number from 1 to 1000</source>
        <translation>το --segments πρέπει να είναι ακέραιος από 1 έως 1000</translation>
    </message>
    <message>
        <source>Import datasets into a project, checking CRS, encoding and geometries</source>
        <translation>Εισαγωγή συνόλων δεδομένων σε έργο, με έλεγχο ΣΣΑ, κωδικοποίησης και γεωμετριών</translation>
    </message>
    <message>
        <source>Describe the layers of a dataset or project</source>
        <translation>Περιγραφή των επιπέδων ενός συνόλου δεδομένων ή έργου</translation>
    </message>
    <message>
        <source>Draw datasets or a project to PNG, PDF or SVG</source>
        <translation>Σχεδίαση συνόλων δεδομένων ή έργου σε PNG, PDF ή SVG</translation>
    </message>
    <message>
        <source>Print a project&apos;s map layout (or the council pack) to PDF, PNG or SVG</source>
        <translation>Εκτύπωση της διάταξης χάρτη ενός έργου (ή του φακέλου για το συμβούλιο) σε PDF, PNG ή SVG</translation>
    </message>
    <message>
        <source>Select features by location (intersects, within, dwithin...)</source>
        <translation>Επιλογή στοιχείων κατά θέση (intersects, within, dwithin...)</translation>
    </message>
    <message>
        <source>Buffer features into a new polygon layer</source>
        <translation>Ζώνη επιρροής γύρω από στοιχεία, σε νέο επίπεδο πολυγώνων</translation>
    </message>
    <message>
        <source>Union features, per value of a field</source>
        <translation>Συγχώνευση στοιχείων, ανά τιμή ενός πεδίου</translation>
    </message>
    <message>
        <source>Clip, difference or intersection with another layer</source>
        <translation>Αποκοπή, διαφορά ή τομή με άλλο επίπεδο</translation>
    </message>
    <message>
        <source>The k nearest features with their distances</source>
        <translation>Τα k πλησιέστερα στοιχεία με τις αποστάσεις τους</translation>
    </message>
    <message>
        <source>Count, sum, mean, area and length, grouped by a field</source>
        <translation>Πλήθος, άθροισμα, μέσος όρος, εμβαδόν και μήκος, ομαδοποιημένα κατά πεδίο</translation>
    </message>
    <message>
        <source>List, compare and measure a project&apos;s planning scenarios</source>
        <translation>Λίστα, σύγκριση και μέτρηση των σεναρίων σχεδιασμού ενός έργου</translation>
    </message>
    <message>
        <source>Usage: polis [PROJECT]            open the map window</source>
        <translation>Χρήση: polis [ΕΡΓΟ]               άνοιγμα του παραθύρου χάρτη</translation>
    </message>
    <message>
        <source>       polis COMMAND [OPTIONS]    run a command (polis COMMAND --help)</source>
        <translation>       polis ΕΝΤΟΛΗ [ΕΠΙΛΟΓΕΣ]    εκτέλεση εντολής (polis ΕΝΤΟΛΗ --help)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Εντολές:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Επιλογές:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Εμφάνιση αυτής της βοήθειας</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Εμφάνιση της έκδοσης</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 an input problem (the message names the file), 2 a usage error.</source>
        <translation>Κωδικοί εξόδου: 0 επιτυχία, 1 πρόβλημα στα δεδομένα εισόδου (το μήνυμα αναφέρει το αρχείο), 2 σφάλμα χρήσης.</translation>
    </message>
    <message>
        <source>Try: polis %1 --help</source>
        <translation>Δοκιμάστε: polis %1 --help</translation>
    </message>
    <message>
        <source>Usage: polis %1 %2</source>
        <translation>Χρήση: polis %1 %2</translation>
    </message>
    <message>
        <source>The overlay layer: dataset path or path:layer</source>
        <translation>Το επίπεδο επικάλυψης: διαδρομή συνόλου δεδομένων ή διαδρομή:επίπεδο</translation>
    </message>
    <message>
        <source>clip (default: the parts inside), difference (outside) or intersection (pairs, attributes of both)</source>
        <translation>clip (προεπιλογή: τα τμήματα εντός), difference (εκτός) ή intersection (ζεύγη, με ιδιότητες και των δύο)</translation>
    </message>
    <message>
        <source>Overlay a layer with another: clip, difference or intersection.</source>
        <translation>Επικάλυψη ενός επιπέδου με άλλο: αποκοπή, διαφορά ή τομή.</translation>
    </message>
    <message>
        <source>--op &quot;%1&quot; is not clip, difference or intersection</source>
        <translation>το --op &quot;%1&quot; δεν είναι clip, difference ή intersection</translation>
    </message>
    <message>
        <source>give the overlay layer with --with SRC</source>
        <translation>δώστε το επίπεδο επικάλυψης με --with ΠΗΓΗ</translation>
    </message>
    <message>
        <source>Field whose values form the groups (default: everything in one)</source>
        <translation>Πεδίο του οποίου οι τιμές σχηματίζουν τις ομάδες (προεπιλογή: όλα σε μία)</translation>
    </message>
    <message>
        <source>Union the features of a layer, per value of a field.</source>
        <translation>Συγχώνευση των στοιχείων ενός επιπέδου, ανά τιμή ενός πεδίου.</translation>
    </message>
    <message>
        <source>--paper &quot;%1&quot; is not one of A4, A3, A2, A1, A0</source>
        <translation>το --paper &quot;%1&quot; δεν είναι ένα από A4, A3, A2, A1, A0</translation>
    </message>
    <message>
        <source>--orientation &quot;%1&quot; is not portrait or landscape</source>
        <translation>το --orientation &quot;%1&quot; δεν είναι portrait ή landscape</translation>
    </message>
    <message>
        <source>Print a project&apos;s map with its layout (title, legend, scale bar, north arrow, CRS, date) to PDF, PNG or SVG; --all-scenarios makes the council pack.</source>
        <translation>Εκτύπωση του χάρτη ενός έργου με τη διάταξή του (τίτλος, υπόμνημα, γραφική κλίμακα, βέλος βορρά, ΣΣΑ, ημερομηνία) σε PDF, PNG ή SVG· το --all-scenarios φτιάχνει τον φάκελο για το συμβούλιο.</translation>
    </message>
    <message>
        <source>The scenario to print (default: baseline)</source>
        <translation>Το σενάριο προς εκτύπωση (προεπιλογή: baseline)</translation>
    </message>
    <message>
        <source>A multi-page PDF: one page per scenario and a summary page</source>
        <translation>Πολυσέλιδο PDF: μία σελίδα ανά σενάριο και μία σελίδα σύνοψης</translation>
    </message>
    <message>
        <source>Paper size: A4, A3, A2, A1 or A0 (default: the project&apos;s layout)</source>
        <translation>Μέγεθος χαρτιού: A4, A3, A2, A1 ή A0 (προεπιλογή: της διάταξης του έργου)</translation>
    </message>
    <message>
        <source>portrait or landscape (default: the project&apos;s layout)</source>
        <translation>portrait (κατακόρυφος) ή landscape (οριζόντιος) (προεπιλογή: της διάταξης του έργου)</translation>
    </message>
    <message>
        <source>PNG resolution; rasters in PDF and SVG at most 200 (default 150)</source>
        <translation>Ανάλυση PNG· ψηφιδωτά σε PDF και SVG έως 200 (προεπιλογή 150)</translation>
    </message>
    <message>
        <source>Title (default: the layout&apos;s, else the project&apos;s)</source>
        <translation>Τίτλος (προεπιλογή: της διάταξης, αλλιώς του έργου)</translation>
    </message>
    <message>
        <source>The project (.polis)</source>
        <translation>Το έργο (.polis)</translation>
    </message>
    <message>
        <source>give exactly one PROJECT</source>
        <translation>δώστε ακριβώς ένα ΕΡΓΟ</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.pdf|.png|.svg</source>
        <translation>δώστε το αρχείο εξόδου με -o ΕΞΟΔΟΣ.pdf|.png|.svg</translation>
    </message>
    <message>
        <source>give --scenario NAME or --all-scenarios, not both</source>
        <translation>δώστε --scenario ΟΝΟΜΑ ή --all-scenarios, όχι και τα δύο</translation>
    </message>
    <message>
        <source>--dpi &quot;%1&quot; is not a whole number from 36 to 1200</source>
        <translation>το --dpi &quot;%1&quot; δεν είναι ακέραιος από 36 έως 1200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project: export prints .polis projects</source>
        <translation>το &quot;%1&quot; δεν είναι έργο: η εξαγωγή εκτυπώνει έργα .polis</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Γράφτηκε το %1</translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation>%1: εισήχθη</translation>
    </message>
    <message>
        <source>%1 -&gt; table %2: %3 features (%4), CRS %5%6, encoding %7 (%8)</source>
        <translation>%1 -&gt; πίνακας %2: %3 στοιχεία (%4), ΣΣΑ %5%6, κωδικοποίηση %7 (%8)</translation>
    </message>
    <message>
        <source> (assigned)</source>
        <translation> (ορίστηκε)</translation>
    </message>
    <message>
        <source>geometries: %1 invalid, %2 empty, %3 null, %4 unusable; %5 repaired, %6 set to null</source>
        <translation>γεωμετρίες: %1 άκυρες, %2 κενές, %3 null, %4 μη χρησιμοποιήσιμες· %5 επιδιορθώθηκαν, %6 έγιναν null</translation>
    </message>
    <message>
        <source>%1 duplicate id(s), mixed geometry types: %2, truncated field names: %3</source>
        <translation>%1 διπλότυπα αναγνωριστικά, μικτοί τύποι γεωμετρίας: %2, περικομμένα ονόματα πεδίων: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>Import datasets (files, .zip shapefiles, folders) into a project, creating it when missing. Each layer is embedded in the project in its own CRS, after checking its CRS, text encoding and geometries.</source>
        <translation>Εισαγωγή συνόλων δεδομένων (αρχεία, shapefile σε .zip, φάκελοι) σε έργο, που δημιουργείται αν λείπει. Κάθε επίπεδο ενσωματώνεται στο έργο στο δικό του ΣΣΑ, αφού ελεγχθούν το ΣΣΑ, η κωδικοποίηση κειμένου και οι γεωμετρίες του.</translation>
    </message>
    <message>
        <source>The project to import into (created when missing)</source>
        <translation>Το έργο όπου γίνεται η εισαγωγή (δημιουργείται αν λείπει)</translation>
    </message>
    <message>
        <source>CRS for layers that declare none, and the map CRS of a new project</source>
        <translation>ΣΣΑ για επίπεδα που δεν δηλώνουν κανένα, και ΣΣΑ χάρτη ενός νέου έργου</translation>
    </message>
    <message>
        <source>Text encoding of shapefiles (CP1253, ISO-8859-7, UTF-8...)</source>
        <translation>Κωδικοποίηση κειμένου των shapefile (CP1253, ISO-8859-7, UTF-8...)</translation>
    </message>
    <message>
        <source>Repair invalid geometries (GEOS MakeValid); unusable ones become null</source>
        <translation>Επιδιόρθωση άκυρων γεωμετριών (GEOS MakeValid)· οι μη χρησιμοποιήσιμες γίνονται null</translation>
    </message>
    <message>
        <source>Print one JSON document (keys documented in the README)</source>
        <translation>Εκτύπωση ενός εγγράφου JSON (τα κλειδιά περιγράφονται στο README)</translation>
    </message>
    <message>
        <source>Dataset path, .zip shapefile or folder</source>
        <translation>Διαδρομή συνόλου δεδομένων, shapefile σε .zip ή φάκελος</translation>
    </message>
    <message>
        <source>polis import: give at least one SOURCE and --into PROJECT.polis (see polis import --help)</source>
        <translation>polis import: δώστε τουλάχιστον μία ΠΗΓΗ και --into ΕΡΓΟ.polis (δείτε polis import --help)</translation>
    </message>
    <message>
        <source>%1: the folder holds no datasets</source>
        <translation>%1: ο φάκελος δεν περιέχει σύνολα δεδομένων</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>Raster %1: %2 x %3 pixels, %4 band(s), CRS %5</source>
        <translation>Ψηφιδωτό %1: %2 x %3 εικονοστοιχεία, %4 κανάλια, ΣΣΑ %5</translation>
    </message>
    <message>
        <source>Extent: %1</source>
        <translation>Έκταση: %1</translation>
    </message>
    <message>
        <source>Layer %1: %2, %3 features, CRS %4, encoding %5</source>
        <translation>Επίπεδο %1: %2, %3 στοιχεία, ΣΣΑ %4, κωδικοποίηση %5</translation>
    </message>
    <message>
        <source>No CRS declared; the coordinates suggest %1</source>
        <translation>Δεν δηλώνεται ΣΣΑ· οι συντεταγμένες υποδεικνύουν %1</translation>
    </message>
    <message>
        <source>Dataset path, path:layer, or GDAL connection string</source>
        <translation>Διαδρομή συνόλου δεδομένων, διαδρομή:επίπεδο ή συμβολοσειρά σύνδεσης GDAL</translation>
    </message>
    <message>
        <source>polis info: give exactly one SOURCE (see polis info --help)</source>
        <translation>polis info: δώστε ακριβώς μία ΠΗΓΗ (δείτε polis info --help)</translation>
    </message>
    <message>
        <source>Write the result to OUT (.gpkg, .geojson or .csv)</source>
        <translation>Εγγραφή του αποτελέσματος στο ΕΞΟΔΟΣ (.gpkg, .geojson ή .csv)</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .gpkg, .geojson or .csv</source>
        <translation>η έξοδος &quot;%1&quot; πρέπει να τελειώνει σε .gpkg, .geojson ή .csv</translation>
    </message>
    <message>
        <source>polis %1: %2 feature(s) with invalid geometry were skipped</source>
        <translation>polis %1: παραλείφθηκαν %2 στοιχεία με άκυρη γεωμετρία</translation>
    </message>
    <message>
        <source>Attribute filter (OGR SQL), e.g. &quot;use = &apos;school&apos;&quot;</source>
        <translation>Φίλτρο ιδιοτήτων (OGR SQL), π.χ. &quot;use = &apos;school&apos;&quot;</translation>
    </message>
    <message>
        <source>Print one JSON document: count, invalid, invalid_ids</source>
        <translation>Εκτύπωση ενός εγγράφου JSON: count, invalid, invalid_ids</translation>
    </message>
    <message>
        <source>Dataset path or path:layer</source>
        <translation>Διαδρομή συνόλου δεδομένων ή διαδρομή:επίπεδο</translation>
    </message>
    <message>
        <source>give exactly one SOURCE</source>
        <translation>δώστε ακριβώς μία ΠΗΓΗ</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.gpkg|.geojson|.csv</source>
        <translation>δώστε το αρχείο εξόδου με -o ΕΞΟΔΟΣ.gpkg|.geojson|.csv</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ή </translation>
    </message>
    <message>
        <source>The layer to relate to: dataset path or path:layer</source>
        <translation>Το επίπεδο αναφοράς της σχέσης: διαδρομή συνόλου δεδομένων ή διαδρομή:επίπεδο</translation>
    </message>
    <message>
        <source>For dwithin: the distance in the layer&apos;s CRS units (metres)</source>
        <translation>Για dwithin: η απόσταση στις μονάδες του ΣΣΑ του επιπέδου (μέτρα)</translation>
    </message>
    <message>
        <source>give --op and --with together</source>
        <translation>δώστε --op και --with μαζί</translation>
    </message>
    <message>
        <source>--op &quot;%1&quot; is not one of %2</source>
        <translation>το --op &quot;%1&quot; δεν είναι ένα από %2</translation>
    </message>
    <message>
        <source>--distance only applies to --op %1</source>
        <translation>το --distance ισχύει μόνο για --op %1</translation>
    </message>
    <message>
        <source>%1 needs --distance, a number of metres &gt;= 0</source>
        <translation>το %1 χρειάζεται --distance, αριθμό μέτρων &gt;= 0</translation>
    </message>
    <message>
        <source>For each feature of --to, the k nearest features of --layer with their exact distances.</source>
        <translation>Για κάθε στοιχείο του --to, τα k πλησιέστερα στοιχεία του --layer με τις ακριβείς αποστάσεις τους.</translation>
    </message>
    <message>
        <source>The layer to search: dataset path or path:layer</source>
        <translation>Το επίπεδο αναζήτησης: διαδρομή συνόλου δεδομένων ή διαδρομή:επίπεδο</translation>
    </message>
    <message>
        <source>The features to measure from: dataset path or path:layer</source>
        <translation>Τα στοιχεία από τα οποία μετράμε: διαδρομή συνόλου δεδομένων ή διαδρομή:επίπεδο</translation>
    </message>
    <message>
        <source>How many neighbours (default 1)</source>
        <translation>Πόσοι γείτονες (προεπιλογή 1)</translation>
    </message>
    <message>
        <source>Only neighbours this close (CRS units, metres)</source>
        <translation>Μόνο γείτονες έως αυτή την απόσταση (μονάδες ΣΣΑ, μέτρα)</translation>
    </message>
    <message>
        <source>Attribute filter on --layer (OGR SQL)</source>
        <translation>Φίλτρο ιδιοτήτων στο --layer (OGR SQL)</translation>
    </message>
    <message>
        <source>Print one JSON document</source>
        <translation>Εκτύπωση ενός εγγράφου JSON</translation>
    </message>
    <message>
        <source>give --layer and --to</source>
        <translation>δώστε --layer και --to</translation>
    </message>
    <message>
        <source>-k must be a whole number from 1 to 100000</source>
        <translation>το -k πρέπει να είναι ακέραιος από 1 έως 100000</translation>
    </message>
    <message>
        <source>--max-distance must be a number of metres &gt;= 0</source>
        <translation>το --max-distance πρέπει να είναι αριθμός μέτρων &gt;= 0</translation>
    </message>
    <message>
        <source>%1 (%2 m)</source>
        <translation>%1 (%2 m)</translation>
    </message>
    <message>
        <source>Select the features of a layer by their spatial relation to another.</source>
        <translation>Επιλογή των στοιχείων ενός επιπέδου με βάση τη χωρική τους σχέση με άλλο.</translation>
    </message>
    <message>
        <source>Attribute filter on --layer (OGR SQL), e.g. &quot;use = &apos;school&apos;&quot;</source>
        <translation>Φίλτρο ιδιοτήτων στο --layer (OGR SQL), π.χ. &quot;use = &apos;school&apos;&quot;</translation>
    </message>
    <message>
        <source>Print only the number of matches</source>
        <translation>Εκτύπωση μόνο του πλήθους των αποτελεσμάτων</translation>
    </message>
    <message>
        <source>Print one JSON document: count, ids, load_ms, query_ms, invalid</source>
        <translation>Εκτύπωση ενός εγγράφου JSON: count, ids, load_ms, query_ms, invalid</translation>
    </message>
    <message>
        <source>give --layer, --op and --with</source>
        <translation>δώστε --layer, --op και --with</translation>
    </message>
    <message>
        <source>%1 feature(s) match</source>
        <translation>%1 στοιχεία ταιριάζουν</translation>
    </message>
    <message>
        <source>polis query: %1 feature(s) with invalid geometry were skipped</source>
        <translation>polis query: παραλείφθηκαν %1 στοιχεία με άκυρη γεωμετρία</translation>
    </message>
    <message>
        <source>Draw projects, datasets or &quot;path:layer&quot; sources into one map image.</source>
        <translation>Σχεδίαση έργων, συνόλων δεδομένων ή πηγών &quot;διαδρομή:επίπεδο&quot; σε μία εικόνα χάρτη.</translation>
    </message>
    <message>
        <source>Output file: .png, .pdf or .svg</source>
        <translation>Αρχείο εξόδου: .png, .pdf ή .svg</translation>
    </message>
    <message>
        <source>Output size in pixels (default 1600x1200)</source>
        <translation>Μέγεθος εξόδου σε εικονοστοιχεία (προεπιλογή 1600x1200)</translation>
    </message>
    <message>
        <source>Map CRS, e.g. EPSG:2100 (default: the project&apos;s or first layer&apos;s)</source>
        <translation>ΣΣΑ χάρτη, π.χ. EPSG:2100 (προεπιλογή: του έργου ή του πρώτου επιπέδου)</translation>
    </message>
    <message>
        <source>Map extent in the map CRS (default: everything)</source>
        <translation>Έκταση χάρτη στο ΣΣΑ του χάρτη (προεπιλογή: όλα)</translation>
    </message>
    <message>
        <source>Draw this scenario of the project (default: baseline)</source>
        <translation>Σχεδίαση αυτού του σεναρίου του έργου (προεπιλογή: baseline)</translation>
    </message>
    <message>
        <source>Project (.polis), dataset path or path:layer; several allowed</source>
        <translation>Έργο (.polis), διαδρομή συνόλου δεδομένων ή διαδρομή:επίπεδο· επιτρέπονται πολλά</translation>
    </message>
    <message>
        <source>give at least one SOURCE</source>
        <translation>δώστε τουλάχιστον μία ΠΗΓΗ</translation>
    </message>
    <message>
        <source>give the output file with -o OUT.png|.pdf|.svg</source>
        <translation>δώστε το αρχείο εξόδου με -o ΕΞΟΔΟΣ.png|.pdf|.svg</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .png, .pdf or .svg</source>
        <translation>η έξοδος &quot;%1&quot; πρέπει να τελειώνει σε .png, .pdf ή .svg</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT in pixels (1-20000)</source>
        <translation>το --size &quot;%1&quot; δεν είναι ΠΛΑΤΟΣxΥΨΟΣ σε εικονοστοιχεία (1-20000)</translation>
    </message>
    <message>
        <source>--extent &quot;%1&quot; is not xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax</source>
        <translation>το --extent &quot;%1&quot; δεν είναι xmin,ymin,xmax,ymax με xmin &lt; xmax και ymin &lt; ymax</translation>
    </message>
    <message>
        <source>--scenario needs exactly one SOURCE, a project (.polis)</source>
        <translation>το --scenario χρειάζεται ακριβώς μία ΠΗΓΗ, ένα έργο (.polis)</translation>
    </message>
    <message>
        <source>polis render: nothing to draw; no output written</source>
        <translation>polis render: τίποτα για σχεδίαση· δεν γράφτηκε έξοδος</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>αλλαγές: %1</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 modified</source>
        <translation>%1: %2 προστέθηκαν, %3 αφαιρέθηκαν, %4 τροποποιήθηκαν</translation>
    </message>
    <message>
        <source>Total: %1 added, %2 removed, %3 modified</source>
        <translation>Σύνολο: %1 προστέθηκαν, %2 αφαιρέθηκαν, %3 τροποποιήθηκαν</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>δείκτης</translation>
    </message>
    <message>
        <source>Planning scenarios of a project: list them, compare two (what is added, removed and modified) or compute the project&apos;s indicators for every scenario.</source>
        <translation>Σενάρια σχεδιασμού ενός έργου: λίστα, σύγκριση δύο (τι προστίθεται, αφαιρείται και τροποποιείται) ή υπολογισμός των δεικτών του έργου για κάθε σενάριο.</translation>
    </message>
    <message>
        <source>Print the result as JSON</source>
        <translation>Εκτύπωση του αποτελέσματος ως JSON</translation>
    </message>
    <message>
        <source>diff: the two scenarios (&quot;baseline&quot; for the project&apos;s layers)</source>
        <translation>diff: τα δύο σενάρια (&quot;baseline&quot; για τα επίπεδα του έργου)</translation>
    </message>
    <message>
        <source>diff needs PROJECT A B</source>
        <translation>το diff χρειάζεται ΕΡΓΟ Α Β</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project (.polis)</source>
        <translation>το &quot;%1&quot; δεν είναι έργο (.polis)</translation>
    </message>
    <message>
        <source>Count, sum and mean of a field, total area and length, per group.</source>
        <translation>Πλήθος, άθροισμα και μέσος όρος ενός πεδίου, συνολικό εμβαδόν και μήκος, ανά ομάδα.</translation>
    </message>
    <message>
        <source>Numeric field to sum and average</source>
        <translation>Αριθμητικό πεδίο για άθροισμα και μέσο όρο</translation>
    </message>
    <message>
        <source>Field whose values form the groups (default: one group)</source>
        <translation>Πεδίο του οποίου οι τιμές σχηματίζουν τις ομάδες (προεπιλογή: μία ομάδα)</translation>
    </message>
    <message>
        <source>Attribute filter (OGR SQL)</source>
        <translation>Φίλτρο ιδιοτήτων (OGR SQL)</translation>
    </message>
    <message>
        <source>Measure area and length on the ellipsoid (m², m)</source>
        <translation>Μέτρηση εμβαδού και μήκους στο ελλειψοειδές (m², m)</translation>
    </message>
    <message>
        <source>count %1, area %2, length %3</source>
        <translation>πλήθος %1, εμβαδόν %2, μήκος %3</translation>
    </message>
    <message>
        <source>, sum %1, mean %2</source>
        <translation>, άθροισμα %1, μέσος όρος %2</translation>
    </message>
    <message>
        <source>Language of the printed texts: %1 (default: the project&apos;s council language, else the system&apos;s)</source>
        <translation>Γλώσσα των τυπωμένων κειμένων: %1 (προεπιλογή: η γλώσσα συμβουλίου του έργου, αλλιώς του συστήματος)</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not one of %2</source>
        <translation>το --lang &quot;%1&quot; δεν είναι ένα από %2</translation>
    </message>
    <message>
        <source>Open the project&apos;s layers that reach the network or another host&apos;s database (only for projects you trust)</source>
        <translation>Άνοιγμα των επιπέδων του έργου που συνδέονται στο δίκτυο ή σε βάση δεδομένων άλλου διακομιστή (μόνο για έργα που εμπιστεύεστε)</translation>
    </message>
    <message>
        <source>Open the project&apos;s layers stored outside its folder (only for projects you trust)</source>
        <translation>Άνοιγμα των επιπέδων του έργου που είναι αποθηκευμένα εκτός του φακέλου του (μόνο για έργα που εμπιστεύεστε)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>απέτυχε: %1</translation>
    </message>
    <message>
        <source>polis: unknown command &quot;%1&quot;</source>
        <translation>polis: άγνωστη εντολή &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--extent-mode &quot;%1&quot; is not view, fixed, layer or changes</source>
        <translation>το --extent-mode &quot;%1&quot; δεν είναι view, fixed, layer ή changes</translation>
    </message>
    <message>
        <source>--extent gives a fixed extent: leave out --extent-layer and --extent-mode other than fixed</source>
        <translation>το --extent δίνει σταθερή έκταση: παραλείψτε το --extent-layer και κάθε --extent-mode εκτός από fixed</translation>
    </message>
    <message>
        <source>--extent-layer frames a layer: leave out --extent-mode other than layer</source>
        <translation>το --extent-layer πλαισιώνει ένα επίπεδο: παραλείψτε κάθε --extent-mode εκτός από layer</translation>
    </message>
    <message>
        <source>Output file: .pdf, .png, .svg or .html (the interactive web pack)</source>
        <translation>Αρχείο εξόδου: .pdf, .png, .svg ή .html (η διαδραστική ιστοσελίδα)</translation>
    </message>
    <message>
        <source>Every map page shows this extent (map CRS)</source>
        <translation>Κάθε σελίδα χάρτη δείχνει αυτή την έκταση (ΣΣΑ του χάρτη)</translation>
    </message>
    <message>
        <source>Every map page shows this layer&apos;s extent</source>
        <translation>Κάθε σελίδα χάρτη δείχνει την έκταση αυτού του επιπέδου</translation>
    </message>
    <message>
        <source>What each map page shows: view (the project&apos;s), fixed (--extent or the layout&apos;s), layer (--extent-layer) or changes (what the page&apos;s scenario changes; the default)</source>
        <translation>Τι δείχνει κάθε σελίδα χάρτη: view (την προβολή του έργου), fixed (το --extent ή την έκταση της διάταξης), layer (το --extent-layer) ή changes (ό,τι αλλάζει το σενάριο της σελίδας· η προεπιλογή)</translation>
    </message>
    <message>
        <source>Print the pages (scenario, extent in the map CRS, layers drawn) as JSON</source>
        <translation>Εκτύπωση των σελίδων (σενάριο, έκταση στο ΣΣΑ του χάρτη, επίπεδα που σχεδιάζονται) ως JSON</translation>
    </message>
    <message>
        <source>the output &quot;%1&quot; must end in .pdf, .png, .svg or .html</source>
        <translation>η έξοδος &quot;%1&quot; πρέπει να τελειώνει σε .pdf, .png, .svg ή .html</translation>
    </message>
    <message>
        <source>--all-scenarios makes a multi-page PDF or a web pack: the output must end in .pdf or .html</source>
        <translation>το --all-scenarios φτιάχνει πολυσέλιδο PDF ή διαδραστική ιστοσελίδα: η έξοδος πρέπει να τελειώνει σε .pdf ή .html</translation>
    </message>
    <message>
        <source>--extent-mode layer needs the layer: give --extent-layer NAME</source>
        <translation>το --extent-mode layer χρειάζεται το επίπεδο: δώστε --extent-layer ΟΝΟΜΑ</translation>
    </message>
    <message>
        <source>Import layers whose coordinates lie outside the area of use of their CRS</source>
        <translation>Εισαγωγή επιπέδων των οποίων οι συντεταγμένες βρίσκονται εκτός της περιοχής χρήσης του ΣΣΑ τους</translation>
    </message>
    <message>
        <source>Copy a project into a PostgreSQL database (push) or back to a file (pull)</source>
        <translation>Αντιγραφή ενός έργου σε βάση δεδομένων PostgreSQL (push) ή πίσω σε αρχείο (pull)</translation>
    </message>
    <message>
        <source>Copy a project between a file and a PostgreSQL database: push FILE.polis URI puts it into the schema of URI (postgresql://[user@]host[:port]/dbname?schema=NAME; passwords from ~/.pgpass), pull URI FILE.polis takes it back offline. Embedded layers become tables of the target.</source>
        <translation>Αντιγραφή ενός έργου μεταξύ αρχείου και βάσης δεδομένων PostgreSQL: το push FILE.polis URI το τοποθετεί στο σχήμα του URI (postgresql://[user@]host[:port]/dbname?schema=NAME· κωδικοί από το ~/.pgpass), το pull URI FILE.polis το παίρνει πίσω για εργασία εκτός σύνδεσης. Τα ενσωματωμένα επίπεδα γίνονται πίνακες του προορισμού.</translation>
    </message>
    <message>
        <source>push: copy the referenced vector datasets into the database too</source>
        <translation>push: αντιγραφή και των συνόλων διανυσματικών δεδομένων στα οποία γίνεται αναφορά στη βάση δεδομένων</translation>
    </message>
    <message>
        <source>The project to copy (.polis file or postgresql:// URI)</source>
        <translation>Το έργο προς αντιγραφή (αρχείο .polis ή URI postgresql://)</translation>
    </message>
    <message>
        <source>Where to copy it</source>
        <translation>Πού θα αντιγραφεί</translation>
    </message>
    <message>
        <source>%1 needs FROM and TO</source>
        <translation>το %1 χρειάζεται ΑΠΟ και ΠΡΟΣ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database location (postgresql://...)</source>
        <translation>το &quot;%1&quot; δεν είναι θέση βάσης δεδομένων (postgresql://...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project file (.polis)</source>
        <translation>το &quot;%1&quot; δεν είναι αρχείο έργου (.polis)</translation>
    </message>
    <message>
        <source>--embed is for push</source>
        <translation>το --embed είναι για το push</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 layer table(s), %4 feature(s), in %5 s</source>
        <translation>Αντιγράφηκε το %1 στο %2: %3 πίνακες επιπέδων, %4 στοιχεία, σε %5 s</translation>
    </message>
    <message>
        <source>Layers left as references: %1</source>
        <translation>Επίπεδα που έμειναν ως αναφορές: %1</translation>
    </message>
    <message>
        <source>Saved feature %1 of layer %2 in scenario %3: revision %4</source>
        <translation>Αποθηκεύτηκε το στοιχείο %1 του επιπέδου %2 στο σενάριο %3: αναθεώρηση %4</translation>
    </message>
    <message>
        <source>set: the layer (its name in the project)</source>
        <translation>set: το επίπεδο (το όνομά του στο έργο)</translation>
    </message>
    <message>
        <source>set: the feature id</source>
        <translation>set: το αναγνωριστικό του στοιχείου</translation>
    </message>
    <message>
        <source>set: a new value, KEY=VALUE (KEY= for null); repeat for several</source>
        <translation>set: μια νέα τιμή, ΚΛΕΙΔΙ=ΤΙΜΗ (ΚΛΕΙΔΙ= για κενή)· επαναλάβετε για περισσότερες</translation>
    </message>
    <message>
        <source>set: refuse (exit 1) when the feature was saved after this revision</source>
        <translation>set: άρνηση (κωδικός εξόδου 1) όταν το στοιχείο αποθηκεύτηκε μετά από αυτή την αναθεώρηση</translation>
    </message>
    <message>
        <source>list, diff, indicators or set</source>
        <translation>list, diff, indicators ή set</translation>
    </message>
    <message>
        <source>give the action: list, diff, indicators or set</source>
        <translation>δώστε την ενέργεια: list, diff, indicators ή set</translation>
    </message>
    <message>
        <source>set needs PROJECT SCENARIO</source>
        <translation>το set χρειάζεται ΕΡΓΟ ΣΕΝΑΡΙΟ</translation>
    </message>
    <message>
        <source>set needs --layer NAME, --fid N (a whole number) and --field KEY=VALUE; --base-revision is a whole number</source>
        <translation>το set χρειάζεται --layer ΟΝΟΜΑ, --fid N (ακέραιο) και --field ΚΛΕΙΔΙ=ΤΙΜΗ· το --base-revision είναι ακέραιος</translation>
    </message>
    <message>
        <source>%1: not saved: the database role %2 may only read this project (read-only); ask for write access (GRANT INSERT, UPDATE, DELETE)</source>
        <translation>%1: δεν αποθηκεύτηκε: ο ρόλος βάσης δεδομένων %2 μπορεί μόνο να διαβάζει αυτό το έργο (μόνο ανάγνωση)· ζητήστε δικαίωμα εγγραφής (GRANT INSERT, UPDATE, DELETE)</translation>
    </message>
    <message>
        <source>Watching %1 for saves</source>
        <translation>Παρακολούθηση του %1 για αποθηκεύσεις</translation>
    </message>
    <message>
        <source>Scenario «%1» was changed by %2 (revision %3)</source>
        <translation>Το σενάριο «%1» άλλαξε από τον/την %2 (αναθεώρηση %3)</translation>
    </message>
    <message>
        <source>The project was changed by %1 (revision %2)</source>
        <translation>Το έργο άλλαξε από τον/την %1 (αναθεώρηση %2)</translation>
    </message>
    <message>
        <source>watch: stop after N saves (default 1)</source>
        <translation>watch: διακοπή μετά από N αποθηκεύσεις (προεπιλογή 1)</translation>
    </message>
    <message>
        <source>watch: give up after S seconds (default 60; exit 1)</source>
        <translation>watch: εγκατάλειψη μετά από S δευτερόλεπτα (προεπιλογή 60· κωδικός εξόδου 1)</translation>
    </message>
    <message>
        <source>push, pull or watch</source>
        <translation>push, pull ή watch</translation>
    </message>
    <message>
        <source>give the action: push, pull or watch URI</source>
        <translation>δώστε την ενέργεια: push, pull ή watch URI</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>υφιστάμενη κατάσταση</translation>
    </message>
    <message>
        <source>Describe every layer of a dataset or &quot;path:layer&quot;; for a project its map layers with their sources, CRS, scenarios and indicators.</source>
        <translation>Περιγραφή κάθε επιπέδου ενός συνόλου δεδομένων ή «διαδρομή:επίπεδο»· για ένα έργο, τα επίπεδα του χάρτη με τις πηγές τους, το ΣΣΑ, τα σενάρια και τους δείκτες.</translation>
    </message>
    <message>
        <source>For a project: its tables as a dataset, not the map it describes</source>
        <translation>Για ένα έργο: οι πίνακές του ως σύνολο δεδομένων, όχι ο χάρτης που περιγράφει</translation>
    </message>
    <message>
        <source>embedded in the project</source>
        <translation>ενσωματωμένο στο έργο</translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation>Έργο %1: %2</translation>
    </message>
    <message>
        <source>Map CRS: %1 (%2)</source>
        <translation>ΣΣΑ χάρτη: %1 (%2)</translation>
    </message>
    <message>
        <source>Layers, drawn bottom to top: %1</source>
        <translation>Επίπεδα, με σειρά σχεδίασης από κάτω προς τα πάνω: %1</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>ψηφιδωτό</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>διανυσματικό</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>κρυφό</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>ομάδα %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Δεδομένα: %1</translation>
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation>Σενάρια: %1</translation>
    </message>
    <message>
        <source>Shown when opened: %1</source>
        <translation>Εμφανίζεται στο άνοιγμα: %1</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Δείκτες: %1</translation>
    </message>
    <message>
        <source>%1 (changes: %2)</source>
        <translation>%1 (αλλαγές: %2)</translation>
    </message>
    <message>
        <source>polis export: warning: %1</source>
        <translation>polis export: προειδοποίηση: %1</translation>
    </message>
    <message>
        <source>polis render: warning: %1</source>
        <translation>polis render: προειδοποίηση: %1</translation>
    </message>
    <message>
        <source>polis scenario: warning: %1</source>
        <translation>polis scenario: προειδοποίηση: %1</translation>
    </message>
</context>
<context>
    <name>polis::gui</name>
    <message>
        <source>No display found (DISPLAY is not set) and no project given: nothing to show.</source>
        <translation>Δεν βρέθηκε οθόνη (το DISPLAY δεν έχει οριστεί) και δεν δόθηκε έργο: τίποτα για εμφάνιση.</translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set): rendering %1 to an image instead.</source>
        <translation>Δεν βρέθηκε οθόνη (το DISPLAY δεν έχει οριστεί): το %1 σχεδιάζεται σε εικόνα.</translation>
    </message>
</context>
<context>
    <name>polis::layout</name>
    <message>
        <source>N</source>
        <translation>Β</translation>
    </message>
    <message>
        <source>Summary: feature counts and indicators per scenario</source>
        <translation>Σύνοψη: πλήθος στοιχείων και δείκτες ανά σενάριο</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Επίπεδο</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>δείκτης</translation>
    </message>
    <message>
        <source>cannot read the logo image</source>
        <translation>αδύνατη η ανάγνωση της εικόνας λογοτύπου</translation>
    </message>
    <message>
        <source>Scale 1:%1 (on %2 paper)</source>
        <translation>Κλίμακα 1:%1 (σε χαρτί %2)</translation>
    </message>
    <message>
        <source>Coordinate system: %1</source>
        <translation>Σύστημα συντεταγμένων: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ημερομηνία: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Δεδομένα: %1</translation>
    </message>
    <message>
        <source>Made with Polis</source>
        <translation>Δημιουργήθηκε με το Polis</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Σενάριο: %1</translation>
    </message>
    <message>
        <source>all other values</source>
        <translation>όλες οι άλλες τιμές</translation>
    </message>
    <message>
        <source>all values</source>
        <translation>όλες οι τιμές</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Υπόμνημα</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more layer(s)</source>
        <translation>
            <numerusform>… και %n ακόμη επίπεδο</numerusform>
            <numerusform>… και %n ακόμη επίπεδα</numerusform>
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
        <translation>ψηφιδωτό</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>διανυσματικό</translation>
    </message>
    <message>
        <source>points</source>
        <translation>σημεία</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>γραμμές</translation>
    </message>
    <message>
        <source>polygons</source>
        <translation>πολύγωνα</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>υφιστάμενη κατάσταση</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Σελίδα %1 από %2</translation>
    </message>
    <message>
        <source>the logo is not a file</source>
        <translation>το λογότυπο δεν είναι αρχείο</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 σε σύγκριση με %2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Σενάριο</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Προβολή</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>σε σύγκριση με</translation>
    </message>
    <message>
        <source>one map</source>
        <translation>ένας χάρτης</translation>
    </message>
    <message>
        <source>side by side</source>
        <translation>δίπλα-δίπλα</translation>
    </message>
    <message>
        <source>swipe</source>
        <translation>σάρωση</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Δείκτες</translation>
    </message>
</context>
</TS>
