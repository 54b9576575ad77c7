# The window's own words: the top bar and its menu, the welcome, client-form and sign-in screens,
# the logo panel and its change dialog, the save prompt, the status area and About.
# "Zoho", "Zoho CRM" and "Org Viewer" are product names: keep them as they are.

## Top bar and menu (☰). Menu entries are short; one that opens a window ends in "…".

ui-menu = ☰ मेनू
ui-app-icon = ऐप आइकन
ui-demo-badge = डेमो
ui-appearance = रूप-रंग
ui-theme-system = सिस्टम के अनुसार
ui-theme-light = लाइट
ui-theme-dark = डार्क
ui-organizations = संगठन
ui-add-organization = संगठन जोड़ें…
ui-sign-out-this = इस संगठन से साइन आउट करें…
ui-sign-out-all = सभी से साइन आउट करें…
ui-about = Org Viewer के बारे में…

## About window.

ui-app-icon-large = Org Viewer आइकन
ui-version = संस्करण { $version }
ui-about-text = आपके Zoho CRM संगठन का विवरण और लोगो दिखाता है। यह सिर्फ़ पढ़ता है, सिवाय लोगो के जब आप उसे बदलते हैं; इसके लिए Zoho से एक बार की अनुमति ली जाती है, जिसे काम पूरा होते ही भुला दिया जाता है।
ui-help-link = ऐप इस्तेमाल करने के लिए सहायता
ui-sign-in-kept-in = आपका साइन-इन { $place } में रखा गया है।
ui-open-data-folder = डेटा फ़ोल्डर खोलें
ui-not-by-zoho = यह Zoho का बनाया हुआ नहीं है। Zoho और Zoho CRM, Zoho Corporation के ट्रेडमार्क हैं।
ui-close = बंद करें
ui-system-keychain = सिस्टम के कीचेन

## Waiting screens (a spinner with one line).

ui-starting = शुरू हो रहा है…
ui-loading-org = आपका संगठन लोड हो रहा है…

## Status area at the bottom of the window.

ui-ready = तैयार
ui-done = ✔ { $text }
ui-problem-line = ⚠ { $text }
ui-notice = { $text }
ui-details-show = विवरण
ui-details-hide = विवरण छिपाएँ
ui-copy-details = विवरण कॉपी करें
ui-close-message-hover = यह संदेश बंद करें
ui-close-message = संदेश बंद करें

## Status messages. { $name } is a company name from Zoho; { $path } a file path.

ui-signed-in-again = { $name } में फिर से साइन इन किया
ui-added-org = { $name } जोड़ा गया
ui-logo-copied = लोगो क्लिपबोर्ड पर कॉपी किया गया
ui-signed-out = साइन आउट किया गया
ui-demo-notice = डेमो: आप इसी कंप्यूटर पर एक सिम्युलेटेड Zoho में साइन इन कर रहे हैं।
ui-demo-left = आपने डेमो छोड़ दिया
ui-logo-saved = लोगो { $path } में सहेजा गया
ui-export-saved = { $format } { $path } में सहेजा गया
ui-overview-saved = अवलोकन { $path } में सहेजा गया
ui-copying-logo = लोगो कॉपी किया जा रहा है…
ui-signing-out = साइन आउट किया जा रहा है…
ui-bad-sign-in-address = साइन-इन का पता पढ़ा नहीं जा सकता।
ui-reinstall = ऐप को फिर से इंस्टॉल करें।

## Sign-out confirmation. { $name } is a company name from Zoho.

ui-sign-out-title = { $name } से साइन आउट करें?
ui-this-organization = इस संगठन
ui-sign-out-body = ऐप इस कंप्यूटर पर इस संगठन का साइन-इन भूल जाता है और Zoho से उसे खत्म करने के लिए कहता है। बाकी संगठन साइन इन रहते हैं। आप कभी भी फिर से साइन इन कर सकते हैं।
ui-sign-out-confirm = हाँ, साइन आउट करें

## Shared buttons.

ui-cancel = रद्द करें
ui-copy = कॉपी करें
ui-copied = ✔ कॉपी हो गया
ui-copy-what = { $what } कॉपी करें
ui-copied-what = { $what } कॉपी किया गया

## Screen for an org that could not be loaded.

ui-load-failed-title = संगठन लोड नहीं हो सका
ui-load-failed-body = क्या हुआ और क्या करना है, यह विंडो के नीचे दिखाया गया है।
ui-try-again = फिर से कोशिश करें
ui-sign-out = साइन आउट करें…

## Welcome screen.

ui-region-global = चीन को छोड़कर हर जगह
ui-region-china = चीन (zoho.com.cn)
ui-welcome-tagline = अपने संगठन का विवरण और लोगो देखें, कोई भी मान कॉपी करें, और लोगो सहेजें।
ui-sign-in-with-zoho = Zoho से साइन इन करें
ui-browser-opens = आपका ब्राउज़र Zoho का साइन-इन पेज खोलता है। ऐप आपका पासवर्ड कभी नहीं देखता।
ui-account-in = Zoho खाते का क्षेत्र
ui-no-account = आपके पास Zoho खाता नहीं है?
ui-try-demo = डेमो आज़माएँ
ui-try-demo-hover = ऐप को एक सिम्युलेटेड संगठन के साथ खोलता है; किसी खाते की ज़रूरत नहीं
ui-change-client = Zoho क्लाइंट बदलें…
ui-in-demo = आप डेमो में हैं। यह इसी कंप्यूटर पर एक सिम्युलेटेड Zoho में साइन इन करता है; किसी खाते की ज़रूरत नहीं है।
ui-demo-sign-in-again = डेमो में फिर से साइन इन करें
ui-leave-demo = डेमो छोड़ें
ui-leave-demo-hover = अपने Zoho संगठनों पर वापस जाएँ

## Signing-in screen (waiting for the browser).

ui-waiting-sign-in = आपके साइन इन करने का इंतज़ार है
ui-sign-in-page-open = Zoho का साइन-इन पेज आपके ब्राउज़र में खुला है। वहाँ साइन इन करें और पहुँच की अनुमति दें, फिर यहाँ वापस आएँ।
ui-preparing-sign-in = साइन-इन तैयार किया जा रहा है…
ui-time-left = बचा हुआ समय: { $left }
ui-open-sign-in-again = साइन-इन पेज फिर से खोलें
ui-browser-did-not-open = ब्राउज़र नहीं खुला? यह पता अपने ब्राउज़र में कॉपी करें:
ui-sign-in-address = साइन-इन पता

## Client form: connecting the app to Zoho. Zoho's API console terms (Add client,
## Server-based Applications, Authorized redirect URIs, Client ID, Client Secret) are the
## words on Zoho's page: use the ones Zoho's console shows in this language.

ui-connect-title = ऐप को Zoho से कनेक्ट करें
ui-connect-intro = साइन इन करने से पहले Zoho को इस ऐप के बारे में जानना ज़रूरी है। इसमें लगभग दो मिनट लगते हैं और यह सिर्फ़ एक बार करना होता है।
ui-step-console = Zoho का API कंसोल खोलें और साइन इन करें:
ui-step-add-client = Add client चुनें, फिर Server-based Applications। कोई भी नाम और आपकी कंपनी की वेबसाइट चलेगी।
ui-step-redirect = Authorized redirect URIs के अंतर्गत, इनमें से हर एक को ठीक वैसे ही जोड़ें जैसे लिखा है:
ui-redirect-uri = रीडायरेक्ट URI { $uri }
ui-redirect-ports = ऐप दूसरा और तीसरा पता सिर्फ़ तभी इस्तेमाल करता है जब पहला पोर्ट कोई दूसरा प्रोग्राम इस्तेमाल कर रहा हो।
ui-step-create = क्लाइंट बनाएँ, फिर उसका Client ID और Client Secret यहाँ कॉपी करें:
ui-client-id = Client ID
ui-client-id-hint = Zoho से Client ID पेस्ट करें
ui-client-secret = Client Secret
ui-client-secret-hint = Zoho से Client Secret पेस्ट करें
ui-show = दिखाएँ
ui-save-and-sign-in = सहेजें और साइन इन करें
ui-back = वापस
ui-try-demo-instead = इसके बजाय डेमो आज़माएँ
ui-secret-kept-in = क्लाइंट सीक्रेट { $place } में रखा गया है।

## Save prompt (when the system offers no file chooser, or a file exists).

ui-save-logo-title = लोगो सहेजें
ui-export-pdf-title = PDF के रूप में एक्सपोर्ट करें
ui-export-json-title = JSON के रूप में एक्सपोर्ट करें
ui-export-overview-title = अवलोकन CSV के रूप में एक्सपोर्ट करें
ui-file-exists = वहाँ "{ $name }" नाम की फ़ाइल पहले से मौजूद है। क्या उसे बदलना है?
ui-replace = बदलें
ui-choose-another-name = कोई दूसरा नाम चुनें
ui-type-where = इस कंप्यूटर ने अपना सामान्य फ़ाइल चयनकर्ता नहीं दिखाया, इसलिए यहाँ लिखें कि { $what ->
        [logo] लोगो कहाँ सहेजा जाए
       *[file] फ़ाइल कहाँ सहेजी जाए
    }। जो फ़ोल्डर अभी मौजूद नहीं हैं, वे बना दिए जाते हैं।
ui-save-as = इस नाम से सहेजें
ui-save = सहेजें

## Logo panel on the org screen.

ui-logo-heading = लोगो
ui-org-logo = संगठन का लोगो
ui-loading-logo = लोगो लोड हो रहा है…
ui-no-logo-yet = इस संगठन का कोई लोगो नहीं है।
ui-logo-failed = लोगो लोड नहीं हो सका। फिर से कोशिश करने के लिए रीफ़्रेश करें।
ui-copy-image = तस्वीर कॉपी करें
ui-copy-image-hover = तस्वीर को क्लिपबोर्ड पर रखें
ui-save-logo = लोगो सहेजें…
ui-save-logo-hover = लोगो फ़ाइल को ठीक वैसे ही सहेजें जैसे Zoho ने भेजी है (Ctrl+S)
ui-saved-to = { $path } में सहेजा गया
ui-open-folder = फ़ोल्डर खोलें

## Changing the logo (below the logo panel).

ui-grant-sentence = लोगो बदलने के लिए Zoho आपके ब्राउज़र में एक बार अनुमति माँगता है; ऐप वह अनुमति सिर्फ़ मेमोरी में रखता है और बदलाव पूरा होते ही भूल जाता है।
ui-change-logo-button = लोगो बदलें…
ui-change-logo-hover = नई तस्वीर चुनें; कुछ भी बदलने से पहले आप ठीक वही देखते हैं जो भेजा जाएगा। आप विंडो पर तस्वीर छोड़ (ड्रॉप कर) सकते हैं या पेस्ट भी कर सकते हैं।
ui-paste-picture = तस्वीर पेस्ट करें
ui-paste-picture-hover = क्लिपबोर्ड की तस्वीर को नए लोगो के रूप में इस्तेमाल करें
ui-remove-logo-button = लोगो हटाएँ…
ui-remove-logo-hover = Zoho CRM में लोगो हटाएँ; पहले उसकी एक कॉपी सहेजी जाती है
ui-fitting = तस्वीर को Zoho की सीमाओं के अनुसार ढाला जा रहा है…
ui-new-logo = नया लोगो
ui-chosen = चुना गया: { $measure }
ui-will-be-sent = भेजा जाएगा: { $measure }
ui-change-logo = लोगो बदलें
ui-remove-question = क्या Zoho CRM में इस संगठन का लोगो हटाना है? पहले इस कंप्यूटर पर उसकी एक कॉपी सहेजी जाती है; आप उसे "पिछले लोगो" से वापस ला सकते हैं।
ui-remove-confirm = हाँ, लोगो हटाएँ
ui-waiting-permission = ब्राउज़र में आपकी अनुमति का इंतज़ार है। Zoho के पेज पर { $name } चुनें।
ui-opening-zoho = आपके ब्राउज़र में Zoho खोला जा रहा है…
ui-backup-saved = पहले वाला लोगो { $path } में सहेजा गया।
ui-earlier-logos = पिछले लोगो ({ $count })
ui-earlier-logos-note = हर बदलाव से पहले इस कंप्यूटर पर सहेजे गए। वापस लाने के लिए Zoho आपके ब्राउज़र में एक बार अनुमति माँगता है।
ui-restore = वापस लाएँ
ui-restore-hover = इसे फिर से लोगो बनाएँ
ui-also-change = इन संगठनों को भी इसी तरह बदलें:
ui-one-at-a-time = Zoho एक बार में एक ही संगठन के लिए अनुमति देता है, इसलिए आपका ब्राउज़र इन { $count } संगठनों में से हर एक के लिए बारी-बारी से एक बार खुलता है; हर संगठन के मौजूदा लोगो की अपनी एक कॉपी रखी जाती है।
ui-now = अभी
ui-after-change = बदलाव के बाद
ui-logo-now = अभी का लोगो
ui-logo-after-change = बदलाव के बाद का लोगो
ui-no-logo = कोई लोगो नहीं
ui-sent-as-is = तस्वीर जैसी है वैसी ही भेजी जाती है: { $why }
ui-picture-was = तस्वीर: { $what }, क्योंकि { $why }
ui-fit-why = { $reason ->
    [unchanged] यह Zoho की 1 MB और 10 मेगापिक्सल की सीमा के भीतर है।
    [converted] जहाँ तक पता है, Zoho केवल PNG, JPEG और GIF लोगो लेता है।
    [re-encoded] Zoho अधिकतम 1 MB के लोगो लेता है।
    [scaled-pixels] Zoho अधिकतम 10 मेगापिक्सल और 1 MB के लोगो लेता है।
   *[scaled-bytes] Zoho अधिकतम 1 MB के लोगो लेता है, और केवल दोबारा एन्कोड करना काफ़ी नहीं था।
}
ui-fit-change = { $change ->
    [converted] { $from } से { $to } में बदली गई, { $sizes }
    [re-encoded] { $to } के रूप में दोबारा एन्कोड की गई, { $sizes }
   *[scaled] { $from } से { $to } तक छोटी की गई, { $sizes }
}
