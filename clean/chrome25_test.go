package clean

import "testing"

// TestFacebookBarTranslated: Facebook's bar under a post, as a plain
// scrape of a francophone, Hispanic, Lusophone or Italian page keeps
// it (the comment sort menu, the comment box's placeholder, the
// reactions' label), goes; sentences with the same words stay.
func TestFacebookBarTranslated(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French bar",
		body: plainStory + "👍 J’aime   💬 Commenter   ↪ Partager\nToutes les réactions :\nLes plus pertinents\nÉcrire un commentaire…\n",
		gone: []string{"Toutes les réactions :", "Les plus pertinents", "Écrire un commentaire…"},
	}, {
		name: "Spanish, Portuguese and Italian bars",
		body: plainStory + "Todas las reacciones:\nMás relevantes\nEscribe un comentario…\n\n" +
			"Todas as reações:\nMais relevantes\nEscreva um comentário…\n\n" +
			"Tutte le reazioni:\nPiù pertinenti\nScrivi un commento…\n",
		gone: []string{"Todas las reacciones:", "Todas as reações:", "Tutte le reazioni:", "Más relevantes", "Escribe un comentario…", "Mais relevantes", "Escreva um comentário…",
			"Più pertinenti", "Scrivi un commento…"},
	}, {
		name: "sentences with the same words",
		body: plainStory + "Les plus pertinents des arguments de l'opposition ont été retenus par le juge, qui a annulé la délibération du conseil municipal.\n\n" +
			"Para escribe un comentario en el registro, cada vecino deberá presentar su documento de identidad en la oficina municipal, explicó el alcalde.\n\n" +
			"Os dados mais relevantes do relatório mostram que a seca afetou 40 municípios do interior, segundo o governo estadual.\n\n" +
			"Secondo il sindaco, scrivi un commento sul registro era l'unico modo per protestare, ma pochi residenti lo hanno fatto.\n\n" + plainStory,
		kept: []string{"Les plus pertinents des arguments", "Para escribe un comentario", "Os dados mais relevantes",
			"scrivi un commento sul registro"},
	}})
}

// TestSardinianKirundiReadAlso: the Sardinian read-also label ("Lèghe
// puru", Campidanese "Ligi puru") and the Kirundi one ("Soma n'izindi
// nkuru") head a box of other stories, or open a line before one;
// sentences with the same words stay.
func TestSardinianKirundiReadAlso(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Sardinian box after the story",
		body: plainStory + "Lèghe puru\nSu trenu birde torrat a currere in sa lìnia de sas Barbàgias\nSa cursa de sos nuraghes: 600 atletas in sas carreras\n\n© 2025 Sa Boghe Exemple\n",
		gone: []string{"Lèghe puru", "Su trenu birde torrat a currere in sa lìnia de sas Barbàgias", "Sa cursa de sos nuraghes: 600 atletas in sas carreras"},
	}, {
		name: "Sardinian box inside the story",
		body: plainStory + "Lèghe puru\n\n" + plainStory,
		gone: []string{"Lèghe puru"},
	}, {
		name: "Campidanese label with a colon",
		body: plainStory + "Ligi puru: Su Comunu de Casteddu aberit sa biblioteca noa\n\n" + plainStory,
		gone: []string{"Ligi puru: Su Comunu de Casteddu aberit sa biblioteca noa"},
	}, {
		name: "Kirundi box after the story",
		body: plainStory + "Isoko: RTNB\n\nSoma n'izindi nkuru:\nGitega: abanyeshure 3 000 batanguye ibizamini vya Leta\nRumonge: abarobyi basaba ko igihe co kuruhuka c'ikiyaga cogabanywa\n",
		gone: []string{"Soma n'izindi nkuru:", "Gitega: abanyeshure 3 000 batanguye ibizamini vya Leta",
			"Rumonge: abarobyi basaba ko igihe co kuruhuka c'ikiyaga cogabanywa"},
		kept: []string{"Isoko: RTNB"},
	}, {
		name: "Kirundi box and the site's line under it",
		body: plainStory + "Soma n'izindi nkuru:\nNgozi: isoko rishasha ryuguruwe\nMuyinga: abarimyi bategereje imbuto\n\nUmuco Daily – Inkuru z'i Burundi buri musi\n",
		gone: []string{"Soma n'izindi nkuru:", "Ngozi: isoko rishasha ryuguruwe", "Umuco Daily – Inkuru z'i Burundi buri musi"},
	}, {
		name: "sentences with the same words",
		body: plainStory + "Lèghe puru su libru de su 1738, at naradu sa filòloga, ca b'at paràulas chi non s'agatant in àteros testos.\n\n" +
			"Soma n'izindi nkuru z'amateka y'ako karere, ni ko umwigisha yabwiye abanyeshure bo kw'ishure rya Karambira.\n\n" + plainStory,
		kept: []string{"Lèghe puru su libru de su 1738", "Soma n'izindi nkuru z'amateka"},
	}})
}
