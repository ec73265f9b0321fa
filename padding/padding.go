// Package padding recognises a content farm's padding: the headings with
// which an AI-padded rewrite dresses the story it took — a table of
// contents, a box of key points, a FAQ, a conclusion — in the languages
// of the story sets.
//
// A farm's rewrite holds its source and more, the more being padding
// that restates the story: read by containment it lies around the source
// as a source's dropped paragraphs lie around a copy, and read by its
// facts its answers and summaries add names and nouns. News copy never
// carries that apparatus, and nobody writing from a padded page keeps
// it or adds it. So a text that has the apparatus, beside one that has
// not, is the padded one: package provenance reads it as the derived side
// (Signals.APadding), when the other has no padding heading at all.
//
// The algorithm is a line test: a heading is a line of at most
// MaxHeadingWords words that is, after case folding and without a
// trailing colon or question mark, one of the kinds' labels, or opens
// with one followed by a dash or a colon ("FAQ – Häufig gestellte
// Fragen"). A text is padded when at least MinKinds of the four kinds
// stand in it: one heading alone is an article's own ("Conclusion" over
// a court story's last part, "Contents" over a long feature's).
package padding

import (
	"strings"
	"unicode"
)

// Kind is a kind of padding heading.
type Kind uint8

const (
	Contents   Kind = 1 << iota // a table of contents
	KeyPoints                   // a box of key points, a summary up front
	FAQ                         // questions and answers
	Conclusion                  // a closing summary
)

// MinKinds is how many kinds of heading make a text padded: two. One is
// an article's own (a long feature's contents, a court story's
// conclusion); the farms of the story sets carry three or four.
const MinKinds = 2

// MaxHeadingWords bounds a heading line: "Ofte stillede spørgsmål om
// lukningen" has five words, a sentence opening with "Conclusion" more.
const MaxHeadingWords = 8

// labels are the headings of each kind, lower case, in the languages of
// the story sets (from the farms' own headings and the ordinary wording
// of each language).
var labels = map[string]Kind{}

func init() {
	add := func(k Kind, list string) {
		for _, l := range strings.Split(list, "|") {
			if l = strings.TrimSpace(l); l != "" {
				labels[l] = k
			}
		}
	}
	add(Contents, `table of contents|contents|in this article|what's inside|inhaltsverzeichnis|inhalt|índice|
		índice de contenidos|tabla de contenidos|sommaire|table des matières|indice|conteúdo|índice do artigo|inhoud|
		indhold|innehåll|innhold|indholdsfortegnelse|innehållsförteckning|innholdsfortegnelse|πίνακας περιεχομένων|sisällys|sisällysluettelo|sisukord|saturs|turinys|kazalo vsebine|kazalo|obsah|
		spis treści|tartalomjegyzék|cuprins|içindekiler|содержание|зміст|съдържание|περιεχόμενα|daftar isi|
		სარჩევი|সূচিপত্র|विषय सूची|สารบัญ|جدول المحتويات|فهرست مطالب|فہرست مضامین|目录|目次|목차|mazmuny|clár ábhair|clár an ailt`)
	add(KeyPoints, `key takeaways|key points|key facts|at a glance|quick summary|in brief|tl;dr|the essentials|
		das wichtigste in kürze|das wichtigste|auf einen blick|puntos clave|lo esencial|en resumen|points clés|l'essentiel|
		en bref|punti chiave|in breve|pontos-chave|pontos principais|em resumo|belangrijkste punten|in het kort|
		det vigtigste|kort fortalt|det viktigaste|det viktigste|vigtige punkter|viktiga punkter|viktige punkter|viktigt att veta|viktig å vite|vigtigt at vide|tärkeimmät|peamised punktid|galvenais|svarbiausia|
		ključne točke|na kratko|ključne točke članka|najdôležitejšie body|nejdůležitější body|hlavné body|hlavní body|v skratke|ve zkratce|najważniejsze informacje|kluczowe informacje|w skrócie|
		a legfontosabb|a legfontosabbak|legfontosabbak|a legfontosabb tudnivalók|pe scurt|puncte cheie|önemli noktalar|kısaca|ключевые моменты|главное|коротко|основні моменти|
		головне|основното|τα βασικά σημεία|με μια ματιά|poin penting|sekilas|ძირითადი ფაქტები|এক নজরে|
		এক নজরে গুরুত্বপূর্ণ তথ্য|मुख्य बातें|मुख्य बिंदु|ประเด็นสำคัญ|สรุปประเด็น|النقاط الرئيسية|أبرز النقاط|نکات کلیدی|اہم نکات|مهم ټکي|要点|ポイント|핵심 요약|esasy pursatlar|esasy maglumatlar|príomhphointí|na príomhphointí`)
	add(FAQ, `faq|faqs|frequently asked questions|people also ask|häufig gestellte fragen|häufige fragen|
		preguntas frecuentes|questions fréquentes|foire aux questions|domande frequenti|perguntas frequentes|
		veelgestelde vragen|ofte stillede spørgsmål|vanliga frågor|ofte stilte spørsmål|usein kysytyt kysymykset|
		korduma kippuvad küsimused|biežāk uzdotie jautājumi|dažniausiai užduodami klausimai|pogosta vprašanja|
		často kladené otázky|často kladené otázky a odpovede|časté otázky|časté dotazy|często zadawane pytania|gyakran ismételt kérdések|gyakori kérdések|
		întrebări frecvente|sıkça sorulan sorular|часто задаваемые вопросы|часті запитання|често задавани въпроси|
		συχνές ερωτήσεις|pertanyaan yang sering diajukan|ხშირად დასმული კითხვები|সচরাচর জিজ্ঞাসিত প্রশ্ন|
		अक्सर पूछे जाने वाले सवाल|अक्सर पूछे जाने वाले प्रश्न|คำถามที่พบบ่อย|الأسئلة الشائعة|سوالات متداول|ډېرې پوښتل کېدونکې پوښتنې|
		اکثر پوچھے جانے والے سوالات|常见问题|よくある質問|자주 묻는 질문|köp berilýän soraglar|ceisteanna coitianta|ceisteanna coitianta (cc)`)
	add(Conclusion, `conclusion|in conclusion|final thoughts|the bottom line|bottom line|wrapping up|fazit|schlussfolgerung|
		conclusión|conclusiones|en conclusión|conclusione|conclusão|conclusie|tot slot|konklusion|slutsats|konklusjon|
		yhteenveto|kokkuvõte|secinājumi|kopsavilkums|išvados|zaključek|zaključak|za konec|závěr|záver|podsumowanie|
		összegzés|concluzie|concluzii|sonuç|заключение|вывод|выводы|висновок|висновки|заключение|συμπέρασμα|
		kesimpulan|დასკვნა|শেষ কথা|উপসংহার|निष्कर्ष|สรุป|الخلاصة|خلاصه|نتیجہ|پایله|结论|まとめ|결론|netije|jemleýji söz|conclúid|mar fhocal scoir|i gconclúid`)
}

// Kinds returns the kinds of padding heading that stand in text.
func Kinds(text string) Kind {
	var k Kind
	for line := range strings.Lines(text) {
		k |= heading(line)
	}
	return k
}

// Count returns how many kinds of padding heading stand in text: a text
// with MinKinds or more is padded; one with none is not; one with a
// single kind may be either (a farm's lighter rewrite keeps only its FAQ).
func Count(text string) int {
	n := 0
	for k := Kinds(text); k != 0; k &= k - 1 {
		n++
	}
	return n
}

// Padded reports whether text carries at least MinKinds kinds of padding
// heading.
func Padded(text string) bool { return Count(text) >= MinKinds }

// heading returns the kind of heading line is, or 0.
func heading(line string) Kind {
	line = strings.TrimSpace(line)
	if line == "" || len(strings.Fields(line)) > MaxHeadingWords {
		return 0
	}
	l := strings.ToLower(strings.TrimRightFunc(line, func(r rune) bool { return r == ':' || r == '?' || r == '：' || unicode.IsSpace(r) }))
	if k, ok := labels[l]; ok {
		return k
	}
	// A label before a dash or a colon: "FAQ – Häufig gestellte Fragen",
	// "Fazit: Was bleibt".
	for _, sep := range []string{" – ", " — ", " - ", ": "} {
		if head, _, ok := strings.Cut(l, sep); ok {
			if k, ok := labels[strings.TrimSpace(head)]; ok {
				return k
			}
		}
	}
	return 0
}
