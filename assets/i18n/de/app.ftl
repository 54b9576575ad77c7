# The app's shared words: the menu, the language choice.

menu-language = Sprache
language-follow-system = Wie im System ({ $language })
