# The app's shared words: the menu, the language choice.

menu-language = Taal
language-follow-system = Zelfde als het systeem ({ $language })
