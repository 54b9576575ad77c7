# The app's shared words: the menu, the language choice.

menu-language = Language
language-follow-system = Same as the system ({ $language })

# Under the org's name when some of its data is in a script no installed font has (the
# characters would show as empty boxes).
app-fonts-missing = Some characters can't be shown: this computer has no font for them. Installing the free Noto fonts fixes this.
