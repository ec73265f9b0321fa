package clean

import "testing"

// TestStationAppPromo: a station's promo that makes two of its calls (to
// get its app, to listen live, to ask a smart speaker for it), or a
// promise not to miss a story before the call to get the app, in the
// languages of appVerbs; a story's sentence about an app, a smart
// speaker or a live broadcast, and one call alone, are none.
func TestStationAppPromo(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{`Never miss a story - download the free Vale 106 app and ask your smart speaker to "play Vale 106".`, true},
		{"Never miss a story – download the free Vale 106 app.", true},
		{"Listen live on the free Vale 106 app, online and on DAB.", true},
		{"Download the Vale 106 app. Listen live wherever you are.", true},
		{"Téléchargez l'application Radio Pays et demandez à votre enceinte de jouer Radio Pays.", true},
		{"Descarga la app de Radio Sonqo y escúchanos en vivo desde cualquier lugar.", true},
		{"Lade die App herunter und sag Alexa, spiele Radio Tal.", true},
		{"Stay informed: Get 12 News Now breaking news alerts sent straight to your phone. Download our free app.", true},
		// Not a promo: a story's sentences.
		{"The council launched an app for alerts on bin collections last year. Download figures were low.", false},
		{"Residents can download the free app to report potholes, the council said.", false},
		{"Ask your smart speaker for the weather and it will tell you, the inventor said.", false},
		{"Listen live on Friday as the council votes on the plan.", false},
		{"Download the app.", false},
		{"Never miss a story - that was the editor's motto for forty years.", false},
		{"Alerts on your phone - ", false}, // a clause of no words
		{"Download the app -", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := appPromo(tt.line); got != tt.want {
				t.Errorf("appPromo(%q) = %v; want %v", tt.line, got, tt.want)
			}
		})
	}
}

// TestStationAppPromoInStory: the promo goes from between a story's
// paragraphs; a paragraph that mentions the app stays.
func TestStationAppPromoInStory(t *testing.T) {
	promo := `Never miss a story - download the free Vale 106 app and ask your smart speaker to "play Vale 106".`
	runChromeCases(t, []chromeCase{{
		name: "station promo between paragraphs",
		body: plainStory + promo + "\n\n" +
			"The council's own app will list the library's new opening hours, and residents can ask for help at the school.\n",
		gone: []string{promo},
		kept: []string{"The council voted on Tuesday", "Officials said the building",
			"The council's own app will list the library's new opening hours"},
	}})
}

// TestPostAudienceAlone: Facebook's audience label alone on its line,
// as a capture with no time stamp prints it under the poster's name,
// and a group's kind alone, in the languages of postAudiences; the bare
// audience ("Public") and a sentence with the words stay.
func TestPostAudienceAlone(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Shared with Public", true},
		{"Shared with Friends", true},
		{"Public group", true},
		{"Groupe privé", true},
		{"Partilhado com Público", true},
		{"Delat med Offentligt", true},
		{"Delt med Venner", true},
		{"Jaettu: Julkinen", true},
		{"Offentlig gruppe", true},
		{"Yksityinen ryhmä", true},
		// Not a header.
		{"Public", false},
		{"Friends", false},
		{"The plan was shared with the public on Monday.", false},
		{"A public group met at the library.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := postHead(tt.line); got != tt.want {
				t.Errorf("postHead(%q) = %v; want %v", tt.line, got, tt.want)
			}
		})
	}
	runChromeCases(t, []chromeCase{{
		name: "audience alone under the page's name",
		body: "Sedgeborough Matters\nShared with Public\n\n" + plainStory,
		gone: []string{"Sedgeborough Matters", "Shared with Public"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}})
}

// TestBalticWidgets: a farm's tail in Lithuanian (the helpfulness
// question with its buttons, "You may also like" over its titles, the
// newsletter box under an exclamation, WordPress's "Recent posts" over
// its titles) goes, and so do the Latvian and Estonian question and
// labels; the story, its FAQ's questions and a Lithuanian sentence
// with the same words stay.
func TestBalticWidgets(t *testing.T) {
	story := "Gelupės tiltas per Alsupę uždarytas dėl avarinės būklės, pranešė savivaldybė, o eismas nukreiptas aplinkkeliu per Užupį.\n\n" +
		"Kiek kainuos tilto remontas?\nPreliminariais skaičiavimais – apie 2,3 mln. eurų.\n\n" +
		"Ar šis straipsnis buvo naudingas gyventojams, paaiškės po susitikimo, sakė meras, kuris žadėjo atsakyti į visus klausimus.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "lithuanian tail",
		body: story +
			"Ar šis straipsnis buvo naudingas? Taip Ne\n\n" +
			"Jums gali patikti\nKaip sutaupyti šildymui šią žiemą: 10 patarimų\nPensijų indeksavimas: ką reikia žinoti\n" +
			"Geriausios žieminės padangos: išsamus palyginimas\n\n" +
			"Neprarask svarbiausių naujienų!\nUžsiprenumeruok mūsų naujienlaiškį ir gauk naujausius straipsnius pirmas.\nUžsiprenumeruoti\n\n" +
			"Naujausi įrašai\nKaip sutaupyti šildymui šią žiemą: 10 patarimų\nEuribor šią savaitę: ko tikėtis paskolų turėtojams\n\n" +
			"Apie mus | Privatumo politika | Kontaktai\n",
		gone: []string{"Ar šis straipsnis buvo naudingas? Taip Ne", "Jums gali patikti", "Pensijų indeksavimas: ką reikia žinoti",
			"Neprarask svarbiausių naujienų!", "Užsiprenumeruok mūsų naujienlaiškį ir gauk naujausius straipsnius pirmas.",
			"Užsiprenumeruoti", "Naujausi įrašai", "Euribor šią savaitę: ko tikėtis paskolų turėtojams"},
		kept: []string{"Gelupės tiltas per Alsupę uždarytas", "Kiek kainuos tilto remontas?",
			"Ar šis straipsnis buvo naudingas gyventojams"},
	}, {
		name: "latvian and estonian labels",
		body: plainStory + "Vai šis raksts bija noderīgs?\n\nJaunākie ieraksti\nDomes sēde pārcelta uz otrdienu\nBibliotēka slēgta remontam\n\n" +
			"Kas see artikkel oli kasulik?\n\nViimased postitused\nVallavolikogu istung lükati edasi\nRaamatukogu suletakse remondiks\n",
		gone: []string{"Vai šis raksts bija noderīgs?", "Jaunākie ieraksti", "Bibliotēka slēgta remontam",
			"Kas see artikkel oli kasulik?", "Viimased postitused", "Raamatukogu suletakse remondiks"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}})
}

// TestMoreFromSitePart: a "More in <site>:" label naming the site by a
// part of its name (its first or last words, spelt as the site spells
// them, a colon after it), which the page goes by; a part made only of
// an outlet's kind, a part in another case, and the part without its
// colon are none.
func TestMoreFromSitePart(t *testing.T) {
	tests := []struct {
		line, site string
		ok, alone  bool
	}{
		{"Más en Andina:", "Agencia Andina", true, true},
		{"Más en Andina: Exportaciones de palta peruana crecieron 18 % en 2025", "Agencia Andina", true, false},
		{"More from BBC:", "BBC News", true, true},
		{"Más en Agencia:", "Agencia Andina", false, false}, // an outlet's kind
		{"More from News:", "BBC News", false, false},       // an outlet's kind
		{"Más en andina:", "Agencia Andina", false, false},  // not as the site spells it
		{"Más en Andina", "Agencia Andina", false, false},   // no colon
		{"Más en Andinas:", "Agencia Andina", false, false}, // another word
	}
	for _, tt := range tests {
		ok, alone := moreFromSite(tt.line, tt.site)
		if ok != tt.ok || alone != tt.alone {
			t.Errorf("moreFromSite(%q, %q) = %v, %v; want %v, %v", tt.line, tt.site, ok, alone, tt.ok, tt.alone)
		}
	}
}

// TestMoreFromSitePartBox: the box's heading goes at the story's foot,
// and the agency's sign-off under it ("(FIN) JHQ/MAO") stays: the
// story's last line, no title of the box's list.
func TestMoreFromSitePartBox(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "heading over the sign-off",
		site: "Agencia Andina",
		body: plainStory + "Más en Andina:\n\n(FIN) JHQ/MAO\n",
		gone: []string{"Más en Andina:"},
		kept: []string{"The council voted on Tuesday", "(FIN) JHQ/MAO"},
	}, {
		name: "heading over its titles",
		site: "Agencia Andina",
		body: plainStory + "Más en Andina:\n\nSenamhi: lluvias de moderada a fuerte intensidad continuarán en la sierra\n\n" +
			"Indeci recomienda medidas de prevención ante huaicos en temporada de lluvias\n\n" + plainStory,
		gone: []string{"Más en Andina:", "Senamhi: lluvias de moderada a fuerte intensidad continuarán en la sierra",
			"Indeci recomienda medidas de prevención ante huaicos en temporada de lluvias"},
		kept: []string{"The council voted on Tuesday"},
	}})
}
