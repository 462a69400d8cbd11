<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>es</name>
    <message>
        <source>(no property)</source>
        <translation>(keine Eigenschaft)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>(kein Operator)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 and %4</source>
        <translation>%1 %2 %3 und %4</translation>
    </message>
    <message>
        <source>(nothing chosen)</source>
        <translation>(nichts ausgewählt)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> AND </source>
        <translation> UND </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source> matching the text “%1”</source>
        <translation> mit dem Text „%1“</translation>
    </message>
    <message>
        <source> where %1</source>
        <translation>, bei denen %1</translation>
    </message>
    <message>
        <source> OR </source>
        <translation> ODER </translation>
    </message>
    <message>
        <source>, sorted by %1 %2</source>
        <translation>, sortiert nach %1 %2</translation>
    </message>
    <message>
        <source>, sorted by %1, %2</source>
        <translation>, sortiert nach %1, %2</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>ist am</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>ist nicht am</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>ist vor</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>ist am oder vor</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>ist nach</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>ist am oder nach</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>ist bekannt</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>ist unbekannt</translation>
    </message>
    <message>
        <source>contains the word</source>
        <translation>enthält das Wort</translation>
    </message>
    <message>
        <source>doesn&apos;t contain the word</source>
        <translation>enthält nicht das Wort</translation>
    </message>
    <message>
        <source>(unsupported operator)</source>
        <translation>(nicht unterstützter Operator)</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>kleinste zuerst</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>größte zuerst</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>älteste zuerst</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <source>A→Z</source>
        <translation>A→Z</translation>
    </message>
    <message>
        <source>Z→A</source>
        <translation>Z→A</translation>
    </message>
</context>
<context>
    <name>es::AccountsController</name>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. The token is in your keychain.</source>
        <translation>Gespeichert. Das Token liegt in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved, but the token is kept for this session only: no keychain answered. Install or unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Gespeichert, aber das Token gilt nur für diese Sitzung: Kein Schlüsselbund hat geantwortet. Installieren oder entsperren Sie GNOME Keyring oder KWallet, um es zu behalten.</translation>
    </message>
    <message>
        <source>Removed the account and its token.</source>
        <translation>Konto und Token entfernt.</translation>
    </message>
    <message>
        <source>There is no token for this account yet: paste the private app token, then test again.</source>
        <translation>Für dieses Konto gibt es noch kein Token: Fügen Sie das Token der privaten App ein und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Add the missing scopes (%1) to the private app in HubSpot (Settings › Integrations › Private apps › Scopes), then copy its token again.</source>
        <translation>Fügen Sie der privaten App in HubSpot die fehlenden Bereiche (%1) hinzu (Einstellungen › Integrationen › Private Apps › Bereiche) und kopieren Sie dann ihr Token erneut.</translation>
    </message>
</context>
<context>
    <name>es::AccountsDialog</name>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Neues Konto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>Konto &amp;speichern</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>e.g. Acme Inc.</source>
        <translation>z. B. Acme GmbH</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Zugriffstoken der privaten App</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-Adresse:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Asking HubSpot…</source>
        <translation>HubSpot wird gefragt…</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>A private app token with the crm.export scope (HubSpot: Settings › Integrations › Private apps). It is kept in your desktop&apos;s keychain, never in a file.</source>
        <translation>Ein Token einer privaten App mit dem Bereich crm.export (HubSpot: Einstellungen › Integrationen › Private Apps). Es wird im Schlüsselbund Ihres Desktops aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>A private app token with the crm.export scope (HubSpot: Settings › Integrations › Private apps).</source>
        <translation>Ein Token einer privaten App mit dem Bereich crm.export (HubSpot: Einstellungen › Integrationen › Private Apps).</translation>
    </message>
    <message>
        <source>No keychain is available: the token is kept for this session only and must be entered again after a restart. Install or unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Token gilt nur für diese Sitzung und muss nach einem Neustart erneut eingegeben werden. Installieren oder entsperren Sie GNOME Keyring oder KWallet, um es zu behalten.</translation>
    </message>
    <message>
        <source>not needed for the sandbox</source>
        <translation>für die Sandbox nicht nötig</translation>
    </message>
    <message>
        <source>stored — type a new token to replace it</source>
        <translation>gespeichert – neues Token eingeben, um es zu ersetzen</translation>
    </message>
</context>
<context>
    <name>es::AppContext</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>es::BusyNote</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>es::CheckableCombo</name>
    <message>
        <source>Choose values…</source>
        <translation>Werte wählen…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>es::ColumnsPage</name>
    <message>
        <source>Which columns?</source>
        <translation>Welche Spalten?</translation>
    </message>
    <message>
        <source>Step 3 of 5 · Tick the properties to export. The list on the right is the column order: drag or use Up and Down to change it.</source>
        <translation>Schritt 3 von 5 · Haken Sie die zu exportierenden Eigenschaften an. Die Liste rechts ist die Spaltenreihenfolge: Ziehen oder mit Nach oben/Nach unten ändern.</translation>
    </message>
    <message>
        <source>Could not load the properties of %1: %2</source>
        <translation>Die Eigenschaften von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>No account is connected, so the properties cannot be loaded.</source>
        <translation>Kein Konto verbunden, daher können die Eigenschaften nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the properties of %1…</source>
        <translation>Eigenschaften von %1 werden geladen…</translation>
    </message>
</context>
<context>
    <name>es::DownloadsModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>The file is no longer there: run the export again to get it back.</source>
        <translation>Die Datei ist nicht mehr vorhanden: Führen Sie den Export erneut aus, um sie wiederzubekommen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>es::DownloadsView</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Filter downloads</source>
        <translation>Downloads filtern</translation>
    </message>
    <message>
        <source>Downloaded files</source>
        <translation>Heruntergeladene Dateien</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a file</source>
        <translation>Doppelklick oder Eingabetaste öffnet eine Datei</translation>
    </message>
    <message>
        <source>Finished exports appear here. Double-click a file to open it.</source>
        <translation>Fertige Exporte erscheinen hier. Doppelklicken Sie auf eine Datei, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation>Enthaltenden &amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>Datei &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Run the same export again</source>
        <translation>Denselben Export erneut &amp;ausführen</translation>
    </message>
    <message>
        <source>Could not open the folder %1: no file manager answered. Open it yourself, the path is copied with Copy path.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden: Kein Dateimanager hat geantwortet. Öffnen Sie ihn selbst; der Pfad lässt sich mit „Pfad kopieren“ kopieren.</translation>
    </message>
    <message>
        <source>%1 is no longer there. Run the export again to download it anew.</source>
        <translation>%1 ist nicht mehr vorhanden. Führen Sie den Export erneut aus, um die Datei neu herunterzuladen.</translation>
    </message>
    <message>
        <source>No application opened %1. Install a program for this file type, or use Open containing folder.</source>
        <translation>Keine Anwendung hat %1 geöffnet. Installieren Sie ein Programm für diesen Dateityp oder verwenden Sie „Enthaltenden Ordner öffnen“.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>The file is moved to the trash when your desktop has one.</source>
        <translation>Die Datei wird in den Papierkorb verschoben, sofern Ihr Desktop einen hat.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Could not delete %1: %2. Check that the file is not open elsewhere and that you may write to its folder.</source>
        <translation>%1 konnte nicht gelöscht werden: %2. Prüfen Sie, ob die Datei anderswo geöffnet ist und Sie in ihren Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>Show only files whose name or export contains this text (Ctrl+F)</source>
        <translation>Nur Dateien zeigen, deren Name oder Export diesen Text enthält (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>es::ExportWizard</name>
    <message>
        <source>New export</source>
        <translation>Neuer Export</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>Export &amp;starten</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>es::FilterBuilder</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>No particular order</source>
        <translation>Keine bestimmte Reihenfolge</translation>
    </message>
    <message>
        <source>Sort by property</source>
        <translation>Nach Eigenschaft sortieren</translation>
    </message>
    <message>
        <source>Sort direction</source>
        <translation>Sortierrichtung</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Optional: text HubSpot searches for in the default fields</source>
        <translation>Optional: Text, den HubSpot in den Standardfeldern sucht</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>Search &amp;text:</source>
        <translation>Such&amp;text:</translation>
    </message>
    <message>
        <source>Summary of the filter</source>
        <translation>Zusammenfassung des Filters</translation>
    </message>
    <message>
        <source>— or —</source>
        <translation>— oder —</translation>
    </message>
    <message>
        <source>No filters: every record of %1 is exported. Add a filter to narrow it down.</source>
        <translation>Keine Filter: Alle Datensätze von %1 werden exportiert. Fügen Sie einen Filter hinzu, um sie einzugrenzen.</translation>
    </message>
    <message>
        <source>&amp;Add a filter</source>
        <translation>Filter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Or…</source>
        <translation>&amp;Oder…</translation>
    </message>
    <message>
        <source>Add a filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <source>Add an alternative group</source>
        <translation>Alternative Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Export only the records that match conditions</source>
        <translation>Nur die Datensätze exportieren, die Bedingungen erfüllen</translation>
    </message>
    <message>
        <source>%1 of %2 groups — the most an export may have</source>
        <translation>%1 von %2 Gruppen – mehr erlaubt ein Export nicht</translation>
    </message>
    <message>
        <source>An export takes at most %1 alternative groups. Add conditions to an existing group with “And…”, or remove a group first.</source>
        <translation>Ein Export nimmt höchstens %1 alternative Gruppen. Fügen Sie einer bestehenden Gruppe mit „Und…“ Bedingungen hinzu oder entfernen Sie zuerst eine Gruppe.</translation>
    </message>
    <message>
        <source>%1 of %2 groups</source>
        <translation>%1 von %2 Gruppen</translation>
    </message>
    <message>
        <source>Add a group of conditions; a record matches if it matches any one group</source>
        <translation>Eine Gruppe von Bedingungen hinzufügen; ein Datensatz passt, wenn er zu irgendeiner Gruppe passt</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>es::FilterGroupBox</name>
    <message>
        <source>&amp;And…</source>
        <translation>&amp;Und…</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>Add a condition that must also be true</source>
        <translation>Eine Bedingung hinzufügen, die ebenfalls erfüllt sein muss</translation>
    </message>
    <message>
        <source>Group %1 — all of these</source>
        <translation>Gruppe %1 – alle diese</translation>
    </message>
    <message>
        <source>Filter group %1</source>
        <translation>Filtergruppe %1</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>Gruppe %1 entfernen</translation>
    </message>
    <message>
        <source>Add a filter to group %1</source>
        <translation>Filter zu Gruppe %1 hinzufügen</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 of %2 filters — the most a group may have</source>
        <translation>%1 von %2 Filtern – mehr erlaubt eine Gruppe nicht</translation>
    </message>
    <message>
        <source>A group holds at most %1 filters. Add another group with “Or…” for more conditions.</source>
        <translation>Eine Gruppe fasst höchstens %1 Filter. Fügen Sie mit „Oder…“ eine weitere Gruppe für mehr Bedingungen hinzu.</translation>
    </message>
    <message>
        <source>%1 of %2 filters</source>
        <translation>%1 von %2 Filtern</translation>
    </message>
</context>
<context>
    <name>es::FilterRow</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Group %1, filter %2</source>
        <translation>Gruppe %1, Filter %2</translation>
    </message>
    <message>
        <source>%1, property</source>
        <translation>%1, Eigenschaft</translation>
    </message>
    <message>
        <source>%1, condition</source>
        <translation>%1, Bedingung</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>unsupported: %1</source>
        <translation>nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>%1 (unusual for this property)</source>
        <translation>%1 (ungewöhnlich für diese Eigenschaft)</translation>
    </message>
</context>
<context>
    <name>es::FilterValueEditor</name>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>%1, from</source>
        <translation>%1, von</translation>
    </message>
    <message>
        <source>%1, value</source>
        <translation>%1, Wert</translation>
    </message>
    <message>
        <source>%1, to</source>
        <translation>%1, bis</translation>
    </message>
    <message>
        <source>%1, values</source>
        <translation>%1, Werte</translation>
    </message>
</context>
<context>
    <name>es::FilterValues</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>es::FiltersPage</name>
    <message>
        <source>Which records?</source>
        <translation>Welche Datensätze?</translation>
    </message>
    <message>
        <source>Could not load the properties of %1: %2</source>
        <translation>Die Eigenschaften von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Step 2 of 5 · %1, filtered. A record is exported when it matches any group; inside a group every condition must hold.</source>
        <translation>Schritt 2 von 5 · %1, gefiltert. Ein Datensatz wird exportiert, wenn er zu einer Gruppe passt; innerhalb einer Gruppe muss jede Bedingung gelten.</translation>
    </message>
    <message>
        <source>No account is connected, so the properties cannot be loaded.</source>
        <translation>Kein Konto verbunden, daher können die Eigenschaften nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the properties of %1…</source>
        <translation>Eigenschaften von %1 werden geladen…</translation>
    </message>
</context>
<context>
    <name>es::ListInfoModel</name>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>List id %1</source>
        <translation>Listen-ID %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>es::ListPage</name>
    <message>
        <source>Which list?</source>
        <translation>Welche Liste?</translation>
    </message>
    <message>
        <source>Step 2 of 5 · The %1 in the list you choose are exported.</source>
        <translation>Schritt 2 von 5 · Exportiert werden die %1 in der gewählten Liste.</translation>
    </message>
</context>
<context>
    <name>es::ListPicker</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Search lists by name or id</source>
        <translation>Listen nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Search lists</source>
        <translation>Listen suchen</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>e.g. 123</source>
        <translation>z. B. 123</translation>
    </message>
    <message>
        <source>Legacy list id</source>
        <translation>Alte Listen-ID</translation>
    </message>
    <message>
        <source>Lists made before 2023 may have an old id in their link; HubSpot translates it to the list&apos;s current id.</source>
        <translation>Vor 2023 angelegte Listen haben im Link eventuell eine alte ID; HubSpot übersetzt sie in die aktuelle ID der Liste.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Or enter a le&amp;gacy list id:</source>
        <translation>Oder eine a&amp;lte Listen-ID eingeben:</translation>
    </message>
    <message>
        <source>Could not load the lists: %1</source>
        <translation>Die Listen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No account is connected. Choose an account on the first page.</source>
        <translation>Kein Konto verbunden. Wählen Sie auf der ersten Seite ein Konto.</translation>
    </message>
    <message>
        <source>Loading lists…</source>
        <translation>Listen werden geladen…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No account is connected, so the id cannot be looked up.</source>
        <translation>Kein Konto verbunden, daher kann die ID nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>Looking up legacy list %1…</source>
        <translation>Alte Liste %1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>⚠ HubSpot knows no list with the legacy id %1. Check the number in the list&apos;s old link.</source>
        <translation>⚠ HubSpot kennt keine Liste mit der alten ID %1. Prüfen Sie die Nummer im alten Link der Liste.</translation>
    </message>
    <message>
        <source>⚠ Could not look up the id: %1</source>
        <translation>⚠ Die ID konnte nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>Legacy id %1 is list %2 today.</source>
        <translation>Die alte ID %1 ist heute Liste %2.</translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>Noch keine Liste gewählt.</translation>
    </message>
    <message>
        <source>Chosen: list %1</source>
        <translation>Gewählt: Liste %1</translation>
    </message>
    <message>
        <source>Chosen: “%1” (list %2)</source>
        <translation>Gewählt: „%1“ (Liste %2)</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <source>&amp;New export…</source>
        <translation>&amp;Neuer Export…</translation>
    </message>
    <message>
        <source>Choose what to export, step by step (Ctrl+N)</source>
        <translation>Schritt für Schritt wählen, was exportiert wird (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Run preset</source>
        <translation>Vorlage &amp;ausführen</translation>
    </message>
    <message>
        <source>Run the preset selected on the left on the current account (Ctrl+Shift+R)</source>
        <translation>Die links gewählte Vorlage mit dem aktuellen Konto ausführen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add accounts, change tokens, test connections</source>
        <translation>Konten hinzufügen, Tokens ändern, Verbindungen testen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Use the built-in &amp;sandbox</source>
        <translation>Eingebaute &amp;Sandbox verwenden</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>Vorlagen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Export Studio</source>
        <translation>Ü&amp;ber Export Studio</translation>
    </message>
    <message>
        <source>About Export Studio</source>
        <translation>Über Export Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export Studio %1&lt;/b&gt;&lt;br&gt;Exports HubSpot CRM records through HubSpot&apos;s CRM Exports API.</source>
        <translation>&lt;b&gt;Export Studio %1&lt;/b&gt;&lt;br&gt;Exportiert HubSpot-CRM-Datensätze über die CRM Exports API von HubSpot.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Aktuelles Konto</translation>
    </message>
    <message>
        <source>SANDBOX · test data</source>
        <translation>SANDBOX · Testdaten</translation>
    </message>
    <message>
        <source>You are working on the built-in sandbox: made-up records on this computer, not a real HubSpot portal.</source>
        <translation>Sie arbeiten in der eingebauten Sandbox: erfundene Datensätze auf diesem Computer, kein echtes HubSpot-Portal.</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Sandbox-Modus</translation>
    </message>
    <message>
        <source>Exports left today</source>
        <translation>Heute verbleibende Exporte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>%1 of %2 exports left today</source>
        <translation>Noch %1 von %2 Exporten heute</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <translation> · nächster Platz %1</translation>
    </message>
    <message>
        <source>HubSpot allows %1 exports per account in any 24 hours. Exports beyond that wait in the queue until a slot frees up.</source>
        <translation>HubSpot erlaubt %1 Exporte pro Konto in 24 Stunden. Weitere Exporte warten in der Warteschlange, bis ein Platz frei wird.</translation>
    </message>
    <message>
        <source>Export Studio — Sandbox</source>
        <translation>Export Studio – Sandbox</translation>
    </message>
    <message>
        <source>Export Studio — %1</source>
        <translation>Export Studio – %1</translation>
    </message>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
</context>
<context>
    <name>es::MainWindowController</name>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>Vorlage „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>The sandbox is running with made-up data. Start with New export (Ctrl+N).</source>
        <translation>Die Sandbox läuft mit erfundenen Daten. Beginnen Sie mit „Neuer Export“ (Ctrl+N).</translation>
    </message>
    <message>
        <source>Select a preset on the left first, then run it (or double-click it).</source>
        <translation>Wählen Sie zuerst links eine Vorlage und führen Sie sie dann aus (oder doppelklicken Sie darauf).</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>No file manager opened %1. Open the folder yourself.</source>
        <translation>Kein Dateimanager hat %1 geöffnet. Öffnen Sie den Ordner selbst.</translation>
    </message>
    <message>
        <source>Picked up 1 export from last time where it left off.</source>
        <translation>1 Export vom letzten Mal wird dort fortgesetzt, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>Picked up %1 exports from last time where they left off.</source>
        <translation>%1 Exporte vom letzten Mal werden dort fortgesetzt, wo sie stehen blieben.</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Noch kein Konto</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox läuft unter %1</translation>
    </message>
    <message>
        <source>Sandbox stopped: choose it again to restart it</source>
        <translation>Sandbox beendet: Wählen Sie sie erneut, um sie neu zu starten</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Token von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>No token for %1: add it in Accounts</source>
        <translation>Kein Token für %1: Fügen Sie es unter „Konten“ hinzu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API %1/%2 per %3 s</source>
        <translation>API %1/%2 pro %3 s</translation>
    </message>
    <message>
        <source> · paused %1 s</source>
        <translation> · pausiert %1 s</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 wartend</translation>
    </message>
    <message>
        <source>Requests HubSpot still allows in the current %1-second window. Export Studio paces itself so it never runs over.</source>
        <translation>Anfragen, die HubSpot im aktuellen %1-Sekunden-Fenster noch erlaubt. Export Studio teilt sich die Anfragen so ein, dass es nie darüber kommt.</translation>
    </message>
    <message>
        <source>Today: %1 of %2 left.</source>
        <translation>Heute: noch %1 von %2.</translation>
    </message>
    <message>
        <source>%1 running, %2 queued · if you quit, they carry on the next time you start Export Studio</source>
        <translation>%1 laufen, %2 in Warteschlange · beim Beenden werden sie beim nächsten Start von Export Studio fortgesetzt</translation>
    </message>
    <message>
        <source>That preset no longer exists.</source>
        <translation>Diese Vorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Add an account (or try the sandbox) before running a preset.</source>
        <translation>Fügen Sie ein Konto hinzu (oder probieren Sie die Sandbox), bevor Sie eine Vorlage ausführen.</translation>
    </message>
    <message>
        <source>The preset “%1” cannot run: %2 Edit it to fix this.</source>
        <translation>Die Vorlage „%1“ kann nicht ausgeführt werden: %2 Bearbeiten Sie sie, um das zu beheben.</translation>
    </message>
    <message>
        <source>Saved the preset “%1”. Double-click it in Presets to run it again.</source>
        <translation>Vorlage „%1“ gespeichert. Doppelklicken Sie unter „Vorlagen“ darauf, um sie erneut auszuführen.</translation>
    </message>
    <message>
        <source>The settings of this export are no longer known (it was removed from Transfers). Start it again with New export, or save exports you repeat as presets.</source>
        <translation>Die Einstellungen dieses Exports sind nicht mehr bekannt (er wurde aus „Übertragungen“ entfernt). Starten Sie ihn mit „Neuer Export“ erneut, oder speichern Sie wiederkehrende Exporte als Vorlagen.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Saved %1 files.</source>
        <translation>%1 Dateien gespeichert.</translation>
    </message>
    <message>
        <source>Export “%1” finished</source>
        <translation>Export „%1“ fertig</translation>
    </message>
    <message>
        <source>See Transfers for details.</source>
        <translation>Einzelheiten unter „Übertragungen“.</translation>
    </message>
    <message>
        <source>Export “%1” failed</source>
        <translation>Export „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open &amp;Accounts…</source>
        <translation>&amp;Konten öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Export “%1” failed: %2</source>
        <translation>Export „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Exports continue next time</source>
        <translation>Exporte werden beim nächsten Mal fortgesetzt</translation>
    </message>
    <message>
        <source>Export Studio closed with unfinished exports. They carry on where they left off when you start it again.</source>
        <translation>Export Studio wurde mit unfertigen Exporten geschlossen. Sie werden beim nächsten Start dort fortgesetzt, wo sie stehen blieben.</translation>
    </message>
    <message>
        <source>Export “%1” finished. %2</source>
        <translation>Export „%1“ fertig. %2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>Das Proxy-Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the proxy password is kept only until Export Studio quits.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar, daher wird das Proxy-Passwort nur bis zum Beenden von Export Studio behalten.</translation>
    </message>
</context>
<context>
    <name>es::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Close this note (Esc)</source>
        <translation>Diesen Hinweis schließen (Esc)</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>es::Notifier</name>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
</context>
<context>
    <name>es::OutputPage</name>
    <message>
        <source>Internal &amp;names as column headers</source>
        <translation>Interne &amp;Namen als Spaltenköpfe</translation>
    </message>
    <message>
        <source>Internal &amp;values instead of labels</source>
        <translation>Interne &amp;Werte statt Beschriftungen</translation>
    </message>
    <message>
        <source>Include association &amp;labels</source>
        <translation>Zuordnungs&amp;bezeichnungen einschließen</translation>
    </message>
    <message>
        <source>Show the &amp;primary name of associated records</source>
        <translation>&amp;Primären Namen zugeordneter Datensätze zeigen</translation>
    </message>
    <message>
        <source>Include more than 1,000 associated records per row</source>
        <translation>Mehr als 1.000 zugeordnete Datensätze pro Zeile einschließen</translation>
    </message>
    <message>
        <source>&amp;Unzip after download</source>
        <translation>&amp;Entpacken</translation>
    </message>
    <message>
        <source>&amp;Keep the zip file</source>
        <translation>ZIP &amp;behalten</translation>
    </message>
    <message>
        <source>How should the file look?</source>
        <translation>Wie soll die Datei aussehen?</translation>
    </message>
    <message>
        <source>Step 4 of 5 · File format, language, name and where to save it.</source>
        <translation>Schritt 4 von 5 · Dateiformat, Sprache, Name und Speicherort.</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>E&amp;xcel (XLSX)</source>
        <translation>E&amp;xcel (XLSX)</translation>
    </message>
    <message>
        <source>Excel 97–2003 (XL&amp;S)</source>
        <translation>Excel 97–2003 (XL&amp;S)</translation>
    </message>
    <message>
        <source>XLS holds at most 65,535 rows per sheet; bigger exports arrive as several files in a zip.</source>
        <translation>XLS fasst höchstens 65.535 Zeilen pro Blatt; größere Exporte kommen als mehrere Dateien in einer ZIP-Datei.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Sprache der Datei</translation>
    </message>
    <message>
        <source>Export name</source>
        <translation>Exportname</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Download-Ordner wählen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Export name:</source>
        <translation>&amp;Exportname:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>After download:</source>
        <translation>Danach:</translation>
    </message>
    <message>
        <source>Associated objects</source>
        <translation>Zugeordnete Objekte</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>Zugeordnete Datensätze</translation>
    </message>
    <message>
        <source>Add the ids of associated records as extra columns.</source>
        <translation>Die IDs zugeordneter Datensätze als zusätzliche Spalten hinzufügen.</translation>
    </message>
    <message>
        <source>Save exports in</source>
        <translation>Exporte speichern in</translation>
    </message>
    <message>
        <source>Choose the folder the export is saved in.</source>
        <translation>Ordner wählen, in dem der Export gespeichert wird.</translation>
    </message>
    <message>
        <source>%1 of %2 chosen — the most an export may have.</source>
        <translation>%1 von %2 gewählt – mehr erlaubt ein Export nicht.</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%1 von %2 gewählt</translation>
    </message>
</context>
<context>
    <name>es::PresetDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>es::PresetsController</name>
    <message>
        <source>Some preset files could not be read and are left untouched: %1</source>
        <translation>Einige Vorlagendateien konnten nicht gelesen werden und bleiben unverändert: %1</translation>
    </message>
    <message>
        <source>Imported 1 preset. Double-click it to run it.</source>
        <translation>1 Vorlage importiert. Doppelklicken Sie darauf, um sie auszuführen.</translation>
    </message>
    <message>
        <source>Imported %1 presets. Double-click one to run it.</source>
        <translation>%1 Vorlagen importiert. Doppelklicken Sie auf eine, um sie auszuführen.</translation>
    </message>
    <message>
        <source>Saved the preset to %1. Anyone with Export Studio can import it; it holds no token.</source>
        <translation>Vorlage unter %1 gespeichert. Jeder mit Export Studio kann sie importieren; sie enthält kein Token.</translation>
    </message>
</context>
<context>
    <name>es::PresetsModel</name>
    <message>
        <source>last run %1</source>
        <translation>zuletzt: %1</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Double-click to run it on the current account.</source>
        <translation>Doppelklicken, um sie mit dem aktuellen Konto auszuführen.</translation>
    </message>
</context>
<context>
    <name>es::PresetsPanel</name>
    <message>
        <source>No presets yet. Save one from the export wizard&apos;s Review page, or import a preset file.</source>
        <translation>Noch keine Vorlagen. Speichern Sie eine auf der Seite „Prüfen“ des Export-Assistenten oder importieren Sie eine Vorlagendatei.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the selected preset on the current account (Enter)</source>
        <translation>Die gewählte Vorlage mit dem aktuellen Konto ausführen (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saved exports. Press Enter to run one.</source>
        <translation>Gespeicherte Exporte. Eingabetaste führt einen aus.</translation>
    </message>
    <message>
        <source>Run preset</source>
        <translation>Vorlage ausführen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation>Weitere Vorlagenaktionen</translation>
    </message>
    <message>
        <source>Edit, duplicate, rename, delete, import or export presets</source>
        <translation>Vorlagen bearbeiten, duplizieren, umbenennen, löschen, importieren oder exportieren</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>Export Studio presets (*.json)</source>
        <translation>Vorlagen von Export Studio (*.json)</translation>
    </message>
    <message>
        <source>Export preset</source>
        <translation>Vorlage exportieren</translation>
    </message>
</context>
<context>
    <name>es::PropertyCombo</name>
    <message>
        <source>Type to search properties</source>
        <translation>Eigenschaft suchen</translation>
    </message>
    <message>
        <source>Internal name: %1</source>
        <translation>Interner Name: %1</translation>
    </message>
</context>
<context>
    <name>es::PropertyListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>es::PropertyPicker</name>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Search by label or internal name</source>
        <translation>Nach Beschriftung oder internem Namen suchen</translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation>Eigenschaften suchen</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Alle Eigenschaften</translation>
    </message>
    <message>
        <source>Columns in export order</source>
        <translation>Spalten in Exportreihenfolge</translation>
    </message>
    <message>
        <source>Drag to reorder; Delete removes a column</source>
        <translation>Zum Umsortieren ziehen; Entf entfernt eine Spalte</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Spalte nach oben</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Spalte nach unten</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>%n Eigenschaft</numerusform>
            <numerusform>%n Eigenschaften</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 properties match</source>
        <translation>%1 von %2 Eigenschaften passen</translation>
    </message>
    <message>
        <source>C&amp;olumns in export order (%1)</source>
        <translation>Sp&amp;alten in Exportreihenfolge (%1)</translation>
    </message>
</context>
<context>
    <name>es::PropertyTreeModel</name>
    <message>
        <source>Other properties</source>
        <translation>Weitere Eigenschaften</translation>
    </message>
    <message>
        <source>%1 of %2 properties chosen</source>
        <translation>%1 von %2 Eigenschaften gewählt</translation>
    </message>
    <message>
        <source>Group %1, %2 of %3 chosen</source>
        <translation>Gruppe %1, %2 von %3 gewählt</translation>
    </message>
    <message>
        <source>Internal name: %1
Type: %2</source>
        <translation>Interner Name: %1
Typ: %2</translation>
    </message>
    <message>
        <source>%1, internal name %2</source>
        <translation>%1, interner Name %2</translation>
    </message>
    <message>
        <source>, hidden</source>
        <translation>, ausgeblendet</translation>
    </message>
    <message>
        <source>, calculated</source>
        <translation>, berechnet</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>berechnet</translation>
    </message>
</context>
<context>
    <name>es::ReviewPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Check and start</source>
        <translation>Prüfen und starten</translation>
    </message>
    <message>
        <source>Step 5 of 5 · This is what Export Studio will ask HubSpot for.</source>
        <translation>Schritt 5 von 5 · Das wird Export Studio bei HubSpot anfordern.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Request body sent to HubSpot (JSON)</source>
        <translation>An HubSpot gesendeter Anfragetext (JSON)</translation>
    </message>
    <message>
        <source>Copy the JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the request body to the clipboard</source>
        <translation>Anfragetext in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Request &amp;body (JSON):</source>
        <translation>Anfrage&amp;text (JSON):</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>All %1 in list %2</source>
        <translation>Alle %1 in Liste %2</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; with associated %1</source>
        <translation>; mit zugeordneten %1</translation>
    </message>
    <message>
        <source> (unzipped, zip kept)</source>
        <translation> (entpackt, ZIP behalten)</translation>
    </message>
    <message>
        <source> (unzipped)</source>
        <translation> (entpackt)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <source>✔ No problems found. Ready to start.</source>
        <translation>✔ Keine Probleme gefunden. Bereit zum Start.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>ⓘ %1</source>
        <translation>ⓘ %1</translation>
    </message>
    <message>
        <source>No download folder is set. Go back to Output and choose one.</source>
        <translation>Kein Download-Ordner festgelegt. Gehen Sie zurück zu „Ausgabe“ und wählen Sie einen.</translation>
    </message>
    <message>
        <source>No account is chosen. Go back to the first page and choose one.</source>
        <translation>Kein Konto gewählt. Gehen Sie zurück zur ersten Seite und wählen Sie eines.</translation>
    </message>
</context>
<context>
    <name>es::SavePresetDialog</name>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional: what this export is for</source>
        <translation>Optional: wofür dieser Export gedacht ist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>es::ScalarEditor</name>
    <message>
        <source>Number, e.g. 1500.50</source>
        <translation>Zahl, z. B. 1500,50</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Your local time; sent to HubSpot as UTC.</source>
        <translation>Ihre Ortszeit; wird als UTC an HubSpot gesendet.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
</context>
<context>
    <name>es::SelectedColumnsModel</name>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a property of this object in this account; HubSpot will refuse the export. Remove it.</source>
        <translation>„%1“ ist in diesem Konto keine Eigenschaft dieses Objekts; HubSpot wird den Export ablehnen. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Column %1, %2</source>
        <translation>Spalte %1, %2</translation>
    </message>
</context>
<context>
    <name>es::SettingsDialog</name>
    <message>
        <source>&amp;Unpack zipped exports</source>
        <translation>Gezippte Exporte &amp;entpacken</translation>
    </message>
    <message>
        <source>&amp;Keep the zip file after unpacking</source>
        <translation>ZIP-Datei nach dem Entpacken &amp;behalten</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when an export finishes or fails</source>
        <translation>Desktop-&amp;Benachrichtigung zeigen, wenn ein Export fertig ist oder fehlschlägt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Most filter groups</source>
        <translation>Höchstzahl Filtergruppen</translation>
    </message>
    <message>
        <source>Most filters per group</source>
        <translation>Höchstzahl Filter pro Gruppe</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Takes effect the next time Export Studio starts.</source>
        <translation>Wirkt beim nächsten Start von Export Studio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Filter limits</source>
        <translation>Filtergrenzen</translation>
    </message>
    <message>
        <source>HubSpot accepts 3 groups of 3 filters; raise these only if your portal allows more.</source>
        <translation>HubSpot akzeptiert 3 Gruppen mit je 3 Filtern; erhöhen Sie diese Werte nur, wenn Ihr Portal mehr erlaubt.</translation>
    </message>
    <message>
        <source>Most filter &amp;groups:</source>
        <translation>Höchstzahl Filter&amp;gruppen:</translation>
    </message>
    <message>
        <source>Most filters &amp;per group:</source>
        <translation>Höchstzahl Filter &amp;pro Gruppe:</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system&apos;s settings come from your desktop or from the http_proxy, https_proxy and no_proxy variables. The built-in sandbox is always reached directly.</source>
        <translation>Die Systemeinstellungen kommen von Ihrem Desktop oder aus den Variablen http_proxy, https_proxy und no_proxy. Die eingebaute Sandbox wird immer direkt erreicht.</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Only if the proxy asks you to sign in</source>
        <translation>Nur wenn der Proxy eine Anmeldung verlangt</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose another proxy setting.</source>
        <translation>Geben Sie Host und Port des Proxys ein oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
</context>
<context>
    <name>es::SourcePage</name>
    <message>
        <source>&amp;Filtered records</source>
        <translation>&amp;Gefilterte Datensätze</translation>
    </message>
    <message>
        <source>Records in a &amp;list</source>
        <translation>Datensätze einer &amp;Liste</translation>
    </message>
    <message>
        <source>What do you want to export?</source>
        <translation>Was möchten Sie exportieren?</translation>
    </message>
    <message>
        <source>Step 1 of 5 · Choose the account, the kind of records and how to pick them.</source>
        <translation>Schritt 1 von 5 · Wählen Sie Konto, Art der Datensätze und wie sie ausgewählt werden.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Pick records by conditions, for example “Lifecycle stage is Customer”, or take all.</source>
        <translation>Datensätze nach Bedingungen auswählen, zum Beispiel „Lebenszyklusphase ist Kunde“, oder alle nehmen.</translation>
    </message>
    <message>
        <source>Export the members of one of your HubSpot lists.</source>
        <translation>Die Mitglieder einer Ihrer HubSpot-Listen exportieren.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>Loading custom objects…</source>
        <translation>Benutzerdefinierte Objekte werden geladen…</translation>
    </message>
    <message>
        <source>Custom objects could not be loaded (%1). Standard objects are available.</source>
        <translation>Benutzerdefinierte Objekte konnten nicht geladen werden (%1). Standardobjekte sind verfügbar.</translation>
    </message>
    <message>
        <source>No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>Noch kein Konto eingerichtet. Fügen Sie eines unter „Konten“ hinzu oder probieren Sie die eingebaute Sandbox.</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>⚠ No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>⚠ Noch kein Konto eingerichtet. Fügen Sie eines unter „Konten“ hinzu oder probieren Sie die eingebaute Sandbox.</translation>
    </message>
    <message>
        <source>%1 (custom object %2)</source>
        <translation>%1 (benutzerdefiniertes Objekt %2)</translation>
    </message>
</context>
<context>
    <name>es::Text</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Waiting at HubSpot</source>
        <translation>Wartet auf HubSpot</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Wird entpackt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>download speed, %1 is a size such as &quot;2.1 MB&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>es::TransferModel</name>
    <message>
        <source>Queued #%1</source>
        <translation>In Warteschlange, Platz %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <translation> · nächster Platz %1</translation>
    </message>
    <message>
        <source>Asking HubSpot to start the export…</source>
        <translation>HubSpot wird gebeten, den Export zu starten…</translation>
    </message>
    <message>
        <source>Waiting for HubSpot to begin (no percentage available)</source>
        <translation>Warten, bis HubSpot beginnt (kein Prozentwert verfügbar)</translation>
    </message>
    <message>
        <source>HubSpot is building the file · %1 records</source>
        <translation>HubSpot erstellt die Datei · %1 Datensätze</translation>
    </message>
    <message>
        <source>HubSpot is building the file (no percentage available)</source>
        <translation>HubSpot erstellt die Datei (kein Prozentwert verfügbar)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Unpacking · %1 of %2</source>
        <translation>Wird entpackt · %1 von %2</translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation>Wird entpackt…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
        <translation>%1 Dateien · %2</translation>
    </message>
    <message>
        <source>Failed for an unknown reason: retry, or look at the details in the tooltip.</source>
        <translation>Aus unbekanntem Grund fehlgeschlagen: Wiederholen Sie den Export oder sehen Sie sich die Details im Tooltip an.</translation>
    </message>
    <message>
        <source>Canceled before it started</source>
        <translation>Vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>Canceled here; HubSpot may still finish it, nothing is downloaded</source>
        <translation>Hier abgebrochen; HubSpot stellt ihn eventuell noch fertig, heruntergeladen wird nichts</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>HubSpot export id: %1</source>
        <translation>HubSpot-Export-ID: %1</translation>
    </message>
    <message>
        <source>HubSpot state: %1</source>
        <translation>HubSpot-Status: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Datensätze: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time per state: %1</source>
        <translation>Zeit pro Status: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Untitled export</source>
        <translation>Unbenannter Export</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>es::TransfersPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected exports (HubSpot has no cancel: an export it already runs is only no longer downloaded)</source>
        <translation>Die gewählten Exporte stoppen (HubSpot kennt kein Abbrechen: Ein dort bereits laufender Export wird nur nicht mehr heruntergeladen)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Run the selected failed or canceled exports again</source>
        <translation>Die gewählten fehlgeschlagenen oder abgebrochenen Exporte erneut ausführen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Start this export earlier (Ctrl+Up)</source>
        <translation>Diesen Export früher starten (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Start this export later (Ctrl+Down)</source>
        <translation>Diesen Export später starten (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the downloaded files in the file manager</source>
        <translation>Die heruntergeladenen Dateien im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove finished exports from the list (the files stay)</source>
        <translation>Fertige Exporte aus der Liste entfernen (die Dateien bleiben)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <source>Transfer actions</source>
        <translation>Übertragungsaktionen</translation>
    </message>
    <message>
        <source>Exports that are queued, running or finished</source>
        <translation>Exporte in der Warteschlange, laufend oder fertig</translation>
    </message>
    <message>
        <source>No exports yet.
Start one with New export (Ctrl+N) or double-click a preset.</source>
        <translation>Noch keine Exporte.
Starten Sie einen mit „Neuer Export“ (Ctrl+N) oder per Doppelklick auf eine Vorlage.</translation>
    </message>
    <message>
        <source>Check the &amp;account…</source>
        <translation>&amp;Konto prüfen…</translation>
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
</context>
<context>
    <name>es::WelcomePanel</name>
    <message>
        <source>&amp;Try it on the built-in sandbox</source>
        <translation>In der eingebauten Sandbox &amp;ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Add HubSpot account…</source>
        <translation>HubSpot-Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Welcome to Export Studio</source>
        <translation>Willkommen bei Export Studio</translation>
    </message>
    <message>
        <source>Export contacts, companies, deals, tickets and custom objects from HubSpot as CSV or Excel files: pick the records with filters or a list, choose the columns, and save the export as a preset to run it again with one double-click.</source>
        <translation>Exportieren Sie Kontakte, Unternehmen, Deals, Tickets und benutzerdefinierte Objekte aus HubSpot als CSV- oder Excel-Dateien: Datensätze per Filter oder Liste auswählen, Spalten wählen und den Export als Vorlage speichern, um ihn per Doppelklick erneut auszuführen.</translation>
    </message>
    <message>
        <source>The sandbox is a pretend HubSpot portal on this computer with made-up data: try everything without an account and without touching real records.</source>
        <translation>Die Sandbox ist ein nachgebildetes HubSpot-Portal auf diesem Computer mit erfundenen Daten: Probieren Sie alles aus – ohne Konto und ohne echte Datensätze anzufassen.</translation>
    </message>
    <message>
        <source>For a real portal you need a private app access token with the crm.export scope (HubSpot: Settings › Integrations › Private apps).</source>
        <translation>Für ein echtes Portal brauchen Sie ein Zugriffstoken einer privaten App mit dem Bereich crm.export (HubSpot: Einstellungen › Integrationen › Private Apps).</translation>
    </message>
</context>
<context>
    <name>es::WizardModel</name>
    <message>
        <source>%1 export %2</source>
        <translation>%1-Export %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export HubSpot CRM records through the Exports API.</source>
        <translation>HubSpot-CRM-Datensätze über die Exports API exportieren.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox (made-up data).</source>
        <translation>Mit der eingebauten Sandbox starten (erfundene Daten).</translation>
    </message>
    <message>
        <source>Preset files (.json) to import and open.</source>
        <translation>Vorlagendateien (.json), die importiert und geöffnet werden.</translation>
    </message>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>Start a separate instance even if one is running (for testing).</source>
        <translation>Eine eigene Instanz starten, auch wenn schon eine läuft (zum Testen).</translation>
    </message>
</context>
</TS>
