<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>es</name>
    <message>
        <source>(no property)</source>
        <translation>(aucune propriété)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>(aucun opérateur)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 and %4</source>
        <translation>%1 %2 %3 et %4</translation>
    </message>
    <message>
        <source>(nothing chosen)</source>
        <translation>(rien de choisi)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> AND </source>
        <translation> ET </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>%1, sans filtre</translation>
    </message>
    <message>
        <source> matching the text “%1”</source>
        <translation> correspondant au texte « %1 »</translation>
    </message>
    <message>
        <source> where %1</source>
        <translation> où %1</translation>
    </message>
    <message>
        <source> OR </source>
        <translation> OU </translation>
    </message>
    <message>
        <source>, sorted by %1 %2</source>
        <translation>, triés par %1 %2</translation>
    </message>
    <message>
        <source>, sorted by %1, %2</source>
        <translation>, triés par %1, %2</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>est le</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>n&apos;est pas le</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>est avant</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>est le ou avant</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>est après</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>est le ou après</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>est entre</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>est l&apos;un de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>n&apos;est aucun de</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>est connu</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>est inconnu</translation>
    </message>
    <message>
        <source>contains the word</source>
        <translation>contient le mot</translation>
    </message>
    <message>
        <source>doesn&apos;t contain the word</source>
        <translation>ne contient pas le mot</translation>
    </message>
    <message>
        <source>(unsupported operator)</source>
        <translation>(opérateur non pris en charge)</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>du plus petit au plus grand</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>du plus grand au plus petit</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>les plus anciens d&apos;abord</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>les plus récents d&apos;abord</translation>
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
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. The token is in your keychain.</source>
        <translation>Enregistré. Le jeton est dans votre trousseau.</translation>
    </message>
    <message>
        <source>Saved, but the token is kept for this session only: no keychain answered. Install or unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Enregistré, mais le jeton n&apos;est conservé que pour cette session : aucun trousseau n&apos;a répondu. Installez ou déverrouillez GNOME Keyring ou KWallet pour le conserver.</translation>
    </message>
    <message>
        <source>Removed the account and its token.</source>
        <translation>Compte et jeton supprimés.</translation>
    </message>
    <message>
        <source>There is no token for this account yet: paste the private app token, then test again.</source>
        <translation>Ce compte n&apos;a pas encore de jeton : collez le jeton de l&apos;application privée, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Add the missing scopes (%1) to the private app in HubSpot (Settings › Integrations › Private apps › Scopes), then copy its token again.</source>
        <translation>Ajoutez les champs d&apos;application manquants (%1) à l&apos;application privée dans HubSpot (Paramètres › Intégrations › Applications privées › Champs d&apos;application), puis copiez à nouveau son jeton.</translation>
    </message>
</context>
<context>
    <name>es::AccountsDialog</name>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Nouveau compte</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>&amp;Enregistrer le compte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>e.g. Acme Inc.</source>
        <translation>p. ex. Acme SA</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Jeton d&apos;accès de l&apos;application privée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Adresse de l&apos;&amp;API :</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>Asking HubSpot…</source>
        <translation>Interrogation de HubSpot…</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>A private app token with the crm.export scope (HubSpot: Settings › Integrations › Private apps). It is kept in your desktop&apos;s keychain, never in a file.</source>
        <translation>Un jeton d&apos;application privée avec le champ d&apos;application crm.export (HubSpot : Paramètres › Intégrations › Applications privées). Il est conservé dans le trousseau de votre bureau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>A private app token with the crm.export scope (HubSpot: Settings › Integrations › Private apps).</source>
        <translation>Un jeton d&apos;application privée avec le champ d&apos;application crm.export (HubSpot : Paramètres › Intégrations › Applications privées).</translation>
    </message>
    <message>
        <source>No keychain is available: the token is kept for this session only and must be entered again after a restart. Install or unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Aucun trousseau disponible : le jeton n&apos;est conservé que pour cette session et devra être saisi à nouveau après un redémarrage. Installez ou déverrouillez GNOME Keyring ou KWallet pour le conserver.</translation>
    </message>
    <message>
        <source>not needed for the sandbox</source>
        <translation>inutile pour la sandbox</translation>
    </message>
    <message>
        <source>stored — type a new token to replace it</source>
        <translation>enregistré — saisissez un nouveau jeton pour le remplacer</translation>
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
        <translation>&amp;Réessayer</translation>
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
        <translation>Choisir des valeurs…</translation>
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
        <translation>Quelles colonnes ?</translation>
    </message>
    <message>
        <source>Step 3 of 5 · Tick the properties to export. The list on the right is the column order: drag or use Up and Down to change it.</source>
        <translation>Étape 3 sur 5 · Cochez les propriétés à exporter. La liste de droite donne l&apos;ordre des colonnes : faites glisser ou utilisez Monter et Descendre pour le changer.</translation>
    </message>
    <message>
        <source>Could not load the properties of %1: %2</source>
        <translation>Impossible de charger les propriétés de %1 : %2</translation>
    </message>
    <message>
        <source>No account is connected, so the properties cannot be loaded.</source>
        <translation>Aucun compte n&apos;est connecté : impossible de charger les propriétés.</translation>
    </message>
    <message>
        <source>Loading the properties of %1…</source>
        <translation>Chargement des propriétés de %1…</translation>
    </message>
</context>
<context>
    <name>es::DownloadsModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>The file is no longer there: run the export again to get it back.</source>
        <translation>Le fichier n&apos;existe plus : relancez l&apos;export pour le récupérer.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>es::DownloadsView</name>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Filter downloads</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Downloaded files</source>
        <translation>Fichiers téléchargés</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a file</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un fichier</translation>
    </message>
    <message>
        <source>Finished exports appear here. Double-click a file to open it.</source>
        <translation>Les exports terminés apparaissent ici. Double-cliquez sur un fichier pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation>Ouvrir le &amp;dossier parent</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>&amp;Supprimer le fichier…</translation>
    </message>
    <message>
        <source>&amp;Run the same export again</source>
        <translation>&amp;Relancer le même export</translation>
    </message>
    <message>
        <source>Could not open the folder %1: no file manager answered. Open it yourself, the path is copied with Copy path.</source>
        <translation>Impossible d&apos;ouvrir le dossier %1 : aucun gestionnaire de fichiers n&apos;a répondu. Ouvrez-le vous-même ; le chemin se copie avec Copier le chemin.</translation>
    </message>
    <message>
        <source>%1 is no longer there. Run the export again to download it anew.</source>
        <translation>%1 n&apos;existe plus. Relancez l&apos;export pour le télécharger à nouveau.</translation>
    </message>
    <message>
        <source>No application opened %1. Install a program for this file type, or use Open containing folder.</source>
        <translation>Aucune application n&apos;a ouvert %1. Installez un programme pour ce type de fichier ou utilisez Ouvrir le dossier parent.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>The file is moved to the trash when your desktop has one.</source>
        <translation>Le fichier est placé dans la corbeille si votre bureau en a une.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Could not delete %1: %2. Check that the file is not open elsewhere and that you may write to its folder.</source>
        <translation>Impossible de supprimer %1 : %2. Vérifiez que le fichier n&apos;est pas ouvert ailleurs et que vous pouvez écrire dans son dossier.</translation>
    </message>
    <message>
        <source>Show only files whose name or export contains this text (Ctrl+F)</source>
        <translation>N&apos;afficher que les fichiers dont le nom ou l&apos;export contient ce texte (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>es::ExportWizard</name>
    <message>
        <source>New export</source>
        <translation>Nouvel export</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Lancer l&apos;export</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
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
        <translation>Fiches</translation>
    </message>
    <message>
        <source>No particular order</source>
        <translation>Aucun ordre particulier</translation>
    </message>
    <message>
        <source>Sort by property</source>
        <translation>Trier par propriété</translation>
    </message>
    <message>
        <source>Sort direction</source>
        <translation>Sens du tri</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Optional: text HubSpot searches for in the default fields</source>
        <translation>Facultatif : texte que HubSpot recherche dans les champs par défaut</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Trier par :</translation>
    </message>
    <message>
        <source>Search &amp;text:</source>
        <translation>Te&amp;xte recherché :</translation>
    </message>
    <message>
        <source>Summary of the filter</source>
        <translation>Résumé du filtre</translation>
    </message>
    <message>
        <source>— or —</source>
        <translation>— ou —</translation>
    </message>
    <message>
        <source>No filters: every record of %1 is exported. Add a filter to narrow it down.</source>
        <translation>Aucun filtre : toutes les fiches de %1 sont exportées. Ajoutez un filtre pour affiner.</translation>
    </message>
    <message>
        <source>&amp;Add a filter</source>
        <translation>&amp;Ajouter un filtre</translation>
    </message>
    <message>
        <source>&amp;Or…</source>
        <translation>&amp;Ou…</translation>
    </message>
    <message>
        <source>Add a filter</source>
        <translation>Ajouter un filtre</translation>
    </message>
    <message>
        <source>Add an alternative group</source>
        <translation>Ajouter un groupe alternatif</translation>
    </message>
    <message>
        <source>Export only the records that match conditions</source>
        <translation>N&apos;exporter que les fiches qui remplissent des conditions</translation>
    </message>
    <message>
        <source>%1 of %2 groups — the most an export may have</source>
        <translation>Groupes : %1 sur %2 — le maximum pour un export</translation>
    </message>
    <message>
        <source>An export takes at most %1 alternative groups. Add conditions to an existing group with “And…”, or remove a group first.</source>
        <translation>Un export accepte au plus %1 groupes alternatifs. Ajoutez des conditions à un groupe existant avec « Et… », ou retirez d&apos;abord un groupe.</translation>
    </message>
    <message>
        <source>%1 of %2 groups</source>
        <translation>Groupes : %1 sur %2</translation>
    </message>
    <message>
        <source>Add a group of conditions; a record matches if it matches any one group</source>
        <translation>Ajouter un groupe de conditions ; une fiche correspond si elle correspond à l&apos;un des groupes</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>es::FilterGroupBox</name>
    <message>
        <source>&amp;And…</source>
        <translation>&amp;Et…</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Retirer le groupe</translation>
    </message>
    <message>
        <source>Add a condition that must also be true</source>
        <translation>Ajouter une condition qui doit aussi être vraie</translation>
    </message>
    <message>
        <source>Group %1 — all of these</source>
        <translation>Groupe %1 — toutes ces conditions</translation>
    </message>
    <message>
        <source>Filter group %1</source>
        <translation>Groupe de filtres %1</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>Retirer le groupe %1</translation>
    </message>
    <message>
        <source>Add a filter to group %1</source>
        <translation>Ajouter un filtre au groupe %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 of %2 filters — the most a group may have</source>
        <translation>Filtres : %1 sur %2 — le maximum pour un groupe</translation>
    </message>
    <message>
        <source>A group holds at most %1 filters. Add another group with “Or…” for more conditions.</source>
        <translation>Un groupe contient au plus %1 filtres. Ajoutez un autre groupe avec « Ou… » pour plus de conditions.</translation>
    </message>
    <message>
        <source>%1 of %2 filters</source>
        <translation>Filtres : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>es::FilterRow</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Group %1, filter %2</source>
        <translation>Groupe %1, filtre %2</translation>
    </message>
    <message>
        <source>%1, property</source>
        <translation>%1, propriété</translation>
    </message>
    <message>
        <source>%1, condition</source>
        <translation>%1, condition</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>unsupported: %1</source>
        <translation>non pris en charge : %1</translation>
    </message>
    <message>
        <source>%1 (unusual for this property)</source>
        <translation>%1 (inhabituel pour cette propriété)</translation>
    </message>
</context>
<context>
    <name>es::FilterValueEditor</name>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>%1, from</source>
        <translation>%1, de</translation>
    </message>
    <message>
        <source>%1, value</source>
        <translation>%1, valeur</translation>
    </message>
    <message>
        <source>%1, to</source>
        <translation>%1, à</translation>
    </message>
    <message>
        <source>%1, values</source>
        <translation>%1, valeurs</translation>
    </message>
</context>
<context>
    <name>es::FilterValues</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>es::FiltersPage</name>
    <message>
        <source>Which records?</source>
        <translation>Quelles fiches ?</translation>
    </message>
    <message>
        <source>Could not load the properties of %1: %2</source>
        <translation>Impossible de charger les propriétés de %1 : %2</translation>
    </message>
    <message>
        <source>Step 2 of 5 · %1, filtered. A record is exported when it matches any group; inside a group every condition must hold.</source>
        <translation>Étape 2 sur 5 · %1, filtrés. Une fiche est exportée si elle correspond à l&apos;un des groupes ; dans un groupe, toutes les conditions doivent être vraies.</translation>
    </message>
    <message>
        <source>No account is connected, so the properties cannot be loaded.</source>
        <translation>Aucun compte n&apos;est connecté : impossible de charger les propriétés.</translation>
    </message>
    <message>
        <source>Loading the properties of %1…</source>
        <translation>Chargement des propriétés de %1…</translation>
    </message>
</context>
<context>
    <name>es::ListInfoModel</name>
    <message>
        <source>Static</source>
        <translation>Statique</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>List id %1</source>
        <translation>ID de liste %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>es::ListPage</name>
    <message>
        <source>Which list?</source>
        <translation>Quelle liste ?</translation>
    </message>
    <message>
        <source>Step 2 of 5 · The %1 in the list you choose are exported.</source>
        <translation>Étape 2 sur 5 · Exporte les %1 de la liste choisie.</translation>
    </message>
</context>
<context>
    <name>es::ListPicker</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search lists by name or id</source>
        <translation>Rechercher des listes par nom ou ID</translation>
    </message>
    <message>
        <source>Search lists</source>
        <translation>Rechercher des listes</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>e.g. 123</source>
        <translation>p. ex. 123</translation>
    </message>
    <message>
        <source>Legacy list id</source>
        <translation>Ancien ID de liste</translation>
    </message>
    <message>
        <source>Lists made before 2023 may have an old id in their link; HubSpot translates it to the list&apos;s current id.</source>
        <translation>Les listes créées avant 2023 peuvent avoir un ancien ID dans leur lien ; HubSpot le convertit en ID actuel de la liste.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>Or enter a le&amp;gacy list id:</source>
        <translation>Ou saisissez un ancien &amp;ID de liste :</translation>
    </message>
    <message>
        <source>Could not load the lists: %1</source>
        <translation>Impossible de charger les listes : %1</translation>
    </message>
    <message>
        <source>No account is connected. Choose an account on the first page.</source>
        <translation>Aucun compte n&apos;est connecté. Choisissez un compte sur la première page.</translation>
    </message>
    <message>
        <source>Loading lists…</source>
        <translation>Chargement des listes…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No account is connected, so the id cannot be looked up.</source>
        <translation>Aucun compte n&apos;est connecté : impossible de rechercher l&apos;ID.</translation>
    </message>
    <message>
        <source>Looking up legacy list %1…</source>
        <translation>Recherche de l&apos;ancienne liste %1…</translation>
    </message>
    <message>
        <source>⚠ HubSpot knows no list with the legacy id %1. Check the number in the list&apos;s old link.</source>
        <translation>⚠ HubSpot ne connaît aucune liste avec l&apos;ancien ID %1. Vérifiez le numéro dans l&apos;ancien lien de la liste.</translation>
    </message>
    <message>
        <source>⚠ Could not look up the id: %1</source>
        <translation>⚠ Impossible de rechercher l&apos;ID : %1</translation>
    </message>
    <message>
        <source>Legacy id %1 is list %2 today.</source>
        <translation>L&apos;ancien ID %1 correspond aujourd&apos;hui à la liste %2.</translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>Aucune liste choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Chosen: list %1</source>
        <translation>Choisie : liste %1</translation>
    </message>
    <message>
        <source>Chosen: “%1” (list %2)</source>
        <translation>Choisie : « %1 » (liste %2)</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <source>&amp;New export…</source>
        <translation>&amp;Nouvel export…</translation>
    </message>
    <message>
        <source>Choose what to export, step by step (Ctrl+N)</source>
        <translation>Choisir pas à pas ce qu&apos;il faut exporter (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Run preset</source>
        <translation>&amp;Exécuter le modèle</translation>
    </message>
    <message>
        <source>Run the preset selected on the left on the current account (Ctrl+Shift+R)</source>
        <translation>Exécuter le modèle sélectionné à gauche sur le compte actuel (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Add accounts, change tokens, test connections</source>
        <translation>Ajouter des comptes, changer les jetons, tester les connexions</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Use the built-in &amp;sandbox</source>
        <translation>Utiliser la &amp;sandbox intégrée</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>&amp;Importer des modèles…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Export Studio</source>
        <translation>À &amp;propos d&apos;Export Studio</translation>
    </message>
    <message>
        <source>About Export Studio</source>
        <translation>À propos d&apos;Export Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export Studio %1&lt;/b&gt;&lt;br&gt;Exports HubSpot CRM records through HubSpot&apos;s CRM Exports API.</source>
        <translation>&lt;b&gt;Export Studio %1&lt;/b&gt;&lt;br&gt;Exporte les fiches du CRM HubSpot via l&apos;API CRM Exports de HubSpot.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Compte actuel</translation>
    </message>
    <message>
        <source>SANDBOX · test data</source>
        <translation>SANDBOX · données de test</translation>
    </message>
    <message>
        <source>You are working on the built-in sandbox: made-up records on this computer, not a real HubSpot portal.</source>
        <translation>Vous travaillez dans la sandbox intégrée : des fiches fictives sur cet ordinateur, pas un vrai portail HubSpot.</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Mode sandbox</translation>
    </message>
    <message>
        <source>Exports left today</source>
        <translation>Exports restants aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
        <translation>%1/%2 exports restants aujourd&apos;hui</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <translation> · prochain créneau %1</translation>
    </message>
    <message>
        <source>HubSpot allows %1 exports per account in any 24 hours. Exports beyond that wait in the queue until a slot frees up.</source>
        <translation>HubSpot autorise %1 exports par compte sur 24 heures. Les exports au-delà attendent dans la file jusqu&apos;à ce qu&apos;un créneau se libère.</translation>
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
        <translation>Modèle « %1 » supprimé.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>The sandbox is running with made-up data. Start with New export (Ctrl+N).</source>
        <translation>La sandbox tourne avec des données fictives. Commencez par Nouvel export (Ctrl+N).</translation>
    </message>
    <message>
        <source>Select a preset on the left first, then run it (or double-click it).</source>
        <translation>Sélectionnez d&apos;abord un modèle à gauche, puis exécutez-le (ou double-cliquez dessus).</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage de la sandbox…</translation>
    </message>
    <message>
        <source>No file manager opened %1. Open the folder yourself.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a ouvert %1. Ouvrez le dossier vous-même.</translation>
    </message>
    <message>
        <source>Picked up 1 export from last time where it left off.</source>
        <translation>1 export de la dernière fois a repris là où il s&apos;était arrêté.</translation>
    </message>
    <message>
        <source>Picked up %1 exports from last time where they left off.</source>
        <translation>%1 exports de la dernière fois ont repris là où ils s&apos;étaient arrêtés.</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Pas encore de compte</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox active sur %1</translation>
    </message>
    <message>
        <source>Sandbox stopped: choose it again to restart it</source>
        <translation>Sandbox arrêtée : choisissez-la à nouveau pour la relancer</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Lecture du jeton de %1…</translation>
    </message>
    <message>
        <source>No token for %1: add it in Accounts</source>
        <translation>Aucun jeton pour %1 : ajoutez-le dans Comptes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API %1/%2 per %3 s</source>
        <translation>API %1/%2 par %3 s</translation>
    </message>
    <message>
        <source> · paused %1 s</source>
        <translation> · en pause %1 s</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 en attente</translation>
    </message>
    <message>
        <source>Requests HubSpot still allows in the current %1-second window. Export Studio paces itself so it never runs over.</source>
        <translation>Requêtes que HubSpot autorise encore dans la fenêtre actuelle de %1 secondes. Export Studio se régule pour ne jamais la dépasser.</translation>
    </message>
    <message>
        <source>Today: %1 of %2 left.</source>
        <translation>Aujourd&apos;hui : %1 sur %2 restants.</translation>
    </message>
    <message>
        <source>%1 running, %2 queued · if you quit, they carry on the next time you start Export Studio</source>
        <translation>%1 en cours, %2 en file · si vous quittez, ils reprendront au prochain démarrage d&apos;Export Studio</translation>
    </message>
    <message>
        <source>That preset no longer exists.</source>
        <translation>Ce modèle n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Add an account (or try the sandbox) before running a preset.</source>
        <translation>Ajoutez un compte (ou essayez la sandbox) avant d&apos;exécuter un modèle.</translation>
    </message>
    <message>
        <source>The preset “%1” cannot run: %2 Edit it to fix this.</source>
        <translation>Le modèle « %1 » ne peut pas être exécuté : %2 Modifiez-le pour corriger cela.</translation>
    </message>
    <message>
        <source>Saved the preset “%1”. Double-click it in Presets to run it again.</source>
        <translation>Modèle « %1 » enregistré. Double-cliquez dessus dans Modèles pour l&apos;exécuter à nouveau.</translation>
    </message>
    <message>
        <source>The settings of this export are no longer known (it was removed from Transfers). Start it again with New export, or save exports you repeat as presets.</source>
        <translation>Les réglages de cet export ne sont plus connus (il a été retiré des Transferts). Relancez-le avec Nouvel export, ou enregistrez comme modèles les exports que vous répétez.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 enregistré (%2).</translation>
    </message>
    <message>
        <source>Saved %1 files.</source>
        <translation>%1 fichiers enregistrés.</translation>
    </message>
    <message>
        <source>Export “%1” finished</source>
        <translation>Export « %1 » terminé</translation>
    </message>
    <message>
        <source>See Transfers for details.</source>
        <translation>Voir Transferts pour les détails.</translation>
    </message>
    <message>
        <source>Export “%1” failed</source>
        <translation>Échec de l&apos;export « %1 »</translation>
    </message>
    <message>
        <source>Open &amp;Accounts…</source>
        <translation>Ouvrir les &amp;comptes…</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Ouvrir les &amp;paramètres…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Export “%1” failed: %2</source>
        <translation>Échec de l&apos;export « %1 » : %2</translation>
    </message>
    <message>
        <source>Exports continue next time</source>
        <translation>Les exports reprendront la prochaine fois</translation>
    </message>
    <message>
        <source>Export Studio closed with unfinished exports. They carry on where they left off when you start it again.</source>
        <translation>Export Studio a été fermé avec des exports inachevés. Ils reprendront là où ils s&apos;étaient arrêtés au prochain démarrage.</translation>
    </message>
    <message>
        <source>Export “%1” finished. %2</source>
        <translation>Export « %1 » terminé. %2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le mot de passe du proxy : %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the proxy password is kept only until Export Studio quits.</source>
        <translation>Aucun trousseau système n&apos;est disponible : le mot de passe du proxy n&apos;est conservé que jusqu&apos;à la fermeture d&apos;Export Studio.</translation>
    </message>
</context>
<context>
    <name>es::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Close this note (Esc)</source>
        <translation>Fermer cette remarque (Échap)</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Fermer la remarque</translation>
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
        <translation>&amp;Noms internes comme en-têtes de colonne</translation>
    </message>
    <message>
        <source>Internal &amp;values instead of labels</source>
        <translation>&amp;Valeurs internes au lieu des libellés</translation>
    </message>
    <message>
        <source>Include association &amp;labels</source>
        <translation>Inclure les &amp;libellés d&apos;association</translation>
    </message>
    <message>
        <source>Show the &amp;primary name of associated records</source>
        <translation>Afficher le nom &amp;principal des fiches associées</translation>
    </message>
    <message>
        <source>Include more than 1,000 associated records per row</source>
        <translation>Inclure plus de 1 000 fiches associées par ligne</translation>
    </message>
    <message>
        <source>&amp;Unzip after download</source>
        <translation>&amp;Décompresser</translation>
    </message>
    <message>
        <source>&amp;Keep the zip file</source>
        <translation>&amp;Garder le zip</translation>
    </message>
    <message>
        <source>How should the file look?</source>
        <translation>À quoi doit ressembler le fichier ?</translation>
    </message>
    <message>
        <source>Step 4 of 5 · File format, language, name and where to save it.</source>
        <translation>Étape 4 sur 5 · Format, langue, nom et emplacement du fichier.</translation>
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
        <translation>XLS contient au plus 65 535 lignes par feuille ; les exports plus grands arrivent en plusieurs fichiers dans un zip.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Langue du fichier</translation>
    </message>
    <message>
        <source>Export name</source>
        <translation>Nom de l&apos;export</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Choisir le dossier de téléchargement</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Export name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs :</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Enregistrer &amp;dans :</translation>
    </message>
    <message>
        <source>After download:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>Associated objects</source>
        <translation>Objets associés</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>Fiches associées</translation>
    </message>
    <message>
        <source>Add the ids of associated records as extra columns.</source>
        <translation>Ajouter les ID des fiches associées en colonnes supplémentaires.</translation>
    </message>
    <message>
        <source>Save exports in</source>
        <translation>Enregistrer les exports dans</translation>
    </message>
    <message>
        <source>Choose the folder the export is saved in.</source>
        <translation>Choisissez le dossier où l&apos;export est enregistré.</translation>
    </message>
    <message>
        <source>%1 of %2 chosen — the most an export may have.</source>
        <translation>%1 sur %2 choisis — le maximum pour un export.</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%1 sur %2 choisis</translation>
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
        <translation>Certains fichiers de modèle n&apos;ont pas pu être lus et restent intacts : %1</translation>
    </message>
    <message>
        <source>Imported 1 preset. Double-click it to run it.</source>
        <translation>1 modèle importé. Double-cliquez dessus pour l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Imported %1 presets. Double-click one to run it.</source>
        <translation>%1 modèles importés. Double-cliquez sur l&apos;un d&apos;eux pour l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Saved the preset to %1. Anyone with Export Studio can import it; it holds no token.</source>
        <translation>Modèle enregistré dans %1. Toute personne disposant d&apos;Export Studio peut l&apos;importer ; il ne contient aucun jeton.</translation>
    </message>
</context>
<context>
    <name>es::PresetsModel</name>
    <message>
        <source>last run %1</source>
        <translation>dernière exécution : %1</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>jamais exécuté</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Double-click to run it on the current account.</source>
        <translation>Double-cliquez pour l&apos;exécuter sur le compte actuel.</translation>
    </message>
</context>
<context>
    <name>es::PresetsPanel</name>
    <message>
        <source>No presets yet. Save one from the export wizard&apos;s Review page, or import a preset file.</source>
        <translation>Aucun modèle pour l&apos;instant. Enregistrez-en un depuis la page Vérifier de l&apos;assistant d&apos;export, ou importez un fichier de modèle.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run the selected preset on the current account (Enter)</source>
        <translation>Exécuter le modèle sélectionné sur le compte actuel (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Saved exports. Press Enter to run one.</source>
        <translation>Exports enregistrés. Appuyez sur Entrée pour en exécuter un.</translation>
    </message>
    <message>
        <source>Run preset</source>
        <translation>Exécuter le modèle</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation>Autres actions sur les modèles</translation>
    </message>
    <message>
        <source>Edit, duplicate, rename, delete, import or export presets</source>
        <translation>Modifier, dupliquer, renommer, supprimer, importer ou exporter des modèles</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <source>Export Studio presets (*.json)</source>
        <translation>Modèles Export Studio (*.json)</translation>
    </message>
    <message>
        <source>Export preset</source>
        <translation>Exporter le modèle</translation>
    </message>
</context>
<context>
    <name>es::PropertyCombo</name>
    <message>
        <source>Type to search properties</source>
        <translation>Chercher une propriété</translation>
    </message>
    <message>
        <source>Internal name: %1</source>
        <translation>Nom interne : %1</translation>
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
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Search by label or internal name</source>
        <translation>Rechercher par libellé ou nom interne</translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation>Rechercher des propriétés</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Toutes les propriétés</translation>
    </message>
    <message>
        <source>Columns in export order</source>
        <translation>Colonnes dans l&apos;ordre d&apos;export</translation>
    </message>
    <message>
        <source>Drag to reorder; Delete removes a column</source>
        <translation>Faites glisser pour réordonner ; Suppr retire une colonne</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Monter la colonne</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Descendre la colonne</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Retirer la colonne</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>%n propriété</numerusform>
            <numerusform>%n propriétés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 properties match</source>
        <translation>Correspondances : %1 sur %2</translation>
    </message>
    <message>
        <source>C&amp;olumns in export order (%1)</source>
        <translation>C&amp;olonnes dans l&apos;ordre d&apos;export (%1)</translation>
    </message>
</context>
<context>
    <name>es::PropertyTreeModel</name>
    <message>
        <source>Other properties</source>
        <translation>Autres propriétés</translation>
    </message>
    <message>
        <source>%1 of %2 properties chosen</source>
        <translation>Propriétés choisies : %1 sur %2</translation>
    </message>
    <message>
        <source>Group %1, %2 of %3 chosen</source>
        <translation>Groupe %1, %2 sur %3 choisies</translation>
    </message>
    <message>
        <source>Internal name: %1
Type: %2</source>
        <translation>Nom interne : %1
Type : %2</translation>
    </message>
    <message>
        <source>%1, internal name %2</source>
        <translation>%1, nom interne %2</translation>
    </message>
    <message>
        <source>, hidden</source>
        <translation>, masquée</translation>
    </message>
    <message>
        <source>, calculated</source>
        <translation>, calculée</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>calculée</translation>
    </message>
</context>
<context>
    <name>es::ReviewPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Check and start</source>
        <translation>Vérifier et lancer</translation>
    </message>
    <message>
        <source>Step 5 of 5 · This is what Export Studio will ask HubSpot for.</source>
        <translation>Étape 5 sur 5 · Voici ce qu&apos;Export Studio demandera à HubSpot.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Request body sent to HubSpot (JSON)</source>
        <translation>Corps de la requête envoyé à HubSpot (JSON)</translation>
    </message>
    <message>
        <source>Copy the JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy the request body to the clipboard</source>
        <translation>Copier le corps de la requête dans le presse-papiers</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Request &amp;body (JSON):</source>
        <translation>&amp;Corps de la requête (JSON) :</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>All %1 in list %2</source>
        <translation>%1 : toute la liste %2</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; with associated %1</source>
        <translation> ; avec les %1 associés</translation>
    </message>
    <message>
        <source> (unzipped, zip kept)</source>
        <translation> (décompressé, zip conservé)</translation>
    </message>
    <message>
        <source> (unzipped)</source>
        <translation> (décompressé)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>✔ No problems found. Ready to start.</source>
        <translation>✔ Aucun problème trouvé. Prêt à lancer.</translation>
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
        <translation>Aucun dossier de téléchargement défini. Revenez à Sortie et choisissez-en un.</translation>
    </message>
    <message>
        <source>No account is chosen. Go back to the first page and choose one.</source>
        <translation>Aucun compte choisi. Revenez à la première page et choisissez-en un.</translation>
    </message>
</context>
<context>
    <name>es::SavePresetDialog</name>
    <message>
        <source>Save as preset</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional: what this export is for</source>
        <translation>Facultatif : à quoi sert cet export</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>es::ScalarEditor</name>
    <message>
        <source>Number, e.g. 1500.50</source>
        <translation>Nombre, p. ex. 1500,50</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Your local time; sent to HubSpot as UTC.</source>
        <translation>Votre heure locale ; envoyée à HubSpot en UTC.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>es::SelectedColumnsModel</name>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>calculée</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a property of this object in this account; HubSpot will refuse the export. Remove it.</source>
        <translation>« %1 » n&apos;est pas une propriété de cet objet dans ce compte ; HubSpot refusera l&apos;export. Retirez-la.</translation>
    </message>
    <message>
        <source>Column %1, %2</source>
        <translation>Colonne %1, %2</translation>
    </message>
</context>
<context>
    <name>es::SettingsDialog</name>
    <message>
        <source>&amp;Unpack zipped exports</source>
        <translation>&amp;Décompresser les exports zippés</translation>
    </message>
    <message>
        <source>&amp;Keep the zip file after unpacking</source>
        <translation>&amp;Garder le fichier zip après décompression</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when an export finishes or fails</source>
        <translation>Afficher une &amp;notification quand un export se termine ou échoue</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Most filter groups</source>
        <translation>Nombre max. de groupes de filtres</translation>
    </message>
    <message>
        <source>Most filters per group</source>
        <translation>Nombre max. de filtres par groupe</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Takes effect the next time Export Studio starts.</source>
        <translation>Prend effet au prochain démarrage d&apos;Export Studio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Filter limits</source>
        <translation>Limites des filtres</translation>
    </message>
    <message>
        <source>HubSpot accepts 3 groups of 3 filters; raise these only if your portal allows more.</source>
        <translation>HubSpot accepte 3 groupes de 3 filtres ; n&apos;augmentez ces valeurs que si votre portail le permet.</translation>
    </message>
    <message>
        <source>Most filter &amp;groups:</source>
        <translation>Nombre max. de &amp;groupes :</translation>
    </message>
    <message>
        <source>Most filters &amp;per group:</source>
        <translation>Nombre max. de filtres &amp;par groupe :</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Utiliser les réglages de proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system&apos;s settings come from your desktop or from the http_proxy, https_proxy and no_proxy variables. The built-in sandbox is always reached directly.</source>
        <translation>Les réglages du système viennent de votre bureau ou des variables http_proxy, https_proxy et no_proxy. La sandbox intégrée est toujours jointe directement.</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Only if the proxy asks you to sign in</source>
        <translation>Seulement si le proxy demande une connexion</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d&apos;utilisateur du proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Conservé dans le trousseau du système, jamais dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose another proxy setting.</source>
        <translation>Saisissez l&apos;hôte et le port du proxy, ou choisissez un autre réglage de proxy.</translation>
    </message>
</context>
<context>
    <name>es::SourcePage</name>
    <message>
        <source>&amp;Filtered records</source>
        <translation>Fiches &amp;filtrées</translation>
    </message>
    <message>
        <source>Records in a &amp;list</source>
        <translation>Fiches d&apos;une &amp;liste</translation>
    </message>
    <message>
        <source>What do you want to export?</source>
        <translation>Que voulez-vous exporter ?</translation>
    </message>
    <message>
        <source>Step 1 of 5 · Choose the account, the kind of records and how to pick them.</source>
        <translation>Étape 1 sur 5 · Choisissez le compte, le type de fiches et la façon de les sélectionner.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Pick records by conditions, for example “Lifecycle stage is Customer”, or take all.</source>
        <translation>Sélectionnez les fiches par conditions, par exemple « La phase du cycle de vie est Client », ou prenez-les toutes.</translation>
    </message>
    <message>
        <source>Export the members of one of your HubSpot lists.</source>
        <translation>Exporter les membres de l&apos;une de vos listes HubSpot.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Fiches :</translation>
    </message>
    <message>
        <source>Loading custom objects…</source>
        <translation>Chargement des objets personnalisés…</translation>
    </message>
    <message>
        <source>Custom objects could not be loaded (%1). Standard objects are available.</source>
        <translation>Impossible de charger les objets personnalisés (%1). Les objets standard sont disponibles.</translation>
    </message>
    <message>
        <source>No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>Aucun compte n&apos;est encore configuré. Ajoutez-en un dans Comptes ou essayez la sandbox intégrée.</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>⚠ No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>⚠ Aucun compte n&apos;est encore configuré. Ajoutez-en un dans Comptes ou essayez la sandbox intégrée.</translation>
    </message>
    <message>
        <source>%1 (custom object %2)</source>
        <translation>%1 (objet personnalisé %2)</translation>
    </message>
</context>
<context>
    <name>es::Text</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Waiting at HubSpot</source>
        <translation>En attente de HubSpot</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Décompression</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>download speed, %1 is a size such as &quot;2.1 MB&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>il y a %1 minutes</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transactions</translation>
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
        <translation>Vue</translation>
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
        <translation>En file, n° %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <translation> · prochain créneau %1</translation>
    </message>
    <message>
        <source>Asking HubSpot to start the export…</source>
        <translation>Demande à HubSpot de lancer l&apos;export…</translation>
    </message>
    <message>
        <source>Waiting for HubSpot to begin (no percentage available)</source>
        <translation>En attente du démarrage par HubSpot (pas de pourcentage disponible)</translation>
    </message>
    <message>
        <source>HubSpot is building the file · %1 records</source>
        <translation>HubSpot génère le fichier · %1 fiches</translation>
    </message>
    <message>
        <source>HubSpot is building the file (no percentage available)</source>
        <translation>HubSpot génère le fichier (pas de pourcentage disponible)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Unpacking · %1 of %2</source>
        <translation>Décompression · %1 sur %2</translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation>Décompression…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
        <translation>%1 fichiers · %2</translation>
    </message>
    <message>
        <source>Failed for an unknown reason: retry, or look at the details in the tooltip.</source>
        <translation>Échec pour une raison inconnue : réessayez ou consultez les détails dans l&apos;info-bulle.</translation>
    </message>
    <message>
        <source>Canceled before it started</source>
        <translation>Annulé avant le démarrage</translation>
    </message>
    <message>
        <source>Canceled here; HubSpot may still finish it, nothing is downloaded</source>
        <translation>Annulé ici ; HubSpot peut encore le terminer, rien n&apos;est téléchargé</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>HubSpot export id: %1</source>
        <translation>ID d&apos;export HubSpot : %1</translation>
    </message>
    <message>
        <source>HubSpot state: %1</source>
        <translation>État chez HubSpot : %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Fiches : %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time per state: %1</source>
        <translation>Temps par état : %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <source>Untitled export</source>
        <translation>Export sans titre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>es::TransfersPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the selected exports (HubSpot has no cancel: an export it already runs is only no longer downloaded)</source>
        <translation>Arrêter les exports sélectionnés (HubSpot ne permet pas d&apos;annuler : un export déjà en cours n&apos;est simplement plus téléchargé)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Run the selected failed or canceled exports again</source>
        <translation>Relancer les exports échoués ou annulés sélectionnés</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Start this export earlier (Ctrl+Up)</source>
        <translation>Lancer cet export plus tôt (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Start this export later (Ctrl+Down)</source>
        <translation>Lancer cet export plus tard (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the downloaded files in the file manager</source>
        <translation>Afficher les fichiers téléchargés dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove finished exports from the list (the files stay)</source>
        <translation>Retirer les exports terminés de la liste (les fichiers restent)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Transfer actions</source>
        <translation>Actions de transfert</translation>
    </message>
    <message>
        <source>Exports that are queued, running or finished</source>
        <translation>Exports en file, en cours ou terminés</translation>
    </message>
    <message>
        <source>No exports yet.
Start one with New export (Ctrl+N) or double-click a preset.</source>
        <translation>Aucun export pour l&apos;instant.
Lancez-en un avec Nouvel export (Ctrl+N) ou double-cliquez sur un modèle.</translation>
    </message>
    <message>
        <source>Check the &amp;account…</source>
        <translation>Vérifier le &amp;compte…</translation>
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation>Ouvrir les &amp;paramètres…</translation>
    </message>
</context>
<context>
    <name>es::WelcomePanel</name>
    <message>
        <source>&amp;Try it on the built-in sandbox</source>
        <translation>&amp;Essayer dans la sandbox intégrée</translation>
    </message>
    <message>
        <source>&amp;Add HubSpot account…</source>
        <translation>&amp;Ajouter un compte HubSpot…</translation>
    </message>
    <message>
        <source>Welcome to Export Studio</source>
        <translation>Bienvenue dans Export Studio</translation>
    </message>
    <message>
        <source>Export contacts, companies, deals, tickets and custom objects from HubSpot as CSV or Excel files: pick the records with filters or a list, choose the columns, and save the export as a preset to run it again with one double-click.</source>
        <translation>Exportez contacts, entreprises, transactions, tickets et objets personnalisés de HubSpot en fichiers CSV ou Excel : sélectionnez les fiches par filtres ou par liste, choisissez les colonnes et enregistrez l&apos;export comme modèle pour le relancer d&apos;un double-clic.</translation>
    </message>
    <message>
        <source>The sandbox is a pretend HubSpot portal on this computer with made-up data: try everything without an account and without touching real records.</source>
        <translation>La sandbox est un faux portail HubSpot sur cet ordinateur, avec des données fictives : essayez tout sans compte et sans toucher à de vraies fiches.</translation>
    </message>
    <message>
        <source>For a real portal you need a private app access token with the crm.export scope (HubSpot: Settings › Integrations › Private apps).</source>
        <translation>Pour un vrai portail, il vous faut un jeton d&apos;accès d&apos;application privée avec le champ d&apos;application crm.export (HubSpot : Paramètres › Intégrations › Applications privées).</translation>
    </message>
</context>
<context>
    <name>es::WizardModel</name>
    <message>
        <source>%1 export %2</source>
        <translation>Export %1 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export HubSpot CRM records through the Exports API.</source>
        <translation>Exporte les fiches du CRM HubSpot via l&apos;API Exports.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox (made-up data).</source>
        <translation>Démarrer sur la sandbox intégrée (données fictives).</translation>
    </message>
    <message>
        <source>Preset files (.json) to import and open.</source>
        <translation>Fichiers de modèle (.json) à importer et ouvrir.</translation>
    </message>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>Start a separate instance even if one is running (for testing).</source>
        <translation>Démarrer une instance séparée même si une autre tourne déjà (pour les tests).</translation>
    </message>
</context>
</TS>
