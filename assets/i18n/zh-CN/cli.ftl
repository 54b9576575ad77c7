# 命令行（终端中的 zoho-org-viewer）。命令、选项、环境变量和文件路径不翻译。

## --help

cli-help-about = Org Viewer for Zoho CRM：查看您的 Zoho CRM 组织的详细信息和徽标。
cli-help-after =
    不带命令时，打开应用窗口。

    设置（环境变量）：
      ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET
          来自 Zoho API 控制台（https://api-console.zoho.com）的 OAuth 客户端。未设置时，
          使用应用中保存的或内置的客户端。
      ZOHO_ACCOUNTS_URL
          登录的起点。默认 https://accounts.zoho.com（Zoho 会转到除中国以外的所有数据中心）；
          在中国请使用 https://accounts.zoho.com.cn。必须是 https，或者本机（127.0.0.1 或
          localhost）上用于模拟 Zoho 的普通 http。
      ZOHO_ORG_VIEWER_REDIRECT_PORT
          仅在这一个端口接收登录，用于本机端口 17645 至 17647 已被占用的情况。此时必须在
          Zoho API 控制台中为客户端注册重定向 URI http://127.0.0.1:PORT/callback。
      ZOHO_ORG_VIEWER_STORE
          登录信息的保存位置："keyring"（系统钥匙串）或 "file"（设置文件夹中只有您能读取的
          文件）。默认：钥匙串；本机没有钥匙串时使用文件。
      RUST_LOG
          在 stderr 上记录多少日志，例如 "info" 或 "debug"（默认 "warn"）。无论哪个级别，
          令牌和客户端密钥都不会被输出或记录。

    退出状态：成功为 0；出错为 1，原因输出到 stderr；命令行本身有误为 2。
cli-help-usage = 用法：
cli-help-commands = 命令
cli-help-arguments = 参数
cli-help-options = 选项
cli-help-flag-help = 显示帮助
cli-help-flag-version = 显示版本
cli-help-demo = 使用内置的模拟 Zoho 打开应用（无需 Zoho 帐户）。
cli-help-login = 在浏览器中登录 Zoho；您在那里选择的组织会被添加（或续期）。
cli-help-login-long =
    在浏览器中登录 Zoho；您在那里选择的组织会被添加（或续期）。

    在浏览器中打开 Zoho 的登录页面（在 Linux 上，如果设置了 $BROWSER，则使用它指定的浏览器），并同时显示其地址，以防浏览器没有打开。然后最多等待 3 分钟，直到浏览器返回。在 Zoho 页面上选择的组织将成为当前组织。
cli-help-orgs = 列出本机上已登录的组织，并标出当前组织。
cli-help-orgs-json = 改为输出 JSON 数组（id, zgid, company_name, type, data_centre, current）。
cli-help-switch = 将 ORG 设为当前组织（不带 --org 的命令所使用的组织）。
cli-help-switch-org = 组织：其 ID、zgid、域名或公司名称的一部分。
cli-help-org = 分组并以通俗的语言输出组织的详细信息。
cli-help-org-org = 组织（默认：当前组织）：ID、zgid、域名或名称的一部分。
cli-help-org-all = 所有已登录的组织，一次性获取。
cli-help-org-json = 改为以 JSON 输出 Zoho 的组织对象，包含 Zoho 发送的每个键（使用 --all 时为它们的数组）。
cli-help-logo = 将组织的徽标保存到文件（--out），或更改（--set）或删除（--remove）它。
cli-help-logo-long =
    将组织的徽标保存到文件（--out），或更改（--set）或删除（--remove）它。

    --set 和 --remove 会在浏览器中打开一次 Zoho，以获取更改徽标的许可；该许可只保存在内存中，更改完成后即被丢弃。当前徽标会先保存到应用的数据文件夹中。超出 Zoho 限制（1 MB、1000 万像素）的图片会被缩小并重新编码以符合要求。
cli-help-logo-out = 将徽标保存到此文件，与 Zoho 发送的内容逐字节一致（文件已存在时将被替换；要么完整写入，要么完全不写）。
cli-help-logo-set = 将此图片（PNG、JPEG、GIF、WebP 或 BMP）设为组织的徽标。
cli-help-logo-remove = 删除组织的徽标。
cli-help-logo-org = 组织（默认：当前组织）。使用 --set 或 --remove 时，可多次指定以依次更改多个组织（Zoho 会在浏览器中为每个组织请求许可）。
cli-help-logout = 在 Zoho 撤销登录并在本机上删除它（默认：当前组织）。
cli-help-logout-org = 要退出登录的组织。
cli-help-logout-all = 退出所有组织的登录。
cli-help-sim = 在前台运行模拟 Zoho 并输出其地址（按 Ctrl-C 停止）。
cli-help-sim-orgs = 模拟一个属于 N 个虚构组织的用户，而不是演示中的三个组织（用于基准测试）。

## 无法使用的设置

cli-config-accounts-url-unreadable = ZOHO_ACCOUNTS_URL 不是网址。请将其设为 Zoho 的登录服务器，例如 https://accounts.zoho.com，或者取消设置。
cli-config-accounts-url-not-secure = ZOHO_ACCOUNTS_URL 为 { $value }，但它必须以 https:// 开头（普通 http 仅允许在本机上使用，例如用于模拟 Zoho 的 http://127.0.0.1:PORT）。请更正，或者取消设置以使用 https://accounts.zoho.com。
cli-config-accounts-url-has-credentials = ZOHO_ACCOUNTS_URL 不得包含用户名或密码。请只设为服务器地址，例如 https://accounts.zoho.com。
cli-config-bad-redirect-port = ZOHO_ORG_VIEWER_REDIRECT_PORT 为 "{ $value }"，但它必须是 1 至 65535 之间的端口号（其重定向 URI http://127.0.0.1:PORT/callback 已为客户端注册）。请更正，或者取消设置以使用端口 17645 至 17647。
cli-startup-setting-refused = 应用启动时使用了它无法使用的设置，因此改用其常规设置。
cli-startup-setting-refused-next = 请由设置这台电脑的人更正或删除“详细信息”中列出的设置，然后重新启动应用。
cli-log-setting-unreadable = 无法读取 RUST_LOG（{ $error }）；只显示警告和错误。

## login

cli-login-opening = 正在浏览器中打开 Zoho 的登录页面。如果没有打开，请访问此地址：
cli-login-waiting = 最多等待 { $duration }，直到您在浏览器中完成操作（按 Ctrl-C 取消）。在 Zoho 页面上，选择要添加的组织。
cli-login-added = 已登录 Zoho 并添加了 { $org }（{ $place }）；它现在是当前组织。
cli-login-renewed = 已续期 { $org } 的登录（{ $place }）；它现在是当前组织。
cli-login-old-not-revoked = 无法在 Zoho 撤销被替换的登录（{ $error }）；您可以在 Zoho 帐户的“会话”、“已连接的应用”中删除它。
cli-where-both = { $environment }，{ $place }
cli-where-centre = Zoho { $centre }数据中心
cli-where-unknown = 数据中心未知
cli-browser-not-opened = 无法打开浏览器（{ $problem }）。请在浏览器中打开上面的地址以继续。
cli-browser-fallback = 如果浏览器没有打开，请访问此地址：

## 组织的类型和数据中心

cli-environment = { $kind ->
    [production] 生产
    [sandbox] 沙箱
    [developer] 开发者
   *[other] { $shown }
}
cli-environment-lower = { $kind ->
    [production] 生产
    [sandbox] 沙箱
    [developer] 开发者
   *[other] { $kind }
}
cli-data-centre = { $code ->
    [us] 美国
    [eu] 欧洲
    [in] 印度
    [au] 澳大利亚
    [jp] 日本
    [cn] 中国
    [ca] 加拿大
    [sa] 沙特阿拉伯
    [uk] 英国
   *[other] { $code }
}
cli-data-centre-with-code = { $centre }（{ $code }）
cli-not-known = 未知

## orgs

cli-orgs-heading-organization = 组织
cli-orgs-heading-environment = 环境
cli-orgs-heading-data-centre = 数据中心
cli-orgs-heading-id = ID
cli-orgs-current-marked = 当前组织标有 *；使用 `zoho-org-viewer switch ORG` 可更改。
cli-orgs-none = 您在这台电脑上没有登录任何组织。运行 `zoho-org-viewer login` 来添加一个。

## switch, logout

cli-now-current = { $org } 现在是当前组织。
cli-logout-nothing = 您没有登录 Zoho，因此无需退出。
cli-logout-done = 已退出 { $org }：Zoho 已撤销应用的访问权限，登录信息也已从这台电脑中删除。

cli-org-failed = { $org }：{ $error }

## logo

cli-logo-saved = 已将徽标（{ $description }）保存到 { $file }。
cli-logo-described = { $format }，{ $size }
cli-logo-described-sized = { $format }，{ $width } × { $height } 像素，{ $size }
cli-logo-extension-note = 注意：徽标是 { $format } 图片，但文件名以 .{ $extension } 结尾；有些程序按文件名判断格式，因此 { $suggested } 可能更合适。
cli-picture-is = 图片：{ $change }。
cli-picture-was = 图片：{ $change }。{ $why }
cli-logo-one-at-a-time = Zoho 每次只为一个组织授予许可，因此浏览器会为这 { $total } 个组织依次各打开一次。
cli-logo-progress = 第 { $number } 个，共 { $total } 个：{ $org }
cli-logo-permission = 为更改 { $org } 的徽标，Zoho 会在浏览器中请求一次更改许可；应用只在内存中保存该许可，完成后即丢弃。在 Zoho 页面上，请选择 { $org }。
cli-logo-waiting = 最多等待 { $duration }，直到您在浏览器中完成操作（按 Ctrl-C 取消）。
cli-logo-changed = 已更改 { $org } 的徽标。
cli-logo-removed = 已删除 { $org } 的徽标。
cli-logo-backup-saved = 已将当前徽标的副本保存到 { $file }。
cli-logo-no-backup = { $org } 没有徽标，因此无需保存副本。
