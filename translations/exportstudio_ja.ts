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
        <extracomment>A condition in words: %1 the property (&quot;Lifecycle stage&quot;), %2 the comparison (&quot;is&quot;, &quot;contains&quot;), %3 the value or values. Reorder for your language.</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>（演算子なし）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A condition without a value: %1 the property, %2 the comparison (&quot;is known&quot;)</extracomment>
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
        <extracomment>Between the values of a condition such as &quot;Lifecycle stage is any of Lead, Customer&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source> AND </source>
        <extracomment>Joins the conditions of one group: a record must match them all</extracomment>
        <translation> かつ </translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>Brackets around one group of conditions when there are several groups (joined with OR)</extracomment>
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
        <extracomment>Joins the groups of conditions: a record matches if it matches any one group</extracomment>
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
        <extracomment>The full stop that ends the description of the records an export takes</extracomment>
        <translation>。</translation>
    </message>
    <message>
        <source>is on</source>
        <extracomment>Comparison of a date property with one day: &quot;Create date is on 3 March 2026&quot;</extracomment>
        <translation>次の日</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>Comparison of a property with one value: &quot;Lifecycle stage is Customer&quot;</extracomment>
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
        <translation>アカウントファイル %1 を読み込めません（%2）。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2). Add your accounts again; the damaged file is kept as %1.bak.</source>
        <translation>アカウントファイル %1 が壊れています（%2）。アカウントを追加し直してください。壊れたファイルは %1.bak として残してあります。</translation>
    </message>
    <message>
        <source>The accounts file %1 was written by a newer version of Export Studio. Update Export Studio to use it.</source>
        <translation>アカウントファイル %1 は新しいバージョンの Export Studio で書き込まれています。使用するには Export Studio を更新してください。</translation>
    </message>
    <message>
        <source>Cannot save the accounts: %1</source>
        <translation>アカウントを保存できません: %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unreadable accounts file %1 as %2. Move the file away and try again.</source>
        <translation>読み込めないアカウントファイル %1 のコピーを %2 として保存できません。ファイルを別の場所へ移動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot save the accounts to %1: %2. %3</source>
        <translation>アカウントを %1 に保存できません: %2。%3</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot;.</source>
        <translation>ID「%1」のアカウントはありません。</translation>
    </message>
    <message>
        <source>The account needs a name. Enter one, for example the company&apos;s name.</source>
        <translation>アカウントには名前が必要です。会社名などを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Use https://api.hubapi.com for HubSpot, or the sandbox&apos;s http://127.0.0.1:PORT address.</source>
        <translation>「%1」は Web アドレスではありません。HubSpot には https://api.hubapi.com を、サンドボックスには http://127.0.0.1:ポート のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>There is no account with the id &quot;%1&quot; to remove.</source>
        <translation>削除する ID「%1」のアカウントはありません。</translation>
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
    <message>
        <source>Not saved. Paste the right token, then save again.</source>
        <translation>保存していません。正しいトークンを貼り付けてから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Checking the token with HubSpot…</source>
        <translation>HubSpot でトークンを確認しています…</translation>
    </message>
    <message>
        <source>Not saved: the check was canceled.</source>
        <translation>保存していません: 確認がキャンセルされました。</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>トークンを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Storing the token in your keychain (answer its prompt if one opens)…</source>
        <translation>キーチェーンにトークンを保存しています（確認画面が開いたら応答してください）…</translation>
    </message>
    <message>
        <source>Saved, but the token is kept for this session only (see the keychain note above).</source>
        <translation>保存しましたが、トークンはこのセッションの間だけ保持されます（上のキーチェーンの注意を参照）。</translation>
    </message>
    <message>
        <source>Asking HubSpot…</source>
        <translation>HubSpot に問い合わせています…</translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation>テストをキャンセルしました。</translation>
    </message>
    <message>
        <source>HubSpot says this token has expired (EXPIRED_AUTHENTICATION): copy the private app&apos;s current token in HubSpot (Settings › Integrations › Private apps) and paste it here.</source>
        <translation>HubSpot によると、このトークンは期限切れです（EXPIRED_AUTHENTICATION）: HubSpot（設定 › 統合 › 非公開アプリ）で非公開アプリの現在のトークンをコピーし、ここに貼り付けてください。</translation>
    </message>
    <message>
        <source>HubSpot refused this token (%1): copy the private app&apos;s token again in HubSpot (Settings › Integrations › Private apps) and paste it here.</source>
        <translation>HubSpot はこのトークンを拒否しました（%1）: HubSpot（設定 › 統合 › 非公開アプリ）で非公開アプリのトークンをもう一度コピーし、ここに貼り付けてください。</translation>
    </message>
    <message>
        <source>%1 (HubSpot correlation id %2)</source>
        <extracomment>%1 is a whole message, %2 an id HubSpot support can look up</extracomment>
        <translation>%1（HubSpot 相関 ID %2）</translation>
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
        <source>&amp;API address:</source>
        <translation>API アドレス(&amp;A):</translation>
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
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>アクセストークン(&amp;K):</translation>
    </message>
    <message>
        <source>HubSpot API version</source>
        <translation>HubSpot API のバージョン</translation>
    </message>
    <message>
        <source>Newest (%1)</source>
        <extracomment>%1 is the newest version&apos;s date name, e.g. 2026-09</extracomment>
        <translation>最新 (%1)</translation>
    </message>
    <message>
        <source>v3 (legacy)</source>
        <translation>v3 (旧版)</translation>
    </message>
    <message>
        <source>HubSpot names its API versions by date and calls /crm/v3 legacy. Keep the newest unless your portal refuses it: when a portal answers “not found” for a newer version, Export Studio uses the next older one, says so and remembers it here.</source>
        <translation>HubSpot は API のバージョンを日付で呼び、/crm/v3 を旧版としています。ポータルが拒否しない限り最新のままにしてください。新しいバージョンに「見つかりません」と応答するポータルでは、Export Studio が 1 つ古いバージョンを使い、その旨を伝えてここに記憶します。</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>キャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>応答を待っています</translation>
    </message>
    <message>
        <source>Stop waiting for HubSpot&apos;s answer</source>
        <translation>HubSpot の応答を待つのをやめる</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <extracomment>What the dialog waits for (&quot;Asking HubSpot…&quot;), then the seconds waited so far</extracomment>
        <translation>%1 %2 秒</translation>
    </message>
    <message>
        <source>Save a refused token?</source>
        <translation>拒否されたトークンを保存しますか?</translation>
    </message>
    <message>
        <source>HubSpot did not accept this token for exports.</source>
        <translation>HubSpot はこのトークンをエクスポートに使うことを認めませんでした。</translation>
    </message>
    <message>
        <source>Exports with this account will fail until the token is fixed. Save it anyway?</source>
        <translation>トークンを直すまで、このアカウントでのエクスポートは失敗します。それでも保存しますか?</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>それでも保存(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>保存しない(&amp;D)</translation>
    </message>
</context>
<context>
    <name>es::ApiError</name>
    <message>
        <source>no HTTP status</source>
        <translation>HTTP ステータスなし</translation>
    </message>
    <message>
        <source>%1 (HubSpot correlation id %2)</source>
        <extracomment>%1 is a whole message, %2 an id HubSpot support can look up</extracomment>
        <translation>%1（HubSpot の相関 ID %2）</translation>
    </message>
    <message>
        <source>The request</source>
        <extracomment>The subject of &quot;%1 could not reach HubSpot&quot;, &quot;%1 timed out&quot;, &quot;%1 was canceled&quot;</extracomment>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>The request (%1)</source>
        <translation>リクエスト（%1）</translation>
    </message>
    <message>
        <source>HubSpot says: %1</source>
        <translation>HubSpot の応答: %1</translation>
    </message>
    <message>
        <source>HubSpot says the access token has expired (EXPIRED_AUTHENTICATION): sign in again or re-enter the token in Accounts.</source>
        <translation>HubSpot によるとアクセストークンの有効期限が切れています（EXPIRED_AUTHENTICATION）。もう一度サインインするか、「アカウント」でトークンを入力し直してください。</translation>
    </message>
    <message>
        <source>HubSpot refused the access token (%1): re-enter the token in Accounts.</source>
        <translation>HubSpot がアクセストークンを拒否しました（%1）。「アカウント」でトークンを入力し直してください。</translation>
    </message>
    <message>
        <source>The token lacks the %1 scope: in HubSpot, add it to the private app (OAuth: a Super Admin must grant it).</source>
        <extracomment>%1 is a scope name such as crm.export (the private app&apos;s permission)</extracomment>
        <translation>トークンにスコープ %1 がありません。HubSpot で非公開アプリに追加してください（OAuth の場合はスーパー管理者による付与が必要です）。</translation>
    </message>
    <message>
        <source>The token lacks the %1 scopes: in HubSpot, add them to the private app (OAuth: a Super Admin must grant them).</source>
        <translation>トークンにスコープ %1 がありません。HubSpot で非公開アプリに追加してください（OAuth の場合はスーパー管理者による付与が必要です）。</translation>
    </message>
    <message>
        <source>HubSpot denied access (HTTP 403).</source>
        <translation>HubSpot がアクセスを拒否しました（HTTP 403）。</translation>
    </message>
    <message>
        <source>Check that the account and token belong to the portal that owns this export.</source>
        <translation>アカウントとトークンが、このエクスポートを所有するポータルのものか確認してください。</translation>
    </message>
    <message>
        <source>HubSpot could not find what was asked for (HTTP 404).</source>
        <translation>HubSpot で要求されたものが見つかりませんでした（HTTP 404）。</translation>
    </message>
    <message>
        <source>Check the id or object type; it may have been deleted.</source>
        <translation>ID またはオブジェクトタイプを確認してください。削除された可能性があります。</translation>
    </message>
    <message>
        <source>unknown property: %1</source>
        <translation>不明なプロパティ: %1</translation>
    </message>
    <message>
        <source>HubSpot rejected the request.</source>
        <translation>HubSpot がリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>HubSpot rejected the request: %1</source>
        <translation>HubSpot がリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>Fix the request and try again.</source>
        <translation>リクエストを修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Fix these fields: %1</source>
        <translation>次のフィールドを修正してください: %1</translation>
    </message>
    <message>
        <source>Daily limit reached: HubSpot allows no more API requests (or exports) for this account today. Try again after midnight in the account&apos;s time zone, or raise the limit with HubSpot&apos;s API add-on.</source>
        <translation>1 日の上限に達しました。HubSpot ではこのアカウントで今日これ以上 API リクエスト（またはエクスポート）を行えません。アカウントのタイムゾーンで午前 0 時を過ぎてから再試行するか、HubSpot の API アドオンで上限を引き上げてください。</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was hit and it was still hit after the retries.</source>
        <translation>HubSpot のレート制限に達し、再試行後も解除されませんでした。</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was hit (%1) and it was still hit after the retries.</source>
        <translation>HubSpot のレート制限（%1）に達し、再試行後も解除されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s and try again; other apps using this account share the same limit.</source>
        <translation>
            <numerusform>%n 秒待ってから再試行してください。このアカウントを使う他のアプリも同じ制限を共有しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a few seconds and try again; other apps using this account share the same limit.</source>
        <translation>数秒待ってから再試行してください。このアカウントを使う他のアプリも同じ制限を共有しています。</translation>
    </message>
    <message>
        <source>HubSpot had a server error (HTTP %1) and it persisted after the retries.</source>
        <translation>HubSpot でサーバーエラー（HTTP %1）が発生し、再試行後も解消しませんでした。</translation>
    </message>
    <message>
        <source>Try again later; check status.hubspot.com if it lasts.</source>
        <translation>しばらくしてから再試行してください。続く場合は status.hubspot.com を確認してください。</translation>
    </message>
    <message>
        <source>HubSpot answered with a redirect (HTTP %1), which Export Studio does not follow for API calls. Check the API address in the account settings.</source>
        <translation>HubSpot がリダイレクト（HTTP %1）で応答しました。Export Studio は API 呼び出しのリダイレクトには従いません。アカウント設定の API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1).</source>
        <translation>HubSpot がリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1, %2).</source>
        <translation>HubSpot がリクエストを拒否しました（HTTP %1、%2）。</translation>
    </message>
    <message>
        <source>HubSpot answered with something that is not JSON (%1). This is usually a temporary problem at HubSpot or a proxy in between: try again later.</source>
        <extracomment>%1 is the HTTP status and what came instead, e.g. &quot;HTTP 502, an HTML page&quot;</extracomment>
        <translation>HubSpot の応答が JSON ではありませんでした（%1）。通常は HubSpot か途中のプロキシの一時的な問題です。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>%1 could not set up a secure connection to HubSpot: %2. Export Studio never ignores certificate errors; check the computer&apos;s date and time, a proxy that inspects HTTPS traffic, and the API address.</source>
        <extracomment>%1 is &quot;The request (...)&quot;, %2 the TLS library&apos;s reason</extracomment>
        <translation>%1 で HubSpot との安全な接続を確立できませんでした: %2。Export Studio は証明書エラーを無視しません。コンピューターの日付と時刻、HTTPS 通信を検査するプロキシ、API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>%1 could not reach HubSpot: %2. Check your connection/proxy and try again.</source>
        <extracomment>%1 is &quot;The request (...)&quot;, %2 the network&apos;s reason</extracomment>
        <translation>%1 で HubSpot に接続できませんでした: %2。接続やプロキシを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>%1 timed out: HubSpot did not answer in time. Check your connection/proxy and try again.</source>
        <translation>%1 がタイムアウトしました。HubSpot が時間内に応答しませんでした。接続やプロキシを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Refused to send the token: %1</source>
        <translation>トークンの送信を拒否しました: %1</translation>
    </message>
    <message>
        <source>the API address is not secure</source>
        <translation>API アドレスが安全ではありません</translation>
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation>%1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>HubSpot answered with a server error (HTTP %1)</source>
        <translation>HubSpot がサーバーエラー（HTTP %1）を返しました</translation>
    </message>
    <message>
        <source>HubSpot did not answer in time</source>
        <translation>HubSpot が時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the connection broke (%1)</source>
        <translation>接続が切れました（%1）</translation>
    </message>
    <message>
        <source>The export may or may not have started: %1 after the request was sent. It was not sent again, because a second start would use another export from the daily quota. Check HubSpot&apos;s export log (Settings &gt; Import &amp; Export) before starting it again.</source>
        <extracomment>%1 says what happened, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>エクスポートが開始されたかどうか分かりません。リクエスト送信後に次のことが起きました: %1。2 回目の開始は 1 日の割り当てをもう 1 回分使うため、再送信していません。もう一度開始する前に、HubSpot のエクスポートログ（設定 &gt; インポート＆エクスポート）を確認してください。</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>HTML ページ</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>無効な JSON</translation>
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
        <extracomment>Loading failed: the warning sign, then what went wrong in words</extracomment>
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
        <extracomment>Between the chosen values shown in the closed box, e.g. &quot;Lead, Customer&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>入力して絞り込み</translation>
    </message>
    <message>
        <source>Filter the values</source>
        <translation>値を絞り込む</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
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
    <name>es::Completeness</name>
    <message>
        <source>The records in the files could not be counted: %1</source>
        <extracomment>%1 why the downloaded files could not be counted (a sentence)</extracomment>
        <translation>ファイル内のレコードを数えられませんでした: %1</translation>
    </message>
    <message>
        <source>%1 records in the files (HubSpot did not report a count)</source>
        <extracomment>%1 the number of data rows in the downloaded files</extracomment>
        <translation>ファイル内のレコード %1 件 (HubSpot は件数を報告しませんでした)</translation>
    </message>
    <message>
        <source>%1 records, as HubSpot reported</source>
        <translation>%1 件のレコード (HubSpot の報告どおり)</translation>
    </message>
    <message>
        <source>HubSpot reported %1; the files hold %2</source>
        <extracomment>%1 HubSpot&apos;s recordCount, %2 the data rows in the downloaded files</extracomment>
        <translation>HubSpot の報告は %1 件、ファイルには %2 件</translation>
    </message>
    <message>
        <source> (counted before the start: %1)</source>
        <extracomment>Appended: %1 the records counted before the export was started</extracomment>
        <translation> (開始前のカウント: %1)</translation>
    </message>
</context>
<context>
    <name>es::CountLabel</name>
    <message>
        <source>Record count</source>
        <translation>レコード数</translation>
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
        <translation>すべてのフィルターが完成すると件数を表示します。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>件数を数えています…</translation>
    </message>
    <message>
        <source>Count unavailable: %1</source>
        <extracomment>%1 is why, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>件数を取得できません: %1</translation>
    </message>
    <message>
        <source>The list holds no %1: the export would be empty and still count as one of the day&apos;s exports.</source>
        <translation>リストに %1 がありません。エクスポートは空になりますが、1 日のエクスポート回数には数えられます。</translation>
    </message>
    <message>
        <source>No %1 match: the export would be empty and still count as one of the day&apos;s exports.</source>
        <translation>一致する %1 がありません。エクスポートは空になりますが、1 日のエクスポート回数には数えられます。</translation>
    </message>
    <message>
        <source>%1 %2 in the list will be exported</source>
        <extracomment>%1 is a number, %2 the object (&quot;2,345 contacts will be exported&quot;)</extracomment>
        <translation>リストの %2 %1 件をエクスポートします</translation>
    </message>
    <message>
        <source>%1 %2 will be exported</source>
        <translation>%2 %1 件をエクスポートします</translation>
    </message>
    <message>
        <source>≈ %1 match</source>
        <extracomment>a filter group&apos;s own count, approximate like HubSpot&apos;s search total</extracomment>
        <translation>≈ %1 件が一致</translation>
    </message>
    <message>
        <source>counting…</source>
        <comment>a filter group&apos;s count</comment>
        <translation>集計中…</translation>
    </message>
    <message numerus="yes">
        <source>About %1 in %n %2 files inside one zip (HubSpot splits at %3 rows a file)</source>
        <extracomment>%1 a size (&quot;12.5 MB&quot;), %2 the format, %3 the rows per file</extracomment>
        <translation>
            <numerusform>約 %1、1 つの zip に %2 ファイル %n 個 (HubSpot は %3 行ごとに分割)</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 in one %2 file, zipped (HubSpot zips CSV files over 2 MB)</source>
        <translation>約 %1、%2 ファイル 1 個、zip 圧縮 (HubSpot は 2 MB を超える CSV を zip にします)</translation>
    </message>
    <message>
        <source>About %1 in one %2 file</source>
        <translation>約 %1、%2 ファイル 1 個</translation>
    </message>
    <message numerus="yes">
        <source>XLS holds %1 rows a file; XLSX would arrive as %n file(s). Choose XLSX on the Output page.</source>
        <translation>
            <numerusform>XLS は 1 ファイル %1 行までです。XLSX なら %n ファイルで届きます。出力ページで XLSX を選んでください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::CsvTableReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>%1 の読み込みに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>es::DayPlanModel</name>
    <message>
        <source>Tomorrow %1</source>
        <extracomment>a planned run&apos;s start, %1 the time</extracomment>
        <translation>明日 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday time</comment>
        <extracomment>a planned run&apos;s start, %1 the weekday, %2 the time</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>After the run before it (one export at a time)</source>
        <translation>前の実行の後（エクスポートは一度に 1 件）</translation>
    </message>
    <message>
        <source>Waits for the daily export limit</source>
        <translation>1 日のエクスポート上限を待機中</translation>
    </message>
    <message>
        <source>Missed at %1: runs once now</source>
        <extracomment>%1 when the missed run was due</extracomment>
        <translation>%1 に実行されず：今 1 回実行</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>予定どおり</translation>
    </message>
    <message>
        <source>Starts</source>
        <comment>planned run</comment>
        <translation>開始</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>planned run</comment>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>es::DiffModel</name>
    <message>
        <source>added</source>
        <comment>a record in the newer run only</comment>
        <translation>追加</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a record whose values differ between the runs</comment>
        <translation>変更</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a record in the older run only</comment>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>old value → new value</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>レコード ID</translation>
    </message>
</context>
<context>
    <name>es::DiffSession</name>
    <message>
        <source>There is no comparison to export yet.</source>
        <translation>エクスポートできる比較はまだありません。</translation>
    </message>
</context>
<context>
    <name>es::DownloadTask</name>
    <message>
        <source>Could not set up a secure connection to the download server %1: %2. Export Studio never ignores certificate errors and does not retry them. If the certificate is not trusted, add the certificate authority that signed it to the system&apos;s trusted certificates (a proxy or antivirus that inspects HTTPS needs its own CA there); also check the computer&apos;s date and time. Then resume the download; the part already downloaded is kept.</source>
        <translation>ダウンロードサーバー %1 との安全な接続を確立できませんでした: %2。Export Studio は証明書エラーを無視せず、再試行もしません。証明書が信頼されていない場合は、署名した認証局をシステムの信頼済み証明書に追加してください（HTTPS を検査するプロキシやウイルス対策ソフトには、その独自の CA が必要です）。コンピューターの日付と時刻も確認してください。その後ダウンロードを再開してください。ダウンロード済みの部分は保持されます。</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not replaced. Choose another name or folder.</source>
        <translation>%1 にはすでにファイルがあるため、置き換えていません。別の名前かフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>ダウンロードをキャンセルしました。</translation>
    </message>
    <message>
        <source>The download was canceled; the part already downloaded is kept so it can be resumed.</source>
        <translation>ダウンロードをキャンセルしました。再開できるよう、ダウンロード済みの部分は保持しています。</translation>
    </message>
    <message>
        <source>the file changed on the server</source>
        <translation>サーバー上のファイルが変更されました</translation>
    </message>
    <message>
        <source>the server resumed at the wrong offset</source>
        <translation>サーバーが誤った位置から再開しました</translation>
    </message>
    <message>
        <source>The server announces %1 bytes but the export should have %2; nothing was saved. Download the export again.</source>
        <translation>サーバーは %1 バイトと通知していますが、エクスポートは %2 バイトのはずです。何も保存していません。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The export needs %1 more but the folder %2 has only %3 free. Free some space there, then resume the download.</source>
        <translation>エクスポートにはあと %1 必要ですが、フォルダー %2 の空きは %3 しかありません。空き容量を増やしてから、ダウンロードを再開してください。</translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes it announced; the download was discarded. Download the export again.</source>
        <translation>サーバーが通知した %1 バイトを超えて送信したため、ダウンロードを破棄しました。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>why a write failed</comment>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>The download link was refused (HTTP %1); it has probably expired. A fresh link is needed; the part already downloaded is kept.</source>
        <translation>ダウンロードリンクが拒否されました（HTTP %1）。期限切れの可能性があります。新しいリンクが必要です。ダウンロード済みの部分は保持しています。</translation>
    </message>
    <message>
        <source>the server refused the range</source>
        <translation>サーバーが範囲指定を拒否しました</translation>
    </message>
    <message>
        <source>The download from %1 stalled: no data for %2 s.</source>
        <translation>%1 からのダウンロードが停止しました: %2 秒間データがありません。</translation>
    </message>
    <message>
        <source>The download server %1 answered HTTP %2.</source>
        <translation>ダウンロードサーバー %1 が HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>The download server %1 answered HTTP %2; the download cannot continue.</source>
        <translation>ダウンロードサーバー %1 が HTTP %2 を返したため、ダウンロードを続行できません。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>%1 への接続に失敗しました: %2。</translation>
    </message>
    <message>
        <source>The download server %1 sent no file.</source>
        <translation>ダウンロードサーバー %1 からファイルが送られてきませんでした。</translation>
    </message>
    <message>
        <source>The connection to %1 closed after %2 of %3 bytes.</source>
        <translation>%1 への接続が %3 バイト中 %2 バイトで切れました。</translation>
    </message>
    <message>
        <source>The download link redirected more than %1 times; giving up.</source>
        <translation>ダウンロードリンクのリダイレクトが %1 回を超えたため、中止しました。</translation>
    </message>
    <message>
        <source>The download link redirected to an address that is not allowed (%1); only http and https are followed, never from https to http.</source>
        <translation>ダウンロードリンクが許可されていないアドレス（%1）にリダイレクトしました。従うのは http と https のみで、https から http へは従いません。</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>スキームなし</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempts; the part already downloaded is kept, resume later.</source>
        <extracomment>%1 is what went wrong (a whole sentence)</extracomment>
        <translation>
            <numerusform>%1 %n 回試行して中止しました。ダウンロード済みの部分は保持しているので、後で再開してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The download server %1 keeps answering inconsistently (%2); giving up.</source>
        <translation>ダウンロードサーバー %1 の応答に矛盾が続くため（%2）、中止しました。</translation>
    </message>
    <message>
        <source>The download has %1 bytes instead of %2; it was discarded. Download the export again.</source>
        <translation>ダウンロードは %2 バイトのはずが %1 バイトだったため、破棄しました。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 does not match its ETag</source>
        <translation>ファイルの SHA-256 が ETag と一致しません</translation>
    </message>
    <message>
        <source>the file&apos;s MD5 does not match its ETag</source>
        <translation>ファイルの MD5 が ETag と一致しません</translation>
    </message>
    <message>
        <source>A file already exists at %1; it was not replaced. The download is kept as %2.</source>
        <translation>%1 にはすでにファイルがあるため、置き換えていません。ダウンロードは %2 として保存しています。</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2). Free some space there or choose another folder, then resume the download.</source>
        <translation>%1 にダウンロードを書き込めません（%2）。空き容量を増やすか別のフォルダーを選んでから、ダウンロードを再開してください。</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2). Free some space there, then resume the download.</source>
        <translation>%1 にダウンロードを書き込めません (%2)。そこに空き容量を作ってから、ダウンロードを再開してください。</translation>
    </message>
    <message>
        <source>Cannot write the download in %1 (%2): the folder is read-only or you may not write there. Make it writable or choose another folder, then resume the download.</source>
        <translation>%1 にダウンロードを書き込めません (%2)。フォルダーが読み取り専用か、書き込み権限がありません。書き込み可能にするか別のフォルダーを選んでから、ダウンロードを再開してください。</translation>
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
    <message>
        <source>&amp;Filter downloads…</source>
        <translation>ダウンロードを絞り込む(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Show the file&apos;s rows in a table inside Export Studio</source>
        <translation>ファイルの行を Export Studio 内の表で表示します</translation>
    </message>
</context>
<context>
    <name>es::ExportJob</name>
    <message>
        <source>Export Studio stopped while it was asking HubSpot to start “%1”, so it cannot tell whether HubSpot started it. It was not sent again to avoid spending a second export: check the export log in HubSpot (Settings → Import &amp; Export → Exports) before you retry.</source>
        <translation>Export Studio は HubSpot に「%1」の開始を依頼している最中に停止したため、HubSpot が開始したかどうか分かりません。2 回目のエクスポートを消費しないよう再送信していません。再試行する前に HubSpot のエクスポートログ（設定 → インポート＆エクスポート → エクスポート）を確認してください。</translation>
    </message>
    <message>
        <source>Asking HubSpot for a fresh download link to resume the download</source>
        <translation>ダウンロードを再開するため、HubSpot に新しいダウンロードリンクを要求しています</translation>
    </message>
    <message>
        <source>The downloaded file of “%1” is no longer in %2, so it cannot be unpacked. Retry to download it again.</source>
        <translation>「%1」のダウンロード済みファイルが %2 にないため、展開できません。再試行してもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Export Studio could not save the job before starting it, so nothing was sent to HubSpot. Free some disk space or check the permissions of the state folder, then retry.</source>
        <translation>Export Studio は開始前にジョブを保存できなかったため、HubSpot には何も送信していません。ディスクの空き容量を増やすか状態フォルダーのアクセス権を確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>The account of this export is unknown or has no access token: add it in Accounts.</source>
        <translation>このエクスポートのアカウントが不明か、アクセストークンがありません。「アカウント」で追加してください。</translation>
    </message>
    <message>
        <source>HubSpot accepted the export but sent no task id, so it cannot be followed. Look for “%1” in HubSpot&apos;s export log.</source>
        <translation>HubSpot はエクスポートを受け付けましたが、タスク ID が送られてこなかったため追跡できません。HubSpot のエクスポートログで「%1」を探してください。</translation>
    </message>
    <message>
        <source>HubSpot says the account&apos;s daily export limit is reached.</source>
        <translation>HubSpot によると、アカウントの 1 日のエクスポート上限に達しました。</translation>
    </message>
    <message>
        <source>HubSpot did not answer (%1); trying again</source>
        <translation>HubSpot が応答しませんでした（%1）。再試行しています</translation>
    </message>
    <message>
        <source>HubSpot says “%1” is complete but gives no download link. Try again later, or download it from HubSpot&apos;s export log.</source>
        <translation>HubSpot によると「%1」は完了していますが、ダウンロードリンクがありません。しばらくしてから再試行するか、HubSpot のエクスポートログからダウンロードしてください。</translation>
    </message>
    <message>
        <source>HubSpot answered with an unknown status “%1”; still checking</source>
        <translation>HubSpot が不明なステータス「%1」を返しました。確認を続けています</translation>
    </message>
    <message>
        <source>Waiting for approval: an administrator of the HubSpot account must approve this export before it runs (PENDING_APPROVAL).</source>
        <translation>承認待ち: このエクスポートを実行するには、HubSpot アカウントの管理者による承認が必要です（PENDING_APPROVAL）。</translation>
    </message>
    <message>
        <source>HubSpot reports the export “%1” as %2. Start it again; if it keeps failing, check the export log in HubSpot.</source>
        <translation>HubSpot はエクスポート「%1」を %2 と報告しています。もう一度開始してください。失敗が続く場合は HubSpot のエクスポートログを確認してください。</translation>
    </message>
    <message>
        <source>Cannot create the download folder %1: check its permissions or choose another folder.</source>
        <translation>ダウンロードフォルダー %1 を作成できません。アクセス権を確認するか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The download link expired; asking HubSpot for a fresh one</source>
        <translation>ダウンロードリンクの有効期限が切れました。HubSpot に新しいリンクを要求しています</translation>
    </message>
    <message>
        <source>HubSpot&apos;s download links for “%1” kept expiring before the download could finish. Retry: the part already downloaded is kept.</source>
        <translation>「%1」の HubSpot のダウンロードリンクが、ダウンロード完了前に何度も期限切れになりました。再試行してください。ダウンロード済みの部分は保持されます。</translation>
    </message>
    <message>
        <source>Could not move the downloaded file into %1: %2</source>
        <translation>ダウンロードしたファイルを %1 に移動できませんでした: %2</translation>
    </message>
    <message>
        <source>Moving the file into place</source>
        <translation>ファイルを配置しています</translation>
    </message>
    <message>
        <source>The file&apos;s content was not recognised as %1; it was saved as it came.</source>
        <translation>ファイルの内容を %1 として認識できませんでした。受け取ったまま保存しました。</translation>
    </message>
    <message>
        <source>Canceled before it was sent to HubSpot: no export was spent.</source>
        <translation>HubSpot に送信する前にキャンセルしました。エクスポートは消費していません。</translation>
    </message>
    <message>
        <source>Canceled while the start request was on its way. HubSpot has no cancel endpoint; the export may still run there and counts against today&apos;s quota.</source>
        <translation>開始リクエストの送信中にキャンセルしました。HubSpot にはキャンセル用のエンドポイントがないため、エクスポートは HubSpot 側で実行される可能性があり、今日の割り当てに数えられます。</translation>
    </message>
    <message>
        <source>Stopped here. HubSpot has no cancel endpoint; the export may still finish there and counts against today&apos;s quota.</source>
        <translation>ここで停止しました。HubSpot にはキャンセル用のエンドポイントがないため、エクスポートは HubSpot 側で完了する可能性があり、今日の割り当てに数えられます。</translation>
    </message>
    <message>
        <source>Stopped here; nothing was saved. The export finished at HubSpot and counts against today&apos;s quota.</source>
        <translation>ここで停止しました。何も保存していません。エクスポートは HubSpot で完了しており、今日の割り当てに数えられます。</translation>
    </message>
    <message>
        <source>The request to start “%1” may have reached HubSpot, but its answer could not be read (%2). It was not sent again, to avoid spending a second export: check the export log in HubSpot (Settings → Import &amp; Export → Exports) before you retry.</source>
        <extracomment>%2 is what went wrong, e.g. &quot;HubSpot did not answer in time&quot;</extracomment>
        <translation>「%1」の開始リクエストは HubSpot に届いた可能性がありますが、応答を読み取れませんでした（%2）。2 回目のエクスポートを消費しないよう再送信していません。再試行する前に HubSpot のエクスポートログ（設定 → インポート＆エクスポート → エクスポート）を確認してください。</translation>
    </message>
    <message>
        <source>%1 The downloaded archive was kept as %2.</source>
        <extracomment>%1 says why unpacking failed (a whole sentence), %2 where the zip file is now</extracomment>
        <translation>%1 ダウンロードしたアーカイブは %2 として残してあります。</translation>
    </message>
    <message>
        <source>The downloaded archive could not be kept: %1</source>
        <translation>ダウンロードしたアーカイブを保持できませんでした: %1</translation>
    </message>
    <message>
        <source>Counting the records in the files</source>
        <translation>ファイル内のレコードを数えています</translation>
    </message>
</context>
<context>
    <name>es::ExportLauncher</name>
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
        <extracomment>%1 the preset&apos;s name, %2 what is wrong with it (whole sentences)</extracomment>
        <translation>プリセット「%1」を実行できません: %2 編集して修正してください。</translation>
    </message>
    <message>
        <source>The settings of this export are no longer known (it was removed from Transfers). Start it again with New export, or save exports you repeat as presets.</source>
        <translation>このエクスポートの設定は残っていません（「転送」から削除されました）。「新しいエクスポート」でやり直すか、繰り返すエクスポートはプリセットとして保存してください。</translation>
    </message>
    <message>
        <source>The preset “%1” could not start: %2</source>
        <extracomment>%1 the preset&apos;s name, %2 why (a sentence)</extracomment>
        <translation>プリセット「%1」を開始できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>es::ExportQueue</name>
    <message>
        <source>Another Export Studio process is running this job; waiting for it to finish</source>
        <translation>別の Export Studio プロセスがこのジョブを実行中です。終了を待っています</translation>
    </message>
    <message>
        <source>Waiting for another Export Studio process (the app or export-studio-cli) that is running an export for this account: HubSpot runs one at a time</source>
        <translation>このアカウントのエクスポートを実行中の別の Export Studio プロセス（アプリまたは export-studio-cli）を待っています。HubSpot は一度に 1 件ずつ実行します</translation>
    </message>
    <message>
        <source>Daily limit of %1 exports reached: next slot at %2</source>
        <translation>1 日のエクスポート上限（%1 件）に達しました。次の枠: %2</translation>
    </message>
    <message>
        <source>Waiting for “%1” to finish at HubSpot (one export at a time per account)</source>
        <translation>HubSpot で「%1」が終わるのを待っています（アカウントごとに一度に 1 件）</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) ahead in this account&apos;s queue</source>
        <translation>
            <numerusform>このアカウントのキューで前に %n 件のエクスポートがあります</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>開始を待っています</translation>
    </message>
    <message>
        <source>The account “%1” is unknown or has no access token: add it (or its token) in Accounts, then retry.</source>
        <translation>アカウント「%1」が不明か、アクセストークンがありません。「アカウント」でアカウント（またはトークン）を追加してから再試行してください。</translation>
    </message>
    <message>
        <source>Canceled before it was sent to HubSpot: no export was spent.</source>
        <translation>HubSpot に送信する前にキャンセルしました。エクスポートは消費していません。</translation>
    </message>
    <message>
        <source>Continuing the same export at HubSpot (no new export is spent)</source>
        <translation>HubSpot で同じエクスポートを続行しています（新しいエクスポートは消費しません）</translation>
    </message>
</context>
<context>
    <name>es::ExportStatus</name>
    <message>
        <source>HubSpot canceled the export without giving a reason (an administrator may have canceled it in the export log). Start it again if you still need it.</source>
        <translation>HubSpot が理由を示さずにエクスポートをキャンセルしました（管理者がエクスポートログでキャンセルした可能性があります）。まだ必要な場合は、もう一度開始してください。</translation>
    </message>
    <message>
        <source>HubSpot canceled the export: %1</source>
        <extracomment>%1: HubSpot&apos;s reasons, separated by semicolons</extracomment>
        <translation>HubSpot がエクスポートをキャンセルしました: %1</translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s): %1</source>
        <extracomment>%1: HubSpot&apos;s error messages, separated by semicolons</extracomment>
        <translation>
            <numerusform>HubSpot が %n 件のエラーを報告しました: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s) without details.</source>
        <translation>
            <numerusform>HubSpot が詳細なしで %n 件のエラーを報告しました。</numerusform>
        </translation>
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
    <message>
        <source>? &amp;Help</source>
        <translation>? ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>es::FileNaming</name>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>%1 を %2 に移動できません: %3</translation>
    </message>
    <message>
        <source>The folder %1 already holds 10000 files named like %2: choose another folder.</source>
        <translation>フォルダー %1 には %2 のような名前のファイルがすでに 10000 個あります。別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>es::FileSniffer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 starts like a zip archive but its directory cannot be read (error %2): the download may be damaged.</source>
        <translation>%1 は zip アーカイブのように始まっていますが、ディレクトリを読み込めません（エラー %2）。ダウンロードが壊れている可能性があります。</translation>
    </message>
    <message>
        <source>zip archive</source>
        <extracomment>What a downloaded file turned out to be</extracomment>
        <translation>zip アーカイブ</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>XLSX ブック</translation>
    </message>
    <message>
        <source>XLS workbook</source>
        <translation>XLS ブック</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV テキスト</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>不明なデータ</translation>
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
        <extracomment>Quotation marks around the description of the filters, in your language&apos;s style</extracomment>
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
        <extracomment>A problem with this group of conditions: the warning sign, then the problem in words</extracomment>
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
    <message>
        <source>Records matching group %1</source>
        <translation>グループ %1 に一致するレコード</translation>
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
        <extracomment>A problem with this condition: the warning sign, then the problem in words</extracomment>
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
        <extracomment>Screen reader name of the lower bound of a range: %1 the condition (&quot;Create date is between&quot;)</extracomment>
        <translation>%1、開始</translation>
    </message>
    <message>
        <source>%1, value</source>
        <extracomment>Screen reader name of a condition&apos;s value box: %1 the condition (&quot;Email contains&quot;)</extracomment>
        <translation>%1、値</translation>
    </message>
    <message>
        <source>%1, to</source>
        <extracomment>Screen reader name of the upper bound of a range: %1 the condition (&quot;Create date is between&quot;)</extracomment>
        <translation>%1、終了</translation>
    </message>
    <message>
        <source>%1, values</source>
        <extracomment>Screen reader name of the values of a condition with several values: %1 the condition (&quot;Lifecycle stage is any of&quot;)</extracomment>
        <translation>%1、値の一覧</translation>
    </message>
</context>
<context>
    <name>es::FilterValues</name>
    <message>
        <source>Yes</source>
        <extracomment>The value &quot;true&quot; of a yes/no property in a filter</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>The value &quot;false&quot; of a yes/no property in a filter</extracomment>
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
    <name>es::HeaderMap</name>
    <message>
        <source>%1 has %2 columns where the preset asks for %3, so its columns cannot be matched to properties. Was the file edited, or the preset changed after the export?</source>
        <translation>%1 には %2 列ありますが、プリセットは %3 列を求めています。そのため列をプロパティに対応付けられません。ファイルを編集したか、エクスポート後にプリセットを変更しましたか？</translation>
    </message>
    <message>
        <source>%1 has the column “%2” twice (column %3), so its columns cannot be matched to properties.</source>
        <translation>%1 には列「%2」が 2 回あります（%3 列目）。そのため列をプロパティに対応付けられません。</translation>
    </message>
</context>
<context>
    <name>es::HelpTopics</name>
    <message>
        <source>Your first export</source>
        <translation>はじめてのエクスポート</translation>
    </message>
    <message>
        <source>Filters: which records</source>
        <translation>フィルター: どのレコードか</translation>
    </message>
    <message>
        <source>Presets: run it again</source>
        <translation>プリセット: もう一度実行</translation>
    </message>
    <message>
        <source>Exporting a list</source>
        <translation>リストのエクスポート</translation>
    </message>
    <message>
        <source>Limits and the daily quota</source>
        <translation>制限と1日の上限</translation>
    </message>
    <message>
        <source>Where the files go</source>
        <translation>ファイルの保存先</translation>
    </message>
    <message>
        <source>When something goes wrong</source>
        <translation>うまくいかないとき</translation>
    </message>
</context>
<context>
    <name>es::HelpWindow</name>
    <message>
        <source>Export Studio guide</source>
        <translation>Export Studio ガイド</translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation>ガイドのトピック</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>ガイドのページ</translation>
    </message>
</context>
<context>
    <name>es::History</name>
    <message>
        <source>The history file %1 is damaged (%2); the list starts empty. Your exported files are untouched.</source>
        <translation>履歴ファイル %1 が壊れています（%2）。一覧は空の状態から始まります。エクスポート済みのファイルには影響ありません。</translation>
    </message>
    <message>
        <source>Cannot save the export history %1: %2. %3</source>
        <translation>エクスポート履歴 %1 を保存できません: %2。%3</translation>
    </message>
</context>
<context>
    <name>es::HistoryDialog</name>
    <message>
        <source>Run %1 – %2</source>
        <translation>実行 %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Export diff as CSV…</source>
        <translation>差分を CSV でエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>History – %1</source>
        <translation>履歴 – %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of run</comment>
        <translation>種類</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>full</source>
        <comment>run kind</comment>
        <translation>完全</translation>
    </message>
    <message>
        <source>incremental</source>
        <comment>run kind</comment>
        <translation>増分</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>Compare &amp;run</source>
        <translation>比較する実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <comment>compare run A with run B</comment>
        <translation>比較対象(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>This preset has no runs in its history yet.</source>
        <translation>このプリセットの履歴にはまだ実行がありません。</translation>
    </message>
    <message>
        <source>One run so far: run the preset again to see what changed.</source>
        <translation>実行はまだ 1 回です。もう一度プリセットを実行すると変更点が表示されます。</translation>
    </message>
    <message>
        <source>Run %1 → run %2: %3 added, %4 changed, %5 removed</source>
        <translation>実行 %1 → 実行 %2: 追加 %3、変更 %4、削除 %5</translation>
    </message>
    <message>
        <source>Export diff as CSV</source>
        <translation>差分を CSV でエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Comparing run %1 with run %2…</source>
        <translation>実行 %1 と実行 %2 を比較しています…</translation>
    </message>
    <message>
        <source>&amp;Preview table…</source>
        <translation>表をプレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>Shows the preset&apos;s table as it was after the selected run</source>
        <translation>選択した実行の後のプリセットの表を表示します</translation>
    </message>
</context>
<context>
    <name>es::HubSpotClient</name>
    <message>
        <source>%1 answered HTTP %2 without HubSpot&apos;s error format, so it is probably not the HubSpot API: the token was not checked. Check the API address (HubSpot&apos;s is https://api.hubapi.com) and any proxy in between.</source>
        <translation>%1 が HubSpot のエラー形式ではない HTTP %2 を返したため、HubSpot API ではない可能性があります。トークンは確認していません。API アドレス（HubSpot は https://api.hubapi.com）と途中のプロキシを確認してください。</translation>
    </message>
    <message>
        <source>the API address &quot;%1&quot; is not a valid URL; use https://api.hubapi.com</source>
        <translation>API アドレス「%1」は有効な URL ではありません。https://api.hubapi.com を使ってください</translation>
    </message>
    <message>
        <source>the API address %1 uses plain http, which would expose the token on the network; use https (plain http is allowed only for this computer: 127.0.0.1, ::1, localhost)</source>
        <translation>API アドレス %1 は暗号化されていない http を使っており、トークンがネットワーク上で漏れます。https を使ってください（暗号化なしの http はこのコンピューター（127.0.0.1、::1、localhost）にのみ許可されます）</translation>
    </message>
    <message>
        <source>the API address %1 is neither https nor http</source>
        <translation>API アドレス %1 は https でも http でもありません</translation>
    </message>
    <message>
        <source>the network manager is gone (shutting down)</source>
        <translation>ネットワークマネージャーがありません（終了処理中）</translation>
    </message>
    <message>
        <source>The id is missing</source>
        <translation>ID がありません</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にできません</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>応答が %1 MiB を超えています</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <comment>what HubSpot answered</comment>
        <translation>無効な JSON</translation>
    </message>
    <message>
        <source>redirect to %1 not followed</source>
        <translation>%1 へのリダイレクトには従いませんでした</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>別のパス</translation>
    </message>
    <message>
        <source>start export</source>
        <extracomment>Names the call in &quot;The request (%1) could not reach HubSpot&quot;; the ones below too</extracomment>
        <translation>エクスポート開始</translation>
    </message>
    <message>
        <source>the answer carries no task id</source>
        <translation>応答にタスク ID が含まれていません</translation>
    </message>
    <message>
        <source>export status of task %1</source>
        <translation>タスク %1 のエクスポート状況</translation>
    </message>
    <message>
        <source>the status answer has no &quot;status&quot;</source>
        <translation>ステータスの応答に &quot;status&quot; がありません</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>エクスポート %1</translation>
    </message>
    <message>
        <source>properties of %1</source>
        <translation>%1 のプロパティ</translation>
    </message>
    <message>
        <source>property groups of %1</source>
        <translation>%1 のプロパティグループ</translation>
    </message>
    <message>
        <source>list search</source>
        <translation>リスト検索</translation>
    </message>
    <message>
        <source>the list search did not end after %1 pages</source>
        <translation>リスト検索が %1 ページを過ぎても終わりませんでした</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>リスト %1</translation>
    </message>
    <message>
        <source>the answer describes no list</source>
        <translation>応答にリストの情報がありません</translation>
    </message>
    <message>
        <source>list id of legacy list %1</source>
        <translation>旧リスト %1 のリスト ID</translation>
    </message>
    <message>
        <source>the answer has no listId</source>
        <translation>応答に listId がありません</translation>
    </message>
    <message>
        <source>custom object schemas</source>
        <translation>カスタムオブジェクトのスキーマ</translation>
    </message>
    <message>
        <source>the owners paging does not advance</source>
        <translation>所有者のページ送りが進みません</translation>
    </message>
    <message>
        <source>pipelines of %1</source>
        <translation>%1 のパイプライン</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Connected: HubSpot accepted the token and it may export.</source>
        <translation>接続しました。HubSpot がトークンを受け付け、エクスポートが可能です。</translation>
    </message>
    <message>
        <source>HubSpot accepted the token, but it cannot export. %1</source>
        <extracomment>%1 says which scope is missing and how to add it</extracomment>
        <translation>HubSpot はトークンを受け付けましたが、エクスポートはできません。%1</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of the answer</source>
        <translation>応答の %2 バイト中 %1 バイトで接続が閉じられました</translation>
    </message>
    <message>
        <source>search of %1</source>
        <translation>%1 の検索</translation>
    </message>
    <message>
        <source>the search answer has no &quot;total&quot;</source>
        <translation>検索の応答に「total」がありません</translation>
    </message>
    <message>
        <source>record count</source>
        <translation>レコード数の確認</translation>
    </message>
    <message>
        <source>the list answer does not give the list&apos;s size</source>
        <translation>リストの応答にリストのサイズがありません</translation>
    </message>
</context>
<context>
    <name>es::InstanceGuard</name>
    <message>
        <source>Cannot create the folder %1, so a second start cannot be passed to this window.</source>
        <translation>フォルダー %1 を作成できないため、2 回目の起動をこのウィンドウに渡せません。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1, so a second start cannot be passed to this window.</source>
        <translation>ロックファイル %1 を作成できないため、2 回目の起動をこのウィンドウに渡せません。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (%2), so a second start cannot be passed to this window.</source>
        <translation>%1 で待ち受けできないため（%2）、2 回目の起動をこのウィンドウに渡せません。</translation>
    </message>
    <message>
        <source>There is no other running instance to pass this start to.</source>
        <translation>この起動を渡せる、実行中の別のインスタンスはありません。</translation>
    </message>
    <message>
        <source>The arguments are too long to pass to the running instance.</source>
        <translation>引数が長すぎるため、実行中のインスタンスに渡せません。</translation>
    </message>
    <message>
        <source>Export Studio is already running but does not answer. Close it (or end it if it hangs) and start again.</source>
        <translation>Export Studio はすでに実行中ですが応答しません。終了して（固まっている場合は強制終了して）から、もう一度起動してください。</translation>
    </message>
    <message>
        <source>The running instance was activated.</source>
        <translation>実行中のインスタンスをアクティブにしました。</translation>
    </message>
</context>
<context>
    <name>es::IssueText</name>
    <message>
        <source>Choose the property to filter on, or remove this filter.</source>
        <translation>絞り込むプロパティを選ぶか、このフィルターを削除してください。</translation>
    </message>
    <message>
        <source>%1: this condition is not one Export Studio knows. Choose another condition.</source>
        <translation>%1: この条件は Export Studio では使えません。別の条件を選んでください。</translation>
    </message>
    <message>
        <source>%1 %2: choose a value.</source>
        <translation>%1 %2: 値を選んでください。</translation>
    </message>
    <message>
        <source>%1 %2: enter a value.</source>
        <translation>%1 %2: 値を入力してください。</translation>
    </message>
    <message>
        <source>%1 %2: enter the smallest value to include.</source>
        <translation>%1 %2: 含める最小の値を入力してください。</translation>
    </message>
    <message>
        <source>%1 %2: enter the largest value to include.</source>
        <translation>%1 %2: 含める最大の値を入力してください。</translation>
    </message>
    <message>
        <source>%1 %2: the first date is after the second, so nothing can match. Swap them.</source>
        <translation>%1 %2: 最初の日付が 2 番目より後なので、一致するものはありません。入れ替えてください。</translation>
    </message>
    <message>
        <source>%1 %2: the first value is greater than the second, so nothing can match. Swap them.</source>
        <translation>%1 %2: 最初の値が 2 番目より大きいので、一致するものはありません。入れ替えてください。</translation>
    </message>
    <message>
        <source>%1 %2: choose at least one value.</source>
        <translation>%1 %2: 値を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>%1 %2: enter at least one value; separate values with commas.</source>
        <translation>%1 %2: 値を 1 つ以上入力してください。複数の値はカンマで区切ります。</translation>
    </message>
    <message>
        <source>%1 %2: value %3 of the list is empty. Remove the extra comma.</source>
        <translation>%1 %2: リストの %3 番目の値が空です。余分なカンマを削除してください。</translation>
    </message>
    <message>
        <source>%1 %2 takes no value; the value is ignored.</source>
        <translation>%1 %2 には値は不要です。値は無視されます。</translation>
    </message>
</context>
<context>
    <name>es::JobNotifier</name>
    <message>
        <source>Picked up 1 export from last time where it left off.</source>
        <translation>前回のエクスポート 1 件を中断したところから再開しました。</translation>
    </message>
    <message>
        <source>Picked up %1 exports from last time where they left off.</source>
        <translation>前回のエクスポート %1 件を中断したところから再開しました。</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <extracomment>%1 the file&apos;s name, %2 its size (&quot;12.4 MB&quot;)</extracomment>
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
        <extracomment>%1 the export&apos;s name, %2 why it failed</extracomment>
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
        <extracomment>%1 the export&apos;s name, %2 what was saved (&quot;Saved contacts.csv (12.4 MB).&quot;)</extracomment>
        <translation>エクスポート「%1」が完了しました。%2</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
</context>
<context>
    <name>es::JobStore</name>
    <message>
        <source>Refusing to save a job with the id “%1”.</source>
        <translation>ID「%1」のジョブは保存しません。</translation>
    </message>
    <message>
        <source>Cannot create the jobs folder %1: check its permissions.</source>
        <translation>ジョブフォルダー %1 を作成できません。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Cannot save job %1 in %2: %3. %4</source>
        <translation>ジョブ %1 を %2 に保存できません: %3。%4</translation>
    </message>
    <message>
        <source>The job file %1 is damaged and was set aside.</source>
        <translation>ジョブファイル %1 は壊れているため、別に退避しました。</translation>
    </message>
</context>
<context>
    <name>es::KeychainTokenVault</name>
    <message>
        <source>The system keychain cannot be used (%1). Export Studio keeps the token in memory for this run only, so you will have to enter it again next time. To keep it safely, install and unlock a keychain (GNOME Keyring with libsecret, or KWallet), then restart Export Studio.</source>
        <translation>システムのキーチェーンを使用できません（%1）。Export Studio は今回の実行中だけトークンをメモリに保持するため、次回はもう一度入力する必要があります。安全に保管するには、キーチェーン（libsecret 対応の GNOME Keyring または KWallet）をインストールしてロックを解除し、Export Studio を再起動してください。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <comment>why the keychain cannot be used</comment>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>%1 A token saved there earlier stays until you remove the &quot;%2&quot; entry in your keychain manager.</source>
        <extracomment>%1 is the sentence that says why the keychain cannot be used</extracomment>
        <translation>%1 以前そこに保存したトークンは、キーチェーン管理ツールで「%2」の項目を削除するまで残ります。</translation>
    </message>
    <message>
        <source>No token is stored for this account. Enter it in the account settings.</source>
        <translation>このアカウントのトークンは保存されていません。アカウント設定で入力してください。</translation>
    </message>
    <message>
        <source>The keychain&apos;s request was declined, so Export Studio keeps the token in memory for this run only. To keep it, save the account again and accept the keychain&apos;s prompt (if it asks for a password for a new keyring, choose one: that creates the keyring).</source>
        <translation>キーチェーンの要求が拒否されたため、Export Studio はこの実行の間だけトークンをメモリに保持します。保持し続けるには、アカウントをもう一度保存し、キーチェーンの確認を承認してください（新しいキーリングのパスワードを求められたら設定してください。それでキーリングが作成されます）。</translation>
    </message>
    <message>
        <source>The keychain refused to store the token: it is locked, or its prompt was declined (%1). Export Studio keeps the token in memory for this run only. To keep it, unlock the keychain (GNOME: Passwords and Keys; KDE: KWallet Manager) or accept its prompt, then save the account again.</source>
        <translation>キーチェーンがトークンの保存を拒否しました: ロックされているか、確認が拒否されました（%1）。Export Studio はこの実行の間だけトークンをメモリに保持します。保持し続けるには、キーチェーンのロックを解除するか（GNOME: パスワードと鍵、KDE: KWallet マネージャー）確認を承認してから、アカウントをもう一度保存してください。</translation>
    </message>
    <message>
        <source>access denied</source>
        <comment>why the keychain cannot be used</comment>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may still be showing a prompt, or it is not running. Export Studio keeps the token in memory for this run only. If a keychain prompt is open, answer it; otherwise install and unlock a keychain (GNOME Keyring with libsecret, or KWallet) and restart Export Studio.</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした: まだ確認画面を表示しているか、動作していません。Export Studio はこの実行の間だけトークンをメモリに保持します。キーチェーンの確認画面が開いていれば応答してください。そうでなければキーチェーン（libsecret 付きの GNOME Keyring、または KWallet）をインストールしてロックを解除し、Export Studio を再起動してください。</translation>
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
        <extracomment>The size of a list HubSpot does not report (a dash meaning &quot;unknown&quot;)</extracomment>
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
        <extracomment>A problem with the list: the warning sign, then the problem in words</extracomment>
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
    <message>
        <source>“%1” is not a legacy list id: those are digits only, like the 123 in an old link ending in /lists/123. Check what you typed.</source>
        <translation>「%1」は旧リスト ID ではありません。旧 ID は数字だけです（/lists/123 で終わる古いリンクの 123 など）。入力内容を確認してください。</translation>
    </message>
    <message>
        <source>HubSpot knows no list with the legacy id %1. Check the number in the list&apos;s old link.</source>
        <translation>HubSpot に旧 ID %1 のリストはありません。リストの古いリンクの番号を確認してください。</translation>
    </message>
    <message>
        <source>Could not look up the id: %1</source>
        <translation>ID を照会できませんでした: %1</translation>
    </message>
    <message>
        <source>⚠ This list has no records right now, so the file would be empty. Pick another list, or go on if members will be added first.</source>
        <translation>⚠ このリストには現在レコードがないため、ファイルは空になります。別のリストを選ぶか、先にメンバーが追加される場合はそのまま続けてください。</translation>
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
        <source>%1 of %2 exports left today</source>
        <extracomment>The daily quota in the toolbar: %1 exports left of %2 per 24 hours</extracomment>
        <translation>本日の残り %1/%2 件</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <extracomment>Appended to the quota: %1 when the next export slot frees up (a date or time)</extracomment>
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
        <extracomment>The window title: %1 the current HubSpot account&apos;s name</extracomment>
        <translation>Export Studio — %1</translation>
    </message>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>Open &amp;downloads folder</source>
        <translation>ダウンロードフォルダーを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Show the folder exports are saved to in the file manager</source>
        <translation>エクスポートの保存先フォルダーをファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>The next slot frees up at %1.</source>
        <translation>次の枠は %1 に空きます。</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>アカウント(&amp;O):</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>転送(&amp;R)</translation>
    </message>
    <message>
        <source>Export Studio &amp;guide</source>
        <translation>Export Studio ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>A short guide: first export, filters, presets, lists, limits, where files go, troubleshooting</source>
        <translation>短いガイド: はじめてのエクスポート、フィルター、プリセット、リスト、制限、ファイルの保存先、トラブルシューティング</translation>
    </message>
    <message>
        <source>The token of this account failed: %1</source>
        <extracomment>Tooltip of an account in the switcher: %1 why its token failed</extracomment>
        <translation>このアカウントのトークンは失敗しました: %1</translation>
    </message>
    <message>
        <source>%1, token failed</source>
        <extracomment>Read by screen readers after the account&apos;s name</extracomment>
        <translation>%1、トークン失敗</translation>
    </message>
    <message>
        <source>Save property &amp;definitions…</source>
        <translation>プロパティ定義を保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save an object&apos;s property definitions as a CSV or Excel file (no export is spent)</source>
        <translation>オブジェクトのプロパティ定義を CSV または Excel ファイルとして保存します（エクスポートは消費しません）</translation>
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
        <source>Select a preset on the left first, then run it (or double-click it).</source>
        <translation>まず左でプリセットを選んでから実行してください（ダブルクリックでも実行できます）。</translation>
    </message>
    <message>
        <source>No file manager opened %1. Open the folder yourself.</source>
        <translation>%1 を開くファイルマネージャーがありません。フォルダーをご自身で開いてください。</translation>
    </message>
    <message>
        <source>no token is stored for it; add it in Accounts</source>
        <translation>トークンが保存されていません。アカウントで追加してください</translation>
    </message>
</context>
<context>
    <name>es::MemoryTokenVault</name>
    <message>
        <source>No token is stored for this account. Enter it in the account settings.</source>
        <translation>このアカウントのトークンは保存されていません。アカウント設定で入力してください。</translation>
    </message>
    <message>
        <source>The token is kept in memory until Export Studio quits.</source>
        <translation>トークンは Export Studio を終了するまでメモリに保持されます。</translation>
    </message>
</context>
<context>
    <name>es::MetadataCache</name>
    <message>
        <source>no HubSpot account is selected</source>
        <translation>HubSpot アカウントが選択されていません</translation>
    </message>
</context>
<context>
    <name>es::NetworkSetup</name>
    <message>
        <source>The manual proxy needs a host and a port. Enter both in the network settings, or choose the system proxy.</source>
        <translation>手動プロキシにはホストとポートが必要です。ネットワーク設定で両方を入力するか、システムのプロキシを選んでください。</translation>
    </message>
    <message>
        <source>The proxy password cannot be read here: the proxy is used without it.</source>
        <translation>ここではプロキシのパスワードを読み込めません。パスワードなしでプロキシを使用します。</translation>
    </message>
    <message>
        <source>No password is saved for the proxy user &quot;%1&quot;. Enter it in the network settings.</source>
        <translation>プロキシユーザー「%1」のパスワードは保存されていません。ネットワーク設定で入力してください。</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>プロキシのパスワードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>There is no keychain to keep it in.</source>
        <translation>保存先のキーチェーンがありません。</translation>
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
    <name>es::ObjectDescriptions</name>
    <message>
        <source>%1: a custom object of this portal. One row per record, with the properties its schema defines.</source>
        <extracomment>%1 is the custom object&apos;s plural name, e.g. &quot;Pets&quot;</extracomment>
        <translation>%1: このポータルのカスタムオブジェクト。レコードごとに1行で、スキーマが定めるプロパティが入ります。</translation>
    </message>
    <message>
        <source>The people in your CRM: one row per contact, with email, name, lifecycle stage and any other contact property.</source>
        <translation>CRM 内の人物: コンタクトごとに1行で、メール、名前、ライフサイクルステージなどのコンタクトプロパティが入ります。</translation>
    </message>
    <message>
        <source>The organisations your contacts work for: one row per company, with domain, industry, size and owner.</source>
        <translation>コンタクトが勤める組織: 会社ごとに1行で、ドメイン、業種、規模、担当者が入ります。</translation>
    </message>
    <message>
        <source>Sales opportunities: one row per deal, with amount, stage, pipeline and close date.</source>
        <translation>商談の機会: 取引ごとに1行で、金額、ステージ、パイプライン、成約日が入ります。</translation>
    </message>
    <message>
        <source>Support requests: one row per ticket, with status, priority, pipeline and owner.</source>
        <translation>サポートの依頼: チケットごとに1行で、ステータス、優先度、パイプライン、担当者が入ります。</translation>
    </message>
    <message>
        <source>Your product library: one row per product, with price, SKU and description.</source>
        <translation>製品ライブラリー: 製品ごとに1行で、価格、SKU、説明が入ります。</translation>
    </message>
    <message>
        <source>Products as sold in a deal or quote: one row per line item, with quantity, price and discount.</source>
        <translation>取引や見積もりで販売された製品: 商品項目ごとに1行で、数量、価格、割引が入ります。</translation>
    </message>
    <message>
        <source>Quotes sent to buyers: one row per quote, with amount, status and expiry date.</source>
        <translation>購入者に送った見積もり: 見積もりごとに1行で、金額、ステータス、有効期限が入ります。</translation>
    </message>
    <message>
        <source>Logged SMS, WhatsApp and LinkedIn messages: one row per message.</source>
        <translation>記録された SMS、WhatsApp、LinkedIn のメッセージ: メッセージごとに1行。</translation>
    </message>
    <message>
        <source>Answers to feedback surveys (NPS, CSAT, CES): one row per submission.</source>
        <translation>フィードバック調査（NPS、CSAT、CES）の回答: 回答ごとに1行。</translation>
    </message>
    <message>
        <source>To-dos of your team: one row per task, with subject, status, due date and owner.</source>
        <translation>チームのタスク: タスクごとに1行で、件名、ステータス、期日、担当者が入ります。</translation>
    </message>
    <message>
        <source>Notes logged on records: one row per note, with its text and time.</source>
        <translation>レコードに記録されたメモ: メモごとに1行で、本文と時刻が入ります。</translation>
    </message>
    <message>
        <source>Logged or booked meetings: one row per meeting, with title, time and outcome.</source>
        <translation>記録または予約されたミーティング: ミーティングごとに1行で、タイトル、時刻、結果が入ります。</translation>
    </message>
    <message>
        <source>Logged calls: one row per call, with direction, duration and outcome.</source>
        <translation>記録された通話: 通話ごとに1行で、方向、時間、結果が入ります。</translation>
    </message>
    <message>
        <source>Logged one-to-one emails: one row per email, with subject, sender and time.</source>
        <translation>記録された個別メール: メールごとに1行で、件名、送信者、時刻が入ります。</translation>
    </message>
    <message>
        <source>Invoices: one row per invoice, with amount, status and due date.</source>
        <translation>請求書: 請求書ごとに1行で、金額、ステータス、支払期日が入ります。</translation>
    </message>
    <message>
        <source>Prospects being qualified: one row per lead, with its stage and owner.</source>
        <translation>見極め中の見込み客: リードごとに1行で、ステージと担当者が入ります。</translation>
    </message>
    <message>
        <source>%1: one row per record.</source>
        <extracomment>%1 is the object&apos;s plural name</extracomment>
        <translation>%1: レコードごとに1行。</translation>
    </message>
</context>
<context>
    <name>es::ObjectTypes</name>
    <message>
        <source>Contact</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>商品項目</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>商品項目</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>見積もり</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>見積もり</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>コミュニケーション</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>コミュニケーション</translation>
    </message>
    <message>
        <source>Feedback submission</source>
        <translation>フィードバック送信</translation>
    </message>
    <message>
        <source>Feedback submissions</source>
        <translation>フィードバック送信</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>A logged phone call (HubSpot&apos;s &quot;Calls&quot; object)</extracomment>
        <translation>コール</translation>
    </message>
    <message>
        <source>Calls</source>
        <extracomment>Logged phone calls (HubSpot&apos;s &quot;Calls&quot; object)</extracomment>
        <translation>コール</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E メール</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E メール</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>A sales lead (HubSpot&apos;s &quot;Leads&quot; object)</extracomment>
        <translation>リード</translation>
    </message>
    <message>
        <source>Leads</source>
        <extracomment>Sales leads (HubSpot&apos;s &quot;Leads&quot; object)</extracomment>
        <translation>リード</translation>
    </message>
</context>
<context>
    <name>es::OutputPage</name>
    <message>
        <source>Internal &amp;values instead of labels</source>
        <translation>ラベルの代わりに内部値を使う(&amp;V)</translation>
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
        <extracomment>A language HubSpot writes the file in: %1 its name (&quot;German&quot;), %2 its code (&quot;DE&quot;)</extracomment>
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
    <message>
        <source>Internal na&amp;mes as column headers</source>
        <translation>列見出しに内部名を使う(&amp;M)</translation>
    </message>
    <message>
        <source>Include ass&amp;ociation labels</source>
        <translation>関連付けラベルを含める(&amp;O)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>The column preview goes on: %n how many more columns</extracomment>
        <translation>
            <numerusform>、ほか %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns (%1): %2</source>
        <extracomment>The column preview: %1 how many columns, %2 their names</extracomment>
        <translation>列（%1）: %2</translation>
    </message>
    <message>
        <source>Plus the ids of associated records: %1</source>
        <translation>さらに関連レコードの ID: %1</translation>
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
        <translation>明日 %1</translation>
    </message>
    <message>
        <source>expected to start about %1</source>
        <extracomment>A queued export&apos;s state: %1 a time (&quot;14:05&quot;, &quot;tomorrow 09:10&quot;)</extracomment>
        <translation>開始予定 %1 頃</translation>
    </message>
    <message>
        <source>today</source>
        <comment>slots free up</comment>
        <translation>今日</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>slots free up</comment>
        <translation>明日</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1 at %2</source>
        <extracomment>Quota tooltip: %n how many spent slots, %1 &quot;today&quot;/&quot;tomorrow&quot;/a date, %2 the times (&quot;14:05, 14:20 and 14:35&quot;)</extracomment>
        <translation>
            <numerusform>%1 %n 枠が空きます: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1:</source>
        <translation>
            <numerusform>%1 %n 枠が空きます:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n between %1 and %2</source>
        <extracomment>Quota tooltip, one hour: %n how many slots free up in it, %1 and %2 its start and end</extracomment>
        <translation>
            <numerusform>%1〜%2 に %n 枠</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is queued: the daily limit of exports is used up, so it cannot start today. It is expected to start %2.</source>
        <extracomment>%1 the export&apos;s name, %2 a day and time (&quot;tomorrow 09:10&quot;)</extracomment>
        <translation>「%1」はキューに入りました。1 日のエクスポート上限に達しているため、今日は開始できません。開始予定: %2。</translation>
    </message>
    <message>
        <source>“%1” is queued until an export slot frees up: expected to start about %2.</source>
        <extracomment>%1 the export&apos;s name, %2 a time (&quot;14:05&quot;)</extracomment>
        <translation>「%1」はエクスポート枠が空くまでキューで待機します。開始予定: %2 頃。</translation>
    </message>
</context>
<context>
    <name>es::PresetCodec</name>
    <message>
        <source>The field &quot;%1&quot; was removed: presets never hold tokens or other secrets. Keep the token in the account settings, and delete it from this file.</source>
        <translation>フィールド「%1」を削除しました。プリセットにはトークンなどの秘密情報を保存しません。トークンはアカウント設定で管理し、このファイルからは削除してください。</translation>
    </message>
    <message>
        <source>The preset file is not valid JSON (%1 at offset %2). It may be damaged: restore it from a copy or delete it.</source>
        <translation>プリセットファイルが有効な JSON ではありません（位置 %2 で %1）。壊れている可能性があります。コピーから復元するか削除してください。</translation>
    </message>
    <message>
        <source>The preset file does not hold a JSON object. Restore it from a copy or delete it.</source>
        <translation>プリセットファイルに JSON オブジェクトが含まれていません。コピーから復元するか削除してください。</translation>
    </message>
    <message>
        <source>The preset&apos;s schemaVersion is not a positive whole number. Set it to %1.</source>
        <translation>プリセットの schemaVersion が正の整数ではありません。%1 に設定してください。</translation>
    </message>
    <message>
        <source>This preset was saved by a newer version of Export Studio (preset format %1; this version reads up to %2). Update Export Studio to open it.</source>
        <translation>このプリセットは新しいバージョンの Export Studio で保存されています（プリセット形式 %1、このバージョンが読めるのは %2 まで）。開くには Export Studio を更新してください。</translation>
    </message>
    <message>
        <source>The preset has no name. Add a &quot;name&quot; field with a short text.</source>
        <translation>プリセットに名前がありません。短いテキストの &quot;name&quot; フィールドを追加してください。</translation>
    </message>
    <message>
        <source>The description is not text and was ignored.</source>
        <translation>説明がテキストではないため、無視しました。</translation>
    </message>
    <message>
        <source>The preset holds no export request. Save the export again from the wizard.</source>
        <translation>プリセットにエクスポートリクエストが含まれていません。ウィザードからエクスポートを保存し直してください。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored.</source>
        <translation>不明なフィールド「%1」は無視します。</translation>
    </message>
    <message>
        <source>The history&apos;s lookbackMinutes and fullEvery must be whole numbers of 0 or more; the defaults are used instead.</source>
        <translation>履歴の lookbackMinutes と fullEvery は 0 以上の整数でなければなりません。代わりに既定値を使います。</translation>
    </message>
    <message>
        <source>The history settings are not an object and were ignored: the preset keeps no history.</source>
        <translation>履歴の設定がオブジェクトではないため無視しました。このプリセットは履歴を保存しません。</translation>
    </message>
    <message>
        <source>The schedule is not an object and was ignored: the preset runs only when started.</source>
        <translation>スケジュールがオブジェクトではないため無視されました。プリセットは開始したときだけ実行されます。</translation>
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
        <translation>プリセットファイル %1 を読み込めません（%2）。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The preset file %1 was not loaded and was left as it is: %2</source>
        <translation>プリセットファイル %1 は読み込まず、そのままにしてあります: %2</translation>
    </message>
    <message>
        <source>Cannot save the preset &quot;%1&quot;: %2</source>
        <translation>プリセット「%1」を保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot save the preset &quot;%1&quot; to %2: %3. %4 The previous version of the file, if any, is unchanged.</source>
        <translation>プリセット「%1」を %2 に保存できません: %3。%4 以前のバージョンのファイルがあれば、変更されていません。</translation>
    </message>
    <message>
        <source>The preset has no name. Enter a name and save again.</source>
        <translation>プリセットに名前がありません。名前を入力して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot;. Reload the presets and try again.</source>
        <translation>ID「%1」のプリセットはありません。プリセットを再読み込みして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A preset needs a name. Enter one.</source>
        <translation>プリセットには名前が必要です。入力してください。</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>「%1」という名前のプリセットはすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to copy.</source>
        <translation>コピーする ID「%1」のプリセットはありません。</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to delete.</source>
        <translation>削除する ID「%1」のプリセットはありません。</translation>
    </message>
    <message>
        <source>Cannot delete the preset file %1: %2. Check that you may change the folder.</source>
        <translation>プリセットファイル %1 を削除できません: %2。フォルダーを変更する権限があるか確認してください。</translation>
    </message>
    <message>
        <source>There is no deleted preset to restore.</source>
        <translation>復元できる削除済みプリセットはありません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check the file name and its permissions.</source>
        <translation>%1 を開けません: %2。ファイル名とアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>%1 cannot be imported as a preset: %2</source>
        <translation>%1 をプリセットとしてインポートできません: %2</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot; to export.</source>
        <translation>エクスポートする ID「%1」のプリセットはありません。</translation>
    </message>
    <message>
        <source>There is no preset with the id &quot;%1&quot;.</source>
        <translation>ID「%1」のプリセットはありません。</translation>
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
        <extracomment>A preset for screen readers: %1 its name, %2 the export in short (&quot;Contacts · View · CSV&quot;), %3 when it last ran</extracomment>
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
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>The preset&apos;s runs and what changed between two of them</source>
        <translation>プリセットの実行履歴と、2 つの実行の間の変更点</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>スケジュール(&amp;S)…</translation>
    </message>
    <message>
        <source>Run the preset by itself every few hours, daily or weekly</source>
        <translation>プリセットを数時間ごと、毎日、または毎週自動で実行します</translation>
    </message>
</context>
<context>
    <name>es::PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>Text to look for</source>
        <translation>検索する文字列</translation>
    </message>
    <message>
        <source>i&amp;n</source>
        <comment>filter rows whose text is in this column</comment>
        <translation>対象(&amp;N)</translation>
    </message>
    <message>
        <source>Preview – %1</source>
        <translation>プレビュー – %1</translation>
    </message>
    <message>
        <source>any column</source>
        <translation>すべての列</translation>
    </message>
    <message>
        <source>Matching rows: %1 of %2</source>
        <translation>一致した行: %1 / %2</translation>
    </message>
    <message>
        <source>Searching… %1 matching rows so far</source>
        <translation>検索中… これまでに一致した行: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>行数: %1</translation>
    </message>
    <message>
        <source>Counting rows… %1 so far</source>
        <translation>行を数えています… これまでに %1</translation>
    </message>
</context>
<context>
    <name>es::PreviewModel</name>
    <message>
        <source>loading…</source>
        <comment>a row of the preview being read</comment>
        <translation>読み込み中…</translation>
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
    <name>es::PropertyDefinitionsSaver</name>
    <message>
        <source>Save property definitions</source>
        <translation>プロパティ定義を保存</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV ファイル (*.csv);;Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the property definitions of:</source>
        <translation>プロパティ定義を保存する対象:</translation>
    </message>
    <message>
        <source>Add an account (or try the sandbox) first: the property definitions come from the portal.</source>
        <translation>先にアカウントを追加してください（またはサンドボックスを試してください）。プロパティ定義はポータルから取得します。</translation>
    </message>
    <message>
        <source>%1 properties</source>
        <extracomment>%1 is an object&apos;s plural label, e.g. &quot;Contacts&quot;; the suggested file name</extracomment>
        <translation>%1 のプロパティ</translation>
    </message>
    <message>
        <source>The account has no token: add it in Accounts, then save again.</source>
        <translation>このアカウントにはトークンがありません。アカウントで追加してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Could not read the property definitions of %1: %2</source>
        <translation>%1 のプロパティ定義を読み込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n property definitions of %1 to %2.</source>
        <translation>
            <numerusform>%1 のプロパティ定義 %n 件を %2 に保存しました。</numerusform>
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
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>es::PropertyPicker</name>
    <message>
        <source>&amp;Up</source>
        <extracomment>Button: moves the selected column one place earlier in the file</extracomment>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <extracomment>Button: moves the selected column one place later in the file</extracomment>
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
        <extracomment>A problem with the chosen columns: the warning sign, then the problem in words</extracomment>
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
    <message>
        <source>Save &amp;definitions…</source>
        <translation>定義を保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save every property&apos;s definition (type, group, options, description…) as a CSV or Excel file. No export is spent.</source>
        <translation>各プロパティの定義（型、グループ、選択肢、説明など）を CSV または Excel ファイルとして保存します。エクスポートは消費しません。</translation>
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
    <name>es::QuotaLedger</name>
    <message>
        <source>The export quota file %1 is damaged (%2); it was ignored.</source>
        <translation>エクスポート割り当てファイル %1 が壊れているため（%2）、無視しました。</translation>
    </message>
    <message>
        <source>Cannot save the export quota file %1: %2. %3</source>
        <translation>エクスポート割り当てファイル %1 を保存できません: %2。%3</translation>
    </message>
</context>
<context>
    <name>es::RequestCodec</name>
    <message>
        <source>a boolean</source>
        <extracomment>A JSON value&apos;s type, completes &quot;Expected %1 but found %2&quot;</extracomment>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>A JSON value&apos;s type, completes &quot;Expected %1 but found %2&quot;: the field is absent</extracomment>
        <translation>値なし</translation>
    </message>
    <message>
        <source>Expected %1 but found %2. Write it as %1.</source>
        <extracomment>%1 and %2 are JSON types such as &quot;a string&quot; or &quot;an array&quot;</extracomment>
        <translation>%1 が必要ですが、%2 でした。%1 で記述してください。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored. Check its spelling or remove it.</source>
        <translation>不明なフィールド「%1」は無視します。綴りを確認するか、削除してください。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>文字列の配列</translation>
    </message>
    <message>
        <source>an object with propertyName and operator</source>
        <translation>propertyName と operator を持つオブジェクト</translation>
    </message>
    <message>
        <source>&quot;property&quot; was read as &quot;propertyName&quot;, the name HubSpot expects. Rename the field.</source>
        <translation>&quot;property&quot; は、HubSpot が想定する名前 &quot;propertyName&quot; として読み込みました。フィールド名を変更してください。</translation>
    </message>
    <message>
        <source>The filter has no propertyName. Add the property to filter on.</source>
        <translation>フィルターに propertyName がありません。絞り込みに使うプロパティを追加してください。</translation>
    </message>
    <message>
        <source>The filter has no operator. Add one, for example &quot;EQ&quot;.</source>
        <translation>フィルターに演算子がありません。&quot;EQ&quot; などを追加してください。</translation>
    </message>
    <message>
        <source>an array of filters</source>
        <translation>フィルターの配列</translation>
    </message>
    <message>
        <source>an object {&quot;propertyName&quot;, &quot;order&quot;: &quot;ASC&quot;|&quot;DESC&quot;} or a property name</source>
        <translation>オブジェクト {&quot;propertyName&quot;, &quot;order&quot;: &quot;ASC&quot;|&quot;DESC&quot;} またはプロパティ名</translation>
    </message>
    <message>
        <source>The sort rule has no propertyName. Add the property to sort by.</source>
        <translation>並べ替えルールに propertyName がありません。並べ替えに使うプロパティを追加してください。</translation>
    </message>
    <message>
        <source>Unknown sort order &quot;%1&quot;. Use ASC or DESC.</source>
        <translation>不明な並べ替え順「%1」です。ASC か DESC を使ってください。</translation>
    </message>
    <message>
        <source>an object with &quot;filters&quot;</source>
        <translation>&quot;filters&quot; を持つオブジェクト</translation>
    </message>
    <message>
        <source>an array of groups</source>
        <translation>グループの配列</translation>
    </message>
    <message>
        <source>Both &quot;filters&quot; and &quot;filterGroups&quot; are given; the flat filters were added as one more group (matched with OR). Move them into &quot;filterGroups&quot; to make that explicit.</source>
        <translation>&quot;filters&quot; と &quot;filterGroups&quot; の両方が指定されています。単独のフィルターはグループを 1 つ追加して入れました（OR で結合）。明示するには &quot;filterGroups&quot; に移してください。</translation>
    </message>
    <message>
        <source>an array of sort rules</source>
        <translation>並べ替えルールの配列</translation>
    </message>
    <message>
        <source>Unknown export type &quot;%1&quot;. Use VIEW to export records that match filters, or LIST to export a list.</source>
        <translation>不明なエクスポートタイプ「%1」です。フィルターに一致するレコードをエクスポートするには VIEW を、リストをエクスポートするには LIST を使ってください。</translation>
    </message>
    <message>
        <source>exportType is missing; %1 was assumed. Add &quot;exportType&quot;: &quot;%1&quot; to make it explicit.</source>
        <translation>exportType がないため、%1 とみなしました。明示するには &quot;exportType&quot;: &quot;%1&quot; を追加してください。</translation>
    </message>
    <message>
        <source>Unknown file format &quot;%1&quot;. Use CSV, XLS or XLSX.</source>
        <translation>不明なファイル形式「%1」です。CSV、XLS、XLSX のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>format is missing; CSV was assumed. Add &quot;format&quot;: &quot;CSV&quot;, &quot;XLS&quot; or &quot;XLSX&quot;.</source>
        <translation>format がないため、CSV とみなしました。&quot;format&quot;: &quot;CSV&quot;、&quot;XLS&quot;、&quot;XLSX&quot; のいずれかを追加してください。</translation>
    </message>
    <message>
        <source>language is missing; EN was assumed. Add &quot;language&quot; to choose the language of the column headers.</source>
        <translation>language がないため、EN とみなしました。列見出しの言語を選ぶには &quot;language&quot; を追加してください。</translation>
    </message>
    <message>
        <source>objectType is missing. Add the object to export, for example &quot;CONTACT&quot; or a custom object id such as &quot;2-12345&quot;.</source>
        <translation>objectType がありません。エクスポートするオブジェクトを追加してください（例: &quot;CONTACT&quot;、またはカスタムオブジェクトの ID &quot;2-12345&quot; など）。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Use NAMES (internal names as headers) and/or VALUES (raw values).</source>
        <translation>不明なオプション「%1」です。NAMES（内部名を見出しに使う）または VALUES（生の値）、あるいはその両方を使ってください。</translation>
    </message>
    <message>
        <source>a string of digits</source>
        <translation>数字の文字列</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at offset %2. Fix the syntax there (a missing comma or quote is the usual cause).</source>
        <translation>リクエストが有効な JSON ではありません: 位置 %2 で %1。その箇所の構文を修正してください（よくある原因はカンマや引用符の抜けです）。</translation>
    </message>
    <message>
        <source>The request must be a JSON object ({ ... }) with exportType, exportName, format and the other fields.</source>
        <translation>リクエストは、exportType、exportName、format などのフィールドを持つ JSON オブジェクト（{ ... }）である必要があります。</translation>
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
        <extracomment>After &quot;3 columns&quot;: the first column names, e.g. &quot;: Email, First name, Last name&quot;</extracomment>
        <translation>: %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list in the summary: column names, associated object types</extracomment>
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
        <extracomment>The file in the summary: %1 the format (CSV, XLSX, XLS), %2 the language of the file (&quot;English&quot;)</extracomment>
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
        <extracomment>Quotation marks around the name of the export, in your language&apos;s style</extracomment>
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
        <translation>ダウンロードフォルダーが設定されていません。出力ページに戻って選んでください。</translation>
    </message>
    <message>
        <source>No account is chosen. Go back to the first page and choose one.</source>
        <translation>アカウントが選ばれていません。最初のページに戻って選んでください。</translation>
    </message>
    <message>
        <source>Re&amp;quest body (JSON)</source>
        <translation>リクエスト本文 (JSON)(&amp;Q)</translation>
    </message>
    <message>
        <source>Show the request body</source>
        <translation>リクエスト本文を表示</translation>
    </message>
    <message>
        <source>Problems as the command line reports them</source>
        <translation>コマンドラインが報告する形式の問題</translation>
    </message>
    <message>
        <source>Hide the request body</source>
        <translation>リクエスト本文を隠す</translation>
    </message>
    <message>
        <source>All %1 in the list “%2” (list %3)</source>
        <translation>リスト「%2」（リスト %3）のすべての%1</translation>
    </message>
    <message>
        <source>Details, as the command line reports them:</source>
        <translation>詳細（コマンドラインの報告形式）:</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>エクスポートを開始(&amp;S)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Arrives as</source>
        <translation>届く形式</translation>
    </message>
    <message>
        <source>&amp;Start anyway</source>
        <translation>それでも開始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>es::RowCounter</name>
    <message>
        <source>Counting the rows of %1 was stopped.</source>
        <translation>%1 の行数のカウントを中止しました。</translation>
    </message>
    <message>
        <source>%1 is not a CSV, XLSX or XLS file, so its rows cannot be counted.</source>
        <translation>%1 は CSV、XLSX、XLS のいずれのファイルでもないため、行数を数えられません。</translation>
    </message>
</context>
<context>
    <name>es::RunPlanner</name>
    <message>
        <source>A full run was asked for.</source>
        <translation>完全な実行が指定されました。</translation>
    </message>
    <message>
        <source>This is the first run: it runs in full.</source>
        <translation>最初の実行なので、完全に実行します。</translation>
    </message>
    <message>
        <source>A list export cannot carry a filter, so it runs in full every time.</source>
        <translation>リストのエクスポートにはフィルターを付けられないため、毎回完全に実行します。</translation>
    </message>
    <message>
        <source>Runs in full every %1 runs to notice deleted records; this is one of them.</source>
        <translation>削除されたレコードに気付くため %1 回ごとに完全に実行します。今回がその回です。</translation>
    </message>
    <message>
        <source>No filter group may be added, so it runs in full.</source>
        <translation>フィルターグループを追加できないため、完全に実行します。</translation>
    </message>
    <message>
        <source>A filter group already has the most filters HubSpot allows (%1), so the last-modified filter cannot be added: it runs in full.</source>
        <translation>フィルターグループがすでに HubSpot の上限（%1）に達しているため、最終更新日のフィルターを追加できません。完全に実行します。</translation>
    </message>
    <message>
        <source>The record ID (hs_object_id) was added as the first column: the history matches records by it.</source>
        <translation>レコード ID（hs_object_id）を最初の列に追加しました。履歴はこの ID でレコードを照合します。</translation>
    </message>
    <message>
        <source>%1 have no last-modified property, so it runs in full.</source>
        <translation>%1 には最終更新日のプロパティがないため、完全に実行します。</translation>
    </message>
    <message>
        <source>Incremental: only records whose %1 is on or after %2 (the last run&apos;s start less %3 minutes).</source>
        <translation>増分: %1 が %2 以降のレコードのみ（前回の実行開始から %3 分前）。</translation>
    </message>
</context>
<context>
    <name>es::SandboxProcess</name>
    <message>
        <source>The built-in sandbox did not start within %1 seconds. Try again; if it keeps failing, run hubspot-sandbox in a terminal to see why.</source>
        <translation>内蔵サンドボックスが %1 秒以内に起動しませんでした。再試行してください。失敗が続く場合は、ターミナルで hubspot-sandbox を実行して原因を確認してください。</translation>
    </message>
    <message>
        <source>The built-in sandbox (hubspot-sandbox) was not found. Reinstall Export Studio, or set EXPORT_STUDIO_SANDBOX to the program&apos;s path.</source>
        <translation>内蔵サンドボックス（hubspot-sandbox）が見つかりません。Export Studio を再インストールするか、EXPORT_STUDIO_SANDBOX にプログラムのパスを設定してください。</translation>
    </message>
    <message>
        <source>The built-in sandbox answered something unexpected (“%1”). Reinstall Export Studio; the sandbox and the app must come from the same version.</source>
        <translation>内蔵サンドボックスが予期しない応答を返しました（「%1」）。Export Studio を再インストールしてください。サンドボックスとアプリは同じバージョンである必要があります。</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>クラッシュしました</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped while starting (%1). Try again, or run hubspot-sandbox in a terminal to see why.</source>
        <translation>内蔵サンドボックスが起動中に停止しました（%1）。再試行するか、ターミナルで hubspot-sandbox を実行して原因を確認してください。</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped unexpectedly. Choose the sandbox account again to restart it.</source>
        <translation>内蔵サンドボックスが予期せず停止しました。再起動するには、サンドボックスのアカウントをもう一度選んでください。</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started (%1). Check that %2 exists and may be run.</source>
        <translation>内蔵サンドボックスを起動できませんでした（%1）。%2 が存在し、実行できるか確認してください。</translation>
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
    <message>
        <source>“%1” cannot be part of a number here, so it was not typed. Use digits, a dot for decimals and a leading minus, e.g. -1500.50.</source>
        <translation>「%1」は数値に使えないため入力されませんでした。数字、小数点にはドット、先頭にマイナスを使います（例: -1500.50）。</translation>
    </message>
    <message>
        <source>That is not a number, so it was not entered. Use digits, a dot for decimals and a leading minus, e.g. -1500.50.</source>
        <translation>数値ではないため入力されませんでした。数字、小数点にはドット、先頭にマイナスを使います（例: -1500.50）。</translation>
    </message>
</context>
<context>
    <name>es::Schedule</name>
    <message>
        <source>Accepted forms: “every N h” (N from 1 to %1), “daily HH:MM”, “weekly mon,thu HH:MM” (days mon, tue, wed, thu, fri, sat, sun) and “none”.</source>
        <translation>使用できる形式: 「every N h」(N は 1〜%1)、「daily HH:MM」、「weekly mon,thu HH:MM」(曜日は mon, tue, wed, thu, fri, sat, sun)、「none」。</translation>
    </message>
    <message>
        <source>“%1”: the hours must be a whole number from 1 to %2.</source>
        <translation>「%1」: 時間は 1〜%2 の整数で指定してください。</translation>
    </message>
    <message>
        <source>“%1”: the time must be HH:MM, from 00:00 to 23:59.</source>
        <translation>「%1」: 時刻は HH:MM 形式 (00:00〜23:59) で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a weekday.</source>
        <translation>「%1」は曜日ではありません。</translation>
    </message>
    <message>
        <source>“%1”: name at least one weekday.</source>
        <translation>「%1」: 曜日を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a schedule.</source>
        <translation>「%1」はスケジュールではありません。</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>スケジュールなし</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>%n 時間ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>毎日 %1</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <comment>weekdays, time</comment>
        <translation>毎週 %1 の %2</translation>
    </message>
    <message>
        <source>The schedule is not one this version understands; the preset runs only when started. Set the schedule again.</source>
        <translation>このバージョンでは理解できないスケジュールです。プリセットは開始したときだけ実行されます。スケジュールを設定し直してください。</translation>
    </message>
</context>
<context>
    <name>es::ScheduleController</name>
    <message>
        <source>That preset no longer exists.</source>
        <translation>そのプリセットはもう存在しません。</translation>
    </message>
    <message>
        <source>“%1” runs only when you start it.</source>
        <extracomment>%1 the preset&apos;s name</extracomment>
        <translation>「%1」は開始したときだけ実行されます。</translation>
    </message>
    <message>
        <source>“%1” is scheduled: %2. Next run: %3.</source>
        <extracomment>%1 the preset&apos;s name, %2 &quot;Daily at 07:30&quot;-like, %3 &quot;07:30&quot;, &quot;Tomorrow 07:30&quot; or &quot;Wed 07:30&quot;</extracomment>
        <translation>「%1」をスケジュールしました：%2。次回の実行：%3。</translation>
    </message>
</context>
<context>
    <name>es::ScheduleEditor</name>
    <message>
        <source>Schedule “%1”</source>
        <extracomment>%1 the preset&apos;s name</extracomment>
        <translation>「%1」のスケジュール</translation>
    </message>
    <message>
        <source>Only when started</source>
        <comment>schedule kind</comment>
        <translation>開始したときのみ</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <comment>schedule kind</comment>
        <translation>数時間ごと</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>schedule kind</comment>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>schedule kind</comment>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>実行の間隔（時間）</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>every N hours</comment>
        <translation>時間</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>実行(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>間隔(&amp;E):</translation>
    </message>
    <message>
        <source>On:</source>
        <comment>weekdays</comment>
        <translation>曜日:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <comment>time of day</comment>
        <translation>時刻(&amp;A):</translation>
    </message>
    <message>
        <source>The next 24 hours</source>
        <translation>今後 24 時間</translation>
    </message>
    <message>
        <source>Planned runs of all scheduled presets</source>
        <translation>スケジュール済みの全プリセットの予定実行</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>少なくとも 1 日を選んでください。</translation>
    </message>
    <message>
        <source>Run this preset less often, or take another preset&apos;s schedule off.</source>
        <translation>このプリセットの実行回数を減らすか、別のプリセットのスケジュールを外してください。</translation>
    </message>
    <message>
        <source>Runs only when you start it.</source>
        <translation>開始したときだけ実行されます。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message>
        <source>Next run: %1.</source>
        <translation>次回の実行：%1。</translation>
    </message>
    <message>
        <source>First run: %1 (a new schedule waits for its first time, it does not run at once).</source>
        <translation>初回の実行：%1（新しいスケジュールは最初の時刻を待ち、すぐには実行しません）。</translation>
    </message>
    <message numerus="yes">
        <source>The scheduled presets need %1 of the %2 exports HubSpot allows a day. %n run(s) in the next 24 hours:</source>
        <extracomment>%1 exports the schedules need a day at most, %2 the daily limit (30)</extracomment>
        <translation>
            <numerusform>スケジュール済みのプリセットは、HubSpot が 1 日に許可する %2 件のエクスポートのうち %1 件を使います。今後 24 時間の実行は %n 件：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::SchedulePlanner</name>
    <message>
        <source>These schedules need %1 exports a day; HubSpot allows %2.</source>
        <translation>これらのスケジュールには 1 日 %1 件のエクスポートが必要です。HubSpot で可能なのは %2 件です。</translation>
    </message>
</context>
<context>
    <name>es::ScheduleRunner</name>
    <message>
        <source>The scheduled preset “%1” cannot run: there is no account. Add one in Accounts.</source>
        <translation>スケジュール済みのプリセット「%1」を実行できません：アカウントがありません。アカウントで追加してください。</translation>
    </message>
    <message>
        <source>The scheduled preset “%1” cannot run: %2 Edit it to fix this.</source>
        <extracomment>%1 the preset&apos;s name, %2 what is wrong with it (whole sentences)</extracomment>
        <translation>スケジュール済みのプリセット「%1」を実行できません：%2 編集して修正してください。</translation>
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
    <name>es::Settings</name>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>設定を保存できません: %1</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1. Check that you may write there and that the disk is not full.</source>
        <translation>設定を %1 に保存できません。書き込み権限があるか、ディスクがいっぱいでないか確認してください。</translation>
    </message>
</context>
<context>
    <name>es::SettingsController</name>
    <message>
        <source>The proxy password could not be saved: %1</source>
        <translation>プロキシのパスワードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the proxy password is kept only until Export Studio quits.</source>
        <translation>システムのキーチェーンを利用できないため、プロキシのパスワードは Export Studio を終了するまでしか保持されません。</translation>
    </message>
    <message>
        <source>The timer is removed: scheduled presets run only while Export Studio is open.</source>
        <translation>タイマーを削除しました。スケジュールされたプリセットは Export Studio が開いている間だけ実行されます。</translation>
    </message>
    <message>
        <source>The timer is installed in %1. %2</source>
        <translation>タイマーを %1 にインストールしました。%2</translation>
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
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose another proxy setting.</source>
        <translation>プロキシのホストとポートを入力するか、別のプロキシ設定を選んでください。</translation>
    </message>
    <message>
        <source>Most filters pe&amp;r group:</source>
        <translation>1 グループあたりのフィルター上限(&amp;R):</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>ユーザー名(&amp;M):</translation>
    </message>
    <message>
        <source>Scheduled presets</source>
        <translation>スケジュールされたプリセット</translation>
    </message>
    <message>
        <source>A systemd timer runs the due presets every 15 minutes while Export Studio is closed.</source>
        <translation>Export Studio を閉じている間は、systemd タイマーが 15 分ごとに期限の来たプリセットを実行します。</translation>
    </message>
    <message>
        <source>While Export Studio is closed, scheduled presets run only if a systemd timer runs them.</source>
        <translation>Export Studio を閉じている間は、systemd タイマーがなければスケジュールされたプリセットは実行されません。</translation>
    </message>
    <message>
        <source>&amp;Remove timer</source>
        <comment>systemd timer</comment>
        <translation>タイマーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Install timer</source>
        <comment>systemd timer</comment>
        <translation>タイマーをインストール(&amp;I)</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイで実行を続ける(&amp;T)</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Export Studio. Scheduled presets then run only with the timer below.</source>
        <translation>このデスクトップにはシステムトレイがないため、ウィンドウを閉じると Export Studio は終了します。その場合、スケジュール済みのプリセットは下のタイマーでのみ実行されます。</translation>
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
        <source>⚠ No account is set up yet. Add one in Accounts, or try the built-in sandbox.</source>
        <translation>⚠ アカウントがまだ設定されていません。「アカウント」で追加するか、内蔵サンドボックスを試してください。</translation>
    </message>
    <message>
        <source>%1 (custom object %2)</source>
        <translation>%1（カスタムオブジェクト %2）</translation>
    </message>
    <message>
        <source>Next you choose which records (all, filtered, or a list), then the columns, the file format and where it is saved.</source>
        <translation>次に、どのレコードか（すべて、フィルター、またはリスト）、列、ファイル形式、保存先を選びます。</translation>
    </message>
    <message>
        <source>%1 %2 on this account</source>
        <extracomment>%1 how many records the object has on this account, %2 the object (&quot;contacts&quot;)</extracomment>
        <translation>このアカウントの%2: %1 件</translation>
    </message>
</context>
<context>
    <name>es::StatusPresenter</name>
    <message>
        <source>The sandbox is running with made-up data. Start with New export (Ctrl+N).</source>
        <translation>サンドボックスは架空のデータで動作中です。「新しいエクスポート」（Ctrl+N）から始めてください。</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>サンドボックスを起動中…</translation>
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
        <extracomment>The connection in the status bar: %1 the account&apos;s name, %2 the HubSpot host it talks to</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>API %1/%2 per %3 s</source>
        <extracomment>HubSpot&apos;s rate limit in the status bar: %1 requests left of %2 in a window of %3 seconds</extracomment>
        <translation>API %1/%2（%3 秒あたり）</translation>
    </message>
    <message>
        <source> · paused %1 s</source>
        <extracomment>Appended to the rate limit while HubSpot makes us wait: %1 seconds</extracomment>
        <translation> · 一時停止 %1 秒</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <extracomment>Appended to the rate limit: %1 requests waiting for a free slot</extracomment>
        <translation> · %1 件待機中</translation>
    </message>
    <message>
        <source>Requests HubSpot still allows in the current %1-second window. Export Studio paces itself so it never runs over.</source>
        <translation>現在の %1 秒間に HubSpot がまだ受け付けるリクエスト数です。Export Studio は上限を超えないようにペースを調整します。</translation>
    </message>
    <message>
        <source>Today: %1 of %2 left.</source>
        <extracomment>%1 requests left today of %2 (HubSpot&apos;s daily limit)</extracomment>
        <translation>本日: 残り %1/%2。</translation>
    </message>
    <message>
        <source>%1 running, %2 queued · if you quit, they carry on the next time you start Export Studio</source>
        <translation>実行中 %1 件、待機中 %2 件 · 終了しても、次に Export Studio を起動したときに続行されます</translation>
    </message>
    <message>
        <source>The portal of “%1” does not offer HubSpot&apos;s API version %2, so Export Studio uses %3 for it from now on (Accounts shows the choice).</source>
        <extracomment>%1 account name, %2 and %3 HubSpot API versions (2026-09, 2026-03, v3)</extracomment>
        <translation>「%1」のポータルは HubSpot API バージョン %2 を提供していないため、Export Studio は今後 %3 を使います (アカウントで確認できます)。</translation>
    </message>
</context>
<context>
    <name>es::Storage</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <comment>why a file cannot be written</comment>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>The disk seems to be full: free some space and try again.</source>
        <translation>ディスクがいっぱいのようです。空き容量を増やして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: make it writable or choose another folder.</source>
        <translation>フォルダー %1 は読み取り専用です。書き込み可能にするか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, that you may write there and that the disk is not full.</source>
        <translation>フォルダー %1 が存在するか、書き込み権限があるか、ディスクがいっぱいでないか確認してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check that its parent exists and that you may write there.</source>
        <translation>フォルダー %1 を作成できません。親フォルダーが存在し、書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>Export Studio now keeps the command line&apos;s presets, accounts and quota with the desktop app&apos;s, in %1. The older command-line folder %2 was left as it was: copy any presets you still need from it, then delete it.</source>
        <translation>Export Studio は、コマンドラインのプリセット、アカウント、クォータをデスクトップアプリと同じ %1 に保存するようになりました。以前のコマンドライン用フォルダー %2 はそのまま残してあります。必要なプリセットをそこからコピーしてから削除してください。</translation>
    </message>
    <message>
        <source>The command line&apos;s state folder %1 could not be moved to %2, where the desktop app keeps the same things: move it there yourself.</source>
        <translation>コマンドラインの状態フォルダー %1 を、デスクトップアプリが同じものを保存している %2 へ移動できませんでした。手動で移動してください。</translation>
    </message>
</context>
<context>
    <name>es::SystemdTimer</name>
    <message>
        <source>export-studio-cli was not found next to Export Studio or on the PATH (“%1”). Install the export-studio package, then try again.</source>
        <translation>export-studio-cli が Export Studio と同じ場所にも PATH 上にも見つかりません (「%1」)。export-studio パッケージをインストールしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write to it.</source>
        <translation>フォルダー %1 を作成できませんでした。書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. %3</source>
        <translation>%1 を書き込めませんでした: %2。%3</translation>
    </message>
    <message>
        <source>Could not enable the timer (link %1). Run `systemctl --user enable %2` instead.</source>
        <translation>タイマーを有効にできませんでした (リンク %1)。代わりに `systemctl --user enable %2` を実行してください。</translation>
    </message>
    <message>
        <source>Could not remove %1. Check that you may write to %2.</source>
        <translation>%1 を削除できませんでした。%2 に書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The timer starts at your next login; to start it now, run `systemctl --user daemon-reload &amp;&amp; systemctl --user start %1`.</source>
        <translation>タイマーは次回ログイン時に開始します。今すぐ開始するには `systemctl --user daemon-reload &amp;&amp; systemctl --user start %1` を実行してください。</translation>
    </message>
</context>
<context>
    <name>es::TableFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>writing the workbook failed</source>
        <translation>ブックの書き込みに失敗しました</translation>
    </message>
</context>
<context>
    <name>es::TablePreview</name>
    <message>
        <source>%1 is empty: it has not even a header row.</source>
        <translation>%1 は空です。見出し行さえありません。</translation>
    </message>
</context>
<context>
    <name>es::TableReader</name>
    <message>
        <source>%1 is not a CSV, XLSX or XLS file, so it cannot be kept in the history.</source>
        <translation>%1 は CSV、XLSX、XLS のいずれでもないため、履歴に保存できません。</translation>
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
        <extracomment>An export in short: %1 the object type (&quot;Contacts&quot;), %2 &quot;List&quot; or &quot;View&quot;, %3 the file format (CSV, XLSX, XLS)</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>sandbox</source>
        <extracomment>The word a name contains when it already names the built-in sandbox (lower case).</extracomment>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1（サンドボックス）</translation>
    </message>
</context>
<context>
    <name>es::TransferModel</name>
    <message>
        <source>Queued #%1</source>
        <extracomment>%1 the job&apos;s place in its account&apos;s queue</extracomment>
        <translation>待機中（%1 番目）</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source> · next slot %1</source>
        <extracomment>Appended to &quot;Queued&quot;: %1 when the daily quota frees the next slot (a date or time)</extracomment>
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
        <extracomment>Download progress: %1 the bytes received so far, %2 the file&apos;s size</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Unpacking · %1 of %2</source>
        <extracomment>%1 the size unpacked so far, %2 the size of everything to unpack</extracomment>
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
        <extracomment>A finished export&apos;s one file: %1 its name, %2 its size</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 files · %2</source>
        <extracomment>A finished export&apos;s files: %1 how many, %2 their total size</extracomment>
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
        <extracomment>Tooltip, time spent per state: %1 the state (&quot;Processing&quot;), %2 how long (&quot;1 min 5 s&quot;)</extracomment>
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
    <message>
        <source>%1 records</source>
        <comment>progress, short</comment>
        <extracomment>Short form of &quot;HubSpot is building the file · %1 records&quot; for a narrow column</extracomment>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>Queued · about %1</source>
        <extracomment>Short form of a queued export&apos;s state for a narrow column: %1 a time (&quot;14:05&quot;)</extracomment>
        <translation>待機中 · %1 頃</translation>
    </message>
    <message>
        <source>Expected to start about %1: estimated with about %2 minutes per export ahead of it at HubSpot.</source>
        <extracomment>Tooltip of a queued export: %1 a time (&quot;14:05&quot;), %2 minutes per export (5)</extracomment>
        <translation>開始予定 %1 頃: 先行する HubSpot のエクスポート 1 件あたり約 %2 分として見積もっています。</translation>
    </message>
    <message>
        <source>It also waits for a slot of the daily export limit to free up.</source>
        <translation>また、1 日のエクスポート上限の枠が空くのも待っています。</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <extracomment>Tooltip: the completeness check (&quot;12,345 records, as HubSpot reported&quot;)</extracomment>
        <translation>確認: %1</translation>
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
    <name>es::TrayKeeper</name>
    <message>
        <source>&amp;Show Export Studio</source>
        <translation>Export Studio を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Export Studio runs scheduled presets</source>
        <translation>Export Studio がスケジュール済みのプリセットを実行中</translation>
    </message>
    <message>
        <source>Export Studio is still running</source>
        <translation>Export Studio は実行中です</translation>
    </message>
    <message>
        <source>Scheduled presets run while it is in the tray. Quit it from the tray icon&apos;s menu.</source>
        <translation>トレイにある間、スケジュール済みのプリセットが実行されます。終了するにはトレイアイコンのメニューを使ってください。</translation>
    </message>
</context>
<context>
    <name>es::Unpacker</name>
    <message>
        <source>has an empty name</source>
        <extracomment>Completes &quot;contains an entry that %1&quot;: why the zip entry is unsafe</extracomment>
        <translation>名前が空</translation>
    </message>
    <message>
        <source>has control characters in its name</source>
        <translation>名前に制御文字を含む</translation>
    </message>
    <message>
        <source>uses backslashes in its path</source>
        <translation>パスにバックスラッシュを使用</translation>
    </message>
    <message>
        <source>has an absolute path</source>
        <translation>絶対パス</translation>
    </message>
    <message>
        <source>names a drive letter</source>
        <translation>ドライブ文字を指定</translation>
    </message>
    <message>
        <source>has a colon in its path</source>
        <translation>パスにコロンを含む</translation>
    </message>
    <message>
        <source>points outside the folder</source>
        <translation>フォルダーの外を指す</translation>
    </message>
    <message>
        <source>has an empty path component</source>
        <translation>パスに空の要素がある</translation>
    </message>
    <message>
        <source>uses a reserved device name</source>
        <translation>予約済みのデバイス名を使用</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (error %2): the download may be damaged; download the export again.</source>
        <translation>%1 は読み込める zip アーカイブではありません（エラー %2）。ダウンロードが壊れている可能性があります。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The export archive holds %1 entries, more than the limit of %2; nothing was extracted.</source>
        <translation>エクスポートアーカイブには %1 個のエントリがあり、上限の %2 を超えています。何も展開していません。</translation>
    </message>
    <message>
        <source>The directory of %1 cannot be read: the download may be damaged; download the export again.</source>
        <translation>%1 のディレクトリを読み込めません。ダウンロードが壊れている可能性があります。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The export archive contains an entry that %1 (%2); nothing was extracted.</source>
        <extracomment>%1 says why the entry is unsafe (&quot;has an absolute path&quot;), %2 names it</extracomment>
        <translation>エクスポートアーカイブに安全でないエントリ（%2、理由: %1）が含まれているため、何も展開していません。</translation>
    </message>
    <message>
        <source>The export archive contains a symbolic link (%1); nothing was extracted.</source>
        <translation>エクスポートアーカイブにシンボリックリンク（%1）が含まれているため、何も展開していません。</translation>
    </message>
    <message>
        <source>The export archive contains a device or special file (%1); nothing was extracted.</source>
        <translation>エクスポートアーカイブにデバイスファイルまたは特殊ファイル（%1）が含まれているため、何も展開していません。</translation>
    </message>
    <message>
        <source>The export archive contains a password-protected entry (%1); nothing was extracted.</source>
        <translation>エクスポートアーカイブにパスワード保護されたエントリ（%1）が含まれているため、何も展開していません。</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands %2 times, more than the limit of %3 (a zip bomb?); nothing was extracted.</source>
        <translation>エクスポートアーカイブのエントリ %1 は %2 倍に展開され、上限の %3 を超えています（zip 爆弾の可能性）。何も展開していません。</translation>
    </message>
    <message>
        <source>The export archive would expand to more than %1; nothing was extracted.</source>
        <translation>エクスポートアーカイブを展開すると %1 を超えるため、何も展開していません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check that you may write there.</source>
        <translation>フォルダー %1 を作成できません。書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The export needs %1 but the folder %2 has only %3 free: free some space and try again.</source>
        <translation>エクスポートには %1 必要ですが、フォルダー %2 の空きは %3 しかありません。空き容量を増やして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot create a staging folder in %1 (%2): check that you may write there.</source>
        <translation>%1 に作業用フォルダーを作成できません（%2）。書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The directory of %1 changed while it was read; nothing was extracted.</source>
        <translation>%1 のディレクトリが読み込み中に変化したため、何も展開していません。</translation>
    </message>
    <message>
        <source>The export archive entry %1 cannot be read (error %2): the download is damaged; download the export again.</source>
        <translation>エクスポートアーカイブのエントリ %1 を読み込めません（エラー %2）。ダウンロードが壊れています。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): check the folder and free space.</source>
        <translation>%1 に書き込めません（%2）。フォルダーと空き容量を確認してください。</translation>
    </message>
    <message>
        <source>Unpacking was canceled; nothing was extracted.</source>
        <translation>展開をキャンセルしました。何も展開していません。</translation>
    </message>
    <message>
        <source>The export archive entry %1 is damaged (%2); nothing was extracted. Download the export again.</source>
        <translation>エクスポートアーカイブのエントリ %1 が壊れているため（%2）、何も展開していません。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands beyond the size its header declares; nothing was extracted.</source>
        <translation>エクスポートアーカイブのエントリ %1 はヘッダーで宣言されたサイズを超えて展開されるため、何も展開していません。</translation>
    </message>
    <message>
        <source>The export archive entry %1 expands more than %2 times (a zip bomb?); nothing was extracted.</source>
        <translation>エクスポートアーカイブのエントリ %1 は %2 倍を超えて展開されます（zip 爆弾の可能性）。何も展開していません。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): free some space in that folder and try again.</source>
        <translation>%1 に書き込めません（%2）。そのフォルダーの空き容量を増やして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The export archive entry %1 fails its checksum (CRC); nothing was extracted. Download the export again.</source>
        <translation>エクスポートアーカイブのエントリ %1 のチェックサム（CRC）が一致しないため、何も展開していません。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The export archive entry %1 is damaged (error %2); nothing was extracted. Download the export again.</source>
        <translation>エクスポートアーカイブのエントリ %1 が壊れているため（エラー %2）、何も展開していません。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The export archive entry %1 holds %2 bytes instead of %3; nothing was extracted. Download the export again.</source>
        <translation>エクスポートアーカイブのエントリ %1 は %3 バイトのはずが %2 バイトあるため、何も展開していません。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The directory of %1 cannot be read (error %2): the download may be damaged; download the export again.</source>
        <translation>%1 のディレクトリを読み込めません（エラー %2）。ダウンロードが壊れている可能性があります。エクスポートをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Cannot move the extracted file %1 into %2 (%3); nothing was extracted.</source>
        <translation>展開したファイル %1 を %2 に移動できないため（%3）、何も展開していません。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): the folder is read-only or you may not write there. Make it writable or choose another folder, then try again.</source>
        <translation>%1 に書き込めません (%2)。フォルダーが読み取り専用か、書き込み権限がありません。書き込み可能にするか別のフォルダーを選んでから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): free some space in that folder, or choose another folder, and try again.</source>
        <translation>%1 に書き込めません (%2)。そのフォルダーの空き容量を増やすか、別のフォルダーを選んでから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>es::Validation</name>
    <message>
        <source>The filter has no property. Choose the property to filter on, or remove the filter.</source>
        <translation>フィルターにプロパティがありません。絞り込みに使うプロパティを選ぶか、フィルターを削除してください。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;. Use one of %2.</source>
        <translation>不明な演算子「%1」です。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>Enter the value to compare with.</source>
        <translation>比較する値を入力してください。</translation>
    </message>
    <message>
        <source>%1 takes one value in &quot;value&quot;, not a list in &quot;values&quot;; use IN for a list.</source>
        <translation>%1 は &quot;values&quot; のリストではなく &quot;value&quot; に値を 1 つ取ります。リストには IN を使ってください。</translation>
    </message>
    <message>
        <source>%1 needs a value. %2</source>
        <translation>%1 には値が必要です。%2</translation>
    </message>
    <message>
        <source>BETWEEN needs a lower bound in &quot;value&quot;. Enter the smallest value to include.</source>
        <translation>BETWEEN には &quot;value&quot; に下限が必要です。含める最小の値を入力してください。</translation>
    </message>
    <message>
        <source>BETWEEN needs an upper bound in &quot;highValue&quot;. Enter the largest value to include.</source>
        <translation>BETWEEN には &quot;highValue&quot; に上限が必要です。含める最大の値を入力してください。</translation>
    </message>
    <message>
        <source>BETWEEN&apos;s lower bound %1 is greater than its upper bound %2, so nothing can match. Swap the two values.</source>
        <translation>BETWEEN の下限 %1 が上限 %2 より大きいため、何も一致しません。2 つの値を入れ替えてください。</translation>
    </message>
    <message>
        <source>%1 needs at least one value in &quot;values&quot;. Add the values to match.</source>
        <translation>%1 には &quot;values&quot; に 1 つ以上の値が必要です。一致させる値を追加してください。</translation>
    </message>
    <message>
        <source>%1 needs at least one value in &quot;values&quot;. Add the values to match (move &quot;%2&quot; into the list).</source>
        <translation>%1 には &quot;values&quot; に 1 つ以上の値が必要です。一致させる値を追加してください（「%2」をリストに移してください）。</translation>
    </message>
    <message>
        <source>Value %1 of the list is empty. Enter a value or remove it from the list.</source>
        <translation>リストの %1 番目の値が空です。値を入力するか、リストから削除してください。</translation>
    </message>
    <message>
        <source>%1 takes no value; the value given is ignored. Remove it, or pick an operator that compares values (EQ, IN, ...).</source>
        <translation>%1 は値を取らないため、指定された値は無視します。値を削除するか、値を比較する演算子（EQ、IN など）を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n filter groups are more than the %1 allowed. Merge or remove groups, or raise the limit in the settings if your account allows more.</source>
        <translation>
            <numerusform>フィルターグループが %n 個あり、上限の %1 個を超えています。グループを統合または削除するか、アカウントでさらに使える場合は設定で上限を引き上げてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter group %1 has no filters. Add a filter to it or remove the group.</source>
        <translation>フィルターグループ %1 にフィルターがありません。フィルターを追加するか、グループを削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>Filter group %1 has %n filters, more than the %2 allowed. Remove filters or split the group.</source>
        <translation>
            <numerusform>フィルターグループ %1 にはフィルターが %n 個あり、上限の %2 個を超えています。フィルターを削除するか、グループを分けてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sort rules given, but HubSpot sorts by one property only. Keep one sort rule.</source>
        <translation>
            <numerusform>並べ替えルールが %n 個指定されていますが、HubSpot が並べ替えに使えるプロパティは 1 つだけです。並べ替えルールを 1 つにしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sort rule has no property. Choose the property to sort by, or remove the sort rule.</source>
        <translation>並べ替えルールにプロパティがありません。並べ替えに使うプロパティを選ぶか、並べ替えルールを削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>The search text has %n characters; HubSpot accepts at most %1. Shorten it.</source>
        <translation>
            <numerusform>検索テキストは %n 文字ありますが、HubSpot が受け付けるのは最大 %1 文字です。短くしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export has no name. Enter a name; HubSpot shows it in the export log.</source>
        <translation>エクスポートに名前がありません。名前を入力してください。HubSpot のエクスポートログに表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>The export name has %n characters; at most %1 are allowed. Shorten it.</source>
        <translation>
            <numerusform>エクスポート名は %n 文字ありますが、使えるのは最大 %1 文字です。短くしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of HubSpot&apos;s language codes, for example EN, DE, FR or PT_BR.</source>
        <translation>不明な言語「%1」です。HubSpot の言語コード（EN、DE、FR、PT_BR など）を使ってください。</translation>
    </message>
    <message>
        <source>No object type is set. Choose what to export, for example CONTACT, or a custom object id such as 2-12345.</source>
        <translation>オブジェクトタイプが設定されていません。エクスポートするもの（CONTACT など）、またはカスタムオブジェクトの ID（2-12345 など）を選んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type HubSpot exports. Use a standard object (CONTACT, COMPANY, DEAL, ...) or its id (0-1), and custom objects by their id (2-12345), not by name.</source>
        <translation>「%1」は HubSpot がエクスポートできるオブジェクトタイプではありません。標準オブジェクト（CONTACT、COMPANY、DEAL など）またはその ID（0-1）を使い、カスタムオブジェクトは名前ではなく ID（2-12345）で指定してください。</translation>
    </message>
    <message>
        <source>No properties are selected. Choose at least one property to export as a column.</source>
        <translation>プロパティが選択されていません。列としてエクスポートするプロパティを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Column %1 has no property name. Choose a property or remove the column.</source>
        <translation>%1 列目にプロパティ名がありません。プロパティを選ぶか、列を削除してください。</translation>
    </message>
    <message>
        <source>The property &quot;%1&quot; is listed twice. Remove the second one.</source>
        <translation>プロパティ「%1」が 2 回指定されています。2 つ目を削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n associated object types are selected; HubSpot allows at most %1 per export. Remove some.</source>
        <translation>
            <numerusform>関連オブジェクトタイプが %n 個選択されていますが、HubSpot で使えるのはエクスポートごとに最大 %1 個です。いくつか外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object type. Use a standard object such as COMPANY or a custom object id such as 2-12345.</source>
        <translation>「%1」はオブジェクトタイプではありません。COMPANY などの標準オブジェクトか、2-12345 などのカスタムオブジェクト ID を使ってください。</translation>
    </message>
    <message>
        <source>A list export needs the list&apos;s id. Pick a list, or enter its ILS list id (digits, shown in the list&apos;s details).</source>
        <translation>リストのエクスポートにはリストの ID が必要です。リストを選ぶか、ILS リスト ID（数字。リストの詳細に表示されます）を入力してください。</translation>
    </message>
    <message>
        <source>The list id &quot;%1&quot; must contain digits only. Enter the ILS list id, for example 1234567.</source>
        <translation>リスト ID「%1」には数字だけを使ってください。ILS リスト ID（1234567 など）を入力してください。</translation>
    </message>
    <message>
        <source>A list export takes its records from the list, so filters, sorts and search text are not allowed. Remove them, or export a view instead.</source>
        <translation>リストのエクスポートはリストからレコードを取得するため、フィルター、並べ替え、検索テキストは使えません。削除するか、代わりにビューをエクスポートしてください。</translation>
    </message>
    <message>
        <source>A view export ignores the list id. Remove it, or switch to a list export.</source>
        <translation>ビューのエクスポートではリスト ID は無視されます。削除するか、リストのエクスポートに切り替えてください。</translation>
    </message>
    <message>
        <source>warning: </source>
        <comment>prefix of a validation line</comment>
        <translation>警告: </translation>
    </message>
</context>
<context>
    <name>es::Vault</name>
    <message>
        <source>%1 The file %2 could not be moved aside either: move or delete it yourself; until then the history is not kept. Your downloaded files are not affected.</source>
        <translation>%1 ファイル %2 を退避することもできませんでした。ご自身で移動または削除してください。それまで履歴は保存されません。ダウンロード済みのファイルには影響しません。</translation>
    </message>
    <message>
        <source>It was moved to %1 and nothing in it was changed; the next run of a history preset starts a new, empty history. Your downloaded files are not affected.</source>
        <translation>内容を変更せずに %1 へ移動しました。履歴付きプリセットの次回の実行では、新しい空の履歴が始まります。ダウンロード済みのファイルには影響しません。</translation>
    </message>
    <message>
        <source>The disk is full: the history folder %1 has no room left, so nothing was saved in it. Free some space there, then run `export-studio-cli resume` (or start Export Studio) to save the run again.</source>
        <translation>ディスクがいっぱいです。履歴フォルダー %1 に空きがないため、何も保存されませんでした。空き領域を確保してから `export-studio-cli resume` を実行する（または Export Studio を起動する）と、実行をもう一度保存します。</translation>
    </message>
    <message>
        <source>The history file %1 is damaged (SQLite says: %2).</source>
        <translation>履歴ファイル %1 が破損しています（SQLite: %2）。</translation>
    </message>
    <message>
        <source>The history file %1 could not be used: %2</source>
        <translation>履歴ファイル %1 を使用できませんでした: %2</translation>
    </message>
    <message>
        <source>The history file %1 cannot be opened: %2</source>
        <translation>履歴ファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Export Studio (history format %2; this version knows up to %3). Update Export Studio and move the file back to use it.</source>
        <translation>履歴ファイル %1 は新しい Export Studio で書かれています（履歴形式 %2、このバージョンは %3 まで対応）。Export Studio を更新し、ファイルを元に戻してから使ってください。</translation>
    </message>
    <message>
        <source>The file %1 is not an Export Studio history (it holds other tables).</source>
        <translation>ファイル %1 は Export Studio の履歴ではありません（別のテーブルがあります）。</translation>
    </message>
    <message>
        <source>The preset has no run %1 in its history (see `export-studio-cli runs --preset NAME`).</source>
        <translation>このプリセットの履歴に実行 %1 はありません（`export-studio-cli runs --preset NAME` を参照）。</translation>
    </message>
    <message>
        <source>The preset has no history yet: run it first.</source>
        <translation>このプリセットにはまだ履歴がありません。まず実行してください。</translation>
    </message>
    <message>
        <source>Record %1 in the history file %2 cannot be read.</source>
        <translation>履歴ファイル %2 のレコード %1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 は空です。見出し行がありません。</translation>
    </message>
    <message>
        <source>%1 has no record ID column (hs_object_id), so its rows cannot be kept in the history.</source>
        <translation>%1 にはレコード ID の列（hs_object_id）がないため、行を履歴に保存できません。</translation>
    </message>
    <message>
        <source>Row %1 of %2 has no valid record ID (“%3”), so the run cannot be kept in the history.</source>
        <translation>%2 の %1 行目に有効なレコード ID がありません（「%3」）。そのため実行を履歴に保存できません。</translation>
    </message>
    <message>
        <source>Stopped before the run was kept; it is kept on the next start.</source>
        <translation>実行を保存する前に停止しました。次回の起動時に保存します。</translation>
    </message>
    <message>
        <source>There is no history file %1: run a preset that keeps a history first.</source>
        <translation>履歴ファイル %1 がありません。まず履歴を残すプリセットを実行してください。</translation>
    </message>
    <message>
        <source>The file %1 is not an Export Studio history.</source>
        <translation>ファイル %1 は Export Studio の履歴ではありません。</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Export Studio (history format %2; this version knows up to %3). Update Export Studio to see it.</source>
        <translation>履歴ファイル %1 は新しい Export Studio で書かれています(履歴形式 %2、このバージョンは %3 まで対応)。表示するには Export Studio を更新してください。</translation>
    </message>
</context>
<context>
    <name>es::VaultManager</name>
    <message>
        <source>This run will not be kept in the history: %1</source>
        <translation>この実行は履歴に保存されません: %1</translation>
    </message>
    <message>
        <source>The object&apos;s properties could not be read (no access token), so it runs in full.</source>
        <translation>オブジェクトのプロパティを読み込めなかったため（アクセストークンなし）、完全に実行します。</translation>
    </message>
    <message>
        <source>The object&apos;s properties could not be read (%1), so it runs in full.</source>
        <translation>オブジェクトのプロパティを読み込めなかったため（%1）、完全に実行します。</translation>
    </message>
    <message>
        <source>The files of “%1” are no longer where they were saved, so this run is not kept in the history.</source>
        <translation>「%1」のファイルが保存した場所にないため、この実行は履歴に保存されません。</translation>
    </message>
</context>
<context>
    <name>es::VaultTablePreview</name>
    <message>
        <source>Record %1 in the history file %2 cannot be read.</source>
        <translation>履歴ファイル %2 のレコード %1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1, the table after run %2</source>
        <comment>preset name, run number</comment>
        <translation>%1、実行 %2 の後の表</translation>
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
    <name>es::WizardController</name>
    <message>
        <source>Saved the preset “%1”. Double-click it in Presets to run it again.</source>
        <translation>プリセット「%1」を保存しました。「プリセット」でダブルクリックすると再実行できます。</translation>
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
    <name>es::XlsTableReader</name>
    <message>
        <source>%1 is not a readable XLS workbook.</source>
        <translation>%1 は読み込める XLS ブックではありません。</translation>
    </message>
    <message>
        <source>%1 holds no readable worksheet.</source>
        <translation>%1 には読み込めるワークシートがありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 cannot be read.</source>
        <translation>%1 は破損しています。%2 行目を読み込めません。</translation>
    </message>
</context>
<context>
    <name>es::XlsxTableReader</name>
    <message>
        <source>%1 is damaged: its shared strings cannot be read.</source>
        <translation>%1 は破損しています。共有文字列を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is damaged: its shared strings are not valid XML (%2).</source>
        <translation>%1 は破損しています。共有文字列が正しい XML ではありません（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX file (the zip cannot be opened).</source>
        <translation>%1 は読み込める XLSX ファイルではありません（zip を開けません）。</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 にはワークシートがありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet cannot be read.</source>
        <translation>%1 は破損しています。ワークシートを読み込めません。</translation>
    </message>
    <message>
        <source>%1 is damaged: a cell refers to a shared string that does not exist.</source>
        <translation>%1 は破損しています。存在しない共有文字列を参照するセルがあります。</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet is not valid XML (%2).</source>
        <translation>%1 は破損しています。ワークシートが正しい XML ではありません（%2）。</translation>
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
    <message>
        <source>The preset file %1 could not be imported, so it was not run.</source>
        <translation>プリセットファイル %1 をインポートできなかったため、実行していません。</translation>
    </message>
    <message>
        <source>There is no preset named “%1” and no such file, so nothing was run. Check the name in Presets.</source>
        <translation>「%1」という名前のプリセットもファイルもないため、何も実行していません。「プリセット」で名前を確認してください。</translation>
    </message>
    <message>
        <source>Queue the saved preset &lt;name&gt; (or import the preset file and queue it) on the current account once Export Studio is ready, as a double-click in Presets does. Repeatable. With Export Studio already running, the running window queues it.</source>
        <translation>Export Studio の準備ができたら、保存済みプリセット &lt;name&gt; を現在のアカウントのキューに追加します（またはプリセットファイルをインポートして追加します）。「プリセット」でのダブルクリックと同じです。繰り返し指定できます。Export Studio がすでに実行中の場合は、実行中のウィンドウがキューに追加します。</translation>
    </message>
    <message>
        <source>--sandbox-url needs an address such as http://127.0.0.1:8765 (what hubspot-sandbox prints as “listening on”).</source>
        <translation>--sandbox-url には http://127.0.0.1:8765 のようなアドレスが必要です（hubspot-sandbox が「listening on」として表示するもの）。</translation>
    </message>
    <message>
        <source>Use a hubspot-sandbox you started yourself at &lt;url&gt; (its own port, faults or clock) as the sandbox account instead of the built-in one. Its exports outlive Export Studio, so a restart with the same --sandbox-url carries on with them. Implies --sandbox.</source>
        <translation>内蔵のものの代わりに、自分で &lt;url&gt; に起動した hubspot-sandbox（独自のポート、障害、時計）をサンドボックスのアカウントとして使います。そのエクスポートは Export Studio の終了後も残るため、同じ --sandbox-url で再起動すれば続きを処理します。--sandbox を含みます。</translation>
    </message>
</context>
</TS>
