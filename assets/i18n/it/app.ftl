# The app's shared words: the menu, the language choice.

menu-language = Lingua
language-follow-system = Come il sistema ({ $language })
app-fonts-missing = Alcuni caratteri non possono essere mostrati: questo computer non ha un font per loro. Installa i font gratuiti Noto per risolvere.
