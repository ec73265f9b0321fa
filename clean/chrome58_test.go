package clean

import "testing"

// TestGroupChat: a WhatsApp group chat copied as text loses the header
// (the group's name over "Group · N participants"), the senders' lines,
// the forward's label, the reactions, the members' replies and the
// app's notices; the forwarded story, its headline among them, stays.
// A story that speaks of a group's participants, with no header line,
// keeps its lines, and so does a text whose first paragraph is a story.
func TestGroupChat(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Portuguese group, forwarded story",
		body: "Vizinhos da Rua Sete\nGrupo · 87 participantes\n\n~ Dona Lurdes\n↪️ Encaminhada com frequência\n*Câmara fecha biblioteca do centro após vistoria apontar risco no prédio*\n\n" +
			plainStory + "👍 🙏 9\n\n~ Zé da Padaria\nAlguém sabe se abre sábado?\n\n~ Dona Lurdes\nRespondendo a Zé da Padaria: abre sim\n\n" +
			"Mensagem apagada\n\nSomente administradores podem editar os dados do grupo\n" +
			"As mensagens são protegidas com a criptografia de ponta a ponta.\n",
		gone: []string{"Vizinhos da Rua Sete", "Grupo · 87 participantes", "~ Dona Lurdes", "↪️ Encaminhada com frequência",
			"👍 🙏 9", "Alguém sabe se abre sábado?", "Respondendo a Zé da Padaria: abre sim", "Mensagem apagada",
			"Somente administradores podem editar os dados do grupo", "As mensagens são protegidas com a criptografia de ponta a ponta."},
		kept: []string{"*Câmara fecha biblioteca do centro após vistoria apontar risco no prédio*", "The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "English group",
		body: "Millbrook Parents\nGroup · 1,204 participants\n\n~ Sam Okafor\nForwarded many times\n\n" + plainStory +
			"~ Priya\nIs the school library staying open?\n\nThis message was deleted\n",
		gone: []string{"Group · 1,204 participants", "~ Sam Okafor", "Forwarded many times",
			"Is the school library staying open?", "This message was deleted"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "a story about a group's participants has no header",
		body: plainStory + "The group · 40 participants in all · met again in May.\n\n~ Not a sender line, but a long line of the story that opens with a tilde.\n",
		kept: []string{"The council voted on Tuesday", "The group · 40 participants", "~ Not a sender line"},
	}})
}

// TestChrome58Lines: lines the vocabulary and the subscribe orders
// decide: Slovak WordPress's Like button, related posts and footer,
// a meta row of fields between bars opened by the account, an
// autoblog's "Source link", Brazilian sites' calls to receive the news
// and join the channel, g1's closing teasers, and a comment section's
// disclaimer. The story's sentences that use the same words stay.
func TestChrome58Lines(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Slovak WordPress tail",
		body: "Zverejnil: admin  |  Kategória: Domov  |  2 komentáre\n\n" + plainStory +
			"Páči sa mi to:\nPáči sa mi to Načítava sa...\n\nPodobné príspevky\nV meste otvorili nový park\nPredpoveď počasia na nedeľu\n\n" +
			"Téma: Colormag od ThemeGrill. Beží na WordPress.\n",
		gone: []string{"Zverejnil: admin  |  Kategória: Domov  |  2 komentáre", "Páči sa mi to Načítava sa...", "Podobné príspevky",
			"V meste otvorili nový park", "Predpoveď počasia na nedeľu", "Téma: Colormag od ThemeGrill. Beží na WordPress."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "autoblog's source link",
		body: plainStory + "Source link\n\nADVERTISEMENT\n",
		gone: []string{"Source link"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "Portuguese promos and comment disclaimer",
		body: plainStory + "📲 Receba as notícias do Jornal da Serra no seu celular. Entre no nosso canal do WhatsApp!\n\n" +
			"Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.\n",
		gone: []string{"📲 Receba as notícias do Jornal da Serra no seu celular. Entre no nosso canal do WhatsApp!",
			"Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "g1 closing teasers",
		body: plainStory + "📲 Participe do canal do g1 Vale no WhatsApp\n\nVÍDEOS: veja tudo sobre o Vale do Ribeira\n\nVeja mais notícias da região no g1 Vale.\n",
		gone: []string{"📲 Participe do canal do g1 Vale no WhatsApp", "VÍDEOS: veja tudo sobre o Vale do Ribeira",
			"Veja mais notícias da região no g1 Vale."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "story sentences with the same words stay",
		body: plainStory + "A prefeitura disse que os comentários são de responsabilidade da empresa que administra a página, e que a polícia investiga as ameaças publicadas na semana passada contra o vereador e sua família.\n\n" +
			"Moradores participam de reuniões e recebem informações da Defesa Civil pelo celular desde o começo da semana, segundo a prefeitura.\n\n" +
			"The library's source link to the archive was broken for a week, the council said on Tuesday evening.\n",
		kept: []string{"os comentários são de responsabilidade da empresa", "Moradores participam de reuniões",
			"The library's source link to the archive"},
	}})
}

// TestMetaRow: the theme's meta row, fields between bars opened by the
// account, is the post's line; bars between phrases of prose, or a row
// opened by a person's byline, are not.
func TestMetaRow(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Zverejnil: admin  |  Kategória: Slovensko  |  0 komentárov", true},
		{"By admin | News | 0 Comments", true},
		{"By Jane Doe | News | 0 Comments", false},
		{"The mayor said the plan was fine | critics disagreed strongly with her on Monday.", false},
		{"Home | News | Sport | Weather | Contact", false},
	} {
		if got := isPostMeta(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("isPostMeta(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestDonationBoxApart: a donation box whose heading, appeal and button
// an extraction set a paragraph each goes when the page's end or its
// chrome follows the button; the same lines inside the story, a
// paragraph of story after them, stay.
func TestDonationBoxApart(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "box at the end",
		body: plainStory + "Support independent local news\n\nThe Vale Ledger is run by volunteers. Your gift pays for our reporting.\n\nDonate today\n",
		gone: []string{"Support independent local news",
			"The Vale Ledger is run by volunteers. Your gift pays for our reporting.", "Donate today"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "inside the story",
		body: "The Fundraiser\n\nThe choir needs new robes, and its members wrote a short appeal.\n\nDonate\n\n" + plainStory,
		kept: []string{"The choir needs new robes", "The council voted on Tuesday"},
	}})
}
