# コマンドライン（ターミナルの zoho-org-viewer）。コマンド、オプション、環境変数、ファイルパスは翻訳しません。

## --help

cli-help-about = Org Viewer for Zoho CRM：Zoho CRM の組織の詳細とロゴを表示します。
cli-help-after =
    コマンドを指定しないと、アプリのウィンドウが開きます。

    設定（環境変数）:
      ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET
          Zoho の API コンソール（https://api-console.zoho.com）の OAuth クライアント。
          指定しない場合は、アプリに保存されたクライアントか、組み込みのクライアントを使います。
      ZOHO_ACCOUNTS_URL
          サインインを始める場所。既定は https://accounts.zoho.com（中国以外のすべての
          データセンターに転送されます）。中国では https://accounts.zoho.com.cn を使います。
          https であること。シミュレーションの Zoho 用に、このコンピューター上（127.0.0.1 または
          localhost）に限り http も使えます。
      ZOHO_ORG_VIEWER_REDIRECT_PORT
          このコンピューターでポート 17645～17647 が使用中のとき、サインインをこのポートだけで
          受け取ります。その場合、リダイレクト URI http://127.0.0.1:PORT/callback を Zoho の
          API コンソールでクライアントに登録しておく必要があります。
      ZOHO_ORG_VIEWER_STORE
          サインイン情報の保存先: "keyring"（システムのキーチェーン）または "file"（設定フォルダー内の、
          あなただけが読めるファイル）。既定: キーチェーン。キーチェーンがないコンピューターではファイル。
      RUST_LOG
          stderr に出すログの量。例: "info"、"debug"（既定は "warn"）。トークンとクライアント
          シークレットは、どのレベルでも表示もログ出力もされません。

    終了ステータス: 成功時は 0。問題が起きたときは 1（理由は stderr）。コマンドライン自体が
    誤っているときは 2。
cli-help-usage = 使い方:
cli-help-commands = コマンド
cli-help-arguments = 引数
cli-help-options = オプション
cli-help-flag-help = ヘルプを表示します
cli-help-flag-version = バージョンを表示します
cli-help-demo = 組み込みのシミュレーションの Zoho でアプリを開きます（Zoho アカウントは不要）。
cli-help-login = ブラウザーで Zoho にサインインします。そこで選んだ組織が追加（または更新）されます。
cli-help-login-long =
    ブラウザーで Zoho にサインインします。そこで選んだ組織が追加（または更新）されます。

    ブラウザー（Linux では $BROWSER が設定されていればそのブラウザー）で Zoho のサインインページを開き、ブラウザーが開かない場合に備えてそのアドレスも表示します。その後、ブラウザーから戻るまで最大 3 分間待ちます。Zoho のページで選んだ組織が現在の組織になります。
cli-help-orgs = このコンピューターでサインインしている組織を一覧表示します（現在の組織に印が付きます）。
cli-help-orgs-json = 代わりに JSON 配列を出力します（id, zgid, company_name, type, data_centre, current）。
cli-help-switch = ORG を現在の組織にします（--org なしのコマンドが使う組織）。
cli-help-switch-org = 組織: ID、zgid、ドメイン名、または会社名の一部。
cli-help-org = 組織の詳細を、グループごとにわかりやすい言葉で表示します。
cli-help-org-org = 組織（既定: 現在の組織）: ID、zgid、ドメイン、または名前の一部。
cli-help-org-all = サインインしているすべての組織を、まとめて取得します。
cli-help-org-json = 代わりに Zoho の組織オブジェクトを、Zoho が送ったすべてのキーとともに JSON で出力します（--all ではその配列）。
cli-help-logo = 組織のロゴをファイルに保存（--out）、変更（--set）、または削除（--remove）します。
cli-help-logo-long =
    組織のロゴをファイルに保存（--out）、変更（--set）、または削除（--remove）します。

    --set と --remove は、ロゴを変更する許可を得るためにブラウザーで Zoho を一度開きます。許可はメモリ上にだけ保持され、変更が終わると破棄されます。現在のロゴは、先にアプリのデータフォルダーに保存されます。Zoho の上限（1 MB、1,000 万ピクセル）を超える画像は、収まるように縮小・再エンコードされます。
cli-help-logo-out = ロゴをこのファイルに、Zoho が送ったとおりバイト単位で保存します（既存のファイルは置き換えられます。すべて書き込まれるか、まったく書き込まれないかのどちらかです）。
cli-help-logo-set = この画像（PNG、JPEG、GIF、WebP、BMP）を組織のロゴにします。
cli-help-logo-remove = 組織のロゴを削除します。
cli-help-logo-org = 組織（既定: 現在の組織）。--set または --remove では、複数回指定すると複数の組織を順に変更できます（Zoho はブラウザーで組織ごとに許可を求めます）。
cli-help-logout = Zoho でサインインを取り消し、このコンピューターから削除します（既定: 現在の組織）。
cli-help-logout-org = サインアウトする組織。
cli-help-logout-all = すべての組織からサインアウトします。
cli-help-sim = シミュレーションの Zoho をフォアグラウンドで実行し、そのアドレスを表示します（Ctrl-C で停止）。
cli-help-sim-orgs = デモの 3 つの組織の代わりに、N 個の架空の組織のユーザーとして動作します（ベンチマーク用）。

## 使えない設定

cli-config-accounts-url-unreadable = ZOHO_ACCOUNTS_URL が Web アドレスではありません。https://accounts.zoho.com などの Zoho のサインインサーバーを設定するか、設定を解除してください。
cli-config-accounts-url-not-secure = ZOHO_ACCOUNTS_URL は { $value } ですが、https:// で始まる必要があります（http が使えるのはこのコンピューター上だけです。例: シミュレーションの Zoho 用の http://127.0.0.1:PORT）。修正するか、設定を解除して https://accounts.zoho.com を使ってください。
cli-config-accounts-url-has-credentials = ZOHO_ACCOUNTS_URL にユーザー名やパスワードを含めることはできません。https://accounts.zoho.com のように、サーバーのアドレスだけを設定してください。
cli-config-bad-redirect-port = ZOHO_ORG_VIEWER_REDIRECT_PORT は "{ $value }" ですが、1～65535 のポート番号である必要があります（リダイレクト URI http://127.0.0.1:PORT/callback がクライアントに登録されているポート）。修正するか、設定を解除してポート 17645～17647 を使ってください。
cli-startup-setting-refused = アプリは使用できない設定で起動されたため、通常の設定を使っています。
cli-startup-setting-refused-next = このコンピューターを設定した人が、「詳細」に示された設定を修正または削除してから、アプリを再起動してください。
cli-log-setting-unreadable = RUST_LOG を読み取れませんでした（{ $error }）。警告とエラーだけを表示します。

## login

cli-login-opening = ブラウザーで Zoho のサインインページを開いています。開かない場合は、次のアドレスにアクセスしてください:
cli-login-waiting = ブラウザーでの操作が終わるまで最大 { $duration } 待ちます（Ctrl-C でキャンセル）。Zoho のページで、追加する組織を選んでください。
cli-login-added = Zoho にサインインし、{ $org }（{ $place }）を追加しました。現在の組織になりました。
cli-login-renewed = { $org }（{ $place }）のサインインを更新しました。現在の組織になりました。
cli-login-old-not-revoked = 置き換えられたサインインを Zoho で取り消せませんでした（{ $error }）。Zoho アカウントの「セッション」の「接続済みアプリ」から削除できます。
cli-where-both = { $environment }、{ $place }
cli-where-centre = Zoho の{ $centre }データセンター
cli-where-unknown = データセンター不明
cli-browser-not-opened = ブラウザーを開けませんでした（{ $problem }）。続けるには、上のアドレスをブラウザーで開いてください。
cli-browser-fallback = ブラウザーが開かない場合は、次のアドレスにアクセスしてください:

## 組織の種類とデータセンター

cli-environment = { $kind ->
    [production] 本番
    [sandbox] サンドボックス
    [developer] 開発者
   *[other] { $shown }
}
cli-environment-lower = { $kind ->
    [production] 本番
    [sandbox] サンドボックス
    [developer] 開発者
   *[other] { $kind }
}
cli-data-centre = { $code ->
    [us] 米国
    [eu] ヨーロッパ
    [in] インド
    [au] オーストラリア
    [jp] 日本
    [cn] 中国
    [ca] カナダ
    [sa] サウジアラビア
    [uk] 英国
   *[other] { $code }
}
cli-data-centre-with-code = { $centre }（{ $code }）
cli-not-known = 不明

## orgs

cli-orgs-heading-organization = 組織
cli-orgs-heading-environment = 環境
cli-orgs-heading-data-centre = データセンター
cli-orgs-heading-id = ID
cli-orgs-current-marked = 現在の組織には * が付いています。`zoho-org-viewer switch ORG` で変更できます。
cli-orgs-none = このコンピューターでサインインしている組織はありません。`zoho-org-viewer login` を実行して追加してください。

## switch, logout

cli-now-current = { $org } が現在の組織になりました。
cli-logout-nothing = Zoho にサインインしていないため、サインアウトするものはありませんでした。
cli-logout-done = { $org } からサインアウトしました。Zoho がアプリのアクセスを取り消し、このコンピューターからサインイン情報を削除しました。

cli-org-failed = { $org }: { $error }

## logo

cli-logo-saved = ロゴ（{ $description }）を { $file } に保存しました。
cli-logo-described = { $format }、{ $size }
cli-logo-described-sized = { $format }、{ $width } × { $height } ピクセル、{ $size }
cli-logo-extension-note = 注意: ロゴは { $format } 画像ですが、ファイル名の末尾が .{ $extension } です。名前で形式を判断するプログラムもあるため、{ $suggested } のほうが適しているかもしれません。
cli-picture-is = 画像: { $change }。
cli-picture-was = 画像: { $change }。{ $why }
cli-logo-one-at-a-time = Zoho の許可は一度に 1 つの組織にしか出ないため、これら { $total } 個の組織それぞれについて、ブラウザーが 1 回ずつ順に開きます。
cli-logo-progress = { $number }/{ $total }: { $org }
cli-logo-permission = { $org } のロゴを変更するため、Zoho がブラウザーで一度だけ変更の許可を求めます。アプリはその許可をメモリ上にだけ保持し、終わったら破棄します。Zoho のページで { $org } を選んでください。
cli-logo-waiting = ブラウザーでの操作が終わるまで最大 { $duration } 待ちます（Ctrl-C でキャンセル）。
cli-logo-changed = { $org } のロゴを変更しました。
cli-logo-removed = { $org } のロゴを削除しました。
cli-logo-backup-saved = 現在のロゴのコピーを { $file } に保存しました。
cli-logo-no-backup = { $org } にはロゴがなかったため、コピーするものはありませんでした。
