# Problems: what went wrong and what to do. They show in the window's status line and
# message boxes, in the sign-in page in the browser, and as the command line's error line.
# Every problem is a "summary" (what happened, one sentence) and a "fix" (what to do).
# Keep Zoho's own terms (client ID, client secret, redirect URI, scope names such as
# ZohoCRM.org.READ, API console, Sessions, Connected apps) as Zoho's interface names them
# in your language; scope names and environment variables (ZOHO_CLIENT_ID) never change.

## The Details part of a problem, and the text copied for a support ticket.
err-label-zoho-code = Zoho कोड
err-label-http-status = HTTP स्टेटस
err-label-detail = विवरण
err-label-time = समय
err-label-app = ऐप
err-detail-line = { $label }: { $value }

## Putting sentences together (the command line's one line, the window's "nothing changed").
err-with-code = { $sentence } (Zoho कोड { $code })।
err-two-sentences = { $first } { $second }
err-duration = { $unit ->
    [minutes] { $count ->
        [one] 1 मिनट
       *[other] { $count } मिनट
    }
   *[seconds] { $count ->
        [one] 1 सेकंड
       *[other] { $count } सेकंड
    }
}

## Zoho CRM refused to send data. $what says which: the organization details, the logo,
## or the sign-in; translate each branch so it fits the sentence around it.
err-crm-invalid-request-method = इस ऐप ने { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन का विवरण
} जिस तरीके से माँगा, उसे Zoho ने स्वीकार नहीं किया।
err-crm-oauth-scope-mismatch = आपके साइन-इन में { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन का विवरण
} पढ़ने की अनुमति शामिल नहीं है।
err-crm-authentication-failure = जब इस ऐप ने { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन का विवरण
} माँगा, तब Zoho ने इसका साइन-इन स्वीकार नहीं किया।
err-crm-no-permission = आपके Zoho CRM उपयोगकर्ता को { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन का विवरण
} पढ़ने की अनुमति नहीं है।
err-crm-invalid-url-pattern = इस ऐप ने { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन के विवरण
} के लिए जो पता इस्तेमाल किया, उसे Zoho ने नहीं पहचाना।
err-crm-internal-error = { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन का विवरण
} भेजते समय Zoho में एक आंतरिक समस्या हुई।
err-crm-authorization-failed = आपके Zoho CRM उपयोगकर्ता के पास { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन का विवरण
} पढ़ने के विशेषाधिकार नहीं हैं।
err-crm-invalid-token = आपके Zoho साइन-इन की समय-सीमा खत्म हो गई है या उसे रद्द कर दिया गया है।
err-crm-other = Zoho ने { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन का विवरण
} भेजने से मना कर दिया ({ $code })।
err-fix-update-app = Org Viewer को नवीनतम संस्करण में अपडेट करें। अगर इससे मदद न मिले, तो समस्या की रिपोर्ट करें और त्रुटि कोड बताएँ।
err-fix-read-scope = साइन आउट करें, फिर दोबारा साइन इन करें और जब Zoho पूछे तो पहुँच की अनुमति दें। Zoho क्लाइंट को ZohoCRM.org.READ स्कोप की अनुमति होनी चाहिए।
err-fix-sign-in-again = फिर से साइन इन करें।
err-fix-ask-admin-view = अपने Zoho CRM एडमिनिस्ट्रेटर से ऐसी प्रोफ़ाइल माँगें जो संगठन की सेटिंग देख सकती हो।
err-fix-internal = कुछ मिनट बाद फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो Zoho सपोर्ट से संपर्क करें और त्रुटि कोड बताएँ।
err-fix-crm-other = फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो Zoho सपोर्ट से संपर्क करें और त्रुटि कोड बताएँ।

## Zoho's limit on how often the app may ask.
err-rate-limited = Zoho अभी सीमित कर रहा है कि यह ऐप कितनी बार डेटा माँग सकता है।
err-fix-long-pause = Zoho ने लंबे विराम के लिए कहा है; बाद में फिर से कोशिश करें।
err-fix-wait = { $duration } इंतज़ार करें और फिर से कोशिश करें।
err-fix-wait-a-minute = एक मिनट इंतज़ार करें और फिर से कोशिश करें।

## The connection to Zoho. $host is a server name such as www.zohoapis.eu (command line only).
err-network = Zoho से कनेक्ट नहीं हो सका।
err-network-host = Zoho ({ $host }) से कनेक्ट नहीं हो सका।
err-fix-network = अपना इंटरनेट कनेक्शन जाँचें, फिर दोबारा कोशिश करें। अगर आप प्रॉक्सी या VPN इस्तेमाल करते हैं, तो पक्का करें कि वह ऐप को Zoho तक पहुँचने देता है।
err-dropped = जवाब आने से पहले Zoho से कनेक्शन टूट गया।
err-dropped-host = जवाब आने से पहले Zoho ({ $host }) से कनेक्शन टूट गया।
err-fix-dropped = थोड़ी देर में फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो हो सकता है कोई प्रॉक्सी, VPN या फ़ायरवॉल Zoho से कनेक्शन काट रहा हो।
err-timeout = Zoho ने समय पर जवाब नहीं दिया।
err-fix-timeout = अपना इंटरनेट कनेक्शन जाँचें और थोड़ी देर में फिर से कोशिश करें।

## Answers the app could not use. $what as above; $megabytes a whole number.
err-too-large = { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन के विवरण
} के लिए Zoho का जवाब { $megabytes } MB से बड़ा था, इसलिए ऐप ने उसे पढ़ना बंद कर दिया।
err-fix-too-large = बाद में फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो Zoho सपोर्ट से संपर्क करें।
err-html-page = { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन के विवरण
} के बजाय एक वेब पेज वापस आया; आपके और Zoho के बीच किसी और ने Zoho की जगह जवाब दिया।
err-cut-off = { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन के विवरण
} वाला जवाब पूरा होने से पहले ही कट गया।
err-not-zoho-json = { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन के विवरण
} वाला Zoho का जवाब पढ़ा नहीं जा सका।
err-no-organization = Zoho के जवाब में कोई संगठन नहीं था।
err-redirected = { $what ->
    [logo] लोगो
    [accounts] साइन-इन
   *[org] संगठन के विवरण
} का अनुरोध किसी दूसरे पते पर रीडायरेक्ट किया गया; ऐप रीडायरेक्ट का पालन नहीं करता, इसलिए वहाँ कुछ नहीं भेजा गया।
err-fix-html-page = अगर आपके नेटवर्क में किसी Wi-Fi पोर्टल या प्रॉक्सी में साइन इन करना ज़रूरी है, तो पहले वह करें; फिर से कोशिश करें।
err-fix-cut-off = अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।
err-fix-unreadable = फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो Zoho सपोर्ट से संपर्क करें।
err-fix-redirected = फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो अपनी IT टीम को बताएँ: हो सकता है आपके और Zoho के बीच कुछ ऐप को रीडायरेक्ट कर रहा हो।

## Zoho's sign-in server refused a request. $code is Zoho's own code (never translated).
err-token-code-used = Zoho से मिले साइन-इन कोड की समय-सीमा खत्म हो गई थी या वह पहले ही इस्तेमाल हो चुका था।
err-token-revoked = आपका सहेजा गया Zoho साइन-इन अब मान्य नहीं है; हो सकता है उसे रद्द कर दिया गया हो।
err-token-invalid-client = Zoho आपके खाते के डेटा सेंटर के लिए इस ऐप की क्लाइंट ID नहीं पहचानता।
err-token-invalid-secret = Zoho ने इस ऐप का क्लाइंट सीक्रेट स्वीकार नहीं किया।
err-token-invalid-redirect = Zoho ने वह पता स्वीकार नहीं किया जिस पर साइन-इन लौटता है (रीडायरेक्ट URI)।
err-token-access-denied = Zoho कुछ मिनटों के लिए इस ऐप के नए साइन-इन अस्वीकार कर रहा है।
err-token-throttled = कम समय में बहुत ज़्यादा अनुरोध होने के कारण Zoho ने इस साइन-इन के लिए नई पहुँच रोक दी है।
err-token-revoke-other = Zoho इस ऐप को साइन आउट नहीं कर सका ({ $code })।
err-token-other = Zoho ने साइन-इन अस्वीकार कर दिया ({ $code })।
err-fix-invalid-client = क्लाइंट ID जाँचें। Zoho के API कंसोल में क्लाइंट की Settings खोलें और अपना डेटा सेंटर सक्षम करें (multi-DC), फिर दोबारा साइन इन करें।
err-fix-invalid-secret = Zoho के API कंसोल से क्लाइंट सीक्रेट फिर से कॉपी करें और उसे दोबारा दर्ज करें।
err-fix-invalid-redirect = Zoho के API कंसोल में, क्लाइंट में ये रीडायरेक्ट URI ठीक वैसे ही जोड़ें जैसे लिखे हैं: { $uris }।
err-fix-wait-ten-minutes = लगभग 10 मिनट इंतज़ार करें, फिर दोबारा कोशिश करें।
err-fix-revoke-other = आप अपने Zoho खाते में सत्र (Sessions), कनेक्टेड ऐप्स (Connected apps) के अंतर्गत भी ऐप को हटा सकते हैं।
err-fix-token-other = फिर से साइन इन करके देखें। अगर ऐसा बार-बार हो, तो समस्या की रिपोर्ट करें और त्रुटि कोड बताएँ।

## The sign-in in the browser did not complete.
err-state-mismatch = ब्राउज़र से आया जवाब इस साइन-इन का नहीं था, इसलिए ऐप ने उसे अनदेखा कर दिया।
err-accounts-server-not-allowed = साइन-इन { $server } का नाम लेकर लौटा, जो Zoho का साइन-इन सर्वर नहीं है, इसलिए ऐप उससे संपर्क किए बिना रुक गया।
err-api-domain-not-allowed = Zoho के जवाब में CRM के पते के रूप में { $domain } बताया गया, जो Zoho का पता नहीं है, इसलिए ऐप उसे इस्तेमाल नहीं करेगा।
err-ports-unavailable = ऐप साइन-इन प्राप्त नहीं कर सका, क्योंकि { $count ->
    [0] साइन-इन पोर्ट किसी दूसरे प्रोग्राम द्वारा इस्तेमाल हो रहा है।
    [one] पोर्ट { $last } किसी दूसरे प्रोग्राम द्वारा इस्तेमाल हो रहा है।
   *[other] पोर्ट { $ports } और { $last } किसी दूसरे प्रोग्राम द्वारा इस्तेमाल हो रहे हैं।
}
err-sign-in-timed-out = साइन-इन { $duration } के अंदर पूरा नहीं हुआ।
err-sign-in-cancelled = साइन-इन रद्द कर दिया गया।
err-denied-in-browser = Zoho के सहमति पेज पर पहुँच की अनुमति नहीं दी गई।
err-zoho-refused-sign-in = Zoho साइन-इन पूरा नहीं कर सका ({ $error })।
err-missing-code = ब्राउज़र Zoho के साइन-इन कोड के बिना लौटा।
err-no-refresh-token = Zoho ने ऐप को स्थायी साइन-इन नहीं दिया।
err-fix-restart-sign-in = ऐप से साइन-इन फिर से शुरू करें और उसके खोले गए ब्राउज़र टैब में उसे पूरा करें।
err-fix-interference = फिर से कोशिश करें। अगर ऐसा फिर हो, तो अपनी IT टीम को बताएँ: हो सकता है कोई चीज़ साइन-इन में बाधा डाल रही हो।
err-fix-ports = दूसरा प्रोग्राम (या इस ऐप की कोई दूसरी कॉपी) बंद करें और फिर से कोशिश करें।
err-fix-timed-out = साइन-इन फिर से शुरू करें और उसे अपने ब्राउज़र में पूरा करें।
err-fix-cancelled = जब भी आप तैयार हों, फिर से साइन इन करें।
err-fix-denied = फिर से साइन इन करें और पहुँच की अनुमति दें, ताकि ऐप आपका संगठन पढ़ सके।
err-fix-zoho-refused = फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो समस्या की रिपोर्ट करें और त्रुटि कोड बताएँ।
err-fix-no-refresh-token = साइन आउट करें, फिर दोबारा साइन इन करें, ताकि Zoho आपकी सहमति माँगे।

## Nothing to sign in with.
err-not-signed-in = आप Zoho में साइन इन नहीं हैं।
err-fix-sign-in-first = पहले Zoho से साइन इन करें।
err-no-client = यह ऐप अभी Zoho क्लाइंट के साथ सेट नहीं किया गया है।
err-fix-no-client = Zoho के API कंसोल से क्लाइंट ID और सीक्रेट दर्ज करें, या ZOHO_CLIENT_ID और ZOHO_CLIENT_SECRET सेट करें।

## Changing the logo at Zoho was refused; the logo panel and the command line show these.
err-logo-too-large = Zoho ने लोगो को बहुत बड़ा बताकर अस्वीकार कर दिया। Zoho पर कुछ भी नहीं बदला गया।
err-fix-logo-too-large = Zoho ज़्यादा से ज़्यादा 1 MB और 10 मेगापिक्सेल स्वीकार करता है; कोई छोटी तस्वीर चुनें।
err-logo-not-a-picture = Zoho ने फ़ाइल को तस्वीर के रूप में स्वीकार नहीं किया। Zoho पर कुछ भी नहीं बदला गया।
err-fix-logo-not-a-picture = कोई PNG, JPEG या GIF तस्वीर चुनें।
err-logo-no-write-scope = Zoho से मिली अनुमति लोगो बदलने की इजाज़त नहीं देती। Zoho पर कुछ भी नहीं बदला गया।
err-fix-logo-no-write-scope = फिर से कोशिश करें और जब Zoho पूछे तो पहुँच की अनुमति दें। Zoho क्लाइंट को ZohoCRM.org.ALL स्कोप की अनुमति होनी चाहिए।
err-logo-not-allowed = आपका Zoho CRM उपयोगकर्ता इस संगठन का लोगो नहीं बदल सकता। Zoho पर कुछ भी नहीं बदला गया।
err-fix-logo-not-allowed = अपने Zoho CRM एडमिनिस्ट्रेटर से ऐसी प्रोफ़ाइल माँगें जो संगठन की सेटिंग बदल सकती हो।
err-logo-outcome-unknown = Zoho के यह बताने से पहले कि लोगो बदला या नहीं, Zoho से कनेक्शन खत्म हो गया।
err-fix-logo-outcome-unknown = फिर से कोशिश करने से पहले Zoho CRM में लोगो देख लें। { $then }
err-logo-unchanged = { $summary } Zoho पर कुछ भी नहीं बदला गया।

## The window's own problems: signing in, the demo, signing out (status line, message boxes).
err-fix-check-client = क्लाइंट ID और सीक्रेट जाँचें, फिर दोबारा कोशिश करें।
err-client-not-saved = क्लाइंट सहेजा नहीं जा सका।
err-fix-client-not-saved = आप अभी भी साइन इन कर सकते हैं; अगली बार आपसे क्लाइंट फिर से माँगा जाएगा।
err-sign-in-not-opened = साइन-इन खोला नहीं जा सका।
err-sign-out-not-forgotten = साइन आउट हो गया, लेकिन साइन-इन इस कंप्यूटर से हटाया नहीं जा सका: { $error }
err-fix-sign-out-again = फिर से साइन आउट करके देखें।
err-sign-out-not-told = आप इस कंप्यूटर पर साइन आउट हो गए हैं, लेकिन Zoho को इसकी सूचना नहीं दी जा सकी।
err-fix-sign-out-not-told = पक्का करने के लिए, अपने Zoho खाते में सत्र (Sessions), कनेक्टेड ऐप्स (Connected apps) के अंतर्गत ऐप को हटा दें।
err-demo-not-started = डेमो शुरू नहीं हो सका।
err-fix-demo-not-started = ऐप की दूसरी कॉपियाँ बंद करें और फिर से कोशिश करें।
err-demo-no-room = डेमो शुरू नहीं हो सका: उसकी फ़ाइलों के लिए जगह नहीं है।
err-fix-free-disk = डिस्क पर कुछ जगह खाली करें और फिर से कोशिश करें।
err-sign-in-page-unreachable = इस कंप्यूटर से Zoho के साइन-इन पेज तक नहीं पहुँचा जा सकता।
err-fix-sign-in-page-unreachable = इंटरनेट कनेक्शन जाँचें (या IT से पूछें कि क्या Zoho ब्लॉक है), फिर दोबारा कोशिश करें।
err-fix-not-saved-sign-in = जाँचें कि डिस्क भरी हुई नहीं है और आपका सेटिंग फ़ोल्डर आपका ही है, फिर दोबारा साइन इन करें।
err-app-damaged-address = ऐप खराब हो गया है: Zoho का पता पढ़ा नहीं जा सकता।
err-fix-reinstall = ऐप को फिर से इंस्टॉल करें।

## Changing the logo (the logo panel and its dialog). "Change logo…" is the button's name.
err-fitted-not-shown = ढाली गई तस्वीर दिखाई नहीं जा सकी।
err-fix-another-picture = कोई दूसरी तस्वीर आज़माएँ।
err-org-gone = बदलने के लिए चुना गया एक संगठन अब यहाँ साइन इन नहीं है।
err-fix-org-gone = उसमें फिर से साइन इन करें, फिर उसका लोगो बदलें।
err-logo-busy = { $org } का लोगो किसी दूसरे बदलाव में व्यस्त है।
err-fix-logo-busy = उसके पूरा होने का इंतज़ार करें, फिर दोबारा कोशिश करें।
err-nothing-changed = कुछ भी नहीं बदला गया।
err-earlier-logo-unreadable = पिछला लोगो पढ़ा नहीं जा सका।
err-fix-try-again = फिर से कोशिश करें।
err-logo-change-cancelled = आपने लोगो का बदलाव रद्द कर दिया। Zoho पर कुछ भी नहीं बदला गया।
err-earlier-logo-gone = वह पिछला लोगो अब मौजूद नहीं है।
err-fix-earlier-logo-gone = सूची से कोई दूसरा लोगो चुनें।
err-fix-pick-another = कोई दूसरा चुनें।
err-clipboard-empty = क्लिपबोर्ड पर कोई तस्वीर नहीं है।
err-fix-clipboard-empty = पहले कोई तस्वीर कॉपी करें, या "लोगो बदलें…" से उसकी फ़ाइल चुनें।
err-clipboard-too-large = क्लिपबोर्ड पर मौजूद तस्वीर बहुत बड़ी है।
err-fix-clipboard-too-large = उसे फ़ाइल के रूप में सहेजें और इसके बजाय वह फ़ाइल चुनें।
err-no-file-dialog = इस कंप्यूटर पर कोई फ़ाइल डायलॉग उपलब्ध नहीं है।
err-fix-no-file-dialog = लोगो पर कोई तस्वीर छोड़ें (ड्रॉप करें), या कोई तस्वीर कॉपी करके उसे यहाँ Ctrl+V से पेस्ट करें।
err-file-unreadable = { $file } पढ़ी नहीं जा सकी।
err-fix-check-file = फ़ाइल जाँचें, फिर दोबारा कोशिश करें।
err-pasted-not-picture = जो पेस्ट किया गया, वह ऐसी तस्वीर नहीं है जिसे ऐप इस्तेमाल कर सके।
err-fix-pasted-not-picture = तस्वीर फिर से कॉपी करें, या इसके बजाय उसकी फ़ाइल चुनें।
err-picture-unusable = यह तस्वीर लोगो नहीं बन सकती: { $why }।
err-fix-picture-unusable = कोई PNG, JPEG, GIF, WebP या BMP तस्वीर चुनें।

## Copying and saving the logo.
err-clipboard-failed = लोगो क्लिपबोर्ड पर नहीं रखा जा सका।
err-fix-clipboard-failed = फिर से कोशिश करें, या इसके बजाय लोगो को फ़ाइल में सहेजें।
err-folder-not-opened = फ़ोल्डर { $folder } खोला नहीं जा सका।
err-fix-folder-not-opened = उसे अपने फ़ाइल मैनेजर से खोलें।
err-logo-not-saved = लोगो { $file } में सहेजा नहीं जा सका।
err-fix-logo-not-saved = कोई दूसरा फ़ोल्डर चुनें और फिर से कोशिश करें।
err-no-logo = इस्तेमाल करने के लिए कोई लोगो नहीं है।
err-fix-no-logo = संगठन का लोगो लाने के लिए रीफ़्रेश करें।

## Keeping the sign-in on this computer (the system keychain or a private file). These show
## in the window and as the command line's error line. $file is a file's full path; $cause
## and $detail are the system's own words (often English); $reason says what is wrong with
## a saved item (see the err-store-reason- messages).
err-store-location = { $place ->
    [keychain] सिस्टम के कीचेन
    [memory] इस ऐप की मेमोरी (ऐप बंद होने पर यह भुला दिया जाता है)
    [unavailable] सिस्टम के कीचेन (इस कंप्यूटर पर उपलब्ध नहीं)
   *[file] फ़ाइल { $file }
}
err-store-seconds = { $seconds ->
    [one] { $seconds } सेकंड
   *[other] { $seconds } सेकंड
}
err-store-keychain-timeout = सिस्टम के कीचेन ने { $duration } के अंदर जवाब नहीं दिया। उसे अनलॉक करें और फिर से कोशिश करें।
err-store-keychain-locked = सिस्टम का कीचेन लॉक है या उसने Org Viewer को उसका इस्तेमाल करने की अनुमति नहीं दी। उसे अनलॉक करें (या पूछे जाने पर पहुँच की अनुमति दें) और फिर से कोशिश करें।
err-store-keychain-unusable = इस कंप्यूटर पर सिस्टम का कीचेन इस्तेमाल नहीं किया जा सकता ({ $cause })। इसके बजाय साइन-इन को एक निजी फ़ाइल में रखने के लिए ZOHO_ORG_VIEWER_STORE=file सेट करें।
err-store-no-keychain = इस कंप्यूटर पर कोई सिस्टम कीचेन उपलब्ध नहीं है। इसके बजाय साइन-इन को एक निजी फ़ाइल में रखने के लिए ZOHO_ORG_VIEWER_STORE=file सेट करें।
err-store-keychain-failed = सिस्टम के कीचेन ने एक समस्या बताई ({ $detail })। फिर से कोशिश करें, या अगर ऐसा बार-बार हो तो कंप्यूटर रीस्टार्ट करें।
err-store-keychain-thread = Org Viewer सिस्टम के कीचेन तक पहुँचने के लिए बैकग्राउंड टास्क शुरू नहीं कर सका ({ $cause })। कुछ प्रोग्राम बंद करें और फिर से कोशिश करें।
err-store-no-settings-folder = Org Viewer आपका सेटिंग फ़ोल्डर नहीं ढूँढ सका, क्योंकि आपका होम फ़ोल्डर ज्ञात नहीं है। जाँचें कि HOME (या Windows पर USERPROFILE) सेटिंग आपके होम फ़ोल्डर की ओर इशारा करती है।
err-store-file-read = Org Viewer { $file } नहीं पढ़ सका: { $cause }। जाँचें कि फ़ाइल और उसका फ़ोल्डर आपके ही हैं।
err-store-file-write = Org Viewer { $file } सहेज नहीं सका: { $cause }। जाँचें कि डिस्क भरी हुई नहीं है और फ़ोल्डर आपका ही है।
err-store-damaged-file = Org Viewer क्रेडेंशियल फ़ाइल { $file } इस्तेमाल नहीं कर सकता: { $reason }। उसे बदलने के लिए फिर से साइन इन करें।
err-store-damaged-org-list = Org Viewer { $file } में साइन-इन किए गए संगठनों की अपनी सूची नहीं पढ़ सकता: { $reason }। उसे फिर से बनाने के लिए दोबारा साइन इन करें।
err-store-corrupt = Org Viewer { $location } में सहेजा गया { $what ->
    [client] OAuth क्लाइंट
   *[session] साइन-इन
} इस्तेमाल नहीं कर सकता: { $reason }। { $what ->
    [client] उसे बदलने के लिए क्लाइंट ID और सीक्रेट फिर से दर्ज करें।
   *[session] उसे बदलने के लिए फिर से साइन इन करें।
}
err-store-newer-version = { $location } में सहेजा गया { $what ->
    [client] OAuth क्लाइंट
   *[session] साइन-इन
} Org Viewer के नए संस्करण से है (फ़ॉर्मैट { $version })। Org Viewer अपडेट करें, या { $what ->
    [client] उसे बदलने के लिए क्लाइंट ID और सीक्रेट फिर से दर्ज करें।
   *[session] उसे बदलने के लिए फिर से साइन इन करें।
}
err-store-bad-choice = ZOHO_ORG_VIEWER_STORE "{ $value }" पर सेट है, जिसे Org Viewer नहीं पहचानता। इसे "keyring" या "file" पर सेट करें, या इसे हटा दें।

## A sign-in Zoho accepted that did not stick, and opening a saved one.
err-org-not-signed-in = यह संगठन इस कंप्यूटर पर साइन इन नहीं है। उसमें फिर से साइन इन करें।
err-no-org-id = Zoho ने इस साइन-इन के संगठन का नाम नहीं बताया, इसलिए उसे रखा नहीं गया। फिर से साइन इन करें।
err-sign-in-not-saved = साइन-इन इस कंप्यूटर पर सहेजा नहीं जा सका, इसलिए उसे Zoho पर वापस ले लिया गया: { $error }
err-fix-go-back-sign-in = ऐप पर वापस जाएँ और फिर से साइन इन करें।

## Why a picture cannot become the logo, inside a sentence ("This picture cannot become the
## logo: …"). $start is "yes" when the reason starts the clause after a colon and takes a
## capital letter in English; translate both branches.
err-fit-unknown = { $start ->
    [yes] यह ऐसी तस्वीर नहीं है जिसे ऐप पढ़ सके (PNG, JPEG, GIF, WebP या BMP)
   *[no] यह ऐसी तस्वीर नहीं है जिसे ऐप पढ़ सके (PNG, JPEG, GIF, WebP या BMP)
}
err-fit-unsupported = { $start ->
    [yes] यह { $format } तस्वीर है, जिसे ऐप नहीं पढ़ सकता; पहले इसे PNG या JPEG के रूप में सहेजें
   *[no] यह { $format } तस्वीर है, जिसे ऐप नहीं पढ़ सकता; पहले इसे PNG या JPEG के रूप में सहेजें
}
err-fit-too-large = { $start ->
    [yes] यह ऐप के खोलने के लिए बहुत बड़ी है ({ $detail }); पहले इसे छोटा करें
   *[no] यह ऐप के खोलने के लिए बहुत बड़ी है ({ $detail }); पहले इसे छोटा करें
}
err-fit-damaged = { $start ->
    [yes] फ़ाइल खराब है
   *[no] फ़ाइल खराब है
}
err-fit-cannot-fit = { $start ->
    [yes] बहुत छोटा करने पर भी यह Zoho की 1 MB की सीमा से बड़ी रहती है
   *[no] बहुत छोटा करने पर भी यह Zoho की 1 MB की सीमा से बड़ी रहती है
}

## Changing the logo did not go through (window and command line).
err-logo-wrong-org = Zoho ने { $granted } के लिए अनुमति दी, बदले जा रहे संगठन के लिए नहीं, इसलिए कुछ नहीं भेजा गया। फिर से कोशिश करें और Zoho के पेज पर { $wanted } चुनें।
err-logo-current-unreadable = कॉपी रखने के लिए मौजूदा लोगो पढ़ा नहीं जा सका, इसलिए Zoho पर कुछ भी नहीं बदला गया: { $error }
err-logo-backup-failed = मौजूदा लोगो की कॉपी इस कंप्यूटर पर सहेजी नहीं जा सकी ({ $cause }), इसलिए Zoho पर कुछ भी नहीं बदला गया।
err-fix-logo-backup-failed = जाँचें कि आपके डेटा फ़ोल्डर में जगह है और उसमें लिखा जा सकता है, फिर दोबारा कोशिश करें।

## Where the sign-in is kept (a notice shown once), and the keychain's causes inside
## err-store-keychain-unusable and err-store-keychain-failed.
err-store-file-notice = आपका साइन-इन { $location } में रखा गया है, जिसे सिर्फ़ आप पढ़ सकते हैं, { $reason ->
    [asked] जैसा कि ZOHO_ORG_VIEWER_STORE=file में कहा गया है
   *[no_keychain] क्योंकि इस कंप्यूटर में इस्तेमाल करने लायक सिस्टम कीचेन नहीं है
}।
err-store-cause-locked = यह लॉक है या इसने Org Viewer को इसका इस्तेमाल करने की अनुमति नहीं दी
err-store-cause-timeout = इसने { $duration } के अंदर जवाब नहीं दिया
err-store-trouble-ambiguous = इसमें Org Viewer की एक से ज़्यादा प्रविष्टियाँ हैं
err-store-trouble-too-long = प्रविष्टि अपनी { $limit } वर्णों की सीमा से लंबी है
err-store-trouble-not-text = Org Viewer की एक प्रविष्टि पढ़ने योग्य टेक्स्ट नहीं है
err-store-trouble-vanished = पढ़ते समय एक प्रविष्टि गायब हो गई
err-store-trouble-stopped = इससे संपर्क करने वाला टास्क अचानक रुक गया

## Problems of other screens that the window shows the same way.

## The command line's error line (one line on stderr). `zoho-org-viewer login` and
## ZOHO_ORG_VIEWER_REDIRECT_PORT are a command and a setting: never translate them.
err-cli-fix-login-again = फिर से साइन इन करने के लिए `zoho-org-viewer login` चलाएँ।
err-cli-fix-ports = { $fix } या ZOHO_ORG_VIEWER_REDIRECT_PORT को किसी खाली पोर्ट पर सेट करें, जिसका रीडायरेक्ट URI क्लाइंट के लिए रजिस्टर हो।

## The client form (under its fields) and the command line's setup: what is wrong with a
## client ID or secret typed or pasted. "1000." is how every client ID starts: keep it.
## $expected and $length are numbers of characters.
err-client-id-empty = Zoho के API कंसोल से क्लाइंट ID दर्ज करें।
err-client-id-spaces = क्लाइंट ID में स्पेस या लाइन ब्रेक नहीं हो सकते। इसे Zoho के API कंसोल से फिर से कॉपी करें।
err-client-id-is-secret = यह क्लाइंट सीक्रेट जैसा लगता है। यहाँ क्लाइंट ID पेस्ट करें: यह "1000." से शुरू होती है।
err-client-id-prefix = Zoho की क्लाइंट ID "1000." से शुरू होती है। इसे Zoho के API कंसोल से फिर से कॉपी करें।
err-client-id-characters = "1000." के बाद, Zoho की क्लाइंट ID में सिर्फ़ बड़े अक्षर (कैपिटल लेटर) और अंक होते हैं। इसे Zoho के API कंसोल से फिर से कॉपी करें।
err-client-id-length = Zoho की क्लाइंट ID में "1000." के बाद { $expected } वर्ण होते हैं, लेकिन इसमें { $length } हैं। जाँचें कि इसे पूरा कॉपी किया गया था।
err-client-secret-empty = Zoho के API कंसोल से क्लाइंट सीक्रेट दर्ज करें।
err-client-secret-spaces = क्लाइंट सीक्रेट में स्पेस या लाइन ब्रेक नहीं हो सकते। इसे Zoho के API कंसोल से फिर से कॉपी करें।
err-client-secret-is-id = यह क्लाइंट ID जैसा लगता है। यहाँ क्लाइंट सीक्रेट पेस्ट करें: यह अक्षरों और अंकों का लंबा कोड है।
err-client-secret-characters = Zoho के क्लाइंट सीक्रेट में सिर्फ़ 0-9 अंक और a-f अक्षर होते हैं। इसे Zoho के API कंसोल से फिर से कॉपी करें।
err-client-secret-length = Zoho के क्लाइंट सीक्रेट में { $expected } वर्ण होते हैं, लेकिन इसमें { $length } हैं। जाँचें कि इसे पूरा कॉपी किया गया था।

## The logo panel when a logo cannot be drawn. $format is a file format such as SVG;
## $detail the size, such as "11000 × 11000 pixels".
err-preview-unsupported = ऐप { $format } तस्वीरें नहीं दिखा सकता, लेकिन आप लोगो सहेजकर उसे कहीं और खोल सकते हैं।
err-preview-too-large = लोगो दिखाने के लिए बहुत बड़ा है ({ $detail }); आप फिर भी उसे सहेज सकते हैं।
err-preview-damaged = लोगो फ़ाइल खराब है और दिखाई नहीं जा सकती; आप फिर भी उसे सहेज सकते हैं।
err-cli-sign-in-revoked = { $error } { $org } का साइन-इन इस कंप्यूटर से हटा दिया गया; उसमें फिर से साइन इन करने के लिए `zoho-org-viewer login` चलाएँ।
err-cli-some-orgs-failed = { $total } में से { $failed } संगठन नहीं लाए जा सके; ऊपर की पंक्तियाँ देखें।
err-cli-no-client = साइन इन करने के लिए कोई Zoho क्लाइंट सेट नहीं है। Zoho के API कंसोल (https://api-console.zoho.com) में रीडायरेक्ट URI { $redirect_uris } के साथ एक Server-based क्लाइंट बनाएँ, फिर ZOHO_CLIENT_ID और ZOHO_CLIENT_SECRET को उसकी क्लाइंट ID और सीक्रेट पर सेट करें।
err-cli-not-signed-in = आप इस कंप्यूटर पर किसी भी संगठन में साइन इन नहीं हैं। पहले `zoho-org-viewer login` चलाएँ।
err-cli-no-logo = Zoho CRM में आपके संगठन का कोई लोगो नहीं है, इसलिए कोई फ़ाइल नहीं लिखी गई।
err-cli-out-is-folder = { $path } एक फ़ोल्डर है। लोगो के लिए फ़ाइल का नाम दें, जैसे { $example }।
err-cli-save-logo = लोगो { $path } में सहेजा नहीं जा सका: { $cause }। जाँचें कि फ़ोल्डर मौजूद है और आप उसमें लिख सकते हैं; कुछ भी नहीं लिखा गया।
err-cli-revoke-failed = इस कंप्यूटर पर { $org } से साइन आउट हो गया, लेकिन Zoho को साइन-इन रद्द करने के लिए नहीं कहा जा सका। { $reason } जब तक आप Zoho पर ऐप को नहीं हटाते, तब तक वहाँ ऐप की पहुँच बनी रह सकती है: अपने Zoho खाते में साइन इन करें, सत्र (Sessions) खोलें, फिर कनेक्टेड ऐप्स (Connected apps), और Org Viewer को हटा दें।
err-cli-forget-failed = { $revoked ->
    [yes] Zoho ने ऐप की पहुँच रद्द कर दी,
   *[no] Zoho को साइन-इन रद्द करने के लिए नहीं कहा जा सका,
} लेकिन { $org } का साइन-इन इस कंप्यूटर से हटाया नहीं जा सका: { $error } इसे ठीक करें और कमांड फिर से चलाएँ।
err-cli-read-picture = { $path } पढ़ी नहीं जा सकी: { $cause }। फ़ाइल का नाम जाँचें; लोगो नहीं बदला गया।
err-cli-picture = { $path } लोगो नहीं बन सकती: { $why }। लोगो नहीं बदला गया।
err-cli-one-org-only = logo --out एक ही संगठन का लोगो सहेजता है; एक ही --org दें।
err-cli-some-logos-unchanged = { $total } में से { $failed } संगठनों का लोगो नहीं बदला गया; ऊपर की पंक्तियाँ देखें।
err-cli-nothing-to-do = बताएँ कि लोगो के साथ क्या करना है: --out FILE, --set FILE या --remove।
err-cli-runtime = कमांड का बैकग्राउंड काम शुरू नहीं हो सका ({ $cause })। कुछ प्रोग्राम बंद करें और फिर से कोशिश करें।
err-cli-window = ऐप की विंडो नहीं खुल सकी ({ $detail })। पक्का करें कि आप डेस्कटॉप सत्र में हैं और आपका ग्राफ़िक्स ड्राइवर OpenGL 2 या उससे नया संस्करण सपोर्ट करता है; कमांड (login, org, logo, logout) बिना विंडो के भी काम करते हैं।
err-cli-choose-org = { $error } इनमें से किसी एक को उसकी ID, डोमेन या उसके नाम के ऐसे हिस्से से बताएँ जो सिर्फ़ उसी से मेल खाता हो: { $choices }।
err-cli-org-choice = { $name } (ID { $id })
err-store-none-signed-in = आप इस कंप्यूटर पर किसी भी संगठन में साइन इन नहीं हैं।
err-store-no-match = साइन-इन किया गया कोई भी संगठन "{ $query }" से मेल नहीं खाता।
err-store-ambiguous = "{ $query }" साइन-इन किए गए एक से ज़्यादा संगठनों से मेल खाता है।

## Why a saved file cannot be used: a clause after a colon (err-store-damaged-file,
## err-store-damaged-org-list, err-store-corrupt).
err-damaged-not-json = सामग्री मान्य JSON नहीं है (पंक्ति { $line }, स्तंभ { $column })
err-damaged-not-object = सामग्री JSON ऑब्जेक्ट नहीं है
err-damaged-no-version = फ़ॉर्मैट संस्करण नहीं है
err-damaged-version-not-number = फ़ॉर्मैट संस्करण कोई संख्या नहीं है
err-damaged-cut-short = सामग्री बीच में कटी हुई है
err-damaged-unreadable = सामग्री पढ़ी नहीं जा सकी
err-damaged-missing-entry = एक ज़रूरी प्रविष्टि नहीं है (missing field { $field })
err-damaged-wrong-kind = किसी प्रविष्टि का मान गलत प्रकार का है
err-damaged-too-large = फ़ाइल बहुत ज़्यादा बड़ी है
err-damaged-not-text = फ़ाइल टेक्स्ट नहीं है
err-damaged-symbolic-link = फ़ाइल एक सिम्बॉलिक लिंक है, जिसका Org Viewer अनुसरण नहीं करता
err-damaged-not-a-file = यह सामान्य फ़ाइल नहीं है (यह फ़ोल्डर, नेम्ड पाइप या डिवाइस है)
err-damaged-newer-file = यह Org Viewer के नए संस्करण से आई है (फ़ॉर्मैट { $version })
err-damaged-newer-list = इसे ऐप के नए संस्करण ने लिखा है ({ $version })
err-damaged-not-encoded = डेटा एन्कोड नहीं किया जा सका
err-damaged-empty-client-id = क्लाइंट ID खाली है
err-damaged-empty-client-secret = क्लाइंट सीक्रेट खाली है
err-damaged-empty = { $name ->
    [refresh] रीफ़्रेश टोकन खाली है
    [accounts] अकाउंट सर्वर का पता खाली है
   *[api] API डोमेन खाली है
}
err-damaged-expiry = एक्सेस टोकन की समाप्ति सीमा से बाहर है
err-damaged-not-address = { $name ->
    [accounts] अकाउंट सर्वर का पता वेब पता नहीं है
   *[api] API डोमेन वेब पता नहीं है
}
err-damaged-no-org-id = Zoho ने संगठन उसकी ID के बिना भेजा

## A crash: printed as the app stops, and shown once at the next start.
err-crash-reported = आंतरिक त्रुटि के कारण Org Viewer रुक गया। रिपोर्ट { $file } में है।
err-crash-unreported = आंतरिक त्रुटि के कारण Org Viewer रुक गया (रिपोर्ट लिखी नहीं जा सकी: { $error })।
err-crash-last-time = पिछली बार Org Viewer अचानक बंद हो गया था। अगर ऐसा फिर हो, तो कृपया इसकी रिपोर्ट करें और { $file } संलग्न करें।

## Logo changes.
err-logo-changed-done = { $org } का लोगो बदल दिया गया।
err-logo-removed-done = { $org } का लोगो हटा दिया गया।
err-choose-logo-title = नया लोगो चुनें
err-pictures-filter = तस्वीरें
err-unknown-format = अज्ञात फ़ॉर्मैट

## What fitting a picture to Zoho's logo limits did (follows ui-picture-was, cli-picture-was).
err-fit-sent-as-is = जैसी है वैसी भेजी गई ({ $format }, { $sent }, { $size })
err-fit-converted = { $from } से { $to } में बदली गई, { $sizes }
err-fit-re-encoded = { $format } के रूप में फिर से एन्कोड की गई, { $sizes }
err-fit-scaled = { $original } से { $sent } तक छोटी की गई, { $sizes }
## Why: a sentence; in the window its first letter is lowered unless it starts with "Zoho".
err-fit-within-limits = यह Zoho की सीमाओं (1 MB और 10 मेगापिक्सेल) के भीतर है।
err-fit-format-not-taken = जहाँ तक पता है, Zoho केवल PNG, JPEG और GIF लोगो लेता है।
err-fit-too-heavy = Zoho ज़्यादा से ज़्यादा 1 MB के लोगो लेता है।
err-fit-too-many-pixels = Zoho ज़्यादा से ज़्यादा 10 मेगापिक्सेल और 1 MB के लोगो लेता है।
err-fit-still-too-heavy = Zoho ज़्यादा से ज़्यादा 1 MB के लोगो लेता है, और सिर्फ़ फिर से एन्कोड करना काफ़ी नहीं था।
