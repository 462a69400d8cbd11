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
        <extracomment>A condition in words: %1 the property (&quot;Lifecycle stage&quot;), %2 the comparison (&quot;is&quot;, &quot;contains&quot;), %3 the value or values. Reorder for your language.</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>(kein Operator)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A condition without a value: %1 the property, %2 the comparison (&quot;is known&quot;)</extracomment>
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
        <extracomment>Between the values of a condition such as &quot;Lifecycle stage is any of Lead, Customer&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source> AND </source>
        <extracomment>Joins the conditions of one group: a record must match them all</extracomment>
        <translation> UND </translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>Brackets around one group of conditions when there are several groups (joined with OR)</extracomment>
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
        <extracomment>Joins the groups of conditions: a record matches if it matches any one group</extracomment>
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
        <extracomment>The full stop that ends the description of the records an export takes</extracomment>
        <translation>.</translation>
    </message>
    <message>
        <source>is on</source>
        <extracomment>Comparison of a date property with one day: &quot;Create date is on 3 March 2026&quot;</extracomment>
        <translation>ist am</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>Comparison of a property with one value: &quot;Lifecycle stage is Customer&quot;</extracomment>
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
        <extracomment>Sort order of a text property, ascending (alphabetical)</extracomment>
        <translation>A→Z</translation>
    </message>
    <message>
        <source>Z→A</source>
        <extracomment>Sort order of a text property, descending (reverse alphabetical)</extracomment>
        <translation>Z→A</translation>
    </message>
</context>
<context>
    <name>es::AccountStore</name>
    <message>
        <source>Cannot read the accounts file %1 (%2). Check its permissions.</source>
        <translation>Die Kontendatei %1 kann nicht gelesen werden (%2). Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2). Add your accounts again; the damaged file is kept as %1.bak.</source>
        <translation>Die Kontendatei %1 ist beschädigt (%2). Fügen Sie Ihre Konten erneut hinzu; die beschädigte Datei bleibt als %1.bak erhalten.</translation>
    </message>
    <message>
        <source>The accounts file %1 was written by a newer version of Export Studio. Update Export Studio to use it.</source>
        <translation>Die Kontendatei %1 wurde von einer neueren Version von Export Studio geschrieben. Aktualisieren Sie Export Studio, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Cannot save the accounts: %1</source>
        <translation>Die Konten können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unreadable accounts file %1 as %2. Move the file away and try again.</source>
        <translation>Von der unlesbaren Kontendatei %1 kann keine Kopie als %2 angelegt werden. Verschieben Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot save the accounts to %1: %2. %3</source>
        <translation>Die Konten können nicht in %1 gespeichert werden: %2. %3</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The account needs a name. Enter one, for example the company&apos;s name.</source>
        <translation>Das Konto braucht einen Namen. Geben Sie einen ein, zum Beispiel den Namen des Unternehmens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Use https://api.hubapi.com for HubSpot, or the sandbox&apos;s http://127.0.0.1:PORT address.</source>
        <translation>„%1“ ist keine Webadresse. Verwenden Sie https://api.hubapi.com für HubSpot oder die Adresse http://127.0.0.1:PORT der Sandbox.</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot; to remove.</source>
        <translation>Es gibt kein Konto mit der ID „%1“, das entfernt werden könnte.</translation>
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
    <message>
        <source>Not saved. Paste the right token, then save again.</source>
        <translation>Nicht gespeichert. Fügen Sie das richtige Token ein und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Checking the token with HubSpot…</source>
        <translation>Token wird bei HubSpot geprüft…</translation>
    </message>
    <message>
        <source>Not saved: the check was canceled.</source>
        <translation>Nicht gespeichert: Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Das Token konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Storing the token in your keychain (answer its prompt if one opens)…</source>
        <translation>Token wird im Schlüsselbund gespeichert (beantworten Sie dessen Abfrage, falls eine erscheint)…</translation>
    </message>
    <message>
        <source>Saved, but the token is kept for this session only (see the keychain note above).</source>
        <translation>Gespeichert, aber das Token wird nur für diese Sitzung behalten (siehe den Hinweis zum Schlüsselbund oben).</translation>
    </message>
    <message>
        <source>Asking HubSpot…</source>
        <translation>HubSpot wird gefragt…</translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>HubSpot says this token has expired (EXPIRED_AUTHENTICATION): copy the private app&apos;s current token in HubSpot (Settings › Integrations › Private apps) and paste it here.</source>
        <translation>HubSpot meldet, dass dieses Token abgelaufen ist (EXPIRED_AUTHENTICATION): Kopieren Sie das aktuelle Token der privaten App in HubSpot (Einstellungen › Integrationen › Private Apps) und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>HubSpot refused this token (%1): copy the private app&apos;s token again in HubSpot (Settings › Integrations › Private apps) and paste it here.</source>
        <translation>HubSpot hat dieses Token abgelehnt (%1): Kopieren Sie das Token der privaten App in HubSpot erneut (Einstellungen › Integrationen › Private Apps) und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>%1 (HubSpot correlation id %2)</source>
        <extracomment>%1 is a whole message, %2 an id HubSpot support can look up</extracomment>
        <translation>%1 (HubSpot-Korrelations-ID %2)</translation>
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
        <source>&amp;API address:</source>
        <translation>&amp;API-Adresse:</translation>
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
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugriffsto&amp;ken:</translation>
    </message>
    <message>
        <source>HubSpot API version</source>
        <translation>HubSpot-API-Version</translation>
    </message>
    <message>
        <source>Newest (%1)</source>
        <extracomment>%1 is the newest version&apos;s date name, e.g. 2026-09</extracomment>
        <translation>Neueste (%1)</translation>
    </message>
    <message>
        <source>v3 (legacy)</source>
        <translation>v3 (veraltet)</translation>
    </message>
    <message>
        <source>HubSpot names its API versions by date and calls /crm/v3 legacy. Keep the newest unless your portal refuses it: when a portal answers “not found” for a newer version, Export Studio uses the next older one, says so and remembers it here.</source>
        <translation>HubSpot benennt seine API-Versionen nach Datum und nennt /crm/v3 veraltet. Behalten Sie die neueste, solange Ihr Portal sie annimmt: Antwortet ein Portal bei einer neueren Version mit „nicht gefunden“, nimmt Export Studio die nächstältere, sagt es und merkt es sich hier.</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Warten auf eine Antwort</translation>
    </message>
    <message>
        <source>Stop waiting for HubSpot&apos;s answer</source>
        <translation>Nicht länger auf die Antwort von HubSpot warten</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <extracomment>What the dialog waits for (&quot;Asking HubSpot…&quot;), then the seconds waited so far</extracomment>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>Save a refused token?</source>
        <translation>Abgelehntes Token speichern?</translation>
    </message>
    <message>
        <source>HubSpot did not accept this token for exports.</source>
        <translation>HubSpot hat dieses Token für Exporte nicht angenommen.</translation>
    </message>
    <message>
        <source>Exports with this account will fail until the token is fixed. Save it anyway?</source>
        <translation>Exporte mit diesem Konto schlagen fehl, bis das Token korrigiert ist. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
</context>
<context>
    <name>es::ApiError</name>
    <message>
        <source>no HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
    <message>
        <source>%1 (HubSpot correlation id %2)</source>
        <extracomment>%1 is a whole message, %2 an id HubSpot support can look up</extracomment>
        <translation>%1 (HubSpot-Korrelations-ID %2)</translation>
    </message>
    <message>
        <source>The request</source>
        <extracomment>The subject of &quot;%1 could not reach HubSpot&quot;, &quot;%1 timed out&quot;, &quot;%1 was canceled&quot;</extracomment>
        <translation>Die Anfrage</translation>
    </message>
    <message>
        <source>The request (%1)</source>
        <translation>Die Anfrage (%1)</translation>
    </message>
    <message>
        <source>HubSpot says: %1</source>
        <translation>HubSpot meldet: %1</translation>
    </message>
    <message>
        <source>HubSpot says the access token has expired (EXPIRED_AUTHENTICATION): sign in again or re-enter the token in Accounts.</source>
        <translation>Laut HubSpot ist das Zugriffstoken abgelaufen (EXPIRED_AUTHENTICATION): Melden Sie sich erneut an oder geben Sie das Token unter „Konten“ neu ein.</translation>
    </message>
    <message>
        <source>HubSpot refused the access token (%1): re-enter the token in Accounts.</source>
        <translation>HubSpot hat das Zugriffstoken abgelehnt (%1): Geben Sie das Token unter „Konten“ neu ein.</translation>
    </message>
    <message>
        <source>The token lacks the %1 scope: in HubSpot, add it to the private app (OAuth: a Super Admin must grant it).</source>
        <extracomment>%1 is a scope name such as crm.export (the private app&apos;s permission)</extracomment>
        <translation>Dem Token fehlt der Bereich %1: Fügen Sie ihn in HubSpot der privaten App hinzu (OAuth: Ein Super-Admin muss ihn gewähren).</translation>
    </message>
    <message>
        <source>The token lacks the %1 scopes: in HubSpot, add them to the private app (OAuth: a Super Admin must grant them).</source>
        <translation>Dem Token fehlen die Bereiche %1: Fügen Sie sie in HubSpot der privaten App hinzu (OAuth: Ein Super-Admin muss sie gewähren).</translation>
    </message>
    <message>
        <source>HubSpot denied access (HTTP 403).</source>
        <translation>HubSpot hat den Zugriff verweigert (HTTP 403).</translation>
    </message>
    <message>
        <source>Check that the account and token belong to the portal that owns this export.</source>
        <translation>Prüfen Sie, ob Konto und Token zu dem Portal gehören, dem dieser Export gehört.</translation>
    </message>
    <message>
        <source>HubSpot could not find what was asked for (HTTP 404).</source>
        <translation>HubSpot hat das Angeforderte nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the id or object type; it may have been deleted.</source>
        <translation>Prüfen Sie die ID oder den Objekttyp; vielleicht wurde es gelöscht.</translation>
    </message>
    <message>
        <source>unknown property: %1</source>
        <translation>unbekannte Eigenschaft: %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the request.</source>
        <translation>HubSpot hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>HubSpot rejected the request: %1</source>
        <translation>HubSpot hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Fix the request and try again.</source>
        <translation>Korrigieren Sie die Anfrage und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Fix these fields: %1</source>
        <translation>Korrigieren Sie diese Felder: %1</translation>
    </message>
    <message>
        <source>Daily limit reached: HubSpot allows no more API requests (or exports) for this account today. Try again after midnight in the account&apos;s time zone, or raise the limit with HubSpot&apos;s API add-on.</source>
        <translation>Tageslimit erreicht: HubSpot erlaubt für dieses Konto heute keine weiteren API-Anfragen (oder Exporte). Versuchen Sie es nach Mitternacht in der Zeitzone des Kontos erneut oder erhöhen Sie das Limit mit dem API-Add-on von HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was hit and it was still hit after the retries.</source>
        <translation>Das Rate-Limit von HubSpot wurde erreicht, auch nach den Wiederholungen noch.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was hit (%1) and it was still hit after the retries.</source>
        <translation>Das Rate-Limit von HubSpot wurde erreicht (%1), auch nach den Wiederholungen noch.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s and try again; other apps using this account share the same limit.</source>
        <translation>
            <numerusform>Warten Sie %n s und versuchen Sie es erneut; andere Apps mit diesem Konto teilen sich dasselbe Limit.</numerusform>
            <numerusform>Warten Sie %n s und versuchen Sie es erneut; andere Apps mit diesem Konto teilen sich dasselbe Limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a few seconds and try again; other apps using this account share the same limit.</source>
        <translation>Warten Sie einige Sekunden und versuchen Sie es erneut; andere Apps mit diesem Konto teilen sich dasselbe Limit.</translation>
    </message>
    <message>
        <source>HubSpot had a server error (HTTP %1) and it persisted after the retries.</source>
        <translation>Bei HubSpot ist ein Serverfehler aufgetreten (HTTP %1), der auch nach den Wiederholungen bestand.</translation>
    </message>
    <message>
        <source>Try again later; check status.hubspot.com if it lasts.</source>
        <translation>Versuchen Sie es später erneut; sehen Sie auf status.hubspot.com nach, wenn es anhält.</translation>
    </message>
    <message>
        <source>HubSpot answered with a redirect (HTTP %1), which Export Studio does not follow for API calls. Check the API address in the account settings.</source>
        <translation>HubSpot hat mit einer Weiterleitung geantwortet (HTTP %1), der Export Studio bei API-Aufrufen nicht folgt. Prüfen Sie die API-Adresse in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1).</source>
        <translation>HubSpot hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1, %2).</source>
        <translation>HubSpot hat die Anfrage abgelehnt (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>HubSpot answered with something that is not JSON (%1). This is usually a temporary problem at HubSpot or a proxy in between: try again later.</source>
        <extracomment>%1 is the HTTP status and what came instead, e.g. &quot;HTTP 502, an HTML page&quot;</extracomment>
        <translation>HubSpot hat mit etwas geantwortet, das kein JSON ist (%1). Meist ist das ein vorübergehendes Problem bei HubSpot oder einem Proxy dazwischen: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 could not set up a secure connection to HubSpot: %2. Export Studio never ignores certificate errors; check the computer&apos;s date and time, a proxy that inspects HTTPS traffic, and the API address.</source>
        <extracomment>%1 is &quot;The request (...)&quot;, %2 the TLS library&apos;s reason</extracomment>
        <translation>%1 konnte keine sichere Verbindung zu HubSpot aufbauen: %2. Export Studio ignoriert Zertifikatsfehler nie; prüfen Sie Datum und Uhrzeit des Computers, einen Proxy, der HTTPS-Verkehr untersucht, und die API-Adresse.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not reach HubSpot: %2. Check your connection/proxy and try again.</source>
        <extracomment>%1 is &quot;The request (...)&quot;, %2 the network&apos;s reason</extracomment>
        <translation>%1 konnte HubSpot nicht erreichen: %2. Prüfen Sie Ihre Verbindung bzw. Ihren Proxy und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>%1 timed out: HubSpot did not answer in time. Check your connection/proxy and try again.</source>
        <translation>%1 hat das Zeitlimit überschritten: HubSpot hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung bzw. Ihren Proxy und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Refused to send the token: %1</source>
        <translation>Das Token wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the API address is not secure</source>
        <translation>die API-Adresse ist nicht sicher</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>HubSpot answered with a server error (HTTP %1)</source>
        <translation>HubSpot hat mit einem Serverfehler geantwortet (HTTP %1)</translation>
    </message>
    <message>
        <source>HubSpot did not answer in time</source>
        <translation>HubSpot hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the connection broke (%1)</source>
        <translation>die Verbindung ist abgebrochen (%1)</translation>
    </message>
    <message>
        <source>The export may or may not have started: %1 after the request was sent. It was not sent again, because a second start would use another export from the daily quota. Check HubSpot&apos;s export log (Settings &gt; Import &amp; Export) before starting it again.</source>
        <extracomment>%1 says what happened, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>Ob der Export gestartet wurde, ist unklar: %1, nachdem die Anfrage gesendet war. Sie wurde nicht erneut gesendet, weil ein zweiter Start einen weiteren Export des Tageskontingents verbrauchen würde. Prüfen Sie das Exportprotokoll in HubSpot (Einstellungen &gt; Import &amp; Export), bevor Sie ihn erneut starten.</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
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
        <extracomment>Loading failed: the warning sign, then what went wrong in words</extracomment>
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
        <extracomment>Between the chosen values shown in the closed box, e.g. &quot;Lead, Customer&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Tippen zum Filtern</translation>
    </message>
    <message>
        <source>Filter the values</source>
        <translation>Werte filtern</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
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
    <name>es::Completeness</name>
    <message>
        <source>The records in the files could not be counted: %1</source>
        <extracomment>%1 why the downloaded files could not be counted (a sentence)</extracomment>
        <translation>Die Datensätze in den Dateien konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>%1 records in the files (HubSpot did not report a count)</source>
        <extracomment>%1 the number of data rows in the downloaded files</extracomment>
        <translation>%1 Datensätze in den Dateien (HubSpot hat keine Anzahl gemeldet)</translation>
    </message>
    <message>
        <source>%1 records, as HubSpot reported</source>
        <translation>%1 Datensätze, wie von HubSpot gemeldet</translation>
    </message>
    <message>
        <source>HubSpot reported %1; the files hold %2</source>
        <extracomment>%1 HubSpot&apos;s recordCount, %2 the data rows in the downloaded files</extracomment>
        <translation>HubSpot meldete %1; die Dateien enthalten %2</translation>
    </message>
    <message>
        <source> (counted before the start: %1)</source>
        <extracomment>Appended: %1 the records counted before the export was started</extracomment>
        <translation> (vor dem Start gezählt: %1)</translation>
    </message>
</context>
<context>
    <name>es::CountLabel</name>
    <message>
        <source>Record count</source>
        <translation>Anzahl der Datensätze</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>es::CountText</name>
    <message>
        <source>The count follows once every filter is complete.</source>
        <translation>Die Anzahl folgt, sobald jeder Filter vollständig ist.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>Count unavailable: %1</source>
        <extracomment>%1 is why, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>Anzahl nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The list holds no %1: the export would be empty and still count as one of the day&apos;s exports.</source>
        <translation>Die Liste enthält keine %1: Der Export wäre leer und zählte trotzdem als einer der Exporte des Tages.</translation>
    </message>
    <message>
        <source>No %1 match: the export would be empty and still count as one of the day&apos;s exports.</source>
        <translation>Keine %1 passen: Der Export wäre leer und zählte trotzdem als einer der Exporte des Tages.</translation>
    </message>
    <message>
        <source>%1 %2 in the list will be exported</source>
        <extracomment>%1 is a number, %2 the object (&quot;2,345 contacts will be exported&quot;)</extracomment>
        <translation>%1 %2 aus der Liste werden exportiert</translation>
    </message>
    <message>
        <source>%1 %2 will be exported</source>
        <translation>%1 %2 werden exportiert</translation>
    </message>
    <message>
        <source>≈ %1 match</source>
        <extracomment>a filter group&apos;s own count, approximate like HubSpot&apos;s search total</extracomment>
        <translation>≈ %1 passen</translation>
    </message>
    <message>
        <source>counting…</source>
        <comment>a filter group&apos;s count</comment>
        <translation>wird gezählt …</translation>
    </message>
    <message numerus="yes">
        <source>About %1 in %n %2 files inside one zip (HubSpot splits at %3 rows a file)</source>
        <extracomment>%1 a size (&quot;12.5 MB&quot;), %2 the format, %3 the rows per file</extracomment>
        <translation>
            <numerusform>Etwa %1 in %n %2-Datei in einem ZIP (HubSpot teilt bei %3 Zeilen je Datei)</numerusform>
            <numerusform>Etwa %1 in %n %2-Dateien in einem ZIP (HubSpot teilt bei %3 Zeilen je Datei)</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 in one %2 file, zipped (HubSpot zips CSV files over 2 MB)</source>
        <translation>Etwa %1 in einer %2-Datei, gezippt (HubSpot zippt CSV-Dateien über 2 MB)</translation>
    </message>
    <message>
        <source>About %1 in one %2 file</source>
        <translation>Etwa %1 in einer %2-Datei</translation>
    </message>
    <message numerus="yes">
        <source>XLS holds %1 rows a file; XLSX would arrive as %n file(s). Choose XLSX on the Output page.</source>
        <translation>
            <numerusform>XLS fasst %1 Zeilen je Datei; XLSX käme als %n Datei. Wählen Sie XLSX auf der Seite Ausgabe.</numerusform>
            <numerusform>XLS fasst %1 Zeilen je Datei; XLSX käme als %n Dateien. Wählen Sie XLSX auf der Seite Ausgabe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::CsvTableReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>es::DayPlanModel</name>
    <message>
        <source>Tomorrow %1</source>
        <extracomment>a planned run&apos;s start, %1 the time</extracomment>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday time</comment>
        <extracomment>a planned run&apos;s start, %1 the weekday, %2 the time</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>After the run before it (one export at a time)</source>
        <translation>Nach dem Lauf davor (ein Export nach dem anderen)</translation>
    </message>
    <message>
        <source>Waits for the daily export limit</source>
        <translation>Wartet auf das tägliche Exportlimit</translation>
    </message>
    <message>
        <source>Missed at %1: runs once now</source>
        <extracomment>%1 when the missed run was due</extracomment>
        <translation>Verpasst um %1: läuft jetzt einmal</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Starts</source>
        <comment>planned run</comment>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>planned run</comment>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>es::DiffModel</name>
    <message>
        <source>added</source>
        <comment>a record in the newer run only</comment>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a record whose values differ between the runs</comment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a record in the older run only</comment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>old value → new value</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Datensatz-ID</translation>
    </message>
</context>
<context>
    <name>es::DiffSession</name>
    <message>
        <source>There is no comparison to export yet.</source>
        <translation>Es gibt noch keinen Vergleich zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>es::DownloadTask</name>
    <message>
        <source>Could not set up a secure connection to the download server %1: %2. Export Studio never ignores certificate errors and does not retry them. If the certificate is not trusted, add the certificate authority that signed it to the system&apos;s trusted certificates (a proxy or antivirus that inspects HTTPS needs its own CA there); also check the computer&apos;s date and time. Then resume the download; the part already downloaded is kept.</source>
        <translation>Zum Downloadserver %1 konnte keine sichere Verbindung aufgebaut werden: %2. Export Studio ignoriert Zertifikatsfehler nie und wiederholt sie nicht. Ist das Zertifikat nicht vertrauenswürdig, fügen Sie die Zertifizierungsstelle, die es signiert hat, den vertrauenswürdigen Zertifikaten des Systems hinzu (ein Proxy oder Virenscanner, der HTTPS untersucht, braucht dort seine eigene CA); prüfen Sie auch Datum und Uhrzeit des Computers. Setzen Sie den Download dann fort; der bereits geladene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not replaced. Choose another name or folder.</source>
        <translation>Unter %1 gibt es bereits eine Datei; sie wurde nicht ersetzt. Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The download was canceled; the part already downloaded is kept so it can be resumed.</source>
        <translation>Der Download wurde abgebrochen; der bereits geladene Teil bleibt erhalten, damit er fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>the file changed on the server</source>
        <translation>die Datei hat sich auf dem Server geändert</translation>
    </message>
    <message>
        <source>the server resumed at the wrong offset</source>
        <translation>der Server hat an der falschen Stelle fortgesetzt</translation>
    </message>
    <message>
        <source>The server announces %1 bytes but the export should have %2; nothing was saved. Download the export again.</source>
        <translation>Der Server kündigt %1 Byte an, der Export sollte aber %2 haben; nichts wurde gespeichert. Laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>The export needs %1 more but the folder %2 has only %3 free. Free some space there, then resume the download.</source>
        <translation>Der Export braucht noch %1, aber im Ordner %2 sind nur %3 frei. Schaffen Sie dort Platz und setzen Sie dann den Download fort.</translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes it announced; the download was discarded. Download the export again.</source>
        <translation>Der Server hat mehr als die angekündigten %1 Byte gesendet; der Download wurde verworfen. Laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>why a write failed</comment>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The download link was refused (HTTP %1); it has probably expired. A fresh link is needed; the part already downloaded is kept.</source>
        <translation>Der Downloadlink wurde abgelehnt (HTTP %1); er ist wohl abgelaufen. Ein neuer Link wird benötigt; der bereits geladene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <source>the server refused the range</source>
        <translation>der Server hat den Bereich abgelehnt</translation>
    </message>
    <message>
        <source>The download from %1 stalled: no data for %2 s.</source>
        <translation>Der Download von %1 stockt: seit %2 s keine Daten.</translation>
    </message>
    <message>
        <source>The download server %1 answered HTTP %2.</source>
        <translation>Der Downloadserver %1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>The download server %1 answered HTTP %2; the download cannot continue.</source>
        <translation>Der Downloadserver %1 hat mit HTTP %2 geantwortet; der Download kann nicht weitergehen.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The download server %1 sent no file.</source>
        <translation>Der Downloadserver %1 hat keine Datei gesendet.</translation>
    </message>
    <message>
        <source>The connection to %1 closed after %2 of %3 bytes.</source>
        <translation>Die Verbindung zu %1 wurde nach %2 von %3 Byte geschlossen.</translation>
    </message>
    <message>
        <source>The download link redirected more than %1 times; giving up.</source>
        <translation>Der Downloadlink hat mehr als %1-mal weitergeleitet; Abbruch.</translation>
    </message>
    <message>
        <source>The download link redirected to an address that is not allowed (%1); only http and https are followed, never from https to http.</source>
        <translation>Der Downloadlink hat auf eine nicht erlaubte Adresse weitergeleitet (%1); nur http und https werden verfolgt, nie von https zu http.</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>kein Schema</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempts; the part already downloaded is kept, resume later.</source>
        <extracomment>%1 is what went wrong (a whole sentence)</extracomment>
        <translation>
            <numerusform>%1 Nach %n Versuch aufgegeben; der bereits geladene Teil bleibt erhalten, setzen Sie später fort.</numerusform>
            <numerusform>%1 Nach %n Versuchen aufgegeben; der bereits geladene Teil bleibt erhalten, setzen Sie später fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download server %1 keeps answering inconsistently (%2); giving up.</source>
        <translation>Der Downloadserver %1 antwortet immer wieder widersprüchlich (%2); Abbruch.</translation>
    </message>
    <message>
        <source>The download has %1 bytes instead of %2; it was discarded. Download the export again.</source>
        <translation>Der Download hat %1 Byte statt %2; er wurde verworfen. Laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 does not match its ETag</source>
        <translation>der SHA-256 der Datei passt nicht zu ihrem ETag</translation>
    </message>
    <message>
        <source>the file&apos;s MD5 does not match its ETag</source>
        <translation>der MD5 der Datei passt nicht zu ihrem ETag</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not replaced. The download is kept as %2.</source>
        <translation>Unter %1 gibt es bereits eine Datei; sie wurde nicht ersetzt. Der Download liegt als %2 vor.</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2). Free some space there or choose another folder, then resume the download.</source>
        <translation>Der Download kann nicht in %1 geschrieben werden (%2). Schaffen Sie dort Platz oder wählen Sie einen anderen Ordner und setzen Sie dann den Download fort.</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2). Free some space there, then resume the download.</source>
        <translation>Der Download kann in %1 nicht geschrieben werden (%2). Schaffen Sie dort Platz und setzen Sie den Download dann fort.</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2): the folder is read-only or you may not write there. Make it writable or choose another folder, then resume the download.</source>
        <translation>Der Download kann in %1 nicht geschrieben werden (%2): Der Ordner ist schreibgeschützt oder Sie dürfen dort nicht schreiben. Machen Sie ihn beschreibbar oder wählen Sie einen anderen Ordner und setzen Sie den Download dann fort.</translation>
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
    <message>
        <source>&amp;Filter downloads…</source>
        <translation>Downloads &amp;filtern…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show the file&apos;s rows in a table inside Export Studio</source>
        <translation>Die Zeilen der Datei in einer Tabelle in Export Studio zeigen</translation>
    </message>
</context>
<context>
    <name>es::ExportJob</name>
    <message>
        <source>Export Studio stopped while it was asking HubSpot to start “%1”, so it cannot tell whether HubSpot started it. It was not sent again to avoid spending a second export: check the export log in HubSpot (Settings → Import &amp; Export → Exports) before you retry.</source>
        <translation>Export Studio wurde beendet, während es HubSpot bat, „%1“ zu starten, und weiß daher nicht, ob HubSpot ihn gestartet hat. Die Anfrage wurde nicht erneut gesendet, um keinen zweiten Export zu verbrauchen: Prüfen Sie das Exportprotokoll in HubSpot (Einstellungen → Import &amp; Export → Exporte), bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Asking HubSpot for a fresh download link to resume the download</source>
        <translation>Neuen Downloadlink bei HubSpot anfordern, um den Download fortzusetzen</translation>
    </message>
    <message>
        <source>The downloaded file of “%1” is no longer in %2, so it cannot be unpacked. Retry to download it again.</source>
        <translation>Die heruntergeladene Datei von „%1“ liegt nicht mehr in %2 und kann daher nicht entpackt werden. Wiederholen Sie den Vorgang, um sie erneut herunterzuladen.</translation>
    </message>
    <message>
        <source>Export Studio could not save the job before starting it, so nothing was sent to HubSpot. Free some disk space or check the permissions of the state folder, then retry.</source>
        <translation>Export Studio konnte den Auftrag vor dem Start nicht speichern, daher wurde nichts an HubSpot gesendet. Schaffen Sie Speicherplatz oder prüfen Sie die Berechtigungen des Statusordners und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The account of this export is unknown or has no access token: add it in Accounts.</source>
        <translation>Das Konto dieses Exports ist unbekannt oder hat kein Zugriffstoken: Fügen Sie es unter „Konten“ hinzu.</translation>
    </message>
    <message>
        <source>HubSpot accepted the export but sent no task id, so it cannot be followed. Look for “%1” in HubSpot&apos;s export log.</source>
        <translation>HubSpot hat den Export angenommen, aber keine Task-ID gesendet; er kann daher nicht verfolgt werden. Suchen Sie „%1“ im Exportprotokoll von HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot says the account&apos;s daily export limit is reached.</source>
        <translation>Laut HubSpot ist das tägliche Exportlimit des Kontos erreicht.</translation>
    </message>
    <message>
        <source>HubSpot did not answer (%1); trying again</source>
        <translation>HubSpot hat nicht geantwortet (%1); neuer Versuch</translation>
    </message>
    <message>
        <source>HubSpot says “%1” is complete but gives no download link. Try again later, or download it from HubSpot&apos;s export log.</source>
        <translation>Laut HubSpot ist „%1“ fertig, aber es gibt keinen Downloadlink. Versuchen Sie es später erneut oder laden Sie den Export aus dem Exportprotokoll von HubSpot herunter.</translation>
    </message>
    <message>
        <source>HubSpot answered with an unknown status “%1”; still checking</source>
        <translation>HubSpot hat mit dem unbekannten Status „%1“ geantwortet; weitere Prüfung läuft</translation>
    </message>
    <message>
        <source>Waiting for approval: an administrator of the HubSpot account must approve this export before it runs (PENDING_APPROVAL).</source>
        <translation>Warten auf Freigabe: Ein Administrator des HubSpot-Kontos muss diesen Export freigeben, bevor er läuft (PENDING_APPROVAL).</translation>
    </message>
    <message>
        <source>HubSpot reports the export “%1” as %2. Start it again; if it keeps failing, check the export log in HubSpot.</source>
        <translation>HubSpot meldet den Export „%1“ als %2. Starten Sie ihn erneut; schlägt er weiter fehl, prüfen Sie das Exportprotokoll in HubSpot.</translation>
    </message>
    <message>
        <source>Cannot create the download folder %1: check its permissions or choose another folder.</source>
        <translation>Der Downloadordner %1 kann nicht angelegt werden: Prüfen Sie seine Berechtigungen oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The download link expired; asking HubSpot for a fresh one</source>
        <translation>Der Downloadlink ist abgelaufen; ein neuer wird bei HubSpot angefordert</translation>
    </message>
    <message>
        <source>HubSpot&apos;s download links for “%1” kept expiring before the download could finish. Retry: the part already downloaded is kept.</source>
        <translation>Die Downloadlinks von HubSpot für „%1“ sind immer wieder abgelaufen, bevor der Download fertig war. Versuchen Sie es erneut: Der bereits geladene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <source>Could not move the downloaded file into %1: %2</source>
        <translation>Die heruntergeladene Datei konnte nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>Moving the file into place</source>
        <translation>Datei wird an ihren Platz verschoben</translation>
    </message>
    <message>
        <source>The file&apos;s content was not recognised as %1; it was saved as it came.</source>
        <translation>Der Inhalt der Datei wurde nicht als %1 erkannt; sie wurde so gespeichert, wie sie kam.</translation>
    </message>
    <message>
        <source>Canceled before it was sent to HubSpot: no export was spent.</source>
        <translation>Abgebrochen, bevor er an HubSpot gesendet wurde: Es wurde kein Export verbraucht.</translation>
    </message>
    <message>
        <source>Canceled while the start request was on its way. HubSpot has no cancel endpoint; the export may still run there and counts against today&apos;s quota.</source>
        <translation>Abgebrochen, während die Startanfrage unterwegs war. HubSpot bietet keinen Abbruch-Endpunkt; der Export kann dort trotzdem laufen und zählt zum heutigen Kontingent.</translation>
    </message>
    <message>
        <source>Stopped here. HubSpot has no cancel endpoint; the export may still finish there and counts against today&apos;s quota.</source>
        <translation>Hier angehalten. HubSpot bietet keinen Abbruch-Endpunkt; der Export kann dort trotzdem fertig werden und zählt zum heutigen Kontingent.</translation>
    </message>
    <message>
        <source>Stopped here; nothing was saved. The export finished at HubSpot and counts against today&apos;s quota.</source>
        <translation>Hier angehalten; nichts wurde gespeichert. Der Export ist bei HubSpot fertig und zählt zum heutigen Kontingent.</translation>
    </message>
    <message>
        <source>The request to start “%1” may have reached HubSpot, but its answer could not be read (%2). It was not sent again, to avoid spending a second export: check the export log in HubSpot (Settings → Import &amp; Export → Exports) before you retry.</source>
        <extracomment>%2 is what went wrong, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>Die Anfrage zum Start von „%1“ hat HubSpot vielleicht erreicht, aber die Antwort war nicht lesbar (%2). Sie wurde nicht erneut gesendet, um keinen zweiten Export zu verbrauchen: Prüfen Sie das Exportprotokoll in HubSpot (Einstellungen → Import &amp; Export → Exporte), bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 The downloaded archive was kept as %2.</source>
        <extracomment>%1 says why unpacking failed (a whole sentence), %2 where the zip file is now</extracomment>
        <translation>%1 Das heruntergeladene Archiv wurde als %2 behalten.</translation>
    </message>
    <message>
        <source>The downloaded archive could not be kept: %1</source>
        <translation>Das heruntergeladene Archiv konnte nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>Counting the records in the files</source>
        <translation>Datensätze in den Dateien werden gezählt</translation>
    </message>
</context>
<context>
    <name>es::ExportLauncher</name>
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
        <extracomment>%1 the preset&apos;s name, %2 what is wrong with it (whole sentences)</extracomment>
        <translation>Die Vorlage „%1“ kann nicht ausgeführt werden: %2 Bearbeiten Sie sie, um das zu beheben.</translation>
    </message>
    <message>
        <source>The settings of this export are no longer known (it was removed from Transfers). Start it again with New export, or save exports you repeat as presets.</source>
        <translation>Die Einstellungen dieses Exports sind nicht mehr bekannt (er wurde aus „Übertragungen“ entfernt). Starten Sie ihn mit „Neuer Export“ erneut, oder speichern Sie wiederkehrende Exporte als Vorlagen.</translation>
    </message>
    <message>
        <source>The preset “%1” could not start: %2</source>
        <extracomment>%1 the preset&apos;s name, %2 why (a sentence)</extracomment>
        <translation>Die Vorlage „%1“ konnte nicht starten: %2</translation>
    </message>
</context>
<context>
    <name>es::ExportQueue</name>
    <message>
        <source>Another Export Studio process is running this job; waiting for it to finish</source>
        <translation>Ein anderer Prozess von Export Studio führt diesen Auftrag aus; warten, bis er fertig ist</translation>
    </message>
    <message>
        <source>Waiting for another Export Studio process (the app or export-studio-cli) that is running an export for this account: HubSpot runs one at a time</source>
        <translation>Warten auf einen anderen Prozess von Export Studio (die App oder export-studio-cli), der einen Export für dieses Konto ausführt: HubSpot führt jeweils nur einen aus</translation>
    </message>
    <message>
        <source>Daily limit of %1 exports reached: next slot at %2</source>
        <translation>Tageslimit von %1 Exporten erreicht: nächster freier Platz um %2</translation>
    </message>
    <message>
        <source>Waiting for “%1” to finish at HubSpot (one export at a time per account)</source>
        <translation>Warten, bis „%1“ bei HubSpot fertig ist (ein Export gleichzeitig pro Konto)</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) ahead in this account&apos;s queue</source>
        <translation>
            <numerusform>%n Export vor diesem in der Warteschlange des Kontos</numerusform>
            <numerusform>%n Exporte vor diesem in der Warteschlange des Kontos</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Wartet auf den Start</translation>
    </message>
    <message>
        <source>The account “%1” is unknown or has no access token: add it (or its token) in Accounts, then retry.</source>
        <translation>Das Konto „%1“ ist unbekannt oder hat kein Zugriffstoken: Fügen Sie es (oder sein Token) unter „Konten“ hinzu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Canceled before it was sent to HubSpot: no export was spent.</source>
        <translation>Abgebrochen, bevor er an HubSpot gesendet wurde: Es wurde kein Export verbraucht.</translation>
    </message>
    <message>
        <source>Continuing the same export at HubSpot (no new export is spent)</source>
        <translation>Derselbe Export bei HubSpot wird fortgesetzt (kein neuer Export wird verbraucht)</translation>
    </message>
</context>
<context>
    <name>es::ExportStatus</name>
    <message>
        <source>HubSpot canceled the export without giving a reason (an administrator may have canceled it in the export log). Start it again if you still need it.</source>
        <translation>HubSpot hat den Export ohne Angabe von Gründen abgebrochen (vielleicht hat ein Administrator ihn im Exportprotokoll abgebrochen). Starten Sie ihn erneut, wenn Sie ihn noch brauchen.</translation>
    </message>
    <message>
        <source>HubSpot canceled the export: %1</source>
        <extracomment>%1: HubSpot&apos;s reasons, separated by semicolons</extracomment>
        <translation>HubSpot hat den Export abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s): %1</source>
        <extracomment>%1: HubSpot&apos;s error messages, separated by semicolons</extracomment>
        <translation>
            <numerusform>HubSpot hat %n Fehler gemeldet: %1</numerusform>
            <numerusform>HubSpot hat %n Fehler gemeldet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s) without details.</source>
        <translation>
            <numerusform>HubSpot hat %n Fehler ohne Einzelheiten gemeldet.</numerusform>
            <numerusform>HubSpot hat %n Fehler ohne Einzelheiten gemeldet.</numerusform>
        </translation>
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
    <message>
        <source>? &amp;Help</source>
        <translation>? &amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>es::FileNaming</name>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>The folder %1 already holds 10000 files named like %2: choose another folder.</source>
        <translation>Der Ordner %1 enthält bereits 10000 Dateien mit Namen wie %2: Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>es::FileSniffer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 starts like a zip archive but its directory cannot be read (error %2): the download may be damaged.</source>
        <translation>%1 beginnt wie ein ZIP-Archiv, aber sein Verzeichnis ist nicht lesbar (Fehler %2): Der Download ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>zip archive</source>
        <extracomment>What a downloaded file turned out to be</extracomment>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>XLSX-Arbeitsmappe</translation>
    </message>
    <message>
        <source>XLS workbook</source>
        <translation>XLS-Arbeitsmappe</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV-Text</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>unbekannte Daten</translation>
    </message>
</context>
<context>
    <name>es::FilterBuilder</name>
    <message>
        <source>⚠ %1</source>
        <extracomment>A problem with the filters: the warning sign, then the problem in words</extracomment>
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
        <extracomment>Quotation marks around the description of the filters, in your language&apos;s style</extracomment>
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
        <extracomment>A problem with this group of conditions: the warning sign, then the problem in words</extracomment>
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
    <message>
        <source>Records matching group %1</source>
        <translation>Datensätze, die zu Gruppe %1 passen</translation>
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
        <extracomment>A problem with this condition: the warning sign, then the problem in words</extracomment>
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
        <extracomment>Screen reader name of the lower bound of a range: %1 the condition (&quot;Create date is between&quot;)</extracomment>
        <translation>%1, von</translation>
    </message>
    <message>
        <source>%1, value</source>
        <extracomment>Screen reader name of a condition&apos;s value box: %1 the condition (&quot;Email contains&quot;)</extracomment>
        <translation>%1, Wert</translation>
    </message>
    <message>
        <source>%1, to</source>
        <extracomment>Screen reader name of the upper bound of a range: %1 the condition (&quot;Create date is between&quot;)</extracomment>
        <translation>%1, bis</translation>
    </message>
    <message>
        <source>%1, values</source>
        <extracomment>Screen reader name of the values of a condition with several values: %1 the condition (&quot;Lifecycle stage is any of&quot;)</extracomment>
        <translation>%1, Werte</translation>
    </message>
</context>
<context>
    <name>es::FilterValues</name>
    <message>
        <source>Yes</source>
        <extracomment>The value &quot;true&quot; of a yes/no property in a filter</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>The value &quot;false&quot; of a yes/no property in a filter</extracomment>
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
    <name>es::HeaderMap</name>
    <message>
        <source>%1 has %2 columns where the preset asks for %3, so its columns cannot be matched to properties. Was the file edited, or the preset changed after the export?</source>
        <translation>%1 hat %2 Spalten, die Vorlage verlangt %3; die Spalten lassen sich daher keinen Eigenschaften zuordnen. Wurde die Datei bearbeitet oder die Vorlage nach dem Export geändert?</translation>
    </message>
    <message>
        <source>%1 has the column “%2” twice (column %3), so its columns cannot be matched to properties.</source>
        <translation>%1 enthält die Spalte „%2“ zweimal (Spalte %3); die Spalten lassen sich daher keinen Eigenschaften zuordnen.</translation>
    </message>
</context>
<context>
    <name>es::HelpTopics</name>
    <message>
        <source>Your first export</source>
        <translation>Ihr erster Export</translation>
    </message>
    <message>
        <source>Filters: which records</source>
        <translation>Filter: welche Datensätze</translation>
    </message>
    <message>
        <source>Presets: run it again</source>
        <translation>Vorlagen: erneut ausführen</translation>
    </message>
    <message>
        <source>Exporting a list</source>
        <translation>Eine Liste exportieren</translation>
    </message>
    <message>
        <source>Limits and the daily quota</source>
        <translation>Grenzen und das Tageskontingent</translation>
    </message>
    <message>
        <source>Where the files go</source>
        <translation>Wo die Dateien landen</translation>
    </message>
    <message>
        <source>When something goes wrong</source>
        <translation>Wenn etwas schiefgeht</translation>
    </message>
</context>
<context>
    <name>es::HelpWindow</name>
    <message>
        <source>Export Studio guide</source>
        <translation>Export Studio-Anleitung</translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation>Themen der Anleitung</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Seite der Anleitung</translation>
    </message>
</context>
<context>
    <name>es::History</name>
    <message>
        <source>The history file %1 is damaged (%2); the list starts empty. Your exported files are untouched.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt (%2); die Liste beginnt leer. Ihre exportierten Dateien bleiben unberührt.</translation>
    </message>
    <message>
        <source>Cannot save the export history %1: %2. %3</source>
        <translation>Der Exportverlauf %1 kann nicht gespeichert werden: %2. %3</translation>
    </message>
</context>
<context>
    <name>es::HistoryDialog</name>
    <message>
        <source>Run %1 – %2</source>
        <translation>Lauf %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Export diff as CSV…</source>
        <translation>Unterschiede als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>Verlauf – %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of run</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>full</source>
        <comment>run kind</comment>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>incremental</source>
        <comment>run kind</comment>
        <translation>inkrementell</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Compare &amp;run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <comment>compare run A with run B</comment>
        <translation>ver&amp;gleichen mit</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>This preset has no runs in its history yet.</source>
        <translation>Diese Vorlage hat noch keine Läufe im Verlauf.</translation>
    </message>
    <message>
        <source>One run so far: run the preset again to see what changed.</source>
        <translation>Bisher ein Lauf: Führen Sie die Vorlage erneut aus, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Run %1 → run %2: %3 added, %4 changed, %5 removed</source>
        <translation>Lauf %1 → Lauf %2: %3 hinzugefügt, %4 geändert, %5 entfernt</translation>
    </message>
    <message>
        <source>Export diff as CSV</source>
        <translation>Unterschiede als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Comparing run %1 with run %2…</source>
        <translation>Lauf %1 wird mit Lauf %2 verglichen…</translation>
    </message>
    <message>
        <source>&amp;Preview table…</source>
        <translation>Tabelle &amp;ansehen…</translation>
    </message>
    <message>
        <source>Shows the preset&apos;s table as it was after the selected run</source>
        <translation>Zeigt die Tabelle der Vorlage, wie sie nach dem gewählten Lauf war</translation>
    </message>
</context>
<context>
    <name>es::HubSpotClient</name>
    <message>
        <source>%1 answered HTTP %2 without HubSpot&apos;s error format, so it is probably not the HubSpot API: the token was not checked. Check the API address (HubSpot&apos;s is https://api.hubapi.com) and any proxy in between.</source>
        <translation>%1 hat mit HTTP %2 ohne das Fehlerformat von HubSpot geantwortet und ist daher wohl nicht die HubSpot-API: Das Token wurde nicht geprüft. Prüfen Sie die API-Adresse (die von HubSpot lautet https://api.hubapi.com) und einen etwaigen Proxy dazwischen.</translation>
    </message>
    <message>
        <source>the API address &quot;%1&quot; is not a valid URL; use https://api.hubapi.com</source>
        <translation>die API-Adresse „%1“ ist keine gültige URL; verwenden Sie https://api.hubapi.com</translation>
    </message>
    <message>
        <source>the API address %1 uses plain http, which would expose the token on the network; use https (plain http is allowed only for this computer: 127.0.0.1, ::1, localhost)</source>
        <translation>die API-Adresse %1 verwendet unverschlüsseltes http, wodurch das Token im Netzwerk sichtbar würde; verwenden Sie https (unverschlüsseltes http ist nur für diesen Computer erlaubt: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>the API address %1 is neither https nor http</source>
        <translation>die API-Adresse %1 ist weder https noch http</translation>
    </message>
    <message>
        <source>the network manager is gone (shutting down)</source>
        <translation>die Netzwerkverwaltung ist nicht mehr da (wird beendet)</translation>
    </message>
    <message>
        <source>The id is missing</source>
        <translation>Die ID fehlt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <comment>what HubSpot answered</comment>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <source>redirect to %1 not followed</source>
        <translation>Weiterleitung zu %1 nicht gefolgt</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>einem anderen Pfad</translation>
    </message>
    <message>
        <source>start export</source>
        <extracomment>Names the call in &quot;The request (%1) could not reach HubSpot&quot;; the ones below too</extracomment>
        <translation>Export starten</translation>
    </message>
    <message>
        <source>the answer carries no task id</source>
        <translation>die Antwort enthält keine Task-ID</translation>
    </message>
    <message>
        <source>export status of task %1</source>
        <translation>Exportstatus von Task %1</translation>
    </message>
    <message>
        <source>the status answer has no &quot;status&quot;</source>
        <translation>die Statusantwort hat kein &quot;status&quot;</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>property groups of %1</source>
        <translation>Eigenschaftsgruppen von %1</translation>
    </message>
    <message>
        <source>list search</source>
        <translation>Listensuche</translation>
    </message>
    <message>
        <source>the list search did not end after %1 pages</source>
        <translation>die Listensuche war nach %1 Seiten nicht zu Ende</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>the answer describes no list</source>
        <translation>die Antwort beschreibt keine Liste</translation>
    </message>
    <message>
        <source>list id of legacy list %1</source>
        <translation>Listen-ID der alten Liste %1</translation>
    </message>
    <message>
        <source>the answer has no listId</source>
        <translation>die Antwort hat keine listId</translation>
    </message>
    <message>
        <source>custom object schemas</source>
        <translation>Schemas benutzerdefinierter Objekte</translation>
    </message>
    <message>
        <source>the owners paging does not advance</source>
        <translation>die Seitenabfrage der Besitzer kommt nicht voran</translation>
    </message>
    <message>
        <source>pipelines of %1</source>
        <translation>Pipelines von %1</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Connected: HubSpot accepted the token and it may export.</source>
        <translation>Verbunden: HubSpot hat das Token angenommen, und es darf exportieren.</translation>
    </message>
    <message>
        <source>HubSpot accepted the token, but it cannot export. %1</source>
        <extracomment>%1 says which scope is missing and how to add it</extracomment>
        <translation>HubSpot hat das Token angenommen, aber es kann nicht exportieren. %1</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of the answer</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes der Antwort geschlossen</translation>
    </message>
    <message>
        <source>search of %1</source>
        <translation>Suche in %1</translation>
    </message>
    <message>
        <source>the search answer has no &quot;total&quot;</source>
        <translation>die Antwort der Suche enthält kein „total“</translation>
    </message>
    <message>
        <source>record count</source>
        <translation>Datensatzzählung</translation>
    </message>
    <message>
        <source>the list answer does not give the list&apos;s size</source>
        <translation>die Antwort zur Liste nennt ihre Größe nicht</translation>
    </message>
</context>
<context>
    <name>es::InstanceGuard</name>
    <message>
        <source>Cannot create the folder %1, so a second start cannot be passed to this window.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden, daher kann ein zweiter Start nicht an dieses Fenster übergeben werden.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1, so a second start cannot be passed to this window.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden, daher kann ein zweiter Start nicht an dieses Fenster übergeben werden.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (%2), so a second start cannot be passed to this window.</source>
        <translation>Auf %1 kann nicht gelauscht werden (%2), daher kann ein zweiter Start nicht an dieses Fenster übergeben werden.</translation>
    </message>
    <message>
        <source>There is no other running instance to pass this start to.</source>
        <translation>Es läuft keine andere Instanz, an die dieser Start übergeben werden könnte.</translation>
    </message>
    <message>
        <source>The arguments are too long to pass to the running instance.</source>
        <translation>Die Argumente sind zu lang, um sie an die laufende Instanz zu übergeben.</translation>
    </message>
    <message>
        <source>Export Studio is already running but does not answer. Close it (or end it if it hangs) and start again.</source>
        <translation>Export Studio läuft bereits, antwortet aber nicht. Schließen Sie es (oder beenden Sie es, wenn es hängt) und starten Sie es erneut.</translation>
    </message>
    <message>
        <source>The running instance was activated.</source>
        <translation>Die laufende Instanz wurde aktiviert.</translation>
    </message>
</context>
<context>
    <name>es::IssueText</name>
    <message>
        <source>Choose the property to filter on, or remove this filter.</source>
        <translation>Wählen Sie die Eigenschaft, nach der gefiltert wird, oder entfernen Sie diesen Filter.</translation>
    </message>
    <message>
        <source>%1: this condition is not one Export Studio knows. Choose another condition.</source>
        <translation>%1: Diese Bedingung kennt Export Studio nicht. Wählen Sie eine andere Bedingung.</translation>
    </message>
    <message>
        <source>%1 %2: choose a value.</source>
        <translation>%1 %2: Wählen Sie einen Wert.</translation>
    </message>
    <message>
        <source>%1 %2: enter a value.</source>
        <translation>%1 %2: Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>%1 %2: enter the smallest value to include.</source>
        <translation>%1 %2: Geben Sie den kleinsten Wert ein, der dazugehört.</translation>
    </message>
    <message>
        <source>%1 %2: enter the largest value to include.</source>
        <translation>%1 %2: Geben Sie den größten Wert ein, der dazugehört.</translation>
    </message>
    <message>
        <source>%1 %2: the first date is after the second, so nothing can match. Swap them.</source>
        <translation>%1 %2: Das erste Datum liegt nach dem zweiten, daher passt nichts. Tauschen Sie die beiden.</translation>
    </message>
    <message>
        <source>%1 %2: the first value is greater than the second, so nothing can match. Swap them.</source>
        <translation>%1 %2: Der erste Wert ist größer als der zweite, daher passt nichts. Tauschen Sie die beiden.</translation>
    </message>
    <message>
        <source>%1 %2: choose at least one value.</source>
        <translation>%1 %2: Wählen Sie mindestens einen Wert.</translation>
    </message>
    <message>
        <source>%1 %2: enter at least one value; separate values with commas.</source>
        <translation>%1 %2: Geben Sie mindestens einen Wert ein; trennen Sie Werte mit Kommas.</translation>
    </message>
    <message>
        <source>%1 %2: value %3 of the list is empty. Remove the extra comma.</source>
        <translation>%1 %2: Wert %3 der Liste ist leer. Entfernen Sie das überzählige Komma.</translation>
    </message>
    <message>
        <source>%1 %2 takes no value; the value is ignored.</source>
        <translation>%1 %2 braucht keinen Wert; der Wert wird ignoriert.</translation>
    </message>
</context>
<context>
    <name>es::JobNotifier</name>
    <message>
        <source>Picked up 1 export from last time where it left off.</source>
        <translation>1 Export vom letzten Mal wird dort fortgesetzt, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>Picked up %1 exports from last time where they left off.</source>
        <translation>%1 Exporte vom letzten Mal werden dort fortgesetzt, wo sie stehen blieben.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <extracomment>%1 the file&apos;s name, %2 its size (&quot;12.4 MB&quot;)</extracomment>
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
        <extracomment>%1 the export&apos;s name, %2 why it failed</extracomment>
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
        <extracomment>%1 the export&apos;s name, %2 what was saved (&quot;Saved contacts.csv (12.4 MB).&quot;)</extracomment>
        <translation>Export „%1“ fertig. %2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>es::JobStore</name>
    <message>
        <source>Refusing to save a job with the id “%1”.</source>
        <translation>Ein Auftrag mit der ID „%1“ wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot create the jobs folder %1: check its permissions.</source>
        <translation>Der Auftragsordner %1 kann nicht angelegt werden: Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot save job %1 in %2: %3. %4</source>
        <translation>Auftrag %1 kann nicht in %2 gespeichert werden: %3. %4</translation>
    </message>
    <message>
        <source>The job file %1 is damaged and was set aside.</source>
        <translation>Die Auftragsdatei %1 ist beschädigt und wurde beiseitegelegt.</translation>
    </message>
</context>
<context>
    <name>es::KeychainTokenVault</name>
    <message>
        <source>The system keychain cannot be used (%1). Export Studio keeps the token in memory for this run only, so you will have to enter it again next time. To keep it safely, install and unlock a keychain (GNOME Keyring with libsecret, or KWallet), then restart Export Studio.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden (%1). Export Studio behält das Token nur für diese Sitzung im Speicher; beim nächsten Mal müssen Sie es erneut eingeben. Um es sicher aufzubewahren, installieren und entsperren Sie einen Schlüsselbund (GNOME Keyring mit libsecret oder KWallet) und starten Sie Export Studio dann neu.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <comment>why the keychain cannot be used</comment>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 A token saved there earlier stays until you remove the &quot;%2&quot; entry in your keychain manager.</source>
        <extracomment>%1 is the sentence that says why the keychain cannot be used</extracomment>
        <translation>%1 Ein dort früher gespeichertes Token bleibt erhalten, bis Sie den Eintrag „%2“ in Ihrer Schlüsselbundverwaltung entfernen.</translation>
    </message>
    <message>
        <source>No token is stored for this account. Enter it in the account settings.</source>
        <translation>Für dieses Konto ist kein Token gespeichert. Geben Sie es in den Kontoeinstellungen ein.</translation>
    </message>
    <message>
        <source>The keychain&apos;s request was declined, so Export Studio keeps the token in memory for this run only. To keep it, save the account again and accept the keychain&apos;s prompt (if it asks for a password for a new keyring, choose one: that creates the keyring).</source>
        <translation>Die Anfrage des Schlüsselbunds wurde abgelehnt, daher behält Export Studio das Token nur für diesen Lauf im Speicher. Um es zu behalten, speichern Sie das Konto erneut und bestätigen Sie die Abfrage des Schlüsselbunds (fragt er nach einem Passwort für einen neuen Schlüsselbund, wählen Sie eines: Damit wird der Schlüsselbund angelegt).</translation>
    </message>
    <message>
        <source>The keychain refused to store the token: it is locked, or its prompt was declined (%1). Export Studio keeps the token in memory for this run only. To keep it, unlock the keychain (GNOME: Passwords and Keys; KDE: KWallet Manager) or accept its prompt, then save the account again.</source>
        <translation>Der Schlüsselbund hat das Speichern des Tokens verweigert: Er ist gesperrt, oder seine Abfrage wurde abgelehnt (%1). Export Studio behält das Token nur für diesen Lauf im Speicher. Um es zu behalten, entsperren Sie den Schlüsselbund (GNOME: Passwörter und Schlüssel; KDE: KWallet-Verwaltung) oder bestätigen Sie seine Abfrage, und speichern Sie das Konto dann erneut.</translation>
    </message>
    <message>
        <source>access denied</source>
        <comment>why the keychain cannot be used</comment>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may still be showing a prompt, or it is not running. Export Studio keeps the token in memory for this run only. If a keychain prompt is open, answer it; otherwise install and unlock a keychain (GNOME Keyring with libsecret, or KWallet) and restart Export Studio.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet: Vielleicht zeigt er noch eine Abfrage, oder er läuft nicht. Export Studio behält das Token nur für diesen Lauf im Speicher. Ist eine Abfrage des Schlüsselbunds offen, beantworten Sie sie; andernfalls installieren und entsperren Sie einen Schlüsselbund (GNOME Keyring mit libsecret oder KWallet) und starten Sie Export Studio neu.</translation>
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
        <extracomment>The size of a list HubSpot does not report (a dash meaning &quot;unknown&quot;)</extracomment>
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
        <extracomment>A problem with the list: the warning sign, then the problem in words</extracomment>
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
    <message>
        <source>“%1” is not a legacy list id: those are digits only, like the 123 in an old link ending in /lists/123. Check what you typed.</source>
        <translation>„%1“ ist keine alte Listen-ID: Diese besteht nur aus Ziffern, wie die 123 in einem alten Link, der auf /lists/123 endet. Prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>HubSpot knows no list with the legacy id %1. Check the number in the list&apos;s old link.</source>
        <translation>HubSpot kennt keine Liste mit der alten ID %1. Prüfen Sie die Nummer im alten Link der Liste.</translation>
    </message>
    <message>
        <source>Could not look up the id: %1</source>
        <translation>Die ID konnte nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>⚠ This list has no records right now, so the file would be empty. Pick another list, or go on if members will be added first.</source>
        <translation>⚠ Diese Liste enthält gerade keine Datensätze, die Datei wäre also leer. Wählen Sie eine andere Liste, oder fahren Sie fort, wenn vorher Mitglieder hinzukommen.</translation>
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
        <source>%1 of %2 exports left today</source>
        <extracomment>The daily quota in the toolbar: %1 exports left of %2 per 24 hours</extracomment>
        <translation>Noch %1 von %2 Exporten heute</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <extracomment>Appended to the quota: %1 when the next export slot frees up (a date or time)</extracomment>
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
        <extracomment>The window title: %1 the current HubSpot account&apos;s name</extracomment>
        <translation>Export Studio – %1</translation>
    </message>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>Open &amp;downloads folder</source>
        <translation>&amp;Downloadordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder exports are saved to in the file manager</source>
        <translation>Den Ordner, in dem Exporte gespeichert werden, im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>The next slot frees up at %1.</source>
        <translation>Der nächste Platz wird um %1 frei.</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>Übe&amp;rtragungen</translation>
    </message>
    <message>
        <source>Export Studio &amp;guide</source>
        <translation>Export Studio-&amp;Anleitung</translation>
    </message>
    <message>
        <source>A short guide: first export, filters, presets, lists, limits, where files go, troubleshooting</source>
        <translation>Eine kurze Anleitung: erster Export, Filter, Vorlagen, Listen, Grenzen, wo Dateien landen, Fehlerbehebung</translation>
    </message>
    <message>
        <source>The token of this account failed: %1</source>
        <extracomment>Tooltip of an account in the switcher: %1 why its token failed</extracomment>
        <translation>Das Token dieses Kontos ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, token failed</source>
        <extracomment>Read by screen readers after the account&apos;s name</extracomment>
        <translation>%1, Token fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save property &amp;definitions…</source>
        <translation>&amp;Eigenschaftsdefinitionen speichern…</translation>
    </message>
    <message>
        <source>Save an object&apos;s property definitions as a CSV or Excel file (no export is spent)</source>
        <translation>Die Eigenschaftsdefinitionen eines Objekts als CSV- oder Excel-Datei speichern (kein Export wird verbraucht)</translation>
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
        <source>Select a preset on the left first, then run it (or double-click it).</source>
        <translation>Wählen Sie zuerst links eine Vorlage und führen Sie sie dann aus (oder doppelklicken Sie darauf).</translation>
    </message>
    <message>
        <source>No file manager opened %1. Open the folder yourself.</source>
        <translation>Kein Dateimanager hat %1 geöffnet. Öffnen Sie den Ordner selbst.</translation>
    </message>
    <message>
        <source>no token is stored for it; add it in Accounts</source>
        <translation>es ist kein Token gespeichert; fügen Sie es unter Konten hinzu</translation>
    </message>
</context>
<context>
    <name>es::MemoryTokenVault</name>
    <message>
        <source>No token is stored for this account. Enter it in the account settings.</source>
        <translation>Für dieses Konto ist kein Token gespeichert. Geben Sie es in den Kontoeinstellungen ein.</translation>
    </message>
    <message>
        <source>The token is kept in memory until Export Studio quits.</source>
        <translation>Das Token wird bis zum Beenden von Export Studio im Speicher behalten.</translation>
    </message>
</context>
<context>
    <name>es::MetadataCache</name>
    <message>
        <source>no HubSpot account is selected</source>
        <translation>kein HubSpot-Konto ausgewählt</translation>
    </message>
</context>
<context>
    <name>es::NetworkSetup</name>
    <message>
        <source>The manual proxy needs a host and a port. Enter both in the network settings, or choose the system proxy.</source>
        <translation>Der manuelle Proxy braucht einen Host und einen Port. Geben Sie beides in den Netzwerkeinstellungen ein oder wählen Sie den System-Proxy.</translation>
    </message>
    <message>
        <source>The proxy password cannot be read here: the proxy is used without it.</source>
        <translation>Das Proxy-Passwort kann hier nicht gelesen werden: Der Proxy wird ohne es verwendet.</translation>
    </message>
    <message>
        <source>No password is saved for the proxy user &quot;%1&quot;. Enter it in the network settings.</source>
        <translation>Für den Proxy-Benutzer „%1“ ist kein Passwort gespeichert. Geben Sie es in den Netzwerkeinstellungen ein.</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Das Proxy-Passwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no keychain to keep it in.</source>
        <translation>Es gibt keinen Schlüsselbund, der es aufbewahren könnte.</translation>
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
    <name>es::ObjectDescriptions</name>
    <message>
        <source>%1: a custom object of this portal. One row per record, with the properties its schema defines.</source>
        <extracomment>%1 is the custom object&apos;s plural name, e.g. &quot;Pets&quot;</extracomment>
        <translation>%1: ein benutzerdefiniertes Objekt dieses Portals. Eine Zeile pro Datensatz, mit den Eigenschaften, die sein Schema festlegt.</translation>
    </message>
    <message>
        <source>The people in your CRM: one row per contact, with email, name, lifecycle stage and any other contact property.</source>
        <translation>Die Personen in Ihrem CRM: eine Zeile pro Kontakt, mit E-Mail, Name, Lebenszyklusphase und jeder anderen Kontakteigenschaft.</translation>
    </message>
    <message>
        <source>The organisations your contacts work for: one row per company, with domain, industry, size and owner.</source>
        <translation>Die Organisationen, für die Ihre Kontakte arbeiten: eine Zeile pro Unternehmen, mit Domain, Branche, Größe und zuständigem Mitarbeiter.</translation>
    </message>
    <message>
        <source>Sales opportunities: one row per deal, with amount, stage, pipeline and close date.</source>
        <translation>Verkaufschancen: eine Zeile pro Deal, mit Betrag, Phase, Pipeline und Abschlussdatum.</translation>
    </message>
    <message>
        <source>Support requests: one row per ticket, with status, priority, pipeline and owner.</source>
        <translation>Supportanfragen: eine Zeile pro Ticket, mit Status, Priorität, Pipeline und zuständigem Mitarbeiter.</translation>
    </message>
    <message>
        <source>Your product library: one row per product, with price, SKU and description.</source>
        <translation>Ihre Produktbibliothek: eine Zeile pro Produkt, mit Preis, SKU und Beschreibung.</translation>
    </message>
    <message>
        <source>Products as sold in a deal or quote: one row per line item, with quantity, price and discount.</source>
        <translation>Produkte, wie sie in einem Deal oder Angebot verkauft wurden: eine Zeile pro Position, mit Menge, Preis und Rabatt.</translation>
    </message>
    <message>
        <source>Quotes sent to buyers: one row per quote, with amount, status and expiry date.</source>
        <translation>An Käufer gesendete Angebote: eine Zeile pro Angebot, mit Betrag, Status und Ablaufdatum.</translation>
    </message>
    <message>
        <source>Logged SMS, WhatsApp and LinkedIn messages: one row per message.</source>
        <translation>Protokollierte SMS-, WhatsApp- und LinkedIn-Nachrichten: eine Zeile pro Nachricht.</translation>
    </message>
    <message>
        <source>Answers to feedback surveys (NPS, CSAT, CES): one row per submission.</source>
        <translation>Antworten auf Feedback-Umfragen (NPS, CSAT, CES): eine Zeile pro Einsendung.</translation>
    </message>
    <message>
        <source>To-dos of your team: one row per task, with subject, status, due date and owner.</source>
        <translation>Aufgaben Ihres Teams: eine Zeile pro Aufgabe, mit Betreff, Status, Fälligkeitsdatum und zuständigem Mitarbeiter.</translation>
    </message>
    <message>
        <source>Notes logged on records: one row per note, with its text and time.</source>
        <translation>An Datensätzen protokollierte Notizen: eine Zeile pro Notiz, mit Text und Zeitpunkt.</translation>
    </message>
    <message>
        <source>Logged or booked meetings: one row per meeting, with title, time and outcome.</source>
        <translation>Protokollierte oder gebuchte Meetings: eine Zeile pro Meeting, mit Titel, Zeit und Ergebnis.</translation>
    </message>
    <message>
        <source>Logged calls: one row per call, with direction, duration and outcome.</source>
        <translation>Protokollierte Anrufe: eine Zeile pro Anruf, mit Richtung, Dauer und Ergebnis.</translation>
    </message>
    <message>
        <source>Logged one-to-one emails: one row per email, with subject, sender and time.</source>
        <translation>Protokollierte persönliche E-Mails: eine Zeile pro E-Mail, mit Betreff, Absender und Zeit.</translation>
    </message>
    <message>
        <source>Invoices: one row per invoice, with amount, status and due date.</source>
        <translation>Rechnungen: eine Zeile pro Rechnung, mit Betrag, Status und Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Prospects being qualified: one row per lead, with its stage and owner.</source>
        <translation>Interessenten in der Qualifizierung: eine Zeile pro Lead, mit Phase und zuständigem Mitarbeiter.</translation>
    </message>
    <message>
        <source>%1: one row per record.</source>
        <extracomment>%1 is the object&apos;s plural name</extracomment>
        <translation>%1: eine Zeile pro Datensatz.</translation>
    </message>
</context>
<context>
    <name>es::ObjectTypes</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>Feedback submission</source>
        <translation>Feedback-Übermittlung</translation>
    </message>
    <message>
        <source>Feedback submissions</source>
        <translation>Feedback-Übermittlungen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>A logged phone call (HubSpot&apos;s &quot;Calls&quot; object)</extracomment>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>Logged phone calls (HubSpot&apos;s &quot;Calls&quot; object)</extracomment>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>A sales lead (HubSpot&apos;s &quot;Leads&quot; object)</extracomment>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Leads</source>
        <extracomment>Sales leads (HubSpot&apos;s &quot;Leads&quot; object)</extracomment>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>es::OutputPage</name>
    <message>
        <source>Internal &amp;values instead of labels</source>
        <translation>Interne &amp;Werte statt Beschriftungen</translation>
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
        <extracomment>A language HubSpot writes the file in: %1 its name (&quot;German&quot;), %2 its code (&quot;DE&quot;)</extracomment>
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
    <message>
        <source>Internal na&amp;mes as column headers</source>
        <translation>Interne Na&amp;men als Spaltenköpfe</translation>
    </message>
    <message>
        <source>Include ass&amp;ociation labels</source>
        <translation>Zu&amp;ordnungsbezeichnungen einschließen</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>The column preview goes on: %n how many more columns</extracomment>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns (%1): %2</source>
        <extracomment>The column preview: %1 how many columns, %2 their names</extracomment>
        <translation>Spalten (%1): %2</translation>
    </message>
    <message>
        <source>Plus the ids of associated records: %1</source>
        <translation>Dazu die IDs verknüpfter Datensätze: %1</translation>
    </message>
</context>
<context>
    <name>es::PlanText</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A time at which several quota slots free up together: %1 the time, %2 how many</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <extracomment>A time tomorrow: %1 the time of day (&quot;09:10&quot;)</extracomment>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>expected to start about %1</source>
        <extracomment>A queued export&apos;s state: %1 a time (&quot;14:05&quot;, &quot;tomorrow 09:10&quot;)</extracomment>
        <translation>voraussichtlicher Start gegen %1</translation>
    </message>
    <message>
        <source>today</source>
        <comment>slots free up</comment>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>slots free up</comment>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1 at %2</source>
        <extracomment>Quota tooltip: %n how many spent slots, %1 &quot;today&quot;/&quot;tomorrow&quot;/a date, %2 the times (&quot;14:05, 14:20 and 14:35&quot;)</extracomment>
        <translation>
            <numerusform>%n Platz wird %1 frei: %2</numerusform>
            <numerusform>%n Plätze werden %1 frei: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1:</source>
        <translation>
            <numerusform>%n Platz wird %1 frei:</numerusform>
            <numerusform>%n Plätze werden %1 frei:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n between %1 and %2</source>
        <extracomment>Quota tooltip, one hour: %n how many slots free up in it, %1 and %2 its start and end</extracomment>
        <translation>
            <numerusform>%n zwischen %1 und %2</numerusform>
            <numerusform>%n zwischen %1 und %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is queued: the daily limit of exports is used up, so it cannot start today. It is expected to start %2.</source>
        <extracomment>%1 the export&apos;s name, %2 a day and time (&quot;tomorrow 09:10&quot;)</extracomment>
        <translation>„%1“ steht in der Warteschlange: Das Tageslimit an Exporten ist aufgebraucht, daher kann der Export heute nicht mehr starten. Voraussichtlicher Start: %2.</translation>
    </message>
    <message>
        <source>“%1” is queued until an export slot frees up: expected to start about %2.</source>
        <extracomment>%1 the export&apos;s name, %2 a time (&quot;14:05&quot;)</extracomment>
        <translation>„%1“ wartet in der Warteschlange, bis ein Exportplatz frei wird: voraussichtlicher Start gegen %2.</translation>
    </message>
</context>
<context>
    <name>es::PresetCodec</name>
    <message>
        <source>The field &quot;%1&quot; was removed: presets never hold tokens or other secrets. Keep the token in the account settings, and delete it from this file.</source>
        <translation>Das Feld „%1“ wurde entfernt: Vorlagen enthalten nie Token oder andere Geheimnisse. Bewahren Sie das Token in den Kontoeinstellungen auf und löschen Sie es aus dieser Datei.</translation>
    </message>
    <message>
        <source>The preset file is not valid JSON (%1 at offset %2). It may be damaged: restore it from a copy or delete it.</source>
        <translation>Die Vorlagendatei ist kein gültiges JSON (%1 an Position %2). Sie ist vielleicht beschädigt: Stellen Sie sie aus einer Kopie wieder her oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>The preset file does not hold a JSON object. Restore it from a copy or delete it.</source>
        <translation>Die Vorlagendatei enthält kein JSON-Objekt. Stellen Sie sie aus einer Kopie wieder her oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>The preset&apos;s schemaVersion is not a positive whole number. Set it to %1.</source>
        <translation>Die schemaVersion der Vorlage ist keine positive ganze Zahl. Setzen Sie sie auf %1.</translation>
    </message>
    <message>
        <source>This preset was saved by a newer version of Export Studio (preset format %1; this version reads up to %2). Update Export Studio to open it.</source>
        <translation>Diese Vorlage wurde von einer neueren Version von Export Studio gespeichert (Vorlagenformat %1; diese Version liest bis %2). Aktualisieren Sie Export Studio, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The preset has no name. Add a &quot;name&quot; field with a short text.</source>
        <translation>Die Vorlage hat keinen Namen. Fügen Sie ein Feld &quot;name&quot; mit einem kurzen Text hinzu.</translation>
    </message>
    <message>
        <source>The description is not text and was ignored.</source>
        <translation>Die Beschreibung ist kein Text und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The preset holds no export request. Save the export again from the wizard.</source>
        <translation>Die Vorlage enthält keine Exportanfrage. Speichern Sie den Export erneut aus dem Assistenten.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored.</source>
        <translation>Das unbekannte Feld „%1“ wird ignoriert.</translation>
    </message>
    <message>
        <source>The history&apos;s lookbackMinutes and fullEvery must be whole numbers of 0 or more; the defaults are used instead.</source>
        <translation>lookbackMinutes und fullEvery des Verlaufs müssen ganze Zahlen ab 0 sein; stattdessen gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>The history settings are not an object and were ignored: the preset keeps no history.</source>
        <translation>Die Verlaufseinstellungen sind kein Objekt und wurden ignoriert: Die Vorlage führt keinen Verlauf.</translation>
    </message>
    <message>
        <source>The schedule is not an object and was ignored: the preset runs only when started.</source>
        <translation>Der Zeitplan ist kein Objekt und wurde ignoriert: Die Vorlage läuft nur, wenn sie gestartet wird.</translation>
    </message>
</context>
<context>
    <name>es::PresetDelegate</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>The second line of a preset: %1 the export in short (&quot;Contacts · View · CSV&quot;), %2 when it last ran</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>es::PresetStore</name>
    <message>
        <source>Cannot read the preset file %1 (%2). Check its permissions.</source>
        <translation>Die Vorlagendatei %1 kann nicht gelesen werden (%2). Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The preset file %1 was not loaded and was left as it is: %2</source>
        <translation>Die Vorlagendatei %1 wurde nicht geladen und unverändert gelassen: %2</translation>
    </message>
    <message>
        <source>Cannot save the preset &quot;%1&quot;: %2</source>
        <translation>Die Vorlage „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the preset &quot;%1&quot; to %2: %3. %4 The previous version of the file, if any, is unchanged.</source>
        <translation>Die Vorlage „%1“ kann nicht in %2 gespeichert werden: %3. %4 Eine vorherige Version der Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>The preset has no name. Enter a name and save again.</source>
        <translation>Die Vorlage hat keinen Namen. Geben Sie einen Namen ein und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot;. Reload the presets and try again.</source>
        <translation>Es gibt keine Vorlage mit der ID „%1“. Laden Sie die Vorlagen neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A preset needs a name. Enter one.</source>
        <translation>Eine Vorlage braucht einen Namen. Geben Sie einen ein.</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Eine Vorlage namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to copy.</source>
        <translation>Es gibt keine Vorlage mit der ID „%1“, die kopiert werden könnte.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to delete.</source>
        <translation>Es gibt keine Vorlage mit der ID „%1“, die gelöscht werden könnte.</translation>
    </message>
    <message>
        <source>Cannot delete the preset file %1: %2. Check that you may change the folder.</source>
        <translation>Die Vorlagendatei %1 kann nicht gelöscht werden: %2. Prüfen Sie, ob Sie den Ordner ändern dürfen.</translation>
    </message>
    <message>
        <source>There is no deleted preset to restore.</source>
        <translation>Es gibt keine gelöschte Vorlage, die wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check the file name and its permissions.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Prüfen Sie den Dateinamen und die Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as a preset: %2</source>
        <translation>%1 kann nicht als Vorlage importiert werden: %2</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to export.</source>
        <translation>Es gibt keine Vorlage mit der ID „%1“, die exportiert werden könnte.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage mit der ID „%1“.</translation>
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
        <extracomment>A preset for screen readers: %1 its name, %2 the export in short (&quot;Contacts · View · CSV&quot;), %3 when it last ran</extracomment>
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
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>The preset&apos;s runs and what changed between two of them</source>
        <translation>Die Läufe der Vorlage und was sich zwischen zwei davon geändert hat</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Zeitplan…</translation>
    </message>
    <message>
        <source>Run the preset by itself every few hours, daily or weekly</source>
        <translation>Die Vorlage von selbst alle paar Stunden, täglich oder wöchentlich ausführen</translation>
    </message>
</context>
<context>
    <name>es::PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation>Gesuchter Text</translation>
    </message>
    <message>
        <source>i&amp;n</source>
        <comment>filter rows whose text is in this column</comment>
        <translation>i&amp;n</translation>
    </message>
    <message>
        <source>Preview – %1</source>
        <translation>Vorschau – %1</translation>
    </message>
    <message>
        <source>any column</source>
        <translation>allen Spalten</translation>
    </message>
    <message>
        <source>Matching rows: %1 of %2</source>
        <translation>Passende Zeilen: %1 von %2</translation>
    </message>
    <message>
        <source>Searching… %1 matching rows so far</source>
        <translation>Suche läuft… bisher %1 passende Zeilen</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Counting rows… %1 so far</source>
        <translation>Zeilen werden gezählt… bisher %1</translation>
    </message>
</context>
<context>
    <name>es::PreviewModel</name>
    <message>
        <source>loading…</source>
        <comment>a row of the preview being read</comment>
        <translation>wird geladen…</translation>
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
    <name>es::PropertyDefinitionsSaver</name>
    <message>
        <source>Save property definitions</source>
        <translation>Eigenschaftsdefinitionen speichern</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV-Datei (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the property definitions of:</source>
        <translation>Eigenschaftsdefinitionen speichern von:</translation>
    </message>
    <message>
        <source>Add an account (or try the sandbox) first: the property definitions come from the portal.</source>
        <translation>Fügen Sie zuerst ein Konto hinzu (oder probieren Sie die Sandbox aus): Die Eigenschaftsdefinitionen kommen aus dem Portal.</translation>
    </message>
    <message>
        <source>%1 properties</source>
        <extracomment>%1 is an object&apos;s plural label, e.g. &quot;Contacts&quot;; the suggested file name</extracomment>
        <translation>%1-Eigenschaften</translation>
    </message>
    <message>
        <source>The account has no token: add it in Accounts, then save again.</source>
        <translation>Für das Konto ist kein Token gespeichert: Fügen Sie es unter Konten hinzu und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Could not read the property definitions of %1: %2</source>
        <translation>Die Eigenschaftsdefinitionen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n property definitions of %1 to %2.</source>
        <translation>
            <numerusform>%n Eigenschaftsdefinition von %1 in %2 gespeichert.</numerusform>
            <numerusform>%n Eigenschaftsdefinitionen von %1 in %2 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::PropertyListModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of a property: %1 its internal name (&quot;lifecyclestage&quot;), %2 HubSpot&apos;s description of it</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A property for screen readers: %1 its label (&quot;Lifecycle stage&quot;), %2 its internal name (&quot;lifecyclestage&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>es::PropertyPicker</name>
    <message>
        <source>&amp;Up</source>
        <extracomment>Button: moves the selected column one place earlier in the file</extracomment>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <extracomment>Button: moves the selected column one place later in the file</extracomment>
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
        <extracomment>A problem with the chosen columns: the warning sign, then the problem in words</extracomment>
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
    <message>
        <source>Save &amp;definitions…</source>
        <translation>&amp;Definitionen speichern…</translation>
    </message>
    <message>
        <source>Save every property&apos;s definition (type, group, options, description…) as a CSV or Excel file. No export is spent.</source>
        <translation>Die Definition jeder Eigenschaft (Typ, Gruppe, Optionen, Beschreibung…) als CSV- oder Excel-Datei speichern. Es wird kein Export verbraucht.</translation>
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
    <name>es::QuotaLedger</name>
    <message>
        <source>The export quota file %1 is damaged (%2); it was ignored.</source>
        <translation>Die Exportkontingent-Datei %1 ist beschädigt (%2); sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>Cannot save the export quota file %1: %2. %3</source>
        <translation>Die Exportkontingent-Datei %1 kann nicht gespeichert werden: %2. %3</translation>
    </message>
</context>
<context>
    <name>es::RequestCodec</name>
    <message>
        <source>a boolean</source>
        <extracomment>A JSON value&apos;s type, completes &quot;Expected %1 but found %2&quot;</extracomment>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>A JSON value&apos;s type, completes &quot;Expected %1 but found %2&quot;: the field is absent</extracomment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Expected %1 but found %2. Write it as %1.</source>
        <extracomment>%1 and %2 are JSON types such as &quot;a string&quot; or &quot;an array&quot;</extracomment>
        <translation>Erwartet: %1, gefunden: %2. Schreiben Sie es als %1.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored. Check its spelling or remove it.</source>
        <translation>Das unbekannte Feld „%1“ wird ignoriert. Prüfen Sie die Schreibweise oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>Array aus Texten</translation>
    </message>
    <message>
        <source>an object with propertyName and operator</source>
        <translation>Objekt mit propertyName und operator</translation>
    </message>
    <message>
        <source>&quot;property&quot; was read as &quot;propertyName&quot;, the name HubSpot expects. Rename the field.</source>
        <translation>&quot;property&quot; wurde als &quot;propertyName&quot; gelesen, der Name, den HubSpot erwartet. Benennen Sie das Feld um.</translation>
    </message>
    <message>
        <source>The filter has no propertyName. Add the property to filter on.</source>
        <translation>Der Filter hat keinen propertyName. Fügen Sie die Eigenschaft hinzu, nach der gefiltert werden soll.</translation>
    </message>
    <message>
        <source>The filter has no operator. Add one, for example &quot;EQ&quot;.</source>
        <translation>Der Filter hat keinen Operator. Fügen Sie einen hinzu, zum Beispiel &quot;EQ&quot;.</translation>
    </message>
    <message>
        <source>an array of filters</source>
        <translation>Array aus Filtern</translation>
    </message>
    <message>
        <source>an object {&quot;propertyName&quot;, &quot;order&quot;: &quot;ASC&quot;|&quot;DESC&quot;} or a property name</source>
        <translation>Objekt {&quot;propertyName&quot;, &quot;order&quot;: &quot;ASC&quot;|&quot;DESC&quot;} oder Eigenschaftsname</translation>
    </message>
    <message>
        <source>The sort rule has no propertyName. Add the property to sort by.</source>
        <translation>Die Sortierregel hat keinen propertyName. Fügen Sie die Eigenschaft hinzu, nach der sortiert werden soll.</translation>
    </message>
    <message>
        <source>Unknown sort order &quot;%1&quot;. Use ASC or DESC.</source>
        <translation>Unbekannte Sortierreihenfolge „%1“. Verwenden Sie ASC oder DESC.</translation>
    </message>
    <message>
        <source>an object with &quot;filters&quot;</source>
        <translation>Objekt mit &quot;filters&quot;</translation>
    </message>
    <message>
        <source>an array of groups</source>
        <translation>Array aus Gruppen</translation>
    </message>
    <message>
        <source>Both &quot;filters&quot; and &quot;filterGroups&quot; are given; the flat filters were added as one more group (matched with OR). Move them into &quot;filterGroups&quot; to make that explicit.</source>
        <translation>Sowohl &quot;filters&quot; als auch &quot;filterGroups&quot; sind angegeben; die flachen Filter wurden als weitere Gruppe hinzugefügt (mit ODER verknüpft). Verschieben Sie sie in &quot;filterGroups&quot;, um das ausdrücklich zu machen.</translation>
    </message>
    <message>
        <source>an array of sort rules</source>
        <translation>Array aus Sortierregeln</translation>
    </message>
    <message>
        <source>Unknown export type &quot;%1&quot;. Use VIEW to export records that match filters, or LIST to export a list.</source>
        <translation>Unbekannter Exporttyp „%1“. Verwenden Sie VIEW, um Datensätze zu exportieren, die zu Filtern passen, oder LIST, um eine Liste zu exportieren.</translation>
    </message>
    <message>
        <source>exportType is missing; %1 was assumed. Add &quot;exportType&quot;: &quot;%1&quot; to make it explicit.</source>
        <translation>exportType fehlt; %1 wurde angenommen. Fügen Sie &quot;exportType&quot;: &quot;%1&quot; hinzu, um es ausdrücklich anzugeben.</translation>
    </message>
    <message>
        <source>Unknown file format &quot;%1&quot;. Use CSV, XLS or XLSX.</source>
        <translation>Unbekanntes Dateiformat „%1“. Verwenden Sie CSV, XLS oder XLSX.</translation>
    </message>
    <message>
        <source>format is missing; CSV was assumed. Add &quot;format&quot;: &quot;CSV&quot;, &quot;XLS&quot; or &quot;XLSX&quot;.</source>
        <translation>format fehlt; CSV wurde angenommen. Fügen Sie &quot;format&quot;: &quot;CSV&quot;, &quot;XLS&quot; oder &quot;XLSX&quot; hinzu.</translation>
    </message>
    <message>
        <source>language is missing; EN was assumed. Add &quot;language&quot; to choose the language of the column headers.</source>
        <translation>language fehlt; EN wurde angenommen. Fügen Sie &quot;language&quot; hinzu, um die Sprache der Spaltenüberschriften zu wählen.</translation>
    </message>
    <message>
        <source>objectType is missing. Add the object to export, for example &quot;CONTACT&quot; or a custom object id such as &quot;2-12345&quot;.</source>
        <translation>objectType fehlt. Fügen Sie das zu exportierende Objekt hinzu, zum Beispiel &quot;CONTACT&quot; oder die ID eines benutzerdefinierten Objekts wie &quot;2-12345&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Use NAMES (internal names as headers) and/or VALUES (raw values).</source>
        <translation>Unbekannte Option „%1“. Verwenden Sie NAMES (interne Namen als Überschriften) und/oder VALUES (Rohwerte).</translation>
    </message>
    <message>
        <source>a string of digits</source>
        <translation>Text aus Ziffern</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at offset %2. Fix the syntax there (a missing comma or quote is the usual cause).</source>
        <translation>Die Anfrage ist kein gültiges JSON: %1 an Position %2. Korrigieren Sie dort die Syntax (meist fehlt ein Komma oder Anführungszeichen).</translation>
    </message>
    <message>
        <source>The request must be a JSON object ({ ... }) with exportType, exportName, format and the other fields.</source>
        <translation>Die Anfrage muss ein JSON-Objekt ({ ... }) mit exportType, exportName, format und den anderen Feldern sein.</translation>
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
        <extracomment>After &quot;3 columns&quot;: the first column names, e.g. &quot;: Email, First name, Last name&quot;</extracomment>
        <translation>: %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list in the summary: column names, associated object types</extracomment>
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
        <extracomment>The file in the summary: %1 the format (CSV, XLSX, XLS), %2 the language of the file (&quot;English&quot;)</extracomment>
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
        <extracomment>Quotation marks around the name of the export, in your language&apos;s style</extracomment>
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
        <extracomment>A problem that stops the export: the warning sign, then the problem in words</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>ⓘ %1</source>
        <extracomment>A note that does not stop the export: the information sign, then the note</extracomment>
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
    <message>
        <source>Re&amp;quest body (JSON)</source>
        <translation>An&amp;fragetext (JSON)</translation>
    </message>
    <message>
        <source>Show the request body</source>
        <translation>Anfragetext anzeigen</translation>
    </message>
    <message>
        <source>Problems as the command line reports them</source>
        <translation>Probleme, wie die Kommandozeile sie meldet</translation>
    </message>
    <message>
        <source>Hide the request body</source>
        <translation>Anfragetext ausblenden</translation>
    </message>
    <message>
        <source>All %1 in the list “%2” (list %3)</source>
        <translation>Alle %1 in der Liste „%2“ (Liste %3)</translation>
    </message>
    <message>
        <source>Details, as the command line reports them:</source>
        <translation>Details, wie die Kommandozeile sie meldet:</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>Export &amp;starten</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Arrives as</source>
        <translation>Kommt an als</translation>
    </message>
    <message>
        <source>&amp;Start anyway</source>
        <translation>&amp;Trotzdem starten</translation>
    </message>
</context>
<context>
    <name>es::RowCounter</name>
    <message>
        <source>Counting the rows of %1 was stopped.</source>
        <translation>Das Zählen der Zeilen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is not a CSV, XLSX or XLS file, so its rows cannot be counted.</source>
        <translation>%1 ist keine CSV-, XLSX- oder XLS-Datei, daher können ihre Zeilen nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>es::RunPlanner</name>
    <message>
        <source>A full run was asked for.</source>
        <translation>Ein vollständiger Lauf wurde verlangt.</translation>
    </message>
    <message>
        <source>This is the first run: it runs in full.</source>
        <translation>Dies ist der erste Lauf: Er läuft vollständig.</translation>
    </message>
    <message>
        <source>A list export cannot carry a filter, so it runs in full every time.</source>
        <translation>Ein Listenexport kann keinen Filter tragen und läuft daher jedes Mal vollständig.</translation>
    </message>
    <message>
        <source>Runs in full every %1 runs to notice deleted records; this is one of them.</source>
        <translation>Läuft alle %1 Läufe vollständig, um gelöschte Datensätze zu bemerken; dies ist einer davon.</translation>
    </message>
    <message>
        <source>No filter group may be added, so it runs in full.</source>
        <translation>Es darf keine Filtergruppe hinzugefügt werden; der Lauf ist daher vollständig.</translation>
    </message>
    <message>
        <source>A filter group already has the most filters HubSpot allows (%1), so the last-modified filter cannot be added: it runs in full.</source>
        <translation>Eine Filtergruppe hat bereits so viele Filter, wie HubSpot erlaubt (%1); der Filter auf die letzte Änderung kann nicht hinzugefügt werden: Der Lauf ist vollständig.</translation>
    </message>
    <message>
        <source>The record ID (hs_object_id) was added as the first column: the history matches records by it.</source>
        <translation>Die Datensatz-ID (hs_object_id) wurde als erste Spalte hinzugefügt: Der Verlauf ordnet Datensätze über sie zu.</translation>
    </message>
    <message>
        <source>%1 have no last-modified property, so it runs in full.</source>
        <translation>%1 haben keine Eigenschaft für die letzte Änderung; der Lauf ist daher vollständig.</translation>
    </message>
    <message>
        <source>Incremental: only records whose %1 is on or after %2 (the last run&apos;s start less %3 minutes).</source>
        <translation>Inkrementell: nur Datensätze, deren %1 am oder nach %2 liegt (Beginn des letzten Laufs minus %3 Minuten).</translation>
    </message>
</context>
<context>
    <name>es::SandboxProcess</name>
    <message>
        <source>The built-in sandbox did not start within %1 seconds. Try again; if it keeps failing, run hubspot-sandbox in a terminal to see why.</source>
        <translation>Die eingebaute Sandbox ist nicht innerhalb von %1 Sekunden gestartet. Versuchen Sie es erneut; schlägt es weiter fehl, starten Sie hubspot-sandbox in einem Terminal, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The built-in sandbox (hubspot-sandbox) was not found. Reinstall Export Studio, or set EXPORT_STUDIO_SANDBOX to the program&apos;s path.</source>
        <translation>Die eingebaute Sandbox (hubspot-sandbox) wurde nicht gefunden. Installieren Sie Export Studio neu oder setzen Sie EXPORT_STUDIO_SANDBOX auf den Pfad des Programms.</translation>
    </message>
    <message>
        <source>The built-in sandbox answered something unexpected (“%1”). Reinstall Export Studio; the sandbox and the app must come from the same version.</source>
        <translation>Die eingebaute Sandbox hat etwas Unerwartetes geantwortet („%1“). Installieren Sie Export Studio neu; Sandbox und App müssen aus derselben Version stammen.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>sie ist abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped while starting (%1). Try again, or run hubspot-sandbox in a terminal to see why.</source>
        <translation>Die eingebaute Sandbox wurde beim Start beendet (%1). Versuchen Sie es erneut oder starten Sie hubspot-sandbox in einem Terminal, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped unexpectedly. Choose the sandbox account again to restart it.</source>
        <translation>Die eingebaute Sandbox wurde unerwartet beendet. Wählen Sie das Sandbox-Konto erneut, um sie neu zu starten.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started (%1). Check that %2 exists and may be run.</source>
        <translation>Die eingebaute Sandbox konnte nicht gestartet werden (%1). Prüfen Sie, ob %2 existiert und ausgeführt werden darf.</translation>
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
    <message>
        <source>“%1” cannot be part of a number here, so it was not typed. Use digits, a dot for decimals and a leading minus, e.g. -1500.50.</source>
        <translation>„%1“ kann hier nicht Teil einer Zahl sein und wurde nicht übernommen. Verwenden Sie Ziffern, einen Punkt für Dezimalstellen und ein führendes Minus, z. B. -1500.50.</translation>
    </message>
    <message>
        <source>That is not a number, so it was not entered. Use digits, a dot for decimals and a leading minus, e.g. -1500.50.</source>
        <translation>Das ist keine Zahl und wurde nicht übernommen. Verwenden Sie Ziffern, einen Punkt für Dezimalstellen und ein führendes Minus, z. B. -1500.50.</translation>
    </message>
</context>
<context>
    <name>es::Schedule</name>
    <message>
        <source>Accepted forms: “every N h” (N from 1 to %1), “daily HH:MM”, “weekly mon,thu HH:MM” (days mon, tue, wed, thu, fri, sat, sun) and “none”.</source>
        <translation>Zulässige Formen: „every N h“ (N von 1 bis %1), „daily HH:MM“, „weekly mon,thu HH:MM“ (Tage mon, tue, wed, thu, fri, sat, sun) und „none“.</translation>
    </message>
    <message>
        <source>“%1”: the hours must be a whole number from 1 to %2.</source>
        <translation>„%1“: Die Stunden müssen eine ganze Zahl von 1 bis %2 sein.</translation>
    </message>
    <message>
        <source>“%1”: the time must be HH:MM, from 00:00 to 23:59.</source>
        <translation>„%1“: Die Uhrzeit muss HH:MM sein, von 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>“%1” is not a weekday.</source>
        <translation>„%1“ ist kein Wochentag.</translation>
    </message>
    <message>
        <source>“%1”: name at least one weekday.</source>
        <translation>„%1“: Nennen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>“%1” is not a schedule.</source>
        <translation>„%1“ ist kein Zeitplan.</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Jede %n Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <comment>weekdays, time</comment>
        <translation>Wöchentlich am %1 um %2</translation>
    </message>
    <message>
        <source>The schedule is not one this version understands; the preset runs only when started. Set the schedule again.</source>
        <translation>Diesen Zeitplan versteht diese Version nicht; die Vorlage läuft nur, wenn sie gestartet wird. Legen Sie den Zeitplan neu fest.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleController</name>
    <message>
        <source>That preset no longer exists.</source>
        <translation>Diese Vorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” runs only when you start it.</source>
        <extracomment>%1 the preset&apos;s name</extracomment>
        <translation>„%1“ läuft nur, wenn Sie sie starten.</translation>
    </message>
    <message>
        <source>“%1” is scheduled: %2. Next run: %3.</source>
        <extracomment>%1 the preset&apos;s name, %2 &quot;Daily at 07:30&quot;-like, %3 &quot;07:30&quot;, &quot;Tomorrow 07:30&quot; or &quot;Wed 07:30&quot;</extracomment>
        <translation>„%1“ ist geplant: %2. Nächster Lauf: %3.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleEditor</name>
    <message>
        <source>Schedule “%1”</source>
        <extracomment>%1 the preset&apos;s name</extracomment>
        <translation>Zeitplan für „%1“</translation>
    </message>
    <message>
        <source>Only when started</source>
        <comment>schedule kind</comment>
        <translation>Nur wenn gestartet</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <comment>schedule kind</comment>
        <translation>Alle paar Stunden</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>schedule kind</comment>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>schedule kind</comment>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Stunden zwischen den Läufen</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>every N hours</comment>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Läuft:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>On:</source>
        <comment>weekdays</comment>
        <translation>An:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <comment>time of day</comment>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <source>The next 24 hours</source>
        <translation>Die nächsten 24 Stunden</translation>
    </message>
    <message>
        <source>Planned runs of all scheduled presets</source>
        <translation>Geplante Läufe aller Vorlagen mit Zeitplan</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Run this preset less often, or take another preset&apos;s schedule off.</source>
        <translation>Führen Sie diese Vorlage seltener aus, oder nehmen Sie einer anderen Vorlage den Zeitplan.</translation>
    </message>
    <message>
        <source>Runs only when you start it.</source>
        <translation>Läuft nur, wenn Sie sie starten.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Next run: %1.</source>
        <translation>Nächster Lauf: %1.</translation>
    </message>
    <message>
        <source>First run: %1 (a new schedule waits for its first time, it does not run at once).</source>
        <translation>Erster Lauf: %1 (ein neuer Zeitplan wartet auf seinen ersten Termin und läuft nicht sofort).</translation>
    </message>
    <message numerus="yes">
        <source>The scheduled presets need %1 of the %2 exports HubSpot allows a day. %n run(s) in the next 24 hours:</source>
        <extracomment>%1 exports the schedules need a day at most, %2 the daily limit (30)</extracomment>
        <translation>
            <numerusform>Die Vorlagen mit Zeitplan brauchen %1 der %2 Exporte, die HubSpot am Tag erlaubt. %n Lauf in den nächsten 24 Stunden:</numerusform>
            <numerusform>Die Vorlagen mit Zeitplan brauchen %1 der %2 Exporte, die HubSpot am Tag erlaubt. %n Läufe in den nächsten 24 Stunden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::SchedulePlanner</name>
    <message>
        <source>These schedules need %1 exports a day; HubSpot allows %2.</source>
        <translation>Diese Zeitpläne brauchen %1 Exporte am Tag; HubSpot erlaubt %2.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleRunner</name>
    <message>
        <source>The scheduled preset “%1” cannot run: there is no account. Add one in Accounts.</source>
        <translation>Die geplante Vorlage „%1“ kann nicht laufen: Es gibt kein Konto. Fügen Sie eines unter Konten hinzu.</translation>
    </message>
    <message>
        <source>The scheduled preset “%1” cannot run: %2 Edit it to fix this.</source>
        <extracomment>%1 the preset&apos;s name, %2 what is wrong with it (whole sentences)</extracomment>
        <translation>Die geplante Vorlage „%1“ kann nicht laufen: %2 Bearbeiten Sie sie, um das zu beheben.</translation>
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
    <name>es::Settings</name>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Die Einstellungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1. Check that you may write there and that the disk is not full.</source>
        <translation>Die Einstellungen können nicht in %1 gespeichert werden. Prüfen Sie, ob Sie dort schreiben dürfen und ob der Datenträger voll ist.</translation>
    </message>
</context>
<context>
    <name>es::SettingsController</name>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>Das Proxy-Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the proxy password is kept only until Export Studio quits.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar, daher wird das Proxy-Passwort nur bis zum Beenden von Export Studio behalten.</translation>
    </message>
    <message>
        <source>The timer is removed: scheduled presets run only while Export Studio is open.</source>
        <translation>Der Timer ist entfernt: Geplante Vorlagen laufen nur, solange Export Studio geöffnet ist.</translation>
    </message>
    <message>
        <source>The timer is installed in %1. %2</source>
        <translation>Der Timer ist in %1 installiert. %2</translation>
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
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose another proxy setting.</source>
        <translation>Geben Sie Host und Port des Proxys ein oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
    <message>
        <source>Most filters pe&amp;r group:</source>
        <translation>Höchstzahl Filter p&amp;ro Gruppe:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Benutzerna&amp;me:</translation>
    </message>
    <message>
        <source>Scheduled presets</source>
        <translation>Geplante Vorlagen</translation>
    </message>
    <message>
        <source>A systemd timer runs the due presets every 15 minutes while Export Studio is closed.</source>
        <translation>Ein systemd-Timer führt fällige Vorlagen alle 15 Minuten aus, während Export Studio geschlossen ist.</translation>
    </message>
    <message>
        <source>While Export Studio is closed, scheduled presets run only if a systemd timer runs them.</source>
        <translation>Solange Export Studio geschlossen ist, laufen geplante Vorlagen nur, wenn ein systemd-Timer sie ausführt.</translation>
    </message>
    <message>
        <source>&amp;Remove timer</source>
        <comment>systemd timer</comment>
        <translation>Timer &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Install timer</source>
        <comment>systemd timer</comment>
        <translation>Timer &amp;installieren</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Im &amp;Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Export Studio. Scheduled presets then run only with the timer below.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher beendet das Schließen des Fensters Export Studio. Vorlagen mit Zeitplan laufen dann nur mit dem Timer unten.</translation>
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
        <source>⚠ No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>⚠ Noch kein Konto eingerichtet. Fügen Sie eines unter „Konten“ hinzu oder probieren Sie die eingebaute Sandbox.</translation>
    </message>
    <message>
        <source>%1 (custom object %2)</source>
        <translation>%1 (benutzerdefiniertes Objekt %2)</translation>
    </message>
    <message>
        <source>Next you choose which records (all, filtered, or a list), then the columns, the file format and where it is saved.</source>
        <translation>Als Nächstes wählen Sie die Datensätze (alle, gefiltert oder eine Liste), dann die Spalten, das Dateiformat und den Speicherort.</translation>
    </message>
    <message>
        <source>%1 %2 on this account</source>
        <extracomment>%1 how many records the object has on this account, %2 the object (&quot;contacts&quot;)</extracomment>
        <translation>%1 %2 in diesem Konto</translation>
    </message>
</context>
<context>
    <name>es::StatusPresenter</name>
    <message>
        <source>The sandbox is running with made-up data. Start with New export (Ctrl+N).</source>
        <translation>Die Sandbox läuft mit erfundenen Daten. Beginnen Sie mit „Neuer Export“ (Ctrl+N).</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
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
        <extracomment>The connection in the status bar: %1 the account&apos;s name, %2 the HubSpot host it talks to</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API %1/%2 per %3 s</source>
        <extracomment>HubSpot&apos;s rate limit in the status bar: %1 requests left of %2 in a window of %3 seconds</extracomment>
        <translation>API %1/%2 pro %3 s</translation>
    </message>
    <message>
        <source> · paused %1 s</source>
        <extracomment>Appended to the rate limit while HubSpot makes us wait: %1 seconds</extracomment>
        <translation> · pausiert %1 s</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <extracomment>Appended to the rate limit: %1 requests waiting for a free slot</extracomment>
        <translation> · %1 wartend</translation>
    </message>
    <message>
        <source>Requests HubSpot still allows in the current %1-second window. Export Studio paces itself so it never runs over.</source>
        <translation>Anfragen, die HubSpot im aktuellen %1-Sekunden-Fenster noch erlaubt. Export Studio teilt sich die Anfragen so ein, dass es nie darüber kommt.</translation>
    </message>
    <message>
        <source>Today: %1 of %2 left.</source>
        <extracomment>%1 requests left today of %2 (HubSpot&apos;s daily limit)</extracomment>
        <translation>Heute: noch %1 von %2.</translation>
    </message>
    <message>
        <source>%1 running, %2 queued · if you quit, they carry on the next time you start Export Studio</source>
        <translation>%1 laufen, %2 in Warteschlange · beim Beenden werden sie beim nächsten Start von Export Studio fortgesetzt</translation>
    </message>
    <message>
        <source>The portal of “%1” does not offer HubSpot&apos;s API version %2, so Export Studio uses %3 for it from now on (Accounts shows the choice).</source>
        <extracomment>%1 account name, %2 and %3 HubSpot API versions (2026-09, 2026-03, v3)</extracomment>
        <translation>Das Portal von „%1“ bietet HubSpots API-Version %2 nicht an, daher nutzt Export Studio dafür ab jetzt %3 (siehe Konten).</translation>
    </message>
</context>
<context>
    <name>es::Storage</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <comment>why a file cannot be written</comment>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The disk seems to be full: free some space and try again.</source>
        <translation>Der Datenträger scheint voll zu sein: Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: make it writable or choose another folder.</source>
        <translation>Der Ordner %1 ist schreibgeschützt: Machen Sie ihn beschreibbar oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, that you may write there and that the disk is not full.</source>
        <translation>Prüfen Sie, ob der Ordner %1 existiert, ob Sie dort schreiben dürfen und ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check that its parent exists and that you may write there.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: Prüfen Sie, ob der übergeordnete Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Export Studio now keeps the command line&apos;s presets, accounts and quota with the desktop app&apos;s, in %1. The older command-line folder %2 was left as it was: copy any presets you still need from it, then delete it.</source>
        <translation>Export Studio speichert Vorlagen, Konten und Kontingent der Befehlszeile jetzt zusammen mit denen der Desktop-App in %1. Der ältere Befehlszeilen-Ordner %2 blieb unverändert: Kopieren Sie die Vorlagen, die Sie noch brauchen, daraus und löschen Sie ihn dann.</translation>
    </message>
    <message>
        <source>The command line&apos;s state folder %1 could not be moved to %2, where the desktop app keeps the same things: move it there yourself.</source>
        <translation>Der Zustandsordner der Befehlszeile %1 konnte nicht nach %2 verschoben werden, wo die Desktop-App dieselben Dinge speichert: Verschieben Sie ihn selbst dorthin.</translation>
    </message>
</context>
<context>
    <name>es::SystemdTimer</name>
    <message>
        <source>export-studio-cli was not found next to Export Studio or on the PATH (“%1”). Install the export-studio package, then try again.</source>
        <translation>export-studio-cli wurde weder neben Export Studio noch im PATH gefunden („%1“). Installieren Sie das Paket export-studio und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write to it.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. %3</source>
        <translation>%1 konnte nicht geschrieben werden: %2. %3</translation>
    </message>
    <message>
        <source>Could not enable the timer (link %1). Run `systemctl --user enable %2` instead.</source>
        <translation>Der Timer konnte nicht aktiviert werden (Verknüpfung %1). Führen Sie stattdessen `systemctl --user enable %2` aus.</translation>
    </message>
    <message>
        <source>Could not remove %1. Check that you may write to %2.</source>
        <translation>%1 konnte nicht entfernt werden. Prüfen Sie, ob Sie in %2 schreiben dürfen.</translation>
    </message>
    <message>
        <source>The timer starts at your next login; to start it now, run `systemctl --user daemon-reload &amp;&amp; systemctl --user start %1`.</source>
        <translation>Der Timer startet bei Ihrer nächsten Anmeldung; um ihn sofort zu starten, führen Sie `systemctl --user daemon-reload &amp;&amp; systemctl --user start %1` aus.</translation>
    </message>
</context>
<context>
    <name>es::TableFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>writing the workbook failed</source>
        <translation>das Schreiben der Arbeitsmappe ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>es::TablePreview</name>
    <message>
        <source>%1 is empty: it has not even a header row.</source>
        <translation>%1 ist leer: Die Datei hat nicht einmal eine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>es::TableReader</name>
    <message>
        <source>%1 is not a CSV, XLSX or XLS file, so it cannot be kept in the history.</source>
        <translation>%1 ist keine CSV-, XLSX- oder XLS-Datei und kann daher nicht im Verlauf gespeichert werden.</translation>
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
        <extracomment>An export in short: %1 the object type (&quot;Contacts&quot;), %2 &quot;List&quot; or &quot;View&quot;, %3 the file format (CSV, XLSX, XLS)</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>sandbox</source>
        <extracomment>The word a name contains when it already names the built-in sandbox (lower case).</extracomment>
        <translation>sandbox</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
</context>
<context>
    <name>es::TransferModel</name>
    <message>
        <source>Queued #%1</source>
        <extracomment>%1 the job&apos;s place in its account&apos;s queue</extracomment>
        <translation>In Warteschlange, Platz %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <extracomment>Appended to &quot;Queued&quot;: %1 when the daily quota frees the next slot (a date or time)</extracomment>
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
        <extracomment>Download progress: %1 the bytes received so far, %2 the file&apos;s size</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Unpacking · %1 of %2</source>
        <extracomment>%1 the size unpacked so far, %2 the size of everything to unpack</extracomment>
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
        <extracomment>A finished export&apos;s one file: %1 its name, %2 its size</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
        <extracomment>A finished export&apos;s files: %1 how many, %2 their total size</extracomment>
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
        <extracomment>Tooltip, time spent per state: %1 the state (&quot;Processing&quot;), %2 how long (&quot;1 min 5 s&quot;)</extracomment>
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
    <message>
        <source>%1 records</source>
        <comment>progress, short</comment>
        <extracomment>Short form of &quot;HubSpot is building the file · %1 records&quot; for a narrow column</extracomment>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <source>Queued · about %1</source>
        <extracomment>Short form of a queued export&apos;s state for a narrow column: %1 a time (&quot;14:05&quot;)</extracomment>
        <translation>In Warteschlange · gegen %1</translation>
    </message>
    <message>
        <source>Expected to start about %1: estimated with about %2 minutes per export ahead of it at HubSpot.</source>
        <extracomment>Tooltip of a queued export: %1 a time (&quot;14:05&quot;), %2 minutes per export (5)</extracomment>
        <translation>Voraussichtlicher Start gegen %1: geschätzt mit etwa %2 Minuten je vorausgehendem Export bei HubSpot.</translation>
    </message>
    <message>
        <source>It also waits for a slot of the daily export limit to free up.</source>
        <translation>Außerdem wartet er, bis ein Platz im Tageslimit für Exporte frei wird.</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <extracomment>Tooltip: the completeness check (&quot;12,345 records, as HubSpot reported&quot;)</extracomment>
        <translation>Prüfung: %1</translation>
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
    <name>es::TrayKeeper</name>
    <message>
        <source>&amp;Show Export Studio</source>
        <translation>Export Studio &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Export Studio runs scheduled presets</source>
        <translation>Export Studio führt Vorlagen mit Zeitplan aus</translation>
    </message>
    <message>
        <source>Export Studio is still running</source>
        <translation>Export Studio läuft weiter</translation>
    </message>
    <message>
        <source>Scheduled presets run while it is in the tray. Quit it from the tray icon&apos;s menu.</source>
        <translation>Vorlagen mit Zeitplan laufen, solange es im Infobereich ist. Beenden Sie es über das Menü des Symbols.</translation>
    </message>
</context>
<context>
    <name>es::Unpacker</name>
    <message>
        <source>has an empty name</source>
        <extracomment>Completes &quot;contains an entry that %1&quot;: why the zip entry is unsafe</extracomment>
        <translation>hat einen leeren Namen</translation>
    </message>
    <message>
        <source>has control characters in its name</source>
        <translation>hat Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>uses backslashes in its path</source>
        <translation>verwendet Backslashes im Pfad</translation>
    </message>
    <message>
        <source>has an absolute path</source>
        <translation>hat einen absoluten Pfad</translation>
    </message>
    <message>
        <source>names a drive letter</source>
        <translation>nennt einen Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>has a colon in its path</source>
        <translation>hat einen Doppelpunkt im Pfad</translation>
    </message>
    <message>
        <source>points outside the folder</source>
        <translation>zeigt aus dem Ordner hinaus</translation>
    </message>
    <message>
        <source>has an empty path component</source>
        <translation>hat einen leeren Pfadbestandteil</translation>
    </message>
    <message>
        <source>uses a reserved device name</source>
        <translation>verwendet einen reservierten Gerätenamen</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (error %2): the download may be damaged; download the export again.</source>
        <translation>%1 ist kein lesbares ZIP-Archiv (Fehler %2): Der Download ist vielleicht beschädigt; laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>The export archive holds %1 entries, more than the limit of %2; nothing was extracted.</source>
        <translation>Das Exportarchiv enthält %1 Einträge, mehr als das Limit von %2; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The directory of %1 cannot be read: the download may be damaged; download the export again.</source>
        <translation>Das Verzeichnis von %1 ist nicht lesbar: Der Download ist vielleicht beschädigt; laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>The export archive contains an entry that %1 (%2); nothing was extracted.</source>
        <extracomment>%1 says why the entry is unsafe (&quot;has an absolute path&quot;), %2 names it</extracomment>
        <translation>Das Exportarchiv enthält einen unsicheren Eintrag (%2): Er %1; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The export archive contains a symbolic link (%1); nothing was extracted.</source>
        <translation>Das Exportarchiv enthält einen symbolischen Link (%1); es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The export archive contains a device or special file (%1); nothing was extracted.</source>
        <translation>Das Exportarchiv enthält eine Geräte- oder Spezialdatei (%1); es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The export archive contains a password-protected entry (%1); nothing was extracted.</source>
        <translation>Das Exportarchiv enthält einen passwortgeschützten Eintrag (%1); es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands %2 times, more than the limit of %3 (a zip bomb?); nothing was extracted.</source>
        <translation>Der Eintrag %1 des Exportarchivs wird %2-mal größer, mehr als das Limit von %3 (eine ZIP-Bombe?); es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The export archive would expand to more than %1; nothing was extracted.</source>
        <translation>Das Exportarchiv würde auf mehr als %1 anwachsen; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check that you may write there.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>The export needs %1 but the folder %2 has only %3 free: free some space and try again.</source>
        <translation>Der Export braucht %1, aber im Ordner %2 sind nur %3 frei: Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create a staging folder in %1 (%2): check that you may write there.</source>
        <translation>In %1 kann kein Zwischenordner angelegt werden (%2): Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>The directory of %1 changed while it was read; nothing was extracted.</source>
        <translation>Das Verzeichnis von %1 hat sich beim Lesen geändert; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The export archive entry %1 cannot be read (error %2): the download is damaged; download the export again.</source>
        <translation>Der Eintrag %1 des Exportarchivs ist nicht lesbar (Fehler %2): Der Download ist beschädigt; laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): check the folder and free space.</source>
        <translation>In %1 kann nicht geschrieben werden (%2): Prüfen Sie den Ordner und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Unpacking was canceled; nothing was extracted.</source>
        <translation>Das Entpacken wurde abgebrochen; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The export archive entry %1 is damaged (%2); nothing was extracted. Download the export again.</source>
        <translation>Der Eintrag %1 des Exportarchivs ist beschädigt (%2); es wurde nichts entpackt. Laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands beyond the size its header declares; nothing was extracted.</source>
        <translation>Der Eintrag %1 des Exportarchivs wird größer, als sein Header angibt; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands more than %2 times (a zip bomb?); nothing was extracted.</source>
        <translation>Der Eintrag %1 des Exportarchivs wird mehr als %2-mal größer (eine ZIP-Bombe?); es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): free some space in that folder and try again.</source>
        <translation>In %1 kann nicht geschrieben werden (%2): Schaffen Sie Platz in diesem Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The export archive entry %1 fails its checksum (CRC); nothing was extracted. Download the export again.</source>
        <translation>Der Eintrag %1 des Exportarchivs besteht die Prüfsumme (CRC) nicht; es wurde nichts entpackt. Laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>The export archive entry %1 is damaged (error %2); nothing was extracted. Download the export again.</source>
        <translation>Der Eintrag %1 des Exportarchivs ist beschädigt (Fehler %2); es wurde nichts entpackt. Laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>The export archive entry %1 holds %2 bytes instead of %3; nothing was extracted. Download the export again.</source>
        <translation>Der Eintrag %1 des Exportarchivs enthält %2 Byte statt %3; es wurde nichts entpackt. Laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>The directory of %1 cannot be read (error %2): the download may be damaged; download the export again.</source>
        <translation>Das Verzeichnis von %1 ist nicht lesbar (Fehler %2): Der Download ist vielleicht beschädigt; laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>Cannot move the extracted file %1 into %2 (%3); nothing was extracted.</source>
        <translation>Die entpackte Datei %1 kann nicht nach %2 verschoben werden (%3); es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): the folder is read-only or you may not write there. Make it writable or choose another folder, then try again.</source>
        <translation>In %1 kann nicht geschrieben werden (%2): Der Ordner ist schreibgeschützt oder Sie dürfen dort nicht schreiben. Machen Sie ihn beschreibbar oder wählen Sie einen anderen Ordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): free some space in that folder, or choose another folder, and try again.</source>
        <translation>In %1 kann nicht geschrieben werden (%2): Schaffen Sie in diesem Ordner Platz oder wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>es::Validation</name>
    <message>
        <source>The filter has no property. Choose the property to filter on, or remove the filter.</source>
        <translation>Der Filter hat keine Eigenschaft. Wählen Sie die Eigenschaft, nach der gefiltert werden soll, oder entfernen Sie den Filter.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;. Use one of %2.</source>
        <translation>Unbekannter Operator „%1“. Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Enter the value to compare with.</source>
        <translation>Geben Sie den Vergleichswert ein.</translation>
    </message>
    <message>
        <source>%1 takes one value in &quot;value&quot;, not a list in &quot;values&quot;; use IN for a list.</source>
        <translation>%1 nimmt einen Wert in &quot;value&quot;, keine Liste in &quot;values&quot;; verwenden Sie IN für eine Liste.</translation>
    </message>
    <message>
        <source>%1 needs a value. %2</source>
        <translation>%1 braucht einen Wert. %2</translation>
    </message>
    <message>
        <source>BETWEEN needs a lower bound in &quot;value&quot;. Enter the smallest value to include.</source>
        <translation>BETWEEN braucht eine Untergrenze in &quot;value&quot;. Geben Sie den kleinsten Wert ein, der dazugehören soll.</translation>
    </message>
    <message>
        <source>BETWEEN needs an upper bound in &quot;highValue&quot;. Enter the largest value to include.</source>
        <translation>BETWEEN braucht eine Obergrenze in &quot;highValue&quot;. Geben Sie den größten Wert ein, der dazugehören soll.</translation>
    </message>
    <message>
        <source>BETWEEN&apos;s lower bound %1 is greater than its upper bound %2, so nothing can match. Swap the two values.</source>
        <translation>Die Untergrenze %1 von BETWEEN ist größer als die Obergrenze %2, daher kann nichts passen. Tauschen Sie die beiden Werte.</translation>
    </message>
    <message>
        <source>%1 needs at least one value in &quot;values&quot;. Add the values to match.</source>
        <translation>%1 braucht mindestens einen Wert in &quot;values&quot;. Fügen Sie die passenden Werte hinzu.</translation>
    </message>
    <message>
        <source>%1 needs at least one value in &quot;values&quot;. Add the values to match (move &quot;%2&quot; into the list).</source>
        <translation>%1 braucht mindestens einen Wert in &quot;values&quot;. Fügen Sie die passenden Werte hinzu (verschieben Sie „%2“ in die Liste).</translation>
    </message>
    <message>
        <source>Value %1 of the list is empty. Enter a value or remove it from the list.</source>
        <translation>Wert %1 der Liste ist leer. Geben Sie einen Wert ein oder entfernen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <source>%1 takes no value; the value given is ignored. Remove it, or pick an operator that compares values (EQ, IN, ...).</source>
        <translation>%1 nimmt keinen Wert; der angegebene Wert wird ignoriert. Entfernen Sie ihn oder wählen Sie einen Operator, der Werte vergleicht (EQ, IN, ...).</translation>
    </message>
    <message numerus="yes">
        <source>%n filter groups are more than the %1 allowed. Merge or remove groups, or raise the limit in the settings if your account allows more.</source>
        <translation>
            <numerusform>%n Filtergruppe ist mehr als die erlaubten %1. Führen Sie Gruppen zusammen oder entfernen Sie welche, oder erhöhen Sie das Limit in den Einstellungen, wenn Ihr Konto mehr erlaubt.</numerusform>
            <numerusform>%n Filtergruppen sind mehr als die erlaubten %1. Führen Sie Gruppen zusammen oder entfernen Sie welche, oder erhöhen Sie das Limit in den Einstellungen, wenn Ihr Konto mehr erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter group %1 has no filters. Add a filter to it or remove the group.</source>
        <translation>Filtergruppe %1 hat keine Filter. Fügen Sie einen Filter hinzu oder entfernen Sie die Gruppe.</translation>
    </message>
    <message numerus="yes">
        <source>Filter group %1 has %n filters, more than the %2 allowed. Remove filters or split the group.</source>
        <translation>
            <numerusform>Filtergruppe %1 hat %n Filter, mehr als die erlaubten %2. Entfernen Sie Filter oder teilen Sie die Gruppe auf.</numerusform>
            <numerusform>Filtergruppe %1 hat %n Filter, mehr als die erlaubten %2. Entfernen Sie Filter oder teilen Sie die Gruppe auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sort rules given, but HubSpot sorts by one property only. Keep one sort rule.</source>
        <translation>
            <numerusform>%n Sortierregel angegeben, aber HubSpot sortiert nur nach einer Eigenschaft. Behalten Sie eine Sortierregel.</numerusform>
            <numerusform>%n Sortierregeln angegeben, aber HubSpot sortiert nur nach einer Eigenschaft. Behalten Sie eine Sortierregel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sort rule has no property. Choose the property to sort by, or remove the sort rule.</source>
        <translation>Die Sortierregel hat keine Eigenschaft. Wählen Sie die Eigenschaft, nach der sortiert werden soll, oder entfernen Sie die Sortierregel.</translation>
    </message>
    <message numerus="yes">
        <source>The search text has %n characters; HubSpot accepts at most %1. Shorten it.</source>
        <translation>
            <numerusform>Der Suchtext hat %n Zeichen; HubSpot akzeptiert höchstens %1. Kürzen Sie ihn.</numerusform>
            <numerusform>Der Suchtext hat %n Zeichen; HubSpot akzeptiert höchstens %1. Kürzen Sie ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export has no name. Enter a name; HubSpot shows it in the export log.</source>
        <translation>Der Export hat keinen Namen. Geben Sie einen Namen ein; HubSpot zeigt ihn im Exportprotokoll.</translation>
    </message>
    <message numerus="yes">
        <source>The export name has %n characters; at most %1 are allowed. Shorten it.</source>
        <translation>
            <numerusform>Der Exportname hat %n Zeichen; höchstens %1 sind erlaubt. Kürzen Sie ihn.</numerusform>
            <numerusform>Der Exportname hat %n Zeichen; höchstens %1 sind erlaubt. Kürzen Sie ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of HubSpot&apos;s language codes, for example EN, DE, FR or PT_BR.</source>
        <translation>Unbekannte Sprache „%1“. Verwenden Sie einen der Sprachcodes von HubSpot, zum Beispiel EN, DE, FR oder PT_BR.</translation>
    </message>
    <message>
        <source>No object type is set. Choose what to export, for example CONTACT, or a custom object id such as 2-12345.</source>
        <translation>Kein Objekttyp festgelegt. Wählen Sie, was exportiert werden soll, zum Beispiel CONTACT, oder die ID eines benutzerdefinierten Objekts wie 2-12345.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type HubSpot exports. Use a standard object (CONTACT, COMPANY, DEAL, ...) or its id (0-1), and custom objects by their id (2-12345), not by name.</source>
        <translation>„%1“ ist kein Objekttyp, den HubSpot exportiert. Verwenden Sie ein Standardobjekt (CONTACT, COMPANY, DEAL, ...) oder seine ID (0-1) und benutzerdefinierte Objekte über ihre ID (2-12345), nicht über ihren Namen.</translation>
    </message>
    <message>
        <source>No properties are selected. Choose at least one property to export as a column.</source>
        <translation>Keine Eigenschaften ausgewählt. Wählen Sie mindestens eine Eigenschaft, die als Spalte exportiert wird.</translation>
    </message>
    <message>
        <source>Column %1 has no property name. Choose a property or remove the column.</source>
        <translation>Spalte %1 hat keinen Eigenschaftsnamen. Wählen Sie eine Eigenschaft oder entfernen Sie die Spalte.</translation>
    </message>
    <message>
        <source>The property &quot;%1&quot; is listed twice. Remove the second one.</source>
        <translation>Die Eigenschaft „%1“ ist doppelt aufgeführt. Entfernen Sie die zweite.</translation>
    </message>
    <message numerus="yes">
        <source>%n associated object types are selected; HubSpot allows at most %1 per export. Remove some.</source>
        <translation>
            <numerusform>%n zugeordneter Objekttyp ist ausgewählt; HubSpot erlaubt höchstens %1 pro Export. Entfernen Sie welche.</numerusform>
            <numerusform>%n zugeordnete Objekttypen sind ausgewählt; HubSpot erlaubt höchstens %1 pro Export. Entfernen Sie einige.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type. Use a standard object such as COMPANY or a custom object id such as 2-12345.</source>
        <translation>„%1“ ist kein Objekttyp. Verwenden Sie ein Standardobjekt wie COMPANY oder die ID eines benutzerdefinierten Objekts wie 2-12345.</translation>
    </message>
    <message>
        <source>A list export needs the list&apos;s id. Pick a list, or enter its ILS list id (digits, shown in the list&apos;s details).</source>
        <translation>Ein Listenexport braucht die ID der Liste. Wählen Sie eine Liste oder geben Sie ihre ILS-Listen-ID ein (Ziffern, in den Details der Liste zu sehen).</translation>
    </message>
    <message>
        <source>The list id &quot;%1&quot; must contain digits only. Enter the ILS list id, for example 1234567.</source>
        <translation>Die Listen-ID „%1“ darf nur Ziffern enthalten. Geben Sie die ILS-Listen-ID ein, zum Beispiel 1234567.</translation>
    </message>
    <message>
        <source>A list export takes its records from the list, so filters, sorts and search text are not allowed. Remove them, or export a view instead.</source>
        <translation>Ein Listenexport nimmt seine Datensätze aus der Liste, daher sind Filter, Sortierung und Suchtext nicht erlaubt. Entfernen Sie sie oder exportieren Sie stattdessen eine Ansicht.</translation>
    </message>
    <message>
        <source>A view export ignores the list id. Remove it, or switch to a list export.</source>
        <translation>Ein Ansichtsexport ignoriert die Listen-ID. Entfernen Sie sie oder wechseln Sie zu einem Listenexport.</translation>
    </message>
    <message>
        <source>warning: </source>
        <comment>prefix of a validation line</comment>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>es::Vault</name>
    <message>
        <source>%1 The file %2 could not be moved aside either: move or delete it yourself; until then the history is not kept. Your downloaded files are not affected.</source>
        <translation>%1 Die Datei %2 konnte auch nicht beiseitegelegt werden: Verschieben oder löschen Sie sie selbst; bis dahin wird kein Verlauf geführt. Ihre heruntergeladenen Dateien sind nicht betroffen.</translation>
    </message>
    <message>
        <source>It was moved to %1 and nothing in it was changed; the next run of a history preset starts a new, empty history. Your downloaded files are not affected.</source>
        <translation>Sie wurde unverändert nach %1 verschoben; der nächste Lauf einer Vorlage mit Verlauf beginnt einen neuen, leeren Verlauf. Ihre heruntergeladenen Dateien sind nicht betroffen.</translation>
    </message>
    <message>
        <source>The disk is full: the history folder %1 has no room left, so nothing was saved in it. Free some space there, then run `export-studio-cli resume` (or start Export Studio) to save the run again.</source>
        <translation>Der Datenträger ist voll: Im Verlaufsordner %1 ist kein Platz mehr, daher wurde nichts darin gespeichert. Schaffen Sie dort Platz und führen Sie dann `export-studio-cli resume` aus (oder starten Sie Export Studio), um den Lauf erneut zu speichern.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (SQLite says: %2).</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt (SQLite meldet: %2).</translation>
    </message>
    <message>
        <source>The history file %1 could not be used: %2</source>
        <translation>Die Verlaufsdatei %1 konnte nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Export Studio (history format %2; this version knows up to %3). Update Export Studio and move the file back to use it.</source>
        <translation>Die Verlaufsdatei %1 stammt von einem neueren Export Studio (Verlaufsformat %2; diese Version kennt bis %3). Aktualisieren Sie Export Studio und verschieben Sie die Datei zurück, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The file %1 is not an Export Studio history (it holds other tables).</source>
        <translation>Die Datei %1 ist kein Verlauf von Export Studio (sie enthält andere Tabellen).</translation>
    </message>
    <message>
        <source>The preset has no run %1 in its history (see `export-studio-cli runs --preset NAME`).</source>
        <translation>Die Vorlage hat keinen Lauf %1 in ihrem Verlauf (siehe `export-studio-cli runs --preset NAME`).</translation>
    </message>
    <message>
        <source>The preset has no history yet: run it first.</source>
        <translation>Die Vorlage hat noch keinen Verlauf: Führen Sie sie zuerst aus.</translation>
    </message>
    <message>
        <source>Record %1 in the history file %2 cannot be read.</source>
        <translation>Datensatz %1 in der Verlaufsdatei %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 ist leer: Die Kopfzeile fehlt.</translation>
    </message>
    <message>
        <source>%1 has no record ID column (hs_object_id), so its rows cannot be kept in the history.</source>
        <translation>%1 hat keine Spalte mit der Datensatz-ID (hs_object_id); die Zeilen können daher nicht im Verlauf gespeichert werden.</translation>
    </message>
    <message>
        <source>Row %1 of %2 has no valid record ID (“%3”), so the run cannot be kept in the history.</source>
        <translation>Zeile %1 von %2 hat keine gültige Datensatz-ID („%3“); der Lauf kann daher nicht im Verlauf gespeichert werden.</translation>
    </message>
    <message>
        <source>Stopped before the run was kept; it is kept on the next start.</source>
        <translation>Angehalten, bevor der Lauf gespeichert war; er wird beim nächsten Start gespeichert.</translation>
    </message>
    <message>
        <source>There is no history file %1: run a preset that keeps a history first.</source>
        <translation>Es gibt keine Verlaufsdatei %1: Führen Sie zuerst eine Vorlage aus, die einen Verlauf führt.</translation>
    </message>
    <message>
        <source>The file %1 is not an Export Studio history.</source>
        <translation>Die Datei %1 ist kein Verlauf von Export Studio.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Export Studio (history format %2; this version knows up to %3). Update Export Studio to see it.</source>
        <translation>Die Verlaufsdatei %1 wurde von einem neueren Export Studio geschrieben (Verlaufsformat %2; diese Version kennt bis %3). Aktualisieren Sie Export Studio, um sie anzusehen.</translation>
    </message>
</context>
<context>
    <name>es::VaultManager</name>
    <message>
        <source>This run will not be kept in the history: %1</source>
        <translation>Dieser Lauf wird nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>The object&apos;s properties could not be read (no access token), so it runs in full.</source>
        <translation>Die Eigenschaften des Objekts konnten nicht gelesen werden (kein Zugriffstoken); der Lauf ist daher vollständig.</translation>
    </message>
    <message>
        <source>The object&apos;s properties could not be read (%1), so it runs in full.</source>
        <translation>Die Eigenschaften des Objekts konnten nicht gelesen werden (%1); der Lauf ist daher vollständig.</translation>
    </message>
    <message>
        <source>The files of “%1” are no longer where they were saved, so this run is not kept in the history.</source>
        <translation>Die Dateien von „%1“ liegen nicht mehr dort, wo sie gespeichert wurden; dieser Lauf wird daher nicht im Verlauf gespeichert.</translation>
    </message>
</context>
<context>
    <name>es::VaultTablePreview</name>
    <message>
        <source>Record %1 in the history file %2 cannot be read.</source>
        <translation>Datensatz %1 in der Verlaufsdatei %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1, the table after run %2</source>
        <comment>preset name, run number</comment>
        <translation>%1, die Tabelle nach Lauf %2</translation>
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
    <name>es::WizardController</name>
    <message>
        <source>Saved the preset “%1”. Double-click it in Presets to run it again.</source>
        <translation>Vorlage „%1“ gespeichert. Doppelklicken Sie unter „Vorlagen“ darauf, um sie erneut auszuführen.</translation>
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
    <name>es::XlsTableReader</name>
    <message>
        <source>%1 is not a readable XLS workbook.</source>
        <translation>%1 ist keine lesbare XLS-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>%1 holds no readable worksheet.</source>
        <translation>%1 enthält kein lesbares Arbeitsblatt.</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 cannot be read.</source>
        <translation>%1 ist beschädigt: Zeile %2 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>es::XlsxTableReader</name>
    <message>
        <source>%1 is damaged: its shared strings cannot be read.</source>
        <translation>%1 ist beschädigt: Die gemeinsamen Zeichenketten können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings are not valid XML (%2).</source>
        <translation>%1 ist beschädigt: Die gemeinsamen Zeichenketten sind kein gültiges XML (%2).</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX file (the zip cannot be opened).</source>
        <translation>%1 ist keine lesbare XLSX-Datei (das ZIP lässt sich nicht öffnen).</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 enthält kein Arbeitsblatt.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet cannot be read.</source>
        <translation>%1 ist beschädigt: Das Arbeitsblatt kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is damaged: a cell refers to a shared string that does not exist.</source>
        <translation>%1 ist beschädigt: Eine Zelle verweist auf eine nicht vorhandene gemeinsame Zeichenkette.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet is not valid XML (%2).</source>
        <translation>%1 ist beschädigt: Das Arbeitsblatt ist kein gültiges XML (%2).</translation>
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
    <message>
        <source>The preset file %1 could not be imported, so it was not run.</source>
        <translation>Die Vorlagendatei %1 konnte nicht importiert werden und wurde daher nicht ausgeführt.</translation>
    </message>
    <message>
        <source>There is no preset named “%1” and no such file, so nothing was run. Check the name in Presets.</source>
        <translation>Es gibt weder eine Vorlage namens „%1“ noch eine solche Datei, daher wurde nichts ausgeführt. Prüfen Sie den Namen unter „Vorlagen“.</translation>
    </message>
    <message>
        <source>Queue the saved preset &lt;name&gt; (or import the preset file and queue it) on the current account once Export Studio is ready, as a double-click in Presets does. Repeatable. With Export Studio already running, the running window queues it.</source>
        <translation>Die gespeicherte Vorlage &lt;name&gt; (oder die importierte Vorlagendatei) mit dem aktuellen Konto in die Warteschlange stellen, sobald Export Studio bereit ist, wie ein Doppelklick unter „Vorlagen“. Wiederholbar. Läuft Export Studio bereits, stellt das laufende Fenster sie ein.</translation>
    </message>
    <message>
        <source>--sandbox-url needs an address such as http://127.0.0.1:8765 (what hubspot-sandbox prints as “listening on”).</source>
        <translation>--sandbox-url braucht eine Adresse wie http://127.0.0.1:8765 (die hubspot-sandbox als „listening on“ ausgibt).</translation>
    </message>
    <message>
        <source>Use a hubspot-sandbox you started yourself at &lt;url&gt; (its own port, faults or clock) as the sandbox account instead of the built-in one. Its exports outlive Export Studio, so a restart with the same --sandbox-url carries on with them. Implies --sandbox.</source>
        <translation>Ein selbst gestartetes hubspot-sandbox unter &lt;url&gt; (eigener Port, eigene Fehler oder Uhr) statt der eingebauten Sandbox als Sandbox-Konto verwenden. Seine Exporte überdauern Export Studio, sodass ein Neustart mit derselben --sandbox-url mit ihnen weitermacht. Schließt --sandbox ein.</translation>
    </message>
</context>
</TS>
