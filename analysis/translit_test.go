package analysis

import (
	"testing"
)

func TestTranslitOf(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Translit
	}{
		{"english", "The river burst its banks.", NoTranslit},
		{"russian", "Река вышла из берегов в четверг.", NoTranslit},
		{"ukrainian", "Річка вийшла з берегів, і її рівень зріс.", NoTranslit},
		{"bulgarian", "Реката излезе от коритото си.", NoTranslit},
		{"serbian", "Река је изашла из корита, рекао је градоначелник.", SerbianLatin},
		{"serbian capitals", "ЂУРЂЕВДАН У БЕОГРАДУ", SerbianLatin},
		{"macedonian", "Реката ќе се излее, изјави градоначалникот.", SerbianLatin},
		{"kazakh", "Қойтас өзенінің арнасынан асуы салдарынан 46 үй су астында қалды.", KazakhLatin},
		{"kazakh schwa and dotted i", "Сәрсенбаев деді", KazakhLatin},
		{"kazakh agency name", "ҚазАқпарат", KazakhLatin},
		{"uzbek", "Ўзбекистон ҳукумати қарор қабул қилди.", NoTranslit},
		{"tajik", "Ҳукумати Тоҷикистон қарор қабул кард.", NoTranslit},
		{"bashkir", "Башҡортостан ғәйәт матур.", NoTranslit},
		{"kyrgyz", "Бишкекте жаңы мектеп ачылды, деп билдирди өкмөт.", NoTranslit},
		{"serbian and kazakh letters", "ђак қала", NoTranslit},
	} {
		if got := TranslitOf(tc.text); got != tc.want {
			t.Errorf("%s: TranslitOf(%q) = %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestTranslitTokens: a text in one script and its copy in the other give
// the same token hashes, word for word, and the spans stay the text's own.
func TestTranslitTokens(t *testing.T) {
	for _, tc := range []struct {
		name, cyrillic, latin string
	}{
		{"serbian", "Ђорђе Јовановић је рекао да ће школа бити затворена због поплаве у Љигу и Шапцу.",
			"Đorđe Jovanović je rekao da će škola biti zatvorena zbog poplave u Ljigu i Šapcu."},
		{"serbian dž and nj", "Џеп и коњ, ЏЕП И КОЊ", "Džep i konj, DŽEP I KONJ"},
		{"macedonian", "Ѓорѓи ќе оди во Ѕвезда, рече тој", "Gjorgji kje odi vo Dzvezda, reče toj"},
		{"kazakh", "Түнгі сағат екіде өзен деңгейі бір сағаттың ішінде 80 сантиметрге көтерілді, – деді Сәрсенбаев.",
			"Túngi saǵat ekide ózen deńgeıi bir saǵattyń ishinde 80 santımetrge kóterildi, – dedi Sársenbaev."},
		{"kazakh place and agency", "ӨСКЕМЕН. ҚазАқпарат – Жаңабұлақ ауылында оятты", "ÓSKEMEN. QazAqparat – Jańabulaq aýylynda oıatty"},
	} {
		var tk Tokenizer
		c := tk.Tokenize(tc.cyrillic, nil)
		l := tk.Tokenize(tc.latin, nil)
		if len(c) != len(l) {
			t.Errorf("%s: %d tokens in Cyrillic, %d in Latin", tc.name, len(c), len(l))
			continue
		}
		for i := range c {
			cw, lw := tc.cyrillic[c[i].Span.Start:c[i].Span.End], tc.latin[l[i].Span.Start:l[i].Span.End]
			if c[i].Hash != l[i].Hash {
				t.Errorf("%s: token %d: %q (%q) and %q (%q) differ", tc.name, i, cw, tk.Fold(cw), lw, tk.Fold(lw))
			}
		}
	}
}

// TestTranslitUntouched: Russian, and Latin text of any language, keep the
// tokens they had before the fold (keys/15).
func TestTranslitUntouched(t *testing.T) {
	for _, text := range []string{
		"Река вышла из берегов, сообщил губернатор.",
		"Škola će biti zatvorena, rekao je Đorđe.",
		"Qoıtas aýdanynda sý tasqyny",
	} {
		var tk Tokenizer
		for _, tok := range tk.Tokenize(text, nil) {
			w := text[tok.Span.Start:tok.Span.End]
			var plain Tokenizer
			plain.Within("x") // pinned to no alphabet
			if want := plain.Tokenize(w, nil)[0].Hash; tok.Hash != want {
				t.Errorf("%q in %q: hash changed", w, text)
			}
		}
	}
}

// TestWithin: a tokenizer pinned to a Kazakh text folds a word with no
// Kazakh letter of its own as that text's, where an unpinned one reads
// the word alone.
func TestWithin(t *testing.T) {
	var pinned, free Tokenizer
	pinned.Within("Қойтас ауданы")
	if got, want := pinned.Fold("Абай"), "abaı"; got != want {
		t.Errorf("pinned Fold(Абай) = %q, want %q", got, want)
	}
	if got, want := free.Fold("Абай"), "абай"; got != want {
		t.Errorf("free Fold(Абай) = %q, want %q", got, want)
	}
	pinned.Within("")
	if got, want := pinned.Fold("Абай"), "абай"; got != want {
		t.Errorf("after Within(\"\"), Fold(Абай) = %q, want %q", got, want)
	}
}

func TestTransliterate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		m    Translit
		want string
	}{
		{"ҚазАқпарат", KazakhLatin, "QazAqparat"},
		{"Шығыс жаршысы", KazakhLatin, "Shyǵys jarshysy"},
		{"Љиг и Шабац", SerbianLatin, "Ljig i Šabac"},
		{"Танјуг", SerbianLatin, "Tanjug"},
		{"Танјуг", NoTranslit, "Танјуг"},
		{"Reuters", KazakhLatin, "Reuters"},
	} {
		if got := Transliterate(tc.in, tc.m); got != tc.want {
			t.Errorf("Transliterate(%q, %v) = %q, want %q", tc.in, tc.m, got, tc.want)
		}
	}
}
