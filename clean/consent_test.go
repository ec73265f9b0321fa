package clean

import (
	"testing"
)

// TestConsentVerbLast: a consent banner in a language that puts its verb
// last opens with the site as its subject and names its cookies and its
// using them before its first sentence ends (siteCookies): decisive
// legal chrome, as the openers of "We use cookies" are. A story's
// sentence about a site and cookies that tells what was done to the site,
// or that names cookies after the sentence with the site, is not.
func TestConsentVerbLast(t *testing.T) {
	chrome := []struct{ line, lang string }{
		{"Ev malper ji bo ku ezmûna we baştir bike çerezan (cookie) bi kar tîne. Bi domandina gerê, hûn van çerezan qebûl dikin. Qebûl dikim", "ku"},
		{"Bu web sitesi, deneyiminizi iyileştirmek için çerezleri kullanmaktadır. Kabul et", "tr"},
		{"Sitemiz, size daha iyi hizmet sunabilmek için çerez kullanır.", "tr"},
		{"Bu sayt təcrübənizi yaxşılaşdırmaq üçün kukilərdən istifadə edir.", "az"},
		{"Бұл сайт cookie файлдарын пайдаланады. Келісемін", "kk"},
		{"این وب‌سایت برای بهبود تجربه شما از کوکی‌ها استفاده می‌کند. قبول دارم", "fa"},
		{"यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है।", "hi"},
	}
	for _, tt := range chrome {
		if got, reason := LineScore(tt.line, tt.lang); got < DefaultHighThreshold || reason != ReasonLegal {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", tt.line, got, reason, DefaultHighThreshold, ReasonLegal)
		}
	}
	story := []struct{ line, lang string }{
		// "This site was fined for collecting users' data through cookies":
		// kullanıcı (user) shares the verb's stem.
		{"Bu site çerezler aracılığıyla kullanıcı verilerini topladığı için ceza aldı.", "tr"},
		// "This site was closed by the government. It uses cookies.": the
		// cookies are in the second sentence.
		{"Ev malper ji aliyê hikûmetê ve hat girtin. Çerezan bi kar tîne.", "ku"},
		// "This site's owner was arrested on Monday."
		{"Bu sitenin sahibi pazartesi günü gözaltına alındı.", "tr"},
	}
	for _, tt := range story {
		if got, reason := LineScore(tt.line, tt.lang); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", tt.line, got, reason, DefaultThreshold)
		}
	}
}

// TestConsentAtTheFoot: a scraper's copy ends with the page's cookie bar
// under its copyright line; the bar goes, a long line at the text's end.
func TestConsentAtTheFoot(t *testing.T) {
	const bar = "Ev malper ji bo ku ezmûna we baştir bike çerezan (cookie) bi kar tîne. Bi domandina gerê, hûn van çerezan qebûl dikin. Qebûl dikim Zêdetir bixwîne"
	runChromeCases(t, []chromeCase{{
		name: "the bar under the footer",
		body: plainStory + "Derbarê me | Têkilî | Nûçe | Reklam\n© Agahdar24 – Hemû maf parastî ne.\n" + bar + "\n",
		gone: []string{bar},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}})
}

// TestConsentPolish: a Polish cookie bar ("Serwis używa plików
// cookies …") and its "Rozumiem" button under a scrape's footer go; a
// story's sentence about a site's cookies stays.
func TestConsentPolish(t *testing.T) {
	const bar = "Serwis używa plików cookies zgodnie z Polityką prywatności. Możesz określić warunki przechowywania lub dostępu do cookies w Twojej przeglądarce."
	runChromeCases(t, []chromeCase{{
		name: "the bar and its button under the footer",
		body: plainStory + "Gminny Ośrodek Kultury w Głębocinie, ul. Szkolna 4, 83-341 Głębocino\n" + bar + "\nRozumiem\n",
		gone: []string{bar, "Rozumiem"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's sentence",
		body: plainStory + "Urząd ustalił, że serwis używa plików cookies bez zgody użytkowników, i nałożył na firmę karę w wysokości 40 tysięcy złotych.\n\n" + plainStory,
		kept: []string{"serwis używa plików cookies bez zgody"},
	}})
}
