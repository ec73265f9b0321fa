package clean

import "testing"

// TestNordicMunicipalChrome: a Nordic municipality's news page, scraped
// as plain text one element a paragraph, loses the chrome its template
// sets under the story: the share bar for the page ("Del siden:",
// "Dela sidan"), the citizens' service desk's box with its number and
// opening hours ("Kontakt Borgerservice", "Servicetorget",
// "Kontaktcenter"), the latest-news list with the other stories'
// headlines ("Seneste nyheder", "Siste nytt", "Senaste nytt") and the
// box that sends the reader to the digital mailbox ("Digital post");
// a story's sentences and subhead with the same words stay.
func TestNordicMunicipalChrome(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Danish municipality's sidebar and boxes",
		body: plainStory + "Del siden: Facebook | E-mail | Udskriv\n\nVar denne side nyttig?\n\nJa Nej\n\n" +
			"Kontakt Borgerservice\n\nTelefon +45 70 00 00 00\n\nÅbningstider: mandag–fredag kl. 9.00–15.00\n\nborgerservice@eksempel.dk\n\n" +
			"Seneste nyheder\n\nNy skole åbner i Eksempelby\n\nByrådsmøde den 20. november\n\n" +
			"Digital post\n\nHusk at tjekke din digitale postkasse. Kommunen sender breve og afgørelser digitalt.\n\n" +
			"Eksempel Kommune · Rådhuspladsen 1 · 8000 Eksempelby\n\nPrivatlivspolitik · Om cookies · Tilgængelighedserklæring\n",
		gone: []string{"Del siden: Facebook | E-mail | Udskriv", "Kontakt Borgerservice", "Telefon +45 70 00 00 00",
			"Åbningstider: mandag–fredag kl. 9.00–15.00", "Seneste nyheder", "Ny skole åbner i Eksempelby",
			"Digital post", "Husk at tjekke din digitale postkasse. Kommunen sender breve og afgørelser digitalt."},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "Norwegian municipality's sidebar",
		body: plainStory + "Del denne siden: Facebook | E-post | Skriv ut\n\nServicetorget\n\nTelefon 75 00 00 00\n\n" +
			"Siste nytt\n\nNy barnehage åpner i Eksempelvik\n\nKommunestyret møtes 20. november\n\n" +
			"Personvernerklæring · Tilgjengelighetserklæring\n",
		gone: []string{"Del denne siden: Facebook | E-post | Skriv ut", "Servicetorget", "Siste nytt", "Ny barnehage åpner i Eksempelvik"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "Swedish municipality's sidebar",
		body: plainStory + "Dela sidan: Facebook | E-post | Skriv ut\n\nKontaktcenter\n\nÖppettider: måndag–fredag 8.00–16.00\n\n" +
			"Senaste nytt\n\nNy förskola öppnar i Exempelby\n\nKommunfullmäktige sammanträder 20 november\n\n" +
			"Integritetspolicy · Tillgänglighetsredogörelse\n",
		gone: []string{"Dela sidan: Facebook | E-post | Skriv ut", "Kontaktcenter", "Öppettider: måndag–fredag 8.00–16.00", "Senaste nytt",
			"Ny förskola öppnar i Exempelby"},
		kept: []string{"The council voted on Tuesday", "Officials said the building"},
	}, {
		name: "a story's subhead and sentences with the same words",
		body: plainStory + "Digital post\n\nKommunen sender fra næste år alle breve som digital post, og borgere uden digital postkasse skal søge om fritagelse hos kommunen.\n\n" +
			"Borgerservice får længere åbningstider om torsdagen, oplyser kommunen, som har ansat to nye medarbejdere til skranken.\n\n" +
			"Seneste nyheder fra byrådet er, at skolen får en ny gymnastiksal, og at budgettet til vejene hæves med to millioner kroner.\n\n" +
			"Del siden med dine venner, opfordrer foreningen, der håber på flere frivillige til sommerens festival i byen.\n\n" + plainStory,
		kept: []string{"Digital post", "Kommunen sender fra næste år", "Borgerservice får længere åbningstider",
			"Seneste nyheder fra byrådet", "Del siden med dine venner"},
	}})
}
