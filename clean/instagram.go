package clean

import "strings"

// Instagram's page, as a plain copy of a post's page keeps it, closes
// with the link to the account's other posts ("More posts from
// <handle>") and the platform's footer: its links one a line ("Meta",
// "About", "Blog", "Jobs", "Help", "API", "Privacy", "Terms",
// "Locations", "Instagram Lite", "Threads", "Contact Uploading &
// Non-Users", "Meta Verified"), the language menu showing the page's
// language by its own name ("English", "Bahasa Indonesia"), and the
// notice ("© 2025 Instagram from Meta"); or the links on one line set
// apart by runs of spaces, as another copy keeps them ("درباره ما
// راهنما  مطبوعات  API …"). Brazil's Portuguese page words them its own
// way ("Mais publicações de <handle>"; "Sobre", "Carreiras", "Ajuda",
// "Privacidade", "Termos", "Localizações", "Upload de contatos e não
// usuários"), and its language menu names the language with its
// country ("Português (Brasil)").

// igFooterLinks are the footer's links and the language menu's names,
// lower case, in English, Indonesian, Persian and Brazilian Portuguese,
// as Instagram prints them; the language menu's names with their
// country too ("Português (Brasil)", "English (UK)").
var igFooterLinks = barSet(`meta | about | blog | jobs | help | api | privacy | terms | locations | top accounts |
	instagram lite | threads | contact uploading & non-users | meta verified | consumer health privacy | language |
	tentang | pekerjaan | bantuan | privasi | ketentuan | lokasi | akun teratas | pengunggahan kontak & non-pengguna |
	privasi kesehatan konsumen | bahasa |
	متا | درباره ما | وبلاگ | مشاغل | راهنما | مطبوعات | حریم خصوصی | شرایط | مکان‌ها | حساب‌های برتر | زبان |
	اینستاگرام لایت |
	sobre | carreiras | ajuda | privacidade | termos | localizações | contas principais |
	upload de contatos e não usuários | privacidade de saúde do consumidor | idioma |
	english | bahasa indonesia | فارسی | español | français | deutsch | italiano | português | türkçe | русский | العربية |
	português (brasil) | português (portugal) | english (uk) | español (españa) | français (canada)`)

// igFooterMinLinks is how many of the footer's links a run of lines (or
// one line's items) holds at least: a story's list never strings that
// many of them together, each alone.
const igFooterMinLinks = 4

// igMoreLeads open the link to the account's other posts, lower case:
// "More posts from", Indonesian "Lainnya dari", Persian "پست‌های بیشتر
// از", Portuguese "Mais publicações de".
var igMoreLeads = []string{"more posts from ", "lainnya dari ", "پست‌های بیشتر از ", "mais publicações de "}

// igMoreLine reports whether line is the link to the account's other
// posts: one of igMoreLeads and a handle alone (handleLine).
func igMoreLine(line string) bool {
	l := strings.TrimSpace(line)
	for _, lead := range igMoreLeads {
		if len(l) > len(lead) && strings.EqualFold(l[:len(lead)], lead) {
			h := strings.TrimSpace(l[len(lead):])
			return !strings.Contains(h, " ") && handleLine(h)
		}
	}
	return false
}

// igFooterLink reports whether line is one of igFooterLinks alone.
func igFooterLink(line string) bool {
	return igFooterLinks[strings.Join(strings.Fields(strings.ToLower(line)), " ")]
}

// igFooterRow reports whether line is the footer's links on one line:
// igFooterMinLinks items or more set apart by runs of spaces, each one
// of igFooterLinks.
func igFooterRow(line string) bool {
	return len(spacedItems(line)) >= igFooterMinLinks && spacedRow(line, igFooterLink)
}

// instagramPages removes, in a copy of a post's page (postPage), the
// link to the account's other posts (igMoreLine), and the footer: a
// run of igFooterMinLinks lines or more in one paragraph, each one of
// igFooterLinks, or a row of them on one line (igFooterRow). A link's
// word alone ("Blog", "Help") stays elsewhere.
func instagramPages(body string, blocks []block) {
	if !postPage(body, blocks) {
		return
	}
	for i := 0; i < len(blocks); i++ {
		b := &blocks[i]
		line := body[b.span.Start:b.span.End]
		if b.credit {
			continue
		}
		if igMoreLine(line) || igFooterRow(line) {
			b.class, b.score, b.reason = classChrome, 1, ReasonNavigation
			continue
		}
		j := i
		for j < len(blocks) && (j == i || !blocks[j].afterBlank) && !blocks[j].credit &&
			igFooterLink(body[blocks[j].span.Start:blocks[j].span.End]) {
			j++
		}
		if j-i >= igFooterMinLinks {
			for k := i; k < j; k++ {
				blocks[k].class, blocks[k].score, blocks[k].reason = classChrome, 1, ReasonNavigation
			}
			i = j - 1
		}
	}
}
