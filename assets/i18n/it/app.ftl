# The app's shared words: the menu, the language choice.

menu-language = Lingua
language-follow-system = Come il sistema ({ $language })
