package clean

import "testing"

// ptPost is an invented Brazilian town's post as Instagram prints it:
// a headline, a paragraph, a quotation and the hashtags.
const ptPost = "📢 OBRAS NA AVENIDA CENTRAL COMEÇAM NA SEGUNDA 📢\n\n" +
	"A Prefeitura de Vale Claro inicia na segunda-feira (3) a recuperação do asfalto da Avenida Central, entre a rodoviária e o mercado municipal.\n\n" +
	"“As obras devem durar três semanas e o trânsito será desviado pela Rua das Flores”, afirmou o secretário de Obras, Paulo Meireles.\n\n" +
	"#ValeClaro #Obras\n"

// TestInstagramPortuguese: a copy of an Instagram post's page in
// Brazilian Portuguese loses the post's likes, the comment box and its
// button, the link to the account's other posts and the footer with
// its links and the language menu; the post stays, its quotation and
// its credit line too, and so do a story's sentences that count likes
// or name the footer's words in running text.
func TestInstagramPortuguese(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page",
		body: "Instagram\nEntrar\nCadastre-se\nprefeituravaleclaro\nVerificado\n•\nSeguir\n" +
			"prefeituravaleclaro\n" + ptPost + "Fonte: Secretaria de Obras\nVer tradução\n" +
			"812 curtidas\n2 de março de 2025\nAdicione um comentário…\nPublicar\nMais publicações de prefeituravaleclaro\n" +
			"Meta\nSobre\nBlog\nCarreiras\nAjuda\nAPI\nPrivacidade\nTermos\nLocalizações\nInstagram Lite\nThreads\n" +
			"Upload de contatos e não usuários\nMeta Verified\nPortuguês (Brasil)\n© 2025 Instagram from Meta\n",
		gone: []string{"812 curtidas", "Adicione um comentário…", "Publicar", "Mais publicações de prefeituravaleclaro",
			"Sobre", "Carreiras", "Localizações", "Upload de contatos e não usuários", "Meta Verified", "Português (Brasil)"},
		kept: []string{"A Prefeitura de Vale Claro inicia na segunda-feira", "afirmou o secretário de Obras, Paulo Meireles",
			"Fonte: Secretaria de Obras"},
	}, {
		name: "prose",
		body: "Obras na Avenida Central viram assunto nas redes\n\nPor Ana Ribeiro, da Redação\n\n" +
			"O vídeo da prefeitura passou de 812 curtidas em uma hora, e o secretário pediu que os moradores publicassem fotos das obras.\n\n" +
			"Sobre\n\n" + ptPost + "\nMais publicações de moradores sobre a obra devem sair ao longo da semana, segundo a prefeitura.\n",
		kept: []string{"O vídeo da prefeitura passou de 812 curtidas", "Por Ana Ribeiro, da Redação", "Mais publicações de moradores sobre a obra"},
	}})
}

// csPost is an invented Czech town's post as its Facebook page prints
// it: a headline, a paragraph, a quotation and the hashtags.
const csPost = "🚧 UZAVÍRKA: Most přes Bystřici bude od pondělí zavřený 🚧\n\n" +
	"Most přes Bystřici v Dolní Lhotě bude od pondělí 3. listopadu na dva týdny uzavřený kvůli opravě mostních závěrů.\n\n" +
	"„Objížďka povede přes Horní Lhotu a prodlouží cestu zhruba o pět kilometrů,“ uvedl místostarosta Petr Novotný.\n\n" +
	"#DolniLhota #uzavirka\n"

// TestFacebookPageCzech: a copy of a Facebook page's post in Czech
// loses the page's header (its kind and category, its likes and
// followers, the follow and message buttons), the translation link, the
// post's reactions, counts and row of buttons, the comment sort, the
// comments with their rows of actions, the list's foot and the comment
// box; the post, its quotation and its credit stay, and so do a
// story's sentences that count comments and shares or tell readers to
// follow a page.
func TestFacebookPageCzech(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page",
		body: "Facebook\nHledat na Facebooku\n\nObec Dolní Lhota\nStránka · Vládní organizace\n" +
			"2,1 tis. To se mi líbí · 3,4 tis. sledujících\nSledovat\nPoslat zprávu\n\n" +
			"Obec Dolní Lhota\n3. listopadu v 7:30 · 🌍\n\n" + csPost + "Zdroj: Obecní úřad Dolní Lhota\n" +
			"Zobrazit překlad\nVšechny reakce:\n214\n38 komentářů\n12 sdílení\nTo se mi líbí\nKomentovat  Sdílet\n" +
			"Nejrelevantnější\nJana Malá\nKonečně, ten most už to potřeboval.\n2 h\nTo se mi líbí\nOdpovědět\n4\n" +
			"Zobrazit další komentáře\nNapište komentář…\n",
		gone: []string{"Stránka · Vládní organizace", "2,1 tis. To se mi líbí · 3,4 tis. sledujících", "Sledovat", "Poslat zprávu",
			"Zobrazit překlad", "Všechny reakce:", "38 komentářů", "12 sdílení", "Komentovat  Sdílet", "Nejrelevantnější",
			"Odpovědět", "Zobrazit další komentáře", "Napište komentář…"},
		kept: []string{"Most přes Bystřici v Dolní Lhotě bude od pondělí", "uvedl místostarosta Petr Novotný",
			"Zdroj: Obecní úřad Dolní Lhota"},
	}, {
		name: "prose",
		body: "Příspěvek obce měl během dne 38 komentářů a stovky sdílení, a místostarosta proto vyzval lidi, ať stránku obce sledují.\n\n" +
			csPost + "Autor: Karel Dvořák\n\n„Kdo chce vědět o objížďce včas, ať sleduje web obce a nečeká na sdílení od sousedů,“ dodal Novotný.\n",
		kept: []string{"Příspěvek obce měl během dne 38 komentářů", "Autor: Karel Dvořák", "ať sleduje web obce"},
	}})
}

// TestCzechReadAlso: a Czech portal's "Přečtěte si také: <headline>"
// line, a link to another story set between the paragraphs or under
// them, goes; a story's sentence that tells readers to read something
// and a quotation that says it stay.
func TestCzechReadAlso(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "links",
		body: "Most v Dolní Lhotě bude dva týdny zavřený\n\n" +
			"Most přes Bystřici v Dolní Lhotě bude od pondělí na dva týdny uzavřený kvůli opravě, oznámila obec.\n\n" +
			"Přečtěte si také: Kraj opraví do konce roku dvanáct mostů\n\n" +
			"„Objížďka povede přes Horní Lhotu,“ uvedl místostarosta Petr Novotný. Řidiči si podle něj mají trasu naplánovat předem.\n\n" +
			"Zdroj: ČTK\n\nPřečtěte si také: Na dálnici D35 se tvoří kolony\nPřečtěte si též: Jak se připravit na zimu\n",
		gone: []string{"Přečtěte si také: Kraj opraví do konce roku dvanáct mostů", "Přečtěte si také: Na dálnici D35 se tvoří kolony",
			"Přečtěte si též: Jak se připravit na zimu"},
		kept: []string{"uvedl místostarosta Petr Novotný", "Zdroj: ČTK"},
	}, {
		name: "prose",
		body: "Obec vydala leták s objížďkami. Přečtěte si také pokyny na jeho druhé straně, radí místostarosta všem řidičům v obci.\n\n" +
			"„Přečtěte si také, co píšeme o zimní údržbě, než vyrazíte na cestu,“ řekl Novotný.\n\n" + plainStory,
		kept: []string{"Přečtěte si také pokyny na jeho druhé straně", "„Přečtěte si také, co píšeme o zimní údržbě"},
	}})
}

// TestChrome88Predicates: the new words read as the platforms' own
// lines alone, and not in a sentence that holds them.
func TestChrome88Predicates(t *testing.T) {
	for _, tt := range []struct {
		name string
		f    func(string) bool
		line string
		want bool
	}{
		{"pageHeader", func(l string) bool { return pageHeader(l, len(fields(l))) }, "31 tis. To se mi líbí · 44 tis. sledujících", true},
		{"pageHeader", func(l string) bool { return pageHeader(l, len(fields(l))) }, "1 200 sledujících", false},
		{"pageHeader", func(l string) bool { return pageHeader(l, len(fields(l))) }, "Stránku sleduje 44 tisíc lidí", false},
		{"pageCategory", pageCategory, "Stránka · Vládní organizace", true},
		{"pageCategory", pageCategory, "Vládní organizace schválila rozpočet", false},
		{"countLine", countLine, "187 komentářů", true},
		{"countLine", countLine, "304 sdílení", true},
		{"countLine", countLine, "2.417 curtidas", true},
		{"countLine", countLine, "Mais de 2.417 curtidas", false},
		{"igMoreLine", igMoreLine, "Mais publicações de prefeituravaleclaro", true},
		{"igMoreLine", igMoreLine, "Mais publicações de moradores sobre a obra", false},
		{"igFooterLink", igFooterLink, "Upload de contatos e não usuários", true},
		{"igFooterLink", igFooterLink, "Português (Brasil)", true},
		{"igFooterLink", igFooterLink, "Português é a língua oficial", false},
		{"pageLabel", func(l string) bool { return pageLabel(l, len(fields(l))) }, "Napište komentář…", true},
		{"pageLabel", func(l string) bool { return pageLabel(l, len(fields(l))) }, "Adicione um comentário…", true},
		{"pageLabel", func(l string) bool { return pageLabel(l, len(fields(l))) }, "Všechny reakce:", true},
		{"pageLabel", func(l string) bool { return pageLabel(l, len(fields(l))) }, "Napište komentář k tomuto článku do diskuse", false},
		{"pageButtonRow", pageButtonRow, "Komentovat  Sdílet", true},
		{"pageButtonRow", pageButtonRow, "Komentovat a sdílet můžete i na webu", false},
	} {
		if got := tt.f(tt.line); got != tt.want {
			t.Errorf("%s(%q) = %v; want %v", tt.name, tt.line, got, tt.want)
		}
	}
}

// TestArticleContentsHeading: a table of contents named for the
// article it heads ("Contenido del artículo", "Conteúdo do artigo"),
// alone on its line over the story, goes; a sentence that speaks of an
// article's contents, a quotation and the credit stay.
func TestArticleContentsHeading(t *testing.T) {
	const esStory = "El Ayuntamiento de Vallehondo cerrará el puente del río Tajuña durante dos semanas a partir del lunes por obras de reparación.\n\n" +
		"«Es una obra necesaria y la haremos lo antes posible», ha declarado la alcaldesa, Marta Ruiz, en una rueda de prensa.\n\nFuente: Europa Press\n"
	runChromeCases(t, []chromeCase{{
		name: "es",
		body: "El puente del Tajuña cierra dos semanas\n\nContenido del artículo\n\n" + esStory,
		gone: []string{"Contenido del artículo"},
		kept: []string{"cerrará el puente del río Tajuña", "ha declarado la alcaldesa, Marta Ruiz", "Fuente: Europa Press"},
	}, {
		name: "pt",
		body: "Ponte do Tejo fecha por duas semanas\n\nConteúdo do artigo\n\n" + esStory,
		gone: []string{"Conteúdo do artigo"},
	}, {
		name: "prose",
		body: esStory + "\nEl contenido del artículo publicado por el diario fue corregido después de que el Ayuntamiento aclarara las fechas de las obras.\n",
		kept: []string{"El contenido del artículo publicado por el diario fue corregido"},
	}})
}
