# The app's shared words: the menu, the language choice.

menu-language = भाषा
language-follow-system = सिस्टम के अनुसार ({ $language })
