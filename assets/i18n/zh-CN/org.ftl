# The organization screen, the switcher, the overview, compare and the exports (PDF, CSV).
# Placeholders hold Zoho's data (company names, values) or numbers; never translate those.

## Field values and labels (organization screen, Copy all, the command line's `org`, the PDF)

org-value-not-set = 未设置
org-value-on = 开启
org-value-off = 关闭
org-value-role-hierarchy = 角色层级
org-value-reporting-to-hierarchy = 汇报层级
org-value-cut = { $start }…（共 { $count } 个字符；点击“复制”可复制全部内容）
org-rows-not-shown = 另有 { $count } 个字段未在此显示；“全部复制”和“复制为 JSON”包含所有字段。
org-untitled = Zoho CRM 组织
org-readable-title = { $name }（{ $environment }）
org-readable-line = { $label }：{ $value }

org-environment-production = 生产环境
org-environment-sandbox = 沙箱
org-environment-developer = 开发人员
org-environment-bigin = Bigin
org-environment-production-short = 生产
org-environment-sandbox-short = 沙箱
org-environment-developer-short = 开发
org-environment-bigin-short = Bigin

org-section-company = 公司
org-section-contact = 联系方式
org-section-address = 地址
org-section-locale = 区域和货币
org-section-licence = 许可证
org-section-identifiers = 标识符
org-section-settings = 设置
org-section-other = 其他

org-field-company-name = 公司名称
org-field-alias = 别名
org-field-description = 描述
org-field-environment = 环境
org-field-employees = 员工数
org-field-created = 创建时间
org-field-primary-email = 主要电子邮件
org-field-phone = 电话
org-field-mobile = 手机
org-field-fax = 传真
org-field-website = 网站
org-field-street = 街道
org-field-city = 城市
org-field-state-or-province = 州/省
org-field-postal-code = 邮政编码
org-field-country = 国家/地区
org-field-country-code = 国家/地区代码
org-field-time-zone = 时区
org-field-currency = 货币
org-field-currency-code = 货币代码
org-field-currency-symbol = 货币符号
org-field-currency-locale = 货币区域设置
org-field-multiple-currencies = 多币种
org-field-edition = 版本
org-field-paid-plan = 付费套餐
org-field-paid-plan-ends = 付费套餐到期
org-field-user-licences = 用户许可证
org-field-portal-user-licences = 门户用户许可证
org-field-trial = 试用
org-field-trial-ends = 试用到期
org-field-what-happens-after-the-trial = 试用结束后
org-field-licence-details = 许可证详情
org-field-organization-id = 组织 ID
org-field-domain-name = 域名
org-field-primary-user-id-zuid = 主要用户 ID（ZUID）
org-field-group-id-zgid = 组 ID（ZGID）
org-field-encrypted-group-id = 加密的组 ID
org-field-zia-portal-id = Zia 门户 ID
org-field-zia-group-id = Zia 组 ID
org-field-logo-file-id = 徽标文件 ID
org-field-google-workspace-integration = Google Workspace 集成
org-field-translation = 翻译
org-field-privacy-settings = 隐私设置
org-field-hipaa-compliance = HIPAA 合规
org-field-lite-users = Lite 用户
org-field-account-can-be-deleted = 可删除帐户
org-field-connected-apps-oauth = 已连接的应用（OAuth）
org-field-records-per-page-at-most = 每页最多记录数
org-field-call-icon = 通话图标
org-field-hierarchy = 层级
org-field-strictly-reporting = 严格汇报
org-field-check-in-restricted-for = 签到限制对象
org-field-check-in = 签到

org-alert-plan-expired = 套餐已到期
org-alert-plan-ends = { $days ->
    [1] 套餐将在一天内到期
   *[other] 套餐将在 { $days } 天后到期
}
org-alert-trial-ends = { $days ->
    [1] 试用将在一天内结束
   *[other] 试用将在 { $days } 天后结束
}
org-alert-trial-ended = 试用已结束
org-alert-plan-hint = 付费套餐到期日：{ $date }
org-alert-trial-hint = 试用结束日：{ $date }

org-file-size-bytes = { $bytes } 字节
org-file-size-kb = { $size } KB
org-file-size-mb = { $size } MB

## Export… on the organization screen (the worker's answers, the save dialog)

org-export-nothing = 还没有可导出的内容。
org-export-nothing-resolution = 请刷新以获取组织信息，然后重新导出。
org-export-pdf-failed = 无法生成 PDF。
org-export-pdf-failed-resolution = 请重试；如果仍然失败，请导出为 JSON 并报告此问题。
org-export-not-saved = 无法将导出内容保存到 { $path }。
org-export-not-saved-resolution = 请选择其他文件夹并重试。
org-export-pdf-dialog = 导出为 PDF
org-export-json-dialog = 导出为 JSON

## Export… on the overview

org-overview-export-nothing = 没有可导出的组织。
org-overview-export-nothing-resolution = 请登录一个组织，然后重新导出。
org-overview-export-not-saved = 无法将概览保存到 { $path }。
org-overview-export-dialog = 将概览导出为 CSV
org-overview-export-file-name = Zoho 组织.csv

## The PDF export (Export… → PDF document…)

org-pdf-kind = { $environment } · Zoho CRM 组织
org-pdf-title = { $name }：Zoho CRM 组织
org-pdf-page = 第 { $page } 页，共 { $pages } 页
org-pdf-value-cut = { $start }…（共 { $count } 个字符；JSON 导出包含全部内容）
org-export-file-name = { $company } 组织.{ $extension }
org-export-file-name-untitled = Zoho 组织.{ $extension }
org-fetched = 获取于 { $when }

## The overview (every signed-in organization in one table)

org-overview-column-name = 组织
org-overview-column-environment = 环境
org-overview-column-data-centre = 数据中心
org-overview-column-edition = 版本
org-overview-column-paid = 付费/试用
org-overview-column-expiry = 套餐/试用到期
org-overview-column-users = 用户
org-overview-column-time-zone = 时区
org-overview-column-currency = 货币
org-overview-column-fetched = 上次获取
org-overview-column-state = 状态
org-overview-sort-by = 按{ $column ->
    [name] 组织
    [environment] 环境
    [data-centre] 数据中心
    [edition] 版本
    [paid] 付费/试用
    [expiry] 套餐/试用到期
    [users] 用户
    [time-zone] 时区
    [currency] 货币
    [fetched] 上次获取
   *[state] 状态
}排序
org-overview-paid = 付费
org-overview-trial = 试用
org-overview-free = 免费
org-overview-expiry-alert = { $date }（{ $alert }）

org-state-fresh = 最新
org-state-refreshing = 正在刷新
org-state-saved = 已保存
org-state-not-fetched = 未获取
org-state-offline = 离线
org-state-problem = 出错
org-state-fresh-sentence = 已更新：自应用启动以来已从 Zoho 获取。
org-state-refreshing-sentence = 正在从 Zoho 获取。
org-state-saved-sentence = 上次访问时保存的数据；刷新即可从 Zoho 获取。
org-state-not-fetched-sentence = 尚未获取：刷新即可从 Zoho 获取。
org-state-offline-sentence = 无法连接 Zoho：正在显示已保存的数据。请检查网络连接并刷新。
org-state-problem-sentence = { $summary }{ $resolution }
org-state-stale = 上次刷新未成功。
org-state-stale-resolution = 请重新刷新。
org-state-label = { $word }：{ $sentence }
org-state-problem-tooltip = { $sentence }点击查看详细信息。
org-copy-details = 复制详细信息

org-overview-title = 概览
org-overview-count = { $count } 个组织
org-overview-search-hint = 搜索名称、ID、域名、数据中心
org-overview-search = 搜索组织
org-overview-search-tooltip = 显示名称、ID、域名或数据中心包含此文本的组织
org-overview-refresh-all-button = ⟳ 全部刷新
org-overview-refresh-all = 全部刷新
org-overview-refresh-all-tooltip = 同时重新获取所有组织（F5）
org-refreshing = 正在刷新…
org-overview-copy-table = 复制表格
org-overview-copy-table-tooltip = 以制表符分隔复制显示的行，便于粘贴到电子表格中
org-export-button = 导出…
org-overview-export-tooltip = 将所有组织的行保存为 CSV 文件
org-overview-no-match = 没有匹配的组织。清空搜索框即可查看全部。
org-overview-column-logo = 徽标
org-overview-open-tooltip = 打开此组织
org-overview-open = 打开 { $name }

## The organization screen's header and actions

org-caveat-cached = 上次访问时的数据
org-caveat-offline = 离线：正在显示已保存的数据
org-caveat-stale = 非最新：正在显示已保存的数据
org-caveat-fetched = { $caveat } · { $fetched }
org-your-organization = 您的组织
org-logo-alt = 组织徽标
org-copy-all = 全部复制
org-copy-all-tooltip = 将所有值复制为易读的文本
org-copy-json = 复制为 JSON
org-copy-json-tooltip = 按 Zoho 发送的原样复制数据
org-sign-out = 退出…
org-sign-out-tooltip = 退出并在这台电脑上删除登录信息
org-refresh-button = ⟳ 刷新
org-refresh = 刷新
org-refresh-tooltip = 重新获取组织信息（F5）
org-exported-to = 已导出到 { $path }
org-open-folder = 打开文件夹
org-open-folder-tooltip = 在文件管理器中显示导出的文件
org-export-tooltip = 将组织的详细信息保存为文件
org-export-pdf = PDF 文档…
org-export-pdf-tooltip = 便于打印或附加到支持工单的易读页面
org-export-json = JSON 文件…
org-export-json-tooltip = 包含所有字段的 Zoho 数据，与发送时完全一致

## The filter box above the sections

org-filter = 筛选字段
org-filter-tooltip = 显示名称或值包含此文本的字段（Ctrl+F）
org-filter-no-match = 没有匹配的字段。在筛选框中按 Esc 键即可查看所有字段。
org-filter-matches = { $count } 个字段匹配
org-section-no-match = 没有匹配的字段
org-section-show = 显示
org-section-show-tooltip = 仍然显示这些字段
org-section-hide = 隐藏
org-section-hide-tooltip = 重新折叠这些字段
org-section-show-name = 显示{ $section }
org-section-hide-name = 隐藏{ $section }

## The switcher (the list of signed-in organizations down the left, or a menu in the top bar)

org-switcher-menu = 切换组织（当前显示：{ $name }）
org-switcher-heading = 组织
org-switcher-unfold = 显示组织名称
org-switcher-fold = 仅显示组织徽标
org-switcher-sign-out = 退出此组织…
org-switcher-overview-tooltip = 在一个表格中显示所有组织
org-switcher-compare-tooltip = 并排显示两个组织
org-switcher-compare-disabled = 请再添加一个组织，以便比较两个组织
org-switcher-add-button = + 添加组织…
org-switcher-add = 添加组织…
org-switcher-add-tooltip = 重新登录，并在 Zoho 页面上选择另一个组织
org-switcher-entry = { $name }：{ $details }
org-switcher-environment-data-centre = { $environment }，数据中心 { $data_centre }
org-switcher-environment = { $environment }
org-switcher-data-centre = 数据中心 { $data_centre }
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

org-add-title = 添加组织
org-add-text = Zoho 的登录页面将在浏览器中打开：请在页面上从您的组织列表中选择要添加的组织，然后允许访问。
org-add-continue = 在浏览器中继续
org-sign-out-all-title = { $count ->
    [1] 要退出该组织吗？
   *[other] 要退出全部 { $count } 个组织吗？
}
org-sign-out-all-text = 应用会在这台电脑上删除所有登录信息，并请求 Zoho 结束这些登录。您可以随时重新登录。
org-sign-out-all-confirm = 是，全部退出

## Compare (two organizations side by side)

org-compare-title = 比较
org-compare-with = 与
org-compare-first = 第一个组织
org-compare-second = 第二个组织
org-compare-pick = 请选择两个已获取详细信息的组织。刷新组织即可获取其信息。
org-compare-count = { $count ->
    [0] 没有差异
   *[other] { $count } 处差异
}
org-compare-only-differences = 仅显示差异
org-compare-copy = 复制差异
org-compare-copy-tooltip = 以制表符分隔复制有差异的字段
org-compare-identifiers-note = 两个组织的标识符总是不同：它们会显示，但不计入差异。
org-compare-field = 字段
org-compare-copied-field = { $section }：{ $label }
org-compare-always-differs = { $label }（总是不同）
org-compare-differs = { $label } 不同：{ $value }
