// Package clean strips the page around a news story and keeps the offsets:
// it turns [reprint.Article].Body into Text, with a TextMap back to Body,
// every removed line in Removed with a reason and a score, and credit lines
// ("Credit: BBC") recorded in Attribution.
//
// # Two layers
//
//	Body ──► per-article classifier ──► Text ──► corpus layer ──► Text
//	         (Cleaner.Clean)                     (Corpus.Add … Finish,
//	                                              Boilerplate.Apply)
//
// The per-article layer judges each line by itself and its neighbours. The
// corpus layer removes lines that recur across many articles, which one
// article alone cannot see.
//
// # The line classifier
//
// A block is a line of Body (for extracted HTML a paragraph is a line).
// Blank lines separate blocks and are never judged. Each block gets a chrome
// score in [0,1] from features in the spirit of jusText (Pomikálek 2011):
//
//	generic   short (words)          ─┐
//	          few stop words          │  shape of chrome, but also of
//	          no closing punctuation  │  headlines and subheads: together
//	          title case              │  at most 0.28, below every
//	          first/last lines       ─┘  threshold
//	specific  chrome vocabulary       "reply", "newsletter", "previous post",
//	                                  weighted per √words, by category
//	          teaser label            "Read more:", "Follow live:", "Tags:"
//	          markup                  tags of known elements, src=, [/script]
//	          caption                 "Photo: …", agency name at both ends
//	          repeated headline       a short early line said again nearby
//	prose     long + normal stop-word density: subtracted
//
// A short line (under 25 words) that holds chrome vocabulary and two or
// more sentences scores as its strongest sentence when that one scores
// higher alone: a newsletter's sign-off "That's all for this week. Know
// someone who'd enjoy it? Forward this email to a friend." is one
// sentence of chrome that the others dilute.
//
// Tibetan is read as its marks part it: the tsheg (་) parts syllables,
// so each syllable counts as a word, and the shad (།) ends headlines as
// it ends sentences, so no Tibetan line has a closing mark and only its
// length gives it a headline's shape. A page's labels end with the shad
// where others set a colon ("ཀློག་ཐེངས། 1236", views; "སྔོན་མ། <title>",
// previous), and the shad counts as a label's colon for the words the
// tables name.
//
// A few shapes are decisive on their own, whatever the line's length: a
// breadcrumb trail, a consent banner's opening, a media registration
// number, a weather widget's line, the place, the temperature and the
// sky ("Port Calder 58°F Partly Cloudy", or the widget's label, a
// colon, the temperature and the sky, "Wetter aktuell: 21 °C,
// bewölkt", weather.go), a betting advert's small print (three of its terms in one line:
// "18+ New customers only. T&Cs apply. BeGambleAware.org."), an e-mail
// newsletter's own lines ("View this email in your browser", "You are
// receiving this email because …", "Update your preferences |
// Unsubscribe"), a company's registration with its number ("Registered
// in England and Wales No. 11840026", "CVR-nr. 12345678"), a sponsor's line ("Sponsored by
// X: …"), a comment form's submit button alone ("Publier le
// commentaire"), an obituary platform's button alone ("Leave a
// tribute", "Light a candle", "Kerze anzünden") or its directory's
// search ("Search notices by name or town"), a social post's header as
// a copy of the post prints it ("2d · Shared with Public", or the
// audience's label or a group's kind alone when the capture shows no
// time stamp, "Shared with Public", "Public group", and the poster's
// name right over it), a newsletter's promo set between a
// story's paragraphs, the newsletter named and a bare call to sign up
// after it ("… with our Morning Bid Europe newsletter. Sign up here.",
// signup.go), and the others weighted like a trail in classify.go. Under a consent banner its buttons go, alone on their
// lines or run together on one ("Accepter & Fermer Continuer sans
// accepter Personnaliser").
//
// The weights are named constants in classify.go with their reasons. The
// split matters more than the numbers: shape cannot remove a line, only
// specific evidence can, and shape decides how much evidence is enough.
// Stop words come from a table per language (English in full, six other
// European languages in brief); vocabulary is English, with the strings of
// WordPress and its sharing plugin in Spanish, French and German.
//
// # The context pass
//
// Three thresholds cut the score into four classes:
//
//	0 ── good ── Low 0.30 ── near-good ── 0.50 ── near-chrome ── High 0.75 ── chrome ── 1
//
// Good and chrome lines are decided. A near-chrome line is kept when the
// nearest decided lines on both sides are good (a subhead with a chrome
// word inside the story), otherwise removed; but a run of three or more
// near-chrome lines in a row is removed whatever stands around it (a
// keywords line, a share row and a "Related" label under the story): a
// subhead is one line, and furniture's lines cannot vouch for each other;
// so is a row of three or more buttons set one a paragraph, each line of
// at most four words and leaning to chrome or a label ending in a colon
// ("Raba", "Facebook", "WhatsApp", "Twitter"); so is a reader's comment
// under its header, which masks the reader's address ("Зочин IP:
// 202.131.xxx.xxx"). Then a short near-good line is removed when the
// nearest decided lines on both sides are chrome (a "Related coverage"
// heading inside a footer), and a longer one, under a paragraph's least
// length, when its own vocabulary made it near-good (a newsletter box's
// blurb under its heading), and the box's heading with it when the
// heading is near-good by its own words and the blurb under it went
// ("Taratasim-baovao" over "Misoratra anarana … ao amin'ny mailakao."),
// and so, at last, is a box's name with no word of its own, a short
// title right over a promo sentence that the page's chrome or its end
// closes ("The Morning Wire" over "Start your day with the top stories,
// delivered to your inbox every weekday."), and a post's author box,
// the name the byline gave over the author's bio, between the share row
// and the post navigation;
// a line under a paragraph's least length opening with the site's own
// name (Meta.Site, or a plain text's masthead) is near-good at least, the
// site speaking of itself ("Valley Ledger is an independent news site"),
// and is judged once the link lists are decided, so a footer's blurb goes
// with the footer. The document's edges count as chrome, as in jusText.
// The pass is linear: two sweeps per class.
//
// # A plain text's header
//
// A plain text copied from a page keeps the page's header. Its masthead
// is the first line when that is short, or, further down (under a
// consent banner, a scrape's date line, a skip link), a line equal to the
// name the page signs itself with at its foot: a copyright notice's
// owner or the name a Russian registration notice gives ("Сетевое
// издание «X»"), with the site's navigation under the line, or a hashtag
// of two words or more ("© Fréttasafnið", "#ሀገሬ_ዜና"); failing that, a
// line that opens with the notice's owner, the site's navigation under
// it ("Radio Illariy 98.3 FM" over "© Radio Illariy"), the owner then
// being the site's name; failing all that, in a scraper's copy that
// opens with the page's title, a line that says the title's site part
// alone ("… – Vale Politics Notebook" over "Vale Politics Notebook"),
// a masthead no footer confirms. The line under
// the masthead in the same paragraph, a phrase (up to twelve words, or
// phrases of as many between bars or spaced dashes: "Council chamber
// gossip, ward results and the numbers behind them – Wexcombe and the
// Vale") ending no sentence, is
// the tagline when the site's menu, a trail or a skip link follows it,
// after the site's search form or not; the masthead, the tagline, the
// search form and a menu set one item a line go together. A masthead
// may name the site in two scripts side by side ("འབྲུག་སྙན། DrukNyen"),
// and the footer confirms it by either. Under a
// masthead the footer confirms, the menu need not name the home page
// (a run of four short lines or more that a blank line closes), and the
// short lines over the masthead in its paragraph are the top bar (a
// log-in link, the weather, an accessibility switch, and the news
// ticker at any length, "Breaking: <another story's headline>"):
// nothing of a story stands above a page's own name. An e-mail
// newsletter has no menu: under its web-version link, the masthead that
// the footer's "… you subscribed to X" confirms and the short lines of
// its paragraph (the tagline) are its header, the date staying.
// Under a breadcrumb trail, the section's name alone on its line, one of
// the trail's parts ("FARITRA" under "Fandraisana » Faritra » …"), is
// the theme's kicker and goes with the trail. A content-type label
// alone on the line right over the headline, the text's first line or
// the line over the page's title ("Press Release", "Pressemitteilung",
// "Announcement / Anunsio" in two languages), is the CMS's kicker and
// goes too (kindlabel.go), and so does one right under the page's
// title, as a release aggregator sets the release's type under the
// headline ("Peer-Reviewed Publication"). A scraper's copy
// may open with the page's title instead, the page's headline repeating
// it under the header: then the lines between them go as the header, a
// top bar (language switch, date, log-in bar, and at any length the
// site's consent banner and a small association's contact bar, "Ufficio
// Turistico: … | Tel. …") over a menu set one item a line. A skip link alone
// on its line ("Skip to content", "Aller au contenu"), in the languages
// WordPress's themes ship it in, goes wherever it stands, and so do
// Russian sites' switch to the version for the visually impaired
// ("Версия для слабовидящих"), the menu's link to the page about the
// site ("Qui sommes-nous ?", "Chi siamo", "About us"), a search form's line ("Поиск по сайту
// Найти", "Search for: Search") and a Russian outlet's media
// registration notice ("… Эл № ФС77-81467 …"), the page's legal chrome
// at any length; a search field's label alone counts as the form
// ("Rechercher :", "البحث عن:"). A post's category line ("Publié dans
// Sango", "Posted in News, Politics") goes when every category it names
// is a line of the page's menu or category list or a part of its
// breadcrumb trail, and is the post's meta line under its title; a
// paper's name after the same words, which no menu lists, stays.
//
// A newsletter box (a short heading, a blurb, the button) goes by its
// shape, and so does a membership or donation box with its own buttons
// ("Become a member", "Faire un don", "Mitglied werden"), set a
// paragraph apart at the page's end with a longer appeal under a
// heading that trails off ("Before you go…"), or the appeal alone in
// the site's own voice when the extraction dropped the box's heading and
// button, what the site says of its funding and a call to give in one
// line closing the story ("X is reader-supported. … chip in $5 a
// month …", readerAppeals). A newsletter's sponsor
// slot goes with its label ("Together with X", "Presented by X",
// "Sponsored by X") over the sponsor's short pitch and its call
// (mail.go), and a site's sponsored slot between a story's paragraphs,
// its bare label over the sponsored link's title ("Sponsored Content"
// over "Download: The 2026 guide to …", sponsorSlots). So does a
// site's advertising box: its heading ("Advertise with us", "Annoncez
// chez nous", "Werben bei uns") over a short blurb that gives a number to
// call or an address to write to (adbox.go). So does a paywall's box:
// its heading ("This article is for subscribers", "Cet article est
// réservé aux abonnés") and the lines under it down to its button or
// its log-in prompt, which goes wherever it stands ("Already a
// subscriber? Log in", paywall.go). In the footer,
// an owner's status notice (a registered charity, a member of IPSO, an
// "association loi 1901", a Pro Loco "aderente all'UNPLI", a
// broadcaster's closed captioning contact or ownership line) goes
// between chrome, with the owner's address line under it, and so do
// notices one under another. A scraped WhatsApp
// channel page, known by WhatsApp's header line ("WhatsApp Channel ·
// 18.3K followers", "Chaîne WhatsApp · 18,3 k abonnés"), loses its
// header paragraph and each paragraph after it that holds the
// interface's buttons ("View reactions", "Forward", "Join channel").
// A WhatsApp group chat copied as text, known by its header line
// ("Grupo · 214 participantes", "Group · 1,204 participants"), loses
// the header paragraph, the senders' lines ("~ Name"), the forward's
// label, the reactions, the members' short replies and the app's
// notices ("Mensagem apagada", the encryption notice); the forwarded
// story and its headline stay (chat.go).
// A scraped Facebook group page is known the same way, by its header
// line ("Public group · 4.2K members", "Groupe Public · 4,2 k
// membres"): the header paragraph goes, and after it each paragraph of
// short lines that holds the interface's ("Top contributor", "View more
// comments", "Write a public comment…", the log-in prompt). A capture
// of a Reddit thread, known by two kinds of Reddit's own lines (the
// post's "submitted 7 hours ago by …", a comment's header "[–]user 412
// points 7 hours ago", the footer's trademark notice), loses the
// post's line, the vote and count lines ("298", "all 64 comments",
// "12,480 readers"), the buttons, the comment tree's markers ("level
// 1"), the sort control, the sidebar's numbered rules under "Rules",
// the moderators' box and the footer; the new site's capture is known
// by its age lines ("•" over "4h ago") and its footer ("Reddit, Inc. ©
// 2025"), and loses its sidebar ("Community Info" with the
// description under it, "Members", "Message Mods"). Under a link post
// the users' comments, a pasted article among them, stay; under a self
// post, whose body is the thread's text, they go, each from the user's
// name down to its buttons (reddit.go). A capture
// of a board's thread (phpBB's, vBulletin's, XenForo's, Discourse's),
// known by two kinds of the software's lines (a post's header "Post by
// X » <time>", the count "9 posts • Page 1 of 1", "Users browsing this
// forum: …", "Powered by phpBB®", a profile field "Joined: …"), loses
// that furniture, the posters' profile boxes and every reply after the
// first post, the readers' comments; the first post stays, a pasted
// article and its credit with it (forum.go). An app promo set between
// a story's paragraphs, the offer of alerts and a short call to get
// the app ("… alerts sent straight to your phone. Download our free
// app.", appPromos), or a station's promo making two of its calls, to
// get its app, to listen live, to ask a smart speaker for it ("Never
// miss a story - download the free Vale 106 app and ask your smart
// speaker to "play Vale 106"."), and a star-rating widget's line ("Oceń artykuł:
// ★★★★★ (4,6/5, 27 głosów)", rating.go) go wherever they stand. A copy of
// a post's page (a Facebook page's, Instagram's, TikTok's, Threads'),
// known by the platform's name alone in its header or closing the
// page's title after a bar ("<name> | Facebook"), or a Facebook
// page's by its header's shape (the page's name, its category as
// Facebook prints it, "Government organisation", "Media/news company",
// "Page · Radio station", then "Follow"), loses the category and the
// platform's buttons alone on their lines ("Follow", "Suivre", "See
// translation", "Voir la traduction", "Edited"), with the dot beside
// a button, and the post's counts and its reactions' total after their
// icons, the figures Arabic-Indic too ("👍❤️ ١٫٤ ألف", "٢١٣ تعليقًا
// ٩٦ مشاركة"); under any post, the
// comment list's opener with its count ("View all 6,214 comments")
// goes, and each comment under it as the platform prints it, a handle
// alone, the comment and its "Reply" (socialpost.go), or the handle
// before the comment on its line with the likes and the reply under it
// ("sara.tghv …", "۳۸ لایک  پاسخ"); a copy of Instagram's page loses
// the link to the account's other posts ("Lainnya dari <handle>") and
// the footer's links, a run of them one a line or a row on one line
// (instagram.go). A portal's video label with its quoted title
// ("Simak Video "…"") and its embed marker ("[Gambas:Video …]"), and a
// radio's listen-again line ("Escolta-ho al … de les 14 h") go wherever
// they stand (mediateaser.go); so do an opinion page's disclaimer
// ("Opinions expressed by columnists are their own …", disclaimer.go),
// a paper's subscription offer with its prices ("Subscribe to the
// Record — $38 a year …") and an aggregator's note under an excerpt
// ("Excerpt shown under fair use.", paperbox.go). A copy of a LinkedIn
// post's page loses all under "More Relevant Posts" (linkedin.go). A
// copy of X's
// page, known by its title line ("<name> on X: "…" / X") or its
// footer's notice ("© 2025 X Corp."), loses the logged-out interface
// ("Don’t miss what’s happening", the sign-up box), the sidebar's
// accounts under "Relevant people" with their bios and its trends
// with their names and counts, the footer's row and notice, and each
// post's time line and counts; the posts stay (xpage.go); and a comment
// as Facebook prints it, the reader's name over the comment, goes with
// the row of actions under it ("Like", "Reply", one a line or on one
// line with the comment's age or its reactions' count, "Like · Reply ·
// 41"), and as Substack prints it with "Reply" over "Share". A page
// of posts built like Facebook's (an aggregator's) loses, wherever
// they stand, its rows of buttons and of counts, an icon before each
// item ("👍 Follow Page   ✉️ Send Message", "💬 312 comments   ↗️ 889
// shares"), and the pin's label over its post ("📌 Pinned by X"). A copy
// of a Substack post's page, known by the platform naming itself in
// its footer's tagline ("Substack is the home for great culture") or
// its subscribe box's consent line, loses Substack's labels alone on
// their lines ("Type your email…", "Ready for more?", "Discussion
// about this post", "Start writing"), its widgets' default sentences
// ("Thanks for reading X! Subscribe for free to receive new posts and
// support my work.") and the publication's box, "Discover more from
// X" over its description and the e-mail field (substack.go); the
// writer's thanks and sign-off are no label of Substack's. A Japanese
// blog platform's post (Hatena Blog's, Ameba's, note's) loses its
// buttons and labels as vocabulary ("読者になる", "コメントを書く",
// "Powered by Hatena Blog | ブログを報告する"), and three shapes
// (jablog.go): the author over the post's age ("はるの 6時間前") and the
// Hatena ID alone ("id:…"), both a blog's post line, and the pager, two
// titles in Japanese between « and », where Japanese quotes with 「」;
// the blog's description under its name goes with the header, its
// phrases each closed by 。 as a tagline's parted by bars. The post's
// time stamp under the poster's name ("March 3 at 6:47 PM", "Hier à
// 18:47") goes with the dot and the audience's icon around it. A
// digitised-newspaper archive's page (Chronicling America's, a state
// program's, the British Newspaper Archive's), known by its OCR
// furniture alone on a line ("OCR Interpretation", "Article text
// (OCR)", the notice that the text is OCR's and uncorrected), loses
// that furniture, the paper's title line with its place in brackets
// ("Evansport daily courier. (Evansport, Ind.) 1871-1912, March 14,
// 1883, Image 3"), the rows of the page's buttons, the library's
// credit ("Image provided by …"), the title's catalogue record and the
// citation and rights lines as labelled fields ("Frequency:",
// "Preceding Titles:", "Cite this page:", "Copyright and reuse:"), and
// the archive's lines opening with its name; the OCR'd item, its
// headline, its dates and its credit line ("—Evansport Courier.")
// stay (archive.go). A YouTube watch page's capture, known by its
// subscriber count or "Show transcript" alone on a line, loses the
// counts ("14,203 views"), the panel's buttons ("Show less"), a line of
// hashtags and the channel's promos under the description (the call to
// subscribe and ring the bell, "घंटी वाला बटन दबाईं", its other
// networks, "Facebook पर जुड़ीं: …"); the description's source line
// stays (video.go). An e-edition reader's rows of buttons ("Page 7 of
// 64    ◀ Page 6    Page 8 ▶", "Download this edition (PDF)    Switch
// to page view") go wherever they stand, and the reproduction notice
// under them with them (edition.go). An e-mail newsletter's issue,
// known by the e-mail's own lines, loses its number line ("Issue 212 ·
// 12 September 2025"), its table of contents ("IN THIS ISSUE: …"), the
// link to the rest of a story ("Read the full story on …") and, after
// that link, the other items under headings in capitals, a
// notice or an appeal to donate (mail.go). A news tip
// box ("Got a story?" over the newsroom's number or address) goes like
// the advertising box, and so does the box set on one line ("Send us
// your news: newsdesk@… or text VALE to 60972"). A Japanese page's
// box closed by a button that names the action and "はこちら", a tip
// box ("ニュースの情報提供をお待ちしています。" over "情報提供はこちら") or a
// member-registration box ("会員登録すると…読み放題になります。" over
// "無料会員登録はこちら"), loses the button wherever it stands and the
// blurb over it when the blurb names the same action with the box's
// promise or request to the reader (jaCallBoxes). A story's reuse box,
// its heading a button ("Republish this story", "Republier cet
// article", "Diesen Artikel lizenzieren") over the terms ("… available
// to subscribers of … Newswire"), goes, and so does the call to
// license the story wherever it stands ("Contact our sales team to
// license this article", republish.go), and a page's licence notice,
// its own content under a Creative Commons licence ("Todo o conteúdo
// deste site está publicado sob a Licença Creative Commons …", "This
// work is licensed under …") or its leave to reproduce with the source
// cited ("Reprodução permitida desde que citada a fonte: …", "Se
// permite la reproducción citando la fuente"); a credit line naming a
// republished story's licence stays. A page's press contact box under
// a release's text ("Media contact", "Pressekontakt" over the office
// or the name with a telephone number or an e-mail address) goes with
// the citation and contact boxes at the text's end (citebox.go); a
// release's own contact among its notes, under its end mark or its
// "About …" paragraph, is the release's text and stays. An advert's
// card run together on one line, its label before a dot ("Anzeige ·
// …", "Kuulutus · …"), goes as well. A platform's notice over a machine's transcript
// ("This transcript was generated automatically and may contain
// errors") is a self-note; the transcript stays, and so is a caption
// widget's note that names its transcript with no demonstrative,
// saying a machine made it ("Transcript is auto-generated from the
// video's captions …"). So is a transcript
// site's longer disclaimer ("This article is a transcript of this
// conference call … may contain misspellings and other inaccuracies"),
// and a financial site's position disclosure weighs as one ("The author
// has no position in any of the stocks mentioned", holdings.go), and so
// does its advice disclaimer, two of its kinds of clause in one line
// ("… is not a registered investment advisor … does not constitute
// financial advice. Always do your own due diligence …"), and an
// aggregator's disclaimer of what it carries, a name "not responsible
// for the accuracy" or the content of it in one sentence ("Disclaimer:
// AAAS and EurekAlert! are not responsible for the accuracy of news
// releases posted to EurekAlert! …"). So is a record's
// status note over its text ("The text on this page has been prepared
// for the Official Report (Hansard) and may differ from the final
// version."), the words of a text not yet final in a note on the text
// or its page; the debate under it stays. A reading time after a
// byline goes with it, the byline ended by a bar whatever its words
// ("Par la rédaction | 4 min de lecture"), and so does a meta line
// that opens with the date before the byline and closes with the
// reading time ("15.07.2025, 23:31 Uhr | Redaktion NewsBlitz24 |
// Lesezeit: 3 Min."). A reaction box opened
// by its label alone ("Your reaction", "अहाँक प्रतिक्रिया") goes as one
// opened by a question, its buttons one a line or run together on one
// ("खुसी दुःखी अचम्मित आक्रोशित"); a post's counts on one line ("87
// commenti  214 condivisioni") are a counter as one count alone is.
// A news agency's plain-text copy, known by two labels of its fields
// or more opening lines ("SLUG: …", "Words: 547", "PICS: …", "NOTE
// TO EDS: …"), loses those fields, its end mark ("ENDS") and every
// line under it, the agency's footer with its subscribers' terms
// (wirecopy.go); the headline and the byline stay, and the header's
// date is read from Body before cleaning. A release in its
// distributor's form (APA-OTS's header "OTS0123 5 II 0612 LOO0001 CI
// …", its keywords line, its disclaimer "*** OTS-ORIGINALTEXT …" and its
// stamp, pressrelease.Furniture) loses those lines and the release's
// notes, the contact block down (releaseFurniture); its headline and
// its "Linz (OTS) -" dateline stay. A release's closing line that sends
// the press to its officer with a number or an address ("Media
// inquiries should be directed to … at (419) 555-0148") weighs as a
// self-note (docnote.go), and so does a WordPress post's comments
// title ("14 thoughts on “…”") go with the comments under it, each a
// name over its time stamp, the comment and "Reply" (socialpost.go).
// A radio bulletin's script loses its production cues, brackets of
// capitals opening with a cue's label and its colon ("(CUE: NEWS STING
// 0'04")", "(AUDIO: … · DUR 0'17" · OUT: SOC)"), which are no credit
// line (script.go), and a TV station's script archive its notice on
// the scripts it posts ("Scripts are posted as they aired for viewers
// who are deaf or hard of hearing. …") under the archive's menu or over
// its footer, and in its footer the captioning contact and the owner's
// line ("KVRQ-TV is a Sawtooth Media Group station.", footer.go) go
// with the footer's other notices. A copy of a Facebook page's post known by the
// page's counts under its name ("12.483 follower · 97 seguiti") loses
// the header paragraph and each paragraph of short lines holding the
// interface (the post's row, its counts, the comments' rows, the
// comment list's foot, Facebook's footer with the intro box over it),
// and Facebook's log-in bar and message button go in any post's copy,
// and so does a shared link's preview card's domain in capitals over
// the linked page's title ("HARCASTLEGAZETTE.EXAMPLE"), while the
// post's "Shared from X" line is a credit;
// a post's header names its audience in Facebook's other interfaces too
// ("3 h · Partilhado com Grupo público"). A Telegram channel's capture,
// known by its web preview's header (the subscriber count with a line
// naming Telegram, the count's thousands a word of their own or not:
// "45,2 тис. підписників") or by a forward's line ("Forwarded from X")
// with a post's views ("18.7K views  edited"), loses the header, the
// channel's name over each post, the pinned message's heading, the
// forward's line, the channel's join link (t.me/…) with the short call
// under it, the call to subscribe to the channel by its name
// ("Підписатися на X"), the reactions, the views and
// the discussion's buttons, and the channel's other posts when they
// are at most half the length of the longest, the capture's own
// (telegram.go). An advert slot's marker between paragraphs ("Story
// continues", "Article continues below advertisement", and a chain
// template's fallback for a slot whose advert has not loaded and its
// "Article content" label over the text resumed under it) and Google's
// preferred-source button ("Add X as a preferred source on Google") go
// wherever they stand (inline.go), and a newsletter box whose form the
// extraction dropped, its heading over its blurb, both near-chrome for
// promotion, goes between paragraphs (promoPairs): a subhead is one
// line, and the prose under it leans to no promotion.
//
// A public body's document as a plain text keeps it (a council's
// minutes, a report converted from PDF) loses its letterhead, the
// paragraph of the officer's name, the postal address and a contact
// bar under the body's name (servicebox.go), its running footer or
// header, a line said on each page with the page's number counting
// ("… – Page 1 of 3", repeated.go), the draft notice after the
// record's date on the same line, which becomes a block of its own
// ("DRAFT – published 11 November 2025." stays), and its closing
// notices: the offer of another format ("If you need this document in
// large print …") and where copies of its papers are available during
// office hours (docnote.go). An AI summary app's label over its
// bullets ("✨ Summarised by Skim AI") is a self-note, and a donation
// box's button may name the site its appeal names ("Support UK
// Newsline").
//
// Link lists are told by their place, since their items have a headline's
// shape: a run of short lines that a chrome line opens and a chrome line
// or the end closes ("Related Posts" and its titles), and a run of two to
// eight titles under a list label alone on its line ("DON'T MISS",
// "More:", "Tags"), which ends where prose resumes — a promo box inside
// the story. There a question is a title too when a related post's
// context line follows it (Jetpack's In "Category"), or when the label
// and its titles are one paragraph (a sidebar's recent posts): farms'
// titles ask.
// A list label over no title, with chrome or the end right after it, is
// a box whose links the extraction dropped, and goes alone. A label
// naming the page's own site ("Más en Andina:", "More from the
// Gazette", a list label and the site's name, "You might also like on
// NewsFlowHub", alone or before another story's headline) goes wherever it
// stands, the site named whole or, before a colon, by the first or
// last words of its name that no other outlet's share ("Andina" of
// "Agencia Andina"); an agency's sign-off under the box ("(FIN)
// JHQ/MAO") is the story's last line, no title of its list; "More from <name>: <headline>" with the site unknown weighs
// as a teaser label ("Read more: …"), left to its neighbours.
//
// A WeChat official account's page loses its calls to follow the account
// over and under the story ("点击上方蓝字 关注…", "长按识别二维码 关注…"),
// the label of its earlier posts ("往期推荐"), the comment box's notice
// and the app's furniture under the text ("微信扫一扫可打开此内容",
// "轻点两下取消赞", "预览时标签不可点", "继续滑动看下一个", "轻触阅读原文"),
// hanPhrases; a Chinese self-media post's plain copy loses its menu set
// with ideographic spaces after the site's name, its counts and buttons
// one a line ("2.1万粉丝 · 1836篇内容", "+ 关注", "点赞 34", "举报",
// zhmedia.go), its disclaimer and the picture note, which credits no
// one ("（图片来源于网络，如有侵权请联系删除）"). A Korean public body's page
// loses its KOGL licence line ("공공누리 제4유형"), its satisfaction
// survey and its office in charge ("콘텐츠 담당부서 : …"), and a Korean
// paper's own notice goes with its host in brackets after its name
// ("ⓒ 서해매일신문(www.…), 무단전재 및 재배포 금지").
//
// # Credit lines
//
// A line that credits a source — "Credit: X", "Source: X", "Via X",
// "Originally published by X", a standalone "(Reuters)", "© X", "X and Y
// contributed to this report" (one Attribution per name) — is always
// kept and recorded as a [reprint.Attribution] with its span in Text. Only
// whole lines count: "according to the Kremlin" inside a sentence
// attributes a claim, not the text. A copyright line is the exception:
// the page's own notice (naming its site, or a name its chrome gives) goes,
// and so does any notice set below lines removed as furniture — a
// scraper's copy keeps its source page's footer ("Recommended for you" …
// "Copyright 2025 KCVN. All rights reserved."), where a syndicated story's
// notice ("© AFP") closes the story's own text.
//
// # The corpus layer
//
// [Corpus] counts, per distinct normalised line, how many articles hold it,
// overall and per site (Meta.Site, or the URL's host); it keeps hashes and
// counts, never texts. [Corpus.Finish] turns the counts into a
// [Boilerplate], and [Boilerplate.Apply] removes the recurring lines with
// reason "recurring" and rebuilds Text, TextMap and Attribution consistently
// with the earlier removals. Two rules:
//
//   - same site: in at least 5 of a site's articles and 40% of them;
//   - across sites: in at least 20% of a corpus of at least 20 articles,
//     and only if the line is chrome-leaning (LineScore ≥ 0.4) or a
//     fragment of at most 4 words without closing punctuation.
//
// The cross-site rule is narrow because recurrence across sites is what
// reprint exists to find: a wire paragraph on fifty sites is a finding, not
// boilerplate. Long prose and credit lines are never removed by either rule.
//
// # Why conservative
//
// Removing a story paragraph loses evidence of reuse and lowers extraction
// recall; keeping a line of chrome costs a few shingles that match nothing.
// So every rule leans to keeping: shape alone never removes, long prose
// cancels vocabulary, near-chrome lines between story lines stay, and the
// corpus rules exclude prose. On the 181 gold article bodies of the Zyte
// extraction benchmark the cleaner removes one 58-byte picture credit of
// 876 KB (TestGoldBodiesKept).
//
// # Offsets
//
// Text is made of copies of Body's bytes only: kept lines, the separators
// between adjacent kept lines, and, where lines were removed, one or two
// line breaks copied from Body's own. So for any span inside a kept line,
// Text[sp] == Body[TextMap.SourceSpan(sp)]. Cleaning is one pass over the
// lines plus the context sweeps: linear in the size of Body, with no
// regular expressions.
package clean
