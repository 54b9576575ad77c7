# The organization screen, the switcher, the overview, compare and the exports (PDF, CSV).
# Placeholders hold Zoho's data (company names, values) or numbers; never translate those.

## Field values and labels (organization screen, Copy all, the command line's `org`, the PDF)

org-value-not-set = 未設定
org-value-on = オン
org-value-off = オフ
org-value-role-hierarchy = 役職の階層
org-value-reporting-to-hierarchy = 上司の階層
org-value-cut = { $start }…（全 { $count } 文字。「コピー」ですべてコピーされます）
org-rows-not-shown = ほかに { $count } 個の項目がここには表示されていません。「すべてコピー」と「JSON としてコピー」にはすべて含まれます。
org-untitled = Zoho CRM の組織
org-readable-title = { $name }（{ $environment }）
org-readable-line = { $label }: { $value }

# The kind of organization (badges, the Environment field, the overview). Zoho's terms.
org-environment-production = 本番環境
org-environment-sandbox = サンドボックス
org-environment-developer = 開発者
org-environment-bigin = Bigin
org-environment-production-short = 本番
org-environment-sandbox-short = サンドボックス
org-environment-developer-short = 開発
org-environment-bigin-short = Bigin

# Section headings on the organization screen, in Copy all, compare and the PDF.
org-section-company = 会社
org-section-contact = 連絡先
org-section-address = 住所
org-section-locale = 地域と通貨
org-section-licence = ライセンス
org-section-identifiers = ID
org-section-settings = 設定
org-section-other = その他

# Field labels.
org-field-company-name = 会社名
org-field-alias = 別名
org-field-description = 説明
org-field-environment = 環境
org-field-employees = 従業員数
org-field-created = 作成日
org-field-primary-email = メインのメールアドレス
org-field-phone = 電話
org-field-mobile = 携帯電話
org-field-fax = FAX
org-field-website = Webサイト
org-field-street = 番地
org-field-city = 市区町村
org-field-state-or-province = 都道府県
org-field-postal-code = 郵便番号
org-field-country = 国
org-field-country-code = 国コード
org-field-time-zone = タイムゾーン
org-field-currency = 通貨
org-field-currency-code = 通貨コード
org-field-currency-symbol = 通貨記号
org-field-currency-locale = 通貨のロケール
org-field-multiple-currencies = 複数通貨
org-field-edition = プラン
org-field-paid-plan = 有料プラン
org-field-paid-plan-ends = 有料プランの終了日
org-field-user-licences = ユーザーライセンス
org-field-portal-user-licences = ポータルユーザーライセンス
org-field-trial = 無料トライアル
org-field-trial-ends = 無料トライアルの終了日
org-field-what-happens-after-the-trial = 無料トライアル終了後
org-field-licence-details = ライセンスの詳細
org-field-organization-id = 組織ID
org-field-domain-name = ドメイン名
org-field-primary-user-id-zuid = メインユーザーID（ZUID）
org-field-group-id-zgid = グループID（ZGID）
org-field-encrypted-group-id = 暗号化されたグループID
org-field-zia-portal-id = Zia ポータルID
org-field-zia-group-id = Zia グループID
org-field-logo-file-id = ロゴのファイルID
org-field-google-workspace-integration = Google Workspace 連携
org-field-translation = 翻訳
org-field-privacy-settings = プライバシー設定
org-field-hipaa-compliance = HIPAA 準拠
org-field-lite-users = ライトユーザー
org-field-account-can-be-deleted = アカウントの削除可否
org-field-connected-apps-oauth = 接続済みアプリ（OAuth）
org-field-records-per-page-at-most = 1 ページあたりの最大データ数
org-field-call-icon = 電話アイコン
org-field-hierarchy = 階層
org-field-strictly-reporting = 直属の部下のみ
org-field-check-in-restricted-for = チェックインの制限対象
org-field-check-in = チェックイン

# Licence badges in the organization's header; $days is a number of days (2 to 14).
org-alert-plan-expired = プランの期限切れ
org-alert-plan-ends = { $days ->
    [1] プランは 1 日以内に終了
   *[other] プランはあと { $days } 日で終了
}
org-alert-trial-ends = { $days ->
    [1] 無料トライアルは 1 日以内に終了
   *[other] 無料トライアルはあと { $days } 日で終了
}
org-alert-trial-ended = 無料トライアル終了
org-alert-plan-hint = 有料プランの終了日: { $date }
org-alert-trial-hint = 無料トライアルの終了日: { $date }

# File sizes (logo details).
org-file-size-bytes = { $bytes } バイト
org-file-size-kb = { $size } KB
org-file-size-mb = { $size } MB

## Export… on the organization screen (the worker's answers, the save dialog)

org-export-nothing = エクスポートするものがまだありません。
org-export-nothing-resolution = 更新して組織を取得してから、もう一度エクスポートしてください。
org-export-pdf-failed = PDF を作成できませんでした。
org-export-pdf-failed-resolution = もう一度お試しください。何度も失敗する場合は、JSON としてエクスポートし、問題を報告してください。
org-export-not-saved = エクスポートを { $path } に保存できませんでした。
org-export-not-saved-resolution = 別のフォルダーを選んで、もう一度お試しください。
org-export-pdf-dialog = PDF としてエクスポート
org-export-json-dialog = JSON としてエクスポート

## Export… on the overview

org-overview-export-nothing = エクスポートする組織がありません。
org-overview-export-nothing-resolution = 組織にサインインしてから、もう一度エクスポートしてください。
org-overview-export-not-saved = 概要を { $path } に保存できませんでした。
org-overview-export-dialog = 概要を CSV としてエクスポート
org-overview-export-file-name = Zoho の組織.csv

## The PDF export (Export… → PDF document…)

org-pdf-kind = { $environment } · Zoho CRM の組織
org-pdf-title = { $name }: Zoho CRM の組織
org-pdf-page = { $page } / { $pages } ページ
org-pdf-value-cut = { $start }…（全 { $count } 文字。JSON のエクスポートにはすべて含まれます）
org-export-file-name = { $company } 組織情報.{ $extension }
org-export-file-name-untitled = Zoho 組織情報.{ $extension }
org-fetched = 取得日時: { $when }

## The overview (every signed-in organization in one table)

org-overview-column-name = 組織
org-overview-column-environment = 環境
org-overview-column-data-centre = データセンター
org-overview-column-edition = プラン
org-overview-column-paid = 有料/トライアル
org-overview-column-expiry = 終了日
org-overview-column-users = ユーザー
org-overview-column-time-zone = タイムゾーン
org-overview-column-currency = 通貨
org-overview-column-fetched = 最終取得
org-overview-column-state = 状態
org-overview-sort-by = { $column ->
    [name] 組織
    [environment] 環境
    [data-centre] データセンター
    [edition] プラン
    [paid] 有料/トライアル
    [expiry] プランまたはトライアルの終了日
    [users] ユーザー
    [time-zone] タイムゾーン
    [currency] 通貨
    [fetched] 最終取得
   *[state] 状態
}で並べ替え
org-overview-paid = 有料
org-overview-trial = 無料トライアル
org-overview-free = 無料
org-overview-expiry-alert = { $date }（{ $alert }）

# The "State" column: one word, and the sentence behind it (tooltip, screen readers).
org-state-fresh = 最新
org-state-refreshing = 更新中
org-state-saved = 保存済み
org-state-not-fetched = 未取得
org-state-offline = オフライン
org-state-problem = 問題あり
org-state-fresh-sentence = 最新です。アプリの起動後に Zoho から取得しました。
org-state-refreshing-sentence = 現在 Zoho から取得しています。
org-state-saved-sentence = 前回の利用時に保存されたデータです。更新すると Zoho から取得します。
org-state-not-fetched-sentence = まだ取得していません。更新すると Zoho から取得します。
org-state-offline-sentence = Zoho に接続できないため、保存されたデータを表示しています。接続を確認して更新してください。
org-state-problem-sentence = { $summary }{ $resolution }
org-state-stale = 前回の更新がうまくいきませんでした。
org-state-stale-resolution = もう一度更新してください。
org-state-label = { $word }: { $sentence }
org-state-problem-tooltip = { $sentence }クリックすると詳細を表示します。
org-copy-details = 詳細をコピー

# The overview's heading, with the number of signed-in organizations beside it.
org-overview-title = 概要
org-overview-count = { $count } 個の組織
org-overview-search-hint = 名前、ID、ドメイン、データセンターで検索
org-overview-search = 組織を検索
org-overview-search-tooltip = 名前、ID、ドメイン、データセンターにこの文字列を含む組織を表示します
org-overview-refresh-all-button = ⟳ すべて更新
org-overview-refresh-all = すべて更新
org-overview-refresh-all-tooltip = すべての組織をまとめて再取得します（F5）
org-refreshing = 更新しています…
org-overview-copy-table = 表をコピー
org-overview-copy-table-tooltip = 表示中の行をタブ区切りでコピーします。スプレッドシートに貼り付けられます
org-export-button = エクスポート…
org-overview-export-tooltip = すべての組織の行を CSV ファイルとして保存します
org-overview-no-match = 一致する組織はありません。検索ボックスを空にすると、すべて表示されます。
org-overview-column-logo = ロゴ
org-overview-open-tooltip = この組織を開く
org-overview-open = { $name } を開く

## The organization screen's header and actions

org-caveat-cached = 前回の利用時のデータ
org-caveat-offline = オフライン: 保存されたデータを表示中
org-caveat-stale = 最新ではありません: 保存されたデータを表示中
org-caveat-fetched = { $caveat } · { $fetched }
org-your-organization = あなたの組織
org-logo-alt = 組織のロゴ
org-copy-all = すべてコピー
org-copy-all-tooltip = すべての値を読みやすいテキストでコピーします
org-copy-json = JSON としてコピー
org-copy-json-tooltip = Zoho から送られたデータをそのままコピーします
org-sign-out = サインアウト…
org-sign-out-tooltip = サインアウトし、このコンピューターからサインイン情報を削除します
org-refresh-button = ⟳ 更新
org-refresh = 更新
org-refresh-tooltip = 組織を再取得します（F5）
org-exported-to = { $path } にエクスポートしました
org-open-folder = フォルダーを開く
org-open-folder-tooltip = エクスポートしたファイルをファイルマネージャーで表示します
org-export-tooltip = 組織の詳細をファイルとして保存します
org-export-pdf = PDF ドキュメント…
org-export-pdf-tooltip = 印刷やサポートへの問い合わせに添付できる、読みやすいページ
org-export-json = JSON ファイル…
org-export-json-tooltip = Zoho から送られたとおりの、すべての項目を含むデータ

## The filter box above the sections

org-filter = 項目を絞り込む
org-filter-tooltip = 名前または値にこの文字列を含む項目を表示します（Ctrl+F）
org-filter-no-match = 一致する項目はありません。絞り込みボックスで Esc キーを押すと、すべての項目が表示されます。
org-filter-matches = { $count } 個の項目が一致
org-section-no-match = 一致する項目なし
org-section-show = 表示
org-section-show-tooltip = これらの項目を表示します
org-section-hide = 隠す
org-section-hide-tooltip = これらの項目を再び折りたたみます
org-section-show-name = { $section }を表示
org-section-hide-name = { $section }を隠す

## The switcher (the list of signed-in organizations down the left, or a menu in the top bar)

org-switcher-menu = 組織を切り替え（表示中: { $name }）
org-switcher-heading = 組織
org-switcher-unfold = 組織の名前を表示
org-switcher-fold = 組織のロゴだけを表示
org-switcher-sign-out = この組織からサインアウト…
org-switcher-overview-tooltip = すべての組織を 1 つの表で表示
org-switcher-compare-tooltip = 2 つの組織を並べて表示
org-switcher-compare-disabled = 比較するには、2 つ目の組織を追加してください
org-switcher-add-button = + 組織を追加…
org-switcher-add = 組織を追加…
org-switcher-add-tooltip = もう一度サインインし、Zoho のページで別の組織を選びます
org-switcher-entry = { $name }: { $details }
org-switcher-environment-data-centre = { $environment }、データセンター { $data_centre }
org-switcher-environment = { $environment }
org-switcher-data-centre = データセンター { $data_centre }
org-switcher-entry-tooltip =
    { $name }
    { $details }
org-switcher-entry-tooltip-shortcut =
    { $name }
    { $details }
    Ctrl+{ $number }
org-switcher-entry-name = { $name }
org-switcher-entry-name-shortcut =
    { $name }
    Ctrl+{ $number }

org-add-title = 組織を追加
org-add-text = ブラウザーで Zoho のサインインページが開きます。そこで、ご自身の組織の一覧から追加する組織を選び、アクセスを許可してください。
org-add-continue = ブラウザーで続ける
org-sign-out-all-title = { $count ->
    [1] この組織からサインアウトしますか？
   *[other] { $count } 個の組織すべてからサインアウトしますか？
}
org-sign-out-all-text = このコンピューター上のすべてのサインイン情報を削除し、Zoho にサインインの終了を依頼します。いつでも再びサインインできます。
org-sign-out-all-confirm = すべてからサインアウトする

## Compare (two organizations side by side)

org-compare-title = 比較
org-compare-with = と
org-compare-first = 1 つ目の組織
org-compare-second = 2 つ目の組織
org-compare-pick = 詳細を取得済みの組織を 2 つ選んでください。組織を取得するには、更新してください。
org-compare-count = { $count ->
    [0] 違いはありません
   *[other] { $count } 件の違い
}
org-compare-only-differences = 違いだけを表示
org-compare-copy = 違いをコピー
org-compare-copy-tooltip = 違いのある項目をタブ区切りでコピーします
org-compare-identifiers-note = ID は 2 つの組織の間で常に異なるため、表示はしますが数には含めません。
org-compare-field = 項目
org-compare-copied-field = { $section }: { $label }
org-compare-always-differs = { $label }（常に異なる）
org-compare-differs = { $label } が異なります: { $value }
