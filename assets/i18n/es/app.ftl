# The app's shared words: the menu, the language choice.

menu-language = Idioma
language-follow-system = Igual que el sistema ({ $language })
