// Package credit decides whether a derived article credits its source:
// whether it names or links the source's publisher.
//
//	source ──► Publisher ──► "BBC" (site, URL, or its own credit line)
//	                            │
//	derived ─► credit lines ────┤  Attribution from cleaning: Credit:, Source:,
//	           inline forms ────┤  Via, Originally published by, ©; and in Text:
//	           Meta.Links ──────┘  according to X, X reported, (X); links
//	                            │
//	                            ▼
//	              Result{credited | not-credited, Name, Form, Evidence, Reason}
//
// # The source's publisher
//
// [Publisher] reads, in order of trust: Meta.Site; Meta.URL's domain,
// named by a small table of common news domains (bbc.co.uk and bbc.com
// are "BBC") or else its second-level label ("newsthirst"); and last the
// article's own lines that say whose the content is: a copyright line
// ("© BBC"), a byline ("By Jane Doe, BBC News"), or a credit line
// ("Source: BBC" — a reprint credited to the BBC is BBC content).
//
// A name inside a sentence is not a byline. Seed 001 says "according to
// data analysed so far and confirmed by the BBC": that is the article's
// own reporting, and although it hints that 001 is a BBC page, Publisher
// does not infer a publisher from it. Over-inferring would turn every
// story that quotes a broadcaster into that broadcaster's.
//
// # Rules
//
// When the publisher is known, the derived article is credited if any of
// these names it (matching as below), searched in this order:
//
//   - an attribution line from cleaning: "Credit: X", "Source: X", "Via X",
//     "Originally published by X", "X and Y contributed to this report"
//     (each name), and also "© X" (the derived page stating the source's
//     copyright);
//   - an inline form in Text: "according to X" (also "according to the
//     news agency X", and in Spanish and French "según X", "según
//     informó la agencia X", "selon X"; "according to X's report" in
//     Pashto, Sindhi and Urdu, "X جي رپورٽ موجب", and in Assamese and
//     Bengali, "Xৰ এক প্ৰতিবেদন অনুসৰি"; Luxembourgish "wéi X bericht";
//     a sentence giving the source of the one before, "Das berichtet die
//     Zeitung X.", "Dat schreiwen d'X."; Tatar "«X» сайтыннан алынды"),
//     "X reported", "X has
//     reported", "reported by X", "X said in a statement" (also after a
//     relative clause, "X, which makes valves, said in a statement", or
//     a person's clause naming the body, "Cllr Y, who leads on housing
//     for the council, said in a statement"; or "in a press
//     release", "a statement from X": the issuer of a release, which the
//     story was written from), "X said" with the publisher's whole name
//     ("Marcher Valley Trains said 181 services were cancelled": the
//     publisher said it on its page; a part of the name, "Wrayford says",
//     is a town's or a person's), "(X)" (the agency credit "(Reuters)",
//     "LONDON (AP) -"), "(via X)" (a digest's credit of the story a
//     paragraph sums up), "the X news agency" ("the PA news agency
//     reported"), "produced by X", Italian "secondo quanto riporta X",
//     "come scrive X", "…, riferisce l'X." and "ha detto all'X", German "sagte X gegenüber der Y" and "sagte X dem
//     (Magazin) „Y“" (the outlet the speaker told), a byline that gives the writer's outlet on a line
//     of its own ("By Jane Doe, PA News Agency"; a desk's "Redação, com
//     Lusa", "Redacción, con EFE"; the outlet's staff as a writer, "By
//     Liam Foster and PA Reporters", "By Reuters Staff"), and Spanish, Italian, French and
//     Portuguese articles before a name ("según ha informado el
//     Ayuntamiento" names "Ayuntamiento", which is "Ayuntamiento de
//     Torrealba" by the matching below);
//   - a link in Meta.Links to the source URL, to the source's domain, or
//     to a domain whose publisher is X.
//
// Otherwise it is not credited. A picture credit in parentheses, "(Image:
// Westmoor Herald)", credits the picture, not the text: a scraper that
// copies a page keeps its picture's credit line, and an editor does not
// read it as credit. When one names the source's publisher (or a name
// its masthead gives) and nothing else credits it, Result is
// not-credited with Form "picture" ([Result.Traced]): still a sign of
// where the copy was taken from, which direction weighs as a credit.
//
// If it credits someone else — a credit line
// other than copyright, or a wire dateline "(Reuters) -" — Result names
// them ("credits Reuters, but the source's publisher is BBC").
// "According to X" and "X reported" do not count as crediting someone
// else: they attribute claims, and a story attributes many. The one
// exception is a lede that attributes the story to a news organisation
// (below).
//
// When the publisher is unknown (a plain text file with no site), only an
// explicit credit line counts — "Credit: X", "Source: X", "Via X",
// "Originally published by X", a standalone "(X)" line, which cleaning
// records as a credit, or a wire dateline opening a line, "LONDON
// (Reuters) –", "WASHINGTON, March 14 (AP) —", "(Reuters) —" (the
// parenthesis followed by a dash, with at most a capitalised place and
// date before it; the Spanish wires' "Sevilla, 3 mar (EFE).-", with a
// full stop before the dash and the month in lower case, likewise),
// which credits the text that follows to the agency —
// and the result reports the name it gives: seed 003's "Credit: BBC" is
// credited to "BBC". So does "according to X" in the first sentence of
// the lede when X is a news organisation ("…, according to the BBC."):
// it attributes the story, not a claim in it (see "According to X" as
// credit in outlet.go for what counts as a news organisation, and why
// without a list; a name the phrase itself calls one, "según la agencia
// AIN", "according to the newspaper X", is one). "According to the Kremlin" in seed 004 attributes a
// claim, not the text, and does not count; neither does "X reported" nor
// an "(X)" inside a sentence, nor the derived page's own "© X".
// A link to the source's URL counts whether or not the publisher is known.
//
// Urdu papers credit a story in a dateline too, without the dash and
// often naming several sources: "ڈھاکہ ۔ یکم دسمبر (اے پی پی) …",
// "لاہور (آئی این پی+ آن لائن) …". Such a parenthesis opening a line
// after at most a place and a date, and followed by a sentence rather
// than a postposition, is a wire dateline for each source it names; the
// paper's own desk or staff ("(اسپورٹس ڈیسک)", "(نامہ نگار)") names no
// source and is left out. See Urdu datelines in urdu.go.
//
// Credit lines come from the derived article's Attribution (the cleaner's
// parser); this package does not parse lines itself, so an uncleaned
// article credits only by inline forms and links. Attribution spans are
// checked against Text; one that does not fit is found again by its text,
// or its evidence is left empty.
//
// # Matching names: the alias logic
//
// Names are compared by their distinctive words rather than through a
// table of aliases. A name is lower-cased and split into words; "the",
// "of", "and" and "&" are dropped, and so are the articles, "of" and
// "and" of Spanish, French, Portuguese, Italian and German ("de", "la",
// "du", "der"…), so that "AIN" is the initials of "Agencia Iberia de
// Noticias"; corporate filler ("online", "media",
// "group", "inc") is left out; masthead words that many unrelated
// publishers share ("news", "times", "post", "daily", "press"…) are set
// aside. The rest is the core. Two names match when:
//
//  1. both cores are non-empty, one lies inside the other, and their
//     masthead words, when both have some, agree: "BBC" ~ "BBC News",
//     "Guardian" ~ "The Guardian", "Reuters" ~ "Thomson Reuters", but
//     "The Washington Post" ≁ "The Washington Times";
//  2. or their words are the same: "The Times" ~ "Times", which has no
//     core, but "The Times" ≁ "The New York Times";
//  3. or one is a single word that is the other's initials or the other
//     written solid: "AP" ~ "Associated Press", "AFP" ~ "Agence
//     France-Presse", "newsthirst" ~ "News Thirst", "theguardian" ~ "The
//     Guardian".
//
// A name written as a domain or URL ("bbc.co.uk") is first replaced by the
// domain table's name or its second-level label ("bbc"); a name in Arabic
// script by its Latin name when it has one: initials spelt in Urdu letter
// names ("اے پی پی" → "APP", "بی بی سی" → "BBC") or a news agency's Urdu
// name ("آن لائن" → "INN"). Two names of the news agencies listed in
// urdu.go match only when they name the same agency: "AP" ~ "Associated
// Press", but "Associated Press" ≁ "Associated Press of Pakistan". Containment can
// over-match when a longer name happens to contain a publisher's one
// distinctive word ("Capitol Hill" ~ "The Hill"); the inline forms only
// count when they match the known publisher, which keeps such accidents
// rare.
//
// # Cost
//
// Check is linear in the derived text: one pass for words, one for
// parentheses, each name bounded to six words.
package credit
