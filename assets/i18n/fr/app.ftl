# The app's shared words: the menu, the language choice.

menu-language = Langue
language-follow-system = Comme le système ({ $language })
