# The organization screen, the switcher, the overview, compare and the exports (PDF, CSV).
# Placeholders hold Zoho's data (company names, values) or numbers; never translate those.

## Field values and labels (organization screen, Copy all, the command line's `org`, the PDF)

org-value-not-set = सेट नहीं है
org-value-on = चालू
org-value-off = बंद
org-value-role-hierarchy = भूमिका पदानुक्रम
org-value-reporting-to-hierarchy = रिपोर्टिंग पदानुक्रम
org-value-cut = { $start }… (कुल { $count } वर्ण; "कॉपी करें" सभी वर्ण कॉपी करता है)
org-rows-not-shown = { $count } और फ़ील्ड यहाँ नहीं दिखाए गए हैं; "सब कॉपी करें" और "JSON के रूप में कॉपी करें" में सभी शामिल हैं।
org-untitled = Zoho CRM संगठन
org-readable-title = { $name } ({ $environment })
org-readable-line = { $label }: { $value }

org-environment-production = प्रोडक्शन
org-environment-sandbox = सैंडबॉक्स
org-environment-developer = डेवलपर
org-environment-bigin = Bigin
org-environment-production-short = प्रोड
org-environment-sandbox-short = सैंडबॉक्स
org-environment-developer-short = डेव
org-environment-bigin-short = Bigin

org-section-company = कंपनी
org-section-contact = संपर्क
org-section-address = पता
org-section-locale = लोकेल और मुद्रा
org-section-licence = लाइसेंस
org-section-identifiers = पहचानकर्ता
org-section-settings = सेटिंग
org-section-other = अन्य

org-field-company-name = कंपनी का नाम
org-field-alias = उपनाम
org-field-description = विवरण
org-field-environment = एनवायरनमेंट
org-field-employees = कर्मचारी
org-field-created = बनाने की तारीख
org-field-primary-email = प्राथमिक ईमेल
org-field-phone = फ़ोन
org-field-mobile = मोबाइल
org-field-fax = फ़ैक्स
org-field-website = वेबसाइट
org-field-street = सड़क
org-field-city = शहर
org-field-state-or-province = राज्य या प्रांत
org-field-postal-code = पोस्टल कोड
org-field-country = देश
org-field-country-code = देश कोड
org-field-time-zone = समय क्षेत्र
org-field-currency = मुद्रा
org-field-currency-code = मुद्रा कोड
org-field-currency-symbol = मुद्रा चिह्न
org-field-currency-locale = मुद्रा लोकेल
org-field-multiple-currencies = एकाधिक मुद्राएँ
org-field-edition = संस्करण
org-field-paid-plan = सशुल्क प्लान
org-field-paid-plan-ends = सशुल्क प्लान की समाप्ति
org-field-user-licences = उपयोगकर्ता लाइसेंस
org-field-portal-user-licences = पोर्टल उपयोगकर्ता लाइसेंस
org-field-trial = ट्रायल
org-field-trial-ends = ट्रायल की समाप्ति
org-field-what-happens-after-the-trial = ट्रायल के बाद क्या होगा
org-field-licence-details = लाइसेंस का विवरण
org-field-organization-id = संगठन ID
org-field-domain-name = डोमेन नाम
org-field-primary-user-id-zuid = प्राथमिक उपयोगकर्ता ID (ZUID)
org-field-group-id-zgid = समूह ID (ZGID)
org-field-encrypted-group-id = एन्क्रिप्टेड समूह ID
org-field-zia-portal-id = Zia पोर्टल ID
org-field-zia-group-id = Zia समूह ID
org-field-logo-file-id = लोगो फ़ाइल ID
org-field-google-workspace-integration = Google Workspace इंटीग्रेशन
org-field-translation = अनुवाद
org-field-privacy-settings = गोपनीयता सेटिंग
org-field-hipaa-compliance = HIPAA अनुपालन
org-field-lite-users = लाइट उपयोगकर्ता
org-field-account-can-be-deleted = खाता हटाया जा सकता है
org-field-connected-apps-oauth = कनेक्टेड ऐप्स (OAuth)
org-field-records-per-page-at-most = प्रति पेज अधिकतम रिकॉर्ड
org-field-call-icon = कॉल आइकन
org-field-hierarchy = पदानुक्रम
org-field-strictly-reporting = सिर्फ़ सीधी रिपोर्टिंग
org-field-check-in-restricted-for = इनके लिए चेक-इन प्रतिबंधित
org-field-check-in = चेक-इन

org-alert-plan-expired = प्लान की अवधि समाप्त
org-alert-plan-ends = { $days ->
    [1] प्लान एक दिन के अंदर समाप्त होगा
   *[other] प्लान { $days } दिन में समाप्त होगा
}
org-alert-trial-ends = { $days ->
    [1] ट्रायल एक दिन के अंदर समाप्त होगा
   *[other] ट्रायल { $days } दिन में समाप्त होगा
}
org-alert-trial-ended = ट्रायल समाप्त
org-alert-plan-hint = सशुल्क प्लान की समाप्ति: { $date }
org-alert-trial-hint = ट्रायल की समाप्ति: { $date }

org-file-size-bytes = { $bytes ->
    [one] { $bytes } बाइट
   *[other] { $bytes } बाइट
}
org-file-size-kb = { $size } KB
org-file-size-mb = { $size } MB

## Export… on the organization screen (the worker's answers, the save dialog)

org-export-nothing = अभी एक्सपोर्ट करने के लिए कुछ नहीं है।
org-export-nothing-resolution = संगठन लाने के लिए रीफ़्रेश करें, फिर दोबारा एक्सपोर्ट करें।
org-export-pdf-failed = PDF नहीं बन सका।
org-export-pdf-failed-resolution = फिर से कोशिश करें; अगर बार-बार विफल हो, तो JSON के रूप में एक्सपोर्ट करें और समस्या की रिपोर्ट करें।
org-export-not-saved = एक्सपोर्ट { $path } में सहेजा नहीं जा सका।
org-export-not-saved-resolution = कोई दूसरा फ़ोल्डर चुनें और फिर से कोशिश करें।
org-export-pdf-dialog = PDF के रूप में एक्सपोर्ट करें
org-export-json-dialog = JSON के रूप में एक्सपोर्ट करें

## Export… on the overview

org-overview-export-nothing = एक्सपोर्ट करने के लिए कोई संगठन नहीं है।
org-overview-export-nothing-resolution = किसी संगठन में साइन इन करें, फिर दोबारा एक्सपोर्ट करें।
org-overview-export-not-saved = अवलोकन { $path } में सहेजा नहीं जा सका।
org-overview-export-dialog = अवलोकन CSV के रूप में एक्सपोर्ट करें
org-overview-export-file-name = Zoho संगठन.csv

## The PDF export (Export… → PDF document…)

org-pdf-kind = { $environment } · Zoho CRM संगठन
org-pdf-title = { $name }: Zoho CRM संगठन
org-pdf-page = पेज { $page } / { $pages }
org-pdf-value-cut = { $start }… (कुल { $count } वर्ण; JSON एक्सपोर्ट में सभी वर्ण हैं)
org-export-file-name = { $company } संगठन.{ $extension }
org-export-file-name-untitled = Zoho संगठन.{ $extension }
org-fetched = { $when } को लाया गया

## The overview (every signed-in organization in one table)

org-overview-column-name = संगठन
org-overview-column-environment = एनवायरनमेंट
org-overview-column-data-centre = डेटा सेंटर
org-overview-column-edition = संस्करण
org-overview-column-paid = सशुल्क या ट्रायल
org-overview-column-expiry = प्लान या ट्रायल की समाप्ति
org-overview-column-users = उपयोगकर्ता
org-overview-column-time-zone = समय क्षेत्र
org-overview-column-currency = मुद्रा
org-overview-column-fetched = पिछली बार लाया गया
org-overview-column-state = स्थिति
org-overview-sort-by = { $column ->
    [name] संगठन
    [environment] एनवायरनमेंट
    [data-centre] डेटा सेंटर
    [edition] संस्करण
    [paid] सशुल्क या ट्रायल
    [expiry] प्लान या ट्रायल की समाप्ति
    [users] उपयोगकर्ता
    [time-zone] समय क्षेत्र
    [currency] मुद्रा
    [fetched] पिछली बार लाया गया
   *[state] स्थिति
} के अनुसार क्रमबद्ध करें
org-overview-paid = सशुल्क
org-overview-trial = ट्रायल
org-overview-free = निःशुल्क
org-overview-expiry-alert = { $date } ({ $alert })

org-state-fresh = ताज़ा
org-state-refreshing = रीफ़्रेश हो रहा है
org-state-saved = सहेजा हुआ
org-state-not-fetched = नहीं लाया गया
org-state-offline = ऑफ़लाइन
org-state-problem = समस्या
org-state-fresh-sentence = अप-टू-डेट: ऐप शुरू होने के बाद Zoho से लाया गया।
org-state-refreshing-sentence = अभी Zoho से लाया जा रहा है।
org-state-saved-sentence = आपकी पिछली विज़िट से सहेजा हुआ; Zoho से लाने के लिए रीफ़्रेश करें।
org-state-not-fetched-sentence = अभी तक नहीं लाया गया: Zoho से लाने के लिए रीफ़्रेश करें।
org-state-offline-sentence = Zoho तक नहीं पहुँचा जा सका: सहेजा हुआ डेटा दिखाया जा रहा है। कनेक्शन जाँचें और रीफ़्रेश करें।
org-state-problem-sentence = { $summary } { $resolution }
org-state-stale = पिछला रीफ़्रेश सफल नहीं हुआ।
org-state-stale-resolution = फिर से रीफ़्रेश करें।
org-state-label = { $word }: { $sentence }
org-state-problem-tooltip = { $sentence } विवरण के लिए क्लिक करें।
org-copy-details = विवरण कॉपी करें

org-overview-title = अवलोकन
org-overview-count = { $count ->
    [one] { $count } संगठन
   *[other] { $count } संगठन
}
org-overview-search-hint = नाम, ID, डोमेन, डेटा सेंटर खोजें
org-overview-search = संगठन खोजें
org-overview-search-tooltip = वे संगठन दिखाएँ जिनके नाम, ID, डोमेन या डेटा सेंटर में यह टेक्स्ट है
org-overview-refresh-all-button = ⟳ सभी रीफ़्रेश करें
org-overview-refresh-all = सभी रीफ़्रेश करें
org-overview-refresh-all-tooltip = हर संगठन को एक साथ फिर से लाएँ (F5)
org-refreshing = रीफ़्रेश हो रहा है…
org-overview-copy-table = तालिका कॉपी करें
org-overview-copy-table-tooltip = दिखाई गई पंक्तियाँ टैब से अलग करके कॉपी करें, ताकि उन्हें स्प्रेडशीट में पेस्ट किया जा सके
org-export-button = एक्सपोर्ट करें…
org-overview-export-tooltip = हर संगठन की पंक्ति CSV फ़ाइल के रूप में सहेजें
org-overview-no-match = कोई संगठन मेल नहीं खाता। सभी देखने के लिए खोज बॉक्स खाली करें।
org-overview-column-logo = लोगो
org-overview-open-tooltip = यह संगठन खोलें
org-overview-open = { $name } खोलें

## The organization screen's header and actions

org-caveat-cached = आपकी पिछली विज़िट से
org-caveat-offline = ऑफ़लाइन: सहेजा हुआ डेटा दिखाया जा रहा है
org-caveat-stale = अप-टू-डेट नहीं: सहेजा हुआ डेटा दिखाया जा रहा है
org-caveat-fetched = { $caveat } · { $fetched }
org-your-organization = आपका संगठन
org-logo-alt = संगठन का लोगो
org-copy-all = सब कॉपी करें
org-copy-all-tooltip = हर मान को पढ़ने योग्य टेक्स्ट के रूप में कॉपी करें
org-copy-json = JSON के रूप में कॉपी करें
org-copy-json-tooltip = Zoho का डेटा ठीक वैसे ही कॉपी करें जैसे भेजा गया था
org-sign-out = साइन आउट करें…
org-sign-out-tooltip = साइन आउट करें और इस कंप्यूटर पर साइन-इन भूल जाएँ
org-refresh-button = ⟳ रीफ़्रेश करें
org-refresh = रीफ़्रेश करें
org-refresh-tooltip = संगठन को फिर से लाएँ (F5)
org-exported-to = { $path } में एक्सपोर्ट किया गया
org-open-folder = फ़ोल्डर खोलें
org-open-folder-tooltip = एक्सपोर्ट की गई फ़ाइल को अपने फ़ाइल मैनेजर में दिखाएँ
org-export-tooltip = संगठन का विवरण फ़ाइल के रूप में सहेजें
org-export-pdf = PDF दस्तावेज़…
org-export-pdf-tooltip = प्रिंट करने या सपोर्ट टिकट के साथ लगाने के लिए पढ़ने योग्य पेज
org-export-json = JSON फ़ाइल…
org-export-json-tooltip = Zoho का डेटा हर फ़ील्ड के साथ, ठीक वैसे ही जैसे भेजा गया था

## The filter box above the sections

org-filter = फ़ील्ड फ़िल्टर करें
org-filter-tooltip = वे फ़ील्ड दिखाएँ जिनके नाम या मान में यह टेक्स्ट है (Ctrl+F)
org-filter-no-match = कोई फ़ील्ड मेल नहीं खाता। हर फ़ील्ड देखने के लिए फ़िल्टर बॉक्स में Escape दबाएँ।
org-filter-matches = { $count ->
    [one] { $count } फ़ील्ड मेल खाता है
   *[other] { $count } फ़ील्ड मेल खाते हैं
}
org-section-no-match = कोई मेल खाता फ़ील्ड नहीं
org-section-show = दिखाएँ
org-section-show-tooltip = फिर भी ये फ़ील्ड दिखाएँ
org-section-hide = छिपाएँ
org-section-hide-tooltip = ये फ़ील्ड फिर से समेटें
org-section-show-name = { $section } दिखाएँ
org-section-hide-name = { $section } छिपाएँ

## The switcher (the list of signed-in organizations down the left, or a menu in the top bar)

org-switcher-menu = संगठन बदलें ({ $name } दिखाया जा रहा है)
org-switcher-heading = संगठन
org-switcher-unfold = संगठनों के नाम दिखाएँ
org-switcher-fold = सिर्फ़ संगठनों के लोगो दिखाएँ
org-switcher-sign-out = इस संगठन से साइन आउट करें…
org-switcher-overview-tooltip = हर संगठन एक तालिका में
org-switcher-compare-tooltip = दो संगठन आमने-सामने
org-switcher-compare-disabled = तुलना करने के लिए दूसरा संगठन जोड़ें
org-switcher-add-button = + संगठन जोड़ें…
org-switcher-add = संगठन जोड़ें…
org-switcher-add-tooltip = फिर से साइन इन करें और Zoho के पेज पर कोई दूसरा संगठन चुनें
org-switcher-entry = { $name }: { $details }
org-switcher-environment-data-centre = { $environment }, डेटा सेंटर { $data_centre }
org-switcher-environment = { $environment }
org-switcher-data-centre = डेटा सेंटर { $data_centre }
org-switcher-entry-tooltip =
    { $name }
    { $details }
org-switcher-entry-tooltip-shortcut =
    { $name }
    { $details }
    Ctrl+{ $number }
org-switcher-entry-name = { $name }
org-switcher-entry-name-shortcut =
    { $name }
    Ctrl+{ $number }

org-add-title = संगठन जोड़ें
org-add-text = आपके ब्राउज़र में Zoho का साइन-इन पेज खुलता है: वहाँ अपने संगठनों की सूची से जोड़ने के लिए संगठन चुनें, फिर पहुँच की अनुमति दें।
org-add-continue = ब्राउज़र में जारी रखें
org-sign-out-all-title = { $count ->
    [one] संगठन से साइन आउट करें?
   *[other] सभी { $count } संगठनों से साइन आउट करें?
}
org-sign-out-all-text = ऐप इस कंप्यूटर पर हर साइन-इन भूल जाता है और Zoho से उन्हें खत्म करने के लिए कहता है। आप कभी भी फिर से साइन इन कर सकते हैं।
org-sign-out-all-confirm = हाँ, सभी से साइन आउट करें

## Compare (two organizations side by side)

org-compare-title = तुलना
org-compare-with = बनाम
org-compare-first = पहला संगठन
org-compare-second = दूसरा संगठन
org-compare-pick = ऐसे दो संगठन चुनें जिनका विवरण लाया जा चुका है। किसी संगठन को लाने के लिए उसे रीफ़्रेश करें।
org-compare-count = { $count ->
    [0] कोई अंतर नहीं
    [one] { $count } अंतर
   *[other] { $count } अंतर
}
org-compare-only-differences = सिर्फ़ अंतर दिखाएँ
org-compare-copy = अंतर कॉपी करें
org-compare-copy-tooltip = अलग-अलग फ़ील्ड टैब से अलग करके कॉपी करें
org-compare-identifiers-note = दो संगठनों के पहचानकर्ता हमेशा अलग होते हैं: वे दिखाए जाते हैं, लेकिन गिने नहीं जाते।
org-compare-field = फ़ील्ड
org-compare-copied-field = { $section }: { $label }
org-compare-always-differs = { $label } (हमेशा अलग)
org-compare-differs = { $label } अलग है: { $value }
