# The app's shared words: the menu, the language choice.

menu-language = Sprache
language-follow-system = Wie im System ({ $language })
app-fonts-missing = Einige Zeichen können nicht angezeigt werden: Auf diesem Computer fehlt eine passende Schrift. Die kostenlosen Noto-Schriften beheben das.
