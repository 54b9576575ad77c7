# The app's shared words: the menu, the language choice.

menu-language = 言語
language-follow-system = システムと同じ（{ $language }）
app-fonts-missing = 一部の文字を表示できません。このコンピューターに対応するフォントがありません。無料の Noto フォントをインストールすると解決します。
