package engine

import (
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/judge"
)

func TestOwnNamed(t *testing.T) {
	d, err := detect.New(detect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	wk, err := d.NewWorker()
	if err != nil {
		t.Fatal(err)
	}
	// Two stories of one station: a market fire and a football
	// tournament, each signed off with the station's name and sharing
	// the city and the currency.
	fire := "Wan bigi faya bron 23 kraam na a Mariapasi wowoyo na Paramaribo-Noord.\n\nA lasi de SRD 1,4 milyun, Rodney Sabajo taki.\n\nRadio Pasi o tan waka nanga a nyunsu disi.\n\nSharon Ritfeld, Radio Pasi 96.3 FM"
	football := "Wan grupu yonkuman fu Sabanabirti na Paramaribo-Zuid seti wan futubal-strei.\n\nA grupu di wini o kisi SRD 5.000, Marvin Kanhai taki.\n\nRadio Pasi o meri den bakapisi fu a strei.\n\nJurgen Vroom, Radio Pasi 96.3 FM"
	// The same two texts shared with a weather service: its name is what
	// the story is about.
	sameStory := func() *detect.Pair {
		return &detect.Pair{Relation: judge.SameStory, Evidence: judge.Evidence{
			Named: true, Similarity: 0.38, SharedTerms: 12, SharedFacts: 6}}
	}
	tests := []struct {
		name         string
		p            *detect.Pair
		siteA, siteB string
		want         bool
	}{
		{"two stories of one station", sameStory(), "Radio Pasi 96.3 FM", "Radio Pasi 96.3 FM", true},
		{"a copy of one beside the other", sameStory(), "Wakanyunsu", "Radio Pasi 96.3 FM", true},
		{"no publisher known", sameStory(), "", "", false},
		{"a publisher that is no outlet", sameStory(), "Paramaribo Weather Service", "Suriname Football Association", false},
		{"a pair with a passage", func() *detect.Pair { p := sameStory(); p.Evidence.Passages = 1; return p }(), "Radio Pasi 96.3 FM", "Radio Pasi 96.3 FM", false},
		{"a rewrite", func() *detect.Pair { p := sameStory(); p.Relation = judge.Rewrite; return p }(), "Radio Pasi 96.3 FM", "Radio Pasi 96.3 FM", false},
	}
	for _, tt := range tests {
		if got := ownNamed(wk, tt.p, fire, football, tt.siteA, tt.siteB); got != tt.want {
			t.Errorf("%s: ownNamed = %v; want %v", tt.name, got, tt.want)
		}
	}
}

func TestHousePage(t *testing.T) {
	sameStory := func() *detect.Pair {
		return &detect.Pair{Relation: judge.SameStory, Evidence: judge.Evidence{
			Named: true, Similarity: 0.3, SharedTerms: 40, SharedFacts: 6, Passages: 1}}
	}
	const ons = "Office for National Statistics"
	tests := []struct {
		name           string
		p              *detect.Pair
		titleA, titleB string
		siteA, siteB   string
		want           bool
	}{
		{"two bulletins of one month", sameStory(), "Consumer price inflation, UK: February 2026", "Retail sales, Great Britain: February 2026", ons, ons, true},
		{"two press summaries of one court", sameStory(), "R (on the application of Holloway) v Kestrel County Council – Press summary", "Pellow v Elsmouth Harbour Commissioners – Press summary", "Judiciary Online", "judiciary online", true},
		{"two earnings calls of one quarter", sameStory(), "Sablewood Semiconductor (SBWD) Q4 2025 Earnings Call Transcript", "Pellston Bancorp (PLBK) Q4 2025 Earnings Call Transcript", "EarningsDesk", "EarningsDesk", true},
		{"one company's two quarters", sameStory(), "Sablewood Semiconductor (SBWD) Q4 2025 Earnings Call Transcript", "Sablewood Semiconductor (SBWD) Q3 2025 Earnings Call Transcript", "EarningsDesk", "EarningsDesk", false},
		{"one outlet's two reports of one fire", sameStory(), "Fire at Mill Road warehouse: three dead", "Mill Road fire victims named by police", "Ludmoor Evening Star", "Ludmoor Evening Star", false},
		{"one figure in both headlines", sameStory(), "Inflation falls to 3.1%", "What 3.1% inflation means for savers", ons, ons, false},
		{"two publishers", sameStory(), "Consumer price inflation, UK: February 2026", "Retail sales, Great Britain: February 2026", ons, "Reuters", false},
		{"no publisher known", sameStory(), "Consumer price inflation, UK: February 2026", "Retail sales, Great Britain: February 2026", "", "", false},
		{"a headline unknown", sameStory(), "Consumer price inflation, UK: February 2026", "", ons, ons, false},
		{"one headline twice", sameStory(), "Page", "Page", "news.example", "news.example", false},
		{"headlines in a script without capitals", sameStory(), "لاہور میں 2 افراد زخمی", "کراچی میں 5 افراد جاں بحق", "APP", "APP", false},
		{"two releases of one province, in Korean", sameStory(), "가람도, 내년 청년 4,500명에 월세 최대 20만원 지원", "가람도, 전통시장 12곳에 화재알림시설 설치 완료", "가람도청", "가람도청", true},
		{"one province's two reports of one subsidy, in Korean", sameStory(), "가람도, 청년 월세 지원 접수 시작", "가람도 청년들이 받는 월세 지원금", "가람도청", "가람도청", false},
		{"a figure in both Korean headlines", sameStory(), "가람도, 화재 4,500건", "남포시 예산 4,500억", "가람도청", "가람도청", false},
		{"two releases of one city, dates in both Korean headlines", sameStory(), "청림시, 12월부터 심야 수요응답형 '똑버스' 시범 운행", "청림시, 2026년 노인일자리 2,840명 모집…12월 8일부터 접수", "청림시청", "청림시청", true},
		{"two releases of one police, one label, in Japanese", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim = judge.Rewrite, 0.14, 0.25
			return p
		}(), "警察官等をかたる特殊詐欺事件の被疑者の逮捕について", "ひき逃げ事件の被疑者の逮捕について", "青葉県警察", "青葉県警察", true},
		{"one police's two releases of one fraud, in Japanese", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim = judge.Rewrite, 0.14, 0.25
			return p
		}(), "警察官等をかたる特殊詐欺事件の被疑者の逮捕について", "特殊詐欺事件の被疑者の再逮捕について", "青葉県警察", "青葉県警察", false},
		{"two notices of one account, in Chinese", sameStory(), "注意绕行！溆水西堤路4月8日起封闭施工", "澜西区春季招聘会本周六举行", "澜西发布", "澜西发布", true},
		{"one account's two notices of one closure, in Chinese", sameStory(), "注意绕行！溆水西堤路4月8日起封闭施工", "溆水西堤路封闭期间公交线路调整", "澜西发布", "澜西发布", false},
		// Two of a podcast's transcript pages: the show's standing lines
		// word for word, a twentieth of each.
		{"two transcript pages of one show", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim, p.Evidence.A.Rewrite = judge.PartialCopy, 0.05, 0.07, 0.44
			return p
		}(), "Can a hard cap on nurse workloads pay for itself?", "Why is the ambulance taking so long? Rural EMS at a breaking point", "Tri-River Public Radio", "Tri-River Public Radio", true},
		{"one publisher's page copying a fifth of another", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim = judge.PartialCopy, 0.2, 0.25
			return p
		}(), "Can a hard cap on nurse workloads pay for itself?", "Why is the ambulance taking so long? Rural EMS at a breaking point", "Tri-River Public Radio", "Tri-River Public Radio", false},
		{"reworded passages alone", func() *detect.Pair { p := sameStory(); p.Relation = judge.Rewrite; return p }(), "Consumer price inflation, UK: February 2026", "Retail sales, Great Britain: February 2026", ons, ons, true},
		{"a verbatim passage", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim = judge.PartialCopy, 0.3, 0.4
			return p
		}(), "Consumer price inflation, UK: February 2026", "Retail sales, Great Britain: February 2026", ons, ons, false},
		{"a rewrite with a verbatim passage", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim = judge.Rewrite, 0.1
			return p
		}(), "Consumer price inflation, UK: February 2026", "Retail sales, Great Britain: February 2026", ons, ons, false},
		// A series' label ("Draft Minutes") in both headlines: its pages
		// repeat the series' formulas word for word.
		{"two minutes of one council, formulas word for word", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim = judge.Rewrite, 0.14, 0.18
			return p
		}(), "Full Council – Draft Minutes – 9 June 2025", "Planning Committee – Draft Minutes – 2 June 2025", "Haddleton Town Council", "Haddleton Town Council", true},
		// Two days of a dated series: the template word for word, a
		// fifth of each page.
		{"two days of one police log", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim = judge.PartialCopy, 0.18, 0.2
			return p
		}(), "Daily Activity Log — Tuesday, Nov. 18, 2025", "Daily Activity Log — Wednesday, Nov. 19, 2025", "City of Larkdale", "City of Larkdale", true},
		{"two days of one log, half of one copied", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim = judge.PartialCopy, 0.5, 0.55
			return p
		}(), "Daily Activity Log — Tuesday, Nov. 18, 2025", "Daily Activity Log — Wednesday, Nov. 19, 2025", "City of Larkdale", "City of Larkdale", false},
		{"one log page twice", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim = judge.PartialCopy, 0.18, 0.2
			return p
		}(), "Daily Activity Log — Tuesday, Nov. 18, 2025", "Daily Activity Log — Tuesday, Nov. 18, 2025", "City of Larkdale", "City of Larkdale", false},
		// The publisher's acronym in both headlines names who printed
		// them, not a shared subject.
		{"two communiqués naming their office by its acronym", func() *detect.Pair { p := sameStory(); p.Relation = judge.Rewrite; return p }(),
			"Detiene FGE a presunto responsable de fraude contra pensionados en Villa de Huiztla",
			"Obtiene FGE vinculación a proceso contra dos imputados por abigeato en Santa Clara del Monte",
			"Fiscalía General del Estado de Sierra Alta", "Fiscalía General del Estado de Sierra Alta", true},
		{"one office's two communiqués on one arrest", func() *detect.Pair { p := sameStory(); p.Relation = judge.Rewrite; return p }(),
			"Detiene FGE a presunto responsable de fraude en Villa de Huiztla",
			"FGE vincula a proceso a Rodrigo N por fraude en Villa de Huiztla",
			"Fiscalía General del Estado de Sierra Alta", "Fiscalía General del Estado de Sierra Alta", false},
		{"one label, one subject", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim = judge.Rewrite, 0.1
			return p
		}(), "Kelso flood: latest", "Kelso flood: what we know", "Border Telegraph", "Border Telegraph", false},
	}
	for _, tt := range tests {
		if got := housePage(tt.p, tt.titleA, tt.titleB, tt.siteA, tt.siteB); got != tt.want {
			t.Errorf("%s: housePage = %v; want %v", tt.name, got, tt.want)
		}
	}
}

func TestAccountPosts(t *testing.T) {
	sameStory := func() *detect.Pair {
		return &detect.Pair{Relation: judge.SameStory, Evidence: judge.Evidence{Named: true, Similarity: 0.3, SharedTerms: 10, SharedFacts: 5}}
	}
	post := func(headline, body string) string {
		return "Mairie de Varenne-lès-Brions\n14 octobre 2025, 07:42 · 🌍\n\n" + headline + "\n\n" + body
	}
	water := post("⚠️💧 COUPURE D'EAU POTABLE SUR TOUTE LA COMMUNE 💧⚠️",
		"Une canalisation principale d'eau potable a cédé cette nuit sous la rue des Tilleuls. Le maire, Jean-Marc Delorme, s'est rendu sur le chantier.")
	meal := post("🍂🍽️ REPAS DES AÎNÉS 2025 : LES INSCRIPTIONS SONT OUVERTES 🍽️🍂",
		"Le traditionnel repas offert par la commune aura lieu le dimanche 23 novembre à la salle des fêtes de la commune.")
	back := post("💧 RETOUR DE L'EAU POTABLE DANS TOUTE LA COMMUNE 💧",
		"L'eau est revenue ce soir dans les foyers de la commune. La canalisation de la rue des Tilleuls a été remplacée.")
	plain := post("Coupure d'eau sur toute la commune", "Une canalisation a cédé cette nuit sous la rue des Tilleuls.")
	mairie := reprint.Meta{Platform: "Facebook", Accounts: []string{"Mairie de Varenne-lès-Brions"}}
	other := reprint.Meta{Platform: "Facebook", Accounts: []string{"Mairie de Brions"}}
	site := reprint.Meta{Site: "L'Écho du Val-Brion", Platform: "Facebook", Accounts: []string{"Mairie de Varenne-lès-Brions"}}
	tests := []struct {
		name         string
		p            *detect.Pair
		textA, textB string
		ma, mb       reprint.Meta
		want         bool
	}{
		{"two posts of one account on two subjects", sameStory(), water, meal, mairie, mairie, true},
		// The cut, then the water back: one story, its words in both
		// headlines.
		{"two posts of one account on one story", sameStory(), water, back, mairie, mairie, false},
		{"two accounts", sameStory(), water, meal, mairie, other, false},
		{"a page with a site", sameStory(), water, meal, site, mairie, false},
		{"a post with no headline in capitals", sameStory(), plain, meal, mairie, mairie, false},
		{"a sign-off word for word", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim = judge.PartialCopy, 0.05, 0.07
			return p
		}(), water, meal, mairie, mairie, true},
		{"a third of a post word for word", func() *detect.Pair {
			p := sameStory()
			p.Relation, p.Evidence.A.Verbatim, p.Evidence.B.Verbatim = judge.PartialCopy, 0.3, 0.35
			return p
		}(), water, meal, mairie, mairie, false},
	}
	for _, tt := range tests {
		if got := accountPosts(tt.p, tt.textA, tt.textB, tt.ma, tt.mb); got != tt.want {
			t.Errorf("%s: accountPosts = %v; want %v", tt.name, got, tt.want)
		}
	}
}

func TestPostHeadline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"prefeituralagoaserena\n💉 VACINA DA GRIPE LIBERADA PARA TODAS AS IDADES! 💉\n\nA Prefeitura ampliou a campanha.", "VACINA DA GRIPE LIBERADA PARA TODAS AS IDADES"},
		{"SAPS\nNB\nPOLICE RESCUE NINE KIDNAPPED TRAVELLERS\nThe Command has rescued nine travellers.", "POLICE RESCUE NINE KIDNAPPED TRAVELLERS"},
		{"Mairie de Varenne\nUne canalisation a cédé cette nuit.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		sp, ok := postHeadline(tt.text)
		got := ""
		if ok {
			got = tt.text[sp.Start:sp.End]
		}
		if got != tt.want {
			t.Errorf("postHeadline(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestSharedProviderHouse(t *testing.T) {
	platform := func(title, provider string) reprint.Meta {
		return reprint.Meta{Title: title, Site: "Pressnytt", Provider: provider}
	}
	closure := platform("Mellanbygd Mejeri stänger mejeriet i Tallmo hösten 2026", "Mellanbygd Mejeri")
	launch := platform("Mellanbygd Mejeri lanserar ekologisk mjölk från 38 gårdar", "Mellanbygd Mejeri")
	other := platform("Mellanbygd Mejeri lanserar ekologisk mjölk från 38 gårdar", "Norrdal Foods")
	tests := []struct {
		name string
		a, b reprint.Meta
		want bool
	}{
		// The company's name opens both headlines, as a site's own
		// name would: no shared subject.
		{"one company's releases on a platform", closure, launch, true},
		{"two companies' releases", closure, other, false},
	}
	for _, tt := range tests {
		if got := houseOf(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: houseOf = %v; want %v", tt.name, got, tt.want)
		}
	}
}

func TestTemplateFrame(t *testing.T) {
	pair := func(rel judge.Relation, share float64, spans ...[2]reprint.Span) *detect.Pair {
		p := &detect.Pair{Relation: rel, Evidence: judge.Evidence{A: judge.Side{Verbatim: share}, B: judge.Side{Verbatim: share}}}
		for _, sp := range spans {
			p.Passages = append(p.Passages, reprint.Passage{Kind: reprint.Verbatim, A: sp[0], B: sp[1]})
		}
		return p
	}
	span := func(a, b int) reprint.Span { return reprint.Span{Start: a, End: b} }
	tests := []struct {
		name string
		p    *detect.Pair
		want bool
	}{
		{"a header line and the closing contact block", pair(judge.PartialCopy, 0.15,
			[2]reprint.Span{span(40, 90), span(50, 100)}, [2]reprint.Span{span(3600, 4000), span(2200, 2500)}), true},
		{"a spokesman's sign-off before the replies", pair(judge.Rewrite, 0.1,
			[2]reprint.Span{span(2800, 3000), span(1700, 1900)}), true},
		{"a body paragraph word for word", pair(judge.PartialCopy, 0.15,
			[2]reprint.Span{span(1500, 2000), span(900, 1300)}, [2]reprint.Span{span(3600, 4000), span(2200, 2500)}), false},
		{"a closing block too large for a frame", pair(judge.PartialCopy, 0.45,
			[2]reprint.Span{span(2800, 4000), span(1700, 2500)}), false},
		{"no verbatim passage", pair(judge.Rewrite, 0), false},
		{"a copy", pair(judge.Copy, 0.2, [2]reprint.Span{span(3600, 4000), span(2200, 2500)}), false},
	}
	for _, tt := range tests {
		if got := templateFrame(tt.p, 4000, 2500); got != tt.want {
			t.Errorf("%s: templateFrame = %v; want %v", tt.name, got, tt.want)
		}
	}
}
