<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>es</name>
    <message>
        <source>(no property)</source>
        <translation>(sem propriedade)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A condition in words: %1 the property (&quot;Lifecycle stage&quot;), %2 the comparison (&quot;is&quot;, &quot;contains&quot;), %3 the value or values. Reorder for your language.</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>(sem operador)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A condition without a value: %1 the property, %2 the comparison (&quot;is known&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 and %4</source>
        <translation>%1 %2 %3 e %4</translation>
    </message>
    <message>
        <source>(nothing chosen)</source>
        <translation>(nada escolhido)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the values of a condition such as &quot;Lifecycle stage is any of Lead, Customer&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source> AND </source>
        <extracomment>Joins the conditions of one group: a record must match them all</extracomment>
        <translation> E </translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>Brackets around one group of conditions when there are several groups (joined with OR)</extracomment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>%1, sem filtro</translation>
    </message>
    <message>
        <source> matching the text “%1”</source>
        <translation> que correspondem ao texto “%1”</translation>
    </message>
    <message>
        <source> where %1</source>
        <translation> em que %1</translation>
    </message>
    <message>
        <source> OR </source>
        <extracomment>Joins the groups of conditions: a record matches if it matches any one group</extracomment>
        <translation> OU </translation>
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
        <translation>é em</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>Comparison of a property with one value: &quot;Lifecycle stage is Customer&quot;</extracomment>
        <translation>é</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>não é em</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>não é</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>é antes de</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>é menor que</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>é em ou antes de</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>é no máximo</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>é depois de</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>é maior que</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>é em ou depois de</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>é no mínimo</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>está entre</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>é qualquer um de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>não é nenhum de</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>é conhecido</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>é desconhecido</translation>
    </message>
    <message>
        <source>contains the word</source>
        <translation>contém a palavra</translation>
    </message>
    <message>
        <source>doesn&apos;t contain the word</source>
        <translation>não contém a palavra</translation>
    </message>
    <message>
        <source>(unsupported operator)</source>
        <translation>(operador não suportado)</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>do menor para o maior</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>do maior para o menor</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>mais antigos primeiro</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>mais recentes primeiro</translation>
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
        <translation>Não é possível ler o arquivo de contas %1 (%2). Verifique as permissões dele.</translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2). Add your accounts again; the damaged file is kept as %1.bak.</source>
        <translation>O arquivo de contas %1 está danificado (%2). Adicione suas contas de novo; o arquivo danificado foi mantido como %1.bak.</translation>
    </message>
    <message>
        <source>The accounts file %1 was written by a newer version of Export Studio. Update Export Studio to use it.</source>
        <translation>O arquivo de contas %1 foi gravado por uma versão mais nova do Export Studio. Atualize o Export Studio para usá-lo.</translation>
    </message>
    <message>
        <source>Cannot save the accounts: %1</source>
        <translation>Não é possível salvar as contas: %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unreadable accounts file %1 as %2. Move the file away and try again.</source>
        <translation>Não é possível guardar uma cópia do arquivo de contas ilegível %1 como %2. Mova o arquivo para outro lugar e tente de novo.</translation>
    </message>
    <message>
        <source>Cannot save the accounts to %1: %2. %3</source>
        <translation>Não é possível salvar as contas em %1: %2. %3</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot;.</source>
        <translation>Não há nenhuma conta com o ID “%1”.</translation>
    </message>
    <message>
        <source>The account needs a name. Enter one, for example the company&apos;s name.</source>
        <translation>A conta precisa de um nome. Digite um, por exemplo o nome da empresa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Use https://api.hubapi.com for HubSpot, or the sandbox&apos;s http://127.0.0.1:PORT address.</source>
        <translation>“%1” não é um endereço da web. Use https://api.hubapi.com para o HubSpot ou o endereço http://127.0.0.1:PORTA do sandbox.</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot; to remove.</source>
        <translation>Não há nenhuma conta com o ID “%1” para remover.</translation>
    </message>
</context>
<context>
    <name>es::AccountsController</name>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Saved. The token is in your keychain.</source>
        <translation>Salvo. O token está no seu chaveiro.</translation>
    </message>
    <message>
        <source>Saved, but the token is kept for this session only: no keychain answered. Install or unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Salvo, mas o token fica só nesta sessão: nenhum chaveiro respondeu. Instale ou desbloqueie o GNOME Keyring ou o KWallet para mantê-lo.</translation>
    </message>
    <message>
        <source>Removed the account and its token.</source>
        <translation>A conta e o token foram removidos.</translation>
    </message>
    <message>
        <source>There is no token for this account yet: paste the private app token, then test again.</source>
        <translation>Esta conta ainda não tem token: cole o token do aplicativo privado e teste de novo.</translation>
    </message>
    <message>
        <source>Add the missing scopes (%1) to the private app in HubSpot (Settings › Integrations › Private apps › Scopes), then copy its token again.</source>
        <translation>Adicione os escopos que faltam (%1) ao aplicativo privado no HubSpot (Configurações › Integrações › Aplicativos privados › Escopos) e copie o token de novo.</translation>
    </message>
    <message>
        <source>Not saved. Paste the right token, then save again.</source>
        <translation>Não salvo. Cole o token correto e salve novamente.</translation>
    </message>
    <message>
        <source>Checking the token with HubSpot…</source>
        <translation>Verificando o token com o HubSpot…</translation>
    </message>
    <message>
        <source>Not saved: the check was canceled.</source>
        <translation>Não salvo: a verificação foi cancelada.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Não foi possível verificar o token: %1</translation>
    </message>
    <message>
        <source>Storing the token in your keychain (answer its prompt if one opens)…</source>
        <translation>Guardando o token no seu chaveiro (responda à solicitação dele, se aparecer)…</translation>
    </message>
    <message>
        <source>Saved, but the token is kept for this session only (see the keychain note above).</source>
        <translation>Salvo, mas o token fica guardado só nesta sessão (veja a nota do chaveiro acima).</translation>
    </message>
    <message>
        <source>Asking HubSpot…</source>
        <translation>Consultando o HubSpot…</translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation>Teste cancelado.</translation>
    </message>
    <message>
        <source>HubSpot says this token has expired (EXPIRED_AUTHENTICATION): copy the private app&apos;s current token in HubSpot (Settings › Integrations › Private apps) and paste it here.</source>
        <translation>O HubSpot informa que este token expirou (EXPIRED_AUTHENTICATION): copie o token atual do aplicativo privado no HubSpot (Configurações › Integrações › Aplicativos privados) e cole-o aqui.</translation>
    </message>
    <message>
        <source>HubSpot refused this token (%1): copy the private app&apos;s token again in HubSpot (Settings › Integrations › Private apps) and paste it here.</source>
        <translation>O HubSpot recusou este token (%1): copie novamente o token do aplicativo privado no HubSpot (Configurações › Integrações › Aplicativos privados) e cole-o aqui.</translation>
    </message>
    <message>
        <source>%1 (HubSpot correlation id %2)</source>
        <extracomment>%1 is a whole message, %2 an id HubSpot support can look up</extracomment>
        <translation>%1 (id de correlação do HubSpot %2)</translation>
    </message>
</context>
<context>
    <name>es::AccountsDialog</name>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Nova conta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>&amp;Salvar conta</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>e.g. Acme Inc.</source>
        <translation>ex.: Acme Ltda.</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Token de acesso do aplicativo privado</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Endereço da &amp;API:</translation>
    </message>
    <message>
        <source>A private app token with the crm.export scope (HubSpot: Settings › Integrations › Private apps). It is kept in your desktop&apos;s keychain, never in a file.</source>
        <translation>Um token de aplicativo privado com o escopo crm.export (HubSpot: Configurações › Integrações › Aplicativos privados). Ele fica no chaveiro da sua área de trabalho, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>A private app token with the crm.export scope (HubSpot: Settings › Integrations › Private apps).</source>
        <translation>Um token de aplicativo privado com o escopo crm.export (HubSpot: Configurações › Integrações › Aplicativos privados).</translation>
    </message>
    <message>
        <source>No keychain is available: the token is kept for this session only and must be entered again after a restart. Install or unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Nenhum chaveiro disponível: o token fica só nesta sessão e precisa ser digitado de novo após reiniciar. Instale ou desbloqueie o GNOME Keyring ou o KWallet para mantê-lo.</translation>
    </message>
    <message>
        <source>not needed for the sandbox</source>
        <translation>não é necessário para o sandbox</translation>
    </message>
    <message>
        <source>stored — type a new token to replace it</source>
        <translation>salvo — digite um novo token para substituí-lo</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>To&amp;ken de acesso:</translation>
    </message>
    <message>
        <source>HubSpot API version</source>
        <translation>Versão da API do HubSpot</translation>
    </message>
    <message>
        <source>Newest (%1)</source>
        <extracomment>%1 is the newest version&apos;s date name, e.g. 2026-09</extracomment>
        <translation>Mais recente (%1)</translation>
    </message>
    <message>
        <source>v3 (legacy)</source>
        <translation>v3 (legada)</translation>
    </message>
    <message>
        <source>HubSpot names its API versions by date and calls /crm/v3 legacy. Keep the newest unless your portal refuses it: when a portal answers “not found” for a newer version, Export Studio uses the next older one, says so and remembers it here.</source>
        <translation>O HubSpot nomeia as versões da API por data e chama /crm/v3 de legada. Mantenha a mais recente, a menos que seu portal a recuse: quando um portal responde “não encontrado” para uma versão mais nova, o Export Studio usa a anterior, avisa e guarda a escolha aqui.</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versão da API:</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Aguardando uma resposta</translation>
    </message>
    <message>
        <source>Stop waiting for HubSpot&apos;s answer</source>
        <translation>Parar de aguardar a resposta do HubSpot</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <extracomment>What the dialog waits for (&quot;Asking HubSpot…&quot;), then the seconds waited so far</extracomment>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>Save a refused token?</source>
        <translation>Salvar um token recusado?</translation>
    </message>
    <message>
        <source>HubSpot did not accept this token for exports.</source>
        <translation>O HubSpot não aceitou este token para exportações.</translation>
    </message>
    <message>
        <source>Exports with this account will fail until the token is fixed. Save it anyway?</source>
        <translation>As exportações com esta conta falharão até o token ser corrigido. Salvar mesmo assim?</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Salvar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Não salvar</translation>
    </message>
</context>
<context>
    <name>es::ApiError</name>
    <message>
        <source>no HTTP status</source>
        <translation>sem status HTTP</translation>
    </message>
    <message>
        <source>%1 (HubSpot correlation id %2)</source>
        <extracomment>%1 is a whole message, %2 an id HubSpot support can look up</extracomment>
        <translation>%1 (ID de correlação do HubSpot %2)</translation>
    </message>
    <message>
        <source>The request</source>
        <extracomment>The subject of &quot;%1 could not reach HubSpot&quot;, &quot;%1 timed out&quot;, &quot;%1 was canceled&quot;</extracomment>
        <translation>A solicitação</translation>
    </message>
    <message>
        <source>The request (%1)</source>
        <translation>A solicitação (%1)</translation>
    </message>
    <message>
        <source>HubSpot says: %1</source>
        <translation>O HubSpot diz: %1</translation>
    </message>
    <message>
        <source>HubSpot says the access token has expired (EXPIRED_AUTHENTICATION): sign in again or re-enter the token in Accounts.</source>
        <translation>O HubSpot diz que o token de acesso expirou (EXPIRED_AUTHENTICATION): entre de novo ou digite o token novamente em Contas.</translation>
    </message>
    <message>
        <source>HubSpot refused the access token (%1): re-enter the token in Accounts.</source>
        <translation>O HubSpot recusou o token de acesso (%1): digite o token novamente em Contas.</translation>
    </message>
    <message>
        <source>The token lacks the %1 scope: in HubSpot, add it to the private app (OAuth: a Super Admin must grant it).</source>
        <extracomment>%1 is a scope name such as crm.export (the private app&apos;s permission)</extracomment>
        <translation>Falta ao token o escopo %1: no HubSpot, adicione-o ao aplicativo privado (OAuth: um Superadministrador precisa concedê-lo).</translation>
    </message>
    <message>
        <source>The token lacks the %1 scopes: in HubSpot, add them to the private app (OAuth: a Super Admin must grant them).</source>
        <translation>Faltam ao token os escopos %1: no HubSpot, adicione-os ao aplicativo privado (OAuth: um Superadministrador precisa concedê-los).</translation>
    </message>
    <message>
        <source>HubSpot denied access (HTTP 403).</source>
        <translation>O HubSpot negou o acesso (HTTP 403).</translation>
    </message>
    <message>
        <source>Check that the account and token belong to the portal that owns this export.</source>
        <translation>Verifique se a conta e o token pertencem ao portal dono desta exportação.</translation>
    </message>
    <message>
        <source>HubSpot could not find what was asked for (HTTP 404).</source>
        <translation>O HubSpot não encontrou o que foi pedido (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the id or object type; it may have been deleted.</source>
        <translation>Verifique o ID ou o tipo de objeto; ele pode ter sido excluído.</translation>
    </message>
    <message>
        <source>unknown property: %1</source>
        <translation>propriedade desconhecida: %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the request.</source>
        <translation>O HubSpot rejeitou a solicitação.</translation>
    </message>
    <message>
        <source>HubSpot rejected the request: %1</source>
        <translation>O HubSpot rejeitou a solicitação: %1</translation>
    </message>
    <message>
        <source>Fix the request and try again.</source>
        <translation>Corrija a solicitação e tente de novo.</translation>
    </message>
    <message>
        <source>Fix these fields: %1</source>
        <translation>Corrija estes campos: %1</translation>
    </message>
    <message>
        <source>Daily limit reached: HubSpot allows no more API requests (or exports) for this account today. Try again after midnight in the account&apos;s time zone, or raise the limit with HubSpot&apos;s API add-on.</source>
        <translation>Limite diário atingido: o HubSpot não permite mais solicitações de API (nem exportações) para esta conta hoje. Tente de novo depois da meia-noite no fuso horário da conta ou aumente o limite com o complemento de API do HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was hit and it was still hit after the retries.</source>
        <translation>O limite de taxa do HubSpot foi atingido e continuou atingido após as novas tentativas.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was hit (%1) and it was still hit after the retries.</source>
        <translation>O limite de taxa do HubSpot foi atingido (%1) e continuou atingido após as novas tentativas.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s and try again; other apps using this account share the same limit.</source>
        <translation>
            <numerusform>Aguarde %n s e tente de novo; outros aplicativos que usam esta conta compartilham o mesmo limite.</numerusform>
            <numerusform>Aguarde %n s e tente de novo; outros aplicativos que usam esta conta compartilham o mesmo limite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a few seconds and try again; other apps using this account share the same limit.</source>
        <translation>Aguarde alguns segundos e tente de novo; outros aplicativos que usam esta conta compartilham o mesmo limite.</translation>
    </message>
    <message>
        <source>HubSpot had a server error (HTTP %1) and it persisted after the retries.</source>
        <translation>O HubSpot teve um erro de servidor (HTTP %1) que persistiu após as novas tentativas.</translation>
    </message>
    <message>
        <source>Try again later; check status.hubspot.com if it lasts.</source>
        <translation>Tente de novo mais tarde; consulte status.hubspot.com se persistir.</translation>
    </message>
    <message>
        <source>HubSpot answered with a redirect (HTTP %1), which Export Studio does not follow for API calls. Check the API address in the account settings.</source>
        <translation>O HubSpot respondeu com um redirecionamento (HTTP %1), que o Export Studio não segue em chamadas de API. Verifique o endereço da API nas configurações da conta.</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1).</source>
        <translation>O HubSpot recusou a solicitação (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1, %2).</source>
        <translation>O HubSpot recusou a solicitação (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>HubSpot answered with something that is not JSON (%1). This is usually a temporary problem at HubSpot or a proxy in between: try again later.</source>
        <extracomment>%1 is the HTTP status and what came instead, e.g. &quot;HTTP 502, an HTML page&quot;</extracomment>
        <translation>O HubSpot respondeu com algo que não é JSON (%1). Normalmente é um problema temporário no HubSpot ou em um proxy no caminho: tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>%1 could not set up a secure connection to HubSpot: %2. Export Studio never ignores certificate errors; check the computer&apos;s date and time, a proxy that inspects HTTPS traffic, and the API address.</source>
        <extracomment>%1 is &quot;The request (...)&quot;, %2 the TLS library&apos;s reason</extracomment>
        <translation>%1 não conseguiu estabelecer uma conexão segura com o HubSpot: %2. O Export Studio nunca ignora erros de certificado; verifique a data e a hora do computador, algum proxy que inspecione o tráfego HTTPS e o endereço da API.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>falha no handshake TLS</translation>
    </message>
    <message>
        <source>%1 could not reach HubSpot: %2. Check your connection/proxy and try again.</source>
        <extracomment>%1 is &quot;The request (...)&quot;, %2 the network&apos;s reason</extracomment>
        <translation>%1 não conseguiu acessar o HubSpot: %2. Verifique sua conexão/proxy e tente de novo.</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erro de rede</translation>
    </message>
    <message>
        <source>%1 timed out: HubSpot did not answer in time. Check your connection/proxy and try again.</source>
        <translation>%1 excedeu o tempo limite: o HubSpot não respondeu a tempo. Verifique sua conexão/proxy e tente de novo.</translation>
    </message>
    <message>
        <source>Refused to send the token: %1</source>
        <translation>O envio do token foi recusado: %1</translation>
    </message>
    <message>
        <source>the API address is not secure</source>
        <translation>o endereço da API não é seguro</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 foi cancelada.</translation>
    </message>
    <message>
        <source>HubSpot answered with a server error (HTTP %1)</source>
        <translation>o HubSpot respondeu com um erro de servidor (HTTP %1)</translation>
    </message>
    <message>
        <source>HubSpot did not answer in time</source>
        <translation>o HubSpot não respondeu a tempo</translation>
    </message>
    <message>
        <source>the connection broke (%1)</source>
        <translation>a conexão caiu (%1)</translation>
    </message>
    <message>
        <source>The export may or may not have started: %1 after the request was sent. It was not sent again, because a second start would use another export from the daily quota. Check HubSpot&apos;s export log (Settings &gt; Import &amp; Export) before starting it again.</source>
        <extracomment>%1 says what happened, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>A exportação pode ter começado ou não: %1 depois que a solicitação foi enviada. Ela não foi enviada de novo, porque um segundo início gastaria outra exportação da cota diária. Consulte o registro de exportações do HubSpot (Configurações &gt; Importar e exportar) antes de iniciá-la de novo.</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>uma página HTML</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON inválido</translation>
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
        <translation>&amp;Tentar de novo</translation>
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
        <translation>Escolher valores…</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the chosen values shown in the closed box, e.g. &quot;Lead, Customer&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Digite para filtrar</translation>
    </message>
    <message>
        <source>Filter the values</source>
        <translation>Filtrar os valores</translation>
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
        <translation>Quais colunas?</translation>
    </message>
    <message>
        <source>Step 3 of 5 · Tick the properties to export. The list on the right is the column order: drag or use Up and Down to change it.</source>
        <translation>Passo 3 de 5 · Marque as propriedades a exportar. A lista à direita é a ordem das colunas: arraste ou use Subir e Descer para mudá-la.</translation>
    </message>
    <message>
        <source>Could not load the properties of %1: %2</source>
        <translation>Não foi possível carregar as propriedades de %1: %2</translation>
    </message>
    <message>
        <source>No account is connected, so the properties cannot be loaded.</source>
        <translation>Nenhuma conta conectada, então as propriedades não podem ser carregadas.</translation>
    </message>
    <message>
        <source>Loading the properties of %1…</source>
        <translation>Carregando as propriedades de %1…</translation>
    </message>
</context>
<context>
    <name>es::Completeness</name>
    <message>
        <source>The records in the files could not be counted: %1</source>
        <extracomment>%1 why the downloaded files could not be counted (a sentence)</extracomment>
        <translation>Não foi possível contar os registros nos arquivos: %1</translation>
    </message>
    <message>
        <source>%1 records in the files (HubSpot did not report a count)</source>
        <extracomment>%1 the number of data rows in the downloaded files</extracomment>
        <translation>%1 registros nos arquivos (o HubSpot não informou uma contagem)</translation>
    </message>
    <message>
        <source>%1 records, as HubSpot reported</source>
        <translation>%1 registros, como o HubSpot informou</translation>
    </message>
    <message>
        <source>HubSpot reported %1; the files hold %2</source>
        <extracomment>%1 HubSpot&apos;s recordCount, %2 the data rows in the downloaded files</extracomment>
        <translation>O HubSpot informou %1; os arquivos contêm %2</translation>
    </message>
    <message>
        <source> (counted before the start: %1)</source>
        <extracomment>Appended: %1 the records counted before the export was started</extracomment>
        <translation> (contados antes do início: %1)</translation>
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
        <translation>A contagem aparece quando todos os filtros estiverem completos.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Count unavailable: %1</source>
        <extracomment>%1 is why, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>Contagem indisponível: %1</translation>
    </message>
    <message>
        <source>The list holds no %1: the export would be empty and still count as one of the day&apos;s exports.</source>
        <translation>A lista não tem %1: a exportação ficaria vazia e ainda contaria como uma das exportações do dia.</translation>
    </message>
    <message>
        <source>No %1 match: the export would be empty and still count as one of the day&apos;s exports.</source>
        <translation>Nenhum registro de %1 corresponde: a exportação ficaria vazia e ainda contaria como uma das exportações do dia.</translation>
    </message>
    <message>
        <source>%1 %2 in the list will be exported</source>
        <extracomment>%1 is a number, %2 the object (&quot;2,345 contacts will be exported&quot;)</extracomment>
        <translation>%1 %2 da lista serão exportados</translation>
    </message>
    <message>
        <source>%1 %2 will be exported</source>
        <translation>%1 %2 serão exportados</translation>
    </message>
    <message>
        <source>≈ %1 match</source>
        <extracomment>a filter group&apos;s own count, approximate like HubSpot&apos;s search total</extracomment>
        <translation>≈ %1 correspondem</translation>
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
            <numerusform>Cerca de %1 em %n arquivo %2 dentro de um zip (o HubSpot divide a cada %3 linhas)</numerusform>
            <numerusform>Cerca de %1 em %n arquivos %2 dentro de um zip (o HubSpot divide a cada %3 linhas)</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 in one %2 file, zipped (HubSpot zips CSV files over 2 MB)</source>
        <translation>Cerca de %1 em um arquivo %2, compactado (o HubSpot compacta CSV acima de 2 MB)</translation>
    </message>
    <message>
        <source>About %1 in one %2 file</source>
        <translation>Cerca de %1 em um arquivo %2</translation>
    </message>
    <message numerus="yes">
        <source>XLS holds %1 rows a file; XLSX would arrive as %n file(s). Choose XLSX on the Output page.</source>
        <translation>
            <numerusform>XLS comporta %1 linhas por arquivo; XLSX chegaria em %n arquivo. Escolha XLSX na página Saída.</numerusform>
            <numerusform>XLS comporta %1 linhas por arquivo; XLSX chegaria em %n arquivos. Escolha XLSX na página Saída.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::CsvTableReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Falha ao ler %1: %2</translation>
    </message>
</context>
<context>
    <name>es::DayPlanModel</name>
    <message>
        <source>Tomorrow %1</source>
        <extracomment>a planned run&apos;s start, %1 the time</extracomment>
        <translation>Amanhã %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday time</comment>
        <extracomment>a planned run&apos;s start, %1 the weekday, %2 the time</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>After the run before it (one export at a time)</source>
        <translation>Após a execução anterior (uma exportação por vez)</translation>
    </message>
    <message>
        <source>Waits for the daily export limit</source>
        <translation>Aguarda o limite diário de exportações</translation>
    </message>
    <message>
        <source>Missed at %1: runs once now</source>
        <extracomment>%1 when the missed run was due</extracomment>
        <translation>Perdida às %1: executa uma vez agora</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>No horário</translation>
    </message>
    <message>
        <source>Starts</source>
        <comment>planned run</comment>
        <translation>Início</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>planned run</comment>
        <translation>Observação</translation>
    </message>
</context>
<context>
    <name>es::DiffModel</name>
    <message>
        <source>added</source>
        <comment>a record in the newer run only</comment>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a record whose values differ between the runs</comment>
        <translation>alterado</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a record in the older run only</comment>
        <translation>removido</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>old value → new value</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID do registro</translation>
    </message>
</context>
<context>
    <name>es::DiffSession</name>
    <message>
        <source>There is no comparison to export yet.</source>
        <translation>Ainda não há comparação para exportar.</translation>
    </message>
</context>
<context>
    <name>es::DownloadTask</name>
    <message>
        <source>Could not set up a secure connection to the download server %1: %2. Export Studio never ignores certificate errors and does not retry them. If the certificate is not trusted, add the certificate authority that signed it to the system&apos;s trusted certificates (a proxy or antivirus that inspects HTTPS needs its own CA there); also check the computer&apos;s date and time. Then resume the download; the part already downloaded is kept.</source>
        <translation>Não foi possível estabelecer uma conexão segura com o servidor de download %1: %2. O Export Studio nunca ignora erros de certificado e não tenta de novo nesses casos. Se o certificado não for confiável, adicione a autoridade certificadora que o assinou aos certificados confiáveis do sistema (um proxy ou antivírus que inspeciona HTTPS precisa da própria CA lá); verifique também a data e a hora do computador. Depois retome o download; a parte já baixada é mantida.</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not replaced. Choose another name or folder.</source>
        <translation>Já existe um arquivo em %1; ele não foi substituído. Escolha outro nome ou pasta.</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>O download foi cancelado.</translation>
    </message>
    <message>
        <source>The download was canceled; the part already downloaded is kept so it can be resumed.</source>
        <translation>O download foi cancelado; a parte já baixada é mantida para que ele possa ser retomado.</translation>
    </message>
    <message>
        <source>the file changed on the server</source>
        <translation>o arquivo mudou no servidor</translation>
    </message>
    <message>
        <source>the server resumed at the wrong offset</source>
        <translation>o servidor retomou na posição errada</translation>
    </message>
    <message>
        <source>The server announces %1 bytes but the export should have %2; nothing was saved. Download the export again.</source>
        <translation>O servidor anuncia %1 bytes, mas a exportação deveria ter %2; nada foi salvo. Baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>The export needs %1 more but the folder %2 has only %3 free. Free some space there, then resume the download.</source>
        <translation>A exportação precisa de mais %1, mas a pasta %2 só tem %3 livres. Libere espaço lá e retome o download.</translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes it announced; the download was discarded. Download the export again.</source>
        <translation>O servidor enviou mais que os %1 bytes anunciados; o download foi descartado. Baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>why a write failed</comment>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>The download link was refused (HTTP %1); it has probably expired. A fresh link is needed; the part already downloaded is kept.</source>
        <translation>O link de download foi recusado (HTTP %1); provavelmente expirou. É preciso um novo link; a parte já baixada é mantida.</translation>
    </message>
    <message>
        <source>the server refused the range</source>
        <translation>o servidor recusou o intervalo</translation>
    </message>
    <message>
        <source>The download from %1 stalled: no data for %2 s.</source>
        <translation>O download de %1 travou: sem dados por %2 s.</translation>
    </message>
    <message>
        <source>The download server %1 answered HTTP %2.</source>
        <translation>O servidor de download %1 respondeu HTTP %2.</translation>
    </message>
    <message>
        <source>The download server %1 answered HTTP %2; the download cannot continue.</source>
        <translation>O servidor de download %1 respondeu HTTP %2; o download não pode continuar.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>A conexão com %1 falhou: %2.</translation>
    </message>
    <message>
        <source>The download server %1 sent no file.</source>
        <translation>O servidor de download %1 não enviou nenhum arquivo.</translation>
    </message>
    <message>
        <source>The connection to %1 closed after %2 of %3 bytes.</source>
        <translation>A conexão com %1 foi fechada após %2 de %3 bytes.</translation>
    </message>
    <message>
        <source>The download link redirected more than %1 times; giving up.</source>
        <translation>O link de download redirecionou mais de %1 vezes; desistindo.</translation>
    </message>
    <message>
        <source>The download link redirected to an address that is not allowed (%1); only http and https are followed, never from https to http.</source>
        <translation>O link de download redirecionou para um endereço não permitido (%1); só http e https são seguidos, nunca de https para http.</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>sem esquema</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempts; the part already downloaded is kept, resume later.</source>
        <extracomment>%1 is what went wrong (a whole sentence)</extracomment>
        <translation>
            <numerusform>%1 Desistiu após %n tentativa; a parte já baixada é mantida, retome depois.</numerusform>
            <numerusform>%1 Desistiu após %n tentativas; a parte já baixada é mantida, retome depois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download server %1 keeps answering inconsistently (%2); giving up.</source>
        <translation>O servidor de download %1 continua respondendo de forma inconsistente (%2); desistindo.</translation>
    </message>
    <message>
        <source>The download has %1 bytes instead of %2; it was discarded. Download the export again.</source>
        <translation>O download tem %1 bytes em vez de %2; ele foi descartado. Baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 does not match its ETag</source>
        <translation>o SHA-256 do arquivo não corresponde ao ETag</translation>
    </message>
    <message>
        <source>the file&apos;s MD5 does not match its ETag</source>
        <translation>o MD5 do arquivo não corresponde ao ETag</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not replaced. The download is kept as %2.</source>
        <translation>Já existe um arquivo em %1; ele não foi substituído. O download foi mantido como %2.</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>não é possível criar a pasta</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2). Free some space there or choose another folder, then resume the download.</source>
        <translation>Não é possível gravar o download em %1 (%2). Libere espaço lá ou escolha outra pasta e retome o download.</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2). Free some space there, then resume the download.</source>
        <translation>Não é possível gravar o download em %1 (%2). Libere espaço ali e depois retome o download.</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2): the folder is read-only or you may not write there. Make it writable or choose another folder, then resume the download.</source>
        <translation>Não é possível gravar o download em %1 (%2): a pasta é somente leitura ou você não tem permissão para gravar nela. Torne-a gravável ou escolha outra pasta e depois retome o download.</translation>
    </message>
</context>
<context>
    <name>es::DownloadsModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (excluído)</translation>
    </message>
    <message>
        <source>The file is no longer there: run the export again to get it back.</source>
        <translation>O arquivo não está mais lá: execute a exportação de novo para recuperá-lo.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportação</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Filtrar downloads</translation>
    </message>
    <message>
        <source>Downloaded files</source>
        <translation>Arquivos baixados</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a file</source>
        <translation>Clique duas vezes ou pressione Enter para abrir um arquivo</translation>
    </message>
    <message>
        <source>Finished exports appear here. Double-click a file to open it.</source>
        <translation>As exportações concluídas aparecem aqui. Clique duas vezes em um arquivo para abri-lo.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation>Abrir a &amp;pasta</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar caminho</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>&amp;Excluir arquivo…</translation>
    </message>
    <message>
        <source>&amp;Run the same export again</source>
        <translation>E&amp;xecutar a mesma exportação de novo</translation>
    </message>
    <message>
        <source>Could not open the folder %1: no file manager answered. Open it yourself, the path is copied with Copy path.</source>
        <translation>Não foi possível abrir a pasta %1: nenhum gerenciador de arquivos respondeu. Abra-a você mesmo; o caminho pode ser copiado com Copiar caminho.</translation>
    </message>
    <message>
        <source>%1 is no longer there. Run the export again to download it anew.</source>
        <translation>%1 não está mais lá. Execute a exportação de novo para baixá-lo outra vez.</translation>
    </message>
    <message>
        <source>No application opened %1. Install a program for this file type, or use Open containing folder.</source>
        <translation>Nenhum aplicativo abriu %1. Instale um programa para este tipo de arquivo ou use Abrir a pasta.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Excluir arquivo</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Excluir “%1”?</translation>
    </message>
    <message>
        <source>The file is moved to the trash when your desktop has one.</source>
        <translation>O arquivo vai para a lixeira, se a sua área de trabalho tiver uma.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Could not delete %1: %2. Check that the file is not open elsewhere and that you may write to its folder.</source>
        <translation>Não foi possível excluir %1: %2. Verifique se o arquivo não está aberto em outro lugar e se você pode gravar na pasta dele.</translation>
    </message>
    <message>
        <source>Show only files whose name or export contains this text (Ctrl+F)</source>
        <translation>Mostrar só arquivos cujo nome ou exportação contém este texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter downloads…</source>
        <translation>&amp;Filtrar downloads…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pré-visualizar</translation>
    </message>
    <message>
        <source>Show the file&apos;s rows in a table inside Export Studio</source>
        <translation>Mostrar as linhas do arquivo em uma tabela dentro do Export Studio</translation>
    </message>
</context>
<context>
    <name>es::ExportJob</name>
    <message>
        <source>Export Studio stopped while it was asking HubSpot to start “%1”, so it cannot tell whether HubSpot started it. It was not sent again to avoid spending a second export: check the export log in HubSpot (Settings → Import &amp; Export → Exports) before you retry.</source>
        <translation>O Export Studio parou enquanto pedia ao HubSpot para iniciar “%1”, então não sabe se o HubSpot a iniciou. A solicitação não foi enviada de novo para não gastar uma segunda exportação: consulte o registro de exportações no HubSpot (Configurações → Importar e exportar → Exportações) antes de tentar de novo.</translation>
    </message>
    <message>
        <source>Asking HubSpot for a fresh download link to resume the download</source>
        <translation>Pedindo ao HubSpot um novo link de download para retomar o download</translation>
    </message>
    <message>
        <source>The downloaded file of “%1” is no longer in %2, so it cannot be unpacked. Retry to download it again.</source>
        <translation>O arquivo baixado de “%1” não está mais em %2, então não pode ser descompactado. Tente de novo para baixá-lo novamente.</translation>
    </message>
    <message>
        <source>Export Studio could not save the job before starting it, so nothing was sent to HubSpot. Free some disk space or check the permissions of the state folder, then retry.</source>
        <translation>O Export Studio não conseguiu salvar o trabalho antes de iniciá-lo, então nada foi enviado ao HubSpot. Libere espaço em disco ou verifique as permissões da pasta de estado e tente de novo.</translation>
    </message>
    <message>
        <source>The account of this export is unknown or has no access token: add it in Accounts.</source>
        <translation>A conta desta exportação é desconhecida ou não tem token de acesso: adicione-a em Contas.</translation>
    </message>
    <message>
        <source>HubSpot accepted the export but sent no task id, so it cannot be followed. Look for “%1” in HubSpot&apos;s export log.</source>
        <translation>O HubSpot aceitou a exportação, mas não enviou nenhum ID de tarefa, então ela não pode ser acompanhada. Procure “%1” no registro de exportações do HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot says the account&apos;s daily export limit is reached.</source>
        <translation>O HubSpot diz que o limite diário de exportações da conta foi atingido.</translation>
    </message>
    <message>
        <source>HubSpot did not answer (%1); trying again</source>
        <translation>O HubSpot não respondeu (%1); tentando de novo</translation>
    </message>
    <message>
        <source>HubSpot says “%1” is complete but gives no download link. Try again later, or download it from HubSpot&apos;s export log.</source>
        <translation>O HubSpot diz que “%1” está concluída, mas não fornece link de download. Tente de novo mais tarde ou baixe-a pelo registro de exportações do HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot answered with an unknown status “%1”; still checking</source>
        <translation>O HubSpot respondeu com um status desconhecido “%1”; continuando a verificar</translation>
    </message>
    <message>
        <source>Waiting for approval: an administrator of the HubSpot account must approve this export before it runs (PENDING_APPROVAL).</source>
        <translation>Aguardando aprovação: um administrador da conta do HubSpot precisa aprovar esta exportação antes que ela seja executada (PENDING_APPROVAL).</translation>
    </message>
    <message>
        <source>HubSpot reports the export “%1” as %2. Start it again; if it keeps failing, check the export log in HubSpot.</source>
        <translation>O HubSpot informa a exportação “%1” como %2. Inicie-a de novo; se continuar falhando, consulte o registro de exportações no HubSpot.</translation>
    </message>
    <message>
        <source>Cannot create the download folder %1: check its permissions or choose another folder.</source>
        <translation>Não é possível criar a pasta de downloads %1: verifique as permissões dela ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>The download link expired; asking HubSpot for a fresh one</source>
        <translation>O link de download expirou; pedindo um novo ao HubSpot</translation>
    </message>
    <message>
        <source>HubSpot&apos;s download links for “%1” kept expiring before the download could finish. Retry: the part already downloaded is kept.</source>
        <translation>Os links de download do HubSpot para “%1” continuaram expirando antes que o download terminasse. Tente de novo: a parte já baixada é mantida.</translation>
    </message>
    <message>
        <source>Could not move the downloaded file into %1: %2</source>
        <translation>Não foi possível mover o arquivo baixado para %1: %2</translation>
    </message>
    <message>
        <source>Moving the file into place</source>
        <translation>Movendo o arquivo para o lugar</translation>
    </message>
    <message>
        <source>The file&apos;s content was not recognised as %1; it was saved as it came.</source>
        <translation>O conteúdo do arquivo não foi reconhecido como %1; ele foi salvo como veio.</translation>
    </message>
    <message>
        <source>Canceled before it was sent to HubSpot: no export was spent.</source>
        <translation>Cancelada antes de ser enviada ao HubSpot: nenhuma exportação foi gasta.</translation>
    </message>
    <message>
        <source>Canceled while the start request was on its way. HubSpot has no cancel endpoint; the export may still run there and counts against today&apos;s quota.</source>
        <translation>Cancelada enquanto a solicitação de início estava a caminho. O HubSpot não tem endpoint de cancelamento; a exportação ainda pode ser executada lá e conta na cota de hoje.</translation>
    </message>
    <message>
        <source>Stopped here. HubSpot has no cancel endpoint; the export may still finish there and counts against today&apos;s quota.</source>
        <translation>Interrompida aqui. O HubSpot não tem endpoint de cancelamento; a exportação ainda pode terminar lá e conta na cota de hoje.</translation>
    </message>
    <message>
        <source>Stopped here; nothing was saved. The export finished at HubSpot and counts against today&apos;s quota.</source>
        <translation>Interrompida aqui; nada foi salvo. A exportação terminou no HubSpot e conta na cota de hoje.</translation>
    </message>
    <message>
        <source>The request to start “%1” may have reached HubSpot, but its answer could not be read (%2). It was not sent again, to avoid spending a second export: check the export log in HubSpot (Settings → Import &amp; Export → Exports) before you retry.</source>
        <extracomment>%2 is what went wrong, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>A solicitação para iniciar “%1” pode ter chegado ao HubSpot, mas a resposta não pôde ser lida (%2). Ela não foi enviada de novo, para não gastar uma segunda exportação: consulte o registro de exportações no HubSpot (Configurações → Importar e exportar → Exportações) antes de tentar de novo.</translation>
    </message>
    <message>
        <source>%1 The downloaded archive was kept as %2.</source>
        <extracomment>%1 says why unpacking failed (a whole sentence), %2 where the zip file is now</extracomment>
        <translation>%1 O arquivo compactado baixado foi mantido como %2.</translation>
    </message>
    <message>
        <source>The downloaded archive could not be kept: %1</source>
        <translation>Não foi possível manter o arquivo compactado baixado: %1</translation>
    </message>
    <message>
        <source>Counting the records in the files</source>
        <translation>Contando os registros nos arquivos</translation>
    </message>
</context>
<context>
    <name>es::ExportLauncher</name>
    <message>
        <source>That preset no longer exists.</source>
        <translation>Esse modelo não existe mais.</translation>
    </message>
    <message>
        <source>Add an account (or try the sandbox) before running a preset.</source>
        <translation>Adicione uma conta (ou experimente o sandbox) antes de executar um modelo.</translation>
    </message>
    <message>
        <source>The preset “%1” cannot run: %2 Edit it to fix this.</source>
        <extracomment>%1 the preset&apos;s name, %2 what is wrong with it (whole sentences)</extracomment>
        <translation>O modelo “%1” não pode ser executado: %2 Edite-o para corrigir.</translation>
    </message>
    <message>
        <source>The settings of this export are no longer known (it was removed from Transfers). Start it again with New export, or save exports you repeat as presets.</source>
        <translation>As configurações desta exportação não são mais conhecidas (ela foi removida de Transferências). Inicie-a de novo com Nova exportação ou salve como modelos as exportações que você repete.</translation>
    </message>
    <message>
        <source>The preset “%1” could not start: %2</source>
        <extracomment>%1 the preset&apos;s name, %2 why (a sentence)</extracomment>
        <translation>O modelo “%1” não pôde ser iniciado: %2</translation>
    </message>
</context>
<context>
    <name>es::ExportQueue</name>
    <message>
        <source>Another Export Studio process is running this job; waiting for it to finish</source>
        <translation>Outro processo do Export Studio está executando este trabalho; aguardando que termine</translation>
    </message>
    <message>
        <source>Waiting for another Export Studio process (the app or export-studio-cli) that is running an export for this account: HubSpot runs one at a time</source>
        <translation>Aguardando outro processo do Export Studio (o aplicativo ou o export-studio-cli) que está executando uma exportação para esta conta: o HubSpot executa uma por vez</translation>
    </message>
    <message>
        <source>Daily limit of %1 exports reached: next slot at %2</source>
        <translation>Limite diário de %1 exportações atingido: próxima vaga às %2</translation>
    </message>
    <message>
        <source>Waiting for “%1” to finish at HubSpot (one export at a time per account)</source>
        <translation>Aguardando “%1” terminar no HubSpot (uma exportação por vez por conta)</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) ahead in this account&apos;s queue</source>
        <translation>
            <numerusform>%n exportação à frente na fila desta conta</numerusform>
            <numerusform>%n exportações à frente na fila desta conta</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Aguardando para iniciar</translation>
    </message>
    <message>
        <source>The account “%1” is unknown or has no access token: add it (or its token) in Accounts, then retry.</source>
        <translation>A conta “%1” é desconhecida ou não tem token de acesso: adicione-a (ou o token dela) em Contas e tente de novo.</translation>
    </message>
    <message>
        <source>Canceled before it was sent to HubSpot: no export was spent.</source>
        <translation>Cancelada antes de ser enviada ao HubSpot: nenhuma exportação foi gasta.</translation>
    </message>
    <message>
        <source>Continuing the same export at HubSpot (no new export is spent)</source>
        <translation>Continuando a mesma exportação no HubSpot (nenhuma exportação nova é gasta)</translation>
    </message>
</context>
<context>
    <name>es::ExportStatus</name>
    <message>
        <source>HubSpot canceled the export without giving a reason (an administrator may have canceled it in the export log). Start it again if you still need it.</source>
        <translation>O HubSpot cancelou a exportação sem dar motivo (talvez um administrador a tenha cancelado no registro de exportações). Inicie-a de novo se ainda precisar dela.</translation>
    </message>
    <message>
        <source>HubSpot canceled the export: %1</source>
        <extracomment>%1: HubSpot&apos;s reasons, separated by semicolons</extracomment>
        <translation>O HubSpot cancelou a exportação: %1</translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s): %1</source>
        <extracomment>%1: HubSpot&apos;s error messages, separated by semicolons</extracomment>
        <translation>
            <numerusform>O HubSpot informou %n erro: %1</numerusform>
            <numerusform>O HubSpot informou %n erros: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s) without details.</source>
        <translation>
            <numerusform>O HubSpot informou %n erro sem detalhes.</numerusform>
            <numerusform>O HubSpot informou %n erros sem detalhes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ExportWizard</name>
    <message>
        <source>New export</source>
        <translation>Nova exportação</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>Salvar como &amp;modelo…</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Iniciar exportação</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar “%1”</translation>
    </message>
    <message>
        <source>? &amp;Help</source>
        <translation>? A&amp;juda</translation>
    </message>
</context>
<context>
    <name>es::FileNaming</name>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>Não é possível mover %1 para %2: %3</translation>
    </message>
    <message>
        <source>The folder %1 already holds 10000 files named like %2: choose another folder.</source>
        <translation>A pasta %1 já contém 10000 arquivos com nomes como %2: escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>es::FileSniffer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 starts like a zip archive but its directory cannot be read (error %2): the download may be damaged.</source>
        <translation>%1 começa como um arquivo zip, mas o diretório dele não pode ser lido (erro %2): o download pode estar danificado.</translation>
    </message>
    <message>
        <source>zip archive</source>
        <extracomment>What a downloaded file turned out to be</extracomment>
        <translation>arquivo zip</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>pasta de trabalho XLSX</translation>
    </message>
    <message>
        <source>XLS workbook</source>
        <translation>pasta de trabalho XLS</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>texto CSV</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>dados desconhecidos</translation>
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
        <translation>Sem ordem específica</translation>
    </message>
    <message>
        <source>Sort by property</source>
        <translation>Ordenar por propriedade</translation>
    </message>
    <message>
        <source>Sort direction</source>
        <translation>Direção da ordenação</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de busca</translation>
    </message>
    <message>
        <source>Optional: text HubSpot searches for in the default fields</source>
        <translation>Opcional: texto que o HubSpot procura nos campos padrão</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>Search &amp;text:</source>
        <translation>&amp;Texto de busca:</translation>
    </message>
    <message>
        <source>Summary of the filter</source>
        <translation>Resumo do filtro</translation>
    </message>
    <message>
        <source>— or —</source>
        <translation>— ou —</translation>
    </message>
    <message>
        <source>No filters: every record of %1 is exported. Add a filter to narrow it down.</source>
        <translation>Sem filtros: todos os registros de %1 são exportados. Adicione um filtro para restringir.</translation>
    </message>
    <message>
        <source>&amp;Add a filter</source>
        <translation>&amp;Adicionar filtro</translation>
    </message>
    <message>
        <source>&amp;Or…</source>
        <translation>&amp;Ou…</translation>
    </message>
    <message>
        <source>Add a filter</source>
        <translation>Adicionar filtro</translation>
    </message>
    <message>
        <source>Add an alternative group</source>
        <translation>Adicionar grupo alternativo</translation>
    </message>
    <message>
        <source>Export only the records that match conditions</source>
        <translation>Exportar só os registros que atendem a condições</translation>
    </message>
    <message>
        <source>%1 of %2 groups — the most an export may have</source>
        <translation>%1 de %2 grupos — o máximo por exportação</translation>
    </message>
    <message>
        <source>An export takes at most %1 alternative groups. Add conditions to an existing group with “And…”, or remove a group first.</source>
        <translation>Uma exportação aceita no máximo %1 grupos alternativos. Adicione condições a um grupo existente com “E…” ou remova um grupo antes.</translation>
    </message>
    <message>
        <source>%1 of %2 groups</source>
        <translation>%1 de %2 grupos</translation>
    </message>
    <message>
        <source>Add a group of conditions; a record matches if it matches any one group</source>
        <translation>Adicionar um grupo de condições; um registro corresponde se corresponder a qualquer grupo</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around the description of the filters, in your language&apos;s style</extracomment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>es::FilterGroupBox</name>
    <message>
        <source>&amp;And…</source>
        <translation>&amp;E…</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Remover grupo</translation>
    </message>
    <message>
        <source>Add a condition that must also be true</source>
        <translation>Adicionar uma condição que também precisa ser verdadeira</translation>
    </message>
    <message>
        <source>Group %1 — all of these</source>
        <translation>Grupo %1 — todas estas</translation>
    </message>
    <message>
        <source>Filter group %1</source>
        <translation>Grupo de filtros %1</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>Remover o grupo %1</translation>
    </message>
    <message>
        <source>Add a filter to group %1</source>
        <translation>Adicionar filtro ao grupo %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A problem with this group of conditions: the warning sign, then the problem in words</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 of %2 filters — the most a group may have</source>
        <translation>%1 de %2 filtros — o máximo por grupo</translation>
    </message>
    <message>
        <source>A group holds at most %1 filters. Add another group with “Or…” for more conditions.</source>
        <translation>Um grupo comporta no máximo %1 filtros. Adicione outro grupo com “Ou…” para mais condições.</translation>
    </message>
    <message>
        <source>%1 of %2 filters</source>
        <translation>%1 de %2 filtros</translation>
    </message>
    <message>
        <source>Records matching group %1</source>
        <translation>Registros que correspondem ao grupo %1</translation>
    </message>
</context>
<context>
    <name>es::FilterRow</name>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
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
        <translation>%1, propriedade</translation>
    </message>
    <message>
        <source>%1, condition</source>
        <translation>%1, condição</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <source>unsupported: %1</source>
        <translation>não suportado: %1</translation>
    </message>
    <message>
        <source>%1 (unusual for this property)</source>
        <translation>%1 (incomum para esta propriedade)</translation>
    </message>
</context>
<context>
    <name>es::FilterValueEditor</name>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Valores separados por vírgulas</translation>
    </message>
    <message>
        <source>%1, from</source>
        <extracomment>Screen reader name of the lower bound of a range: %1 the condition (&quot;Create date is between&quot;)</extracomment>
        <translation>%1, de</translation>
    </message>
    <message>
        <source>%1, value</source>
        <extracomment>Screen reader name of a condition&apos;s value box: %1 the condition (&quot;Email contains&quot;)</extracomment>
        <translation>%1, valor</translation>
    </message>
    <message>
        <source>%1, to</source>
        <extracomment>Screen reader name of the upper bound of a range: %1 the condition (&quot;Create date is between&quot;)</extracomment>
        <translation>%1, até</translation>
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
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>The value &quot;false&quot; of a yes/no property in a filter</extracomment>
        <translation>Não</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
</context>
<context>
    <name>es::FiltersPage</name>
    <message>
        <source>Which records?</source>
        <translation>Quais registros?</translation>
    </message>
    <message>
        <source>Could not load the properties of %1: %2</source>
        <translation>Não foi possível carregar as propriedades de %1: %2</translation>
    </message>
    <message>
        <source>Step 2 of 5 · %1, filtered. A record is exported when it matches any group; inside a group every condition must hold.</source>
        <translation>Passo 2 de 5 · %1, filtrados. Um registro é exportado quando corresponde a algum grupo; dentro de um grupo, todas as condições precisam valer.</translation>
    </message>
    <message>
        <source>No account is connected, so the properties cannot be loaded.</source>
        <translation>Nenhuma conta conectada, então as propriedades não podem ser carregadas.</translation>
    </message>
    <message>
        <source>Loading the properties of %1…</source>
        <translation>Carregando as propriedades de %1…</translation>
    </message>
</context>
<context>
    <name>es::HeaderMap</name>
    <message>
        <source>%1 has %2 columns where the preset asks for %3, so its columns cannot be matched to properties. Was the file edited, or the preset changed after the export?</source>
        <translation>%1 tem %2 colunas e o modelo pede %3, então as colunas não podem ser associadas às propriedades. O arquivo foi editado ou o modelo mudou depois da exportação?</translation>
    </message>
    <message>
        <source>%1 has the column “%2” twice (column %3), so its columns cannot be matched to properties.</source>
        <translation>%1 tem a coluna “%2” duas vezes (coluna %3), então as colunas não podem ser associadas às propriedades.</translation>
    </message>
</context>
<context>
    <name>es::HelpTopics</name>
    <message>
        <source>Your first export</source>
        <translation>Sua primeira exportação</translation>
    </message>
    <message>
        <source>Filters: which records</source>
        <translation>Filtros: quais registros</translation>
    </message>
    <message>
        <source>Presets: run it again</source>
        <translation>Modelos: executar de novo</translation>
    </message>
    <message>
        <source>Exporting a list</source>
        <translation>Exportar uma lista</translation>
    </message>
    <message>
        <source>Limits and the daily quota</source>
        <translation>Limites e cota diária</translation>
    </message>
    <message>
        <source>Where the files go</source>
        <translation>Para onde vão os arquivos</translation>
    </message>
    <message>
        <source>When something goes wrong</source>
        <translation>Quando algo dá errado</translation>
    </message>
</context>
<context>
    <name>es::HelpWindow</name>
    <message>
        <source>Export Studio guide</source>
        <translation>Guia do Export Studio</translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation>Tópicos do guia</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página do guia</translation>
    </message>
</context>
<context>
    <name>es::History</name>
    <message>
        <source>The history file %1 is damaged (%2); the list starts empty. Your exported files are untouched.</source>
        <translation>O arquivo de histórico %1 está danificado (%2); a lista começa vazia. Seus arquivos exportados não foram alterados.</translation>
    </message>
    <message>
        <source>Cannot save the export history %1: %2. %3</source>
        <translation>Não é possível salvar o histórico de exportações %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>es::HistoryDialog</name>
    <message>
        <source>Run %1 – %2</source>
        <translation>Execução %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Export diff as CSV…</source>
        <translation>&amp;Exportar diferenças como CSV…</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>Histórico – %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
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
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterados</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removidos</translation>
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
        <translation>Todas as alterações</translation>
    </message>
    <message>
        <source>Compare &amp;run</source>
        <translation>Comparar &amp;execução</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <comment>compare run A with run B</comment>
        <translation>&amp;com</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>This preset has no runs in its history yet.</source>
        <translation>Este modelo ainda não tem execuções no histórico.</translation>
    </message>
    <message>
        <source>One run so far: run the preset again to see what changed.</source>
        <translation>Uma execução até agora: execute o modelo novamente para ver o que mudou.</translation>
    </message>
    <message>
        <source>Run %1 → run %2: %3 added, %4 changed, %5 removed</source>
        <translation>Execução %1 → execução %2: %3 adicionados, %4 alterados, %5 removidos</translation>
    </message>
    <message>
        <source>Export diff as CSV</source>
        <translation>Exportar diferenças como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comparing run %1 with run %2…</source>
        <translation>Comparando a execução %1 com a execução %2…</translation>
    </message>
    <message>
        <source>&amp;Preview table…</source>
        <translation>&amp;Pré-visualizar tabela…</translation>
    </message>
    <message>
        <source>Shows the preset&apos;s table as it was after the selected run</source>
        <translation>Mostra a tabela da predefinição como estava após a execução selecionada</translation>
    </message>
</context>
<context>
    <name>es::HubSpotClient</name>
    <message>
        <source>%1 answered HTTP %2 without HubSpot&apos;s error format, so it is probably not the HubSpot API: the token was not checked. Check the API address (HubSpot&apos;s is https://api.hubapi.com) and any proxy in between.</source>
        <translation>%1 respondeu HTTP %2 sem o formato de erro do HubSpot, então provavelmente não é a API do HubSpot: o token não foi verificado. Verifique o endereço da API (o do HubSpot é https://api.hubapi.com) e qualquer proxy no caminho.</translation>
    </message>
    <message>
        <source>the API address &quot;%1&quot; is not a valid URL; use https://api.hubapi.com</source>
        <translation>o endereço da API “%1” não é uma URL válida; use https://api.hubapi.com</translation>
    </message>
    <message>
        <source>the API address %1 uses plain http, which would expose the token on the network; use https (plain http is allowed only for this computer: 127.0.0.1, ::1, localhost)</source>
        <translation>o endereço da API %1 usa http sem criptografia, o que exporia o token na rede; use https (http sem criptografia só é permitido para este computador: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>the API address %1 is neither https nor http</source>
        <translation>o endereço da API %1 não é https nem http</translation>
    </message>
    <message>
        <source>the network manager is gone (shutting down)</source>
        <translation>o gerenciador de rede não existe mais (encerrando)</translation>
    </message>
    <message>
        <source>The id is missing</source>
        <translation>O ID está faltando</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>a resposta é maior que %1 MiB</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <comment>what HubSpot answered</comment>
        <translation>JSON inválido</translation>
    </message>
    <message>
        <source>redirect to %1 not followed</source>
        <translation>redirecionamento para %1 não seguido</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>outro caminho</translation>
    </message>
    <message>
        <source>start export</source>
        <extracomment>Names the call in &quot;The request (%1) could not reach HubSpot&quot;; the ones below too</extracomment>
        <translation>iniciar exportação</translation>
    </message>
    <message>
        <source>the answer carries no task id</source>
        <translation>a resposta não traz ID de tarefa</translation>
    </message>
    <message>
        <source>export status of task %1</source>
        <translation>status da exportação da tarefa %1</translation>
    </message>
    <message>
        <source>the status answer has no &quot;status&quot;</source>
        <translation>a resposta de status não tem &quot;status&quot;</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>exportação %1</translation>
    </message>
    <message>
        <source>properties of %1</source>
        <translation>propriedades de %1</translation>
    </message>
    <message>
        <source>property groups of %1</source>
        <translation>grupos de propriedades de %1</translation>
    </message>
    <message>
        <source>list search</source>
        <translation>busca de listas</translation>
    </message>
    <message>
        <source>the list search did not end after %1 pages</source>
        <translation>a busca de listas não terminou após %1 páginas</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>lista %1</translation>
    </message>
    <message>
        <source>the answer describes no list</source>
        <translation>a resposta não descreve nenhuma lista</translation>
    </message>
    <message>
        <source>list id of legacy list %1</source>
        <translation>ID da lista legada %1</translation>
    </message>
    <message>
        <source>the answer has no listId</source>
        <translation>a resposta não tem listId</translation>
    </message>
    <message>
        <source>custom object schemas</source>
        <translation>esquemas de objetos personalizados</translation>
    </message>
    <message>
        <source>the owners paging does not advance</source>
        <translation>a paginação de proprietários não avança</translation>
    </message>
    <message>
        <source>pipelines of %1</source>
        <translation>pipelines de %1</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>teste de conexão</translation>
    </message>
    <message>
        <source>Connected: HubSpot accepted the token and it may export.</source>
        <translation>Conectado: o HubSpot aceitou o token e ele pode exportar.</translation>
    </message>
    <message>
        <source>HubSpot accepted the token, but it cannot export. %1</source>
        <extracomment>%1 says which scope is missing and how to add it</extracomment>
        <translation>O HubSpot aceitou o token, mas ele não pode exportar. %1</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of the answer</source>
        <translation>a conexão foi fechada após %1 de %2 bytes da resposta</translation>
    </message>
    <message>
        <source>search of %1</source>
        <translation>pesquisa de %1</translation>
    </message>
    <message>
        <source>the search answer has no &quot;total&quot;</source>
        <translation>a resposta da pesquisa não traz &quot;total&quot;</translation>
    </message>
    <message>
        <source>record count</source>
        <translation>contagem de registros</translation>
    </message>
    <message>
        <source>the list answer does not give the list&apos;s size</source>
        <translation>a resposta da lista não informa o tamanho dela</translation>
    </message>
</context>
<context>
    <name>es::InstanceGuard</name>
    <message>
        <source>Cannot create the folder %1, so a second start cannot be passed to this window.</source>
        <translation>Não é possível criar a pasta %1, então uma segunda inicialização não pode ser passada para esta janela.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1, so a second start cannot be passed to this window.</source>
        <translation>Não é possível criar o arquivo de bloqueio %1, então uma segunda inicialização não pode ser passada para esta janela.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (%2), so a second start cannot be passed to this window.</source>
        <translation>Não é possível escutar em %1 (%2), então uma segunda inicialização não pode ser passada para esta janela.</translation>
    </message>
    <message>
        <source>There is no other running instance to pass this start to.</source>
        <translation>Não há outra instância em execução para receber esta inicialização.</translation>
    </message>
    <message>
        <source>The arguments are too long to pass to the running instance.</source>
        <translation>Os argumentos são longos demais para serem passados à instância em execução.</translation>
    </message>
    <message>
        <source>Export Studio is already running but does not answer. Close it (or end it if it hangs) and start again.</source>
        <translation>O Export Studio já está em execução, mas não responde. Feche-o (ou force o encerramento se estiver travado) e inicie de novo.</translation>
    </message>
    <message>
        <source>The running instance was activated.</source>
        <translation>A instância em execução foi ativada.</translation>
    </message>
</context>
<context>
    <name>es::IssueText</name>
    <message>
        <source>Choose the property to filter on, or remove this filter.</source>
        <translation>Escolha a propriedade pela qual filtrar ou remova este filtro.</translation>
    </message>
    <message>
        <source>%1: this condition is not one Export Studio knows. Choose another condition.</source>
        <translation>%1: o Export Studio não conhece esta condição. Escolha outra condição.</translation>
    </message>
    <message>
        <source>%1 %2: choose a value.</source>
        <translation>%1 %2: escolha um valor.</translation>
    </message>
    <message>
        <source>%1 %2: enter a value.</source>
        <translation>%1 %2: digite um valor.</translation>
    </message>
    <message>
        <source>%1 %2: enter the smallest value to include.</source>
        <translation>%1 %2: digite o menor valor a incluir.</translation>
    </message>
    <message>
        <source>%1 %2: enter the largest value to include.</source>
        <translation>%1 %2: digite o maior valor a incluir.</translation>
    </message>
    <message>
        <source>%1 %2: the first date is after the second, so nothing can match. Swap them.</source>
        <translation>%1 %2: a primeira data é posterior à segunda, então nada corresponde. Troque-as.</translation>
    </message>
    <message>
        <source>%1 %2: the first value is greater than the second, so nothing can match. Swap them.</source>
        <translation>%1 %2: o primeiro valor é maior que o segundo, então nada corresponde. Troque-os.</translation>
    </message>
    <message>
        <source>%1 %2: choose at least one value.</source>
        <translation>%1 %2: escolha pelo menos um valor.</translation>
    </message>
    <message>
        <source>%1 %2: enter at least one value; separate values with commas.</source>
        <translation>%1 %2: digite pelo menos um valor; separe os valores com vírgulas.</translation>
    </message>
    <message>
        <source>%1 %2: value %3 of the list is empty. Remove the extra comma.</source>
        <translation>%1 %2: o valor %3 da lista está vazio. Remova a vírgula a mais.</translation>
    </message>
    <message>
        <source>%1 %2 takes no value; the value is ignored.</source>
        <translation>%1 %2 não usa valor; o valor é ignorado.</translation>
    </message>
</context>
<context>
    <name>es::JobNotifier</name>
    <message>
        <source>Picked up 1 export from last time where it left off.</source>
        <translation>1 exportação da última vez foi retomada de onde parou.</translation>
    </message>
    <message>
        <source>Picked up %1 exports from last time where they left off.</source>
        <translation>%1 exportações da última vez foram retomadas de onde pararam.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <extracomment>%1 the file&apos;s name, %2 its size (&quot;12.4 MB&quot;)</extracomment>
        <translation>%1 salvo (%2).</translation>
    </message>
    <message>
        <source>Saved %1 files.</source>
        <translation>%1 arquivos salvos.</translation>
    </message>
    <message>
        <source>Export “%1” finished</source>
        <translation>Exportação “%1” concluída</translation>
    </message>
    <message>
        <source>See Transfers for details.</source>
        <translation>Veja os detalhes em Transferências.</translation>
    </message>
    <message>
        <source>Export “%1” failed</source>
        <translation>A exportação “%1” falhou</translation>
    </message>
    <message>
        <source>Open &amp;Accounts…</source>
        <translation>Abrir &amp;contas…</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir as &amp;configurações…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Export “%1” failed: %2</source>
        <extracomment>%1 the export&apos;s name, %2 why it failed</extracomment>
        <translation>A exportação “%1” falhou: %2</translation>
    </message>
    <message>
        <source>Exports continue next time</source>
        <translation>As exportações continuam na próxima vez</translation>
    </message>
    <message>
        <source>Export Studio closed with unfinished exports. They carry on where they left off when you start it again.</source>
        <translation>O Export Studio foi fechado com exportações não concluídas. Elas continuam de onde pararam quando você o abrir de novo.</translation>
    </message>
    <message>
        <source>Export “%1” finished. %2</source>
        <extracomment>%1 the export&apos;s name, %2 what was saved (&quot;Saved contacts.csv (12.4 MB).&quot;)</extracomment>
        <translation>Exportação “%1” concluída. %2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
</context>
<context>
    <name>es::JobStore</name>
    <message>
        <source>Refusing to save a job with the id “%1”.</source>
        <translation>Um trabalho com o ID “%1” não será salvo.</translation>
    </message>
    <message>
        <source>Cannot create the jobs folder %1: check its permissions.</source>
        <translation>Não é possível criar a pasta de trabalhos %1: verifique as permissões dela.</translation>
    </message>
    <message>
        <source>Cannot save job %1 in %2: %3. %4</source>
        <translation>Não é possível salvar o trabalho %1 em %2: %3. %4</translation>
    </message>
    <message>
        <source>The job file %1 is damaged and was set aside.</source>
        <translation>O arquivo de trabalho %1 está danificado e foi separado.</translation>
    </message>
</context>
<context>
    <name>es::KeychainTokenVault</name>
    <message>
        <source>The system keychain cannot be used (%1). Export Studio keeps the token in memory for this run only, so you will have to enter it again next time. To keep it safely, install and unlock a keychain (GNOME Keyring with libsecret, or KWallet), then restart Export Studio.</source>
        <translation>O chaveiro do sistema não pode ser usado (%1). O Export Studio mantém o token na memória só nesta execução, então você terá de digitá-lo de novo na próxima vez. Para guardá-lo com segurança, instale e desbloqueie um chaveiro (GNOME Keyring com libsecret, ou KWallet) e reinicie o Export Studio.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <comment>why the keychain cannot be used</comment>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>%1 A token saved there earlier stays until you remove the &quot;%2&quot; entry in your keychain manager.</source>
        <extracomment>%1 is the sentence that says why the keychain cannot be used</extracomment>
        <translation>%1 Um token salvo lá antes permanece até você remover a entrada “%2” no seu gerenciador de chaveiro.</translation>
    </message>
    <message>
        <source>No token is stored for this account. Enter it in the account settings.</source>
        <translation>Nenhum token está salvo para esta conta. Digite-o nas configurações da conta.</translation>
    </message>
    <message>
        <source>The keychain&apos;s request was declined, so Export Studio keeps the token in memory for this run only. To keep it, save the account again and accept the keychain&apos;s prompt (if it asks for a password for a new keyring, choose one: that creates the keyring).</source>
        <translation>A solicitação do chaveiro foi recusada, então o Export Studio guarda o token na memória só nesta execução. Para mantê-lo, salve a conta novamente e aceite a solicitação do chaveiro (se ele pedir uma senha para um novo chaveiro, escolha uma: isso cria o chaveiro).</translation>
    </message>
    <message>
        <source>The keychain refused to store the token: it is locked, or its prompt was declined (%1). Export Studio keeps the token in memory for this run only. To keep it, unlock the keychain (GNOME: Passwords and Keys; KDE: KWallet Manager) or accept its prompt, then save the account again.</source>
        <translation>O chaveiro se recusou a guardar o token: ele está bloqueado ou sua solicitação foi recusada (%1). O Export Studio guarda o token na memória só nesta execução. Para mantê-lo, desbloqueie o chaveiro (GNOME: Senhas e chaves; KDE: gerenciador do KWallet) ou aceite a solicitação dele e salve a conta novamente.</translation>
    </message>
    <message>
        <source>access denied</source>
        <comment>why the keychain cannot be used</comment>
        <translation>acesso negado</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may still be showing a prompt, or it is not running. Export Studio keeps the token in memory for this run only. If a keychain prompt is open, answer it; otherwise install and unlock a keychain (GNOME Keyring with libsecret, or KWallet) and restart Export Studio.</source>
        <translation>O chaveiro não respondeu em %1 s: ele pode ainda estar mostrando uma solicitação ou não estar em execução. O Export Studio guarda o token na memória só nesta execução. Se houver uma solicitação do chaveiro aberta, responda-a; caso contrário, instale e desbloqueie um chaveiro (GNOME Keyring com libsecret, ou KWallet) e reinicie o Export Studio.</translation>
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
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantâneo</translation>
    </message>
    <message>
        <source>List id %1</source>
        <translation>ID da lista %1</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>The size of a list HubSpot does not report (a dash meaning &quot;unknown&quot;)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Atualizada</translation>
    </message>
</context>
<context>
    <name>es::ListPage</name>
    <message>
        <source>Which list?</source>
        <translation>Qual lista?</translation>
    </message>
    <message>
        <source>Step 2 of 5 · The %1 in the list you choose are exported.</source>
        <translation>Passo 2 de 5 · Exporta %1 da lista escolhida.</translation>
    </message>
</context>
<context>
    <name>es::ListPicker</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>Search lists by name or id</source>
        <translation>Buscar listas por nome ou ID</translation>
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
        <translation>ex.: 123</translation>
    </message>
    <message>
        <source>Legacy list id</source>
        <translation>ID de lista legado</translation>
    </message>
    <message>
        <source>Lists made before 2023 may have an old id in their link; HubSpot translates it to the list&apos;s current id.</source>
        <translation>Listas criadas antes de 2023 podem ter um ID antigo no link; o HubSpot o converte no ID atual da lista.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Or enter a le&amp;gacy list id:</source>
        <translation>Ou digite um ID &amp;legado:</translation>
    </message>
    <message>
        <source>Could not load the lists: %1</source>
        <translation>Não foi possível carregar as listas: %1</translation>
    </message>
    <message>
        <source>No account is connected. Choose an account on the first page.</source>
        <translation>Nenhuma conta conectada. Escolha uma conta na primeira página.</translation>
    </message>
    <message>
        <source>Loading lists…</source>
        <translation>Carregando listas…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A problem with the list: the warning sign, then the problem in words</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No account is connected, so the id cannot be looked up.</source>
        <translation>Nenhuma conta conectada, então o ID não pode ser consultado.</translation>
    </message>
    <message>
        <source>Looking up legacy list %1…</source>
        <translation>Consultando a lista legada %1…</translation>
    </message>
    <message>
        <source>Legacy id %1 is list %2 today.</source>
        <translation>O ID legado %1 hoje é a lista %2.</translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>Nenhuma lista escolhida ainda.</translation>
    </message>
    <message>
        <source>Chosen: list %1</source>
        <translation>Escolhida: lista %1</translation>
    </message>
    <message>
        <source>Chosen: “%1” (list %2)</source>
        <translation>Escolhida: “%1” (lista %2)</translation>
    </message>
    <message>
        <source>“%1” is not a legacy list id: those are digits only, like the 123 in an old link ending in /lists/123. Check what you typed.</source>
        <translation>“%1” não é um id de lista antigo: ele tem só dígitos, como o 123 de um link antigo que termina em /lists/123. Confira o que digitou.</translation>
    </message>
    <message>
        <source>HubSpot knows no list with the legacy id %1. Check the number in the list&apos;s old link.</source>
        <translation>O HubSpot não conhece nenhuma lista com o id antigo %1. Confira o número no link antigo da lista.</translation>
    </message>
    <message>
        <source>Could not look up the id: %1</source>
        <translation>Não foi possível consultar o id: %1</translation>
    </message>
    <message>
        <source>⚠ This list has no records right now, so the file would be empty. Pick another list, or go on if members will be added first.</source>
        <translation>⚠ Esta lista não tem registros agora, então o arquivo ficaria vazio. Escolha outra lista ou continue se membros forem adicionados antes.</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <source>&amp;New export…</source>
        <translation>&amp;Nova exportação…</translation>
    </message>
    <message>
        <source>Choose what to export, step by step (Ctrl+N)</source>
        <translation>Escolher passo a passo o que exportar (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Run preset</source>
        <translation>E&amp;xecutar modelo</translation>
    </message>
    <message>
        <source>Run the preset selected on the left on the current account (Ctrl+Shift+R)</source>
        <translation>Executar o modelo selecionado à esquerda na conta atual (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Contas…</translation>
    </message>
    <message>
        <source>Add accounts, change tokens, test connections</source>
        <translation>Adicionar contas, trocar tokens, testar conexões</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Use the built-in &amp;sandbox</source>
        <translation>Usar o &amp;sandbox embutido</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>&amp;Importar modelos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Export Studio</source>
        <translation>&amp;Sobre o Export Studio</translation>
    </message>
    <message>
        <source>About Export Studio</source>
        <translation>Sobre o Export Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export Studio %1&lt;/b&gt;&lt;br&gt;Exports HubSpot CRM records through HubSpot&apos;s CRM Exports API.</source>
        <translation>&lt;b&gt;Export Studio %1&lt;/b&gt;&lt;br&gt;Exporta registros do CRM do HubSpot pela API CRM Exports do HubSpot.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Conta atual</translation>
    </message>
    <message>
        <source>SANDBOX · test data</source>
        <translation>SANDBOX · dados de teste</translation>
    </message>
    <message>
        <source>You are working on the built-in sandbox: made-up records on this computer, not a real HubSpot portal.</source>
        <translation>Você está no sandbox embutido: registros inventados neste computador, não um portal real do HubSpot.</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Modo sandbox</translation>
    </message>
    <message>
        <source>Exports left today</source>
        <translation>Exportações restantes hoje</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Contas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfigurações</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 of %2 exports left today</source>
        <extracomment>The daily quota in the toolbar: %1 exports left of %2 per 24 hours</extracomment>
        <translation>Restam %1 de %2 exportações hoje</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <extracomment>Appended to the quota: %1 when the next export slot frees up (a date or time)</extracomment>
        <translation> · próxima vaga %1</translation>
    </message>
    <message>
        <source>HubSpot allows %1 exports per account in any 24 hours. Exports beyond that wait in the queue until a slot frees up.</source>
        <translation>O HubSpot permite %1 exportações por conta a cada 24 horas. As que passarem disso esperam na fila até uma vaga abrir.</translation>
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
        <translation>Abrir a pasta de &amp;downloads</translation>
    </message>
    <message>
        <source>Show the folder exports are saved to in the file manager</source>
        <translation>Mostrar no gerenciador de arquivos a pasta onde as exportações são salvas</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>The next slot frees up at %1.</source>
        <translation>A próxima vaga fica livre às %1.</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;onta:</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>T&amp;ransferências</translation>
    </message>
    <message>
        <source>Export Studio &amp;guide</source>
        <translation>&amp;Guia do Export Studio</translation>
    </message>
    <message>
        <source>A short guide: first export, filters, presets, lists, limits, where files go, troubleshooting</source>
        <translation>Um guia curto: primeira exportação, filtros, modelos, listas, limites, para onde vão os arquivos, solução de problemas</translation>
    </message>
    <message>
        <source>The token of this account failed: %1</source>
        <extracomment>Tooltip of an account in the switcher: %1 why its token failed</extracomment>
        <translation>O token desta conta falhou: %1</translation>
    </message>
    <message>
        <source>%1, token failed</source>
        <extracomment>Read by screen readers after the account&apos;s name</extracomment>
        <translation>%1, token com falha</translation>
    </message>
    <message>
        <source>Save property &amp;definitions…</source>
        <translation>Salvar &amp;definições de propriedades…</translation>
    </message>
    <message>
        <source>Save an object&apos;s property definitions as a CSV or Excel file (no export is spent)</source>
        <translation>Salvar as definições de propriedades de um objeto como arquivo CSV ou Excel (nenhuma exportação é gasta)</translation>
    </message>
</context>
<context>
    <name>es::MainWindowController</name>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>O modelo “%1” foi excluído.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Select a preset on the left first, then run it (or double-click it).</source>
        <translation>Selecione primeiro um modelo à esquerda e depois execute-o (ou clique duas vezes nele).</translation>
    </message>
    <message>
        <source>No file manager opened %1. Open the folder yourself.</source>
        <translation>Nenhum gerenciador de arquivos abriu %1. Abra a pasta você mesmo.</translation>
    </message>
    <message>
        <source>no token is stored for it; add it in Accounts</source>
        <translation>nenhum token está salvo; adicione-o em Contas</translation>
    </message>
</context>
<context>
    <name>es::MemoryTokenVault</name>
    <message>
        <source>No token is stored for this account. Enter it in the account settings.</source>
        <translation>Nenhum token está salvo para esta conta. Digite-o nas configurações da conta.</translation>
    </message>
    <message>
        <source>The token is kept in memory until Export Studio quits.</source>
        <translation>O token fica na memória até você sair do Export Studio.</translation>
    </message>
</context>
<context>
    <name>es::MetadataCache</name>
    <message>
        <source>no HubSpot account is selected</source>
        <translation>nenhuma conta do HubSpot está selecionada</translation>
    </message>
</context>
<context>
    <name>es::NetworkSetup</name>
    <message>
        <source>The manual proxy needs a host and a port. Enter both in the network settings, or choose the system proxy.</source>
        <translation>O proxy manual precisa de um host e de uma porta. Digite os dois nas configurações de rede ou escolha o proxy do sistema.</translation>
    </message>
    <message>
        <source>The proxy password cannot be read here: the proxy is used without it.</source>
        <translation>A senha do proxy não pode ser lida aqui: o proxy é usado sem ela.</translation>
    </message>
    <message>
        <source>No password is saved for the proxy user &quot;%1&quot;. Enter it in the network settings.</source>
        <translation>Nenhuma senha está salva para o usuário do proxy “%1”. Digite-a nas configurações de rede.</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Não foi possível ler a senha do proxy: %1</translation>
    </message>
    <message>
        <source>There is no keychain to keep it in.</source>
        <translation>Não há chaveiro para guardá-la.</translation>
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
        <translation>Fechar este aviso (Esc)</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Fechar aviso</translation>
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
        <translation>%1: um objeto personalizado deste portal. Uma linha por registro, com as propriedades que o esquema dele define.</translation>
    </message>
    <message>
        <source>The people in your CRM: one row per contact, with email, name, lifecycle stage and any other contact property.</source>
        <translation>As pessoas do seu CRM: uma linha por contato, com e-mail, nome, fase do ciclo de vida e qualquer outra propriedade do contato.</translation>
    </message>
    <message>
        <source>The organisations your contacts work for: one row per company, with domain, industry, size and owner.</source>
        <translation>As organizações em que seus contatos trabalham: uma linha por empresa, com domínio, setor, porte e proprietário.</translation>
    </message>
    <message>
        <source>Sales opportunities: one row per deal, with amount, stage, pipeline and close date.</source>
        <translation>Oportunidades de venda: uma linha por negócio, com valor, fase, pipeline e data de fechamento.</translation>
    </message>
    <message>
        <source>Support requests: one row per ticket, with status, priority, pipeline and owner.</source>
        <translation>Solicitações de suporte: uma linha por ticket, com status, prioridade, pipeline e proprietário.</translation>
    </message>
    <message>
        <source>Your product library: one row per product, with price, SKU and description.</source>
        <translation>Sua biblioteca de produtos: uma linha por produto, com preço, SKU e descrição.</translation>
    </message>
    <message>
        <source>Products as sold in a deal or quote: one row per line item, with quantity, price and discount.</source>
        <translation>Produtos como vendidos em um negócio ou cotação: uma linha por item de linha, com quantidade, preço e desconto.</translation>
    </message>
    <message>
        <source>Quotes sent to buyers: one row per quote, with amount, status and expiry date.</source>
        <translation>Cotações enviadas a compradores: uma linha por cotação, com valor, status e data de validade.</translation>
    </message>
    <message>
        <source>Logged SMS, WhatsApp and LinkedIn messages: one row per message.</source>
        <translation>Mensagens de SMS, WhatsApp e LinkedIn registradas: uma linha por mensagem.</translation>
    </message>
    <message>
        <source>Answers to feedback surveys (NPS, CSAT, CES): one row per submission.</source>
        <translation>Respostas a pesquisas de feedback (NPS, CSAT, CES): uma linha por envio.</translation>
    </message>
    <message>
        <source>To-dos of your team: one row per task, with subject, status, due date and owner.</source>
        <translation>Tarefas da sua equipe: uma linha por tarefa, com assunto, status, data de vencimento e proprietário.</translation>
    </message>
    <message>
        <source>Notes logged on records: one row per note, with its text and time.</source>
        <translation>Notas registradas nos registros: uma linha por nota, com o texto e a hora.</translation>
    </message>
    <message>
        <source>Logged or booked meetings: one row per meeting, with title, time and outcome.</source>
        <translation>Reuniões registradas ou agendadas: uma linha por reunião, com título, hora e resultado.</translation>
    </message>
    <message>
        <source>Logged calls: one row per call, with direction, duration and outcome.</source>
        <translation>Chamadas registradas: uma linha por chamada, com direção, duração e resultado.</translation>
    </message>
    <message>
        <source>Logged one-to-one emails: one row per email, with subject, sender and time.</source>
        <translation>E-mails individuais registrados: uma linha por e-mail, com assunto, remetente e hora.</translation>
    </message>
    <message>
        <source>Invoices: one row per invoice, with amount, status and due date.</source>
        <translation>Faturas: uma linha por fatura, com valor, status e data de vencimento.</translation>
    </message>
    <message>
        <source>Prospects being qualified: one row per lead, with its stage and owner.</source>
        <translation>Potenciais clientes em qualificação: uma linha por lead, com a fase e o proprietário.</translation>
    </message>
    <message>
        <source>%1: one row per record.</source>
        <extracomment>%1 is the object&apos;s plural name</extracomment>
        <translation>%1: uma linha por registro.</translation>
    </message>
</context>
<context>
    <name>es::ObjectTypes</name>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
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
        <translation>Negócio</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negócios</translation>
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
        <translation>Produto</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Item de linha</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Itens de linha</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cotação</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Cotações</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicação</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicações</translation>
    </message>
    <message>
        <source>Feedback submission</source>
        <translation>Envio de feedback</translation>
    </message>
    <message>
        <source>Feedback submissions</source>
        <translation>Envios de feedback</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
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
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>A logged phone call (HubSpot&apos;s &quot;Calls&quot; object)</extracomment>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>Logged phone calls (HubSpot&apos;s &quot;Calls&quot; object)</extracomment>
        <translation>Chamadas</translation>
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
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturas</translation>
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
        <translation>&amp;Valores internos em vez de rótulos</translation>
    </message>
    <message>
        <source>Show the &amp;primary name of associated records</source>
        <translation>Mostrar o nome &amp;principal dos registros associados</translation>
    </message>
    <message>
        <source>Include more than 1,000 associated records per row</source>
        <translation>Incluir mais de 1.000 registros associados por linha</translation>
    </message>
    <message>
        <source>&amp;Unzip after download</source>
        <translation>&amp;Descompactar</translation>
    </message>
    <message>
        <source>&amp;Keep the zip file</source>
        <translation>&amp;Manter o zip</translation>
    </message>
    <message>
        <source>How should the file look?</source>
        <translation>Como deve ficar o arquivo?</translation>
    </message>
    <message>
        <source>Step 4 of 5 · File format, language, name and where to save it.</source>
        <translation>Passo 4 de 5 · Formato, idioma, nome e onde salvar.</translation>
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
        <translation>XLS comporta no máximo 65.535 linhas por planilha; exportações maiores chegam como vários arquivos em um zip.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A language HubSpot writes the file in: %1 its name (&quot;German&quot;), %2 its code (&quot;DE&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Idioma do arquivo</translation>
    </message>
    <message>
        <source>Export name</source>
        <translation>Nome da exportação</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Pasta de downloads</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Escolher a pasta de downloads</translation>
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
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valores:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Salvar &amp;em:</translation>
    </message>
    <message>
        <source>After download:</source>
        <translation>Depois:</translation>
    </message>
    <message>
        <source>Associated objects</source>
        <translation>Objetos associados</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>Registros associados</translation>
    </message>
    <message>
        <source>Add the ids of associated records as extra columns.</source>
        <translation>Adicionar os IDs dos registros associados como colunas extras.</translation>
    </message>
    <message>
        <source>Save exports in</source>
        <translation>Salvar exportações em</translation>
    </message>
    <message>
        <source>Choose the folder the export is saved in.</source>
        <translation>Escolha a pasta onde a exportação é salva.</translation>
    </message>
    <message>
        <source>%1 of %2 chosen — the most an export may have.</source>
        <translation>%1 de %2 escolhidos — o máximo por exportação.</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%1 de %2 escolhidos</translation>
    </message>
    <message>
        <source>Internal na&amp;mes as column headers</source>
        <translation>No&amp;mes internos como cabeçalhos</translation>
    </message>
    <message>
        <source>Include ass&amp;ociation labels</source>
        <translation>Incluir rótulos de ass&amp;ociação</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>O arquivo</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>The column preview goes on: %n how many more columns</extracomment>
        <translation>
            <numerusform> e mais %n</numerusform>
            <numerusform> e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns (%1): %2</source>
        <extracomment>The column preview: %1 how many columns, %2 their names</extracomment>
        <translation>Colunas (%1): %2</translation>
    </message>
    <message>
        <source>Plus the ids of associated records: %1</source>
        <translation>Mais os ids dos registros associados: %1</translation>
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
        <translation>amanhã %1</translation>
    </message>
    <message>
        <source>expected to start about %1</source>
        <extracomment>A queued export&apos;s state: %1 a time (&quot;14:05&quot;, &quot;tomorrow 09:10&quot;)</extracomment>
        <translation>início previsto por volta de %1</translation>
    </message>
    <message>
        <source>today</source>
        <comment>slots free up</comment>
        <translation>hoje</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>slots free up</comment>
        <translation>amanhã</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1 at %2</source>
        <extracomment>Quota tooltip: %n how many spent slots, %1 &quot;today&quot;/&quot;tomorrow&quot;/a date, %2 the times (&quot;14:05, 14:20 and 14:35&quot;)</extracomment>
        <translation>
            <numerusform>%n vaga se libera %1: %2</numerusform>
            <numerusform>%n vagas se liberam %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1:</source>
        <translation>
            <numerusform>%n vaga se libera %1:</numerusform>
            <numerusform>%n vagas se liberam %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n between %1 and %2</source>
        <extracomment>Quota tooltip, one hour: %n how many slots free up in it, %1 and %2 its start and end</extracomment>
        <translation>
            <numerusform>%n entre %1 e %2</numerusform>
            <numerusform>%n entre %1 e %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is queued: the daily limit of exports is used up, so it cannot start today. It is expected to start %2.</source>
        <extracomment>%1 the export&apos;s name, %2 a day and time (&quot;tomorrow 09:10&quot;)</extracomment>
        <translation>“%1” está na fila: o limite diário de exportações foi atingido, então ela não pode começar hoje. Início previsto: %2.</translation>
    </message>
    <message>
        <source>“%1” is queued until an export slot frees up: expected to start about %2.</source>
        <extracomment>%1 the export&apos;s name, %2 a time (&quot;14:05&quot;)</extracomment>
        <translation>“%1” aguarda na fila até que uma vaga de exportação se libere: início previsto por volta de %2.</translation>
    </message>
</context>
<context>
    <name>es::PresetCodec</name>
    <message>
        <source>The field &quot;%1&quot; was removed: presets never hold tokens or other secrets. Keep the token in the account settings, and delete it from this file.</source>
        <translation>O campo “%1” foi removido: modelos nunca guardam tokens nem outros segredos. Mantenha o token nas configurações da conta e apague-o deste arquivo.</translation>
    </message>
    <message>
        <source>The preset file is not valid JSON (%1 at offset %2). It may be damaged: restore it from a copy or delete it.</source>
        <translation>O arquivo de modelo não é um JSON válido (%1 na posição %2). Ele pode estar danificado: restaure-o de uma cópia ou exclua-o.</translation>
    </message>
    <message>
        <source>The preset file does not hold a JSON object. Restore it from a copy or delete it.</source>
        <translation>O arquivo de modelo não contém um objeto JSON. Restaure-o de uma cópia ou exclua-o.</translation>
    </message>
    <message>
        <source>The preset&apos;s schemaVersion is not a positive whole number. Set it to %1.</source>
        <translation>O schemaVersion do modelo não é um número inteiro positivo. Defina-o como %1.</translation>
    </message>
    <message>
        <source>This preset was saved by a newer version of Export Studio (preset format %1; this version reads up to %2). Update Export Studio to open it.</source>
        <translation>Este modelo foi salvo por uma versão mais nova do Export Studio (formato de modelo %1; esta versão lê até o %2). Atualize o Export Studio para abri-lo.</translation>
    </message>
    <message>
        <source>The preset has no name. Add a &quot;name&quot; field with a short text.</source>
        <translation>O modelo não tem nome. Adicione um campo &quot;name&quot; com um texto curto.</translation>
    </message>
    <message>
        <source>The description is not text and was ignored.</source>
        <translation>A descrição não é texto e foi ignorada.</translation>
    </message>
    <message>
        <source>The preset holds no export request. Save the export again from the wizard.</source>
        <translation>O modelo não contém nenhuma solicitação de exportação. Salve a exportação de novo pelo assistente.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored.</source>
        <translation>O campo desconhecido “%1” é ignorado.</translation>
    </message>
    <message>
        <source>The history&apos;s lookbackMinutes and fullEvery must be whole numbers of 0 or more; the defaults are used instead.</source>
        <translation>lookbackMinutes e fullEvery do histórico devem ser números inteiros de 0 ou mais; os valores padrão são usados.</translation>
    </message>
    <message>
        <source>The history settings are not an object and were ignored: the preset keeps no history.</source>
        <translation>As configurações do histórico não são um objeto e foram ignoradas: o modelo não guarda histórico.</translation>
    </message>
    <message>
        <source>The schedule is not an object and was ignored: the preset runs only when started.</source>
        <translation>O agendamento não é um objeto e foi ignorado: a predefinição só é executada quando iniciada.</translation>
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
        <translation>Não é possível ler o arquivo de modelo %1 (%2). Verifique as permissões dele.</translation>
    </message>
    <message>
        <source>The preset file %1 was not loaded and was left as it is: %2</source>
        <translation>O arquivo de modelo %1 não foi carregado e foi deixado como estava: %2</translation>
    </message>
    <message>
        <source>Cannot save the preset &quot;%1&quot;: %2</source>
        <translation>Não é possível salvar o modelo “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the preset &quot;%1&quot; to %2: %3. %4 The previous version of the file, if any, is unchanged.</source>
        <translation>Não é possível salvar o modelo “%1” em %2: %3. %4 A versão anterior do arquivo, se houver, não foi alterada.</translation>
    </message>
    <message>
        <source>The preset has no name. Enter a name and save again.</source>
        <translation>O modelo não tem nome. Digite um nome e salve de novo.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot;. Reload the presets and try again.</source>
        <translation>Não há nenhum modelo com o ID “%1”. Recarregue os modelos e tente de novo.</translation>
    </message>
    <message>
        <source>A preset needs a name. Enter one.</source>
        <translation>Um modelo precisa de um nome. Digite um.</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Já existe um modelo chamado “%1”. Escolha outro nome.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to copy.</source>
        <translation>Não há nenhum modelo com o ID “%1” para copiar.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Cópia de %1</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to delete.</source>
        <translation>Não há nenhum modelo com o ID “%1” para excluir.</translation>
    </message>
    <message>
        <source>Cannot delete the preset file %1: %2. Check that you may change the folder.</source>
        <translation>Não é possível excluir o arquivo de modelo %1: %2. Verifique se você pode alterar a pasta.</translation>
    </message>
    <message>
        <source>There is no deleted preset to restore.</source>
        <translation>Não há nenhum modelo excluído para restaurar.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check the file name and its permissions.</source>
        <translation>Não é possível abrir %1: %2. Verifique o nome do arquivo e as permissões dele.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as a preset: %2</source>
        <translation>%1 não pode ser importado como modelo: %2</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to export.</source>
        <translation>Não há nenhum modelo com o ID “%1” para exportar.</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot;.</source>
        <translation>Não há nenhum modelo com o ID “%1”.</translation>
    </message>
</context>
<context>
    <name>es::PresetsController</name>
    <message>
        <source>Some preset files could not be read and are left untouched: %1</source>
        <translation>Alguns arquivos de modelo não puderam ser lidos e ficaram intactos: %1</translation>
    </message>
    <message>
        <source>Imported 1 preset. Double-click it to run it.</source>
        <translation>1 modelo importado. Clique duas vezes nele para executá-lo.</translation>
    </message>
    <message>
        <source>Imported %1 presets. Double-click one to run it.</source>
        <translation>%1 modelos importados. Clique duas vezes em um para executá-lo.</translation>
    </message>
    <message>
        <source>Saved the preset to %1. Anyone with Export Studio can import it; it holds no token.</source>
        <translation>Modelo salvo em %1. Qualquer pessoa com o Export Studio pode importá-lo; ele não contém token.</translation>
    </message>
</context>
<context>
    <name>es::PresetsModel</name>
    <message>
        <source>last run %1</source>
        <translation>última execução: %1</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nunca executado</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>A preset for screen readers: %1 its name, %2 the export in short (&quot;Contacts · View · CSV&quot;), %3 when it last ran</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Double-click to run it on the current account.</source>
        <translation>Clique duas vezes para executá-lo na conta atual.</translation>
    </message>
</context>
<context>
    <name>es::PresetsPanel</name>
    <message>
        <source>No presets yet. Save one from the export wizard&apos;s Review page, or import a preset file.</source>
        <translation>Nenhum modelo ainda. Salve um na página Revisar do assistente de exportação ou importe um arquivo de modelo.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>Run the selected preset on the current account (Enter)</source>
        <translation>Executar o modelo selecionado na conta atual (Enter)</translation>
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
        <translation>Re&amp;nomear</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
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
        <translation>Exportações salvas. Pressione Enter para executar uma.</translation>
    </message>
    <message>
        <source>Run preset</source>
        <translation>Executar modelo</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation>Mais ações de modelo</translation>
    </message>
    <message>
        <source>Edit, duplicate, rename, delete, import or export presets</source>
        <translation>Editar, duplicar, renomear, excluir, importar ou exportar modelos</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>Importar modelos</translation>
    </message>
    <message>
        <source>Export Studio presets (*.json)</source>
        <translation>Modelos do Export Studio (*.json)</translation>
    </message>
    <message>
        <source>Export preset</source>
        <translation>Exportar modelo</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>The preset&apos;s runs and what changed between two of them</source>
        <translation>As execuções do modelo e o que mudou entre duas delas</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Agendar…</translation>
    </message>
    <message>
        <source>Run the preset by itself every few hours, daily or weekly</source>
        <translation>Executar a predefinição sozinha a cada poucas horas, diariamente ou semanalmente</translation>
    </message>
</context>
<context>
    <name>es::PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation>Texto a procurar</translation>
    </message>
    <message>
        <source>i&amp;n</source>
        <comment>filter rows whose text is in this column</comment>
        <translation>e&amp;m</translation>
    </message>
    <message>
        <source>Preview – %1</source>
        <translation>Pré-visualização – %1</translation>
    </message>
    <message>
        <source>any column</source>
        <translation>qualquer coluna</translation>
    </message>
    <message>
        <source>Matching rows: %1 of %2</source>
        <translation>Linhas correspondentes: %1 de %2</translation>
    </message>
    <message>
        <source>Searching… %1 matching rows so far</source>
        <translation>Procurando… %1 linhas correspondentes até agora</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Linhas: %1</translation>
    </message>
    <message>
        <source>Counting rows… %1 so far</source>
        <translation>Contando linhas… %1 até agora</translation>
    </message>
</context>
<context>
    <name>es::PreviewModel</name>
    <message>
        <source>loading…</source>
        <comment>a row of the preview being read</comment>
        <translation>carregando…</translation>
    </message>
</context>
<context>
    <name>es::PropertyCombo</name>
    <message>
        <source>Type to search properties</source>
        <translation>Buscar propriedade</translation>
    </message>
    <message>
        <source>Internal name: %1</source>
        <translation>Nome interno: %1</translation>
    </message>
</context>
<context>
    <name>es::PropertyDefinitionsSaver</name>
    <message>
        <source>Save property definitions</source>
        <translation>Salvar definições de propriedades</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Arquivo CSV (*.csv);;Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the property definitions of:</source>
        <translation>Salvar as definições de propriedades de:</translation>
    </message>
    <message>
        <source>Add an account (or try the sandbox) first: the property definitions come from the portal.</source>
        <translation>Adicione uma conta primeiro (ou experimente o sandbox): as definições de propriedades vêm do portal.</translation>
    </message>
    <message>
        <source>%1 properties</source>
        <extracomment>%1 is an object&apos;s plural label, e.g. &quot;Contacts&quot;; the suggested file name</extracomment>
        <translation>Propriedades de %1</translation>
    </message>
    <message>
        <source>The account has no token: add it in Accounts, then save again.</source>
        <translation>A conta não tem token: adicione-o em Contas e salve novamente.</translation>
    </message>
    <message>
        <source>Could not read the property definitions of %1: %2</source>
        <translation>Não foi possível ler as definições de propriedades de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n property definitions of %1 to %2.</source>
        <translation>
            <numerusform>%n definição de propriedade de %1 salva em %2.</numerusform>
            <numerusform>%n definições de propriedades de %1 salvas em %2.</numerusform>
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
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Search by label or internal name</source>
        <translation>Buscar por rótulo ou nome interno</translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation>Buscar propriedades</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Todas as propriedades</translation>
    </message>
    <message>
        <source>Columns in export order</source>
        <translation>Colunas na ordem de exportação</translation>
    </message>
    <message>
        <source>Drag to reorder; Delete removes a column</source>
        <translation>Arraste para reordenar; Delete remove uma coluna</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Subir coluna</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Descer coluna</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Remover coluna</translation>
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
            <numerusform>%n propriedade</numerusform>
            <numerusform>%n propriedades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 properties match</source>
        <translation>%1 de %2 propriedades correspondem</translation>
    </message>
    <message>
        <source>C&amp;olumns in export order (%1)</source>
        <translation>C&amp;olunas na ordem de exportação (%1)</translation>
    </message>
    <message>
        <source>Save &amp;definitions…</source>
        <translation>Salvar &amp;definições…</translation>
    </message>
    <message>
        <source>Save every property&apos;s definition (type, group, options, description…) as a CSV or Excel file. No export is spent.</source>
        <translation>Salvar a definição de cada propriedade (tipo, grupo, opções, descrição…) como arquivo CSV ou Excel. Nenhuma exportação é gasta.</translation>
    </message>
</context>
<context>
    <name>es::PropertyTreeModel</name>
    <message>
        <source>Other properties</source>
        <translation>Outras propriedades</translation>
    </message>
    <message>
        <source>%1 of %2 properties chosen</source>
        <translation>%1 de %2 propriedades escolhidas</translation>
    </message>
    <message>
        <source>Group %1, %2 of %3 chosen</source>
        <translation>Grupo %1, %2 de %3 escolhidas</translation>
    </message>
    <message>
        <source>Internal name: %1
Type: %2</source>
        <translation>Nome interno: %1
Tipo: %2</translation>
    </message>
    <message>
        <source>%1, internal name %2</source>
        <translation>%1, nome interno %2</translation>
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
        <translation>O arquivo de cota de exportações %1 está danificado (%2); ele foi ignorado.</translation>
    </message>
    <message>
        <source>Cannot save the export quota file %1: %2. %3</source>
        <translation>Não é possível salvar o arquivo de cota de exportações %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>es::RequestCodec</name>
    <message>
        <source>a boolean</source>
        <extracomment>A JSON value&apos;s type, completes &quot;Expected %1 but found %2&quot;</extracomment>
        <translation>um booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>um array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>A JSON value&apos;s type, completes &quot;Expected %1 but found %2&quot;: the field is absent</extracomment>
        <translation>nada</translation>
    </message>
    <message>
        <source>Expected %1 but found %2. Write it as %1.</source>
        <extracomment>%1 and %2 are JSON types such as &quot;a string&quot; or &quot;an array&quot;</extracomment>
        <translation>Esperado: %1, encontrado: %2. Escreva como %1.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored. Check its spelling or remove it.</source>
        <translation>O campo desconhecido “%1” é ignorado. Verifique a grafia ou remova-o.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>um array de strings</translation>
    </message>
    <message>
        <source>an object with propertyName and operator</source>
        <translation>um objeto com propertyName e operator</translation>
    </message>
    <message>
        <source>&quot;property&quot; was read as &quot;propertyName&quot;, the name HubSpot expects. Rename the field.</source>
        <translation>&quot;property&quot; foi lido como &quot;propertyName&quot;, o nome que o HubSpot espera. Renomeie o campo.</translation>
    </message>
    <message>
        <source>The filter has no propertyName. Add the property to filter on.</source>
        <translation>O filtro não tem propertyName. Adicione a propriedade pela qual filtrar.</translation>
    </message>
    <message>
        <source>The filter has no operator. Add one, for example &quot;EQ&quot;.</source>
        <translation>O filtro não tem operador. Adicione um, por exemplo &quot;EQ&quot;.</translation>
    </message>
    <message>
        <source>an array of filters</source>
        <translation>um array de filtros</translation>
    </message>
    <message>
        <source>an object {&quot;propertyName&quot;, &quot;order&quot;: &quot;ASC&quot;|&quot;DESC&quot;} or a property name</source>
        <translation>um objeto {&quot;propertyName&quot;, &quot;order&quot;: &quot;ASC&quot;|&quot;DESC&quot;} ou um nome de propriedade</translation>
    </message>
    <message>
        <source>The sort rule has no propertyName. Add the property to sort by.</source>
        <translation>A regra de ordenação não tem propertyName. Adicione a propriedade pela qual ordenar.</translation>
    </message>
    <message>
        <source>Unknown sort order &quot;%1&quot;. Use ASC or DESC.</source>
        <translation>Ordem de classificação desconhecida “%1”. Use ASC ou DESC.</translation>
    </message>
    <message>
        <source>an object with &quot;filters&quot;</source>
        <translation>um objeto com &quot;filters&quot;</translation>
    </message>
    <message>
        <source>an array of groups</source>
        <translation>um array de grupos</translation>
    </message>
    <message>
        <source>Both &quot;filters&quot; and &quot;filterGroups&quot; are given; the flat filters were added as one more group (matched with OR). Move them into &quot;filterGroups&quot; to make that explicit.</source>
        <translation>Foram informados &quot;filters&quot; e &quot;filterGroups&quot;; os filtros avulsos foram adicionados como mais um grupo (combinado com OU). Mova-os para &quot;filterGroups&quot; para deixar isso explícito.</translation>
    </message>
    <message>
        <source>an array of sort rules</source>
        <translation>um array de regras de ordenação</translation>
    </message>
    <message>
        <source>Unknown export type &quot;%1&quot;. Use VIEW to export records that match filters, or LIST to export a list.</source>
        <translation>Tipo de exportação desconhecido “%1”. Use VIEW para exportar registros que atendem a filtros ou LIST para exportar uma lista.</translation>
    </message>
    <message>
        <source>exportType is missing; %1 was assumed. Add &quot;exportType&quot;: &quot;%1&quot; to make it explicit.</source>
        <translation>Falta exportType; foi assumido %1. Adicione &quot;exportType&quot;: &quot;%1&quot; para deixar explícito.</translation>
    </message>
    <message>
        <source>Unknown file format &quot;%1&quot;. Use CSV, XLS or XLSX.</source>
        <translation>Formato de arquivo desconhecido “%1”. Use CSV, XLS ou XLSX.</translation>
    </message>
    <message>
        <source>format is missing; CSV was assumed. Add &quot;format&quot;: &quot;CSV&quot;, &quot;XLS&quot; or &quot;XLSX&quot;.</source>
        <translation>Falta format; foi assumido CSV. Adicione &quot;format&quot;: &quot;CSV&quot;, &quot;XLS&quot; ou &quot;XLSX&quot;.</translation>
    </message>
    <message>
        <source>language is missing; EN was assumed. Add &quot;language&quot; to choose the language of the column headers.</source>
        <translation>Falta language; foi assumido EN. Adicione &quot;language&quot; para escolher o idioma dos cabeçalhos das colunas.</translation>
    </message>
    <message>
        <source>objectType is missing. Add the object to export, for example &quot;CONTACT&quot; or a custom object id such as &quot;2-12345&quot;.</source>
        <translation>Falta objectType. Adicione o objeto a exportar, por exemplo &quot;CONTACT&quot; ou o ID de um objeto personalizado como &quot;2-12345&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Use NAMES (internal names as headers) and/or VALUES (raw values).</source>
        <translation>Opção desconhecida “%1”. Use NAMES (nomes internos como cabeçalhos) e/ou VALUES (valores brutos).</translation>
    </message>
    <message>
        <source>a string of digits</source>
        <translation>uma string de dígitos</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at offset %2. Fix the syntax there (a missing comma or quote is the usual cause).</source>
        <translation>A solicitação não é um JSON válido: %1 na posição %2. Corrija a sintaxe nesse ponto (a causa comum é uma vírgula ou aspas faltando).</translation>
    </message>
    <message>
        <source>The request must be a JSON object ({ ... }) with exportType, exportName, format and the other fields.</source>
        <translation>A solicitação precisa ser um objeto JSON ({ ... }) com exportType, exportName, format e os outros campos.</translation>
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
        <translation>Passo 5 de 5 · Isto é o que o Export Studio vai pedir ao HubSpot.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Request body sent to HubSpot (JSON)</source>
        <translation>Corpo da requisição enviado ao HubSpot (JSON)</translation>
    </message>
    <message>
        <source>Copy the JSON</source>
        <translation>Copiar o JSON</translation>
    </message>
    <message>
        <source>Copy the request body to the clipboard</source>
        <translation>Copiar o corpo da requisição para a área de transferência</translation>
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
        <translation>Todos os registros de %1 da lista %2</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n coluna</numerusform>
            <numerusform>%n colunas</numerusform>
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
            <numerusform> e mais %n</numerusform>
            <numerusform> e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The file in the summary: %1 the format (CSV, XLSX, XLS), %2 the language of the file (&quot;English&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; with associated %1</source>
        <translation>; com %1 associados</translation>
    </message>
    <message>
        <source> (unzipped, zip kept)</source>
        <translation> (descompactado, zip mantido)</translation>
    </message>
    <message>
        <source> (unzipped)</source>
        <translation> (descompactado)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportação</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around the name of the export, in your language&apos;s style</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Salvar em</translation>
    </message>
    <message>
        <source>✔ No problems found. Ready to start.</source>
        <translation>✔ Nenhum problema encontrado. Pronto para iniciar.</translation>
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
        <translation>Nenhuma pasta de downloads definida. Volte a Saída e escolha uma.</translation>
    </message>
    <message>
        <source>No account is chosen. Go back to the first page and choose one.</source>
        <translation>Nenhuma conta escolhida. Volte à primeira página e escolha uma.</translation>
    </message>
    <message>
        <source>Re&amp;quest body (JSON)</source>
        <translation>Corpo da re&amp;quisição (JSON)</translation>
    </message>
    <message>
        <source>Show the request body</source>
        <translation>Mostrar o corpo da requisição</translation>
    </message>
    <message>
        <source>Problems as the command line reports them</source>
        <translation>Problemas como a linha de comando os informa</translation>
    </message>
    <message>
        <source>Hide the request body</source>
        <translation>Ocultar o corpo da requisição</translation>
    </message>
    <message>
        <source>All %1 in the list “%2” (list %3)</source>
        <translation>Todos os registros de %1 da lista “%2” (lista %3)</translation>
    </message>
    <message>
        <source>Details, as the command line reports them:</source>
        <translation>Detalhes, como a linha de comando os informa:</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Iniciar exportação</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <source>Arrives as</source>
        <translation>Chega como</translation>
    </message>
    <message>
        <source>&amp;Start anyway</source>
        <translation>&amp;Iniciar mesmo assim</translation>
    </message>
</context>
<context>
    <name>es::RowCounter</name>
    <message>
        <source>Counting the rows of %1 was stopped.</source>
        <translation>A contagem das linhas de %1 foi interrompida.</translation>
    </message>
    <message>
        <source>%1 is not a CSV, XLSX or XLS file, so its rows cannot be counted.</source>
        <translation>%1 não é um arquivo CSV, XLSX ou XLS, então suas linhas não podem ser contadas.</translation>
    </message>
</context>
<context>
    <name>es::RunPlanner</name>
    <message>
        <source>A full run was asked for.</source>
        <translation>Uma execução completa foi pedida.</translation>
    </message>
    <message>
        <source>This is the first run: it runs in full.</source>
        <translation>Esta é a primeira execução: ela é completa.</translation>
    </message>
    <message>
        <source>A list export cannot carry a filter, so it runs in full every time.</source>
        <translation>Uma exportação de lista não aceita filtro, então é sempre completa.</translation>
    </message>
    <message>
        <source>Runs in full every %1 runs to notice deleted records; this is one of them.</source>
        <translation>Executa completo a cada %1 execuções para notar registros excluídos; esta é uma delas.</translation>
    </message>
    <message>
        <source>No filter group may be added, so it runs in full.</source>
        <translation>Nenhum grupo de filtros pode ser adicionado, então a execução é completa.</translation>
    </message>
    <message>
        <source>A filter group already has the most filters HubSpot allows (%1), so the last-modified filter cannot be added: it runs in full.</source>
        <translation>Um grupo de filtros já tem o máximo que o HubSpot permite (%1), então o filtro de última modificação não pode ser adicionado: a execução é completa.</translation>
    </message>
    <message>
        <source>The record ID (hs_object_id) was added as the first column: the history matches records by it.</source>
        <translation>O ID do registro (hs_object_id) foi adicionado como primeira coluna: o histórico identifica os registros por ele.</translation>
    </message>
    <message>
        <source>%1 have no last-modified property, so it runs in full.</source>
        <translation>%1 não têm propriedade de última modificação, então a execução é completa.</translation>
    </message>
    <message>
        <source>Incremental: only records whose %1 is on or after %2 (the last run&apos;s start less %3 minutes).</source>
        <translation>Incremental: apenas registros cujo %1 seja em ou após %2 (início da última execução menos %3 minutos).</translation>
    </message>
</context>
<context>
    <name>es::SandboxProcess</name>
    <message>
        <source>The built-in sandbox did not start within %1 seconds. Try again; if it keeps failing, run hubspot-sandbox in a terminal to see why.</source>
        <translation>O sandbox embutido não iniciou em %1 segundos. Tente de novo; se continuar falhando, execute o hubspot-sandbox em um terminal para ver o motivo.</translation>
    </message>
    <message>
        <source>The built-in sandbox (hubspot-sandbox) was not found. Reinstall Export Studio, or set EXPORT_STUDIO_SANDBOX to the program&apos;s path.</source>
        <translation>O sandbox embutido (hubspot-sandbox) não foi encontrado. Reinstale o Export Studio ou defina EXPORT_STUDIO_SANDBOX com o caminho do programa.</translation>
    </message>
    <message>
        <source>The built-in sandbox answered something unexpected (“%1”). Reinstall Export Studio; the sandbox and the app must come from the same version.</source>
        <translation>O sandbox embutido respondeu algo inesperado (“%1”). Reinstale o Export Studio; o sandbox e o aplicativo precisam ser da mesma versão.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>ele travou</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de saída %1</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped while starting (%1). Try again, or run hubspot-sandbox in a terminal to see why.</source>
        <translation>O sandbox embutido parou durante a inicialização (%1). Tente de novo ou execute o hubspot-sandbox em um terminal para ver o motivo.</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped unexpectedly. Choose the sandbox account again to restart it.</source>
        <translation>O sandbox embutido parou inesperadamente. Escolha a conta do sandbox de novo para reiniciá-lo.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started (%1). Check that %2 exists and may be run.</source>
        <translation>Não foi possível iniciar o sandbox embutido (%1). Verifique se %2 existe e pode ser executado.</translation>
    </message>
</context>
<context>
    <name>es::SavePresetDialog</name>
    <message>
        <source>Save as preset</source>
        <translation>Salvar como modelo</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Optional: what this export is for</source>
        <translation>Opcional: para que serve esta exportação</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
</context>
<context>
    <name>es::ScalarEditor</name>
    <message>
        <source>Number, e.g. 1500.50</source>
        <translation>Número, ex.: 1500,50</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Your local time; sent to HubSpot as UTC.</source>
        <translation>Seu horário local; enviado ao HubSpot em UTC.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a number here, so it was not typed. Use digits, a dot for decimals and a leading minus, e.g. -1500.50.</source>
        <translation>“%1” não pode fazer parte de um número aqui, por isso não foi digitado. Use dígitos, um ponto para decimais e um sinal de menos no início, p. ex. -1500.50.</translation>
    </message>
    <message>
        <source>That is not a number, so it was not entered. Use digits, a dot for decimals and a leading minus, e.g. -1500.50.</source>
        <translation>Isso não é um número, por isso não foi inserido. Use dígitos, um ponto para decimais e um sinal de menos no início, p. ex. -1500.50.</translation>
    </message>
</context>
<context>
    <name>es::Schedule</name>
    <message>
        <source>Accepted forms: “every N h” (N from 1 to %1), “daily HH:MM”, “weekly mon,thu HH:MM” (days mon, tue, wed, thu, fri, sat, sun) and “none”.</source>
        <translation>Formas aceitas: “every N h” (N de 1 a %1), “daily HH:MM”, “weekly mon,thu HH:MM” (dias mon, tue, wed, thu, fri, sat, sun) e “none”.</translation>
    </message>
    <message>
        <source>“%1”: the hours must be a whole number from 1 to %2.</source>
        <translation>“%1”: as horas devem ser um número inteiro de 1 a %2.</translation>
    </message>
    <message>
        <source>“%1”: the time must be HH:MM, from 00:00 to 23:59.</source>
        <translation>“%1”: o horário deve ser HH:MM, de 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>“%1” is not a weekday.</source>
        <translation>“%1” não é um dia da semana.</translation>
    </message>
    <message>
        <source>“%1”: name at least one weekday.</source>
        <translation>“%1”: informe pelo menos um dia da semana.</translation>
    </message>
    <message>
        <source>“%1” is not a schedule.</source>
        <translation>“%1” não é um agendamento.</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Sem agendamento</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>A cada %n hora</numerusform>
            <numerusform>A cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Diariamente às %1</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <comment>weekdays, time</comment>
        <translation>Semanalmente em %1 às %2</translation>
    </message>
    <message>
        <source>The schedule is not one this version understands; the preset runs only when started. Set the schedule again.</source>
        <translation>Esta versão não entende o agendamento; a predefinição só é executada quando iniciada. Defina o agendamento novamente.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleController</name>
    <message>
        <source>That preset no longer exists.</source>
        <translation>Essa predefinição não existe mais.</translation>
    </message>
    <message>
        <source>“%1” runs only when you start it.</source>
        <extracomment>%1 the preset&apos;s name</extracomment>
        <translation>“%1” só é executada quando você a inicia.</translation>
    </message>
    <message>
        <source>“%1” is scheduled: %2. Next run: %3.</source>
        <extracomment>%1 the preset&apos;s name, %2 &quot;Daily at 07:30&quot;-like, %3 &quot;07:30&quot;, &quot;Tomorrow 07:30&quot; or &quot;Wed 07:30&quot;</extracomment>
        <translation>“%1” está agendada: %2. Próxima execução: %3.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleEditor</name>
    <message>
        <source>Schedule “%1”</source>
        <extracomment>%1 the preset&apos;s name</extracomment>
        <translation>Agendar “%1”</translation>
    </message>
    <message>
        <source>Only when started</source>
        <comment>schedule kind</comment>
        <translation>Só quando iniciada</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <comment>schedule kind</comment>
        <translation>A cada poucas horas</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>schedule kind</comment>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>schedule kind</comment>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Executa</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Horas entre execuções</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>every N hours</comment>
        <translation>horas</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora do dia</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Executa:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;A cada:</translation>
    </message>
    <message>
        <source>On:</source>
        <comment>weekdays</comment>
        <translation>Nos dias:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <comment>time of day</comment>
        <translation>À&amp;s:</translation>
    </message>
    <message>
        <source>The next 24 hours</source>
        <translation>As próximas 24 horas</translation>
    </message>
    <message>
        <source>Planned runs of all scheduled presets</source>
        <translation>Execuções previstas de todas as predefinições agendadas</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Escolha pelo menos um dia.</translation>
    </message>
    <message>
        <source>Run this preset less often, or take another preset&apos;s schedule off.</source>
        <translation>Execute esta predefinição com menos frequência ou retire o agendamento de outra predefinição.</translation>
    </message>
    <message>
        <source>Runs only when you start it.</source>
        <translation>Só é executada quando você a inicia.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>Next run: %1.</source>
        <translation>Próxima execução: %1.</translation>
    </message>
    <message>
        <source>First run: %1 (a new schedule waits for its first time, it does not run at once).</source>
        <translation>Primeira execução: %1 (um agendamento novo aguarda seu primeiro horário, não executa de imediato).</translation>
    </message>
    <message numerus="yes">
        <source>The scheduled presets need %1 of the %2 exports HubSpot allows a day. %n run(s) in the next 24 hours:</source>
        <extracomment>%1 exports the schedules need a day at most, %2 the daily limit (30)</extracomment>
        <translation>
            <numerusform>As predefinições agendadas precisam de %1 das %2 exportações que o HubSpot permite por dia. %n execução nas próximas 24 horas:</numerusform>
            <numerusform>As predefinições agendadas precisam de %1 das %2 exportações que o HubSpot permite por dia. %n execuções nas próximas 24 horas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::SchedulePlanner</name>
    <message>
        <source>These schedules need %1 exports a day; HubSpot allows %2.</source>
        <translation>Esses agendamentos precisam de %1 exportações por dia; o HubSpot permite %2.</translation>
    </message>
</context>
<context>
    <name>es::ScheduleRunner</name>
    <message>
        <source>The scheduled preset “%1” cannot run: there is no account. Add one in Accounts.</source>
        <translation>A predefinição agendada “%1” não pode ser executada: não há nenhuma conta. Adicione uma em Contas.</translation>
    </message>
    <message>
        <source>The scheduled preset “%1” cannot run: %2 Edit it to fix this.</source>
        <extracomment>%1 the preset&apos;s name, %2 what is wrong with it (whole sentences)</extracomment>
        <translation>A predefinição agendada “%1” não pode ser executada: %2 Edite-a para corrigir isso.</translation>
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
        <translation>não encontrada</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Coluna %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a property of this object in this account; HubSpot will refuse the export. Remove it.</source>
        <translation>“%1” não é uma propriedade deste objeto nesta conta; o HubSpot vai recusar a exportação. Remova-a.</translation>
    </message>
    <message>
        <source>Column %1, %2</source>
        <translation>Coluna %1, %2</translation>
    </message>
</context>
<context>
    <name>es::Settings</name>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Não é possível salvar as configurações: %1</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1. Check that you may write there and that the disk is not full.</source>
        <translation>Não é possível salvar as configurações em %1. Verifique se você pode gravar lá e se o disco não está cheio.</translation>
    </message>
</context>
<context>
    <name>es::SettingsController</name>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>Não foi possível salvar a senha do proxy: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the proxy password is kept only until Export Studio quits.</source>
        <translation>Nenhum chaveiro do sistema disponível, então a senha do proxy só fica guardada até você sair do Export Studio.</translation>
    </message>
    <message>
        <source>The timer is removed: scheduled presets run only while Export Studio is open.</source>
        <translation>O temporizador foi removido: as predefinições agendadas só são executadas enquanto o Export Studio está aberto.</translation>
    </message>
    <message>
        <source>The timer is installed in %1. %2</source>
        <translation>O temporizador foi instalado em %1. %2</translation>
    </message>
</context>
<context>
    <name>es::SettingsDialog</name>
    <message>
        <source>&amp;Unpack zipped exports</source>
        <translation>&amp;Descompactar exportações zipadas</translation>
    </message>
    <message>
        <source>&amp;Keep the zip file after unpacking</source>
        <translation>&amp;Manter o zip após descompactar</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when an export finishes or fails</source>
        <translation>Mostrar uma &amp;notificação quando uma exportação terminar ou falhar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Pasta de downloads</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
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
        <translation>Downloads</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Takes effect the next time Export Studio starts.</source>
        <translation>Vale a partir da próxima vez que o Export Studio for aberto.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Filter limits</source>
        <translation>Limites de filtros</translation>
    </message>
    <message>
        <source>HubSpot accepts 3 groups of 3 filters; raise these only if your portal allows more.</source>
        <translation>O HubSpot aceita 3 grupos de 3 filtros; aumente só se o seu portal permitir mais.</translation>
    </message>
    <message>
        <source>Most filter &amp;groups:</source>
        <translation>Máximo de &amp;grupos de filtros:</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usar as configurações de proxy do sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sem proxy</translation>
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
        <translation>As configurações do sistema vêm da sua área de trabalho ou das variáveis http_proxy, https_proxy e no_proxy. O sandbox embutido é sempre acessado diretamente.</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host do proxy</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Porta do proxy</translation>
    </message>
    <message>
        <source>Only if the proxy asks you to sign in</source>
        <translation>Só se o proxy pedir login</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuário do proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Senha do proxy</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Fica no chaveiro do sistema, nunca no arquivo de configurações.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
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
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose another proxy setting.</source>
        <translation>Digite o host e a porta do proxy ou escolha outra configuração de proxy.</translation>
    </message>
    <message>
        <source>Most filters pe&amp;r group:</source>
        <translation>Máximo de filtros po&amp;r grupo:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>No&amp;me de usuário:</translation>
    </message>
    <message>
        <source>Scheduled presets</source>
        <translation>Predefinições agendadas</translation>
    </message>
    <message>
        <source>A systemd timer runs the due presets every 15 minutes while Export Studio is closed.</source>
        <translation>Um temporizador do systemd executa as predefinições pendentes a cada 15 minutos enquanto o Export Studio está fechado.</translation>
    </message>
    <message>
        <source>While Export Studio is closed, scheduled presets run only if a systemd timer runs them.</source>
        <translation>Enquanto o Export Studio está fechado, as predefinições agendadas só são executadas se um temporizador do systemd as executar.</translation>
    </message>
    <message>
        <source>&amp;Remove timer</source>
        <comment>systemd timer</comment>
        <translation>&amp;Remover temporizador</translation>
    </message>
    <message>
        <source>&amp;Install timer</source>
        <comment>systemd timer</comment>
        <translation>&amp;Instalar temporizador</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Continuar na &amp;bandeja quando a janela for fechada</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Export Studio. Scheduled presets then run only with the timer below.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema; fechar a janela encerra o Export Studio. As predefinições agendadas então só são executadas com o temporizador abaixo.</translation>
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
        <translation>Registros de uma &amp;lista</translation>
    </message>
    <message>
        <source>What do you want to export?</source>
        <translation>O que você quer exportar?</translation>
    </message>
    <message>
        <source>Step 1 of 5 · Choose the account, the kind of records and how to pick them.</source>
        <translation>Passo 1 de 5 · Escolha a conta, o tipo de registro e como selecioná-los.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Pick records by conditions, for example “Lifecycle stage is Customer”, or take all.</source>
        <translation>Escolha registros por condições, por exemplo “Fase do ciclo de vida é Cliente”, ou pegue todos.</translation>
    </message>
    <message>
        <source>Export the members of one of your HubSpot lists.</source>
        <translation>Exportar os membros de uma das suas listas do HubSpot.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Conta:</translation>
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
        <translation>Carregando objetos personalizados…</translation>
    </message>
    <message>
        <source>Custom objects could not be loaded (%1). Standard objects are available.</source>
        <translation>Não foi possível carregar os objetos personalizados (%1). Os objetos padrão estão disponíveis.</translation>
    </message>
    <message>
        <source>No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>Nenhuma conta configurada ainda. Adicione uma em Contas ou experimente o sandbox embutido.</translation>
    </message>
    <message>
        <source>⚠ No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>⚠ Nenhuma conta configurada ainda. Adicione uma em Contas ou experimente o sandbox embutido.</translation>
    </message>
    <message>
        <source>%1 (custom object %2)</source>
        <translation>%1 (objeto personalizado %2)</translation>
    </message>
    <message>
        <source>Next you choose which records (all, filtered, or a list), then the columns, the file format and where it is saved.</source>
        <translation>Em seguida você escolhe quais registros (todos, filtrados ou uma lista), depois as colunas, o formato do arquivo e onde ele é salvo.</translation>
    </message>
    <message>
        <source>%1 %2 on this account</source>
        <extracomment>%1 how many records the object has on this account, %2 the object (&quot;contacts&quot;)</extracomment>
        <translation>%1 %2 nesta conta</translation>
    </message>
</context>
<context>
    <name>es::StatusPresenter</name>
    <message>
        <source>The sandbox is running with made-up data. Start with New export (Ctrl+N).</source>
        <translation>O sandbox está rodando com dados inventados. Comece com Nova exportação (Ctrl+N).</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando o sandbox…</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Nenhuma conta ainda</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox rodando em %1</translation>
    </message>
    <message>
        <source>Sandbox stopped: choose it again to restart it</source>
        <translation>Sandbox parado: escolha-o de novo para reiniciá-lo</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Lendo o token de %1…</translation>
    </message>
    <message>
        <source>No token for %1: add it in Accounts</source>
        <translation>Sem token para %1: adicione-o em Contas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The connection in the status bar: %1 the account&apos;s name, %2 the HubSpot host it talks to</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API %1/%2 per %3 s</source>
        <extracomment>HubSpot&apos;s rate limit in the status bar: %1 requests left of %2 in a window of %3 seconds</extracomment>
        <translation>API %1/%2 a cada %3 s</translation>
    </message>
    <message>
        <source> · paused %1 s</source>
        <extracomment>Appended to the rate limit while HubSpot makes us wait: %1 seconds</extracomment>
        <translation> · pausado %1 s</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <extracomment>Appended to the rate limit: %1 requests waiting for a free slot</extracomment>
        <translation> · %1 aguardando</translation>
    </message>
    <message>
        <source>Requests HubSpot still allows in the current %1-second window. Export Studio paces itself so it never runs over.</source>
        <translation>Requisições que o HubSpot ainda permite na janela atual de %1 segundos. O Export Studio se regula para nunca passar do limite.</translation>
    </message>
    <message>
        <source>Today: %1 of %2 left.</source>
        <extracomment>%1 requests left today of %2 (HubSpot&apos;s daily limit)</extracomment>
        <translation>Hoje: restam %1 de %2.</translation>
    </message>
    <message>
        <source>%1 running, %2 queued · if you quit, they carry on the next time you start Export Studio</source>
        <translation>%1 em andamento, %2 na fila · se você sair, elas continuam na próxima vez que abrir o Export Studio</translation>
    </message>
    <message>
        <source>The portal of “%1” does not offer HubSpot&apos;s API version %2, so Export Studio uses %3 for it from now on (Accounts shows the choice).</source>
        <extracomment>%1 account name, %2 and %3 HubSpot API versions (2026-09, 2026-03, v3)</extracomment>
        <translation>O portal de “%1” não oferece a versão %2 da API do HubSpot, então o Export Studio passa a usar %3 para ele (veja em Contas).</translation>
    </message>
</context>
<context>
    <name>es::Storage</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <comment>why a file cannot be written</comment>
        <translation>a pasta %1 não pode ser criada</translation>
    </message>
    <message>
        <source>The disk seems to be full: free some space and try again.</source>
        <translation>O disco parece estar cheio: libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: make it writable or choose another folder.</source>
        <translation>A pasta %1 é somente leitura: torne-a gravável ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, that you may write there and that the disk is not full.</source>
        <translation>Verifique se a pasta %1 existe, se você pode gravar nela e se o disco não está cheio.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check that its parent exists and that you may write there.</source>
        <translation>Não é possível criar a pasta %1: verifique se a pasta pai existe e se você pode gravar nela.</translation>
    </message>
    <message>
        <source>Export Studio now keeps the command line&apos;s presets, accounts and quota with the desktop app&apos;s, in %1. The older command-line folder %2 was left as it was: copy any presets you still need from it, then delete it.</source>
        <translation>O Export Studio agora guarda os modelos, as contas e a cota da linha de comando junto com os do aplicativo de desktop, em %1. A pasta antiga da linha de comando %2 foi deixada como estava: copie dela os modelos de que ainda precisa e depois apague-a.</translation>
    </message>
    <message>
        <source>The command line&apos;s state folder %1 could not be moved to %2, where the desktop app keeps the same things: move it there yourself.</source>
        <translation>Não foi possível mover a pasta de estado da linha de comando %1 para %2, onde o aplicativo de desktop guarda as mesmas coisas: mova-a para lá você mesmo.</translation>
    </message>
</context>
<context>
    <name>es::SystemdTimer</name>
    <message>
        <source>export-studio-cli was not found next to Export Studio or on the PATH (“%1”). Install the export-studio package, then try again.</source>
        <translation>O export-studio-cli não foi encontrado ao lado do Export Studio nem no PATH (“%1”). Instale o pacote export-studio e tente novamente.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write to it.</source>
        <translation>Não foi possível criar a pasta %1. Verifique se você pode gravar nela.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. %3</source>
        <translation>Não foi possível gravar %1: %2. %3</translation>
    </message>
    <message>
        <source>Could not enable the timer (link %1). Run `systemctl --user enable %2` instead.</source>
        <translation>Não foi possível ativar o temporizador (link %1). Execute `systemctl --user enable %2` no lugar.</translation>
    </message>
    <message>
        <source>Could not remove %1. Check that you may write to %2.</source>
        <translation>Não foi possível remover %1. Verifique se você pode gravar em %2.</translation>
    </message>
    <message>
        <source>The timer starts at your next login; to start it now, run `systemctl --user daemon-reload &amp;&amp; systemctl --user start %1`.</source>
        <translation>O temporizador começa no seu próximo login; para iniciá-lo agora, execute `systemctl --user daemon-reload &amp;&amp; systemctl --user start %1`.</translation>
    </message>
</context>
<context>
    <name>es::TableFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>writing the workbook failed</source>
        <translation>falha ao gravar a pasta de trabalho</translation>
    </message>
</context>
<context>
    <name>es::TablePreview</name>
    <message>
        <source>%1 is empty: it has not even a header row.</source>
        <translation>%1 está vazio: não tem nem mesmo uma linha de cabeçalho.</translation>
    </message>
</context>
<context>
    <name>es::TableReader</name>
    <message>
        <source>%1 is not a CSV, XLSX or XLS file, so it cannot be kept in the history.</source>
        <translation>%1 não é um arquivo CSV, XLSX ou XLS, então não pode ser guardado no histórico.</translation>
    </message>
</context>
<context>
    <name>es::Text</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Waiting at HubSpot</source>
        <translation>Aguardando o HubSpot</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Descompactando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
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
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>há 1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>há %1 minutos</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hoje %1</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>há %1 dias</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negócios</translation>
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
        <translation>Visualização</translation>
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
        <translation>Na fila, nº %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <extracomment>Appended to &quot;Queued&quot;: %1 when the daily quota frees the next slot (a date or time)</extracomment>
        <translation> · próxima vaga %1</translation>
    </message>
    <message>
        <source>Asking HubSpot to start the export…</source>
        <translation>Pedindo ao HubSpot para iniciar a exportação…</translation>
    </message>
    <message>
        <source>Waiting for HubSpot to begin (no percentage available)</source>
        <translation>Aguardando o HubSpot começar (sem porcentagem disponível)</translation>
    </message>
    <message>
        <source>HubSpot is building the file · %1 records</source>
        <translation>O HubSpot está gerando o arquivo · %1 registros</translation>
    </message>
    <message>
        <source>HubSpot is building the file (no percentage available)</source>
        <translation>O HubSpot está gerando o arquivo (sem porcentagem disponível)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress: %1 the bytes received so far, %2 the file&apos;s size</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Unpacking · %1 of %2</source>
        <extracomment>%1 the size unpacked so far, %2 the size of everything to unpack</extracomment>
        <translation>Descompactando · %1 de %2</translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation>Descompactando…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A finished export&apos;s one file: %1 its name, %2 its size</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
        <extracomment>A finished export&apos;s files: %1 how many, %2 their total size</extracomment>
        <translation>%1 arquivos · %2</translation>
    </message>
    <message>
        <source>Failed for an unknown reason: retry, or look at the details in the tooltip.</source>
        <translation>Falhou por um motivo desconhecido: tente de novo ou veja os detalhes na dica.</translation>
    </message>
    <message>
        <source>Canceled before it started</source>
        <translation>Cancelada antes de começar</translation>
    </message>
    <message>
        <source>Canceled here; HubSpot may still finish it, nothing is downloaded</source>
        <translation>Cancelada aqui; o HubSpot ainda pode concluí-la, nada é baixado</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>HubSpot export id: %1</source>
        <translation>ID da exportação no HubSpot: %1</translation>
    </message>
    <message>
        <source>HubSpot state: %1</source>
        <translation>Estado no HubSpot: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentativas: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Tooltip, time spent per state: %1 the state (&quot;Processing&quot;), %2 how long (&quot;1 min 5 s&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time per state: %1</source>
        <translation>Tempo por estado: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Adicionada: %1</translation>
    </message>
    <message>
        <source>Untitled export</source>
        <translation>Exportação sem título</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Decorrido</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
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
        <translation>Na fila · por volta de %1</translation>
    </message>
    <message>
        <source>Expected to start about %1: estimated with about %2 minutes per export ahead of it at HubSpot.</source>
        <extracomment>Tooltip of a queued export: %1 a time (&quot;14:05&quot;), %2 minutes per export (5)</extracomment>
        <translation>Início previsto por volta de %1: estimado com cerca de %2 minutos por exportação à frente dela no HubSpot.</translation>
    </message>
    <message>
        <source>It also waits for a slot of the daily export limit to free up.</source>
        <translation>Ela também aguarda a liberação de uma vaga do limite diário de exportações.</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <extracomment>Tooltip: the completeness check (&quot;12,345 records, as HubSpot reported&quot;)</extracomment>
        <translation>Verificação: %1</translation>
    </message>
</context>
<context>
    <name>es::TransfersPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the selected exports (HubSpot has no cancel: an export it already runs is only no longer downloaded)</source>
        <translation>Parar as exportações selecionadas (o HubSpot não cancela: uma exportação já em andamento apenas deixa de ser baixada)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Run the selected failed or canceled exports again</source>
        <translation>Executar de novo as exportações com falha ou canceladas selecionadas</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Start this export earlier (Ctrl+Up)</source>
        <translation>Iniciar esta exportação antes (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <source>Start this export later (Ctrl+Down)</source>
        <translation>Iniciar esta exportação depois (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Show the downloaded files in the file manager</source>
        <translation>Mostrar os arquivos baixados no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Remove finished exports from the list (the files stay)</source>
        <translation>Remover da lista as exportações concluídas (os arquivos ficam)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corrigir…</translation>
    </message>
    <message>
        <source>Transfer actions</source>
        <translation>Ações de transferência</translation>
    </message>
    <message>
        <source>Exports that are queued, running or finished</source>
        <translation>Exportações na fila, em andamento ou concluídas</translation>
    </message>
    <message>
        <source>No exports yet.
Start one with New export (Ctrl+N) or double-click a preset.</source>
        <translation>Nenhuma exportação ainda.
Inicie uma com Nova exportação (Ctrl+N) ou clique duas vezes em um modelo.</translation>
    </message>
    <message>
        <source>Check the &amp;account…</source>
        <translation>Verificar a &amp;conta…</translation>
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation>Abrir as &amp;configurações…</translation>
    </message>
</context>
<context>
    <name>es::TrayKeeper</name>
    <message>
        <source>&amp;Show Export Studio</source>
        <translation>&amp;Mostrar o Export Studio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Export Studio runs scheduled presets</source>
        <translation>O Export Studio executa as predefinições agendadas</translation>
    </message>
    <message>
        <source>Export Studio is still running</source>
        <translation>O Export Studio continua em execução</translation>
    </message>
    <message>
        <source>Scheduled presets run while it is in the tray. Quit it from the tray icon&apos;s menu.</source>
        <translation>As predefinições agendadas são executadas enquanto ele está na bandeja. Saia pelo menu do ícone da bandeja.</translation>
    </message>
</context>
<context>
    <name>es::Unpacker</name>
    <message>
        <source>has an empty name</source>
        <extracomment>Completes &quot;contains an entry that %1&quot;: why the zip entry is unsafe</extracomment>
        <translation>tem um nome vazio</translation>
    </message>
    <message>
        <source>has control characters in its name</source>
        <translation>tem caracteres de controle no nome</translation>
    </message>
    <message>
        <source>uses backslashes in its path</source>
        <translation>usa barras invertidas no caminho</translation>
    </message>
    <message>
        <source>has an absolute path</source>
        <translation>tem um caminho absoluto</translation>
    </message>
    <message>
        <source>names a drive letter</source>
        <translation>indica uma letra de unidade</translation>
    </message>
    <message>
        <source>has a colon in its path</source>
        <translation>tem dois-pontos no caminho</translation>
    </message>
    <message>
        <source>points outside the folder</source>
        <translation>aponta para fora da pasta</translation>
    </message>
    <message>
        <source>has an empty path component</source>
        <translation>tem um componente de caminho vazio</translation>
    </message>
    <message>
        <source>uses a reserved device name</source>
        <translation>usa um nome de dispositivo reservado</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (error %2): the download may be damaged; download the export again.</source>
        <translation>%1 não é um arquivo zip legível (erro %2): o download pode estar danificado; baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>The export archive holds %1 entries, more than the limit of %2; nothing was extracted.</source>
        <translation>O arquivo compactado da exportação contém %1 entradas, mais que o limite de %2; nada foi extraído.</translation>
    </message>
    <message>
        <source>The directory of %1 cannot be read: the download may be damaged; download the export again.</source>
        <translation>O diretório de %1 não pode ser lido: o download pode estar danificado; baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>The export archive contains an entry that %1 (%2); nothing was extracted.</source>
        <extracomment>%1 says why the entry is unsafe (&quot;has an absolute path&quot;), %2 names it</extracomment>
        <translation>O arquivo compactado da exportação contém uma entrada que %1 (%2); nada foi extraído.</translation>
    </message>
    <message>
        <source>The export archive contains a symbolic link (%1); nothing was extracted.</source>
        <translation>O arquivo compactado da exportação contém um link simbólico (%1); nada foi extraído.</translation>
    </message>
    <message>
        <source>The export archive contains a device or special file (%1); nothing was extracted.</source>
        <translation>O arquivo compactado da exportação contém um arquivo de dispositivo ou especial (%1); nada foi extraído.</translation>
    </message>
    <message>
        <source>The export archive contains a password-protected entry (%1); nothing was extracted.</source>
        <translation>O arquivo compactado da exportação contém uma entrada protegida por senha (%1); nada foi extraído.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands %2 times, more than the limit of %3 (a zip bomb?); nothing was extracted.</source>
        <translation>A entrada %1 do arquivo compactado da exportação se expande %2 vezes, mais que o limite de %3 (uma bomba zip?); nada foi extraído.</translation>
    </message>
    <message>
        <source>The export archive would expand to more than %1; nothing was extracted.</source>
        <translation>O arquivo compactado da exportação ocuparia mais de %1 ao ser expandido; nada foi extraído.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check that you may write there.</source>
        <translation>Não é possível criar a pasta %1: verifique se você pode gravar lá.</translation>
    </message>
    <message>
        <source>The export needs %1 but the folder %2 has only %3 free: free some space and try again.</source>
        <translation>A exportação precisa de %1, mas a pasta %2 só tem %3 livres: libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>Cannot create a staging folder in %1 (%2): check that you may write there.</source>
        <translation>Não é possível criar uma pasta temporária em %1 (%2): verifique se você pode gravar lá.</translation>
    </message>
    <message>
        <source>The directory of %1 changed while it was read; nothing was extracted.</source>
        <translation>O diretório de %1 mudou enquanto era lido; nada foi extraído.</translation>
    </message>
    <message>
        <source>The export archive entry %1 cannot be read (error %2): the download is damaged; download the export again.</source>
        <translation>A entrada %1 do arquivo compactado da exportação não pode ser lida (erro %2): o download está danificado; baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): check the folder and free space.</source>
        <translation>Não é possível gravar em %1 (%2): verifique a pasta e o espaço livre.</translation>
    </message>
    <message>
        <source>Unpacking was canceled; nothing was extracted.</source>
        <translation>A descompactação foi cancelada; nada foi extraído.</translation>
    </message>
    <message>
        <source>The export archive entry %1 is damaged (%2); nothing was extracted. Download the export again.</source>
        <translation>A entrada %1 do arquivo compactado da exportação está danificada (%2); nada foi extraído. Baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands beyond the size its header declares; nothing was extracted.</source>
        <translation>A entrada %1 do arquivo compactado da exportação se expande além do tamanho declarado no cabeçalho; nada foi extraído.</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands more than %2 times (a zip bomb?); nothing was extracted.</source>
        <translation>A entrada %1 do arquivo compactado da exportação se expande mais de %2 vezes (uma bomba zip?); nada foi extraído.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): free some space in that folder and try again.</source>
        <translation>Não é possível gravar em %1 (%2): libere espaço nessa pasta e tente de novo.</translation>
    </message>
    <message>
        <source>The export archive entry %1 fails its checksum (CRC); nothing was extracted. Download the export again.</source>
        <translation>A entrada %1 do arquivo compactado da exportação falhou na soma de verificação (CRC); nada foi extraído. Baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>The export archive entry %1 is damaged (error %2); nothing was extracted. Download the export again.</source>
        <translation>A entrada %1 do arquivo compactado da exportação está danificada (erro %2); nada foi extraído. Baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>The export archive entry %1 holds %2 bytes instead of %3; nothing was extracted. Download the export again.</source>
        <translation>A entrada %1 do arquivo compactado da exportação contém %2 bytes em vez de %3; nada foi extraído. Baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>The directory of %1 cannot be read (error %2): the download may be damaged; download the export again.</source>
        <translation>O diretório de %1 não pode ser lido (erro %2): o download pode estar danificado; baixe a exportação de novo.</translation>
    </message>
    <message>
        <source>Cannot move the extracted file %1 into %2 (%3); nothing was extracted.</source>
        <translation>Não é possível mover o arquivo extraído %1 para %2 (%3); nada foi extraído.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): the folder is read-only or you may not write there. Make it writable or choose another folder, then try again.</source>
        <translation>Não é possível gravar em %1 (%2): a pasta é somente leitura ou você não tem permissão para gravar nela. Torne-a gravável ou escolha outra pasta e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): free some space in that folder, or choose another folder, and try again.</source>
        <translation>Não é possível gravar em %1 (%2): libere espaço nessa pasta ou escolha outra pasta e tente novamente.</translation>
    </message>
</context>
<context>
    <name>es::Validation</name>
    <message>
        <source>The filter has no property. Choose the property to filter on, or remove the filter.</source>
        <translation>O filtro não tem propriedade. Escolha a propriedade pela qual filtrar ou remova o filtro.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;. Use one of %2.</source>
        <translation>Operador desconhecido “%1”. Use um destes: %2.</translation>
    </message>
    <message>
        <source>Enter the value to compare with.</source>
        <translation>Digite o valor a comparar.</translation>
    </message>
    <message>
        <source>%1 takes one value in &quot;value&quot;, not a list in &quot;values&quot;; use IN for a list.</source>
        <translation>%1 aceita um valor em &quot;value&quot;, não uma lista em &quot;values&quot;; use IN para uma lista.</translation>
    </message>
    <message>
        <source>%1 needs a value. %2</source>
        <translation>%1 precisa de um valor. %2</translation>
    </message>
    <message>
        <source>BETWEEN needs a lower bound in &quot;value&quot;. Enter the smallest value to include.</source>
        <translation>BETWEEN precisa de um limite inferior em &quot;value&quot;. Digite o menor valor a incluir.</translation>
    </message>
    <message>
        <source>BETWEEN needs an upper bound in &quot;highValue&quot;. Enter the largest value to include.</source>
        <translation>BETWEEN precisa de um limite superior em &quot;highValue&quot;. Digite o maior valor a incluir.</translation>
    </message>
    <message>
        <source>BETWEEN&apos;s lower bound %1 is greater than its upper bound %2, so nothing can match. Swap the two values.</source>
        <translation>O limite inferior %1 de BETWEEN é maior que o limite superior %2, então nada pode corresponder. Troque os dois valores.</translation>
    </message>
    <message>
        <source>%1 needs at least one value in &quot;values&quot;. Add the values to match.</source>
        <translation>%1 precisa de pelo menos um valor em &quot;values&quot;. Adicione os valores a corresponder.</translation>
    </message>
    <message>
        <source>%1 needs at least one value in &quot;values&quot;. Add the values to match (move &quot;%2&quot; into the list).</source>
        <translation>%1 precisa de pelo menos um valor em &quot;values&quot;. Adicione os valores a corresponder (mova “%2” para a lista).</translation>
    </message>
    <message>
        <source>Value %1 of the list is empty. Enter a value or remove it from the list.</source>
        <translation>O valor %1 da lista está vazio. Digite um valor ou remova-o da lista.</translation>
    </message>
    <message>
        <source>%1 takes no value; the value given is ignored. Remove it, or pick an operator that compares values (EQ, IN, ...).</source>
        <translation>%1 não aceita valor; o valor informado é ignorado. Remova-o ou escolha um operador que compare valores (EQ, IN, ...).</translation>
    </message>
    <message numerus="yes">
        <source>%n filter groups are more than the %1 allowed. Merge or remove groups, or raise the limit in the settings if your account allows more.</source>
        <translation>
            <numerusform>%n grupo de filtros excede os %1 permitidos. Junte ou remova grupos, ou aumente o limite nas configurações se sua conta permitir mais.</numerusform>
            <numerusform>%n grupos de filtros excedem os %1 permitidos. Junte ou remova grupos, ou aumente o limite nas configurações se sua conta permitir mais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter group %1 has no filters. Add a filter to it or remove the group.</source>
        <translation>O grupo de filtros %1 não tem filtros. Adicione um filtro a ele ou remova o grupo.</translation>
    </message>
    <message numerus="yes">
        <source>Filter group %1 has %n filters, more than the %2 allowed. Remove filters or split the group.</source>
        <translation>
            <numerusform>O grupo de filtros %1 tem %n filtro, mais que os %2 permitidos. Remova filtros ou divida o grupo.</numerusform>
            <numerusform>O grupo de filtros %1 tem %n filtros, mais que os %2 permitidos. Remova filtros ou divida o grupo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sort rules given, but HubSpot sorts by one property only. Keep one sort rule.</source>
        <translation>
            <numerusform>%n regra de ordenação informada, mas o HubSpot ordena por uma propriedade só. Mantenha uma regra de ordenação.</numerusform>
            <numerusform>%n regras de ordenação informadas, mas o HubSpot ordena por uma propriedade só. Mantenha uma regra de ordenação.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sort rule has no property. Choose the property to sort by, or remove the sort rule.</source>
        <translation>A regra de ordenação não tem propriedade. Escolha a propriedade pela qual ordenar ou remova a regra.</translation>
    </message>
    <message numerus="yes">
        <source>The search text has %n characters; HubSpot accepts at most %1. Shorten it.</source>
        <translation>
            <numerusform>O texto de busca tem %n caractere; o HubSpot aceita no máximo %1. Encurte-o.</numerusform>
            <numerusform>O texto de busca tem %n caracteres; o HubSpot aceita no máximo %1. Encurte-o.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export has no name. Enter a name; HubSpot shows it in the export log.</source>
        <translation>A exportação não tem nome. Digite um nome; o HubSpot o mostra no registro de exportações.</translation>
    </message>
    <message numerus="yes">
        <source>The export name has %n characters; at most %1 are allowed. Shorten it.</source>
        <translation>
            <numerusform>O nome da exportação tem %n caractere; são permitidos no máximo %1. Encurte-o.</numerusform>
            <numerusform>O nome da exportação tem %n caracteres; são permitidos no máximo %1. Encurte-o.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of HubSpot&apos;s language codes, for example EN, DE, FR or PT_BR.</source>
        <translation>Idioma desconhecido “%1”. Use um dos códigos de idioma do HubSpot, por exemplo EN, DE, FR ou PT_BR.</translation>
    </message>
    <message>
        <source>No object type is set. Choose what to export, for example CONTACT, or a custom object id such as 2-12345.</source>
        <translation>Nenhum tipo de objeto definido. Escolha o que exportar, por exemplo CONTACT, ou o ID de um objeto personalizado como 2-12345.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type HubSpot exports. Use a standard object (CONTACT, COMPANY, DEAL, ...) or its id (0-1), and custom objects by their id (2-12345), not by name.</source>
        <translation>“%1” não é um tipo de objeto que o HubSpot exporta. Use um objeto padrão (CONTACT, COMPANY, DEAL, ...) ou o ID dele (0-1), e objetos personalizados pelo ID (2-12345), não pelo nome.</translation>
    </message>
    <message>
        <source>No properties are selected. Choose at least one property to export as a column.</source>
        <translation>Nenhuma propriedade selecionada. Escolha pelo menos uma propriedade para exportar como coluna.</translation>
    </message>
    <message>
        <source>Column %1 has no property name. Choose a property or remove the column.</source>
        <translation>A coluna %1 não tem nome de propriedade. Escolha uma propriedade ou remova a coluna.</translation>
    </message>
    <message>
        <source>The property &quot;%1&quot; is listed twice. Remove the second one.</source>
        <translation>A propriedade “%1” aparece duas vezes. Remova a segunda.</translation>
    </message>
    <message numerus="yes">
        <source>%n associated object types are selected; HubSpot allows at most %1 per export. Remove some.</source>
        <translation>
            <numerusform>%n tipo de objeto associado está selecionado; o HubSpot permite no máximo %1 por exportação. Remova algum.</numerusform>
            <numerusform>%n tipos de objeto associados estão selecionados; o HubSpot permite no máximo %1 por exportação. Remova alguns.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type. Use a standard object such as COMPANY or a custom object id such as 2-12345.</source>
        <translation>“%1” não é um tipo de objeto. Use um objeto padrão como COMPANY ou o ID de um objeto personalizado como 2-12345.</translation>
    </message>
    <message>
        <source>A list export needs the list&apos;s id. Pick a list, or enter its ILS list id (digits, shown in the list&apos;s details).</source>
        <translation>Uma exportação de lista precisa do ID da lista. Escolha uma lista ou digite o ID de lista ILS (dígitos, mostrado nos detalhes da lista).</translation>
    </message>
    <message>
        <source>The list id &quot;%1&quot; must contain digits only. Enter the ILS list id, for example 1234567.</source>
        <translation>O ID de lista “%1” deve conter só dígitos. Digite o ID de lista ILS, por exemplo 1234567.</translation>
    </message>
    <message>
        <source>A list export takes its records from the list, so filters, sorts and search text are not allowed. Remove them, or export a view instead.</source>
        <translation>Uma exportação de lista pega os registros da lista, então filtros, ordenações e texto de busca não são permitidos. Remova-os ou exporte uma visualização.</translation>
    </message>
    <message>
        <source>A view export ignores the list id. Remove it, or switch to a list export.</source>
        <translation>Uma exportação de visualização ignora o ID de lista. Remova-o ou mude para uma exportação de lista.</translation>
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
        <translation>%1 O arquivo %2 também não pôde ser posto de lado: mova-o ou exclua-o você mesmo; até lá o histórico não é guardado. Seus arquivos baixados não são afetados.</translation>
    </message>
    <message>
        <source>It was moved to %1 and nothing in it was changed; the next run of a history preset starts a new, empty history. Your downloaded files are not affected.</source>
        <translation>Ele foi movido para %1 sem nenhuma alteração; a próxima execução de um modelo com histórico começa um histórico novo e vazio. Seus arquivos baixados não são afetados.</translation>
    </message>
    <message>
        <source>The disk is full: the history folder %1 has no room left, so nothing was saved in it. Free some space there, then run `export-studio-cli resume` (or start Export Studio) to save the run again.</source>
        <translation>O disco está cheio: a pasta do histórico %1 não tem espaço, então nada foi salvo nela. Libere espaço e execute `export-studio-cli resume` (ou inicie o Export Studio) para salvar a execução novamente.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (SQLite says: %2).</source>
        <translation>O arquivo de histórico %1 está danificado (o SQLite diz: %2).</translation>
    </message>
    <message>
        <source>The history file %1 could not be used: %2</source>
        <translation>Não foi possível usar o arquivo de histórico %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened: %2</source>
        <translation>Não é possível abrir o arquivo de histórico %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Export Studio (history format %2; this version knows up to %3). Update Export Studio and move the file back to use it.</source>
        <translation>O arquivo de histórico %1 foi gravado por um Export Studio mais novo (formato %2; esta versão conhece até o %3). Atualize o Export Studio e mova o arquivo de volta para usá-lo.</translation>
    </message>
    <message>
        <source>The file %1 is not an Export Studio history (it holds other tables).</source>
        <translation>O arquivo %1 não é um histórico do Export Studio (contém outras tabelas).</translation>
    </message>
    <message>
        <source>The preset has no run %1 in its history (see `export-studio-cli runs --preset NAME`).</source>
        <translation>O modelo não tem a execução %1 no histórico (veja `export-studio-cli runs --preset NAME`).</translation>
    </message>
    <message>
        <source>The preset has no history yet: run it first.</source>
        <translation>O modelo ainda não tem histórico: execute-o primeiro.</translation>
    </message>
    <message>
        <source>Record %1 in the history file %2 cannot be read.</source>
        <translation>O registro %1 do arquivo de histórico %2 não pode ser lido.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 está vazio: não tem linha de cabeçalho.</translation>
    </message>
    <message>
        <source>%1 has no record ID column (hs_object_id), so its rows cannot be kept in the history.</source>
        <translation>%1 não tem coluna de ID do registro (hs_object_id), então as linhas não podem ser guardadas no histórico.</translation>
    </message>
    <message>
        <source>Row %1 of %2 has no valid record ID (“%3”), so the run cannot be kept in the history.</source>
        <translation>A linha %1 de %2 não tem ID de registro válido (“%3”), então a execução não pode ser guardada no histórico.</translation>
    </message>
    <message>
        <source>Stopped before the run was kept; it is kept on the next start.</source>
        <translation>Interrompido antes de guardar a execução; ela será guardada na próxima inicialização.</translation>
    </message>
    <message>
        <source>There is no history file %1: run a preset that keeps a history first.</source>
        <translation>Não existe o arquivo de histórico %1: execute primeiro uma predefinição que mantenha histórico.</translation>
    </message>
    <message>
        <source>The file %1 is not an Export Studio history.</source>
        <translation>O arquivo %1 não é um histórico do Export Studio.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Export Studio (history format %2; this version knows up to %3). Update Export Studio to see it.</source>
        <translation>O arquivo de histórico %1 foi gravado por um Export Studio mais novo (formato de histórico %2; esta versão conhece até o %3). Atualize o Export Studio para vê-lo.</translation>
    </message>
</context>
<context>
    <name>es::VaultManager</name>
    <message>
        <source>This run will not be kept in the history: %1</source>
        <translation>Esta execução não será guardada no histórico: %1</translation>
    </message>
    <message>
        <source>The object&apos;s properties could not be read (no access token), so it runs in full.</source>
        <translation>Não foi possível ler as propriedades do objeto (sem token de acesso), então a execução é completa.</translation>
    </message>
    <message>
        <source>The object&apos;s properties could not be read (%1), so it runs in full.</source>
        <translation>Não foi possível ler as propriedades do objeto (%1), então a execução é completa.</translation>
    </message>
    <message>
        <source>The files of “%1” are no longer where they were saved, so this run is not kept in the history.</source>
        <translation>Os arquivos de “%1” não estão mais onde foram salvos, então esta execução não é guardada no histórico.</translation>
    </message>
</context>
<context>
    <name>es::VaultTablePreview</name>
    <message>
        <source>Record %1 in the history file %2 cannot be read.</source>
        <translation>O registro %1 do arquivo de histórico %2 não pode ser lido.</translation>
    </message>
    <message>
        <source>%1, the table after run %2</source>
        <comment>preset name, run number</comment>
        <translation>%1, a tabela após a execução %2</translation>
    </message>
</context>
<context>
    <name>es::WelcomePanel</name>
    <message>
        <source>&amp;Try it on the built-in sandbox</source>
        <translation>&amp;Experimentar no sandbox embutido</translation>
    </message>
    <message>
        <source>&amp;Add HubSpot account…</source>
        <translation>&amp;Adicionar conta do HubSpot…</translation>
    </message>
    <message>
        <source>Welcome to Export Studio</source>
        <translation>Boas-vindas ao Export Studio</translation>
    </message>
    <message>
        <source>Export contacts, companies, deals, tickets and custom objects from HubSpot as CSV or Excel files: pick the records with filters or a list, choose the columns, and save the export as a preset to run it again with one double-click.</source>
        <translation>Exporte contatos, empresas, negócios, tickets e objetos personalizados do HubSpot como arquivos CSV ou Excel: escolha os registros com filtros ou uma lista, escolha as colunas e salve a exportação como modelo para repeti-la com um clique duplo.</translation>
    </message>
    <message>
        <source>The sandbox is a pretend HubSpot portal on this computer with made-up data: try everything without an account and without touching real records.</source>
        <translation>O sandbox é um portal do HubSpot simulado neste computador, com dados inventados: experimente tudo sem conta e sem mexer em registros reais.</translation>
    </message>
    <message>
        <source>For a real portal you need a private app access token with the crm.export scope (HubSpot: Settings › Integrations › Private apps).</source>
        <translation>Para um portal real, você precisa de um token de acesso de aplicativo privado com o escopo crm.export (HubSpot: Configurações › Integrações › Aplicativos privados).</translation>
    </message>
</context>
<context>
    <name>es::WizardController</name>
    <message>
        <source>Saved the preset “%1”. Double-click it in Presets to run it again.</source>
        <translation>O modelo “%1” foi salvo. Clique duas vezes nele em Modelos para executá-lo de novo.</translation>
    </message>
</context>
<context>
    <name>es::WizardModel</name>
    <message>
        <source>%1 export %2</source>
        <translation>Exportação de %1 %2</translation>
    </message>
</context>
<context>
    <name>es::XlsTableReader</name>
    <message>
        <source>%1 is not a readable XLS workbook.</source>
        <translation>%1 não é uma pasta de trabalho XLS legível.</translation>
    </message>
    <message>
        <source>%1 holds no readable worksheet.</source>
        <translation>%1 não contém planilha legível.</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 cannot be read.</source>
        <translation>%1 está danificado: a linha %2 não pode ser lida.</translation>
    </message>
</context>
<context>
    <name>es::XlsxTableReader</name>
    <message>
        <source>%1 is damaged: its shared strings cannot be read.</source>
        <translation>%1 está danificado: as cadeias compartilhadas não podem ser lidas.</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings are not valid XML (%2).</source>
        <translation>%1 está danificado: as cadeias compartilhadas não são XML válido (%2).</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX file (the zip cannot be opened).</source>
        <translation>%1 não é um arquivo XLSX legível (o zip não pode ser aberto).</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 não contém planilha.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet cannot be read.</source>
        <translation>%1 está danificado: a planilha não pode ser lida.</translation>
    </message>
    <message>
        <source>%1 is damaged: a cell refers to a shared string that does not exist.</source>
        <translation>%1 está danificado: uma célula se refere a uma cadeia compartilhada que não existe.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet is not valid XML (%2).</source>
        <translation>%1 está danificado: a planilha não é XML válido (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export HubSpot CRM records through the Exports API.</source>
        <translation>Exporta registros do CRM do HubSpot pela API Exports.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox (made-up data).</source>
        <translation>Iniciar no sandbox embutido (dados inventados).</translation>
    </message>
    <message>
        <source>Preset files (.json) to import and open.</source>
        <translation>Arquivos de modelo (.json) a importar e abrir.</translation>
    </message>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>Start a separate instance even if one is running (for testing).</source>
        <translation>Iniciar uma instância separada mesmo que uma já esteja rodando (para testes).</translation>
    </message>
    <message>
        <source>The preset file %1 could not be imported, so it was not run.</source>
        <translation>O arquivo de modelo %1 não pôde ser importado, então não foi executado.</translation>
    </message>
    <message>
        <source>There is no preset named “%1” and no such file, so nothing was run. Check the name in Presets.</source>
        <translation>Não há nenhum modelo chamado “%1” nem arquivo com esse nome, então nada foi executado. Verifique o nome em Modelos.</translation>
    </message>
    <message>
        <source>Queue the saved preset &lt;name&gt; (or import the preset file and queue it) on the current account once Export Studio is ready, as a double-click in Presets does. Repeatable. With Export Studio already running, the running window queues it.</source>
        <translation>Colocar na fila o modelo salvo &lt;name&gt; (ou importar o arquivo de modelo e colocá-lo na fila) na conta atual assim que o Export Studio estiver pronto, como faz um clique duplo em Modelos. Pode ser repetido. Com o Export Studio já em execução, a janela aberta o coloca na fila.</translation>
    </message>
    <message>
        <source>--sandbox-url needs an address such as http://127.0.0.1:8765 (what hubspot-sandbox prints as “listening on”).</source>
        <translation>--sandbox-url precisa de um endereço como http://127.0.0.1:8765 (o que o hubspot-sandbox mostra como “listening on”).</translation>
    </message>
    <message>
        <source>Use a hubspot-sandbox you started yourself at &lt;url&gt; (its own port, faults or clock) as the sandbox account instead of the built-in one. Its exports outlive Export Studio, so a restart with the same --sandbox-url carries on with them. Implies --sandbox.</source>
        <translation>Usar como conta do sandbox um hubspot-sandbox iniciado por você em &lt;url&gt; (com porta, falhas ou relógio próprios) em vez do embutido. As exportações dele sobrevivem ao Export Studio, então um reinício com a mesma --sandbox-url continua com elas. Implica --sandbox.</translation>
    </message>
</context>
</TS>
