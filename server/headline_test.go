package server

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestArticleHeadline checks that an archived article whose text opens
// with its headline has the headline's span in GET /api/articles/{id} and
// shown as a heading on its page, and that one whose text does not has
// neither.
func TestArticleHeadline(t *testing.T) {
	a := MustOpenSQLite(t)
	s := MustNew(t, a, Options{Token: "s3cret"})
	const story = "Glasgow's subway will run through the night on Fridays and Saturdays from June, in a trial that transport bosses hope will make the city centre safer after dark.\n\n" +
		"The 15-station circular line, which normally closes at 11.30pm, will run every 20 minutes between midnight and 6am on weekend nights for six months."
	tests := []struct {
		id, title, text string
		want            string // the headline's text; "" for none
	}{
		{"with-headline", "Glasgow subway to run all night | Clyde News", "Glasgow subway to run all night\n\n" + story, "Glasgow subway to run all night"},
		{"without", "Subway trial", story, ""},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"id": tt.id, "text": tt.text, "title": tt.title})
			if res, b := do(t, s, "POST", "/api/articles", "application/json", body, "Authorization", "Bearer s3cret"); res.StatusCode != 201 {
				t.Fatalf("POST /api/articles = %d\n%s", res.StatusCode, b)
			}
			res, b := do(t, s, "GET", "/api/articles/"+tt.id, "", nil)
			got := decode[articleJSONOut](t, b)
			if res.StatusCode != 200 {
				t.Fatalf("GET /api/articles/%s = %d", tt.id, res.StatusCode)
			}
			shown := ""
			if got.Headline != nil {
				shown = got.Text[got.Headline.Start:got.Headline.End]
			}
			if shown != tt.want {
				t.Errorf("GET /api/articles/%s headline %v = %q; want %q", tt.id, got.Headline, shown, tt.want)
			}
			_, page := do(t, s, "GET", "/articles/"+tt.id, "", nil)
			heading := `<span class="headline" title="headline">` + tt.want + `</span>`
			if has := strings.Contains(string(page), heading); has != (tt.want != "") {
				t.Errorf("GET /articles/%s shows the headline as a heading: %v; want %v", tt.id, has, tt.want != "")
			}
			if !strings.Contains(string(page), "the night on Fridays") {
				t.Errorf("GET /articles/%s lacks the text", tt.id)
			}
		})
	}
}
