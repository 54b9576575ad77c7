# Problems: what went wrong and what to do. They show in the window's status line and
# message boxes, in the sign-in page in the browser, and as the command line's error line.
# Every problem is a "summary" (what happened, one sentence) and a "fix" (what to do).
# Japanese: sentences end in "。" and follow one another without a space.

## The Details part of a problem, and the text copied for a support ticket.
err-label-zoho-code = Zoho のコード
err-label-http-status = HTTP ステータス
err-label-detail = 詳細
err-label-time = 日時
err-label-app = アプリ
err-detail-line = { $label }: { $value }

## Putting sentences together (the command line's one line, the window's "nothing changed").
err-with-code = { $sentence }（Zoho のコード { $code }）。
err-two-sentences = { $first }{ $second }
err-duration = { $unit ->
    [minutes] { $count } 分
   *[seconds] { $count } 秒
}

## Zoho CRM refused to send data.
err-crm-invalid-request-method = このアプリが{ $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}を要求した方法を、Zoho が受け付けませんでした。
err-crm-oauth-scope-mismatch = 現在のサインインには、{ $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}を読み取る許可が含まれていません。
err-crm-authentication-failure = このアプリが{ $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}を要求したとき、Zoho がアプリのサインインを受け付けませんでした。
err-crm-no-permission = お使いの Zoho CRM ユーザーには、{ $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}を読み取る権限がありません。
err-crm-invalid-url-pattern = このアプリが{ $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}に使ったアドレスを、Zoho が認識しませんでした。
err-crm-internal-error = { $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}の送信中に、Zoho で内部の問題が発生しました。
err-crm-authorization-failed = お使いの Zoho CRM ユーザーには、{ $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}を読み取るための権限がありません。
err-crm-invalid-token = Zoho へのサインインの有効期限が切れたか、取り消されました。
err-crm-other = Zoho が{ $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}の送信を拒否しました（{ $code }）。
err-fix-update-app = Org Viewer を最新バージョンに更新してください。それでも解決しない場合は、エラーコードを添えて問題を報告してください。
err-fix-read-scope = サインアウトしてから再びサインインし、Zoho に求められたらアクセスを許可してください。Zoho クライアントには ZohoCRM.org.READ スコープの許可が必要です。
err-fix-sign-in-again = もう一度サインインしてください。
err-fix-ask-admin-view = 組織の設定を表示できる権限を、Zoho CRM の管理者に依頼してください。
err-fix-internal = 数分後にもう一度お試しください。繰り返し発生する場合は、エラーコードを添えて Zoho サポートにお問い合わせください。
err-fix-crm-other = もう一度お試しください。繰り返し発生する場合は、エラーコードを添えて Zoho サポートにお問い合わせください。

## Zoho's limit on how often the app may ask.
err-rate-limited = 現在、Zoho がこのアプリのデータ要求の頻度を制限しています。
err-fix-long-pause = Zoho から長めの待機を求められました。しばらくしてからもう一度お試しください。
err-fix-wait = { $duration } 待ってから、もう一度お試しください。
err-fix-wait-a-minute = 1 分ほど待ってから、もう一度お試しください。

## The connection to Zoho.
err-network = Zoho に接続できませんでした。
err-network-host = Zoho（{ $host }）に接続できませんでした。
err-fix-network = インターネット接続を確認してから、もう一度お試しください。プロキシや VPN をお使いの場合は、アプリが Zoho に接続できる設定になっているか確認してください。
err-dropped = 応答が届く前に、Zoho との接続が切れました。
err-dropped-host = 応答が届く前に、Zoho（{ $host }）との接続が切れました。
err-fix-dropped = 少し待ってから、もう一度お試しください。繰り返し発生する場合は、プロキシ、VPN、またはファイアウォールが Zoho との接続を切断している可能性があります。
err-timeout = Zoho から時間内に応答がありませんでした。
err-fix-timeout = インターネット接続を確認し、少し待ってからもう一度お試しください。

## Answers the app could not use.
err-too-large = { $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}についての Zoho の応答が { $megabytes } MB を超えたため、読み取りを中止しました。
err-fix-too-large = しばらくしてからもう一度お試しください。繰り返し発生する場合は、Zoho サポートにお問い合わせください。
err-html-page = { $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}の代わりに Web ページが返されました。お使いの環境と Zoho の間にある何かが、Zoho の代わりに応答しています。
err-cut-off = { $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}を含む応答が、完全に届く前に途切れました。
err-not-zoho-json = { $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}を含む Zoho の応答を読み取れませんでした。
err-no-organization = Zoho の応答に組織が含まれていませんでした。
err-redirected = { $what ->
    [logo] ロゴ
    [accounts] サインイン
   *[org] 組織の詳細
}の要求が別のアドレスに転送されました。アプリは転送先には接続しないため、そこには何も送信していません。
err-fix-html-page = ネットワークで Wi-Fi のログインページやプロキシへのサインインが必要な場合は、先に済ませてから、もう一度お試しください。
err-fix-cut-off = インターネット接続を確認して、もう一度お試しください。
err-fix-unreadable = もう一度お試しください。繰り返し発生する場合は、Zoho サポートにお問い合わせください。
err-fix-redirected = もう一度お試しください。繰り返し発生する場合は、IT 担当者にご相談ください。お使いの環境と Zoho の間にある何かが、アプリの通信を転送している可能性があります。

## Zoho's sign-in server refused a request.
err-token-code-used = Zoho のサインインコードの有効期限が切れているか、すでに使用されていました。
err-token-revoked = 保存されている Zoho のサインインは無効になりました。取り消された可能性があります。
err-token-invalid-client = お使いのアカウントのデータセンターでは、このアプリのクライアントIDが Zoho に認識されません。
err-token-invalid-secret = このアプリのクライアントシークレットを Zoho が受け付けませんでした。
err-token-invalid-redirect = サインイン後の戻り先のアドレス（リダイレクトURI）を Zoho が受け付けませんでした。
err-token-access-denied = Zoho は数分間、このアプリの新しいサインインを受け付けない状態です。
err-token-throttled = 短時間に多くの要求があったため、Zoho はこのサインインへの新しいアクセスを一時停止しました。
err-token-revoke-other = Zoho でこのアプリをサインアウトできませんでした（{ $code }）。
err-token-other = Zoho がサインインを拒否しました（{ $code }）。
err-fix-invalid-client = クライアントIDを確認してください。Zoho の API コンソールでクライアントの「設定」を開き、お使いのデータセンターを有効にしてから（multi-DC）、もう一度サインインしてください。
err-fix-invalid-secret = Zoho の API コンソールからクライアントシークレットをもう一度コピーして、入力し直してください。
err-fix-invalid-redirect = Zoho の API コンソールで、次のリダイレクトURIを書かれたとおりにクライアントに追加してください: { $uris }
err-fix-wait-ten-minutes = 10 分ほど待ってから、もう一度お試しください。
err-fix-revoke-other = Zoho アカウントの「セッション」の「接続済みアプリ」から、このアプリを削除することもできます。
err-fix-token-other = もう一度サインインしてみてください。繰り返し発生する場合は、エラーコードを添えて問題を報告してください。

## The sign-in in the browser did not complete.
err-state-mismatch = ブラウザーからの応答がこのサインインのものではなかったため、アプリは無視しました。
err-accounts-server-not-allowed = サインインの応答で { $server } が指定されましたが、これは Zoho のサインインサーバーではないため、アプリは接続せずに中止しました。
err-api-domain-not-allowed = Zoho の応答で CRM のアドレスとして { $domain } が指定されましたが、これは Zoho のアドレスではないため、アプリは使用しません。
err-ports-unavailable = { $count ->
    [0] サインイン用のポート
    [1] ポート { $last }
   *[other] ポート { $ports }、{ $last }
}がほかのプログラムに使用されているため、アプリはサインインを受け取れませんでした。
err-sign-in-timed-out = サインインが { $duration } 以内に完了しませんでした。
err-sign-in-cancelled = サインインはキャンセルされました。
err-denied-in-browser = Zoho の同意ページでアクセスが許可されませんでした。
err-zoho-refused-sign-in = Zoho はサインインを完了できませんでした（{ $error }）。
err-missing-code = ブラウザーが Zoho のサインインコードなしで戻ってきました。
err-no-refresh-token = Zoho から継続して使えるサインインが得られませんでした。
err-fix-restart-sign-in = アプリからサインインをやり直し、開いたブラウザーのタブで完了してください。
err-fix-interference = もう一度お試しください。再び発生する場合は、IT 担当者にご相談ください。何かがサインインを妨げている可能性があります。
err-fix-ports = ほかのプログラム（またはこのアプリの別のウィンドウ）を閉じて、もう一度お試しください。
err-fix-timed-out = サインインをやり直し、ブラウザーで完了してください。
err-fix-cancelled = 準備ができたら、もう一度サインインしてください。
err-fix-denied = もう一度サインインし、アプリが組織を読み取れるようにアクセスを許可してください。
err-fix-zoho-refused = もう一度お試しください。繰り返し発生する場合は、エラーコードを添えて問題を報告してください。
err-fix-no-refresh-token = サインアウトしてから再びサインインし、Zoho が同意を求めるようにしてください。

## Nothing to sign in with.
err-not-signed-in = Zoho にサインインしていません。
err-fix-sign-in-first = 先に Zoho でサインインしてください。
err-no-client = このアプリにはまだ Zoho クライアントが設定されていません。
err-fix-no-client = Zoho の API コンソールのクライアントIDとクライアントシークレットを入力するか、ZOHO_CLIENT_ID と ZOHO_CLIENT_SECRET を設定してください。

## Changing the logo at Zoho was refused.
err-logo-too-large = ロゴが大きすぎるため、Zoho が受け付けませんでした。Zoho では何も変更されていません。
err-fix-logo-too-large = Zoho の上限は 1 MB、1,000 万ピクセルです。もっと小さい画像を選んでください。
err-logo-not-a-picture = Zoho がファイルを画像として受け付けませんでした。Zoho では何も変更されていません。
err-fix-logo-not-a-picture = PNG、JPEG、または GIF の画像を選んでください。
err-logo-no-write-scope = Zoho から得た許可では、ロゴを変更できません。Zoho では何も変更されていません。
err-fix-logo-no-write-scope = もう一度試し、Zoho に求められたらアクセスを許可してください。Zoho クライアントには ZohoCRM.org.ALL スコープの許可が必要です。
err-logo-not-allowed = お使いの Zoho CRM ユーザーには、この組織のロゴを変更する権限がありません。Zoho では何も変更されていません。
err-fix-logo-not-allowed = 組織の設定を変更できる権限を、Zoho CRM の管理者に依頼してください。
err-logo-outcome-unknown = ロゴが変更されたかどうかを Zoho が返す前に、Zoho との接続が切れました。
err-fix-logo-outcome-unknown = もう一度試す前に、Zoho CRM でロゴを確認してください。{ $then }
err-logo-unchanged = { $summary }Zoho では何も変更されていません。

## The window's own problems: signing in, the demo, signing out.
err-fix-check-client = クライアントIDとクライアントシークレットを確認して、もう一度お試しください。
err-client-not-saved = クライアントを保存できませんでした。
err-fix-client-not-saved = 今すぐサインインすることはできます。次回もクライアントの入力を求められます。
err-sign-in-not-opened = サインインを開始できませんでした。
err-sign-out-not-forgotten = サインアウトしましたが、このコンピューターからサインイン情報を削除できませんでした: { $error }
err-fix-sign-out-again = もう一度サインアウトしてみてください。
err-sign-out-not-told = このコンピューターではサインアウトしましたが、Zoho に伝えられませんでした。
err-fix-sign-out-not-told = 念のため、Zoho アカウントの「セッション」の「接続済みアプリ」から、このアプリを削除してください。
err-demo-not-started = デモを開始できませんでした。
err-fix-demo-not-started = アプリのほかのウィンドウを閉じて、もう一度お試しください。
err-demo-no-room = デモを開始できませんでした。ファイルを保存する空き容量がありません。
err-fix-free-disk = ディスクの空き容量を増やして、もう一度お試しください。
err-sign-in-page-unreachable = このコンピューターから Zoho のサインインページに接続できません。
err-fix-sign-in-page-unreachable = インターネット接続を確認して（または Zoho がブロックされていないか IT 担当者に確認して）、もう一度お試しください。
err-fix-not-saved-sign-in = ディスクがいっぱいでないこと、設定フォルダーの所有者がご自身であることを確認してから、もう一度サインインしてください。
err-app-damaged-address = アプリが破損しています: Zoho のアドレスを読み取れません。
err-fix-reinstall = アプリを再インストールしてください。

## Changing the logo (the logo panel and its dialog).
err-fitted-not-shown = 調整した画像を表示できませんでした。
err-fix-another-picture = 別の画像をお試しください。
err-org-gone = 変更する組織の 1 つが、このコンピューターでサインインしていない状態です。
err-fix-org-gone = その組織に再びサインインしてから、ロゴを変更してください。
err-logo-busy = { $org } のロゴは、別の変更を処理中です。
err-fix-logo-busy = 完了するまで待ってから、もう一度お試しください。
err-nothing-changed = 何も変更されていません。
err-earlier-logo-unreadable = 以前のロゴを読み取れませんでした。
err-fix-try-again = もう一度お試しください。
err-logo-change-cancelled = ロゴの変更をキャンセルしました。Zoho では何も変更されていません。
err-earlier-logo-gone = その以前のロゴはもうありません。
err-fix-earlier-logo-gone = 一覧から別のロゴを選んでください。
err-fix-pick-another = 別のものを選んでください。
err-clipboard-empty = クリップボードに画像がありません。
err-fix-clipboard-empty = 先に画像をコピーするか、「ロゴを変更…」で画像ファイルを選んでください。
err-clipboard-too-large = クリップボードの画像が大きすぎます。
err-fix-clipboard-too-large = 画像をファイルとして保存し、そのファイルを選んでください。
err-no-file-dialog = このコンピューターでは、ファイル選択画面を利用できません。
err-fix-no-file-dialog = 画像をロゴにドロップするか、画像をコピーして Ctrl+V でここに貼り付けてください。
err-file-unreadable = { $file } を読み取れませんでした。
err-fix-check-file = ファイルを確認して、もう一度お試しください。
err-pasted-not-picture = 貼り付けられたものは、アプリで使える画像ではありません。
err-fix-pasted-not-picture = 画像をもう一度コピーするか、代わりに画像ファイルを選んでください。
err-picture-unusable = この画像はロゴにできません: { $why }。
err-fix-picture-unusable = PNG、JPEG、GIF、WebP、または BMP の画像を選んでください。

## Copying and saving the logo.
err-clipboard-failed = ロゴをクリップボードにコピーできませんでした。
err-fix-clipboard-failed = もう一度試すか、代わりにロゴをファイルに保存してください。
err-folder-not-opened = フォルダー { $folder } を開けませんでした。
err-fix-folder-not-opened = ファイルマネージャーから開いてください。
err-logo-not-saved = ロゴを { $file } に保存できませんでした。
err-fix-logo-not-saved = 別のフォルダーを選んで、もう一度お試しください。
err-no-logo = 使用できるロゴがありません。
err-fix-no-logo = 更新して組織のロゴを取得してください。

## Keeping the sign-in on this computer (the system keychain or a private file).
err-store-location = { $place ->
    [keychain] システムのキーチェーン
    [memory] このアプリのメモリ（アプリを閉じると消去されます）
    [unavailable] システムのキーチェーン（このコンピューターでは使用できません）
   *[file] ファイル { $file }
}
err-store-seconds = { $seconds } 秒
err-store-keychain-timeout = システムのキーチェーンが { $duration } 以内に応答しませんでした。ロックを解除して、もう一度お試しください。
err-store-keychain-locked = システムのキーチェーンがロックされているか、Org Viewer の使用が許可されませんでした。ロックを解除して（または求められたらアクセスを許可して）、もう一度お試しください。
err-store-keychain-unusable = このコンピューターではシステムのキーチェーンを使用できません（{ $cause }）。サインイン情報を個人用のファイルに保存するには、ZOHO_ORG_VIEWER_STORE=file を設定してください。
err-store-no-keychain = このコンピューターにはシステムのキーチェーンがありません。サインイン情報を個人用のファイルに保存するには、ZOHO_ORG_VIEWER_STORE=file を設定してください。
err-store-keychain-failed = システムのキーチェーンで問題が発生しました（{ $detail }）。もう一度試すか、繰り返し発生する場合はコンピューターを再起動してください。
err-store-keychain-thread = Org Viewer は、システムのキーチェーンにアクセスするバックグラウンド処理を開始できませんでした（{ $cause }）。いくつかのプログラムを閉じて、もう一度お試しください。
err-store-no-settings-folder = ホームフォルダーがわからないため、Org Viewer は設定フォルダーを見つけられませんでした。HOME（Windows では USERPROFILE）の設定がホームフォルダーを指しているか確認してください。
err-store-file-read = Org Viewer は { $file } を読み取れませんでした: { $cause }。ファイルとそのフォルダーの所有者がご自身であることを確認してください。
err-store-file-write = Org Viewer は { $file } を保存できませんでした: { $cause }。ディスクがいっぱいでないこと、フォルダーの所有者がご自身であることを確認してください。
err-store-damaged-file = Org Viewer は認証情報ファイル { $file } を使用できません: { $reason }。もう一度サインインして置き換えてください。
err-store-damaged-org-list = Org Viewer は { $file } にある、サインインしている組織の一覧を読み取れません: { $reason }。もう一度サインインして作り直してください。
err-store-corrupt = Org Viewer は、{ $location } に保存されている{ $what ->
    [client] OAuth クライアント
   *[session] サインイン情報
}を使用できません: { $reason }。{ $what ->
    [client] クライアントIDとクライアントシークレットをもう一度入力して置き換えてください。
   *[session] もう一度サインインして置き換えてください。
}
err-store-newer-version = { $location } に保存されている{ $what ->
    [client] OAuth クライアント
   *[session] サインイン情報
}は、新しいバージョンの Org Viewer で作成されたものです（形式 { $version }）。Org Viewer を更新するか、{ $what ->
    [client] クライアントIDとクライアントシークレットをもう一度入力して置き換えてください。
   *[session] もう一度サインインして置き換えてください。
}
err-store-bad-choice = ZOHO_ORG_VIEWER_STORE に「{ $value }」が設定されていますが、Org Viewer はこの値を認識できません。"keyring" または "file" を設定するか、設定を削除してください。

## A sign-in Zoho accepted that did not stick, and opening a saved one.
err-org-not-signed-in = この組織は、このコンピューターでサインインしていません。もう一度サインインしてください。
err-no-org-id = Zoho がこのサインインの組織を示さなかったため、サインインは保存されませんでした。もう一度サインインしてください。
err-sign-in-not-saved = このコンピューターにサインイン情報を保存できなかったため、Zoho でのサインインを取り消しました: { $error }
err-fix-go-back-sign-in = アプリに戻って、もう一度サインインしてください。

## Why a picture cannot become the logo, inside a sentence ("This picture cannot become the
## logo: …"). Japanese has no capitals: both branches are the same.
err-fit-unknown = { $start ->
    [yes] アプリで読み取れる画像（PNG、JPEG、GIF、WebP、BMP）ではありません
   *[no] アプリで読み取れる画像（PNG、JPEG、GIF、WebP、BMP）ではありません
}
err-fit-unsupported = { $start ->
    [yes] アプリで読み取れない { $format } 画像です。先に PNG または JPEG で保存してください
   *[no] アプリで読み取れない { $format } 画像です。先に PNG または JPEG で保存してください
}
err-fit-too-large = { $start ->
    [yes] 大きすぎてアプリで開けません（{ $detail }）。先に縮小してください
   *[no] 大きすぎてアプリで開けません（{ $detail }）。先に縮小してください
}
err-fit-damaged = { $start ->
    [yes] ファイルが破損しています
   *[no] ファイルが破損しています
}
err-fit-cannot-fit = { $start ->
    [yes] ごく小さくしても、Zoho の上限の 1 MB を超えます
   *[no] ごく小さくしても、Zoho の上限の 1 MB を超えます
}

## Changing the logo did not go through (window and command line).
err-logo-wrong-org = Zoho が許可を出したのは { $granted } で、変更する組織ではなかったため、何も送信していません。もう一度試し、Zoho のページで { $wanted } を選んでください。
err-logo-current-unreadable = コピーを保存するための現在のロゴを読み取れなかったため、Zoho では何も変更していません: { $error }
err-logo-backup-failed = 現在のロゴのコピーをこのコンピューターに保存できなかったため（{ $cause }）、Zoho では何も変更していません。
err-fix-logo-backup-failed = データフォルダーに空き容量があり、書き込みができることを確認して、もう一度お試しください。

## Where the sign-in is kept (a notice shown once), and the keychain's causes.
err-store-file-notice = { $reason ->
    [asked] ZOHO_ORG_VIEWER_STORE=file の指定により
   *[no_keychain] このコンピューターには使用できるシステムのキーチェーンがないため
}、サインイン情報は { $location } に、あなただけが読める形で保存されています。
err-store-cause-locked = ロックされているか、Org Viewer の使用が許可されていません
err-store-cause-timeout = { $duration } 以内に応答がありませんでした
err-store-trouble-ambiguous = Org Viewer のエントリが複数あります
err-store-trouble-too-long = エントリが上限の { $limit } 文字を超えています
err-store-trouble-not-text = Org Viewer のエントリが読み取れるテキストではありません
err-store-trouble-vanished = 読み取り中にエントリが消えました
err-store-trouble-stopped = キーチェーンとやり取りする処理が予期せず停止しました

## Problems of other screens that the window shows the same way.

## The command line's error line (one line on stderr).
err-cli-fix-login-again = `zoho-org-viewer login` を実行して、もう一度サインインしてください。
err-cli-fix-ports = { $fix }または、ZOHO_ORG_VIEWER_REDIRECT_PORT に、リダイレクトURIがクライアントに登録されている空きポートを設定してください。

## The client form (under its fields) and the command line's setup.
err-client-id-empty = Zoho の API コンソールのクライアントIDを入力してください。
err-client-id-spaces = クライアントIDにスペースや改行は含められません。Zoho の API コンソールからもう一度コピーしてください。
err-client-id-is-secret = これはクライアントシークレットのようです。ここにはクライアントIDを貼り付けてください。クライアントIDは「1000.」で始まります。
err-client-id-prefix = Zoho のクライアントIDは「1000.」で始まります。Zoho の API コンソールからもう一度コピーしてください。
err-client-id-characters = Zoho のクライアントIDは、「1000.」の後が英大文字と数字だけです。Zoho の API コンソールからもう一度コピーしてください。
err-client-id-length = Zoho のクライアントIDは「1000.」の後が { $expected } 文字ですが、入力されたものは { $length } 文字です。全体がコピーされているか確認してください。
err-client-secret-empty = Zoho の API コンソールのクライアントシークレットを入力してください。
err-client-secret-spaces = クライアントシークレットにスペースや改行は含められません。Zoho の API コンソールからもう一度コピーしてください。
err-client-secret-is-id = これはクライアントIDのようです。ここにはクライアントシークレットを貼り付けてください。英字と数字からなる、長いほうのコードです。
err-client-secret-characters = Zoho のクライアントシークレットは、数字 0～9 と英字 a～f だけでできています。Zoho の API コンソールからもう一度コピーしてください。
err-client-secret-length = Zoho のクライアントシークレットは { $expected } 文字ですが、入力されたものは { $length } 文字です。全体がコピーされているか確認してください。

## The logo panel when a logo cannot be drawn.
err-preview-unsupported = このアプリでは { $format } 画像を表示できませんが、ロゴを保存してほかのアプリで開くことはできます。
err-preview-too-large = ロゴが大きすぎて表示できません（{ $detail }）。保存することはできます。
err-preview-damaged = ロゴのファイルが破損しているため表示できません。保存することはできます。
err-cli-sign-in-revoked = { $error }{ $org } のサインイン情報をこのコンピューターから削除しました。再びサインインするには、`zoho-org-viewer login` を実行してください。
err-cli-some-orgs-failed = { $total } 個の組織のうち { $failed } 個を取得できませんでした。上の行を参照してください。
err-cli-no-client = サインインに使う Zoho クライアントが設定されていません。Zoho の API コンソール（https://api-console.zoho.com）で、リダイレクトURI { $redirect_uris } を指定してサーバーベースのクライアントを作成し、そのクライアントIDとクライアントシークレットを ZOHO_CLIENT_ID と ZOHO_CLIENT_SECRET に設定してください。
err-cli-not-signed-in = このコンピューターでは、どの組織にもサインインしていません。先に `zoho-org-viewer login` を実行してください。
err-cli-no-logo = 組織には Zoho CRM のロゴがないため、ファイルは書き込まれませんでした。
err-cli-out-is-folder = { $path } はフォルダーです。{ $example } のように、ロゴのファイル名を指定してください。
err-cli-save-logo = ロゴを { $path } に保存できませんでした: { $cause }。フォルダーが存在し、書き込みできることを確認してください。何も書き込まれていません。
err-cli-revoke-failed = このコンピューターでは { $org } からサインアウトしましたが、Zoho にサインインの取り消しを依頼できませんでした。{ $reason }削除するまで、アプリは Zoho へのアクセスを保持している可能性があります。Zoho アカウントにサインインし、「セッション」、「接続済みアプリ」の順に開いて、Org Viewer を削除してください。
err-cli-forget-failed = { $revoked ->
    [yes] Zoho はアプリのアクセスを取り消しましたが、
   *[no] Zoho にサインインの取り消しを依頼できず、さらに
}{ $org } のサインイン情報をこのコンピューターから削除できませんでした: { $error }これを解決してから、コマンドをもう一度実行してください。
err-cli-read-picture = { $path } を読み取れませんでした: { $cause }。ファイル名を確認してください。ロゴは変更されていません。
err-cli-picture = { $path } はロゴにできません: { $why }。ロゴは変更されていません。
err-cli-one-org-only = logo --out で保存できるのは 1 つの組織のロゴです。--org を 1 つだけ指定してください。
err-cli-some-logos-unchanged = { $total } 個の組織のうち { $failed } 個のロゴは変更されませんでした。上の行を参照してください。
err-cli-nothing-to-do = ロゴをどうするか指定してください: --out FILE、--set FILE、または --remove。
err-cli-runtime = コマンドのバックグラウンド処理を開始できませんでした（{ $cause }）。いくつかのプログラムを閉じて、もう一度お試しください。
err-cli-window = アプリのウィンドウを開けませんでした（{ $detail }）。デスクトップのセッションで実行していること、グラフィックドライバーが OpenGL 2 以降に対応していることを確認してください。コマンド（login、org、logo、logout）はウィンドウなしで使えます。
err-cli-choose-org = { $error }次のいずれかを、ID、ドメイン、またはその組織だけに一致する名前の一部で指定してください: { $choices }
err-cli-org-choice = { $name }（ID { $id }）
err-store-none-signed-in = このコンピューターでは、どの組織にもサインインしていません。
err-store-no-match = 「{ $query }」に一致する、サインイン中の組織はありません。
err-store-ambiguous = 「{ $query }」は、サインイン中の複数の組織に一致します。

## Why a saved file cannot be used: a clause after a colon (err-store-damaged-file,
## err-store-damaged-org-list, err-store-corrupt).
err-damaged-not-json = 内容が正しい JSON ではありません（{ $line } 行目、{ $column } 列目）
err-damaged-not-object = 内容が JSON オブジェクトではありません
err-damaged-no-version = 形式のバージョンがありません
err-damaged-version-not-number = 形式のバージョンが数値ではありません
err-damaged-cut-short = 内容が途中で切れています
err-damaged-unreadable = 内容を読み取れませんでした
err-damaged-missing-entry = 必須の項目がありません（missing field { $field }）
err-damaged-wrong-kind = 項目の値の種類が正しくありません
err-damaged-too-large = ファイルが大きすぎます
err-damaged-not-text = ファイルがテキストではありません
err-damaged-symbolic-link = ファイルがシンボリックリンクです。Org Viewer はシンボリックリンクをたどりません
err-damaged-not-a-file = 通常のファイルではありません（フォルダー、名前付きパイプ、またはデバイスです）
err-damaged-newer-file = 新しいバージョンの Org Viewer で作成されたファイルです（形式 { $version }）
err-damaged-newer-list = 新しいバージョンのアプリで書き込まれた一覧です（{ $version }）
err-damaged-not-encoded = データをエンコードできませんでした
err-damaged-empty-client-id = クライアントIDが空です
err-damaged-empty-client-secret = クライアントシークレットが空です
err-damaged-empty = { $name ->
    [refresh] リフレッシュトークンが空です
    [accounts] アカウントサーバーのアドレスが空です
   *[api] API ドメインが空です
}
err-damaged-expiry = アクセストークンの有効期限が範囲外です
err-damaged-not-address = { $name ->
    [accounts] アカウントサーバーのアドレスが Web アドレスではありません
   *[api] API ドメインが Web アドレスではありません
}
err-damaged-no-org-id = Zoho から送られた組織に ID がありません

## A crash: printed as the app stops, and shown once at the next start.
err-crash-reported = 内部エラーのため Org Viewer が停止しました。レポートは { $file } にあります。
err-crash-unreported = 内部エラーのため Org Viewer が停止しました（レポートを書き込めませんでした: { $error }）。
err-crash-last-time = 前回、Org Viewer が予期せず終了しました。再び起きた場合は、{ $file } を添付して報告してください。

## Logo changes.
err-logo-changed-done = { $org } のロゴを変更しました。
err-logo-removed-done = { $org } のロゴを削除しました。
err-choose-logo-title = 新しいロゴを選択
err-pictures-filter = 画像
err-unknown-format = 不明な形式

## What fitting a picture to Zoho's logo limits did (follows ui-picture-was, cli-picture-was).
err-fit-sent-as-is = そのまま送信（{ $format }、{ $sent }、{ $size }）
err-fit-converted = { $from } から { $to } に変換、{ $sizes }
err-fit-re-encoded = { $format } として再エンコード、{ $sizes }
err-fit-scaled = { $original } から { $sent } に縮小、{ $sizes }
## Why: a sentence; in the window its first letter is lowered unless it starts with "Zoho".
err-fit-within-limits = Zoho の上限（1 MB、1,000 万画素）以内です。
err-fit-format-not-taken = Zoho が受け付けることが分かっているのは PNG、JPEG、GIF のロゴだけです。
err-fit-too-heavy = Zoho が受け付けるロゴは 1 MB までです。
err-fit-too-many-pixels = Zoho が受け付けるロゴは 1,000 万画素、1 MB までです。
err-fit-still-too-heavy = Zoho が受け付けるロゴは 1 MB までで、再エンコードだけでは足りませんでした。
