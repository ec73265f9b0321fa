package clean

import "testing"

// lvPost is an invented Latvian parish's notice as a group member
// reposts it: a lead, a paragraph with a quotation and a link.
const lvPost = "Pagasta pārvalde informē 👇\n\n" +
	"No pirmdienas, 3. novembra, Lejasciema skolas ceļš būs slēgts remontdarbu dēļ, un apbraucamais ceļš ved caur Kalnamuižu.\n\n" +
	"“Lūdzam autovadītājus būt saprotošiem, darbi ilgs divas nedēļas,” sacīja pārvaldes vadītāja Inese Bērziņa.\n\n"

// TestFacebookGroupLatvian: a copy of a Facebook group's post in
// Latvian loses the group's header (its kind and members, the join
// button, the tabs), the poster's time stamp, the post's counts and row
// of buttons, the comment sort, the comments with their rows of
// actions, the list's foot and the comment box; the post stays, and so
// do a story's sentences that count comments or name a group's members.
func TestFacebookGroupLatvian(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "group",
		body: "Facebook\nMeklēt Facebook\n\nLejasciems un kaimiņi\nPubliska grupa · 1,4 tūkst. dalībnieku\nPievienoties grupai\n" +
			"Par grupu   Diskusija   Dalībnieki   Multivide\n\nJānis Ozols\n5 st. · 🌐\n\n" + lvPost +
			"👍😮 31\n9 komentāri   4 kopīgošanas\nPatīk   Komentēt   Kopīgot\n\nVispiemērotākie\n\n" +
			"Liene Kalniņa\nBeidzot salabos to ceļu.\n4 st.   Patīk   Atbildēt   3\n\nSkatīt vairāk komentāru\nRaksti komentāru…\n",
		gone: []string{"Publiska grupa · 1,4 tūkst. dalībnieku", "Pievienoties grupai", "Par grupu   Diskusija   Dalībnieki   Multivide",
			"5 st. · 🌐", "9 komentāri   4 kopīgošanas", "Patīk   Komentēt   Kopīgot", "Vispiemērotākie", "Beidzot salabos to ceļu.",
			"4 st.   Patīk   Atbildēt   3", "Skatīt vairāk komentāru", "Raksti komentāru…"},
		kept: []string{"Pagasta pārvalde informē", "Lejasciema skolas ceļš būs slēgts", "sacīja pārvaldes vadītāja Inese Bērziņa"},
	}, {
		name: "prose",
		body: lvPost + "Ierakstam grupā ar 1400 dalībniekiem bija 9 komentāri, un vairums iedzīvotāju atbalstīja remontu.\n\n" + lvPost,
		kept: []string{"Ierakstam grupā ar 1400 dalībniekiem bija 9 komentāri"},
	}})
}

// TestLatvianCommentGate: a Latvian portal's comment section, its tally
// and its gate ("Lai komentētu, lūdzu, pieslēdzies."), goes under the
// story; a story's sentence about logging in to comment stays.
func TestLatvianCommentGate(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "gate",
		body: plainStory + "Avots: LETA\n\nKomentāri (0)\n\nLai komentētu, lūdzu, pieslēdzies.\n",
		gone: []string{"Komentāri (0)", "Lai komentētu, lūdzu, pieslēdzies."},
		kept: []string{"The council voted on Tuesday", "Avots: LETA"},
	}, {
		name: "prose",
		body: "Portāla lietotāji sūdzas, ka kopš oktobra, lai komentētu rakstus, viņiem jāpieslēdzas ar bankas kontu, ko daudzi uzskata par lieku.\n\n" + plainStory,
		kept: []string{"lai komentētu rakstus, viņiem jāpieslēdzas"},
	}})
}

// srStory is an invented Serbian story as an aggregator copies it, with
// its credit lines.
const srStory = "Pomoravlje: Nova autobuska linija od ponedeljka\n\nVest preuzeta sa portala: Dnevni glas\n\n" +
	"KRUŠEVAC, 3. marta (Tanjug) – Od ponedeljka će saobraćati nova autobuska linija između Kruševca i Ćićevca, saopštio je grad.\n\n" +
	"„Linija je uvedena na zahtev meštana“, izjavio je gradonačelnik Milan Stojković.\n\nIzvor: Tanjug\n\n"

// TestSerbianAggregator: a Serbian aggregator's copy loses the search
// form, the log-in bar, the report button, the most-read list under its
// heading and the notice that the site gathers other sites' texts by
// machine; the story, its quotation and its credit lines stay, and so
// does a story's sentence about an aggregator that is not responsible
// for what it copies.
func TestSerbianAggregator(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page",
		body: "Vesti Zbir – sve vesti na jednom mestu\nPočetna | Najnovije | Srbija | Svet | Sport\nPretraga vesti\nPrijavi se | Registruj se\n\n" +
			srStory + "Podeli: Facebook | X | Viber\nPrijavi neprimeren sadržaj\n\nNajčitanije danas\n1. Požar u skladištu kod Niša\n2. Pobeda u poslednjem minutu\n\n" +
			"Vesti Zbir automatski prikuplja naslove i tekstove sa drugih sajtova i ne odgovara za njihov sadržaj.\nO nama | Kontakt\n© Vesti Zbir\n",
		gone: []string{"Pretraga vesti", "Prijavi se | Registruj se", "Prijavi neprimeren sadržaj",
			"Vesti Zbir automatski prikuplja naslove i tekstove sa drugih sajtova i ne odgovara za njihov sadržaj."},
		kept: []string{"Vest preuzeta sa portala: Dnevni glas", "Od ponedeljka će saobraćati nova autobuska linija", "izjavio je gradonačelnik Milan Stojković", "Izvor: Tanjug"},
	}, {
		name: "prose",
		body: srStory + "Udruženje novinara upozorilo je da portal koji preuzima tuđe tekstove ne može da tvrdi kako ne odgovara za sadržaj koji objavljuje svakog dana bez dozvole autora.\n\n" + srStory,
		kept: []string{"Udruženje novinara upozorilo je da portal"},
	}})
}

// afBlog is an invented Afrikaans neighbourhood blog's post.
const afBlog = "Straatligte in Akasialaan herstel\n\n2 Junie 2025 deur Marietjie van Wyk\n\n" +
	"Bure, die munisipaliteit het vanoggend bevestig dat die straatligte in Akasialaan teen Vrydag herstel sal wees. Die kabel is verlede week gesteel.\n\n" +
	"“Ons span werk reeds aan die nuwe kabel,” het die wyksraadslid, mnr. Pieter Louw, gesê.\n\n"

// TestAfrikaansWordPressCom: a WordPress.com blog in Afrikaans loses its
// masthead's tagline and its menu (under "Tuis", home), the post
// navigation ("Vorige Plasing"), the search form's label, the recent
// posts with their heading and the footer's credit; the post, its
// byline and its quotation stay, and a sentence of the post that names
// its recent posts.
func TestAfrikaansWordPressCom(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "blog",
		body: "Akasia Nuusbrief\nAl die nuus van ons straat\nTuis\nGebeure\nOor hierdie blog\n\n" + afBlog +
			"Deel dit:\nFacebook\nWhatsApp\n\n← Vorige Plasing: Skoonmaakdag by die park\n\nSoek vir:\nOnlangse plasings\nKat vermis in Bloulelielaan\nKerkbasaar op 14 Junie\n\nBlog by WordPress.com.\n",
		gone: []string{"Al die nuus van ons straat", "Tuis", "Oor hierdie blog", "← Vorige Plasing: Skoonmaakdag by die park",
			"Soek vir:", "Onlangse plasings", "Kat vermis in Bloulelielaan", "Blog by WordPress.com."},
		kept: []string{"Straatligte in Akasialaan herstel", "2 Junie 2025 deur Marietjie van Wyk", "die munisipaliteit het vanoggend bevestig",
			"het die wyksraadslid, mnr. Pieter Louw, gesê"},
	}, {
		name: "prose",
		body: afBlog + "In my onlangse plasings oor die straatligte het ek gevra dat bure die diefstal by die polisie aanmeld, en baie het dit gedoen.\n\n" + afBlog,
		kept: []string{"In my onlangse plasings oor die straatligte"},
	}})
}

// TestGroupPostOpening: a group member's post whose first line a copy
// sets in the paragraph of the poster's name and badge ("Toppbidragsyter",
// "Top contributor") keeps that line: it is the post's, not the page's.
// A comment under its commenter's name and badge, its row of actions
// under it, still goes, and so does the comment list's foot.
func TestGroupPostOpening(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "norwegian",
		body: "Facebook\nHva skjer i Elvbygda?\nOffentlig gruppe · 2,1 k medlemmer\nBli med i gruppen\nOm\nDiskusjon\n\n" +
			"Kari Nordmo\nToppbidragsyter\nSTENGT VEI i kveld folkens!! Gjelder Elvegata og Brugata 👇 Fra kommunens nettside:\n\n" +
			"Elvbygda kommune stenger Elvegata fra klokken 18 i kveld på grunn av et vannlekkasje under veibanen. Omkjøring er skiltet.\n\n" +
			"«Vi regner med å ha veien åpen igjen i morgen tidlig», sier driftsleder Ola Haugen.\n\n" +
			"12 kommentarer\n5 delinger\nLiker\nKommenter\nDel\nMest relevante\n" +
			"Per Lie\nAdmin\nTakk for info, vi har delt det videre på kommunens side også\nLiker\nSvar\n4\n\nSe flere kommentarer\nSkriv en offentlig kommentar …\n",
		gone: []string{"Offentlig gruppe · 2,1 k medlemmer", "Kari Nordmo", "Toppbidragsyter", "12 kommentarer", "Mest relevante",
			"Takk for info, vi har delt det videre på kommunens side også", "Se flere kommentarer"},
		kept: []string{"STENGT VEI i kveld folkens!! Gjelder Elvegata og Brugata 👇 Fra kommunens nettside:",
			"Elvbygda kommune stenger Elvegata", "sier driftsleder Ola Haugen"},
	}, {
		name: "english",
		body: "Facebook\nWhat's On in Millbrook\nPublic group · 8.2K members\nJoin group\n\n" +
			"Sandra Pike\nTop contributor\nHeads up everyone, the bridge on Mill Lane shuts tonight. From the council's page:\n\n" +
			"Millbrook Council will close the Mill Lane bridge from 7pm tonight for emergency repairs to a damaged joint.\n\n" +
			"“We expect the bridge to reopen by Friday,” a council spokesperson said.\n\n" +
			"34 comments\nLike\nComment\nShare\nMost relevant\nTom Reeve\nThanks Sandra, good to know before the school run\nLike\nReply\n2\n\nView more comments\nWrite a public comment…\n",
		gone: []string{"Public group · 8.2K members", "Top contributor", "34 comments", "Most relevant",
			"Thanks Sandra, good to know before the school run", "View more comments"},
		kept: []string{"Heads up everyone, the bridge on Mill Lane shuts tonight. From the council's page:", "Millbrook Council will close"},
	}})
}
