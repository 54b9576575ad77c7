# Zoho へのサインイン後にブラウザーに表示されるページ。

page-signed-in-title = サインインしました
page-signed-in-message = Org Viewer for Zoho CRM で組織を表示できるようになりました。
page-close-tab = このタブを閉じて、アプリに戻ってください。
page-write-granted-title = 許可を受け取りました
page-write-granted-message = Org Viewer for Zoho CRM がロゴを変更しています。完了したら、すぐに許可を破棄します。
page-added-title = { $org } を追加しました
page-renewed-title = { $org } に再びサインインしました
page-added-message = Org Viewer for Zoho CRM に { $org } が表示されるようになりました。

page-not-completed-title = サインインが完了しませんでした
page-zoho-code = Zoho のコード: { $code }
page-already-over-title = このサインインはすでに終了しています
page-already-over-message = このサインインはすでに使用されたか、期限が切れています。
page-already-over-next = アプリに戻ってください。アプリでサインインしていない場合は、もう一度サインインを始めてください。
page-not-found = 見つかりません
