# 登录 Zoho 后浏览器显示的页面。

page-signed-in-title = 您已登录
page-signed-in-message = Org Viewer for Zoho CRM 现在可以显示您的组织了。
page-close-tab = 您可以关闭此标签页并返回应用。
page-write-granted-title = 已收到许可
page-write-granted-message = Org Viewer for Zoho CRM 正在更改徽标，完成后会立即丢弃该许可。
page-added-title = 已添加 { $org }
page-renewed-title = 您已重新登录 { $org }
page-added-message = Org Viewer for Zoho CRM 现在会显示 { $org }。

page-not-completed-title = 登录未完成
page-zoho-code = Zoho 代码：{ $code }
page-already-over-title = 此登录已结束
page-already-over-message = 此登录已被使用或已过期。
page-already-over-next = 请返回应用；如果您在应用中没有登录，请重新开始登录。
page-not-found = 未找到
