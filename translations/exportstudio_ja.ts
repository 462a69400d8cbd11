<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>es</name>
    <message>
        <source>(no property)</source>
        <translation>（プロパティなし）</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>（演算子なし）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 and %4</source>
        <translation>%1: %2 %3～%4</translation>
    </message>
    <message>
        <source>(nothing chosen)</source>
        <translation>（未選択）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> AND </source>
        <translation> かつ </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>すべての%1</translation>
    </message>
    <message>
        <source> matching the text “%1”</source>
        <translation>（テキスト「%1」に一致）</translation>
    </message>
    <message>
        <source> where %1</source>
        <translation>、条件: %1</translation>
    </message>
    <message>
        <source> OR </source>
        <translation> または </translation>
    </message>
    <message>
        <source>, sorted by %1 %2</source>
        <translation>、並べ替え: %1 %2</translation>
    </message>
    <message>
        <source>, sorted by %1, %2</source>
        <translation>、並べ替え: %1（%2）</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>次の日</translation>
    </message>
    <message>
        <source>is</source>
        <translation>次と等しい</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>次の日以外</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>次と等しくない</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>次より前</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>次より小さい</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>次の日以前</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>次以下</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>次より後</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>次より大きい</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>次の日以降</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>次以上</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>次の範囲内</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>次のいずれか</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>次のいずれでもない</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>値あり</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>contains the word</source>
        <translation>次の語を含む</translation>
    </message>
    <message>
        <source>doesn&apos;t contain the word</source>
        <translation>次の語を含まない</translation>
    </message>
    <message>
        <source>(unsupported operator)</source>
        <translation>（未対応の演算子）</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>小さい順</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>大きい順</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>新しい順</translation>
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
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Saved. The token is in your keychain.</source>
        <translation>保存しました。トークンはキーチェーンに保管されています。</translation>
    </message>
    <message>
        <source>Saved, but the token is kept for this session only: no keychain answered. Install or unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>保存しましたが、キーチェーンが応答しないため、トークンはこのセッション中のみ保持されます。保持するには GNOME Keyring または KWallet をインストールするかロックを解除してください。</translation>
    </message>
    <message>
        <source>Removed the account and its token.</source>
        <translation>アカウントとそのトークンを削除しました。</translation>
    </message>
    <message>
        <source>There is no token for this account yet: paste the private app token, then test again.</source>
        <translation>このアカウントにはまだトークンがありません。非公開アプリのトークンを貼り付けてから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>Add the missing scopes (%1) to the private app in HubSpot (Settings › Integrations › Private apps › Scopes), then copy its token again.</source>
        <translation>HubSpot の非公開アプリに不足しているスコープ（%1）を追加し（設定 › 統合 › 非公開アプリ › スコープ）、トークンをもう一度コピーしてください。</translation>
    </message>
</context>
<context>
    <name>es::AccountsDialog</name>
    <message>
        <source>&amp;New account</source>
        <translation>新しいアカウント(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>アカウントを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>e.g. Acme Inc.</source>
        <translation>例: Acme 株式会社</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>非公開アプリのアクセストークン</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>API アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>アクセストークン(&amp;T):</translation>
    </message>
    <message>
        <source>Asking HubSpot…</source>
        <translation>HubSpot に問い合わせ中…</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1（サンドボックス）</translation>
    </message>
    <message>
        <source>A private app token with the crm.export scope (HubSpot: Settings › Integrations › Private apps). It is kept in your desktop&apos;s keychain, never in a file.</source>
        <translation>crm.export スコープを持つ非公開アプリのトークン（HubSpot: 設定 › 統合 › 非公開アプリ）。ファイルではなく、デスクトップのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>A private app token with the crm.export scope (HubSpot: Settings › Integrations › Private apps).</source>
        <translation>crm.export スコープを持つ非公開アプリのトークン（HubSpot: 設定 › 統合 › 非公開アプリ）。</translation>
    </message>
    <message>
        <source>No keychain is available: the token is kept for this session only and must be entered again after a restart. Install or unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>キーチェーンを利用できません。トークンはこのセッション中のみ保持され、再起動後に再入力が必要です。保持するには GNOME Keyring または KWallet をインストールするかロックを解除してください。</translation>
    </message>
    <message>
        <source>not needed for the sandbox</source>
        <translation>サンドボックスでは不要</translation>
    </message>
    <message>
        <source>stored — type a new token to replace it</source>
        <translation>保存済み — 置き換えるには新しいトークンを入力</translation>
    </message>
</context>
<context>
    <name>es::AppContext</name>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
</context>
<context>
    <name>es::BusyNote</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
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
        <translation>値を選択…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>es::ColumnsPage</name>
    <message>
        <source>Which columns?</source>
        <translation>どの列を出力しますか？</translation>
    </message>
    <message>
        <source>Step 3 of 5 · Tick the properties to export. The list on the right is the column order: drag or use Up and Down to change it.</source>
        <translation>ステップ 3/5 · エクスポートするプロパティにチェックを付けます。右側のリストが列の順序です。ドラッグするか「上へ」「下へ」で変更します。</translation>
    </message>
    <message>
        <source>Could not load the properties of %1: %2</source>
        <translation>%1 のプロパティを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>No account is connected, so the properties cannot be loaded.</source>
        <translation>アカウントが接続されていないため、プロパティを読み込めません。</translation>
    </message>
    <message>
        <source>Loading the properties of %1…</source>
        <translation>%1 のプロパティを読み込み中…</translation>
    </message>
</context>
<context>
    <name>es::DownloadsModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（削除済み）</translation>
    </message>
    <message>
        <source>The file is no longer there: run the export again to get it back.</source>
        <translation>ファイルはもうありません。取り戻すにはエクスポートを再実行してください。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>es::DownloadsView</name>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Filter downloads</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Downloaded files</source>
        <translation>ダウンロードしたファイル</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a file</source>
        <translation>ダブルクリックまたは Enter キーでファイルを開く</translation>
    </message>
    <message>
        <source>Finished exports appear here. Double-click a file to open it.</source>
        <translation>完了したエクスポートがここに表示されます。ファイルをダブルクリックすると開きます。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation>保存先フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>パスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>ファイルを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Run the same export again</source>
        <translation>同じエクスポートを再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Could not open the folder %1: no file manager answered. Open it yourself, the path is copied with Copy path.</source>
        <translation>フォルダー %1 を開けませんでした。ファイルマネージャーが応答しません。ご自身で開いてください。パスは「パスをコピー」でコピーできます。</translation>
    </message>
    <message>
        <source>%1 is no longer there. Run the export again to download it anew.</source>
        <translation>%1 はもうありません。もう一度ダウンロードするにはエクスポートを再実行してください。</translation>
    </message>
    <message>
        <source>No application opened %1. Install a program for this file type, or use Open containing folder.</source>
        <translation>%1 を開くアプリケーションがありません。このファイル形式用のプログラムをインストールするか、「保存先フォルダーを開く」を使ってください。</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>ファイルを削除</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>The file is moved to the trash when your desktop has one.</source>
        <translation>デスクトップにごみ箱があれば、ファイルはごみ箱に移動されます。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Could not delete %1: %2. Check that the file is not open elsewhere and that you may write to its folder.</source>
        <translation>%1 を削除できませんでした: %2。ファイルが他で開かれていないこと、フォルダーへの書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>Show only files whose name or export contains this text (Ctrl+F)</source>
        <translation>名前またはエクスポート名にこのテキストを含むファイルだけを表示（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>es::ExportWizard</name>
    <message>
        <source>New export</source>
        <translation>新しいエクスポート</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>プリセットとして保存(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>エクスポート開始(&amp;S)</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>「%1」を編集</translation>
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
        <translation>レコード</translation>
    </message>
    <message>
        <source>No particular order</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Sort by property</source>
        <translation>並べ替えるプロパティ</translation>
    </message>
    <message>
        <source>Sort direction</source>
        <translation>並べ替えの方向</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>検索テキスト</translation>
    </message>
    <message>
        <source>Optional: text HubSpot searches for in the default fields</source>
        <translation>任意: HubSpot が既定のフィールドで検索するテキスト</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>並べ替え(&amp;S):</translation>
    </message>
    <message>
        <source>Search &amp;text:</source>
        <translation>検索テキスト(&amp;T):</translation>
    </message>
    <message>
        <source>Summary of the filter</source>
        <translation>フィルターの概要</translation>
    </message>
    <message>
        <source>— or —</source>
        <translation>— または —</translation>
    </message>
    <message>
        <source>No filters: every record of %1 is exported. Add a filter to narrow it down.</source>
        <translation>フィルターなし: %1 のすべてのレコードをエクスポートします。絞り込むにはフィルターを追加してください。</translation>
    </message>
    <message>
        <source>&amp;Add a filter</source>
        <translation>フィルターを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Or…</source>
        <translation>または(&amp;O)…</translation>
    </message>
    <message>
        <source>Add a filter</source>
        <translation>フィルターを追加</translation>
    </message>
    <message>
        <source>Add an alternative group</source>
        <translation>別のグループを追加</translation>
    </message>
    <message>
        <source>Export only the records that match conditions</source>
        <translation>条件に一致するレコードだけをエクスポート</translation>
    </message>
    <message>
        <source>%1 of %2 groups — the most an export may have</source>
        <translation>グループ %1/%2 — 1 回のエクスポートの上限</translation>
    </message>
    <message>
        <source>An export takes at most %1 alternative groups. Add conditions to an existing group with “And…”, or remove a group first.</source>
        <translation>1 回のエクスポートで使える別グループは最大 %1 個です。「かつ…」で既存のグループに条件を追加するか、先にグループを削除してください。</translation>
    </message>
    <message>
        <source>%1 of %2 groups</source>
        <translation>グループ %1/%2</translation>
    </message>
    <message>
        <source>Add a group of conditions; a record matches if it matches any one group</source>
        <translation>条件グループを追加します。レコードはいずれかのグループに一致すれば対象になります</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>es::FilterGroupBox</name>
    <message>
        <source>&amp;And…</source>
        <translation>かつ(&amp;A)…</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>グループを削除</translation>
    </message>
    <message>
        <source>Add a condition that must also be true</source>
        <translation>同時に満たす条件を追加</translation>
    </message>
    <message>
        <source>Group %1 — all of these</source>
        <translation>グループ %1 — すべてに一致</translation>
    </message>
    <message>
        <source>Filter group %1</source>
        <translation>フィルターグループ %1</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>グループ %1 を削除</translation>
    </message>
    <message>
        <source>Add a filter to group %1</source>
        <translation>グループ %1 にフィルターを追加</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 of %2 filters — the most a group may have</source>
        <translation>フィルター %1/%2 — 1 グループの上限</translation>
    </message>
    <message>
        <source>A group holds at most %1 filters. Add another group with “Or…” for more conditions.</source>
        <translation>1 グループのフィルターは最大 %1 個です。条件を増やすには「または…」で別のグループを追加してください。</translation>
    </message>
    <message>
        <source>%1 of %2 filters</source>
        <translation>フィルター %1/%2</translation>
    </message>
</context>
<context>
    <name>es::FilterRow</name>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Group %1, filter %2</source>
        <translation>グループ %1、フィルター %2</translation>
    </message>
    <message>
        <source>%1, property</source>
        <translation>%1、プロパティ</translation>
    </message>
    <message>
        <source>%1, condition</source>
        <translation>%1、条件</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>このフィルターを削除</translation>
    </message>
    <message>
        <source>unsupported: %1</source>
        <translation>未対応: %1</translation>
    </message>
    <message>
        <source>%1 (unusual for this property)</source>
        <translation>%1（このプロパティには珍しい条件）</translation>
    </message>
</context>
<context>
    <name>es::FilterValueEditor</name>
    <message>
        <source>and</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>値（カンマ区切り）</translation>
    </message>
    <message>
        <source>%1, from</source>
        <translation>%1、開始</translation>
    </message>
    <message>
        <source>%1, value</source>
        <translation>%1、値</translation>
    </message>
    <message>
        <source>%1, to</source>
        <translation>%1、終了</translation>
    </message>
    <message>
        <source>%1, values</source>
        <translation>%1、値の一覧</translation>
    </message>
</context>
<context>
    <name>es::FilterValues</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>es::FiltersPage</name>
    <message>
        <source>Which records?</source>
        <translation>どのレコードを出力しますか？</translation>
    </message>
    <message>
        <source>Could not load the properties of %1: %2</source>
        <translation>%1 のプロパティを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Step 2 of 5 · %1, filtered. A record is exported when it matches any group; inside a group every condition must hold.</source>
        <translation>ステップ 2/5 · %1（絞り込み）。いずれかのグループに一致するレコードがエクスポートされます。グループ内ではすべての条件を満たす必要があります。</translation>
    </message>
    <message>
        <source>No account is connected, so the properties cannot be loaded.</source>
        <translation>アカウントが接続されていないため、プロパティを読み込めません。</translation>
    </message>
    <message>
        <source>Loading the properties of %1…</source>
        <translation>%1 のプロパティを読み込み中…</translation>
    </message>
</context>
<context>
    <name>es::ListInfoModel</name>
    <message>
        <source>Static</source>
        <translation>静的</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>List id %1</source>
        <translation>リスト ID %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
</context>
<context>
    <name>es::ListPage</name>
    <message>
        <source>Which list?</source>
        <translation>どのリストを使いますか？</translation>
    </message>
    <message>
        <source>Step 2 of 5 · The %1 in the list you choose are exported.</source>
        <translation>ステップ 2/5 · 選んだリストに含まれる%1がエクスポートされます。</translation>
    </message>
</context>
<context>
    <name>es::ListPicker</name>
    <message>
        <source>&amp;Look up</source>
        <translation>検索(&amp;L)</translation>
    </message>
    <message>
        <source>Search lists by name or id</source>
        <translation>名前または ID でリストを検索</translation>
    </message>
    <message>
        <source>Search lists</source>
        <translation>リストを検索</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>e.g. 123</source>
        <translation>例: 123</translation>
    </message>
    <message>
        <source>Legacy list id</source>
        <translation>旧リスト ID</translation>
    </message>
    <message>
        <source>Lists made before 2023 may have an old id in their link; HubSpot translates it to the list&apos;s current id.</source>
        <translation>2023 年より前に作成したリストのリンクには旧 ID が含まれることがあります。HubSpot が現在のリスト ID に変換します。</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>Or enter a le&amp;gacy list id:</source>
        <translation>または旧リスト ID を入力(&amp;G):</translation>
    </message>
    <message>
        <source>Could not load the lists: %1</source>
        <translation>リストを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No account is connected. Choose an account on the first page.</source>
        <translation>アカウントが接続されていません。最初のページでアカウントを選んでください。</translation>
    </message>
    <message>
        <source>Loading lists…</source>
        <translation>リストを読み込み中…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No account is connected, so the id cannot be looked up.</source>
        <translation>アカウントが接続されていないため、ID を検索できません。</translation>
    </message>
    <message>
        <source>Looking up legacy list %1…</source>
        <translation>旧リスト %1 を検索中…</translation>
    </message>
    <message>
        <source>⚠ HubSpot knows no list with the legacy id %1. Check the number in the list&apos;s old link.</source>
        <translation>⚠ 旧 ID %1 のリストは HubSpot にありません。リストの古いリンクにある番号を確認してください。</translation>
    </message>
    <message>
        <source>⚠ Could not look up the id: %1</source>
        <translation>⚠ ID を検索できませんでした: %1</translation>
    </message>
    <message>
        <source>Legacy id %1 is list %2 today.</source>
        <translation>旧 ID %1 は現在のリスト %2 です。</translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>リストはまだ選ばれていません。</translation>
    </message>
    <message>
        <source>Chosen: list %1</source>
        <translation>選択中: リスト %1</translation>
    </message>
    <message>
        <source>Chosen: “%1” (list %2)</source>
        <translation>選択中: 「%1」（リスト %2）</translation>
    </message>
</context>
<context>
    <name>es::MainWindow</name>
    <message>
        <source>&amp;New export…</source>
        <translation>新しいエクスポート(&amp;N)…</translation>
    </message>
    <message>
        <source>Choose what to export, step by step (Ctrl+N)</source>
        <translation>エクスポートする内容を順に選びます（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Run preset</source>
        <translation>プリセットを実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the preset selected on the left on the current account (Ctrl+Shift+R)</source>
        <translation>左で選んだプリセットを現在のアカウントで実行（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Add accounts, change tokens, test connections</source>
        <translation>アカウントの追加、トークンの変更、接続のテスト</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Use the built-in &amp;sandbox</source>
        <translation>内蔵サンドボックスを使う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import presets…</source>
        <translation>プリセットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Export Studio</source>
        <translation>Export Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>About Export Studio</source>
        <translation>Export Studio について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export Studio %1&lt;/b&gt;&lt;br&gt;Exports HubSpot CRM records through HubSpot&apos;s CRM Exports API.</source>
        <translation>&lt;b&gt;Export Studio %1&lt;/b&gt;&lt;br&gt;HubSpot の CRM Exports API を使って HubSpot CRM のレコードをエクスポートします。</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>現在のアカウント</translation>
    </message>
    <message>
        <source>SANDBOX · test data</source>
        <translation>サンドボックス · テストデータ</translation>
    </message>
    <message>
        <source>You are working on the built-in sandbox: made-up records on this computer, not a real HubSpot portal.</source>
        <translation>内蔵サンドボックスで作業中です。このコンピューター上の架空のレコードで、実際の HubSpot ポータルではありません。</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>サンドボックスモード</translation>
    </message>
    <message>
        <source>Exports left today</source>
        <translation>本日の残りエクスポート数</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>アカウント(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1（サンドボックス）</translation>
    </message>
    <message>
        <source>%1 of %2 exports left today</source>
        <translation>本日の残り %1/%2 件</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <translation> · 次の枠 %1</translation>
    </message>
    <message>
        <source>HubSpot allows %1 exports per account in any 24 hours. Exports beyond that wait in the queue until a slot frees up.</source>
        <translation>HubSpot では 1 アカウントにつき 24 時間で %1 件までエクスポートできます。それを超えるエクスポートは、枠が空くまでキューで待機します。</translation>
    </message>
    <message>
        <source>Export Studio — Sandbox</source>
        <translation>Export Studio — サンドボックス</translation>
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
        <translation>プリセット「%1」を削除しました。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>The sandbox is running with made-up data. Start with New export (Ctrl+N).</source>
        <translation>サンドボックスは架空のデータで動作中です。「新しいエクスポート」（Ctrl+N）から始めてください。</translation>
    </message>
    <message>
        <source>Select a preset on the left first, then run it (or double-click it).</source>
        <translation>まず左でプリセットを選んでから実行してください（ダブルクリックでも実行できます）。</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>サンドボックスを起動中…</translation>
    </message>
    <message>
        <source>No file manager opened %1. Open the folder yourself.</source>
        <translation>%1 を開くファイルマネージャーがありません。フォルダーをご自身で開いてください。</translation>
    </message>
    <message>
        <source>Picked up 1 export from last time where it left off.</source>
        <translation>前回のエクスポート 1 件を中断したところから再開しました。</translation>
    </message>
    <message>
        <source>Picked up %1 exports from last time where they left off.</source>
        <translation>前回のエクスポート %1 件を中断したところから再開しました。</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>アカウントなし</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>サンドボックス実行中: %1</translation>
    </message>
    <message>
        <source>Sandbox stopped: choose it again to restart it</source>
        <translation>サンドボックスは停止しました。再起動するにはもう一度選んでください</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>%1 のトークンを読み込み中…</translation>
    </message>
    <message>
        <source>No token for %1: add it in Accounts</source>
        <translation>%1 のトークンがありません。「アカウント」で追加してください</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API %1/%2 per %3 s</source>
        <translation>API %1/%2（%3 秒あたり）</translation>
    </message>
    <message>
        <source> · paused %1 s</source>
        <translation> · 一時停止 %1 秒</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 件待機中</translation>
    </message>
    <message>
        <source>Requests HubSpot still allows in the current %1-second window. Export Studio paces itself so it never runs over.</source>
        <translation>現在の %1 秒間に HubSpot がまだ受け付けるリクエスト数です。Export Studio は上限を超えないようにペースを調整します。</translation>
    </message>
    <message>
        <source>Today: %1 of %2 left.</source>
        <translation>本日: 残り %1/%2。</translation>
    </message>
    <message>
        <source>%1 running, %2 queued · if you quit, they carry on the next time you start Export Studio</source>
        <translation>実行中 %1 件、待機中 %2 件 · 終了しても、次に Export Studio を起動したときに続行されます</translation>
    </message>
    <message>
        <source>That preset no longer exists.</source>
        <translation>そのプリセットはもう存在しません。</translation>
    </message>
    <message>
        <source>Add an account (or try the sandbox) before running a preset.</source>
        <translation>プリセットを実行する前に、アカウントを追加してください（またはサンドボックスを試してください）。</translation>
    </message>
    <message>
        <source>The preset “%1” cannot run: %2 Edit it to fix this.</source>
        <translation>プリセット「%1」を実行できません: %2 編集して修正してください。</translation>
    </message>
    <message>
        <source>Saved the preset “%1”. Double-click it in Presets to run it again.</source>
        <translation>プリセット「%1」を保存しました。「プリセット」でダブルクリックすると再実行できます。</translation>
    </message>
    <message>
        <source>The settings of this export are no longer known (it was removed from Transfers). Start it again with New export, or save exports you repeat as presets.</source>
        <translation>このエクスポートの設定は残っていません（「転送」から削除されました）。「新しいエクスポート」でやり直すか、繰り返すエクスポートはプリセットとして保存してください。</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 を保存しました（%2）。</translation>
    </message>
    <message>
        <source>Saved %1 files.</source>
        <translation>%1 個のファイルを保存しました。</translation>
    </message>
    <message>
        <source>Export “%1” finished</source>
        <translation>エクスポート「%1」が完了しました</translation>
    </message>
    <message>
        <source>See Transfers for details.</source>
        <translation>詳細は「転送」を参照してください。</translation>
    </message>
    <message>
        <source>Export “%1” failed</source>
        <translation>エクスポート「%1」が失敗しました</translation>
    </message>
    <message>
        <source>Open &amp;Accounts…</source>
        <translation>アカウントを開く(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>設定を開く(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Export “%1” failed: %2</source>
        <translation>エクスポート「%1」が失敗しました: %2</translation>
    </message>
    <message>
        <source>Exports continue next time</source>
        <translation>エクスポートは次回に続行されます</translation>
    </message>
    <message>
        <source>Export Studio closed with unfinished exports. They carry on where they left off when you start it again.</source>
        <translation>Export Studio は未完了のエクスポートを残して終了しました。次に起動したときに中断したところから続行されます。</translation>
    </message>
    <message>
        <source>Export “%1” finished. %2</source>
        <translation>エクスポート「%1」が完了しました。%2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>プロキシのパスワードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the proxy password is kept only until Export Studio quits.</source>
        <translation>システムのキーチェーンを利用できないため、プロキシのパスワードは Export Studio を終了するまでしか保持されません。</translation>
    </message>
</context>
<context>
    <name>es::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Close this note (Esc)</source>
        <translation>このお知らせを閉じる（Esc）</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>お知らせを閉じる</translation>
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
        <translation>列見出しに内部名を使う(&amp;N)</translation>
    </message>
    <message>
        <source>Internal &amp;values instead of labels</source>
        <translation>ラベルの代わりに内部値を使う(&amp;V)</translation>
    </message>
    <message>
        <source>Include association &amp;labels</source>
        <translation>関連付けラベルを含める(&amp;L)</translation>
    </message>
    <message>
        <source>Show the &amp;primary name of associated records</source>
        <translation>関連レコードのプライマリー名を表示(&amp;P)</translation>
    </message>
    <message>
        <source>Include more than 1,000 associated records per row</source>
        <translation>1 行に 1,000 件を超える関連レコードを含める</translation>
    </message>
    <message>
        <source>&amp;Unzip after download</source>
        <translation>展開する(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep the zip file</source>
        <translation>zip ファイルを残す(&amp;K)</translation>
    </message>
    <message>
        <source>How should the file look?</source>
        <translation>ファイルの形式を選んでください</translation>
    </message>
    <message>
        <source>Step 4 of 5 · File format, language, name and where to save it.</source>
        <translation>ステップ 4/5 · ファイル形式、言語、名前、保存先。</translation>
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
        <translation>XLS は 1 シートあたり最大 65,535 行です。それより大きいエクスポートは、複数のファイルを zip にまとめて届きます。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>ファイルの言語</translation>
    </message>
    <message>
        <source>Export name</source>
        <translation>エクスポート名</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>ダウンロードフォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>ダウンロードフォルダーを選択</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Export name:</source>
        <translation>エクスポート名(&amp;E):</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>値:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存先(&amp;I):</translation>
    </message>
    <message>
        <source>After download:</source>
        <translation>ダウンロード後:</translation>
    </message>
    <message>
        <source>Associated objects</source>
        <translation>関連オブジェクト</translation>
    </message>
    <message>
        <source>Associated records</source>
        <translation>関連レコード</translation>
    </message>
    <message>
        <source>Add the ids of associated records as extra columns.</source>
        <translation>関連レコードの ID を追加の列として出力します。</translation>
    </message>
    <message>
        <source>Save exports in</source>
        <translation>エクスポートの保存先</translation>
    </message>
    <message>
        <source>Choose the folder the export is saved in.</source>
        <translation>エクスポートを保存するフォルダーを選びます。</translation>
    </message>
    <message>
        <source>%1 of %2 chosen — the most an export may have.</source>
        <translation>%1/%2 件選択 — 1 回のエクスポートの上限です。</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%1/%2 件選択</translation>
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
        <translation>読み込めなかったプリセットファイルがあります（変更していません）: %1</translation>
    </message>
    <message>
        <source>Imported 1 preset. Double-click it to run it.</source>
        <translation>プリセットを 1 件インポートしました。ダブルクリックで実行できます。</translation>
    </message>
    <message>
        <source>Imported %1 presets. Double-click one to run it.</source>
        <translation>プリセットを %1 件インポートしました。ダブルクリックで実行できます。</translation>
    </message>
    <message>
        <source>Saved the preset to %1. Anyone with Export Studio can import it; it holds no token.</source>
        <translation>プリセットを %1 に保存しました。Export Studio があれば誰でもインポートできます。トークンは含まれていません。</translation>
    </message>
</context>
<context>
    <name>es::PresetsModel</name>
    <message>
        <source>last run %1</source>
        <translation>前回の実行: %1</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>Double-click to run it on the current account.</source>
        <translation>ダブルクリックすると現在のアカウントで実行します。</translation>
    </message>
</context>
<context>
    <name>es::PresetsPanel</name>
    <message>
        <source>No presets yet. Save one from the export wizard&apos;s Review page, or import a preset file.</source>
        <translation>プリセットはまだありません。エクスポートウィザードの確認ページで保存するか、プリセットファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the selected preset on the current account (Enter)</source>
        <translation>選んだプリセットを現在のアカウントで実行（Enter）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前を変更(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Saved exports. Press Enter to run one.</source>
        <translation>保存したエクスポートです。Enter キーで実行します。</translation>
    </message>
    <message>
        <source>Run preset</source>
        <translation>プリセットを実行</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation>その他のプリセット操作</translation>
    </message>
    <message>
        <source>Edit, duplicate, rename, delete, import or export presets</source>
        <translation>プリセットの編集、複製、名前変更、削除、インポート、エクスポート</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>プリセットをインポート</translation>
    </message>
    <message>
        <source>Export Studio presets (*.json)</source>
        <translation>Export Studio プリセット (*.json)</translation>
    </message>
    <message>
        <source>Export preset</source>
        <translation>プリセットをエクスポート</translation>
    </message>
</context>
<context>
    <name>es::PropertyCombo</name>
    <message>
        <source>Type to search properties</source>
        <translation>入力してプロパティを検索</translation>
    </message>
    <message>
        <source>Internal name: %1</source>
        <translation>内部名: %1</translation>
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
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>es::PropertyPicker</name>
    <message>
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Search by label or internal name</source>
        <translation>ラベルまたは内部名で検索</translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation>プロパティを検索</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>すべてのプロパティ</translation>
    </message>
    <message>
        <source>Columns in export order</source>
        <translation>エクスポート順の列</translation>
    </message>
    <message>
        <source>Drag to reorder; Delete removes a column</source>
        <translation>ドラッグで並べ替え、Delete キーで列を削除</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>列を上へ移動</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>列を下へ移動</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>列を削除</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>%n 個のプロパティ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 properties match</source>
        <translation>%1/%2 個のプロパティが一致</translation>
    </message>
    <message>
        <source>C&amp;olumns in export order (%1)</source>
        <translation>エクスポート順の列 (%1)(&amp;O)</translation>
    </message>
</context>
<context>
    <name>es::PropertyTreeModel</name>
    <message>
        <source>Other properties</source>
        <translation>その他のプロパティ</translation>
    </message>
    <message>
        <source>%1 of %2 properties chosen</source>
        <translation>%1/%2 個のプロパティを選択</translation>
    </message>
    <message>
        <source>Group %1, %2 of %3 chosen</source>
        <translation>グループ %1、%2/%3 を選択</translation>
    </message>
    <message>
        <source>Internal name: %1
Type: %2</source>
        <translation>内部名: %1
種類: %2</translation>
    </message>
    <message>
        <source>%1, internal name %2</source>
        <translation>%1、内部名 %2</translation>
    </message>
    <message>
        <source>, hidden</source>
        <translation>、非表示</translation>
    </message>
    <message>
        <source>, calculated</source>
        <translation>、計算</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>計算</translation>
    </message>
</context>
<context>
    <name>es::ReviewPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Check and start</source>
        <translation>確認して開始</translation>
    </message>
    <message>
        <source>Step 5 of 5 · This is what Export Studio will ask HubSpot for.</source>
        <translation>ステップ 5/5 · Export Studio が HubSpot に送る内容です。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Request body sent to HubSpot (JSON)</source>
        <translation>HubSpot に送るリクエスト本文（JSON）</translation>
    </message>
    <message>
        <source>Copy the JSON</source>
        <translation>JSON をコピー</translation>
    </message>
    <message>
        <source>Copy the request body to the clipboard</source>
        <translation>リクエスト本文をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Request &amp;body (JSON):</source>
        <translation>リクエスト本文 (JSON)(&amp;B):</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>All %1 in list %2</source>
        <translation>リスト %2 のすべての%1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ほか %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>; with associated %1</source>
        <translation>、関連: %1</translation>
    </message>
    <message>
        <source> (unzipped, zip kept)</source>
        <translation>（展開済み、zip を保持）</translation>
    </message>
    <message>
        <source> (unzipped)</source>
        <translation>（展開済み）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>✔ No problems found. Ready to start.</source>
        <translation>✔ 問題は見つかりませんでした。開始できます。</translation>
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
        <translation>ダウンロードフォルダーが設定されていません。出力ページに戻って選んでください。</translation>
    </message>
    <message>
        <source>No account is chosen. Go back to the first page and choose one.</source>
        <translation>アカウントが選ばれていません。最初のページに戻って選んでください。</translation>
    </message>
</context>
<context>
    <name>es::SavePresetDialog</name>
    <message>
        <source>Save as preset</source>
        <translation>プリセットとして保存</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>プリセット名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Optional: what this export is for</source>
        <translation>任意: このエクスポートの用途</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
</context>
<context>
    <name>es::ScalarEditor</name>
    <message>
        <source>Number, e.g. 1500.50</source>
        <translation>数値（例: 1500.50）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Your local time; sent to HubSpot as UTC.</source>
        <translation>ローカル時刻です。HubSpot には UTC で送信されます。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>es::SelectedColumnsModel</name>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>列 %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a property of this object in this account; HubSpot will refuse the export. Remove it.</source>
        <translation>「%1」はこのアカウントのこのオブジェクトのプロパティではないため、HubSpot はエクスポートを拒否します。削除してください。</translation>
    </message>
    <message>
        <source>Column %1, %2</source>
        <translation>列 %1、%2</translation>
    </message>
</context>
<context>
    <name>es::SettingsDialog</name>
    <message>
        <source>&amp;Unpack zipped exports</source>
        <translation>zip 形式のエクスポートを展開(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep the zip file after unpacking</source>
        <translation>展開後も zip ファイルを残す(&amp;K)</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when an export finishes or fails</source>
        <translation>エクスポートの完了・失敗時にデスクトップ通知を表示(&amp;N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>ダウンロードフォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Most filter groups</source>
        <translation>フィルターグループの上限</translation>
    </message>
    <message>
        <source>Most filters per group</source>
        <translation>1 グループあたりのフィルター上限</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Takes effect the next time Export Studio starts.</source>
        <translation>次回 Export Studio を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Filter limits</source>
        <translation>フィルターの上限</translation>
    </message>
    <message>
        <source>HubSpot accepts 3 groups of 3 filters; raise these only if your portal allows more.</source>
        <translation>HubSpot が受け付けるのは 3 グループ × 3 フィルターです。ポータルがそれ以上を許可する場合にのみ増やしてください。</translation>
    </message>
    <message>
        <source>Most filter &amp;groups:</source>
        <translation>フィルターグループの上限(&amp;G):</translation>
    </message>
    <message>
        <source>Most filters &amp;per group:</source>
        <translation>1 グループあたりのフィルター上限(&amp;P):</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定を使う</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>The system&apos;s settings come from your desktop or from the http_proxy, https_proxy and no_proxy variables. The built-in sandbox is always reached directly.</source>
        <translation>システムの設定は、デスクトップまたは http_proxy、https_proxy、no_proxy 変数から取得します。内蔵サンドボックスには常に直接接続します。</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>プロキシのホスト</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシのポート</translation>
    </message>
    <message>
        <source>Only if the proxy asks you to sign in</source>
        <translation>プロキシがサインインを求める場合のみ</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>プロキシのユーザー名</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>設定ファイルではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose another proxy setting.</source>
        <translation>プロキシのホストとポートを入力するか、別のプロキシ設定を選んでください。</translation>
    </message>
</context>
<context>
    <name>es::SourcePage</name>
    <message>
        <source>&amp;Filtered records</source>
        <translation>絞り込んだレコード(&amp;F)</translation>
    </message>
    <message>
        <source>Records in a &amp;list</source>
        <translation>リストのレコード(&amp;L)</translation>
    </message>
    <message>
        <source>What do you want to export?</source>
        <translation>何をエクスポートしますか？</translation>
    </message>
    <message>
        <source>Step 1 of 5 · Choose the account, the kind of records and how to pick them.</source>
        <translation>ステップ 1/5 · アカウント、レコードの種類、選び方を指定します。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Pick records by conditions, for example “Lifecycle stage is Customer”, or take all.</source>
        <translation>条件でレコードを選びます（例:「ライフサイクルステージが顧客」）。すべてを対象にすることもできます。</translation>
    </message>
    <message>
        <source>Export the members of one of your HubSpot lists.</source>
        <translation>HubSpot のリストのメンバーをエクスポートします。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>オブジェクト(&amp;O):</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>レコード:</translation>
    </message>
    <message>
        <source>Loading custom objects…</source>
        <translation>カスタムオブジェクトを読み込み中…</translation>
    </message>
    <message>
        <source>Custom objects could not be loaded (%1). Standard objects are available.</source>
        <translation>カスタムオブジェクトを読み込めませんでした（%1）。標準オブジェクトは使えます。</translation>
    </message>
    <message>
        <source>No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>アカウントがまだ設定されていません。「アカウント」で追加するか、内蔵サンドボックスを試してください。</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1（サンドボックス）</translation>
    </message>
    <message>
        <source>⚠ No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>⚠ アカウントがまだ設定されていません。「アカウント」で追加するか、内蔵サンドボックスを試してください。</translation>
    </message>
    <message>
        <source>%1 (custom object %2)</source>
        <translation>%1（カスタムオブジェクト %2）</translation>
    </message>
</context>
<context>
    <name>es::Text</name>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>Waiting at HubSpot</source>
        <translation>HubSpot で待機中</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>展開中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>download speed, %1 is a size such as &quot;2.1 MB&quot;</extracomment>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 分前</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 分前</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 日前</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>View</source>
        <translation>ビュー</translation>
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
        <translation>待機中（%1 番目）</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <translation> · 次の枠 %1</translation>
    </message>
    <message>
        <source>Asking HubSpot to start the export…</source>
        <translation>HubSpot にエクスポートの開始を依頼中…</translation>
    </message>
    <message>
        <source>Waiting for HubSpot to begin (no percentage available)</source>
        <translation>HubSpot の開始を待機中（進捗率は不明）</translation>
    </message>
    <message>
        <source>HubSpot is building the file · %1 records</source>
        <translation>HubSpot がファイルを作成中 · %1 件</translation>
    </message>
    <message>
        <source>HubSpot is building the file (no percentage available)</source>
        <translation>HubSpot がファイルを作成中（進捗率は不明）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Unpacking · %1 of %2</source>
        <translation>展開中 · %1/%2</translation>
    </message>
    <message>
        <source>Unpacking…</source>
        <translation>展開中…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
        <translation>%1 ファイル · %2</translation>
    </message>
    <message>
        <source>Failed for an unknown reason: retry, or look at the details in the tooltip.</source>
        <translation>不明な理由で失敗しました。再試行するか、ツールチップの詳細を確認してください。</translation>
    </message>
    <message>
        <source>Canceled before it started</source>
        <translation>開始前にキャンセル</translation>
    </message>
    <message>
        <source>Canceled here; HubSpot may still finish it, nothing is downloaded</source>
        <translation>ここでキャンセルしました。HubSpot 側で完了する場合がありますが、ダウンロードはしません</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>HubSpot export id: %1</source>
        <translation>HubSpot のエクスポート ID: %1</translation>
    </message>
    <message>
        <source>HubSpot state: %1</source>
        <translation>HubSpot の状態: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>レコード: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>試行回数: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time per state: %1</source>
        <translation>状態ごとの時間: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>追加日時: %1</translation>
    </message>
    <message>
        <source>Untitled export</source>
        <translation>無題のエクスポート</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
</context>
<context>
    <name>es::TransfersPanel</name>
    <message>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the selected exports (HubSpot has no cancel: an export it already runs is only no longer downloaded)</source>
        <translation>選んだエクスポートを停止します（HubSpot にキャンセル機能はないため、実行中のエクスポートはダウンロードしないだけです）</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the selected failed or canceled exports again</source>
        <translation>選んだ失敗・キャンセル済みのエクスポートを再実行</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Start this export earlier (Ctrl+Up)</source>
        <translation>このエクスポートを先に開始（Ctrl+Up）</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Start this export later (Ctrl+Down)</source>
        <translation>このエクスポートを後で開始（Ctrl+Down）</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Show the downloaded files in the file manager</source>
        <translation>ダウンロードしたファイルをファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove finished exports from the list (the files stay)</source>
        <translation>完了したエクスポートを一覧から削除（ファイルは残ります）</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>修正(&amp;F)…</translation>
    </message>
    <message>
        <source>Transfer actions</source>
        <translation>転送の操作</translation>
    </message>
    <message>
        <source>Exports that are queued, running or finished</source>
        <translation>待機中・実行中・完了したエクスポート</translation>
    </message>
    <message>
        <source>No exports yet.
Start one with New export (Ctrl+N) or double-click a preset.</source>
        <translation>エクスポートはまだありません。
「新しいエクスポート」（Ctrl+N）で開始するか、プリセットをダブルクリックしてください。</translation>
    </message>
    <message>
        <source>Check the &amp;account…</source>
        <translation>アカウントを確認(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation>設定を開く(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>es::WelcomePanel</name>
    <message>
        <source>&amp;Try it on the built-in sandbox</source>
        <translation>内蔵サンドボックスで試す(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add HubSpot account…</source>
        <translation>HubSpot アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Welcome to Export Studio</source>
        <translation>Export Studio へようこそ</translation>
    </message>
    <message>
        <source>Export contacts, companies, deals, tickets and custom objects from HubSpot as CSV or Excel files: pick the records with filters or a list, choose the columns, and save the export as a preset to run it again with one double-click.</source>
        <translation>HubSpot のコンタクト、会社、取引、チケット、カスタムオブジェクトを CSV または Excel ファイルとしてエクスポートします。フィルターやリストでレコードを選び、列を選んで、エクスポートをプリセットとして保存すれば、ダブルクリックで再実行できます。</translation>
    </message>
    <message>
        <source>The sandbox is a pretend HubSpot portal on this computer with made-up data: try everything without an account and without touching real records.</source>
        <translation>サンドボックスは、このコンピューター上の架空のデータを使った模擬 HubSpot ポータルです。アカウントなしで、実際のレコードに触れずにすべてを試せます。</translation>
    </message>
    <message>
        <source>For a real portal you need a private app access token with the crm.export scope (HubSpot: Settings › Integrations › Private apps).</source>
        <translation>実際のポータルには、crm.export スコープを持つ非公開アプリのアクセストークンが必要です（HubSpot: 設定 › 統合 › 非公開アプリ）。</translation>
    </message>
</context>
<context>
    <name>es::WizardModel</name>
    <message>
        <source>%1 export %2</source>
        <translation>%1 エクスポート %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export HubSpot CRM records through the Exports API.</source>
        <translation>Exports API を使って HubSpot CRM のレコードをエクスポートします。</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox (made-up data).</source>
        <translation>内蔵サンドボックスで起動します（架空のデータ）。</translation>
    </message>
    <message>
        <source>Preset files (.json) to import and open.</source>
        <translation>インポートして開くプリセットファイル (.json)。</translation>
    </message>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>Start a separate instance even if one is running (for testing).</source>
        <translation>既に起動中でも別のインスタンスを起動します（テスト用）。</translation>
    </message>
</context>
</TS>
