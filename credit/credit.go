package credit

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/pressrelease"
)

// Status is the verdict on credit.
type Status int

const (
	Credited    Status = iota + 1 // the derived article names or links the source's publisher
	NotCredited                   // it names no source, or another one
)

var statusNames = [...]string{"", "credited", "not-credited"}

func (s Status) String() string {
	if s > 0 && int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if i > 0 && n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("credit: unknown status %q", b)
}

// Credit forms, the values of Result.Form. The first five are the forms
// of the cleaner's attribution lines (reprint.Attribution.Form) and keep
// their values.
const (
	FormCredit        = "credit"               // "Credit: BBC", a standalone "(Reuters)" line
	FormSource        = "source"               // "Source: Reuters"
	FormVia           = "via"                  // "Via The Guardian"
	FormOriginally    = "originally-published" // "Originally published by X"
	FormContributed   = "contributed"          // "Reuters and AP contributed to this report": each name
	FormCopyright     = "copyright"            // "© BBC": counts only when it names a known publisher
	FormAccordingTo   = "according-to"         // "according to the BBC"
	FormReported      = "reported"             // "the BBC reported", "reported by the BBC"
	FormStatement     = "statement"            // "Acme said in a statement", "a statement from Acme": the issuer of a release
	FormParenthetical = "parenthetical"        // "(Reuters)", "LONDON (Reuters) -"
	FormLink          = "link"                 // a link to the source in Meta.Links
	FormByline        = "byline"               // "By Jane Doe, PA News Agency", "Redação, com Lusa": the writer's outlet
	FormIssuer        = "issuer"               // "the study by the Threadwell Trust": the issuer of a document the story reports
	FormPicture       = "picture"              // "(Image: Westmoor Herald)": a picture's credit, never the text's (Result.Traced)
	FormProvider      = "provider"             // <meta name="publisher" content="The Owensport Ledger"> on a portal's page: the page's own word whose story it is
)

// Result is the credit verdict on a derived article against its source.
type Result struct {
	Status Status `json:"status"`
	// Name is the name credited, as written ("BBC", "the Associated
	// Press"); for a link, its host. When Status is NotCredited, Name is
	// the other source the derived credits instead, or "".
	Name string `json:"name,omitempty"`
	// Form is one of the Form* constants, or "" when nothing was found.
	Form string `json:"form,omitempty"`
	// Evidence is the span of the credit in the derived article's Text
	// (the whole credit line, or the phrase "according to the BBC"). It
	// is empty for a link, which lives in Meta.Links, not in Text, and
	// for the page's publisher field (Meta.Provider).
	Evidence reprint.Span `json:"evidence"`
	// Publisher is the source's publisher as Publisher found it, or "".
	Publisher string `json:"publisher,omitempty"`
	// Reason says why, in one sentence.
	Reason string `json:"reason"`
	// Masthead: the name credited is one the source's masthead gives
	// (Meta.SiteNames) and Publisher is that name when the source names
	// no publisher of its own: a plain text scraped from the page that
	// signs with it.
	Masthead bool `json:"masthead,omitempty"`
}

// candidate is one credit found in the derived article.
type candidate struct {
	name, form string
	span       reprint.Span
	text       string // the line or phrase, for the reason
	explicit   bool   // a credit whatever the publisher: a credit line or a wire dateline
	line       bool   // an attribution line of the kind that credits when the publisher is unknown
	described  bool   // a statement's issuer by description: matches a publisher it describes
	whole      bool   // matches only a name of the publisher whole (wholeName)
}

// Check decides whether derived credits source: see the package doc for
// the rules. It never fails; nil articles are treated as empty.
func Check(derived, source *reprint.Article) Result {
	return CheckIn(derived, source, nil)
}

// domainKey reports whether the name c names the publisher whose domain
// label is d (keyOf a domainPublisher name): sameKey, but a label written
// solid ("serenafm") that only extends a word of c is not that word: "Lagoa
// Serena" is no "serenafm", where "Seimo" (the genitive) is "seimas".
func domainKey(c, d nameKey) bool {
	if !sameKey(c, d) {
		return false
	}
	if len(d.key) != 1 || equal(c.key, d.key) || oneWord(d, c) || oneWord(c, d) {
		return true
	}
	label := d.key[0]
	return slices.ContainsFunc(c.key, func(w string) bool { return w == label || sameWord(w, label) && !strings.HasPrefix(label, w) })
}

// otherOutlet reports whether name is the publisher of another article
// at hand (outlets) and no news agency's: a credit line naming it ("The
// post … appeared first on Briefwire Daily."), or a lede attributing the
// story to it ("…, prenosi Bosnarama.ba"), credits that article's
// page, not a source of unknown publisher (a wire dispatch the page
// rewrote, two steps up its chain). An agency's name credits the wire,
// whose dispatch the source may be.
func otherOutlet(name string, outlets []string) bool {
	k := keyOf(name)
	if knownAgency(name) || k.agency > 0 {
		return false
	}
	for _, o := range outlets {
		if o != "" && sameKey(k, keyOf(o)) {
			return true
		}
	}
	return false
}

// CheckIn is Check with outlets, the publishers of the other articles at
// hand (the story's, as Publisher names them): a lede's "according to X"
// naming one of them names a news organisation (see "According to X" as
// credit in outlet.go).
func CheckIn(derived, source *reprint.Article, outlets []string) Result {
	if derived == nil {
		derived = &reprint.Article{}
	}
	r := checkText(derived, source, outlets)
	if r.Status == NotCredited && r.Name == "" {
		if p, ok := pictureCredit(derived, source); ok {
			return p
		}
	}
	return r
}

// Traced reports whether r is no credit of the text but a picture credit
// naming the source's publisher (FormPicture): the derived article kept
// the picture of the source's page and its credit line, which shows
// where it was taken from as a credit line does, though it credits only
// the picture. Direction weighs it as a credit; the status stays
// not-credited.
func (r Result) Traced() bool {
	return r.Status == NotCredited && r.Form == FormPicture && r.Publisher != ""
}

// pictureCredit returns the not-credited result of a picture credit in
// derived that names source's publisher or a name its masthead gives
// (Traced), if there is one.
func pictureCredit(derived, source *reprint.Article) (Result, bool) {
	if source == nil || !slices.ContainsFunc(derived.Attribution, func(at reprint.Attribution) bool { return at.Form == FormPicture }) {
		return Result{}, false
	}
	pub, how := Publisher(source)
	for _, at := range derived.Attribution {
		if at.Form != FormPicture {
			continue
		}
		k := keyOf(strings.TrimSpace(at.Name))
		named, masthead := pub != "" && sameKey(k, keyOf(pub)), false
		if !named {
			masthead = slices.ContainsFunc(siteAliases(source.Meta.SiteNames), func(alias string) bool { return sameKey(k, keyOf(alias)) })
		}
		if !named && !masthead {
			continue
		}
		r := Result{Status: NotCredited, Name: strings.TrimSpace(at.Name), Form: FormPicture, Evidence: attributionSpan(derived.Text, at),
			Publisher: cmp.Or(pub, strings.TrimSpace(at.Name)), Masthead: masthead}
		if named {
			r.Reason = fmt.Sprintf("the picture credit %q names the source's publisher %s (%s): it credits the picture, not the text", at.Text, pub, howPhrase(how))
		} else {
			r.Reason = fmt.Sprintf("the picture credit %q names the source's site by a name its masthead gives it: it credits the picture, not the text", at.Text)
		}
		return r, true
	}
	return Result{}, false
}

// checkText is CheckIn without picture credits.
func checkText(derived, source *reprint.Article, outlets []string) Result {
	pub, how := Publisher(source)
	lines := creditLines(derived)
	ms := mentions(derived.Text)
	ledeCredits(derived, ms, outlets, true)
	inline := asCandidates(ms)
	all := append(lines[:len(lines):len(lines)], inline...) // lines first: a credit line is the strongest evidence
	var srcURL string
	release := false // the source is its issuer's release (releaseIssued)
	if source != nil {
		srcURL = source.Meta.URL
		_, release = pressrelease.Recognise(source.Text)
		release = release || pressrelease.SectionPage(srcURL)
	}
	if how == HowRelease {
		if _, ok := pressrelease.Recognise(derived.Text); ok && sameKey(keyOf(pressrelease.Issuer(derived.Text)), keyOf(pub)) {
			// Both are the issuer's release (a page that ran it, a
			// scraper's copy of that page): naming the issuer credits
			// the release, which both are, not one copy by the other.
			pub = ""
		}
	}

	if pub != "" {
		pk := keyOf(pub)
		// The publisher's domain, when its site name is the long form:
		// "KVF" credits Kringvarp Føroya at kvf.fo.
		var dk nameKey
		if how == HowSite {
			if host := hostOf(srcURL); host != "" {
				if d, _ := domainPublisher(host); d != "" {
					dk = keyOf(d)
				}
			}
		}
		for _, c := range slices.Concat(all, authors(derived), provider(derived)) {
			ck := keyOf(c.name)
			if shortMasthead(derived.Text, c, ck, pk, pub, outlets) {
				return Result{
					Status: Credited, Name: c.name, Form: c.form, Evidence: c.span, Publisher: pub,
					Reason: fmt.Sprintf("%s %q names the source's publisher %s by its masthead alone, as a story calls a local paper (%s)",
						formPhrase(c.form), c.text, pub, howPhrase(how)),
				}
			}
			if c.whole && !wholeName(ck, pk) && !wholeName(ck, dk) && !(c.described && describes(c.name, pub, derived.Text)) {
				continue
			}
			if sameKey(ck, pk) || c.described && (describes(c.name, pub, derived.Text) || release && releaseIssued(c.name, pub, derived.Text)) {
				return Result{
					Status: Credited, Name: c.name, Form: c.form, Evidence: c.span, Publisher: pub,
					Reason: fmt.Sprintf("%s %q names the source's publisher %s (%s)",
						formPhrase(c.form), c.text, pub, howPhrase(how)),
				}
			}
			if !bodyKind(ck.core) && domainKey(ck, dk) {
				// Not a body of another kind named for the place the
				// domain is ("Wexcombe Residents' Association" beside
				// wexcombe.gov).
				return Result{
					Status: Credited, Name: c.name, Form: c.form, Evidence: c.span, Publisher: pub,
					Reason: fmt.Sprintf("%s %q names the source's publisher %s by its domain (%s)",
						formPhrase(c.form), c.text, pub, hostOf(srcURL)),
				}
			}
		}
	}
	if source != nil {
		for _, alias := range siteAliases(source.Meta.SiteNames) {
			ak := keyOf(alias)
			if len(ak.key) == 0 || pub != "" && sameKey(ak, keyOf(pub)) {
				continue
			}
			for _, c := range all {
				if sameKey(keyOf(c.name), ak) {
					return Result{
						Status: Credited, Name: c.name, Form: c.form, Evidence: c.span, Publisher: cmp.Or(pub, alias), Masthead: true,
						Reason: fmt.Sprintf("%s %q names the source's site by a name its masthead gives it (%q)",
							formPhrase(c.form), c.text, alias),
					}
				}
			}
		}
	}
	var accts []string
	if source != nil {
		accts = source.Meta.Accounts
	}
	for _, acct := range accts {
		// The account a captured post was published by: the post's
		// own publisher, under its platform.
		ak := keyOf(acct)
		if len(ak.key) == 0 || pub != "" && sameKey(ak, keyOf(pub)) {
			continue
		}
		for _, c := range all {
			if sameKey(keyOf(c.name), ak) || c.described && describes(c.name, acct, derived.Text) {
				return Result{
					Status: Credited, Name: c.name, Form: c.form, Evidence: c.span, Publisher: cmp.Or(pub, acct), Masthead: true,
					Reason: fmt.Sprintf("%s %q names the account that published the source's post (%q)", formPhrase(c.form), c.text, acct),
				}
			}
		}
	}
	if source != nil && how != HowRelease {
		// A press release on a distributor's page (a newswire's): the
		// release is its issuer's, whom the derived article credits by
		// "…, the company said in a news release" or "Source: X", the
		// page's site being only where it was put out.
		if _, ok := pressrelease.Recognise(source.Text); ok {
			if issuer := pressrelease.Issuer(source.Text); issuer != "" && (pub == "" || !sameKey(keyOf(issuer), keyOf(pub))) {
				ik := keyOf(issuer)
				for _, c := range all {
					if sameKey(keyOf(c.name), ik) {
						return Result{
							Status: Credited, Name: c.name, Form: c.form, Evidence: c.span, Publisher: issuer,
							Reason: fmt.Sprintf("%s %q names the issuer of the source's press release, %s (its Released by line, its About section or its distributor's line)",
								formPhrase(c.form), c.text, issuer),
						}
					}
				}
			}
		}
	}
	if span, ok := releaseMark(derived.Text); ok && source != nil {
		// The mark credits the release: the source when it is one, or
		// when its publisher is a body that issues them (a council, a
		// company), not an outlet that printed one.
		if _, isRelease := pressrelease.Recognise(source.Text); isRelease || pub != "" && issuesReleases(keyOf(pub).core) {
			return Result{
				Status: Credited, Name: derived.Text[span.Start+1 : span.End-1], Form: FormParenthetical, Evidence: span, Publisher: pub,
				Reason: fmt.Sprintf("%q marks the text as the press release the source is", derived.Text[span.Start:span.End]),
			}
		}
	}
	if name, span, ok := documentCredit(derived.Text, source); ok {
		return Result{
			Status: Credited, Name: name, Form: FormAccordingTo, Evidence: span, Publisher: pub,
			Reason: fmt.Sprintf("%q names the source by its kind, a %s, as the source's own headline does",
				derived.Text[span.Start:span.End], strings.ToLower(name)),
		}
	}
	// The source's own text may be another's: a partner site's page of an
	// agency's story, with the agency among its authors ("Marie-Ève
	// Thibodeau; La Presse Canadienne"). A credit to that author credits
	// the text, whoever published the page. Only the authors: a credit
	// line the source carries ("Via X", "(Reuters)") says where its text
	// came from, and a copy that keeps it credits X, not the source. Nor
	// when an article at hand is the author's own (outlets): the credit
	// is then about that article, which the source carried.
	if as := authors(source); len(as) > 0 {
		var own string // the derived article's own publisher, read only when an author matches
		ownRead := false
		var disp []string // the derived article's dispatch datelines, likewise
		dispRead := false
		for _, o := range as {
			ko := keyOf(o.name)
			for _, c := range all {
				if !sameKey(keyOf(c.name), ko) {
					continue
				}
				if !dispRead {
					disp, dispRead = dispatchDatelines(derived, source), true
				}
				if namedIn(disp, c.name) != "" {
					// The derived article opens with the agency's own
					// dateline, which the source's page restyled into its
					// byline: it is the agency's dispatch, not a copy of
					// the page.
					continue
				}
				if !ownRead {
					var how string
					own, how = Publisher(derived)
					if how == HowCreditLine {
						own = "" // its credit line, read as its publisher when nothing else tells: the very credit under test
					}
					ownRead = true
				}
				if slices.ContainsFunc(outlets, func(n string) bool { return sameKey(keyOf(n), ko) }) ||
					own != "" && sameKey(keyOf(own), ko) {
					// The author's own article is at hand, or is the
					// derived one itself (a wire story's "(AAP)" beside
					// a partner's copy by AAP): a credit to it is about
					// that one.
					break
				}
				return Result{
					Status: Credited, Name: c.name, Form: c.form, Evidence: c.span, Publisher: pub,
					Reason: fmt.Sprintf("%s %q names %s, an author of the source (its publisher: %s)",
						formPhrase(c.form), c.text, o.name, cmp.Or(pub, "unknown")),
				}
			}
		}
	}
	if c, host, ok := addressCredit(lines, srcURL, pub); ok {
		return Result{
			Status: Credited, Name: c.name, Form: c.form, Evidence: c.span, Publisher: pub,
			Reason: fmt.Sprintf("%s %q names the source's page by its address (%s)", formPhrase(c.form), c.text, host),
		}
	}
	if host, ok := linksTo(derived.Meta.Links, srcURL, pub); ok {
		what := "the source's publisher " + pub
		if pub == "" {
			what = "the source"
		}
		return Result{
			Status: Credited, Name: host, Form: FormLink, Publisher: pub,
			Reason: fmt.Sprintf("a link to %s points to %s", host, what),
		}
	}
	if pub == "" {
		// The source, of no known publisher, opens with an agency's wire
		// dateline that the derived article does not carry, and the
		// derived credits that agency (a credit line, its byline or its
		// author field: "ATS / Nadine Chappuis"): the source is the
		// agency's dispatch, which the derived page restyled.
		if disp := dispatchDatelines(source, derived); len(disp) > 0 {
			for _, c := range slices.Concat(all, authors(derived), provider(derived)) {
				if agency := namedIn(disp, c.name); agency != "" {
					return Result{
						Status: Credited, Name: c.name, Form: c.form, Evidence: c.span, Publisher: agency,
						Reason: fmt.Sprintf("the source opens with the wire dateline of %s, which the derived article credits (%s %q) without carrying it: the source is the agency's dispatch",
							c.name, formPhrase(c.form), c.text),
					}
				}
			}
		}
		for _, c := range lines {
			if c.line && !otherOutlet(c.name, outlets) {
				return Result{
					Status: Credited, Name: c.name, Form: c.form, Evidence: c.span,
					Reason: fmt.Sprintf("the source's publisher is unknown, and the derived article carries the credit line %q",
						c.text),
				}
			}
		}
		// A wire dateline credits the whole text that follows it to the
		// agency, as a credit line does; so does a lede that attributes
		// the story to a news organisation.
		own, ownHow := Publisher(derived)
		for _, m := range inline {
			if !m.line {
				continue
			}
			if m.form == FormParenthetical && own != "" && ownHow != HowCreditLine && sameKey(keyOf(m.name), keyOf(own)) {
				// The derived article's own dateline: "CALDER FALLS, Ohio
				// (WKVR) —" on WKVR's page is the station's mark on its
				// own report, no credit of another's text.
				continue
			}
			if m.form == FormByline {
				return Result{
					Status: Credited, Name: m.name, Form: m.form, Evidence: m.span,
					Reason: fmt.Sprintf("the source's publisher is unknown, and the derived article's byline names the agency it was written from (%q)",
						m.text),
				}
			}
			if (m.form == FormAccordingTo || m.form == FormReported) && otherOutlet(m.name, outlets) {
				// "…, prenosi Bosnarama.ba": the lede names the page at
				// hand it took the story from, as a credit line can.
				continue
			}
			if m.form == FormAccordingTo || m.form == FormReported {
				return Result{
					Status: Credited, Name: m.name, Form: m.form, Evidence: m.span,
					Reason: fmt.Sprintf("the source's publisher is unknown, and the derived article's lede attributes the story to the news organisation %s (%q)",
						m.name, m.text),
				}
			}
			return Result{
				Status: Credited, Name: m.name, Form: m.form, Evidence: m.span,
				Reason: fmt.Sprintf("the source's publisher is unknown, and the derived article opens with the wire dateline %q",
					datelineText(derived.Text, m.span)),
			}
		}
		// The source is a press release that names no issuer, and the
		// derived article attributes its story to a statement or a
		// release ("X said in a statement", "根據政府新聞公報"): it
		// credits the release.
		if source != nil {
			if _, ok := pressrelease.Recognise(source.Text); ok {
				for _, m := range inline {
					if m.form == FormStatement {
						return Result{
							Status: Credited, Name: m.name, Form: m.form, Evidence: m.span,
							Reason: fmt.Sprintf("the source is a press release naming no issuer, and the derived article attributes its story to a statement or release (%q)", m.text),
						}
					}
				}
			}
		}
		reason := "the source's publisher is unknown, and the derived article carries no credit line"
		for _, m := range inline {
			if m.form != FormParenthetical {
				reason += fmt.Sprintf("; %q attributes a claim, not the text", m.text)
				break
			}
		}
		return Result{Status: NotCredited, Reason: reason}
	}
	for _, c := range all {
		if c.explicit {
			return Result{
				Status: NotCredited, Name: c.name, Form: c.form, Evidence: c.span, Publisher: pub,
				Reason: fmt.Sprintf("credits %s, but the source's publisher is %s (%s)", c.name, pub, howPhrase(how)),
			}
		}
	}
	return Result{
		Status: NotCredited, Publisher: pub,
		Reason: fmt.Sprintf("names no credit to the source's publisher %s (%s)", pub, howPhrase(how)),
	}
}

// dispatchDatelines returns the names, as written, of the wire datelines
// opening a line of a ("Pramont (ATS) -") that b carries in no dateline,
// when a has no known publisher: beside b, which credits the agency in
// another form, a reads as the agency's own dispatch. Two versions that
// both keep the dateline (an outlet's page and a scraped copy of it) are
// not told apart by it.
func dispatchDatelines(a, b *reprint.Article) []string {
	if a == nil || b == nil {
		return nil
	}
	if pub, _ := Publisher(a); pub != "" {
		return nil
	}
	var lead []string
	for _, m := range mentions(a.Text) {
		if m.dateline && m.lead {
			lead = append(lead, m.name)
		}
	}
	if len(lead) == 0 {
		return nil
	}
	carried := mentions(b.Text)
	var out []string
	for _, name := range lead {
		k := keyOf(name)
		if !slices.ContainsFunc(carried, func(m mention) bool { return m.dateline && sameKey(keyOf(m.name), k) }) {
			out = append(out, name)
		}
	}
	return out
}

// namedIn returns the one of names that name names, or "".
func namedIn(names []string, name string) string {
	k := keyOf(name)
	for _, n := range names {
		if sameKey(keyOf(n), k) {
			return n
		}
	}
	return ""
}

// Named is one credit an article gives its text: the name as written, its
// form (one of the Form* constants) and its span in the article's Text
// (empty when an attribution line cannot be placed).
type Named struct {
	Name     string       `json:"name"`
	Form     string       `json:"form"`
	Evidence reprint.Span `json:"evidence"`
}

// authors returns the article's authors (Meta.Author, split at ";", ","
// and " and ") as candidates. CheckIn reads a derived article's authors
// only against the source's publisher ("PTI" for the Press Trust of
// India), and a source's authors against the derived article's credits:
// a syndicated page's author field holds the agency ("PTI", "La Presse
// Canadienne") as often as a reporter.
func authors(a *reprint.Article) []candidate {
	if a == nil || strings.TrimSpace(a.Meta.Author) == "" {
		return nil
	}
	var out []candidate
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(a.Meta.Author, " and ", ";"), func(r rune) bool { return r == ';' || r == ',' }) {
		if name := strings.TrimSpace(part); name != "" {
			out = append(out, candidate{name: name, form: FormByline, text: "author " + name})
		}
	}
	return out
}

// releaseIssued reports whether desc, one company word ("le groupe",
// "the company", "iz podjetja"), describes pub as the issuer of the
// source, a release: the story names pub by its first word. A release's
// page says what its publisher is — the company that issued it — where
// a site name alone does not ("Valmoret", no legal form; see
// companyDescribes).
func releaseIssued(desc, pub, text string) bool {
	f := strings.Fields(desc)
	name := strings.Fields(pub)
	if len(f) != 1 || len(name) == 0 || !companyWords[strings.ToLower(f[0])] {
		return false
	}
	first := strings.Trim(name[0], ",.")
	return slices.ContainsFunc(words(text), func(w word) bool { return w.s == first })
}

// provider returns the candidate of the organisation a's page names as
// its story's publisher (Meta.Provider), if any. It credits only a source
// of that publisher: a page's publisher field may name its site's
// company ("Newsquest Media Group"), which is no credit when the source's
// publisher is unknown, so Credits leaves it out.
func provider(a *reprint.Article) []candidate {
	if a == nil || strings.TrimSpace(a.Meta.Provider) == "" {
		return nil
	}
	name := strings.TrimSpace(a.Meta.Provider)
	return []candidate{{name: name, form: FormProvider, text: name}}
}

// Credits returns whom a credits its text to, whoever its source: its
// credit lines ("Via BBC News", "Source: Reuters", a standalone "(AP)"),
// a wire dateline opening a line ("LONDON (Reuters) –", each source of an
// Urdu dateline) and a lede that attributes the story to a news
// organisation (outlets as for CheckIn) — the credits that count when the
// source's publisher is unknown. A copyright line is left out: it names
// the page's owner, not where its text came from; so are "according to
// X" and "X reported" elsewhere, which attribute claims. Each name comes
// once (SameName), in text order; a nil article has none.
func Credits(a *reprint.Article, outlets []string) []Named {
	if a == nil {
		return nil
	}
	ms := mentions(a.Text)
	ledeCredits(a, ms, outlets, false)
	cs := append(creditLines(a), asCandidates(ms)...)
	slices.SortStableFunc(cs, func(x, y candidate) int { return cmp.Compare(x.span.Start, y.span.Start) })
	var out []Named
	for _, c := range cs {
		if !c.line || c.name == "" || slices.ContainsFunc(out, func(n Named) bool { return SameName(n.Name, c.name) }) {
			continue
		}
		out = append(out, Named{Name: c.name, Form: c.form, Evidence: c.span})
	}
	return out
}

// Lines returns the spans in a's Text of what credits the text rather than
// telling the story: its credit lines ("Via BBC News", as attribution
// lines of a credit form) and a wire dateline opening a line, from the
// line's start through the parenthesis ("LONDON (Reuters)"). Package
// provenance's details leave them out: an outlet's name in a credit line
// is not a detail of the event. Spans are in text order; a nil article
// has none.
func Lines(a *reprint.Article) []reprint.Span {
	if a == nil {
		return nil
	}
	var out []reprint.Span
	for _, c := range creditLines(a) {
		if c.line && !c.span.Empty() {
			out = append(out, c.span)
		}
	}
	for _, m := range mentions(a.Text) {
		if m.dateline && m.lead {
			out = append(out, reprint.Span{Start: strings.LastIndexByte(a.Text[:m.span.Start], '\n') + 1, End: m.span.End})
		}
	}
	slices.SortFunc(out, func(x, y reprint.Span) int { return cmp.Compare(x.Start, y.Start) })
	// An Urdu dateline crediting several sources is one line.
	return slices.Compact(out)
}

// creditLines returns the derived article's attribution lines as
// candidates, with spans checked against its Text.
func creditLines(a *reprint.Article) []candidate {
	var out []candidate
	for _, at := range a.Attribution {
		name := strings.TrimSpace(at.Name)
		if name == "" {
			continue
		}
		line := creditLineForm(at.Form)
		if !line && at.Form != FormCopyright {
			continue
		}
		out = append(out, candidate{
			name:     name,
			form:     at.Form,
			span:     attributionSpan(a.Text, at),
			text:     cmp.Or(strings.TrimSpace(at.Text), name),
			explicit: line,
			line:     line,
		})
	}
	return out
}

// attributionSpan returns at's span when it lies in text and holds at's
// line, else the first place the line occurs in text, else the empty
// span: an Attribution from another version of the text still counts, but
// its evidence cannot be shown.
func attributionSpan(text string, at reprint.Attribution) reprint.Span {
	if got, err := at.Span.In(text); err == nil && (at.Text == "" || got == at.Text) {
		return at.Span
	}
	if at.Text != "" {
		if i := strings.Index(text, at.Text); i >= 0 {
			return reprint.Span{Start: i, End: i + len(at.Text)}
		}
	}
	return reprint.Span{}
}

// asCandidates converts inline mentions: only a wire dateline, an agency
// in a byline and an "according to X" of a news organisation in the
// lede's first sentence are explicit; otherwise "according to X" and "X reported" credit X only
// when X is the known publisher. A wire dateline that opens its line
// ("LONDON (Reuters) –") and such a lede are also credit lines: they
// credit X when the publisher is unknown.
func asCandidates(ms []mention) []candidate {
	out := make([]candidate, len(ms))
	for i, m := range ms {
		out[i] = candidate{name: m.name, form: m.form, span: m.span, text: m.text,
			explicit: m.dateline || m.lede || m.byline, line: m.dateline && m.lead || m.lede || m.byline, described: m.described, whole: m.whole}
	}
	return out
}

// datelineText returns the line of text from its start through the end of
// the dateline's parenthesis span, for the reason: "LONDON (Reuters)".
func datelineText(text string, span reprint.Span) string {
	return strings.TrimSpace(text[strings.LastIndexByte(text[:span.Start], '\n')+1 : span.End])
}

// shortMasthead reports whether candidate c (its name's key ck) names
// the publisher pub (key pk) by its masthead words alone after "the", as
// a story calls its town's paper ("as the Chronicle reports" for the
// Castlebridge Chronicle): the publisher's name is distinctive words
// (its place) and a printed paper's masthead, the candidate's name is
// exactly that masthead, the text names the place (describes: "the
// Gazette" in a story of Ulverby is no Brackenford Gazette), and no
// other outlet at hand has that masthead.
func shortMasthead(text string, c candidate, ck, pk nameKey, pub string, outlets []string) bool {
	if len(ck.core) > 0 || len(pk.core) == 0 || !printMasthead(pk.mast) || !slices.Equal(ck.mast, pk.mast) || !equal(ck.key, ck.mast) ||
		!describes(c.name, pub, text) {
		return false
	}
	if c.span.End > len(text) {
		return false
	}
	i := strings.Index(text[c.span.Start:c.span.End], c.name)
	if i < 0 || !strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:c.span.Start+i], " ")), "the") {
		return false
	}
	for _, o := range outlets {
		if ok := keyOf(o); !sameKey(ok, pk) && slices.Equal(ok.mast, pk.mast) {
			return false
		}
	}
	return true
}

// addressCredit returns the first credit line whose name is a web
// address (clean.FindAttribution reads "Źródło: https://…/" as a source
// line naming the page by its address, as a scraper's copy names the
// page it took) that points at the source as a link would (linksTo):
// the source's own page, its site, or a domain whose publisher is pub.
// Such a line credits the source as a link to it does, and is a line of
// the text besides.
func addressCredit(lines []candidate, srcURL, pub string) (candidate, string, bool) {
	for _, c := range lines {
		if !c.line || !isAddress(c.name) {
			continue
		}
		if host, ok := linksTo([]string{c.name}, srcURL, pub); ok {
			return c, host, true
		}
	}
	return candidate{}, "", false
}

// isAddress reports whether name is an absolute web address
// ("https://example.com/…", "//example.com/…", "www.example.com/…"),
// as linksTo reads a link.
func isAddress(name string) bool {
	low := strings.ToLower(name)
	return !strings.ContainsAny(name, " \t") && (strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") ||
		strings.HasPrefix(low, "//") || strings.HasPrefix(low, "www."))
}

// linksTo returns the host of the first link that points at the source:
// its URL, its registrable domain, or a domain whose publisher name is
// pub.
func linksTo(links []string, srcURL, pub string) (string, bool) {
	srcHost := hostOf(srcURL)
	for _, l := range links {
		host := hostOf(l)
		if host == "" || !strings.Contains(l, "://") && !strings.HasPrefix(l, "//") && !strings.HasPrefix(l, "www.") {
			continue // relative links point at the derived site itself
		}
		switch {
		case srcHost != "" && sameURL(l, srcURL):
			return host, true
		case srcHost != "" && registrable(host) == registrable(srcHost):
			return host, true
		case pub != "":
			if name, _ := domainPublisher(host); SameName(name, pub) {
				return host, true
			}
		}
	}
	return "", false
}

// sameURL reports whether a and b are the same page, ignoring scheme,
// "www.", a trailing slash, query and fragment.
func sameURL(a, b string) bool {
	norm := func(s string) string {
		if !strings.Contains(s, "://") {
			s = "http://" + strings.TrimPrefix(s, "//")
		}
		u, err := url.Parse(strings.TrimSpace(s))
		if err != nil {
			return ""
		}
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") + strings.TrimSuffix(u.EscapedPath(), "/")
	}
	na := norm(a)
	return na != "" && na == norm(b)
}

func formPhrase(form string) string {
	switch form {
	case FormAccordingTo, FormReported, FormStatement, FormIssuer:
		return "the attribution"
	case FormParenthetical:
		return "the parenthetical credit"
	case FormCopyright:
		return "the copyright line"
	case FormByline:
		return "the byline"
	case FormProvider:
		return "the page's publisher field"
	}
	return "the credit line"
}

func howPhrase(how string) string {
	switch how {
	case HowSite:
		return "from its site name"
	case HowURL, HowDomain:
		return "from its URL"
	case HowCopyright:
		return "from its copyright line"
	case HowByline:
		return "from its byline"
	case HowCreditLine:
		return "from its own credit line"
	case HowRelease:
		return "the issuer its press release names"
	case HowPlatform:
		return "the platform its post's title names"
	}
	return "source unknown"
}

// siteAliasSeparators split a masthead's text into the names it holds:
// "Lesotho National Broadcasting Service – Radio Lesotho & Lesotho
// Television" names a broadcaster and its two stations,
// "ᕿᑭᖅᑖᓗᒃ ᑐᓴᖅᑕᐅᓯᐅᑎᖏᑦ · Serving the Qikiqtani region since 1987" a
// paper in its other script and a motto.
var siteAliasSeparators = []string{" – ", " — ", " - ", " · ", " | ", " • ", " & ", " / ", ": ", ", "}

// siteAliases returns the names in a page's masthead texts
// (reprint.Meta.SiteNames): each text and its parts between
// siteAliasSeparators, of at most maxNameWords words, that can be a
// name: in a script with case, a part with a capitalised word. A
// tagline's words in lower case are no name ("Nachrichten, die bewegen –
// schnell, kompakt, verständlich" gives no "kompakt" for a credit of
// „Kompass“ to match).
func siteAliases(texts []string) []string {
	var out []string
	for _, t := range texts {
		for _, p := range splitParts(t, siteAliasSeparators) {
			p = strings.TrimSpace(p)
			if n := len(strings.Fields(p)); n > 0 && n <= maxNameWords && namelike(p) && !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// namelike reports whether text can be a name: a word of it begins with
// a capital or a digit or is a domain ("newsthirst.com"), or its letters
// are of a script without case.
func namelike(text string) bool {
	cased := false
	for _, w := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.Contains(strings.TrimRight(w, "."), ".") {
			return true
		}
		if unicode.IsLower(r) {
			cased = true
		}
	}
	return !cased
}
