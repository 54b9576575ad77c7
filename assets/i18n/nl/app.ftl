# The app's shared words: the menu, the language choice.

menu-language = Taal
language-follow-system = Zelfde als het systeem ({ $language })
app-fonts-missing = Sommige tekens kunnen niet worden weergegeven: deze computer heeft er geen lettertype voor. Installeer de gratis Noto-lettertypen om dit op te lossen.
