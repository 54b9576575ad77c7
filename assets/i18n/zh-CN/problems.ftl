# Problems: what went wrong and what to do. They show in the window's status line and
# message boxes, in the sign-in page in the browser, and as the command line's error line.
# Every problem is a "summary" (what happened, one sentence) and a "fix" (what to do).
# Keep Zoho's own terms (client ID, client secret, redirect URI, scope names such as
# ZohoCRM.org.READ, API console, Sessions, Connected apps) as Zoho's interface names them
# in your language; scope names and environment variables (ZOHO_CLIENT_ID) never change.

## The Details part of a problem, and the text copied for a support ticket.
err-label-zoho-code = Zoho 代码
err-label-http-status = HTTP 状态
err-label-detail = 详情
err-label-time = 时间
err-label-app = 应用
err-detail-line = { $label }：{ $value }

## Putting sentences together (the command line's one line, the window's "nothing changed").
err-with-code = { $sentence }（Zoho 代码 { $code }）。
err-two-sentences = { $first }{ $second }
err-duration = { $unit ->
    [minutes] { $count } 分钟
   *[seconds] { $count } 秒
}

## Zoho CRM refused to send data. $what says which: the organization details, the logo,
## or the sign-in; translate each branch so it fits the sentence around it.
err-crm-invalid-request-method = Zoho 不接受此应用请求{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}的方式。
err-crm-oauth-scope-mismatch = 您的登录不包含读取{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}的权限。
err-crm-authentication-failure = 此应用请求{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}时，Zoho 不接受其登录。
err-crm-no-permission = 您的 Zoho CRM 用户无权读取{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}。
err-crm-invalid-url-pattern = Zoho 无法识别此应用用于获取{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}的地址。
err-crm-internal-error = Zoho 在发送{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}时出现内部问题。
err-crm-authorization-failed = 您的 Zoho CRM 用户没有读取{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}的权限。
err-crm-invalid-token = 您的 Zoho 登录已过期或已被撤销。
err-crm-other = Zoho 拒绝发送{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}（{ $code }）。
err-fix-update-app = 请将 Org Viewer 更新到最新版本。如果仍无法解决，请报告此问题并注明错误代码。
err-fix-read-scope = 请退出，然后重新登录，并在 Zoho 询问时允许访问。Zoho 客户端必须获得 ZohoCRM.org.READ 范围的授权。
err-fix-sign-in-again = 请重新登录。
err-fix-ask-admin-view = 请向您的 Zoho CRM 管理员申请一个可以查看组织设置的简档。
err-fix-internal = 请几分钟后重试。如果问题持续出现，请联系 Zoho 支持并注明错误代码。
err-fix-crm-other = 请重试。如果问题持续出现，请联系 Zoho 支持并注明错误代码。

## Zoho's limit on how often the app may ask.
err-rate-limited = Zoho 目前正在限制此应用请求数据的频率。
err-fix-long-pause = Zoho 要求暂停较长时间；请稍后重试。
err-fix-wait = 请等待 { $duration } 后重试。
err-fix-wait-a-minute = 请等待一分钟后重试。

## The connection to Zoho. $host is a server name such as www.zohoapis.eu (command line only).
err-network = 无法连接到 Zoho。
err-network-host = 无法连接到 Zoho（{ $host }）。
err-fix-network = 请检查网络连接，然后重试。如果您使用代理或 VPN，请确保它允许应用访问 Zoho。
err-dropped = 在收到响应之前，与 Zoho 的连接已断开。
err-dropped-host = 在收到响应之前，与 Zoho（{ $host }）的连接已断开。
err-fix-dropped = 请稍后重试。如果问题持续出现，可能是代理、VPN 或防火墙切断了与 Zoho 的连接。
err-timeout = Zoho 未能及时响应。
err-fix-timeout = 请检查网络连接，稍后重试。

## Answers the app could not use. $what as above; $megabytes a whole number.
err-too-large = Zoho 返回的{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}超过 { $megabytes } MB，因此应用停止了读取。
err-fix-too-large = 请稍后重试。如果问题持续出现，请联系 Zoho 支持。
err-html-page = 返回的是一个网页，而不是{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}；您与 Zoho 之间的某个环节代替 Zoho 做出了响应。
err-cut-off = 包含{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}的响应在完整接收之前被中断。
err-not-zoho-json = 无法读取 Zoho 返回的{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}。
err-no-organization = Zoho 的响应中不包含任何组织。
err-redirected = 对{ $what ->
    [logo] 徽标
    [accounts] 登录信息
   *[org] 组织详细信息
}的请求被重定向到了另一个地址；应用不会跟随重定向，因此没有向该地址发送任何内容。
err-fix-html-page = 如果您的网络要求先登录 Wi-Fi 认证页面或代理，请先完成登录，然后重试。
err-fix-cut-off = 请检查网络连接并重试。
err-fix-unreadable = 请重试。如果问题持续出现，请联系 Zoho 支持。
err-fix-redirected = 请重试。如果问题持续出现，请告知您的 IT 团队：您与 Zoho 之间的某个环节可能正在重定向应用的请求。

## Zoho's sign-in server refused a request. $code is Zoho's own code (never translated).
err-token-code-used = Zoho 的登录代码已过期或已被使用。
err-token-revoked = 您保存的 Zoho 登录已失效，可能已被撤销。
err-token-invalid-client = Zoho 无法识别此应用在您帐户所在数据中心的客户端 ID。
err-token-invalid-secret = Zoho 不接受此应用的客户端密钥。
err-token-invalid-redirect = Zoho 不接受登录后返回的地址（重定向 URI）。
err-token-access-denied = 在接下来的几分钟内，Zoho 将拒绝此应用的新登录。
err-token-throttled = 由于短时间内请求过多，Zoho 已暂停此登录的新访问。
err-token-revoke-other = Zoho 无法让此应用退出登录（{ $code }）。
err-token-other = Zoho 拒绝了登录（{ $code }）。
err-fix-invalid-client = 请检查客户端 ID。在 Zoho API 控制台中，打开该客户端的“设置”，为您的数据中心启用 multi-DC，然后重新登录。
err-fix-invalid-secret = 请从 Zoho API 控制台重新复制客户端密钥并再次输入。
err-fix-invalid-redirect = 请在 Zoho API 控制台中，按原样为该客户端添加以下重定向 URI：{ $uris }。
err-fix-wait-ten-minutes = 请等待大约 10 分钟，然后重试。
err-fix-revoke-other = 您也可以在 Zoho 帐户的“会话”、“已连接的应用”中删除此应用。
err-fix-token-other = 请尝试重新登录。如果问题持续出现，请报告此问题并注明错误代码。

## The sign-in in the browser did not complete.
err-state-mismatch = 浏览器返回的响应不属于此次登录，因此应用忽略了它。
err-accounts-server-not-allowed = 登录返回时指向 { $server }，它不是 Zoho 的登录服务器，因此应用已停止，没有与其联系。
err-api-domain-not-allowed = Zoho 的响应将 { $domain } 指定为 CRM 地址，但它不是 Zoho 的地址，因此应用不会使用它。
err-ports-unavailable = 应用无法接收登录，因为{ $count ->
    [0] 登录端口
    [1] 端口 { $last }
   *[other] 端口 { $ports } 和 { $last }
}正被其他程序占用。
err-sign-in-timed-out = 登录未在 { $duration } 内完成。
err-sign-in-cancelled = 登录已取消。
err-denied-in-browser = 在 Zoho 的授权页面上未允许访问。
err-zoho-refused-sign-in = Zoho 无法完成登录（{ $error }）。
err-missing-code = 浏览器返回时没有附带 Zoho 的登录代码。
err-no-refresh-token = Zoho 没有为应用提供长期有效的登录。
err-fix-restart-sign-in = 请从应用中重新开始登录，并在其打开的浏览器标签页中完成登录。
err-fix-interference = 请重试。如果问题再次出现，请告知您的 IT 团队：可能有程序在干扰登录。
err-fix-ports = 请关闭其他程序（或此应用的另一个副本），然后重试。
err-fix-timed-out = 请重新开始登录，并在浏览器中完成。
err-fix-cancelled = 准备好后，请随时重新登录。
err-fix-denied = 请重新登录并允许访问，以便应用读取您的组织信息。
err-fix-zoho-refused = 请重试。如果问题持续出现，请报告此问题并注明错误代码。
err-fix-no-refresh-token = 请退出，然后重新登录，以便 Zoho 请求您的授权。

## Nothing to sign in with.
err-not-signed-in = 您尚未登录 Zoho。
err-fix-sign-in-first = 请先使用 Zoho 登录。
err-no-client = 此应用尚未设置 Zoho 客户端。
err-fix-no-client = 请输入 Zoho API 控制台中的客户端 ID 和客户端密钥，或者设置 ZOHO_CLIENT_ID 和 ZOHO_CLIENT_SECRET。

## Changing the logo at Zoho was refused; the logo panel and the command line show these.
err-logo-too-large = Zoho 因徽标过大而拒绝接收。Zoho 中未做任何更改。
err-fix-logo-too-large = Zoho 最多接受 1 MB、1000 万像素的图片；请选择较小的图片。
err-logo-not-a-picture = Zoho 未将该文件识别为图片。Zoho 中未做任何更改。
err-fix-logo-not-a-picture = 请选择 PNG、JPEG 或 GIF 图片。
err-logo-no-write-scope = Zoho 授予的许可不允许更改徽标。Zoho 中未做任何更改。
err-fix-logo-no-write-scope = 请重试，并在 Zoho 询问时允许访问。Zoho 客户端必须获得 ZohoCRM.org.ALL 范围的授权。
err-logo-not-allowed = 您的 Zoho CRM 用户无权更改此组织的徽标。Zoho 中未做任何更改。
err-fix-logo-not-allowed = 请向您的 Zoho CRM 管理员申请一个可以更改组织设置的简档。
err-logo-outcome-unknown = 在 Zoho 告知徽标是否已更改之前，与 Zoho 的连接已断开。
err-fix-logo-outcome-unknown = 重试之前，请先在 Zoho CRM 中查看徽标。{ $then }
err-logo-unchanged = { $summary }Zoho 中未做任何更改。

## The window's own problems: signing in, the demo, signing out (status line, message boxes).
err-fix-check-client = 请检查客户端 ID 和客户端密钥，然后重试。
err-client-not-saved = 无法保存客户端。
err-fix-client-not-saved = 您现在仍可以登录；下次将再次要求您提供客户端信息。
err-sign-in-not-opened = 无法打开登录页面。
err-sign-out-not-forgotten = 已退出，但无法从这台电脑中删除登录信息：{ $error }
err-fix-sign-out-again = 请尝试再次退出。
err-sign-out-not-told = 您已在这台电脑上退出，但无法通知 Zoho。
err-fix-sign-out-not-told = 为确保安全，请在 Zoho 帐户的“会话”、“已连接的应用”中删除此应用。
err-demo-not-started = 无法启动演示。
err-fix-demo-not-started = 请关闭应用的其他副本，然后重试。
err-demo-no-room = 无法启动演示：没有空间存放其文件。
err-fix-free-disk = 请释放一些磁盘空间，然后重试。
err-sign-in-page-unreachable = 无法从这台电脑访问 Zoho 的登录页面。
err-fix-sign-in-page-unreachable = 请检查网络连接（或询问 IT 部门 Zoho 是否被屏蔽），然后重试。
err-fix-not-saved-sign-in = 请确认磁盘未满、设置文件夹归您所有，然后重新登录。
err-app-damaged-address = 应用已损坏：无法识别 Zoho 的地址。
err-fix-reinstall = 请重新安装应用。

## Changing the logo (the logo panel and its dialog). "Change logo…" is the button's name.
err-fitted-not-shown = 无法显示调整后的图片。
err-fix-another-picture = 请尝试其他图片。
err-org-gone = 要更改的某个组织已不在此处登录。
err-fix-org-gone = 请重新登录该组织，然后更改其徽标。
err-logo-busy = { $org } 的徽标正在进行另一项更改。
err-fix-logo-busy = 请等待其完成，然后重试。
err-nothing-changed = 未做任何更改。
err-earlier-logo-unreadable = 无法读取以前的徽标。
err-fix-try-again = 请重试。
err-logo-change-cancelled = 您已取消更改徽标。Zoho 中未做任何更改。
err-earlier-logo-gone = 该以前的徽标已不存在。
err-fix-earlier-logo-gone = 请从列表中选择另一个。
err-fix-pick-another = 请选择另一个。
err-clipboard-empty = 剪贴板中没有图片。
err-fix-clipboard-empty = 请先复制一张图片，或通过“更改徽标…”选择其文件。
err-clipboard-too-large = 剪贴板中的图片过大。
err-fix-clipboard-too-large = 请将其另存为文件，然后改为选择该文件。
err-no-file-dialog = 这台电脑上没有可用的文件对话框。
err-fix-no-file-dialog = 请将图片拖放到徽标上，或复制图片后按 Ctrl+V 粘贴到此处。
err-file-unreadable = 无法读取 { $file }。
err-fix-check-file = 请检查该文件，然后重试。
err-pasted-not-picture = 粘贴的内容不是应用可以使用的图片。
err-fix-pasted-not-picture = 请重新复制图片，或改为选择其文件。
err-picture-unusable = 此图片无法用作徽标：{ $why }。
err-fix-picture-unusable = 请选择 PNG、JPEG、GIF、WebP 或 BMP 图片。

## Copying and saving the logo.
err-clipboard-failed = 无法将徽标复制到剪贴板。
err-fix-clipboard-failed = 请重试，或改为将徽标保存到文件。
err-folder-not-opened = 无法打开文件夹 { $folder }。
err-fix-folder-not-opened = 请在文件管理器中打开它。
err-logo-not-saved = 无法将徽标保存到 { $file }。
err-fix-logo-not-saved = 请选择其他文件夹并重试。
err-no-logo = 没有可用的徽标。
err-fix-no-logo = 请刷新以获取组织的徽标。

## Keeping the sign-in on this computer (the system keychain or a private file). These show
## in the window and as the command line's error line. $file is a file's full path; $cause
## and $detail are the system's own words (often English); $reason says what is wrong with
## a saved item (see the err-store-reason- messages).
err-store-location = { $place ->
    [keychain] 系统钥匙串
    [memory] 此应用的内存（应用关闭后即被清除）
    [unavailable] 系统钥匙串（这台电脑上不可用）
   *[file] 文件 { $file }
}
err-store-seconds = { $seconds } 秒
err-store-keychain-timeout = 系统钥匙串未在 { $duration } 内响应。请将其解锁后重试。
err-store-keychain-locked = 系统钥匙串已锁定，或不允许 Org Viewer 使用。请将其解锁（或在系统询问时允许访问），然后重试。
err-store-keychain-unusable = 这台电脑上无法使用系统钥匙串（{ $cause }）。请设置 ZOHO_ORG_VIEWER_STORE=file，改为将登录信息保存在私有文件中。
err-store-no-keychain = 这台电脑上没有可用的系统钥匙串。请设置 ZOHO_ORG_VIEWER_STORE=file，改为将登录信息保存在私有文件中。
err-store-keychain-failed = 系统钥匙串报告了一个问题（{ $detail }）。请重试；如果问题持续出现，请重新启动电脑。
err-store-keychain-thread = Org Viewer 无法启动用于访问系统钥匙串的后台任务（{ $cause }）。请关闭一些程序，然后重试。
err-store-no-settings-folder = 由于无法确定您的主文件夹，Org Viewer 找不到您的设置文件夹。请检查 HOME（在 Windows 上为 USERPROFILE）设置是否指向您的主文件夹。
err-store-file-read = Org Viewer 无法读取 { $file }：{ $cause }。请确认该文件及其所在文件夹归您所有。
err-store-file-write = Org Viewer 无法保存 { $file }：{ $cause }。请确认磁盘未满且该文件夹归您所有。
err-store-damaged-file = Org Viewer 无法使用凭据文件 { $file }：{ $reason }。请重新登录以替换它。
err-store-damaged-org-list = Org Viewer 无法读取 { $file } 中已登录组织的列表：{ $reason }。请重新登录以重建该列表。
err-store-corrupt = Org Viewer 无法使用{ $location }中保存的{ $what ->
    [client] OAuth 客户端
   *[session] 登录信息
}：{ $reason }。{ $what ->
    [client] 请重新输入客户端 ID 和客户端密钥以替换它们。
   *[session] 请重新登录以替换它。
}
err-store-newer-version = { $location }中保存的{ $what ->
    [client] OAuth 客户端
   *[session] 登录信息
}来自较新版本的 Org Viewer（格式 { $version }）。请更新 Org Viewer，或{ $what ->
    [client] 重新输入客户端 ID 和客户端密钥以替换它们。
   *[session] 重新登录以替换它。
}
err-store-bad-choice = ZOHO_ORG_VIEWER_STORE 被设为“{ $value }”，Org Viewer 无法识别该值。请将其设为 "keyring" 或 "file"，或者删除该设置。

## A sign-in Zoho accepted that did not stick, and opening a saved one.
err-org-not-signed-in = 此组织未在这台电脑上登录。请重新登录该组织。
err-no-org-id = Zoho 没有指明此登录所属的组织，因此未保存该登录。请重新登录。
err-sign-in-not-saved = 无法在这台电脑上保存登录信息，因此已在 Zoho 撤销该登录：{ $error }
err-fix-go-back-sign-in = 请返回应用并重新登录。

## Why a picture cannot become the logo, inside a sentence ("This picture cannot become the
## logo: …"). $start is "yes" when the reason starts the clause after a colon and takes a
## capital letter in English; translate both branches.
err-fit-unknown = { $start ->
    [yes] 它不是应用可以读取的图片（PNG、JPEG、GIF、WebP 或 BMP）
   *[no] 它不是应用可以读取的图片（PNG、JPEG、GIF、WebP 或 BMP）
}
err-fit-unsupported = { $start ->
    [yes] 它是 { $format } 图片，应用无法读取；请先将其另存为 PNG 或 JPEG
   *[no] 它是 { $format } 图片，应用无法读取；请先将其另存为 PNG 或 JPEG
}
err-fit-too-large = { $start ->
    [yes] 图片过大，应用无法打开（{ $detail }）；请先将其缩小
   *[no] 图片过大，应用无法打开（{ $detail }）；请先将其缩小
}
err-fit-damaged = { $start ->
    [yes] 文件已损坏
   *[no] 文件已损坏
}
err-fit-cannot-fit = { $start ->
    [yes] 即使缩到很小，它仍超过 Zoho 的 1 MB 限制
   *[no] 即使缩到很小，它仍超过 Zoho 的 1 MB 限制
}

## Changing the logo did not go through (window and command line).
err-logo-wrong-org = Zoho 授予的是 { $granted } 的许可，而不是要更改的组织的许可，因此未发送任何内容。请重试，并在 Zoho 页面上选择 { $wanted }。
err-logo-current-unreadable = 无法读取当前徽标以保存副本，因此 Zoho 中未做任何更改：{ $error }
err-logo-backup-failed = 无法在这台电脑上保存当前徽标的副本（{ $cause }），因此 Zoho 中未做任何更改。
err-fix-logo-backup-failed = 请确认数据文件夹有足够空间且可以写入，然后重试。

## Where the sign-in is kept (a notice shown once), and the keychain's causes inside
## err-store-keychain-unusable and err-store-keychain-failed.
err-store-file-notice = { $reason ->
    [asked] 按照 ZOHO_ORG_VIEWER_STORE=file 的设置
   *[no_keychain] 由于这台电脑没有可用的系统钥匙串
}，您的登录信息保存在{ $location }中，只有您可以读取。
err-store-cause-locked = 它已锁定，或不允许 Org Viewer 使用
err-store-cause-timeout = 它未在 { $duration } 内响应
err-store-trouble-ambiguous = 其中有多个 Org Viewer 条目
err-store-trouble-too-long = 该条目超过了 { $limit } 个字符的长度限制
err-store-trouble-not-text = Org Viewer 的某个条目不是可读的文本
err-store-trouble-vanished = 某个条目在读取时消失了
err-store-trouble-stopped = 与其通信的任务意外停止

## Problems of other screens that the window shows the same way.

## The command line's error line (one line on stderr). `zoho-org-viewer login` and
## ZOHO_ORG_VIEWER_REDIRECT_PORT are a command and a setting: never translate them.
err-cli-fix-login-again = 请运行 `zoho-org-viewer login` 重新登录。
err-cli-fix-ports = { $fix }或者将 ZOHO_ORG_VIEWER_REDIRECT_PORT 设为一个空闲端口，且该端口的重定向 URI 已为客户端注册。

## The client form (under its fields) and the command line's setup: what is wrong with a
## client ID or secret typed or pasted. "1000." is how every client ID starts: keep it.
## $expected and $length are numbers of characters.
err-client-id-empty = 请输入 Zoho API 控制台中的客户端 ID。
err-client-id-spaces = 客户端 ID 不能包含空格或换行符。请从 Zoho API 控制台重新复制。
err-client-id-is-secret = 这看起来是客户端密钥。请在此处粘贴客户端 ID：它以“1000.”开头。
err-client-id-prefix = Zoho 客户端 ID 以“1000.”开头。请从 Zoho API 控制台重新复制。
err-client-id-characters = Zoho 客户端 ID 在“1000.”之后只包含大写字母和数字。请从 Zoho API 控制台重新复制。
err-client-id-length = Zoho 客户端 ID 在“1000.”之后有 { $expected } 个字符，但此 ID 有 { $length } 个。请检查是否完整复制。
err-client-secret-empty = 请输入 Zoho API 控制台中的客户端密钥。
err-client-secret-spaces = 客户端密钥不能包含空格或换行符。请从 Zoho API 控制台重新复制。
err-client-secret-is-id = 这看起来是客户端 ID。请在此处粘贴客户端密钥：它是由字母和数字组成的较长代码。
err-client-secret-characters = Zoho 客户端密钥只包含数字 0-9 和字母 a-f。请从 Zoho API 控制台重新复制。
err-client-secret-length = Zoho 客户端密钥有 { $expected } 个字符，但此密钥有 { $length } 个。请检查是否完整复制。

## The logo panel when a logo cannot be drawn. $format is a file format such as SVG;
## $detail the size, such as "11000 × 11000 pixels".
err-preview-unsupported = 应用无法显示 { $format } 图片，但您可以保存徽标并在其他程序中打开。
err-preview-too-large = 徽标过大，无法显示（{ $detail }）；您仍然可以保存它。
err-preview-damaged = 徽标文件已损坏，无法显示；您仍然可以保存它。
err-cli-sign-in-revoked = { $error }已从这台电脑中删除 { $org } 的登录信息；请运行 `zoho-org-viewer login` 重新登录该组织。
err-cli-some-orgs-failed = { $total } 个组织中有 { $failed } 个无法获取；请参阅上面的各行。
err-cli-no-client = 尚未设置用于登录的 Zoho 客户端。请在 Zoho API 控制台（https://api-console.zoho.com）中创建一个基于服务器的客户端（Server-based），重定向 URI 为 { $redirect_uris }，然后将 ZOHO_CLIENT_ID 和 ZOHO_CLIENT_SECRET 设为其客户端 ID 和客户端密钥。
err-cli-not-signed-in = 您没有在这台电脑上登录任何组织。请先运行 `zoho-org-viewer login`。
err-cli-no-logo = 您的组织在 Zoho CRM 中没有徽标，因此未写入任何文件。
err-cli-out-is-folder = { $path } 是一个文件夹。请为徽标指定文件名，例如 { $example }。
err-cli-save-logo = 无法将徽标保存到 { $path }：{ $cause }。请确认该文件夹存在且您有写入权限；未写入任何内容。
err-cli-revoke-failed = 已在这台电脑上退出 { $org }，但无法通知 Zoho 撤销该登录。{ $reason }在您于 Zoho 删除之前，应用可能仍拥有访问权限：请登录您的 Zoho 帐户，打开“会话”，然后打开“已连接的应用”，删除 Org Viewer。
err-cli-forget-failed = { $revoked ->
    [yes] Zoho 已撤销应用的访问权限，
   *[no] 无法通知 Zoho 撤销该登录，
}但无法从这台电脑中删除 { $org } 的登录信息：{ $error }请解决该问题后再次运行此命令。
err-cli-read-picture = 无法读取 { $path }：{ $cause }。请检查文件名；徽标未更改。
err-cli-picture = { $path } 无法用作徽标：{ $why }。徽标未更改。
err-cli-one-org-only = logo --out 只保存一个组织的徽标；请只指定一个 --org。
err-cli-some-logos-unchanged = { $total } 个组织中有 { $failed } 个的徽标未更改；请参阅上面的各行。
err-cli-nothing-to-do = 请指定如何处理徽标：--out FILE、--set FILE 或 --remove。
err-cli-runtime = 无法启动命令的后台任务（{ $cause }）。请关闭一些程序，然后重试。
err-cli-window = 无法打开应用窗口（{ $detail }）。请确认您处于桌面会话中，且显卡驱动支持 OpenGL 2 或更高版本；命令（login、org、logo、logout）无需窗口即可使用。
err-cli-choose-org = { $error }请通过 ID、域名或仅与其匹配的名称片段指定以下组织之一：{ $choices }。
err-cli-org-choice = { $name }（ID { $id }）
err-store-none-signed-in = 您没有在这台电脑上登录任何组织。
err-store-no-match = 没有与“{ $query }”匹配的已登录组织。
err-store-ambiguous = “{ $query }”匹配多个已登录组织。

## Why a saved file cannot be used: a clause after a colon (err-store-damaged-file,
## err-store-damaged-org-list, err-store-corrupt).
err-damaged-not-json = 内容不是有效的 JSON（第 { $line } 行，第 { $column } 列）
err-damaged-not-object = 内容不是 JSON 对象
err-damaged-no-version = 缺少格式版本
err-damaged-version-not-number = 格式版本不是数字
err-damaged-cut-short = 内容不完整
err-damaged-unreadable = 无法读取内容
err-damaged-missing-entry = 缺少必需的条目（missing field { $field }）
err-damaged-wrong-kind = 某个条目的值类型不对
err-damaged-too-large = 文件过大
err-damaged-not-text = 文件不是文本
err-damaged-symbolic-link = 文件是符号链接，Org Viewer 不会跟随符号链接
err-damaged-not-a-file = 这不是普通文件（而是文件夹、命名管道或设备）
err-damaged-newer-file = 它来自更新版本的 Org Viewer（格式 { $version }）
err-damaged-newer-list = 它由更新版本的应用写入（{ $version }）
err-damaged-not-encoded = 无法对数据进行编码
err-damaged-empty-client-id = 客户端 ID 为空
err-damaged-empty-client-secret = 客户端密钥为空
err-damaged-empty = { $name ->
    [refresh] 刷新令牌为空
    [accounts] 账户服务器地址为空
   *[api] API 域名为空
}
err-damaged-expiry = 访问令牌的过期时间超出范围
err-damaged-not-address = { $name ->
    [accounts] 账户服务器地址不是网址
   *[api] API 域名不是网址
}
err-damaged-no-org-id = Zoho 发送的组织没有 ID

## A crash: printed as the app stops, and shown once at the next start.
err-crash-reported = Org Viewer 因内部错误而停止。报告位于 { $file }。
err-crash-unreported = Org Viewer 因内部错误而停止（无法写入报告：{ $error }）。
err-crash-last-time = Org Viewer 上次意外关闭。如果再次发生，请报告并附上 { $file }。

## Logo changes.
err-logo-changed-done = 已更改 { $org } 的徽标。
err-logo-removed-done = 已移除 { $org } 的徽标。
err-choose-logo-title = 选择新徽标
err-pictures-filter = 图片
err-unknown-format = 未知格式

## What fitting a picture to Zoho's logo limits did (follows ui-picture-was, cli-picture-was).
err-fit-sent-as-is = 按原样发送（{ $format }，{ $sent }，{ $size }）
err-fit-converted = 从 { $from } 转换为 { $to }，{ $sizes }
err-fit-re-encoded = 重新编码为 { $format }，{ $sizes }
err-fit-scaled = 从 { $original } 缩小到 { $sent }，{ $sizes }
## Why: a sentence; in the window its first letter is lowered unless it starts with "Zoho".
err-fit-within-limits = 它在 Zoho 的限制（1 MB、1000 万像素）之内。
err-fit-format-not-taken = 目前已知 Zoho 只接受 PNG、JPEG 和 GIF 徽标。
err-fit-too-heavy = Zoho 接受的徽标最大为 1 MB。
err-fit-too-many-pixels = Zoho 接受的徽标最多 1000 万像素、最大 1 MB。
err-fit-still-too-heavy = Zoho 接受的徽标最大为 1 MB，仅重新编码还不够。
