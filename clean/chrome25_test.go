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
