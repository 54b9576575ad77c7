# The app's shared words: the menu, the language choice.

menu-language = 言語
language-follow-system = システムと同じ（{ $language }）
