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
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>(sem operador)</translation>
    </message>
    <message>
        <source>%1 %2</source>
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
        <translation>, </translation>
    </message>
    <message>
        <source> AND </source>
        <translation> E </translation>
    </message>
    <message>
        <source>(%1)</source>
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
        <translation>.</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>é em</translation>
    </message>
    <message>
        <source>is</source>
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
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Endereço da &amp;API:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acesso:</translation>
    </message>
    <message>
        <source>Asking HubSpot…</source>
        <translation>Consultando o HubSpot…</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
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
        <translation>, </translation>
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
</context>
<context>
    <name>es::FilterRow</name>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
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
        <translation>%1, de</translation>
    </message>
    <message>
        <source>%1, value</source>
        <translation>%1, valor</translation>
    </message>
    <message>
        <source>%1, to</source>
        <translation>%1, até</translation>
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
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
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
        <source>⚠ HubSpot knows no list with the legacy id %1. Check the number in the list&apos;s old link.</source>
        <translation>⚠ O HubSpot não conhece nenhuma lista com o ID legado %1. Confira o número no link antigo da lista.</translation>
    </message>
    <message>
        <source>⚠ Could not look up the id: %1</source>
        <translation>⚠ Não foi possível consultar o ID: %1</translation>
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
        <source>A&amp;ccount:</source>
        <translation>&amp;Conta:</translation>
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
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>%1 of %2 exports left today</source>
        <translation>Restam %1 de %2 exportações hoje</translation>
    </message>
    <message>
        <source> · next slot %1</source>
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
        <translation>O modelo “%1” foi excluído.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>The sandbox is running with made-up data. Start with New export (Ctrl+N).</source>
        <translation>O sandbox está rodando com dados inventados. Comece com Nova exportação (Ctrl+N).</translation>
    </message>
    <message>
        <source>Select a preset on the left first, then run it (or double-click it).</source>
        <translation>Selecione primeiro um modelo à esquerda e depois execute-o (ou clique duas vezes nele).</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando o sandbox…</translation>
    </message>
    <message>
        <source>No file manager opened %1. Open the folder yourself.</source>
        <translation>Nenhum gerenciador de arquivos abriu %1. Abra a pasta você mesmo.</translation>
    </message>
    <message>
        <source>Picked up 1 export from last time where it left off.</source>
        <translation>1 exportação da última vez foi retomada de onde parou.</translation>
    </message>
    <message>
        <source>Picked up %1 exports from last time where they left off.</source>
        <translation>%1 exportações da última vez foram retomadas de onde pararam.</translation>
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
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API %1/%2 per %3 s</source>
        <translation>API %1/%2 a cada %3 s</translation>
    </message>
    <message>
        <source> · paused %1 s</source>
        <translation> · pausado %1 s</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 aguardando</translation>
    </message>
    <message>
        <source>Requests HubSpot still allows in the current %1-second window. Export Studio paces itself so it never runs over.</source>
        <translation>Requisições que o HubSpot ainda permite na janela atual de %1 segundos. O Export Studio se regula para nunca passar do limite.</translation>
    </message>
    <message>
        <source>Today: %1 of %2 left.</source>
        <translation>Hoje: restam %1 de %2.</translation>
    </message>
    <message>
        <source>%1 running, %2 queued · if you quit, they carry on the next time you start Export Studio</source>
        <translation>%1 em andamento, %2 na fila · se você sair, elas continuam na próxima vez que abrir o Export Studio</translation>
    </message>
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
        <translation>O modelo “%1” não pode ser executado: %2 Edite-o para corrigir.</translation>
    </message>
    <message>
        <source>Saved the preset “%1”. Double-click it in Presets to run it again.</source>
        <translation>O modelo “%1” foi salvo. Clique duas vezes nele em Modelos para executá-lo de novo.</translation>
    </message>
    <message>
        <source>The settings of this export are no longer known (it was removed from Transfers). Start it again with New export, or save exports you repeat as presets.</source>
        <translation>As configurações desta exportação não são mais conhecidas (ela foi removida de Transferências). Inicie-a de novo com Nova exportação ou salve como modelos as exportações que você repete.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
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
        <translation>Exportação “%1” concluída. %2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>Não foi possível salvar a senha do proxy: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the proxy password is kept only until Export Studio quits.</source>
        <translation>Nenhum chaveiro do sistema disponível, então a senha do proxy só fica guardada até você sair do Export Studio.</translation>
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
    <name>es::OutputPage</name>
    <message>
        <source>Internal &amp;names as column headers</source>
        <translation>&amp;Nomes internos como cabeçalhos</translation>
    </message>
    <message>
        <source>Internal &amp;values instead of labels</source>
        <translation>&amp;Valores internos em vez de rótulos</translation>
    </message>
    <message>
        <source>Include association &amp;labels</source>
        <translation>Incluir &amp;rótulos de associação</translation>
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
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
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
        <source>Request &amp;body (JSON):</source>
        <translation>&amp;Corpo da requisição (JSON):</translation>
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
        <translation>: %1</translation>
    </message>
    <message>
        <source>, </source>
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
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>ⓘ %1</source>
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
        <source>Most filters &amp;per group:</source>
        <translation>Máximo de filtros &amp;por grupo:</translation>
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
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose another proxy setting.</source>
        <translation>Digite o host e a porta do proxy ou escolha outra configuração de proxy.</translation>
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
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>⚠ No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>⚠ Nenhuma conta configurada ainda. Adicione uma em Contas ou experimente o sandbox embutido.</translation>
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
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>es::TransferModel</name>
    <message>
        <source>Queued #%1</source>
        <translation>Na fila, nº %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source> · next slot %1</source>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Unpacking · %1 of %2</source>
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
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
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
    <name>es::WizardModel</name>
    <message>
        <source>%1 export %2</source>
        <translation>Exportação de %1 %2</translation>
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
</context>
</TS>
