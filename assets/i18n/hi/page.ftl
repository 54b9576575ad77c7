# Zoho में साइन इन करने के बाद ब्राउज़र में दिखने वाला पेज।

page-signed-in-title = आप साइन इन हो गए हैं
page-signed-in-message = Org Viewer for Zoho CRM अब आपका संगठन दिखा सकता है।
page-close-tab = आप यह टैब बंद करके ऐप पर लौट सकते हैं।
page-write-granted-title = अनुमति मिल गई
page-write-granted-message = Org Viewer for Zoho CRM अभी लोगो बदल रहा है, और काम पूरा होते ही अनुमति भूल जाएगा।
page-added-title = { $org } जोड़ा गया
page-renewed-title = आप { $org } में फिर से साइन इन हो गए हैं
page-added-message = Org Viewer for Zoho CRM अब { $org } दिखाता है।

page-not-completed-title = साइन-इन पूरा नहीं हुआ
page-zoho-code = Zoho कोड: { $code }
page-already-over-title = यह साइन-इन पहले ही खत्म हो चुका है
page-already-over-message = यह साइन-इन पहले ही इस्तेमाल हो चुका है या इसकी समय-सीमा खत्म हो गई है।
page-already-over-next = ऐप पर लौटें; अगर आप वहाँ साइन इन नहीं हैं, तो साइन-इन फिर से शुरू करें।
page-not-found = नहीं मिला
