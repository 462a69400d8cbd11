<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>es</name>
    <message>
        <source>(no property)</source>
        <translation>(sin propiedad)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A condition in words: %1 the property (&quot;Lifecycle stage&quot;), %2 the comparison (&quot;is&quot;, &quot;contains&quot;), %3 the value or values. Reorder for your language.</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>(sin operador)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A condition without a value: %1 the property, %2 the comparison (&quot;is known&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 and %4</source>
        <translation>%1 %2 %3 y %4</translation>
    </message>
    <message>
        <source>(nothing chosen)</source>
        <translation>(nada elegido)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the values of a condition such as &quot;Lifecycle stage is any of Lead, Customer&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source> AND </source>
        <extracomment>Joins the conditions of one group: a record must match them all</extracomment>
        <translation> Y </translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>Brackets around one group of conditions when there are several groups (joined with OR)</extracomment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>%1, sin filtro</translation>
    </message>
    <message>
        <source> matching the text “%1”</source>
        <translation> que coinciden con el texto «%1»</translation>
    </message>
    <message>
        <source> where %1</source>
        <translation> donde %1</translation>
    </message>
    <message>
        <source> OR </source>
        <extracomment>Joins the groups of conditions: a record matches if it matches any one group</extracomment>
        <translation> O </translation>
    </message>
    <message>
        <source>, sorted by %1 %2</source>
        <translation>, ordenados por %1 %2</translation>
    </message>
    <message>
        <source>, sorted by %1, %2</source>
        <translation>, ordenados por %1, %2</translation>
    </message>
    <message>
        <source>.</source>
        <extracomment>The full stop that ends the description of the records an export takes</extracomment>
        <translation>.</translation>
    </message>
    <message>
        <source>is on</source>
        <extracomment>Comparison of a date property with one day: &quot;Create date is on 3 March 2026&quot;</extracomment>
        <translation>es el</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>Comparison of a property with one value: &quot;Lifecycle stage is Customer&quot;</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>no es el</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>es anterior a</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menor que</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>es el o antes de</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>es como máximo</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>es posterior a</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>es el o después de</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>es como mínimo</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>está entre</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>es cualquiera de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>es conocido</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>es desconocido</translation>
    </message>
    <message>
        <source>contains the word</source>
        <translation>contiene la palabra</translation>
    </message>
    <message>
        <source>doesn&apos;t contain the word</source>
        <translation>no contiene la palabra</translation>
    </message>
    <message>
        <source>(unsupported operator)</source>
        <translation>(operador no admitido)</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>de menor a mayor</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>de mayor a menor</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>más antiguos primero</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>más recientes primero</translation>
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
        <translation>No se puede leer el archivo de cuentas %1 (%2). Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2). Add your accounts again; the damaged file is kept as %1.bak.</source>
        <translation>El archivo de cuentas %1 está dañado (%2). Vuelva a añadir sus cuentas; el archivo dañado se conserva como %1.bak.</translation>
    </message>
    <message>
        <source>The accounts file %1 was written by a newer version of Export Studio. Update Export Studio to use it.</source>
        <translation>El archivo de cuentas %1 lo escribió una versión más reciente de Export Studio. Actualice Export Studio para usarlo.</translation>
    </message>
    <message>
        <source>Cannot save the accounts: %1</source>
        <translation>No se pueden guardar las cuentas: %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unreadable accounts file %1 as %2. Move the file away and try again.</source>
        <translation>No se puede guardar una copia del archivo de cuentas ilegible %1 como %2. Mueva el archivo a otro sitio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot save the accounts to %1: %2. %3</source>
        <translation>No se pueden guardar las cuentas en %1: %2. %3</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot;.</source>
        <translation>No hay ninguna cuenta con el ID «%1».</translation>
    </message>
    <message>
        <source>The account needs a name. Enter one, for example the company&apos;s name.</source>
        <translation>La cuenta necesita un nombre. Escriba uno, por ejemplo el nombre de la empresa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Use https://api.hubapi.com for HubSpot, or the sandbox&apos;s http://127.0.0.1:PORT address.</source>
        <translation>«%1» no es una dirección web. Use https://api.hubapi.com para HubSpot o la dirección http://127.0.0.1:PUERTO del sandbox.</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot; to remove.</source>
        <translation>No hay ninguna cuenta con el ID «%1» que eliminar.</translation>
    </message>
</context>
<context>
    <name>es::AccountsController</name>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. The token is in your keychain.</source>
        <translation>Guardado. El token está en su llavero.</translation>
    </message>
    <message>
        <source>Saved, but the token is kept for this session only: no keychain answered. Install or unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Guardado, pero el token solo se conserva durante esta sesión: ningún llavero respondió. Instale o desbloquee GNOME Keyring o KWallet para conservarlo.</translation>
    </message>
    <message>
        <source>Removed the account and its token.</source>
        <translation>Se eliminaron la cuenta y su token.</translation>
    </message>
    <message>
        <source>There is no token for this account yet: paste the private app token, then test again.</source>
        <translation>Esta cuenta aún no tiene token: pegue el token de la aplicación privada y vuelva a probar.</translation>
    </message>
    <message>
        <source>Add the missing scopes (%1) to the private app in HubSpot (Settings › Integrations › Private apps › Scopes), then copy its token again.</source>
        <translation>Añada los ámbitos que faltan (%1) a la aplicación privada en HubSpot (Configuración › Integraciones › Aplicaciones privadas › Ámbitos) y vuelva a copiar su token.</translation>
    </message>
    <message>
        <source>Not saved. Paste the right token, then save again.</source>
        <translation>No se ha guardado. Pegue el token correcto y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Checking the token with HubSpot…</source>
        <translation>Comprobando el token con HubSpot…</translation>
    </message>
    <message>
        <source>Not saved: the check was canceled.</source>
        <translation>No se ha guardado: se canceló la comprobación.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>No se pudo comprobar el token: %1</translation>
    </message>
    <message>
        <source>Storing the token in your keychain (answer its prompt if one opens)…</source>
        <translation>Guardando el token en su llavero (responda a su solicitud si aparece)…</translation>
    </message>
    <message>
        <source>Saved, but the token is kept for this session only (see the keychain note above).</source>
        <translation>Guardado, pero el token solo se conserva durante esta sesión (vea la nota del llavero más arriba).</translation>
    </message>
    <message>
        <source>Asking HubSpot…</source>
        <translation>Consultando a HubSpot…</translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>HubSpot says this token has expired (EXPIRED_AUTHENTICATION): copy the private app&apos;s current token in HubSpot (Settings › Integrations › Private apps) and paste it here.</source>
        <translation>HubSpot indica que este token ha caducado (EXPIRED_AUTHENTICATION): copie el token actual de la aplicación privada en HubSpot (Configuración › Integraciones › Aplicaciones privadas) y péguelo aquí.</translation>
    </message>
    <message>
        <source>HubSpot refused this token (%1): copy the private app&apos;s token again in HubSpot (Settings › Integrations › Private apps) and paste it here.</source>
        <translation>HubSpot rechazó este token (%1): vuelva a copiar el token de la aplicación privada en HubSpot (Configuración › Integraciones › Aplicaciones privadas) y péguelo aquí.</translation>
    </message>
    <message>
        <source>%1 (HubSpot correlation id %2)</source>
        <extracomment>%1 is a whole message, %2 an id HubSpot support can look up</extracomment>
        <translation>%1 (id de correlación de HubSpot %2)</translation>
    </message>
</context>
<context>
    <name>es::AccountsDialog</name>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Nueva cuenta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>&amp;Guardar cuenta</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>e.g. Acme Inc.</source>
        <translation>p. ej., Acme S.A.</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Token de acceso de la aplicación privada</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Dirección de la &amp;API:</translation>
    </message>
    <message>
        <source>A private app token with the crm.export scope (HubSpot: Settings › Integrations › Private apps). It is kept in your desktop&apos;s keychain, never in a file.</source>
        <translation>Un token de aplicación privada con el ámbito crm.export (HubSpot: Configuración › Integraciones › Aplicaciones privadas). Se guarda en el llavero del escritorio, nunca en un archivo.</translation>
    </message>
    <message>
        <source>A private app token with the crm.export scope (HubSpot: Settings › Integrations › Private apps).</source>
        <translation>Un token de aplicación privada con el ámbito crm.export (HubSpot: Configuración › Integraciones › Aplicaciones privadas).</translation>
    </message>
    <message>
        <source>No keychain is available: the token is kept for this session only and must be entered again after a restart. Install or unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>No hay ningún llavero disponible: el token solo se conserva durante esta sesión y habrá que volver a introducirlo tras reiniciar. Instale o desbloquee GNOME Keyring o KWallet para conservarlo.</translation>
    </message>
    <message>
        <source>not needed for the sandbox</source>
        <translation>no hace falta para el sandbox</translation>
    </message>
    <message>
        <source>stored — type a new token to replace it</source>
        <translation>guardado: escriba un token nuevo para sustituirlo</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>To&amp;ken de acceso:</translation>
    </message>
    <message>
        <source>HubSpot API version</source>
        <translation>Versión de la API de HubSpot</translation>
    </message>
    <message>
        <source>Newest (%1)</source>
        <extracomment>%1 is the newest version&apos;s date name, e.g. 2026-09</extracomment>
        <translation>La más reciente (%1)</translation>
    </message>
    <message>
        <source>v3 (legacy)</source>
        <translation>v3 (heredada)</translation>
    </message>
    <message>
        <source>HubSpot names its API versions by date and calls /crm/v3 legacy. Keep the newest unless your portal refuses it: when a portal answers “not found” for a newer version, Export Studio uses the next older one, says so and remembers it here.</source>
        <translation>HubSpot nombra sus versiones de la API por fecha y llama heredada a /crm/v3. Deje la más reciente salvo que su portal la rechace: si un portal responde «no encontrado» a una versión más nueva, Export Studio usa la anterior, lo indica y lo recuerda aquí.</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versión de la API:</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Esperando una respuesta</translation>
    </message>
    <message>
        <source>Stop waiting for HubSpot&apos;s answer</source>
        <translation>Dejar de esperar la respuesta de HubSpot</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <extracomment>What the dialog waits for (&quot;Asking HubSpot…&quot;), then the seconds waited so far</extracomment>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>Save a refused token?</source>
        <translation>¿Guardar un token rechazado?</translation>
    </message>
    <message>
        <source>HubSpot did not accept this token for exports.</source>
        <translation>HubSpot no aceptó este token para exportaciones.</translation>
    </message>
    <message>
        <source>Exports with this account will fail until the token is fixed. Save it anyway?</source>
        <translation>Las exportaciones con esta cuenta fallarán hasta que se corrija el token. ¿Guardarlo de todos modos?</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Guardar de &amp;todos modos</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;No guardar</translation>
    </message>
</context>
<context>
    <name>es::ApiError</name>
    <message>
        <source>no HTTP status</source>
        <translation>sin estado HTTP</translation>
    </message>
    <message>
        <source>%1 (HubSpot correlation id %2)</source>
        <extracomment>%1 is a whole message, %2 an id HubSpot support can look up</extracomment>
        <translation>%1 (ID de correlación de HubSpot %2)</translation>
    </message>
    <message>
        <source>The request</source>
        <extracomment>The subject of &quot;%1 could not reach HubSpot&quot;, &quot;%1 timed out&quot;, &quot;%1 was canceled&quot;</extracomment>
        <translation>La solicitud</translation>
    </message>
    <message>
        <source>The request (%1)</source>
        <translation>La solicitud (%1)</translation>
    </message>
    <message>
        <source>HubSpot says: %1</source>
        <translation>HubSpot dice: %1</translation>
    </message>
    <message>
        <source>HubSpot says the access token has expired (EXPIRED_AUTHENTICATION): sign in again or re-enter the token in Accounts.</source>
        <translation>HubSpot indica que el token de acceso ha caducado (EXPIRED_AUTHENTICATION): vuelva a iniciar sesión o introduzca de nuevo el token en Cuentas.</translation>
    </message>
    <message>
        <source>HubSpot refused the access token (%1): re-enter the token in Accounts.</source>
        <translation>HubSpot rechazó el token de acceso (%1): vuelva a introducir el token en Cuentas.</translation>
    </message>
    <message>
        <source>The token lacks the %1 scope: in HubSpot, add it to the private app (OAuth: a Super Admin must grant it).</source>
        <extracomment>%1 is a scope name such as crm.export (the private app&apos;s permission)</extracomment>
        <translation>Al token le falta el ámbito %1: en HubSpot, añádalo a la aplicación privada (OAuth: un superadministrador debe concederlo).</translation>
    </message>
    <message>
        <source>The token lacks the %1 scopes: in HubSpot, add them to the private app (OAuth: a Super Admin must grant them).</source>
        <translation>Al token le faltan los ámbitos %1: en HubSpot, añádalos a la aplicación privada (OAuth: un superadministrador debe concederlos).</translation>
    </message>
    <message>
        <source>HubSpot denied access (HTTP 403).</source>
        <translation>HubSpot denegó el acceso (HTTP 403).</translation>
    </message>
    <message>
        <source>Check that the account and token belong to the portal that owns this export.</source>
        <translation>Compruebe que la cuenta y el token pertenecen al portal al que pertenece esta exportación.</translation>
    </message>
    <message>
        <source>HubSpot could not find what was asked for (HTTP 404).</source>
        <translation>HubSpot no encontró lo solicitado (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the id or object type; it may have been deleted.</source>
        <translation>Compruebe el ID o el tipo de objeto; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>unknown property: %1</source>
        <translation>propiedad desconocida: %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the request.</source>
        <translation>HubSpot rechazó la solicitud.</translation>
    </message>
    <message>
        <source>HubSpot rejected the request: %1</source>
        <translation>HubSpot rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>Fix the request and try again.</source>
        <translation>Corrija la solicitud y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Fix these fields: %1</source>
        <translation>Corrija estos campos: %1</translation>
    </message>
    <message>
        <source>Daily limit reached: HubSpot allows no more API requests (or exports) for this account today. Try again after midnight in the account&apos;s time zone, or raise the limit with HubSpot&apos;s API add-on.</source>
        <translation>Límite diario alcanzado: HubSpot no permite más solicitudes a la API (ni exportaciones) para esta cuenta hoy. Vuelva a intentarlo después de medianoche en la zona horaria de la cuenta o amplíe el límite con el complemento de API de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was hit and it was still hit after the retries.</source>
        <translation>Se alcanzó el límite de frecuencia de HubSpot y seguía alcanzado tras los reintentos.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was hit (%1) and it was still hit after the retries.</source>
        <translation>Se alcanzó el límite de frecuencia de HubSpot (%1) y seguía alcanzado tras los reintentos.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s and try again; other apps using this account share the same limit.</source>
        <translation>
            <numerusform>Espere %n s y vuelva a intentarlo; las demás aplicaciones que usan esta cuenta comparten el mismo límite.</numerusform>
            <numerusform>Espere %n s y vuelva a intentarlo; las demás aplicaciones que usan esta cuenta comparten el mismo límite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a few seconds and try again; other apps using this account share the same limit.</source>
        <translation>Espere unos segundos y vuelva a intentarlo; las demás aplicaciones que usan esta cuenta comparten el mismo límite.</translation>
    </message>
    <message>
        <source>HubSpot had a server error (HTTP %1) and it persisted after the retries.</source>
        <translation>HubSpot tuvo un error de servidor (HTTP %1) que persistió tras los reintentos.</translation>
    </message>
    <message>
        <source>Try again later; check status.hubspot.com if it lasts.</source>
        <translation>Vuelva a intentarlo más tarde; consulte status.hubspot.com si continúa.</translation>
    </message>
    <message>
        <source>HubSpot answered with a redirect (HTTP %1), which Export Studio does not follow for API calls. Check the API address in the account settings.</source>
        <translation>HubSpot respondió con una redirección (HTTP %1), que Export Studio no sigue en las llamadas a la API. Compruebe la dirección de la API en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1).</source>
        <translation>HubSpot rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1, %2).</source>
        <translation>HubSpot rechazó la solicitud (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>HubSpot answered with something that is not JSON (%1). This is usually a temporary problem at HubSpot or a proxy in between: try again later.</source>
        <extracomment>%1 is the HTTP status and what came instead, e.g. &quot;HTTP 502, an HTML page&quot;</extracomment>
        <translation>HubSpot respondió con algo que no es JSON (%1). Suele ser un problema temporal de HubSpot o de un proxy intermedio: vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 could not set up a secure connection to HubSpot: %2. Export Studio never ignores certificate errors; check the computer&apos;s date and time, a proxy that inspects HTTPS traffic, and the API address.</source>
        <extracomment>%1 is &quot;The request (...)&quot;, %2 the TLS library&apos;s reason</extracomment>
        <translation>%1 no pudo establecer una conexión segura con HubSpot: %2. Export Studio nunca ignora los errores de certificado; compruebe la fecha y hora del equipo, si hay un proxy que inspecciona el tráfico HTTPS y la dirección de la API.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>falló el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>%1 could not reach HubSpot: %2. Check your connection/proxy and try again.</source>
        <extracomment>%1 is &quot;The request (...)&quot;, %2 the network&apos;s reason</extracomment>
        <translation>%1 no pudo conectar con HubSpot: %2. Compruebe su conexión o proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>%1 timed out: HubSpot did not answer in time. Check your connection/proxy and try again.</source>
        <translation>%1 agotó el tiempo de espera: HubSpot no respondió a tiempo. Compruebe su conexión o proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Refused to send the token: %1</source>
        <translation>Se rechazó enviar el token: %1</translation>
    </message>
    <message>
        <source>the API address is not secure</source>
        <translation>la dirección de la API no es segura</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 se canceló.</translation>
    </message>
    <message>
        <source>HubSpot answered with a server error (HTTP %1)</source>
        <translation>HubSpot respondió con un error de servidor (HTTP %1)</translation>
    </message>
    <message>
        <source>HubSpot did not answer in time</source>
        <translation>HubSpot no respondió a tiempo</translation>
    </message>
    <message>
        <source>the connection broke (%1)</source>
        <translation>se cortó la conexión (%1)</translation>
    </message>
    <message>
        <source>The export may or may not have started: %1 after the request was sent. It was not sent again, because a second start would use another export from the daily quota. Check HubSpot&apos;s export log (Settings &gt; Import &amp; Export) before starting it again.</source>
        <extracomment>%1 says what happened, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>Puede que la exportación se haya iniciado o no: %1 después de enviar la solicitud. No se volvió a enviar, porque un segundo inicio gastaría otra exportación de la cuota diaria. Consulte el registro de exportaciones de HubSpot (Configuración &gt; Importar y exportar) antes de volver a iniciarla.</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>una página HTML</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON no válido</translation>
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
        <translation>&amp;Reintentar</translation>
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
        <translation>Elegir valores…</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the chosen values shown in the closed box, e.g. &quot;Lead, Customer&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <source>Filter the values</source>
        <translation>Filtrar los valores</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
</context>
<context>
    <name>es::ColumnsPage</name>
    <message>
        <source>Which columns?</source>
        <translation>¿Qué columnas?</translation>
    </message>
    <message>
        <source>Step 3 of 5 · Tick the properties to export. The list on the right is the column order: drag or use Up and Down to change it.</source>
        <translation>Paso 3 de 5 · Marque las propiedades que quiere exportar. La lista de la derecha es el orden de las columnas: arrastre o use Subir y Bajar para cambiarlo.</translation>
    </message>
    <message>
        <source>Could not load the properties of %1: %2</source>
        <translation>No se pudieron cargar las propiedades de %1: %2</translation>
    </message>
    <message>
        <source>No account is connected, so the properties cannot be loaded.</source>
        <translation>No hay ninguna cuenta conectada, así que no se pueden cargar las propiedades.</translation>
    </message>
    <message>
        <source>Loading the properties of %1…</source>
        <translation>Cargando las propiedades de %1…</translation>
    </message>
</context>
<context>
    <name>es::Completeness</name>
    <message>
        <source>The records in the files could not be counted: %1</source>
        <extracomment>%1 why the downloaded files could not be counted (a sentence)</extracomment>
        <translation>No se pudieron contar los registros de los archivos: %1</translation>
    </message>
    <message>
        <source>%1 records in the files (HubSpot did not report a count)</source>
        <extracomment>%1 the number of data rows in the downloaded files</extracomment>
        <translation>%1 registros en los archivos (HubSpot no informó un recuento)</translation>
    </message>
    <message>
        <source>%1 records, as HubSpot reported</source>
        <translation>%1 registros, como informó HubSpot</translation>
    </message>
    <message>
        <source>HubSpot reported %1; the files hold %2</source>
        <extracomment>%1 HubSpot&apos;s recordCount, %2 the data rows in the downloaded files</extracomment>
        <translation>HubSpot informó %1; los archivos contienen %2</translation>
    </message>
    <message>
        <source> (counted before the start: %1)</source>
        <extracomment>Appended: %1 the records counted before the export was started</extracomment>
        <translation> (contados antes de empezar: %1)</translation>
    </message>
</context>
<context>
    <name>es::CountLabel</name>
    <message>
        <source>Record count</source>
        <translation>Número de registros</translation>
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
        <translation>El recuento aparecerá cuando todos los filtros estén completos.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Count unavailable: %1</source>
        <extracomment>%1 is why, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>Recuento no disponible: %1</translation>
    </message>
    <message>
        <source>The list holds no %1: the export would be empty and still count as one of the day&apos;s exports.</source>
        <translation>La lista no contiene %1: la exportación estaría vacía y aun así contaría como una de las del día.</translation>
    </message>
    <message>
        <source>No %1 match: the export would be empty and still count as one of the day&apos;s exports.</source>
        <translation>Ningún registro de %1 coincide: la exportación estaría vacía y aun así contaría como una de las del día.</translation>
    </message>
    <message>
        <source>%1 %2 in the list will be exported</source>
        <extracomment>%1 is a number, %2 the object (&quot;2,345 contacts will be exported&quot;)</extracomment>
        <translation>Se exportarán %1 %2 de la lista</translation>
    </message>
    <message>
        <source>%1 %2 will be exported</source>
        <translation>Se exportarán %1 %2</translation>
    </message>
    <message>
        <source>≈ %1 match</source>
        <extracomment>a filter group&apos;s own count, approximate like HubSpot&apos;s search total</extracomment>
        <translation>≈ %1 coinciden</translation>
    </message>
    <message>
        <source>counting…</source>
        <comment>a filter group&apos;s count</comment>
        <translation>contando…</translation>
    </message>
    <message numerus="yes">
        <source>About %1 in %n %2 files inside one zip (HubSpot splits at %3 rows a file)</source>
        <extracomment>%1 a size (&quot;12.5 MB&quot;), %2 the format, %3 the rows per file</extracomment>
        <translation>
            <numerusform>Unos %1 en %n archivo %2 dentro de un zip (HubSpot divide cada %3 filas)</numerusform>
            <numerusform>Unos %1 en %n archivos %2 dentro de un zip (HubSpot divide cada %3 filas)</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 in one %2 file, zipped (HubSpot zips CSV files over 2 MB)</source>
        <translation>Unos %1 en un archivo %2, comprimido (HubSpot comprime los CSV de más de 2 MB)</translation>
    </message>
    <message>
        <source>About %1 in one %2 file</source>
        <translation>Unos %1 en un archivo %2</translation>
    </message>
    <message numerus="yes">
        <source>XLS holds %1 rows a file; XLSX would arrive as %n file(s). Choose XLSX on the Output page.</source>
        <translation>
            <numerusform>XLS admite %1 filas por archivo; XLSX llegaría en %n archivo. Elija XLSX en la página Salida.</numerusform>
            <numerusform>XLS admite %1 filas por archivo; XLSX llegaría en %n archivos. Elija XLSX en la página Salida.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::CsvTableReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Error al leer %1: %2</translation>
    </message>
</context>
<context>
    <name>es::DayPlanModel</name>
    <message>
        <source>Tomorrow %1</source>
        <extracomment>a planned run&apos;s start, %1 the time</extracomment>
        <translation>Mañana %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday time</comment>
        <extracomment>a planned run&apos;s start, %1 the weekday, %2 the time</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>After the run before it (one export at a time)</source>
        <translation>Tras la ejecución anterior (una exportación cada vez)</translation>
    </message>
    <message>
        <source>Waits for the daily export limit</source>
        <translation>Espera al límite diario de exportaciones</translation>
    </message>
    <message>
        <source>Missed at %1: runs once now</source>
        <extracomment>%1 when the missed run was due</extracomment>
        <translation>Perdida a las %1: se ejecuta una vez ahora</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A su hora</translation>
    </message>
    <message>
        <source>Starts</source>
        <comment>planned run</comment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>planned run</comment>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>es::DiffModel</name>
    <message>
        <source>added</source>
        <comment>a record in the newer run only</comment>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a record whose values differ between the runs</comment>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a record in the older run only</comment>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>old value → new value</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID de registro</translation>
    </message>
</context>
<context>
    <name>es::DiffSession</name>
    <message>
        <source>There is no comparison to export yet.</source>
        <translation>Todavía no hay ninguna comparación que exportar.</translation>
    </message>
</context>
<context>
    <name>es::DownloadTask</name>
    <message>
        <source>Could not set up a secure connection to the download server %1: %2. Export Studio never ignores certificate errors and does not retry them. If the certificate is not trusted, add the certificate authority that signed it to the system&apos;s trusted certificates (a proxy or antivirus that inspects HTTPS needs its own CA there); also check the computer&apos;s date and time. Then resume the download; the part already downloaded is kept.</source>
        <translation>No se pudo establecer una conexión segura con el servidor de descarga %1: %2. Export Studio nunca ignora los errores de certificado ni los reintenta. Si el certificado no es de confianza, añada la autoridad de certificación que lo firmó a los certificados de confianza del sistema (un proxy o antivirus que inspecciona HTTPS necesita allí su propia CA); compruebe también la fecha y hora del equipo. Después reanude la descarga; la parte ya descargada se conserva.</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not replaced. Choose another name or folder.</source>
        <translation>Ya existe un archivo en %1; no se ha sustituido. Elija otro nombre u otra carpeta.</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>Se canceló la descarga.</translation>
    </message>
    <message>
        <source>The download was canceled; the part already downloaded is kept so it can be resumed.</source>
        <translation>Se canceló la descarga; la parte ya descargada se conserva para poder reanudarla.</translation>
    </message>
    <message>
        <source>the file changed on the server</source>
        <translation>el archivo cambió en el servidor</translation>
    </message>
    <message>
        <source>the server resumed at the wrong offset</source>
        <translation>el servidor reanudó en la posición equivocada</translation>
    </message>
    <message>
        <source>The server announces %1 bytes but the export should have %2; nothing was saved. Download the export again.</source>
        <translation>El servidor anuncia %1 bytes, pero la exportación debería tener %2; no se guardó nada. Vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>The export needs %1 more but the folder %2 has only %3 free. Free some space there, then resume the download.</source>
        <translation>La exportación necesita %1 más, pero la carpeta %2 solo tiene %3 libres. Libere espacio ahí y reanude la descarga.</translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes it announced; the download was discarded. Download the export again.</source>
        <translation>El servidor envió más de los %1 bytes anunciados; la descarga se descartó. Vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>why a write failed</comment>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>The download link was refused (HTTP %1); it has probably expired. A fresh link is needed; the part already downloaded is kept.</source>
        <translation>Se rechazó el enlace de descarga (HTTP %1); probablemente ha caducado. Hace falta un enlace nuevo; la parte ya descargada se conserva.</translation>
    </message>
    <message>
        <source>the server refused the range</source>
        <translation>el servidor rechazó el rango</translation>
    </message>
    <message>
        <source>The download from %1 stalled: no data for %2 s.</source>
        <translation>La descarga desde %1 se detuvo: sin datos durante %2 s.</translation>
    </message>
    <message>
        <source>The download server %1 answered HTTP %2.</source>
        <translation>El servidor de descarga %1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>The download server %1 answered HTTP %2; the download cannot continue.</source>
        <translation>El servidor de descarga %1 respondió HTTP %2; la descarga no puede continuar.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Falló la conexión con %1: %2.</translation>
    </message>
    <message>
        <source>The download server %1 sent no file.</source>
        <translation>El servidor de descarga %1 no envió ningún archivo.</translation>
    </message>
    <message>
        <source>The connection to %1 closed after %2 of %3 bytes.</source>
        <translation>La conexión con %1 se cerró tras %2 de %3 bytes.</translation>
    </message>
    <message>
        <source>The download link redirected more than %1 times; giving up.</source>
        <translation>El enlace de descarga redirigió más de %1 veces; se abandona.</translation>
    </message>
    <message>
        <source>The download link redirected to an address that is not allowed (%1); only http and https are followed, never from https to http.</source>
        <translation>El enlace de descarga redirigió a una dirección no permitida (%1); solo se siguen http y https, nunca de https a http.</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>sin esquema</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempts; the part already downloaded is kept, resume later.</source>
        <extracomment>%1 is what went wrong (a whole sentence)</extracomment>
        <translation>
            <numerusform>%1 Se abandonó tras %n intento; la parte ya descargada se conserva, reanude más tarde.</numerusform>
            <numerusform>%1 Se abandonó tras %n intentos; la parte ya descargada se conserva, reanude más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download server %1 keeps answering inconsistently (%2); giving up.</source>
        <translation>El servidor de descarga %1 sigue respondiendo de forma incoherente (%2); se abandona.</translation>
    </message>
    <message>
        <source>The download has %1 bytes instead of %2; it was discarded. Download the export again.</source>
        <translation>La descarga tiene %1 bytes en lugar de %2; se descartó. Vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 does not match its ETag</source>
        <translation>el SHA-256 del archivo no coincide con su ETag</translation>
    </message>
    <message>
        <source>the file&apos;s MD5 does not match its ETag</source>
        <translation>el MD5 del archivo no coincide con su ETag</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not replaced. The download is kept as %2.</source>
        <translation>Ya existe un archivo en %1; no se ha sustituido. La descarga se conserva como %2.</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2). Free some space there or choose another folder, then resume the download.</source>
        <translation>No se puede escribir la descarga en %1 (%2). Libere espacio ahí o elija otra carpeta y reanude la descarga.</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2). Free some space there, then resume the download.</source>
        <translation>No se puede escribir la descarga en %1 (%2). Libere espacio allí y luego reanude la descarga.</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2): the folder is read-only or you may not write there. Make it writable or choose another folder, then resume the download.</source>
        <translation>No se puede escribir la descarga en %1 (%2): la carpeta es de solo lectura o no tiene permiso para escribir en ella. Hágala escribible o elija otra carpeta y luego reanude la descarga.</translation>
    </message>
</context>
<context>
    <name>es::DownloadsModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (eliminado)</translation>
    </message>
    <message>
        <source>The file is no longer there: run the export again to get it back.</source>
        <translation>El archivo ya no está: vuelva a ejecutar la exportación para recuperarlo.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>es::DownloadsView</name>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Filter downloads</source>
        <translation>Filtrar descargas</translation>
    </message>
    <message>
        <source>Downloaded files</source>
        <translation>Archivos descargados</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a file</source>
        <translation>Doble clic o Intro para abrir un archivo</translation>
    </message>
    <message>
        <source>Finished exports appear here. Double-click a file to open it.</source>
        <translation>Las exportaciones terminadas aparecen aquí. Haga doble clic en un archivo para abrirlo.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation>Abrir la &amp;carpeta contenedora</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar ruta</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>&amp;Eliminar archivo…</translation>
    </message>
    <message>
        <source>&amp;Run the same export again</source>
        <translation>&amp;Repetir la misma exportación</translation>
    </message>
    <message>
        <source>Could not open the folder %1: no file manager answered. Open it yourself, the path is copied with Copy path.</source>
        <translation>No se pudo abrir la carpeta %1: ningún gestor de archivos respondió. Ábrala usted mismo; la ruta se copia con Copiar ruta.</translation>
    </message>
    <message>
        <source>%1 is no longer there. Run the export again to download it anew.</source>
        <translation>%1 ya no está. Vuelva a ejecutar la exportación para descargarlo de nuevo.</translation>
    </message>
    <message>
        <source>No application opened %1. Install a program for this file type, or use Open containing folder.</source>
        <translation>Ninguna aplicación abrió %1. Instale un programa para este tipo de archivo o use Abrir la carpeta contenedora.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Eliminar archivo</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>The file is moved to the trash when your desktop has one.</source>
        <translation>El archivo se mueve a la papelera si su escritorio tiene una.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Could not delete %1: %2. Check that the file is not open elsewhere and that you may write to its folder.</source>
        <translation>No se pudo eliminar %1: %2. Compruebe que el archivo no esté abierto en otro lugar y que pueda escribir en su carpeta.</translation>
    </message>
    <message>
        <source>Show only files whose name or export contains this text (Ctrl+F)</source>
        <translation>Mostrar solo archivos cuyo nombre o exportación contenga este texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter downloads…</source>
        <translation>&amp;Filtrar descargas…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show the file&apos;s rows in a table inside Export Studio</source>
        <translation>Mostrar las filas del archivo en una tabla dentro de Export Studio</translation>
    </message>
</context>
<context>
    <name>es::ExportJob</name>
    <message>
        <source>Export Studio stopped while it was asking HubSpot to start “%1”, so it cannot tell whether HubSpot started it. It was not sent again to avoid spending a second export: check the export log in HubSpot (Settings → Import &amp; Export → Exports) before you retry.</source>
        <translation>Export Studio se detuvo mientras pedía a HubSpot que iniciara «%1», así que no sabe si HubSpot la inició. No se volvió a enviar para no gastar una segunda exportación: consulte el registro de exportaciones en HubSpot (Configuración → Importar y exportar → Exportaciones) antes de reintentarlo.</translation>
    </message>
    <message>
        <source>Asking HubSpot for a fresh download link to resume the download</source>
        <translation>Pidiendo a HubSpot un enlace de descarga nuevo para reanudar la descarga</translation>
    </message>
    <message>
        <source>The downloaded file of “%1” is no longer in %2, so it cannot be unpacked. Retry to download it again.</source>
        <translation>El archivo descargado de «%1» ya no está en %2, así que no se puede descomprimir. Reintente para descargarlo de nuevo.</translation>
    </message>
    <message>
        <source>Export Studio could not save the job before starting it, so nothing was sent to HubSpot. Free some disk space or check the permissions of the state folder, then retry.</source>
        <translation>Export Studio no pudo guardar el trabajo antes de iniciarlo, así que no se envió nada a HubSpot. Libere espacio en disco o compruebe los permisos de la carpeta de estado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The account of this export is unknown or has no access token: add it in Accounts.</source>
        <translation>La cuenta de esta exportación es desconocida o no tiene token de acceso: añádala en Cuentas.</translation>
    </message>
    <message>
        <source>HubSpot accepted the export but sent no task id, so it cannot be followed. Look for “%1” in HubSpot&apos;s export log.</source>
        <translation>HubSpot aceptó la exportación pero no envió ningún ID de tarea, así que no se puede seguir. Busque «%1» en el registro de exportaciones de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot says the account&apos;s daily export limit is reached.</source>
        <translation>HubSpot indica que se alcanzó el límite diario de exportaciones de la cuenta.</translation>
    </message>
    <message>
        <source>HubSpot did not answer (%1); trying again</source>
        <translation>HubSpot no respondió (%1); reintentando</translation>
    </message>
    <message>
        <source>HubSpot says “%1” is complete but gives no download link. Try again later, or download it from HubSpot&apos;s export log.</source>
        <translation>HubSpot indica que «%1» está completa pero no da ningún enlace de descarga. Vuelva a intentarlo más tarde o descárguela desde el registro de exportaciones de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot answered with an unknown status “%1”; still checking</source>
        <translation>HubSpot respondió con un estado desconocido «%1»; se sigue comprobando</translation>
    </message>
    <message>
        <source>Waiting for approval: an administrator of the HubSpot account must approve this export before it runs (PENDING_APPROVAL).</source>
        <translation>Esperando aprobación: un administrador de la cuenta de HubSpot debe aprobar esta exportación antes de que se ejecute (PENDING_APPROVAL).</translation>
    </message>
    <message>
        <source>HubSpot reports the export “%1” as %2. Start it again; if it keeps failing, check the export log in HubSpot.</source>
        <translation>HubSpot informa de que la exportación «%1» está en estado %2. Iníciela de nuevo; si sigue fallando, consulte el registro de exportaciones en HubSpot.</translation>
    </message>
    <message>
        <source>Cannot create the download folder %1: check its permissions or choose another folder.</source>
        <translation>No se puede crear la carpeta de descargas %1: compruebe sus permisos o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The download link expired; asking HubSpot for a fresh one</source>
        <translation>El enlace de descarga caducó; pidiendo uno nuevo a HubSpot</translation>
    </message>
    <message>
        <source>HubSpot&apos;s download links for “%1” kept expiring before the download could finish. Retry: the part already downloaded is kept.</source>
        <translation>Los enlaces de descarga de HubSpot para «%1» caducaban una y otra vez antes de que terminara la descarga. Reinténtelo: la parte ya descargada se conserva.</translation>
    </message>
    <message>
        <source>Could not move the downloaded file into %1: %2</source>
        <translation>No se pudo mover el archivo descargado a %1: %2</translation>
    </message>
    <message>
        <source>Moving the file into place</source>
        <translation>Moviendo el archivo a su sitio</translation>
    </message>
    <message>
        <source>The file&apos;s content was not recognised as %1; it was saved as it came.</source>
        <translation>El contenido del archivo no se reconoció como %1; se guardó tal como llegó.</translation>
    </message>
    <message>
        <source>Canceled before it was sent to HubSpot: no export was spent.</source>
        <translation>Cancelada antes de enviarse a HubSpot: no se gastó ninguna exportación.</translation>
    </message>
    <message>
        <source>Canceled while the start request was on its way. HubSpot has no cancel endpoint; the export may still run there and counts against today&apos;s quota.</source>
        <translation>Cancelada mientras la solicitud de inicio estaba en camino. HubSpot no tiene un endpoint de cancelación; la exportación puede seguir ejecutándose allí y cuenta para la cuota de hoy.</translation>
    </message>
    <message>
        <source>Stopped here. HubSpot has no cancel endpoint; the export may still finish there and counts against today&apos;s quota.</source>
        <translation>Detenida aquí. HubSpot no tiene un endpoint de cancelación; la exportación puede terminar allí igualmente y cuenta para la cuota de hoy.</translation>
    </message>
    <message>
        <source>Stopped here; nothing was saved. The export finished at HubSpot and counts against today&apos;s quota.</source>
        <translation>Detenida aquí; no se guardó nada. La exportación terminó en HubSpot y cuenta para la cuota de hoy.</translation>
    </message>
    <message>
        <source>The request to start “%1” may have reached HubSpot, but its answer could not be read (%2). It was not sent again, to avoid spending a second export: check the export log in HubSpot (Settings → Import &amp; Export → Exports) before you retry.</source>
        <extracomment>%2 is what went wrong, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>Puede que la solicitud para iniciar «%1» llegara a HubSpot, pero no se pudo leer su respuesta (%2). No se volvió a enviar, para no gastar una segunda exportación: consulte el registro de exportaciones en HubSpot (Configuración → Importar y exportar → Exportaciones) antes de reintentarlo.</translation>
    </message>
    <message>
        <source>%1 The downloaded archive was kept as %2.</source>
        <extracomment>%1 says why unpacking failed (a whole sentence), %2 where the zip file is now</extracomment>
        <translation>%1 El archivo comprimido descargado se conservó como %2.</translation>
    </message>
    <message>
        <source>The downloaded archive could not be kept: %1</source>
        <translation>No se pudo conservar el archivo comprimido descargado: %1</translation>
    </message>
    <message>
        <source>Counting the records in the files</source>
        <translation>Contando los registros de los archivos</translation>
    </message>
</context>
<context>
    <name>es::ExportLauncher</name>
    <message>
        <source>That preset no longer exists.</source>
        <translation>Esa plantilla ya no existe.</translation>
    </message>
    <message>
        <source>Add an account (or try the sandbox) before running a preset.</source>
        <translation>Añada una cuenta (o pruebe el sandbox) antes de ejecutar una plantilla.</translation>
    </message>
    <message>
        <source>The preset “%1” cannot run: %2 Edit it to fix this.</source>
        <extracomment>%1 the preset&apos;s name, %2 what is wrong with it (whole sentences)</extracomment>
        <translation>La plantilla «%1» no se puede ejecutar: %2 Edítela para corregirlo.</translation>
    </message>
    <message>
        <source>The settings of this export are no longer known (it was removed from Transfers). Start it again with New export, or save exports you repeat as presets.</source>
        <translation>La configuración de esta exportación ya no se conoce (se quitó de Transferencias). Iníciela de nuevo con Nueva exportación o guarde como plantillas las exportaciones que repita.</translation>
    </message>
    <message>
        <source>The preset “%1” could not start: %2</source>
        <extracomment>%1 the preset&apos;s name, %2 why (a sentence)</extracomment>
        <translation>La plantilla «%1» no pudo iniciarse: %2</translation>
    </message>
</context>
<context>
    <name>es::ExportQueue</name>
    <message>
        <source>Another Export Studio process is running this job; waiting for it to finish</source>
        <translation>Otro proceso de Export Studio está ejecutando este trabajo; esperando a que termine</translation>
    </message>
    <message>
        <source>Waiting for another Export Studio process (the app or export-studio-cli) that is running an export for this account: HubSpot runs one at a time</source>
        <translation>Esperando a otro proceso de Export Studio (la aplicación o export-studio-cli) que está ejecutando una exportación para esta cuenta: HubSpot ejecuta una cada vez</translation>
    </message>
    <message>
        <source>Daily limit of %1 exports reached: next slot at %2</source>
        <translation>Límite diario de %1 exportaciones alcanzado: siguiente hueco a las %2</translation>
    </message>
    <message>
        <source>Waiting for “%1” to finish at HubSpot (one export at a time per account)</source>
        <translation>Esperando a que «%1» termine en HubSpot (una exportación cada vez por cuenta)</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) ahead in this account&apos;s queue</source>
        <translation>
            <numerusform>%n exportación por delante en la cola de esta cuenta</numerusform>
            <numerusform>%n exportaciones por delante en la cola de esta cuenta</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Esperando para iniciar</translation>
    </message>
    <message>
        <source>The account “%1” is unknown or has no access token: add it (or its token) in Accounts, then retry.</source>
        <translation>La cuenta «%1» es desconocida o no tiene token de acceso: añádala (o su token) en Cuentas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Canceled before it was sent to HubSpot: no export was spent.</source>
        <translation>Cancelada antes de enviarse a HubSpot: no se gastó ninguna exportación.</translation>
    </message>
    <message>
        <source>Continuing the same export at HubSpot (no new export is spent)</source>
        <translation>Continuando la misma exportación en HubSpot (no se gasta ninguna exportación nueva)</translation>
    </message>
</context>
<context>
    <name>es::ExportStatus</name>
    <message>
        <source>HubSpot canceled the export without giving a reason (an administrator may have canceled it in the export log). Start it again if you still need it.</source>
        <translation>HubSpot canceló la exportación sin dar motivo (puede que un administrador la cancelara en el registro de exportaciones). Iníciela de nuevo si aún la necesita.</translation>
    </message>
    <message>
        <source>HubSpot canceled the export: %1</source>
        <extracomment>%1: HubSpot&apos;s reasons, separated by semicolons</extracomment>
        <translation>HubSpot canceló la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s): %1</source>
        <extracomment>%1: HubSpot&apos;s error messages, separated by semicolons</extracomment>
        <translation>
            <numerusform>HubSpot informó de %n error: %1</numerusform>
            <numerusform>HubSpot informó de %n errores: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s) without details.</source>
        <translation>
            <numerusform>HubSpot informó de %n error sin detalles.</numerusform>
            <numerusform>HubSpot informó de %n errores sin detalles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ExportWizard</name>
    <message>
        <source>New export</source>
        <translation>Nueva exportación</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Iniciar exportación</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>? &amp;Help</source>
        <translation>? &amp;Ayuda</translation>
    </message>
</context>
<context>
    <name>es::FileNaming</name>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>No se puede mover %1 a %2: %3</translation>
    </message>
    <message>
        <source>The folder %1 already holds 10000 files named like %2: choose another folder.</source>
        <translation>La carpeta %1 ya contiene 10000 archivos con nombres como %2: elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>es::FileSniffer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 starts like a zip archive but its directory cannot be read (error %2): the download may be damaged.</source>
        <translation>%1 empieza como un archivo zip, pero su directorio no se puede leer (error %2): puede que la descarga esté dañada.</translation>
    </message>
    <message>
        <source>zip archive</source>
        <extracomment>What a downloaded file turned out to be</extracomment>
        <translation>archivo zip</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>libro XLSX</translation>
    </message>
    <message>
        <source>XLS workbook</source>
        <translation>libro XLS</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>texto CSV</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>datos desconocidos</translation>
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
        <translation>Registros</translation>
    </message>
    <message>
        <source>No particular order</source>
        <translation>Sin orden concreto</translation>
    </message>
    <message>
        <source>Sort by property</source>
        <translation>Ordenar por propiedad</translation>
    </message>
    <message>
        <source>Sort direction</source>
        <translation>Sentido de orden</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Optional: text HubSpot searches for in the default fields</source>
        <translation>Opcional: texto que HubSpot busca en los campos predeterminados</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>Search &amp;text:</source>
        <translation>&amp;Texto de búsqueda:</translation>
    </message>
    <message>
        <source>Summary of the filter</source>
        <translation>Resumen del filtro</translation>
    </message>
    <message>
        <source>— or —</source>
        <translation>— o —</translation>
    </message>
    <message>
        <source>No filters: every record of %1 is exported. Add a filter to narrow it down.</source>
        <translation>Sin filtros: se exportan todos los registros de %1. Añada un filtro para acotarlos.</translation>
    </message>
    <message>
        <source>&amp;Add a filter</source>
        <translation>&amp;Añadir un filtro</translation>
    </message>
    <message>
        <source>&amp;Or…</source>
        <translation>&amp;O…</translation>
    </message>
    <message>
        <source>Add a filter</source>
        <translation>Añadir un filtro</translation>
    </message>
    <message>
        <source>Add an alternative group</source>
        <translation>Añadir un grupo alternativo</translation>
    </message>
    <message>
        <source>Export only the records that match conditions</source>
        <translation>Exportar solo los registros que cumplan condiciones</translation>
    </message>
    <message>
        <source>%1 of %2 groups — the most an export may have</source>
        <translation>%1 de %2 grupos: el máximo por exportación</translation>
    </message>
    <message>
        <source>An export takes at most %1 alternative groups. Add conditions to an existing group with “And…”, or remove a group first.</source>
        <translation>Una exportación admite como máximo %1 grupos alternativos. Añada condiciones a un grupo existente con «Y…» o quite antes un grupo.</translation>
    </message>
    <message>
        <source>%1 of %2 groups</source>
        <translation>%1 de %2 grupos</translation>
    </message>
    <message>
        <source>Add a group of conditions; a record matches if it matches any one group</source>
        <translation>Añadir un grupo de condiciones; un registro coincide si coincide con cualquiera de los grupos</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around the description of the filters, in your language&apos;s style</extracomment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>es::FilterGroupBox</name>
    <message>
        <source>&amp;And…</source>
        <translation>&amp;Y…</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Quitar grupo</translation>
    </message>
    <message>
        <source>Add a condition that must also be true</source>
        <translation>Añadir una condición que también deba cumplirse</translation>
    </message>
    <message>
        <source>Group %1 — all of these</source>
        <translation>Grupo %1: todas estas</translation>
    </message>
    <message>
        <source>Filter group %1</source>
        <translation>Grupo de filtros %1</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>Quitar el grupo %1</translation>
    </message>
    <message>
        <source>Add a filter to group %1</source>
        <translation>Añadir un filtro al grupo %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A problem with this group of conditions: the warning sign, then the problem in words</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 of %2 filters — the most a group may have</source>
        <translation>%1 de %2 filtros: el máximo por grupo</translation>
    </message>
    <message>
        <source>A group holds at most %1 filters. Add another group with “Or…” for more conditions.</source>
        <translation>Un grupo admite como máximo %1 filtros. Añada otro grupo con «O…» para más condiciones.</translation>
    </message>
    <message>
        <source>%1 of %2 filters</source>
        <translation>%1 de %2 filtros</translation>
    </message>
    <message>
        <source>Records matching group %1</source>
        <translation>Registros que coinciden con el grupo %1</translation>
    </message>
</context>
<context>
    <name>es::FilterRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A problem with this condition: the warning sign, then the problem in words</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Group %1, filter %2</source>
        <translation>Grupo %1, filtro %2</translation>
    </message>
    <message>
        <source>%1, property</source>
        <translation>%1, propiedad</translation>
    </message>
    <message>
        <source>%1, condition</source>
        <translation>%1, condición</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>unsupported: %1</source>
        <translation>no admitido: %1</translation>
    </message>
    <message>
        <source>%1 (unusual for this property)</source>
        <translation>%1 (poco habitual para esta propiedad)</translation>
    </message>
</context>
<context>
    <name>es::FilterValueEditor</name>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Valores separados por comas</translation>
    </message>
    <message>
        <source>%1, from</source>
        <extracomment>Screen reader name of the lower bound of a range: %1 the condition (&quot;Create date is between&quot;)</extracomment>
        <translation>%1, desde</translation>
    </message>
    <message>
        <source>%1, value</source>
        <extracomment>Screen reader name of a condition&apos;s value box: %1 the condition (&quot;Email contains&quot;)</extracomment>
        <translation>%1, valor</translation>
    </message>
    <message>
        <source>%1, to</source>
        <extracomment>Screen reader name of the upper bound of a range: %1 the condition (&quot;Create date is between&quot;)</extracomment>
        <translation>%1, hasta</translation>
    </message>
    <message>
        <source>%1, values</source>
        <extracomment>Screen reader name of the values of a condition with several values: %1 the condition (&quot;Lifecycle stage is any of&quot;)</extracomment>
        <translation>%1, valores</translation>
    </message>
</context>
<context>
    <name>es::FilterValues</name>
    <message>
        <source>Yes</source>
        <extracomment>The value &quot;true&quot; of a yes/no property in a filter</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>The value &quot;false&quot; of a yes/no property in a filter</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>es::FiltersPage</name>
    <message>
        <source>Which records?</source>
        <translation>¿Qué registros?</translation>
    </message>
    <message>
        <source>Could not load the properties of %1: %2</source>
        <translation>No se pudieron cargar las propiedades de %1: %2</translation>
    </message>
    <message>
        <source>Step 2 of 5 · %1, filtered. A record is exported when it matches any group; inside a group every condition must hold.</source>
        <translation>Paso 2 de 5 · %1, filtrados. Se exporta un registro si coincide con algún grupo; dentro de un grupo deben cumplirse todas las condiciones.</translation>
    </message>
    <message>
        <source>No account is connected, so the properties cannot be loaded.</source>
        <translation>No hay ninguna cuenta conectada, así que no se pueden cargar las propiedades.</translation>
    </message>
    <message>
        <source>Loading the properties of %1…</source>
        <translation>Cargando las propiedades de %1…</translation>
    </message>
</context>
<context>
    <name>es::HeaderMap</name>
    <message>
        <source>%1 has %2 columns where the preset asks for %3, so its columns cannot be matched to properties. Was the file edited, or the preset changed after the export?</source>
        <translation>%1 tiene %2 columnas y el ajuste predefinido pide %3, así que sus columnas no se pueden asignar a propiedades. ¿Se editó el archivo o se cambió el ajuste después de la exportación?</translation>
    </message>
    <message>
        <source>%1 has the column “%2” twice (column %3), so its columns cannot be matched to properties.</source>
        <translation>%1 tiene la columna «%2» dos veces (columna %3), así que sus columnas no se pueden asignar a propiedades.</translation>
    </message>
</context>
<context>
    <name>es::HelpTopics</name>
    <message>
        <source>Your first export</source>
        <translation>Su primera exportación</translation>
    </message>
    <message>
        <source>Filters: which records</source>
        <translation>Filtros: qué registros</translation>
    </message>
    <message>
        <source>Presets: run it again</source>
        <translation>Plantillas: volver a ejecutar</translation>
    </message>
    <message>
        <source>Exporting a list</source>
        <translation>Exportar una lista</translation>
    </message>
    <message>
        <source>Limits and the daily quota</source>
        <translation>Límites y cuota diaria</translation>
    </message>
    <message>
        <source>Where the files go</source>
        <translation>Dónde van los archivos</translation>
    </message>
    <message>
        <source>When something goes wrong</source>
        <translation>Cuando algo sale mal</translation>
    </message>
</context>
<context>
    <name>es::HelpWindow</name>
    <message>
        <source>Export Studio guide</source>
        <translation>Guía de Export Studio</translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation>Temas de la guía</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
</context>
<context>
    <name>es::History</name>
    <message>
        <source>The history file %1 is damaged (%2); the list starts empty. Your exported files are untouched.</source>
        <translation>El archivo de historial %1 está dañado (%2); la lista empieza vacía. Sus archivos exportados no se han tocado.</translation>
    </message>
    <message>
        <source>Cannot save the export history %1: %2. %3</source>
        <translation>No se puede guardar el historial de exportaciones %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>es::HistoryDialog</name>
    <message>
        <source>Run %1 – %2</source>
        <translation>Ejecución %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Export diff as CSV…</source>
        <translation>&amp;Exportar diferencias como CSV…</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>Historial – %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of run</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiados</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>full</source>
        <comment>run kind</comment>
        <translation>completa</translation>
    </message>
    <message>
        <source>incremental</source>
        <comment>run kind</comment>
        <translation>incremental</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Compare &amp;run</source>
        <translation>Comparar &amp;ejecución</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <comment>compare run A with run B</comment>
        <translation>&amp;con</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>This preset has no runs in its history yet.</source>
        <translation>Esta plantilla aún no tiene ejecuciones en su historial.</translation>
    </message>
    <message>
        <source>One run so far: run the preset again to see what changed.</source>
        <translation>Una ejecución hasta ahora: ejecute la plantilla otra vez para ver qué cambió.</translation>
    </message>
    <message>
        <source>Run %1 → run %2: %3 added, %4 changed, %5 removed</source>
        <translation>Ejecución %1 → ejecución %2: %3 añadidos, %4 cambiados, %5 eliminados</translation>
    </message>
    <message>
        <source>Export diff as CSV</source>
        <translation>Exportar diferencias como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comparing run %1 with run %2…</source>
        <translation>Comparando la ejecución %1 con la ejecución %2…</translation>
    </message>
    <message>
        <source>&amp;Preview table…</source>
        <translation>&amp;Vista previa de la tabla…</translation>
    </message>
    <message>
        <source>Shows the preset&apos;s table as it was after the selected run</source>
        <translation>Muestra la tabla del preajuste tal como quedó tras la ejecución seleccionada</translation>
    </message>
</context>
<context>
    <name>es::HubSpotClient</name>
    <message>
        <source>%1 answered HTTP %2 without HubSpot&apos;s error format, so it is probably not the HubSpot API: the token was not checked. Check the API address (HubSpot&apos;s is https://api.hubapi.com) and any proxy in between.</source>
        <translation>%1 respondió HTTP %2 sin el formato de error de HubSpot, así que probablemente no es la API de HubSpot: el token no se comprobó. Compruebe la dirección de la API (la de HubSpot es https://api.hubapi.com) y cualquier proxy intermedio.</translation>
    </message>
    <message>
        <source>the API address &quot;%1&quot; is not a valid URL; use https://api.hubapi.com</source>
        <translation>la dirección de la API «%1» no es una URL válida; use https://api.hubapi.com</translation>
    </message>
    <message>
        <source>the API address %1 uses plain http, which would expose the token on the network; use https (plain http is allowed only for this computer: 127.0.0.1, ::1, localhost)</source>
        <translation>la dirección de la API %1 usa http sin cifrar, lo que expondría el token en la red; use https (http sin cifrar solo se permite para este equipo: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>the API address %1 is neither https nor http</source>
        <translation>la dirección de la API %1 no es ni https ni http</translation>
    </message>
    <message>
        <source>the network manager is gone (shutting down)</source>
        <translation>el gestor de red ya no existe (cerrando)</translation>
    </message>
    <message>
        <source>The id is missing</source>
        <translation>Falta el ID</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>la respuesta ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <comment>what HubSpot answered</comment>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <source>redirect to %1 not followed</source>
        <translation>no se siguió la redirección a %1</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>otra ruta</translation>
    </message>
    <message>
        <source>start export</source>
        <extracomment>Names the call in &quot;The request (%1) could not reach HubSpot&quot;; the ones below too</extracomment>
        <translation>iniciar exportación</translation>
    </message>
    <message>
        <source>the answer carries no task id</source>
        <translation>la respuesta no incluye ningún ID de tarea</translation>
    </message>
    <message>
        <source>export status of task %1</source>
        <translation>estado de exportación de la tarea %1</translation>
    </message>
    <message>
        <source>the status answer has no &quot;status&quot;</source>
        <translation>la respuesta de estado no tiene &quot;status&quot;</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>exportación %1</translation>
    </message>
    <message>
        <source>properties of %1</source>
        <translation>propiedades de %1</translation>
    </message>
    <message>
        <source>property groups of %1</source>
        <translation>grupos de propiedades de %1</translation>
    </message>
    <message>
        <source>list search</source>
        <translation>búsqueda de listas</translation>
    </message>
    <message>
        <source>the list search did not end after %1 pages</source>
        <translation>la búsqueda de listas no terminó tras %1 páginas</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>lista %1</translation>
    </message>
    <message>
        <source>the answer describes no list</source>
        <translation>la respuesta no describe ninguna lista</translation>
    </message>
    <message>
        <source>list id of legacy list %1</source>
        <translation>ID de la lista heredada %1</translation>
    </message>
    <message>
        <source>the answer has no listId</source>
        <translation>la respuesta no tiene listId</translation>
    </message>
    <message>
        <source>custom object schemas</source>
        <translation>esquemas de objetos personalizados</translation>
    </message>
    <message>
        <source>the owners paging does not advance</source>
        <translation>la paginación de propietarios no avanza</translation>
    </message>
    <message>
        <source>pipelines of %1</source>
        <translation>pipelines de %1</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>prueba de conexión</translation>
    </message>
    <message>
        <source>Connected: HubSpot accepted the token and it may export.</source>
        <translation>Conectado: HubSpot aceptó el token y puede exportar.</translation>
    </message>
    <message>
        <source>HubSpot accepted the token, but it cannot export. %1</source>
        <extracomment>%1 says which scope is missing and how to add it</extracomment>
        <translation>HubSpot aceptó el token, pero no puede exportar. %1</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of the answer</source>
        <translation>la conexión se cerró tras %1 de %2 bytes de la respuesta</translation>
    </message>
    <message>
        <source>search of %1</source>
        <translation>búsqueda de %1</translation>
    </message>
    <message>
        <source>the search answer has no &quot;total&quot;</source>
        <translation>la respuesta de la búsqueda no trae «total»</translation>
    </message>
    <message>
        <source>record count</source>
        <translation>recuento de registros</translation>
    </message>
    <message>
        <source>the list answer does not give the list&apos;s size</source>
        <translation>la respuesta de la lista no indica su tamaño</translation>
    </message>
</context>
<context>
    <name>es::InstanceGuard</name>
    <message>
        <source>Cannot create the folder %1, so a second start cannot be passed to this window.</source>
        <translation>No se puede crear la carpeta %1, así que un segundo inicio no se puede pasar a esta ventana.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1, so a second start cannot be passed to this window.</source>
        <translation>No se puede crear el archivo de bloqueo %1, así que un segundo inicio no se puede pasar a esta ventana.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (%2), so a second start cannot be passed to this window.</source>
        <translation>No se puede escuchar en %1 (%2), así que un segundo inicio no se puede pasar a esta ventana.</translation>
    </message>
    <message>
        <source>There is no other running instance to pass this start to.</source>
        <translation>No hay ninguna otra instancia en ejecución a la que pasar este inicio.</translation>
    </message>
    <message>
        <source>The arguments are too long to pass to the running instance.</source>
        <translation>Los argumentos son demasiado largos para pasarlos a la instancia en ejecución.</translation>
    </message>
    <message>
        <source>Export Studio is already running but does not answer. Close it (or end it if it hangs) and start again.</source>
        <translation>Export Studio ya se está ejecutando pero no responde. Ciérrelo (o fuerce su cierre si está bloqueado) y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>The running instance was activated.</source>
        <translation>Se activó la instancia en ejecución.</translation>
    </message>
</context>
<context>
    <name>es::IssueText</name>
    <message>
        <source>Choose the property to filter on, or remove this filter.</source>
        <translation>Elija la propiedad por la que filtrar o quite este filtro.</translation>
    </message>
    <message>
        <source>%1: this condition is not one Export Studio knows. Choose another condition.</source>
        <translation>%1: Export Studio no conoce esta condición. Elija otra condición.</translation>
    </message>
    <message>
        <source>%1 %2: choose a value.</source>
        <translation>%1 %2: elija un valor.</translation>
    </message>
    <message>
        <source>%1 %2: enter a value.</source>
        <translation>%1 %2: introduzca un valor.</translation>
    </message>
    <message>
        <source>%1 %2: enter the smallest value to include.</source>
        <translation>%1 %2: introduzca el valor más pequeño que se incluye.</translation>
    </message>
    <message>
        <source>%1 %2: enter the largest value to include.</source>
        <translation>%1 %2: introduzca el valor más grande que se incluye.</translation>
    </message>
    <message>
        <source>%1 %2: the first date is after the second, so nothing can match. Swap them.</source>
        <translation>%1 %2: la primera fecha es posterior a la segunda, así que nada coincide. Intercámbielas.</translation>
    </message>
    <message>
        <source>%1 %2: the first value is greater than the second, so nothing can match. Swap them.</source>
        <translation>%1 %2: el primer valor es mayor que el segundo, así que nada coincide. Intercámbielos.</translation>
    </message>
    <message>
        <source>%1 %2: choose at least one value.</source>
        <translation>%1 %2: elija al menos un valor.</translation>
    </message>
    <message>
        <source>%1 %2: enter at least one value; separate values with commas.</source>
        <translation>%1 %2: introduzca al menos un valor; separe los valores con comas.</translation>
    </message>
    <message>
        <source>%1 %2: value %3 of the list is empty. Remove the extra comma.</source>
        <translation>%1 %2: el valor %3 de la lista está vacío. Quite la coma de más.</translation>
    </message>
    <message>
        <source>%1 %2 takes no value; the value is ignored.</source>
        <translation>%1 %2 no lleva valor; el valor se ignora.</translation>
    </message>
</context>
<context>
    <name>es::JobNotifier</name>
    <message>
        <source>Picked up 1 export from last time where it left off.</source>
        <translation>Se retomó 1 exportación de la última vez donde se quedó.</translation>
    </message>
    <message>
        <source>Picked up %1 exports from last time where they left off.</source>
        <translation>Se retomaron %1 exportaciones de la última vez donde se quedaron.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <extracomment>%1 the file&apos;s name, %2 its size (&quot;12.4 MB&quot;)</extracomment>
        <translation>Se guardó %1 (%2).</translation>
    </message>
    <message>
        <source>Saved %1 files.</source>
        <translation>Se guardaron %1 archivos.</translation>
    </message>
    <message>
        <source>Export “%1” finished</source>
        <translation>Exportación «%1» terminada</translation>
    </message>
    <message>
        <source>See Transfers for details.</source>
        <translation>Consulte Transferencias para ver los detalles.</translation>
    </message>
    <message>
        <source>Export “%1” failed</source>
        <translation>Falló la exportación «%1»</translation>
    </message>
    <message>
        <source>Open &amp;Accounts…</source>
        <translation>Abrir &amp;cuentas…</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir la &amp;configuración…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Export “%1” failed: %2</source>
        <extracomment>%1 the export&apos;s name, %2 why it failed</extracomment>
        <translation>Falló la exportación «%1»: %2</translation>
    </message>
    <message>
        <source>Exports continue next time</source>
        <translation>Las exportaciones continuarán la próxima vez</translation>
    </message>
    <message>
        <source>Export Studio closed with unfinished exports. They carry on where they left off when you start it again.</source>
        <translation>Export Studio se cerró con exportaciones sin terminar. Continuarán donde se quedaron cuando vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>Export “%1” finished. %2</source>
        <extracomment>%1 the export&apos;s name, %2 what was saved (&quot;Saved contacts.csv (12.4 MB).&quot;)</extracomment>
        <translation>Exportación «%1» terminada. %2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>es::JobStore</name>
    <message>
        <source>Refusing to save a job with the id “%1”.</source>
        <translation>No se guarda un trabajo con el ID «%1».</translation>
    </message>
    <message>
        <source>Cannot create the jobs folder %1: check its permissions.</source>
        <translation>No se puede crear la carpeta de trabajos %1: compruebe sus permisos.</translation>
    </message>
    <message>
        <source>Cannot save job %1 in %2: %3. %4</source>
        <translation>No se puede guardar el trabajo %1 en %2: %3. %4</translation>
    </message>
    <message>
        <source>The job file %1 is damaged and was set aside.</source>
        <translation>El archivo de trabajo %1 está dañado y se apartó.</translation>
    </message>
</context>
<context>
    <name>es::KeychainTokenVault</name>
    <message>
        <source>The system keychain cannot be used (%1). Export Studio keeps the token in memory for this run only, so you will have to enter it again next time. To keep it safely, install and unlock a keychain (GNOME Keyring with libsecret, or KWallet), then restart Export Studio.</source>
        <translation>No se puede usar el llavero del sistema (%1). Export Studio conserva el token en memoria solo durante esta ejecución, así que tendrá que volver a introducirlo la próxima vez. Para guardarlo de forma segura, instale y desbloquee un llavero (GNOME Keyring con libsecret, o KWallet) y reinicie Export Studio.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <comment>why the keychain cannot be used</comment>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>%1 A token saved there earlier stays until you remove the &quot;%2&quot; entry in your keychain manager.</source>
        <extracomment>%1 is the sentence that says why the keychain cannot be used</extracomment>
        <translation>%1 Un token guardado allí antes permanece hasta que elimine la entrada «%2» en su gestor de llaveros.</translation>
    </message>
    <message>
        <source>No token is stored for this account. Enter it in the account settings.</source>
        <translation>No hay ningún token guardado para esta cuenta. Introdúzcalo en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The keychain&apos;s request was declined, so Export Studio keeps the token in memory for this run only. To keep it, save the account again and accept the keychain&apos;s prompt (if it asks for a password for a new keyring, choose one: that creates the keyring).</source>
        <translation>Se rechazó la solicitud del llavero, así que Export Studio conserva el token en memoria solo durante esta ejecución. Para conservarlo, vuelva a guardar la cuenta y acepte la solicitud del llavero (si pide una contraseña para un llavero nuevo, elija una: así se crea el llavero).</translation>
    </message>
    <message>
        <source>The keychain refused to store the token: it is locked, or its prompt was declined (%1). Export Studio keeps the token in memory for this run only. To keep it, unlock the keychain (GNOME: Passwords and Keys; KDE: KWallet Manager) or accept its prompt, then save the account again.</source>
        <translation>El llavero se negó a guardar el token: está bloqueado o se rechazó su solicitud (%1). Export Studio conserva el token en memoria solo durante esta ejecución. Para conservarlo, desbloquee el llavero (GNOME: Contraseñas y claves; KDE: gestor de KWallet) o acepte su solicitud y vuelva a guardar la cuenta.</translation>
    </message>
    <message>
        <source>access denied</source>
        <comment>why the keychain cannot be used</comment>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may still be showing a prompt, or it is not running. Export Studio keeps the token in memory for this run only. If a keychain prompt is open, answer it; otherwise install and unlock a keychain (GNOME Keyring with libsecret, or KWallet) and restart Export Studio.</source>
        <translation>El llavero no respondió en %1 s: puede que aún muestre una solicitud o que no esté en ejecución. Export Studio conserva el token en memoria solo durante esta ejecución. Si hay una solicitud del llavero abierta, respóndala; si no, instale y desbloquee un llavero (GNOME Keyring con libsecret, o KWallet) y reinicie Export Studio.</translation>
    </message>
</context>
<context>
    <name>es::ListInfoModel</name>
    <message>
        <source>Static</source>
        <translation>Estática</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>List id %1</source>
        <translation>ID de lista %1</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>The size of a list HubSpot does not report (a dash meaning &quot;unknown&quot;)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
</context>
<context>
    <name>es::ListPage</name>
    <message>
        <source>Which list?</source>
        <translation>¿Qué lista?</translation>
    </message>
    <message>
        <source>Step 2 of 5 · The %1 in the list you choose are exported.</source>
        <translation>Paso 2 de 5 · Exporta %1 de la lista que elija.</translation>
    </message>
</context>
<context>
    <name>es::ListPicker</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search lists by name or id</source>
        <translation>Buscar listas por nombre o ID</translation>
    </message>
    <message>
        <source>Search lists</source>
        <translation>Buscar listas</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>e.g. 123</source>
        <translation>p. ej., 123</translation>
    </message>
    <message>
        <source>Legacy list id</source>
        <translation>ID de lista heredado</translation>
    </message>
    <message>
        <source>Lists made before 2023 may have an old id in their link; HubSpot translates it to the list&apos;s current id.</source>
        <translation>Las listas creadas antes de 2023 pueden tener un ID antiguo en su enlace; HubSpot lo traduce al ID actual de la lista.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Or enter a le&amp;gacy list id:</source>
        <translation>O introduzca un ID &amp;heredado:</translation>
    </message>
    <message>
        <source>Could not load the lists: %1</source>
        <translation>No se pudieron cargar las listas: %1</translation>
    </message>
    <message>
        <source>No account is connected. Choose an account on the first page.</source>
        <translation>No hay ninguna cuenta conectada. Elija una cuenta en la primera página.</translation>
    </message>
    <message>
        <source>Loading lists…</source>
        <translation>Cargando listas…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A problem with the list: the warning sign, then the problem in words</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No account is connected, so the id cannot be looked up.</source>
        <translation>No hay ninguna cuenta conectada, así que no se puede consultar el ID.</translation>
    </message>
    <message>
        <source>Looking up legacy list %1…</source>
        <translation>Consultando la lista heredada %1…</translation>
    </message>
    <message>
        <source>Legacy id %1 is list %2 today.</source>
        <translation>El ID heredado %1 es hoy la lista %2.</translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>Aún no ha elegido ninguna lista.</translation>
    </message>
    <message>
        <source>Chosen: list %1</source>
        <translation>Elegida: lista %1</translation>
    </message>
    <message>
        <source>Chosen: “%1” (list %2)</source>
        <translation>Elegida: «%1» (lista %2)</translation>
    </message>
    <message>
        <source>“%1” is not a legacy list id: those are digits only, like the 123 in an old link ending in /lists/123. Check what you typed.</source>
        <translation>«%1» no es un id de lista antiguo: esos solo tienen dígitos, como el 123 de un enlace antiguo que termina en /lists/123. Revise lo que escribió.</translation>
    </message>
    <message>
        <source>HubSpot knows no list with the legacy id %1. Check the number in the list&apos;s old link.</source>
        <translation>HubSpot no conoce ninguna lista con el id antiguo %1. Revise el número en el enlace antiguo de la lista.</translation>
    </message>
    <message>
        <source>Could not look up the id: %1</source>
        <translation>No se pudo consultar el id: %1</translation>
    </message>
    <message>
        <source>⚠ This list has no records right now, so the file would be empty. Pick another list, or go on if members will be added first.</source>
        <translation>⚠ Esta lista no tiene registros ahora mismo, así que el archivo estaría vacío. Elija otra lista, o continúe si antes se añadirán miembros.</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <source>&amp;New export…</source>
        <translation>&amp;Nueva exportación…</translation>
    </message>
    <message>
        <source>Choose what to export, step by step (Ctrl+N)</source>
        <translation>Elegir paso a paso qué exportar (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Run preset</source>
        <translation>&amp;Ejecutar plantilla</translation>
    </message>
    <message>
        <source>Run the preset selected on the left on the current account (Ctrl+Shift+R)</source>
        <translation>Ejecutar la plantilla seleccionada a la izquierda en la cuenta actual (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>Add accounts, change tokens, test connections</source>
        <translation>Añadir cuentas, cambiar tokens, probar conexiones</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Use the built-in &amp;sandbox</source>
        <translation>Usar el &amp;sandbox integrado</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>&amp;Importar plantillas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Export Studio</source>
        <translation>&amp;Acerca de Export Studio</translation>
    </message>
    <message>
        <source>About Export Studio</source>
        <translation>Acerca de Export Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export Studio %1&lt;/b&gt;&lt;br&gt;Exports HubSpot CRM records through HubSpot&apos;s CRM Exports API.</source>
        <translation>&lt;b&gt;Export Studio %1&lt;/b&gt;&lt;br&gt;Exporta registros del CRM de HubSpot mediante la API CRM Exports de HubSpot.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Cuenta actual</translation>
    </message>
    <message>
        <source>SANDBOX · test data</source>
        <translation>SANDBOX · datos de prueba</translation>
    </message>
    <message>
        <source>You are working on the built-in sandbox: made-up records on this computer, not a real HubSpot portal.</source>
        <translation>Está trabajando en el sandbox integrado: registros inventados en este equipo, no un portal real de HubSpot.</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Modo sandbox</translation>
    </message>
    <message>
        <source>Exports left today</source>
        <translation>Exportaciones restantes hoy</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 of %2 exports left today</source>
        <extracomment>The daily quota in the toolbar: %1 exports left of %2 per 24 hours</extracomment>
        <translation>Quedan %1 de %2 exportaciones hoy</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <extracomment>Appended to the quota: %1 when the next export slot frees up (a date or time)</extracomment>
        <translation> · próximo hueco %1</translation>
    </message>
    <message>
        <source>HubSpot allows %1 exports per account in any 24 hours. Exports beyond that wait in the queue until a slot frees up.</source>
        <translation>HubSpot permite %1 exportaciones por cuenta cada 24 horas. Las que superen ese número esperan en la cola hasta que quede un hueco libre.</translation>
    </message>
    <message>
        <source>Export Studio — Sandbox</source>
        <translation>Export Studio — Sandbox</translation>
    </message>
    <message>
        <source>Export Studio — %1</source>
        <extracomment>The window title: %1 the current HubSpot account&apos;s name</extracomment>
        <translation>Export Studio — %1</translation>
    </message>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>Open &amp;downloads folder</source>
        <translation>Abrir la carpeta de &amp;descargas</translation>
    </message>
    <message>
        <source>Show the folder exports are saved to in the file manager</source>
        <translation>Mostrar en el gestor de archivos la carpeta donde se guardan las exportaciones</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>The next slot frees up at %1.</source>
        <translation>El siguiente hueco queda libre a las %1.</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>T&amp;ransferencias</translation>
    </message>
    <message>
        <source>Export Studio &amp;guide</source>
        <translation>&amp;Guía de Export Studio</translation>
    </message>
    <message>
        <source>A short guide: first export, filters, presets, lists, limits, where files go, troubleshooting</source>
        <translation>Una guía breve: primera exportación, filtros, plantillas, listas, límites, dónde van los archivos, solución de problemas</translation>
    </message>
    <message>
        <source>The token of this account failed: %1</source>
        <extracomment>Tooltip of an account in the switcher: %1 why its token failed</extracomment>
        <translation>El token de esta cuenta falló: %1</translation>
    </message>
    <message>
        <source>%1, token failed</source>
        <extracomment>Read by screen readers after the account&apos;s name</extracomment>
        <translation>%1, token fallido</translation>
    </message>
    <message>
        <source>Save property &amp;definitions…</source>
        <translation>Guardar &amp;definiciones de propiedades…</translation>
    </message>
    <message>
        <source>Save an object&apos;s property definitions as a CSV or Excel file (no export is spent)</source>
        <translation>Guardar las definiciones de propiedades de un objeto como archivo CSV o Excel (no se gasta ninguna exportación)</translation>
    </message>
</context>
<context>
    <name>es::MainWindowController</name>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>Se eliminó la plantilla «%1».</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Select a preset on the left first, then run it (or double-click it).</source>
        <translation>Seleccione primero una plantilla a la izquierda y luego ejecútela (o haga doble clic en ella).</translation>
    </message>
    <message>
        <source>No file manager opened %1. Open the folder yourself.</source>
        <translation>Ningún gestor de archivos abrió %1. Abra la carpeta usted mismo.</translation>
    </message>
    <message>
        <source>no token is stored for it; add it in Accounts</source>
        <translation>no hay ningún token guardado; añádalo en Cuentas</translation>
    </message>
</context>
<context>
    <name>es::MemoryTokenVault</name>
    <message>
        <source>No token is stored for this account. Enter it in the account settings.</source>
        <translation>No hay ningún token guardado para esta cuenta. Introdúzcalo en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The token is kept in memory until Export Studio quits.</source>
        <translation>El token se conserva en memoria hasta que salga de Export Studio.</translation>
    </message>
</context>
<context>
    <name>es::MetadataCache</name>
    <message>
        <source>no HubSpot account is selected</source>
        <translation>no hay ninguna cuenta de HubSpot seleccionada</translation>
    </message>
</context>
<context>
    <name>es::NetworkSetup</name>
    <message>
        <source>The manual proxy needs a host and a port. Enter both in the network settings, or choose the system proxy.</source>
        <translation>El proxy manual necesita un host y un puerto. Introduzca ambos en la configuración de red o elija el proxy del sistema.</translation>
    </message>
    <message>
        <source>The proxy password cannot be read here: the proxy is used without it.</source>
        <translation>Aquí no se puede leer la contraseña del proxy: el proxy se usa sin ella.</translation>
    </message>
    <message>
        <source>No password is saved for the proxy user &quot;%1&quot;. Enter it in the network settings.</source>
        <translation>No hay ninguna contraseña guardada para el usuario del proxy «%1». Introdúzcala en la configuración de red.</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>No se pudo leer la contraseña del proxy: %1</translation>
    </message>
    <message>
        <source>There is no keychain to keep it in.</source>
        <translation>No hay ningún llavero donde guardarla.</translation>
    </message>
</context>
<context>
    <name>es::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Close this note (Esc)</source>
        <translation>Cerrar este aviso (Esc)</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Cerrar aviso</translation>
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
        <translation>%1: un objeto personalizado de este portal. Una fila por registro, con las propiedades que define su esquema.</translation>
    </message>
    <message>
        <source>The people in your CRM: one row per contact, with email, name, lifecycle stage and any other contact property.</source>
        <translation>Las personas de su CRM: una fila por contacto, con correo electrónico, nombre, etapa del ciclo de vida y cualquier otra propiedad del contacto.</translation>
    </message>
    <message>
        <source>The organisations your contacts work for: one row per company, with domain, industry, size and owner.</source>
        <translation>Las organizaciones para las que trabajan sus contactos: una fila por empresa, con dominio, sector, tamaño y propietario.</translation>
    </message>
    <message>
        <source>Sales opportunities: one row per deal, with amount, stage, pipeline and close date.</source>
        <translation>Oportunidades de venta: una fila por negocio, con importe, etapa, pipeline y fecha de cierre.</translation>
    </message>
    <message>
        <source>Support requests: one row per ticket, with status, priority, pipeline and owner.</source>
        <translation>Solicitudes de soporte: una fila por ticket, con estado, prioridad, pipeline y propietario.</translation>
    </message>
    <message>
        <source>Your product library: one row per product, with price, SKU and description.</source>
        <translation>Su biblioteca de productos: una fila por producto, con precio, SKU y descripción.</translation>
    </message>
    <message>
        <source>Products as sold in a deal or quote: one row per line item, with quantity, price and discount.</source>
        <translation>Productos tal como se vendieron en un negocio o una cotización: una fila por partida, con cantidad, precio y descuento.</translation>
    </message>
    <message>
        <source>Quotes sent to buyers: one row per quote, with amount, status and expiry date.</source>
        <translation>Cotizaciones enviadas a compradores: una fila por cotización, con importe, estado y fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Logged SMS, WhatsApp and LinkedIn messages: one row per message.</source>
        <translation>Mensajes registrados de SMS, WhatsApp y LinkedIn: una fila por mensaje.</translation>
    </message>
    <message>
        <source>Answers to feedback surveys (NPS, CSAT, CES): one row per submission.</source>
        <translation>Respuestas a encuestas de opinión (NPS, CSAT, CES): una fila por envío.</translation>
    </message>
    <message>
        <source>To-dos of your team: one row per task, with subject, status, due date and owner.</source>
        <translation>Tareas de su equipo: una fila por tarea, con asunto, estado, fecha de vencimiento y propietario.</translation>
    </message>
    <message>
        <source>Notes logged on records: one row per note, with its text and time.</source>
        <translation>Notas registradas en los registros: una fila por nota, con su texto y hora.</translation>
    </message>
    <message>
        <source>Logged or booked meetings: one row per meeting, with title, time and outcome.</source>
        <translation>Reuniones registradas o reservadas: una fila por reunión, con título, hora y resultado.</translation>
    </message>
    <message>
        <source>Logged calls: one row per call, with direction, duration and outcome.</source>
        <translation>Llamadas registradas: una fila por llamada, con dirección, duración y resultado.</translation>
    </message>
    <message>
        <source>Logged one-to-one emails: one row per email, with subject, sender and time.</source>
        <translation>Correos individuales registrados: una fila por correo, con asunto, remitente y hora.</translation>
    </message>
    <message>
        <source>Invoices: one row per invoice, with amount, status and due date.</source>
        <translation>Facturas: una fila por factura, con importe, estado y fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Prospects being qualified: one row per lead, with its stage and owner.</source>
        <translation>Clientes potenciales en calificación: una fila por lead, con su etapa y propietario.</translation>
    </message>
    <message>
        <source>%1: one row per record.</source>
        <extracomment>%1 is the object&apos;s plural name</extracomment>
        <translation>%1: una fila por registro.</translation>
    </message>
</context>
<context>
    <name>es::ObjectTypes</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocios</translation>
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
        <translation>Producto</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Artículo de pedido</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Artículos de pedido</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cotización</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Cotizaciones</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Feedback submission</source>
        <translation>Respuesta de feedback</translation>
    </message>
    <message>
        <source>Feedback submissions</source>
        <translation>Respuestas de feedback</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>A logged phone call (HubSpot&apos;s &quot;Calls&quot; object)</extracomment>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>Logged phone calls (HubSpot&apos;s &quot;Calls&quot; object)</extracomment>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
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
        <translation>&amp;Valores internos en lugar de etiquetas</translation>
    </message>
    <message>
        <source>Show the &amp;primary name of associated records</source>
        <translation>Mostrar el nombre &amp;principal de los registros asociados</translation>
    </message>
    <message>
        <source>Include more than 1,000 associated records per row</source>
        <translation>Incluir más de 1.000 registros asociados por fila</translation>
    </message>
    <message>
        <source>&amp;Unzip after download</source>
        <translation>&amp;Descomprimir</translation>
    </message>
    <message>
        <source>&amp;Keep the zip file</source>
        <translation>&amp;Conservar el zip</translation>
    </message>
    <message>
        <source>How should the file look?</source>
        <translation>¿Cómo debe ser el archivo?</translation>
    </message>
    <message>
        <source>Step 4 of 5 · File format, language, name and where to save it.</source>
        <translation>Paso 4 de 5 · Formato, idioma, nombre y dónde guardarlo.</translation>
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
        <translation>XLS admite como máximo 65.535 filas por hoja; las exportaciones mayores llegan como varios archivos en un zip.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A language HubSpot writes the file in: %1 its name (&quot;German&quot;), %2 its code (&quot;DE&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Idioma del archivo</translation>
    </message>
    <message>
        <source>Export name</source>
        <translation>Nombre de la exportación</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Elegir la carpeta de descargas</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Export name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valores:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>After download:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <source>Associated objects</source>
        <translation>Objetos asociados</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>Registros asociados</translation>
    </message>
    <message>
        <source>Add the ids of associated records as extra columns.</source>
        <translation>Añadir los ID de los registros asociados como columnas adicionales.</translation>
    </message>
    <message>
        <source>Save exports in</source>
        <translation>Guardar exportaciones en</translation>
    </message>
    <message>
        <source>Choose the folder the export is saved in.</source>
        <translation>Elija la carpeta donde se guarda la exportación.</translation>
    </message>
    <message>
        <source>%1 of %2 chosen — the most an export may have.</source>
        <translation>%1 de %2 elegidos: el máximo por exportación.</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%1 de %2 elegidos</translation>
    </message>
    <message>
        <source>Internal na&amp;mes as column headers</source>
        <translation>No&amp;mbres internos como encabezados</translation>
    </message>
    <message>
        <source>Include ass&amp;ociation labels</source>
        <translation>Incluir etiquetas de as&amp;ociación</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Examina&amp;r…</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>The column preview goes on: %n how many more columns</extracomment>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns (%1): %2</source>
        <extracomment>The column preview: %1 how many columns, %2 their names</extracomment>
        <translation>Columnas (%1): %2</translation>
    </message>
    <message>
        <source>Plus the ids of associated records: %1</source>
        <translation>Más los id de los registros asociados: %1</translation>
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
        <translation>mañana %1</translation>
    </message>
    <message>
        <source>expected to start about %1</source>
        <extracomment>A queued export&apos;s state: %1 a time (&quot;14:05&quot;, &quot;tomorrow 09:10&quot;)</extracomment>
        <translation>inicio previsto hacia las %1</translation>
    </message>
    <message>
        <source>today</source>
        <comment>slots free up</comment>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>slots free up</comment>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1 at %2</source>
        <extracomment>Quota tooltip: %n how many spent slots, %1 &quot;today&quot;/&quot;tomorrow&quot;/a date, %2 the times (&quot;14:05, 14:20 and 14:35&quot;)</extracomment>
        <translation>
            <numerusform>%n hueco se libera %1: %2</numerusform>
            <numerusform>%n huecos se liberan %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1:</source>
        <translation>
            <numerusform>%n hueco se libera %1:</numerusform>
            <numerusform>%n huecos se liberan %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n between %1 and %2</source>
        <extracomment>Quota tooltip, one hour: %n how many slots free up in it, %1 and %2 its start and end</extracomment>
        <translation>
            <numerusform>%n entre las %1 y las %2</numerusform>
            <numerusform>%n entre las %1 y las %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is queued: the daily limit of exports is used up, so it cannot start today. It is expected to start %2.</source>
        <extracomment>%1 the export&apos;s name, %2 a day and time (&quot;tomorrow 09:10&quot;)</extracomment>
        <translation>«%1» está en cola: se agotó el límite diario de exportaciones, así que no puede empezar hoy. Se prevé que empiece %2.</translation>
    </message>
    <message>
        <source>“%1” is queued until an export slot frees up: expected to start about %2.</source>
        <extracomment>%1 the export&apos;s name, %2 a time (&quot;14:05&quot;)</extracomment>
        <translation>«%1» espera en cola hasta que se libere un hueco de exportación: inicio previsto hacia las %2.</translation>
    </message>
</context>
<context>
    <name>es::PresetCodec</name>
    <message>
        <source>The field &quot;%1&quot; was removed: presets never hold tokens or other secrets. Keep the token in the account settings, and delete it from this file.</source>
        <translation>Se eliminó el campo «%1»: las plantillas nunca contienen tokens ni otros secretos. Guarde el token en la configuración de la cuenta y bórrelo de este archivo.</translation>
    </message>
    <message>
        <source>The preset file is not valid JSON (%1 at offset %2). It may be damaged: restore it from a copy or delete it.</source>
        <translation>El archivo de plantilla no es JSON válido (%1 en la posición %2). Puede estar dañado: restáurelo desde una copia o elimínelo.</translation>
    </message>
    <message>
        <source>The preset file does not hold a JSON object. Restore it from a copy or delete it.</source>
        <translation>El archivo de plantilla no contiene un objeto JSON. Restáurelo desde una copia o elimínelo.</translation>
    </message>
    <message>
        <source>The preset&apos;s schemaVersion is not a positive whole number. Set it to %1.</source>
        <translation>El schemaVersion de la plantilla no es un número entero positivo. Póngalo a %1.</translation>
    </message>
    <message>
        <source>This preset was saved by a newer version of Export Studio (preset format %1; this version reads up to %2). Update Export Studio to open it.</source>
        <translation>Esta plantilla se guardó con una versión más reciente de Export Studio (formato de plantilla %1; esta versión lee hasta el %2). Actualice Export Studio para abrirla.</translation>
    </message>
    <message>
        <source>The preset has no name. Add a &quot;name&quot; field with a short text.</source>
        <translation>La plantilla no tiene nombre. Añada un campo &quot;name&quot; con un texto breve.</translation>
    </message>
    <message>
        <source>The description is not text and was ignored.</source>
        <translation>La descripción no es texto y se ignoró.</translation>
    </message>
    <message>
        <source>The preset holds no export request. Save the export again from the wizard.</source>
        <translation>La plantilla no contiene ninguna solicitud de exportación. Vuelva a guardar la exportación desde el asistente.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored.</source>
        <translation>Se ignora el campo desconocido «%1».</translation>
    </message>
    <message>
        <source>The history&apos;s lookbackMinutes and fullEvery must be whole numbers of 0 or more; the defaults are used instead.</source>
        <translation>lookbackMinutes y fullEvery del historial deben ser números enteros de 0 o más; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The history settings are not an object and were ignored: the preset keeps no history.</source>
        <translation>La configuración del historial no es un objeto y se ignoró: el ajuste predefinido no guarda historial.</translation>
    </message>
    <message>
        <source>The schedule is not an object and was ignored: the preset runs only when started.</source>
        <translation>La programación no es un objeto y se ha ignorado: el preajuste solo se ejecuta cuando se inicia.</translation>
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
        <translation>No se puede leer el archivo de plantilla %1 (%2). Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The preset file %1 was not loaded and was left as it is: %2</source>
        <translation>El archivo de plantilla %1 no se cargó y se dejó como estaba: %2</translation>
    </message>
    <message>
        <source>Cannot save the preset &quot;%1&quot;: %2</source>
        <translation>No se puede guardar la plantilla «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot save the preset &quot;%1&quot; to %2: %3. %4 The previous version of the file, if any, is unchanged.</source>
        <translation>No se puede guardar la plantilla «%1» en %2: %3. %4 La versión anterior del archivo, si la hay, no ha cambiado.</translation>
    </message>
    <message>
        <source>The preset has no name. Enter a name and save again.</source>
        <translation>La plantilla no tiene nombre. Escriba un nombre y vuelva a guardar.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot;. Reload the presets and try again.</source>
        <translation>No hay ninguna plantilla con el ID «%1». Vuelva a cargar las plantillas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A preset needs a name. Enter one.</source>
        <translation>Una plantilla necesita un nombre. Escriba uno.</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ya existe una plantilla llamada «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to copy.</source>
        <translation>No hay ninguna plantilla con el ID «%1» que copiar.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to delete.</source>
        <translation>No hay ninguna plantilla con el ID «%1» que eliminar.</translation>
    </message>
    <message>
        <source>Cannot delete the preset file %1: %2. Check that you may change the folder.</source>
        <translation>No se puede eliminar el archivo de plantilla %1: %2. Compruebe que tiene permiso para modificar la carpeta.</translation>
    </message>
    <message>
        <source>There is no deleted preset to restore.</source>
        <translation>No hay ninguna plantilla eliminada que restaurar.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check the file name and its permissions.</source>
        <translation>No se puede abrir %1: %2. Compruebe el nombre del archivo y sus permisos.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as a preset: %2</source>
        <translation>%1 no se puede importar como plantilla: %2</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to export.</source>
        <translation>No hay ninguna plantilla con el ID «%1» que exportar.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot;.</source>
        <translation>No hay ninguna plantilla con el ID «%1».</translation>
    </message>
</context>
<context>
    <name>es::PresetsController</name>
    <message>
        <source>Some preset files could not be read and are left untouched: %1</source>
        <translation>Algunos archivos de plantilla no se pudieron leer y quedan intactos: %1</translation>
    </message>
    <message>
        <source>Imported 1 preset. Double-click it to run it.</source>
        <translation>Se importó 1 plantilla. Haga doble clic en ella para ejecutarla.</translation>
    </message>
    <message>
        <source>Imported %1 presets. Double-click one to run it.</source>
        <translation>Se importaron %1 plantillas. Haga doble clic en una para ejecutarla.</translation>
    </message>
    <message>
        <source>Saved the preset to %1. Anyone with Export Studio can import it; it holds no token.</source>
        <translation>Plantilla guardada en %1. Cualquiera con Export Studio puede importarla; no contiene ningún token.</translation>
    </message>
</context>
<context>
    <name>es::PresetsModel</name>
    <message>
        <source>last run %1</source>
        <translation>última vez: %1</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nunca ejecutada</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>A preset for screen readers: %1 its name, %2 the export in short (&quot;Contacts · View · CSV&quot;), %3 when it last ran</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Double-click to run it on the current account.</source>
        <translation>Doble clic para ejecutarla en la cuenta actual.</translation>
    </message>
</context>
<context>
    <name>es::PresetsPanel</name>
    <message>
        <source>No presets yet. Save one from the export wizard&apos;s Review page, or import a preset file.</source>
        <translation>Aún no hay plantillas. Guarde una desde la página Revisar del asistente de exportación o importe un archivo de plantilla.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run the selected preset on the current account (Enter)</source>
        <translation>Ejecutar la plantilla seleccionada en la cuenta actual (Intro)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Saved exports. Press Enter to run one.</source>
        <translation>Exportaciones guardadas. Pulse Intro para ejecutar una.</translation>
    </message>
    <message>
        <source>Run preset</source>
        <translation>Ejecutar plantilla</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation>Más acciones de plantilla</translation>
    </message>
    <message>
        <source>Edit, duplicate, rename, delete, import or export presets</source>
        <translation>Editar, duplicar, renombrar, eliminar, importar o exportar plantillas</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>Importar plantillas</translation>
    </message>
    <message>
        <source>Export Studio presets (*.json)</source>
        <translation>Plantillas de Export Studio (*.json)</translation>
    </message>
    <message>
        <source>Export preset</source>
        <translation>Exportar plantilla</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>The preset&apos;s runs and what changed between two of them</source>
        <translation>Las ejecuciones de la plantilla y qué cambió entre dos de ellas</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Programar…</translation>
    </message>
    <message>
        <source>Run the preset by itself every few hours, daily or weekly</source>
        <translation>Ejecutar el preajuste solo cada pocas horas, a diario o cada semana</translation>
    </message>
</context>
<context>
    <name>es::PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>i&amp;n</source>
        <comment>filter rows whose text is in this column</comment>
        <translation>e&amp;n</translation>
    </message>
    <message>
        <source>Preview – %1</source>
        <translation>Vista previa – %1</translation>
    </message>
    <message>
        <source>any column</source>
        <translation>cualquier columna</translation>
    </message>
    <message>
        <source>Matching rows: %1 of %2</source>
        <translation>Filas que coinciden: %1 de %2</translation>
    </message>
    <message>
        <source>Searching… %1 matching rows so far</source>
        <translation>Buscando… %1 filas coinciden hasta ahora</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>Counting rows… %1 so far</source>
        <translation>Contando filas… %1 hasta ahora</translation>
    </message>
</context>
<context>
    <name>es::PreviewModel</name>
    <message>
        <source>loading…</source>
        <comment>a row of the preview being read</comment>
        <translation>cargando…</translation>
    </message>
</context>
<context>
    <name>es::PropertyCombo</name>
    <message>
        <source>Type to search properties</source>
        <translation>Buscar propiedad</translation>
    </message>
    <message>
        <source>Internal name: %1</source>
        <translation>Nombre interno: %1</translation>
    </message>
</context>
<context>
    <name>es::PropertyDefinitionsSaver</name>
    <message>
        <source>Save property definitions</source>
        <translation>Guardar definiciones de propiedades</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Archivo CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the property definitions of:</source>
        <translation>Guardar las definiciones de propiedades de:</translation>
    </message>
    <message>
        <source>Add an account (or try the sandbox) first: the property definitions come from the portal.</source>
        <translation>Primero añada una cuenta (o pruebe el sandbox): las definiciones de propiedades vienen del portal.</translation>
    </message>
    <message>
        <source>%1 properties</source>
        <extracomment>%1 is an object&apos;s plural label, e.g. &quot;Contacts&quot;; the suggested file name</extracomment>
        <translation>Propiedades de %1</translation>
    </message>
    <message>
        <source>The account has no token: add it in Accounts, then save again.</source>
        <translation>La cuenta no tiene token: añádalo en Cuentas y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Could not read the property definitions of %1: %2</source>
        <translation>No se pudieron leer las definiciones de propiedades de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n property definitions of %1 to %2.</source>
        <translation>
            <numerusform>Se guardó %n definición de propiedad de %1 en %2.</numerusform>
            <numerusform>Se guardaron %n definiciones de propiedades de %1 en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::PropertyListModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of a property: %1 its internal name (&quot;lifecyclestage&quot;), %2 HubSpot&apos;s description of it</extracomment>
        <translation>%1 — %2</translation>
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
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <extracomment>Button: moves the selected column one place later in the file</extracomment>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Search by label or internal name</source>
        <translation>Buscar por etiqueta o nombre interno</translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation>Buscar propiedades</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Todas las propiedades</translation>
    </message>
    <message>
        <source>Columns in export order</source>
        <translation>Columnas en el orden de exportación</translation>
    </message>
    <message>
        <source>Drag to reorder; Delete removes a column</source>
        <translation>Arrastre para reordenar; Supr quita una columna</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Subir columna</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Bajar columna</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Quitar columna</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A problem with the chosen columns: the warning sign, then the problem in words</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>%n propiedad</numerusform>
            <numerusform>%n propiedades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 properties match</source>
        <translation>%1 de %2 propiedades coinciden</translation>
    </message>
    <message>
        <source>C&amp;olumns in export order (%1)</source>
        <translation>C&amp;olumnas en orden de exportación (%1)</translation>
    </message>
    <message>
        <source>Save &amp;definitions…</source>
        <translation>Guardar &amp;definiciones…</translation>
    </message>
    <message>
        <source>Save every property&apos;s definition (type, group, options, description…) as a CSV or Excel file. No export is spent.</source>
        <translation>Guardar la definición de cada propiedad (tipo, grupo, opciones, descripción…) como archivo CSV o Excel. No se gasta ninguna exportación.</translation>
    </message>
</context>
<context>
    <name>es::PropertyTreeModel</name>
    <message>
        <source>Other properties</source>
        <translation>Otras propiedades</translation>
    </message>
    <message>
        <source>%1 of %2 properties chosen</source>
        <translation>%1 de %2 propiedades elegidas</translation>
    </message>
    <message>
        <source>Group %1, %2 of %3 chosen</source>
        <translation>Grupo %1, %2 de %3 elegidas</translation>
    </message>
    <message>
        <source>Internal name: %1
Type: %2</source>
        <translation>Nombre interno: %1
Tipo: %2</translation>
    </message>
    <message>
        <source>%1, internal name %2</source>
        <translation>%1, nombre interno %2</translation>
    </message>
    <message>
        <source>, hidden</source>
        <translation>, oculta</translation>
    </message>
    <message>
        <source>, calculated</source>
        <translation>, calculada</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>calculada</translation>
    </message>
</context>
<context>
    <name>es::QuotaLedger</name>
    <message>
        <source>The export quota file %1 is damaged (%2); it was ignored.</source>
        <translation>El archivo de cuota de exportaciones %1 está dañado (%2); se ignoró.</translation>
    </message>
    <message>
        <source>Cannot save the export quota file %1: %2. %3</source>
        <translation>No se puede guardar el archivo de cuota de exportaciones %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>es::RequestCodec</name>
    <message>
        <source>a boolean</source>
        <extracomment>A JSON value&apos;s type, completes &quot;Expected %1 but found %2&quot;</extracomment>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>A JSON value&apos;s type, completes &quot;Expected %1 but found %2&quot;: the field is absent</extracomment>
        <translation>nada</translation>
    </message>
    <message>
        <source>Expected %1 but found %2. Write it as %1.</source>
        <extracomment>%1 and %2 are JSON types such as &quot;a string&quot; or &quot;an array&quot;</extracomment>
        <translation>Se esperaba %1, pero se encontró %2. Escríbalo como %1.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored. Check its spelling or remove it.</source>
        <translation>Se ignora el campo desconocido «%1». Compruebe cómo está escrito o elimínelo.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un array de cadenas</translation>
    </message>
    <message>
        <source>an object with propertyName and operator</source>
        <translation>un objeto con propertyName y operator</translation>
    </message>
    <message>
        <source>&quot;property&quot; was read as &quot;propertyName&quot;, the name HubSpot expects. Rename the field.</source>
        <translation>&quot;property&quot; se leyó como &quot;propertyName&quot;, el nombre que espera HubSpot. Cambie el nombre del campo.</translation>
    </message>
    <message>
        <source>The filter has no propertyName. Add the property to filter on.</source>
        <translation>El filtro no tiene propertyName. Añada la propiedad por la que filtrar.</translation>
    </message>
    <message>
        <source>The filter has no operator. Add one, for example &quot;EQ&quot;.</source>
        <translation>El filtro no tiene operador. Añada uno, por ejemplo &quot;EQ&quot;.</translation>
    </message>
    <message>
        <source>an array of filters</source>
        <translation>un array de filtros</translation>
    </message>
    <message>
        <source>an object {&quot;propertyName&quot;, &quot;order&quot;: &quot;ASC&quot;|&quot;DESC&quot;} or a property name</source>
        <translation>un objeto {&quot;propertyName&quot;, &quot;order&quot;: &quot;ASC&quot;|&quot;DESC&quot;} o un nombre de propiedad</translation>
    </message>
    <message>
        <source>The sort rule has no propertyName. Add the property to sort by.</source>
        <translation>La regla de orden no tiene propertyName. Añada la propiedad por la que ordenar.</translation>
    </message>
    <message>
        <source>Unknown sort order &quot;%1&quot;. Use ASC or DESC.</source>
        <translation>Orden desconocido «%1». Use ASC o DESC.</translation>
    </message>
    <message>
        <source>an object with &quot;filters&quot;</source>
        <translation>un objeto con &quot;filters&quot;</translation>
    </message>
    <message>
        <source>an array of groups</source>
        <translation>un array de grupos</translation>
    </message>
    <message>
        <source>Both &quot;filters&quot; and &quot;filterGroups&quot; are given; the flat filters were added as one more group (matched with OR). Move them into &quot;filterGroups&quot; to make that explicit.</source>
        <translation>Se indican tanto &quot;filters&quot; como &quot;filterGroups&quot;; los filtros sueltos se añadieron como un grupo más (combinado con O). Muévalos a &quot;filterGroups&quot; para que quede explícito.</translation>
    </message>
    <message>
        <source>an array of sort rules</source>
        <translation>un array de reglas de orden</translation>
    </message>
    <message>
        <source>Unknown export type &quot;%1&quot;. Use VIEW to export records that match filters, or LIST to export a list.</source>
        <translation>Tipo de exportación desconocido «%1». Use VIEW para exportar los registros que cumplen unos filtros o LIST para exportar una lista.</translation>
    </message>
    <message>
        <source>exportType is missing; %1 was assumed. Add &quot;exportType&quot;: &quot;%1&quot; to make it explicit.</source>
        <translation>Falta exportType; se supuso %1. Añada &quot;exportType&quot;: &quot;%1&quot; para indicarlo explícitamente.</translation>
    </message>
    <message>
        <source>Unknown file format &quot;%1&quot;. Use CSV, XLS or XLSX.</source>
        <translation>Formato de archivo desconocido «%1». Use CSV, XLS o XLSX.</translation>
    </message>
    <message>
        <source>format is missing; CSV was assumed. Add &quot;format&quot;: &quot;CSV&quot;, &quot;XLS&quot; or &quot;XLSX&quot;.</source>
        <translation>Falta format; se supuso CSV. Añada &quot;format&quot;: &quot;CSV&quot;, &quot;XLS&quot; o &quot;XLSX&quot;.</translation>
    </message>
    <message>
        <source>language is missing; EN was assumed. Add &quot;language&quot; to choose the language of the column headers.</source>
        <translation>Falta language; se supuso EN. Añada &quot;language&quot; para elegir el idioma de los encabezados de columna.</translation>
    </message>
    <message>
        <source>objectType is missing. Add the object to export, for example &quot;CONTACT&quot; or a custom object id such as &quot;2-12345&quot;.</source>
        <translation>Falta objectType. Añada el objeto que exportar, por ejemplo &quot;CONTACT&quot; o el ID de un objeto personalizado como &quot;2-12345&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Use NAMES (internal names as headers) and/or VALUES (raw values).</source>
        <translation>Opción desconocida «%1». Use NAMES (nombres internos como encabezados) y/o VALUES (valores sin procesar).</translation>
    </message>
    <message>
        <source>a string of digits</source>
        <translation>una cadena de dígitos</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at offset %2. Fix the syntax there (a missing comma or quote is the usual cause).</source>
        <translation>La solicitud no es JSON válido: %1 en la posición %2. Corrija ahí la sintaxis (lo habitual es que falte una coma o unas comillas).</translation>
    </message>
    <message>
        <source>The request must be a JSON object ({ ... }) with exportType, exportName, format and the other fields.</source>
        <translation>La solicitud debe ser un objeto JSON ({ ... }) con exportType, exportName, format y los demás campos.</translation>
    </message>
</context>
<context>
    <name>es::ReviewPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Check and start</source>
        <translation>Revisar e iniciar</translation>
    </message>
    <message>
        <source>Step 5 of 5 · This is what Export Studio will ask HubSpot for.</source>
        <translation>Paso 5 de 5 · Esto es lo que Export Studio pedirá a HubSpot.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Request body sent to HubSpot (JSON)</source>
        <translation>Cuerpo de la solicitud enviado a HubSpot (JSON)</translation>
    </message>
    <message>
        <source>Copy the JSON</source>
        <translation>Copiar el JSON</translation>
    </message>
    <message>
        <source>Copy the request body to the clipboard</source>
        <translation>Copiar el cuerpo de la solicitud al portapapeles</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>All %1 in list %2</source>
        <translation>Todos los registros de %1 de la lista %2</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
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
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The file in the summary: %1 the format (CSV, XLSX, XLS), %2 the language of the file (&quot;English&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; with associated %1</source>
        <translation>; con %1 asociados</translation>
    </message>
    <message>
        <source> (unzipped, zip kept)</source>
        <translation> (descomprimido, zip conservado)</translation>
    </message>
    <message>
        <source> (unzipped)</source>
        <translation> (descomprimido)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around the name of the export, in your language&apos;s style</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>✔ No problems found. Ready to start.</source>
        <translation>✔ No se encontraron problemas. Todo listo para empezar.</translation>
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
        <translation>No hay carpeta de descargas. Vuelva a Salida y elija una.</translation>
    </message>
    <message>
        <source>No account is chosen. Go back to the first page and choose one.</source>
        <translation>No se ha elegido ninguna cuenta. Vuelva a la primera página y elija una.</translation>
    </message>
    <message>
        <source>Re&amp;quest body (JSON)</source>
        <translation>Cuerpo de la &amp;solicitud (JSON)</translation>
    </message>
    <message>
        <source>Show the request body</source>
        <translation>Mostrar el cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Problems as the command line reports them</source>
        <translation>Problemas tal como los indica la línea de comandos</translation>
    </message>
    <message>
        <source>Hide the request body</source>
        <translation>Ocultar el cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>All %1 in the list “%2” (list %3)</source>
        <translation>Todos los registros de %1 de la lista «%2» (lista %3)</translation>
    </message>
    <message>
        <source>Details, as the command line reports them:</source>
        <translation>Detalles, tal como los indica la línea de comandos:</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Iniciar exportación</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Arrives as</source>
        <translation>Llega como</translation>
    </message>
    <message>
        <source>&amp;Start anyway</source>
        <translation>&amp;Iniciar de todos modos</translation>
    </message>
</context>
<context>
    <name>es::RowCounter</name>
    <message>
        <source>Counting the rows of %1 was stopped.</source>
        <translation>Se detuvo el recuento de filas de %1.</translation>
    </message>
    <message>
        <source>%1 is not a CSV, XLSX or XLS file, so its rows cannot be counted.</source>
        <translation>%1 no es un archivo CSV, XLSX ni XLS, así que no se pueden contar sus filas.</translation>
    </message>
</context>
<context>
    <name>es::RunPlanner</name>
    <message>
        <source>A full run was asked for.</source>
        <translation>Se pidió una ejecución completa.</translation>
    </message>
    <message>
        <source>This is the first run: it runs in full.</source>
        <translation>Es la primera ejecución: se ejecuta completa.</translation>
    </message>
    <message>
        <source>A list export cannot carry a filter, so it runs in full every time.</source>
        <translation>Una exportación de lista no admite filtros, así que siempre se ejecuta completa.</translation>
    </message>
    <message>
        <source>Runs in full every %1 runs to notice deleted records; this is one of them.</source>
        <translation>Se ejecuta completa cada %1 ejecuciones para detectar registros eliminados; esta es una de ellas.</translation>
    </message>
    <message>
        <source>No filter group may be added, so it runs in full.</source>
        <translation>No se puede añadir ningún grupo de filtros, así que se ejecuta completa.</translation>
    </message>
    <message>
        <source>A filter group already has the most filters HubSpot allows (%1), so the last-modified filter cannot be added: it runs in full.</source>
        <translation>Un grupo de filtros ya tiene el máximo que permite HubSpot (%1), así que no se puede añadir el filtro de última modificación: se ejecuta completa.</translation>
    </message>
    <message>
        <source>The record ID (hs_object_id) was added as the first column: the history matches records by it.</source>
        <translation>Se añadió el ID de registro (hs_object_id) como primera columna: el historial identifica los registros por él.</translation>
    </message>
    <message>
        <source>%1 have no last-modified property, so it runs in full.</source>
        <translation>%1 no tienen propiedad de última modificación, así que se ejecuta completa.</translation>
    </message>
    <message>
        <source>Incremental: only records whose %1 is on or after %2 (the last run&apos;s start less %3 minutes).</source>
        <translation>Incremental: solo registros cuyo %1 sea igual o posterior a %2 (inicio de la última ejecución menos %3 minutos).</translation>
    </message>
</context>
<context>
    <name>es::SandboxProcess</name>
    <message>
        <source>The built-in sandbox did not start within %1 seconds. Try again; if it keeps failing, run hubspot-sandbox in a terminal to see why.</source>
        <translation>El sandbox integrado no se inició en %1 segundos. Vuelva a intentarlo; si sigue fallando, ejecute hubspot-sandbox en un terminal para ver por qué.</translation>
    </message>
    <message>
        <source>The built-in sandbox (hubspot-sandbox) was not found. Reinstall Export Studio, or set EXPORT_STUDIO_SANDBOX to the program&apos;s path.</source>
        <translation>No se encontró el sandbox integrado (hubspot-sandbox). Reinstale Export Studio o establezca EXPORT_STUDIO_SANDBOX con la ruta del programa.</translation>
    </message>
    <message>
        <source>The built-in sandbox answered something unexpected (“%1”). Reinstall Export Studio; the sandbox and the app must come from the same version.</source>
        <translation>El sandbox integrado respondió algo inesperado («%1»). Reinstale Export Studio; el sandbox y la aplicación deben ser de la misma versión.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>se bloqueó</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped while starting (%1). Try again, or run hubspot-sandbox in a terminal to see why.</source>
        <translation>El sandbox integrado se detuvo al iniciarse (%1). Vuelva a intentarlo o ejecute hubspot-sandbox en un terminal para ver por qué.</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped unexpectedly. Choose the sandbox account again to restart it.</source>
        <translation>El sandbox integrado se detuvo de forma inesperada. Elija de nuevo la cuenta del sandbox para reiniciarlo.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started (%1). Check that %2 exists and may be run.</source>
        <translation>No se pudo iniciar el sandbox integrado (%1). Compruebe que %2 existe y se puede ejecutar.</translation>
    </message>
</context>
<context>
    <name>es::SavePresetDialog</name>
    <message>
        <source>Save as preset</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Optional: what this export is for</source>
        <translation>Opcional: para qué sirve esta exportación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>es::ScalarEditor</name>
    <message>
        <source>Number, e.g. 1500.50</source>
        <translation>Número, p. ej., 1500,50</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Your local time; sent to HubSpot as UTC.</source>
        <translation>Su hora local; se envía a HubSpot en UTC.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a number here, so it was not typed. Use digits, a dot for decimals and a leading minus, e.g. -1500.50.</source>
        <translation>«%1» no puede formar parte de un número aquí, así que no se escribió. Use dígitos, un punto para los decimales y un signo menos delante, p. ej. -1500.50.</translation>
    </message>
    <message>
        <source>That is not a number, so it was not entered. Use digits, a dot for decimals and a leading minus, e.g. -1500.50.</source>
        <translation>Eso no es un número, así que no se introdujo. Use dígitos, un punto para los decimales y un signo menos delante, p. ej. -1500.50.</translation>
    </message>
</context>
<context>
    <name>es::Schedule</name>
    <message>
        <source>Accepted forms: “every N h” (N from 1 to %1), “daily HH:MM”, “weekly mon,thu HH:MM” (days mon, tue, wed, thu, fri, sat, sun) and “none”.</source>
        <translation>Formas aceptadas: «every N h» (N de 1 a %1), «daily HH:MM», «weekly mon,thu HH:MM» (días mon, tue, wed, thu, fri, sat, sun) y «none».</translation>
    </message>
    <message>
        <source>“%1”: the hours must be a whole number from 1 to %2.</source>
        <translation>«%1»: las horas deben ser un número entero de 1 a %2.</translation>
    </message>
    <message>
        <source>“%1”: the time must be HH:MM, from 00:00 to 23:59.</source>
        <translation>«%1»: la hora debe ser HH:MM, de 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>“%1” is not a weekday.</source>
        <translation>«%1» no es un día de la semana.</translation>
    </message>
    <message>
        <source>“%1”: name at least one weekday.</source>
        <translation>«%1»: indique al menos un día de la semana.</translation>
    </message>
    <message>
        <source>“%1” is not a schedule.</source>
        <translation>«%1» no es una programación.</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Cada %n hora</numerusform>
            <numerusform>Cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Cada día a las %1</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <comment>weekdays, time</comment>
        <translation>Cada semana el %1 a las %2</translation>
    </message>
    <message>
        <source>The schedule is not one this version understands; the preset runs only when started. Set the schedule again.</source>
        <translation>Esta versión no entiende la programación; el preajuste solo se ejecuta cuando se inicia. Vuelva a definir la programación.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleController</name>
    <message>
        <source>That preset no longer exists.</source>
        <translation>Ese preajuste ya no existe.</translation>
    </message>
    <message>
        <source>“%1” runs only when you start it.</source>
        <extracomment>%1 the preset&apos;s name</extracomment>
        <translation>«%1» solo se ejecuta cuando usted lo inicia.</translation>
    </message>
    <message>
        <source>“%1” is scheduled: %2. Next run: %3.</source>
        <extracomment>%1 the preset&apos;s name, %2 &quot;Daily at 07:30&quot;-like, %3 &quot;07:30&quot;, &quot;Tomorrow 07:30&quot; or &quot;Wed 07:30&quot;</extracomment>
        <translation>«%1» está programado: %2. Próxima ejecución: %3.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleEditor</name>
    <message>
        <source>Schedule “%1”</source>
        <extracomment>%1 the preset&apos;s name</extracomment>
        <translation>Programar «%1»</translation>
    </message>
    <message>
        <source>Only when started</source>
        <comment>schedule kind</comment>
        <translation>Solo al iniciarlo</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <comment>schedule kind</comment>
        <translation>Cada pocas horas</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>schedule kind</comment>
        <translation>A diario</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>schedule kind</comment>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Se ejecuta</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Horas entre ejecuciones</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>every N hours</comment>
        <translation>horas</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Se ejecuta:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>On:</source>
        <comment>weekdays</comment>
        <translation>Los días:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <comment>time of day</comment>
        <translation>&amp;A las:</translation>
    </message>
    <message>
        <source>The next 24 hours</source>
        <translation>Las próximas 24 horas</translation>
    </message>
    <message>
        <source>Planned runs of all scheduled presets</source>
        <translation>Ejecuciones previstas de todos los preajustes programados</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elija al menos un día.</translation>
    </message>
    <message>
        <source>Run this preset less often, or take another preset&apos;s schedule off.</source>
        <translation>Ejecute este preajuste con menos frecuencia o quite la programación de otro preajuste.</translation>
    </message>
    <message>
        <source>Runs only when you start it.</source>
        <translation>Solo se ejecuta cuando usted lo inicia.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Next run: %1.</source>
        <translation>Próxima ejecución: %1.</translation>
    </message>
    <message>
        <source>First run: %1 (a new schedule waits for its first time, it does not run at once).</source>
        <translation>Primera ejecución: %1 (una programación nueva espera a su primera hora, no se ejecuta enseguida).</translation>
    </message>
    <message numerus="yes">
        <source>The scheduled presets need %1 of the %2 exports HubSpot allows a day. %n run(s) in the next 24 hours:</source>
        <extracomment>%1 exports the schedules need a day at most, %2 the daily limit (30)</extracomment>
        <translation>
            <numerusform>Los preajustes programados necesitan %1 de las %2 exportaciones que HubSpot permite al día. %n ejecución en las próximas 24 horas:</numerusform>
            <numerusform>Los preajustes programados necesitan %1 de las %2 exportaciones que HubSpot permite al día. %n ejecuciones en las próximas 24 horas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::SchedulePlanner</name>
    <message>
        <source>These schedules need %1 exports a day; HubSpot allows %2.</source>
        <translation>Estas programaciones necesitan %1 exportaciones al día; HubSpot permite %2.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleRunner</name>
    <message>
        <source>The scheduled preset “%1” cannot run: there is no account. Add one in Accounts.</source>
        <translation>El preajuste programado «%1» no puede ejecutarse: no hay ninguna cuenta. Añada una en Cuentas.</translation>
    </message>
    <message>
        <source>The scheduled preset “%1” cannot run: %2 Edit it to fix this.</source>
        <extracomment>%1 the preset&apos;s name, %2 what is wrong with it (whole sentences)</extracomment>
        <translation>El preajuste programado «%1» no puede ejecutarse: %2 Edítelo para corregirlo.</translation>
    </message>
</context>
<context>
    <name>es::SelectedColumnsModel</name>
    <message>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>calculada</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a property of this object in this account; HubSpot will refuse the export. Remove it.</source>
        <translation>«%1» no es una propiedad de este objeto en esta cuenta; HubSpot rechazará la exportación. Quítela.</translation>
    </message>
    <message>
        <source>Column %1, %2</source>
        <translation>Columna %1, %2</translation>
    </message>
</context>
<context>
    <name>es::Settings</name>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>No se puede guardar la configuración: %1</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1. Check that you may write there and that the disk is not full.</source>
        <translation>No se puede guardar la configuración en %1. Compruebe que puede escribir ahí y que el disco no está lleno.</translation>
    </message>
</context>
<context>
    <name>es::SettingsController</name>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>No se pudo guardar la contraseña del proxy: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the proxy password is kept only until Export Studio quits.</source>
        <translation>No hay ningún llavero del sistema, así que la contraseña del proxy solo se conserva hasta que salga de Export Studio.</translation>
    </message>
    <message>
        <source>The timer is removed: scheduled presets run only while Export Studio is open.</source>
        <translation>Se ha quitado el temporizador: los preajustes programados solo se ejecutan mientras Export Studio está abierto.</translation>
    </message>
    <message>
        <source>The timer is installed in %1. %2</source>
        <translation>El temporizador está instalado en %1. %2</translation>
    </message>
</context>
<context>
    <name>es::SettingsDialog</name>
    <message>
        <source>&amp;Unpack zipped exports</source>
        <translation>&amp;Descomprimir exportaciones comprimidas</translation>
    </message>
    <message>
        <source>&amp;Keep the zip file after unpacking</source>
        <translation>&amp;Conservar el zip tras descomprimir</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when an export finishes or fails</source>
        <translation>Mostrar una &amp;notificación cuando una exportación termine o falle</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Most filter groups</source>
        <translation>Máximo de grupos de filtros</translation>
    </message>
    <message>
        <source>Most filters per group</source>
        <translation>Máximo de filtros por grupo</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Takes effect the next time Export Studio starts.</source>
        <translation>Se aplica la próxima vez que se inicie Export Studio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Filter limits</source>
        <translation>Límites de filtros</translation>
    </message>
    <message>
        <source>HubSpot accepts 3 groups of 3 filters; raise these only if your portal allows more.</source>
        <translation>HubSpot acepta 3 grupos de 3 filtros; auméntelos solo si su portal permite más.</translation>
    </message>
    <message>
        <source>Most filter &amp;groups:</source>
        <translation>Máximo de &amp;grupos de filtros:</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system&apos;s settings come from your desktop or from the http_proxy, https_proxy and no_proxy variables. The built-in sandbox is always reached directly.</source>
        <translation>La configuración del sistema viene del escritorio o de las variables http_proxy, https_proxy y no_proxy. Al sandbox integrado siempre se accede directamente.</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Only if the proxy asks you to sign in</source>
        <translation>Solo si el proxy pide iniciar sesión</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Se guarda en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
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
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose another proxy setting.</source>
        <translation>Introduzca el host y el puerto del proxy o elija otra configuración de proxy.</translation>
    </message>
    <message>
        <source>Most filters pe&amp;r group:</source>
        <translation>Máximo de filtros po&amp;r grupo:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>No&amp;mbre de usuario:</translation>
    </message>
    <message>
        <source>Scheduled presets</source>
        <translation>Preajustes programados</translation>
    </message>
    <message>
        <source>A systemd timer runs the due presets every 15 minutes while Export Studio is closed.</source>
        <translation>Un temporizador de systemd ejecuta los preajustes pendientes cada 15 minutos mientras Export Studio está cerrado.</translation>
    </message>
    <message>
        <source>While Export Studio is closed, scheduled presets run only if a systemd timer runs them.</source>
        <translation>Mientras Export Studio está cerrado, los preajustes programados solo se ejecutan si un temporizador de systemd los ejecuta.</translation>
    </message>
    <message>
        <source>&amp;Remove timer</source>
        <comment>systemd timer</comment>
        <translation>&amp;Quitar temporizador</translation>
    </message>
    <message>
        <source>&amp;Install timer</source>
        <comment>systemd timer</comment>
        <translation>&amp;Instalar temporizador</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Seguir en la &amp;bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Export Studio. Scheduled presets then run only with the timer below.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que cerrar la ventana cierra Export Studio. Los preajustes programados solo se ejecutan entonces con el temporizador de abajo.</translation>
    </message>
</context>
<context>
    <name>es::SourcePage</name>
    <message>
        <source>&amp;Filtered records</source>
        <translation>Registros &amp;filtrados</translation>
    </message>
    <message>
        <source>Records in a &amp;list</source>
        <translation>Registros de una &amp;lista</translation>
    </message>
    <message>
        <source>What do you want to export?</source>
        <translation>¿Qué quiere exportar?</translation>
    </message>
    <message>
        <source>Step 1 of 5 · Choose the account, the kind of records and how to pick them.</source>
        <translation>Paso 1 de 5 · Elija la cuenta, el tipo de registros y cómo seleccionarlos.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Pick records by conditions, for example “Lifecycle stage is Customer”, or take all.</source>
        <translation>Elija registros por condiciones, por ejemplo «La etapa del ciclo de vida es Cliente», o tómelos todos.</translation>
    </message>
    <message>
        <source>Export the members of one of your HubSpot lists.</source>
        <translation>Exportar los miembros de una de sus listas de HubSpot.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objeto:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Loading custom objects…</source>
        <translation>Cargando objetos personalizados…</translation>
    </message>
    <message>
        <source>Custom objects could not be loaded (%1). Standard objects are available.</source>
        <translation>No se pudieron cargar los objetos personalizados (%1). Los objetos estándar están disponibles.</translation>
    </message>
    <message>
        <source>No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>Aún no hay ninguna cuenta. Añada una en Cuentas o pruebe el sandbox integrado.</translation>
    </message>
    <message>
        <source>⚠ No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>⚠ Aún no hay ninguna cuenta. Añada una en Cuentas o pruebe el sandbox integrado.</translation>
    </message>
    <message>
        <source>%1 (custom object %2)</source>
        <translation>%1 (objeto personalizado %2)</translation>
    </message>
    <message>
        <source>Next you choose which records (all, filtered, or a list), then the columns, the file format and where it is saved.</source>
        <translation>A continuación elige qué registros (todos, filtrados o una lista), luego las columnas, el formato del archivo y dónde se guarda.</translation>
    </message>
    <message>
        <source>%1 %2 on this account</source>
        <extracomment>%1 how many records the object has on this account, %2 the object (&quot;contacts&quot;)</extracomment>
        <translation>%1 %2 en esta cuenta</translation>
    </message>
</context>
<context>
    <name>es::StatusPresenter</name>
    <message>
        <source>The sandbox is running with made-up data. Start with New export (Ctrl+N).</source>
        <translation>El sandbox funciona con datos inventados. Empiece con Nueva exportación (Ctrl+N).</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el sandbox…</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Aún no hay cuenta</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox en %1</translation>
    </message>
    <message>
        <source>Sandbox stopped: choose it again to restart it</source>
        <translation>Sandbox detenido: elíjalo de nuevo para reiniciarlo</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Leyendo el token de %1…</translation>
    </message>
    <message>
        <source>No token for %1: add it in Accounts</source>
        <translation>No hay token para %1: añádalo en Cuentas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The connection in the status bar: %1 the account&apos;s name, %2 the HubSpot host it talks to</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API %1/%2 per %3 s</source>
        <extracomment>HubSpot&apos;s rate limit in the status bar: %1 requests left of %2 in a window of %3 seconds</extracomment>
        <translation>API %1/%2 cada %3 s</translation>
    </message>
    <message>
        <source> · paused %1 s</source>
        <extracomment>Appended to the rate limit while HubSpot makes us wait: %1 seconds</extracomment>
        <translation> · en pausa %1 s</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <extracomment>Appended to the rate limit: %1 requests waiting for a free slot</extracomment>
        <translation> · %1 en espera</translation>
    </message>
    <message>
        <source>Requests HubSpot still allows in the current %1-second window. Export Studio paces itself so it never runs over.</source>
        <translation>Solicitudes que HubSpot aún permite en la ventana actual de %1 segundos. Export Studio se regula para no superarla nunca.</translation>
    </message>
    <message>
        <source>Today: %1 of %2 left.</source>
        <extracomment>%1 requests left today of %2 (HubSpot&apos;s daily limit)</extracomment>
        <translation>Hoy: quedan %1 de %2.</translation>
    </message>
    <message>
        <source>%1 running, %2 queued · if you quit, they carry on the next time you start Export Studio</source>
        <translation>%1 en curso, %2 en cola · si sale, continuarán la próxima vez que inicie Export Studio</translation>
    </message>
    <message>
        <source>The portal of “%1” does not offer HubSpot&apos;s API version %2, so Export Studio uses %3 for it from now on (Accounts shows the choice).</source>
        <extracomment>%1 account name, %2 and %3 HubSpot API versions (2026-09, 2026-03, v3)</extracomment>
        <translation>El portal de «%1» no ofrece la versión %2 de la API de HubSpot, así que Export Studio usará %3 a partir de ahora (se ve en Cuentas).</translation>
    </message>
</context>
<context>
    <name>es::Storage</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <comment>why a file cannot be written</comment>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>The disk seems to be full: free some space and try again.</source>
        <translation>Parece que el disco está lleno: libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: make it writable or choose another folder.</source>
        <translation>La carpeta %1 es de solo lectura: permita escribir en ella o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, that you may write there and that the disk is not full.</source>
        <translation>Compruebe que la carpeta %1 existe, que puede escribir en ella y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check that its parent exists and that you may write there.</source>
        <translation>No se puede crear la carpeta %1: compruebe que existe la carpeta superior y que puede escribir en ella.</translation>
    </message>
    <message>
        <source>Export Studio now keeps the command line&apos;s presets, accounts and quota with the desktop app&apos;s, in %1. The older command-line folder %2 was left as it was: copy any presets you still need from it, then delete it.</source>
        <translation>Export Studio guarda ahora las plantillas, las cuentas y la cuota de la línea de comandos junto con las de la aplicación de escritorio, en %1. La carpeta anterior de la línea de comandos %2 se ha dejado tal cual: copie de ella las plantillas que aún necesite y después elimínela.</translation>
    </message>
    <message>
        <source>The command line&apos;s state folder %1 could not be moved to %2, where the desktop app keeps the same things: move it there yourself.</source>
        <translation>No se pudo mover la carpeta de estado de la línea de comandos %1 a %2, donde la aplicación de escritorio guarda lo mismo: muévala usted mismo allí.</translation>
    </message>
</context>
<context>
    <name>es::SystemdTimer</name>
    <message>
        <source>export-studio-cli was not found next to Export Studio or on the PATH (“%1”). Install the export-studio package, then try again.</source>
        <translation>No se encontró export-studio-cli junto a Export Studio ni en el PATH («%1»). Instale el paquete export-studio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write to it.</source>
        <translation>No se pudo crear la carpeta %1. Compruebe que puede escribir en ella.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. %3</source>
        <translation>No se pudo escribir %1: %2. %3</translation>
    </message>
    <message>
        <source>Could not enable the timer (link %1). Run `systemctl --user enable %2` instead.</source>
        <translation>No se pudo activar el temporizador (enlace %1). Ejecute `systemctl --user enable %2` en su lugar.</translation>
    </message>
    <message>
        <source>Could not remove %1. Check that you may write to %2.</source>
        <translation>No se pudo quitar %1. Compruebe que puede escribir en %2.</translation>
    </message>
    <message>
        <source>The timer starts at your next login; to start it now, run `systemctl --user daemon-reload &amp;&amp; systemctl --user start %1`.</source>
        <translation>El temporizador se inicia en su próximo inicio de sesión; para iniciarlo ahora, ejecute `systemctl --user daemon-reload &amp;&amp; systemctl --user start %1`.</translation>
    </message>
</context>
<context>
    <name>es::TableFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>writing the workbook failed</source>
        <translation>falló la escritura del libro</translation>
    </message>
</context>
<context>
    <name>es::TablePreview</name>
    <message>
        <source>%1 is empty: it has not even a header row.</source>
        <translation>%1 está vacío: no tiene ni siquiera una fila de encabezado.</translation>
    </message>
</context>
<context>
    <name>es::TableReader</name>
    <message>
        <source>%1 is not a CSV, XLSX or XLS file, so it cannot be kept in the history.</source>
        <translation>%1 no es un archivo CSV, XLSX ni XLS, así que no se puede guardar en el historial.</translation>
    </message>
</context>
<context>
    <name>es::Text</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Waiting at HubSpot</source>
        <translation>Esperando a HubSpot</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Descomprimiendo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>download speed, %1 is a size such as &quot;2.1 MB&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hoy %1</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
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
        <translation>%1 (sandbox)</translation>
    </message>
</context>
<context>
    <name>es::TransferModel</name>
    <message>
        <source>Queued #%1</source>
        <extracomment>%1 the job&apos;s place in its account&apos;s queue</extracomment>
        <translation>En cola, n.º %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <extracomment>Appended to &quot;Queued&quot;: %1 when the daily quota frees the next slot (a date or time)</extracomment>
        <translation> · próximo hueco %1</translation>
    </message>
    <message>
        <source>Asking HubSpot to start the export…</source>
        <translation>Pidiendo a HubSpot que inicie la exportación…</translation>
    </message>
    <message>
        <source>Waiting for HubSpot to begin (no percentage available)</source>
        <translation>Esperando a que HubSpot empiece (sin porcentaje disponible)</translation>
    </message>
    <message>
        <source>HubSpot is building the file · %1 records</source>
        <translation>HubSpot está generando el archivo · %1 registros</translation>
    </message>
    <message>
        <source>HubSpot is building the file (no percentage available)</source>
        <translation>HubSpot está generando el archivo (sin porcentaje disponible)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress: %1 the bytes received so far, %2 the file&apos;s size</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Unpacking · %1 of %2</source>
        <extracomment>%1 the size unpacked so far, %2 the size of everything to unpack</extracomment>
        <translation>Descomprimiendo · %1 de %2</translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation>Descomprimiendo…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A finished export&apos;s one file: %1 its name, %2 its size</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
        <extracomment>A finished export&apos;s files: %1 how many, %2 their total size</extracomment>
        <translation>%1 archivos · %2</translation>
    </message>
    <message>
        <source>Failed for an unknown reason: retry, or look at the details in the tooltip.</source>
        <translation>Falló por un motivo desconocido: reintente o consulte los detalles en la información emergente.</translation>
    </message>
    <message>
        <source>Canceled before it started</source>
        <translation>Cancelada antes de empezar</translation>
    </message>
    <message>
        <source>Canceled here; HubSpot may still finish it, nothing is downloaded</source>
        <translation>Cancelada aquí; puede que HubSpot la termine, pero no se descarga nada</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>HubSpot export id: %1</source>
        <translation>ID de exportación de HubSpot: %1</translation>
    </message>
    <message>
        <source>HubSpot state: %1</source>
        <translation>Estado en HubSpot: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Tooltip, time spent per state: %1 the state (&quot;Processing&quot;), %2 how long (&quot;1 min 5 s&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time per state: %1</source>
        <translation>Tiempo por estado: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Añadida: %1</translation>
    </message>
    <message>
        <source>Untitled export</source>
        <translation>Exportación sin título</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%1 records</source>
        <comment>progress, short</comment>
        <extracomment>Short form of &quot;HubSpot is building the file · %1 records&quot; for a narrow column</extracomment>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>Queued · about %1</source>
        <extracomment>Short form of a queued export&apos;s state for a narrow column: %1 a time (&quot;14:05&quot;)</extracomment>
        <translation>En cola · hacia las %1</translation>
    </message>
    <message>
        <source>Expected to start about %1: estimated with about %2 minutes per export ahead of it at HubSpot.</source>
        <extracomment>Tooltip of a queued export: %1 a time (&quot;14:05&quot;), %2 minutes per export (5)</extracomment>
        <translation>Inicio previsto hacia las %1: estimado con unos %2 minutos por cada exportación que va antes en HubSpot.</translation>
    </message>
    <message>
        <source>It also waits for a slot of the daily export limit to free up.</source>
        <translation>También espera a que se libere un hueco del límite diario de exportaciones.</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <extracomment>Tooltip: the completeness check (&quot;12,345 records, as HubSpot reported&quot;)</extracomment>
        <translation>Comprobación: %1</translation>
    </message>
</context>
<context>
    <name>es::TransfersPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the selected exports (HubSpot has no cancel: an export it already runs is only no longer downloaded)</source>
        <translation>Detener las exportaciones seleccionadas (HubSpot no permite cancelar: una exportación que ya está en curso simplemente deja de descargarse)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Run the selected failed or canceled exports again</source>
        <translation>Volver a ejecutar las exportaciones fallidas o canceladas seleccionadas</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Start this export earlier (Ctrl+Up)</source>
        <translation>Iniciar esta exportación antes (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Start this export later (Ctrl+Down)</source>
        <translation>Iniciar esta exportación después (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Show the downloaded files in the file manager</source>
        <translation>Mostrar los archivos descargados en el gestor de archivos</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove finished exports from the list (the files stay)</source>
        <translation>Quitar de la lista las exportaciones terminadas (los archivos se conservan)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>Transfer actions</source>
        <translation>Acciones de transferencia</translation>
    </message>
    <message>
        <source>Exports that are queued, running or finished</source>
        <translation>Exportaciones en cola, en curso o terminadas</translation>
    </message>
    <message>
        <source>No exports yet.
Start one with New export (Ctrl+N) or double-click a preset.</source>
        <translation>Aún no hay exportaciones.
Inicie una con Nueva exportación (Ctrl+N) o haga doble clic en una plantilla.</translation>
    </message>
    <message>
        <source>Check the &amp;account…</source>
        <translation>Revisar la &amp;cuenta…</translation>
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation>Abrir la &amp;configuración…</translation>
    </message>
</context>
<context>
    <name>es::TrayKeeper</name>
    <message>
        <source>&amp;Show Export Studio</source>
        <translation>&amp;Mostrar Export Studio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Export Studio runs scheduled presets</source>
        <translation>Export Studio ejecuta los preajustes programados</translation>
    </message>
    <message>
        <source>Export Studio is still running</source>
        <translation>Export Studio sigue en marcha</translation>
    </message>
    <message>
        <source>Scheduled presets run while it is in the tray. Quit it from the tray icon&apos;s menu.</source>
        <translation>Los preajustes programados se ejecutan mientras está en la bandeja. Ciérrelo desde el menú del icono.</translation>
    </message>
</context>
<context>
    <name>es::Unpacker</name>
    <message>
        <source>has an empty name</source>
        <extracomment>Completes &quot;contains an entry that %1&quot;: why the zip entry is unsafe</extracomment>
        <translation>tiene un nombre vacío</translation>
    </message>
    <message>
        <source>has control characters in its name</source>
        <translation>tiene caracteres de control en el nombre</translation>
    </message>
    <message>
        <source>uses backslashes in its path</source>
        <translation>usa barras invertidas en la ruta</translation>
    </message>
    <message>
        <source>has an absolute path</source>
        <translation>tiene una ruta absoluta</translation>
    </message>
    <message>
        <source>names a drive letter</source>
        <translation>indica una letra de unidad</translation>
    </message>
    <message>
        <source>has a colon in its path</source>
        <translation>tiene dos puntos en la ruta</translation>
    </message>
    <message>
        <source>points outside the folder</source>
        <translation>apunta fuera de la carpeta</translation>
    </message>
    <message>
        <source>has an empty path component</source>
        <translation>tiene un componente de ruta vacío</translation>
    </message>
    <message>
        <source>uses a reserved device name</source>
        <translation>usa un nombre de dispositivo reservado</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (error %2): the download may be damaged; download the export again.</source>
        <translation>%1 no es un archivo zip legible (error %2): puede que la descarga esté dañada; vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>The export archive holds %1 entries, more than the limit of %2; nothing was extracted.</source>
        <translation>El archivo de exportación contiene %1 entradas, más que el límite de %2; no se extrajo nada.</translation>
    </message>
    <message>
        <source>The directory of %1 cannot be read: the download may be damaged; download the export again.</source>
        <translation>No se puede leer el directorio de %1: puede que la descarga esté dañada; vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>The export archive contains an entry that %1 (%2); nothing was extracted.</source>
        <extracomment>%1 says why the entry is unsafe (&quot;has an absolute path&quot;), %2 names it</extracomment>
        <translation>El archivo de exportación contiene una entrada que %1 (%2); no se extrajo nada.</translation>
    </message>
    <message>
        <source>The export archive contains a symbolic link (%1); nothing was extracted.</source>
        <translation>El archivo de exportación contiene un enlace simbólico (%1); no se extrajo nada.</translation>
    </message>
    <message>
        <source>The export archive contains a device or special file (%1); nothing was extracted.</source>
        <translation>El archivo de exportación contiene un archivo de dispositivo o especial (%1); no se extrajo nada.</translation>
    </message>
    <message>
        <source>The export archive contains a password-protected entry (%1); nothing was extracted.</source>
        <translation>El archivo de exportación contiene una entrada protegida con contraseña (%1); no se extrajo nada.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands %2 times, more than the limit of %3 (a zip bomb?); nothing was extracted.</source>
        <translation>La entrada %1 del archivo de exportación se expande %2 veces, más que el límite de %3 (¿una bomba zip?); no se extrajo nada.</translation>
    </message>
    <message>
        <source>The export archive would expand to more than %1; nothing was extracted.</source>
        <translation>El archivo de exportación ocuparía más de %1 al expandirse; no se extrajo nada.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check that you may write there.</source>
        <translation>No se puede crear la carpeta %1: compruebe que puede escribir ahí.</translation>
    </message>
    <message>
        <source>The export needs %1 but the folder %2 has only %3 free: free some space and try again.</source>
        <translation>La exportación necesita %1, pero la carpeta %2 solo tiene %3 libres: libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot create a staging folder in %1 (%2): check that you may write there.</source>
        <translation>No se puede crear una carpeta temporal en %1 (%2): compruebe que puede escribir ahí.</translation>
    </message>
    <message>
        <source>The directory of %1 changed while it was read; nothing was extracted.</source>
        <translation>El directorio de %1 cambió mientras se leía; no se extrajo nada.</translation>
    </message>
    <message>
        <source>The export archive entry %1 cannot be read (error %2): the download is damaged; download the export again.</source>
        <translation>No se puede leer la entrada %1 del archivo de exportación (error %2): la descarga está dañada; vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): check the folder and free space.</source>
        <translation>No se puede escribir en %1 (%2): compruebe la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <source>Unpacking was canceled; nothing was extracted.</source>
        <translation>Se canceló la descompresión; no se extrajo nada.</translation>
    </message>
    <message>
        <source>The export archive entry %1 is damaged (%2); nothing was extracted. Download the export again.</source>
        <translation>La entrada %1 del archivo de exportación está dañada (%2); no se extrajo nada. Vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands beyond the size its header declares; nothing was extracted.</source>
        <translation>La entrada %1 del archivo de exportación se expande más allá del tamaño que declara su cabecera; no se extrajo nada.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands more than %2 times (a zip bomb?); nothing was extracted.</source>
        <translation>La entrada %1 del archivo de exportación se expande más de %2 veces (¿una bomba zip?); no se extrajo nada.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): free some space in that folder and try again.</source>
        <translation>No se puede escribir en %1 (%2): libere espacio en esa carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The export archive entry %1 fails its checksum (CRC); nothing was extracted. Download the export again.</source>
        <translation>La entrada %1 del archivo de exportación no supera su suma de comprobación (CRC); no se extrajo nada. Vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>The export archive entry %1 is damaged (error %2); nothing was extracted. Download the export again.</source>
        <translation>La entrada %1 del archivo de exportación está dañada (error %2); no se extrajo nada. Vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>The export archive entry %1 holds %2 bytes instead of %3; nothing was extracted. Download the export again.</source>
        <translation>La entrada %1 del archivo de exportación contiene %2 bytes en lugar de %3; no se extrajo nada. Vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>The directory of %1 cannot be read (error %2): the download may be damaged; download the export again.</source>
        <translation>No se puede leer el directorio de %1 (error %2): puede que la descarga esté dañada; vuelva a descargar la exportación.</translation>
    </message>
    <message>
        <source>Cannot move the extracted file %1 into %2 (%3); nothing was extracted.</source>
        <translation>No se puede mover el archivo extraído %1 a %2 (%3); no se extrajo nada.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): the folder is read-only or you may not write there. Make it writable or choose another folder, then try again.</source>
        <translation>No se puede escribir en %1 (%2): la carpeta es de solo lectura o no tiene permiso para escribir en ella. Hágala escribible o elija otra carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): free some space in that folder, or choose another folder, and try again.</source>
        <translation>No se puede escribir en %1 (%2): libere espacio en esa carpeta o elija otra carpeta y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>es::Validation</name>
    <message>
        <source>The filter has no property. Choose the property to filter on, or remove the filter.</source>
        <translation>El filtro no tiene propiedad. Elija la propiedad por la que filtrar o quite el filtro.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;. Use one of %2.</source>
        <translation>Operador desconocido «%1». Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Enter the value to compare with.</source>
        <translation>Introduzca el valor con el que comparar.</translation>
    </message>
    <message>
        <source>%1 takes one value in &quot;value&quot;, not a list in &quot;values&quot;; use IN for a list.</source>
        <translation>%1 admite un valor en &quot;value&quot;, no una lista en &quot;values&quot;; use IN para una lista.</translation>
    </message>
    <message>
        <source>%1 needs a value. %2</source>
        <translation>%1 necesita un valor. %2</translation>
    </message>
    <message>
        <source>BETWEEN needs a lower bound in &quot;value&quot;. Enter the smallest value to include.</source>
        <translation>BETWEEN necesita un límite inferior en &quot;value&quot;. Introduzca el valor más pequeño que incluir.</translation>
    </message>
    <message>
        <source>BETWEEN needs an upper bound in &quot;highValue&quot;. Enter the largest value to include.</source>
        <translation>BETWEEN necesita un límite superior en &quot;highValue&quot;. Introduzca el valor más grande que incluir.</translation>
    </message>
    <message>
        <source>BETWEEN&apos;s lower bound %1 is greater than its upper bound %2, so nothing can match. Swap the two values.</source>
        <translation>El límite inferior %1 de BETWEEN es mayor que su límite superior %2, así que nada puede coincidir. Intercambie los dos valores.</translation>
    </message>
    <message>
        <source>%1 needs at least one value in &quot;values&quot;. Add the values to match.</source>
        <translation>%1 necesita al menos un valor en &quot;values&quot;. Añada los valores que deben coincidir.</translation>
    </message>
    <message>
        <source>%1 needs at least one value in &quot;values&quot;. Add the values to match (move &quot;%2&quot; into the list).</source>
        <translation>%1 necesita al menos un valor en &quot;values&quot;. Añada los valores que deben coincidir (mueva «%2» a la lista).</translation>
    </message>
    <message>
        <source>Value %1 of the list is empty. Enter a value or remove it from the list.</source>
        <translation>El valor %1 de la lista está vacío. Introduzca un valor o quítelo de la lista.</translation>
    </message>
    <message>
        <source>%1 takes no value; the value given is ignored. Remove it, or pick an operator that compares values (EQ, IN, ...).</source>
        <translation>%1 no admite ningún valor; el valor indicado se ignora. Quítelo o elija un operador que compare valores (EQ, IN, ...).</translation>
    </message>
    <message numerus="yes">
        <source>%n filter groups are more than the %1 allowed. Merge or remove groups, or raise the limit in the settings if your account allows more.</source>
        <translation>
            <numerusform>%n grupo de filtros supera los %1 permitidos. Combine o quite grupos, o aumente el límite en la configuración si su cuenta permite más.</numerusform>
            <numerusform>%n grupos de filtros superan los %1 permitidos. Combine o quite grupos, o aumente el límite en la configuración si su cuenta permite más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter group %1 has no filters. Add a filter to it or remove the group.</source>
        <translation>El grupo de filtros %1 no tiene filtros. Añádale un filtro o quite el grupo.</translation>
    </message>
    <message numerus="yes">
        <source>Filter group %1 has %n filters, more than the %2 allowed. Remove filters or split the group.</source>
        <translation>
            <numerusform>El grupo de filtros %1 tiene %n filtro, más de los %2 permitidos. Quite filtros o divida el grupo.</numerusform>
            <numerusform>El grupo de filtros %1 tiene %n filtros, más de los %2 permitidos. Quite filtros o divida el grupo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sort rules given, but HubSpot sorts by one property only. Keep one sort rule.</source>
        <translation>
            <numerusform>Se indicó %n regla de orden, pero HubSpot solo ordena por una propiedad. Deje una sola regla de orden.</numerusform>
            <numerusform>Se indicaron %n reglas de orden, pero HubSpot solo ordena por una propiedad. Deje una sola regla de orden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sort rule has no property. Choose the property to sort by, or remove the sort rule.</source>
        <translation>La regla de orden no tiene propiedad. Elija la propiedad por la que ordenar o quite la regla.</translation>
    </message>
    <message numerus="yes">
        <source>The search text has %n characters; HubSpot accepts at most %1. Shorten it.</source>
        <translation>
            <numerusform>El texto de búsqueda tiene %n carácter; HubSpot acepta como máximo %1. Acórtelo.</numerusform>
            <numerusform>El texto de búsqueda tiene %n caracteres; HubSpot acepta como máximo %1. Acórtelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export has no name. Enter a name; HubSpot shows it in the export log.</source>
        <translation>La exportación no tiene nombre. Escriba un nombre; HubSpot lo muestra en el registro de exportaciones.</translation>
    </message>
    <message numerus="yes">
        <source>The export name has %n characters; at most %1 are allowed. Shorten it.</source>
        <translation>
            <numerusform>El nombre de la exportación tiene %n carácter; se permiten como máximo %1. Acórtelo.</numerusform>
            <numerusform>El nombre de la exportación tiene %n caracteres; se permiten como máximo %1. Acórtelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of HubSpot&apos;s language codes, for example EN, DE, FR or PT_BR.</source>
        <translation>Idioma desconocido «%1». Use uno de los códigos de idioma de HubSpot, por ejemplo EN, DE, FR o PT_BR.</translation>
    </message>
    <message>
        <source>No object type is set. Choose what to export, for example CONTACT, or a custom object id such as 2-12345.</source>
        <translation>No se ha indicado ningún tipo de objeto. Elija qué exportar, por ejemplo CONTACT, o el ID de un objeto personalizado como 2-12345.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type HubSpot exports. Use a standard object (CONTACT, COMPANY, DEAL, ...) or its id (0-1), and custom objects by their id (2-12345), not by name.</source>
        <translation>«%1» no es un tipo de objeto que HubSpot exporte. Use un objeto estándar (CONTACT, COMPANY, DEAL, ...) o su ID (0-1), y los objetos personalizados por su ID (2-12345), no por su nombre.</translation>
    </message>
    <message>
        <source>No properties are selected. Choose at least one property to export as a column.</source>
        <translation>No hay ninguna propiedad seleccionada. Elija al menos una propiedad que exportar como columna.</translation>
    </message>
    <message>
        <source>Column %1 has no property name. Choose a property or remove the column.</source>
        <translation>La columna %1 no tiene nombre de propiedad. Elija una propiedad o quite la columna.</translation>
    </message>
    <message>
        <source>The property &quot;%1&quot; is listed twice. Remove the second one.</source>
        <translation>La propiedad «%1» aparece dos veces. Quite la segunda.</translation>
    </message>
    <message numerus="yes">
        <source>%n associated object types are selected; HubSpot allows at most %1 per export. Remove some.</source>
        <translation>
            <numerusform>Hay %n tipo de objeto asociado seleccionado; HubSpot permite como máximo %1 por exportación. Quite alguno.</numerusform>
            <numerusform>Hay %n tipos de objeto asociados seleccionados; HubSpot permite como máximo %1 por exportación. Quite algunos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type. Use a standard object such as COMPANY or a custom object id such as 2-12345.</source>
        <translation>«%1» no es un tipo de objeto. Use un objeto estándar como COMPANY o el ID de un objeto personalizado como 2-12345.</translation>
    </message>
    <message>
        <source>A list export needs the list&apos;s id. Pick a list, or enter its ILS list id (digits, shown in the list&apos;s details).</source>
        <translation>Una exportación de lista necesita el ID de la lista. Elija una lista o introduzca su ID de lista ILS (dígitos, visible en los detalles de la lista).</translation>
    </message>
    <message>
        <source>The list id &quot;%1&quot; must contain digits only. Enter the ILS list id, for example 1234567.</source>
        <translation>El ID de lista «%1» solo debe contener dígitos. Introduzca el ID de lista ILS, por ejemplo 1234567.</translation>
    </message>
    <message>
        <source>A list export takes its records from the list, so filters, sorts and search text are not allowed. Remove them, or export a view instead.</source>
        <translation>Una exportación de lista toma sus registros de la lista, así que no se permiten filtros, ordenación ni texto de búsqueda. Quítelos o exporte una vista en su lugar.</translation>
    </message>
    <message>
        <source>A view export ignores the list id. Remove it, or switch to a list export.</source>
        <translation>Una exportación de vista ignora el ID de lista. Quítelo o cambie a una exportación de lista.</translation>
    </message>
    <message>
        <source>warning: </source>
        <comment>prefix of a validation line</comment>
        <translation>aviso: </translation>
    </message>
</context>
<context>
    <name>es::Vault</name>
    <message>
        <source>%1 The file %2 could not be moved aside either: move or delete it yourself; until then the history is not kept. Your downloaded files are not affected.</source>
        <translation>%1 El archivo %2 tampoco se pudo apartar: muévalo o elimínelo usted; hasta entonces no se guarda historial. Sus archivos descargados no se ven afectados.</translation>
    </message>
    <message>
        <source>It was moved to %1 and nothing in it was changed; the next run of a history preset starts a new, empty history. Your downloaded files are not affected.</source>
        <translation>Se movió a %1 sin cambiar nada; la próxima ejecución de un ajuste con historial empieza un historial nuevo y vacío. Sus archivos descargados no se ven afectados.</translation>
    </message>
    <message>
        <source>The disk is full: the history folder %1 has no room left, so nothing was saved in it. Free some space there, then run `export-studio-cli resume` (or start Export Studio) to save the run again.</source>
        <translation>El disco está lleno: la carpeta del historial %1 no tiene espacio, así que no se guardó nada en ella. Libere espacio y ejecute `export-studio-cli resume` (o inicie Export Studio) para guardar la ejecución de nuevo.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (SQLite says: %2).</source>
        <translation>El archivo de historial %1 está dañado (SQLite dice: %2).</translation>
    </message>
    <message>
        <source>The history file %1 could not be used: %2</source>
        <translation>No se pudo usar el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened: %2</source>
        <translation>No se puede abrir el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Export Studio (history format %2; this version knows up to %3). Update Export Studio and move the file back to use it.</source>
        <translation>El archivo de historial %1 lo escribió un Export Studio más reciente (formato %2; esta versión conoce hasta el %3). Actualice Export Studio y devuelva el archivo a su sitio para usarlo.</translation>
    </message>
    <message>
        <source>The file %1 is not an Export Studio history (it holds other tables).</source>
        <translation>El archivo %1 no es un historial de Export Studio (contiene otras tablas).</translation>
    </message>
    <message>
        <source>The preset has no run %1 in its history (see `export-studio-cli runs --preset NAME`).</source>
        <translation>El ajuste predefinido no tiene la ejecución %1 en su historial (vea `export-studio-cli runs --preset NAME`).</translation>
    </message>
    <message>
        <source>The preset has no history yet: run it first.</source>
        <translation>El ajuste predefinido aún no tiene historial: ejecútelo primero.</translation>
    </message>
    <message>
        <source>Record %1 in the history file %2 cannot be read.</source>
        <translation>No se puede leer el registro %1 del archivo de historial %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 está vacío: no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>%1 has no record ID column (hs_object_id), so its rows cannot be kept in the history.</source>
        <translation>%1 no tiene columna de ID de registro (hs_object_id), así que sus filas no se pueden guardar en el historial.</translation>
    </message>
    <message>
        <source>Row %1 of %2 has no valid record ID (“%3”), so the run cannot be kept in the history.</source>
        <translation>La fila %1 de %2 no tiene un ID de registro válido («%3»), así que la ejecución no se puede guardar en el historial.</translation>
    </message>
    <message>
        <source>Stopped before the run was kept; it is kept on the next start.</source>
        <translation>Detenido antes de guardar la ejecución; se guarda en el próximo inicio.</translation>
    </message>
    <message>
        <source>There is no history file %1: run a preset that keeps a history first.</source>
        <translation>No existe el archivo de historial %1: ejecute primero un preajuste que guarde historial.</translation>
    </message>
    <message>
        <source>The file %1 is not an Export Studio history.</source>
        <translation>El archivo %1 no es un historial de Export Studio.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Export Studio (history format %2; this version knows up to %3). Update Export Studio to see it.</source>
        <translation>El archivo de historial %1 lo escribió un Export Studio más reciente (formato de historial %2; esta versión conoce hasta el %3). Actualice Export Studio para verlo.</translation>
    </message>
</context>
<context>
    <name>es::VaultManager</name>
    <message>
        <source>This run will not be kept in the history: %1</source>
        <translation>Esta ejecución no se guardará en el historial: %1</translation>
    </message>
    <message>
        <source>The object&apos;s properties could not be read (no access token), so it runs in full.</source>
        <translation>No se pudieron leer las propiedades del objeto (sin token de acceso), así que se ejecuta completa.</translation>
    </message>
    <message>
        <source>The object&apos;s properties could not be read (%1), so it runs in full.</source>
        <translation>No se pudieron leer las propiedades del objeto (%1), así que se ejecuta completa.</translation>
    </message>
    <message>
        <source>The files of “%1” are no longer where they were saved, so this run is not kept in the history.</source>
        <translation>Los archivos de «%1» ya no están donde se guardaron, así que esta ejecución no se guarda en el historial.</translation>
    </message>
</context>
<context>
    <name>es::VaultTablePreview</name>
    <message>
        <source>Record %1 in the history file %2 cannot be read.</source>
        <translation>No se puede leer el registro %1 del archivo de historial %2.</translation>
    </message>
    <message>
        <source>%1, the table after run %2</source>
        <comment>preset name, run number</comment>
        <translation>%1, la tabla tras la ejecución %2</translation>
    </message>
</context>
<context>
    <name>es::WelcomePanel</name>
    <message>
        <source>&amp;Try it on the built-in sandbox</source>
        <translation>&amp;Probar en el sandbox integrado</translation>
    </message>
    <message>
        <source>&amp;Add HubSpot account…</source>
        <translation>&amp;Añadir cuenta de HubSpot…</translation>
    </message>
    <message>
        <source>Welcome to Export Studio</source>
        <translation>Le damos la bienvenida a Export Studio</translation>
    </message>
    <message>
        <source>Export contacts, companies, deals, tickets and custom objects from HubSpot as CSV or Excel files: pick the records with filters or a list, choose the columns, and save the export as a preset to run it again with one double-click.</source>
        <translation>Exporte contactos, empresas, negocios, tickets y objetos personalizados de HubSpot como archivos CSV o Excel: elija los registros con filtros o una lista, escoja las columnas y guarde la exportación como plantilla para repetirla con un doble clic.</translation>
    </message>
    <message>
        <source>The sandbox is a pretend HubSpot portal on this computer with made-up data: try everything without an account and without touching real records.</source>
        <translation>El sandbox es un portal de HubSpot simulado en este equipo con datos inventados: pruébelo todo sin cuenta y sin tocar registros reales.</translation>
    </message>
    <message>
        <source>For a real portal you need a private app access token with the crm.export scope (HubSpot: Settings › Integrations › Private apps).</source>
        <translation>Para un portal real necesita un token de acceso de aplicación privada con el ámbito crm.export (HubSpot: Configuración › Integraciones › Aplicaciones privadas).</translation>
    </message>
</context>
<context>
    <name>es::WizardController</name>
    <message>
        <source>Saved the preset “%1”. Double-click it in Presets to run it again.</source>
        <translation>Se guardó la plantilla «%1». Haga doble clic en ella en Plantillas para volver a ejecutarla.</translation>
    </message>
</context>
<context>
    <name>es::WizardModel</name>
    <message>
        <source>%1 export %2</source>
        <translation>Exportación de %1 %2</translation>
    </message>
</context>
<context>
    <name>es::XlsTableReader</name>
    <message>
        <source>%1 is not a readable XLS workbook.</source>
        <translation>%1 no es un libro XLS legible.</translation>
    </message>
    <message>
        <source>%1 holds no readable worksheet.</source>
        <translation>%1 no contiene ninguna hoja legible.</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 cannot be read.</source>
        <translation>%1 está dañado: no se puede leer la fila %2.</translation>
    </message>
</context>
<context>
    <name>es::XlsxTableReader</name>
    <message>
        <source>%1 is damaged: its shared strings cannot be read.</source>
        <translation>%1 está dañado: no se pueden leer sus cadenas compartidas.</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings are not valid XML (%2).</source>
        <translation>%1 está dañado: sus cadenas compartidas no son XML válido (%2).</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX file (the zip cannot be opened).</source>
        <translation>%1 no es un archivo XLSX legible (no se puede abrir el zip).</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 no contiene ninguna hoja.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet cannot be read.</source>
        <translation>%1 está dañado: no se puede leer su hoja.</translation>
    </message>
    <message>
        <source>%1 is damaged: a cell refers to a shared string that does not exist.</source>
        <translation>%1 está dañado: una celda remite a una cadena compartida que no existe.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet is not valid XML (%2).</source>
        <translation>%1 está dañado: su hoja no es XML válido (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export HubSpot CRM records through the Exports API.</source>
        <translation>Exporta registros del CRM de HubSpot mediante la API Exports.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox (made-up data).</source>
        <translation>Iniciar con el sandbox integrado (datos inventados).</translation>
    </message>
    <message>
        <source>Preset files (.json) to import and open.</source>
        <translation>Archivos de plantilla (.json) que importar y abrir.</translation>
    </message>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>Start a separate instance even if one is running (for testing).</source>
        <translation>Iniciar una instancia aparte aunque ya haya una en ejecución (para pruebas).</translation>
    </message>
    <message>
        <source>The preset file %1 could not be imported, so it was not run.</source>
        <translation>No se pudo importar el archivo de plantilla %1, así que no se ejecutó.</translation>
    </message>
    <message>
        <source>There is no preset named “%1” and no such file, so nothing was run. Check the name in Presets.</source>
        <translation>No hay ninguna plantilla llamada «%1» ni ningún archivo con ese nombre, así que no se ejecutó nada. Compruebe el nombre en Plantillas.</translation>
    </message>
    <message>
        <source>Queue the saved preset &lt;name&gt; (or import the preset file and queue it) on the current account once Export Studio is ready, as a double-click in Presets does. Repeatable. With Export Studio already running, the running window queues it.</source>
        <translation>Poner en cola la plantilla guardada &lt;name&gt; (o importar el archivo de plantilla y ponerlo en cola) en la cuenta actual cuando Export Studio esté listo, como hace un doble clic en Plantillas. Se puede repetir. Si Export Studio ya se está ejecutando, la ventana abierta la pone en cola.</translation>
    </message>
    <message>
        <source>--sandbox-url needs an address such as http://127.0.0.1:8765 (what hubspot-sandbox prints as “listening on”).</source>
        <translation>--sandbox-url necesita una dirección como http://127.0.0.1:8765 (la que hubspot-sandbox muestra como «listening on»).</translation>
    </message>
    <message>
        <source>Use a hubspot-sandbox you started yourself at &lt;url&gt; (its own port, faults or clock) as the sandbox account instead of the built-in one. Its exports outlive Export Studio, so a restart with the same --sandbox-url carries on with them. Implies --sandbox.</source>
        <translation>Usar como cuenta del sandbox un hubspot-sandbox que haya iniciado usted en &lt;url&gt; (con su propio puerto, fallos o reloj) en lugar del integrado. Sus exportaciones sobreviven a Export Studio, así que un reinicio con la misma --sandbox-url continúa con ellas. Implica --sandbox.</translation>
    </message>
</context>
</TS>
