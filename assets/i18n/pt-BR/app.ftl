# The app's shared words: the menu, the language choice.

menu-language = Idioma
language-follow-system = Igual ao sistema ({ $language })
app-fonts-missing = Alguns caracteres não podem ser exibidos: este computador não tem uma fonte para eles. Instalar as fontes gratuitas Noto resolve isso.
