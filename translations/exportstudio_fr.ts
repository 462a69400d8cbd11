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
        <extracomment>A condition in words: %1 the property (&quot;Lifecycle stage&quot;), %2 the comparison (&quot;is&quot;, &quot;contains&quot;), %3 the value or values. Reorder for your language.</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>(aucun opérateur)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A condition without a value: %1 the property, %2 the comparison (&quot;is known&quot;)</extracomment>
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
        <extracomment>Between the values of a condition such as &quot;Lifecycle stage is any of Lead, Customer&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source> AND </source>
        <extracomment>Joins the conditions of one group: a record must match them all</extracomment>
        <translation> ET </translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>Brackets around one group of conditions when there are several groups (joined with OR)</extracomment>
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
        <extracomment>Joins the groups of conditions: a record matches if it matches any one group</extracomment>
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
        <extracomment>The full stop that ends the description of the records an export takes</extracomment>
        <translation>.</translation>
    </message>
    <message>
        <source>is on</source>
        <extracomment>Comparison of a date property with one day: &quot;Create date is on 3 March 2026&quot;</extracomment>
        <translation>est le</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>Comparison of a property with one value: &quot;Lifecycle stage is Customer&quot;</extracomment>
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
        <translation>Impossible de lire le fichier des comptes %1 (%2). Vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2). Add your accounts again; the damaged file is kept as %1.bak.</source>
        <translation>Le fichier des comptes %1 est endommagé (%2). Ajoutez à nouveau vos comptes ; le fichier endommagé est conservé sous %1.bak.</translation>
    </message>
    <message>
        <source>The accounts file %1 was written by a newer version of Export Studio. Update Export Studio to use it.</source>
        <translation>Le fichier des comptes %1 a été écrit par une version plus récente d&apos;Export Studio. Mettez Export Studio à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Cannot save the accounts: %1</source>
        <translation>Impossible d&apos;enregistrer les comptes : %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unreadable accounts file %1 as %2. Move the file away and try again.</source>
        <translation>Impossible de conserver une copie du fichier des comptes illisible %1 sous %2. Déplacez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>Cannot save the accounts to %1: %2. %3</source>
        <translation>Impossible d&apos;enregistrer les comptes dans %1 : %2. %3</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot;.</source>
        <translation>Aucun compte n&apos;a l&apos;ID « %1 ».</translation>
    </message>
    <message>
        <source>The account needs a name. Enter one, for example the company&apos;s name.</source>
        <translation>Le compte a besoin d&apos;un nom. Saisissez-en un, par exemple le nom de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Use https://api.hubapi.com for HubSpot, or the sandbox&apos;s http://127.0.0.1:PORT address.</source>
        <translation>« %1 » n&apos;est pas une adresse web. Utilisez https://api.hubapi.com pour HubSpot, ou l&apos;adresse http://127.0.0.1:PORT de la sandbox.</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot; to remove.</source>
        <translation>Aucun compte à supprimer n&apos;a l&apos;ID « %1 ».</translation>
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
    <message>
        <source>Not saved. Paste the right token, then save again.</source>
        <translation>Non enregistré. Collez le bon jeton, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Checking the token with HubSpot…</source>
        <translation>Vérification du jeton auprès de HubSpot…</translation>
    </message>
    <message>
        <source>Not saved: the check was canceled.</source>
        <translation>Non enregistré : la vérification a été annulée.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Le jeton n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Storing the token in your keychain (answer its prompt if one opens)…</source>
        <translation>Enregistrement du jeton dans votre trousseau (répondez à sa demande si elle s&apos;affiche)…</translation>
    </message>
    <message>
        <source>Saved, but the token is kept for this session only (see the keychain note above).</source>
        <translation>Enregistré, mais le jeton n&apos;est conservé que pour cette session (voir la note sur le trousseau ci-dessus).</translation>
    </message>
    <message>
        <source>Asking HubSpot…</source>
        <translation>Interrogation de HubSpot…</translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>HubSpot says this token has expired (EXPIRED_AUTHENTICATION): copy the private app&apos;s current token in HubSpot (Settings › Integrations › Private apps) and paste it here.</source>
        <translation>HubSpot indique que ce jeton a expiré (EXPIRED_AUTHENTICATION) : copiez le jeton actuel de l&apos;application privée dans HubSpot (Paramètres › Intégrations › Applications privées) et collez-le ici.</translation>
    </message>
    <message>
        <source>HubSpot refused this token (%1): copy the private app&apos;s token again in HubSpot (Settings › Integrations › Private apps) and paste it here.</source>
        <translation>HubSpot a refusé ce jeton (%1) : copiez à nouveau le jeton de l&apos;application privée dans HubSpot (Paramètres › Intégrations › Applications privées) et collez-le ici.</translation>
    </message>
    <message>
        <source>%1 (HubSpot correlation id %2)</source>
        <extracomment>%1 is a whole message, %2 an id HubSpot support can look up</extracomment>
        <translation>%1 (identifiant de corrélation HubSpot %2)</translation>
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
        <source>&amp;API address:</source>
        <translation>Adresse de l&apos;&amp;API :</translation>
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
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>HubSpot API version</source>
        <translation>Version de l’API HubSpot</translation>
    </message>
    <message>
        <source>Newest (%1)</source>
        <extracomment>%1 is the newest version&apos;s date name, e.g. 2026-09</extracomment>
        <translation>La plus récente (%1)</translation>
    </message>
    <message>
        <source>v3 (legacy)</source>
        <translation>v3 (ancienne)</translation>
    </message>
    <message>
        <source>HubSpot names its API versions by date and calls /crm/v3 legacy. Keep the newest unless your portal refuses it: when a portal answers “not found” for a newer version, Export Studio uses the next older one, says so and remembers it here.</source>
        <translation>HubSpot nomme les versions de son API par date et qualifie /crm/v3 d’ancienne. Gardez la plus récente sauf si votre portail la refuse : quand un portail répond « introuvable » pour une version plus récente, Export Studio prend la précédente, le signale et s’en souvient ici.</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l’API :</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>En attente d&apos;une réponse</translation>
    </message>
    <message>
        <source>Stop waiting for HubSpot&apos;s answer</source>
        <translation>Ne plus attendre la réponse de HubSpot</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <extracomment>What the dialog waits for (&quot;Asking HubSpot…&quot;), then the seconds waited so far</extracomment>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>Save a refused token?</source>
        <translation>Enregistrer un jeton refusé ?</translation>
    </message>
    <message>
        <source>HubSpot did not accept this token for exports.</source>
        <translation>HubSpot n&apos;a pas accepté ce jeton pour les exports.</translation>
    </message>
    <message>
        <source>Exports with this account will fail until the token is fixed. Save it anyway?</source>
        <translation>Les exports avec ce compte échoueront tant que le jeton n&apos;est pas corrigé. L&apos;enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>es::ApiError</name>
    <message>
        <source>no HTTP status</source>
        <translation>pas de statut HTTP</translation>
    </message>
    <message>
        <source>%1 (HubSpot correlation id %2)</source>
        <extracomment>%1 is a whole message, %2 an id HubSpot support can look up</extracomment>
        <translation>%1 (ID de corrélation HubSpot %2)</translation>
    </message>
    <message>
        <source>The request</source>
        <extracomment>The subject of &quot;%1 could not reach HubSpot&quot;, &quot;%1 timed out&quot;, &quot;%1 was canceled&quot;</extracomment>
        <translation>La requête</translation>
    </message>
    <message>
        <source>The request (%1)</source>
        <translation>La requête (%1)</translation>
    </message>
    <message>
        <source>HubSpot says: %1</source>
        <translation>HubSpot indique : %1</translation>
    </message>
    <message>
        <source>HubSpot says the access token has expired (EXPIRED_AUTHENTICATION): sign in again or re-enter the token in Accounts.</source>
        <translation>HubSpot indique que le jeton d&apos;accès a expiré (EXPIRED_AUTHENTICATION) : reconnectez-vous ou saisissez à nouveau le jeton dans Comptes.</translation>
    </message>
    <message>
        <source>HubSpot refused the access token (%1): re-enter the token in Accounts.</source>
        <translation>HubSpot a refusé le jeton d&apos;accès (%1) : saisissez à nouveau le jeton dans Comptes.</translation>
    </message>
    <message>
        <source>The token lacks the %1 scope: in HubSpot, add it to the private app (OAuth: a Super Admin must grant it).</source>
        <extracomment>%1 is a scope name such as crm.export (the private app&apos;s permission)</extracomment>
        <translation>Le jeton n&apos;a pas le champ d&apos;application %1 : dans HubSpot, ajoutez-le à l&apos;application privée (OAuth : un super administrateur doit l&apos;accorder).</translation>
    </message>
    <message>
        <source>The token lacks the %1 scopes: in HubSpot, add them to the private app (OAuth: a Super Admin must grant them).</source>
        <translation>Le jeton n&apos;a pas les champs d&apos;application %1 : dans HubSpot, ajoutez-les à l&apos;application privée (OAuth : un super administrateur doit les accorder).</translation>
    </message>
    <message>
        <source>HubSpot denied access (HTTP 403).</source>
        <translation>HubSpot a refusé l&apos;accès (HTTP 403).</translation>
    </message>
    <message>
        <source>Check that the account and token belong to the portal that owns this export.</source>
        <translation>Vérifiez que le compte et le jeton appartiennent au portail auquel appartient cet export.</translation>
    </message>
    <message>
        <source>HubSpot could not find what was asked for (HTTP 404).</source>
        <translation>HubSpot n&apos;a pas trouvé l&apos;élément demandé (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the id or object type; it may have been deleted.</source>
        <translation>Vérifiez l&apos;ID ou le type d&apos;objet ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>unknown property: %1</source>
        <translation>propriété inconnue : %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the request.</source>
        <translation>HubSpot a rejeté la requête.</translation>
    </message>
    <message>
        <source>HubSpot rejected the request: %1</source>
        <translation>HubSpot a rejeté la requête : %1</translation>
    </message>
    <message>
        <source>Fix the request and try again.</source>
        <translation>Corrigez la requête et réessayez.</translation>
    </message>
    <message>
        <source>Fix these fields: %1</source>
        <translation>Corrigez ces champs : %1</translation>
    </message>
    <message>
        <source>Daily limit reached: HubSpot allows no more API requests (or exports) for this account today. Try again after midnight in the account&apos;s time zone, or raise the limit with HubSpot&apos;s API add-on.</source>
        <translation>Limite quotidienne atteinte : HubSpot n&apos;accepte plus de requêtes API (ni d&apos;exports) pour ce compte aujourd&apos;hui. Réessayez après minuit dans le fuseau horaire du compte, ou augmentez la limite avec le module complémentaire API de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was hit and it was still hit after the retries.</source>
        <translation>La limite de débit de HubSpot a été atteinte, et elle l&apos;était encore après les nouvelles tentatives.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was hit (%1) and it was still hit after the retries.</source>
        <translation>La limite de débit de HubSpot a été atteinte (%1), et elle l&apos;était encore après les nouvelles tentatives.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s and try again; other apps using this account share the same limit.</source>
        <translation>
            <numerusform>Attendez %n s et réessayez ; les autres applications qui utilisent ce compte partagent la même limite.</numerusform>
            <numerusform>Attendez %n s et réessayez ; les autres applications qui utilisent ce compte partagent la même limite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a few seconds and try again; other apps using this account share the same limit.</source>
        <translation>Attendez quelques secondes et réessayez ; les autres applications qui utilisent ce compte partagent la même limite.</translation>
    </message>
    <message>
        <source>HubSpot had a server error (HTTP %1) and it persisted after the retries.</source>
        <translation>HubSpot a rencontré une erreur serveur (HTTP %1) qui a persisté après les nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Try again later; check status.hubspot.com if it lasts.</source>
        <translation>Réessayez plus tard ; consultez status.hubspot.com si cela persiste.</translation>
    </message>
    <message>
        <source>HubSpot answered with a redirect (HTTP %1), which Export Studio does not follow for API calls. Check the API address in the account settings.</source>
        <translation>HubSpot a répondu par une redirection (HTTP %1), qu&apos;Export Studio ne suit pas pour les appels API. Vérifiez l&apos;adresse de l&apos;API dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1).</source>
        <translation>HubSpot a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1, %2).</source>
        <translation>HubSpot a refusé la requête (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>HubSpot answered with something that is not JSON (%1). This is usually a temporary problem at HubSpot or a proxy in between: try again later.</source>
        <extracomment>%1 is the HTTP status and what came instead, e.g. &quot;HTTP 502, an HTML page&quot;</extracomment>
        <translation>HubSpot a répondu par autre chose que du JSON (%1). C&apos;est généralement un problème passager chez HubSpot ou sur un proxy intermédiaire : réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 could not set up a secure connection to HubSpot: %2. Export Studio never ignores certificate errors; check the computer&apos;s date and time, a proxy that inspects HTTPS traffic, and the API address.</source>
        <extracomment>%1 is &quot;The request (...)&quot;, %2 the TLS library&apos;s reason</extracomment>
        <translation>%1 n&apos;a pas pu établir de connexion sécurisée avec HubSpot : %2. Export Studio n&apos;ignore jamais les erreurs de certificat ; vérifiez la date et l&apos;heure de l&apos;ordinateur, un éventuel proxy qui inspecte le trafic HTTPS, et l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>échec de la négociation TLS</translation>
    </message>
    <message>
        <source>%1 could not reach HubSpot: %2. Check your connection/proxy and try again.</source>
        <extracomment>%1 is &quot;The request (...)&quot;, %2 the network&apos;s reason</extracomment>
        <translation>%1 n&apos;a pas pu joindre HubSpot : %2. Vérifiez votre connexion ou votre proxy et réessayez.</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>%1 timed out: HubSpot did not answer in time. Check your connection/proxy and try again.</source>
        <translation>%1 a expiré : HubSpot n&apos;a pas répondu à temps. Vérifiez votre connexion ou votre proxy et réessayez.</translation>
    </message>
    <message>
        <source>Refused to send the token: %1</source>
        <translation>Envoi du jeton refusé : %1</translation>
    </message>
    <message>
        <source>the API address is not secure</source>
        <translation>l&apos;adresse de l&apos;API n&apos;est pas sécurisée</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 a été annulée.</translation>
    </message>
    <message>
        <source>HubSpot answered with a server error (HTTP %1)</source>
        <translation>HubSpot a répondu par une erreur serveur (HTTP %1)</translation>
    </message>
    <message>
        <source>HubSpot did not answer in time</source>
        <translation>HubSpot n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the connection broke (%1)</source>
        <translation>la connexion a été coupée (%1)</translation>
    </message>
    <message>
        <source>The export may or may not have started: %1 after the request was sent. It was not sent again, because a second start would use another export from the daily quota. Check HubSpot&apos;s export log (Settings &gt; Import &amp; Export) before starting it again.</source>
        <extracomment>%1 says what happened, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>L&apos;export a peut-être démarré, peut-être pas : %1 après l&apos;envoi de la requête. Elle n&apos;a pas été renvoyée, car un second démarrage consommerait un autre export du quota quotidien. Consultez le journal des exports de HubSpot (Paramètres &gt; Importations et exportations) avant de le relancer.</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>une page HTML</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON invalide</translation>
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
        <extracomment>Loading failed: the warning sign, then what went wrong in words</extracomment>
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
        <extracomment>Between the chosen values shown in the closed box, e.g. &quot;Lead, Customer&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <source>Filter the values</source>
        <translation>Filtrer les valeurs</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
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
    <name>es::Completeness</name>
    <message>
        <source>The records in the files could not be counted: %1</source>
        <extracomment>%1 why the downloaded files could not be counted (a sentence)</extracomment>
        <translation>Impossible de compter les enregistrements des fichiers : %1</translation>
    </message>
    <message>
        <source>%1 records in the files (HubSpot did not report a count)</source>
        <extracomment>%1 the number of data rows in the downloaded files</extracomment>
        <translation>%1 enregistrements dans les fichiers (HubSpot n’a pas indiqué de nombre)</translation>
    </message>
    <message>
        <source>%1 records, as HubSpot reported</source>
        <translation>%1 enregistrements, comme indiqué par HubSpot</translation>
    </message>
    <message>
        <source>HubSpot reported %1; the files hold %2</source>
        <extracomment>%1 HubSpot&apos;s recordCount, %2 the data rows in the downloaded files</extracomment>
        <translation>HubSpot a indiqué %1 ; les fichiers en contiennent %2</translation>
    </message>
    <message>
        <source> (counted before the start: %1)</source>
        <extracomment>Appended: %1 the records counted before the export was started</extracomment>
        <translation> (comptés avant le début : %1)</translation>
    </message>
</context>
<context>
    <name>es::CountLabel</name>
    <message>
        <source>Record count</source>
        <translation>Nombre d’enregistrements</translation>
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
        <translation>Le nombre s’affiche dès que chaque filtre est complet.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Count unavailable: %1</source>
        <extracomment>%1 is why, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>Nombre indisponible : %1</translation>
    </message>
    <message>
        <source>The list holds no %1: the export would be empty and still count as one of the day&apos;s exports.</source>
        <translation>La liste ne contient aucun(e) %1 : l’export serait vide et compterait quand même parmi les exports du jour.</translation>
    </message>
    <message>
        <source>No %1 match: the export would be empty and still count as one of the day&apos;s exports.</source>
        <translation>Aucun(e) %1 ne correspond : l’export serait vide et compterait quand même parmi les exports du jour.</translation>
    </message>
    <message>
        <source>%1 %2 in the list will be exported</source>
        <extracomment>%1 is a number, %2 the object (&quot;2,345 contacts will be exported&quot;)</extracomment>
        <translation>%1 %2 de la liste seront exporté(e)s</translation>
    </message>
    <message>
        <source>%1 %2 will be exported</source>
        <translation>%1 %2 seront exporté(e)s</translation>
    </message>
    <message>
        <source>≈ %1 match</source>
        <extracomment>a filter group&apos;s own count, approximate like HubSpot&apos;s search total</extracomment>
        <translation>≈ %1 correspondent</translation>
    </message>
    <message>
        <source>counting…</source>
        <comment>a filter group&apos;s count</comment>
        <translation>comptage…</translation>
    </message>
    <message numerus="yes">
        <source>About %1 in %n %2 files inside one zip (HubSpot splits at %3 rows a file)</source>
        <extracomment>%1 a size (&quot;12.5 MB&quot;), %2 the format, %3 the rows per file</extracomment>
        <translation>
            <numerusform>Environ %1 en %n fichier %2 dans un zip (HubSpot découpe tous les %3 lignes)</numerusform>
            <numerusform>Environ %1 en %n fichiers %2 dans un zip (HubSpot découpe tous les %3 lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 in one %2 file, zipped (HubSpot zips CSV files over 2 MB)</source>
        <translation>Environ %1 en un fichier %2, zippé (HubSpot zippe les CSV de plus de 2 Mo)</translation>
    </message>
    <message>
        <source>About %1 in one %2 file</source>
        <translation>Environ %1 en un fichier %2</translation>
    </message>
    <message numerus="yes">
        <source>XLS holds %1 rows a file; XLSX would arrive as %n file(s). Choose XLSX on the Output page.</source>
        <translation>
            <numerusform>XLS contient %1 lignes par fichier ; XLSX arriverait en %n fichier. Choisissez XLSX à la page Sortie.</numerusform>
            <numerusform>XLS contient %1 lignes par fichier ; XLSX arriverait en %n fichiers. Choisissez XLSX à la page Sortie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::CsvTableReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>es::DayPlanModel</name>
    <message>
        <source>Tomorrow %1</source>
        <extracomment>a planned run&apos;s start, %1 the time</extracomment>
        <translation>Demain %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday time</comment>
        <extracomment>a planned run&apos;s start, %1 the weekday, %2 the time</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>After the run before it (one export at a time)</source>
        <translation>Après l’exécution précédente (une exportation à la fois)</translation>
    </message>
    <message>
        <source>Waits for the daily export limit</source>
        <translation>Attend la limite quotidienne d’exportations</translation>
    </message>
    <message>
        <source>Missed at %1: runs once now</source>
        <extracomment>%1 when the missed run was due</extracomment>
        <translation>Manquée à %1 : s’exécute une fois maintenant</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À l’heure</translation>
    </message>
    <message>
        <source>Starts</source>
        <comment>planned run</comment>
        <translation>Début</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>planned run</comment>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>es::DiffModel</name>
    <message>
        <source>added</source>
        <comment>a record in the newer run only</comment>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a record whose values differ between the runs</comment>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a record in the older run only</comment>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>old value → new value</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID de l’enregistrement</translation>
    </message>
</context>
<context>
    <name>es::DiffSession</name>
    <message>
        <source>There is no comparison to export yet.</source>
        <translation>Il n’y a pas encore de comparaison à exporter.</translation>
    </message>
</context>
<context>
    <name>es::DownloadTask</name>
    <message>
        <source>Could not set up a secure connection to the download server %1: %2. Export Studio never ignores certificate errors and does not retry them. If the certificate is not trusted, add the certificate authority that signed it to the system&apos;s trusted certificates (a proxy or antivirus that inspects HTTPS needs its own CA there); also check the computer&apos;s date and time. Then resume the download; the part already downloaded is kept.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur de téléchargement %1 : %2. Export Studio n&apos;ignore jamais les erreurs de certificat et ne les retente pas. Si le certificat n&apos;est pas approuvé, ajoutez l&apos;autorité de certification qui l&apos;a signé aux certificats de confiance du système (un proxy ou un antivirus qui inspecte le HTTPS y a besoin de sa propre CA) ; vérifiez aussi la date et l&apos;heure de l&apos;ordinateur. Reprenez ensuite le téléchargement ; la partie déjà téléchargée est conservée.</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not replaced. Choose another name or folder.</source>
        <translation>Un fichier existe déjà à l&apos;emplacement %1 ; il n&apos;a pas été remplacé. Choisissez un autre nom ou dossier.</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>The download was canceled; the part already downloaded is kept so it can be resumed.</source>
        <translation>Le téléchargement a été annulé ; la partie déjà téléchargée est conservée pour pouvoir le reprendre.</translation>
    </message>
    <message>
        <source>the file changed on the server</source>
        <translation>le fichier a changé sur le serveur</translation>
    </message>
    <message>
        <source>the server resumed at the wrong offset</source>
        <translation>le serveur a repris au mauvais endroit</translation>
    </message>
    <message>
        <source>The server announces %1 bytes but the export should have %2; nothing was saved. Download the export again.</source>
        <translation>Le serveur annonce %1 octets alors que l&apos;export devrait en avoir %2 ; rien n&apos;a été enregistré. Téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>The export needs %1 more but the folder %2 has only %3 free. Free some space there, then resume the download.</source>
        <translation>L&apos;export nécessite encore %1 mais le dossier %2 n&apos;a que %3 de libre. Libérez-y de l&apos;espace, puis reprenez le téléchargement.</translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes it announced; the download was discarded. Download the export again.</source>
        <translation>Le serveur a envoyé plus que les %1 octets annoncés ; le téléchargement a été abandonné. Téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>why a write failed</comment>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>The download link was refused (HTTP %1); it has probably expired. A fresh link is needed; the part already downloaded is kept.</source>
        <translation>Le lien de téléchargement a été refusé (HTTP %1) ; il a probablement expiré. Un nouveau lien est nécessaire ; la partie déjà téléchargée est conservée.</translation>
    </message>
    <message>
        <source>the server refused the range</source>
        <translation>le serveur a refusé la plage</translation>
    </message>
    <message>
        <source>The download from %1 stalled: no data for %2 s.</source>
        <translation>Le téléchargement depuis %1 est bloqué : aucune donnée depuis %2 s.</translation>
    </message>
    <message>
        <source>The download server %1 answered HTTP %2.</source>
        <translation>Le serveur de téléchargement %1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>The download server %1 answered HTTP %2; the download cannot continue.</source>
        <translation>Le serveur de téléchargement %1 a répondu HTTP %2 ; le téléchargement ne peut pas continuer.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>The download server %1 sent no file.</source>
        <translation>Le serveur de téléchargement %1 n&apos;a envoyé aucun fichier.</translation>
    </message>
    <message>
        <source>The connection to %1 closed after %2 of %3 bytes.</source>
        <translation>La connexion à %1 s&apos;est fermée après %2 octets sur %3.</translation>
    </message>
    <message>
        <source>The download link redirected more than %1 times; giving up.</source>
        <translation>Le lien de téléchargement a redirigé plus de %1 fois ; abandon.</translation>
    </message>
    <message>
        <source>The download link redirected to an address that is not allowed (%1); only http and https are followed, never from https to http.</source>
        <translation>Le lien de téléchargement a redirigé vers une adresse non autorisée (%1) ; seuls http et https sont suivis, jamais de https vers http.</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>aucun schéma</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempts; the part already downloaded is kept, resume later.</source>
        <extracomment>%1 is what went wrong (a whole sentence)</extracomment>
        <translation>
            <numerusform>%1 Abandon après %n tentative ; la partie déjà téléchargée est conservée, reprenez plus tard.</numerusform>
            <numerusform>%1 Abandon après %n tentatives ; la partie déjà téléchargée est conservée, reprenez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download server %1 keeps answering inconsistently (%2); giving up.</source>
        <translation>Le serveur de téléchargement %1 répond toujours de façon incohérente (%2) ; abandon.</translation>
    </message>
    <message>
        <source>The download has %1 bytes instead of %2; it was discarded. Download the export again.</source>
        <translation>Le téléchargement fait %1 octets au lieu de %2 ; il a été abandonné. Téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 does not match its ETag</source>
        <translation>le SHA-256 du fichier ne correspond pas à son ETag</translation>
    </message>
    <message>
        <source>the file&apos;s MD5 does not match its ETag</source>
        <translation>le MD5 du fichier ne correspond pas à son ETag</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not replaced. The download is kept as %2.</source>
        <translation>Un fichier existe déjà à l&apos;emplacement %1 ; il n&apos;a pas été remplacé. Le téléchargement est conservé sous %2.</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2). Free some space there or choose another folder, then resume the download.</source>
        <translation>Impossible d&apos;écrire le téléchargement dans %1 (%2). Libérez-y de l&apos;espace ou choisissez un autre dossier, puis reprenez le téléchargement.</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2). Free some space there, then resume the download.</source>
        <translation>Impossible d’écrire le téléchargement dans %1 (%2). Libérez de l’espace à cet endroit, puis reprenez le téléchargement.</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2): the folder is read-only or you may not write there. Make it writable or choose another folder, then resume the download.</source>
        <translation>Impossible d’écrire le téléchargement dans %1 (%2) : le dossier est en lecture seule ou vous n’avez pas le droit d’y écrire. Rendez-le accessible en écriture ou choisissez un autre dossier, puis reprenez le téléchargement.</translation>
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
    <message>
        <source>&amp;Filter downloads…</source>
        <translation>&amp;Filtrer les téléchargements…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Show the file&apos;s rows in a table inside Export Studio</source>
        <translation>Afficher les lignes du fichier dans un tableau dans Export Studio</translation>
    </message>
</context>
<context>
    <name>es::ExportJob</name>
    <message>
        <source>Export Studio stopped while it was asking HubSpot to start “%1”, so it cannot tell whether HubSpot started it. It was not sent again to avoid spending a second export: check the export log in HubSpot (Settings → Import &amp; Export → Exports) before you retry.</source>
        <translation>Export Studio s&apos;est arrêté pendant qu&apos;il demandait à HubSpot de démarrer « %1 » ; il ne peut donc pas savoir si HubSpot l&apos;a démarré. La requête n&apos;a pas été renvoyée pour ne pas consommer un second export : consultez le journal des exports dans HubSpot (Paramètres → Importations et exportations → Exports) avant de réessayer.</translation>
    </message>
    <message>
        <source>Asking HubSpot for a fresh download link to resume the download</source>
        <translation>Demande d&apos;un nouveau lien de téléchargement à HubSpot pour reprendre le téléchargement</translation>
    </message>
    <message>
        <source>The downloaded file of “%1” is no longer in %2, so it cannot be unpacked. Retry to download it again.</source>
        <translation>Le fichier téléchargé de « %1 » n&apos;est plus dans %2 et ne peut donc pas être décompressé. Réessayez pour le télécharger à nouveau.</translation>
    </message>
    <message>
        <source>Export Studio could not save the job before starting it, so nothing was sent to HubSpot. Free some disk space or check the permissions of the state folder, then retry.</source>
        <translation>Export Studio n&apos;a pas pu enregistrer la tâche avant de la démarrer : rien n&apos;a été envoyé à HubSpot. Libérez de l&apos;espace disque ou vérifiez les droits du dossier d&apos;état, puis réessayez.</translation>
    </message>
    <message>
        <source>The account of this export is unknown or has no access token: add it in Accounts.</source>
        <translation>Le compte de cet export est inconnu ou n&apos;a pas de jeton d&apos;accès : ajoutez-le dans Comptes.</translation>
    </message>
    <message>
        <source>HubSpot accepted the export but sent no task id, so it cannot be followed. Look for “%1” in HubSpot&apos;s export log.</source>
        <translation>HubSpot a accepté l&apos;export mais n&apos;a envoyé aucun ID de tâche : il ne peut donc pas être suivi. Cherchez « %1 » dans le journal des exports de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot says the account&apos;s daily export limit is reached.</source>
        <translation>HubSpot indique que la limite quotidienne d&apos;exports du compte est atteinte.</translation>
    </message>
    <message>
        <source>HubSpot did not answer (%1); trying again</source>
        <translation>HubSpot n&apos;a pas répondu (%1) ; nouvelle tentative</translation>
    </message>
    <message>
        <source>HubSpot says “%1” is complete but gives no download link. Try again later, or download it from HubSpot&apos;s export log.</source>
        <translation>HubSpot indique que « %1 » est terminé mais ne donne aucun lien de téléchargement. Réessayez plus tard, ou téléchargez-le depuis le journal des exports de HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot answered with an unknown status “%1”; still checking</source>
        <translation>HubSpot a répondu avec un statut inconnu « %1 » ; vérification en cours</translation>
    </message>
    <message>
        <source>Waiting for approval: an administrator of the HubSpot account must approve this export before it runs (PENDING_APPROVAL).</source>
        <translation>En attente d&apos;approbation : un administrateur du compte HubSpot doit approuver cet export avant son exécution (PENDING_APPROVAL).</translation>
    </message>
    <message>
        <source>HubSpot reports the export “%1” as %2. Start it again; if it keeps failing, check the export log in HubSpot.</source>
        <translation>HubSpot signale l&apos;export « %1 » comme %2. Relancez-le ; s&apos;il échoue encore, consultez le journal des exports dans HubSpot.</translation>
    </message>
    <message>
        <source>Cannot create the download folder %1: check its permissions or choose another folder.</source>
        <translation>Impossible de créer le dossier de téléchargement %1 : vérifiez ses droits ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The download link expired; asking HubSpot for a fresh one</source>
        <translation>Le lien de téléchargement a expiré ; demande d&apos;un nouveau lien à HubSpot</translation>
    </message>
    <message>
        <source>HubSpot&apos;s download links for “%1” kept expiring before the download could finish. Retry: the part already downloaded is kept.</source>
        <translation>Les liens de téléchargement de HubSpot pour « %1 » ont expiré à chaque fois avant la fin du téléchargement. Réessayez : la partie déjà téléchargée est conservée.</translation>
    </message>
    <message>
        <source>Could not move the downloaded file into %1: %2</source>
        <translation>Impossible de déplacer le fichier téléchargé dans %1 : %2</translation>
    </message>
    <message>
        <source>Moving the file into place</source>
        <translation>Déplacement du fichier à sa place</translation>
    </message>
    <message>
        <source>The file&apos;s content was not recognised as %1; it was saved as it came.</source>
        <translation>Le contenu du fichier n&apos;a pas été reconnu comme %1 ; il a été enregistré tel quel.</translation>
    </message>
    <message>
        <source>Canceled before it was sent to HubSpot: no export was spent.</source>
        <translation>Annulé avant l&apos;envoi à HubSpot : aucun export n&apos;a été consommé.</translation>
    </message>
    <message>
        <source>Canceled while the start request was on its way. HubSpot has no cancel endpoint; the export may still run there and counts against today&apos;s quota.</source>
        <translation>Annulé pendant l&apos;envoi de la requête de démarrage. HubSpot n&apos;a pas de point de terminaison d&apos;annulation ; l&apos;export peut encore s&apos;y exécuter et compte dans le quota du jour.</translation>
    </message>
    <message>
        <source>Stopped here. HubSpot has no cancel endpoint; the export may still finish there and counts against today&apos;s quota.</source>
        <translation>Arrêté ici. HubSpot n&apos;a pas de point de terminaison d&apos;annulation ; l&apos;export peut encore s&apos;y terminer et compte dans le quota du jour.</translation>
    </message>
    <message>
        <source>Stopped here; nothing was saved. The export finished at HubSpot and counts against today&apos;s quota.</source>
        <translation>Arrêté ici ; rien n&apos;a été enregistré. L&apos;export s&apos;est terminé chez HubSpot et compte dans le quota du jour.</translation>
    </message>
    <message>
        <source>The request to start “%1” may have reached HubSpot, but its answer could not be read (%2). It was not sent again, to avoid spending a second export: check the export log in HubSpot (Settings → Import &amp; Export → Exports) before you retry.</source>
        <extracomment>%2 is what went wrong, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>La requête de démarrage de « %1 » a peut-être atteint HubSpot, mais sa réponse n&apos;a pas pu être lue (%2). Elle n&apos;a pas été renvoyée, pour ne pas consommer un second export : consultez le journal des exports dans HubSpot (Paramètres → Importations et exportations → Exports) avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 The downloaded archive was kept as %2.</source>
        <extracomment>%1 says why unpacking failed (a whole sentence), %2 where the zip file is now</extracomment>
        <translation>%1 L&apos;archive téléchargée a été conservée sous %2.</translation>
    </message>
    <message>
        <source>The downloaded archive could not be kept: %1</source>
        <translation>L’archive téléchargée n’a pas pu être conservée : %1</translation>
    </message>
    <message>
        <source>Counting the records in the files</source>
        <translation>Comptage des enregistrements dans les fichiers</translation>
    </message>
</context>
<context>
    <name>es::ExportLauncher</name>
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
        <extracomment>%1 the preset&apos;s name, %2 what is wrong with it (whole sentences)</extracomment>
        <translation>Le modèle « %1 » ne peut pas être exécuté : %2 Modifiez-le pour corriger cela.</translation>
    </message>
    <message>
        <source>The settings of this export are no longer known (it was removed from Transfers). Start it again with New export, or save exports you repeat as presets.</source>
        <translation>Les réglages de cet export ne sont plus connus (il a été retiré des Transferts). Relancez-le avec Nouvel export, ou enregistrez comme modèles les exports que vous répétez.</translation>
    </message>
    <message>
        <source>The preset “%1” could not start: %2</source>
        <extracomment>%1 the preset&apos;s name, %2 why (a sentence)</extracomment>
        <translation>Le modèle « %1 » n’a pas pu démarrer : %2</translation>
    </message>
</context>
<context>
    <name>es::ExportQueue</name>
    <message>
        <source>Another Export Studio process is running this job; waiting for it to finish</source>
        <translation>Un autre processus Export Studio exécute cette tâche ; attente de sa fin</translation>
    </message>
    <message>
        <source>Waiting for another Export Studio process (the app or export-studio-cli) that is running an export for this account: HubSpot runs one at a time</source>
        <translation>Attente d&apos;un autre processus Export Studio (l&apos;application ou export-studio-cli) qui exécute un export pour ce compte : HubSpot n&apos;en exécute qu&apos;un à la fois</translation>
    </message>
    <message>
        <source>Daily limit of %1 exports reached: next slot at %2</source>
        <translation>Limite quotidienne de %1 exports atteinte : prochain créneau à %2</translation>
    </message>
    <message>
        <source>Waiting for “%1” to finish at HubSpot (one export at a time per account)</source>
        <translation>Attente de la fin de « %1 » chez HubSpot (un export à la fois par compte)</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) ahead in this account&apos;s queue</source>
        <translation>
            <numerusform>%n export avant celui-ci dans la file de ce compte</numerusform>
            <numerusform>%n exports avant celui-ci dans la file de ce compte</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>En attente de démarrage</translation>
    </message>
    <message>
        <source>The account “%1” is unknown or has no access token: add it (or its token) in Accounts, then retry.</source>
        <translation>Le compte « %1 » est inconnu ou n&apos;a pas de jeton d&apos;accès : ajoutez-le (ou son jeton) dans Comptes, puis réessayez.</translation>
    </message>
    <message>
        <source>Canceled before it was sent to HubSpot: no export was spent.</source>
        <translation>Annulé avant l&apos;envoi à HubSpot : aucun export n&apos;a été consommé.</translation>
    </message>
    <message>
        <source>Continuing the same export at HubSpot (no new export is spent)</source>
        <translation>Poursuite du même export chez HubSpot (aucun nouvel export n&apos;est consommé)</translation>
    </message>
</context>
<context>
    <name>es::ExportStatus</name>
    <message>
        <source>HubSpot canceled the export without giving a reason (an administrator may have canceled it in the export log). Start it again if you still need it.</source>
        <translation>HubSpot a annulé l&apos;export sans donner de raison (un administrateur l&apos;a peut-être annulé dans le journal des exports). Relancez-le si vous en avez encore besoin.</translation>
    </message>
    <message>
        <source>HubSpot canceled the export: %1</source>
        <extracomment>%1: HubSpot&apos;s reasons, separated by semicolons</extracomment>
        <translation>HubSpot a annulé l&apos;export : %1</translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s): %1</source>
        <extracomment>%1: HubSpot&apos;s error messages, separated by semicolons</extracomment>
        <translation>
            <numerusform>HubSpot a signalé %n erreur : %1</numerusform>
            <numerusform>HubSpot a signalé %n erreurs : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s) without details.</source>
        <translation>
            <numerusform>HubSpot a signalé %n erreur sans détails.</numerusform>
            <numerusform>HubSpot a signalé %n erreurs sans détails.</numerusform>
        </translation>
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
    <message>
        <source>? &amp;Help</source>
        <translation>? Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>es::FileNaming</name>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>Impossible de déplacer %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>The folder %1 already holds 10000 files named like %2: choose another folder.</source>
        <translation>Le dossier %1 contient déjà 10000 fichiers nommés comme %2 : choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>es::FileSniffer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 starts like a zip archive but its directory cannot be read (error %2): the download may be damaged.</source>
        <translation>%1 commence comme une archive zip mais son répertoire est illisible (erreur %2) : le téléchargement est peut-être endommagé.</translation>
    </message>
    <message>
        <source>zip archive</source>
        <extracomment>What a downloaded file turned out to be</extracomment>
        <translation>archive zip</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>classeur XLSX</translation>
    </message>
    <message>
        <source>XLS workbook</source>
        <translation>classeur XLS</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>texte CSV</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>données inconnues</translation>
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
        <extracomment>Quotation marks around the description of the filters, in your language&apos;s style</extracomment>
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
        <extracomment>A problem with this group of conditions: the warning sign, then the problem in words</extracomment>
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
    <message>
        <source>Records matching group %1</source>
        <translation>Enregistrements correspondant au groupe %1</translation>
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
        <extracomment>A problem with this condition: the warning sign, then the problem in words</extracomment>
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
        <extracomment>Screen reader name of the lower bound of a range: %1 the condition (&quot;Create date is between&quot;)</extracomment>
        <translation>%1, de</translation>
    </message>
    <message>
        <source>%1, value</source>
        <extracomment>Screen reader name of a condition&apos;s value box: %1 the condition (&quot;Email contains&quot;)</extracomment>
        <translation>%1, valeur</translation>
    </message>
    <message>
        <source>%1, to</source>
        <extracomment>Screen reader name of the upper bound of a range: %1 the condition (&quot;Create date is between&quot;)</extracomment>
        <translation>%1, à</translation>
    </message>
    <message>
        <source>%1, values</source>
        <extracomment>Screen reader name of the values of a condition with several values: %1 the condition (&quot;Lifecycle stage is any of&quot;)</extracomment>
        <translation>%1, valeurs</translation>
    </message>
</context>
<context>
    <name>es::FilterValues</name>
    <message>
        <source>Yes</source>
        <extracomment>The value &quot;true&quot; of a yes/no property in a filter</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>The value &quot;false&quot; of a yes/no property in a filter</extracomment>
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
    <name>es::HeaderMap</name>
    <message>
        <source>%1 has %2 columns where the preset asks for %3, so its columns cannot be matched to properties. Was the file edited, or the preset changed after the export?</source>
        <translation>%1 a %2 colonnes alors que le préréglage en demande %3 : ses colonnes ne peuvent pas être associées aux propriétés. Le fichier a-t-il été modifié, ou le préréglage changé après l’export ?</translation>
    </message>
    <message>
        <source>%1 has the column “%2” twice (column %3), so its columns cannot be matched to properties.</source>
        <translation>%1 contient deux fois la colonne « %2 » (colonne %3) : ses colonnes ne peuvent pas être associées aux propriétés.</translation>
    </message>
</context>
<context>
    <name>es::HelpTopics</name>
    <message>
        <source>Your first export</source>
        <translation>Votre premier export</translation>
    </message>
    <message>
        <source>Filters: which records</source>
        <translation>Filtres : quelles fiches</translation>
    </message>
    <message>
        <source>Presets: run it again</source>
        <translation>Modèles : relancer</translation>
    </message>
    <message>
        <source>Exporting a list</source>
        <translation>Exporter une liste</translation>
    </message>
    <message>
        <source>Limits and the daily quota</source>
        <translation>Limites et quota quotidien</translation>
    </message>
    <message>
        <source>Where the files go</source>
        <translation>Où vont les fichiers</translation>
    </message>
    <message>
        <source>When something goes wrong</source>
        <translation>Quand quelque chose ne va pas</translation>
    </message>
</context>
<context>
    <name>es::HelpWindow</name>
    <message>
        <source>Export Studio guide</source>
        <translation>Guide d&apos;Export Studio</translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation>Sujets du guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
</context>
<context>
    <name>es::History</name>
    <message>
        <source>The history file %1 is damaged (%2); the list starts empty. Your exported files are untouched.</source>
        <translation>Le fichier d&apos;historique %1 est endommagé (%2) ; la liste repart à vide. Vos fichiers exportés ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Cannot save the export history %1: %2. %3</source>
        <translation>Impossible d&apos;enregistrer l&apos;historique des exports %1 : %2. %3</translation>
    </message>
</context>
<context>
    <name>es::HistoryDialog</name>
    <message>
        <source>Run %1 – %2</source>
        <translation>Exécution %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Export diff as CSV…</source>
        <translation>&amp;Exporter les différences en CSV…</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>Historique – %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of run</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>full</source>
        <comment>run kind</comment>
        <translation>complète</translation>
    </message>
    <message>
        <source>incremental</source>
        <comment>run kind</comment>
        <translation>incrémentielle</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Compare &amp;run</source>
        <translation>Comparer l’&amp;exécution</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <comment>compare run A with run B</comment>
        <translation>a&amp;vec</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>This preset has no runs in its history yet.</source>
        <translation>Ce modèle n’a encore aucune exécution dans son historique.</translation>
    </message>
    <message>
        <source>One run so far: run the preset again to see what changed.</source>
        <translation>Une seule exécution pour l’instant : relancez le modèle pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Run %1 → run %2: %3 added, %4 changed, %5 removed</source>
        <translation>Exécution %1 → exécution %2 : %3 ajoutés, %4 modifiés, %5 supprimés</translation>
    </message>
    <message>
        <source>Export diff as CSV</source>
        <translation>Exporter les différences en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comparing run %1 with run %2…</source>
        <translation>Comparaison de l’exécution %1 avec l’exécution %2…</translation>
    </message>
    <message>
        <source>&amp;Preview table…</source>
        <translation>A&amp;perçu de la table…</translation>
    </message>
    <message>
        <source>Shows the preset&apos;s table as it was after the selected run</source>
        <translation>Affiche la table du préréglage telle qu&apos;elle était après l&apos;exécution choisie</translation>
    </message>
</context>
<context>
    <name>es::HubSpotClient</name>
    <message>
        <source>%1 answered HTTP %2 without HubSpot&apos;s error format, so it is probably not the HubSpot API: the token was not checked. Check the API address (HubSpot&apos;s is https://api.hubapi.com) and any proxy in between.</source>
        <translation>%1 a répondu HTTP %2 sans le format d&apos;erreur de HubSpot : ce n&apos;est probablement pas l&apos;API HubSpot, et le jeton n&apos;a pas été vérifié. Vérifiez l&apos;adresse de l&apos;API (celle de HubSpot est https://api.hubapi.com) et tout proxy intermédiaire.</translation>
    </message>
    <message>
        <source>the API address &quot;%1&quot; is not a valid URL; use https://api.hubapi.com</source>
        <translation>l&apos;adresse de l&apos;API « %1 » n&apos;est pas une URL valide ; utilisez https://api.hubapi.com</translation>
    </message>
    <message>
        <source>the API address %1 uses plain http, which would expose the token on the network; use https (plain http is allowed only for this computer: 127.0.0.1, ::1, localhost)</source>
        <translation>l&apos;adresse de l&apos;API %1 utilise http en clair, ce qui exposerait le jeton sur le réseau ; utilisez https (http en clair n&apos;est autorisé que pour cet ordinateur : 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>the API address %1 is neither https nor http</source>
        <translation>l&apos;adresse de l&apos;API %1 n&apos;est ni https ni http</translation>
    </message>
    <message>
        <source>the network manager is gone (shutting down)</source>
        <translation>le gestionnaire réseau n&apos;existe plus (arrêt en cours)</translation>
    </message>
    <message>
        <source>The id is missing</source>
        <translation>L&apos;ID est absent</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>la réponse dépasse %1 Mio</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <comment>what HubSpot answered</comment>
        <translation>JSON invalide</translation>
    </message>
    <message>
        <source>redirect to %1 not followed</source>
        <translation>redirection vers %1 non suivie</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>un autre chemin</translation>
    </message>
    <message>
        <source>start export</source>
        <extracomment>Names the call in &quot;The request (%1) could not reach HubSpot&quot;; the ones below too</extracomment>
        <translation>démarrage de l&apos;export</translation>
    </message>
    <message>
        <source>the answer carries no task id</source>
        <translation>la réponse ne contient aucun ID de tâche</translation>
    </message>
    <message>
        <source>export status of task %1</source>
        <translation>statut d&apos;export de la tâche %1</translation>
    </message>
    <message>
        <source>the status answer has no &quot;status&quot;</source>
        <translation>la réponse de statut n&apos;a pas de &quot;status&quot;</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>export %1</translation>
    </message>
    <message>
        <source>properties of %1</source>
        <translation>propriétés de %1</translation>
    </message>
    <message>
        <source>property groups of %1</source>
        <translation>groupes de propriétés de %1</translation>
    </message>
    <message>
        <source>list search</source>
        <translation>recherche de listes</translation>
    </message>
    <message>
        <source>the list search did not end after %1 pages</source>
        <translation>la recherche de listes ne s&apos;est pas terminée après %1 pages</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>liste %1</translation>
    </message>
    <message>
        <source>the answer describes no list</source>
        <translation>la réponse ne décrit aucune liste</translation>
    </message>
    <message>
        <source>list id of legacy list %1</source>
        <translation>ID de l&apos;ancienne liste %1</translation>
    </message>
    <message>
        <source>the answer has no listId</source>
        <translation>la réponse n&apos;a pas de listId</translation>
    </message>
    <message>
        <source>custom object schemas</source>
        <translation>schémas d&apos;objets personnalisés</translation>
    </message>
    <message>
        <source>the owners paging does not advance</source>
        <translation>la pagination des propriétaires n&apos;avance pas</translation>
    </message>
    <message>
        <source>pipelines of %1</source>
        <translation>pipelines de %1</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>test de connexion</translation>
    </message>
    <message>
        <source>Connected: HubSpot accepted the token and it may export.</source>
        <translation>Connecté : HubSpot a accepté le jeton, et il peut exporter.</translation>
    </message>
    <message>
        <source>HubSpot accepted the token, but it cannot export. %1</source>
        <extracomment>%1 says which scope is missing and how to add it</extracomment>
        <translation>HubSpot a accepté le jeton, mais il ne peut pas exporter. %1</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of the answer</source>
        <translation>la connexion s’est fermée après %1 octets sur %2 de la réponse</translation>
    </message>
    <message>
        <source>search of %1</source>
        <translation>recherche de %1</translation>
    </message>
    <message>
        <source>the search answer has no &quot;total&quot;</source>
        <translation>la réponse de la recherche n’a pas de « total »</translation>
    </message>
    <message>
        <source>record count</source>
        <translation>comptage des enregistrements</translation>
    </message>
    <message>
        <source>the list answer does not give the list&apos;s size</source>
        <translation>la réponse sur la liste n’indique pas sa taille</translation>
    </message>
</context>
<context>
    <name>es::InstanceGuard</name>
    <message>
        <source>Cannot create the folder %1, so a second start cannot be passed to this window.</source>
        <translation>Impossible de créer le dossier %1 : un second lancement ne pourra pas être transmis à cette fenêtre.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1, so a second start cannot be passed to this window.</source>
        <translation>Impossible de créer le fichier de verrou %1 : un second lancement ne pourra pas être transmis à cette fenêtre.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (%2), so a second start cannot be passed to this window.</source>
        <translation>Impossible d&apos;écouter sur %1 (%2) : un second lancement ne pourra pas être transmis à cette fenêtre.</translation>
    </message>
    <message>
        <source>There is no other running instance to pass this start to.</source>
        <translation>Aucune autre instance en cours d&apos;exécution ne peut recevoir ce lancement.</translation>
    </message>
    <message>
        <source>The arguments are too long to pass to the running instance.</source>
        <translation>Les arguments sont trop longs pour être transmis à l&apos;instance en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Export Studio is already running but does not answer. Close it (or end it if it hangs) and start again.</source>
        <translation>Export Studio est déjà en cours d&apos;exécution mais ne répond pas. Fermez-le (ou forcez son arrêt s&apos;il est bloqué) et relancez-le.</translation>
    </message>
    <message>
        <source>The running instance was activated.</source>
        <translation>L&apos;instance en cours d&apos;exécution a été activée.</translation>
    </message>
</context>
<context>
    <name>es::IssueText</name>
    <message>
        <source>Choose the property to filter on, or remove this filter.</source>
        <translation>Choisissez la propriété sur laquelle filtrer, ou supprimez ce filtre.</translation>
    </message>
    <message>
        <source>%1: this condition is not one Export Studio knows. Choose another condition.</source>
        <translation>%1 : Export Studio ne connaît pas cette condition. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>%1 %2: choose a value.</source>
        <translation>%1 %2 : choisissez une valeur.</translation>
    </message>
    <message>
        <source>%1 %2: enter a value.</source>
        <translation>%1 %2 : saisissez une valeur.</translation>
    </message>
    <message>
        <source>%1 %2: enter the smallest value to include.</source>
        <translation>%1 %2 : saisissez la plus petite valeur à inclure.</translation>
    </message>
    <message>
        <source>%1 %2: enter the largest value to include.</source>
        <translation>%1 %2 : saisissez la plus grande valeur à inclure.</translation>
    </message>
    <message>
        <source>%1 %2: the first date is after the second, so nothing can match. Swap them.</source>
        <translation>%1 %2 : la première date est après la seconde, rien ne peut correspondre. Inversez-les.</translation>
    </message>
    <message>
        <source>%1 %2: the first value is greater than the second, so nothing can match. Swap them.</source>
        <translation>%1 %2 : la première valeur est plus grande que la seconde, rien ne peut correspondre. Inversez-les.</translation>
    </message>
    <message>
        <source>%1 %2: choose at least one value.</source>
        <translation>%1 %2 : choisissez au moins une valeur.</translation>
    </message>
    <message>
        <source>%1 %2: enter at least one value; separate values with commas.</source>
        <translation>%1 %2 : saisissez au moins une valeur ; séparez les valeurs par des virgules.</translation>
    </message>
    <message>
        <source>%1 %2: value %3 of the list is empty. Remove the extra comma.</source>
        <translation>%1 %2 : la valeur %3 de la liste est vide. Supprimez la virgule en trop.</translation>
    </message>
    <message>
        <source>%1 %2 takes no value; the value is ignored.</source>
        <translation>%1 %2 ne prend pas de valeur ; la valeur est ignorée.</translation>
    </message>
</context>
<context>
    <name>es::JobNotifier</name>
    <message>
        <source>Picked up 1 export from last time where it left off.</source>
        <translation>1 export de la dernière fois a repris là où il s&apos;était arrêté.</translation>
    </message>
    <message>
        <source>Picked up %1 exports from last time where they left off.</source>
        <translation>%1 exports de la dernière fois ont repris là où ils s&apos;étaient arrêtés.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <extracomment>%1 the file&apos;s name, %2 its size (&quot;12.4 MB&quot;)</extracomment>
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
        <extracomment>%1 the export&apos;s name, %2 why it failed</extracomment>
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
        <extracomment>%1 the export&apos;s name, %2 what was saved (&quot;Saved contacts.csv (12.4 MB).&quot;)</extracomment>
        <translation>Export « %1 » terminé. %2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>es::JobStore</name>
    <message>
        <source>Refusing to save a job with the id “%1”.</source>
        <translation>Refus d&apos;enregistrer une tâche avec l&apos;ID « %1 ».</translation>
    </message>
    <message>
        <source>Cannot create the jobs folder %1: check its permissions.</source>
        <translation>Impossible de créer le dossier des tâches %1 : vérifiez ses droits.</translation>
    </message>
    <message>
        <source>Cannot save job %1 in %2: %3. %4</source>
        <translation>Impossible d&apos;enregistrer la tâche %1 dans %2 : %3. %4</translation>
    </message>
    <message>
        <source>The job file %1 is damaged and was set aside.</source>
        <translation>Le fichier de tâche %1 est endommagé et a été mis de côté.</translation>
    </message>
</context>
<context>
    <name>es::KeychainTokenVault</name>
    <message>
        <source>The system keychain cannot be used (%1). Export Studio keeps the token in memory for this run only, so you will have to enter it again next time. To keep it safely, install and unlock a keychain (GNOME Keyring with libsecret, or KWallet), then restart Export Studio.</source>
        <translation>Le trousseau du système est inutilisable (%1). Export Studio conserve le jeton en mémoire pour cette session seulement : vous devrez le saisir à nouveau la prochaine fois. Pour le conserver en sécurité, installez et déverrouillez un trousseau (GNOME Keyring avec libsecret, ou KWallet), puis redémarrez Export Studio.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <comment>why the keychain cannot be used</comment>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1 A token saved there earlier stays until you remove the &quot;%2&quot; entry in your keychain manager.</source>
        <extracomment>%1 is the sentence that says why the keychain cannot be used</extracomment>
        <translation>%1 Un jeton enregistré là auparavant y reste jusqu&apos;à ce que vous supprimiez l&apos;entrée « %2 » dans votre gestionnaire de trousseau.</translation>
    </message>
    <message>
        <source>No token is stored for this account. Enter it in the account settings.</source>
        <translation>Aucun jeton n&apos;est enregistré pour ce compte. Saisissez-le dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The keychain&apos;s request was declined, so Export Studio keeps the token in memory for this run only. To keep it, save the account again and accept the keychain&apos;s prompt (if it asks for a password for a new keyring, choose one: that creates the keyring).</source>
        <translation>La demande du trousseau a été refusée : Export Studio conserve donc le jeton en mémoire pour cette exécution seulement. Pour le garder, enregistrez à nouveau le compte et acceptez la demande du trousseau (s&apos;il demande un mot de passe pour un nouveau trousseau, choisissez-en un : cela crée le trousseau).</translation>
    </message>
    <message>
        <source>The keychain refused to store the token: it is locked, or its prompt was declined (%1). Export Studio keeps the token in memory for this run only. To keep it, unlock the keychain (GNOME: Passwords and Keys; KDE: KWallet Manager) or accept its prompt, then save the account again.</source>
        <translation>Le trousseau a refusé d&apos;enregistrer le jeton : il est verrouillé, ou sa demande a été refusée (%1). Export Studio conserve le jeton en mémoire pour cette exécution seulement. Pour le garder, déverrouillez le trousseau (GNOME : Mots de passe et clés ; KDE : gestionnaire KWallet) ou acceptez sa demande, puis enregistrez à nouveau le compte.</translation>
    </message>
    <message>
        <source>access denied</source>
        <comment>why the keychain cannot be used</comment>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may still be showing a prompt, or it is not running. Export Studio keeps the token in memory for this run only. If a keychain prompt is open, answer it; otherwise install and unlock a keychain (GNOME Keyring with libsecret, or KWallet) and restart Export Studio.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 s : il affiche peut-être encore une demande, ou il n&apos;est pas lancé. Export Studio conserve le jeton en mémoire pour cette exécution seulement. Si une demande du trousseau est ouverte, répondez-y ; sinon installez et déverrouillez un trousseau (GNOME Keyring avec libsecret, ou KWallet) et redémarrez Export Studio.</translation>
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
        <extracomment>The size of a list HubSpot does not report (a dash meaning &quot;unknown&quot;)</extracomment>
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
        <extracomment>A problem with the list: the warning sign, then the problem in words</extracomment>
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
    <message>
        <source>“%1” is not a legacy list id: those are digits only, like the 123 in an old link ending in /lists/123. Check what you typed.</source>
        <translation>« %1 » n’est pas un ancien id de liste : il ne contient que des chiffres, comme le 123 d’un ancien lien se terminant par /lists/123. Vérifiez votre saisie.</translation>
    </message>
    <message>
        <source>HubSpot knows no list with the legacy id %1. Check the number in the list&apos;s old link.</source>
        <translation>HubSpot ne connaît aucune liste avec l’ancien id %1. Vérifiez le numéro dans l’ancien lien de la liste.</translation>
    </message>
    <message>
        <source>Could not look up the id: %1</source>
        <translation>Impossible de rechercher l’id : %1</translation>
    </message>
    <message>
        <source>⚠ This list has no records right now, so the file would be empty. Pick another list, or go on if members will be added first.</source>
        <translation>⚠ Cette liste ne contient aucun enregistrement pour l’instant : le fichier serait vide. Choisissez une autre liste, ou continuez si des membres y seront ajoutés d’ici là.</translation>
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
        <source>%1 of %2 exports left today</source>
        <extracomment>The daily quota in the toolbar: %1 exports left of %2 per 24 hours</extracomment>
        <translation>%1/%2 exports restants aujourd&apos;hui</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <extracomment>Appended to the quota: %1 when the next export slot frees up (a date or time)</extracomment>
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
        <extracomment>The window title: %1 the current HubSpot account&apos;s name</extracomment>
        <translation>Export Studio — %1</translation>
    </message>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>Open &amp;downloads folder</source>
        <translation>Ouvrir le dossier de &amp;téléchargement</translation>
    </message>
    <message>
        <source>Show the folder exports are saved to in the file manager</source>
        <translation>Afficher dans le gestionnaire de fichiers le dossier où les exports sont enregistrés</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>Té&amp;léchargements</translation>
    </message>
    <message>
        <source>The next slot frees up at %1.</source>
        <translation>Le prochain créneau se libère à %1.</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;ompte :</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>T&amp;ransferts</translation>
    </message>
    <message>
        <source>Export Studio &amp;guide</source>
        <translation>&amp;Guide d&apos;Export Studio</translation>
    </message>
    <message>
        <source>A short guide: first export, filters, presets, lists, limits, where files go, troubleshooting</source>
        <translation>Un guide court : premier export, filtres, préréglages, listes, limites, où vont les fichiers, dépannage</translation>
    </message>
    <message>
        <source>The token of this account failed: %1</source>
        <extracomment>Tooltip of an account in the switcher: %1 why its token failed</extracomment>
        <translation>Le jeton de ce compte a échoué : %1</translation>
    </message>
    <message>
        <source>%1, token failed</source>
        <extracomment>Read by screen readers after the account&apos;s name</extracomment>
        <translation>%1, jeton en échec</translation>
    </message>
    <message>
        <source>Save property &amp;definitions…</source>
        <translation>Enregistrer les &amp;définitions des propriétés…</translation>
    </message>
    <message>
        <source>Save an object&apos;s property definitions as a CSV or Excel file (no export is spent)</source>
        <translation>Enregistrer les définitions des propriétés d’un objet dans un fichier CSV ou Excel (aucune exportation n’est consommée)</translation>
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
        <source>Select a preset on the left first, then run it (or double-click it).</source>
        <translation>Sélectionnez d&apos;abord un modèle à gauche, puis exécutez-le (ou double-cliquez dessus).</translation>
    </message>
    <message>
        <source>No file manager opened %1. Open the folder yourself.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a ouvert %1. Ouvrez le dossier vous-même.</translation>
    </message>
    <message>
        <source>no token is stored for it; add it in Accounts</source>
        <translation>aucun jeton n&apos;est enregistré ; ajoutez-le dans Comptes</translation>
    </message>
</context>
<context>
    <name>es::MemoryTokenVault</name>
    <message>
        <source>No token is stored for this account. Enter it in the account settings.</source>
        <translation>Aucun jeton n&apos;est enregistré pour ce compte. Saisissez-le dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The token is kept in memory until Export Studio quits.</source>
        <translation>Le jeton est conservé en mémoire jusqu&apos;à la fermeture d&apos;Export Studio.</translation>
    </message>
</context>
<context>
    <name>es::MetadataCache</name>
    <message>
        <source>no HubSpot account is selected</source>
        <translation>aucun compte HubSpot n&apos;est sélectionné</translation>
    </message>
</context>
<context>
    <name>es::NetworkSetup</name>
    <message>
        <source>The manual proxy needs a host and a port. Enter both in the network settings, or choose the system proxy.</source>
        <translation>Le proxy manuel a besoin d&apos;un hôte et d&apos;un port. Saisissez-les dans les paramètres réseau, ou choisissez le proxy du système.</translation>
    </message>
    <message>
        <source>The proxy password cannot be read here: the proxy is used without it.</source>
        <translation>Le mot de passe du proxy ne peut pas être lu ici : le proxy est utilisé sans lui.</translation>
    </message>
    <message>
        <source>No password is saved for the proxy user &quot;%1&quot;. Enter it in the network settings.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour l&apos;utilisateur du proxy « %1 ». Saisissez-le dans les paramètres réseau.</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Impossible de lire le mot de passe du proxy : %1</translation>
    </message>
    <message>
        <source>There is no keychain to keep it in.</source>
        <translation>Aucun trousseau ne peut le conserver.</translation>
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
    <name>es::ObjectDescriptions</name>
    <message>
        <source>%1: a custom object of this portal. One row per record, with the properties its schema defines.</source>
        <extracomment>%1 is the custom object&apos;s plural name, e.g. &quot;Pets&quot;</extracomment>
        <translation>%1 : un objet personnalisé de ce portail. Une ligne par enregistrement, avec les propriétés que définit son schéma.</translation>
    </message>
    <message>
        <source>The people in your CRM: one row per contact, with email, name, lifecycle stage and any other contact property.</source>
        <translation>Les personnes de votre CRM : une ligne par contact, avec e-mail, nom, phase du cycle de vie et toute autre propriété du contact.</translation>
    </message>
    <message>
        <source>The organisations your contacts work for: one row per company, with domain, industry, size and owner.</source>
        <translation>Les organisations pour lesquelles travaillent vos contacts : une ligne par entreprise, avec domaine, secteur, taille et propriétaire.</translation>
    </message>
    <message>
        <source>Sales opportunities: one row per deal, with amount, stage, pipeline and close date.</source>
        <translation>Les opportunités de vente : une ligne par transaction, avec montant, phase, pipeline et date de clôture.</translation>
    </message>
    <message>
        <source>Support requests: one row per ticket, with status, priority, pipeline and owner.</source>
        <translation>Les demandes d&apos;assistance : une ligne par ticket, avec statut, priorité, pipeline et propriétaire.</translation>
    </message>
    <message>
        <source>Your product library: one row per product, with price, SKU and description.</source>
        <translation>Votre bibliothèque de produits : une ligne par produit, avec prix, SKU et description.</translation>
    </message>
    <message>
        <source>Products as sold in a deal or quote: one row per line item, with quantity, price and discount.</source>
        <translation>Les produits tels que vendus dans une transaction ou un devis : une ligne par ligne de produit, avec quantité, prix et remise.</translation>
    </message>
    <message>
        <source>Quotes sent to buyers: one row per quote, with amount, status and expiry date.</source>
        <translation>Les devis envoyés aux acheteurs : une ligne par devis, avec montant, statut et date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Logged SMS, WhatsApp and LinkedIn messages: one row per message.</source>
        <translation>Les messages SMS, WhatsApp et LinkedIn enregistrés : une ligne par message.</translation>
    </message>
    <message>
        <source>Answers to feedback surveys (NPS, CSAT, CES): one row per submission.</source>
        <translation>Les réponses aux enquêtes de satisfaction (NPS, CSAT, CES) : une ligne par réponse.</translation>
    </message>
    <message>
        <source>To-dos of your team: one row per task, with subject, status, due date and owner.</source>
        <translation>Les tâches de votre équipe : une ligne par tâche, avec objet, statut, échéance et propriétaire.</translation>
    </message>
    <message>
        <source>Notes logged on records: one row per note, with its text and time.</source>
        <translation>Les notes enregistrées sur les fiches : une ligne par note, avec son texte et son heure.</translation>
    </message>
    <message>
        <source>Logged or booked meetings: one row per meeting, with title, time and outcome.</source>
        <translation>Les réunions enregistrées ou réservées : une ligne par réunion, avec titre, heure et résultat.</translation>
    </message>
    <message>
        <source>Logged calls: one row per call, with direction, duration and outcome.</source>
        <translation>Les appels enregistrés : une ligne par appel, avec sens, durée et résultat.</translation>
    </message>
    <message>
        <source>Logged one-to-one emails: one row per email, with subject, sender and time.</source>
        <translation>Les e-mails individuels enregistrés : une ligne par e-mail, avec objet, expéditeur et heure.</translation>
    </message>
    <message>
        <source>Invoices: one row per invoice, with amount, status and due date.</source>
        <translation>Les factures : une ligne par facture, avec montant, statut et échéance.</translation>
    </message>
    <message>
        <source>Prospects being qualified: one row per lead, with its stage and owner.</source>
        <translation>Les prospects en cours de qualification : une ligne par lead, avec sa phase et son propriétaire.</translation>
    </message>
    <message>
        <source>%1: one row per record.</source>
        <extracomment>%1 is the object&apos;s plural name</extracomment>
        <translation>%1 : une ligne par enregistrement.</translation>
    </message>
</context>
<context>
    <name>es::ObjectTypes</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transactions</translation>
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
        <translation>Produit</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Ligne de produit</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Lignes de produit</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Feedback submission</source>
        <translation>Réponse au feedback</translation>
    </message>
    <message>
        <source>Feedback submissions</source>
        <translation>Réponses au feedback</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>A logged phone call (HubSpot&apos;s &quot;Calls&quot; object)</extracomment>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>Logged phone calls (HubSpot&apos;s &quot;Calls&quot; object)</extracomment>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
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
        <translation>&amp;Valeurs internes au lieu des libellés</translation>
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
        <extracomment>A language HubSpot writes the file in: %1 its name (&quot;German&quot;), %2 its code (&quot;DE&quot;)</extracomment>
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
    <message>
        <source>Internal na&amp;mes as column headers</source>
        <translation>No&amp;ms internes comme en-têtes de colonne</translation>
    </message>
    <message>
        <source>Include ass&amp;ociation labels</source>
        <translation>Inclure les libellés d&apos;ass&amp;ociation</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>The column preview goes on: %n how many more columns</extracomment>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns (%1): %2</source>
        <extracomment>The column preview: %1 how many columns, %2 their names</extracomment>
        <translation>Colonnes (%1) : %2</translation>
    </message>
    <message>
        <source>Plus the ids of associated records: %1</source>
        <translation>Plus les identifiants des enregistrements associés : %1</translation>
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
        <translation>demain %1</translation>
    </message>
    <message>
        <source>expected to start about %1</source>
        <extracomment>A queued export&apos;s state: %1 a time (&quot;14:05&quot;, &quot;tomorrow 09:10&quot;)</extracomment>
        <translation>début prévu vers %1</translation>
    </message>
    <message>
        <source>today</source>
        <comment>slots free up</comment>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>slots free up</comment>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1 at %2</source>
        <extracomment>Quota tooltip: %n how many spent slots, %1 &quot;today&quot;/&quot;tomorrow&quot;/a date, %2 the times (&quot;14:05, 14:20 and 14:35&quot;)</extracomment>
        <translation>
            <numerusform>%n créneau se libère %1 : %2</numerusform>
            <numerusform>%n créneaux se libèrent %1 : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1:</source>
        <translation>
            <numerusform>%n créneau se libère %1 :</numerusform>
            <numerusform>%n créneaux se libèrent %1 :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n between %1 and %2</source>
        <extracomment>Quota tooltip, one hour: %n how many slots free up in it, %1 and %2 its start and end</extracomment>
        <translation>
            <numerusform>%n entre %1 et %2</numerusform>
            <numerusform>%n entre %1 et %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is queued: the daily limit of exports is used up, so it cannot start today. It is expected to start %2.</source>
        <extracomment>%1 the export&apos;s name, %2 a day and time (&quot;tomorrow 09:10&quot;)</extracomment>
        <translation>« %1 » est en file d’attente : la limite quotidienne d’exports est atteinte, il ne peut donc pas démarrer aujourd’hui. Début prévu : %2.</translation>
    </message>
    <message>
        <source>“%1” is queued until an export slot frees up: expected to start about %2.</source>
        <extracomment>%1 the export&apos;s name, %2 a time (&quot;14:05&quot;)</extracomment>
        <translation>« %1 » attend dans la file qu’un créneau d’export se libère : début prévu vers %2.</translation>
    </message>
</context>
<context>
    <name>es::PresetCodec</name>
    <message>
        <source>The field &quot;%1&quot; was removed: presets never hold tokens or other secrets. Keep the token in the account settings, and delete it from this file.</source>
        <translation>Le champ « %1 » a été supprimé : les modèles ne contiennent jamais de jetons ni d&apos;autres secrets. Gardez le jeton dans les paramètres du compte et supprimez-le de ce fichier.</translation>
    </message>
    <message>
        <source>The preset file is not valid JSON (%1 at offset %2). It may be damaged: restore it from a copy or delete it.</source>
        <translation>Le fichier de modèle n&apos;est pas du JSON valide (%1 à la position %2). Il est peut-être endommagé : restaurez-le depuis une copie ou supprimez-le.</translation>
    </message>
    <message>
        <source>The preset file does not hold a JSON object. Restore it from a copy or delete it.</source>
        <translation>Le fichier de modèle ne contient pas d&apos;objet JSON. Restaurez-le depuis une copie ou supprimez-le.</translation>
    </message>
    <message>
        <source>The preset&apos;s schemaVersion is not a positive whole number. Set it to %1.</source>
        <translation>Le schemaVersion du modèle n&apos;est pas un nombre entier positif. Réglez-le sur %1.</translation>
    </message>
    <message>
        <source>This preset was saved by a newer version of Export Studio (preset format %1; this version reads up to %2). Update Export Studio to open it.</source>
        <translation>Ce modèle a été enregistré par une version plus récente d&apos;Export Studio (format de modèle %1 ; cette version lit jusqu&apos;au %2). Mettez Export Studio à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The preset has no name. Add a &quot;name&quot; field with a short text.</source>
        <translation>Le modèle n&apos;a pas de nom. Ajoutez un champ &quot;name&quot; avec un texte court.</translation>
    </message>
    <message>
        <source>The description is not text and was ignored.</source>
        <translation>La description n&apos;est pas du texte et a été ignorée.</translation>
    </message>
    <message>
        <source>The preset holds no export request. Save the export again from the wizard.</source>
        <translation>Le modèle ne contient aucune requête d&apos;export. Enregistrez à nouveau l&apos;export depuis l&apos;assistant.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored.</source>
        <translation>Le champ inconnu « %1 » est ignoré.</translation>
    </message>
    <message>
        <source>The history&apos;s lookbackMinutes and fullEvery must be whole numbers of 0 or more; the defaults are used instead.</source>
        <translation>lookbackMinutes et fullEvery de l’historique doivent être des nombres entiers positifs ou nuls ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The history settings are not an object and were ignored: the preset keeps no history.</source>
        <translation>Les réglages de l’historique ne sont pas un objet et ont été ignorés : le préréglage ne conserve pas d’historique.</translation>
    </message>
    <message>
        <source>The schedule is not an object and was ignored: the preset runs only when started.</source>
        <translation>La planification n’est pas un objet et a été ignorée : le préréglage ne s’exécute que lorsqu’on le lance.</translation>
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
        <translation>Impossible de lire le fichier de modèle %1 (%2). Vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The preset file %1 was not loaded and was left as it is: %2</source>
        <translation>Le fichier de modèle %1 n&apos;a pas été chargé et a été laissé tel quel : %2</translation>
    </message>
    <message>
        <source>Cannot save the preset &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer le modèle « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot save the preset &quot;%1&quot; to %2: %3. %4 The previous version of the file, if any, is unchanged.</source>
        <translation>Impossible d&apos;enregistrer le modèle « %1 » dans %2 : %3. %4 La version précédente du fichier, s&apos;il y en a une, est inchangée.</translation>
    </message>
    <message>
        <source>The preset has no name. Enter a name and save again.</source>
        <translation>Le modèle n&apos;a pas de nom. Saisissez un nom et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot;. Reload the presets and try again.</source>
        <translation>Aucun modèle n&apos;a l&apos;ID « %1 ». Rechargez les modèles et réessayez.</translation>
    </message>
    <message>
        <source>A preset needs a name. Enter one.</source>
        <translation>Un modèle a besoin d&apos;un nom. Saisissez-en un.</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Un modèle nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to copy.</source>
        <translation>Aucun modèle à copier n&apos;a l&apos;ID « %1 ».</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to delete.</source>
        <translation>Aucun modèle à supprimer n&apos;a l&apos;ID « %1 ».</translation>
    </message>
    <message>
        <source>Cannot delete the preset file %1: %2. Check that you may change the folder.</source>
        <translation>Impossible de supprimer le fichier de modèle %1 : %2. Vérifiez que vous pouvez modifier le dossier.</translation>
    </message>
    <message>
        <source>There is no deleted preset to restore.</source>
        <translation>Aucun modèle supprimé à restaurer.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check the file name and its permissions.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2. Vérifiez le nom du fichier et ses droits.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as a preset: %2</source>
        <translation>%1 ne peut pas être importé comme modèle : %2</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to export.</source>
        <translation>Aucun modèle à exporter n&apos;a l&apos;ID « %1 ».</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot;.</source>
        <translation>Aucun modèle n&apos;a l&apos;ID « %1 ».</translation>
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
        <extracomment>A preset for screen readers: %1 its name, %2 the export in short (&quot;Contacts · View · CSV&quot;), %3 when it last ran</extracomment>
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
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>The preset&apos;s runs and what changed between two of them</source>
        <translation>Les exécutions du modèle et ce qui a changé entre deux d’entre elles</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <source>Run the preset by itself every few hours, daily or weekly</source>
        <translation>Exécuter le préréglage automatiquement toutes les quelques heures, chaque jour ou chaque semaine</translation>
    </message>
</context>
<context>
    <name>es::PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>i&amp;n</source>
        <comment>filter rows whose text is in this column</comment>
        <translation>da&amp;ns</translation>
    </message>
    <message>
        <source>Preview – %1</source>
        <translation>Aperçu – %1</translation>
    </message>
    <message>
        <source>any column</source>
        <translation>toutes les colonnes</translation>
    </message>
    <message>
        <source>Matching rows: %1 of %2</source>
        <translation>Lignes correspondantes : %1 sur %2</translation>
    </message>
    <message>
        <source>Searching… %1 matching rows so far</source>
        <translation>Recherche… %1 lignes correspondantes pour l’instant</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <source>Counting rows… %1 so far</source>
        <translation>Comptage des lignes… %1 pour l’instant</translation>
    </message>
</context>
<context>
    <name>es::PreviewModel</name>
    <message>
        <source>loading…</source>
        <comment>a row of the preview being read</comment>
        <translation>chargement…</translation>
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
    <name>es::PropertyDefinitionsSaver</name>
    <message>
        <source>Save property definitions</source>
        <translation>Enregistrer les définitions des propriétés</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Fichier CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the property definitions of:</source>
        <translation>Enregistrer les définitions des propriétés de :</translation>
    </message>
    <message>
        <source>Add an account (or try the sandbox) first: the property definitions come from the portal.</source>
        <translation>Ajoutez d’abord un compte (ou essayez le bac à sable) : les définitions des propriétés viennent du portail.</translation>
    </message>
    <message>
        <source>%1 properties</source>
        <extracomment>%1 is an object&apos;s plural label, e.g. &quot;Contacts&quot;; the suggested file name</extracomment>
        <translation>Propriétés de %1</translation>
    </message>
    <message>
        <source>The account has no token: add it in Accounts, then save again.</source>
        <translation>Le compte n’a pas de jeton : ajoutez-le dans Comptes, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Could not read the property definitions of %1: %2</source>
        <translation>Impossible de lire les définitions des propriétés de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n property definitions of %1 to %2.</source>
        <translation>
            <numerusform>%n définition de propriété de %1 enregistrée dans %2.</numerusform>
            <numerusform>%n définitions de propriétés de %1 enregistrées dans %2.</numerusform>
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
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <extracomment>Button: moves the selected column one place later in the file</extracomment>
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
        <extracomment>A problem with the chosen columns: the warning sign, then the problem in words</extracomment>
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
    <message>
        <source>Save &amp;definitions…</source>
        <translation>Enregistrer les &amp;définitions…</translation>
    </message>
    <message>
        <source>Save every property&apos;s definition (type, group, options, description…) as a CSV or Excel file. No export is spent.</source>
        <translation>Enregistrer la définition de chaque propriété (type, groupe, options, description…) dans un fichier CSV ou Excel. Aucune exportation n’est consommée.</translation>
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
    <name>es::QuotaLedger</name>
    <message>
        <source>The export quota file %1 is damaged (%2); it was ignored.</source>
        <translation>Le fichier de quota d&apos;exports %1 est endommagé (%2) ; il a été ignoré.</translation>
    </message>
    <message>
        <source>Cannot save the export quota file %1: %2. %3</source>
        <translation>Impossible d&apos;enregistrer le fichier de quota d&apos;exports %1 : %2. %3</translation>
    </message>
</context>
<context>
    <name>es::RequestCodec</name>
    <message>
        <source>a boolean</source>
        <extracomment>A JSON value&apos;s type, completes &quot;Expected %1 but found %2&quot;</extracomment>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>A JSON value&apos;s type, completes &quot;Expected %1 but found %2&quot;: the field is absent</extracomment>
        <translation>rien</translation>
    </message>
    <message>
        <source>Expected %1 but found %2. Write it as %1.</source>
        <extracomment>%1 and %2 are JSON types such as &quot;a string&quot; or &quot;an array&quot;</extracomment>
        <translation>Attendu : %1, trouvé : %2. Écrivez-le sous cette forme : %1.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored. Check its spelling or remove it.</source>
        <translation>Le champ inconnu « %1 » est ignoré. Vérifiez son orthographe ou supprimez-le.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>an object with propertyName and operator</source>
        <translation>un objet avec propertyName et operator</translation>
    </message>
    <message>
        <source>&quot;property&quot; was read as &quot;propertyName&quot;, the name HubSpot expects. Rename the field.</source>
        <translation>&quot;property&quot; a été lu comme &quot;propertyName&quot;, le nom attendu par HubSpot. Renommez le champ.</translation>
    </message>
    <message>
        <source>The filter has no propertyName. Add the property to filter on.</source>
        <translation>Le filtre n&apos;a pas de propertyName. Ajoutez la propriété sur laquelle filtrer.</translation>
    </message>
    <message>
        <source>The filter has no operator. Add one, for example &quot;EQ&quot;.</source>
        <translation>Le filtre n&apos;a pas d&apos;opérateur. Ajoutez-en un, par exemple &quot;EQ&quot;.</translation>
    </message>
    <message>
        <source>an array of filters</source>
        <translation>un tableau de filtres</translation>
    </message>
    <message>
        <source>an object {&quot;propertyName&quot;, &quot;order&quot;: &quot;ASC&quot;|&quot;DESC&quot;} or a property name</source>
        <translation>un objet {&quot;propertyName&quot;, &quot;order&quot;: &quot;ASC&quot;|&quot;DESC&quot;} ou un nom de propriété</translation>
    </message>
    <message>
        <source>The sort rule has no propertyName. Add the property to sort by.</source>
        <translation>La règle de tri n&apos;a pas de propertyName. Ajoutez la propriété sur laquelle trier.</translation>
    </message>
    <message>
        <source>Unknown sort order &quot;%1&quot;. Use ASC or DESC.</source>
        <translation>Ordre de tri inconnu « %1 ». Utilisez ASC ou DESC.</translation>
    </message>
    <message>
        <source>an object with &quot;filters&quot;</source>
        <translation>un objet avec &quot;filters&quot;</translation>
    </message>
    <message>
        <source>an array of groups</source>
        <translation>un tableau de groupes</translation>
    </message>
    <message>
        <source>Both &quot;filters&quot; and &quot;filterGroups&quot; are given; the flat filters were added as one more group (matched with OR). Move them into &quot;filterGroups&quot; to make that explicit.</source>
        <translation>&quot;filters&quot; et &quot;filterGroups&quot; sont tous deux donnés ; les filtres à plat ont été ajoutés comme un groupe de plus (combiné par OU). Déplacez-les dans &quot;filterGroups&quot; pour le rendre explicite.</translation>
    </message>
    <message>
        <source>an array of sort rules</source>
        <translation>un tableau de règles de tri</translation>
    </message>
    <message>
        <source>Unknown export type &quot;%1&quot;. Use VIEW to export records that match filters, or LIST to export a list.</source>
        <translation>Type d&apos;export inconnu « %1 ». Utilisez VIEW pour exporter les fiches qui correspondent à des filtres, ou LIST pour exporter une liste.</translation>
    </message>
    <message>
        <source>exportType is missing; %1 was assumed. Add &quot;exportType&quot;: &quot;%1&quot; to make it explicit.</source>
        <translation>exportType est absent ; %1 a été supposé. Ajoutez &quot;exportType&quot;: &quot;%1&quot; pour le rendre explicite.</translation>
    </message>
    <message>
        <source>Unknown file format &quot;%1&quot;. Use CSV, XLS or XLSX.</source>
        <translation>Format de fichier inconnu « %1 ». Utilisez CSV, XLS ou XLSX.</translation>
    </message>
    <message>
        <source>format is missing; CSV was assumed. Add &quot;format&quot;: &quot;CSV&quot;, &quot;XLS&quot; or &quot;XLSX&quot;.</source>
        <translation>format est absent ; CSV a été supposé. Ajoutez &quot;format&quot;: &quot;CSV&quot;, &quot;XLS&quot; ou &quot;XLSX&quot;.</translation>
    </message>
    <message>
        <source>language is missing; EN was assumed. Add &quot;language&quot; to choose the language of the column headers.</source>
        <translation>language est absent ; EN a été supposé. Ajoutez &quot;language&quot; pour choisir la langue des en-têtes de colonnes.</translation>
    </message>
    <message>
        <source>objectType is missing. Add the object to export, for example &quot;CONTACT&quot; or a custom object id such as &quot;2-12345&quot;.</source>
        <translation>objectType est absent. Ajoutez l&apos;objet à exporter, par exemple &quot;CONTACT&quot; ou l&apos;ID d&apos;un objet personnalisé comme &quot;2-12345&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Use NAMES (internal names as headers) and/or VALUES (raw values).</source>
        <translation>Option inconnue « %1 ». Utilisez NAMES (noms internes comme en-têtes) et/ou VALUES (valeurs brutes).</translation>
    </message>
    <message>
        <source>a string of digits</source>
        <translation>une chaîne de chiffres</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at offset %2. Fix the syntax there (a missing comma or quote is the usual cause).</source>
        <translation>La requête n&apos;est pas du JSON valide : %1 à la position %2. Corrigez la syntaxe à cet endroit (une virgule ou un guillemet manquant en est la cause habituelle).</translation>
    </message>
    <message>
        <source>The request must be a JSON object ({ ... }) with exportType, exportName, format and the other fields.</source>
        <translation>La requête doit être un objet JSON ({ ... }) avec exportType, exportName, format et les autres champs.</translation>
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
        <extracomment>After &quot;3 columns&quot;: the first column names, e.g. &quot;: Email, First name, Last name&quot;</extracomment>
        <translation> : %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list in the summary: column names, associated object types</extracomment>
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
        <extracomment>The file in the summary: %1 the format (CSV, XLSX, XLS), %2 the language of the file (&quot;English&quot;)</extracomment>
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
        <extracomment>Quotation marks around the name of the export, in your language&apos;s style</extracomment>
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
        <translation>Aucun dossier de téléchargement défini. Revenez à Sortie et choisissez-en un.</translation>
    </message>
    <message>
        <source>No account is chosen. Go back to the first page and choose one.</source>
        <translation>Aucun compte choisi. Revenez à la première page et choisissez-en un.</translation>
    </message>
    <message>
        <source>Re&amp;quest body (JSON)</source>
        <translation>Corps de la re&amp;quête (JSON)</translation>
    </message>
    <message>
        <source>Show the request body</source>
        <translation>Afficher le corps de la requête</translation>
    </message>
    <message>
        <source>Problems as the command line reports them</source>
        <translation>Problèmes tels que la ligne de commande les signale</translation>
    </message>
    <message>
        <source>Hide the request body</source>
        <translation>Masquer le corps de la requête</translation>
    </message>
    <message>
        <source>All %1 in the list “%2” (list %3)</source>
        <translation>%1 : toute la liste « %2 » (liste %3)</translation>
    </message>
    <message>
        <source>Details, as the command line reports them:</source>
        <translation>Détails, tels que la ligne de commande les signale :</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Lancer l’export</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Arrives as</source>
        <translation>Arrive sous forme de</translation>
    </message>
    <message>
        <source>&amp;Start anyway</source>
        <translation>&amp;Lancer quand même</translation>
    </message>
</context>
<context>
    <name>es::RowCounter</name>
    <message>
        <source>Counting the rows of %1 was stopped.</source>
        <translation>Le comptage des lignes de %1 a été arrêté.</translation>
    </message>
    <message>
        <source>%1 is not a CSV, XLSX or XLS file, so its rows cannot be counted.</source>
        <translation>%1 n’est pas un fichier CSV, XLSX ou XLS : ses lignes ne peuvent pas être comptées.</translation>
    </message>
</context>
<context>
    <name>es::RunPlanner</name>
    <message>
        <source>A full run was asked for.</source>
        <translation>Une exécution complète a été demandée.</translation>
    </message>
    <message>
        <source>This is the first run: it runs in full.</source>
        <translation>C’est la première exécution : elle est complète.</translation>
    </message>
    <message>
        <source>A list export cannot carry a filter, so it runs in full every time.</source>
        <translation>Un export de liste ne peut pas porter de filtre : il est toujours complet.</translation>
    </message>
    <message>
        <source>Runs in full every %1 runs to notice deleted records; this is one of them.</source>
        <translation>Exécution complète toutes les %1 exécutions pour repérer les fiches supprimées ; c’en est une.</translation>
    </message>
    <message>
        <source>No filter group may be added, so it runs in full.</source>
        <translation>Aucun groupe de filtres ne peut être ajouté : l’exécution est complète.</translation>
    </message>
    <message>
        <source>A filter group already has the most filters HubSpot allows (%1), so the last-modified filter cannot be added: it runs in full.</source>
        <translation>Un groupe de filtres a déjà le maximum autorisé par HubSpot (%1) : le filtre de dernière modification ne peut pas être ajouté, l’exécution est complète.</translation>
    </message>
    <message>
        <source>The record ID (hs_object_id) was added as the first column: the history matches records by it.</source>
        <translation>L’ID de fiche (hs_object_id) a été ajouté en première colonne : l’historique identifie les fiches par lui.</translation>
    </message>
    <message>
        <source>%1 have no last-modified property, so it runs in full.</source>
        <translation>%1 n’ont pas de propriété de dernière modification : l’exécution est complète.</translation>
    </message>
    <message>
        <source>Incremental: only records whose %1 is on or after %2 (the last run&apos;s start less %3 minutes).</source>
        <translation>Incrémentiel : seules les fiches dont %1 est égal ou postérieur à %2 (début de la dernière exécution moins %3 minutes).</translation>
    </message>
</context>
<context>
    <name>es::SandboxProcess</name>
    <message>
        <source>The built-in sandbox did not start within %1 seconds. Try again; if it keeps failing, run hubspot-sandbox in a terminal to see why.</source>
        <translation>La sandbox intégrée n&apos;a pas démarré en %1 secondes. Réessayez ; si l&apos;échec persiste, lancez hubspot-sandbox dans un terminal pour en voir la raison.</translation>
    </message>
    <message>
        <source>The built-in sandbox (hubspot-sandbox) was not found. Reinstall Export Studio, or set EXPORT_STUDIO_SANDBOX to the program&apos;s path.</source>
        <translation>La sandbox intégrée (hubspot-sandbox) est introuvable. Réinstallez Export Studio, ou définissez EXPORT_STUDIO_SANDBOX sur le chemin du programme.</translation>
    </message>
    <message>
        <source>The built-in sandbox answered something unexpected (“%1”). Reinstall Export Studio; the sandbox and the app must come from the same version.</source>
        <translation>La sandbox intégrée a répondu quelque chose d&apos;inattendu (« %1 »). Réinstallez Export Studio ; la sandbox et l&apos;application doivent provenir de la même version.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>elle a planté</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped while starting (%1). Try again, or run hubspot-sandbox in a terminal to see why.</source>
        <translation>La sandbox intégrée s&apos;est arrêtée au démarrage (%1). Réessayez, ou lancez hubspot-sandbox dans un terminal pour en voir la raison.</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped unexpectedly. Choose the sandbox account again to restart it.</source>
        <translation>La sandbox intégrée s&apos;est arrêtée de manière inattendue. Choisissez à nouveau le compte sandbox pour la relancer.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started (%1). Check that %2 exists and may be run.</source>
        <translation>Impossible de démarrer la sandbox intégrée (%1). Vérifiez que %2 existe et peut être exécuté.</translation>
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
    <message>
        <source>“%1” cannot be part of a number here, so it was not typed. Use digits, a dot for decimals and a leading minus, e.g. -1500.50.</source>
        <translation>« %1 » ne peut pas faire partie d’un nombre ici et n’a pas été saisi. Utilisez des chiffres, un point pour les décimales et un signe moins au début, p. ex. -1500.50.</translation>
    </message>
    <message>
        <source>That is not a number, so it was not entered. Use digits, a dot for decimals and a leading minus, e.g. -1500.50.</source>
        <translation>Ce n’est pas un nombre ; rien n’a été saisi. Utilisez des chiffres, un point pour les décimales et un signe moins au début, p. ex. -1500.50.</translation>
    </message>
</context>
<context>
    <name>es::Schedule</name>
    <message>
        <source>Accepted forms: “every N h” (N from 1 to %1), “daily HH:MM”, “weekly mon,thu HH:MM” (days mon, tue, wed, thu, fri, sat, sun) and “none”.</source>
        <translation>Formes acceptées : « every N h » (N de 1 à %1), « daily HH:MM », « weekly mon,thu HH:MM » (jours mon, tue, wed, thu, fri, sat, sun) et « none ».</translation>
    </message>
    <message>
        <source>“%1”: the hours must be a whole number from 1 to %2.</source>
        <translation>« %1 » : les heures doivent être un nombre entier de 1 à %2.</translation>
    </message>
    <message>
        <source>“%1”: the time must be HH:MM, from 00:00 to 23:59.</source>
        <translation>« %1 » : l’heure doit être au format HH:MM, de 00:00 à 23:59.</translation>
    </message>
    <message>
        <source>“%1” is not a weekday.</source>
        <translation>« %1 » n’est pas un jour de la semaine.</translation>
    </message>
    <message>
        <source>“%1”: name at least one weekday.</source>
        <translation>« %1 » : indiquez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>“%1” is not a schedule.</source>
        <translation>« %1 » n’est pas une planification.</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifié</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Toutes les %n heure</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Chaque jour à %1</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <comment>weekdays, time</comment>
        <translation>Chaque semaine le %1 à %2</translation>
    </message>
    <message>
        <source>The schedule is not one this version understands; the preset runs only when started. Set the schedule again.</source>
        <translation>Cette version ne comprend pas la planification ; le préréglage ne s’exécute que lorsqu’on le lance. Définissez à nouveau la planification.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleController</name>
    <message>
        <source>That preset no longer exists.</source>
        <translation>Ce préréglage n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” runs only when you start it.</source>
        <extracomment>%1 the preset&apos;s name</extracomment>
        <translation>« %1 » ne s’exécute que lorsque vous le lancez.</translation>
    </message>
    <message>
        <source>“%1” is scheduled: %2. Next run: %3.</source>
        <extracomment>%1 the preset&apos;s name, %2 &quot;Daily at 07:30&quot;-like, %3 &quot;07:30&quot;, &quot;Tomorrow 07:30&quot; or &quot;Wed 07:30&quot;</extracomment>
        <translation>« %1 » est planifié : %2. Prochaine exécution : %3.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleEditor</name>
    <message>
        <source>Schedule “%1”</source>
        <extracomment>%1 the preset&apos;s name</extracomment>
        <translation>Planifier « %1 »</translation>
    </message>
    <message>
        <source>Only when started</source>
        <comment>schedule kind</comment>
        <translation>Seulement au lancement</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <comment>schedule kind</comment>
        <translation>Toutes les quelques heures</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>schedule kind</comment>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>schedule kind</comment>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>S’exécute</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Heures entre les exécutions</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>every N hours</comment>
        <translation>heures</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;S’exécute :</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Toutes les :</translation>
    </message>
    <message>
        <source>On:</source>
        <comment>weekdays</comment>
        <translation>Les :</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <comment>time of day</comment>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>The next 24 hours</source>
        <translation>Les prochaines 24 heures</translation>
    </message>
    <message>
        <source>Planned runs of all scheduled presets</source>
        <translation>Exécutions prévues de tous les préréglages planifiés</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choisissez au moins un jour.</translation>
    </message>
    <message>
        <source>Run this preset less often, or take another preset&apos;s schedule off.</source>
        <translation>Exécutez ce préréglage moins souvent, ou retirez la planification d’un autre préréglage.</translation>
    </message>
    <message>
        <source>Runs only when you start it.</source>
        <translation>Ne s’exécute que lorsque vous le lancez.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Next run: %1.</source>
        <translation>Prochaine exécution : %1.</translation>
    </message>
    <message>
        <source>First run: %1 (a new schedule waits for its first time, it does not run at once).</source>
        <translation>Première exécution : %1 (une nouvelle planification attend sa première heure, elle ne s’exécute pas tout de suite).</translation>
    </message>
    <message numerus="yes">
        <source>The scheduled presets need %1 of the %2 exports HubSpot allows a day. %n run(s) in the next 24 hours:</source>
        <extracomment>%1 exports the schedules need a day at most, %2 the daily limit (30)</extracomment>
        <translation>
            <numerusform>Les préréglages planifiés ont besoin de %1 des %2 exportations que HubSpot autorise par jour. %n exécution dans les prochaines 24 heures :</numerusform>
            <numerusform>Les préréglages planifiés ont besoin de %1 des %2 exportations que HubSpot autorise par jour. %n exécutions dans les prochaines 24 heures :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::SchedulePlanner</name>
    <message>
        <source>These schedules need %1 exports a day; HubSpot allows %2.</source>
        <translation>Ces planifications demandent %1 exportations par jour ; HubSpot en autorise %2.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleRunner</name>
    <message>
        <source>The scheduled preset “%1” cannot run: there is no account. Add one in Accounts.</source>
        <translation>Le préréglage planifié « %1 » ne peut pas s’exécuter : il n’y a aucun compte. Ajoutez-en un dans Comptes.</translation>
    </message>
    <message>
        <source>The scheduled preset “%1” cannot run: %2 Edit it to fix this.</source>
        <extracomment>%1 the preset&apos;s name, %2 what is wrong with it (whole sentences)</extracomment>
        <translation>Le préréglage planifié « %1 » ne peut pas s’exécuter : %2 Modifiez-le pour corriger cela.</translation>
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
    <name>es::Settings</name>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Impossible d&apos;enregistrer les paramètres : %1</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1. Check that you may write there and that the disk is not full.</source>
        <translation>Impossible d&apos;enregistrer les paramètres dans %1. Vérifiez que vous pouvez y écrire et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>es::SettingsController</name>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le mot de passe du proxy : %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the proxy password is kept only until Export Studio quits.</source>
        <translation>Aucun trousseau système n&apos;est disponible : le mot de passe du proxy n&apos;est conservé que jusqu&apos;à la fermeture d&apos;Export Studio.</translation>
    </message>
    <message>
        <source>The timer is removed: scheduled presets run only while Export Studio is open.</source>
        <translation>Le minuteur est supprimé : les préréglages planifiés ne s’exécutent que lorsque Export Studio est ouvert.</translation>
    </message>
    <message>
        <source>The timer is installed in %1. %2</source>
        <translation>Le minuteur est installé dans %1. %2</translation>
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
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose another proxy setting.</source>
        <translation>Saisissez l&apos;hôte et le port du proxy, ou choisissez un autre réglage de proxy.</translation>
    </message>
    <message>
        <source>Most filters pe&amp;r group:</source>
        <translation>Nombre max. de filtres pa&amp;r groupe :</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>No&amp;m d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Scheduled presets</source>
        <translation>Préréglages planifiés</translation>
    </message>
    <message>
        <source>A systemd timer runs the due presets every 15 minutes while Export Studio is closed.</source>
        <translation>Un minuteur systemd exécute les préréglages dus toutes les 15 minutes lorsque Export Studio est fermé.</translation>
    </message>
    <message>
        <source>While Export Studio is closed, scheduled presets run only if a systemd timer runs them.</source>
        <translation>Lorsque Export Studio est fermé, les préréglages planifiés ne s’exécutent que si un minuteur systemd les lance.</translation>
    </message>
    <message>
        <source>&amp;Remove timer</source>
        <comment>systemd timer</comment>
        <translation>&amp;Supprimer le minuteur</translation>
    </message>
    <message>
        <source>&amp;Install timer</source>
        <comment>systemd timer</comment>
        <translation>&amp;Installer le minuteur</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Continuer dans la &amp;zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Export Studio. Scheduled presets then run only with the timer below.</source>
        <translation>Ce bureau n’a pas de zone de notification : fermer la fenêtre quitte Export Studio. Les préréglages planifiés ne s’exécutent alors qu’avec le minuteur ci-dessous.</translation>
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
        <source>⚠ No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>⚠ Aucun compte n&apos;est encore configuré. Ajoutez-en un dans Comptes ou essayez la sandbox intégrée.</translation>
    </message>
    <message>
        <source>%1 (custom object %2)</source>
        <translation>%1 (objet personnalisé %2)</translation>
    </message>
    <message>
        <source>Next you choose which records (all, filtered, or a list), then the columns, the file format and where it is saved.</source>
        <translation>Ensuite, vous choisissez les enregistrements (tous, filtrés ou une liste), puis les colonnes, le format du fichier et l&apos;endroit où il est enregistré.</translation>
    </message>
    <message>
        <source>%1 %2 on this account</source>
        <extracomment>%1 how many records the object has on this account, %2 the object (&quot;contacts&quot;)</extracomment>
        <translation>%1 %2 sur ce compte</translation>
    </message>
</context>
<context>
    <name>es::StatusPresenter</name>
    <message>
        <source>The sandbox is running with made-up data. Start with New export (Ctrl+N).</source>
        <translation>La sandbox tourne avec des données fictives. Commencez par Nouvel export (Ctrl+N).</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage de la sandbox…</translation>
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
        <extracomment>The connection in the status bar: %1 the account&apos;s name, %2 the HubSpot host it talks to</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API %1/%2 per %3 s</source>
        <extracomment>HubSpot&apos;s rate limit in the status bar: %1 requests left of %2 in a window of %3 seconds</extracomment>
        <translation>API %1/%2 par %3 s</translation>
    </message>
    <message>
        <source> · paused %1 s</source>
        <extracomment>Appended to the rate limit while HubSpot makes us wait: %1 seconds</extracomment>
        <translation> · en pause %1 s</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <extracomment>Appended to the rate limit: %1 requests waiting for a free slot</extracomment>
        <translation> · %1 en attente</translation>
    </message>
    <message>
        <source>Requests HubSpot still allows in the current %1-second window. Export Studio paces itself so it never runs over.</source>
        <translation>Requêtes que HubSpot autorise encore dans la fenêtre actuelle de %1 secondes. Export Studio se régule pour ne jamais la dépasser.</translation>
    </message>
    <message>
        <source>Today: %1 of %2 left.</source>
        <extracomment>%1 requests left today of %2 (HubSpot&apos;s daily limit)</extracomment>
        <translation>Aujourd&apos;hui : %1 sur %2 restants.</translation>
    </message>
    <message>
        <source>%1 running, %2 queued · if you quit, they carry on the next time you start Export Studio</source>
        <translation>%1 en cours, %2 en file · si vous quittez, ils reprendront au prochain démarrage d&apos;Export Studio</translation>
    </message>
    <message>
        <source>The portal of “%1” does not offer HubSpot&apos;s API version %2, so Export Studio uses %3 for it from now on (Accounts shows the choice).</source>
        <extracomment>%1 account name, %2 and %3 HubSpot API versions (2026-09, 2026-03, v3)</extracomment>
        <translation>Le portail de « %1 » ne propose pas la version %2 de l’API HubSpot ; Export Studio utilise désormais %3 pour lui (visible dans Comptes).</translation>
    </message>
</context>
<context>
    <name>es::Storage</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <comment>why a file cannot be written</comment>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>The disk seems to be full: free some space and try again.</source>
        <translation>Le disque semble plein : libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: make it writable or choose another folder.</source>
        <translation>Le dossier %1 est en lecture seule : rendez-le accessible en écriture ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, that you may write there and that the disk is not full.</source>
        <translation>Vérifiez que le dossier %1 existe, que vous pouvez y écrire et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check that its parent exists and that you may write there.</source>
        <translation>Impossible de créer le dossier %1 : vérifiez que son dossier parent existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Export Studio now keeps the command line&apos;s presets, accounts and quota with the desktop app&apos;s, in %1. The older command-line folder %2 was left as it was: copy any presets you still need from it, then delete it.</source>
        <translation>Export Studio conserve désormais les modèles, les comptes et le quota de la ligne de commande avec ceux de l’application de bureau, dans %1. L’ancien dossier de la ligne de commande %2 a été laissé tel quel : copiez-en les modèles dont vous avez encore besoin, puis supprimez-le.</translation>
    </message>
    <message>
        <source>The command line&apos;s state folder %1 could not be moved to %2, where the desktop app keeps the same things: move it there yourself.</source>
        <translation>Le dossier d’état de la ligne de commande %1 n’a pas pu être déplacé vers %2, où l’application de bureau conserve les mêmes éléments : déplacez-le vous-même.</translation>
    </message>
</context>
<context>
    <name>es::SystemdTimer</name>
    <message>
        <source>export-studio-cli was not found next to Export Studio or on the PATH (“%1”). Install the export-studio package, then try again.</source>
        <translation>export-studio-cli est introuvable à côté d’Export Studio et dans le PATH (« %1 »). Installez le paquet export-studio, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write to it.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. %3</source>
        <translation>Impossible d’écrire %1 : %2. %3</translation>
    </message>
    <message>
        <source>Could not enable the timer (link %1). Run `systemctl --user enable %2` instead.</source>
        <translation>Impossible d’activer le minuteur (lien %1). Exécutez plutôt `systemctl --user enable %2`.</translation>
    </message>
    <message>
        <source>Could not remove %1. Check that you may write to %2.</source>
        <translation>Impossible de supprimer %1. Vérifiez que vous pouvez écrire dans %2.</translation>
    </message>
    <message>
        <source>The timer starts at your next login; to start it now, run `systemctl --user daemon-reload &amp;&amp; systemctl --user start %1`.</source>
        <translation>Le minuteur démarre à votre prochaine connexion ; pour le démarrer maintenant, exécutez `systemctl --user daemon-reload &amp;&amp; systemctl --user start %1`.</translation>
    </message>
</context>
<context>
    <name>es::TableFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>writing the workbook failed</source>
        <translation>l’écriture du classeur a échoué</translation>
    </message>
</context>
<context>
    <name>es::TablePreview</name>
    <message>
        <source>%1 is empty: it has not even a header row.</source>
        <translation>%1 est vide : il n’a même pas de ligne d’en-tête.</translation>
    </message>
</context>
<context>
    <name>es::TableReader</name>
    <message>
        <source>%1 is not a CSV, XLSX or XLS file, so it cannot be kept in the history.</source>
        <translation>%1 n’est pas un fichier CSV, XLSX ou XLS : il ne peut pas être conservé dans l’historique.</translation>
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
        <translation>En file, n° %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <extracomment>Appended to &quot;Queued&quot;: %1 when the daily quota frees the next slot (a date or time)</extracomment>
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
        <extracomment>Download progress: %1 the bytes received so far, %2 the file&apos;s size</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Unpacking · %1 of %2</source>
        <extracomment>%1 the size unpacked so far, %2 the size of everything to unpack</extracomment>
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
        <extracomment>A finished export&apos;s one file: %1 its name, %2 its size</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
        <extracomment>A finished export&apos;s files: %1 how many, %2 their total size</extracomment>
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
        <extracomment>Tooltip, time spent per state: %1 the state (&quot;Processing&quot;), %2 how long (&quot;1 min 5 s&quot;)</extracomment>
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
    <message>
        <source>%1 records</source>
        <comment>progress, short</comment>
        <extracomment>Short form of &quot;HubSpot is building the file · %1 records&quot; for a narrow column</extracomment>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>Queued · about %1</source>
        <extracomment>Short form of a queued export&apos;s state for a narrow column: %1 a time (&quot;14:05&quot;)</extracomment>
        <translation>En file · vers %1</translation>
    </message>
    <message>
        <source>Expected to start about %1: estimated with about %2 minutes per export ahead of it at HubSpot.</source>
        <extracomment>Tooltip of a queued export: %1 a time (&quot;14:05&quot;), %2 minutes per export (5)</extracomment>
        <translation>Début prévu vers %1 : estimé à environ %2 minutes par export qui le précède chez HubSpot.</translation>
    </message>
    <message>
        <source>It also waits for a slot of the daily export limit to free up.</source>
        <translation>Il attend aussi qu’un créneau de la limite quotidienne d’exports se libère.</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <extracomment>Tooltip: the completeness check (&quot;12,345 records, as HubSpot reported&quot;)</extracomment>
        <translation>Vérification : %1</translation>
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
    <name>es::TrayKeeper</name>
    <message>
        <source>&amp;Show Export Studio</source>
        <translation>&amp;Afficher Export Studio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Export Studio runs scheduled presets</source>
        <translation>Export Studio exécute les préréglages planifiés</translation>
    </message>
    <message>
        <source>Export Studio is still running</source>
        <translation>Export Studio est toujours en cours d’exécution</translation>
    </message>
    <message>
        <source>Scheduled presets run while it is in the tray. Quit it from the tray icon&apos;s menu.</source>
        <translation>Les préréglages planifiés s’exécutent tant qu’il est dans la zone de notification. Quittez-le depuis le menu de l’icône.</translation>
    </message>
</context>
<context>
    <name>es::Unpacker</name>
    <message>
        <source>has an empty name</source>
        <extracomment>Completes &quot;contains an entry that %1&quot;: why the zip entry is unsafe</extracomment>
        <translation>a un nom vide</translation>
    </message>
    <message>
        <source>has control characters in its name</source>
        <translation>a des caractères de contrôle dans son nom</translation>
    </message>
    <message>
        <source>uses backslashes in its path</source>
        <translation>utilise des barres obliques inverses dans son chemin</translation>
    </message>
    <message>
        <source>has an absolute path</source>
        <translation>a un chemin absolu</translation>
    </message>
    <message>
        <source>names a drive letter</source>
        <translation>désigne une lettre de lecteur</translation>
    </message>
    <message>
        <source>has a colon in its path</source>
        <translation>a un deux-points dans son chemin</translation>
    </message>
    <message>
        <source>points outside the folder</source>
        <translation>pointe hors du dossier</translation>
    </message>
    <message>
        <source>has an empty path component</source>
        <translation>a un composant de chemin vide</translation>
    </message>
    <message>
        <source>uses a reserved device name</source>
        <translation>utilise un nom de périphérique réservé</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (error %2): the download may be damaged; download the export again.</source>
        <translation>%1 n&apos;est pas une archive zip lisible (erreur %2) : le téléchargement est peut-être endommagé ; téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>The export archive holds %1 entries, more than the limit of %2; nothing was extracted.</source>
        <translation>L&apos;archive d&apos;export contient %1 entrées, au-delà de la limite de %2 ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>The directory of %1 cannot be read: the download may be damaged; download the export again.</source>
        <translation>Le répertoire de %1 est illisible : le téléchargement est peut-être endommagé ; téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>The export archive contains an entry that %1 (%2); nothing was extracted.</source>
        <extracomment>%1 says why the entry is unsafe (&quot;has an absolute path&quot;), %2 names it</extracomment>
        <translation>L&apos;archive d&apos;export contient une entrée qui %1 (%2) ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>The export archive contains a symbolic link (%1); nothing was extracted.</source>
        <translation>L&apos;archive d&apos;export contient un lien symbolique (%1) ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>The export archive contains a device or special file (%1); nothing was extracted.</source>
        <translation>L&apos;archive d&apos;export contient un fichier de périphérique ou spécial (%1) ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>The export archive contains a password-protected entry (%1); nothing was extracted.</source>
        <translation>L&apos;archive d&apos;export contient une entrée protégée par mot de passe (%1) ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands %2 times, more than the limit of %3 (a zip bomb?); nothing was extracted.</source>
        <translation>L&apos;entrée %1 de l&apos;archive d&apos;export s&apos;étend %2 fois, au-delà de la limite de %3 (une bombe zip ?) ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>The export archive would expand to more than %1; nothing was extracted.</source>
        <translation>L&apos;archive d&apos;export occuperait plus de %1 une fois décompressée ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check that you may write there.</source>
        <translation>Impossible de créer le dossier %1 : vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The export needs %1 but the folder %2 has only %3 free: free some space and try again.</source>
        <translation>L&apos;export nécessite %1 mais le dossier %2 n&apos;a que %3 de libre : libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Cannot create a staging folder in %1 (%2): check that you may write there.</source>
        <translation>Impossible de créer un dossier intermédiaire dans %1 (%2) : vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The directory of %1 changed while it was read; nothing was extracted.</source>
        <translation>Le répertoire de %1 a changé pendant sa lecture ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>The export archive entry %1 cannot be read (error %2): the download is damaged; download the export again.</source>
        <translation>L&apos;entrée %1 de l&apos;archive d&apos;export est illisible (erreur %2) : le téléchargement est endommagé ; téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): check the folder and free space.</source>
        <translation>Impossible d&apos;écrire dans %1 (%2) : vérifiez le dossier et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>Unpacking was canceled; nothing was extracted.</source>
        <translation>La décompression a été annulée ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>The export archive entry %1 is damaged (%2); nothing was extracted. Download the export again.</source>
        <translation>L&apos;entrée %1 de l&apos;archive d&apos;export est endommagée (%2) ; rien n&apos;a été extrait. Téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands beyond the size its header declares; nothing was extracted.</source>
        <translation>L&apos;entrée %1 de l&apos;archive d&apos;export dépasse la taille annoncée par son en-tête ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands more than %2 times (a zip bomb?); nothing was extracted.</source>
        <translation>L&apos;entrée %1 de l&apos;archive d&apos;export s&apos;étend plus de %2 fois (une bombe zip ?) ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): free some space in that folder and try again.</source>
        <translation>Impossible d&apos;écrire dans %1 (%2) : libérez de l&apos;espace dans ce dossier et réessayez.</translation>
    </message>
    <message>
        <source>The export archive entry %1 fails its checksum (CRC); nothing was extracted. Download the export again.</source>
        <translation>L&apos;entrée %1 de l&apos;archive d&apos;export échoue à la somme de contrôle (CRC) ; rien n&apos;a été extrait. Téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>The export archive entry %1 is damaged (error %2); nothing was extracted. Download the export again.</source>
        <translation>L&apos;entrée %1 de l&apos;archive d&apos;export est endommagée (erreur %2) ; rien n&apos;a été extrait. Téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>The export archive entry %1 holds %2 bytes instead of %3; nothing was extracted. Download the export again.</source>
        <translation>L&apos;entrée %1 de l&apos;archive d&apos;export contient %2 octets au lieu de %3 ; rien n&apos;a été extrait. Téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>The directory of %1 cannot be read (error %2): the download may be damaged; download the export again.</source>
        <translation>Le répertoire de %1 est illisible (erreur %2) : le téléchargement est peut-être endommagé ; téléchargez à nouveau l&apos;export.</translation>
    </message>
    <message>
        <source>Cannot move the extracted file %1 into %2 (%3); nothing was extracted.</source>
        <translation>Impossible de déplacer le fichier extrait %1 dans %2 (%3) ; rien n&apos;a été extrait.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): the folder is read-only or you may not write there. Make it writable or choose another folder, then try again.</source>
        <translation>Impossible d’écrire dans %1 (%2) : le dossier est en lecture seule ou vous n’avez pas le droit d’y écrire. Rendez-le accessible en écriture ou choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): free some space in that folder, or choose another folder, and try again.</source>
        <translation>Impossible d’écrire dans %1 (%2) : libérez de l’espace dans ce dossier ou choisissez-en un autre, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>es::Validation</name>
    <message>
        <source>The filter has no property. Choose the property to filter on, or remove the filter.</source>
        <translation>Le filtre n&apos;a pas de propriété. Choisissez la propriété sur laquelle filtrer, ou supprimez le filtre.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;. Use one of %2.</source>
        <translation>Opérateur inconnu « %1 ». Utilisez l&apos;un de ceux-ci : %2.</translation>
    </message>
    <message>
        <source>Enter the value to compare with.</source>
        <translation>Saisissez la valeur de comparaison.</translation>
    </message>
    <message>
        <source>%1 takes one value in &quot;value&quot;, not a list in &quot;values&quot;; use IN for a list.</source>
        <translation>%1 prend une valeur dans &quot;value&quot;, pas une liste dans &quot;values&quot; ; utilisez IN pour une liste.</translation>
    </message>
    <message>
        <source>%1 needs a value. %2</source>
        <translation>%1 a besoin d&apos;une valeur. %2</translation>
    </message>
    <message>
        <source>BETWEEN needs a lower bound in &quot;value&quot;. Enter the smallest value to include.</source>
        <translation>BETWEEN a besoin d&apos;une borne inférieure dans &quot;value&quot;. Saisissez la plus petite valeur à inclure.</translation>
    </message>
    <message>
        <source>BETWEEN needs an upper bound in &quot;highValue&quot;. Enter the largest value to include.</source>
        <translation>BETWEEN a besoin d&apos;une borne supérieure dans &quot;highValue&quot;. Saisissez la plus grande valeur à inclure.</translation>
    </message>
    <message>
        <source>BETWEEN&apos;s lower bound %1 is greater than its upper bound %2, so nothing can match. Swap the two values.</source>
        <translation>La borne inférieure %1 de BETWEEN est supérieure à sa borne supérieure %2 : rien ne peut correspondre. Inversez les deux valeurs.</translation>
    </message>
    <message>
        <source>%1 needs at least one value in &quot;values&quot;. Add the values to match.</source>
        <translation>%1 a besoin d&apos;au moins une valeur dans &quot;values&quot;. Ajoutez les valeurs à faire correspondre.</translation>
    </message>
    <message>
        <source>%1 needs at least one value in &quot;values&quot;. Add the values to match (move &quot;%2&quot; into the list).</source>
        <translation>%1 a besoin d&apos;au moins une valeur dans &quot;values&quot;. Ajoutez les valeurs à faire correspondre (déplacez « %2 » dans la liste).</translation>
    </message>
    <message>
        <source>Value %1 of the list is empty. Enter a value or remove it from the list.</source>
        <translation>La valeur %1 de la liste est vide. Saisissez une valeur ou retirez-la de la liste.</translation>
    </message>
    <message>
        <source>%1 takes no value; the value given is ignored. Remove it, or pick an operator that compares values (EQ, IN, ...).</source>
        <translation>%1 ne prend pas de valeur ; la valeur donnée est ignorée. Supprimez-la, ou choisissez un opérateur qui compare des valeurs (EQ, IN, ...).</translation>
    </message>
    <message numerus="yes">
        <source>%n filter groups are more than the %1 allowed. Merge or remove groups, or raise the limit in the settings if your account allows more.</source>
        <translation>
            <numerusform>%n groupe de filtres dépasse les %1 autorisés. Fusionnez ou supprimez des groupes, ou augmentez la limite dans les paramètres si votre compte en autorise davantage.</numerusform>
            <numerusform>%n groupes de filtres dépassent les %1 autorisés. Fusionnez ou supprimez des groupes, ou augmentez la limite dans les paramètres si votre compte en autorise davantage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter group %1 has no filters. Add a filter to it or remove the group.</source>
        <translation>Le groupe de filtres %1 n&apos;a aucun filtre. Ajoutez-y un filtre ou supprimez le groupe.</translation>
    </message>
    <message numerus="yes">
        <source>Filter group %1 has %n filters, more than the %2 allowed. Remove filters or split the group.</source>
        <translation>
            <numerusform>Le groupe de filtres %1 a %n filtre, plus que les %2 autorisés. Supprimez des filtres ou scindez le groupe.</numerusform>
            <numerusform>Le groupe de filtres %1 a %n filtres, plus que les %2 autorisés. Supprimez des filtres ou scindez le groupe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sort rules given, but HubSpot sorts by one property only. Keep one sort rule.</source>
        <translation>
            <numerusform>%n règle de tri donnée, mais HubSpot ne trie que sur une propriété. Gardez une seule règle de tri.</numerusform>
            <numerusform>%n règles de tri données, mais HubSpot ne trie que sur une propriété. Gardez une seule règle de tri.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sort rule has no property. Choose the property to sort by, or remove the sort rule.</source>
        <translation>La règle de tri n&apos;a pas de propriété. Choisissez la propriété sur laquelle trier, ou supprimez la règle de tri.</translation>
    </message>
    <message numerus="yes">
        <source>The search text has %n characters; HubSpot accepts at most %1. Shorten it.</source>
        <translation>
            <numerusform>Le texte de recherche compte %n caractère ; HubSpot en accepte au plus %1. Raccourcissez-le.</numerusform>
            <numerusform>Le texte de recherche compte %n caractères ; HubSpot en accepte au plus %1. Raccourcissez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export has no name. Enter a name; HubSpot shows it in the export log.</source>
        <translation>L&apos;export n&apos;a pas de nom. Saisissez un nom ; HubSpot l&apos;affiche dans le journal des exports.</translation>
    </message>
    <message numerus="yes">
        <source>The export name has %n characters; at most %1 are allowed. Shorten it.</source>
        <translation>
            <numerusform>Le nom de l&apos;export compte %n caractère ; %1 au plus sont autorisés. Raccourcissez-le.</numerusform>
            <numerusform>Le nom de l&apos;export compte %n caractères ; %1 au plus sont autorisés. Raccourcissez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of HubSpot&apos;s language codes, for example EN, DE, FR or PT_BR.</source>
        <translation>Langue inconnue « %1 ». Utilisez l&apos;un des codes de langue de HubSpot, par exemple EN, DE, FR ou PT_BR.</translation>
    </message>
    <message>
        <source>No object type is set. Choose what to export, for example CONTACT, or a custom object id such as 2-12345.</source>
        <translation>Aucun type d&apos;objet n&apos;est défini. Choisissez quoi exporter, par exemple CONTACT, ou l&apos;ID d&apos;un objet personnalisé comme 2-12345.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type HubSpot exports. Use a standard object (CONTACT, COMPANY, DEAL, ...) or its id (0-1), and custom objects by their id (2-12345), not by name.</source>
        <translation>« %1 » n&apos;est pas un type d&apos;objet que HubSpot exporte. Utilisez un objet standard (CONTACT, COMPANY, DEAL, ...) ou son ID (0-1), et les objets personnalisés par leur ID (2-12345), pas par leur nom.</translation>
    </message>
    <message>
        <source>No properties are selected. Choose at least one property to export as a column.</source>
        <translation>Aucune propriété n&apos;est sélectionnée. Choisissez au moins une propriété à exporter en colonne.</translation>
    </message>
    <message>
        <source>Column %1 has no property name. Choose a property or remove the column.</source>
        <translation>La colonne %1 n&apos;a pas de nom de propriété. Choisissez une propriété ou supprimez la colonne.</translation>
    </message>
    <message>
        <source>The property &quot;%1&quot; is listed twice. Remove the second one.</source>
        <translation>La propriété « %1 » figure deux fois. Supprimez la seconde.</translation>
    </message>
    <message numerus="yes">
        <source>%n associated object types are selected; HubSpot allows at most %1 per export. Remove some.</source>
        <translation>
            <numerusform>%n type d&apos;objet associé est sélectionné ; HubSpot en autorise au plus %1 par export. Retirez-en.</numerusform>
            <numerusform>%n types d&apos;objets associés sont sélectionnés ; HubSpot en autorise au plus %1 par export. Retirez-en quelques-uns.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type. Use a standard object such as COMPANY or a custom object id such as 2-12345.</source>
        <translation>« %1 » n&apos;est pas un type d&apos;objet. Utilisez un objet standard comme COMPANY ou l&apos;ID d&apos;un objet personnalisé comme 2-12345.</translation>
    </message>
    <message>
        <source>A list export needs the list&apos;s id. Pick a list, or enter its ILS list id (digits, shown in the list&apos;s details).</source>
        <translation>Un export de liste a besoin de l&apos;ID de la liste. Choisissez une liste, ou saisissez son ID de liste ILS (des chiffres, visibles dans les détails de la liste).</translation>
    </message>
    <message>
        <source>The list id &quot;%1&quot; must contain digits only. Enter the ILS list id, for example 1234567.</source>
        <translation>L&apos;ID de liste « %1 » ne doit contenir que des chiffres. Saisissez l&apos;ID de liste ILS, par exemple 1234567.</translation>
    </message>
    <message>
        <source>A list export takes its records from the list, so filters, sorts and search text are not allowed. Remove them, or export a view instead.</source>
        <translation>Un export de liste prend ses fiches dans la liste : les filtres, tris et textes de recherche ne sont pas autorisés. Supprimez-les, ou exportez plutôt une vue.</translation>
    </message>
    <message>
        <source>A view export ignores the list id. Remove it, or switch to a list export.</source>
        <translation>Un export de vue ignore l&apos;ID de liste. Supprimez-le, ou passez à un export de liste.</translation>
    </message>
    <message>
        <source>warning: </source>
        <comment>prefix of a validation line</comment>
        <translation>avertissement : </translation>
    </message>
</context>
<context>
    <name>es::Vault</name>
    <message>
        <source>%1 The file %2 could not be moved aside either: move or delete it yourself; until then the history is not kept. Your downloaded files are not affected.</source>
        <translation>%1 Le fichier %2 n’a pas pu être mis de côté non plus : déplacez-le ou supprimez-le vous-même ; d’ici là, aucun historique n’est conservé. Vos fichiers téléchargés ne sont pas touchés.</translation>
    </message>
    <message>
        <source>It was moved to %1 and nothing in it was changed; the next run of a history preset starts a new, empty history. Your downloaded files are not affected.</source>
        <translation>Il a été déplacé vers %1 sans rien y changer ; la prochaine exécution d’un préréglage avec historique commence un historique neuf et vide. Vos fichiers téléchargés ne sont pas touchés.</translation>
    </message>
    <message>
        <source>The disk is full: the history folder %1 has no room left, so nothing was saved in it. Free some space there, then run `export-studio-cli resume` (or start Export Studio) to save the run again.</source>
        <translation>Le disque est plein : le dossier d’historique %1 n’a plus de place, rien n’y a été enregistré. Libérez de l’espace, puis lancez `export-studio-cli resume` (ou démarrez Export Studio) pour enregistrer à nouveau l’exécution.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (SQLite says: %2).</source>
        <translation>Le fichier d’historique %1 est endommagé (SQLite indique : %2).</translation>
    </message>
    <message>
        <source>The history file %1 could not be used: %2</source>
        <translation>Le fichier d’historique %1 n’a pas pu être utilisé : %2</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir le fichier d’historique %1 : %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Export Studio (history format %2; this version knows up to %3). Update Export Studio and move the file back to use it.</source>
        <translation>Le fichier d’historique %1 a été écrit par un Export Studio plus récent (format %2 ; cette version connaît jusqu’au %3). Mettez Export Studio à jour et remettez le fichier en place pour l’utiliser.</translation>
    </message>
    <message>
        <source>The file %1 is not an Export Studio history (it holds other tables).</source>
        <translation>Le fichier %1 n’est pas un historique Export Studio (il contient d’autres tables).</translation>
    </message>
    <message>
        <source>The preset has no run %1 in its history (see `export-studio-cli runs --preset NAME`).</source>
        <translation>Le préréglage n’a pas d’exécution %1 dans son historique (voir `export-studio-cli runs --preset NAME`).</translation>
    </message>
    <message>
        <source>The preset has no history yet: run it first.</source>
        <translation>Le préréglage n’a pas encore d’historique : exécutez-le d’abord.</translation>
    </message>
    <message>
        <source>Record %1 in the history file %2 cannot be read.</source>
        <translation>La fiche %1 du fichier d’historique %2 est illisible.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 est vide : il n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>%1 has no record ID column (hs_object_id), so its rows cannot be kept in the history.</source>
        <translation>%1 n’a pas de colonne d’ID de fiche (hs_object_id) : ses lignes ne peuvent pas être conservées dans l’historique.</translation>
    </message>
    <message>
        <source>Row %1 of %2 has no valid record ID (“%3”), so the run cannot be kept in the history.</source>
        <translation>La ligne %1 de %2 n’a pas d’ID de fiche valide (« %3 ») : l’exécution ne peut pas être conservée dans l’historique.</translation>
    </message>
    <message>
        <source>Stopped before the run was kept; it is kept on the next start.</source>
        <translation>Arrêté avant que l’exécution soit conservée ; elle le sera au prochain démarrage.</translation>
    </message>
    <message>
        <source>There is no history file %1: run a preset that keeps a history first.</source>
        <translation>Le fichier d&apos;historique %1 n&apos;existe pas : exécutez d&apos;abord un préréglage qui conserve un historique.</translation>
    </message>
    <message>
        <source>The file %1 is not an Export Studio history.</source>
        <translation>Le fichier %1 n&apos;est pas un historique Export Studio.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Export Studio (history format %2; this version knows up to %3). Update Export Studio to see it.</source>
        <translation>Le fichier d&apos;historique %1 a été écrit par un Export Studio plus récent (format d&apos;historique %2 ; cette version connaît jusqu&apos;au %3). Mettez Export Studio à jour pour le voir.</translation>
    </message>
</context>
<context>
    <name>es::VaultManager</name>
    <message>
        <source>This run will not be kept in the history: %1</source>
        <translation>Cette exécution ne sera pas conservée dans l’historique : %1</translation>
    </message>
    <message>
        <source>The object&apos;s properties could not be read (no access token), so it runs in full.</source>
        <translation>Les propriétés de l’objet n’ont pas pu être lues (pas de jeton d’accès) : l’exécution est complète.</translation>
    </message>
    <message>
        <source>The object&apos;s properties could not be read (%1), so it runs in full.</source>
        <translation>Les propriétés de l’objet n’ont pas pu être lues (%1) : l’exécution est complète.</translation>
    </message>
    <message>
        <source>The files of “%1” are no longer where they were saved, so this run is not kept in the history.</source>
        <translation>Les fichiers de « %1 » ne sont plus là où ils ont été enregistrés : cette exécution n’est pas conservée dans l’historique.</translation>
    </message>
</context>
<context>
    <name>es::VaultTablePreview</name>
    <message>
        <source>Record %1 in the history file %2 cannot be read.</source>
        <translation>La fiche %1 du fichier d’historique %2 est illisible.</translation>
    </message>
    <message>
        <source>%1, the table after run %2</source>
        <comment>preset name, run number</comment>
        <translation>%1, la table après l&apos;exécution %2</translation>
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
    <name>es::WizardController</name>
    <message>
        <source>Saved the preset “%1”. Double-click it in Presets to run it again.</source>
        <translation>Modèle « %1 » enregistré. Double-cliquez dessus dans Modèles pour l&apos;exécuter à nouveau.</translation>
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
    <name>es::XlsTableReader</name>
    <message>
        <source>%1 is not a readable XLS workbook.</source>
        <translation>%1 n’est pas un classeur XLS lisible.</translation>
    </message>
    <message>
        <source>%1 holds no readable worksheet.</source>
        <translation>%1 ne contient aucune feuille lisible.</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 cannot be read.</source>
        <translation>%1 est endommagé : la ligne %2 est illisible.</translation>
    </message>
</context>
<context>
    <name>es::XlsxTableReader</name>
    <message>
        <source>%1 is damaged: its shared strings cannot be read.</source>
        <translation>%1 est endommagé : ses chaînes partagées sont illisibles.</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings are not valid XML (%2).</source>
        <translation>%1 est endommagé : ses chaînes partagées ne sont pas du XML valide (%2).</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX file (the zip cannot be opened).</source>
        <translation>%1 n’est pas un fichier XLSX lisible (le zip ne s’ouvre pas).</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 ne contient aucune feuille.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet cannot be read.</source>
        <translation>%1 est endommagé : sa feuille est illisible.</translation>
    </message>
    <message>
        <source>%1 is damaged: a cell refers to a shared string that does not exist.</source>
        <translation>%1 est endommagé : une cellule renvoie à une chaîne partagée inexistante.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet is not valid XML (%2).</source>
        <translation>%1 est endommagé : sa feuille n’est pas du XML valide (%2).</translation>
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
    <message>
        <source>The preset file %1 could not be imported, so it was not run.</source>
        <translation>Le fichier de modèle %1 n&apos;a pas pu être importé : il n&apos;a donc pas été exécuté.</translation>
    </message>
    <message>
        <source>There is no preset named “%1” and no such file, so nothing was run. Check the name in Presets.</source>
        <translation>Il n&apos;existe ni modèle nommé « %1 » ni fichier de ce nom : rien n&apos;a été exécuté. Vérifiez le nom dans Modèles.</translation>
    </message>
    <message>
        <source>Queue the saved preset &lt;name&gt; (or import the preset file and queue it) on the current account once Export Studio is ready, as a double-click in Presets does. Repeatable. With Export Studio already running, the running window queues it.</source>
        <translation>Mettre en file le modèle enregistré &lt;name&gt; (ou importer le fichier de modèle et le mettre en file) sur le compte actuel dès qu&apos;Export Studio est prêt, comme un double-clic dans Modèles. Répétable. Si Export Studio est déjà lancé, c&apos;est la fenêtre ouverte qui le met en file.</translation>
    </message>
    <message>
        <source>--sandbox-url needs an address such as http://127.0.0.1:8765 (what hubspot-sandbox prints as “listening on”).</source>
        <translation>--sandbox-url a besoin d&apos;une adresse comme http://127.0.0.1:8765 (ce que hubspot-sandbox affiche après « listening on »).</translation>
    </message>
    <message>
        <source>Use a hubspot-sandbox you started yourself at &lt;url&gt; (its own port, faults or clock) as the sandbox account instead of the built-in one. Its exports outlive Export Studio, so a restart with the same --sandbox-url carries on with them. Implies --sandbox.</source>
        <translation>Utiliser comme compte sandbox un hubspot-sandbox que vous avez lancé vous-même sur &lt;url&gt; (son propre port, ses pannes ou son horloge) au lieu de la sandbox intégrée. Ses exports survivent à Export Studio : un redémarrage avec la même --sandbox-url les reprend. Implique --sandbox.</translation>
    </message>
</context>
</TS>
