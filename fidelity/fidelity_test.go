package fidelity

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/quote"
)

func mustChecker(tb testing.TB, opts Options) *Checker {
	tb.Helper()
	c, err := New(opts)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// checkText extracts the quotations of both texts and checks them.
func checkText(c *Checker, derived, source string) []Check {
	return c.Check(derived, source, quote.Extract(derived, nil), quote.Extract(source, nil))
}

func texts(text string, spans []reprint.Span) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}

var checkTests = []struct {
	name            string
	opts            Options
	derived, source string
	status          Status   // of the first derived quotation
	source_         []string // the text at Check.Source
	found           string   // the text at Check.Found
	diff            []Op     // nil: not checked
	speaker         string   // Check.SourceSpeaker when changed
	changed         bool
	prose           bool // Check.Prose
}{
	{
		// Reworded in its endings: by whole words 3 of 7 (under
		// MinAltered), by their first five letters 6 of 7.
		name:    "altered by stems in an inflected language",
		derived: `«Завод даўно перайшоў на ўласныя газавыя ўстаноўкі», — сказаў дырэктар.`,
		source:  `«Завод даўно працуе на ўласных газавых устаноўках», — сказаў Уладзімір Сакалоўскі.`,
		status:  Altered,
	},
	{
		// The same stems in another order and few of them: still
		// invented.
		name:    "stems shared out of order stay unattested",
		derived: `«Ўстаноўкі новыя, газавыя нам не патрэбныя, і завод больш не чакае», — сказаў дырэктар.`,
		source:  `«Завод даўно працуе на ўласных газавых устаноўках», — сказаў Уладзімір Сакалоўскі.`,
		status:  Unattested,
	},
	{
		// Amharic joins prepositions and changes vowels as it inflects:
		// by whole words under MinAltered, by consonants (a syllable's
		// row) over it.
		name:    "altered by consonants in Amharic",
		derived: `«ያለፈው ዓመት ጤፌ በዝናብ እጦት ደርቋል፤ ልጆቼን ለማስተማር ስል ሁለቱንም በሬዎቼን ለመሸጥ ተገድጃለሁ። አሁን ግን ውሃው እቤቴ ደርሷል፤ ይህን በጋ ሽንኩርትና ቲማቲም እዘራለሁ» ይላሉ አርሶ አደሩ።`,
		source:  `“ባለፈው ዓመት የዘራሁት ጤፍ ዝናብ አጥቶ ደርቆብኛል፤ ልጆቼን ለማስተማር ሁለት በሬዎቼን ሸጫለሁ። አሁን ውሃው ደጃፌ ደርሷል፤ በዚህ በጋ ሽንኩርትና ቲማቲም ለመዝራት ዘር አዘጋጅቻለሁ” ሲሉ አርሶ አደር ከበደ ተናግረዋል።`,
		status:  Altered,
	},
	{
		// Another statement on the same subject shares a few words, not
		// their order: invented.
		name:    "consonants shared out of order stay unattested",
		derived: `«ዘንድሮ ውሃ ስላገኘን ሽንኩርትና ቲማቲም ለገበያ እናቀርባለን፤ መንግሥት ማዳበሪያ እንዲያቀርብልን እንጠይቃለን» ይላሉ አርሶ አደሩ።`,
		source:  `“ባለፈው ዓመት የዘራሁት ጤፍ ዝናብ አጥቶ ደርቆብኛል፤ ልጆቼን ለማስተማር ሁለት በሬዎቼን ሸጫለሁ። አሁን ውሃው ደጃፌ ደርሷል፤ በዚህ በጋ ሽንኩርትና ቲማቲም ለመዝራት ዘር አዘጋጅቻለሁ” ሲሉ አርሶ አደር ከበደ ተናግረዋል።`,
		status:  Unattested,
	},
	{
		// A quotation reworded a few characters at a time: a changed
		// character breaks two bigrams, one character.
		name:    "altered by characters in Chinese",
		derived: `陈德厚说：“整个廊屋连同拱架一下子被大水冲走了。”`,
		source:  `陈德厚说：“整个廊屋连着拱架一起被水推走。”`,
		status:  Altered,
	},
	{
		name:    "exact",
		derived: `She said it was "a fair deal for everyone".`,
		source:  `The minister called it "a fair deal for everyone" on Monday.`,
		status:  Exact, source_: []string{"a fair deal for everyone"}, found: "a fair deal for everyone",
	},
	{
		name:    "exact despite case, curly marks and punctuation",
		derived: `She said it was “A Fair Deal — for everyone…”`,
		source:  `The minister called it "a fair deal for everyone," on Monday.`,
		status:  Exact, source_: []string{"a fair deal for everyone,"}, found: "a fair deal for everyone",
	},
	{
		name:    "exact across a hyphen",
		derived: `It backs the "US proposed ceasefire".`,
		source:  `It backs the "US-proposed ceasefire".`,
		status:  Exact, source_: []string{"US-proposed ceasefire"}, found: "US-proposed ceasefire",
	},
	{
		name:    "exact twice in the source",
		derived: `They called it "manipulative".`,
		source:  `A response branded "manipulative" by Kyiv. Later he called it "manipulative" again.`,
		status:  Exact, source_: []string{"manipulative", "manipulative"}, found: "manipulative",
	},
	{
		name:    "fragment",
		derived: `Officials spoke of "cautious optimism".`,
		source:  `"We share the cautious optimism of our partners," the Kremlin said.`,
		status:  Fragment, source_: []string{"We share the cautious optimism of our partners,"}, found: "cautious optimism",
	},
	{
		// Hangul and Han are read in character bigrams: a quotation cut
		// inside a run ends in a character whose token is itself, where
		// the source's goes on.
		name:    "fragment cut inside a Korean word",
		derived: `단장은 “탱크 하단 밸브 이음부의 패킹이 손상되면서 염화수소가 새어 나온 것”으로 추정했다.`,
		source:  `단장은 “탱크 하단 밸브 이음부의 패킹이 손상되면서 염화수소가 새어 나온 것으로 보인다”고 말했다.`,
		status:  Fragment, source_: []string{"탱크 하단 밸브 이음부의 패킹이 손상되면서 염화수소가 새어 나온 것으로 보인다"}, found: "탱크 하단 밸브 이음부의 패킹이 손상되면서 염화수소가 새어 나온 것",
	},
	{
		name:    "fragment cut inside a Chinese run",
		derived: `他表示，“我们将加快推进新的”。`,
		source:  `他说：“我们将加快推进新的政策落地。”`,
		status:  Fragment, source_: []string{"我们将加快推进新的政策落地。"}, found: "我们将加快推进新的",
	},
	{
		name:    "one-word scare quote inside a source quotation",
		derived: `The talks were "productive".`,
		source:  `Trump called the talks "good and productive".`,
		status:  Fragment, source_: []string{"good and productive"}, found: "productive",
	},
	{
		name:    "fragment of a nested quotation is judged by the innermost",
		derived: `He won't say "no".`,
		source:  `“He doesn’t say ‘no’ outright,” Zelensky wrote.`,
		status:  Exact, source_: []string{"no"}, found: "no",
	},
	{
		name:    "altered",
		derived: `"Putin is lying about the true situation on the battlefield," Zelensky wrote.`,
		source:  `"Putin is lying about the real situation on the battlefield... the casualties", he said.`,
		status:  Altered,
		source_: []string{"Putin is lying about the real situation on the battlefield... the casualties"},
		found:   "Putin is lying about the real situation on the battlefield",
		diff: []Op{
			{Kind: "equal", Source: "Putin is lying about the", Derived: "Putin is lying about the"},
			{Kind: "replace", Source: "real", Derived: "true"},
			{Kind: "equal", Source: "situation on the battlefield", Derived: "situation on the battlefield"},
		},
	},
	{
		name:    "altered by an elision",
		derived: `"We will win this war and rebuild the country," she said.`,
		source:  `"We will win this war, whatever it costs and however long it takes, and rebuild the country," she said.`,
		status:  Altered,
		source_: []string{"We will win this war, whatever it costs and however long it takes, and rebuild the country,"},
		found:   "We will win this war, whatever it costs and however long it takes, and rebuild the country",
		diff: []Op{
			{Kind: "equal", Source: "We will win this war", Derived: "We will win this war"},
			{Kind: "delete", Source: "whatever it costs and however long it takes"},
			{Kind: "equal", Source: "and rebuild the country", Derived: "and rebuild the country"},
		},
	},
	{
		name:    "diacritics are not folded",
		derived: `"Mélanie Joly spoke for all the members," it said.`,
		source:  `"Melanie Joly spoke for all the members," it said.`,
		status:  Altered,
		diff: []Op{
			{Kind: "replace", Source: "Melanie", Derived: "Mélanie"},
			{Kind: "equal", Source: "Joly spoke for all the members", Derived: "Joly spoke for all the members"},
		},
	},
	{
		name:    "merged",
		derived: `He warned Putin would "drag everyone into endless discussions".`,
		source:  `He said Putin would "drag" everyone into "endless discussions... wasting days".`,
		status:  Merged,
		source_: []string{"drag", "endless discussions... wasting days"},
		found:   `drag" everyone into "endless discussions`,
	},
	{
		// A quotation interrupted only by its attribution is one thing
		// said: set again between one pair of marks it is no merge. The
		// added "and" alters it, and "Putin said" is no part of the diff.
		name:    "split quotation rejoined, a word added",
		derived: `"We need to negotiate with our partners and maybe call Trump," he said.`,
		source:  `"We need to negotiate with our partners," Putin said. "Maybe call Trump."`,
		status:  Altered,
		source_: []string{"We need to negotiate with our partners,", "Maybe call Trump."},
		found:   `We need to negotiate with our partners," Putin said. "Maybe call Trump`,
		diff: []Op{
			{Kind: "equal", Source: "We need to negotiate with our partners", Derived: "We need to negotiate with our partners"},
			{Kind: "insert", Derived: "and"},
			{Kind: "equal", Source: "Maybe call Trump", Derived: "maybe call Trump"},
		},
	},
	{
		name:    "split quotation rejoined word for word",
		derived: `The mayor said: "This bridge is how half this town gets to work. Every day it's closed, people will feel it."`,
		source:  `"This bridge is how half this town gets to work," he said. "Every day it's closed, people will feel it."`,
		status:  Exact,
		source_: []string{"This bridge is how half this town gets to work,", "Every day it's closed, people will feel it."},
	},
	{
		name:    "split quotation rejoined, cut short",
		derived: `The mayor said "this town gets to work. Every day it's closed".`,
		source:  `"This bridge is how half this town gets to work," he said. "Every day it's closed, people will feel it."`,
		status:  Fragment,
		found:   `this town gets to work," he said. "Every day it's closed`,
	},
	{
		// The first half reworded, and two words of the second half's
		// opening caught by the alignment ("every … day"): the quotation
		// is altered from what the mayor said, not two quotations merged.
		name:    "split quotation, its second half barely touched",
		derived: `"This bridge is how half of our town gets to work every single day," he said.`,
		source:  `"This bridge is how half this town gets to work," he said. "Every day it's closed, people are going to feel it in their paychecks."`,
		status:  Altered,
		diff: []Op{
			{Kind: "equal", Source: "This bridge is how half", Derived: "This bridge is how half"},
			{Kind: "replace", Source: "this", Derived: "of our"},
			{Kind: "equal", Source: "town gets to work", Derived: "town gets to work"},
			{Kind: "equal", Source: "Every", Derived: "every"},
			{Kind: "insert", Derived: "single"},
			{Kind: "equal", Source: "day", Derived: "day"},
		},
	},
	{
		// A source speaker given by a description ("l'élue") is resolved
		// as a pronoun is, to the one name of its paragraph: the copy's
		// giving the words to another is seen.
		name:    "described source speaker, another speaker in the copy",
		derived: `« Un village sans café, c'est un village qui s'endort », ajoute Julien Cattin.`,
		source:  `La maire, Catherine Vuillermoz, a suivi le projet. « Un village sans café, c'est un village qui s'endort », souligne l'élue.`,
		status:  Exact, changed: true, speaker: "Catherine Vuillermoz",
	},
	{
		// The pronoun's antecedent is the name of an apposition that
		// opens with a role in lower case (", nurse Abílio Freitas,
		// said"), the paragraph's speaker beside a place in capitals.
		name:    "pronoun resolved to an apposition led by a role",
		derived: `"We have to carry patients along a path in the hills," Agostinho Soares added.`,
		source:  `At the Lequimau Health Centre, its head, nurse Abílio Freitas, said two patients had to be moved. "We have to carry patients along a path in the hills," he said.`,
		status:  Exact, changed: true, speaker: "Abílio Freitas",
	},
	{
		// A description resolved to the person the text introduced by
		// it ("La sindaca Loredana Ferrucci … ha aggiunto la sindaca"),
		// paragraphs before: the copy gives the geologist's words to
		// the mayor.
		name:    "derived speaker described, introduced earlier",
		derived: "La sindaca Loredana Ferrucci ha raggiunto Pradalto in elicottero.\n\n“Era una frana annunciata”, ha aggiunto la sindaca.",
		source:  "«Nessuno è rimasto ferito», ha detto la sindaca Loredana Ferrucci.\n\nPer la geologa Chiara Sommaruga il crollo era prevedibile. «Era una frana annunciata», ha dichiarato Chiara Sommaruga.",
		status:  Exact, changed: true, speaker: "Chiara Sommaruga",
	},
	{
		// The source's quotation after a verb whose subject was dropped
		// takes the description that opens its paragraph ("La
		// alcaldesa agradeció …: "…", lamentó."), the mayor the text
		// introduced earlier ("la alcaldesa, María Jesús Carmona"): the
		// copy gives her words to the neighbours' leader.
		name:    "source speaker in the paragraph's lead-in description",
		derived: "«Los vecinos llevan una semana dando un rodeo de 27 kilómetros», denunció Francisco Javier Roldán, presidente de la asociación vecinal.",
		source:  "El consejero visitó la zona acompañado de la alcaldesa, María Jesús Carmona, y de los vecinos.\n\nLa alcaldesa agradeció la rapidez de la obra, pero insistió en el corte: «Los vecinos llevan una semana dando un rodeo de 27 kilómetros», lamentó.",
		status:  Exact, changed: true, speaker: "María Jesús Carmona",
	},
	{
		// A quotation with no attribution after a sentence about its
		// speaker ("Scharfe Kritik übte die Ministerin …"), the minister
		// introduced inside a compound ("Bundesbauministerin Katrin
		// Oberländer"): the copy gives it to the lobbyist.
		name:    "unattributed source quotation after a sentence about its speaker",
		derived: "Verbandspräsident Ralf Dörnberg sieht Handlungsbedarf: „Wer heute einen Bauantrag stellt, wartet länger als ein Jahr auf die Genehmigung“, betont Dörnberg.",
		source:  "Bundesbauministerin Katrin Oberländer will den Ländern strengere Vorgaben machen.\n\nScharfe Kritik übte die Ministerin an der Dauer von Genehmigungsverfahren. „Wer heute einen Bauantrag stellt, wartet länger als ein Jahr auf die Genehmigung.“ Sie will eine Frist einführen.",
		status:  Exact, changed: true, speaker: "Katrin Oberländer",
	},
	{
		// A place introduced by a noun ("la colonia Las Huertas") is no
		// lead-in speaker: the description of the person ("La edil")
		// resolves to no one, and the speaker stays unknown, never
		// reported changed.
		name:    "a place in the lead-in is no speaker",
		derived: "«Ninguna colonia se va a quedar sin agua», dijo Mariana Echeverría.",
		source:  "El pozo 7 está en la colonia Las Huertas, al norte.\n\nLa edil visitó el pozo de la colonia y aseguró: «Ninguna colonia se va a quedar sin agua».",
		status:  Exact, changed: false,
	},
	{
		// A lead-in that names a person ("Local MP Desmond Ong sat down
		// with the contractor …") leaves the quotation to antecedent:
		// the contractor introduced earlier is no speaker.
		name:    "a lead-in that names a person is not read for descriptions",
		derived: `"This is not acceptable," said Mr Desmond Ong.`,
		source:  "The lifts are serviced by contractor Vertex Lift Engineering.\n\nLocal MP Desmond Ong met the contractor and the town council on Monday. He did not mince his words: \"This is not acceptable.\"",
		status:  Exact, changed: false,
	},
	{
		// The description stands for the person introduced with the
		// place of the role between them ("Il sindaco di Castelfaro,
		// Giuseppe Lo Cascio"): the farmer's words given to the mayor.
		name:    "derived description introduced with its place",
		derived: "Il sindaco di Castelfaro, Giuseppe Lo Cascio, ha descritto la situazione del paese isolato.\n\nLo stesso sindaco ha poi raccontato le difficoltà di chi lavora nelle campagne: \"Ho 180 pecore e da martedì butto 300 litri di latte al giorno\".",
		source:  "\"Siamo isolati da tre giorni\", ha detto il sindaco Giuseppe Lo Cascio.\n\n\"Ho 180 pecore e da martedì butto 300 litri di latte al giorno\", dice l'allevatore Salvatore Giambrone.",
		status:  Exact, changed: true, speaker: "Salvatore Giambrone",
	},
	{
		// "o autarca" stands for the one person its paragraph names (the
		// chamber is the body his role belongs to, not a speaker), and
		// the source names him, quoted there or not: the parish
		// president's words given to the mayor.
		name:    "derived description, the role's body left out",
		derived: "Também o presidente da Câmara Municipal, Luís Marinho, não escondeu a preocupação. “Metade da freguesia passou por aquela fábrica”, afirmou o autarca.",
		source:  "Para o presidente da Câmara, Luís Marinho, é um golpe duro.\n\nA presidente da Junta de Freguesia, Arminda Coelho, fez as contas de cabeça: «Metade da freguesia passou por aquela fábrica.»",
		status:  Exact, changed: true, speaker: "Arminda Coelho",
	},
	{
		// Half the words kept in order: a heavy rewording, still altered
		// (MinAltered 0.5; 7 of 13 words).
		name:    "altered, half the words kept",
		derived: `"We would prefer criticism over the delay to having to mourn a death," the mayor said.`,
		source:  `"We would rather be criticised for the delay than mourn a death," said Mayor Ana Lima.`,
		status:  Altered,
	},
	{
		// The best-scoring path keeps 4 words and inserts the reworded
		// tail; 6 of the 11 are the source's in order (inOrder).
		name:    "altered, its tail reworded past the path",
		derived: `"It hurt the whole congregation, and the seniors most of all," he said.`,
		source:  `"It hurt our whole congregation, but our seniors felt it most," Greer said.`,
		status:  Altered,
	},
	{
		// Two words of four are no rewording: "of the" recur by chance
		// (minAlteredWords).
		name:    "two words of four are not altered",
		derived: `She called it "the heart of everything" and left.`,
		source:  `"We are proud of the harbour," said Ana Lima.`,
		status:  Unattested,
	},
	{
		// Two quotations of one speaker with a sentence of the writer's
		// between them are two things said: joined, they are merged.
		name:    "merged across a sentence between quotations",
		derived: `"We need to negotiate with our partners and maybe call Trump," he said.`,
		source:  `"We need to negotiate with our partners," Putin said. He left for Minsk on Monday. "Maybe call Trump."`,
		status:  Merged,
		source_: []string{"We need to negotiate with our partners,", "Maybe call Trump."},
	},
	{
		// Two quotations paragraphs apart, farther than MaxGap: the
		// second, cut short, follows the first inside one pair of marks.
		name:    "merged across paragraphs",
		derived: `"Plague is rare, and it is treatable with common antibiotics if it is caught early. We have not found any other cases," Marsh explained.`,
		source: `"The risk is low," said Dr Marsh. "Plague is rare, and it is treatable with common antibiotics if it is caught early."` + "\n\n" +
			`Investigators believe the man was bitten by fleas from ground squirrels near the campground, where he stayed for four nights. ` +
			`Traps set on Monday caught squirrels carrying the bacteria, and the campground has been closed for two weeks while it is treated.` + "\n\n" +
			`"We have not found any other cases, and we do not expect to," Marsh said.`,
		status:  Merged,
		source_: []string{"Plague is rare, and it is treatable with common antibiotics if it is caught early.", "We have not found any other cases, and we do not expect to,"},
		found: `Plague is rare, and it is treatable with common antibiotics if it is caught early."` + "\n\n" +
			`Investigators believe the man was bitten by fleas from ground squirrels near the campground, where he stayed for four nights. ` +
			`Traps set on Monday caught squirrels carrying the bacteria, and the campground has been closed for two weeks while it is treated.` + "\n\n" +
			`"We have not found any other cases`,
	},
	{
		// Two sentences of about the same length from quotations
		// paragraphs apart, the first cut at a comma: neither piece alone
		// holds MinAltered of the words, both together do.
		name:    "merged: two halves from quotations paragraphs apart",
		derived: `"Until the last of the boats is back in harbour, the slipway stays shut. That jetty is older than any of us and has been patched every winter since," Okafor said.`,
		source: `"We pulled two boats out last night. Until the last of the boats is back in harbour, the slipway stays shut, and nobody should try to launch from the beach either," said the harbourmaster, Grace Okafor.` + "\n\n" +
			`The storm brought down power lines along the coast road and closed the ferry for a second day, and the council opened the school hall to families whose homes had flooded overnight.` + "\n\n" +
			`Okafor said the jetty would be inspected before it reopened. "That jetty is older than any of us and has been patched every winter since," she said.`,
		status:  Merged,
		source_: []string{"We pulled two boats out last night. Until the last of the boats is back in harbour, the slipway stays shut, and nobody should try to launch from the beach either,", "That jetty is older than any of us and has been patched every winter since,"},
	},
	{
		// The best quotation's alignment catches "We have", "in" and
		// "the" from the first sentence, taken from another quotation
		// paragraphs off;
		// past its anchoring run (joinMinWords equal words in a row) that
		// sentence stands whole there: two quotations joined.
		name:    "merged: the best quotation's alignment catches words of the other's sentence",
		derived: `"We have on Monday alone tipped 6,000 litres of milk in the ditch. Every time the river comes down, the bridge is under water, and now it is gone," Steen said.`,
		source: `"We have on Monday alone tipped 6,000 litres of milk in the ditch. A cow does not stop giving milk because there is no bridge," said Anna Steen, who chairs the farmers' association.` + "\n\n" +
			`The river rose two metres overnight on Sunday and the low-water bridge on the district road was swept away, leaving about 380 people on the far bank with a detour of 64 kilometres over a gravel pass that is barely passable after the rain.` + "\n\n" +
			`Steen said farmers had warned for years that the bridge was too low. "We have written in 2019 and again last year to the council. Every time the river comes down, the bridge is under water, and now it is gone," she added.`,
		status:  Merged,
		source_: []string{"We have on Monday alone tipped 6,000 litres of milk in the ditch. A cow does not stop giving milk because there is no bridge,", "We have written in 2019 and again last year to the council. Every time the river comes down, the bridge is under water, and now it is gone,"},
	},
	{
		// The second part is one quotation the source sets in two pieces
		// around "she added": its words run on from one piece to the
		// next (a unit), and that unit is another than the first part's.
		name:    "merged: the second part set in two pieces around its attribution",
		derived: `"Nobody in this town voted for our children to lose their pool. We are not against housing. We are against being told a decision has already been made," she said.`,
		source: `"When the leisure centre closed, we were told it was temporary. Nobody in this town voted for our children to lose their pool," Mrs Hollins said.` + "\n\n" +
			`The river rose two metres overnight on Sunday and the low-water bridge on the district road was swept away, leaving about 380 people on the far bank with a detour of 64 kilometres over a gravel pass that is barely passable after the rain.` + "\n\n" +
			`"We are not against housing," she added. "We are against being told a decision has already been made."`,
		status:  Merged,
		source_: []string{"When the leisure centre closed, we were told it was temporary. Nobody in this town voted for our children to lose their pool,", "We are not against housing,", "We are against being told a decision has already been made."},
	},
	{
		// A sentence of another quotation joined on with the writer's
		// "and": the seam is no word of either quotation.
		name:    "merged: a sentence of another quotation joined on with and",
		derived: `"Free fares are not a favour, they are a mobility policy, and we will not go back," the mayor said.`,
		source: `"Free fares are not a favour, they are a mobility policy," she said.` + "\n\n" +
			`The river rose two metres overnight on Sunday and the low-water bridge on the district road was swept away, leaving about 380 people on the far bank with a detour of 64 kilometres over a gravel pass that is barely passable after the rain.` + "\n\n" +
			`"We will not go back. Mining money has to serve those who live here," she declared.`,
		status:  Merged,
		source_: []string{"Free fares are not a favour, they are a mobility policy,", "We will not go back. Mining money has to serve those who live here,"},
	},
	{
		// Past the first word of the added tail, "with the insurance
		// company" stands in another quotation, but inside a sentence:
		// a phrase of the story, not a sentence joined on.
		name:    "altered: a tail's phrase found inside another quotation's sentence",
		derived: `"We ask farmers to be patient while the government follows up compensation together with the insurance company," she said.`,
		source: `"We ask farmers to be patient while the government follows up compensation," said the district commissioner, Rehema Mwakasege.` + "\n\n" +
			`The river rose two metres overnight on Sunday and the low-water bridge on the district road was swept away, leaving about 380 people on the far bank with a detour of 64 kilometres over a gravel pass that is barely passable after the rain.` + "\n\n" +
			`"We had started talks with the insurance company to raise the amount," said the chairman.`,
		status: Altered,
	},
	{
		// One quotation split at an attribution whose apposition names a
		// body ("the Paper and Allied Trades Union"): its two parts,
		// joined with words left out between them, are one quotation
		// cut, not two merged.
		name:    "altered: one quotation around an attribution with a long apposition, cut",
		derived: `"Some of these families have worked at that mill for four generations, and we will fight for every job on that site," said Morag Lennox.`,
		source:  `"People found out from a slide on a screen in the canteen. Some of these families have worked at that mill for four generations," said Morag Lennox, regional organiser for the Paper and Allied Trades Union. "We will be asking the government to step in, and we will fight for every job on that site."`,
		status:  Altered,
	},
	{
		// Two words the best quotation leaves out, found far off in
		// another quotation, are no second piece.
		name:    "altered: two words found far off in another quotation",
		derived: `"Plague is rare, and it is treatable with common antibiotics if it is caught early, never fatal," Marsh said.`,
		source: `"Plague is rare, and it is treatable with common antibiotics if it is caught early," said Dr Marsh.` + "\n\n" +
			`Investigators believe the man was bitten by fleas from ground squirrels near the campground, where he stayed for four nights. ` +
			`Traps set on Monday caught squirrels carrying the bacteria, and the campground has been closed for two weeks while it is treated.` + "\n\n" +
			`"It is never fatal here," Marsh said.`,
		status: Altered,
	},
	{
		name:    "unquoted in source",
		derived: `The minister said the plan was "dead on arrival in parliament".`,
		source:  `The minister said the plan was dead on arrival in parliament.`,
		status:  UnquotedInSource,
		source_: []string{"dead on arrival in parliament"}, found: "dead on arrival in parliament",
	},
	{
		name:    "unquoted in source, partly quoted",
		derived: `Russia shares "cautious optimism over a peace process".`,
		source:  `The Kremlin said it shared the US's "cautious optimism" over a peace process.`,
		status:  UnquotedInSource,
		source_: []string{`cautious optimism" over a peace process`}, found: `cautious optimism" over a peace process`,
	},
	{
		name:    "unquoted in source, though a quotation nearby holds most of the words",
		derived: `Residents say they had "warned the council often" that the bridge was weak.`,
		source: `Residents had warned the council often that the bridge was weak.` + "\n\n" +
			`"We knew one day it would happen, because we spoke to the council often and nothing was done," said Ms Nemukula.`,
		status:  UnquotedInSource,
		source_: []string{"warned the council often"}, found: "warned the council often",
	},
	{
		name:    "a first-person source's own words, whole sentences",
		derived: `In a long post, she wrote: "The doctors have been really clear with me. If I keep singing on it, I risk scarring."`,
		source: `I'm cancelling the tour. I'm so sorry.` + "\n\n" +
			`The doctors have been really clear with me. If I keep singing on it, I risk scarring. That isn't a risk I'm willing to take.` + "\n\n" +
			`I'll see you on the other side of this. My band is being paid for every date we lost.`,
		status: Exact, prose: true,
		source_: []string{"The doctors have been really clear with me. If I keep singing on it, I risk scarring"},
		found:   "The doctors have been really clear with me. If I keep singing on it, I risk scarring",
	},
	{
		name:    "a first-person source's own words, cut inside a sentence",
		derived: `She wrote that "the doctors have been really clear" about it.`,
		source: `I'm cancelling the tour. I'm so sorry.` + "\n\n" +
			`The doctors have been really clear with me. If I keep singing on it, I risk scarring. That isn't a risk I'm willing to take.` + "\n\n" +
			`I'll see you on the other side of this. My band is being paid for every date we lost.`,
		status: Fragment, prose: true,
		source_: []string{"The doctors have been really clear"}, found: "The doctors have been really clear",
	},
	{
		name:    "a first-person source's own words, a word scare-quoted inside",
		derived: `She added: "Please don't buy 'resale' tickets for rescheduled dates."`,
		source:  `I'm cancelling the tour. I'm so sorry.` + "\n\n" + `Refunds are automatic. Please don't buy 'resale' tickets for rescheduled dates. My band is being paid for every date we lost.`,
		status:  Exact, prose: true,
		found: `Please don't buy 'resale' tickets for rescheduled dates`,
	},
	{
		name:    "a news story's narration is no speaker's own words",
		derived: `The paper said the council "withdrew the subsidy of the 27 bus" last week.`,
		source:  `The council withdrew the subsidy of the 27 bus on Tuesday. The route served four villages. Its last run is in January.`,
		status:  UnquotedInSource,
		source_: []string{"withdrew the subsidy of the 27 bus"}, found: "withdrew the subsidy of the 27 bus",
	},
	{
		name:    "a single unquoted word is not evidence",
		derived: `He said the plan is "dead".`,
		source:  `The minister said the plan was dead.`,
		status:  Unattested,
	},
	{
		name:    "a single unquoted word, allowed",
		opts:    Options{MinUnquotedWords: 1},
		derived: `He said the plan is "dead".`,
		source:  `The minister said the plan was dead.`,
		status:  UnquotedInSource, source_: []string{"dead"}, found: "dead",
	},
	{
		name:    "unattested",
		derived: `Trump said Ukrainian troops were "completely surrounded".`,
		source:  `Trump asked Putin to spare the troops, whom he described as surrounded by Russian forces.`,
		status:  Unattested,
	},
	{
		name:    "term: a scare quote nobody is said to have said",
		derived: `Troops were "completely surrounded".`,
		source:  `Trump asked Putin to spare the troops, whom he described as surrounded by Russian forces.`,
		status:  Term,
	},
	{
		name:    "term: one word the source has unquoted",
		derived: `Doctors found the painful swellings called “buboes”.`,
		source:  `He had painful swollen lymph nodes, known as buboes, in his groin.`,
		status:  Term,
	},
	{
		name:    "term: two words the source has unquoted",
		derived: `Bubonic plague, the “Black Death” of the Middle Ages, is spread by fleas.`,
		source:  `The disease behind the Black Death is still found in rodents.`,
		status:  Term, source_: []string{"Black Death"}, found: "Black Death",
	},
	{
		// A name the source quotes the same way is still a name.
		name:    "term: a local word after a naming phrase, quoted in the source too",
		derived: `Residents know the sudden upwelling as “kanuba,” when water from the lake bottom rises.`,
		source:  `Fisherfolk around the lake call the phenomenon "kanuba," a sudden upwelling.`,
		status:  Term, source_: []string{"kanuba,"}, found: "kanuba",
	},
	{
		name:    "term: a name whose word the source has inside a speaker's quotation",
		derived: `Van Wyk blamed illegal connections, known in the area as "izinyoka".`,
		source:  `"The izinyoka are stealing our power," said forum chair Lwazi Mahlangu.`,
		status:  Term, source_: []string{"The izinyoka are stealing our power,"}, found: "izinyoka",
	},
	{
		name:    "term: a ship's name in guillemets",
		derived: `Το πλοίο «Θαλασσινή Αύρα» έμεινε χωρίς μηχανή.`,
		source:  `Το επιβατηγό «Θαλασσινή Αύρα» έμεινε ακυβέρνητο.`,
		status:  Term, source_: []string{"Θαλασσινή Αύρα"}, found: "Θαλασσινή Αύρα",
	},
	{
		name:    "term: a company's name after its legal form",
		derived: `Direktor JKP „Vodovod Dobrinovac“ kaže da je voda bezbedna.`,
		source:  `Iz JKP „Vodovod Dobrinovac“ saopštili su da je voda bezbedna.`,
		status:  Term, source_: []string{"Vodovod Dobrinovac"}, found: "Vodovod Dobrinovac",
	},
	{
		// In a script without case nothing marks a name but the
		// marks: a short unattributed quotation is a term. Four Han
		// characters are two words.
		name:    "term: a Chinese abbreviation in quotation marks",
		derived: `当地禁止“两客一危”车辆及货车通行。`,
		source:  `由于道路狭窄，当地禁止“两客一危”车辆及载重20吨以上的货车通行。`,
		status:  Term, source_: []string{"两客一危"}, found: "两客一危",
	},
	{
		name:    "a Chinese quotation of a sentence is no term",
		derived: `他说：“车上有十几个乘客，要是晚几分钟，后果不堪设想。”`,
		source:  `“车上有十几个乘客，要是晚几分钟，后果不堪设想。”蒙德华说。`,
		status:  Exact, source_: []string{"车上有十几个乘客，要是晚几分钟，后果不堪设想。"},
	},
	{
		// In a headline set in title case every word is capitalised:
		// no name.
		name:    "a capitalised word in a title-case headline is no name",
		derived: "Talks Deemed 'Productive' by Trump",
		source:  `Trump called the talks "productive".`,
		status:  Exact, source_: []string{"productive"},
	},
	{
		name:    "French dit is a verb of speech, no naming phrase",
		derived: `Le maire a dit « non ».`,
		source:  `« Non », a répondu le maire.`,
		status:  Exact, source_: []string{"Non"},
	},
	{
		name:    "term: Indonesian naming phrase",
		derived: `Warga menamainya "banjir kiriman".`,
		source:  `Warga menyebutnya "banjir kiriman" dari hulu.`,
		status:  Term, source_: []string{"banjir kiriman"}, found: "banjir kiriman",
	},
	{
		// A campaign's name is written as a sentence, lower case and
		// all: the noun before it names it. German writes the noun in
		// a compound.
		name:    "term: a campaign's name after a compound naming noun",
		derived: `Mit seiner Spendenaktion „Rettet unser Bad“ hat der Verein 27.000 Euro gesammelt.`,
		source:  `Die Vorsitzende kündigte an, die Spendenaktion „Rettet unser Bad“ fortzusetzen.`,
		status:  Term, source_: []string{"Rettet unser Bad"}, found: "Rettet unser Bad",
	},
	{
		name:    "term: a building's name after a naming verb",
		derived: `Сградата, която местните наричат „Каменната хала“, датира от 30-те години.`,
		source:  `Кметът обясни, че „Каменната хала“ ще бъде затворена.`,
		status:  Term, source_: []string{"Каменната хала"}, found: "Каменната хала",
	},
	{
		name:    "term: a name after known … as, in Bulgarian",
		derived: `Сградата, известна сред жителите като „Каменната хала“, е построена през 30-те години.`,
		source:  `Кметът обясни, че „Каменната хала“ ще бъде затворена.`,
		status:  Term, source_: []string{"Каменната хала"}, found: "Каменната хала",
	},
	{
		name:    "not a term: speech after a reaction, a compound that names nothing",
		derived: `Seine Reaktion „Ein Skandal“ kam sofort.`,
		source:  `„Ein Skandal“, sagte der Bürgermeister.`,
		status:  Exact, source_: []string{"Ein Skandal"},
	},
	{
		name:    "term: at most MaxTermWords words",
		opts:    Options{MaxTermWords: 1},
		derived: `Troops were "completely surrounded".`,
		source:  `Trump asked Putin to spare the troops, whom he described as surrounded by Russian forces.`,
		status:  Unattested,
	},
	{
		name:    "not a term: four words",
		derived: `Troops were "surrounded on every side".`,
		source:  `A plain report of the weather.`,
		status:  Unattested,
	},
	{
		name:    "not a term: a faithful short quotation stays exact",
		derived: `The talks were "productive".`,
		source:  `Trump called the talks "productive".`,
		status:  Exact, source_: []string{"productive"},
	},
	{
		name:    "unattested against a source without quotations",
		derived: `"Nothing like this was ever said," she wrote.`,
		source:  `A plain report of the weather.`,
		status:  Unattested,
	},
	{
		name:    "unattested against an empty source",
		derived: `"Something," she wrote.`,
		source:  ``,
		status:  Unattested,
	},
	{
		name:    "speaker changed",
		derived: `"We will not surrender," Johnson said.`,
		source:  `"We will not surrender," Churchill said.`,
		status:  Exact, source_: []string{"We will not surrender,"},
		speaker: "Churchill", changed: true,
	},
	{
		name:    "same speaker under a longer name",
		derived: `"We will not surrender," Zelensky said.`,
		source:  `"We will not surrender," Ukrainian President Volodymyr Zelensky said.`,
		status:  Exact, source_: []string{"We will not surrender,"},
		speaker: "Ukrainian President Volodymyr Zelensky",
	},
	{
		name:    "speaker changed on an altered quotation",
		derived: `"We will never surrender to anyone," Johnson said.`,
		source:  `"We shall never surrender to anyone," Churchill said.`,
		status:  Altered, speaker: "Churchill", changed: true,
	},
	{
		name:    "a pronoun is no speaker",
		derived: `"We will not surrender," Johnson said.`,
		source:  `"We will not surrender," he said.`,
		status:  Exact, source_: []string{"We will not surrender,"},
	},
	{
		// The pronoun stands for the one name its paragraph gives before
		// it.
		name:    "a pronoun resolved to the paragraph's one name",
		derived: `"Keep your distance from squirrels," said Dr Marsh.`,
		source:  "Dr Lena Marsh said the risk was low.\n\nCarlos Mendez, the district ranger, urged visitors to take care. \"Keep your distance from squirrels,\" he said.",
		status:  Exact, source_: []string{"Keep your distance from squirrels,"},
		speaker: "Carlos Mendez", changed: true,
	},
	{
		// A lone surname opening its sentence is a person when the
		// emphatic reflexive takes it up.
		name:    "a pronoun resolved to a surname with its reflexive",
		derived: `"It has been a privilege to manage this club," said Ashcroft.`,
		source:  "Chairman Martin Ashcroft paid tribute to the departing manager.\n\nLinley himself was gracious in his farewell message. \"It has been a privilege to manage this club,\" he said.",
		status:  Exact, source_: []string{"It has been a privilege to manage this club,"},
		speaker: "Linley", changed: true,
	},
	{
		// A bill named with its number is no antecedent: the
		// pronoun's person is named elsewhere, and nobody is changed.
		name:    "a bill named with its number is no antecedent",
		derived: `"A ratio is a floor, not a ceiling," said Dr Price.`,
		source:  "Price backs the concept behind Senate Bill 418, but said a number is not enough. \"A ratio is a floor, not a ceiling,\" he said.",
		status:  Exact, source_: []string{"A ratio is a floor, not a ceiling,"},
	},
	{
		name:    "a pronoun resolved to the same person",
		derived: `"Keep your distance from squirrels," said Mendez.`,
		source:  "Carlos Mendez, the district ranger, urged visitors to take care. \"Keep your distance from squirrels,\" he said.",
		status:  Exact, source_: []string{"Keep your distance from squirrels,"},
	},
	{
		name:    "a pronoun between two names is not resolved",
		derived: `"Keep your distance from squirrels," said Dr Marsh.`,
		source:  "Carlos Mendez met Lena Marsh at the campground. \"Keep your distance from squirrels,\" he said.",
		status:  Exact, source_: []string{"Keep your distance from squirrels,"},
	},
	{
		// Of two names, the one that speaks is the pronoun's.
		name:    "a pronoun resolved to the paragraph's speaker, not the one spoken to",
		derived: `"Keep your distance from squirrels," said Dr Marsh.`,
		source:  "Carlos Mendez told Lena Marsh to take care. \"Keep your distance from squirrels,\" he said.",
		status:  Exact, source_: []string{"Keep your distance from squirrels,"},
		speaker: "Carlos Mendez", changed: true,
	},
	{
		// A single word that speaks is a name; a street named in passing
		// is no rival.
		name:    "a pronoun resolved to a one-word speaker over a street",
		derived: `"That bridge has been closed twice this year," said Mayor Okoye.`,
		source:  "Halvorsen said the Mill Lane bridge would be inspected. \"That bridge has been closed twice this year,\" she said.",
		status:  Exact, source_: []string{"That bridge has been closed twice this year,"},
		speaker: "Halvorsen", changed: true,
	},
	{
		// A company that speaks and a spokesperson in apposition who
		// speaks: two speakers, no answer.
		name:    "a pronoun between a speaking company and its spokesperson is not resolved",
		derived: `"Crews will work through the night," said Mayor Okoye.`,
		source:  "Northline Power said storms had cut lines. A spokesperson for the company, Rhea Dunmore, said crews were on the way. \"Crews will work through the night,\" she said.",
		status:  Exact, source_: []string{"Crews will work through the night,"},
	},
	{
		// The name in the role ("of Brackenford Water") does not speak;
		// the name the role describes does.
		name:    "a pronoun resolved past a role in apposition",
		derived: `"We sealed the break by dawn," said Mayor Okoye.`,
		source:  "Tomas Reyburn, director of Brackenford Water, said groundwater had got in under Canal Street. \"We sealed the break by dawn,\" he said.",
		status:  Exact, source_: []string{"We sealed the break by dawn,"},
		speaker: "Tomas Reyburn", changed: true,
	},
	{
		// A paragraph that opens with the quotation continues the
		// speaker of the paragraph before.
		name:    "a pronoun opening its paragraph resolved to the previous paragraph's speaker",
		derived: `"We need netting subsidies, not just sympathy," said Cr Hadfield.`,
		source:  "Association president Tom Rintoul said few growers had netting. \"Most growers here can't get hail cover anymore,\" Mr Rintoul said.\n\n\"We need netting subsidies, not just sympathy,\" he said.",
		status:  Exact, source_: []string{"We need netting subsidies, not just sympathy,"},
		speaker: "Tom Rintoul", changed: true,
	},
	{
		// A paragraph that names nobody before its quotation continues
		// the speaker of the paragraph before, the one its last
		// quotation gives ("BPBD, lanjut dia, …": the agency, he went
		// on).
		name:    "a pronoun in a paragraph naming nobody resolved to the previous quotation's speaker",
		derived: `"Sekolah harus didahulukan. Anak-anak tidak boleh pulang lebih awal," tegas Bupati Hendra.`,
		source:  "Kepala Pelaksana BPBD Paringgit Sri Mulyaningsih menjelaskan, sejak awal Agustus pihaknya telah menyalurkan air bersih ke desa-desa di Karang Sembilu. \"Satu truk bisa bolak-balik empat kali sehari,\" ujar Sri.\n\nBPBD, lanjut dia, akan meminjam enam truk tangki dari kabupaten tetangga. \"Sekolah harus didahulukan. Anak-anak tidak boleh pulang lebih awal,\" katanya.",
		status:  Exact, source_: []string{"Sekolah harus didahulukan. Anak-anak tidak boleh pulang lebih awal,"},
		speaker: "Sri", changed: true,
	},
	{
		// A name in passing ("Trump's post") is whom the pronoun may
		// stand for: the paragraph before does not answer.
		name:    "a pronoun in a paragraph naming someone in passing is not resolved to the paragraph before",
		derived: `Mayor Okoye said troops were "completely surrounded" by Russian forces.`,
		source:  "Zelensky argued that the conditions were an attempt to block talks.\nTrump's social media post said he had asked for the lives of soldiers, who he claimed were \"completely surrounded\" by Russian forces.",
		status:  Exact, source_: []string{"completely surrounded"},
	},
	{
		// A capitalised title after "the" is a role, not a rival name
		// to the person it describes.
		name:    "a pronoun resolved past a capitalised title after the",
		derived: `"The drains are choked with plastic waste," said the District Director of Education.`,
		source:  "Mr Ibrahim Alhassan Fuseini, the District Director of the National Disaster Management Organisation (NADMO), attributed the flooding to choked drains. \"The drains are choked with plastic waste,\" he said.",
		status:  Exact, source_: []string{"The drains are choked with plastic waste,"},
		speaker: "Mr Ibrahim Alhassan Fuseini", changed: true,
	},
	{
		// The rewriter names by role whom the source introduced by
		// that role and named in full.
		name:    "a description the source introduced its speaker by is the same speaker",
		derived: "Richtig bitter ist das für Jürgen Pohlmann. „Wenn die wegbleiben, kann ich die Filiale hier nicht halten“, sagte der Bäckermeister.",
		source:  "Bäckermeister Jürgen Pohlmann, dessen Backstube direkt hinter der Brücke liegt, rechnet mit weniger Kundschaft. „Wenn die wegbleiben, kann ich die Filiale hier nicht halten“, sagte Pohlmann.",
		status:  Exact, source_: []string{"Wenn die wegbleiben, kann ich die Filiale hier nicht halten"},
		speaker: "Pohlmann",
	},
	{
		// The description in apposition to the name in the source.
		name:    "a description the source put in apposition to its speaker is the same speaker",
		derived: `"That is the slow dismantling of a community hospital," the Liberal Democrat said.`,
		source:  `Tom Radley, the Liberal Democrat MP for Brackenford and Wenlow, said he had written to the Health Secretary. "That is the slow dismantling of a community hospital," he said.`,
		status:  Exact, source_: []string{"That is the slow dismantling of a community hospital,"},
		speaker: "Tom Radley",
	},
	{
		// A role with its number in apposition to the name.
		name:    "a numbered role in apposition to the derived speaker's name is the same speaker",
		derived: `“Vana vedu vari kutadza kuenda kuchikoro,” vakadaro VaTinashe Nyamukondiwa.`,
		source:  `“Vana vedu vari kutadza kuenda kuchikoro,” vakadaro Kanzura weWadhi 14, VaTinashe Nyamukondiwa.`,
		status:  Exact, source_: []string{"Vana vedu vari kutadza kuenda kuchikoro,"},
		speaker: "Kanzura weWadhi",
	},
	{
		// The source takes its earlier speaker up by surname as the
		// subject of the quotation's paragraph: the pronoun is his, not
		// the speaker of the paragraph before.
		name:    "a pronoun after a surname subject in its paragraph, not the paragraph before",
		derived: "Brennan credited the volunteers. “I want to thank every single volunteer who walked those ridges,” the sheriff said.",
		source:  "“It was hard,” Sheriff Dale Brennan said.\n\n“My brother has hiked that trail twenty times,” Kevin Hale said.\n\nBrennan also thanked the volunteers, many of whom took time off work. “I want to thank every single volunteer who walked those ridges,” he said.",
		status:  Exact, source_: []string{"I want to thank every single volunteer who walked those ridges,"},
		speaker: "Sheriff Dale Brennan",
	},
	{
		// Given to another person by a role the source gives to
		// someone else.
		name:    "a description the source introduced another speaker by is a changed speaker",
		derived: "„Man sieht es dem Dach von unten nicht an“, sagte die Bürgermeisterin.",
		source:  "Bürgermeisterin Sabine Kettler verteidigte die Entscheidung. Statiker Holger Brandstätter sprach von einem typischen Schadensbild. „Man sieht es dem Dach von unten nicht an“, sagte Brandstätter.",
		status:  Exact, source_: []string{"Man sieht es dem Dach von unten nicht an"},
		speaker: "Brandstätter", changed: true,
	},
	{
		// The source's description ("añadió el subgerente") stands for
		// the person introduced by that role paragraphs before, its
		// office's name eleven words long, not for the body its
		// paragraph before names; the derived description ("el
		// funcionario regional") for no body named after an article.
		name: "a description of the role introduced far back, not the body named nearest",
		derived: "El huaico arrastró lodo y piedras, según Wilfredo Quispe Ccanto, subgerente regional.\n\n" +
			"Mientras tanto, el Senamhi advirtió que las lluvias seguirán en la sierra central.\n\n" +
			"“Recomendamos a las familias que viven cerca de las quebradas mantenerse alertas”, insistió el funcionario regional.",
		source: "“El huaico arrastró lodo y piedras”, declaró el subgerente de Gestión del Riesgo de Desastres del Gobierno Regional de Huancavelica, Wilfredo Quispe Ccanto.\n\n" +
			strings.Repeat("La masa de lodo y rocas se desprendió de la quebrada Yanahuaycco y cayó sobre el kilómetro 34 de la vía que conecta Huayllapampa con el distrito de Santa Rosa de Ccochas.\n\n", 14) +
			"El Servicio Nacional de Meteorología e Hidrología (Senamhi) mantiene un aviso de lluvias.\n\n" +
			"“Recomendamos a las familias que viven cerca de las quebradas mantenerse alertas”, añadió el subgerente.",
		status: Exact, source_: []string{"Recomendamos a las familias que viven cerca de las quebradas mantenerse alertas"},
		speaker: "Wilfredo Quispe Ccanto",
	},
	{
		// A body named with its acronym is no rival to the person.
		name:    "a pronoun resolved past a body named with its acronym",
		derived: `« Se pa sèlman machann yo ki pèdi », Nadège Célestin souliye.`,
		source:  "Dapre Asosyasyon Machann Boukan Lagon (AMBL), pèt yo ka depase 18 milyon goud. Prezidan asosyasyon an, Frantz Augustin, fè konnen plis pase 600 fanmi depann de mache a. « Se pa sèlman machann yo ki pèdi », li deklare.",
		status:  Exact, source_: []string{"Se pa sèlman machann yo ki pèdi"},
		speaker: "Frantz Augustin", changed: true,
	},
	{
		// Two people speak in the paragraph before: no answer.
		name:    "a pronoun opening its paragraph after two speakers is not resolved",
		derived: `"We need netting subsidies, not just sympathy," said Cr Hadfield.`,
		source:  "Tom Rintoul said few growers had netting, and Anna Price said insurance was dear.\n\n\"We need netting subsidies, not just sympathy,\" he said.",
		status:  Exact, source_: []string{"We need netting subsidies, not just sympathy,"},
	},
	{
		// A Spanish role names its body in full before the verb.
		name:    "a description resolved past a long role in apposition",
		derived: `“Si esto dura un mes, se nos pierde el trabajo de todo el año”, dijo el alcalde Jorge Rincón.`,
		source:  "Luz Dary Quintero, presidenta de la Junta de Acción Comunal de la vereda La Palmita, explicó que la cosecha está lista. “Si esto dura un mes, se nos pierde el trabajo de todo el año”, afirmó la líder comunal.",
		status:  Exact, source_: []string{"Si esto dura un mes, se nos pierde el trabajo de todo el año"},
		speaker: "Luz Dary Quintero", changed: true,
	},
	{
		// Where a person lives is no rival name: "a Sa Pruna".
		name:    "a dropped subject resolved past the place a person lives",
		derived: `«Alle quattro del mattino ci hanno bussato alla porta», ha detto Giovanni Piras.`,
		source:  "Tra gli sfollati c'è Maria Grazia Cossu, 71 anni, che vive a Sa Pruna. «Alle quattro del mattino ci hanno bussato alla porta», ha raccontato.",
		status:  Exact, source_: []string{"Alle quattro del mattino ci hanno bussato alla porta"},
		speaker: "Maria Grazia Cossu", changed: true,
	},
	{
		// A person the derived text introduces with an apposition is a
		// person, though the source never names them.
		name:    "a derived pronoun resolved to a person the derived text introduces",
		derived: "In palestra c'era anche Efisio Manca, pensionato di Sa Pruna. «Alle quattro del mattino ci hanno bussato alla porta», racconta.",
		source:  "Tra gli sfollati c'è Maria Grazia Cossu, 71 anni, che vive a Sa Pruna. «Alle quattro del mattino ci hanno bussato alla porta», ha raccontato.",
		status:  Exact, source_: []string{"Alle quattro del mattino ci hanno bussato alla porta"},
		speaker: "Maria Grazia Cossu", changed: true,
	},
	{
		// "Name, verb": a sentence, not an apposition; two speakers in
		// the paragraph, no answer.
		name:    "a name before its verb is no apposition",
		derived: "La concejala Lucía Anguita, asegura que las ventas crecen. El presidente, Javier Osuna, reconoce el acuerdo. \"Pedimos más margen\", dice.",
		source:  "\"Pedimos más margen\", dijo Javier Osuna.",
		status:  Exact, source_: []string{"Pedimos más margen"},
	},
	{
		// Javanese writes an office in capitals: the office and its
		// holder in apposition are one person, the derived pronoun's
		// antecedent, who is not the source's speaker.
		name:    "a capitalised office with its holder in apposition is one antecedent",
		derived: "Kepala UPT Pasar, Pak Hartono, uga paring janji marang para bakul. “Pemerintah kabupaten ora bakal ninggal para bakul,” ngendikane.",
		source:  "Pak Hartono ngendika bab pasar darurat. Bupati Wanakarta, Retno Wulandari, rawuh ing papan kedadeyan. “Pemerintah kabupaten ora bakal ninggal para bakul,” dhawuhe Bupati Retno.",
		status:  Exact, source_: []string{"Pemerintah kabupaten ora bakal ninggal para bakul,"},
		speaker: "Bupati Retno", changed: true,
	},
	{
		// The statement calls the manager by first name, the paper by
		// surname: each text names him whole first.
		name:    "a first name and a surname of one person named whole in each text",
		derived: `Gareth Pellow has left the club. In a farewell message, Pellow said: "It has been an honour to manage Harrowfield Town."`,
		source:  `Harrowfield Town can confirm that Gareth Pellow has left the club. Gareth said: "It has been an honour to manage Harrowfield Town."`,
		status:  Exact, source_: []string{"It has been an honour to manage Harrowfield Town."},
		speaker: "Gareth",
	},
	{
		// Chamorro calls an elder by title and first name; the source
		// by surname: each text names him whole, a middle initial and
		// all.
		name:    "a title and first name, and a surname, of one person named whole in each text",
		derived: `Gi lancho-ña si Tun Vicente L. Mafnas, mamatai i babui siha. "Kuarenta åños yu' gi ayu na lancho," ilek-ña si Tun Vicente.`,
		source:  `Ha sångan si Tun Vicente L. Mafnas na mamatai 14 na babui-ña. "Kuarenta åños yu' gi ayu na lancho," ilek-ña si Mafnas.`,
		status:  Exact, source_: []string{"Kuarenta åños yu' gi ayu na lancho,"},
		speaker: "Mafnas",
	},
	{
		// A heading ending in a preposition's word ("Tributes Pour In")
		// over the paragraph does not make its first name a place's.
		name:    "a heading's last word over the paragraph naming the speaker",
		derived: "Tributes Pour In\n\nDerek Hosking, the lifeboat operations manager at Polwenna, led the tributes. \"He never raised his voice on the boat, not once,\" he said.",
		source:  "Bill Tonkin, who served as second coxswain, said: \"He never raised his voice on the boat, not once.\"",
		status:  Exact, source_: []string{"He never raised his voice on the boat, not once."},
		speaker: "Bill Tonkin", changed: true,
	},
	{
		// The derived text names its "Tun Vicente" whole as another
		// man than the source's speaker.
		name:    "a title and first name named whole as another person",
		derived: `Gi lancho-ña si Tun Vicente Cruz, mamatai i babui siha. "Kuarenta åños yu' gi ayu na lancho," ilek-ña si Tun Vicente.`,
		source:  `Ha sångan si Tun Jose L. Mafnas na mamatai 14 na babui-ña. "Kuarenta åños yu' gi ayu na lancho," ilek-ña si Mafnas.`,
		status:  Exact, source_: []string{"Kuarenta åños yu' gi ayu na lancho,"},
		speaker: "Mafnas", changed: true,
	},
	{
		// A list of names goes on with a name or a conjunction: no
		// apposition, and two names are no one antecedent.
		name:    "a list of names is no apposition",
		derived: "Ana Lima, Rui Sousa, e Carla Reis visitaram a feira. «A feira vai reabrir», disse.",
		source:  "«A feira vai reabrir», disse a presidente Marta Nunes.",
		status:  Exact, source_: []string{"A feira vai reabrir"},
	},
	{
		name:    "a pronoun resolved to a one-word speaker, the same person",
		derived: `"That bridge has been closed twice this year," said Ingrid Halvorsen.`,
		source:  "Halvorsen said the Mill Lane bridge would be inspected. \"That bridge has been closed twice this year,\" she said.",
		status:  Exact, source_: []string{"That bridge has been closed twice this year,"},
	},
	{
		// A possessive modifies the role after it: the person named in
		// apposition speaks.
		name:    "a possessive name is no antecedent",
		derived: `"We will be at the school gates," said Dr Achebe.`,
		source:  "Kelderby Council's director of public health, Mark Feeney, said clinics would open. \"We will be at the school gates,\" he said.",
		status:  Exact, source_: []string{"We will be at the school gates,"},
		speaker: "Mark Feeney", changed: true,
	},
	{
		// The derived text gives the officer's words to the mayor by a
		// pronoun: she is the one name of her paragraph, and the mayor
		// speaks in the source too.
		name:    "a derived pronoun resolved to another of the source's speakers",
		derived: "Mayor Rita Okoye promised help for the families. She also urged residents to stay inside, saying \"the first night is the most dangerous\".",
		source:  "\"We will help every family,\" said Mayor Rita Okoye.\n\nFire officer Jana Holm said: \"Stay inside, because the first night is the most dangerous.\"",
		status:  Fragment, speaker: "Jana Holm", changed: true,
		source_: []string{"Stay inside, because the first night is the most dangerous."},
	},
	{
		name:    "a derived pronoun resolved to the same speaker",
		derived: "Fire officer Jana Holm spoke at the hall. She urged residents to stay inside, saying \"the first night is the most dangerous\".",
		source:  "\"We will help every family,\" said Mayor Rita Okoye.\n\nFire officer Jana Holm said: \"Stay inside, because the first night is the most dangerous.\"",
		status:  Fragment, speaker: "Jana Holm",
		source_: []string{"Stay inside, because the first night is the most dangerous."},
	},
	{
		// A street is the paragraph's one name, and speaks nowhere in the
		// source: no speaker, rather than a wrong one.
		name:    "a derived pronoun's antecedent that speaks nowhere in the source",
		derived: "The fire started on Mill Lane. She urged residents to stay inside, saying \"the first night is the most dangerous\".",
		source:  "Fire officer Jana Holm said: \"Stay inside, because the first night is the most dangerous.\"",
		status:  Fragment, speaker: "Jana Holm",
		source_: []string{"Stay inside, because the first night is the most dangerous."},
	},
	{
		// Hyphens join one name ("Nweke-Agu"), and the body a role
		// belongs to ("of Ndiofe-Agbaja Autonomous Community") is no
		// person: the description's one name is the ruler's.
		name:    "hyphenated names, a description resolved",
		derived: `"Our farmers cannot take their rice to Eke Ndiofe," said Mrs Ngozi Aleke.`,
		source:  "The traditional ruler of Ndiofe-Agbaja Autonomous Community, HRH Eze Boniface Nweke-Agu, appealed for help. \"Our farmers cannot take their rice to Eke Ndiofe,\" the monarch said.",
		status:  Exact, source_: []string{"Our farmers cannot take their rice to Eke Ndiofe,"},
		speaker: "HRH Eze Boniface Nweke-Agu", changed: true,
	},
	{
		name:    "a name inside a quotation is no antecedent",
		derived: `"Keep your distance from squirrels," said Dr Marsh.`,
		source:  "The ranger told visitors: \"Ask Carlos Mendez.\" Later: \"Keep your distance from squirrels,\" he said.",
		status:  Exact, source_: []string{"Keep your distance from squirrels,"},
	},
	{
		name:    "unbalanced derived quotation",
		derived: `He said "we will not surrender`,
		source:  `"We will not surrender," he said.`,
		status:  Exact, source_: []string{"We will not surrender,"},
	},
	{
		name:    "unbalanced source quotation",
		derived: `He said "we will not surrender".`,
		source:  `He said "we will not surrender and we will win`,
		status:  Fragment, source_: []string{"we will not surrender and we will win"},
	},
	{
		name:    "an unnamed source's words given to a named man",
		derived: `"Castlebury know they can't keep him another year," Pollard said.`,
		source:  `A source close to the talks told the paper: "Castlebury know they can't keep him another year."`,
		status:  Exact, changed: true, speaker: "A source",
	},
	{
		name:    "an unnamed source, placed in other words",
		derived: `"Castlebury know they can't keep him another year," a source close to the negotiations said.`,
		source:  `A source close to the talks told the paper: "Castlebury know they can't keep him another year."`,
		status:  Exact, changed: false, speaker: "A source",
	},
	{
		name:    "the mayor's words given to an unnamed police spokesman",
		derived: "Il-Pulizija wissiet lill-pubbliku. “Nitlob lil kulħadd jibqa’ ’l bogħod mill-barrikati,” qal kelliem għall-Pulizija.",
		source: "“Kienet biss xorti,” qal is-sindku ta’ Ħal Ġrejbel, Ġużeppi Camilleri.\n\n" +
			"Is-sindku Camilleri appella lir-residenti biex ma jersqux lejn iż-żona. “Nitlob lil kulħadd jibqa’ ’l bogħod mill-barrikati,” qal.",
		status: Exact, changed: true, speaker: "Ġużeppi Camilleri",
	},
	{
		name:    "a body's words given to a company spokesperson",
		derived: `"We have made a fair and affordable offer," a company spokesperson said.`,
		source:  `A spokesperson for Carrow Bay Terminals said the company was disappointed. "We have made a fair and affordable offer," Carrow Bay Terminals said.`,
		status:  Exact, changed: false, speaker: "Carrow Bay Terminals",
	},
	{
		name:    "a body's words given to its own spokesperson, the noun after the name",
		derived: `"We have made a fair and affordable offer," a spokesperson said.`,
		source:  `"We have made a fair and affordable offer," said Carrow Bay Terminals, whose Carrow Bay Terminals spokesperson declined to add more.`,
		status:  Exact, changed: false, speaker: "Carrow Bay Terminals",
	},
	{
		name:    "a named man's words given to a spokesperson of another body",
		derived: `« Rien n'est décidé », a indiqué un porte-parole de la préfecture.`,
		source:  `« Rien n'est décidé », a déclaré Marc Dupont.`,
		status:  Exact, changed: true, speaker: "Marc Dupont",
	},
	{
		// The role's body read as the speaker ("Referatu Inwestycji",
		// stopped at "i"); the person closes the sentence after it.
		name:    "the person after the role's body",
		derived: `„Karetka i wóz strażacki w razie potrzeby przejadą przez plac budowy” – wyjaśnia Mariola Sztuka, kierownik referatu.`,
		source:  `„Karetka i wóz strażacki w razie potrzeby przejadą przez plac budowy” – wyjaśnia kierownik Referatu Inwestycji i Gospodarki Komunalnej Mariola Sztuka.`,
		status:  Exact,
	},
	{
		// Reworded past MinAltered (5 of 14 words in order), but the
		// speaker is the source's: that quotation reworded.
		name:    "reworded by the same speaker",
		derived: `„Seit 17 Uhr hatten wir über 80 Einsätze, unsere Leitstelle war total am Anschlag“, sagte Feuerwehrsprecher Markus Heilig.`,
		source:  `„Wir haben seit 17 Uhr mehr als 80 Einsätze gezählt. Die Leitstelle ist komplett ausgelastet“, sagte Feuerwehrsprecher Markus Heilig.`,
		status:  Altered, speaker: "Feuerwehrsprecher Markus Heilig",
	},
	{
		// Reworded past MinAlteredBySpeaker by word (6 of 23 in
		// order), not by stem (8: "lluvia" for "lluvias", "habilitado"
		// for "habilitar").
		name:    "reworded by the same speaker, held by stems",
		derived: `“Hemos mandado maquinaria pesada a la zona. Si la lluvia lo permite, en unos tres días tendremos habilitado por lo menos un carril”, sostuvo Quispe.`,
		source:  `“Hemos desplazado dos cargadores frontales, una excavadora y tres volquetes. Si las lluvias nos dan tregua, calculamos que en 72 horas podremos habilitar al menos un carril”, afirmó Wilfredo Quispe Ccanto.`,
		status:  Altered, speaker: "Wilfredo Quispe Ccanto",
	},
	{
		name:    "reworded, another speaker",
		derived: `„Seit 17 Uhr hatten wir über 80 Einsätze, unsere Leitstelle war total am Anschlag“, sagte Bürgermeisterin Anna Roth.`,
		source:  `„Wir haben seit 17 Uhr mehr als 80 Einsätze gezählt. Die Leitstelle ist komplett ausgelastet“, sagte Feuerwehrsprecher Markus Heilig.`,
		status:  Unattested,
	},
	{
		// The source's quotation is a third of the derived one: the
		// derived text runs on past it, a longer quotation the source
		// cut, not one reworded.
		name:    "same speaker, source quotation far shorter",
		derived: `"We are paying a lot for every single journey on the 27. I cannot look a family in the eye and defend that while we close centres for children and the elderly in every town," Pettifer said.`,
		source:  `"We are paying a lot for every single journey on the 27," Pettifer said.`,
		status:  Unattested,
	},
	{
		name:    "symbols only",
		derived: `He answered "?!" and left.`,
		source:  `His reply was "?!".`,
		status:  Exact, source_: []string{"?!"},
	},
}

func TestCheck(t *testing.T) {
	for _, tt := range checkTests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustChecker(t, tt.opts)
			checks := checkText(c, tt.derived, tt.source)
			if len(checks) == 0 {
				t.Fatalf("Check(%q) gave no verdicts", tt.derived)
			}
			ch := checks[0]
			if ch.Status != tt.status {
				t.Errorf("Check(%q).Status = %v; want %v (similarity %.2f, diff %+v)", ch.Text, ch.Status, tt.status, ch.Similarity, ch.Diff)
			}
			if tt.source_ != nil {
				if got := texts(tt.source, ch.Source); !slices.Equal(got, tt.source_) {
					t.Errorf("Check(%q).Source = %q; want %q", ch.Text, got, tt.source_)
				}
			}
			if tt.status == Unattested && (len(ch.Source) != 0 || ch.Found != (reprint.Span{}) || ch.Similarity != 0) {
				t.Errorf("Check(%q) unattested with Source %v, Found %v, Similarity %v; want none", ch.Text, ch.Source, ch.Found, ch.Similarity)
			}
			if tt.found != "" {
				if got := tt.source[ch.Found.Start:ch.Found.End]; got != tt.found {
					t.Errorf("Check(%q).Found = %q; want %q", ch.Text, got, tt.found)
				}
			}
			if ch.Prose != tt.prose {
				t.Errorf("Check(%q).Prose = %v; want %v", ch.Text, ch.Prose, tt.prose)
			}
			if tt.diff != nil && !slices.Equal(ch.Diff, tt.diff) {
				t.Errorf("Check(%q).Diff = %+v; want %+v", ch.Text, ch.Diff, tt.diff)
			}
			if ch.SpeakerChanged != tt.changed {
				t.Errorf("Check(%q).SpeakerChanged = %v (%q vs %q); want %v", ch.Text, ch.SpeakerChanged, ch.Speaker, ch.SourceSpeaker, tt.changed)
			}
			if tt.speaker != "" && ch.SourceSpeaker != tt.speaker {
				t.Errorf("Check(%q).SourceSpeaker = %q; want %q", ch.Text, ch.SourceSpeaker, tt.speaker)
			}
			checkInvariants(t, tt.derived, tt.source, quote.Extract(tt.derived, nil), checks)
		})
	}
}

// checkInvariants checks what holds of every result: one verdict per
// quotation, in bounds, consistent with its status.
func checkInvariants(t *testing.T, derived, source string, dq []quote.Quote, checks []Check) {
	t.Helper()
	if len(checks) != len(dq) {
		t.Fatalf("Check gave %d verdicts for %d quotations", len(checks), len(dq))
	}
	// In bounds; on valid UTF-8 also on rune boundaries (on invalid
	// UTF-8 a quotation may start at a stray continuation byte).
	inside := func(sp reprint.Span, text string) bool {
		if !utf8.ValidString(text) {
			return 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(text)
		}
		_, err := sp.In(text)
		return err == nil
	}
	for k, ch := range checks {
		if ch.Quote != dq[k] {
			t.Errorf("verdict %d is for %+v; want %+v", k, ch.Quote, dq[k])
		}
		if ch.Text != derived[dq[k].Span.Start:dq[k].Span.End] {
			t.Errorf("verdict %d Text %q; want the quotation's span", k, ch.Text)
		}
		if ch.Status < Exact || ch.Status > Term {
			t.Errorf("verdict %d has status %d", k, ch.Status)
		}
		if ch.Found != (reprint.Span{}) && !inside(ch.Found, source) {
			t.Errorf("verdict %d Found %v outside the source (%d bytes)", k, ch.Found, len(source))
		}
		for _, sp := range ch.Source {
			if !inside(sp, source) || sp.Empty() {
				t.Errorf("verdict %d Source span %v empty or outside the source (%d bytes)", k, sp, len(source))
			}
		}
		// A term has the source words it was found in when it would
		// otherwise be unquoted-in-source, none when unattested.
		if ch.Status == Unattested && len(ch.Source) != 0 || ch.Status != Unattested && ch.Status != Term && len(ch.Source) == 0 {
			t.Errorf("verdict %d %v with %d source spans", k, ch.Status, len(ch.Source))
		}
		if ch.Similarity < 0 || ch.Similarity > 1 {
			t.Errorf("verdict %d Similarity %v outside [0,1]", k, ch.Similarity)
		}
		if ch.Status.Faithful() && ch.Similarity != 1 {
			t.Errorf("verdict %d %v with similarity %v", k, ch.Status, ch.Similarity)
		}
		for _, op := range ch.Diff {
			switch op.Kind {
			case "equal", "replace":
				if op.Source == "" || op.Derived == "" {
					t.Errorf("verdict %d op %+v lacks a side", k, op)
				}
			case "delete":
				if op.Source == "" || op.Derived != "" {
					t.Errorf("verdict %d op %+v", k, op)
				}
			case "insert":
				if op.Source != "" || op.Derived == "" {
					t.Errorf("verdict %d op %+v", k, op)
				}
			default:
				t.Errorf("verdict %d op kind %q", k, op.Kind)
			}
		}
		if ch.SpeakerChanged && (ch.Speaker == "" || ch.SourceSpeaker == "") {
			t.Errorf("verdict %d speaker changed from %q to %q", k, ch.SourceSpeaker, ch.Speaker)
		}
	}
}

func TestCheckEmpty(t *testing.T) {
	c := mustChecker(t, Options{})
	if got := c.Check("", "", nil, nil); len(got) != 0 {
		t.Errorf("Check of empty texts = %v; want no verdicts", got)
	}
	if got := checkText(c, "No quotations here at all.", `He said "hello".`); len(got) != 0 {
		t.Errorf("Check of a text without quotations = %v; want no verdicts", got)
	}
	// A quotation whose span lies outside the derived text is clamped.
	got := c.Check("short", `"x"`, []quote.Quote{{Span: reprint.Span{Start: 3, End: 99}}}, quote.Extract(`"x"`, nil))
	if len(got) != 1 || got[0].Text != "rt" || got[0].Status != Unattested {
		t.Errorf("Check of an out-of-range span = %+v; want one unattested verdict on %q", got, "rt")
	}
}

// TestCheckOrder checks that verdicts follow the derived quotations, nested
// ones included and checked on their own.
func TestCheckOrder(t *testing.T) {
	c := mustChecker(t, Options{})
	derived := `“Putin does this often – he doesn’t say ‘no’ outright,” Zelensky wrote. Then "productive".`
	source := `“Putin does this often – he doesn’t say ‘no’ outright,” Zelensky wrote. Talks were "good and productive".`
	checks := checkText(c, derived, source)
	var got []string
	for _, ch := range checks {
		got = append(got, ch.Text+"="+ch.Status.String())
	}
	want := []string{
		"Putin does this often – he doesn’t say ‘no’ outright,=exact",
		"no=exact",
		"productive=fragment",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Check = %q; want %q", got, want)
	}
}

// TestMaxQuoteWords checks that a quotation longer than the cap is still
// found whole as exact, and judged on its first words otherwise.
func TestMaxQuoteWords(t *testing.T) {
	c := mustChecker(t, Options{MaxQuoteWords: 5})
	words := "one two three four five six seven eight nine ten"
	checks := checkText(c, `"`+words+`"`, `He said "`+words+`".`)
	if checks[0].Status != Exact {
		t.Errorf("long exact quotation: %v; want exact", checks[0].Status)
	}
	checks = checkText(c, `"`+words+` eleven"`, `He said "`+words+`".`)
	if checks[0].Status != Altered || checks[0].Similarity != 1 {
		t.Errorf("long altered quotation: %v, similarity %v; want altered on its first 5 words, 1", checks[0].Status, checks[0].Similarity)
	}
}

func TestSameSpeaker(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Zelensky", "Volodymyr Zelensky", true},
		{"Гүлнар Оспанова", "Gúlnar Ospanova", true},
		{"Milovanović", "директор Водовода Драган Миловановић", true},
		{"Радосављевић", "Milovanović", false},
		{"Сергей Иванов", "Sergej Ivanov", true},
		{"uNdwandwe", "uMnu Sibusiso Ndwandwe", true},
		{"iMeya uNdwandwe", "ukhulumeli, uMnu Ntokozo Shabalala", false},
		{"Ukrainian President Volodymyr Zelensky", "Zelensky", true},
		{"UK PM Sir Keir", "UK Prime Minister Sir Keir Starmer", true},
		{"Starmer", "Sir Keir Starmer", true},
		{"the Kremlin", "Kremlin", true},
		{"Trump", "Putin", false},
		{"Donald Trump", "Donald Tusk", false},
		// Hebrew joins the definite article to its noun; the construct
		// state drops it.
		{"האקולוגית של הרשות", `ד"ר נועה רביבו, האקולוגית של רשות נחל ארזים`, true},
		{"ראש המועצה", "ראש הממשלה", false},
		{"Trump", "", false},
		{"", "", false},
		// Names of scripts tokenized a character at a time are
		// compared by their last word whole.
		{"ບຸນທະວີ ແສງອາລຸນ", "ສີສະຫວາດ ພົມມະຈັນ", false},
		{"ສີສະຫວາດ ພົມມະຈັນ", "ທ່ານ ສີສະຫວາດ ພົມມະຈັນ ຫົວໜ້າຫ້ອງການ", true},
		{"陈德厚", "村党支部书记陈德厚", true},
		{"许明哲", "吴春山", false},
		// Names in scripts without case decline.
		{"თენგიზ ლომთაძემ", "მერი თენგიზ ლომთაძე", true},
		{"अध्यक्ष पुनले", "गाउँपालिका अध्यक्ष नरेन्द्र पुन", true},
		{"გეოლოგმა მარინე ჯაყელმა", "თენგიზ ლომთაძემ", false},
		// A first name and surname declined together in a cased
		// script are one person's; a surname alone is not matched so.
		{"Jozefa Vaľka", "KSC Jozef Vaľko", true},
		{"Jana Nováková", "Jan Novák", false},
		{"Vaľka", "Jozef Vaľko", false},
		{"Donald Trump", "Donald Tusk", false},
	} {
		if got := SameSpeaker(tt.a, tt.b); got != tt.want {
			t.Errorf("SameSpeaker(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNewInvalid(t *testing.T) {
	for _, opts := range []Options{
		{MinAltered: 1.5},
		{MinAltered: -0.1},
		{MinUnquoted: 2},
		{MinUnquotedWords: -1},
		{MaxQuoteWords: -1},
		{MaxSourceQuotes: -1},
		{MaxGap: -1},
		{MaxPostings: -1},
		{MaxCandidates: -1},
	} {
		if _, err := New(opts); !errors.Is(err, ErrInvalidOptions) {
			t.Errorf("New(%+v) error = %v; want ErrInvalidOptions", opts, err)
		}
	}
	c := mustChecker(t, Options{})
	if got := c.Options(); got.MinAltered != DefaultMinAltered || got.MaxQuoteWords != DefaultMaxQuoteWords {
		t.Errorf("New(Options{}).Options() = %+v; want defaults", got)
	}
}

func TestStatusText(t *testing.T) {
	want := []string{"exact", "fragment", "altered", "merged", "unquoted-in-source", "unattested", "term"}
	for k, w := range want {
		s := Status(k + 1)
		if s.String() != w {
			t.Errorf("Status(%d).String() = %q; want %q", k+1, s, w)
		}
	}
	if Status(0).String() != "unknown" || Status(99).String() != "unknown" {
		t.Errorf("out-of-range statuses should be unknown")
	}
	b, err := json.Marshal(Check{Status: Merged})
	if err != nil || !strings.Contains(string(b), `"status":"merged"`) {
		t.Errorf("json.Marshal(Check{Status: Merged}) = %s, %v; want status \"merged\"", b, err)
	}
}

// TestRepresents: a spokesman's words given to the body his apposition
// names are no change of speaker; another name, or none, is.
func TestRepresents(t *testing.T) {
	src := "«Nous prenons acte du verdict», a déclaré Marc-Olivier Tschanz, directeur de Gerfaut Immobilier. La société a investi."
	name := "Marc-Olivier Tschanz"
	sp := reprint.Span{Start: strings.Index(src, name), End: strings.Index(src, name) + len(name)}
	for _, tt := range []struct {
		other string
		want  bool
	}{
		{"Gerfaut Immobilier", true},
		{"Gerfaut", true},
		{"La société", false}, // the next sentence
		{"Immo", false},       // part of a word
		{"Pramont", false},
	} {
		if got := represents(src, sp, tt.other); got != tt.want {
			t.Errorf("represents(…, %q) = %v; want %v", tt.other, got, tt.want)
		}
	}
	if represents("a déclaré Marc-Olivier Tschanz de Gerfaut Immobilier.", reprint.Span{Start: 10, End: 30}, "Gerfaut Immobilier") {
		t.Error("represents without an apposition's comma = true")
	}
}

// TestSurnameSubject: a pronoun after a sentence whose subject is the
// surname of an earlier quotation's speaker stands for that speaker, and
// a surname in passing, or one no speaker had, resolves nothing.
func TestSurnameSubject(t *testing.T) {
	const source = "“We don't comment on rumors,” spokesperson Lauren Okafor said.\n\n“Foldables are no longer an experiment for us,” chief executive Martin Aldous told analysts."
	for _, tt := range []struct {
		name, derived string
		changed       bool
	}{
		{"the surname opens the sentence", "“We do not comment on rumors,” said Kestrel spokesperson Lauren Okafor.\n\nHowever, Okafor also made the company's direction clear. “Foldables are no longer an experiment for us,” she added.", true},
		{"the surname in passing", "“We do not comment on rumors,” said Kestrel spokesperson Lauren Okafor.\n\nThe company's direction, according to a note seen by Okafor, is clear. “Foldables are no longer an experiment for us,” she added.", false},
		{"a surname no speaker had", "“We do not comment on rumors,” said a Kestrel spokesperson.\n\nHowever, Okafor also made the company's direction clear. “Foldables are no longer an experiment for us,” she added.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakerChanged(t, tt.derived, source, "Foldables", tt.changed)
		})
	}
}

// TestIntroducedSubject: a pronoun opening the paragraph after one that
// introduces a person by name and apposition, among other names, stands
// for that person; a paragraph that opens with a place names nobody.
func TestIntroducedSubject(t *testing.T) {
	const tail = "\n\n“I’ve never told my teachers everything,” he said.\n\n“We have 240 young carers on our books,” said hub manager Sarah Lindqvist."
	for _, tt := range []struct {
		name, source, derived string
		changed               bool
	}{
		{"a person with an age opens the paragraph",
			"Jake Pennington, 16, from the Northgate estate, helps care for his brother while studying for his GCSEs at Haverbridge Academy." + tail,
			"“I’ve never told my teachers everything,” said Sarah Lindqvist.", true},
		{"a person with a description opens the paragraph",
			"Jake Pennington, a pupil from the Northgate estate, helps care for his brother while studying at Haverbridge Academy." + tail,
			"“I’ve never told my teachers everything,” said Sarah Lindqvist.", true},
		{"a place opens the paragraph",
			"Haverbridge Academy, which Jake Pennington attends, has 1,200 pupils." + tail,
			"“I’ve never told my teachers everything,” said Sarah Lindqvist.", false},
		{"a person opens the paragraph as its subject",
			"Jake Pennington is asking other pupils to speak up at Haverbridge Academy." + tail,
			"“I’ve never told my teachers everything,” said Sarah Lindqvist.", true},
		{"a role opens the paragraph, its holder after it",
			"Head of Year Nine at Haverbridge Academy, Jake Pennington, is asking pupils to speak up." + tail,
			"“I’ve never told my teachers everything,” said Sarah Lindqvist.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakerChanged(t, tt.derived, tt.source, "I’ve never", tt.changed)
		})
	}
}

// checkSpeakerChanged checks derived's quotation that opens with prefix
// against source: its SpeakerChanged must be changed.
func checkSpeakerChanged(t *testing.T, derived, source, prefix string, changed bool) {
	t.Helper()
	c := mustChecker(t, Options{})
	var got *Check
	for _, ch := range checkText(c, derived, source) {
		if strings.HasPrefix(ch.Text, prefix) {
			got = &ch
		}
	}
	if got == nil {
		t.Fatalf("no check of the quotation opening %q", prefix)
	}
	if got.SpeakerChanged != changed {
		t.Errorf("SpeakerChanged = %v (%q vs %q); want %v", got.SpeakerChanged, got.Speaker, got.SourceSpeaker, changed)
	}
}

// TestTitledQuotation: a quotation after "headlined" or "titled" names a
// work, of any length, and is a term; a speaker's words after a phrase
// that ends in such a word are not.
func TestTitledQuotation(t *testing.T) {
	const source = "The council will scrap the 27 bus next spring, saving £640,000 a year."
	for _, tt := range []struct {
		name, derived string
		want          Status
	}{
		{"a column's headline", "Her column in Thursday’s Courier, headlined “Scrapping the 27 bus will cut our villages adrift”, was wrong.", Term},
		{"a report's title", "The report, titled “Buses for the valleys after the subsidy ends”, is due in May.", Term},
		{"a speaker's words", "“Scrapping the 27 bus will cut our villages adrift,” said Helen Marsh.", Unattested},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := mustChecker(t, Options{})
			got := checkText(c, tt.derived, source)
			if len(got) != 1 || got[0].Status != tt.want {
				t.Fatalf("checks %+v; want one of status %v", got, tt.want)
			}
		})
	}
}

// TestClauseOpenerSpeaker: a clause's conjunction before the writer's
// "I" ("When I asked Councillor Graham Pettifer …") is no speaker's
// name: the quotation after it is the councillor's.
func TestClauseOpenerSpeaker(t *testing.T) {
	const source = "When I asked Councillor Graham Pettifer, the cabinet member for transport, to justify it, he did not hide. “We are paying £11.40 for every journey on the 27.”"
	checkSpeakerChanged(t, "“We are paying £11.40 for every journey on the 27,” said Councillor Graham Pettifer.", source, "We are paying", false)
}

// TestHolderBefore: the name a role stands in apposition to.
func TestHolderBefore(t *testing.T) {
	for _, tt := range []struct{ text, role, want string }{
		{"Dr Rajesh Bhatt, Director of Infection Prevention and Control, said: “…”", "Director of Infection Prevention and Control", "Dr Rajesh Bhatt"},
		{"The trust said.\nSiân Pritchard-Lowe, Operations Director, said", "Operations Director", "Siân Pritchard-Lowe"},
		{"A spokesman for the council, Director of Housing, said", "Director of Housing", ""},
		{"Director of Housing said", "Director of Housing", ""},
	} {
		i := strings.Index(tt.text, tt.role)
		if got := holderBefore(tt.text, reprint.Span{Start: i, End: i + len(tt.role)}); got != tt.want {
			t.Errorf("holderBefore(%q, %q) = %q; want %q", tt.text, tt.role, got, tt.want)
		}
	}
	if SameSpeaker("Dr Rajesh Bhatt", "") {
		t.Error(`SameSpeaker(name, "") = true`)
	}
}

// TestDescriptionNounPostposed: a description whose article follows its
// noun (Ewe "fia la", the chief; Pulaar "Meer oo", the mayor) has that
// noun, not the article; a pronoun has none.
func TestDescriptionNounPostposed(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`“Míekpɔ nu sia tɔgbi kpɔ o,” fia la gblɔ.`, "fia"},
		{`Meer oo ɓeydi wiyde: « Ko ɓuri feccere jeeyooɓe ɓee ina njoɓa ñamaale banke. »`, "Meer"},
		{`« Jagokɛlaw dɔw ye kuran sama u yɛrɛ ma », a ko ten.`, ""},
	} {
		qs := quote.Extract(c.text, nil)
		if len(qs) != 1 || !qs[0].Pronoun {
			t.Fatalf("Extract(%q) = %+v, want one quotation with a description", c.text, qs)
		}
		if got := descriptionNoun(c.text, qs[0]); got != c.want {
			t.Errorf("descriptionNoun(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDescriptionTakesUpSpeaker checks a derived quotation whose
// description ("so die Amtstierärztin") takes up the speaker of the
// paragraph before.
func TestDescriptionTakesUpSpeaker(t *testing.T) {
	source := "„Das Virus wird vor allem durch Wildvögel eingeschleppt“, sagte Ortlieb.\n\n„Wer erhöhte Verluste bemerkt, muss sich umgehend bei uns melden“, sagte Ortlieb."
	tests := []struct {
		name, derived string
		changed       bool
	}{
		{"the speaker of the paragraph before, by another of her roles",
			"„Das Virus wird vor allem durch Wildvögel eingeschleppt“, sagte die Leiterin des Veterinäramts, Sabine Ortlieb.\n\n„Wer erhöhte Verluste bemerkt, muss sich umgehend bei uns melden“, so die Amtstierärztin.",
			false},
		{"a description the derived text gives another person",
			"Landrat Matthias Krämling besuchte den Hof.\n\n„Das Virus wird vor allem durch Wildvögel eingeschleppt“, sagte Sabine Ortlieb.\n\n„Wer erhöhte Verluste bemerkt, muss sich umgehend bei uns melden“, so der Landrat.",
			true},
		{"a description after another speaker's paragraph",
			"„Das Virus wird vor allem durch Wildvögel eingeschleppt“, sagte Matthias Krämling.\n\n„Wer erhöhte Verluste bemerkt, muss sich umgehend bei uns melden“, so die Amtstierärztin.",
			true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checks := checkText(mustChecker(t, Options{}), tt.derived, source)
			ch := checks[len(checks)-1]
			if ch.Status != Exact || ch.SpeakerChanged != tt.changed {
				t.Errorf("Check(%q) = %v, SpeakerChanged %v (%q vs %q); want exact, %v", ch.Text, ch.Status, ch.SpeakerChanged, ch.Speaker, ch.SourceSpeaker, tt.changed)
			}
		})
	}
}
