# The app's shared words: the menu, the language choice.

menu-language = Language
language-follow-system = Same as the system ({ $language })
