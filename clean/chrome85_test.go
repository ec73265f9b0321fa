package clean

import "testing"

// idPost is an invented Indonesian district office's post, two
// paragraphs, a quotation and its hashtags.
const idPost = "SUKAJAYA – Dinas Perhubungan Kabupaten Sukajaya menutup sementara jembatan Cibeureum mulai Senin (3/11/2025) karena retakan pada tiang penyangga. Kendaraan dialihkan melalui jalan desa Cikaret.\n\n" +
	"\"Perbaikan diperkirakan selesai dalam dua pekan, kami mohon pengguna jalan bersabar,\" kata Kepala Dinas Perhubungan Rina Marlina.\n\n" +
	"#DishubSukajaya #InfoLaluLintas\n"

// faPost is an invented Persian college's post, a paragraph and its
// hashtags.
const faPost = "ثبت‌نام کلاس‌های تابستانی دانشکده فنی شهرک سبز از شنبه ۱۰ خرداد آغاز می‌شود و تا پایان هفته ادامه دارد.\n\n" +
	"مدیر آموزش دانشکده گفت: «ظرفیت کلاس‌ها محدود است و اولویت با دانشجویان سال آخر است.»\n\n#دانشکده_فنی #تابستان\n\n"

// TestInstagramIndonesian: a copy of an Instagram post's page in
// Indonesian loses the follow button, the translation link, the comment
// list's opener, each comment by its layout (the handle, the comment,
// its age, likes and "Balas"), the replies' opener, the likes' count,
// the comment box, the link to the account's other posts and the
// footer; the caption and its hashtags stay, and so does a story's
// sentence that names likes or a comment count.
func TestInstagramIndonesian(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "post",
		body: "Instagram\nMasuk\nDaftar\ndishub_sukajaya\n•\nIkuti\n" + idPost + "Lihat terjemahan\nLihat semua 56 komentar\n" +
			"ujang.kurnia\nSemoga cepat selesai pak\n2 hari\n12 suka\nBalas\nLihat balasan (2)\n" +
			"tini_09\nLewat Cikaret macet parah tadi pagi\n1 hari\n4 suka\nBalas\n" +
			"318 suka\n3 November 2025\nTambahkan komentar…\nPosting\nLainnya dari dishub_sukajaya\n" +
			"Meta\nTentang\nBlog\nPekerjaan\nBantuan\nAPI\nPrivasi\nKetentuan\nInstagram Lite\nMeta Verified\nBahasa Indonesia\n© 2025 Instagram from Meta\n",
		gone: []string{"Ikuti", "Lihat terjemahan", "Lihat semua 56 komentar", "ujang.kurnia", "Semoga cepat selesai pak",
			"Lihat balasan (2)", "Lewat Cikaret macet parah tadi pagi", "318 suka", "Tambahkan komentar…",
			"Lainnya dari dishub_sukajaya", "Meta", "Bantuan", "Instagram Lite", "Meta Verified", "Bahasa Indonesia"},
		kept: []string{"menutup sementara jembatan Cibeureum", "kata Kepala Dinas Perhubungan Rina Marlina", "#DishubSukajaya #InfoLaluLintas"},
	}, {
		name: "prose",
		body: idPost + "Unggahan itu mendapat 318 suka dan lebih dari 50 komentar dalam sehari, kata warga.\n\n" +
			"Lainnya dari dinas itu akan diumumkan pekan depan.\n\nBlog\nBantuan\n\n" + idPost,
		kept: []string{"mendapat 318 suka dan lebih dari 50 komentar", "Lainnya dari dinas itu", "Blog\nBantuan"},
	}})
}

// TestInstagramPersian: the same page in Persian loses its labels, the
// opener with its Persian figures, each comment written after its
// handle on one line with the likes and "پاسخ" under it, the likes'
// count, the log-in prompt, the comment box and the footer's row; the
// caption stays, its first line after the poster's handle too, as does
// a quotation.
func TestInstagramPersian(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "post",
		body: "Instagram\nورود\nثبت‌نام\n\nfanni.shahrak\nدنبال کردن\n\nfanni.shahrak 📢 ثبت‌نام تابستانی آغاز شد\n\n" + faPost +
			"مشاهده همه ۱۲ دیدگاه\n\nreza.m_92 من سال آخرم، یعنی حتما جا دارم؟\n۵ لایک  پاسخ\n\n" +
			"neda.k کلاس‌ها حضوری هست یا آنلاین؟\n۲ لایک  پاسخ\n\n۴۱۲ لایک\nذخیره\n\n" +
			"برای پسندیدن یا افزودن دیدگاه وارد شوید.\nافزودن دیدگاه…\n\nدرباره ما  راهنما  مطبوعات  API  حریم خصوصی  شرایط  زبان\n",
		gone: []string{"دنبال کردن", "مشاهده همه ۱۲ دیدگاه", "reza.m_92 من سال آخرم، یعنی حتما جا دارم؟", "۵ لایک  پاسخ",
			"neda.k کلاس‌ها حضوری هست یا آنلاین؟", "۴۱۲ لایک", "برای پسندیدن یا افزودن دیدگاه وارد شوید.", "افزودن دیدگاه…",
			"درباره ما  راهنما  مطبوعات  API  حریم خصوصی  شرایط  زبان"},
		kept: []string{"fanni.shahrak 📢 ثبت‌نام تابستانی آغاز شد", "ظرفیت کلاس‌ها محدود است", "#دانشکده_فنی #تابستان"},
	}, {
		name: "prose",
		body: faPost + "این پست در یک روز ۴۱۲ لایک گرفت و دانشجویان در دیدگاه‌ها پاسخ خواستند.\n\n" + faPost,
		kept: []string{"۴۱۲ لایک گرفت"},
	}})
}

// swPost is an invented Swahili notice, two paragraphs.
const swPost = "Halmashauri ya Mji wa Pwani Ndogo imetangaza kufungwa kwa soko kuu kwa siku tatu kuanzia Jumatatu ili kufanyiwa usafi.\n\n" +
	"\"Tunawaomba wafanyabiashara wahamie uwanja wa shule kwa muda huo,\" alisema Afisa Masoko Zuhura Mbaruku.\n\n"

// TestSwahiliBlogger: a Blogger post in Swahili loses the tagline under
// the blog's name, the post's footer, the comments' and the pager's
// lines, the feed link, the popular posts with their titles, the
// profile's link and the attribution; the post, a byline in its text
// and a credit stay.
func TestSwahiliBlogger(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "blog",
		body: "Sauti ya Pwani: SOKO KUU LAFUNGWA SIKU TATU\n\nSauti ya Pwani\nHabari za mtaa wetu kila siku\nMwanzo\nKuhusu Blogu\n\n" +
			"SOKO KUU LAFUNGWA SIKU TATU\n\n" + swPost + "Chanzo: Halmashauri ya Mji wa Pwani Ndogo\n\n" +
			"Imetumwa na Juma Mwinyi\nTuma Hii kwa Barua Pepe\nBlogThis!\n\nHakuna maoni:\nChapisha Maoni\n\n" +
			"Chapisho Jipya Zaidi\nChapisho la Zamani\nMwanzo\nJisajili kwa: Chapisha Maoni (Atom)\n\n" +
			"Machapisho Maarufu\nBei ya samaki yapanda sokoni Pwani Ndogo\nMvua kubwa yatarajiwa wiki ijayo\n\n" +
			"Tazama wasifu wangu kamili\n\nMandhari Rahisi. Inaendeshwa na Blogger.\n",
		gone: []string{"Habari za mtaa wetu kila siku", "Kuhusu Blogu", "Imetumwa na Juma Mwinyi", "Tuma Hii kwa Barua Pepe",
			"Hakuna maoni:", "Chapisho Jipya Zaidi", "Chapisho la Zamani", "Jisajili kwa: Chapisha Maoni (Atom)",
			"Machapisho Maarufu", "Tazama wasifu wangu kamili", "Mandhari Rahisi. Inaendeshwa na Blogger."},
		kept: []string{"imetangaza kufungwa kwa soko kuu", "alisema Afisa Masoko Zuhura Mbaruku",
			"Chanzo: Halmashauri ya Mji wa Pwani Ndogo"},
	}, {
		name: "prose",
		body: "Habari: Soko kuu lafungwa\n\nHabari\n" + swPost + "Wakazi walisema hakuna maoni yaliyotolewa na wafanyabiashara kabla ya uamuzi huo.\n\n" +
			"Mwandishi: Juma Mwinyi\n\n" + swPost,
		kept: []string{"imetangaza kufungwa kwa soko kuu", "hakuna maoni yaliyotolewa", "Mwandishi: Juma Mwinyi"},
	}})
}

// TestMediaTeasers: a portal's video label with the video's title in
// quotation marks and its embed marker, and a radio's listen-again line
// with the bulletin's hour, go wherever they stand; a story's sentence
// that mentions a video, a quotation, and one that names a bulletin
// stay.
func TestMediaTeasers(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "portal",
		body: idPost + "Simak Video \"Detik-detik Jembatan Retak Terekam Kamera Warga\"\n\n[Gambas:Video Warta20]\n\n" + idPost,
		gone: []string{"Simak Video \"Detik-detik Jembatan Retak Terekam Kamera Warga\"", "[Gambas:Video Warta20]"},
		kept: []string{"menutup sementara jembatan Cibeureum"},
	}, {
		name: "radio",
		body: plainStory + "Escolta-ho al Vallflor Notícies de les 8 h\n\n" + plainStory,
		gone: []string{"Escolta-ho al Vallflor Notícies de les 8 h"},
	}, {
		name: "prose",
		body: idPost + "Simak video lengkapnya di kanal resmi dinas, kata Rina.\n\n" +
			"Warga merekam video \"Jembatan Retak\" dan mengunggahnya ke media sosial.\n\n" +
			"L'alcalde va dir: «Escolta-ho al ple de les 20 h i ho entendràs.»\n\n" + idPost,
		kept: []string{"Simak video lengkapnya di kanal resmi dinas", "Warga merekam video \"Jembatan Retak\"",
			"Escolta-ho al ple de les 20 h i ho entendràs"},
	}})
}

// TestNordicBadges: a Facebook group's top contributor badge under the
// poster's name goes in Norwegian, Swedish and Danish; a sentence that
// names one stays.
func TestNordicBadges(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "group",
		body: "Facebook\nHva skjer i Vestby?\nOffentlig gruppe · 2,1 k medlemmer\n\nKari Nordmann\nToppbidragsyter\n" + plainStory,
		gone: []string{"Toppbidragsyter"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "prose",
		body: plainStory + "Hun ble kåret til toppbidragsyter i gruppen i fjor, sier hun.\n\n" + plainStory,
		kept: []string{"kåret til toppbidragsyter i gruppen"},
	}})
}

// TestOpinionDisclaimer: a column's disclaimer goes; a story's sentence
// about the views someone expressed, and a quotation of such words,
// stay.
func TestOpinionDisclaimer(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "column",
		body: plainStory + "Opinions expressed by columnists are their own and do not necessarily reflect the views of the Harbour Ledger.\n\n" +
			"The views expressed in this article are those of the author.\n",
		gone: []string{"Opinions expressed by columnists are their own and do not necessarily reflect the views of the Harbour Ledger.",
			"The views expressed in this article are those of the author."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "prose",
		body: plainStory + "The mayor said the views expressed at the meeting do not necessarily reflect the town's mood.\n\n" +
			"\"Opinions expressed by the panel are their own,\" the chair said.\n\n" + plainStory,
		kept: []string{"the views expressed at the meeting do not necessarily reflect", "Opinions expressed by the panel are their own"},
	}})
}

// TestLinkedInTails: a copy of a LinkedIn post's page loses the other
// members' posts under "More Relevant Posts" and all that follows; the
// post stays, and a story that names the label in a sentence, or a page
// without LinkedIn's prompt, keeps its lines.
func TestLinkedInTails(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "page",
		body: "Ana Ferreira\nSupport lead\n\n" + plainStory + "Like\nComment\nRepost\nSend\nTo view or add a comment, sign in\n" +
			"More Relevant Posts\nTom Baker\nCTO at Quillfield\nWe're hiring two support engineers, remote. Message me!\nLike\n1,204 followers\nView Profile\n",
		gone: []string{"More Relevant Posts", "Tom Baker", "We're hiring two support engineers, remote. Message me!", "1,204 followers"},
		kept: []string{"The council voted on Tuesday", "Officials said the building needed repairs"},
	}, {
		name: "prose",
		body: plainStory + "More Relevant Posts\n\nThe library's own page lists its opening hours for the summer.\n\n" + plainStory,
		kept: []string{"The library's own page lists its opening hours"},
	}})
}

// TestPaperBoxes: a subscription offer with its prices and an
// aggregator's fair-use note under an excerpt go; a story's sentence on
// a paper's prices, and one on fair use, stay.
func TestPaperBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "boxes",
		body: plainStory + "Subscribe to the Gazette — $42 a year in town, $55 elsewhere. Call 555-0199.\n\n" +
			"Excerpt shown under fair use. Linkpile is not affiliated with the linked publication.\n",
		gone: []string{"Subscribe to the Gazette — $42 a year in town, $55 elsewhere. Call 555-0199.",
			"Excerpt shown under fair use. Linkpile is not affiliated with the linked publication."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "prose",
		body: plainStory + "The Gazette raised its price to $42 a year, and readers who subscribe to the paper by mail pay more.\n\n" +
			"The judge ruled that the excerpt was fair use under copyright law.\n\n" + plainStory,
		kept: []string{"raised its price to $42 a year", "the excerpt was fair use"},
	}})
}
