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
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>(sin operador)</translation>
    </message>
    <message>
        <source>%1 %2</source>
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
        <translation>, </translation>
    </message>
    <message>
        <source> AND </source>
        <translation> Y </translation>
    </message>
    <message>
        <source>(%1)</source>
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
        <translation>.</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>es el</translation>
    </message>
    <message>
        <source>is</source>
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
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Dirección de la &amp;API:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Asking HubSpot…</source>
        <translation>Consultando a HubSpot…</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
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
        <translation>, </translation>
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
</context>
<context>
    <name>es::FilterBuilder</name>
    <message>
        <source>⚠ %1</source>
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
</context>
<context>
    <name>es::FilterRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>⚠ %1</source>
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
        <translation>%1, desde</translation>
    </message>
    <message>
        <source>%1, value</source>
        <translation>%1, valor</translation>
    </message>
    <message>
        <source>%1, to</source>
        <translation>%1, hasta</translation>
    </message>
    <message>
        <source>%1, values</source>
        <translation>%1, valores</translation>
    </message>
</context>
<context>
    <name>es::FilterValues</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
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
        <source>⚠ HubSpot knows no list with the legacy id %1. Check the number in the list&apos;s old link.</source>
        <translation>⚠ HubSpot no conoce ninguna lista con el ID heredado %1. Compruebe el número en el enlace antiguo de la lista.</translation>
    </message>
    <message>
        <source>⚠ Could not look up the id: %1</source>
        <translation>⚠ No se pudo consultar el ID: %1</translation>
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
        <source>A&amp;ccount:</source>
        <translation>&amp;Cuenta:</translation>
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
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>%1 of %2 exports left today</source>
        <translation>Quedan %1 de %2 exportaciones hoy</translation>
    </message>
    <message>
        <source> · next slot %1</source>
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
        <translation>Export Studio — %1</translation>
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
        <translation>Se eliminó la plantilla «%1».</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>The sandbox is running with made-up data. Start with New export (Ctrl+N).</source>
        <translation>El sandbox funciona con datos inventados. Empiece con Nueva exportación (Ctrl+N).</translation>
    </message>
    <message>
        <source>Select a preset on the left first, then run it (or double-click it).</source>
        <translation>Seleccione primero una plantilla a la izquierda y luego ejecútela (o haga doble clic en ella).</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el sandbox…</translation>
    </message>
    <message>
        <source>No file manager opened %1. Open the folder yourself.</source>
        <translation>Ningún gestor de archivos abrió %1. Abra la carpeta usted mismo.</translation>
    </message>
    <message>
        <source>Picked up 1 export from last time where it left off.</source>
        <translation>Se retomó 1 exportación de la última vez donde se quedó.</translation>
    </message>
    <message>
        <source>Picked up %1 exports from last time where they left off.</source>
        <translation>Se retomaron %1 exportaciones de la última vez donde se quedaron.</translation>
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
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API %1/%2 per %3 s</source>
        <translation>API %1/%2 cada %3 s</translation>
    </message>
    <message>
        <source> · paused %1 s</source>
        <translation> · en pausa %1 s</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 en espera</translation>
    </message>
    <message>
        <source>Requests HubSpot still allows in the current %1-second window. Export Studio paces itself so it never runs over.</source>
        <translation>Solicitudes que HubSpot aún permite en la ventana actual de %1 segundos. Export Studio se regula para no superarla nunca.</translation>
    </message>
    <message>
        <source>Today: %1 of %2 left.</source>
        <translation>Hoy: quedan %1 de %2.</translation>
    </message>
    <message>
        <source>%1 running, %2 queued · if you quit, they carry on the next time you start Export Studio</source>
        <translation>%1 en curso, %2 en cola · si sale, continuarán la próxima vez que inicie Export Studio</translation>
    </message>
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
        <translation>La plantilla «%1» no se puede ejecutar: %2 Edítela para corregirlo.</translation>
    </message>
    <message>
        <source>Saved the preset “%1”. Double-click it in Presets to run it again.</source>
        <translation>Se guardó la plantilla «%1». Haga doble clic en ella en Plantillas para volver a ejecutarla.</translation>
    </message>
    <message>
        <source>The settings of this export are no longer known (it was removed from Transfers). Start it again with New export, or save exports you repeat as presets.</source>
        <translation>La configuración de esta exportación ya no se conoce (se quitó de Transferencias). Iníciela de nuevo con Nueva exportación o guarde como plantillas las exportaciones que repita.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
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
        <translation>Exportación «%1» terminada. %2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>No se pudo guardar la contraseña del proxy: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the proxy password is kept only until Export Studio quits.</source>
        <translation>No hay ningún llavero del sistema, así que la contraseña del proxy solo se conserva hasta que salga de Export Studio.</translation>
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
    <name>es::OutputPage</name>
    <message>
        <source>Internal &amp;names as column headers</source>
        <translation>&amp;Nombres internos como encabezados</translation>
    </message>
    <message>
        <source>Internal &amp;values instead of labels</source>
        <translation>&amp;Valores internos en lugar de etiquetas</translation>
    </message>
    <message>
        <source>Include association &amp;labels</source>
        <translation>Incluir &amp;etiquetas de asociación</translation>
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
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
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
    <name>es::PropertyListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
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
        <source>Request &amp;body (JSON):</source>
        <translation>&amp;Cuerpo de la solicitud (JSON):</translation>
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
        <translation>: %1</translation>
    </message>
    <message>
        <source>, </source>
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
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>ⓘ %1</source>
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
        <source>Most filters &amp;per group:</source>
        <translation>Máximo de filtros &amp;por grupo:</translation>
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
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose another proxy setting.</source>
        <translation>Introduzca el host y el puerto del proxy o elija otra configuración de proxy.</translation>
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
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>⚠ No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>⚠ Aún no hay ninguna cuenta. Añada una en Cuentas o pruebe el sandbox integrado.</translation>
    </message>
    <message>
        <source>%1 (custom object %2)</source>
        <translation>%1 (objeto personalizado %2)</translation>
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
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>es::TransferModel</name>
    <message>
        <source>Queued #%1</source>
        <translation>En cola, n.º %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source> · next slot %1</source>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Unpacking · %1 of %2</source>
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
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
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
    <name>es::WizardModel</name>
    <message>
        <source>%1 export %2</source>
        <translation>Exportación de %1 %2</translation>
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
</context>
</TS>
