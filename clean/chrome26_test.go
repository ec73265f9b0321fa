package clean

import "testing"

// TestAsturianGalicianReadAlso: the Asturian read-also label ("Lleer
// tamién") and the Galician one ("Ler tamén") between two paragraphs,
// where the extraction dropped the box's link, or over a headline;
// sentences with the same words stay.
func TestAsturianGalicianReadAlso(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Asturian label alone inside the story",
		body: plainStory + "Lleer tamién\n\n" + plainStory,
		gone: []string{"Lleer tamién"},
	}, {
		name: "Galician label with a headline",
		body: plainStory + "Ler tamén: O concello abre a nova biblioteca de Lalín\n\n" + plainStory,
		gone: []string{"Ler tamén: O concello abre a nova biblioteca de Lalín"},
	}, {
		name: "sentences with the same words",
		body: plainStory + "Lleer tamién ye un vezu que perdimos, dixo la maestra, que quier abrir la biblioteca los sábados.\n\n" +
			"Ler tamén axuda a durmir, segundo o estudo da universidade que publicou onte o xornal.\n\n" + plainStory,
		kept: []string{"Lleer tamién ye un vezu", "Ler tamén axuda a durmir"},
	}})
}

// TestMoreFromSectionLists: a "more in <section>" heading with no colon
// ("Más en Patrimoniu", "More in Sport"), a "more news" heading with
// the section after it ("Más noticies de Cultura", "Más noticias de
// Deportes") and a most-read heading in Asturian ("Lo más lleío") head
// lists of other stories' titles: heading and titles go. The same
// words as a subhead over the story's paragraph, or in a sentence,
// stay.
func TestMoreFromSectionLists(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Asturian more-in box",
		body: plainStory + "Más en Patrimoniu\nLa Casona de Xugueru abre de nuevo les sos puertes\nLos molinos de Sorribes entren nel inventariu\n",
		gone: []string{"Más en Patrimoniu", "La Casona de Xugueru abre de nuevo les sos puertes", "Los molinos de Sorribes entren nel inventariu"},
	}, {
		name: "English more-in box",
		body: plainStory + "More in Sport\nCounty side wins the regional cup after extra time\nNew pitch opens at the leisure centre\n",
		gone: []string{"More in Sport", "County side wins the regional cup after extra time", "New pitch opens at the leisure centre"},
	}, {
		name: "Asturian and Spanish more-news and most-read boxes",
		body: plainStory + "Más noticies de Cultura\n· La Banda de Gaites estrena discu con temes inéditos\n· Un documental recueye la vida de les vaqueires\n" +
			"Lo más lleío\n1. Los conductores de la cuenca, en fuelga dende'l llunes\n2. Cierra la última tienda del barriu\n\n" +
			"Más noticias de Deportes\nEl equipo local asciende a Segunda\nLa vuelta ciclista pasa por el valle\n",
		gone: []string{"Más noticies de Cultura", "· La Banda de Gaites estrena discu con temes inéditos", "· Un documental recueye la vida de les vaqueires",
			"Lo más lleío", "1. Los conductores de la cuenca, en fuelga dende'l llunes", "2. Cierra la última tienda del barriu",
			"Más noticias de Deportes", "El equipo local asciende a Segunda", "La vuelta ciclista pasa por el valle"},
	}, {
		name: "a subhead and sentences with the same words",
		body: plainStory + "More in store\n\nThe shop will stock more local produce from next month, its owner said, after a survey of customers.\n\n" +
			"Más en Patrimoniu trabayen cinco persones, según la conseyería.\n\n" +
			"Lo más lleío del añu foi la noticia de la fuelga, según los datos del diariu.\n\n" + plainStory,
		kept: []string{"More in store", "The shop will stock more local produce", "Más en Patrimoniu trabayen", "Lo más lleío del añu"},
	}})
}

// TestWordPressComFooterSpanish: the furniture WordPress.com prints
// under a hosted blog's post, in English and in its Spanish strings:
// the comment box's placeholder, the footer credit, the cookie widget
// and the follow button. Sentences with the same words stay.
func TestWordPressComFooterSpanish(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English footer",
		body: plainStory + "Enter your comment here...\nCreate a free website or blog at WordPress.com.\n" +
			"Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.\n" +
			"To find out more, including how to control cookies, see here: Cookie Policy\nSubscribe\n",
		gone: []string{"Enter your comment here...", "Create a free website or blog at WordPress.com.",
			"Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.", "Subscribe"},
	}, {
		name: "Spanish footer",
		body: plainStory + "Introduce aquí tu comentario...\nCrea un blog o un sitio web gratuitos con WordPress.com.\n" +
			"Privacidad y cookies: este sitio utiliza cookies. Al continuar utilizando esta web, aceptas su uso.\n" +
			"Para obtener más información, incluido cómo controlar las cookies, consulta aquí: Política de cookies\nSuscribirse\n",
		gone: []string{"Introduce aquí tu comentario...", "Crea un blog o un sitio web gratuitos con WordPress.com.",
			"Privacidad y cookies: este sitio utiliza cookies. Al continuar utilizando esta web, aceptas su uso.", "Suscribirse"},
	}, {
		name: "sentences with the same words",
		body: plainStory + "Los vecinos pueden suscribirse al boletín del ayuntamiento en la web municipal, donde también pueden dejar su comentario, según el concejal.\n\n" +
			"La asociación de consumidores denunció que este sitio utiliza cookies de terceros sin pedir permiso, y ha pedido una multa a la empresa.\n\n" +
			"Cualquiera puede crear un blog o un sitio web gratuitos con WordPress.com, explicó la profesora, que enseña a sus alumnos a publicar en internet.\n\n" + plainStory,
		kept: []string{"Los vecinos pueden suscribirse", "este sitio utiliza cookies de terceros sin pedir permiso",
			"Cualquiera puede crear un blog"},
	}})
}
