# The app's shared words: the menu, the language choice.

menu-language = 语言
language-follow-system = 与系统相同（{ $language }）
app-fonts-missing = 部分字符无法显示：此计算机没有相应的字体。安装免费的 Noto 字体即可解决。
