package clean

import (
	"strings"
	"testing"
)

// TestServiceBoxes: a portal's service boxes under a story (useful
// links, opening hours, report a fault, a hotline), its contact bar
// over the masthead and its postal address in the footer go, in
// English, Russian, German, Spanish and French; a story's subhead and
// sentences with the same words, among the story's paragraphs, stay.
func TestServiceBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English municipal boxes and address",
		body: plainStory + "Print | Email | Share: Facebook X WhatsApp\n\n" +
			"Report a Fault\nReport water leaks, power outages and potholes to our call centre: 015 000 4499.\n" +
			"Fraud Hotline\nReport fraud and corruption anonymously: 0800 000 411.\n\n" +
			"Springfield Local Municipality, Civic Centre, Private Bag X9001, Springfield, 0950\n" +
			"Disclaimer | PAIA Manual | Sitemap\n© 2025 Springfield Local Municipality. All rights reserved.\n",
		gone: []string{"Report a Fault", "Report water leaks, power outages and potholes to our call centre: 015 000 4499.", "Fraud Hotline", "Report fraud and corruption anonymously: 0800 000 411.", "Springfield Local Municipality, Civic Centre, Private Bag X9001, Springfield, 0950"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "Russian portal boxes and footer address",
		body: plainStory + "Поделиться: ВКонтакте Одноклассники Telegram\n← Все новости\n\n" +
			"Решаем вместе\nНе убран мусор, яма на дороге? Сообщите о проблеме на Госуслугах.\nСообщить о проблеме\n\n" +
			"Полезные ссылки\nГосуслуги\nНалоговая служба\n\n" +
			"Отдел благоустройства\n123456, Тверская область, г. Кашин, ул. Ленина, д. 5\nТелефон: 8 (48234) 2-11-45. Режим работы: пн–пт 8:00–17:00\n" +
			"© Администрация города, 2025. Официальный сайт.\n",
		gone: []string{"Решаем вместе", "Не убран мусор, яма на дороге? Сообщите о проблеме на Госуслугах.", "Полезные ссылки", "Налоговая служба",
			"Отдел благоустройства", "123456, Тверская область, г. Кашин, ул. Ленина, д. 5", "Телефон: 8 (48234) 2-11-45. Режим работы: пн–пт 8:00–17:00"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "German and Spanish boxes",
		body: plainStory + "Teilen: Facebook X WhatsApp\n\nÖffnungszeiten:\nMo–Fr 8:00–12:00\nDo 14:00–18:00\n\n" +
			"Nützliche Links\nBürgerservice\nAbfallkalender\n",
		gone: []string{"Öffnungszeiten:", "Mo–Fr 8:00–12:00", "Nützliche Links", "Abfallkalender"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "contact bar between chrome lines",
		body: plainStory + "Print | Email | Share: Facebook X WhatsApp\n" +
			"Tel: 015 000 4410 | Email: info@example.gov.za | After-hours emergencies: 015 000 4499\n" +
			"Disclaimer | PAIA Manual | Sitemap\n",
		gone: []string{"Tel: 015 000 4410 | Email: info@example.gov.za | After-hours emergencies: 015 000 4499"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "subheads and sentences with the boxes' words",
		body: plainStory + "Opening hours\n\nThe library's opening hours will be cut from next month, the council said, and the reading room will close on Saturdays.\n\n" +
			"Residents can report a fault on the council's website, a spokesman said.\n\n" +
			"The office moved to 12 Main Street, Springfield, 2019, after the flood.\n\n" + plainStory,
		kept: []string{"Opening hours", "The library's opening hours", "Residents can report a fault", "The office moved"},
	}})
}

// TestAddressLine: a postal address is comma-parted items with a postal
// box or a postcode at its edge; a sentence or a list closed by a year
// is not.
func TestAddressLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Vhufuli Local Municipality, Civic Centre, Private Bag X5001, Vhufuli, 0950", true},
		{"Town Hall, PO Box 12, Gaborone, 0041", true},
		{"429915, Чувашская Республика, Сарпусский округ, д. Новые Улапкасы, ул. Центральная, д. 12", true},
		{"Rathaus, Marktplatz 1, Postfach 120, 79098", true},
		{"Mairie, 1 place de la République, 75001", true},
		{"Paris, London, Berlin, 2019", false},
		{"The office moved to Main Street, Springfield, in 2019.", false},
		{"Civic Centre, Springfield", false},
	}
	for _, tt := range tests {
		if got := addressLine(tt.line, len(strings.Fields(tt.line))); got != tt.want {
			t.Errorf("addressLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestOtherNewsLabel: a box of the site's other news is headed by the
// word for other and a noun for news, the site's adjective free; a
// line about other things is no label.
func TestOtherNewsLabel(t *testing.T) {
	tests := []struct {
		line string
		want category
	}{
		{"Other Municipal News", catPromo},
		{"Otras noticias municipales", catPromo},
		{"Другие новости района", catPromo},
		{"Other measures", catNone},
		{"Other residents agreed", catNone},
	}
	var s scratch
	for _, tt := range tests {
		if got := s.measure(tt.line, stopList("en")).listLabel; got != tt.want {
			t.Errorf("measure(%q).listLabel = %v; want %v", tt.line, got, tt.want)
		}
	}
}
