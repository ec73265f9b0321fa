package quote

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// got is the readable form of a Quote that the tables compare.
type got struct {
	Text       string // the Span's text
	Speaker    string
	Pronoun    string // the pronoun's text when Pronoun is set
	Depth      int
	Continued  bool
	Unbalanced bool
}

func view(text string, qs []Quote) []got {
	var out []got
	for _, q := range qs {
		g := got{Text: text[q.Span.Start:q.Span.End], Speaker: q.Speaker, Depth: q.Depth, Continued: q.Continued, Unbalanced: q.Unbalanced}
		if q.Pronoun {
			g.Pronoun = text[q.SpeakerSpan.Start:q.SpeakerSpan.End]
		}
		out = append(out, g)
	}
	return out
}

var extractTests = []struct {
	name string
	in   string
	want []got
}{
	{"none", "No quotation here, only Russia's and don't.", nil},
	{"said after", `"We will win," Zelensky said.`, []got{{Text: "We will win,", Speaker: "Zelensky"}}},
	{"said inverted", `"We will win," said Mr Smith.`, []got{{Text: "We will win,", Speaker: "Mr Smith"}}},
	{"said role name", `"The gap has been closed," said head keeper Laura Beddoes.`, []got{{Text: "The gap has been closed,", Speaker: "Laura Beddoes"}}},
	{"said role name, clause after", `"We moved people out early," said agency commander Rui Tavares, who led the operation.`, []got{{Text: "We moved people out early,", Speaker: "Rui Tavares"}}},
	{"said place, not a role", `"It is over," said police in Hemsby Cross.`, []got{{Text: "It is over,"}}},
	{"said time, not a role", `"It is over," said officials on Monday Night.`, []got{{Text: "It is over,"}}},
	{"said role, one-word name", `"It is over," said keeper Laura.`, []got{{Text: "It is over,"}}},
	{"Igbo: ka, the speaker, the verb", `“Ego anyị ji azụ ahịa niile dị n'ime ụlọ ahịa ndị ahụ,” ka Anyaọkụ gbakwụnyere.`, []got{{Text: "Ego anyị ji azụ ahịa niile dị n'ime ụlọ ahịa ndị ahụ,", Speaker: "Anyaọkụ"}}},
	{"Luxembourgish: the verb, the article, the name", `„Beim Donnerwieder ass do Reewaasser mat Buedem erageschwemmt ginn“, erkläert d'Danielle Hoscheid-Wolff.`, []got{{Text: "Beim Donnerwieder ass do Reewaasser mat Buedem erageschwemmt ginn", Speaker: "Danielle Hoscheid-Wolff"}}},
	{"Luxembourgish: the verb, the article, the role and name", `„De Behälter ass 1968 gebaut ginn“, erkläert den Ingenieur Marc Kleinbauer vum SEK.`, []got{{Text: "De Behälter ass 1968 gebaut ginn", Speaker: "Ingenieur Marc Kleinbauer"}}},
	{"Sindhi: the speaker, further, said that", `ايڪسيئن ڏاهري وڌيڪ چيو ته "نقصان جو سروي ٽن ڏينهن اندر مڪمل ڪري رپورٽ موڪلي ويندي."`, []got{{Text: "نقصان جو سروي ٽن ڏينهن اندر مڪمل ڪري رپورٽ موڪلي ويندي.", Speaker: "ايڪسيئن ڏاهري"}}},
	{"Sindhi: he said that", `هن چيو ته "نقصان جو سروي ٽن ڏينهن اندر مڪمل ٿيندو."`, []got{{Text: "نقصان جو سروي ٽن ڏينهن اندر مڪمل ٿيندو.", Pronoun: "هن"}}},
	{"Korean: a particle joined to the closing single mark", `소방 당국은 25분 만에 ‘대응 1단계’를 내리고 출동했다.`, []got{{Text: "대응 1단계"}}},
	{"Hebrew: gershayim typed as a straight mark", `ד"ר נועה רביבו אמרה: "האוכלוסייה כאן יציבה". צה"ל לא הגיב.`, []got{{Text: "האוכלוסייה כאן יציבה", Speaker: "ד\"ר נועה רביבו"}}},
	{"Hebrew: gershayim inside a quotation", `"פגשתי את ד"ר כהן ואת נציגי צה"ל בבוקר", אמר השר.`, []got{{Text: "פגשתי את ד\"ר כהן ואת נציגי צה\"ל בבוקר", Speaker: "השר"}}},
	{"said role, surname named before", `Laura Beddoes runs the zoo. "It is over," said keeper Beddoes.`, []got{{Text: "It is over,", Speaker: "Beddoes"}}},
	{"role and surname, Slovenian", `Tega se zaveda tudi prvi mož občine Marjan Kolenc. „Pobočje se še vedno premika,“ je pojasnil župan Kolenc.`, []got{{Text: "Pobočje se še vedno premika,", Speaker: "Kolenc"}}},
	{"role and a word not named before", `Laura Beddoes runs the zoo. "It is over," said keeper Smith.`, []got{{Text: "It is over,"}}},
	{"wrote", `"Putin is lying," Zelensky wrote on X.`, []got{{Text: "Putin is lying,", Speaker: "Zelensky"}}},
	{"colon before", `Putin added: "It will be good."`, []got{{Text: "It will be good.", Speaker: "Putin"}}},
	{"said before no colon", `Trump said "everybody knows".`, []got{{Text: "everybody knows", Speaker: "Trump"}}},
	{"told reporters", `"It is over," Leavitt told reporters.`, []got{{Text: "It is over,", Speaker: "Leavitt"}}},
	{"according to", `The talks were "productive", according to the Kremlin.`, []got{{Text: "productive", Speaker: "the Kremlin"}}},
	{"title sequence", `UK Prime Minister Sir Keir Starmer said Putin was "not serious".`, []got{{Text: "not serious", Speaker: "UK Prime Minister Sir Keir Starmer"}}},
	{"of in name", `US Secretary of State Marco Rubio stressed the "only way".`, []got{{Text: "only way", Speaker: "US Secretary of State Marco Rubio"}}},
	{"apposition", `David Lammy, who was at the meeting, said there were "no conditions".`, []got{{Text: "no conditions", Speaker: "David Lammy"}}},
	{"relative clause on a role's body", `Martin Oduya, regional organiser for the Care and Support Workers’ Union, which represents around 70 Fellbrook staff, said: “These are people on the lowest wages.”`, []got{{Text: "These are people on the lowest wages.", Speaker: "Martin Oduya"}}},
	{"relative clause on the speaking body", `Asked about it, Unison, which represents staff, said: “These are people.”`, []got{{Text: "These are people.", Speaker: "Unison"}}},
	{"pronoun", `"There is no threat," it said.`, []got{{Text: "There is no threat,", Pronoun: "it"}}},
	{"pronoun before", `He said Putin would "drag" everyone.`, []got{{Text: "drag", Pronoun: "He"}}},
	{"weekday not speaker", `The post on Friday said the talks were "productive".`, []got{{Text: "productive"}}},
	{"opener stripped", `But Zelensky said it was "manipulative".`, []got{{Text: "manipulative", Speaker: "Zelensky"}}},
	{"auxiliary", `Putin had said the idea was "right".`, []got{{Text: "right", Speaker: "Putin"}}},
	{"later clause", `They shared "cautious optimism" over the process, the Kremlin confirmed.`, []got{{Text: "cautious optimism", Speaker: "the Kremlin"}}},
	{"scare quote one word", `Zelensky will “reject” the deal.`, []got{{Text: "reject"}}},
	{"curly with nested", `“he doesn’t say ‘no’ outright,” Zelensky said.`,
		[]got{{Text: "he doesn’t say ‘no’ outright,", Speaker: "Zelensky"}, {Text: "no", Depth: 1}}},
	{"curly single as quote", `US had ‘productive’ talks, Trump says.`, []got{{Text: "productive", Speaker: "Trump"}}},
	{"apostrophes only", `Russia’s court, the ’90s and the Russians’ views.`, nil},
	{"straight single nested", `"He told me 'never' again," she said.`,
		[]got{{Text: "He told me 'never' again,", Pronoun: "she"}, {Text: "never", Depth: 1}}},
	// Straight and curly marks mixed in one quotation pair up (issue 10):
	// either closes the other.
	{"mixed straight then curly", "\"We will not be rushed,\u201d she said. \"Safety comes first.\"",
		[]got{{Text: "We will not be rushed,", Pronoun: "she"}, {Text: "Safety comes first.", Pronoun: "she", Continued: true}}},
	{"mixed curly then straight", "\u201cThis is a serious blow,\" said Erik Dahl. \"But it was right.\"",
		[]got{{Text: "This is a serious blow,", Speaker: "Erik Dahl"}, {Text: "But it was right.", Speaker: "Erik Dahl", Continued: true}}},
	{"inch mark inside curly", "\u201cThe 5\" screen is fine,\u201d he said.",
		[]got{{Text: "The 5\" screen is fine,", Pronoun: "he"}}},
	{"straight nested in curly", "\u201cThey called it \"fake\" today,\u201d he said.",
		[]got{{Text: "They called it \"fake\" today,", Pronoun: "he"}, {Text: "fake", Depth: 1}}},
	{"guillemets", `Путин заявил: «Мы согласны».`, []got{{Text: "Мы согласны", Speaker: "Путин"}}},
	{"german low quotes", `Er sagte: „Wir sind bereit“.`, []got{{Text: "Wir sind bereit", Pronoun: "Er"}}},
	{"german incise", `„Das ist fast ein Viertel unserer Jahresmenge“, sagte Geschäftsführerin Birte Kallenbach.`,
		[]got{{Text: "Das ist fast ein Viertel unserer Jahresmenge", Speaker: "Geschäftsführerin Birte Kallenbach"}}},
	{"french incise with an auxiliary", `« C'est un séisme pour tout le canton », a réagi Gérard Laporte, maire de Vaudrel.`,
		[]got{{Text: "C'est un séisme pour tout le canton", Speaker: "Gérard Laporte"}}},
	{"Ewe: thus, a noun and its article after it, said it", `“Míeŋlɔ agbalẽ zi geɖe,” ale fia la gblɔe.`, []got{{Text: "Míeŋlɔ agbalẽ zi geɖe,", Pronoun: "fia la"}}},
	{"Ewe: a noun and its article, said", `“Míekpɔ nu sia tɔgbi kpɔ o,” fia la gblɔ.`, []got{{Text: "Míekpɔ nu sia tɔgbi kpɔ o,", Pronoun: "fia la"}}},
	{"Ewe: thus, the name, said it", `“Míeŋlɔ agbalẽ zi geɖe,” ale Dzokoto gblɔe.`, []got{{Text: "Míeŋlɔ agbalẽ zi geɖe,", Speaker: "Dzokoto"}}},
	{"Czech: ale (but) is no Ewe thus", `„Nevíme, co bude,“ ale Novák odešel.`, []got{{Text: "Nevíme, co bude,"}}},
	{"Ewe's article only before an Ewe verb", `“Míekpɔ nu sia tɔgbi kpɔ o,” fia la said.`, []got{{Text: "Míekpɔ nu sia tɔgbi kpɔ o,"}}},
	{"Pulaar: a noun and its determiner, added, to say", `Meer oo ɓeydi wiyde: « Ko ɓuri feccere jeeyooɓe ɓee ina njoɓa ñamaale banke. »`, []got{{Text: "Ko ɓuri feccere jeeyooɓe ɓee ina njoɓa ñamaale banke.", Pronoun: "Meer oo"}}},
	{"Pulaar: the pronoun, added, to say", `Meer Mammadu Saydu Bah siftinii ko jeyngol goɗngol ñaamnoo barakaaji. O ɓeydi wiyde: « Min ɗaɓɓii laamu ndu. »`, []got{{Text: "Min ɗaɓɓii laamu ndu.", Pronoun: "O"}}},
	{"Bambara: the pronoun, said, so", `« Jagokɛlaw dɔw ye kuran sama u yɛrɛ ma », a ko ten.`, []got{{Text: "Jagokɛlaw dɔw ye kuran sama u yɛrɛ ma", Pronoun: "a"}}},
	{"Bambara: a role, the name, said it so", `« Jagokɛlaw dɔw ye kuran sama u yɛrɛ ma », meri Ami Sangare y'a fɔ ten.`, []got{{Text: "Jagokɛlaw dɔw ye kuran sama u yɛrɛ ma", Speaker: "Ami Sangare"}}},
	{"Bambara: the name, said", `« An y'u lasɔmi siɲɛ caman », Seydu Jara ko.`, []got{{Text: "An y'u lasɔmi siɲɛ caman", Speaker: "Seydu Jara"}}},
	{"Māori: ko before a name is no Bambara said", `“Kua pau te wai,” ko Hone Tipene te kaumātua.`, []got{{Text: "Kua pau te wai,"}}},
	{"Mooré: a role, the particle, the name, focus, said so", `« D zoe n tɩ get », raag-naab a Sawadogo Rasmane n yeel woto.`, []got{{Text: "D zoe n tɩ get", Speaker: "Sawadogo Rasmane"}}},
	{"Mooré: the subject set before the comma, the pronoun, said", `Komĩnã meer a Kabore Isaka sẽn togs kibarã, a yeelame: « Komĩnã na n sõng koosdbã. »`, []got{{Text: "Komĩnã na n sõng koosdbã.", Speaker: "Kabore Isaka"}}},
	{"Mooré: the pronoun, said", `A bool koosdbã. A yeelame: « Komĩnã na n sõng koosdbã. »`, []got{{Text: "Komĩnã na n sõng koosdbã.", Pronoun: "A"}}},
	{"Mooré: a name with no verb of speech", `« D zoe n tɩ get », a Kabore Isaka n kẽnga.`, []got{{Text: "D zoe n tɩ get"}}},
	{"Sango: the name, said", `« Lege ti gara asiö mingi », Bernard Zoumalé atene.`, []got{{Text: "Lege ti gara asiö mingi", Speaker: "Bernard Zoumalé"}}},
	{"Sango: the name, an apposition, told", `« Lege ti gara asiö mingi », Lieutenant Aristide Mbaïkoua, ti âpompier ti Bangui, afa.`, []got{{Text: "Lege ti gara asiö mingi", Speaker: "Lieutenant Aristide Mbaïkoua"}}},
	{"french incise in the present", `« Sans la verrerie, c'est un tiers des emplois qui disparaissent », résume Karim Bensaïd.`,
		[]got{{Text: "Sans la verrerie, c'est un tiers des emplois qui disparaissent", Speaker: "Karim Bensaïd"}}},
	{"french incise, a role in parentheses and an apposition", `« Sans la verrerie, c'est un tiers des emplois qui disparaissent », a réagi la maire (divers gauche), Martine Lecoutre, qui demande à l'État d'agir.`,
		[]got{{Text: "Sans la verrerie, c'est un tiers des emplois qui disparaissent", Speaker: "Martine Lecoutre"}}},
	{"french inverted pronoun", `« Personne ne s'attendait à un tel élan », raconte Julien Cattin. « Un village sans bistrot, c'est un village qui meurt », ajoute-t-il.`,
		[]got{{Text: "Personne ne s'attendait à un tel élan", Speaker: "Julien Cattin"}, {Text: "Un village sans bistrot, c'est un village qui meurt", Pronoun: "il"}}},
	{"a title's full stop", `"The risk to the public is low," said Dr. Lena Marsh, the county's health officer.`,
		[]got{{Text: "The risk to the public is low,", Speaker: "Dr. Lena Marsh"}}},
	{"a title's full stop before the verb", `Dr. Marsh said: "Plague is rare."`,
		[]got{{Text: "Plague is rare.", Speaker: "Dr. Marsh"}}},
	{"Nynorsk: a dash quotation, 'seier X'", "– Eg såg steinane kome over vegen, seier Kari Nesheim til NTB.",
		[]got{{Text: "Eg såg steinane kome over vegen", Speaker: "Kari Nesheim"}}},
	{"Hungarian: the outlet told, in the dative, is no speaker", `Bognár Ildikó, a település polgármestere az MTI-nek nyilatkozta: „Derékig állt a víz.”`,
		[]got{{Text: "Derékig állt a víz.", Speaker: "Bognár Ildikó"}}},
	{"a description before the verb names nobody", `The Labour leader said: "The town centre is dying."`,
		[]got{{Text: "The town centre is dying."}}},
	{"an organisation's spokesperson before the verb", `A Department of Health spokesperson said: "No patient should wait."`,
		[]got{{Text: "No patient should wait.", Speaker: "A Department of Health"}}},
	{"a name from an organisation, then the verb", `Councillor Diane Hollis from East Rydale Council says: "Safety comes first."`,
		[]got{{Text: "Safety comes first.", Speaker: "Councillor Diane Hollis"}}},
	{"an organisation's spokesperson: the role read as before", `A spokesperson from Network Rail said: "Trains will run."`,
		[]got{{Text: "Trains will run.", Speaker: "A spokesperson"}}},
	{"an aside between the verb and the speaker", `« Un village sans bistrot, c'est un village qui meurt », résume de son côté la maire, Catherine Vuillermoz, dont la commune a avancé les frais.`,
		[]got{{Text: "Un village sans bistrot, c'est un village qui meurt", Speaker: "Catherine Vuillermoz"}}},
	{"german heißt es", `Der Abbau solle „sozialverträglich gestaltet“ werden, heißt es in der Mitteilung.`,
		[]got{{Text: "sozialverträglich gestaltet", Pronoun: "es"}}},
	{"italian incise", `«È il terzo incendio in quattro anni», ha raccontato Giuliana Marras, 67 anni.`,
		[]got{{Text: "È il terzo incendio in quattro anni", Speaker: "Giuliana Marras"}}},
	{"spanish incise", `"Esta fábrica es el pueblo", dijo el alcalde Vicent Ferrer.`,
		[]got{{Text: "Esta fábrica es el pueblo", Speaker: "Vicent Ferrer"}}},
	{"portuguese incise", `«Não aceitamos que se feche uma fábrica centenária», afirmou Rosa Antunes.`,
		[]got{{Text: "Não aceitamos que se feche uma fábrica centenária", Speaker: "Rosa Antunes"}}},
	{"ukrainian incise", `«Ми не могли ризикувати людьми», – заявив Олег Данилюк.`,
		[]got{{Text: "Ми не могли ризикувати людьми", Speaker: "Олег Данилюк"}}},
	{"ukrainian present incise", `«Міст роками ніхто не ремонтував», — каже староста села Віктор Лисенко.`,
		[]got{{Text: "Міст роками ніхто не ремонтував", Speaker: "Віктор Лисенко"}}},
	{"ukrainian pronoun incise", `«Міст роками ніхто не ремонтував», — поскаржилася вона.`,
		[]got{{Text: "Міст роками ніхто не ремонтував", Pronoun: "вона"}}},
	{"bulgarian incise", `„Гласувахме на тъмно“, заяви Стефан Илиев.`,
		[]got{{Text: "Гласувахме на тъмно", Speaker: "Стефан Илиев"}}},
	{"french incise of manner", `« J'y ai bu mon premier café en 1946 », sourit Marcelle Girod.`,
		[]got{{Text: "J'y ai bu mon premier café en 1946", Speaker: "Marcelle Girod"}}},
	{"spanish present before a quotation", `La alcaldesa, Marta Salcedo, sostiene que la zona busca "un centro pensado para las personas".`,
		[]got{{Text: "un centro pensado para las personas", Speaker: "Marta Salcedo"}}},
	{"portuguese admitiu", `«Parecia um trovão», admitiu Josué Ramalho.`,
		[]got{{Text: "Parecia um trovão", Speaker: "Josué Ramalho"}}},
	{"german erzählte", `„Zuerst dachte ich, da brennt ein Container“, erzählte Mehmet Aydın.`,
		[]got{{Text: "Zuerst dachte ich, da brennt ein Container", Speaker: "Mehmet Aydın"}}},
	{"swedish dash quotation", "– Vi har gjort allt vi kunnat, säger Helena Strandberg, vd för bruket.",
		[]got{{Text: "Vi har gjort allt vi kunnat", Speaker: "Helena Strandberg"}}},
	{"swedish dash quotation, a pronoun and a second piece", "– Vi vet inte än, säger hon. – Men vi ger inte upp.",
		[]got{{Text: "Vi vet inte än", Pronoun: "hon"}, {Text: "Men vi ger inte upp.", Pronoun: "hon", Continued: true}}},
	{"a dash paragraph with no attribution continues", "– Det är en sorg, säger Anna Berg.\n\n– Folk är chockade.",
		[]got{{Text: "Det är en sorg", Speaker: "Anna Berg"}, {Text: "Folk är chockade.", Speaker: "Anna Berg", Continued: true}}},
	{"norwegian past sa", "– Vi har mast om rassikring i over ti år, sa Holm tirsdag.",
		[]got{{Text: "Vi har mast om rassikring i over ti år", Speaker: "Holm"}}},
	{"norwegian skriver, a written statement's words", "– Vi vet foreløpig ikke hvor forurensningen kommer fra, skriver kommuneingeniør Halvard Brenden i meldingen.",
		[]got{{Text: "Vi vet foreløpig ikke hvor forurensningen kommer fra", Speaker: "Halvard Brenden"}}},
	{"norwegian sa with a pronoun, the outlet after it is no speaker", "– Vi vet ikke ennå, sa han til NRK.",
		[]got{{Text: "Vi vet ikke ennå", Pronoun: "han"}}},
	{"Tagalog: the title Engr. before the name", "“Ginagawa namin ito para walang masawi,” ani Engr. Ramon Santelices.",
		[]got{{Text: "Ginagawa namin ito para walang masawi,", Speaker: "Engr. Ramon Santelices"}}},
	{"a place, a role and the person after the verb", `"Both drivers were very lucky," said Bukit Seraya district police chief Supt Roslan Idris.`,
		[]got{{Text: "Both drivers were very lucky,", Speaker: "Supt Roslan Idris"}}},
	{"a body, a role and the person after the verb", `"The talks were productive," said White House press secretary Karoline Leavitt on Friday.`,
		[]got{{Text: "The talks were productive,", Speaker: "Karoline Leavitt"}}},
	{"danish: lyder det fra a role and a name", "- Det er det vigtigste lige nu, lyder det fra borgmester Hanne Krogh-Sørensen (V).",
		[]got{{Text: "Det er det vigtigste lige nu", Speaker: "Hanne Krogh-Sørensen"}}},
	{"the one told after the speaker is no speaker", "– Vi har begge to arbejdet derude hele vores voksne liv, siger Kim Dalsgaard til Vestlimfjord Avis.",
		[]got{{Text: "Vi har begge to arbejdet derude hele vores voksne liv", Speaker: "Kim Dalsgaard"}}},
	{"a role with its body, then the person in apposition", `„Echipajele noastre au intervenit toată noaptea”, a precizat purtătorul de cuvânt al ISU Vâlcea, Cristina Mocanu.`,
		[]got{{Text: "Echipajele noastre au intervenit toată noaptea", Speaker: "Cristina Mocanu"}}},
	{"a role in apposition to a place is no speaker", `"The road is closed," said the council of Harwick, which runs it.`,
		[]got{{Text: "The road is closed,"}}},
	{"hungarian incise after a dash, the verb's particle apart", `„A pillér már húsz centimétert süllyedt” – tette hozzá Pintér Gábor.`,
		[]got{{Text: "A pillér már húsz centimétert süllyedt", Speaker: "Pintér Gábor"}}},
	{"armenian incise, the auxiliary after the participle and a role before the name", "«Վտանգ չկա»,- ասել է համայնքի ղեկավար Գագիկ Մանուկյանը։",
		[]got{{Text: "Վտանգ չկա", Speaker: "Գագիկ Մանուկյանը"}}},
	{"armenian incise, a role in a body named in quotation marks", "«Ջուրը բաց ենք թողնում»,- ասաց «Արփաջուր» ՓԲԸ գլխավոր ինժեներ Սամվել Հովակիմյանը։",
		[]got{{Text: "Ջուրը բաց ենք թողնում", Speaker: "Սամվել Հովակիմյանը"}, {Text: "Արփաջուր"}}},
	{"two roles in apposition before the name", "«Ծիրանը ջրի կարիք ունի»,- ասել է Նոր Արևիկի բնակիչ, այգեգործ Անահիտ Գրիգորյանը։",
		[]got{{Text: "Ծիրանը ջրի կարիք ունի", Speaker: "Անահիտ Գրիգորյանը"}}},
	{"cebuano incise, the person marker before the name", "“Katulo na namo gipahibalo ang mga tag-iya sa puwesto bahin niini,” dugang ni Bacalso.",
		[]got{{Text: "Katulo na namo gipahibalo ang mga tag-iya sa puwesto bahin niini,", Speaker: "Bacalso"}}},
	{"javanese incise, the honorific verb before the title and name", "“Pemerintah kabupaten ora bakal ninggal para bakul,” dhawuhe Bupati Retno.",
		[]got{{Text: "Pemerintah kabupaten ora bakal ninggal para bakul,", Speaker: "Bupati Retno"}}},
	{"tagalog incise", "“Hindi namin pababayaan ang mga residente,” sabi ni Mayor Reyes.",
		[]got{{Text: "Hindi namin pababayaan ang mga residente,", Speaker: "Mayor Reyes"}}},
	{"azerbaijani incise, the speaker before the verb", "“Heç bir ailə açıq havada qalmayacaq”, – deyə rayon icra hakimiyyəti başçısının müavini Rauf Səmədov bildirib.",
		[]got{{Text: "Heç bir ailə açıq havada qalmayacaq", Speaker: "Rauf Səmədov"}}},
	{"azerbaijani incise, a noun and edib", "“Monitorinq davam edəcək”, – deyə N.Hacıyeva qeyd edib.",
		[]got{{Text: "Monitorinq davam edəcək", Speaker: "N.Hacıyeva"}}},
	{"azerbaijani incise, a pronoun", "“Evim çatlayır”, – deyə o bildirib.",
		[]got{{Text: "Evim çatlayır", Pronoun: "o"}}},
	{"irish: the particle and the verb before the speaker", "“Níl aon rogha againn,” a dúirt Seosamh Mac Giolla Bhríde, príomhinnealtóir an Údaráis.",
		[]got{{Text: "Níl aon rogha againn,", Speaker: "Seosamh Mac Giolla Bhríde"}}},
	{"irish arsa", "“Tá an cé ag titim,” arsa Donncha Ó Gallchóir.",
		[]got{{Text: "Tá an cé ag titim,", Speaker: "Donncha Ó Gallchóir"}}},
	{"turkmen incise, a comma after diýip and a body in quotation marks", "“Desga işe başlady” diýip, “Bereketli suw” hojalyk jemgyýetiniň baş inženeri Serdar Öwezmyradow gürrüň berdi.",
		[]got{{Text: "Desga işe başlady", Speaker: "Serdar Öwezmyradow"}, {Text: "Bereketli suw"}}},
	{"turkmen incise, sözüne goşdy", `"Tehnologiýa täze" diýip, Döwletmyrat Hojagulyýew sözüne goşdy.`,
		[]got{{Text: "Tehnologiýa täze", Speaker: "Döwletmyrat Hojagulyýew"}}},
	{"turkmen incise, berdi without its noun is no verb of speech", "“Suw geldi” diýip, Aýna Garaýewa kitap berdi.",
		[]got{{Text: "Suw geldi"}}},
	{"azerbaijani: according to the words of, in the genitive", "N.Hacıyevanın sözlərinə görə, qərar nəticədən asılı olacaq: “Cihazları hər gün izləyirik.”",
		[]got{{Text: "Cihazları hər gün izləyirik.", Speaker: "N.Hacıyeva"}}},
	{"hindi: the agent mark before the verb, after the quotation", "‘‘अगर समय पर मरम्मत हो जाती।’’ प्रधानाध्यापक तिवारी ने भावुक होकर कहा।",
		[]got{{Text: "अगर समय पर मरम्मत हो जाती।", Speaker: "प्रधानाध्यापक तिवारी"}}},
	{"hindi: a verb with a comma before a quotation introduces the next", "बलवंत यादव ने कहा, ‘‘मेरी बेटी के टांके आए हैं।’’ उन्होंने कहा, ‘‘अगर मरम्मत हो जाती।’’",
		[]got{{Text: "मेरी बेटी के टांके आए हैं।", Speaker: "बलवंत यादव"}, {Text: "अगर मरम्मत हो जाती।", Pronoun: "उन्होंने"}}},
	{"bhojpuri: the name before कहलें, the quotation after", "जिलाधिकारी विमल कुमार चौधरी कहलें, “छव गो राहत शिविर चालू बा।”",
		[]got{{Text: "छव गो राहत शिविर चालू बा।", Speaker: "जिलाधिकारी विमल कुमार चौधरी"}}},
	{"bhojpuri: the honorific pronoun with its particle after the quotation", "“छव गो राहत शिविर चालू बा,” उहाँ के कहलें।",
		[]got{{Text: "छव गो राहत शिविर चालू बा,", Pronoun: "उहाँ के"}}},
	{"dhivehi: the speaker before the sentence-final verb", `"ފެން މަދުވުމުން ސާފުތާހިރުކަން ދަށަށް ދާނެ،" ޑރ. ނަސީމް ވިދާޅުވިއެވެ.`,
		[]got{{Text: "ފެން މަދުވުމުން ސާފުތާހިރުކަން ދަށަށް ދާނެ،", Speaker: "ޑރ. ނަސީމް"}}},
	{"sindhi: a relative clause and a participle between the name and the verb", `مائي زليخان ڄڻيجو، جنهن جو گهر به ڊهي پيو، ان رات جو احوال ڪندي چيو: "اسين ننڊ ۾ هئاسين"`,
		[]got{{Text: "اسين ننڊ ۾ هئاسين", Speaker: "مائي زليخان ڄڻيجو"}}},
	{"urdu: X کا کہنا تھا کہ", `ڈاکٹر شازیہ ملک کا کہنا تھا کہ "ہر پینل پر ایک کوڈ درج ہوگا"`,
		[]got{{Text: "ہر پینل پر ایک کوڈ درج ہوگا", Speaker: "ڈاکٹر شازیہ ملک"}}},
	{"bengali: an addressee between the speaker and the verb", "জেলা প্রশাসক আরিফুল হক মজুমদার সাংবাদিকদের বলেন, “কৃষকের ক্ষতি হবে না।”",
		[]got{{Text: "কৃষকের ক্ষতি হবে না।", Speaker: "জেলা প্রশাসক আরিফুল হক মজুমদার"}}},
	{"georgian: the speaker after the verb of the incise", "„ფერდობი ჯერ კიდევ მოძრაობს“, – აღნიშნა გეოლოგმა მარინე ჯაყელმა, რომელიც მონიტორინგს ახორციელებს.",
		[]got{{Text: "ფერდობი ჯერ კიდევ მოძრაობს", Speaker: "გეოლოგმა მარინე ჯაყელმა"}}},
	{"arabic: a role and the name apposed after the verb", `وقالت الرئيسة التنفيذية لشركة سواحل، الدكتورة ليلى يوسف المرزوقي: "اعتمدنا على ألواح شمسية"`,
		[]got{{Text: "اعتمدنا على ألواح شمسية", Speaker: "الرئيسة التنفيذية لشركة سواحل، الدكتورة ليلى يوسف المرزوقي"}}},
	{"arabic: a participle of saying after a clause, its verb no verb of speech", `وطمأن رئيس البلدية نضال الخوالدة التجار بشأن الكلفة قائلاً: "الأشهر الستة الأولى معفاة من الأجرة"`,
		[]got{{Text: "الأشهر الستة الأولى معفاة من الأجرة", Speaker: "رئيس البلدية نضال الخوالدة التجار"}}},
	{"arabic: a fronted topic before the participle's clause", `وفيما يخص إجراءات الأمان، حذر المحافظ من أي تهاون، مؤكدا: "لن نتهاون مع أي مخالفة"`,
		[]got{{Text: "لن نتهاون مع أي مخالفة", Speaker: "المحافظ"}}},
	{"arabic: the occasion after the speaker", `وأكد المحافظ خلال مراسم التدشين أن المشروع يخدم القرى، وقال: "تشغيل هذا الخط يخفف الأعباء"`,
		[]got{{Text: "تشغيل هذا الخط يخفف الأعباء", Speaker: "المحافظ"}}},
	{"arabic: the subject in the verb", `وأضاف: "لم يعد مقبولاً"`,
		[]got{{Text: "لم يعد مقبولاً", Pronoun: "وأضاف"}}},
	{"chinese: the verb ends the run after the quotation", "“整个廊屋一起被水推走。”陈德厚说。",
		[]got{{Text: "整个廊屋一起被水推走。", Speaker: "陈德厚"}}},
	{"chinese: an adverb in 地 before the verb, before the quotation", "吴春山感慨地说：“构件能找回将近八成。”",
		[]got{{Text: "构件能找回将近八成。", Speaker: "吴春山"}}},
	{"chinese, traditional: the verb 說 before the quotation in 「」", "蔡承翰說：「鄉下的問題不能只靠城市的想像去解決。」",
		[]got{{Text: "鄉下的問題不能只靠城市的想像去解決。", Speaker: "蔡承翰"}}},
	{"chinese, traditional: an adverb of one character and one in 地 before the verb", "區長吳淑媛也感性地說：「鄉下的問題不能只靠城市的想像去解決。」",
		[]got{{Text: "鄉下的問題不能只靠城市的想像去解決。", Speaker: "區長吳淑媛"}}},
	{"chinese, traditional: a verb in 著 before the verb of speech", "「現在手機一響，我知道是系統先幫我趕了。」廖金田笑著說。",
		[]got{{Text: "現在手機一響，我知道是系統先幫我趕了。", Speaker: "廖金田"}}},
	{"yoruba: the pronoun and the verb after the quotation", "“A kò ní kúrò níbí,” ó sọ.",
		[]got{{Text: "A kò ní kúrò níbí,", Pronoun: "ó"}}},
	{"yoruba: \"X fi kún un pé\" before the quotation", "Àkàndé fi kún un pé, “Ọmọ ẹgbẹ́ wa 280 ló san owó.”",
		[]got{{Text: "Ọmọ ẹgbẹ́ wa 280 ló san owó.", Speaker: "Àkàndé"}}},
	{"zulu: the verb after the quotation, the name with its noun-class prefix", "“Umnyango uyakugxeka ukuhlaselwa kwabasebenzi bethu,” kusho iMeya uNdwandwe.",
		[]got{{Text: "Umnyango uyakugxeka ukuhlaselwa kwabasebenzi bethu,", Speaker: "iMeya uNdwandwe"}}},
	{"hausa: the speaker, his pronoun and \"added that\" before the quotation", "Kwarbai ya kara da cewa, “Motarmu daya tilo ta lalace tun watan jiya.”",
		[]got{{Text: "Motarmu daya tilo ta lalace tun watan jiya.", Speaker: "Kwarbai"}}},
	{"vietnamese: a verb of two words after the name and its role", "Đáng chú ý, ông Trần Đức Hạnh, Phó chủ tịch UBND huyện Đồng Lĩnh, cảnh báo: “Xói ngầm phát triển rất nhanh.”",
		[]got{{Text: "Xói ngầm phát triển rất nhanh.", Speaker: "Trần Đức Hạnh"}}},
	{"welsh: the verb first, its subject after it, a colon before the quotation", "Dywedodd y Cynghorydd Dafydd Rhys Bowen, sy’n cynrychioli’r ward ar Gyngor Gwynedd: “Mae’r Llew Coch yn fwy na thafarn.”",
		[]got{{Text: "Mae’r Llew Coch yn fwy na thafarn.", Speaker: "Cynghorydd Dafydd Rhys Bowen"}}},
	{"sorani: the name and the role in apposition before the verb", "حەمە ڕەشید عوسمان، موختاری گوندی هەنارەوان، وتی: «کانیی گەورەی گوندەکەمان هەرگیز وشک نەبووە.»",
		[]got{{Text: "کانیی گەورەی گوندەکەمان هەرگیز وشک نەبووە.", Speaker: "حەمە ڕەشید عوسمان، موختاری گوندی هەنارەوان"}}},
	{"sorani: the role and the name, the verb after a comma", "قایمقامی دۆڵەسوور، ڕێبوار سەلیم ئەحمەد، گوتی: \"ئێمە دژی وەبەرهێنان نین.\"",
		[]got{{Text: "ئێمە دژی وەبەرهێنان نین.", Speaker: "قایمقامی دۆڵەسوور، ڕێبوار سەلیم ئەحمەد"}}},
	{"sorani: an adverbial between the speaker and the verb", "ڕێبوار سەلیم ئەحمەد لەم بارەیەوە ئەوەشی وت: «وشکەساڵی یەکێکە لە هۆکارەکان.»",
		[]got{{Text: "وشکەساڵی یەکێکە لە هۆکارەکان.", Speaker: "ڕێبوار سەلیم ئەحمەد"}}},
	{"odia: the quotative ବୋଲି, the speaker and the verb after the quotation", "‘ଭୋର ଚାରିଟାରୁ ଉଠି ନାଳକୁ ଯାଉଛୁ’ ବୋଲି ଗାଁର ଗୃହିଣୀ ସୁମିତ୍ରା ନାୟକ କହିଛନ୍ତି।",
		[]got{{Text: "ଭୋର ଚାରିଟାରୁ ଉଠି ନାଳକୁ ଯାଉଛୁ", Speaker: "ଗାଁର ଗୃହିଣୀ ସୁମିତ୍ରା ନାୟକ"}}},
	{"odia: the speaker, an adverb and the verb before the quotation", "ସରପଞ୍ଚ ସାହୁ ଆହୁରି କହିଛନ୍ତି, “ଭୋର ଚାରିଟାରୁ ଉଠି ନାଳକୁ ଯାଉଛୁ।”",
		[]got{{Text: "ଭୋର ଚାରିଟାରୁ ଉଠି ନାଳକୁ ଯାଉଛୁ।", Speaker: "ସରପଞ୍ଚ ସାହୁ"}}},
	{"kannada: the addressee, a quoted outlet in the dative, between the pronoun and the verb", "‘ಒಂದು ಹನಿ ನೀರೂ ಹೊರಗೆ ಹೋಗಿಲ್ಲ’ ಎಂದು ಅವರು ‘ಪ್ರಜಾವಾಣಿ’ಗೆ ತಿಳಿಸಿದರು.",
		[]got{{Text: "ಒಂದು ಹನಿ ನೀರೂ ಹೊರಗೆ ಹೋಗಿಲ್ಲ", Pronoun: "ಅವರು"}}},
	{"kannada: the quotative ಎಂದು, the speaker and the verb after the quotation", "‘ವರದಿ ಆಧರಿಸಿ ಕ್ರಮ ಕೈಗೊಳ್ಳಲಾಗುವುದು’ ಎಂದು ಶ್ರೀಕಂಠಯ್ಯ ತಿಳಿಸಿದರು.",
		[]got{{Text: "ವರದಿ ಆಧರಿಸಿ ಕ್ರಮ ಕೈಗೊಳ್ಳಲಾಗುವುದು", Speaker: "ಶ್ರೀಕಂಠಯ್ಯ"}}},
	{"lao: the name after the honorific, the verb ending in ວ່າ", "ທ່ານ ສີສະຫວາດ ພົມມະຈັນ ຫົວໜ້າຫ້ອງການ ໄດ້ອະທິບາຍວ່າ: “ຈຸດທີ່ພັງນັ້ນ ແມ່ນຝາດິນ.”",
		[]got{{Text: "ຈຸດທີ່ພັງນັ້ນ ແມ່ນຝາດິນ.", Speaker: "ສີສະຫວາດ ພົມມະຈັນ"}}},
	{"nepali: the particle भने is no verb of speech", "गाउँपालिकाले भने पत्र आएपछि जाँच गरेको छ। “पानी पुर्‍याउनु हो,” उनले भने।",
		[]got{{Text: "पानी पुर्‍याउनु हो,", Pronoun: "उनले"}}},
	{"uzbek incise, an initial joined to the surname", "«Suv sutkasiga uch marta tahlil qilinadi», – dedi F.Nurmatov.",
		[]got{{Text: "Suv sutkasiga uch marta tahlil qilinadi", Speaker: "F.Nurmatov"}}},
	{"uzbek name, its o‘ typed with a turned comma", "«Odamlar suvni chelaklarda tashishgan», – dedi Baxtiyor Yo‘ldoshev.",
		[]got{{Text: "Odamlar suvni chelaklarda tashishgan", Speaker: "Baxtiyor Yo‘ldoshev"}}},
	{"korean: the topic before, the quotative after", "한지석 해솔대 소방방재학과 교수는 “전통시장은 작은 합선도 큰불로 번지기 쉽다”고 지적했다.",
		[]got{{Text: "전통시장은 작은 합선도 큰불로 번지기 쉽다", Speaker: "한지석"}}},
	{"korean: a clause before the name", "현장을 지휘한 박정훈 해솔소방서 현장대응단장은 “불길이 순식간에 옮겨붙었다”고 말했습니다.",
		[]got{{Text: "불길이 순식간에 옮겨붙었다", Speaker: "박정훈"}}},
	{"korean: an age after the name", "냄새에 숨이 막혔다는 김순례(68) 송계2리 이장은 “불안해서 살 수가 없다”고 말했다.",
		[]got{{Text: "불안해서 살 수가 없다", Speaker: "김순례"}}},
	{"korean: the name as the topic, a second quotation chained", "송계2리 이장 김순례(68)씨는 “코를 찌르는 냄새가 났다”며 “불안해서 살 수가 없다”고 말했다.",
		[]got{{Text: "코를 찌르는 냄새가 났다", Speaker: "김순례"}, {Text: "불안해서 살 수가 없다", Speaker: "김순례"}}},
	{"korean: a role alone, an adverb between", "시장은 이어 “피해 상인들을 끝까지 돕겠다”라고 말했다.",
		[]got{{Text: "피해 상인들을 끝까지 돕겠다", Speaker: "시장"}}},
	{"korean: a pronoun", "그는 “끝까지 돕겠다”며 자리를 떴다.",
		[]got{{Text: "끝까지 돕겠다", Pronoun: "그는"}}},
	{"telugu: the quotative, the speaker, the verb", "“నిర్లక్ష్యం వహించిన అధికారులపై చర్యలు తీసుకోవాలి” అని భాస్కర్ అన్నారు.",
		[]got{{Text: "నిర్లక్ష్యం వహించిన అధికారులపై చర్యలు తీసుకోవాలి", Speaker: "భాస్కర్"}}},
	{"telugu: a verb of two nouns and చేశారు", "“ఇప్పుడు పొలంలో ఇసుక మేటలు తప్ప ఏమీ మిగల్లేదు” అని బాధిత రైతు మేకల యాదయ్య ఆవేదన వ్యక్తం చేశారు.",
		[]got{{Text: "ఇప్పుడు పొలంలో ఇసుక మేటలు తప్ప ఏమీ మిగల్లేదు", Speaker: "బాధిత రైతు మేకల యాదయ్య"}}},
	{"gujarati: એમ after the quotation, the ergative speaker, the verb and its auxiliary", "“બાકીના તમામ દર્દીઓની હાલત સ્થિર છે,” એમ હોસ્પિટલનાં અધિક્ષક ડૉ. હેમલતા ત્રિવેદીએ જણાવ્યું હતું.",
		[]got{{Text: "બાકીના તમામ દર્દીઓની હાલત સ્થિર છે,", Speaker: "હોસ્પિટલનાં અધિક્ષક ડૉ. હેમલતા ત્રિવેદીએ"}}},
	{"gujarati: the verb before the quotation, કે and a comma", "ડિરેક્ટર રમણીકલાલ ધોળકિયાએ ઉમેર્યું હતું કે, “તમામ ખર્ચ ડેરી ઉઠાવશે.”",
		[]got{{Text: "તમામ ખર્ચ ડેરી ઉઠાવશે.", Speaker: "ડિરેક્ટર રમણીકલાલ ધોળકિયાએ"}}},
	{"gujarati: the manner between the agent and the verb", "નાયબ નિયામક વિજય ગોહિલે ‘ખબરસેતુ’ સાથેની ટેલિફોનિક વાતચીતમાં કહ્યું હતું કે, “તપાસ ચાલુ છે.”",
		[]got{{Text: "ખબરસેતુ"}, {Text: "તપાસ ચાલુ છે.", Speaker: "નાયબ નિયામક વિજય ગોહિલે"}}},
	{"swahili incise, the speaker after the verb", "“Tunatoa wito kwa vyama vyote vya ushirika kukagua maghala yao,” alisisitiza Mwakasege.",
		[]got{{Text: "Tunatoa wito kwa vyama vyote vya ushirika kukagua maghala yao,", Speaker: "Mwakasege"}}},
	{"swahili: a role run to its comma, the name after it", "“Tulikuwa tumetenga shilingi milioni 18,” alisema Waziri wa Barabara na Kazi za Umma wa kaunti, Peter Omondi Oketch.",
		[]got{{Text: "Tulikuwa tumetenga shilingi milioni 18,", Speaker: "Peter Omondi Oketch"}}},
	{"indonesian: a place and the day after the name", "“Kami sudah mengevakuasi 1.240 jiwa,” kata Hendra di Rantau Ulin, Selasa.",
		[]got{{Text: "Kami sudah mengevakuasi 1.240 jiwa,", Speaker: "Hendra"}}},
	{"faroese: a dash quotation after a sentence of its paragraph", "Hon sigur, at fleiri hundrað fólk hava fiskað í dag. – Men tað eru eisini mong, sum eru ónøgd, sigur hon.",
		[]got{{Text: "Men tað eru eisini mong, sum eru ónøgd", Pronoun: "hon"}}},
	{"swedish: a dash inside prose with no attribution is punctuation", "Bruket stängdes i fjol. – Sedan dess har ingen arbetat där, och ingen vet vad som händer nu med byggnaden.\n\n– Vi vet inte än, säger Helena Strandberg.",
		[]got{{Text: "Vi vet inte än", Speaker: "Helena Strandberg"}}},
	{"faroese: a dash quotation, sigur and the name", "– Hetta er ein tungur dagur fyri okkum, sigur Bárður í Stórustovu, stjóri í Vestlaks.",
		[]got{{Text: "Hetta er ein tungur dagur fyri okkum", Speaker: "Bárður í Stórustovu"}}},
	{"haitian creole: the pronoun li and the verb after the quotation", "« Se pa sèlman machann yo ki pèdi », li deklare.",
		[]got{{Text: "Se pa sèlman machann yo ki pèdi", Pronoun: "li"}}},
	{"shona: vakadaro and the honorific name", "“Bhiriji rese rakakukurwa nemvura,” vakadaro VaMudzingwa.",
		[]got{{Text: "Bhiriji rese rakakukurwa nemvura,", Speaker: "VaMudzingwa"}}},
	{"tigrinya: saying, the speaker, the verb last", "«ሓንቲ ኣንስተይቲ ኣንበጣ ክሳብ 80 እንቋቑሖ ትወልድ እያ» ክብሉ ዶክተር ኣማኑኤል ኣጠንቂቖም።",
		[]got{{Text: "ሓንቲ ኣንስተይቲ ኣንበጣ ክሳብ 80 እንቋቑሖ ትወልድ እያ", Speaker: "ዶክተር ኣማኑኤል"}}},
	{"malagasy: hoy and the name, in guillemets", "« Efa imbetsaka izahay no nampilaza », hoy Rasolofonirina Tahiry, ben’ny tanànan’Ambodiravina-Atsimo.",
		[]got{{Text: "Efa imbetsaka izahay no nampilaza", Speaker: "Rasolofonirina Tahiry"}}},
	{"spanish: hoy after a quotation's comma is today, no speaker", "“Nadie nos avisó”, hoy Madrid amanece en calma.",
		[]got{{Text: "Nadie nos avisó"}}},
	{"hausa: in ji X", "“Motarmu daya tilo ta lalace tun watan jiya,” in ji Dantsoho.",
		[]got{{Text: "Motarmu daya tilo ta lalace tun watan jiya,", Speaker: "Dantsoho"}}},
	{"vietnamese: the honorific, the name, the verb", "“Xói ngầm phát triển rất nhanh”, ông Vinh nói.",
		[]got{{Text: "Xói ngầm phát triển rất nhanh", Speaker: "Vinh"}}},
	{"vietnamese: cho biết", "“Hồ chưa có nguy cơ vỡ”, ông Trần Văn Quyết cho biết.",
		[]got{{Text: "Hồ chưa có nguy cơ vỡ", Speaker: "Trần Văn Quyết"}}},
	{"a name in quotation marks, the sentence going on", "Direktor JKP „Vodovod Dobrinovac“ Zoran Pantelić naveo je da je uzrok zamućenje izvorišta.",
		[]got{{Text: "Vodovod Dobrinovac"}}},
	{"bosnian incise after a comma", "„Most je zatvoren do daljnjeg“, rekao je načelnik Edin Mehić.",
		[]got{{Text: "Most je zatvoren do daljnjeg", Speaker: "Edin Mehić"}}},
	{"punjabi: the speaker with ਨੇ after the quotation", "“ਨਹਿਰ ਦੀ ਸਫ਼ਾਈ ਨਹੀਂ ਹੋਈ,” ਸਰਪੰਚ ਗੁਰਮੀਤ ਸਿੰਘ ਨੇ ਕਿਹਾ।",
		[]got{{Text: "ਨਹਿਰ ਦੀ ਸਫ਼ਾਈ ਨਹੀਂ ਹੋਈ,", Speaker: "ਸਰਪੰਚ ਗੁਰਮੀਤ ਸਿੰਘ"}}},
	{"kazakh incise, деп before the verb", "«Ресми қорытындыны күтіп отырмыз», – деп мәлімдеді Гүлнар Әбдірахманова.",
		[]got{{Text: "Ресми қорытындыны күтіп отырмыз", Speaker: "Гүлнар Әбдірахманова"}}},
	{"german: a description after the verb ends its clause", "„Man sieht es dem Dach von unten nicht an“, sagte der Statiker.",
		[]got{{Text: "Man sieht es dem Dach von unten nicht an", Speaker: "der Statiker"}}},
	{"german: the one told before the speaker is no speaker", "„Wir prüfen alle Hallen“, sagte der Zeitung ein Sprecher des Landkreises.",
		[]got{{Text: "Wir prüfen alle Hallen"}}},
	{"hebrew incise, the speaker after the verb", `"הנחל הזה חשוב מאוד", אמר ראש המועצה אלון קדמי.`,
		[]got{{Text: "הנחל הזה חשוב מאוד", Speaker: "ראש המועצה אלון קדמי"}}},
	{"hebrew: a quotation after the incise's sentence continues its speaker", `"ראינו להקות שלמות של דגים", סיפרה האקולוגית של הרשות, ד"ר נועה רביבו. "ייקח לו שנים להתאושש".`,
		[]got{{Text: "ראינו להקות שלמות של דגים", Speaker: "האקולוגית של הרשות"}, {Text: "ייקח לו שנים להתאושש", Speaker: "האקולוגית של הרשות", Continued: true}}},
	{"hebrew: a sentence of its own between two quotations continues no one", `"ראינו להקות שלמות של דגים", סיפרה האקולוגית. המשטרה פתחה בחקירה נגד המחלבה ונציגי המשרד להגנת הסביבה הגיעו למקום בשעות הצהריים. "ייקח לו שנים להתאושש".`,
		[]got{{Text: "ראינו להקות שלמות של דגים", Speaker: "האקולוגית"}, {Text: "ייקח לו שנים להתאושש"}}},
	{"hebrew incise, the one told is no speaker", `"הפעם לא נשתוק ונגיש תלונה במשטרה נגד המפעל", אמר ל-ynet.`,
		[]got{{Text: "הפעם לא נשתוק ונגיש תלונה במשטרה נגד המפעל", Pronoun: "אמר"}}},
	{"sinhala: a quotative, the speaker, an honorific and the verb", "“බලධාරීන්ට කිව්වා” යැයි සභාපති කේ.ජී. පියසේන මහතා චෝදනා කළේය.",
		[]got{{Text: "බලධාරීන්ට කිව්වා", Speaker: "සභාපති කේ.ජී. පියසේන"}}},
	{"burmese: the subject marked by က before the verb", "“ရေဘေးကြောင့် ရွာသုံးရွာ ပြောင်းရသည်” ဟု မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးအောင်ကျော် က ပြောကြားသည်။",
		[]got{{Text: "ရေဘေးကြောင့် ရွာသုံးရွာ ပြောင်းရသည်", Speaker: "မြို့နယ်အုပ်ချုပ်ရေးမှူး ဦးအောင်ကျော်"}}},
	{"dzongkha: the quotative, the speaker in the ergative, the verb", "“ཟམ་ཅིག་ བརྩིགས་འོང་།” ཟེར་ བྱ་རོང་ རྒཔ་ སངས་རྒྱས་བསྟན་འཛིན་གྱིས་ སླབ་ཨིན།",
		[]got{{Text: "ཟམ་ཅིག་ བརྩིགས་འོང་།", Speaker: "བྱ་རོང་ རྒཔ་ སངས་རྒྱས་བསྟན་འཛིན"}}},
	{"dzongkha: an ergative pronoun", "“ཟམ་ཅིག་ བརྩིགས་འོང་།” ཟེར་ ཁོ་གིས་ སླབ་ཨིན།",
		[]got{{Text: "ཟམ་ཅིག་ བརྩིགས་འོང་།", Pronoun: "ཁོ"}}},
	{"tibetan: the ergative ས fused to the name", "“ཟམ་པ་འདི་གལ་ཆེན་རེད།” ཞེས་བསོད་ནམས་རྡོ་རྗེས་བཤད།",
		[]got{{Text: "ཟམ་པ་འདི་གལ་ཆེན་རེད།", Speaker: "བསོད་ནམས་རྡོ་རྗེ"}}},
	{"tibetan: the speaker before the quotation", "འབྲོག་པ་བཀྲ་ཤིས་ཚེ་རིང་གིས་ “ཞོ་དང་མར་ཁྲོམ་དུ་འཁྱེར་ཐུབ།” ཅེས་བཤད།",
		[]got{{Text: "ཞོ་དང་མར་ཁྲོམ་དུ་འཁྱེར་ཐུབ།", Speaker: "འབྲོག་པ་བཀྲ་ཤིས་ཚེ་རིང"}}},
	{"tibetan: a quotative with no verb of speech names no one", "“ཟམ་པ་འདི་གལ་ཆེན་རེད།” ཞེས་ཡི་གེ་ནང་བྲིས་འདུག",
		[]got{{Text: "ཟམ་པ་འདི་གལ་ཆེན་རེད།"}}},
	{"yiddish incise, the present tense", "„מיר האבן גערעכנט אויף פיר הונדערט מענטשן“, זאגט חיים שלמה רובין, וועלכער פירט די פרייוויליגע.",
		[]got{{Text: "מיר האבן גערעכנט אויף פיר הונדערט מענטשן", Speaker: "חיים שלמה רובין"}}},
	{"yiddish perfect, the speaker between auxiliary and participle", "„מיר האבן גערעכנט אויף פיר הונדערט מענטשן“, האט גאלדבערגער צוגעגעבן.",
		[]got{{Text: "מיר האבן גערעכנט אויף פיר הונדערט מענטשן", Speaker: "גאלדבערגער"}}},
	{"yiddish perfect, the participle before the speaker", "„היינט האבן מיר א פלאץ“, האט געזאגט ר' שמעון גאלדבערגער, דער פארזיצער.",
		[]got{{Text: "היינט האבן מיר א פלאץ", Speaker: "ר' שמעון גאלדבערגער"}}},
	{"yiddish perfect with a pronoun", "„די נויט וואקסט פון יאר צו יאר“, האט ער געזאגט.",
		[]got{{Text: "די נויט וואקסט פון יאר צו יאר", Pronoun: "ער"}}},
	{"isixhosa incise, a role then the name", "“Umlambo usagcwele kwaye uhamba ngamandla,” utshilo isithethi samapolisa, uKapteni Siyabulela Somana.",
		[]got{{Text: "Umlambo usagcwele kwaye uhamba ngamandla,", Speaker: "uKapteni Siyabulela Somana"}}},
	{"english: a role in lower case, the name, then the verb", `"You went looking for people who lived alone," prosecutor Rebecca Thorne told the court.`,
		[]got{{Text: "You went looking for people who lived alone,", Speaker: "Rebecca Thorne"}}},
	{"english: a place after a lower-case word is no role's name", `"We are ready," police in Hemsby Cross said.`,
		[]got{{Text: "We are ready,"}}},
	{"luganda: the name, then as-he-said", "“Tewali yatuwuliriza,” Lubega bwe yagambye.",
		[]got{{Text: "Tewali yatuwuliriza,", Speaker: "Lubega"}}},
	{"english: a party and a ward in parentheses between the name and the verb", "Speaking at the meeting, Cllr Maureen Achterberg (Lib Dem, Elmsworth North) said: “Sallow Lane is a single-track road.”",
		[]got{{Text: "Sallow Lane is a single-track road.", Speaker: "Cllr Maureen Achterberg"}}},
	{"ewe: the name, then gblɔ (said)", "“Míekpɔ nu sia tɔgbi kpɔ o,” Abla Ahiadzro gblɔ.",
		[]got{{Text: "Míekpɔ nu sia tɔgbi kpɔ o,", Speaker: "Abla Ahiadzro"}}},
	{"northern sámi: dadjá (says), then the name", "”Olbmot galget beassat hupmat doaktáriin sámegillii,” dadjá Máret Ánne Sara.",
		[]got{{Text: "Olbmot galget beassat hupmat doaktáriin sámegillii,", Speaker: "Máret Ánne Sara"}}},
	{"manx: dooyrt (said), then the name", "“Ta'n pabyr feer annoon,” dooyrt Illiam Kinvig, fer-reill arraneyderyn keeill ny skeerey.",
		[]got{{Text: "Ta'n pabyr feer annoon,", Speaker: "Illiam Kinvig"}}},
	{"english: the name, its apposition between commas, then the verb", "“We lost everything,” Jan Novak, a fisherman, said.",
		[]got{{Text: "We lost everything,", Speaker: "Jan Novak"}}},
	{"pulaar: ko nii (thus), a role, the name between commas, then wiyri (said)", "« Ko ɓuri feccere jeeyooɓe », ko nii hooreejo dental ngal, Abdul Aamadu Kan, wiyri.",
		[]got{{Text: "Ko ɓuri feccere jeeyooɓe", Speaker: "Abdul Aamadu Kan"}}},
	{"english: a clause after the name's comma is no apposition before the verb", "“We lost everything,” Jan Novak, who runs the shop and said little, left.",
		[]got{{Text: "We lost everything,"}}},
	{"kabyle: i d-yenna (said), then the name", "« Tiwizi d ayen i aɣ-d-ǧǧan lejdud », i d-yenna Muḥend Uremdan Ḥemmam, aselway n tejmaɛt.",
		[]got{{Text: "Tiwizi d ayen i aɣ-d-ǧǧan lejdud", Speaker: "Muḥend Uremdan Ḥemmam"}}},
	{"limburgish: zag (said), then the name", "“Veer kinne neet oetsloete dat d'r nog mie gate bijkómme,” zag Habets.",
		[]got{{Text: "Veer kinne neet oetsloete dat d'r nog mie gate bijkómme,", Speaker: "Habets"}}},
	{"ladin: a role a preposition extends, under its elided article, then the name", "«Sce i permessi ruva a tëmp, podessun avëi le passaje pronn dan Nadé», à dit l'assessur ai laurs publics Stefan Irsara.",
		[]got{{Text: "Sce i permessi ruva a tëmp, podessun avëi le passaje pronn dan Nadé", Speaker: "Stefan Irsara"}}},
	{"english: the same role under its article", "“We will finish before Christmas,” said the councillor for public works Stefan Irsara.",
		[]got{{Text: "We will finish before Christmas,", Speaker: "Stefan Irsara"}}},
	{"english: a place after a preposition is no speaker", "“We will finish before Christmas,” said the mayor at the meeting in New York.",
		[]got{{Text: "We will finish before Christmas,"}}},
	{"english: a clause after the role is no role", "“We will finish before Christmas,” said the minister that the mayor John Smith backed.",
		[]got{{Text: "We will finish before Christmas,"}}},
	{"ossetian: a role spelled out with its body, then the name closing the clause", "«Ныр нæ сæйраг хъуыддаг у», — загъта республикæйы транспорты æмæ фæндæгты хæдзарады министр Цæллаты Сослан.",
		[]got{{Text: "Ныр нæ сæйраг хъуыддаг у", Speaker: "Цæллаты Сослан"}}},
	{"english: a clause after the verb is no long role", `"We will rebuild it," said on Monday in a statement to the press Jane Doe.`,
		[]got{{Text: "We will rebuild it,"}}},
	{"tamazight in tifinagh: said, the speaker after the verb to the comma", "«ⵜⵉⴳⵔⴰⵡⵉⵏ ⵏⵏⵖ ⴰⵔ ⵅⴷⴷⴰⵎⵏⵜ ⵉⴹ ⴷ ⵓⵣⴰⵍ», ⵉⵏⵏⴰ ⵃⵎⴰⴷ ⵉⴷ ⴱⵉⵀⵉ, ⴰⵏⵎⵀⴰⵍ ⵏ ⵉⴱⵔⴷⴰⵏ.",
		[]got{{Text: "ⵜⵉⴳⵔⴰⵡⵉⵏ ⵏⵏⵖ ⴰⵔ ⵅⴷⴷⴰⵎⵏⵜ ⵉⴹ ⴷ ⵓⵣⴰⵍ", Speaker: "ⵃⵎⴰⴷ ⵉⴷ ⴱⵉⵀⵉ"}}},
	{"tamazight in tifinagh: she said, the subject in the verb", "«ⵜⵉⴳⵔⴰⵡⵉⵏ ⵏⵏⵖ ⴰⵔ ⵅⴷⴷⴰⵎⵏⵜ ⵉⴹ ⴷ ⵓⵣⴰⵍ», ⵜⵏⵏⴰ.",
		[]got{{Text: "ⵜⵉⴳⵔⴰⵡⵉⵏ ⵏⵏⵖ ⴰⵔ ⵅⴷⴷⴰⵎⵏⵜ ⵉⴹ ⴷ ⵓⵣⴰⵍ", Pronoun: "ⵜⵏⵏⴰ"}}},
	{"pijin: the name, the resumptive pronoun, the verb", "“Mifala lukim naen pikinini wetem daeria,” Mr Rarawa hem sei.",
		[]got{{Text: "Mifala lukim naen pikinini wetem daeria,", Speaker: "Mr Rarawa"}}},
	{"pijin: the pronoun alone", "“Mifala lukim naen pikinini wetem daeria,” hem sei.",
		[]got{{Text: "Mifala lukim naen pikinini wetem daeria,", Pronoun: "hem"}}},
	{"bislama: the name, the predicate marker, the verb", "“Kampani bambae i pembak ol fama,” Kapten Tasale i talem.",
		[]got{{Text: "Kampani bambae i pembak ol fama,", Speaker: "Kapten Tasale"}}},
	{"fijian: said, the person marker, the name", "“Eda na sega ni biuti ira,” e kaya o Waqatairewa.",
		[]got{{Text: "Eda na sega ni biuti ira,", Speaker: "Waqatairewa"}}},
	{"fijian: said also, the person marker", "“Kevaka e dua e sa kania,” e kaya tale ga o Naceva.",
		[]got{{Text: "Kevaka e dua e sa kania,", Speaker: "Naceva"}}},
	{"fijian: said the role, its holder after the comma", "“Keimami se bera ni raica,” e kaya na Turaga ni Koro o Nakorosule, o Sakiusa Tuidrau.",
		[]got{{Text: "Keimami se bera ni raica,", Speaker: "Sakiusa Tuidrau"}}},
	{"tetum: a title, the holder in commas, the verb", "“Ponte ne'e monu iha dadeer-saan,” Administradór Postu Lequimau, Agostinho da Cruz Soares, dehan.",
		[]got{{Text: "Ponte ne'e monu iha dadeer-saan,", Speaker: "Agostinho da Cruz Soares"}}},
	{"tetum: the pronoun nia", "“Ami tenke lori pasiente liuhusi dalan ki'ik,” nia dehan.",
		[]got{{Text: "Ami tenke lori pasiente liuhusi dalan ki'ik,", Pronoun: "nia"}}},
	{"sundanese: ceuk, the name", "“Sasak samentara tina baja bisa dipasang,” ceuk Rina.",
		[]got{{Text: "Sasak samentara tina baja bisa dipasang,", Speaker: "Rina"}}},
	{"sundanese: pokna, the subject in the verb", "“Rakit awi teu aman pikeun barudak,” pokna.",
		[]got{{Text: "Rakit awi teu aman pikeun barudak,", Pronoun: "pokna"}}},
	{"serbian in cyrillic: the verbs of the Latin list", "„На терену је 14 цистерни”, рекла је Радосављевић.",
		[]got{{Text: "На терену је 14 цистерни", Speaker: "Радосављевић"}}},
	{"montenegrin: the pronoun after the participle and its auxiliary", "„Niko nije povrijeđen“, rekao je on.",
		[]got{{Text: "Niko nije povrijeđen", Pronoun: "on"}}},
	{"english: on after the verb is no pronoun", `"We will rebuild it," he said on Monday.`,
		[]got{{Text: "We will rebuild it,", Pronoun: "he"}}},
	{"tongan: the cleft, the name after the possessive", "“Kuo mau sio ki he fānau ʻe toko hiva,” ko e lau ia ʻa Losaline Kaufusi.",
		[]got{{Text: "Kuo mau sio ki he fānau ʻe toko hiva,", Speaker: "Losaline Kaufusi"}}},
	{"tongan: the cleft, a role and its holder after the comma", "“Ko e uike eni hono ua,” ko e lau ia ʻa e ʻOfisa Kolo ʻo Fatuhala, Sione Havili Taufa.",
		[]got{{Text: "Ko e uike eni hono ua,", Speaker: "Sione Havili Taufa"}}},
	{"kinyarwanda: the name in apposition, then did-say before the quotation", "Twagirimana Jean Claude, umwe mu basore barokoye abo bantu, yagize ati “Twari tumaze imyaka ibiri.”",
		[]got{{Text: "Twari tumaze imyaka ibiri.", Speaker: "Twagirimana Jean Claude"}}},
	{"kinyarwanda: a verb opening its sentence is no name", "Yagize ati “Twari tumaze imyaka ibiri.”",
		[]got{{Text: "Twari tumaze imyaka ibiri.", Pronoun: "Yagize"}}},
	{"czech incise", `„Okamžitě jsme odstavili celou linku,“ řekl Hrubeš.`,
		[]got{{Text: "Okamžitě jsme odstavili celou linku,", Speaker: "Hrubeš"}}},
	{"indonesian incise", `"Kami sudah siapkan tenda darurat," kata Maya Sari.`,
		[]got{{Text: "Kami sudah siapkan tenda darurat,", Speaker: "Maya Sari"}}},
	{"finnish dash quotation, the speaker before the verb", "– Kylä ilman koulua on kylä ilman lapsiperheitä, Pelkonen toteaa.",
		[]got{{Text: "Kylä ilman koulua on kylä ilman lapsiperheitä", Speaker: "Pelkonen"}}},
	{"finnish dash quotation, a role and a pronoun", "– Tämä on vaikea päätös, kunnanjohtaja Timo Rautakorpi sanoo.\n\n– Olemme nähneet sen jo, hän jatkaa.",
		[]got{{Text: "Tämä on vaikea päätös", Speaker: "Timo Rautakorpi"}, {Text: "Olemme nähneet sen jo", Pronoun: "hän"}}},
	{"a long role under the body's possessive, then the name and the verb", `"Fencing is the single biggest need," the council's bushfire recovery manager Dean Whitlock said.`,
		[]got{{Text: "Fencing is the single biggest need,", Speaker: "Dean Whitlock"}}},
	{"a role of four words, then the name and the verb", `"Fencing is the single biggest need," council bushfire recovery manager Dean Whitlock said.`,
		[]got{{Text: "Fencing is the single biggest need,", Speaker: "Dean Whitlock"}}},
	{"a clause before a name is no role", `"Fencing is the single biggest need," the report by the council for Dean Whitlock said.`,
		[]got{{Text: "Fencing is the single biggest need,"}}},
	{"a role in a body, then its holder in apposition", "„Am testat traseul timp de două săptămâni”, a explicat directorul general al Transurban Sălcii, Mirela Tănăsoiu.",
		[]got{{Text: "Am testat traseul timp de două săptămâni", Speaker: "Mirela Tănăsoiu"}}},
	{"finnish dash quotation, a pronoun estimating", "– Aikataulu on tiukka mutta realistinen, hän arvioi.",
		[]got{{Text: "Aikataulu on tiukka mutta realistinen", Pronoun: "hän"}}},
	{"a dash item whose comma is followed by a name and no verb", "– Kylä ilman koulua, Pelkonen ja Hiltunen.\n\n– Sorvankylä, Lehtoniemi.",
		nil},
	{"finnish quotation marks and incise", `”Keskustelu oli kiivasta mutta asiallista”, Hiltunen sanoo.`,
		[]got{{Text: "Keskustelu oli kiivasta mutta asiallista", Speaker: "Hiltunen"}}},
	{"polish incise", `„Obudził mnie huk” – powiedziała Halina Grzelak.`,
		[]got{{Text: "Obudził mnie huk", Speaker: "Halina Grzelak"}}},
	{"greek incise", `«Το πλοίο έμεινε χωρίς μηχανή», δήλωσε ο λιμενάρχης Νίκος Μαυρογιάννης.`,
		[]got{{Text: "Το πλοίο έμεινε χωρίς μηχανή", Speaker: "Νίκος Μαυρογιάννης"}}},
	{"danish hyphen", "Hallen lukker.\n\n- Vi kan ikke tage nogen chancer, siger borgmester Birgitte Lauridsen.\n\nUndersøgelsen blev lavet.",
		[]got{{Text: "Vi kan ikke tage nogen chancer", Speaker: "Birgitte Lauridsen"}}},
	{"danish hyphen, a role of four words and the name apposed", "Nedskæringen sker nu.\n\n- Det her er begyndelsen på enden for Klitø, siger formanden for øens beboerforening, Lise Dahl, til TV Vestjylland.\n\nDirektøren forklarer.",
		[]got{{Text: "Det her er begyndelsen på enden for Klitø", Speaker: "Lise Dahl"}}},
	{"hyphen list without speech", "Planen:\n\n- Ny bro i 2026\n\n- Nye busser",
		nil},
	{"russian dash and comma", "— Мы готовы, — сказал он.",
		[]got{{Text: "Мы готовы", Pronoun: "он"}}},
	{"a quotation by marks inside a dash quotation is nested", "– Det var ”hemskt”, säger Anna Berg.",
		[]got{{Text: "Det var ”hemskt”", Speaker: "Anna Berg"}, {Text: "hemskt", Depth: 1}}},
	{"a list of dash items is no quotation", "The plan has three parts:\n\n– a new road\n\n– a school, said to cost more\n\n– a park",
		nil},
	{"danish inward guillemets", `»Vi er dybt bekymrede,« siger borgmester Jens Holm.`,
		[]got{{Text: "Vi er dybt bekymrede,", Speaker: "Jens Holm"}}},
	{"a breadcrumb's » opens nothing", `Forside » Lokalt » Branden i Grønnerup`, nil},
	{"a dropped subject told the outlet itself", `“Yo guardo el agua en bidones”, relató a este diario.`,
		[]got{{Text: "Yo guardo el agua en bidones", Pronoun: "relató"}}},
	{"a verb saying no is no attribution", `Pramont dit non à son « gratte-ciel » de 68 mètres`,
		[]got{{Text: "gratte-ciel"}}},
	{"polish low quotes", `Powiedział: „Jesteśmy gotowi”.`, []got{{Text: "Jesteśmy gotowi"}}},
	{"corner brackets", `他说：「我们同意」。`, []got{{Text: "我们同意", Pronoun: "他"}}},
	{"split quote comma", `"If Russia comes," he said, "we are ready."`,
		[]got{{Text: "If Russia comes,", Pronoun: "he"}, {Text: "we are ready.", Pronoun: "he", Continued: true}}},
	{"split quote sentence", `"We need to talk," Putin said. "Maybe I'll call."`,
		[]got{{Text: "We need to talk,", Speaker: "Putin"}, {Text: "Maybe I'll call.", Speaker: "Putin", Continued: true}}},
	{"split quote, role before the name", `"De schade is groter dan we dachten", zegt gedeputeerde Marloes Verhulst. "Het kan ook langer duren."`,
		[]got{{Text: "De schade is groter dan we dachten", Speaker: "Marloes Verhulst"}, {Text: "Het kan ook langer duren.", Speaker: "Marloes Verhulst", Continued: true}}},
	{"split quote, apposition after the name", `"Der Markt schrumpft", sagt Dr. Matthias Kroll, Sprecher der Geschäftsführung. "Wir investieren."`,
		[]got{{Text: "Der Markt schrumpft", Speaker: "Dr. Matthias Kroll"}, {Text: "Wir investieren.", Speaker: "Dr. Matthias Kroll", Continued: true}}},
	{"split quote, a clause after the comma", `"We are ready," said Anna Berg, adding that talks would resume. "Maybe next week."`,
		[]got{{Text: "We are ready,", Speaker: "Anna Berg"}, {Text: "Maybe next week."}}},
	{"split quote, the apposition names a body with and", `"Some families have worked there for generations," said Morag Lennox, regional organiser for the Paper and Allied Trades Union. "We will fight for every job."`,
		[]got{{Text: "Some families have worked there for generations,", Speaker: "Morag Lennox"}, {Text: "We will fight for every job.", Speaker: "Morag Lennox", Continued: true}}},
	{"split quote, and after the apposition opens a clause", `"We are ready," said Anna Berg, and Tom Berg agreed. "Maybe next week."`,
		[]got{{Text: "We are ready,", Speaker: "Anna Berg"}, {Text: "Maybe next week."}}},
	{"split quote, an apposition too long for a role", `"We are ready," said Anna Berg, the head of the new office for the north of the county. "Maybe next week."`,
		[]got{{Text: "We are ready,", Speaker: "Anna Berg"}, {Text: "Maybe next week."}}},
	{"german so", `„Wir wollen möglichst vielen Beschäftigten eine Perspektive bieten“, so Kroll. Bis zu 90 Mitarbeiter sollen sich weiterbilden.`,
		[]got{{Text: "Wir wollen möglichst vielen Beschäftigten eine Perspektive bieten", Speaker: "Kroll"}}},
	{"german so with a role", `„Das ist ein schwarzer Tag“, so Betriebsratschef Uwe Brandt, der seit 30 Jahren im Werk arbeitet.`,
		[]got{{Text: "Das ist ein schwarzer Tag", Speaker: "Betriebsratschef Uwe Brandt"}}},
	{"english so is a conjunction", `"We are closed," so Smith went home.`,
		[]got{{Text: "We are closed,"}}},
	{"described speaker after the verb", `La maire, Catherine Vuillermoz, a suivi le projet. « Un village sans café, c'est un village qui s'endort », souligne l'élue.`,
		[]got{{Text: "Un village sans café, c'est un village qui s'endort", Pronoun: "l'élue"}}},
	{"described speaker before the verb", `"We will reopen the bridge by Friday," the mayor said.`,
		[]got{{Text: "We will reopen the bridge by Friday,", Pronoun: "the mayor"}}},
	{"hungarian: a description after the verb, its article \"a\"", "„A pillér tizennyolc centimétert süllyedt” – közölte a szakember.",
		[]got{{Text: "A pillér tizennyolc centimétert süllyedt", Pronoun: "a szakember"}}},
	{"a body's name inside a description", "„A pillér tizennyolc centimétert süllyedt” – közölte a Hídtechnika Mérnöki Iroda szakembere, aki szerint a szerkezet nem bír terhelést.",
		[]got{{Text: "A pillér tizennyolc centimétert süllyedt", Pronoun: "a Hídtechnika Mérnöki Iroda szakembere"}}},
	{"a description that runs on is none", `"Nothing works," says the report published on Monday.`,
		[]got{{Text: "Nothing works,"}}},
	{"italian dropped subject", `«Era una frana annunciata», ha dichiarato. Nel documento il chilometro 6 figurava come il punto più fragile.`,
		[]got{{Text: "Era una frana annunciata", Pronoun: "dichiarato"}}},
	{"german dative after the name", `„Die Brücke ist unsere Lebensader“, sagte Bürgermeisterin Sabine Kretschmar der Zeitung.`,
		[]got{{Text: "Die Brücke ist unsere Lebensader", Speaker: "Bürgermeisterin Sabine Kretschmar"}}},
	{"von der in a name", `"We are ready," said Ursula von der Leyen.`,
		[]got{{Text: "We are ready,", Speaker: "Ursula von der Leyen"}}},
	{"colon after an apposed subject", `A presidente da Junta de Freguesia, Arminda Coelho, fez as contas de cabeça: «Metade da freguesia passou por aquela fábrica.»`,
		[]got{{Text: "Metade da freguesia passou por aquela fábrica.", Speaker: "Arminda Coelho"}}},
	{"colon after a named subject", `Arminda Coelho fez as contas de cabeça: «Metade da freguesia passou por aquela fábrica.»`,
		[]got{{Text: "Metade da freguesia passou por aquela fábrica.", Speaker: "Arminda Coelho"}}},
	{"colon after a named subject and a relative clause", `Lt. Marcus Bell, who heads the investigators, had a blunt message: "If you buy stolen parts, we will find you."`,
		[]got{{Text: "If you buy stolen parts, we will find you.", Speaker: "Lt. Marcus Bell"}}},
	{"colon after a sentence of no one", `The report ends with a warning: "Nothing has changed."`,
		[]got{{Text: "Nothing has changed."}}},
	{"colon after a surname the text named whole", "Fire chief Denise Marchand led the crews.\n\nMarchand also summed it up in a few words: \"You just go.\"",
		[]got{{Text: "You just go.", Speaker: "Marchand"}}},
	{"colon after a team the text named whole, its coach named after it", "Bramhall Wolves lost to Mersham Knights.\n\nKnights coach Declan Hurst was full of it afterwards: \"We showed character.\"",
		[]got{{Text: "We showed character.", Speaker: "Declan Hurst"}}},
	{"a body's name inside a description", "Gareth Pryce spoke next. \"We're bitterly disappointed,\" said the Wolves boss.",
		[]got{{Text: "We're bitterly disappointed,", Pronoun: "the Wolves boss"}}},
	{"the body itself", "\"We will review the data,\" said the Environment Agency.",
		[]got{{Text: "We will review the data,", Speaker: "the Environment Agency"}}},
	{"Czech: popsala, a role and a name", "„Z nádrže uniklo 800 litrů kyseliny,“ popsala mluvčí krajských hasičů Lenka Šindelářová.",
		[]got{{Text: "Z nádrže uniklo 800 litrů kyseliny,", Speaker: "Lenka Šindelářová"}}},
	{"German: the name after its article and role between commas", "Dessen Leiterin, die Hydrologin Elisabeth Weinzierl, sagte: „Die Anlage ist ausgelegt.“",
		[]got{{Text: "Die Anlage ist ausgelegt.", Speaker: "Hydrologin Elisabeth Weinzierl"}}},
	{"German: the role after the name between commas", "Elisabeth Weinzierl, die Leiterin des Dienstes, sagte: „Die Anlage ist ausgelegt.“",
		[]got{{Text: "Die Anlage ist ausgelegt.", Speaker: "Elisabeth Weinzierl"}}},
	{"colon after a word the text never named whole", "Crews came from the lake.\n\nWinnipeg also sent a message: \"Stay off the ice.\"",
		[]got{{Text: "Stay off the ice."}}},
	{"colon after a place the text names after an opener", "In Winnipeg the ice broke.\n\nWinnipeg also sent a message: \"Stay off the ice.\"",
		[]got{{Text: "Stay off the ice."}}},
	{"colon after a possessive", "Ukraine's President Volodymyr Zelensky spoke.\n\nUkraine's leader continued in a post, writing: \"We are ready.\"",
		[]got{{Text: "We are ready."}}},
	{"italian article no french pronoun", `«Abbiamo visto le fiamme», ha detto il sindaco Giovanni Piras.`,
		[]got{{Text: "Abbiamo visto le fiamme", Speaker: "Giovanni Piras"}}},
	{"french pronoun after the verb stays", `« Nous partirons », dit-il.`,
		[]got{{Text: "Nous partirons", Pronoun: "il"}}},
	{"spanish dropped subject", `La estructura "cedió por el peso del maíz húmedo", dijo. La jefa comunal adelantó más.`,
		[]got{{Text: "cedió por el peso del maíz húmedo", Pronoun: "dijo"}}},
	{"the name between commas after its role", `O coordenador da Defesa Civil, Edvaldo Prates, contou que a encosta era vigiada, e que “metade das pessoas já tinha saído”.`,
		[]got{{Text: "metade das pessoas já tinha saído", Speaker: "Edvaldo Prates"}}},
	{"multi paragraph", "Putin added: \"It will be good.\n\n\"We are in favour.\"\n\nNext story.",
		[]got{{Text: "It will be good.", Speaker: "Putin"}, {Text: "We are in favour.", Speaker: "Putin", Continued: true}}},
	{"unbalanced capped", "He said \"this never closes and runs on.\n\nA new paragraph with \"a quote\" in it.",
		[]got{{Text: "this never closes and runs on.", Pronoun: "He", Unbalanced: true}, {Text: "a quote"}}},
	{"two quotes one speaker", `"Putin is lying" and "the economy", he said.`,
		[]got{{Text: "Putin is lying", Pronoun: "he"}, {Text: "the economy", Pronoun: "he"}}},
	{"sentence ends inside quote", `He called it “a disgrace.” Starmer said nothing.`, []got{{Text: "a disgrace."}}}, // "called" is no attribution verb; Starmer is in the next sentence
	{"question then lower", `"Why now?" she asked.`, []got{{Text: "Why now?", Pronoun: "she"}}},
	{"empty quotes ignored", `He wrote "" and left.`, nil},
	{"swedish", `Han sa: ”Vi är redo”.`, []got{{Text: "Vi är redo"}}},
	{"inches not quote", `A 5" screen and 6" frame.`, nil},
	{"Sesotho: a word-initial apostrophe opens nothing", "Morena Lebohang Mphanya o kopile 'muso hore o thuse. “Sechaba sena se phela ka boea,” ho rialo Morena Mphanya.",
		[]got{{Text: "Sechaba sena se phela ka boea,", Speaker: "Morena Mphanya"}}},
	{"Sepedi: go boletše X", "“Re lemošitše mmasepala,” go boletše Kgoši Lesiba Matlebjane.",
		[]got{{Text: "Re lemošitše mmasepala,", Speaker: "Kgoši Lesiba Matlebjane"}}},
	{"Sepedi: a realo X", "“Re kgopela mmasepala gore o re thuše,” a realo Lekgothoane.",
		[]got{{Text: "Re kgopela mmasepala gore o re thuše,", Speaker: "Lekgothoane"}}},
	{"Sepedi: o tlaleleditše", "“Ga re nyake dikholofetšo gape,” o tlaleleditše.",
		[]got{{Text: "Ga re nyake dikholofetšo gape,", Pronoun: "tlaleleditše"}}},
	{"Xitsonga: ku vula X", "“Hi tsalele masipala mapapila manharhu,” ku vula Tsakani Chauke, khanselara wa wadi ya 12.",
		[]got{{Text: "Hi tsalele masipala mapapila manharhu,", Speaker: "Tsakani Chauke"}}},
	{"Chamorro: ilek-ña si X", "“Hu agradesi i bomberu siha,” ilek-ña si Mayot Rosalinda T. Cepeda.",
		[]got{{Text: "Hu agradesi i bomberu siha,", Speaker: "Mayot Rosalinda T. Cepeda"}}},
	{"Chamorro: ilek-ña", "“Annai måtto i uchan, para u falak i edda’,” ilek-ña.",
		[]got{{Text: "Annai måtto i uchan, para u falak i edda’,", Pronoun: "ilek-ña"}}},
	{"a middle initial in the name", "“We thank the firefighters,” said Rosalinda T. Cepeda.",
		[]got{{Text: "We thank the firefighters,", Speaker: "Rosalinda T. Cepeda"}}},
	{"a letter ending a sentence is no initial", "“We left,” said Joe Bloggs of Ward B. The council met.",
		[]got{{Text: "We left,", Speaker: "Joe Bloggs of Ward B"}}},
	{"Papiamentu: X a bisa", "“Awa a hiba e fundamento di e tanki mes,” inheniero Marlon Doran a splika.",
		[]got{{Text: "Awa a hiba e fundamento di e tanki mes,", Speaker: "Marlon Doran"}}},
	{"Papiamentu: a name, its apposition, a bisa", "“Desde 2019 nos a bisa gobièrnu,” Shirley Bernadina, presidenta di Fundashon Bario, a bisa.",
		[]got{{Text: "Desde 2019 nos a bisa gobièrnu,", Speaker: "Shirley Bernadina"}}},
	{"Papiamentu: e minister a bisa", "“Nos no ta bai laga e famianan aki,” e minister a bisa.",
		[]got{{Text: "Nos no ta bai laga e famianan aki,", Pronoun: "e minister"}}},
	{"a role and a surname before the verb", "“We will act,” council leader Smith said.",
		[]got{{Text: "We will act,", Speaker: "Smith"}}},
	{"Hiligaynon: siling ni X sang …", "“Base sa amon inisyal nga imbestigasyon, sa kuryente nag-umpisa,” siling ni Fire Senior Inspector Arnel Pabalinas sang BFP Bagacay Nuevo.",
		[]got{{Text: "Base sa amon inisyal nga imbestigasyon, sa kuryente nag-umpisa,", Speaker: "Fire Senior Inspector Arnel Pabalinas"}}},
	{"Hiligaynon: siling naman ni X", "“Nagahatag kami subong sang pagkaon,” siling naman ni Rowena Caspe, pangulo sang MDRRMO.",
		[]got{{Text: "Nagahatag kami subong sang pagkaon,", Speaker: "Rowena Caspe"}}},
	{"Pannonian Rusyn: – гутори X", "„Рано сом стала пред гардеробу“, – гутори Мария Сабадош, предсидателька дружтва.",
		[]got{{Text: "Рано сом стала пред гардеробу", Speaker: "Мария Сабадош"}}},
	{"Portuguese: an article before a verb of no Sotho", "“Vamos votar,” o disse o presidente.",
		[]got{{Text: "Vamos votar,"}}},
	{"Aymara: sasaw, a role around the name", "«Nanakax 14 ayllunakan yapunak uñakipawayapxta», sasaw Unidad de Gestión de Riesgos ukan jefepa, Marcelo Huanca Callisaya, yatiyäna.",
		[]got{{Text: "Nanakax 14 ayllunakan yapunak uñakipawayapxta", Speaker: "Marcelo Huanca Callisaya"}}},
	{"Aymara: sasaw and the verb alone", "«Mä ratukiw taqi kuns chhijchhix apasxi», sasaw sarakïna.",
		[]got{{Text: "Mä ratukiw taqi kuns chhijchhix apasxi", Pronoun: "sarakïna"}}},
	{"Bemba: e fyo ba X balondolwele", "“Twali no mwanakashi umo,” e fyo ba Chisenga balondolwele.",
		[]got{{Text: "Twali no mwanakashi umo,", Speaker: "Chisenga"}}},
	{"Bemba: e fyo balandile", "“Twali no mwanakashi umo,” e fyo balandile.",
		[]got{{Text: "Twali no mwanakashi umo,", Pronoun: "balandile"}}},
	{"Ilocano: kinuna ni X", "“Ita, nakitatayo ti nagbanagan,” kinuna ni Tabangcura.",
		[]got{{Text: "Ita, nakitatayo ti nagbanagan,", Speaker: "Tabangcura"}}},
	{"Ilocano: kinuna ti mayor", "“Ita, nakitatayo ti nagbanagan,” kinuna ti mayor.",
		[]got{{Text: "Ita, nakitatayo ti nagbanagan,", Pronoun: "ti mayor"}}},
	{"Tongan: Naʻe toe pehē ʻe X:", "Naʻe toe pehē ʻe Sione Havili Taufa: “Kuo mau sio ki he fānau.”",
		[]got{{Text: "Kuo mau sio ki he fānau.", Speaker: "Sione Havili Taufa"}}},
	{"Sesotho: O boetse a re:", "O boetse a re: “Re tla etsa lethathamo.”",
		[]got{{Text: "Re tla etsa lethathamo.", Pronoun: "O"}}},
	{"According to X at the sentence's start", `Power cuts are possible. According to Dr Hale, "We have 80 engineers ready."`,
		[]got{{Text: "We have 80 engineers ready.", Speaker: "Dr Hale"}}},
	{"an unnamed source, colon", `A source close to the talks told the paper: "It's about the structure now."`,
		[]got{{Text: "It's about the structure now.", Speaker: "A source"}}},
	{"an unnamed source after the quotation", `"The deal is done," a senior club source said on Tuesday.`,
		[]got{{Text: "The deal is done,", Speaker: "a senior club source"}}},
	{"an unnamed source after the verb", `"The deal is done," said a source close to the club.`,
		[]got{{Text: "The deal is done,", Speaker: "a source"}}},
	{"unnamed sources, plural", `Sources at the club, speaking anonymously, said "nothing is agreed".`,
		[]got{{Text: "nothing is agreed", Speaker: "Sources"}}},
	{"a person familiar with the matter", `"Talks resume Monday," a person familiar with the matter said.`,
		[]got{{Text: "Talks resume Monday,", Speaker: "a person"}}},
	{"French: une source", `« Rien n'est signé », a confié une source proche du dossier.`,
		[]got{{Text: "Rien n'est signé", Speaker: "une source"}}},
	{"an unnamed spokesman after the verb", `"We will not stop," said a police spokesman.`,
		[]got{{Text: "We will not stop,", Speaker: "a police spokesman"}}},
	{"French: un porte-parole", `« Rien n'est décidé », a indiqué un porte-parole de la préfecture.`,
		[]got{{Text: "Rien n'est décidé", Speaker: "un porte-parole"}}},
	{"Maltese: qal kelliem, a spokesman with no article", `“Nitlob lil kulħadd jibqa’ ’l bogħod,” qal kelliem għall-Pulizija.`,
		[]got{{Text: "Nitlob lil kulħadd jibqa’ ’l bogħod,", Speaker: "kelliem"}}},
	{"Maltese: a role with ta’ in apposition", `“Illum rajna x’ġara,” qal is-sindku ta’ Ħal Ġrejbel, Ġużeppi Camilleri.`,
		[]got{{Text: "Illum rajna x’ġara,", Speaker: "Ġużeppi Camilleri"}}},
	{"the spokesman named before is a description", `"We will not stop," the spokesman said.`,
		[]got{{Text: "We will not stop,", Pronoun: "the spokesman"}}},
	{"Kirundi: ni ko yavuze X", "«Leta ntizobatererana», ni ko yavuze Bernadette Niyonzima.",
		[]got{{Text: "Leta ntizobatererana", Speaker: "Bernadette Niyonzima"}}},
	{"Kirundi: ni ko yashimangiye, the subject in the verb", "«Leta ntizobatererana», ni ko yashimangiye.",
		[]got{{Text: "Leta ntizobatererana", Pronoun: "yashimangiye"}}},
	{"Sardinian: at naradu su preìderu", "«Sos gosos sunt sa pregadoria de su pòpulu», at naradu su preìderu.",
		[]got{{Text: "Sos gosos sunt sa pregadoria de su pòpulu", Pronoun: "su preìderu"}}},
	{"Sardinian: at annantu X", "«Amus pedidu a su Comunu», at annantu Pàulu Mura.",
		[]got{{Text: "Amus pedidu a su Comunu", Speaker: "Pàulu Mura"}}},
	{"a name, then its title in capitals after the", `Dr Helen Markby, the HSI's Chief Inspector of Hospitals, said: "Our inspectors saw frail patients."`,
		[]got{{Text: "Our inspectors saw frail patients.", Speaker: "Dr Helen Markby"}}},
	{"Gĩkũyũ: ũguo nĩguo oigire, the subject in the verb", "“Bima ya mbere nĩyathirire mweri wa Julai,” ũguo nĩguo oigire.",
		[]got{{Text: "Bima ya mbere nĩyathirire mweri wa Julai,", Pronoun: "oigire"}}},
	{"Gĩkũyũ: ũguo nĩguo X, his role, oigire", "“Rĩu tũtirĩ na kĩndũ,” ũguo nĩguo Bw. Peter Gĩcharũ Mwangi, mũtongoria wa kĩama kĩa arĩmi, oigire.",
		[]got{{Text: "Rĩu tũtirĩ na kĩndũ,", Speaker: "Bw. Peter Gĩcharũ Mwangi"}}},
	{"Walloon: a-t i dit, the pronoun apart", "« Li Tchantchès, c’ est come on fré po mi », a-t i dit.",
		[]got{{Text: "Li Tchantchès, c’ est come on fré po mi", Pronoun: "i"}}},
	{"a colon's named subject over the pronoun after", "Jules Lhonneux, li prezidint, n’ a nén catchî s’ colere : « On n’ vole nén des poupes », a-t i dit.",
		[]got{{Text: "On n’ vole nén des poupes", Speaker: "Jules Lhonneux"}}},
	{"a colon's subject after an opening phrase", "In her judgment, Lady Justice Penrose went further: “Toby’s mother should never have had to go.”",
		[]got{{Text: "Toby’s mother should never have had to go.", Speaker: "Lady Justice Penrose"}}},
	{"Dholuo: X nowacho", "“Ne wamako yie kuom saa achiel,” Otieno nowacho ka en e kitanda e osiptal.",
		[]got{{Text: "Ne wamako yie kuom saa achiel,", Speaker: "Otieno"}}},
	{"Ladin: à dit X", "«Les families nes damana sce le trú é ciamò davert», à dit Sabine Dapunt.",
		[]got{{Text: "Les families nes damana sce le trú é ciamò davert", Speaker: "Sabine Dapunt"}}},
	{"French: à, a preposition, before no verb", "« Rien n'est décidé », à Paris le ministre s'est tu.",
		[]got{{Text: "Rien n'est décidé"}}},
	{"a source as a thing, not a speaker", `The river is "a source of pride", the mayor said.`,
		[]got{{Text: "a source of pride", Pronoun: "the mayor"}}},
	{"a bare attribution sentence after a closed quotation", "She said the road was busy. “Please let us be the judge of that.” Lound said.",
		[]got{{Text: "Please let us be the judge of that.", Speaker: "Lound"}}},
	{"a sentence after a closed quotation that is more than an attribution", "“Please let us be the judge of that.” Lound said the road was busy.",
		[]got{{Text: "Please let us be the judge of that."}}},
}

func TestExtract(t *testing.T) {
	for _, tt := range extractTests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(tt.in, nil)
			checkQuotes(t, tt.in, qs)
			if diff := cmp.Diff(tt.want, view(tt.in, qs)); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestExtractNaming: an outlet the text's story names, between the verb
// and the speaker, is passed over; unknown, the run of capitals is no
// speaker.
func TestExtractNaming(t *testing.T) {
	const quiroga = "En barrio Norte, el estruendo despertó a medio pueblo. “Se sacudieron las ventanas”, le contó a Sierras al Día Norma Quiroga, que vive frente a la planta."
	tests := []struct {
		name, in string
		outlets  []string
		want     []got
	}{
		{"outlet known", quiroga, []string{"Sierras", "Sierras al Día"}, []got{{Text: "Se sacudieron las ventanas", Speaker: "Norma Quiroga"}}},
		{"outlet unknown", quiroga, []string{"Agenda Cordobesa"}, []got{{Text: "Se sacudieron las ventanas"}}},
		{"no outlets", quiroga, nil, []got{{Text: "Se sacudieron las ventanas"}}},
		{"outlet ends the clause", "«Quem sofre a seguir é o café», disse à Gazeta da Serra.", []string{"Gazeta da Serra"},
			[]got{{Text: "Quem sofre a seguir é o café", Pronoun: "disse"}}},
		{"outlet then role and name", "«Metade das famílias tem alguém na fábrica», disse ao Notícias da Arcela o presidente da junta, Joaquim Serrão, que promete lutar.",
			[]string{"Notícias da Arcela"}, []got{{Text: "Metade das famílias tem alguém na fábrica", Speaker: "Joaquim Serrão"}}},
		{"outlet in the bare dative", "„Jesteśmy zadowoleni z wyroku” – powiedział PAP prokurator Marek Sadowski.",
			[]string{"PAP"}, []got{{Text: "Jesteśmy zadowoleni z wyroku", Speaker: "Marek Sadowski"}}},
		{"Czech bare dative", "„Požár je pod kontrolou,“ řekla ČTK mluvčí hasičů Jana Nováková.",
			[]string{"ČTK"}, []got{{Text: "Požár je pod kontrolou,", Speaker: "Jana Nováková"}}},
		{"bare outlet ending the clause speaks", "\"We are pleased,\" said PAP.",
			[]string{"PAP"}, []got{{Text: "We are pleased,", Speaker: "PAP"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := ExtractNaming(tt.in, tt.outlets, nil)
			checkQuotes(t, tt.in, qs)
			if diff := cmp.Diff(tt.want, view(tt.in, qs)); diff != "" {
				t.Errorf("ExtractNaming(%q) mismatch (-want +got):\n%s", tt.outlets, diff)
			}
		})
	}
}

// checkQuotes checks the invariants of every result: spans in bounds and
// rune-aligned, Span inside Outer, speaker text at SpeakerSpan, ordered by
// Outer.Start.
func checkQuotes(tb testing.TB, text string, qs []Quote) {
	tb.Helper()
	valid := utf8.ValidString(text)
	prev := -1
	for i, q := range qs {
		for _, sp := range []struct {
			name string
			s    interface {
				In(string) (string, error)
			}
		}{{"Span", q.Span}, {"Outer", q.Outer}, {"SpeakerSpan", q.SpeakerSpan}} {
			if _, err := sp.s.In(text); err != nil && (valid || strings.Contains(err.Error(), "outside")) {
				tb.Fatalf("quote %d %s: %v", i, sp.name, err)
			}
		}
		if q.Span.Start < q.Outer.Start || q.Span.End > q.Outer.End || q.Span.Empty() {
			tb.Fatalf("quote %d: Span %v not inside Outer %v or empty", i, q.Span, q.Outer)
		}
		if q.Outer.Start < prev {
			tb.Fatalf("quote %d starts at %d before %d", i, q.Outer.Start, prev)
		}
		prev = q.Outer.Start
		if q.Speaker != "" && text[q.SpeakerSpan.Start:q.SpeakerSpan.End] != q.Speaker {
			tb.Fatalf("quote %d: Speaker %q is not the text at %v", i, q.Speaker, q.SpeakerSpan)
		}
		if q.Pronoun && q.Speaker != "" {
			tb.Fatalf("quote %d: Pronoun with Speaker %q", i, q.Speaker)
		}
		if q.Depth < 0 || q.Depth >= MaxDepth {
			tb.Fatalf("quote %d: Depth %d", i, q.Depth)
		}
	}
}

func TestExtractAppends(t *testing.T) {
	dst := []Quote{{Speaker: "kept"}}
	qs := Extract(`"a" and "b"`, dst)
	if len(qs) != 3 || qs[0].Speaker != "kept" {
		t.Errorf("Extract appended wrongly: %+v", qs)
	}
}

func TestUnbalancedStaysInParagraph(t *testing.T) {
	para := "He said \"this quote never ends and the paragraph goes on."
	rest := strings.Repeat("\n\nAnother paragraph without marks.", 50)
	text := para + rest
	qs := Extract(text, nil)
	checkQuotes(t, text, qs)
	if len(qs) != 1 || !qs[0].Unbalanced || qs[0].Outer.End != len(para) {
		t.Fatalf("Extract(unclosed) = %+v; want one Unbalanced quote ending at %d", qs, len(para))
	}
}

func TestHostileInput(t *testing.T) {
	// 5,000 sentences with quotes, a run of apostrophes and unclosed
	// marks: bounded time, sane results.
	var b strings.Builder
	for i := range 5000 {
		if i%4 == 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(`"We are ready," the minister said. He called it "a 'good' deal". `)
	}
	b.WriteString(strings.Repeat("'", 10000))
	b.WriteString(strings.Repeat("“‘«„ ", 3000))
	text := b.String()
	t0 := time.Now()
	qs := Extract(text, nil)
	if d := time.Since(t0); d > 3*time.Second {
		t.Errorf("Extract(%d bytes) took %v", len(text), d)
	}
	checkQuotes(t, text, qs)
	if n := len(qs); n < 15000 {
		t.Errorf("Extract(5000 sentences) = %d quotes; want at least 15000", n)
	}
	for _, q := range qs[:3] {
		if q.Depth == 0 && q.Speaker != "" && q.Speaker != "the minister" {
			t.Errorf("speaker %q; want the minister", q.Speaker)
		}
	}
}

func TestNonLatin(t *testing.T) {
	for _, text := range []string{
		"وزیر اعظم نے کہا: \"ہم تیار ہیں۔\" اجلاس ختم ہوا۔",
		"Президент заявил: «Мы готовы к переговорам», — сообщил Кремль.",
		"उन्होंने कहा, “हम तैयार हैं।”",
		// PTI's Hindi service quotes with doubled single marks.
		"तिवारी ने कहा, ‘‘हमने पिछले साल तीन बार शिकायत भेजी थी।’’",
	} {
		qs := Extract(text, nil)
		checkQuotes(t, text, qs)
		if len(qs) != 1 || qs[0].Unbalanced {
			t.Errorf("Extract(%q) = %v; want one balanced quote", text, view(text, qs))
		}
	}
}

// TestDoubledSingleMarks: ‘‘…’’ is one quotation, its span inside the
// doubled marks, not two nested single quotations.
func TestDoubledSingleMarks(t *testing.T) {
	text := "He said, ‘‘We will not back down.’’ Then he left."
	qs := Extract(text, nil)
	checkQuotes(t, text, qs)
	if len(qs) != 1 || text[qs[0].Span.Start:qs[0].Span.End] != "We will not back down." || qs[0].Depth != 0 {
		t.Errorf("Extract(%q) = %v; want one quotation of depth 0", text, view(text, qs))
	}
}
