package clean

import (
	"strings"
	"testing"
)

// releaseText is an invented release's text, three paragraphs, as a
// government page or a plain text prints it.
const releaseText = "The new emergency department at Carrow Base Hospital will open to patients at 7am on Tuesday, the Minister for Health said.\n\n" +
	"The department nearly doubles the number of treatment spaces, from 24 to 42, and includes a dedicated children's area.\n\n" +
	"The old department will be refurbished into an outpatient clinic as part of stage two of the redevelopment.\n\n"

// TestPressContactBoxes: a page's press contact box under a release's
// text (its heading, the office or name with a telephone number or an
// e-mail address) goes, in English and other languages; the release's
// paragraphs stay. A release's own contact among its notes, under its
// end mark or its "About …" paragraph, stays (package pressrelease
// reads it), and so does a subhead of the same words over a story's
// paragraph that gives no way to reach anyone.
func TestPressContactBoxes(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Media contact", true},
		{"Media Contacts:", true},
		{"Press enquiries", true},
		{"Pressekontakt", true},
		{"Contato para imprensa", true},
		{"Contact", false},
		{"Media contact was lost for three days after the storm.", false},
	} {
		if got := pressContactHeading(tt.line, len(strings.Fields(tt.line))); got != tt.want {
			t.Errorf("pressContactHeading(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Office of the Minister for Health: Jane Roe 0491 570 156", true},
		{"press@carrow.example", true},
		{"+44 (0)1632 960418", true},
		{"Jane Roe, Head of Communications", false},
		{"The hospital opened in 1986 with 24 beds.", false},
	} {
		if got := reachLine(tt.line); got != tt.want {
			t.Errorf("reachLine(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "a page's media contact box",
		body: "Media release\n\nNew emergency department ready to open\n\n" + releaseText +
			"Media contact\n\nOffice of the Minister for Regional Transport and Roads: Jane Roe 0491 570 110\n",
		gone: []string{"Media contact", "Office of the Minister for Regional Transport and Roads: Jane Roe 0491 570 110"},
		kept: []string{"Media release", "The new emergency department", "The old department will be refurbished"},
	}, {
		name: "a German page's contact box with its lines",
		body: "Pressemitteilung\n\nNeue Halle in Eschenbrück\n\n" + releaseText + "Pressekontakt\n\nAnna Beispiel\n\nTelefon: +49 5675 9120-140\n\npresse@beispiel.example\n",
		gone: []string{"Pressekontakt", "Anna Beispiel", "Telefon: +49 5675 9120-140", "presse@beispiel.example"},
	}, {
		name: "a release's own contact under its end mark and boilerplate",
		body: "FOR IMMEDIATE RELEASE\n\nCarrow Valves opens new hall\n\n" + releaseText + "ENDS\n\nAbout Carrow Valves\n\n" +
			"Carrow Valves designs and makes valves for water utilities.\n\nMedia contact\n\nJane Roe, Communications Manager\npress@carrowvalves.example\n01632 960418\n",
		kept: []string{"Media contact", "Jane Roe, Communications Manager", "press@carrowvalves.example"},
	}, {
		name: "a subhead of the same words over a story's paragraph",
		body: releaseText + "Media contact\n\nReporters were kept away from the ward until the evening, when the hospital let two crews film the new bays.\n",
		kept: []string{"Media contact", "Reporters were kept away"},
	}})
}

// TestKindLabelUnderTitle: a release aggregator's type label right
// under the page's title ("Peer-Reviewed Publication") goes; the
// release's own label over the title stays, and so does a standfirst
// under the title, and a kind's word under a line that is not the
// title.
func TestKindLabelUnderTitle(t *testing.T) {
	const headline = "Microplastics found in nine out of ten jars of honey"
	runChromeCases(t, []chromeCase{{
		name:  "the aggregator's type under the headline",
		title: headline,
		body:  "NEWS RELEASE\n\n" + headline + "\n\nPeer-Reviewed Publication\n\n" + plainStory,
		gone:  []string{"Peer-Reviewed Publication"},
		kept:  []string{"NEWS RELEASE", headline, "The council voted on Tuesday"},
	}, {
		name:  "a label under a headline with nothing over it",
		title: headline,
		body:  headline + "\n\nMeeting Announcement\n\n" + plainStory,
		gone:  []string{"Meeting Announcement"},
		kept:  []string{headline},
	}, {
		name:  "a standfirst under the headline",
		title: headline,
		body:  headline + "\n\nAn analysis of 48 honeys found plastic in 44 of them.\n\n" + plainStory,
		kept:  []string{headline, "An analysis of 48 honeys"},
	}, {
		name:  "a kind's word under a story's line, not the title",
		title: headline,
		body:  headline + "\n\n" + plainStory + "Analysis\n\n" + plainStory,
		kept:  []string{"Analysis"},
	}})
}

// TestResponsibilityDisclaimer: an aggregator's disclaimer that a name
// is not responsible for the accuracy, the content or the use of what
// it carries is a self-note, after a notice's label or none; a story's
// sentence that reports such a claim (a reporting verb, a quotation, a
// common noun for a subject, a second sentence) is not.
func TestResponsibilityDisclaimer(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.", true},
		{"The BBC is not responsible for the content of external sites.", true},
		{"Valley Wire is not liable for the accuracy of third-party releases.", true},
		{"Meta is not responsible for the content of its users' posts, the company argued in court.", false},
		{"The council is not responsible for the accuracy of the old maps.", false},
		{"“We are not responsible for the content of these sites,” Smith said.", false},
		{"Acme is not responsible for the delay. Its supplier is.", false},
		{"Acme is not responsible for the accident.", false},
	} {
		lower := strings.ToLower(tt.line)
		if got := responsibilityDisclaimer(tt.line, []byte(lower)); got != tt.want {
			t.Errorf("responsibilityDisclaimer(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "the disclaimer under a release's text",
		body: plainStory + "Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.\n",
		gone: []string{"Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "a story's sentence between its paragraphs",
		body: plainStory + "Meta is not responsible for the content of its users' posts, the company argued in court.\n\n" + plainStory,
		kept: []string{"Meta is not responsible for the content of its users' posts"},
	}})
}

// TestLicenceNotices: a page's licence notice (its own content under a
// Creative Commons licence) and its reproduction permission (reproduce
// if the source is cited) go, in Portuguese, Spanish and English,
// wherever they stand; the signature over them stays, and so do a
// credit line that names the licence of a republished story and a
// story's sentence about another body's licence.
func TestLicenceNotices(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Todo o conteúdo deste site está publicado sob a Licença Creative Commons Atribuição 4.0 Internacional, exceto quando especificado em contrário e nos conteúdos replicados de outras fontes.", true},
		{"Reprodução permitida desde que citada a fonte: Agência Brasil.", true},
		{"Todo el contenido de este sitio está publicado bajo licencia Creative Commons Atribución 4.0 Internacional.", true},
		{"Se permite la reproducción citando la fuente.", true},
		{"This work is licensed under a Creative Commons Attribution 4.0 International License.", true},
		{"This article is republished from The Conversation under a Creative Commons license.", false},
		{"The museum's photographs are now published under a Creative Commons licence, its director said.", false},
		{"A reprodução das tartarugas foi registrada pela primeira vez na praia, segundo a fonte.", false},
		{"Creative Commons said the new licence would be published in the spring.", false},
	} {
		if got := licenceNotice(tt.line); got != tt.want {
			t.Errorf("licenceNotice(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
	runChromeCases(t, []chromeCase{{
		name: "an agency's notices under its signature",
		body: plainStory + "Edição: Maria Exemplo\n\n" +
			"Todo o conteúdo deste site está publicado sob a Licença Creative Commons Atribuição 4.0 Internacional, exceto quando especificado em contrário e nos conteúdos replicados de outras fontes.\n\n" +
			"Reprodução permitida desde que citada a fonte: Agência Exemplo.\n",
		gone: []string{"Todo o conteúdo deste site está publicado sob a Licença Creative Commons Atribuição 4.0 Internacional, exceto quando especificado em contrário e nos conteúdos replicados de outras fontes.",
			"Reprodução permitida desde que citada a fonte: Agência Exemplo."},
		kept: []string{"Edição: Maria Exemplo", "The council voted on Tuesday"},
	}, {
		name: "a Spanish page's notices",
		body: plainStory + "Todo el contenido de este sitio está publicado bajo licencia Creative Commons Atribución 4.0 Internacional.\n\nSe permite la reproducción citando la fuente.\n",
		gone: []string{"Todo el contenido de este sitio está publicado bajo licencia Creative Commons Atribución 4.0 Internacional.",
			"Se permite la reproducción citando la fuente."},
	}})
}

// TestChannelAndCommentCalls: a WhatsApp channel's invitation in
// Portuguese ("Entre no canal do WhatsApp") and Spanish ("Únete al
// canal de WhatsApp"), and a comment form's heading ("Deixe seu
// comentário", "Deja tu comentario") go between a story's paragraphs
// or under them; a story's sentence that opens with the preposition
// "entre" and names WhatsApp, or speaks of comments, stays.
func TestChannelAndCommentCalls(t *testing.T) {
	for _, tt := range []struct {
		line, lang string
		want       bool
	}{
		{"Entre no canal do WhatsApp", "pt", true},
		{"Entre na comunidade do Telegram", "pt", true},
		{"Únete al canal de WhatsApp", "es", true},
		{"Deixe seu comentário", "pt", true},
		{"Deja tu comentario", "es", true},
		{"Entre os usuários do WhatsApp, a mensagem circulou durante toda a manhã.", "pt", false},
		{"Entre no canal de notícias, o prefeito falou por uma hora.", "pt", false},
		{"O prefeito não quis deixar seu comentário sobre a obra, disse a assessoria.", "pt", false},
	} {
		if got, _ := LineScore(tt.line, tt.lang); (got >= DefaultHighThreshold) != tt.want {
			t.Errorf("LineScore(%q) = %v; want chrome %v", tt.line, got, tt.want)
		}
	}
	const story = "A Defesa Civil retirou 58 famílias da zona de autossalvamento por precaução, informou o governo estadual nesta quarta-feira.\n\n" +
		"Segundo o prefeito, as aulas da escola estadual foram suspensas até sexta-feira, e as famílias estão em dois hotéis da cidade.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "a portal's boxes between and under the story",
		body: story + "Entre no canal do WhatsApp\n\n" + story + "Fonte: Agência Exemplo\n\nDeixe seu comentário\n",
		gone: []string{"Entre no canal do WhatsApp", "Deixe seu comentário"},
		kept: []string{"Fonte: Agência Exemplo", "A Defesa Civil retirou 58 famílias"},
	}})
}
