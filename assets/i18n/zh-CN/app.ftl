# The app's shared words: the menu, the language choice.

menu-language = 语言
language-follow-system = 与系统相同（{ $language }）
