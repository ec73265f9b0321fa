package clean

import (
	"slices"
	"testing"
)

// TestSectionKickers: the section's name alone under a breadcrumb trail
// that names it, in any case, goes as the trail does (sectionKickers);
// a short line under a trail that names no section of it (the
// headline), or that repeats the trail's last part (the page's own
// title), stays.
func TestSectionKickers(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Malagasy kicker in capitals",
		body: "Fandraisana » Faritra » Vaky ny tohodrano\nFARITRA\nVaky ny 14 metatra ny tohodranon’i Sahamarotra\n\n" + plainStory,
		gone: []string{"FARITRA"},
		kept: []string{"Vaky ny 14 metatra ny tohodranon’i Sahamarotra", "The council voted on Tuesday"},
	}, {
		name: "Kurmanji category under the trail",
		body: "Serûpel » Rojev » Bêlîsor bê rê û bê av ma\nRojev\nBêlîsor bê rê û bê av ma\n\n" + plainStory,
		gone: []string{"Rojev"},
		kept: []string{"Bêlîsor bê rê û bê av ma\n"},
	}, {
		name: "a short headline under a trail",
		body: "Home › News › Local\nLibrary closes\n\n" + plainStory,
		kept: []string{"Library closes"},
	}, {
		name: "the trail's last part repeated",
		body: "Home › News › Library closes\nLibrary closes\n\n" + plainStory,
		kept: []string{"Library closes"},
	}})
}

// TestTrailParts: a trail's parts between its separators.
func TestTrailParts(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"Fandraisana » Faritra » Vaky ny tohodrano", []string{"Fandraisana", "Faritra", "Vaky ny tohodrano"}},
		{"Home › News ›  Local  News", []string{"Home", "News", "Local News"}},
		{"Forside / Lokalt / Nordjylland", []string{"Forside", "Lokalt", "Nordjylland"}},
	}
	for _, tt := range tests {
		if got := trailParts(tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("trailParts(%q) = %q; want %q", tt.line, got, tt.want)
		}
	}
}

// TestDateBarCount: a date bar with the post's comment count after the
// date and the time is a date bar (countPart); dates and a count of
// something else are not.
func TestDateBarCount(t *testing.T) {
	for _, l := range []string{"Alarobia 14 Mey 2025 | 07:15 | Hevitra (0)", "14 October 2025 | 12 comments", "Hevitra (0)"} {
		if got, r := LineScore(l, "en"); got < DefaultHighThreshold || r != ReasonNavigation {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", l, got, r, DefaultHighThreshold, ReasonNavigation)
		}
	}
	for _, l := range []string{"14 October 2025 | 12 goals", "2019 | 2020 | 12 (3)"} {
		if isDateBar(l) {
			t.Errorf("isDateBar(%q) = true; want false", l)
		}
	}
}

// TestAuthorBoxes: a post's author box, the byline's name alone over the
// author's bio, between the share row and the post navigation, goes
// (authorBoxes); a reporter's sign-off under the story's last paragraph,
// a name the byline does not give, and a name over the story's prose
// stay.
func TestAuthorBoxes(t *testing.T) {
	const byline = "Library to close despite petition\nBy Jane Doe · 5 min read\n\n"
	const share = "Share this:\nFacebook\nX\nWhatsApp\n\n"
	const bio = "Jane Doe\nJane Doe covers the council and the courts for the Valley Ledger.\n\n"
	const nav = "Previous post: Bridge reopens after repairs\nLeave a Reply\n"
	runChromeCases(t, []chromeCase{{
		name: "an English author box under the share row",
		body: byline + plainStory + share + bio + nav,
		gone: []string{"Jane Doe", "Jane Doe covers the council and the courts for the Valley Ledger."},
		kept: []string{"Library to close despite petition", "The council voted on Tuesday"},
	}, {
		name: "a Kurmanji author box between the related list and the post navigation",
		body: "Bêlîsor bê rê û bê av ma\nNivîskar: Desteya Nûçeyan · 5 deqîqe xwendin\n\n" + plainStory +
			"İlgili\nJi bo kêmkirina fatûreya elektrîkê 10 rêbazên hêsan\nXewnên ku herî zêde tên dîtin\n\n" +
			"Desteya Nûçeyan\nDesteya Agahdar24 nûçeyên girîng bi awayekî hêsan û bilez digihîne we.\n\n" +
			"Önceki yazı Buhayê zêr îro: li bazarê çi diqewime?\nSonraki yazı Rêbera tevahî ya serlêdana pasaportê\n",
		gone: []string{"Desteya Nûçeyan", "Desteya Agahdar24 nûçeyên girîng bi awayekî hêsan û bilez digihîne we."},
	}, {
		name: "a sign-off under the story",
		body: byline + plainStory + "Jane Doe\nAdditional reporting by the Valley Ledger's newsdesk.\n\n" + share + nav,
		kept: []string{"Jane Doe\nAdditional reporting"},
	}, {
		name: "a name the byline does not give",
		body: byline + plainStory + share + "John Smith\nJohn Smith is the council's librarian and has run the branch since 2004.\n\n" + nav,
		kept: []string{"John Smith is the council's librarian"},
	}, {
		name: "the byline's name over the story's prose",
		body: byline + share + "Jane Doe\nJane Doe said the library would close in March.\n\n" + plainStory + nav,
		kept: []string{"Jane Doe said the library would close in March."},
	}})
}
