package clean

import "testing"

// TestAppReadOn: an aggregator's call to read on in its app, with the
// call to download it from the phones' stores after it, is no credit
// line and goes; a credit that names an outlet to read more at stays a
// credit, and a story's sentence about an app stays.
func TestAppReadOn(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Read more on KhabarHub Live app. Download now on Android and iOS.", true},
		{"Read more on NewsNow app. Get it on Android and iOS.", true},
		{"The council's app has been downloaded 20,000 times on Android and iOS.", false},
		{"Read more at The Hindu. Download our report.", false},
		{"Download the county's flood app for alerts, the council told residents.", false},
	} {
		if got := appPromo(tt.line); got != tt.want {
			t.Errorf("appPromo(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line   string
		credit bool
	}{
		{"Read more on KhabarHub Live app. Download now on Android and iOS.", false},
		{"Read more on KhabarHub Live app", false},
		{"Read more at The Hindu", true},
		{"Read more on Daily Meridian", true},
		{"Source: KhabarHub Live", true},
	} {
		if _, got := FindAttribution(tt.line); got != tt.credit {
			t.Errorf("FindAttribution(%q) = %v; want %v", tt.line, got, tt.credit)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "aggregator",
		body: "Village roads: 31,700 km laid this year\n\nBy KhabarHub Desk | 3 min read\n\n" +
			"The Centre has laid more than 31,700 km of village roads under the scheme so far this financial year, the ministry said on Monday.\n\n" +
			"On the scheme's app, people have filed 2.31 lakh complaints about poor roads, and 94 per cent of them have been settled.\n\n" +
			"Read more on KhabarHub Live app. Download now on Android and iOS.\n\n(c) 2025 KhabarHub Live. All Rights Reserved.\n",
		gone: []string{"Read more on KhabarHub Live app. Download now on Android and iOS."},
		kept: []string{"The Centre has laid more than 31,700 km", "On the scheme's app, people have filed"},
	}})
}

// TestRunInReadAlso: a read-also box whose label, in sentence case, the
// extraction ran into the linked title with no colon ("À lire aussi
// Barrages : …") goes between a story's paragraphs; a sentence that
// opens with the same words and ends as a sentence and "See also"
// before a reference stay.
func TestRunInReadAlso(t *testing.T) {
	const p1 = "Le ministère de l'Agriculture a lancé lundi un programme de soutien aux éleveurs touchés par la sécheresse, indique un communiqué.\n\n"
	const p2 = "« Nos éleveurs traversent une période difficile », a affirmé le ministre, cité dans le communiqué publié à Rabat.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "box",
		body: "Sécheresse : un programme pour les éleveurs\n\n" + p1 + "À lire aussi Barrages : le taux de remplissage stagne à 27%\n\n" + p2 +
			"Read also Flood warnings issued for three districts\n\n" + p1 + "Avec MAP\n",
		gone: []string{"À lire aussi Barrages : le taux de remplissage stagne à 27%", "Read also Flood warnings issued for three districts"},
		kept: []string{"Le ministère de l'Agriculture a lancé lundi", "« Nos éleveurs traversent", "Avec MAP"},
	}, {
		name: "prose",
		body: "Sécheresse : un programme pour les éleveurs\n\n" + p1 + "Lire aussi Le Matin, qui publie la liste des provinces concernées.\n\n" + p2 +
			"See also Smith and Jones 2019\n\nLe ministère publiera la liste des bénéficiaires la semaine prochaine, a précisé la directrice.\n",
		kept: []string{"Lire aussi Le Matin, qui publie la liste", "See also Smith and Jones 2019"},
	}})
}
