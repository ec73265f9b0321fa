package credit_test

import (
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
)

// TestCheckAccordingToLede checks "according to X" as credit: in the
// lede's first sentence and naming a news organisation it credits X, also
// when the source's publisher is unknown, and against a known publisher
// of another name it is a credit to someone else; naming a newsmaker, or
// further down the story, it attributes a claim and credits nobody.
func TestCheckAccordingToLede(t *testing.T) {
	unknown := &reprint.Article{ID: "src", Text: "The story as first told."}
	bbc := &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "BBC News"}}
	const headline = "Minister quits over rail contract\n\n"
	const more = "\n\nShe said she had acted properly throughout and would co-operate with any inquiry into the award."
	tests := []struct {
		name     string
		text     string // the derived article's Text; its headline is its first line when it starts with headline
		source   *reprint.Article
		status   credit.Status
		credName string
		reason   string // a substring of Result.Reason
	}{
		// A news organisation in the lede's first sentence: credit.
		{"BBC at the end of the lede", headline + "Rail minister Claire Denholm has quit after it emerged she had pushed officials to hurry through a contract, according to the BBC." + more,
			unknown, credit.Credited, "BBC", "news organisation BBC"},
		{"Reuters opening the lede", "According to Reuters, Norwegian carrier Nordvik Air has grounded 14 of its 52 aircraft after inspections uncovered cracks in engine fan blades." + more,
			unknown, credit.Credited, "Reuters", "lede"},
		{"the Associated Press", headline + "Three people were killed when a tornado struck a mobile home park in central Oklahoma overnight, according to the Associated Press, which cited the county sheriff." + more,
			unknown, credit.Credited, "Associated Press", "lede"},
		{"AP as acronym", headline + "A wildfire has forced the evacuation of 4,000 homes in the hills above Santa Barbara, according to AP, and more are expected." + more,
			unknown, credit.Credited, "AP", "lede"},
		{"a local paper by its masthead", headline + "Plans for a new bypass around Thirsk have been shelved after costs rose to £94m, according to the Yorkshire Post." + more,
			unknown, credit.Credited, "Yorkshire Post", "lede"},
		{"a day-word tabloid", headline + "The England captain will miss the opening match of the tournament with a hamstring injury, according to the Daily Star." + more,
			unknown, credit.Credited, "Daily Star", "lede"},
		{"a news agency", headline + "China has launched three astronauts to its space station for a six-month mission, according to Xinhua News Agency." + more,
			unknown, credit.Credited, "Xinhua News Agency", "lede"},
		{"after a standfirst label", "Key Takeaways\n\nThe flight ban covers 14 aircraft and some 120 flights this week, according to Reuters, and the airline expects more." + more,
			unknown, credit.Credited, "Reuters", "lede"},
		{"another outlet than the known publisher", headline + "Rail minister Claire Denholm has quit after it emerged she had pushed officials to hurry through a contract, according to Sky News." + more,
			bbc, credit.NotCredited, "Sky News", "credits Sky News, but the source's publisher is BBC"},
		{"the known publisher, as before", headline + "Rail minister Claire Denholm has quit over a contract for a company that employs her brother, according to the BBC." + more,
			bbc, credit.Credited, "BBC", "names the source's publisher"},

		// A newsmaker, or not the lede's main claim: no credit.
		{"the Kremlin", headline + "Russia is ready to discuss a ceasefire in Ukraine if its conditions are met, according to the Kremlin." + more,
			unknown, credit.NotCredited, "", "attributes a claim"},
		{"police", headline + "Two men have been arrested after a lorry crashed into the front of a shop in Leeds, according to police." + more,
			unknown, credit.NotCredited, "", "no credit line"},
		{"a government department", headline + "A government minister has resigned over her handling of an £85m rail signalling contract, according to Downing Street." + more,
			unknown, credit.NotCredited, "", "attributes a claim"},
		{"an agency that makes news", headline + "Global oil demand will peak before the end of the decade, according to the International Energy Agency, which cut its forecast." + more,
			unknown, credit.NotCredited, "", "attributes a claim"},
		{"a company named like a masthead", headline + "Card spending in restaurants fell by a tenth in the three months to June, according to American Express, the card issuer." + more,
			unknown, credit.NotCredited, "", "attributes a claim"},
		{"a pollster", headline + "The prime minister's approval rating fell to 31 per cent in the week after the budget, according to Morning Consult." + more,
			unknown, credit.NotCredited, "", "attributes a claim"},
		{"a place named in an outlet's name", headline + "Sanctions on Russian oil exports will be tightened from next month, according to Washington, which gave no details." + more,
			unknown, credit.NotCredited, "", "attributes a claim"},
		{"an outlet in the second sentence", headline + "Rail minister Claire Denholm has quit over a signalling contract. She had pushed officials to hurry it through, according to the BBC." + more,
			unknown, credit.NotCredited, "", "attributes a claim"},
		// A phrase that names a publication (a report, a website)
		// anywhere in the lede paragraph attributes its text.
		{"a website closing the lede paragraph", "Sjávarútvegsfyrirtækið Hafbrún ætlar að loka frystihúsi sínu í Ketilsvík um áramót. Starfsfólki var greint frá uppsögnunum á fundi í morgun, segir á vef RÚV." + more,
			unknown, credit.Credited, "RÚV", "lede"},
		{"a website further down the story", "Sjávarútvegsfyrirtækið Hafbrún ætlar að loka frystihúsi sínu í Ketilsvík um áramót og segja upp öllum starfsmönnum." +
			"\n\nStarfsfólki var greint frá uppsögnunum á fundi í morgun, segir á vef RÚV.",
			unknown, credit.NotCredited, "", "attributes a claim"},
		{"an outlet further down the story", headline + "Rail minister Claire Denholm has quit over a signalling contract won by a company that employs her brother." +
			"\n\nHer resignation letter was published in full by the Guardian on Tuesday, according to the Financial Times.",
			unknown, credit.NotCredited, "", "attributes a claim"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := article("d", tt.text)
			if strings.HasPrefix(tt.text, headline) {
				d.Meta.Title = strings.TrimSpace(headline)
				d.Headline = reprint.FindHeadline(d.Text, d.Meta.Title)
			}
			r := credit.Check(d, tt.source)
			if r.Status != tt.status || r.Name != tt.credName || !strings.Contains(r.Reason, tt.reason) {
				t.Errorf("Check(%q) = %v %q (%s); want %v %q with %q", tt.text, r.Status, r.Name, r.Reason, tt.status, tt.credName, tt.reason)
			}
			if r.Status == credit.Credited && r.Form == credit.FormAccordingTo {
				if got := tt.text[r.Evidence.Start:r.Evidence.End]; !strings.HasPrefix(strings.ToLower(got), "according to") && !strings.HasPrefix(got, "á vef") {
					t.Errorf("Check(%q) evidence = %q; want the phrase", tt.text, got)
				}
			}
		})
	}
}

// TestCheckInOutlets checks that a name with no outlet's form names a news
// organisation when it is the publisher of another article at hand, and
// only then — and that the lede then credits that article's page, not a
// source of unknown publisher (as a credit line naming it does).
func TestCheckInOutlets(t *testing.T) {
	unknown := &reprint.Article{ID: "src", Text: "The story as first told."}
	d := article("d", "Nordvik Air has grounded 14 of its 52 aircraft after inspections uncovered cracks in engine fan blades, according to Newsthirst.\n\nMore flights will go.")
	tests := []struct {
		name    string
		outlets []string
		status  credit.Status
	}{
		{"a publisher at hand", []string{"Reuters", "newsthirst"}, credit.NotCredited},
		{"written apart", []string{"News Thirst"}, credit.NotCredited},
		{"other publishers", []string{"Reuters", "Pennine Daily"}, credit.NotCredited},
		{"none", nil, credit.NotCredited},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := credit.CheckIn(d, unknown, tt.outlets); r.Status != tt.status {
				t.Errorf("CheckIn(%q, outlets %q) = %v (%s); want %v", d.Text, tt.outlets, r.Status, r.Reason, tt.status)
			}
			// The page at hand named: credited.
			if len(tt.outlets) > 0 && tt.status == credit.NotCredited && tt.name != "other publishers" {
				page := &reprint.Article{ID: "page", Text: "The story as first told.", Meta: reprint.Meta{Site: tt.outlets[len(tt.outlets)-1]}}
				if r := credit.CheckIn(d, page, tt.outlets); r.Status != credit.Credited {
					t.Errorf("CheckIn(%q, the page of %q) = %v (%s); want credited", d.Text, page.Meta.Site, r.Status, r.Reason)
				}
			}
		})
	}
}
