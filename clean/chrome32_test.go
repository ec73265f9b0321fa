package clean

import "testing"

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
