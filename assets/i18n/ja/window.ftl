# The window's own words: the top bar and its menu, the welcome, client-form and sign-in screens,
# the logo panel and its change dialog, the save prompt, the status area and About.
# "Zoho", "Zoho CRM" and "Org Viewer" are product names: keep them as they are.

## Top bar and menu (☰). Menu entries are short; one that opens a window ends in "…".

ui-menu = ☰ メニュー
ui-app-icon = アプリのアイコン
ui-demo-badge = デモ
ui-appearance = 外観
ui-theme-system = システムと同じ
ui-theme-light = ライト
ui-theme-dark = ダーク
ui-organizations = 組織
ui-add-organization = 組織を追加…
ui-sign-out-this = この組織からサインアウト…
ui-sign-out-all = すべてからサインアウト…
ui-about = Org Viewer について…

## About window.

ui-app-icon-large = Org Viewer のアイコン
ui-version = バージョン { $version }
ui-about-text = Zoho CRM の組織の詳細とロゴを表示します。読み取り専用です。ただしロゴを変更するときだけは、Zoho から一度限りの許可を得て変更し、終わるとその許可を破棄します。
ui-help-link = アプリの使い方
ui-sign-in-kept-in = サインイン情報の保存先: { $place }
ui-open-data-folder = データフォルダーを開く
ui-not-by-zoho = このアプリは Zoho が作成したものではありません。Zoho および Zoho CRM は Zoho Corporation の商標です。
ui-close = 閉じる
ui-system-keychain = システムのキーチェーン

## Waiting screens (a spinner with one line).

ui-starting = 起動しています…
ui-loading-org = 組織を読み込んでいます…

## Status area at the bottom of the window.

ui-ready = 準備完了
ui-done = ✔ { $text }
ui-problem-line = ⚠ { $text }
ui-notice = { $text }
ui-details-show = 詳細
ui-details-hide = 詳細を隠す
ui-copy-details = 詳細をコピー
ui-close-message-hover = このメッセージを閉じる
ui-close-message = メッセージを閉じる

## Status messages. { $name } is a company name from Zoho; { $path } a file path.

ui-signed-in-again = { $name } に再びサインインしました
ui-added-org = { $name } を追加しました
ui-logo-copied = ロゴをクリップボードにコピーしました
ui-signed-out = サインアウトしました
ui-demo-notice = デモ: このコンピューター上のシミュレーションの Zoho にサインインしています。
ui-demo-left = デモを終了しました
ui-logo-saved = ロゴを { $path } に保存しました
ui-export-saved = { $format } を { $path } に保存しました
ui-overview-saved = 概要を { $path } に保存しました
ui-copying-logo = ロゴをコピーしています…
ui-signing-out = サインアウトしています…
ui-bad-sign-in-address = サインインのアドレスを読み取れません。
ui-reinstall = アプリを再インストールしてください。

## Sign-out confirmation. { $name } is a company name from Zoho.

ui-sign-out-title = { $name } からサインアウトしますか？
ui-this-organization = この組織
ui-sign-out-body = このコンピューター上のこの組織のサインイン情報を削除し、Zoho にサインインの終了を依頼します。ほかの組織はサインインしたままです。いつでも再びサインインできます。
ui-sign-out-confirm = サインアウトする

## Shared buttons.

ui-cancel = キャンセル
ui-copy = コピー
ui-copied = ✔ コピーしました
ui-copy-what = { $what }をコピー
ui-copied-what = { $what }をコピーしました

## Screen for an org that could not be loaded.

ui-load-failed-title = 組織を読み込めませんでした
ui-load-failed-body = 何が起きたか、どうすればよいかは、ウィンドウの下部に表示されています。
ui-try-again = もう一度試す
ui-sign-out = サインアウト…

## Welcome screen.

ui-region-global = 中国以外
ui-region-china = 中国（zoho.com.cn）
ui-welcome-tagline = 組織の詳細とロゴを表示し、値をコピーしたり、ロゴを保存したりできます。
ui-sign-in-with-zoho = Zoho でサインイン
ui-browser-opens = ブラウザーで Zoho のサインインページが開きます。アプリがパスワードを見ることはありません。
ui-account-in = Zoho アカウントの地域
ui-no-account = Zoho アカウントをお持ちでない場合
ui-try-demo = デモを試す
ui-try-demo-hover = シミュレーションの組織でアプリを開きます。アカウントは不要です
ui-change-client = Zoho クライアントを変更…
ui-in-demo = デモを使用中です。このコンピューター上のシミュレーションの Zoho にサインインします。アカウントは不要です。
ui-demo-sign-in-again = デモに再びサインイン
ui-leave-demo = デモを終了
ui-leave-demo-hover = ご自身の Zoho の組織に戻ります

## Signing-in screen (waiting for the browser).

ui-waiting-sign-in = サインインを待っています
ui-sign-in-page-open = ブラウザーで Zoho のサインインページが開いています。そこでサインインしてアクセスを許可してから、ここに戻ってください。
ui-preparing-sign-in = サインインを準備しています…
ui-time-left = 残り時間: { $left }
ui-open-sign-in-again = サインインページをもう一度開く
ui-browser-did-not-open = ブラウザーが開きませんか？ このアドレスをブラウザーにコピーしてください:
ui-sign-in-address = サインインのアドレス

## Client form: connecting the app to Zoho.

ui-connect-title = アプリを Zoho に接続
ui-connect-intro = サインインする前に、Zoho にこのアプリを登録する必要があります。所要時間は約 2 分で、一度だけ行います。
ui-step-console = Zoho の API コンソールを開いてサインインします:
ui-step-add-client = 「クライアントを追加」を選び、「サーバーベースのアプリケーション」を選びます。名前は何でもよく、ホームページには会社のWebサイトを入力してください。
ui-step-redirect = 「承認済みのリダイレクトURI」に、次の URI をそれぞれ書かれたとおりに追加します:
ui-redirect-uri = リダイレクト URI { $uri }
ui-redirect-ports = 2 番目と 3 番目は、ほかのプログラムが最初のポートを使用しているときだけ使われます。
ui-step-create = クライアントを作成し、その「クライアントID」と「クライアントシークレット」をここにコピーします:
ui-client-id = クライアントID
ui-client-id-hint = Zoho のクライアントIDを貼り付けてください
ui-client-secret = クライアントシークレット
ui-client-secret-hint = Zoho のクライアントシークレットを貼り付けてください
ui-show = 表示
ui-save-and-sign-in = 保存してサインイン
ui-back = 戻る
ui-try-demo-instead = 代わりにデモを試す
ui-secret-kept-in = クライアントシークレットの保存先: { $place }

## Save prompt (when the system offers no file chooser, or a file exists).

ui-save-logo-title = ロゴを保存
ui-export-pdf-title = PDF としてエクスポート
ui-export-json-title = JSON としてエクスポート
ui-export-overview-title = 概要を CSV としてエクスポート
ui-file-exists = 「{ $name }」という名前のファイルがすでにあります。置き換えますか？
ui-replace = 置き換える
ui-choose-another-name = 別の名前を選ぶ
ui-type-where = このコンピューターでは通常のファイル選択画面を表示できなかったため、{ $what ->
        [logo] ロゴ
       *[file] ファイル
    }の保存先をここに入力してください。存在しないフォルダーは作成されます。
ui-save-as = 保存先
ui-save = 保存

## Logo panel on the org screen.

ui-logo-heading = ロゴ
ui-org-logo = 組織のロゴ
ui-loading-logo = ロゴを読み込んでいます…
ui-no-logo-yet = この組織にはロゴがありません。
ui-logo-failed = ロゴを読み込めませんでした。更新してもう一度お試しください。
ui-copy-image = 画像をコピー
ui-copy-image-hover = 画像をクリップボードにコピーします
ui-save-logo = ロゴを保存…
ui-save-logo-hover = Zoho から送られたとおりのロゴファイルを保存します（Ctrl+S）
ui-saved-to = { $path } に保存しました
ui-open-folder = フォルダーを開く

## Changing the logo (below the logo panel).

ui-grant-sentence = ロゴを変更するため、Zoho がブラウザーで一度だけ許可を求めます。アプリはその許可をメモリ上にだけ保持し、変更が終わると破棄します。
ui-change-logo-button = ロゴを変更…
ui-change-logo-hover = 新しい画像を選びます。何かが変更される前に、送信される内容をそのまま確認できます。画像をウィンドウにドロップしたり、貼り付けたりすることもできます。
ui-paste-picture = 画像を貼り付け
ui-paste-picture-hover = クリップボードの画像を新しいロゴにします
ui-remove-logo-button = ロゴを削除…
ui-remove-logo-hover = Zoho CRM のロゴを削除します。先にコピーが保存されます
ui-fitting = 画像を Zoho の上限に合わせています…
ui-new-logo = 新しいロゴ
ui-chosen = 選んだ画像: { $measure }
ui-will-be-sent = 送信される画像: { $measure }
ui-change-logo = ロゴを変更
ui-remove-question = Zoho CRM でこの組織のロゴを削除しますか？ 先にこのコンピューターにコピーが保存され、「以前のロゴ」から復元できます。
ui-remove-confirm = ロゴを削除する
ui-waiting-permission = ブラウザーでの許可を待っています。Zoho のページで { $name } を選んでください。
ui-opening-zoho = ブラウザーで Zoho を開いています…
ui-backup-saved = 変更前のロゴを { $path } に保存しました。
ui-earlier-logos = 以前のロゴ（{ $count }）
ui-earlier-logos-note = 変更のたびに、その前にこのコンピューターに保存されたものです。復元するときは、Zoho がブラウザーで一度だけ許可を求めます。
ui-restore = 復元
ui-restore-hover = これを再びロゴにします
ui-also-change = 次の組織も同じように変更する:
ui-one-at-a-time = Zoho の許可は一度に 1 つの組織にしか出ないため、これら { $count } 個の組織それぞれについて、ブラウザーが 1 回ずつ順に開きます。各組織の現在のロゴは、それぞれコピーが保存されます。
ui-now = 現在
ui-after-change = 変更後
ui-logo-now = 現在のロゴ
ui-logo-after-change = 変更後のロゴ
ui-no-logo = ロゴなし
ui-sent-as-is = 画像はそのまま送信されます: { $why }
ui-picture-was = 画像: { $what }。理由: { $why }
ui-fit-why = { $reason ->
    [unchanged] Zoho の上限（1 MB、1,000 万画素）以内です。
    [converted] Zoho が受け付けることが確認されているのは PNG、JPEG、GIF のロゴだけです。
    [re-encoded] Zoho が受け付けるロゴは 1 MB までです。
    [scaled-pixels] Zoho が受け付けるロゴは 1,000 万画素かつ 1 MB までです。
   *[scaled-bytes] Zoho が受け付けるロゴは 1 MB までで、再エンコードだけでは収まりませんでした。
}
ui-fit-change = { $change ->
    [converted] { $from } から { $to } に変換、{ $sizes }
    [re-encoded] { $to } として再エンコード、{ $sizes }
   *[scaled] { $from } から { $to } に縮小、{ $sizes }
}
