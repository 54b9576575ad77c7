# The app's shared words: the menu, the language choice.

menu-language = Idioma
language-follow-system = Igual que el sistema ({ $language })
app-fonts-missing = Algunos caracteres no se pueden mostrar: este equipo no tiene una fuente para ellos. Instalar las fuentes gratuitas Noto lo soluciona.
