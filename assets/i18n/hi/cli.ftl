# कमांड लाइन (टर्मिनल में zoho-org-viewer)। कमांड, विकल्प, एनवायरनमेंट वेरिएबल और फ़ाइल पाथ का अनुवाद नहीं होता।

## --help

cli-help-about = Org Viewer for Zoho CRM: अपने Zoho CRM संगठन का विवरण और लोगो देखें।
cli-help-after =
    कोई कमांड न देने पर ऐप की विंडो खुलती है।

    सेटिंग (एनवायरनमेंट वेरिएबल):
      ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET
          Zoho के API कंसोल (https://api-console.zoho.com) का OAuth क्लाइंट। इनके बिना, ऐप में
          सहेजा गया या उसमें बना हुआ क्लाइंट इस्तेमाल होता है।
      ZOHO_ACCOUNTS_URL
          साइन-इन कहाँ से शुरू होता है। डिफ़ॉल्ट https://accounts.zoho.com (Zoho चीन को छोड़कर हर
          डेटा सेंटर पर भेज देता है); चीन में https://accounts.zoho.com.cn इस्तेमाल करें। यह https
          होना चाहिए, या सिम्युलेटेड Zoho के लिए इसी कंप्यूटर पर (127.0.0.1 या localhost) सादा http।
      ZOHO_ORG_VIEWER_REDIRECT_PORT
          साइन-इन सिर्फ़ इसी एक पोर्ट पर पाएँ, जब इस कंप्यूटर पर पोर्ट 17645 से 17647 व्यस्त हों। तब
          रीडायरेक्ट URI http://127.0.0.1:PORT/callback को Zoho के API कंसोल में क्लाइंट के लिए
          रजिस्टर करना ज़रूरी है।
      ZOHO_ORG_VIEWER_STORE
          साइन-इन कहाँ रखा जाता है: "keyring" (सिस्टम का कीचेन) या "file" (आपके सेटिंग फ़ोल्डर में
          एक फ़ाइल जिसे सिर्फ़ आप पढ़ सकते हैं)। डिफ़ॉल्ट: कीचेन, या फ़ाइल अगर इस कंप्यूटर में
          कीचेन नहीं है।
      RUST_LOG
          stderr पर कितना लॉग करना है, जैसे "info" या "debug" (डिफ़ॉल्ट "warn")। टोकन और क्लाइंट
          सीक्रेट किसी भी स्तर पर कभी दिखाए या लॉग नहीं किए जाते।

    एग्ज़िट स्टेटस: सफल होने पर 0; कुछ गलत होने पर 1, कारण stderr पर; कमांड लाइन ही गलत होने पर 2।
cli-help-usage = उपयोग:
cli-help-commands = कमांड
cli-help-arguments = आर्ग्युमेंट
cli-help-options = विकल्प
cli-help-flag-help = सहायता दिखाएँ
cli-help-flag-version = संस्करण दिखाएँ
cli-help-demo = ऐप को बिल्ट-इन सिम्युलेटेड Zoho के साथ खोलें (Zoho खाते की ज़रूरत नहीं)।
cli-help-login = अपने ब्राउज़र में Zoho में साइन इन करें; वहाँ आप जो संगठन चुनते हैं, वह जोड़ा (या नवीनीकृत) किया जाता है।
cli-help-login-long =
    अपने ब्राउज़र में Zoho में साइन इन करें; वहाँ आप जो संगठन चुनते हैं, वह जोड़ा (या नवीनीकृत) किया जाता है।

    आपके ब्राउज़र में Zoho का साइन-इन पेज खोलता है (Linux पर $BROWSER में बताया गया ब्राउज़र, अगर सेट हो) और उसका पता भी दिखाता है, अगर कोई ब्राउज़र न खुले। फिर ब्राउज़र के लौटने का 3 मिनट तक इंतज़ार करता है। Zoho के पेज पर चुना गया संगठन मौजूदा संगठन बन जाता है।
cli-help-orgs = इस कंप्यूटर पर साइन-इन किए गए संगठनों की सूची दिखाएँ, मौजूदा संगठन चिह्नित।
cli-help-orgs-json = इसके बजाय JSON ऐरे दिखाएँ (id, zgid, company_name, type, data_centre, current)।
cli-help-switch = ORG को मौजूदा संगठन बनाएँ (वह जिसे --org के बिना कमांड इस्तेमाल करते हैं)।
cli-help-switch-org = संगठन: उसकी ID, zgid, डोमेन नाम, या उसकी कंपनी के नाम का कोई हिस्सा।
cli-help-org = किसी संगठन का विवरण दिखाएँ, समूहों में और आसान शब्दों में।
cli-help-org-org = संगठन (डिफ़ॉल्ट: मौजूदा संगठन): ID, zgid, डोमेन या उसके नाम का कोई हिस्सा।
cli-help-org-all = साइन-इन किए गए सभी संगठन, एक साथ लाए गए।
cli-help-org-json = इसके बजाय Zoho का org ऑब्जेक्ट JSON में दिखाएँ, Zoho की भेजी हर कुंजी के साथ (--all के साथ, उनका ऐरे)।
cli-help-logo = किसी संगठन का लोगो फ़ाइल में सहेजें (--out), या उसे बदलें (--set) या हटाएँ (--remove)।
cli-help-logo-long =
    किसी संगठन का लोगो फ़ाइल में सहेजें (--out), या उसे बदलें (--set) या हटाएँ (--remove)।

    --set और --remove लोगो बदलने की अनुमति के लिए आपके ब्राउज़र में एक बार Zoho खोलते हैं; अनुमति सिर्फ़ मेमोरी में रखी जाती है और बदलाव पूरा होते ही भुला दी जाती है। मौजूदा लोगो पहले ऐप के डेटा फ़ोल्डर में सहेजा जाता है। Zoho की सीमाओं (1 MB, 10 मेगापिक्सेल) से बड़ी तस्वीर को छोटा करके फिर से एन्कोड किया जाता है ताकि वह फ़िट हो।
cli-help-logo-out = लोगो को इस फ़ाइल में सहेजें, बाइट-दर-बाइट जैसा Zoho भेजता है (फ़ाइल मौजूद हो तो बदल दी जाती है; पूरी लिखी जाती है या बिल्कुल नहीं)।
cli-help-logo-set = इस तस्वीर (PNG, JPEG, GIF, WebP या BMP) को संगठन का लोगो बनाएँ।
cli-help-logo-remove = संगठन का लोगो हटाएँ।
cli-help-logo-org = संगठन (डिफ़ॉल्ट: मौजूदा संगठन)। --set या --remove के साथ, कई संगठनों को एक के बाद एक बदलने के लिए इसे एक से ज़्यादा बार दें (Zoho हर एक के लिए ब्राउज़र में अनुमति माँगता है)।
cli-help-logout = Zoho पर साइन-इन रद्द करें और उसे इस कंप्यूटर से भूल जाएँ (डिफ़ॉल्ट: मौजूदा संगठन)।
cli-help-logout-org = वह संगठन जिससे साइन आउट करना है।
cli-help-logout-all = सभी संगठनों से साइन आउट करें।
cli-help-sim = सिम्युलेटेड Zoho को फ़ोरग्राउंड में चलाएँ और उसके पते दिखाएँ (Ctrl-C उसे रोकता है)।
cli-help-sim-orgs = डेमो के तीन संगठनों के बजाय N काल्पनिक संगठनों वाले उपयोगकर्ता की तरह चलें (बेंचमार्क के लिए)।

## ऐसी सेटिंग जो इस्तेमाल नहीं हो सकती

cli-config-accounts-url-unreadable = ZOHO_ACCOUNTS_URL कोई वेब पता नहीं है। इसे Zoho के साइन-इन सर्वर पर सेट करें, जैसे https://accounts.zoho.com, या इसे हटा दें।
cli-config-accounts-url-not-secure = ZOHO_ACCOUNTS_URL { $value } है, लेकिन इसे https:// से शुरू होना चाहिए (सादा http सिर्फ़ इसी कंप्यूटर पर चलता है, जैसे सिम्युलेटेड Zoho के लिए http://127.0.0.1:PORT)। इसे ठीक करें, या https://accounts.zoho.com इस्तेमाल करने के लिए इसे हटा दें।
cli-config-accounts-url-has-credentials = ZOHO_ACCOUNTS_URL में उपयोगकर्ता नाम या पासवर्ड नहीं होना चाहिए। इसे सिर्फ़ सर्वर के पते पर सेट करें, जैसे https://accounts.zoho.com।
cli-config-bad-redirect-port = ZOHO_ORG_VIEWER_REDIRECT_PORT "{ $value }" है, लेकिन यह 1 से 65535 तक का पोर्ट नंबर होना चाहिए (ऐसा पोर्ट जिसका रीडायरेक्ट URI http://127.0.0.1:PORT/callback क्लाइंट के लिए रजिस्टर हो)। इसे ठीक करें, या पोर्ट 17645 से 17647 इस्तेमाल करने के लिए इसे हटा दें।
cli-startup-setting-refused = ऐप ऐसी सेटिंग के साथ शुरू हुआ जिसे वह इस्तेमाल नहीं कर सकता, इसलिए वह अपनी सामान्य सेटिंग इस्तेमाल कर रहा है।
cli-startup-setting-refused-next = जिसने यह कंप्यूटर सेट किया है, वह विवरण में बताई गई सेटिंग ठीक कर सकता है या हटा सकता है, फिर ऐप दोबारा शुरू करें।
cli-log-setting-unreadable = RUST_LOG पढ़ा नहीं जा सका ({ $error }); सिर्फ़ चेतावनियाँ और त्रुटियाँ दिखाई जा रही हैं।

## login

cli-login-opening = आपके ब्राउज़र में Zoho का साइन-इन पेज खोला जा रहा है। अगर यह न खुले, तो इस पते पर जाएँ:
cli-login-waiting = ब्राउज़र में आपके काम पूरा करने का { $duration } तक इंतज़ार किया जा रहा है (Ctrl-C रद्द करता है)। Zoho के पेज पर, जोड़ने के लिए संगठन चुनें।
cli-login-added = Zoho में साइन इन किया और { $org } जोड़ा ({ $place }); अब यह मौजूदा संगठन है।
cli-login-renewed = { $org } का साइन-इन नवीनीकृत किया ({ $place }); अब यह मौजूदा संगठन है।
cli-login-old-not-revoked = जिस साइन-इन की जगह यह आया है, उसे Zoho पर रद्द नहीं किया जा सका ({ $error }); आप इसे अपने Zoho खाते में सत्र (Sessions), कनेक्टेड ऐप्स (Connected apps) के अंतर्गत हटा सकते हैं।
cli-where-both = { $environment }, { $place }
cli-where-centre = Zoho का { $centre } डेटा सेंटर
cli-where-unknown = डेटा सेंटर ज्ञात नहीं
cli-browser-not-opened = ब्राउज़र नहीं खुल सका ({ $problem })। आगे बढ़ने के लिए ऊपर दिया पता अपने ब्राउज़र में खोलें।
cli-browser-fallback = अगर ब्राउज़र न खुले, तो इस पते पर जाएँ:

## संगठन का प्रकार और डेटा सेंटर

cli-environment = { $kind ->
    [production] प्रोडक्शन
    [sandbox] सैंडबॉक्स
    [developer] डेवलपर
   *[other] { $shown }
}
cli-environment-lower = { $kind ->
    [production] प्रोडक्शन
    [sandbox] सैंडबॉक्स
    [developer] डेवलपर
   *[other] { $kind }
}
cli-data-centre = { $code ->
    [us] अमेरिका
    [eu] यूरोप
    [in] भारत
    [au] ऑस्ट्रेलिया
    [jp] जापान
    [cn] चीन
    [ca] कनाडा
    [sa] सऊदी अरब
    [uk] यूनाइटेड किंगडम
   *[other] { $code }
}
cli-data-centre-with-code = { $centre } ({ $code })
cli-not-known = ज्ञात नहीं

## orgs

cli-orgs-heading-organization = संगठन
cli-orgs-heading-environment = एनवायरनमेंट
cli-orgs-heading-data-centre = डेटा सेंटर
cli-orgs-heading-id = ID
cli-orgs-current-marked = मौजूदा संगठन पर * लगा है; `zoho-org-viewer switch ORG` इसे बदलता है।
cli-orgs-none = आप इस कंप्यूटर पर किसी भी संगठन में साइन इन नहीं हैं। एक जोड़ने के लिए `zoho-org-viewer login` चलाएँ।

## switch, logout

cli-now-current = { $org } अब मौजूदा संगठन है।
cli-logout-nothing = आप Zoho में साइन इन नहीं हैं, इसलिए साइन आउट करने के लिए कुछ नहीं था।
cli-logout-done = { $org } से साइन आउट किया: Zoho ने ऐप की पहुँच रद्द कर दी, और साइन-इन इस कंप्यूटर से हटा दिया गया।

cli-org-failed = { $org }: { $error }

## logo

cli-logo-saved = लोगो ({ $description }) { $file } में सहेजा गया।
cli-logo-described = { $format }, { $size }
cli-logo-described-sized = { $format }, { $width } × { $height } पिक्सेल, { $size }
cli-logo-extension-note = ध्यान दें: लोगो एक { $format } तस्वीर है, लेकिन फ़ाइल का नाम .{ $extension } पर खत्म होता है; कुछ प्रोग्राम नाम के हिसाब से चलते हैं, इसलिए { $suggested } बेहतर हो सकता है।
cli-picture-is = तस्वीर: { $change }।
cli-picture-was = तस्वीर: { $change }। { $why }
cli-logo-one-at-a-time = Zoho एक बार में एक ही संगठन के लिए अनुमति देता है, इसलिए आपका ब्राउज़र इन { $total } संगठनों में से हर एक के लिए बारी-बारी से एक बार खुलता है।
cli-logo-progress = { $total } में से { $number }: { $org }
cli-logo-permission = { $org } का लोगो बदलने के लिए, Zoho आपके ब्राउज़र में एक बार इसे बदलने की अनुमति माँगता है; ऐप वह अनुमति सिर्फ़ मेमोरी में रखता है और काम पूरा होने पर भूल जाता है। Zoho के पेज पर { $org } चुनें।
cli-logo-waiting = ब्राउज़र में आपके काम पूरा करने का { $duration } तक इंतज़ार किया जा रहा है (Ctrl-C रद्द करता है)।
cli-logo-changed = { $org } का लोगो बदल दिया गया।
cli-logo-removed = { $org } का लोगो हटा दिया गया।
cli-logo-backup-saved = मौजूदा लोगो की एक कॉपी { $file } में सहेजी गई।
cli-logo-no-backup = { $org } का कोई लोगो नहीं था, इसलिए कॉपी रखने के लिए कुछ नहीं था।
