# The app's shared words: the menu, the language choice.

menu-language = भाषा
language-follow-system = सिस्टम के अनुसार ({ $language })
app-fonts-missing = कुछ अक्षर दिखाए नहीं जा सकते: इस कंप्यूटर में उनके लिए फ़ॉन्ट नहीं है। मुफ़्त Noto फ़ॉन्ट इंस्टॉल करने से यह ठीक हो जाएगा।
