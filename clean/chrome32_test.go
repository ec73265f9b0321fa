package clean

import "testing"

// TestAdvertisingBoxes: a site's advertising box, its heading
// ("Advertise with <site>") over a short blurb with a number to call or
// an address to write to, goes in English, French, Spanish, German and
// Dutch, also with a Sepedi blurb; a story's sentences about advertising
// and a story that prints a number stay.
func TestAdvertisingBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English heading over a Sepedi blurb",
		body: plainStory + "Advertise with Lentšu\nBapatša kgwebo ya gago go babadi ba fetago 20 000 kgwedi ka kgwedi. Call 015 000 0000.\n",
		gone: []string{"Advertise with Lentšu", "Bapatša kgwebo ya gago go babadi ba fetago 20 000 kgwedi ka kgwedi. Call 015 000 0000."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "English box with an e-mail address",
		body: plainStory + "Advertise with us\nReach 45,000 readers across the valley every month. Email ads@valleyledger.example for our rates.\n",
		gone: []string{"Advertise with us", "Reach 45,000 readers across the valley every month. Email ads@valleyledger.example for our rates."},
	}, {
		name: "French, Spanish, German and Dutch boxes",
		body: plainStory + "Annoncez chez nous\nTouchez 30 000 lecteurs chaque semaine. Appelez le 01 23 45 67 89.\n\n" +
			plainStory + "Anúnciate con nosotros\nLlega a miles de lectores de la comarca. Llame al 912 345 678.\n\n" +
			plainStory + "Werben bei uns\nErreichen Sie 20.000 Leser im Landkreis. Tel. 089 123456\n\n" +
			plainStory + "Adverteren bij De Dorpskrant\nBereik elke week alle huishoudens in het dorp. Mail naar advertenties@dorpskrant.example\n",
		gone: []string{"Annoncez chez nous", "Touchez 30 000 lecteurs chaque semaine. Appelez le 01 23 45 67 89.",
			"Anúnciate con nosotros", "Llega a miles de lectores de la comarca. Llame al 912 345 678.",
			"Werben bei uns", "Erreichen Sie 20.000 Leser im Landkreis. Tel. 089 123456",
			"Adverteren bij De Dorpskrant", "Bereik elke week alle huishoudens in het dorp. Mail naar advertenties@dorpskrant.example"},
	}, {
		name: "a story about advertising, and a story's number",
		body: plainStory + "Advertise with the paper, the mayor told traders, and the town will pay half of the cost until the end of the year.\n" +
			"Residents who want to help can call 015 000 0000 between nine and five, the organisers said.\n\n" +
			"Advertise with care\nThe watchdog said shops must not claim discounts they never offered, and fined three of them.\n\n" + plainStory,
		kept: []string{"Advertise with the paper, the mayor told traders", "Residents who want to help can call 015 000 0000",
			"The watchdog said shops must not claim discounts they never offered"},
	}})
}

// TestSouthernAfricanLatestNews: a community site's latest-news list in
// Sepedi, Sesotho, isiZulu and isiXhosa goes with its titles; a story's
// sentence opening with the same words stays.
func TestSouthernAfricanLatestNews(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Sepedi latest news under a story",
		body: plainStory + "Ditaba tše mpsha\nDitaelo tša meetse: badudi ba Jane Furse ba kgopelwa go boloka meetse\nMmaraka wa balemi o bulwa gape Ga-Nkwana\n\n" +
			"© 2025 Lentšu la Sekhukhune. All rights reserved.\n",
		gone: []string{"Ditaba tše mpsha", "Mmaraka wa balemi o bulwa gape Ga-Nkwana"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "Sesotho, isiZulu and isiXhosa latest news",
		body: plainStory + "Ditaba tsa morao-rao\nLekgotla le bula sepetlele se setjha\nBalemi ba fumana dithuso tsa peo\n\n" +
			"Izindaba zakamuva\nUmasipala uvula umtholampilo omusha\nAbalimi bathola usizo lwembewu\n\n" +
			"Iindaba zamva nje\nUmasipala uvula ikliniki entsha\nAmafama afumana uncedo lwembewu\n\n" +
			"Copyright © 2025 Isizwe Online.\n",
		gone: []string{"Ditaba tsa morao-rao", "Balemi ba fumana dithuso tsa peo", "Izindaba zakamuva",
			"Abalimi bathola usizo lwembewu", "Iindaba zamva nje", "Amafama afumana uncedo lwembewu"},
	}, {
		name: "a story's sentence with the same words",
		body: plainStory + "Ditaba tše mpsha di tšwa kgorong ya mmasepala, moo bahlankedi ba boletšego gore leporogo le tla agwa gape ngwageng wo.\n\n" + plainStory,
		kept: []string{"Ditaba tše mpsha di tšwa kgorong ya mmasepala"},
	}})
}

// TestAdContact: the blurb's way to reach the site, a number after a
// call word or a label, or an e-mail address; a number with no call
// word before it, or too few digits, is none.
func TestAdContact(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Bapatša kgwebo ya gago go babadi ba fetago 20 000 kgwedi ka kgwedi. Call 015 000 0000.", true},
		{"Call us on 015 000 0000 today.", true},
		{"Tel: +27 15 000 0000", true},
		{"Write to ads@example.com for rates.", true},
		{"Appelez le 01 23 45 67 89.", true},
		{"Reach 20 000 readers a month.", false},
		{"Call 911 now.", false},
		{"Our rates start at 015 000 0000 rand.", false},
	}
	for _, tt := range tests {
		if got := adContact(tt.line); got != tt.want {
			t.Errorf("adContact(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}
