package clean

import "testing"

// TestXPageNorwegian: X's page in Norwegian Bokmål loses the bar over
// the thread, the sign-up box with its legal sentence, "Vis flere svar",
// the "Relevante personer" box with the account's bio and its "Følg",
// and the "Hva skjer" trends with their counts ("4 812 innlegg",
// "11,2k innlegg"); the posts stay, and so do a story's sentences that
// use the same words in running text.
func TestXPageNorwegian(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "thread",
		body: "Politiet i Fjellby på X: \"#Fjellby Trafikkulykke på fv. 12.\" / X\n\nIkke gå glipp av hva som skjer\nFolk på X er de første til å få vite.\nInnlegg\n\n" +
			"Samtale\nPolitiet i Fjellby\n@politifjellby\nFølg\n#Fjellby Trafikkulykke på fv. 12 ved Bakken. Veien er stengt i begge retninger.\n" +
			"Vis flere svar\nNy på X?\nRegistrer deg nå for å få din egen personlige tidslinje!\nRegistrer deg med Apple\nOpprett konto\n" +
			"Ved å registrere deg godtar du vilkårene for bruk og personvernerklæringen, inkludert bruk av informasjonskapsler.\n" +
			"Relevante personer\nPolitiet i Fjellby\n@politifjellby\nOperasjonssentralen i Fjellby politidistrikt. Ring 112 ved nød.\nFølg\n" +
			"Hva skjer\nPopulært i Norge\n#Eliteserien\n4 812 innlegg\nPolitikk · Populært\nStatsbudsjettet\n11,2k innlegg\nVis mer\n© 2025 X Corp.\n",
		gone: []string{"Ikke gå glipp av hva som skjer", "Folk på X er de første til å få vite.", "Vis flere svar", "Ny på X?",
			"Registrer deg nå for å få din egen personlige tidslinje!", "Registrer deg med Apple", "Opprett konto",
			"Ved å registrere deg godtar du vilkårene for bruk og personvernerklæringen, inkludert bruk av informasjonskapsler.", "Relevante personer",
			"Operasjonssentralen i Fjellby politidistrikt. Ring 112 ved nød.", "Populært i Norge", "#Eliteserien", "4 812 innlegg",
			"Politikk · Populært", "Statsbudsjettet", "11,2k innlegg", "Vis mer"},
		kept: []string{"#Fjellby Trafikkulykke på fv. 12 ved Bakken."},
	}, {
		name: "prose",
		body: "Politiet ber folk: ikke gå glipp av hva som skjer i nabolaget, og meld fra om noe virker mistenkelig.\n\n" +
			"– Opprett konto hos kommunen for å få varsler, sier ordføreren til avisen.\n\n" +
			"«Relevante personer er allerede avhørt», skriver politiet på X.\n",
		kept: []string{"ikke gå glipp av hva som skjer i nabolaget", "– Opprett konto hos kommunen", "«Relevante personer er allerede avhørt»"},
	}})
}

// TestXTrendNorwegian: X's Norwegian trend lines, the context and the
// count, and the lines that are none.
func TestXTrendNorwegian(t *testing.T) {
	for _, tt := range []struct {
		line         string
		ctx, counted bool
	}{
		{"Populært i Norge", true, false},
		{"Politikk · Populært", true, false},
		{"Populært", true, false},
		{"4 812 innlegg", false, true},
		{"11,2k innlegg", false, true},
		{"Trending in United Kingdom", true, false},
		{"41.2K posts", false, true},
		{"Populært i Norge er nå fjellturer, sier reiselivssjefen i en uttalelse til avisen.", false, false},
		{"Her er 12 innlegg", false, false},
		{"2025 12 innlegg", false, false},
	} {
		if got := xTrendContext(tt.line); got != tt.ctx {
			t.Errorf("xTrendContext(%q) = %v; want %v", tt.line, got, tt.ctx)
		}
		if got := xTrendCount(tt.line); got != tt.counted {
			t.Errorf("xTrendCount(%q) = %v; want %v", tt.line, got, tt.counted)
		}
	}
}

// TestWordPressNorwegian: Norwegian WordPress's "Lik Laster inn …" and
// "Relaterte innlegg" with the related headlines under it go; the
// article's sentences, one of which mentions related posts, stay.
func TestWordPressNorwegian(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "farm",
		body: "Kommunen stengte veien i flere timer etter ulykken, og omkjøringen ga rundt 20 minutter ekstra kjøretid.\n\n" +
			"Politiet undersøker årsaken, og ulykkesgruppen var på stedet hele formiddagen, sier operasjonslederen.\n\n" +
			"Liker dette:\nLik Laster inn …\nRelaterte innlegg\nSlik unngår du glatte veier i høst: 7 smarte tips\n" +
			"Bensinprisen stiger igjen – her er billigst i dag\nSlik sjekker du dekkene før vinteren\n",
		gone: []string{"Lik Laster inn …", "Relaterte innlegg", "Slik unngår du glatte veier i høst: 7 smarte tips"},
		kept: []string{"Kommunen stengte veien", "Politiet undersøker årsaken"},
	}, {
		name: "prose",
		body: "Redaktøren sa at relaterte innlegg på nettsiden ble fjernet etter klagen fra foreldrene, og at saken nå er avsluttet.\n\n" +
			plainStory,
		kept: []string{"Redaktøren sa at relaterte innlegg"},
	}})
}

// TestPageLastUpdated: a public body's stamp of its page's last
// revision, a paragraph of its own, goes; a story's sentence about a
// page last updated years ago stays, and so do a news story's own
// "Updated" line, a credit line, a notice's signature, a stamp run
// into the lines of a plain text, and the sentence "This page was last
// updated …" an old site's author writes.
func TestPageLastUpdated(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Page last updated: 31 March 2026", true},
		{"Page last reviewed: 2 February 2024", true},
		{"Page last updated: Monday, 4 May 2025", true},
		{"This page was last updated August 25, 2005", false},
		{"Page last updated 31 March 2026", false},
		{"Page last updated: 31/03/2026", true},
		{"Page last updated: 31 March 2026 by the web team", false},
		{"The council said the page last updated in 2019 still listed the old fees.", false},
		{"Page last updated in 2019, the council admitted on Tuesday", false},
		{"Updated: 14:32, 3 March 2025", false},
	} {
		if got := pageStamp(tt.line); got != tt.want {
			t.Errorf("pageStamp(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "notice",
		body: plainStory + "Source: Glen FM\n\nSiobhán Tierney, Director of Services, Roads and Transportation\n\nPage last updated: 31 March 2026\n",
		gone: []string{"Page last updated: 31 March 2026"},
		kept: []string{"Source: Glen FM", "The council voted on Tuesday", "Siobhán Tierney, Director of Services"},
	}, {
		name: "run-in",
		body: plainStory + "A list of craft fairs by region can be found at the site.\nPage last updated: 10 April 2008\nThis page is part of a frameset.\n",
		kept: []string{"Page last updated: 10 April 2008"},
	}})
}

// TestHungarianCommentGate: a Hungarian portal's gate over its comment
// form ("Hozzászólás írásához jelentkezzen be!") goes; a story's
// sentence that mentions comments and logging in stays, and so does
// the credit line.
func TestHungarianCommentGate(t *testing.T) {
	for _, tt := range []struct {
		line  string
		chrom bool
	}{
		{"Hozzászólás írásához jelentkezzen be!", true},
		{"Hozzászóláshoz jelentkezz be!", true},
		{"A polgármester szerint a hozzászólás írásához jelentkezzen be mindenki a lakossági fórum oldalán, mert névtelenül nem lehet véleményt mondani.", false},
		{"Forrás: MTI", false},
	} {
		got, reason := LineScore(tt.line, "hu")
		if tt.chrom && got < DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v", tt.line, got, reason, DefaultThreshold)
		}
		if !tt.chrom && got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", tt.line, got, reason, DefaultThreshold)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "gate",
		body: plainStory + "Forrás: MTI\n\nHozzászólás írásához jelentkezzen be!\n",
		gone: []string{"Hozzászólás írásához jelentkezzen be!"},
		kept: []string{"Forrás: MTI", "The council voted on Tuesday"},
	}})
}
