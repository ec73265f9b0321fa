package clean

import (
	"testing"
)

// TestSkipLinkScore: a skip link alone on its line is navigation in
// every language WordPress's themes print it in (wSkipLink); a sentence
// with the same words is not.
func TestSkipLinkScore(t *testing.T) {
	links := []string{
		"Skip to content", "Skip to main content", "Jump to content", "Aller au contenu", "Zum Inhalt springen",
		"Saltar al contenido", "Vai al contenuto", "Ir para o conteúdo", "Ga naar de inhoud", "Hoppa till innehåll",
		"Hoppa yfir í efni", "Przejdź do treści", "Přejít k obsahu", "Ugrás a tartalomhoz", "Перейти к содержимому",
		"Перейти до вмісту", "Μετάβαση στο περιεχόμενο", "İçeriğe geç", "Langsung ke konten", "Chuyển đến nội dung",
		"Mynd i’r cynnwys", "انتقل إلى المحتوى", "דלג לתוכן", "跳至内容", "コンテンツへスキップ", "본문 바로가기",
	}
	for _, l := range links {
		if got, reason := LineScore(l, "en"); got < DefaultHighThreshold || reason != ReasonNavigation {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", l, got, reason, DefaultHighThreshold, ReasonNavigation)
		}
	}
	prose := []string{
		"The council voted to skip to the content of the report without a debate.",
		"Aller au contenu du rapport prendra du temps, a prévenu le maire.",
		"Zum Inhalt springen wir später, sagte der Bürgermeister am Montag.",
		"Vai al contenuto della legge, ha detto il sindaco ai giornalisti.",
		"Перейти к содержимому доклада депутаты решили только после обеда.",
	}
	for _, l := range prose {
		if got, reason := LineScore(l, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", l, got, reason, DefaultThreshold)
		}
	}
}

// TestSkipLink: a skip link goes wherever it stands, also between a
// scrape's date line and the masthead, good lines both, which would keep
// a near-chrome line.
func TestSkipLink(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "French skip link under a scrape's date line",
		body: "Mercredi 14 mai 2025 - 10:02\n\nAller au contenu\nLe Petit Courrier du Val\n\n" + plainStory,
		gone: []string{"Aller au contenu"},
		kept: []string{"Mercredi 14 mai 2025 - 10:02", "The council voted on Tuesday"},
	}, {
		name: "German skip link between story lines",
		body: plainStory + "Zum Inhalt springen\n\n" + plainStory,
		gone: []string{"Zum Inhalt springen"},
	}, {
		name: "a sentence with the link's words",
		body: plainStory + "Aller au contenu du rapport prendra du temps, a prévenu le maire devant le conseil municipal.\n\n" + plainStory,
		kept: []string{"Aller au contenu du rapport"},
	}})
}
