package clean

import (
	"testing"
)

// TestNewsletterBox: a newsletter box, its heading over its blurb, goes
// by the e-mail and newsletter vocabulary of the page's language, also
// after a link list (boxHeadings); the same words in a story's sentence
// stay.
func TestNewsletterBox(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Malagasy box after a latest-news list",
		body: plainStory + "Ny vaovao farany\nLalam-pirenena: nohamafisina ny fanaraha-maso ny kamiao\nLavanila: mitaky vidiny raikitra ireo mpamokatra\n\n" +
			"Taratasim-baovao\nMisoratra anarana mba handray isan’andro ny vaovao farany ao amin’ny mailakao.\nAdiresy mailaka Hisoratra anarana\n" +
			"Dokambarotra\n\nMomba anay | Mifandraisa aminay | Dokambarotra | Fepetra\n© 2025 Ny Tsiky. Zo rehetra voatokana.\n",
		gone: []string{"Taratasim-baovao", "Misoratra anarana mba handray isan’andro ny vaovao farany ao amin’ny mailakao."},
	}, {
		name: "Icelandic box at the end",
		body: plainStory + "Fréttabréf\nSkráðu þig á póstlistann og fáðu fréttir vikunnar sendar í pósthólfið.\n",
		gone: []string{"Fréttabréf", "Skráðu þig á póstlistann og fáðu fréttir vikunnar sendar í pósthólfið."},
	}, {
		name: "Hungarian box at the end",
		body: plainStory + "Hírlevél\nIratkozzon fel hírlevelünkre, és minden reggel elküldjük a nap legfontosabb híreit.\n",
		gone: []string{"Hírlevél", "Iratkozzon fel hírlevelünkre, és minden reggel elküldjük a nap legfontosabb híreit."},
	}, {
		name: "Estonian box at the end",
		body: plainStory + "Uudiskiri\nTelli meie uudiskiri ja saa päeva tähtsamad uudised igal hommikul e-postiga.\n",
		gone: []string{"Uudiskiri", "Telli meie uudiskiri ja saa päeva tähtsamad uudised igal hommikul e-postiga."},
	}, {
		name: "sign-ups reported between story lines",
		body: plainStory + "Olona maherin’ny 500 no efa nisoratra anarana tamin’ny fifidianana, hoy ny ben’ny tanàna.\n\n" +
			"Afaka misoratra anarana hatramin’ny 15 jona ny mpianatra, hoy ny minisitera.\n\n" +
			"Residents can sign up to receive flood alerts in their inbox, the council said.\n\n" + plainStory,
		kept: []string{"nisoratra anarana tamin’ny fifidianana", "Afaka misoratra anarana", "Residents can sign up"},
	}, {
		// A subhead with a newsletter's word stands over the story's
		// prose, which no box's body is.
		name: "a subhead over prose",
		body: plainStory + "Fréttabréf bæjarins\nBæjarstjórn gefur út fréttabréf einu sinni í mánuði og sendir það á öll heimili í bænum, sagði bæjarstjórinn.\n\n" + plainStory,
		kept: []string{"Fréttabréf bæjarins"},
	}})
}

// TestBoxNames: a newsletter box's name, a short title with no
// promotion's word, goes with the blurb under it when the page's chrome
// or its end closes the box (boxNames); a short line over a promo line
// set inside the story, or over the story's prose, stays.
func TestBoxNames(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "a newsletter's name at the end of an extracted page",
		body: plainStory + "The Morning Wire\n\nStart your day with the top stories, delivered to your inbox every weekday.\n",
		gone: []string{"The Morning Wire", "Start your day with the top stories, delivered to your inbox every weekday."},
		kept: []string{"Officials said the building"},
	}, {
		name: "a box's name over its blurb, the footer under it",
		body: plainStory + "First Thing\nSign up to get the day's news in your inbox every morning.\n\nPrivacy policy | Terms of use | Contact us | Advertise\n",
		gone: []string{"First Thing", "Sign up to get the day's news in your inbox every morning."},
	}, {
		name: "a subhead over a promo line inside the story",
		body: plainStory + "The budget vote\n\nSign up for our newsletter to get council news in your inbox.\n\n" +
			"The mayor said the vote would be held again in the spring, when the repairs have been costed by an engineer.\n",
		kept: []string{"The budget vote"},
	}, {
		name: "the story's last line over a promo line at the end",
		body: plainStory + "Officials said the library would close on 1 March.\n\nSign up for our newsletter to get council news in your inbox.\n",
		kept: []string{"Officials said the library would close on 1 March."},
	}})
}
