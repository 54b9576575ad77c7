# The window's own words: the top bar and its menu, the welcome, client-form and sign-in screens,
# the logo panel and its change dialog, the save prompt, the status area and About.
# "Zoho", "Zoho CRM" and "Org Viewer" are product names: keep them as they are.

## Top bar and menu (☰). Menu entries are short; one that opens a window ends in "…".

ui-menu = ☰ 菜单
ui-app-icon = 应用图标
ui-demo-badge = 演示
ui-appearance = 外观
ui-theme-system = 与系统相同
ui-theme-light = 浅色
ui-theme-dark = 深色
ui-organizations = 组织
ui-add-organization = 添加组织…
ui-sign-out-this = 退出此组织…
ui-sign-out-all = 全部退出…
ui-about = 关于 Org Viewer…

## About window.

ui-app-icon-large = Org Viewer 图标
ui-version = 版本 { $version }
ui-about-text = 显示您的 Zoho CRM 组织的详细信息和徽标。应用只读取数据；唯一的例外是您更改徽标时，此时使用 Zoho 授予的一次性许可，完成后即丢弃。
ui-help-link = 使用帮助
ui-sign-in-kept-in = 您的登录信息保存在{ $place }中。
ui-open-data-folder = 打开数据文件夹
ui-not-by-zoho = 本应用并非由 Zoho 开发。Zoho 和 Zoho CRM 是 Zoho Corporation 的商标。
ui-close = 关闭
ui-system-keychain = 系统钥匙串

## Waiting screens (a spinner with one line).

ui-starting = 正在启动…
ui-loading-org = 正在加载您的组织…

## Status area at the bottom of the window.

ui-ready = 就绪
ui-done = ✔ { $text }
ui-problem-line = ⚠ { $text }
ui-notice = { $text }
ui-details-show = 详细信息
ui-details-hide = 隐藏详细信息
ui-copy-details = 复制详细信息
ui-close-message-hover = 关闭此消息
ui-close-message = 关闭消息

## Status messages. { $name } is a company name from Zoho; { $path } a file path.

ui-signed-in-again = 已重新登录 { $name }
ui-added-org = 已添加 { $name }
ui-logo-copied = 徽标已复制到剪贴板
ui-signed-out = 已退出
ui-demo-notice = 演示：您正在登录这台电脑上的模拟 Zoho。
ui-demo-left = 您已退出演示
ui-logo-saved = 徽标已保存到 { $path }
ui-export-saved = { $format } 已保存到 { $path }
ui-overview-saved = 概览已保存到 { $path }
ui-copying-logo = 正在复制徽标…
ui-signing-out = 正在退出…
ui-bad-sign-in-address = 无法识别登录地址。
ui-reinstall = 请重新安装应用。

## Sign-out confirmation. { $name } is a company name from Zoho.

ui-sign-out-title = 要退出 { $name } 吗？
ui-this-organization = 此组织
ui-sign-out-body = 应用会在这台电脑上删除此组织的登录信息，并请求 Zoho 结束该登录。其他组织仍保持登录。您可以随时重新登录。
ui-sign-out-confirm = 是，退出

## Shared buttons.

ui-cancel = 取消
ui-copy = 复制
ui-copied = ✔ 已复制
ui-copy-what = 复制{ $what }
ui-copied-what = 已复制{ $what }

## Screen for an org that could not be loaded.

ui-load-failed-title = 无法加载该组织
ui-load-failed-body = 发生了什么以及如何处理，显示在窗口底部。
ui-try-again = 重试
ui-sign-out = 退出…

## Welcome screen.

ui-region-global = 中国以外的所有地区
ui-region-china = 中国（zoho.com.cn）
ui-welcome-tagline = 查看组织的详细信息和徽标，复制任意值，并保存徽标。
ui-sign-in-with-zoho = 使用 Zoho 登录
ui-browser-opens = 浏览器将打开 Zoho 的登录页面。应用永远不会看到您的密码。
ui-account-in = Zoho 帐户所在地区
ui-no-account = 手头没有 Zoho 帐户？
ui-try-demo = 试用演示
ui-try-demo-hover = 使用模拟组织打开应用，无需帐户
ui-change-client = 更改 Zoho 客户端…
ui-in-demo = 您正在使用演示。它登录的是这台电脑上的模拟 Zoho，无需帐户。
ui-demo-sign-in-again = 重新登录演示
ui-leave-demo = 退出演示
ui-leave-demo-hover = 返回您自己的 Zoho 组织

## Signing-in screen (waiting for the browser).

ui-waiting-sign-in = 正在等待您登录
ui-sign-in-page-open = Zoho 的登录页面已在浏览器中打开。请在那里登录并允许访问，然后返回此处。
ui-preparing-sign-in = 正在准备登录…
ui-time-left = 剩余时间：{ $left }
ui-open-sign-in-again = 重新打开登录页面
ui-browser-did-not-open = 浏览器没有打开？请将此地址复制到浏览器中：
ui-sign-in-address = 登录地址

## Client form: connecting the app to Zoho. Zoho's API console terms (Add client,
## Server-based Applications, Authorized redirect URIs, Client ID, Client Secret) are the
## words on Zoho's page: use the ones Zoho's console shows in this language.

ui-connect-title = 将应用连接到 Zoho
ui-connect-intro = 在您登录之前，Zoho 需要先认识此应用。这大约需要两分钟，只需设置一次。
ui-step-console = 打开 Zoho API 控制台并登录：
ui-step-add-client = 选择“Add Client”（添加客户端），然后选择“Server-based Applications”（基于服务器的应用）。名称任意，网站填写贵公司的网站即可。
ui-step-redirect = 在“Authorized Redirect URIs”（授权重定向 URI）下，按原样逐一添加以下地址：
ui-redirect-uri = 重定向 URI { $uri }
ui-redirect-ports = 只有当其他程序占用了第一个端口时，应用才会使用第二个和第三个。
ui-step-create = 创建客户端，然后将其客户端 ID 和客户端密钥复制到此处：
ui-client-id = 客户端 ID
ui-client-id-hint = 粘贴 Zoho 提供的客户端 ID
ui-client-secret = 客户端密钥
ui-client-secret-hint = 粘贴 Zoho 提供的客户端密钥
ui-show = 显示
ui-save-and-sign-in = 保存并登录
ui-back = 返回
ui-try-demo-instead = 改为试用演示
ui-secret-kept-in = 客户端密钥保存在{ $place }中。

## Save prompt (when the system offers no file chooser, or a file exists).

ui-save-logo-title = 保存徽标
ui-export-pdf-title = 导出为 PDF
ui-export-json-title = 导出为 JSON
ui-export-overview-title = 将概览导出为 CSV
ui-file-exists = 该位置已存在名为“{ $name }”的文件。要替换它吗？
ui-replace = 替换
ui-choose-another-name = 选择其他名称
ui-type-where = 这台电脑没有提供常用的文件选择器，请在此处输入{ $what ->
        [logo] 徽标
       *[file] 文件
    }的保存位置。尚不存在的文件夹将被自动创建。
ui-save-as = 另存为
ui-save = 保存

## Logo panel on the org screen.

ui-logo-heading = 徽标
ui-org-logo = 组织徽标
ui-loading-logo = 正在加载徽标…
ui-no-logo-yet = 此组织没有徽标。
ui-logo-failed = 无法加载徽标。请刷新以重试。
ui-copy-image = 复制图片
ui-copy-image-hover = 将图片复制到剪贴板
ui-save-logo = 保存徽标…
ui-save-logo-hover = 按 Zoho 发送的原样保存徽标文件（Ctrl+S）
ui-saved-to = 已保存到 { $path }
ui-open-folder = 打开文件夹

## Changing the logo (below the logo panel).

ui-grant-sentence = Zoho 会在浏览器中请求一次更改徽标的许可；应用只在内存中保存该许可，更改完成后即丢弃。
ui-change-logo-button = 更改徽标…
ui-change-logo-hover = 选择一张新图片；在做出任何更改之前，您会先看到将要发送的确切内容。您也可以将图片拖放到窗口中或直接粘贴。
ui-paste-picture = 粘贴图片
ui-paste-picture-hover = 使用剪贴板中的图片作为新徽标
ui-remove-logo-button = 删除徽标…
ui-remove-logo-hover = 在 Zoho CRM 中删除徽标；会先保存一份副本
ui-fitting = 正在按 Zoho 的限制调整图片…
ui-new-logo = 新徽标
ui-chosen = 已选择：{ $measure }
ui-will-be-sent = 将发送：{ $measure }
ui-change-logo = 更改徽标
ui-remove-question = 要在 Zoho CRM 中删除此组织的徽标吗？会先在这台电脑上保存一份副本，您可以在“以前的徽标”中恢复它。
ui-remove-confirm = 是，删除徽标
ui-waiting-permission = 正在等待您在浏览器中授予许可。在 Zoho 页面上，请选择 { $name }。
ui-opening-zoho = 正在浏览器中打开 Zoho…
ui-backup-saved = 更改前的徽标已保存到 { $path }。
ui-earlier-logos = 以前的徽标（{ $count }）
ui-earlier-logos-note = 每次更改前保存在这台电脑上。恢复时，Zoho 会在浏览器中请求一次许可。
ui-restore = 恢复
ui-restore-hover = 重新使用此徽标
ui-also-change = 同样更改以下组织：
ui-one-at-a-time = Zoho 每次只为一个组织授予许可，因此浏览器会为这 { $count } 个组织依次各打开一次；每个组织都会保存一份其当前徽标的副本。
ui-now = 当前
ui-after-change = 更改后
ui-logo-now = 当前徽标
ui-logo-after-change = 更改后的徽标
ui-no-logo = 无徽标
ui-sent-as-is = 图片将按原样发送：{ $why }
ui-picture-was = 图片已调整（{ $what }），因为{ $why }
ui-fit-why = { $reason ->
    [unchanged] 它在 Zoho 的限制（1 MB、1000 万像素）之内。
    [converted] 目前已知 Zoho 只接受 PNG、JPEG 和 GIF 格式的徽标。
    [re-encoded] Zoho 接受的徽标最大为 1 MB。
    [scaled-pixels] Zoho 接受的徽标最大为 1000 万像素和 1 MB。
   *[scaled-bytes] Zoho 接受的徽标最大为 1 MB，仅重新编码还不够。
}
ui-fit-change = { $change ->
    [converted] 从 { $from } 转换为 { $to }，{ $sizes }
    [re-encoded] 重新编码为 { $to }，{ $sizes }
   *[scaled] 从 { $from } 缩小到 { $to }，{ $sizes }
}
