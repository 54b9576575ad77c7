# The app's shared words: the menu, the language choice.

menu-language = Langue
language-follow-system = Comme le système ({ $language })
app-fonts-missing = Certains caractères ne peuvent pas être affichés : cet ordinateur n'a pas de police pour eux. Installer les polices gratuites Noto règle le problème.
