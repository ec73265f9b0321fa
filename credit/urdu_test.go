package credit_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
)

// TestCheckUrdu checks the credit of Urdu datelines (see Urdu datelines in
// urdu.go): an agency named by its initials spelt in Urdu or by its Urdu
// name credits that agency; the paper's own desk or staff, another
// agency, a time word or a name inside a sentence do not credit the
// source. The stories are written for the test in the form of Urdu
// newspapers' copy.
func TestCheckUrdu(t *testing.T) {
	app := &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "APP"}}
	appLong := &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Associated Press of Pakistan"}}
	inn := &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "INN"}}
	sana := &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "SANA"}}
	ap := &reprint.Article{ID: "src", Meta: reprint.Meta{URL: "https://apnews.com/article/x"}}
	unknown := &reprint.Article{ID: "src", Text: "بنگلہ دیش نے سیریز جیت لی۔"}
	const headline = "بنگلہ دیش نے زمبابوے کو وائٹ واش کر دیا\n\n"
	const story = " بنگلہ دیش نے زمبابوے کو پانچویں ون ڈے میں بھی شکست دے دی۔"

	tests := []struct {
		name     string
		text     string
		source   *reprint.Article
		status   credit.Status
		credName string
		evidence string   // text at Result.Evidence
		reason   []string // substrings of Result.Reason
	}{
		// An agency's initials in Urdu letter names.
		{"APP dateline with place and date", headline + "ڈھاکہ ۔ یکم دسمبر (اے پی پی)" + story,
			app, credit.Credited, "اے پی پی", "(اے پی پی)", []string{"APP"}},
		{"APP against its full name", headline + "لاہور (اے پی پی)" + story,
			appLong, credit.Credited, "اے پی پی", "(اے پی پی)", nil},
		{"place written against the parenthesis", headline + "میر پور(اے پی پی)" + story,
			app, credit.Credited, "اے پی پی", "(اے پی پی)", nil},
		{"Arabic yeh and a diacritic", headline + "لاہور (اے پي پيْ)" + story,
			app, credit.Credited, "اے پي پيْ", "(اے پي پيْ)", nil},
		{"own report and the agency", headline + "اسلام آباد (نوائے وقت رپورٹ+ اے پی پی)" + story,
			app, credit.Credited, "اے پی پی", "(نوائے وقت رپورٹ+ اے پی پی)", nil},
		{"monitoring desk and the agency", headline + "لاہور (مانیٹرنگ ڈیسک ، اے پی پی)" + story,
			app, credit.Credited, "اے پی پی", "(مانیٹرنگ ڈیسک ، اے پی پی)", nil},
		// An agency's Urdu name.
		{"Online is INN", headline + "اسلام آباد (آن لائن)" + story,
			inn, credit.Credited, "آن لائن", "(آن لائن)", nil},
		{"Online beside another agency", headline + "کوئٹہ/اسلام آباد (آئی این پی+ آن لائن)" + story,
			inn, credit.Credited, "آن لائن", "(آئی این پی+ آن لائن)", nil},
		{"SANA", headline + "اسلام آباد (ثناء نیوز)" + story,
			sana, credit.Credited, "ثناء نیوز", "(ثناء نیوز)", nil},
		// Not the source: the paper's own desk, its staff, another agency.
		{"own news service", headline + "میر پور(وقت نیوز)" + story,
			app, credit.NotCredited, "وقت نیوز", "(وقت نیوز)", []string{"وقت نیوز", "APP"}},
		{"sports desk", headline + "کراچی (اسپورٹس ڈیسک)" + story,
			app, credit.NotCredited, "", "", []string{"no credit", "APP"}},
		{"correspondent", headline + "فیصل آباد (نامہ نگار خصوصی)" + story,
			app, credit.NotCredited, "", "", nil},
		{"staff reporter and own report", headline + "لاہور (سٹاف رپورٹر+ نوائے وقت رپورٹ)" + story,
			app, credit.NotCredited, "نوائے وقت", "(سٹاف رپورٹر+ نوائے وقت رپورٹ)", nil},
		{"another agency", headline + "اسلام آباد (آئی این پی)" + story,
			app, credit.NotCredited, "آئی این پی", "(آئی این پی)", []string{"آئی این پی", "APP"}},
		{"AFP with the sports desk", headline + "سڈنی (اے ایف پی/اسپورٹس ڈیسک)" + story,
			app, credit.NotCredited, "اے ایف پی", "(اے ایف پی/اسپورٹس ڈیسک)", nil},
		{"APP is not AP", headline + "لاہور (اے پی پی)" + story,
			ap, credit.NotCredited, "اے پی پی", "(اے پی پی)", nil},
		// Publisher unknown: only a dateline credits.
		{"dateline, publisher unknown", headline + "ڈھاکہ ۔ یکم دسمبر (اے پی پی)" + story,
			unknown, credit.Credited, "اے پی پی", "(اے پی پی)", []string{`wire dateline "ڈھاکہ ۔ یکم دسمبر (اے پی پی)"`}},
		{"time word in a sentence, publisher unknown", headline + "بنوں ۔ وزیراعظم نواز شریف (آج) جمعرات کو بنوں جائیں گے۔",
			unknown, credit.NotCredited, "", "", nil},
		{"weekday in a sentence, source APP", headline + "لاہور ۔ اجلاس (بروز جمعرات) ہو گا اور بجٹ پیش کیا جائے گا۔",
			app, credit.NotCredited, "", "", nil},
		{"name before a postposition, publisher unknown", headline + "لاہور ۔ مسلم لیگ (ن) کی حکومت نے بجٹ پیش کر دیا۔",
			unknown, credit.NotCredited, "", "", nil},
		{"parenthesis after a sentence's words, publisher unknown", headline + "بنگلہ دیش کی ٹیم نے آج زمبابوے کو ہرا دیا (اے پی پی) اور سیریز جیت لی۔",
			unknown, credit.NotCredited, "", "", nil},
		{"inside a sentence, publisher known", headline + "بنگلہ دیش نے سیریز جیت لی، سرکاری خبر رساں ادارے (اے پی پی) کے مطابق۔",
			app, credit.Credited, "اے پی پی", "(اے پی پی)", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := credit.Check(article("d", tt.text), tt.source)
			if r.Status != tt.status || r.Name != tt.credName {
				t.Fatalf("Check(%q) = %+v; want %v name %q", tt.text, r, tt.status, tt.credName)
			}
			if tt.credName != "" && r.Form != credit.FormParenthetical {
				t.Errorf("Check(%q).Form = %q; want %q", tt.text, r.Form, credit.FormParenthetical)
			}
			got, err := r.Evidence.In(tt.text)
			if err != nil || got != tt.evidence {
				t.Errorf("Check(%q).Evidence = %q, %v; want %q", tt.text, got, err, tt.evidence)
			}
			for _, s := range tt.reason {
				if !strings.Contains(r.Reason, s) {
					t.Errorf("Check(%q).Reason = %q; want it to contain %q", tt.text, r.Reason, s)
				}
			}
		})
	}
}

func TestSameNameUrdu(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"اے پی پی", "APP", true},
		{"اے پی پی", "Associated Press of Pakistan", true},
		{"اے پی پی", "app", true},
		{"APP", "Associated Press of Pakistan", true},
		{"ایسوسی ایٹڈ پریس آف پاکستان", "APP", true},
		{"بی بی سی", "BBC News", true},
		{"اے ایف پی", "Agence France-Presse", true},
		{"این این آئی", "NNI", true},
		{"آن لائن", "INN", true},
		{"آن لائن", "Online International News Network", true},
		{"ثناء نیوز", "SANA", true},
		{"ثنا نیوز", "ثناء نیوز", true},
		{"رائٹرز", "Thomson Reuters", true},
		{"وقت نیوز", "وقت نیوز", true},
		{"وقت  نیوز", "وقت نیوز", true},
		// Arabic, Chinese, Japanese and Korean agencies by their own names.
		{"وام", "وكالة أنباء الإمارات", true},
		{"وام", "WAM", true},
		{"共同", "共同通信", true},
		{"共同", "Kyodo News", true},
		{"연합", "연합뉴스", true},
		{"共同", "時事通信", false},

		{"اے پی پی", "AP", false},
		{"AP", "Associated Press of Pakistan", false},
		{"The Associated Press", "Associated Press of Pakistan", false},
		{"اے پی پی", "آئی این پی", false},
		{"وقت نیوز", "APP", false},
		{"وقت نیوز", "دنیا نیوز", false},
		{"آئی", "I", false}, // one letter name is a word ("came"), not an acronym
	}
	for _, tt := range tests {
		if got := credit.SameName(tt.a, tt.b); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
		if got := credit.SameName(tt.b, tt.a); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v; want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestLinesUrdu(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"dateline", "سرخی\n\nڈھاکہ ۔ یکم دسمبر (اے پی پی) بنگلہ دیش نے میچ جیت لیا۔", []string{"ڈھاکہ ۔ یکم دسمبر (اے پی پی)"}},
		{"several credits, one line", "لاہور (آئی این پی+ آن لائن) اجلاس ہوا۔", []string{"لاہور (آئی این پی+ آن لائن)"}},
		{"own desk is no credit line", "کراچی (اسپورٹس ڈیسک) میچ ہوا۔", nil},
		{"inside a sentence", "لاہور ۔ مسلم لیگ (ن) کی حکومت نے بجٹ پیش کیا۔", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range credit.Lines(article("a", tt.text)) {
				got = append(got, tt.text[sp.Start:sp.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Lines(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}
