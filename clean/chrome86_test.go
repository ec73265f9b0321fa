package clean

import "testing"

// skPost is an invented Slovak police directorate's post: a headline, a
// paragraph with a quotation and its hashtags.
const skPost = "🚨 LAZANY: Vodiča, ktorý zrazil chodkyňu, máme v cele 🚨\n\n" +
	"V sobotu večer došlo v obci Horné Lúčky k vážnej dopravnej nehode. „Vodič po zrážke ani nezastavil a z miesta odišiel,“ uviedla hovorkyňa kpt. Zuzana Malatinská.\n\n" +
	"#polícia #Lazany\n\n"

// TestFacebookPageSlovak: a copy of a Facebook page's post in Slovak
// loses the page's header (its type and category, its likes and
// followers, the buttons), the post's counts, its row of buttons, the
// comment sort, the comments' actions, the comment list's foot and the
// comment box; the post stays, and so does a story's sentence that
// counts comments.
func TestFacebookPageSlovak(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page",
		body: "(5) Polícia SR - Žarnovecký kraj | Facebook\n\nFacebook\nVyhľadávanie na Facebooku\nPolícia SR - Žarnovecký kraj\n" +
			"Stránka · Vládna organizácia\n48 tis. označení Páči sa mi to · 71 tis. sledovateľov\nSledovať\nPoslať správu\n\n" +
			"Polícia SR - Žarnovecký kraj\n9. novembra 2025 o 11:20 · 🌍\n\n" + skPost +
			"Všetky reakcie:\n1,4 tis.\n263 komentárov\n412 zdieľaní\nPáči sa mi to\nKomentovať\nZdieľať\nNajrelevantnejšie\n" +
			"Jana Kubíková\nDržím palce tej pani.\n5 h\nPáči sa mi to\nOdpovedať\n88\nZobraziť ďalšie komentáre\nNapíšte komentár…\n",
		gone: []string{"Stránka · Vládna organizácia", "48 tis. označení Páči sa mi to · 71 tis. sledovateľov", "Poslať správu",
			"Všetky reakcie:", "263 komentárov", "412 zdieľaní", "Komentovať", "Najrelevantnejšie", "Odpovedať",
			"Zobraziť ďalšie komentáre", "Napíšte komentár…"},
		kept: []string{"LAZANY: Vodiča", "uviedla hovorkyňa kpt. Zuzana Malatinská", "#polícia #Lazany"},
	}, {
		name: "prose",
		body: skPost + "Príspevok polície mal 263 komentárov a 412 zdieľaní, ľudia v nich žiadali lepšie osvetlenie.\n\n" + skPost,
		kept: []string{"Príspevok polície mal 263 komentárov a 412 zdieľaní"},
	}})
}

// heBody is an invented Hebrew community page's post, a paragraph and a
// quotation.
const heBody = "שוטרי ימ\"ר העמקים עצרו הבוקר חמישה חשודים בחשד שהונו קשישים.\n\n" +
	"\"החשודים הפעילו מוקד טלפוני של ממש\", אמרה רפ\"ק ענבל שטרן.\n\n#קריית_נורית\n\n"

// TestFacebookPageHebrew: the same page right to left in Hebrew loses
// its header ("דף · קהילה", the likes and followers, "שליחת הודעה"),
// the post's counts and buttons, the comment sort and the list's foot;
// the post and its quotation stay, and a sentence that counts comments.
func TestFacebookPageHebrew(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page",
		body: "Facebook\nחיפוש בפייסבוק\nקריית נורית – עדכונים לתושבים\nדף · קהילה\n5.8 אלף לייקים · 7.3 אלף עוקבים\nמעקב\nשליחת הודעה\n\n" +
			heBody + "כל הרגשות:\n342\n57 תגובות\n188 שיתופים\nלייק\nתגובה\nשיתוף\nהרלוונטיות ביותר\nשושנה מלכה\nתודה על הפרסום!\n4 שע'\nלייק\nהשב\n23\n" +
			"הצגת תגובות נוספות\nכתיבת תגובה...\n",
		gone: []string{"דף · קהילה", "5.8 אלף לייקים · 7.3 אלף עוקבים", "שליחת הודעה", "כל הרגשות:", "57 תגובות", "188 שיתופים",
			"הרלוונטיות ביותר", "הצגת תגובות נוספות"},
		kept: []string{"עצרו הבוקר חמישה חשודים", "אמרה רפ\"ק ענבל שטרן"},
	}, {
		name: "prose",
		body: heBody + "לפוסט היו 57 תגובות ו-188 שיתופים תוך שעות ספורות, לדברי התושבים.\n\n" + heBody,
		kept: []string{"לפוסט היו 57 תגובות"},
	}})
}

// TestFacebookPageBengali: a Bengali copy loses the log-in bar, the
// follow button, the counts with the classifier glued to Bengali
// figures ("১১৬টি মন্তব্য"), the row of buttons, the sort, the badge and
// the list's foot; the post stays.
func TestFacebookPageBengali(t *testing.T) {
	post := "মেঘনাপুর নগরীতে আজ থেকে ১০ দিনের বিশেষ অভিযানে নামছে সিটি করপোরেশন।\n\n" +
		"তিনি বলেন, “লার্ভা পর্যায়েই মশা ধ্বংস করতে হবে।”\n\n#ডেঙ্গু\n\n"
	runChromeCases(t, []chromeCase{{
		name: "page",
		body: "Facebook\nলগ ইন করুন\nনতুন অ্যাকাউন্ট তৈরি করুন\n\nমেঘনাপুর নিউজ আপডেট\nঅনুসরণ করুন\n\n" + post +
			"সব প্রতিক্রিয়া:\n৮৭৪\n১১৬টি মন্তব্য\n২৩৮টি শেয়ার\nলাইক করুন\nমন্তব্য করুন\n\nসবচেয়ে প্রাসঙ্গিক\n\nশীর্ষ ফ্যান\nরাশেদুল করিম\nমশা মরে না।\n\n" +
			"আরও মন্তব্য দেখুন\n\nলগ ইন করুন\nপাসওয়ার্ড ভুলে গেছেন?\n",
		gone: []string{"নতুন অ্যাকাউন্ট তৈরি করুন", "অনুসরণ করুন", "সব প্রতিক্রিয়া:", "১১৬টি মন্তব্য", "২৩৮টি শেয়ার", "লাইক করুন",
			"সবচেয়ে প্রাসঙ্গিক", "শীর্ষ ফ্যান", "আরও মন্তব্য দেখুন", "পাসওয়ার্ড ভুলে গেছেন?"},
		kept: []string{"বিশেষ অভিযানে নামছে সিটি করপোরেশন", "তিনি বলেন, “লার্ভা"},
	}})
}

// TestXPageDutch: X's page in Dutch loses the bar over the thread, the
// view count and its label, the sign-up box, the "Relevante personen"
// box with the account's bio; the numbered posts stay, and so does a
// story's sentence that tells readers not to miss what happens.
func TestXPageDutch(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "thread",
		body: "Veiligheidsregio Oostvaart op X: \"1/ Grote brand in Bruggelo.\" / X\n\nMis niet wat er gebeurt\nMensen op X zijn als eerste op de hoogte.\nPosten\n\n" +
			"Gesprek\nVeiligheidsregio Oostvaart\n@VROostvaart\nVolgen\n1/ 14.06 uur – Op bedrijventerrein De Kreek in Bruggelo woedt een zeer grote brand. Vermijd het gebied.\n" +
			"48,2K\n Weergaven\n37\n212\n184\nMeer antwoorden weergeven\nNieuw op X?\nMeld je nu aan om je eigen gepersonaliseerde tijdlijn te krijgen!\n" +
			"Registreren met Apple\nAccount maken\nDoor je te registreren ga je akkoord met de Servicevoorwaarden en het Privacybeleid, inclusief het gebruik van cookies.\n" +
			"Relevante personen\nVeiligheidsregio Oostvaart\n@VROostvaart\nOfficieel account van de veiligheidsregio. Niet voor meldingen, bel bij nood 112.\nVolgen\n© 2025 X Corp.\n",
		gone: []string{"Mis niet wat er gebeurt", "Mensen op X zijn als eerste op de hoogte.", "48,2K", "Meer antwoorden weergeven",
			"Nieuw op X?", "Registreren met Apple", "Account maken", "Relevante personen",
			"Door je te registreren ga je akkoord met de Servicevoorwaarden en het Privacybeleid, inclusief het gebruik van cookies.",
			"Officieel account van de veiligheidsregio. Niet voor meldingen, bel bij nood 112."},
		kept: []string{"1/ 14.06 uur – Op bedrijventerrein De Kreek"},
	}, {
		name: "prose",
		body: "De veiligheidsregio zegt: mis niet wat er gebeurt in uw buurt en houd de ramen dicht tot de rook is verdwenen.\n\n" +
			"Account maken bij de gemeente kan via de website, meldt de woordvoerder in een toelichting.\n",
		kept: []string{"mis niet wat er gebeurt in uw buurt", "Account maken bij de gemeente"},
	}})
}

// TestTipHeadingDutch: a broadcaster's tip box with the heading "Heb jij
// een tip voor de redactie?" over its number goes; the story over it
// stays.
func TestTipHeadingDutch(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "box",
		body: "De brand is onder controle, meldt de brandweer in een verklaring aan de pers.\n\nHeb jij een tip voor de redactie?\n\n" +
			"Stuur je foto, video of tip via WhatsApp naar 06-12345678 of mail naar tip@omroep.example.\n",
		gone: []string{"Heb jij een tip voor de redactie?"},
		kept: []string{"De brand is onder controle"},
	}})
}

// TestAggregatorStamp: an aggregator's date line with its stamp
// ("Added to Éirestream 18:21", the site the title names) goes; a
// story's sentence that says a video was added to a site stays, and so
// does the source's credit line.
func TestAggregatorStamp(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "stamp",
		body: "Coroner urges lake users to wear life jackets | Éirestream\n\nSource: RTÉ News\nPublished: 20 November 2025, 18:05 | Added to Éirestream 18:21\n\n" +
			"The Coroner for Westmeath has urged anyone taking a boat out on the lakes to wear a life jacket, after an inquest into an angler's death.\n\n" +
			"The footage was added to Éirestream at 18:21, hours after the hearing, a spokesman for the site said.\n",
		gone: []string{"Published: 20 November 2025, 18:05 | Added to Éirestream 18:21"},
		kept: []string{"Source: RTÉ News", "The footage was added to Éirestream", "The Coroner for Westmeath"},
	}})
}

// TestPhpBBSlovak: a Slovak phpBB thread loses the board's header, the
// thread's tools and pager, the poster's profile box with the signature,
// the replies with their boxes, and the board's foot; the first post's
// own line, "Citácia:" and the quoted paragraphs stay.
func TestPhpBBSlovak(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "thread",
		body: "Zrazil chodkyňu a ušiel - MotoKlub.sk fórum\n\nMotoKlub.sk fórum\nNajväčšia komunita motoristov na Slovensku\nRýchle odkazy\nČasto kladené otázky\n" +
			"Pravidlá fóra\nPrihlásiť sa\nRegistrovať sa\n\nOdpovedať\nHľadať v téme…\n2 príspevkov • Strana 1 z 1\n\n" +
			"Zrazil chodkyňu a ušiel\nPríspevok od používateľa dieselman_LA » Ne 09. Nov 2025 18:47\nTak ho majú, dnes to dal aj portál:\n\nCitácia:\n" +
			"Policajti v nedeľu ráno zadržali 34-ročného muža z Krivej Doliny, ktorý je podozrivý z toho, že zrazil chodkyňu.\n\n" +
			"Dúfam, že dostane poriadne.\nCitovať\ndieselman_LA\nPríspevky: 2318\nRegistrovaný: Ut 15. Mar 2011 20:02\nPassat B8 2.0 TDI 140 kW\nHore\n\n" +
			"Re: Zrazil chodkyňu a ušiel\nPríspevok od používateľa Peťo_BB » Ne 09. Nov 2025 19:12\nTá výhovorka je stará ako svet.\nCitovať\nPeťo_BB\n" +
			"Príspevky: 845\nRegistrovaný: So 02. Feb 2019 10:31\nOctavia RS 2.0 TSI\nHore\n\n" +
			"Späť na „Doprava, nehody a legislatíva“\nKto je online\nPoužívatelia prezerajúci si toto fórum: Žiadni registrovaní používatelia a 6 hostí\n" +
			"Vymazať cookies fóra\nVšetky časy sú v UTC+01:00\nPowered by phpBB® Forum Software © phpBB Limited\nSlovenský preklad phpBB.sk\n",
		gone: []string{"Najväčšia komunita motoristov na Slovensku", "Často kladené otázky", "Pravidlá fóra", "Registrovať sa",
			"Hľadať v téme…", "2 príspevkov • Strana 1 z 1", "Registrovaný: Ut 15. Mar 2011 20:02", "Passat B8 2.0 TDI 140 kW",
			"Tá výhovorka je stará ako svet.", "Octavia RS 2.0 TSI", "Späť na „Doprava, nehody a legislatíva“", "Kto je online", "Používatelia prezerajúci si toto fórum: Žiadni registrovaní používatelia a 6 hostí",
			"Vymazať cookies fóra", "Všetky časy sú v UTC+01:00", "Slovenský preklad phpBB.sk"},
		kept: []string{"Citácia:", "Policajti v nedeľu ráno zadržali", "Dúfam, že dostane poriadne."},
	}, {
		name: "prose",
		body: "Na fóre motoristov sa o nehode rozpísalo 5 príspevkov, strana 1 z 1 sa rýchlo zaplnila.\n\nKto je online v noci, ten videl záznam z kamery, povedal policajt.\n",
		kept: []string{"rozpísalo 5 príspevkov", "Kto je online v noci"},
	}})
}
