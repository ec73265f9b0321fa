package pressrelease_test

import (
	"strings"
	"testing"

	"github.com/reprint/reprint/pressrelease"
)

func TestRecognise(t *testing.T) {
	const story = "The council approved the plan on Tuesday, and work will start in the spring.\n\n" +
		"\"We have waited a long time for this,\" said the leader of the council.\n\n" +
		"The scheme will cost £18 million and create 120 homes.\n"
	tests := []struct {
		name   string
		text   string
		want   bool
		marker string
	}{
		{"label at the top", "FOR IMMEDIATE RELEASE\n\nCouncil approves depot homes\n\n" + story, true, "FOR IMMEDIATE RELEASE"},
		{"label with a date", "PRESS RELEASE: 10 March 2026\n\n" + story, true, "PRESS RELEASE: 10 March 2026"},
		{"embargo", "EMBARGOED UNTIL 00:01 GMT, 10 MARCH 2026\n\n" + story, true, "EMBARGOED UNTIL 00:01 GMT, 10 MARCH 2026"},
		{"news aktuell's distributor line", story + "\nRückfragen bitte an:\nPressestelle\n\nOriginal-Content von: Polizeipräsidium Wendelstadt, übermittelt durch news aktuell\n", true,
			"Original-Content von: Polizeipräsidium Wendelstadt, übermittelt durch news aktuell"},
		{"a story quoting the distributor", story + "\nThe release was sent as Original-Content von: Polizei, übermittelt durch news aktuell, said the editor.\n", false, ""},
		{"label under a line of chrome", "Newsroom\nNews release\nCouncil approves depot homes\n" + story, true, "News release"},
		{"a newswire's dateline", "Mill to add 200 jobs\n\nThe expansion doubles the plant\n\nCARROW FALLS, Ohio, March 10, 2026 /PRNewswire/ -- The company today announced a plant.\n\n" + story, true, "/PRNewswire/"},
		{"a story quoting a newswire's name", "Mill to add 200 jobs\n\nThe company announced it on PR Newswire on Tuesday, and the council welcomed it.\n\n" + story, false, ""},
		{"end mark and notes to editors", story + "\nENDS\n\nNotes to editors: for further information call the press office.\n", true, "ENDS"},
		{"### and a media contact", story + "\nAbout Corvane Energy Storage\n\nCorvane develops recycling plants.\n\nMedia Contact:\nRachel Stiles\n\n###\n", true, "###"},
		{"-30-", story + "\nFor more information, contact Jo Bloggs, 555-0147.\n-30-\n", true, "-30-"},
		{"the Hong Kong government's telex close", story + "\nEnds/Thursday, November 20, 2025\nIssued at HKT 16:30\n\nNNNN\n", true, "Ends/Thursday, November 20, 2025"},
		{"the telex close under Ends", story + "\nEnds\nThursday, November 20, 2025\nIssued at HKT 16:30\nNNNN\n", true, "Ends"},
		{"the telex close in Chinese", "渠務署今日宣布鄉村防洪工程竣工，工程歷時三年，耗資二億元。\n\n署方表示，新河道可應付五十年一遇的暴雨。\n\n發言人提醒市民切勿進入河道範圍。\n\n完\n2025年11月20日（星期四）\n香港時間16時30分\nNNNN\n", true, "完"},
		{"完 alone closes a Chinese story", "新华社北京电 工程竣工。\n\n完\n", false, ""},

		{"a story that mentions a release", "The company said in a press release on Tuesday that it would close the plant.\n\n" + story, false, ""},
		{"a story opening with the words", "Press releases from the ministry have grown longer, an analysis shows.\n\n" + story, false, ""},
		{"an end mark alone", story + "\nENDS\n", false, ""},
		{"notes to editors as a heading, no end mark", story + "\nNotes to editors\n\nThe paper is published in Food Safety.\n", true, "Notes to editors"},
		{"an editor's note is no release's", story + "\nEditor's note\n\nThis story was updated on Tuesday.\n", false, ""},
		{"notes to editors inside a sentence", story + "\nNotes to editors were sent out late, the council said.\n", false, ""},
		{"an about sentence is no heading", story + "\nAbout 300 people attended, police said.\n###\n", false, ""},
		{"a label deep in the text", story + story + "FOR IMMEDIATE RELEASE\n" + story, false, ""},
		{"empty", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := pressrelease.Recognise(tt.text)
			if ok != tt.want {
				t.Fatalf("Recognise = %v; want %v", ok, tt.want)
			}
			if ok && tt.text[r.Marker.Start:r.Marker.End] != tt.marker {
				t.Errorf("marker %q; want %q", tt.text[r.Marker.Start:r.Marker.End], tt.marker)
			}
			if ok && r.Label != (r.Marker.Start < len(tt.text)/2) {
				t.Errorf("Label %v for a marker at %d of %d bytes", r.Label, r.Marker.Start, len(tt.text))
			}
		})
	}
}

func TestIssuer(t *testing.T) {
	const story = "Corvane Energy Storage today announced a plant.\n\nIt will employ 310 people.\n"
	for _, tt := range []struct{ text, want string }{
		{story + "\nAbout Corvane Energy Storage\n\nFounded in 2017, Corvane recycles batteries.\n\nMedia Contact:\nRachel Stiles\n\n###\n", "Corvane Energy Storage"},
		{story + "\n**About Harwick Borough Council:**\nThe council serves 90,000 people.\n", "Harwick Borough Council"},
		{story + "\nAbout Brennick Components Inc.\n\nFounded in 1965, Brennick makes chassis parts.\n\nSOURCE Brennick Components Inc.\n", "Brennick Components Inc."},
		{story + "\nRückfragen bitte an:\n\nPolizeipräsidium Wendelstadt\nPressestelle\n\nOriginal-Content von: Polizeipräsidium Wendelstadt, übermittelt durch news aktuell\n", "Polizeipräsidium Wendelstadt"},
		{story + "\nAbout 300 people attended, police said.\n", ""},
		{story + "\nabout us\n", ""},
		{story, ""},
	} {
		if got := pressrelease.Issuer(tt.text); got != tt.want {
			t.Errorf("Issuer(…%q) = %q; want %q", tt.text[len(story):], got, tt.want)
		}
	}
}

// TestIssuerReleasedBy: a government release's "Released by:" line under
// its headline names its issuer, without the honorific and the
// post-nominal; a "released by" in the story's prose names no one.
func TestIssuerReleasedBy(t *testing.T) {
	const story = "The new emergency department will open on Tuesday.\n\nIt has 42 treatment spaces.\n"
	for _, tt := range []struct{ text, want string }{
		{"Media release\n\nNew emergency department\n\nReleased by: The Hon. Rachel Pendergast MP, Minister for Health\n\n" + story, "Rachel Pendergast"},
		{"Media release\n\nNew emergency department\n\nIssued by: Wirrangatta Health District\n\n" + story, "Wirrangatta Health District"},
		{"New emergency department\n\nThe figures released by the ministry show a rise.\n\n" + story, ""},
	} {
		if got := pressrelease.Issuer(tt.text); got != tt.want {
			t.Errorf("Issuer(%q) = %q; want %q", tt.text[:40], got, tt.want)
		}
	}
}

func TestIsLabel(t *testing.T) {
	for line, want := range map[string]bool{
		"FOR IMMEDIATE RELEASE": true, "**For Immediate Release**": true, "Press Release": true, "MEDIA RELEASE – 4 December": true,
		"Press releases": false, "For release of the hostages, see below": false, "Corvane to build plant": false, "": false,
	} {
		if got := pressrelease.IsLabel(line); got != want {
			t.Errorf("IsLabel(%q) = %v; want %v", line, got, want)
		}
	}
}

// FuzzRecognise: any text, no panic, and a marker is a line of the text.
func FuzzRecognise(f *testing.F) {
	f.Add("FOR IMMEDIATE RELEASE\n\nHeadline\n\nText.\n")
	f.Add("Text.\n###\nMedia contact: x\n")
	f.Add("\n\n \t\r\n###")
	f.Fuzz(func(t *testing.T, text string) {
		r, ok := pressrelease.Recognise(text)
		if !ok {
			return
		}
		if r.Marker.Start < 0 || r.Marker.End > len(text) || r.Marker.Start >= r.Marker.End {
			t.Fatalf("marker %+v outside text of %d bytes", r.Marker, len(text))
		}
		if strings.Contains(text[r.Marker.Start:r.Marker.End], "\n") {
			t.Fatalf("marker %q spans lines", text[r.Marker.Start:r.Marker.End])
		}
	})
}

// TestNotes: a release's notes begin at its end mark, or, with none, at
// its first editors' line near the end; a text that is no release has
// none.
func TestNotes(t *testing.T) {
	const story = "The council approved the plan on Tuesday, and work will start in the spring.\n\n" +
		"\"We have waited a long time for this,\" said the leader of the council.\n\n"
	const notes = "About Harwick Borough Council\n\nThe council serves 90,000 people.\n"
	for _, tt := range []struct {
		name, text, want string // want: the text from the notes' start; "" for none
	}{
		{"end mark", "FOR IMMEDIATE RELEASE\n\n" + story + "Ends\n\nNotes to editors\n\n" + notes, "Ends\n\nNotes to editors\n\n" + notes},
		{"no end mark, an About heading", "PRESS RELEASE\n\n" + story + notes, notes},
		{"a news story", story + "The council serves 90,000 people.\n", ""},
		{"a release with nothing after its story", "PRESS RELEASE\n\n" + story, ""},
	} {
		start, ok := pressrelease.Notes(tt.text)
		got := ""
		if ok {
			got = tt.text[start:]
		}
		if got != tt.want {
			t.Errorf("%s: Notes from %q; want %q", tt.name, got, tt.want)
		}
	}
}

func TestOTSForm(t *testing.T) {
	const story = "Hochwasserschutz fertiggestellt\n\nUtl.: Landesrat: 18,6 Millionen Euro schützen 1.300 Menschen =\n\n" +
		"Linz (OTS) - Der Hochwasserschutz ist fertiggestellt, sagte der Landesrat am Dienstag.\n\nDie Gesamtkosten belaufen sich auf 18,6 Millionen Euro.\n\n"
	const contact = "Rückfragehinweis:\n   Büro Landesrat\n   Mag. Katharina Ebner\n   Pressesprecherin\n   Tel.: +43 732 7720-19981\n" +
		"   Mobil: +43 664 600 72 19981\n   E-Mail: ebner@ooe.example\n   www.land-oberoesterreich.gv.at\n\n"
	const footer = "Digitale Pressemappe: http://www.ots.at/pressemappe/4417/aom\n\n" +
		"*** OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS - WWW.OTS.AT ***\n\n" +
		"OTS0123    2026-01-20/11:32\n"
	const header = "OTS0123 5 II 0612 LOO0001 CI Di, 20.Jän 2026\n\nUmwelt/Hochwasser/Wasserwirtschaft/Oberösterreich\n\n"
	tests := []struct {
		name, text string
		want       bool
	}{
		{"the whole form", header + story + contact + footer, true},
		{"the footer only", "Hochwasserschutz fertiggestellt\n\nDer Damm ist fertig, sagte der Landesrat.\n\n" + contact + footer, true},
		{"the dateline only", story, true},
		{"a story naming OTS", "Die Meldung kam über OTS, sagte die Sprecherin.\n\nDer Damm ist fertig.\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := pressrelease.Recognise(tt.text); ok != tt.want {
				t.Fatalf("Recognise = %v; want %v", ok, tt.want)
			}
		})
	}
	text := header + story + contact + footer
	if start, ok := pressrelease.Notes(text); !ok || !strings.HasPrefix(text[start:], "Rückfragehinweis:") {
		t.Errorf("Notes = %d, %v; want the contact block's start", start, ok)
	}
	for _, tt := range []struct {
		line      string
		furniture bool
		keywords  bool
	}{
		{"OTS0123 5 II 0612 LOO0001 CI Di, 20.Jän 2026", true, false},
		{"*** OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS - WWW.OTS.AT ***", true, false},
		{"OTS0087    2026-01-15/10:14", true, false},
		{"Umwelt/Hochwasser/Wasserwirtschaft/Oberösterreich", false, true},
		{"Wirtschaft und Finanzen/Energie/Land OÖ", false, true},
		{"OTS0123 wurde am Dienstag verschickt.", false, false},
		{"Die Kosten teilen sich Bund/Land/Gemeinde, sagte er.", false, false},
		{"http://www.ots.at/pressemappe/4417/aom", false, false},
		{"Bund/Land", false, false},
	} {
		if got := pressrelease.Furniture(tt.line); got != tt.furniture {
			t.Errorf("Furniture(%q) = %v; want %v", tt.line, got, tt.furniture)
		}
		if got := pressrelease.Keywords(tt.line); got != tt.keywords {
			t.Errorf("Keywords(%q) = %v; want %v", tt.line, got, tt.keywords)
		}
	}
}

func TestSectionPage(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://www.valmoret-groupe.example/fr/medias/communiques/valmoret-projet-fermeture", true},
		{"https://www.carers.example/news/press-releases/state-of-caring-poll-2025/", true},
		{"https://www.landkreis.example/aktuelles/pressemitteilungen/gefluegelpest?id=3", true},
		{"https://zoo.example/pro-media/tiskove-zpravy/dvojcata", true},
		{"https://www.bluestemhealth.example/newsroom/cottonwood-labor-delivery-transition", true},
		// The page's own slug says nothing of its section.
		{"https://udvaldelosa.example/noticias/comunicado-oficial-alvaro-menendez", false},
		{"https://news.example/press-releases", false},
		{"https://news.example/local/2025/10/14/valmoret-ferme-son-site", false},
		{"not a url/press-releases/x", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := pressrelease.SectionPage(tt.url); got != tt.want {
			t.Errorf("SectionPage(%q) = %v; want %v", tt.url, got, tt.want)
		}
	}
}
