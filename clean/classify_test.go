package clean

import (
	"encoding/json"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/reprint/reprint"
)

// TestGenericBelowLow pins the design rule that line shape alone (short,
// no stop words, no punctuation, title case, at an edge) cannot make a line
// even a context candidate.
func TestGenericBelowLow(t *testing.T) {
	if genericMax >= DefaultLowThreshold {
		t.Fatalf("genericMax = %v; want < DefaultLowThreshold %v", genericMax, DefaultLowThreshold)
	}
	// Long prose: fShort = fFewStop = 0, fProse = 1 cancels the label.
	if longProse := wVocab + wPunct + wTitle + wEdge - wProse; longProse >= DefaultThreshold {
		t.Fatalf("vocabulary can remove long prose: %v", longProse)
	}
}

// TestLineScoreFormula checks one score against the formula of named
// constants: "Leave a Reply" is 3 words (fShort = 1), one stop word of
// three (density 1/3 ≥ stopDensityProse, fFewStop = 0), no closing
// punctuation, two of three words capitalised, and vocabulary "reply" +
// "leave a reply" over √3, capped at 1.
func TestLineScoreFormula(t *testing.T) {
	want := wLength*1 + wStop*0 + wPunct*1 + wTitle*2.0/3 + wVocab*min(1, (cueStrong+cuePhrase)/math.Sqrt(3))
	got, reason := LineScore("Leave a Reply", "en")
	if math.Abs(got-want) > 1e-9 || reason != ReasonCommentForm {
		t.Errorf("LineScore(%q) = %v, %q; want %v, %q", "Leave a Reply", got, reason, want, ReasonCommentForm)
	}
}

// TestLineScore classifies typical chrome and story lines alone.
func TestLineScore(t *testing.T) {
	chrome := []struct{ line, reason string }{
		{"Sign up for our daily newsletter", ReasonPromo},
		{"Click here to subscribe", ReasonPromo},
		{"Read more: Markets fall as oil prices climb", ReasonPromo},
		{"Share this article on Facebook, Twitter or WhatsApp", ReasonShare},
		{`<div class="ad-slot"></div>`, ReasonMarkup},
		{`window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}`, ReasonMarkup},
		{"We use cookies to give you the best experience. Accept cookies", ReasonLegal},
		{"Log in to post a comment", ReasonNavigation},
		{"Older posts Newer posts", ReasonNavigation},
		{"Skip to main content", ReasonNavigation},
		{"Tags: elections, parliament, budget", ReasonNavigation},
		{"Photo: Jane Doe/Reuters", ReasonCaption},
		{"Image caption, Rescue workers search the rubble in Antakya", ReasonCaption},
		{"Reuters Firefighters battle a blaze near the town of Alcantara, Spain Reuters", ReasonCaption},
		{"Your comment will appear after moderation. Please read our community guidelines", ReasonCommentPolicy},
		// WordPress and blog furniture (issue 10).
		{"Home » UK News", ReasonNavigation},
		{"Početna / Društvo", ReasonNavigation},
		// A reading time alone, in several languages, and a stock
		// photo's caption.
		{"6 min read", ReasonNavigation},
		{"3-minute read", ReasonNavigation},
		{"Lecture : 3 min", ReasonNavigation},
		{"Tempo di lettura: 3 minuti", ReasonNavigation},
		{"Tempo de leitura: 1 minuto", ReasonNavigation},
		{"Lesezeit: 4 Minuten", ReasonNavigation},
		{"Foto d'archivio", ReasonCaption},
		{"Affiliate disclosure: Irish News Pulse is reader-supported. Some links on this page are affiliate links, which means we may earn a small commission.", ReasonPromo},
		{"Поделиться:", ReasonShare},
		// WordPress and Jetpack in German, Bengali, Thai, Latvian and
		// Filipino (session 22's blind sets).
		{"Klick, um über E-Mail einen Link an einen Freund zu senden (Wird in neuem Fenster geöffnet)", ReasonShare},
		{"Dieser Eintrag wurde veröffentlicht in Bayern und verschlagwortet mit Freibad, Wendelsried. Setze ein Lesezeichen auf den Permalink.", ReasonNavigation},
		{"Gefällt mir:", ReasonShare},
		{"পছন্দ করুন লোড হচ্ছে…", ReasonShare},
		{"আপনার ই-মেইল এ্যাড্রেস প্রকাশিত হবে না। * চিহ্নিত বিষয়গুলো আবশ্যক।", ReasonCommentForm},
		{"อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย *", ReasonCommentForm},
		{"แชร์ข่าวนี้:", ReasonShare},
		{"Iepriekšējais ieraksts: Rudens gadatirgū atkal rekordlieli ķirbji", ReasonNavigation},
		{"Jūsu e-pasta adrese netiks publicēta. Obligātie lauki ir atzīmēti kā *", ReasonCommentForm},
		{"I-save ang aking pangalan, email, at website sa browser na ito para sa susunod na pagkokomento ko.", ReasonCommentForm},
		{"Lumaktaw sa nilalaman", ReasonNavigation},
		{"👉 Подписывайтесь на канал «Дайджест Прилесья» в Telegram, чтобы первыми узнавать главное о регионе.", ReasonPromo},
		{"Follow us on WhatsApp for the day's top stories from the county.", ReasonPromo},
		{"Sign up for the Vanua Daily morning briefing", ReasonPromo},
		{"Теги: котельная, Кудринск, ЖКХ, морозы", ReasonNavigation},
		// Devanagari words keep their vowel signs: "एक उत्तर दें" is
		// WordPress's "Leave a Reply".
		{"एक उत्तर दें", ReasonCommentForm},
		{"Symbolbild: Ein Streifenwagen vor dem Rathaus", ReasonCaption},
		{"Click to share on X (Opens in new window)", ReasonShare},
		{"Click to email a link to a friend (Opens in new window)", ReasonShare},
		// The same in WordPress's Spanish, French and German.
		{"Deja un comentario", ReasonCommentForm},
		{"Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *", ReasonCommentForm},
		{"Me gusta Cargando...", ReasonShare},
		{"Laisser un commentaire", ReasonCommentForm},
		// Polish, Finnish, Greek and Romanian.
		{"Dodaj komentarz", ReasonCommentForm},
		{"Udostępnij ten artykuł:", ReasonShare},
		{"Czytaj także: Remont wiaduktu na obwodnicy potrwa do września", ReasonPromo},
		{"Tagi: pożar, straż pożarna, EkoGranulat", ReasonNavigation},
		{"Sähköpostiosoitettasi ei julkaista. Pakolliset kentät on merkitty *", ReasonCommentForm},
		{"Jaa tämä:", ReasonShare},
		{"Ετικέτες: Λιμάνι, Ακτοπλοΐα", ReasonNavigation},
		{"Διαβάστε επίσης", ReasonPromo},
		{"Lasă un răspuns", ReasonCommentForm},
		{"Zdjęcie ilustracyjne. Fot. archiwum", ReasonCaption},
		{"Fot. PAP/Jan Nowak", ReasonCaption},
		{"Table of Contents [hide]", ReasonNavigation},
		{"Pročitajte još", ReasonPromo},
		{"Vaša adresa e-pošte neće biti objavljena. Obavezna polja su označena *", ReasonCommentForm},
		{"Xem thêm: Lạc Hòa ra công điện khẩn ứng phó mưa lũ diện rộng", ReasonPromo},
		{"اقرأ أيضاً", ReasonPromo},
		{"この記事をシェア", ReasonShare},
		{"공유하기", ReasonShare},
		{"Kezdőlap · Rólam · Kirándulások · Receptek · Kapcsolat", ReasonNavigation},
		{"İçindekiler [gizle]", ReasonNavigation},
		{"Citește și: Drumul județean, redeschis după inundații", ReasonPromo},
		{"Schreibe einen Kommentar", ReasonCommentForm},
		{"News › World › Europe", ReasonNavigation},
		{"Like Loading…", ReasonShare},
		{"Save my name, email, and website in this browser for the next time I comment.", ReasonCommentForm},
		{"This entry was posted in UK News and tagged flooding, Calder Bridge. Bookmark the permalink.", ReasonNavigation},
		{"Enter your email address to subscribe to this blog and receive notifications of new posts by email.", ReasonPromo},
		{"This post contains affiliate links, and we may earn a commission if you buy through them.", ReasonPromo},
		// Consent banners, whose prose density cancels their words: the
		// site speaking of its cookies is decisive.
		{"We use cookies to give you the best experience on our website and to keep improving it. By continuing to use the site you agree to our use of cookies. You can find out more in our privacy policy.", ReasonLegal},
		{"Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten und fortlaufend zu verbessern. Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Cookies zu.", ReasonLegal},
		{"Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site. En poursuivant votre navigation, vous acceptez leur utilisation.", ReasonLegal},
		// The furniture of German, French, Spanish, Portuguese and
		// Italian sites.
		{"Teilen auf Facebook", ReasonShare},
		{"Kommentar schreiben", ReasonCommentForm},
		{"Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.", ReasonCommentForm},
		{"© 2025 Nordticker24 – Alle Rechte vorbehalten | Impressum | Datenschutz", ReasonLegal},
		{"Mentions légales | Politique de confidentialité | Tous droits réservés", ReasonLegal},
		{"Lire aussi : La réforme des retraites adoptée au Sénat", ReasonPromo},
		// Labels in Cyrillic and Arabic script, whose letters take two
		// bytes each; WordPress's Bulgarian comment form.
		{"Читайте також: У Гордіївці вперше за десять років відремонтували дорогу до ринку", ReasonPromo},
		{"Читайте также: В Москве открыли новый мост через реку", ReasonPromo},
		{"Зміст", ReasonNavigation},
		{"فہرست مضامین", ReasonNavigation},
		{"Вашият имейл адрес няма да бъде публикуван. Задължителните полета са отбелязани с *", ReasonCommentForm},
		{"Навигация в публикациите", ReasonNavigation},
		{"👉 Підписуйтесь на канал Поділля 24/7 | Надіслати новину: @podillia247_bot", ReasonPromo},
		{"Todos los derechos reservados. Aviso legal. Política de privacidad", ReasonLegal},
		{"Esta entrada foi publicada em Economia, Regional e marcada com fábrica, têxtil por Redação. Guarde o link permanente.", ReasonNavigation},
		{"Guardar o meu nome, email e site neste navegador para a próxima vez que eu comentar.", ReasonCommentForm},
		{"Esta entrada foi publicada em Economia, Regional e etiquetada conservas, emprego. Adicione aos favoritos a ligação permanente.", ReasonNavigation},
		{"Leggi anche: Maltempo, allerta rossa in Liguria", ReasonPromo},
		{"Table of Contents", ReasonNavigation},
		{"▶ Guarda il video", ReasonNavigation},
		{"Watch the video", ReasonNavigation},
		{"Pressemitteilung als PDF herunterladen", ReasonPromo},
		{"Download as PDF", ReasonPromo},
		// Download links end in the file's size.
		{"Pressemitteilung als PDF herunterladen (212 KB)", ReasonNavigation},
		{"Pressefoto: Werk Eschenbrück, Luftbild (JPG, 4,8 MB)", ReasonNavigation},
		{"Full report [PDF, 1.2MB]", ReasonNavigation},
		{"E-Mail *", ReasonCommentForm},
		{"J'aime chargement…", ReasonShare},
		{"Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)", ReasonShare},
		{"Vind-ik-leuk Laden...", ReasonShare},
		{"Ga naar de inhoud", ReasonNavigation},
		{"Berichtnavigatie", ReasonNavigation},
		{"Name *", ReasonCommentForm},
		{"Télécharger le communiqué (PDF, 340 Ko)", ReasonNavigation},
		// Spanish WordPress, whose words weigh as the English ones.
		{"Deja un comentario Cancelar la respuesta", ReasonCommentForm},
		{"Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.", ReasonCommentForm},
		{"Saltar al contenido", ReasonNavigation},
		{"Haz clic para compartir en X (Se abre en una ventana nueva)", ReasonShare},
		{"À LIRE AUSSI Commerces ruraux : le gouvernement promet un nouveau fonds pour les bourgs", ReasonPromo},
		{"Home » Cronaca » Notte di paura a Vallemora, a fuoco di nuovo l’impianto della Ecoplast…", ReasonNavigation},
		{"Questa voce è stata pubblicata in Cronaca e contrassegnata con ambiente, incendio, rifiuti. Aggiungi ai segnalibri il permalink.", ReasonNavigation},
		{"Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.", ReasonCommentForm},
		{"Receba as notícias do Portal Sul Mineiro no seu WhatsApp. Clique aqui e entre no nosso canal.", ReasonPromo},
		{"Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes del Valle.", ReasonPromo},
		{"Únete a nuestro canal de WhatsApp y recibe las noticias de Minuto Regional al instante.", ReasonPromo},
		{"LEE TAMBIÉN: Suspenden el servicio de agua en cuatro colonias de Valle Chico por reparación de bomba", ReasonPromo},
		{"Categorías: Hidalgo Etiquetas: comerciantes, incendio, mercado", ReasonNavigation},
		{"Indice", ReasonNavigation},
		{"Inhaltsverzeichnis", ReasonNavigation},
		{"Indice dei contenuti", ReasonNavigation},
		{"Table des matières", ReasonNavigation},
		{"Inhoudsopgave", ReasonNavigation},
		{"Sie haben einen Hinweis für unsere Redaktion? Schreiben Sie uns über die App oder per WhatsApp.", ReasonPromo},
		{"Vous avez repéré une erreur dans cet article ? Signalez-la à la rédaction", ReasonPromo},
		// A line sending the reader to the broadcast.
		{"Réécoutez l'entrevue complète de Sylvie Dallaire à l'émission Le Retour, du lundi au vendredi de 15 h à 18 h.", ReasonPromo},
		{"Listen to the full interview with the mayor on Morning Edition, weekdays from 6 to 9 am.", ReasonPromo},
		{"Hören Sie das ganze Interview mit der Bürgermeisterin in unserer Sendung am Abend.", ReasonPromo},
		{"Escucha la entrevista completa con el alcalde en nuestro programa de la mañana.", ReasonPromo},
		{"Le sujet de Léa Monnier est à réécouter dans « Le Journal de midi » de ce lundi, sur rjl.example et dans l’app RJL.", ReasonPromo},
		{"Watch the full report on Sinag TV Plus.", ReasonPromo},
		// The text speaking of itself: a disclaimer, an AI disclosure.
		{"Disclaimer: This article is for general information only and should not be taken as medical advice. Always consult a qualified health professional.", ReasonLegal},
		{"About this digest: This summary was produced with the help of AI tools and checked by a KopiBrief editor before publication. Tell us if we got something wrong.", ReasonLegal},
		{"Dieser Artikel wurde mit Hilfe künstlicher Intelligenz übersetzt und von der Redaktion geprüft.", ReasonLegal},
		// WordPress and Jetpack in Albanian, Azerbaijani, Armenian and
		// Chinese (session 23's blind sets), as their translations word
		// them.
		{"Lini një Përgjigje Anuloje përgjigjen", ReasonCommentForm},
		{"Adresa juaj email s’do të bëhet publike. Fushat e domosdoshme janë shënuar me një *", ReasonCommentForm},
		{"Postoje Komentin", ReasonCommentForm},
		{"Ndajeni këtë me të tjerët:", ReasonShare},
		{"Pëlqejeni këtë:", ReasonShare},
		{"Postimet Më të Fundit", ReasonPromo},
		{"Bazuar në WordPress", ReasonLegal},
		{"Bir cavab yazın Cavabı ləğv et", ReasonCommentForm},
		{"Sizin e-poçt ünvanınız dərc edilməyəcəkdir. Gərəkli sahələr * ilə işarələnmişdir", ReasonCommentForm},
		{"Şərh göndər", ReasonCommentForm},
		{"Bunu paylaş:", ReasonShare},
		{"Bunu bəyən:", ReasonShare},
		{"Bəyən Yüklənir...", ReasonShare},
		{"Öncəki yazı", ReasonNavigation},
		{"Kateqoriya: Cəmiyyət", ReasonNavigation},
		{"Թողնել պատասխան Չեղարկել պատասխանը", ReasonCommentForm},
		{"Ձեր էլ-փոստի հասցեն չի հրապարակվելու։ Պարտադիր դաշտերը նշված են *-ով", ReasonCommentForm},
		{"Նախորդ գրառում", ReasonNavigation},
		{"Ուղարկել մեկնաբանությունը", ReasonCommentForm},
		{"发表评论", ReasonCommentForm},
		{"上一篇：夏天吃西瓜要注意什么？这几类人最好少吃", ReasonNavigation},
		{"相关文章", ReasonPromo},
		{"本文标签：廊桥　山洪　古桥修复", ReasonNavigation},
		// Portals' read-also labels in Albanian, Azerbaijani and
		// Armenian, an Armenian comment rule, Amharic calls to follow
		// the page, Facebook's reaction bar as a copy of a post prints
		// it, and counters: a figure and what it counts, a view count
		// after its label in a post's meta line.
		{"LEXO EDHE: Shirat e dendur, qarkullim me vështirësi në disa akse rrugore të vendit", ReasonPromo},
		{"Həmçinin oxuyun: Şimal bölgəsində leysan yağışları gözlənilir - XƏBƏRDARLIQ", ReasonPromo},
		{"Կարդացեք նաև", ReasonPromo},
		{"Մեկնաբանությունները հրապարակվում են մոդերացիայից հետո։ Վիրավորական և թեմային չառնչվող մեկնաբանությունները կհեռացվեն։", ReasonCommentPolicy},
		{"ፈጣን ዜናዎችን ለማግኘት የቴሌግራም ቻናላችንን ይቀላቀሉ፦ @maezentimes", ReasonPromo},
		{"ትክክለኛና ፈጣን መረጃዎችን ለማግኘት ገጻችንን ላይክ እና ፎሎው ያድርጉ፤ ለወዳጆችዎም ሼር ያድርጉ! 🙏", ReasonPromo},
		{"All reactions:", ReasonShare},
		{"Most relevant", ReasonCommentPolicy},
		{"Write a comment…", ReasonCommentForm},
		{"64 comments", ReasonNavigation},
		{"97 shares", ReasonNavigation},
		{"Views: 1,284", ReasonNavigation},
		{"作者：admin　来源：网络整理　阅读：87次", ReasonNavigation},
		// WordPress and Jetpack in Hebrew, Kazakh, Marathi, Sinhala and
		// Burmese (session 23's second blind batch), as their
		// translations word them.
		{"כתיבת תגובה", ReasonCommentForm},
		{"האימייל לא יוצג באתר.", ReasonCommentForm},
		{"שמור בדפדפן זה את השם, האימייל והאתר שלי לפעם הבאה שאגיב.", ReasonCommentForm},
		{"הפוסט הקודם", ReasonNavigation},
		{"פוסטים אחרונים", ReasonPromo},
		{"לשתף:", ReasonShare},
		{"אהבתי טוען...", ReasonShare},
		{"Пікір үстеу Жауапты болдырмау", ReasonCommentForm},
		{"Э-пошта мекенжайыңыз жарияланбайды. Міндетті өрістер * таңбаланған", ReasonCommentForm},
		{"Пікірді орналастыру", ReasonCommentForm},
		{"Жазба навигациясы", ReasonNavigation},
		{"Алдыңғы жазба", ReasonNavigation},
		{"Ұқсас жазбалар", ReasonPromo},
		{"Бөлісу:", ReasonShare},
		{"प्रतिक्रिया व्यक्त करा उत्तर रद्द करा.", ReasonCommentForm},
		{"आपला ई-मेल अड्रेस प्रकाशित केला जाणार नाही. आवश्यक फील्डस् * मार्क केले आहेत", ReasonCommentForm},
		{"पुढील वेळेच्या माझ्या टिप्पणी साठी माझे नाव, ईमेल आणि संकेतस्थळ ह्या ब्राउझरमध्ये जतन करा.", ReasonCommentForm},
		{"कंमेन्ट द्या", ReasonCommentForm},
		{"मागील पोस्ट", ReasonNavigation},
		{"नवीन लेख", ReasonPromo},
		{"शेअर करा :", ReasonShare},
		{"टॅगस्: पाऊस, शेती", ReasonNavigation},
		{"लेखक: संपादकीय विभाग", ReasonNavigation},
		{"वर्गवारी: ग्रामीण बातम्या", ReasonNavigation},
		{"ප්\u200dරතිචාරයක් ලබාදෙන්න", ReasonCommentForm},
		{"ඔබගේ ඊමේල් ලිපිනය ප්\u200dරසිද්ධ කරන්නේ නැත. අත්\u200dයාවශ්\u200dයයය ක්ෂේත්\u200dර සලකුණු කොට ඇත *", ReasonCommentForm},
		{"ප්\u200dරතිචාරය යවන්න", ReasonCommentForm},
		{"පෙර සටහන", ReasonNavigation},
		{"නවතම ලිපි", ReasonPromo},
		{"ပြန်စာထားခဲ့ပါ။", ReasonCommentForm},
		{"သင့် email လိပ်စာကို ဖော်ပြမည် မဟုတ်ပါ။", ReasonCommentForm},
		{"မှတ်ချက် ပေးပို့ပါ", ReasonCommentForm},
		{"အရင်စာမူ", ReasonNavigation},
		{"လတ်တ\u200cလော စာမူများ", ReasonPromo},
		// Portals in Burmese and Sinhala: a related-reading label and
		// its title after a dash (as in English), related news; a top
		// bar's e-paper, subscribe and log-in links, read these too,
		// a newsletter box, a comment box's heading, all rights
		// reserved, a share row, a cookie banner's buttons.
		{"ဆက်စပ်ဖတ်ရှုရန် - မိုးရာသီ ရေကြီးမှု သတိပေးချက် ထုတ်ပြန်", ReasonPromo},
		{"Read also - Markets fall as oil prices climb", ReasonPromo},
		{"ဆက်စပ်သတင်းများ", ReasonPromo},
		{"2025 ජූලි 14 සඳුදා  ඊ-පත්\u200dරය  දායක වන්න  පිවිසෙන්න", ReasonPromo},
		{"මේවාත් කියවන්න", ReasonPromo},
		{"ජනදින පුවත් හසුන", ReasonPromo},
		{"ලියාපදිංචි වන්න", ReasonPromo},
		{"ඔබේ අදහස පළ කරන්න", ReasonCommentForm},
		{"සියලු හිමිකම් ඇවිරිණි.", ReasonLegal},
		{"බෙදාගන්න: Facebook WhatsApp Viber X", ReasonShare},
		{"මම එකඟයි  කුකී ප්\u200dරතිපත්තිය", ReasonLegal},
		// WordPress and Jetpack in Telugu (session 24's blind batch),
		// as their translations word them.
		{"స్పందించండి స్పందనను రద్దుచేయి", ReasonCommentForm},
		{"మీ ఈమెయిలు చిరునామా ప్రచురించబడదు. తప్పనిసరి ఖాళీలు *\u200cతో గుర్తించబడ్డాయి", ReasonCommentForm},
		{"వ్యాఖ్యానించండి", ReasonCommentForm},
		{"గత టపా", ReasonNavigation},
		{"ఇటీవలి టపాలు", ReasonPromo},
		{"దీన్ని మెచ్చుకోండి:", ReasonShare},
		{"ఇష్టం లోడవుతూంది…", ReasonShare},
		// Portals in Telugu, Icelandic, Mongolian and Uzbek: read
		// these too, copy link, most read, log in, share on Facebook,
		// related news, write a comment, the typo note.
		{"ఇవి కూడా చదవండి:", ReasonPromo},
		{"Afrita hlekk", ReasonShare},
		{"Mest lesið", ReasonPromo},
		{"Fleiri fréttir af landsbyggðinni", ReasonPromo},
		{"Нэвтрэх", ReasonNavigation},
		{"Facebook-т хуваалцах", ReasonShare},
		{"Линк хуулах", ReasonShare},
		{"Холбоотой мэдээ", ReasonPromo},
		{"Их уншсан", ReasonPromo},
		{"Сэтгэгдэл бичих", ReasonCommentForm},
		{"Сэтгэгдлээ энд бичнэ үү", ReasonCommentForm},
		{"Энэ мэдээ танд хэр таалагдсан бэ?", ReasonShare},
		{"Matnda xatolik topdingizmi? Uni belgilab, Ctrl+Enter tugmalarini bosing.", ReasonCommentForm},
		// A required field's label in a script whose letters carry
		// vowel signs (Gujarati "Name *").
		{"નામ *", ReasonCommentForm},
		// WordPress in Gujarati (session 24's thirty-third blind
		// batch), as its translation words it.
		{"પ્રતિશાદ આપો જવાબ રદ કરો", ReasonCommentForm},
		{"તમારું ઇમેઇલ સરનામું પ્રકાશિત કરવામાં આવશે નહીં. જરૂરી ક્ષેત્રો ચિહ્નિત થયેલ છે *", ReasonCommentForm},
		{"ટિપ્પણી પોસ્ટ કરો", ReasonCommentForm},
		{"પોસ્ટ સંશોધક", ReasonNavigation},
		{"પાછર નો પોસ્ટ", ReasonNavigation},
		{"તાજેતરની પોસ્ટ્સ", ReasonPromo},
		{"તાજેતરની ટિપ્પણીઓ", ReasonCommentPolicy},
		{"અવર્ગીકૃત", ReasonNavigation},
		{"WordPress દ્વારા ગર્વથી સંચાલિત", ReasonPromo},
		{"કેટેગરીઓ: પશુપાલન, ગામના સમાચાર", ReasonNavigation},
		// WordPress and Jetpack in Bosnian (bs_BA, with the hr and
		// sr_RS packs' shared strings) and Swahili, Vietnamese portals'
		// share row (session 24's thirty-third blind batch).
		{"Podijeli ovo:", ReasonShare},
		{"Ostavite odgovor Otkaži odgovor", ReasonCommentForm},
		{"Navigacija članaka", ReasonNavigation},
		{"Sačuvaj moje ime, email i web stranicu u ovom pregledniku za sljedeći put kada budem komentarisao.", ReasonCommentForm},
		{"Shiriki hii:", ReasonShare},
		{"Penda hii:", ReasonShare},
		{"Machapisho Yanayohusiana", ReasonPromo},
		{"Toa Jibu Ghairi kujibu", ReasonCommentForm},
		{"Tuma Maoni", ReasonCommentForm},
		{"Hifadhi jina langu, barua pepe, na tovuti katika kivinjari hiki kwa wakati ujao nitakapotoa maoni.", ReasonCommentForm},
		{"Chia sẻ Facebook Zalo Sao chép đường dẫn", ReasonShare},
		{"Từ khóa: đập hồ, sơ tán dân", ReasonNavigation},
		// WordPress and Jetpack in Afrikaans, Basque, Welsh and
		// Malayalam (session 24's thirty-fourth blind batch), as their
		// translations word them.
		{"Lewer kommentaar Kanselleer antwoord", ReasonCommentForm},
		{"Jou e-posadres sal nie gepubliseer word nie. Verpligte velde word met * aangedui", ReasonCommentForm},
		{"Vorige bydrae", ReasonNavigation},
		{"Utzi erantzuna", ReasonCommentForm},
		{"Zure helbide elektronikoa ez da argitaratuko. Beharrezko eremuak * markatuta daude", ReasonCommentForm},
		{"Bidali iruzkina", ReasonCommentForm},
		{"Gadael Ymateb Diddymu ymateb", ReasonCommentForm},
		{"Ni fydd eich cyfeiriad e-bost yn cael ei gyhoeddi. Mae'r meysydd gofynnol yn cael eu marcio *", ReasonCommentForm},
		{"Cyhoeddi Sylw", ReasonCommentForm},
		{"Cofnod Blaenorol", ReasonNavigation},
		{"Cofnodion Diweddar", ReasonPromo},
		{"Sylwadau Diweddar", ReasonCommentPolicy},
		{"Rhannu hwn:", ReasonShare},
		{"മറുപടി രേഖപ്പെടുത്തുക മറുപടി റദ്ദാക്കുക", ReasonCommentForm},
		{"അഭിപ്രായം പ്രസിദ്ധപ്പെടുത്തുക", ReasonCommentForm},
		// Korean news sites' comment box: its notice and its field.
		{"로그인 후 댓글을 작성할 수 있습니다. 타인을 비방하거나 명예를 훼손하는 댓글은 삭제될 수 있습니다.", ReasonCommentPolicy},
		{"댓글을 입력해 주세요", ReasonCommentForm},
		// Portal furniture of Maltese, Tajik, Odia and Yoruba pages
		// (session 25's thirty-sixth blind batch).
		{"Aqsam fuq Facebook", ReasonShare},
		{"Ibgħat b'email", ReasonShare},
		{"Suġġetti: Għawdex, Sajd, Temp", ReasonNavigation},
		{"Artikli oħra li jistgħu jinteressawk", ReasonPromo},
		{"Abbona għan-newsletter ta' Aħbarijiet Issa", ReasonPromo},
		{"© 2025 Aħbarijiet Issa. Id-drittijiet kollha riżervati.", ReasonLegal},
		{"Ikteb kumment", ReasonCommentForm},
		{"Daħħal l-email tiegħek", ReasonPromo},
		{"Мубодила кунед:", ReasonShare},
		{"Барчаспҳо: неругоҳ, барқ, Обигулшан", ReasonNavigation},
		{"Шарҳ гузоред", ReasonCommentForm},
		{"Почтаи электронии шумо нашр намешавад. Майдонҳои ҳатмӣ бо * ишора шудаанд.", ReasonCommentForm},
		{"Ҳамаи ҳуқуқҳо ҳифз шудаанд.", ReasonLegal},
		{"ଫେସବୁକରେ ସେୟାର କରନ୍ତୁ", ReasonShare},
		{"ହ୍ୱାଟସଆପରେ ପଠାନ୍ତୁ", ReasonShare},
		{"ଟୁଇଟ କରନ୍ତୁ", ReasonShare},
		{"ଟାଗ: ଢେଙ୍କାନାଳ, ଶାଳବନି, ପାନୀୟ ଜଳ, ବିକ୍ଷୋଭ", ReasonNavigation},
		{"ମତାମତ ଦିଅନ୍ତୁ", ReasonCommentForm},
		{"ଆପଣଙ୍କ ଇମେଲ ଠିକଣା ପ୍ରକାଶିତ ହେବ ନାହିଁ। ଆବଶ୍ୟକ ଘରଗୁଡ଼ିକ * ଚିହ୍ନରେ ଚିହ୍ନିତ।", ReasonCommentForm},
		{"Pín sórí Facebook", ReasonShare},
		{"Ẹ darapọ̀ mọ́ ìkànnì WhatsApp wa fún ìròyìn tuntun ní gbogbo ìgbà", ReasonPromo},
		{"Ìròyìn mìíràn tí ẹ lè nífẹ̀ẹ́ sí", ReasonPromo},
		{"Ẹ gba ìròyìn wa ní ọ̀fẹ́", ReasonPromo},
		{"Ẹ sọ tiyín", ReasonCommentForm},
		{"Àdírẹ́sì ímeèlì yín kò ní hàn síta. Ẹ jọ̀wọ́, ẹ má ṣe lo ọ̀rọ̀ àlùfààṣá.", ReasonCommentForm},
		// Portal furniture of Afrikaans, Basque, Welsh, Hausa and
		// Malayalam pages: share, like and related rows, cookie notices,
		// membership and newsletter calls, comment forms as the pages
		// word them, "in this browser", a WhatsApp group's call.
		{"Deel dit:", ReasonShare},
		{"Hou hiervan Laai tans...", ReasonShare},
		{"Verwante artikels", ReasonPromo},
		{"Plaas kommentaar", ReasonCommentForm},
		{"Stoor my naam, e-pos en webwerf in hierdie blaaier vir die volgende keer wat ek kommentaar lewer.", ReasonCommentForm},
		{"Kommentaar is vir hierdie artikel gesluit.", ReasonCommentPolicy},
		{"Webgune honek cookieak erabiltzen ditu zure nabigazio esperientzia hobetzeko.", ReasonLegal},
		{"Partekatu Facebooken", ReasonShare},
		{"Partekatu albiste hau:", ReasonShare},
		{"Harpidetu gure buletinera", ReasonPromo},
		{"Utzi zure iruzkina", ReasonCommentForm},
		{"Gure webgunea herritarrei esker egiten da. Egin zaitez bazkide eta lagundu tokiko kazetaritzari eusten.", ReasonPromo},
		{"Cadw fy enw, e-bost a gwefan o fewn y porwr hwn ar gyfer y tro nesaf.", ReasonCommentForm},
		{"Raba wannan labari:", ReasonShare},
		{"Ku bar sharhi Soke amsa", ReasonCommentForm},
		{"Ba za a wallafa adireshin imel dinka ba.", ReasonCommentForm},
		{"Ajiye sunana, imel dina da shafin yanar gizona a wannan burauza domin lokaci na gaba da zan yi sharhi.", ReasonCommentForm},
		{"Aika sharhi", ReasonCommentForm},
		{"Content Highlights: flood, relief camp", ReasonNavigation},
		{"ഞങ്ങളുടെ വാട്സാപ്പ് ഗ്രൂപ്പിൽ അംഗമാകാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യുക", ReasonPromo},
		// WordPress in Belarusian (session 25's thirty-fifth blind
		// batch), as its translation words it.
		{"Пакінуць каментарый", ReasonCommentForm},
		{"Пакінуць адказ Адмяніць адказ", ReasonCommentForm},
		{"Ваш адрас электроннай пошты не будзе апублікаваны. Неабходныя палі пазначаны як *", ReasonCommentForm},
		{"Каментарый да запісу", ReasonCommentForm},
		// Furniture of Assamese, Tatar, Sindhi, Kinyarwanda, Igbo and
		// Luxembourgish pages (session 26's thirty-seventh blind batch):
		// WordPress's as and tt_RU strings, portals' comment boxes, share
		// and related rows, and a comment section's tally in brackets.
		{"মন্তব্য বাতিল কৰক", ReasonCommentForm},
		{"মন্তব্য প’ষ্ট কৰক", ReasonCommentForm},
		{"Җавап калдыру Җавап язудан баш тарту", ReasonCommentForm},
		{"Беренче булып фикер калдырыгыз!", ReasonCommentPolicy},
		{"Фикерләр (0)", ReasonNavigation},
		{"Comments (12)", ReasonNavigation},
		{"جواب ڇڏي وڃو جواب رد ڪريو", ReasonCommentForm},
		{"هن پوسٽ کي شيئر ڪريو", ReasonShare},
		{"تبصرو موڪليو", ReasonCommentForm},
		{"Koporora umurongo", ReasonShare},
		{"Tanga igitekerezo cyawe", ReasonCommentForm},
		{"Ibitekerezo (0)", ReasonNavigation},
		{"SOMA NANONE: Abarimu 250 bahuguwe ku kwigisha hifashishijwe ikoranabuhanga", ReasonPromo},
		{"Igitekerezo cyawe kizagaragara nyuma yo gusuzumwa n’ubwanditsi. Irinde ibitutsi n’amagambo abiba urwango.", ReasonCommentPolicy},
		{"Hapụ Nzaghachi Kagbuo nzaghachi", ReasonCommentForm},
		{"Ọ masịrị m Na-ebugo…", ReasonShare},
		{"Zipu Nkọwa", ReasonCommentForm},
		{"Eng Äntwert hannerloossen Äntwert ofbriechen", ReasonCommentForm},
		{"Kommentar ofschécken", ReasonCommentForm},
		{"Gefält mer Gëtt gelueden…", ReasonShare},
		// Jetpack's Punjabi rows (session 27): Share this (the
		// jetpack-pa_IN pack's), the share buttons as the pack and
		// Punjabi pages spell them, and Like Loading… with Loading… as
		// Punjabi software prints it; Malagasy portals' newsletter box
		// (the e-mail field and the sign-up button) and advertisement.
		{"ਇਸਨੂੰ ਸਾਂਝਾ ਕਰੋ:", ReasonShare},
		{"ਫੇਸਬੁੱਕ", ReasonShare},
		{"ਵਟਸਐਪ", ReasonShare},
		{"ਟਵਿੱਟਰ", ReasonShare},
		{"ਪਸੰਦ ਕਰੋ ਲੋਡ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ...", ReasonShare},
		{"Adiresy mailaka Hisoratra anarana", ReasonCommentForm},
		{"Dokambarotra", ReasonPromo},
		{"Папярэдні запіс", ReasonNavigation},
		{"Апошнія запісы", ReasonPromo},
		{"Апошнія каментарыі", ReasonCommentPolicy},
		{"Тэгі: ЖКГ, кацельні", ReasonNavigation},
		// Portal furniture of Belarusian, Sorani Kurdish and Somali
		// pages (the same batch).
		{"Фота носіць ілюстрацыйны характар", ReasonCaption},
		{"Чытайце таксама", ReasonPromo},
		{"Ваш e-mail (не публікуецца)", ReasonCommentForm},
		{"Пакуль ніхто не пакінуў каментарый. Будзьце першым!", ReasonCommentPolicy},
		{"هاوبەشیکردن: فەیسبووک تێلێگرام واتسئاپ ئێکس", ReasonShare},
		{"ئەمانەش بخوێنەوە", ReasonPromo},
		{"ڕای خۆت دەربڕە", ReasonCommentForm},
		{"بۆ وەرگرتنی گرنگترین هەواڵەکان ئیمەیڵەکەت تۆمار بکە.", ReasonPromo},
		{"Geeska Post – Xuquuqda oo dhan waa dhowran tahay.", ReasonLegal},
		{"Nagu saabsan | Nala Soo Xiriir | Xeerka Asturnaanta", ReasonNavigation},
		// A call to subscribe that names the network and the channel
		// in one word.
		{"Падпісвайцеся на наш Telegram-канал, каб першымі даведвацца пра навіны рэгіёна", ReasonPromo},
		{"Подписывайтесь на наш YouTube-канал и смотрите репортажи первыми", ReasonPromo},
		// Portal furniture of Kannada pages (session 25's
		// thirty-fifth blind batch): share, tags, read this too, the
		// call to join a channel, the newsletter's, subscribe, the app
		// line.
		{"ಹಂಚಿಕೊಳ್ಳಿ:", ReasonShare},
		{"ಟ್ಯಾಗ್\u200cಗಳು: ಮಳೆ, ಕೃಷಿ, ರೈತರು", ReasonNavigation},
		{"ಇದನ್ನೂ ಓದಿ: ನಗರದ ಕೆರೆಗಳಿಗೆ ಮತ್ತೆ ಜೀವ ಬರುವುದೇ?", ReasonPromo},
		{"ತಾಜಾ ಸುದ್ದಿಗಳಿಗಾಗಿ ನಮ್ಮ ಟೆಲಿಗ್ರಾಂ ಚಾನೆಲ್\u200cಗೆ ಸೇರಿ ಇಲ್ಲಿ ಕ್ಲಿಕ್ ಮಾಡಿ", ReasonPromo},
		{"ವಾಟ್ಸ್\u200cಆ್ಯಪ್ ಗುಂಪಿಗೆ ಸೇರಲು ಇಲ್ಲಿ ಕ್ಲಿಕ್ ಮಾಡಿ", ReasonPromo},
		{"ವಾರದ ಪ್ರಮುಖ ಸುದ್ದಿಗಳನ್ನು ಇ-ಮೇಲ್\u200cನಲ್ಲಿ ಪಡೆಯಿರಿ", ReasonPromo},
		{"ಸಬ್\u200cಸ್ಕ್ರೈಬ್", ReasonPromo},
		{"ನಮ್ಮ ಆ್ಯಪ್ ಡೌನ್\u200cಲೋಡ್ ಮಾಡಿ | ಫೇಸ್\u200cಬುಕ್ ಪುಟ ಫಾಲೋ ಮಾಡಿ.", ReasonPromo},
		// WordPress in Punjabi, as its pa_IN pack words it, and
		// Punjabi portals' read also.
		{"ਜਵਾਬ ਦੇਵੋ ਜਵਾਬ ਰੱਦ ਕਰੋ", ReasonCommentForm},
		{"ਤੁਹਾਡਾ ਈ-ਮੇਲ ਪਤਾ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ। ਲੋੜੀਂਦੇ ਖੇਤਰਾਂ 'ਤੇ * ਦਾ ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਹੋਇਆ ਹੈ।", ReasonCommentForm},
		{"ਪਿਛਲੀ ਸੰਪਾਦਨਾ", ReasonNavigation},
		{"ਹਾਲੀਆ ਟਿੱਪਣੀਆਂ", ReasonCommentPolicy},
		{"ਟਿੱਪਣੀਆਂ ਬੰਦ ਹਨ।", ReasonCommentPolicy},
		{"ਟੈਗ: ਨਹਿਰ, ਕਣਕ", ReasonNavigation},
		{"ਇਹ ਵੀ ਪੜ੍ਹੋ: ਪਿੰਡ ਦੀ ਲਾਇਬ੍ਰੇਰੀ ਮੁੜ ਖੁੱਲ੍ਹੀ", ReasonPromo},
		// A self-note that names what the text holds before the text.
		{"Disclaimer: The information in this article is for general informational purposes only and should not be taken as financial or agricultural advice.", ReasonLegal},
		{"Nothing in this article should be taken as legal advice.", ReasonLegal},
		{"Les informations contenues dans cet article sont fournies à titre indicatif et ne constituent pas un conseil.", ReasonLegal},
		// A paywall's appeal to subscribe for access; a broadcaster's
		// live-stream button.
		{"Subscribe to the Courier today for full access to every story.", ReasonPromo},
		{"WATCH LIVE", ReasonPromo},
		{"Listen Live", ReasonPromo},
		// A player's label with its clip's duration; a video's credits
		// with French colons.
		{"▶ Voir le reportage (2:14)", ReasonNavigation},
		{"Watch the video (1:02:30)", ReasonNavigation},
		{"Images : Sarah Lenoir · Montage : Benoît Tasiaux", ReasonCaption},
		{"Photo\u00a0: Belga", ReasonCaption},
		// A reader's comment's header with a masked address;
		// Mongolian portals' comment form.
		{"Зочин IP: 202.131.xxx.xxx 2025.07.08 12:05", ReasonCommentPolicy},
		{"Guest (81.2.*.*) 8 July 2025", ReasonCommentPolicy},
		{"Таны нэр", ReasonCommentForm},
		{"Илгээх", ReasonCommentForm},
		// Korean: the reporter page's button on the byline's line.
		{"김도윤 기자 기자 페이지", ReasonNavigation},
		// A post line closed by the theme's link to the comments, and
		// Telugu's "posted on" after the date.
		{"Posted on November 8, 2025 by admin Leave a comment", ReasonNavigation},
		{"ఆగస్టు 12, 2025 నాడు ప్రచురితం న్యూస్ డెస్క్ చే వ్యాఖ్యానించండి", ReasonNavigation},
		// The order to subscribe at the end of its clause, as a
		// verb-last language puts it (Tatar).
		{"«Татар-информ»ның Telegram-каналына язылыгыз – иң мөһим яңалыклар беренче булып сездә!", ReasonPromo},
	}
	for _, tt := range chrome {
		got, reason := LineScore(tt.line, "en")
		if got < DefaultThreshold || reason != tt.reason {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", tt.line, got, reason, DefaultThreshold, tt.reason)
		}
	}
	story := []string{
		// Chrome's words in a story's sentence.
		"Авыл халкы Telegram-каналына язылыгыз дип язды, әмма бу дөрес түгел, диде район башлыгы.",
		"Pētījums publicēts žurnālā, un tā autori uzsver, ka skolu tīkls laukos sarūk straujāk nekā pilsētās.",
		"„Das gefällt mir überhaupt nicht“, sagte der Bürgermeister am Dienstag vor dem Gemeinderat in Wendelsried.",
		"The central bank raised interest rates by half a percentage point on Wednesday, its third increase this year.",
		`"We will not back down," she told reporters outside the courthouse.`,
		"What happens next?",
		"Flooding in the north",
		"Markets fall as oil prices climb",
		"He read 3 minutes of the speech aloud to the crowd",
		"Follow the money, the inspectors told the council, and the channel of payments will show itself.",
		"Symbolbildung und Sprache",
		"A story about copyright, © the writers, 2025, signed by nobody.",
		"By Jane Smith, Political Correspondent",
		"The minister said he would follow the committee's advice and share the report with parliament next week.",
		"Readers posted thousands of comments on the newspaper's website after the editorial was published on Sunday.",
		"Police said the suspect had posted threats on social media and sent an email to the school before the attack, and officers were reviewing his accounts.",
		"LONDON (Reuters) - British inflation fell to its lowest level in three years in September, official data showed.",
		"Der Bundestag hat am Donnerstag das neue Gesetz mit großer Mehrheit beschlossen, teilte die Regierung mit.",
		"Readers who like this kind of story will enjoy the book, she said on Monday.",
		"The menu · the wine list · the bill: all three disappointed the inspectors, who gave the restaurant one star.",
		"The sign on the gate read \"Home » Garden\", and nobody knew who had put it there.",
		"ATS / Nadine Chappuis",
		"Read more about the plan in the council's minutes",
		"Lire aussi les témoignages des habitants dans notre dossier",
		"The regulator said websites that use cookies must ask visitors first, and that fines for breaches would rise next year.",
		"Die Polizei hat Anzeige gegen den Fahrer erstattet, teilte ein Sprecher am Montag mit.",
		"Le maire a refusé de partager les conclusions du rapport avec l'opposition, selon plusieurs élus.",
		"Los vecinos se negaron a compartir sus datos con la empresa, según informó el ayuntamiento.",
		"Burmistrz zapowiedział, że gmina udostępni mieszkańcom wyniki pomiarów powietrza jeszcze w tym tygodniu.",
		"Kunnanjohtaja kertoi, että päätöksestä voi tehdä kunnallisvalituksen hallinto-oikeuteen 14 päivän kuluessa.",
		"Ο δήμαρχος είπε ότι τα σχόλια των κατοίκων θα ληφθούν υπόψη πριν από την απόφαση του δημοτικού συμβουλίου.",
		"Primarul a spus că locuitorii pot citi și comenta planul de reconstrucție pe site-ul primăriei până vineri.",
		// A size in brackets inside a sentence, or a number that is no
		// size, is story.
		"The update weighs 212 MB and installs overnight (Apple said).",
		"The new phone (128 GB) went on sale on Friday in six countries, the company said.",
		"Turnover rose to 214 million euros (2023: 198)",
		"Net profit (2024: 4.2 bn)",
		// A console command and a footnote mark end in " *" too.
		"player.setav magicka *",
		"Turnover 2024 *",
		// Listening and watching in the story's own sentences, and an
		// order to listen inside a quotation, are no replay lines.
		"Listeners heard the interview on the morning show, and dozens called the station afterwards.",
		"«Escucha, este programa nos ha salvado la temporada», dijo la productora.",
		"Watchdog officials said the programme had cost twice its budget and would be reviewed by the minister.",
		// An update note is the article's record; an article of a law
		// is no text speaking of itself.
		"Editor's note: This story was updated at 5:45 p.m. ET to include details from the NASA telecon.",
		"This article of the constitution says the president may dissolve parliament only once a year, the court found.",
		"The project is still à revoir, the mayor said, after the council rejected the plan.",
		// A count in a sentence is no counter.
		"Readers wrote 64 comments in an hour, the editor said.",
		"Views: 4,000 in the first hour, most of them from bots, the company said.",
		// The same languages' chrome words in a story's sentence: Hebrew
		// "טוען" claims, Kazakh "пікір" is an opinion and "жазба" written,
		// Marathi "पोस्ट" a social-media post.
		"ראש המועצה טוען כי המחלבה לא דיווחה על התקלה בזמן, ודורש לבדוק את כל מערכת הצנרת במפעל.",
		"Аудан әкімі тұрғындардың пікірлерін тыңдап, жазба түрінде жауап беретінін айтты.",
		"सोशल मीडियावरील पोस्ट आणि टिप्पण्यांवर पोलिसांची नजर असल्याचे अधीक्षकांनी सांगितले.",
		// A channel named in a report, not a call to subscribe to it.
		"Падпісчыкаў Telegram-канала раённай газеты за тыдзень стала ўдвая больш, паведаміў яе рэдактар.",
		// Sorani "هاوبەشیکردن" is taking part, Somali "nagu saabsan" is
		// "about us" in a sentence.
		"هاوبەشیکردن لە هەڵبژاردنەکاندا بەرز بوو و زیاتر لە نیوەی دەنگدەران لە گوندەکانی قەزاکە دەنگیان دا.",
		"Guddoomiyuhu wuxuu sheegay in warbixinta nagu saabsan biyaha la soo saari doono toddobaadka soo socda.",
		// Belarusian "запіс" is a booking, "каментарый" a comment given
		// to the press.
		"Запіс на прыём да ўрача цяпер можна зрабіць па тэлефоне, а каментарый у аддзеле аховы здароўя не далі.",
		// A dash after a read-also label's words inside a sentence.
		"See also the council's minutes - they show the vote was close.",
		// Kannada: the networks named in a report, an order to follow
		// the rules quoted, and ಸೇರಿ as the participle ("having joined
		// the channel, one can get information").
		"ಆರೋಪಿಯು ಫೇಸ್\u200cಬುಕ್ ಮತ್ತು ವಾಟ್ಸ್\u200cಆ್ಯಪ್ ಮೂಲಕ ಬೆದರಿಕೆ ಸಂದೇಶ ಕಳುಹಿಸಿದ್ದ ಎಂದು ಪೊಲೀಸರು ತಿಳಿಸಿದರು.",
		"ಸಂಚಾರ ನಿಯಮಗಳನ್ನು ಫಾಲೋ ಮಾಡಿ ಎಂದು ಪೊಲೀಸ್ ಆಯುಕ್ತರು ವಾಹನ ಸವಾರರಿಗೆ ಮನವಿ ಮಾಡಿದರು.",
		"ಪಂಚಾಯಿತಿಯ ಟೆಲಿಗ್ರಾಂ ಚಾನೆಲ್\u200cಗೆ ಸೇರಿ ಮಾಹಿತಿ ಪಡೆಯಬಹುದು ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದರು.",
		// Punjabi: "needed areas" (ਲੋੜੀਂਦੇ ਖੇਤਰਾਂ) of a government's
		// plan, "answer!" (ਜਵਾਬ ਦੇਵੋ) quoted, an MLA's remark (ਟਿੱਪਣੀ).
		"ਸਰਕਾਰ ਨੇ ਕਿਹਾ ਕਿ ਲੋੜੀਂਦੇ ਖੇਤਰਾਂ ਵਿੱਚ ਨਵੇਂ ਸਕੂਲ ਖੋਲ੍ਹੇ ਜਾਣਗੇ ਅਤੇ ਅਧਿਆਪਕਾਂ ਦੀ ਭਰਤੀ ਵੀ ਕੀਤੀ ਜਾਵੇਗੀ।",
		"“ਸਾਨੂੰ ਸਾਡੇ ਪੈਸਿਆਂ ਦਾ ਜਵਾਬ ਦੇਵੋ,” ਧਰਨੇ ’ਤੇ ਬੈਠੇ ਕਿਸਾਨਾਂ ਨੇ ਅਧਿਕਾਰੀਆਂ ਨੂੰ ਕਿਹਾ।",
		"ਵਿਧਾਇਕ ਦੀ ਟਿੱਪਣੀ ਤੋਂ ਬਾਅਦ ਵਿਰੋਧੀ ਧਿਰ ਨੇ ਸਦਨ ਵਿੱਚੋਂ ਵਾਕਆਊਟ ਕੀਤਾ।",
		// Information about a story in a story's sentence, access in a
		// report, a time in brackets, an address given whole, a
		// comment left by a reader in a report.
		"The information in this story was provided by police.",
		"Subscribers said the access road was closed for most of the winter.",
		"Kick-off at Stade Communal (20:45)",
		"The server at 202.131.4.17 was taken offline, the ministry said.",
		"Readers were asked to leave a comment on the council's website by 8 November 2025.",
	}
	for _, line := range story {
		if got, reason := LineScore(line, "en"); got >= DefaultThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", line, got, reason, DefaultThreshold)
		}
	}
}

// TestJoinersInWords checks that a zero-width joiner or non-joiner
// inside a word is part of it, as the vocabulary writes the word:
// Sinhala's rakaransaya (ප්‍ර), Persian's non-joiner, the one in
// WordPress's Burmese "လတ်တ‌လော" (recent).
func TestJoinersInWords(t *testing.T) {
	for _, tt := range []struct {
		line  string
		words []string
	}{
		{"ප්\u200dරතිචාරය යවන්න", []string{"ප්\u200dරතිචාරය", "යවන්න"}},
		{"می\u200cشود", []string{"می\u200cشود"}},
		{"လတ်တ\u200cလော စာမူများ", []string{"လတ်တ\u200cလော", "စာမူများ"}},
		// A joiner at a word's end joins nothing.
		{"ප්\u200d යවන්න", []string{"ප්", "යවන්න"}},
	} {
		var s scratch
		s.measure(tt.line, nil)
		var got []string
		for _, w := range s.words {
			got = append(got, string(s.lower[w[0]:w[1]]))
		}
		if !slices.Equal(got, tt.words) {
			t.Errorf("words of %q = %q; want %q", tt.line, got, tt.words)
		}
	}
}

// TestHanPhrases checks that chrome phrases of Chinese pages count
// inside a longer run of Han characters, which measure reads as one
// word, and that the phrases left out (prose's 未经授权, 依法追究, 观点,
// 发表评论 and 版权所有 before 者) do not.
func TestHanPhrases(t *testing.T) {
	chrome := []struct{ line, reason string }{
		{"此条目发表在社会民生分类目录，贴了廊桥、山洪标签。将固定链接加入收藏夹。", ReasonNavigation},
		{"未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。", ReasonLegal},
		{"版权声明：本站内容均来源于网络，仅供学习交流使用，如有侵权请联系删除。", ReasonLegal},
		{"本网站所刊载信息，不代表中新社和中新网观点。", ReasonLegal},
		{"您的电子邮箱地址不会被公开。 必填项已用*标注", ReasonCommentForm},
		{"在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。", ReasonCommentForm},
		{"您当前的位置：首页", ReasonNavigation},
		{"乡村资讯网版权所有", ReasonLegal},
	}
	for _, tt := range chrome {
		got, reason := LineScore(tt.line, "zh")
		if got < DefaultThreshold || reason != tt.reason {
			t.Errorf("LineScore(%q) = %.3f, %q; want ≥ %v, %q", tt.line, got, reason, DefaultThreshold, tt.reason)
		}
	}
	story := []string{
		"法院认为，被告未经授权使用他人作品，应依法追究其法律责任。",
		"该公司是这部纪录片的版权所有者。",
		"他在微博上发表评论称，这座桥应当原址复建。",
		"专家的观点是，古桥应当修旧如旧。",
	}
	for _, line := range story {
		if got, reason := LineScore(line, "zh"); got >= DefaultLowThreshold {
			t.Errorf("LineScore(%q) = %.3f, %q; want < %v", line, got, reason, DefaultLowThreshold)
		}
	}
	// Every phrase is looked up by its first two characters, and none
	// is also a whole-run word: one weight per occurrence.
	for key, ps := range hanPhrases {
		for _, p := range ps {
			if _, ok := chromeWords[key+p.rest]; ok {
				t.Errorf("%q is in chromeWords and hanPhrases", key+p.rest)
			}
		}
	}
}

// TestContext checks the context pass on small documents.
func TestContext(t *testing.T) {
	const story = "The council voted on Tuesday to close the library, despite a petition signed by more than four thousand residents.\n\n" +
		"Officials said the building needed repairs that the town could not afford, and that its books would move to the school.\n\n"
	const malagasy = "Ho an’ireo tantsaha kosa, ny fotoana no tena olana. Efa vita famafazana ny ankamaroan’ny ketsa, ary tsy maintsy " +
		"hafindra any an-tanimbary ao anatin’ny telo herinandro farafahabetsany izy ireo."
	tests := []struct {
		name, body string
		site, lang string
		gone       []string
		kept       []string
	}{{
		// "Related" is near-good alone; between chrome lines it goes.
		name: "short between chrome",
		body: story + "Share this article\n\nRelated coverage\n\nSign up for our newsletter\n",
		gone: []string{"Share this article", "Related coverage", "Sign up for our newsletter"},
	}, {
		// WordPress's comment form in Swahili: the lines its vocabulary
		// leaves near-good go between the chrome ones.
		name: "Swahili comment form",
		body: story + "Acha Jibu Ghairi jibu\n\nBarua pepe yako haitachapishwa. Sehemu zinazohitajika zimewekwa alama *\n\n" +
			"Tovuti\n\nHifadhi jina langu, barua pepe, na tovuti katika kivinjari hiki kwa wakati ujao nitakapotoa maoni.\n\nTuma Maoni\n",
		gone: []string{"Acha Jibu Ghairi jibu", "Barua pepe yako haitachapishwa. Sehemu zinazohitajika zimewekwa alama *",
			"Hifadhi jina langu, barua pepe, na tovuti katika kivinjari hiki kwa wakati ujao nitakapotoa maoni.", "Tuma Maoni"},
	}, {
		// WordPress's comment form in Igbo and Sindhi: the Website
		// field's label (Weebụsaịtị, ويب سائيٽ) leans to chrome, as the
		// English word does, and the consent line ("… hold my name in
		// this browser …") between chrome lines goes with them.
		name: "Igbo and Sindhi comment forms",
		body: story + "Hapụ Nzaghachi Kagbuo nzaghachi\n\nA gaghị ebipụta adreesị email gị. Akara * gosiri ihe ndị a ga-ejupụtarịrị\n\n" +
			"Weebụsaịtị\n\nChekwaa aha m, email m na weebụsaịtị m na braụza a maka oge ọzọ m ga-ede nkọwa.\n\nZipu Nkọwa\n\n" +
			"جواب ڇڏي وڃو جواب رد ڪريو\n\nويب سائيٽ\n\nمنهنجو نالو، اي ميل ۽ ويب سائيٽ هن برائوزر ۾ محفوظ ڪريو ته جيئن ايندڙ ڀيري تبصرو ڪرڻ وقت ڪم اچن.\n\nتبصرو موڪليو\n",
		gone: []string{"Weebụsaịtị", "Chekwaa aha m, email m na weebụsaịtị m na braụza a maka oge ọzọ m ga-ede nkọwa.",
			"ويب سائيٽ", "منهنجو نالو، اي ميل ۽ ويب سائيٽ هن برائوزر ۾ محفوظ ڪريو ته جيئن ايندڙ ڀيري تبصرو ڪرڻ وقت ڪم اچن."},
	}, {
		// Jetpack's Bosnian rows: share, related (Povezano, a list
		// label over its titles), post navigation.
		name: "Bosnian Jetpack rows",
		body: story + "Podijeli ovo:\n\nFacebook\n\nX\n\nPovezano\n\nStari mlin na potoku ponovo melje kukuruz\nU \"Vijesti iz kraja\"\n\n" +
			"Navigacija članaka\n\n← Prethodni članak\nSljedeći članak →\n",
		gone: []string{"Podijeli ovo:", "Povezano", "Stari mlin na potoku ponovo melje kukuruz", "Navigacija članaka", "← Prethodni članak"},
	}, {
		// A row of share buttons, one a line with no blank line between
		// them, under the headline or the story: the whole row goes, its
		// plain labels ("Email This Link", "E-post") with it.
		name: "a row of buttons",
		body: "Library to close after council vote\n\nShare on Facebook\nShare on X\nEmail This Link\nShare on LinkedIn\n\n" + story +
			"Del denne saken\nFacebook\nMessenger\nE-post\nKopier lenke\n",
		gone: []string{"Share on Facebook", "Email This Link", "Share on LinkedIn", "Del denne saken", "Messenger", "E-post", "Kopier lenke"},
		kept: []string{"Library to close after council vote"},
	}, {
		// A row of buttons set one a paragraph, as a plain text gives a
		// share bar: Hausa's "Raba" (share, an everyday verb too, so
		// near-good alone) goes with the buttons under it, and Jetpack's
		// Bosnian like row ("Sviđa mi se ovo:", a label, and "Sviđa mi
		// se Učitavanje...") with the share buttons over it.
		name: "a row of buttons one a paragraph",
		body: "Library to close after council vote\n\nRaba\n\nFacebook\n\nWhatsApp\n\nTwitter\n\n" + story +
			"Podijeli ovo:\n\nFacebook\n\nWhatsApp\n\nX\n\nSviđa mi se ovo:\n\nSviđa mi se Učitavanje...\n",
		gone: []string{"Raba", "Twitter", "X", "Sviđa mi se ovo:", "Sviđa mi se Učitavanje..."},
		kept: []string{"Library to close after council vote"},
	}, {
		// A subhead over one button between story paragraphs is no row.
		name: "a subhead and one button",
		body: story + "Watch the live vote\n\nFacebook\n\n" + strings.ReplaceAll(story, "library", "pool"),
		kept: []string{"Watch the live vote"},
	}, {
		// Two short lines of story with no blank line between them, one
		// with a chrome word, are no row of buttons.
		name: "two short story lines",
		body: story + "Watch the live vote\nCouncil chamber, 7pm\n\n" + strings.ReplaceAll(story, "library", "pool"),
		kept: []string{"Watch the live vote", "Council chamber, 7pm"},
	}, {
		// A subhead with a chrome word between story paragraphs stays.
		name: "short between story",
		body: story + "Watch the live vote\n\n" + strings.ReplaceAll(story, "library", "pool"),
		kept: []string{"Watch the live vote"},
	}, {
		// A newsletter's sign-off: one sentence of chrome after one of
		// talk, judged by its strongest sentence.
		name: "a sentence of chrome in a short line",
		body: story + "That's all for this week. Know someone who'd enjoy The Morning Tide? Forward this email to a friend.\n\n" +
			"You're receiving this because you subscribed. Unsubscribe | Update your preferences\n",
		gone: []string{"That's all for this week. Know someone who'd enjoy The Morning Tide? Forward this email to a friend."},
	}, {
		// A site's notice in the footer, between its "You May Also Like"
		// list and its copyright, goes whatever its length.
		name: "a notice between chrome",
		body: story + "Tags: library, council\n\nYou May Also Like\nCity Pool Prices Hit New Record\nLocal Man Wins Lottery Draw He Almost Forgot\n\n" +
			"Disclaimer: Town Buzz aggregates publicly available information for general interest. Content is provided for informational purposes only and may be updated without notice.\n\n" +
			"© 2025 Town Buzz. All Rights Reserved.\n",
		site: "Town Buzz",
		gone: []string{"Disclaimer: Town Buzz aggregates publicly available information for general interest. Content is provided for informational purposes only and may be updated without notice.",
			"City Pool Prices Hit New Record", "© 2025 Town Buzz. All Rights Reserved."},
	}, {
		// A writer's notice after the story stays (the Zyte gold keeps
		// Moneycontrol's): the story line before it vouches for it.
		name: "a notice after the story",
		body: story + "Disclaimer: The views and investment tips expressed by investment experts on this site are their own and not that of the website or its management.\n\n" +
			"Share this article\n\nSign up for our newsletter\n",
		gone: []string{"Share this article", "Sign up for our newsletter"},
		kept: []string{"Disclaimer: The views and investment tips"},
	}, {
		// A byline with a reading time or a date after its bar goes; one
		// that may name the writer's outlet stays for package credit.
		name: "bylines",
		body: "By Staff Writer | 4 min read\n\n" + story + "NewsBuzz India Desk | August 21, 2025\n\nBy Jane Doe | Harbour News\n\n" + strings.ReplaceAll(story, "library", "pool"),
		gone: []string{"By Staff Writer | 4 min read", "NewsBuzz India Desk | August 21, 2025"},
		kept: []string{"By Jane Doe | Harbour News"},
	}, {
		// A page's masthead and tagline above its breadcrumb trail, with
		// the headline below it.
		name: "header above a trail",
		body: "Clare Daily Buzz\n\nLocal news from around the Banner County\n\nHome » Clare News\n\nLibrary to close on Sundays\n\n" + story,
		gone: []string{"Clare Daily Buzz", "Local news from around the Banner County", "Home » Clare News"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// A scraped page's headline, a trail under it, and a share row's
		// label under the trail: the label is no headline, so the line
		// above the trail is.
		name: "headline above a trail and a share label",
		body: "Library to close on Sundays\n\nHome » Clare News\n\nShare:\nFacebook\nWhatsApp\n\n" + story,
		gone: []string{"Home » Clare News"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// Albanian WordPress's post navigation: its labels hold a stop
		// word ("Postimi i Mëparshëm"), and head their posts' titles.
		name: "post navigation with an article",
		body: story + "Postimi i Mëparshëm\nPanairi i fshatit kthehet në shesh\nPostimi Pasues\nKujtime nga shkolla e vjetër\n\n" +
			strings.ReplaceAll(story, "library", "pool"),
		gone: []string{"Postimi i Mëparshëm", "Panairi i fshatit kthehet në shesh", "Postimi Pasues", "Kujtime nga shkolla e vjetër"},
	}, {
		// Jetpack's Hebrew share row, one button a paragraph, its like
		// button and its related posts under "קשור" (Related).
		name: "Hebrew share row, like button and related posts",
		body: story + "לשתף:\n\nפייסבוק\n\nX\n\nWhatsApp\n\nאהבתי:\n\nאהבתי טוען...\n\nקשור\n\n" +
			"עשרה טיפים לחיסכון בחשמל בקיץ\n\nהמדריך המלא לטיול משפחתי בגליל\n",
		gone: []string{"לשתף:", "פייסבוק", "WhatsApp", "אהבתי טוען...", "קשור", "עשרה טיפים לחיסכון בחשמל בקיץ"},
	}, {
		// A Sinhala daily's page as a scraper copies it: the top bar
		// (e-paper, subscribe, log in) over the masthead, its tagline
		// and the menu, the trail; under the story the share row, "read
		// these too" and its titles, the newsletter box, the comment
		// box and the copyright line.
		name: "Sinhala portal furniture",
		body: "2025 ජූලි 14 සඳුදා  ඊ-පත්\u200dරය  දායක වන්න  පිවිසෙන්න\n\nජනදින\nජනතාවගේ දිනපතා පුවත්පත\n\n" +
			"මුල් පිටුව  පුවත්  පළාත් පුවත්  ක්\u200dරීඩා\n\nමුල් පිටුව › පුවත්\n\nපාලම කඩා වැටී ගම් හයක් අතරමං\n\n" + story +
			"බෙදාගන්න: Facebook WhatsApp Viber X\n\nමේවාත් කියවන්න\nපළමු ලිපියේ සිරස්තලය\nදෙවන ලිපියේ සිරස්තලය\nතෙවන ලිපියේ සිරස්තලය\n\n" +
			"ජනදින පුවත් හසුන\nදවසේ ප්\u200dරධාන පුවත් සෑම උදෑසනකම ඔබේ ඊමේල් ලිපිනයට.\nලියාපදිංචි වන්න\n\n" +
			"ඔබේ අදහස පළ කරන්න\nනම\nඊමේල්\nයොමු කරන්න\n\n© 2025 ජනදින. සියලු හිමිකම් ඇවිරිණි.\n",
		gone: []string{"2025 ජූලි 14 සඳුදා  ඊ-පත්\u200dරය  දායක වන්න  පිවිසෙන්න", "ජනතාවගේ දිනපතා පුවත්පත",
			"බෙදාගන්න: Facebook WhatsApp Viber X", "මේවාත් කියවන්න", "දෙවන ලිපියේ සිරස්තලය", "ජනදින පුවත් හසුන",
			"ලියාපදිංචි වන්න", "ඔබේ අදහස පළ කරන්න", "© 2025 ජනදින. සියලු හිමිකම් ඇවිරිණි."},
		kept: []string{"පාලම කඩා වැටී ගම් හයක් අතරමං"},
	}, {
		// A "Related" list whose titles ask questions in title case.
		name: "related list of question titles",
		body: story + "Related\n\nTop 10 Cattle Breeds in Ireland: A Complete Guide\n\nHow Much Does Farm Insurance Cost in Ireland in 2025?\n",
		gone: []string{"Related", "Top 10 Cattle Breeds in Ireland: A Complete Guide", "How Much Does Farm Insurance Cost in Ireland in 2025?"},
	}, {
		// Jetpack's related posts: each title over its context line (In
		// "Category"), the titles questions in sentence case, as farms
		// write them.
		name: "related questions over their context lines",
		body: story + "Related\n\nWhat should you do when the river rises?\nIn \"Advice\"\n\nWhere can families find shelter tonight?\n“Cəmiyyət” bölməsində\n\n" +
			strings.ReplaceAll(story, "library", "pool"),
		gone: []string{"Related", "What should you do when the river rises?", "In \"Advice\"", "Where can families find shelter tonight?"},
	}, {
		// A page's masthead and tagline above its menu set one item a
		// line, the headline below it.
		name: "header above a menu one item a line",
		body: "Kroi i Fshatit\nStories from the villages of the valley\n\nHome\nNews\nHistory\nPhotos\nContact\n\nLibrary to close on Sundays\n\n" + story,
		gone: []string{"Kroi i Fshatit", "Stories from the villages of the valley", "History", "Contact"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// The same in Somali and Sorani Kurdish, under a home page
		// named as their portals name it (Bogga Hore, پەڕەی سەرەکی).
		name: "header above a Somali menu one item a line",
		body: "Geeska Post\nWarar xaqiiqo ah maalin kasta\n\nBogga Hore\nWararka\nDhaqaalaha\nCiyaaraha\nNala Soo Xiriir\n\nLibrary to close on Sundays\n\n" + story,
		gone: []string{"Geeska Post", "Warar xaqiiqo ah maalin kasta", "Bogga Hore", "Nala Soo Xiriir"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// A menu one item a line at the very top of a plain text, under
		// a Tajik home page (Асосӣ, main), a trail and the headline
		// below it.
		name: "a Tajik menu one item a line at the top",
		body: "Асосӣ\nХабарҳо\nҶомеа\nИқтисод\nТандурустӣ\nТамос\n\nАсосӣ » Ҷомеа\n\nLibrary to close on Sundays\n\n" + story,
		gone: []string{"Асосӣ", "Тандурустӣ", "Тамос", "Асосӣ » Ҷомеа"},
		kept: []string{"Library to close on Sundays"},
	}, {
		name: "header above a Sorani menu one item a line",
		body: "دەنگی شار\nهەواڵی ناوچەکە ڕۆژ بە ڕۆژ\n\nپەڕەی سەرەکی\nهەواڵەکان\nئابووری\nوەرزش\n\nLibrary to close on Sundays\n\n" + story,
		gone: []string{"دەنگی شار", "هەواڵی ناوچەکە ڕۆژ بە ڕۆژ", "پەڕەی سەرەکی", "وەرزش"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// The theme's menu toggle ("Menu") over the items, a blank line
		// between them or none, under a skip link, a masthead and a
		// tagline: the menu starts past the header's first lines, but
		// its toggle does not.
		name: "header above a menu under its toggle",
		body: "Skip to content\n\nValley Ledger\nNews from around the valley\n\nMenu\n\nHome\nNews\nHistory\nContact\n\nLibrary to close on Sundays\n\n" + story,
		gone: []string{"Skip to content", "Valley Ledger", "News from around the valley", "Menu", "Home", "Contact"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// The same in Welsh (WordPress's "Dewislen", and "Hafan", the
		// home page as Welsh sites name it) and Gujarati (WordPress's
		// gu "મેનુ" and "મુખ્ય પૃષ્ઠ").
		name: "header above a Welsh menu under its toggle",
		body: "Mynd i'r cynnwys\n\nPethau Bach\nBlog am fywyd y cwm\n\nDewislen\nHafan\nAmdana i\nRyseitiau\nCysylltu\n\nLibrary to close on Sundays\n\n" + story,
		gone: []string{"Mynd i'r cynnwys", "Blog am fywyd y cwm", "Dewislen", "Hafan", "Cysylltu"},
		kept: []string{"Library to close on Sundays"},
	}, {
		name: "header above a Gujarati menu under its toggle",
		body: "ગામડાંની વાત\nગામ અને ખેતરના સમાચાર\n\nકંટેન્ટ પર જાઓ\n\nમેનુ\n\nમુખ્ય પૃષ્ઠ\nખેતીવાડી\nપશુપાલન\nસંપર્ક\n\nLibrary to close on Sundays\n\n" + story,
		gone: []string{"ગામડાંની વાત", "કંટેન્ટ પર જાઓ", "મેનુ", "મુખ્ય પૃષ્ઠ", "સંપર્ક"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// Three near-chrome lines in a row under a story, a keywords
		// line, a share row written as one line and a related-news
		// label, go whatever stands around them, and the label's titles
		// with them; the story after them stays.
		name: "a run of near-chrome lines",
		body: story + "Từ khóa: thư viện, hội đồng, ngân sách\n\nChia sẻ Bình luận In bài\n\nTin liên quan\n\n" +
			"Hồ bơi mở cửa trở lại vào mùa xuân\nHội đồng biểu quyết về ngân sách\n\n" + strings.ReplaceAll(story, "library", "pool"),
		gone: []string{"Từ khóa: thư viện, hội đồng, ngân sách", "Chia sẻ Bình luận In bài", "Tin liên quan", "Hồ bơi mở cửa trở lại vào mùa xuân"},
		kept: []string{"The council voted on Tuesday to close the pool"},
	}, {
		// Two such lines between story lines stay, as a subhead with a
		// chrome word does.
		name: "two near-chrome lines between story lines",
		body: story + "Từ khóa: thư viện, hội đồng, ngân sách\n\nChia sẻ Bình luận In bài\n\n" + strings.ReplaceAll(story, "library", "pool"),
		kept: []string{"Từ khóa: thư viện, hội đồng, ngân sách", "Chia sẻ Bình luận In bài"},
	}, {
		// A restaurant's menu over the story names no home page: no
		// site's menu, though the word alone goes by its vocabulary.
		name: "a menu of dishes",
		body: "Menu\nSoup of the day\nRoast lamb\nApple tart\nCoffee\n\n" + story,
		gone: []string{"Menu"},
		kept: []string{"Soup of the day\nRoast lamb\nApple tart\nCoffee"},
	}, {
		// Read-also lists of Belarusian and Sorani Kurdish portals: the
		// label over its titles, one a line.
		name: "Belarusian read-also list",
		body: story + "Чытайце таксама\n\nУ раёне адкрылі новы мост праз раку\nФермеры пачалі сяўбу раней, чым летась\n\n" + strings.ReplaceAll(story, "library", "pool"),
		gone: []string{"Чытайце таксама", "У раёне адкрылі новы мост праз раку", "Фермеры пачалі сяўбу раней, чым летась"},
	}, {
		name: "Sorani read-also list",
		body: story + "ئەمانەش بخوێنەوە\nپردێکی نوێ لە سەر ڕووبارەکە کرایەوە\nجووتیاران وەرزی چاندن زووتر دەست پێدەکەن\n\n" + strings.ReplaceAll(story, "library", "pool"),
		gone: []string{"ئەمانەش بخوێنەوە", "پردێکی نوێ لە سەر ڕووبارەکە کرایەوە", "جووتیاران وەرزی چاندن زووتر دەست پێدەکەن"},
	}, {
		// A Kannada portal's share row, its label and its buttons one
		// a line, and its read-this-too list, the label alone over the
		// titles, as a scraper's plain text keeps them.
		name: "Kannada share row and read-this-too list",
		body: story + "ಹಂಚಿಕೊಳ್ಳಿ:\nಫೇಸ್\u200cಬುಕ್\nವಾಟ್ಸ್\u200cಆ್ಯಪ್\nಟೆಲಿಗ್ರಾಂ\nಎಕ್ಸ್\n\n" + strings.ReplaceAll(story, "library", "pool") +
			"ಇದನ್ನೂ ಓದಿ\n\nಬಸ್ ನಿಲ್ದಾಣದ ಕಾಮಗಾರಿ ಸ್ಥಗಿತ\nಮಳೆ ಅಬ್ಬರ: ಶಾಲೆಗಳಿಗೆ ರಜೆ\n\n" + strings.ReplaceAll(story, "library", "museum"),
		gone: []string{"ಹಂಚಿಕೊಳ್ಳಿ:", "ಫೇಸ್\u200cಬುಕ್", "ಟೆಲಿಗ್ರಾಂ", "ಎಕ್ಸ್", "ಇದನ್ನೂ ಓದಿ", "ಬಸ್ ನಿಲ್ದಾಣದ ಕಾಮಗಾರಿ ಸ್ಥಗಿತ", "ಮಳೆ ಅಬ್ಬರ: ಶಾಲೆಗಳಿಗೆ ರಜೆ"},
	}, {
		// WordPress's comment form in Punjabi (the pa_IN pack's words,
		// Post Comment as it words it): the website field and the
		// button, near-good alone, go between the chrome lines.
		name: "Punjabi comment form",
		body: story + "ਜਵਾਬ ਦੇਵੋ ਜਵਾਬ ਰੱਦ ਕਰੋ\n\nਤੁਹਾਡਾ ਈ-ਮੇਲ ਪਤਾ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ। ਲੋੜੀਂਦੇ ਖੇਤਰਾਂ 'ਤੇ * ਦਾ ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਹੋਇਆ ਹੈ।\n\n" +
			"ਟਿੱਪਣੀ *\n\nਨਾਮ *\n\nਈ-ਮੇਲ *\n\nਵੈੱਬਸਾਈਟ\n\nਟਿੱਪਣੀ ਸੰਪਾਦਿਤ ਕਰੋ\n",
		gone: []string{"ਜਵਾਬ ਦੇਵੋ ਜਵਾਬ ਰੱਦ ਕਰੋ", "ਤੁਹਾਡਾ ਈ-ਮੇਲ ਪਤਾ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ। ਲੋੜੀਂਦੇ ਖੇਤਰਾਂ 'ਤੇ * ਦਾ ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਹੋਇਆ ਹੈ।", "ਵੈੱਬਸਾਈਟ", "ਟਿੱਪਣੀ ਸੰਪਾਦਿਤ ਕਰੋ"},
	}, {
		// A plain text's footer line in which the site, named by its
		// masthead, speaks of itself: between chrome lines it goes; the
		// story's own line naming the site stays.
		name: "the site's blurb in the footer",
		body: "Valley Ledger\n\nLibrary to close on Sundays\n\n" + story + "Valley Ledger asked the council for a comment.\n\n" +
			strings.ReplaceAll(story, "library", "pool") + "Share this article\n\nValley Ledger is an independent news site serving the valley since 2016.\n\n" +
			"About | Contact | Advertise | Privacy Policy\n",
		gone: []string{"Valley Ledger is an independent news site serving the valley since 2016."},
		kept: []string{"Library to close on Sundays", "Valley Ledger asked the council for a comment."},
	}, {
		// A Sorani portal's newsletter box (its title, its call, its
		// register button) over the site's blurb and its footer links.
		name: "a Sorani newsletter box over the site's blurb",
		body: "دەنگی شار\n\nLibrary to close on Sundays\n\n" + story +
			"ئاگادارکەرەوەکانی دەنگی شار\nبۆ وەرگرتنی گرنگترین هەواڵەکان ئیمەیڵەکەت تۆمار بکە.\nتۆمارکردن\n\n" +
			"دەنگی شار ماڵپەڕێکی هەواڵیی سەربەخۆیە.\nدەربارە · پەیوەندی · ڕیکلام\n",
		gone: []string{"بۆ وەرگرتنی گرنگترین هەواڵەکان ئیمەیڵەکەت تۆمار بکە.", "تۆمارکردن", "دەنگی شار ماڵپەڕێکی هەواڵیی سەربەخۆیە."},
		kept: []string{"Library to close on Sundays"},
	}, {
		// A question in sentence case after such a label is the FAQ's,
		// not a listed title: the run is one title, too short for a list.
		name: "a question of the story",
		body: story + "Related\n\nWas anyone injured in the Drumcarrig Mart fire?\n\n" + strings.ReplaceAll(story, "library", "pool"),
		kept: []string{"Was anyone injured in the Drumcarrig Mart fire?"},
	}, {
		// A footer line describing the site and signing it with its
		// copyright after a sentence, under a plain text whose masthead
		// names the site: both are the page's.
		name: "own copyright inside a line",
		body: "Actu Flash – L'info en continu\n\nLibrary to close on Sundays\n\n" + story +
			"Actu Flash agrège automatiquement l'actualité publiée par les sites d'information. © Actu Flash\n",
		gone: []string{"Actu Flash – L'info en continu", "Actu Flash agrège automatiquement l'actualité publiée par les sites d'information. © Actu Flash"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// A plain text's masthead with its tagline after a dash, named
		// again by its own copyright line.
		name: "masthead with a tagline",
		body: "InfoRégions.ca — L'actualité de toutes les régions\n\nLibrary to close on Sundays\n\n" + story + "© 2025 InfoRégions.ca. Tous droits réservés.\n",
		gone: []string{"InfoRégions.ca — L'actualité de toutes les régions", "© 2025 InfoRégions.ca. Tous droits réservés."},
		kept: []string{"Library to close on Sundays"},
	}, {
		// A copyright line naming the site that the page's own chrome
		// names is the site's notice; one naming an agency stays.
		name: "copyright named by the chrome",
		body: story + "Follow NewsBuzz India on Google News for the latest updates.\n\nTags: Maharashtra News, Bus Accident\n\n© 2025 NewsBuzz India. All rights reserved.\n",
		gone: []string{"Follow NewsBuzz India on Google News for the latest updates.", "Tags: Maharashtra News, Bus Accident", "© 2025 NewsBuzz India. All rights reserved."},
	}, {
		// A Maltese portal's newsletter box and comment form under the
		// story's credit line: its one-word buttons (Abbona, Ibgħat)
		// and its own line of who publishes it go with them.
		name: "a Maltese newsletter box and comment form",
		body: story + "Sors: Il-Fanal t'Għawdex\n\nAbbona għan-newsletter ta' Aħbarijiet Issa\n\nL-aħbarijiet ewlenin tal-ġurnata, kull filgħaxija fl-email tiegħek.\n\nDaħħal l-email tiegħek\nAbbona\n\nKummenti (0)\n\nKun l-ewwel wieħed li tikkummenta. Il-kummenti jidhru wara li jiġu approvati mill-moderaturi tagħna.\n\nIsmek\nIkteb kumment...\nIbgħat\n\nAħbarijiet Issa hija pubblikazzjoni ta' Issa Media Ltd.\n",
		gone: []string{"Abbona għan-newsletter ta' Aħbarijiet Issa", "L-aħbarijiet ewlenin tal-ġurnata, kull filgħaxija fl-email tiegħek.", "Daħħal l-email tiegħek", "Abbona", "Kummenti (0)",
			"Kun l-ewwel wieħed li tikkummenta. Il-kummenti jidhru wara li jiġu approvati mill-moderaturi tagħna.", "Ismek", "Ikteb kumment...", "Ibgħat",
			"Aħbarijiet Issa hija pubblikazzjoni ta' Issa Media Ltd."},
		kept: []string{"Sors: Il-Fanal t'Għawdex"},
	}, {
		// An agency's notice closes the story it syndicates, before the
		// page's furniture.
		name: "copyright of an agency",
		body: story + "© 2025 The Associated Press. All rights reserved.\n\nFollow NewsBuzz India on Google News for the latest updates.\n\nTags: Maharashtra News, Bus Accident\n",
		gone: []string{"Follow NewsBuzz India on Google News for the latest updates.", "Tags: Maharashtra News, Bus Accident"},
		kept: []string{"© 2025 The Associated Press. All rights reserved."},
	}, {
		// A copyright line below the page's furniture is the footer's,
		// whoever it names: a scraper took it with the page.
		name: "copyright below the furniture",
		body: story + "Recommended for you\n\nCedar Valley sweet corn growers brace for late-season heat\nBack-to-school supply drive collects 1,200 backpacks\nDeputies: Driver hurt after pickup rolls into ditch near Hartwell Road\n\nCopyright 2025 KCVN. All rights reserved.\n",
		gone: []string{"Recommended for you", "Copyright 2025 KCVN. All rights reserved."},
	}, {
		// A picture credit before the notice is the story's own.
		name: "copyright after a caption",
		body: story + "Photo: Dana Whitcomb/AP\n\n© 2025 The Associated Press. All rights reserved.\n",
		gone: []string{"Photo: Dana Whitcomb/AP"},
		kept: []string{"© 2025 The Associated Press. All rights reserved."},
	}, {
		// A masthead and tagline above a menu bar, the headline below.
		name: "header above a menu",
		body: "KiwiFeed\n\nYour news from around Aotearoa, in one place\n\nHome | New Zealand | World | Business | Sport\n\nLibrary to close on Sundays\n\n" + story,
		gone: []string{"KiwiFeed", "Your news from around Aotearoa, in one place", "Home | New Zealand | World | Business | Sport"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// A blog's masthead and tagline above the post's title and its
		// post line.
		name: "header above a post's title",
		body: "Scottish News Roundup\n\nAll the news from Scotland in one place\n\nLibrary to close on Sundays\n\nPosted by admin\n\n" + story,
		gone: []string{"Scottish News Roundup", "All the news from Scotland in one place", "Posted by admin"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// A breadcrumb whose last part is a title ending in a quotation.
		name: "a trail ending in a quoted title",
		body: "NotizieFlash Sardegna\nHome » Cronaca » Il sindaco Piras: «Ora una fascia tagliafuoco»\n\nIl sindaco Piras: «Ora una fascia tagliafuoco»\n\n" + story,
		gone: []string{"NotizieFlash Sardegna", "Home » Cronaca » Il sindaco Piras: «Ora una fascia tagliafuoco»"},
		kept: []string{"Il sindaco Piras: «Ora una fascia tagliafuoco»"},
	}, {
		// A short paragraph of two sentences with a chrome word in one
		// is still story.
		name: "a chrome word in a short paragraph",
		body: story + "Anyone with information should email the inquiry team. The road will reopen on Monday.\n\n" + strings.ReplaceAll(story, "library", "pool"),
		kept: []string{"Anyone with information should email the inquiry team. The road will reopen on Monday."},
	}, {
		// A plain text that opens with its site's name and ends with the
		// site's copyright: both the page's.
		name: "masthead and own copyright in plain text",
		body: "UK Local Wire\n\nLibrary to close after council vote\n\n" + story + "Copyright © 2025 UK Local Wire. All rights reserved.\n",
		gone: []string{"UK Local Wire", "Copyright © 2025 UK Local Wire. All rights reserved."},
		kept: []string{"Library to close after council vote"},
	}, {
		// A copyright line naming someone else than the first line is a
		// credit, and the first line (the headline) stays.
		name: "another's copyright in plain text",
		body: "Library to close after council vote\n\n" + story + "Copyright 2025 The Associated Press. All rights reserved.\n",
		kept: []string{"Library to close after council vote", "Copyright 2025 The Associated Press. All rights reserved."},
	}, {
		// A Spanish newsletter box after the story: its offer, its
		// pitch and its button.
		name: "a newsletter box in Spanish",
		body: story + "Recibe cada mañana nuestro boletín\n\nLas noticias de Torrealba y su comarca, en tu correo a primera hora. Es gratis.\n\nApuntarme\n",
		gone: []string{"Recibe cada mañana nuestro boletín", "Las noticias de Torrealba y su comarca, en tu correo a primera hora. Es gratis.", "Apuntarme"},
	}, {
		// A comment form's required fields and its German consent line.
		name: "a comment form's fields",
		body: story + "Kommentar *\n\nName *\n\nE-Mail *\n\nWebsite\n\nMeinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.\n",
		gone: []string{"Kommentar *", "Name *", "E-Mail *", "Website",
			"Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere."},
	}, {
		// A scraped blog page: menu, breadcrumb, the post's title, its
		// post line. The title over the post line is no link-list item.
		name: "a post's title between a breadcrumb and its post line",
		body: "Menu\n\nHome\n\nNews\n\nHome » News » Local\n\nLibrary to close after council vote\n\nPosted on November 8, 2025 by admin\n\n" + story,
		gone: []string{"Home » News » Local", "Posted on November 8, 2025 by admin"},
		kept: []string{"Library to close after council vote"},
	}, {
		// The site's own copyright notice is its footer, no credit;
		// another's is a credit line and stays.
		name: "the site's own copyright notice",
		site: "WKCT NewsCenter 6",
		body: story + "Copyright 2025 WKCT. All rights reserved.\n",
		gone: []string{"Copyright 2025 WKCT. All rights reserved."},
	}, {
		name: "another's copyright notice",
		site: "Valley Ledger",
		body: story + strings.ReplaceAll(story, "library", "pool") + "Copyright 2025 The Associated Press. All rights reserved.\n",
		kept: []string{"Copyright 2025 The Associated Press. All rights reserved."},
	}, {
		// "Read also: <headline>" between two paragraphs of the story,
		// in a page whose language's stop words make its title read
		// as prose.
		name: "a read-also link inside the story",
		body: story + "LEE TAMBIÉN: Suspenden el servicio de agua en cuatro colonias de Valle Chico por reparación de bomba\n\n" + strings.ReplaceAll(story, "library", "pool"),
		lang: "es",
		gone: []string{"LEE TAMBIÉN: Suspenden el servicio de agua en cuatro colonias de Valle Chico por reparación de bomba"},
	}, {
		// A line of one character shields no chrome ("Δ", the comment
		// form's honeypot), and a section break between story
		// paragraphs stays.
		name: "a line of one character",
		body: story + "***\n\n" + strings.ReplaceAll(story, "library", "pool") + "Save my name, email, and website in this browser for the next time I comment.\n\nΔ\n\nRecent Posts\n",
		gone: []string{"Save my name, email, and website in this browser for the next time I comment.", "Δ"},
		kept: []string{"***"},
	}, {
		// A licence notice closing the page: its first sentence is
		// legal, and the document's end is chrome.
		name: "a licence notice at the end",
		body: story + "Conteúdo publicado sob a licença Creative Commons Atribuição 4.0 Internacional. Para reproduzir, é obrigatório citar a fonte.\n",
		gone: []string{"Conteúdo publicado sob a licença Creative Commons Atribuição 4.0 Internacional. Para reproduzir, é obrigatório citar a fonte."},
	}, {
		name: "headline repeated",
		body: "Council closes library\n\nCouncil closes library\n\n" + story,
		gone: []string{"Council closes library"},
		kept: []string{"Council closes library"},
	}, {
		name: "headline repeated far away is a list item",
		body: "Council closes library\n\n" + strings.Repeat(story, 4) + "Council closes library\n",
	}, {
		// A "Related Posts" list: its items have a headline's shape, and
		// go because a chrome line opens the list and the page ends it.
		name: "link list after chrome",
		body: story + "Related Posts\n\nSeal pup rescued from beach returns to the sea\n\nZoo welcomes twin lion cubs\n",
		gone: []string{"Related Posts", "Seal pup rescued from beach returns to the sea", "Zoo welcomes twin lion cubs"},
	}, {
		// The same list closed by chrome-leaning lines the context pass
		// has not decided: the list's titles, good by their score alone,
		// must not vouch for the permalink line and the comment form
		// after them.
		name: "link list before undecided chrome",
		body: story + "Related Posts\n\nHarvest season safety: 7 tips every farmer should know\n\nTop 10 small towns in Kansas you need to visit\n\n" +
			"This entry was posted in US News and tagged Kansas, explosion. Bookmark the permalink.\n\nLeave a Reply\n\n" +
			"Your email address will not be published. Required fields are marked *\n\nComment\n\nName *\n\nEmail *\n\nPost Comment\n",
		gone: []string{"Top 10 small towns in Kansas you need to visit", "This entry was posted in US News and tagged Kansas, explosion. Bookmark the permalink.",
			"Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment", "Name *"},
		kept: []string{"its books would move to the school."},
	}, {
		// A headline over a breadcrumb trail: the trail goes, the
		// headline stays (the document's start opens no list).
		name: "headline over a trail",
		body: "Library to close on Sundays\n\nHome » UK News\n\n" + story,
		gone: []string{"Home » UK News"},
		kept: []string{"Library to close on Sundays"},
	}, {
		// Short lines ending a story, with no chrome before them, stay.
		name: "short lines after story",
		body: story + "Additional reporting by Jane Doe\n\nEdited by Sam Roe\n",
	}, {
		// A promo box inside the story: the label and the headlines it
		// lists go, the story around them stays.
		name: "labelled list inside the story",
		body: story + "DON'T MISS\n\nChina furious at Macron for protest jibe [INSIGHT]|\n\nLakers vs Nets: NBA make final decision on game amid China turmoil [VIDEO]\n\nSpacewalking into 'her-story'\n\n" + strings.ReplaceAll(story, "library", "pool"),
		gone: []string{"DON'T MISS", "China furious at Macron for protest jibe [INSIGHT]|",
			"Lakers vs Nets: NBA make final decision on game amid China turmoil [VIDEO]", "Spacewalking into 'her-story'"},
	}, {
		// A list written as one paragraph, its label and titles on
		// consecutive lines, ends at the blank line: the headline under a
		// "Trending" box at the top of a scraped page stays.
		name: "tight list over the headline",
		body: "Trending\nStorm watch: Heavy rain expected across the valley this weekend\nRestaurant inspections: Five kitchens flagged this month\n\n" +
			"Seven pupils hurt as pickup hits school bus\n\n" + story,
		gone: []string{"Trending", "Restaurant inspections: Five kitchens flagged this month"},
		kept: []string{"Seven pupils hurt as pickup hits school bus"},
	}, {
		// One short line after a label may be the story's subhead.
		name: "label over one line",
		body: story + "Related\n\nWhat happens next\n\n" + strings.ReplaceAll(story, "library", "pool"),
		kept: []string{"What happens next"},
	}, {
		// A long list after a label is the article's own: a deals page's
		// "Don't Miss" over its products and their features.
		name: "label over a long list",
		body: story + "Don't Miss\n\n" + strings.Repeat("Apple AirPods\n\nQuick access to Siri\n\nCharges quickly in the case\n\n", 3) + strings.ReplaceAll(story, "library", "pool"),
		kept: []string{"Apple AirPods", "Charges quickly in the case"},
	}, {
		// A label that precedes story text does not open a list.
		name: "advertisement label",
		body: story + "Advertisement\n\nWhat happens next\n\nThe vote in March\n\n" + strings.ReplaceAll(story, "library", "pool"),
		gone: []string{"Advertisement"},
		kept: []string{"What happens next", "The vote in March"},
	}, {
		// A reaction box closes the story: a question over a column of
		// single words, none of them chrome by its vocabulary.
		name: "a reaction box",
		body: story + "How did you feel reading this?\n\nHappy\n\nSad\n\nSurprised\n\nAngry\n",
		gone: []string{"How did you feel reading this?", "Happy", "Sad", "Surprised", "Angry"},
	}, {
		// A reaction box that prints each button's tally after it, the
		// last button of two words (Mongolian "Уурлаж байна 15", angry).
		name: "a reaction box with tallies",
		body: story + "Энэ мэдээ танд хэр таалагдсан бэ?\n\nТаалагдлаа 19\n\nГайхалтай 4\n\nХарамсалтай 87\n\nУурлаж байна 15\n\nХуваалцах:\n",
		gone: []string{"Энэ мэдээ танд хэр таалагдсан бэ?", "Таалагдлаа 19", "Харамсалтай 87", "Уурлаж байна 15"},
	}, {
		// A label over no list, with chrome right after it: the box's
		// links went with their markup (Odia "ଆହୁରି ପଢ଼ନ୍ତୁ", read more,
		// over the comment form), and so does the label.
		name: "a label over no list",
		body: story + "ଆହୁରି ପଢ଼ନ୍ତୁ\n\nମତାମତ ଦିଅନ୍ତୁ\n\nଆପଣଙ୍କ ଇମେଲ ଠିକଣା ପ୍ରକାଶିତ ହେବ ନାହିଁ। ଆବଶ୍ୟକ ଘରଗୁଡ଼ିକ * ଚିହ୍ନରେ ଚିହ୍ନିତ।\n",
		gone: []string{"ଆହୁରି ପଢ଼ନ୍ତୁ", "ମତାମତ ଦିଅନ୍ତୁ"},
	}, {
		// Two answers after a question are the story's own exchange,
		// and a column that more story follows is no box.
		name: "a question and short answers in the story",
		body: story + "Will the library reopen?\n\nMaybe\n\nNot soon\n\n" + strings.ReplaceAll(story, "library", "museum") +
			"Who uses it most?\n\nPensioners\n\nStudents\n\nFamilies\n\n" + strings.ReplaceAll(story, "library", "pool"),
		kept: []string{"Will the library reopen?", "Maybe", "Not soon", "Who uses it most?", "Pensioners", "Families"},
	}, {
		// A line of up to a paragraph's least length that its own
		// vocabulary made near-good goes between chrome lines: a
		// newsletter box's blurb of 13 words under its heading; the
		// same line between story lines stays.
		name: "a newsletter blurb between chrome",
		body: story + "Iscriviti alla nostra newsletter\n\nRicevi ogni mattina le notizie della provincia direttamente nella tua casella di posta.\n\nIscriviti\n",
		gone: []string{"Ricevi ogni mattina le notizie della provincia direttamente nella tua casella di posta."},
	}, {
		name: "a newsletter blurb between story lines",
		body: story + "Ricevi ogni mattina le notizie della provincia direttamente nella tua casella di posta.\n\n" + strings.ReplaceAll(story, "library", "pool"),
		kept: []string{"Ricevi ogni mattina le notizie della provincia"},
	}, {
		// An inline promo between story paragraphs: its second sentence
		// asks the reader to subscribe for access.
		name: "an inline subscription appeal",
		body: story + "Support local journalism. Subscribe to the Courier today for full access to every story.\n\n" + strings.ReplaceAll(story, "library", "pool"),
		gone: []string{"Support local journalism. Subscribe to the Courier today for full access to every story."},
	}, {
		// Readers' comments under headers with masked addresses, then
		// a Mongolian portal's comment form: its warning (a notice),
		// name field, placeholder and send button.
		name: "readers' comments and a Mongolian comment form",
		body: story + "Сэтгэгдэл (3)\n\nЗочин IP: 202.131.xxx.xxx 2025.07.08 12:05\n\nМалчид маань яаж өвөлжих бол доо. Төр засаг анхаарлаа хандуулаасай.\n\n" +
			"Баяраа IP: 66.181.xxx.xxx 2025.07.08 12:31\n\nВакциныг нь цаг алдалгүй хийгээсэй.\n\n" +
			"Сэтгэгдэл бичих\n\nАнхааруулга: Сэтгэгдэл бичихдээ Монгол Улсын хууль тогтоомж, ёс зүйн хэм хэмжээг хүндэтгэнэ үү.\n\nТаны нэр\n\nСэтгэгдлээ энд бичнэ үү\n\nИлгээх\n",
		gone: []string{"Зочин IP: 202.131.xxx.xxx 2025.07.08 12:05", "Малчид маань яаж өвөлжих бол доо. Төр засаг анхаарлаа хандуулаасай.",
			"Вакциныг нь цаг алдалгүй хийгээсэй.", "Анхааруулга: Сэтгэгдэл бичихдээ Монгол Улсын хууль тогтоомж, ёс зүйн хэм хэмжээг хүндэтгэнэ үү.",
			"Таны нэр", "Сэтгэгдлээ энд бичнэ үү", "Илгээх"},
	}, {
		// A video's player and credits under the headline, a TV
		// station's report.
		name: "a video's player and credits",
		body: "Library to close after council vote\n\n▶ Voir le reportage (2:14)\n\nImages : Sarah Lenoir · Montage : Benoît Tasiaux\n\n" + story,
		gone: []string{"▶ Voir le reportage (2:14)", "Images : Sarah Lenoir · Montage : Benoît Tasiaux"},
		kept: []string{"Library to close after council vote"},
	}, {
		// A share row printed on one line, a label and the buttons'
		// names, between the headline and the story: its vocabulary
		// alone leaves it near-chrome, which the story's lines would
		// keep; nothing but buttons after a label is no sentence.
		name: "a share row on one line",
		body: "Library to close after council vote\n\nZarao : Facebook X WhatsApp LinkedIn Imprimer\n\n" + story,
		gone: []string{"Zarao : Facebook X WhatsApp LinkedIn Imprimer"},
		kept: []string{"Library to close after council vote"},
	}, {
		// A read-also box between two paragraphs whose links an HTML
		// extraction dropped: the label alone, a paragraph right under
		// it (Malagasy "Vakio koa", read also). Over a headline, the
		// link the extraction kept, the label stays with it, as the
		// Zyte gold keeps "Leggi anche" over its title.
		name: "a read-also label over no link",
		body: story + "Vakio koa\n\n" + malagasy + "\n\n" + story + "Vakio koa\n\nNahoana no tapaka ny rano any Sahamarotra?\n\n" + story,
		gone: []string{"Vakio koa"},
		kept: []string{"Vakio koa\n\nNahoana no tapaka ny rano any Sahamarotra?"},
	}, {
		// Malagasy portals' read-also and latest-news lists (Vakio koa,
		// Ny vaovao farany) over their titles, one paragraph each.
		name: "Malagasy read-also and latest-news lists",
		body: story + "Vakio koa\nLalam-pirenena: nohamafisina ny fanaraha-maso ny kamiao mitondra entana mavesatra\n" +
			"Toekarena: nidina ny vidin’ny solika eny amin’ny mpaninjara any amin’ny faritra atsimo\n\n" + story +
			"Ny vaovao farany\nAntenimierampirenena: hisokatra amin’ny herinandro ambony ny fivoriana ara-dalàna\n" +
			"Lavanila: mitaky vidiny raikitra ireo mpamokatra\n",
		gone: []string{"Vakio koa", "Toekarena: nidina ny vidin’ny solika eny amin’ny mpaninjara any amin’ny faritra atsimo",
			"Ny vaovao farany", "Lavanila: mitaky vidiny raikitra ireo mpamokatra"},
	}, {
		// Jetpack's related posts under its Like button, their heading
		// no list label (Related as a Punjabi page prints it, which the
		// jetpack-pa_IN pack leaves untranslated): each title over its
		// context line (In "Category", “ਮਾਲਵਾ” ਵਿੱਚ, whose Gurmukhi word
		// carries vowel signs) is a related post's, however long; the
		// list runs to the comment form.
		name: "Jetpack's related posts with long titles",
		body: story + "Like Loading…\n\nਸਬੰਧਿਤ\n\n" +
			"Council leader sets out a five-year plan for the town centre after the library closes its doors\nIn \"Politics\"\n\n" +
			"ਹਾੜ੍ਹੀ ਦੇ ਸੀਜ਼ਨ ਲਈ ਨਹਿਰੀ ਪਾਣੀ ਦੀ ਵਾਰਾਬੰਦੀ ਬਦਲੀ, ਨਵਾਂ ਸ਼ਡਿਊਲ ਜਾਰੀ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ ਅੱਜ\n“ਮਾਲਵਾ” ਵਿੱਚ\n\n" +
			"Leave a Reply Cancel reply\n",
		gone: []string{"ਸਬੰਧਿਤ", "Council leader sets out a five-year plan for the town centre after the library closes its doors", `In "Politics"`,
			"ਹਾੜ੍ਹੀ ਦੇ ਸੀਜ਼ਨ ਲਈ ਨਹਿਰੀ ਪਾਣੀ ਦੀ ਵਾਰਾਬੰਦੀ ਬਦਲੀ, ਨਵਾਂ ਸ਼ਡਿਊਲ ਜਾਰੀ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ ਅੱਜ", "“ਮਾਲਵਾ” ਵਿੱਚ"},
	}, {
		name: "title repeated anywhere",
		body: "Opening hours cut\n\n" + strings.Repeat(story, 4) + "Opening hours cut\n",
		gone: []string{"Opening hours cut"},
	}}
	c := MustClean(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &reprint.Article{ID: tt.name, Body: tt.body, Meta: reprint.Meta{Title: "Opening hours cut", Site: tt.site, Language: tt.lang}}
			c.Clean(a)
			checkArticle(t, a)
			removed := make(map[string]bool)
			for _, r := range a.Removed {
				removed[r.Text] = true
			}
			for _, l := range tt.gone {
				if !removed[l] {
					t.Errorf("Clean kept %q; want removed. Removed: %+v", l, a.Removed)
				}
			}
			for _, l := range tt.kept {
				if !strings.Contains(a.Text, l) {
					t.Errorf("Clean removed %q; want kept", l)
				}
			}
			if len(tt.gone) == 0 && len(a.Removed) != 0 {
				t.Errorf("Clean removed %+v; want nothing", a.Removed)
			}
		})
	}
}

func TestFindAttribution(t *testing.T) {
	tests := []struct {
		line, name, form string
	}{
		{"Credit: BBC", "BBC", FormCredit},
		{"  Source: Reuters", "Reuters", FormSource},
		{"SOURCE: AFP", "AFP", FormSource},
		{"Via The Guardian", "The Guardian", FormVia},
		{"Originally published by The Conversation.", "The Conversation", FormOriginally},
		{"This article was originally published on ProPublica. Read the original.", "ProPublica", FormOriginally},
		{"This story was originally published by Harbor Watch and is republished with permission.", "Harbor Watch", FormOriginally},
		{"Originally published by ProPublica and edited for length", "ProPublica", FormOriginally},
		{"This article originally appeared on The Wexbridge Chronicle and is reprinted here under a content-sharing agreement.", "The Wexbridge Chronicle", FormOriginally},
		{"This story was first published by Harbor Watch.", "Harbor Watch", FormOriginally},
		{"Via Marks and Spencer", "Marks and Spencer", FormVia},
		{"Ganzen Artikel lesen auf aaretalerzeitung.ch", "aaretalerzeitung.ch", FormVia},
		{"Read more at bbc.co.uk", "bbc.co.uk", FormVia},
		{"Read more at the council meeting", "", ""},
		{"Source: example", "", ""},
		{"(Reuters)", "Reuters", FormCredit},
		{"(Image: Westmoor Herald)", "Westmoor Herald", FormPicture},
		{"Xihlovo: Munghana Lonene FM", "Munghana Lonene FM", FormSource},
		{"Menba: Qırım.Aqiqat", "Qırım.Aqiqat", FormSource},
		{"Zdrzódło: Radio Gdańsk", "Radio Gdańsk", FormSource},
		{"Ginkuha tikang ha Radyo Kasanag 95.1 FM.", "Radyo Kasanag 95.1 FM", FormVia},
		{"Provided by Calderbrook University", "Calderbrook University", FormSource},
		{"Shared from the Harcastle Gazette", "the Harcastle Gazette", FormVia},
		{"Delt fra Kildebæk Lokalnyt", "Kildebæk Lokalnyt", FormVia},
		{"Delat från Norrbyns Tidning", "Norrbyns Tidning", FormVia},
		{"Geteilt von Harzer Kurier", "Harzer Kurier", FormVia},
		{"Delt fra hverandre", "", ""},
		{"(Unanimous.)", "", ""},
		{"(Applause.)", "", ""},
		{"(ANP.)", "ANP.", FormCredit},
		{"(Reuters)", "Reuters", FormCredit},
		{"(Photo : AFP)", "AFP", FormPicture},
		{"(Foto: ANSA)", "ANSA", FormPicture},
		{"Frequently Asked Questions (FAQs)", "", ""},
		{"Источник: ТАСС", "ТАСС", FormSource},
		{"来源：新华社", "新华社", FormSource},
		{"ที่มา: สำนักข่าวไทย", "สำนักข่าวไทย", FormSource},
		{"সূত্র: বাসস", "বাসস", FormSource},
		{"Avots: LETA", "LETA", FormSource},
		{"Olūts: “Austrumu Vēstis”", "Austrumu Vēstis", FormSource},
		{"Vir: STA", "STA", FormSource},
		{"Keldan: KVF", "KVF", FormSource},
		{"Gáldu: Davvi Áigi", "Davvi Áigi", FormSource},
		{"Iwdi: Radio Kawral FM", "Radio Kawral FM", FormSource},
		{"Kumu: Ka Puka Nūhou", "Ka Puka Nūhou", FormSource},
		{"A nyunsu disi komoto fu Radio Pasi 96.3 FM.", "Radio Pasi 96.3 FM", FormSource},
		{"Sumber: Kalawarti Pamor", "Kalawarti Pamor", FormSource},
		{"Eli bali lithathwe kwi-SABC News.", "SABC News", FormSource},
		{"Ehokololo ndika olya kuthwa kuNBC Oshiwambo Radio Service.", "NBC Oshiwambo Radio Service", FormSource},
		{"Te rongorongo aei e boni mairoun Te Itoi Weekly.", "Te Itoi Weekly", FormSource},
		{"He chanchin hi AIR Aizawl atanga lak a ni.", "AIR Aizawl", FormSource},
		{"Najoqqutaq: Sermitsiaq.AG", "Sermitsiaq.AG", FormSource},
		{"Fenten: Gwyns FM, An Nowodhow yn Kernewek", "Gwyns FM", FormSource},
		{"Disfala nius ia hem kam from SIBC Nius.", "SIBC Nius", FormSource},
		{"This report first appeared in the Wexcombe Gazette.", "the Wexcombe Gazette", FormOriginally},
		{"Nō Polynésie la 1ère mai teie parau ʻāpī.", "Polynésie la 1ère", FormSource},
		{"Boarne: De Kaai, Frysk kultuerwykblêd", "De Kaai", FormSource},
		{"מקור: די וואכן-שטימע", "די וואכן-שטימע", FormSource},
		{"འབྱུང་ཁུངས། བོད་ལྗོངས་གསར་འགྱུར་དྲ་བ།", "བོད་ལྗོངས་གསར་འགྱུར་དྲ་བ", FormSource}, // its closing shad no part of the name
		{"Сурах төрдө: НВК «Саха»", "НВК «Саха»", FormSource},
		{"— with reporting from PA Media", "PA Media", FormCredit},
		{"With additional reporting from Reuters.", "Reuters", FormCredit},
		{"— with reporting from the scene", "", ""},
		{"Mammenn : Keleier an Aod", "Keleier an Aod", FormSource},
		{"Puna o le tala: Leo Samoa TV", "Leo Samoa TV", FormSource},
		{"ምንጪ፡ ኤሪ-ቲቪ", "ኤሪ-ቲቪ", FormSource},
		{"Read more at Seaboard News: https://www.seaboardnews.example/live/storm", "Seaboard News", FormVia},
		{"Sous: Radio Télé Kalfou", "Radio Télé Kalfou", FormSource},
		{"Madda: OBN", "OBN", FormSource},
		{"مەنبە: شىنخۇا ئاگېنتلىقى", "شىنخۇا ئاگېنتلىقى", FormSource},
		{"Les alla greinina hjá KVF: https://kvf.fo/greinir/2025/10/14/laksar", "KVF", FormVia},
		{"This report was supplied by Wrenmoor Court News.", "Wrenmoor Court News", FormCredit},
		{"Additional reporting by PA Media.", "PA Media", FormCredit},
		{"Motswedi: BOPA", "BOPA", FormSource},
		{"ⴰⵖⴱⴰⵍⵓ: SNRTnews", "SNRTnews", FormSource},
		{"Derekkóz: QazAqparat", "QazAqparat", FormSource},
		// A channel's pointing pictograph before its link line.
		{"👉 Werengani nkhani yonse pa Nyasa Tribune: https://nyasatribune.example/chichewa/njovu", "Nyasa Tribune", FormVia},
		{"➡️ Read more at Seaboard News: https://www.seaboardnews.example/live", "Seaboard News", FormVia},
		{"Ensonda: Ekitangaala", "Ekitangaala", FormSource},
		// The read-more arrow after the name is no part of it.
		{"לייענט ווייטער דעם גאנצן ארטיקל אויף „קהילה בלאט“ »", "קהילה בלאט", FormVia},
		{"Read more at BBC News »", "BBC News", FormVia},
		{"Lire la suite sur Le Soir", "Le Soir", FormVia},
		{"Leia a matéria completa em Agência Brasil", "Agência Brasil", FormVia},
		{"Dewey Martin (drums)", "", ""},
		{"<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지> 2025/06/17 15:20 송고", "연합뉴스", FormCopyright},
		{"저작권자 © 충청새날일보 무단전재 및 재배포 금지", "충청새날일보", FormCopyright},
		{"— Associated Press", "Associated Press", FormCredit},
		{"© 2024 Reuters. All rights reserved.", "Reuters", FormCopyright},
		{"Copyright (c) 2005-2019 Hawaii News Now", "Hawaii News Now", FormCopyright},
		{"© 2025 Nordticker24 – Alle Rechte vorbehalten | Impressum | Datenschutz", "", ""},
		{"© 2024 The Valley Post. All rights reserved. | Privacy Policy | Terms of Use", "", ""},
		{"Quelle: Süderelbe-Anzeiger", "Süderelbe-Anzeiger", FormSource},
		{"提供元：共同通信", "共同通信", FormSource},
		{"引用元：ミライニュース https://news.miraiportal.example/articles/8f3c2a1d", "ミライニュース", FormSource},
		{"Source: Harbour Gazette https://harbourgazette.example/story", "Harbour Gazette", FormSource},
		{"Avec AFP", "AFP", FormContributed},
		{"First Published on Nov 20, 2019 01:38 pm", "", ""},
		{"First published on 20 November 2019", "", ""},
		{"Avec ses 300 salariés, l'usine est le premier employeur.", "", ""},
		// Vietnamese "Theo X" on a line of its own; a sentence opened
		// by it is none.
		{"Theo Cổng TTĐT tỉnh Vĩnh Hòa", "Cổng TTĐT tỉnh Vĩnh Hòa", FormSource},
		{"Theo TTXVN.", "TTXVN", FormSource},
		{"Theo ông Lộc, xã đã thành lập 4 tổ công tác.", "", ""},
		{"Theo Quyết định, tình huống khẩn cấp được công bố tại các xã.", "", ""},
		{"Theo thống kê ban đầu", "", ""},
		{"Theo Walcott", "", ""},
		{"Theo Reuters", "Reuters", FormSource},
		{"Avec Marie Dupont", "", ""},
		// A release as the source: its issuer, the release's date cut off.
		{"Quelle: Pressemitteilung der Käserei Hirschmoos GmbH vom 06.11.2025", "Käserei Hirschmoos GmbH", FormSource},
		{"Source: press release from Harwick Borough Council", "Harwick Borough Council", FormSource},
		{"Funtauna: RTR", "RTR", FormSource},
		{"Bron: Zeeuwse Dagbode", "Zeeuwse Dagbode", FormSource},
		{"The post Illinois Bridge Closed Indefinitely After Barge Crash: What Commuters Need to Know appeared first on TrendPulse Daily.", "TrendPulse Daily", FormOriginally},
		{"La entrada Pierden su patrimonio 63 comerciantes se publicó primero en NoticiasYa24.", "NoticiasYa24", FormOriginally},
		{"Con información de El Observador del Valle.", "El Observador del Valle", FormCredit},
		{"Mit Material von dpa", "dpa", FormCredit},
		{"Mit Material der dpa", "dpa", FormCredit},
		{"*Com informações da Agência Brasil", "Agência Brasil", FormCredit},
		{"— With files from The Canadian Press", "The Canadian Press", FormCredit},
		{"(With inputs from PTI)", "PTI", FormCredit},
		{"(sda)", "sda", FormCredit},
		{"（共同）", "共同", FormCredit},
		{"/ritzau/", "ritzau", FormCredit},
		{"/ritzau/fbb", "ritzau", FormCredit},
		{"Léa Monnier avec ATS", "ATS", FormCredit},
		{"Jana Müller mit dpa", "dpa", FormCredit},
		{"Ana Ruiz con EFE.", "EFE", FormCredit},
		{"/usr/local/bin", "", ""},
		{"Café con leche", "", ""},
		{"(sda/red)", "sda", FormCredit},
		{"With files from The Canadian Press.", "The Canadian Press", FormCredit},
		{"Dieser Artikel erschien zuerst im Weserkurier Nord.", "Weserkurier Nord", FormOriginally},
		{"Cet article a été publié initialement dans Le Courrier national.", "Le Courrier national", FormOriginally},
		{"Este artículo se publicó originalmente en El Diario del Sur.", "El Diario del Sur", FormOriginally},
		{"Publicado originalmente no Jornal do Vale.", "Jornal do Vale", FormOriginally},
		{"Articolo pubblicato originariamente su Il Tirreno.", "Il Tirreno", FormOriginally},
		{"Source : AFP", "AFP", FormSource},
		{"Source\u00a0: Le Progrès", "Le Progrès", FormSource},
		{"Fuente: Europa Press", "Europa Press", FormSource},
		{"Fonte: Agência Lusa", "Agência Lusa", FormSource},
		{"Sursa: Agerpres", "Agerpres", FormSource},
		{"Vest preuzeta sa portala: Info Srbija", "Info Srbija", FormSource},
		{"Извор: Танјуг", "Танјуг", FormSource},
		{"மூலம்: தினச்சுடர்", "தினச்சுடர்", FormSource},
		{"Źródło: Polska Agencja Prasowa", "Polska Agencja Prasowa", FormSource},
		{"Lähde: Keskijärven Sanomat", "Keskijärven Sanomat", FormSource},
		{"Källa: TT", "TT", FormSource},
		{"Πηγή: ΑΠΕ-ΜΠΕ", "ΑΠΕ-ΜΠΕ", FormSource},
		{"Крыніца: «Ляснагорскі веснік»", "Ляснагорскі веснік", FormSource},
		{"Sors: Il-Fanal t'Għawdex", "Il-Fanal t'Għawdex", FormSource},
		{"Orísun: Gbóhùngbóhùn", "Gbóhùngbóhùn", FormSource},
		{"سرچینه: پژواک خبري آژانس", "پژواک خبري آژانس", FormSource},
		{"Lolu daba luqale lwashicilelwa yi-Isolezwe.", "Isolezwe", FormOriginally},
		{"Funda udaba oluphelele ku-Isolezwe.", "Isolezwe", FormVia},
		{"Read the full story at The Kestrel Courier.", "The Kestrel Courier", FormVia},
		{"Read more at Seaboard News: https://www.seaboardnews.example/live/storm", "Seaboard News", FormVia},
		{"Read more at the link below.", "", ""},
		{"سەرچاوە: ئاسۆگە نیوز", "ئاسۆگە نیوز", FormSource},
		{"المصدر: وكالة الأنباء", "وكالة الأنباء", FormSource},
		{"منبع: ایرنا", "ایرنا", FormSource},
		{"ಕೃಪೆ: ಪ್ರಜಾವಾಣಿ", "ಪ್ರಜಾವಾಣಿ", FormCredit},
		{"সৌজন্য : অসমীয়া প্ৰতিদিন", "অসমীয়া প্ৰতিদিন", FormCredit},
		{"بشڪريه: روزاني ڪاوش", "روزاني ڪاوش", FormCredit},
		{"Inkomoko: RBA", "RBA", FormSource},
		{"Isoko: RTNB", "RTNB", FormSource},
		{"📌 Nsangu ifumina kudi Kasai Lelu", "Kasai Lelu", FormSource},
		{"Isoko rinini rya Karambira rirafunze kuva ku wa mbere.", "", ""},
		{"Чыганак: «Татар-информ»", "Татар-информ", FormSource},
		{"Quell: RTL.lu", "RTL.lu", FormSource},
		{"ಮೂಲ: ಪ್ರಜಾವಾಣಿ", "ಪ್ರಜಾವಾಣಿ", FormSource},
		{"Quelle der Unruhe war ein Streit im Stadtrat über die Finanzierung der neuen Schule.", "", ""},
		{"Putin's conditions were rejected, according to the Kremlin.", "", ""},
		{"Via a spokesman, the company said it would appeal the ruling in the coming weeks.", "", ""},
		{"Viable alternatives are scarce.", "", ""},
		{"Source: the ministry said it was looking into the reports and would respond", "", ""},
		{"(and he said so twice on the record, to several reporters)", "", ""},
		{"—Evansport Courier.", "Evansport Courier", FormCredit},
		{"Xov xwm no yog los ntawm Paj Ntaub Radio.", "Paj Ntaub Radio", FormVia},
		{"— Lockridge Sentinel.", "Lockridge Sentinel", FormCredit},
		{"—John Smith.", "", ""},
		{"—and then the boat went down.", "", ""},
		{"Source: Lockridge Weekly Sentinel, Saturday, March 17, 1883, page 2, column 4. Transcribed by Karen Hostetler from the microfilm in the Society’s reading room. Spelling and punctuation follow the original.",
			"Lockridge Weekly Sentinel", FormSource},
		{"Source of the trouble, the ministry said on Tuesday after a long meeting with the unions. The talks resumed later that evening and went on until dawn, when both sides left.", "", ""},
	}
	for _, tt := range tests {
		at, ok := FindAttribution(tt.line)
		if ok != (tt.form != "") || at.Name != tt.name || at.Form != tt.form {
			t.Errorf("FindAttribution(%q) = %q, %q, %v; want %q, %q", tt.line, at.Name, at.Form, ok, tt.name, tt.form)
		}
		if ok && tt.line[at.Span.Start:at.Span.End] != at.Text {
			t.Errorf("FindAttribution(%q).Span = %v; covers %q, not %q", tt.line, at.Span, tt.line[at.Span.Start:at.Span.End], at.Text)
		}
	}
}

// TestFindAttributions: a contribution line credits each name it lists;
// other credit lines one; prose none.
func TestFindAttributions(t *testing.T) {
	tests := []struct {
		line  string
		names []string
		form  string
		text  string // the span's text, when not the whole line
	}{
		{"Reuters and AP contributed to this report.", []string{"Reuters", "AP"}, FormContributed, ""},
		{"Reuters and the Associated Press contributed to this report", []string{"Reuters", "the Associated Press"}, FormContributed, ""},
		{"AFP, Reuters and Bloomberg contributed reporting.", []string{"AFP", "Reuters", "Bloomberg"}, FormContributed, ""},
		{"The Associated Press contributed to this story.", []string{"The Associated Press"}, FormContributed, ""},
		{"staff writers contributed to this report.", nil, "", ""},
		{"Volunteers from across the county contributed to this report's findings on the river.", nil, "", ""},
		{"Via The Guardian", []string{"The Guardian"}, FormVia, ""},
		{"The council said it contributed to this report on flooding, published in May.", nil, "", ""},
		{"— The Tolliver County Courier contributed to this report.", []string{"The Tolliver County Courier"}, FormContributed, "The Tolliver County Courier contributed to this report."},
		{"  – Reuters contributed reporting", []string{"Reuters"}, FormContributed, "Reuters contributed reporting"},
	}
	for _, tt := range tests {
		got := FindAttributions(tt.line)
		var names []string
		for _, at := range got {
			names = append(names, at.Name)
			want := tt.text
			if want == "" {
				want = strings.TrimSpace(tt.line)
			}
			if at.Form != tt.form || tt.line[at.Span.Start:at.Span.End] != want {
				t.Errorf("FindAttributions(%q): %+v; want form %q over the whole line", tt.line, at, tt.form)
			}
		}
		if !slices.Equal(names, tt.names) {
			t.Errorf("FindAttributions(%q) names %q; want %q", tt.line, names, tt.names)
		}
	}
}

func TestOptionsValidate(t *testing.T) {
	bad := []Options{
		{LowThreshold: 0.6, Threshold: 0.5},
		{HighThreshold: 1.5},
		{ContextMaxWords: -1},
	}
	for _, o := range bad {
		if _, err := New(o); err == nil {
			t.Errorf("New(%+v) = nil error; want ErrInvalidOptions", o)
		}
	}
	if c := NewCorpus(CorpusOptions{SiteMinShare: 2}); c.Err() == nil {
		t.Errorf("NewCorpus(SiteMinShare: 2).Err() = nil; want ErrInvalidOptions")
	}
}

// TestGoldBodiesKept cleans the gold article bodies of the Zyte article
// extraction benchmark, which are story text by definition: cleaning must
// remove (almost) nothing from them, or it would lower the benchmark's
// token F1 after HTML extraction. It is skipped when the shared corpora
// are absent.
//
// Measured: 1 line of 4,363 (a 58-byte picture credit) out of 875,987
// bytes.
func TestGoldBodiesKept(t *testing.T) {
	data, err := os.ReadFile("../../shared/corpora/scrapinghub-aeb/ground-truth.json")
	if err != nil {
		t.Skip(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &gt); err != nil {
		t.Fatal(err)
	}
	c := MustClean(t)
	all, gone := 0, 0
	for id, g := range gt {
		a := &reprint.Article{ID: id, Body: g.ArticleBody}
		c.Clean(a)
		checkArticle(t, a)
		all += len(a.Body)
		for _, r := range a.Removed {
			gone += len(r.Text)
			if n := len(strings.Fields(r.Text)); n >= 12 {
				t.Errorf("%s: removed a gold paragraph of %d words (%s): %q", id, n, r.Reason, r.Text)
			}
		}
	}
	if share := float64(gone) / float64(all); share > 0.001 {
		t.Errorf("removed %d of %d gold bytes (%.4f); want ≤ 0.001", gone, all, share)
	}
}

// TestPostMeta: a blog's post line is told from a byline and a headline.
func TestPostMeta(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Posted by admin", true},
		{"Posted on November 8, 2025", true},
		{"November 8, 2025 by newsdesk", true},
		{"8 Nov 2025 by editor", true},
		{"By Jane Doe, BBC News", false},
		{"November 8, 2025 by Jane Doe", false},
		{"Prisons plagued by understaffing", false},
		{"Town stunned by verdict in 2025", false},
		{"Posted by admin. It was a quiet day in the town and nothing happened.", false},
		{"Publicado el 8 mayo, 2025 por admin", true},
		{"Publié le 3 mars 2025 par redaction", true},
		{"Veröffentlicht am 18. März 2025 von redaktion", true},
		{"12 marzo 2025 da redazione", true},
		{"Publicado por Ana Souza", true},
		{"Los vecinos fueron desalojados por la policía", false},
		{"Mayo 2025 por Juan Pérez", false},
		// "By" after the name: Gujarati, Hindi.
		{"ઓક્ટોબર 16, 2025 admin દ્વારા", true},
		{"16 अक्टूबर 2025 admin द्वारा", true},
		{"સરકાર દ્વારા", false},
		// An account named after its role, in capitals: English, and
		// Swahili with its "na" (WordPress sw's Mhariri, Editor).
		{"November 8, 2025 by Editor", true},
		{"Septemba 18, 2025 na Mhariri", true},
		{"Septemba 18, 2025 na Juma Hamisi", false},
		{"Mavuno ya 2025 na wakulima", false},
		// The theme's link to the comments after the account, and
		// Telugu's "posted on" (నాడు ప్రచురితం) after the date.
		{"Posted on November 8, 2025 by admin Leave a comment", true},
		{"November 8, 2025 by newsdesk Leave a Comment", true},
		{"ఆగస్టు 12, 2025 నాడు ప్రచురితం న్యూస్ డెస్క్ చే వ్యాఖ్యానించండి", true},
		{"ఆగస్టు 12, 2025 నాడు ప్రచురితం", true},
		{"Readers can leave a comment", false},
		{"నాడు ప్రచురితం న్యూస్ డెస్క్ చే", false},
	}
	for _, tt := range tests {
		if got := isPostMeta(tt.line, len(strings.Fields(tt.line))); got != tt.want {
			t.Errorf("isPostMeta(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestDateBar: a page's date bar, its section or its time beside the
// date between bars, is the page's; dates alone (an exhibition's run) and
// a sentence are not.
func TestDateBar(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Xã hội | Thứ Ba, 15/10/2024 | 11:12", true},
		{"Politics | Monday, 14 October 2024 | 11:12", true},
		{"Local News | 14.10.2024", true},
		{"15/10/2024 | 09:12 (GMT+7)", true},
		{"29 November 2018 | 20 January 2019", false},
		{"Politics | Monday, 14 October 2024 | The council voted to close the library", false},
		{"Home | News | Sport", false},
		{"The vote was 14 to 3 | 2024.", false},
	}
	for _, tt := range tests {
		if got := isDateBar(tt.line); got != tt.want {
			t.Errorf("isDateBar(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestFurniture: Meta.Furniture counts the removed lines of a page's
// furniture (a trail, sharing buttons, a comment form), not promotion.
func TestFurniture(t *testing.T) {
	const story = "The council voted on Tuesday to close the library, despite a petition signed by more than four thousand residents.\n\n" +
		"Its books would move to the school, the council said, and the building would be sold next spring to pay for repairs elsewhere.\n\n"
	c := MustClean(t)
	tests := []struct {
		name, body string
		want       int
	}{
		{"a story alone", story, 0},
		{"a scraped page", "Home » World News » Europe\n\n" + story + "Share this:\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n", 4},
		{"a promotion", story + "Related Posts\n\nSeal pup rescued from beach returns to the sea\n\nZoo welcomes twin lion cubs\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &reprint.Article{ID: tt.name, Body: tt.body, Meta: reprint.Meta{Furniture: 9}}
			c.Clean(a)
			if a.Meta.Furniture != tt.want {
				t.Errorf("Furniture = %d; want %d (removed %+v)", a.Meta.Furniture, tt.want, a.Removed)
			}
		})
	}
}
