package engine

import (
	"context"
	"errors"
	"fmt"
	"github.com/reprint/reprint/analysis"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reprint/reprint/rewrite"
)

// Upgrading an archive's keys
//
// An archive's posting keys and term counts are what the engine computed
// from its texts when they were added, and an archive records the
// KeysVersion that computed them: a reprint whose tokens or keys differ
// would look up keys that were never written, and could not remove what
// it did write, so it refuses the archive (ErrKeys). But most changes of
// the keys touch a few scripts only — Chinese bigrams, Arabic letter
// variants — and an archive of English news has the same keys under both
// versions. Re-adding a million articles for nothing would cost hours.
//
// So each change is written down (KeysChanges) with what it touches: a
// test on a text that holds whenever the text's keys may differ between
// the two versions (it may hold for texts whose keys do not change; it
// never fails for one whose keys do). UpgradeKeys reads every archived
// text and, when no change on the way from the archive's version to this
// reprint's touches any of them, records the new version: the archive is
// then exactly what adding its texts under the new version would have
// made. When some text is touched, it changes nothing and names them: such
// an archive is rebuilt by exporting it (reprint archive export, which
// reads any key version) and adding the export to a new archive.

// ErrKeys: the archive was indexed with keys of another version than the
// engine's (see UpgradeKeys). It is an ErrFormat.
var ErrKeys = fmt.Errorf("%w: posting keys of another version", ErrFormat)

// ErrKeysTouched: UpgradeKeys found archived texts whose keys a change
// on the way may have changed.
var ErrKeysTouched = errors.New("archived texts whose keys changed")

// A KeysChange is one change of KeysVersion.
type KeysChange struct {
	From, To string
	// What says what changed, for people.
	What string
	// Touches reports whether text's keys may differ between From and To.
	Touches func(text string) bool
}

// KeysChanges are the changes of KeysVersion that an archive can be
// upgraded across, oldest first; the last one's To is KeysVersion.
var KeysChanges = []KeysChange{
	{
		From: "keys/3 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200",
		To:   "keys/4 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic",
		What: "tokens for every script: Han, kana and Hangul runs as character bigrams, Arabic-script letters folded; Latin-script tokens unchanged",
		// Only Latin-script tokens were kept byte for byte: a text with a
		// letter of any other script may have changed.
		Touches: hasLetterOutside(unicode.Latin),
	},
	{
		From: "keys/4 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic",
		To:   "keys/5 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits",
		What: "digits written against Arabic-script letters are words of their own",
		Touches: func(text string) bool {
			return hasLetterIn(text, unicode.Arabic) && hasDigit(text)
		},
	},
	{
		From: "keys/5 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits",
		To:   "keys/6 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits stop=snowball",
		What: "the terms of an article in one of the 14 languages with a Snowball stemmer beside English leave out that language's stop words; English terms unchanged",
		// Exactly the texts analysed in a language of their own
		// (rewrite.OwnLanguage): only their terms met a second list.
		Touches: func(text string) bool {
			_, own := rewrite.OwnLanguage(text)
			return own
		},
	},
	{
		From: "keys/6 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits stop=snowball",
		To:   "keys/7 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits stop=snowball own=stopshare",
		What: "a text the identifier names unreliably (Danish, Bokmål) is analysed in that language when its stop words make a share of rewrite.OwnStopShare",
		// Exactly the texts taken by their stop words: before, they were
		// analysed in English.
		Touches: rewrite.ByStopWords,
	},
	{
		From: "keys/7 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits stop=snowball own=stopshare",
		To:   "keys/8 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits stop=snowball own=stopshare ca=stop",
		What: "a text whose stop words are Catalan's (the identifier names it Spanish) is analysed as Catalan: Lucene's Catalan stop words left out, words kept whole",
		// Exactly the texts read as Catalan: before, they were analysed
		// in Spanish or in English.
		Touches: rewrite.CatalanByStops,
	},
	{
		From: "keys/8 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits stop=snowball own=stopshare ca=stop",
		To:   "keys/9 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits stop=snowball own=stopshare ca=stop vi,ko,hi=stop",
		What: "the terms of a Vietnamese, Korean or Hindi text leave out its language's stop words (stopwords-iso's Vietnamese syllables and Korean particles and endings, bleve's Hindi list)",
		// Exactly the texts analysed as Vietnamese, Korean or Hindi: before,
		// they were analysed in English.
		Touches: rewrite.StopListOnly,
	},
	{
		From: "keys/9 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits stop=snowball own=stopshare ca=stop vi,ko,hi=stop",
		To:   "keys/10 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop",
		What: "the terms of a Ukrainian, Bulgarian or Persian text leave out its language's stop words (the npm stopword package's Ukrainian list, bleve's Bulgarian and Persian ones)",
		// Exactly the texts analysed as Ukrainian, Bulgarian or Persian:
		// before, they were analysed in English.
		Touches: rewrite.StopListOnly10,
	},
	{
		From: "keys/10 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop",
		To:   "keys/11 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop",
		What: "Thai, Lao, Myanmar and Khmer runs are overlapping character trigrams (they were one word a run), and a Thai or Latvian text's terms leave out stopwords-iso's stop words of its language",
		// Exactly the texts with a letter of those scripts and those
		// analysed as Latvian: every other text's tokens and terms are
		// as before.
		Touches: func(text string) bool {
			return hasLetterIn(text, unicode.Thai) || hasLetterIn(text, unicode.Lao) ||
				hasLetterIn(text, unicode.Myanmar) || hasLetterIn(text, unicode.Khmer) || rewrite.StopListOnly11(text)
		},
	},
	{
		From: "keys/11 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop",
		To:   "keys/12 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop",
		What: "an Albanian text (read by its stop words), a Lao one (by its script) or a Sinhala one leaves out spaCy's Albanian or Sinhala or LaoNLP's Lao stop words",
		// Exactly the texts analysed as Albanian, Lao or Sinhala:
		// before, they were analysed in English.
		Touches: rewrite.StopListOnly12,
	},
	{
		From: "keys/12 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop",
		To:   "keys/13 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram,modifier-apostrophe stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop pa,gu=stop terms=digits",
		What: "the modifier letters ʻ and ʼ break words as apostrophes do (Uzbek's joʻmrak is jo‘mrak); decimal digits of every script are numbers (२५ is 25); a Punjabi or Gujarati text leaves out the npm package stopword's Punjabi or Gujarati stop words",
		// Exactly the texts with one of those letters or such a digit,
		// and those analysed as Punjabi or Gujarati: before, they were
		// analysed in English.
		Touches: func(text string) bool {
			return strings.ContainsAny(text, "\u02BB\u02BC") || hasOtherDigit(text) || rewrite.StopListOnly13(text)
		},
	},
	{
		From: "keys/13 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram,modifier-apostrophe stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop pa,gu=stop terms=digits",
		To:   "keys/14 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram,modifier-apostrophe stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop pa,gu=stop terms=digits sq=ë",
		What: "a text is read as Albanian by its stop words only where it writes ë: a Māori or Samoan text, whose particles are words of the Albanian list, is analysed as it was before keys/12",
		// The texts whose stop words are Albanian's: those without ë
		// changed, the others did not.
		Touches: rewrite.AlbanianStops14,
	},
	{
		From: "keys/14 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram,modifier-apostrophe stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop pa,gu=stop terms=digits sq=ë",
		To:   "keys/15 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram,modifier-apostrophe,bo-pairs stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop pa,gu=stop terms=digits sq=ë sentences=bo-shad",
		What: "a Tibetan syllable's token is the fold of it and the syllable after it, and the shad (།) ends a Tibetan sentence",
		// Exactly the texts with a Tibetan letter.
		Touches: func(text string) bool { return hasLetterIn(text, unicode.Tibetan) },
	},
	{
		From: "keys/15 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram,modifier-apostrophe,bo-pairs stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop pa,gu=stop terms=digits sq=ë sentences=bo-shad",
		To:   "keys/16 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram,modifier-apostrophe,bo-pairs stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop pa,gu=stop terms=digits sq=ë sentences=bo-shad translit=sr,kk",
		What: "a Serbian or Macedonian text's Cyrillic words are tokens in Serbian's Latin alphabet, a Kazakh text's in Kazakh's Latin alphabet of 2018, so that a copy in the other script matches; a text is read as Catalan only where it writes Catalan's own function words (a Tongan page was)",
		// The texts analysis.TranslitOf reads as one of them, and those
		// the stop words alone read as Catalan (among which, the Tongan
		// ones no longer are).
		Touches: func(text string) bool {
			return analysis.TranslitOf(text) != analysis.NoTranslit || rewrite.CatalanByStops(text)
		},
	},
	{
		From: "keys/16 shingle=5 winnow=4 exact bits=40 tag=2 caps=1000/200 tokens=bigram,arabic,arabic-digits,sea-trigram,modifier-apostrophe,bo-pairs stop=snowball own=stopshare ca=stop vi,ko,hi=stop uk,bg,fa=stop th,lv=stop sq,lo,si=stop pa,gu=stop terms=digits sq=ë sentences=bo-shad translit=sr,kk",
		To:   KeysVersion,
		What: "German's sharp s is read as ss (\"Straße\" and the Swiss \"Strasse\" are one word), so that a Swiss copy of a German text matches and the other way",
		// Exactly the texts with ß or ẞ.
		Touches: func(text string) bool { return strings.ContainsAny(text, "ßẞ") },
	},
}

// hasOtherDigit reports whether text holds a decimal digit outside ASCII.
func hasOtherDigit(text string) bool {
	for _, r := range text {
		if r >= utf8.RuneSelf && unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// keysPath returns the changes from version from to KeysVersion, or false
// when from is not one this engine knows how to upgrade from.
func keysPath(from string) ([]KeysChange, bool) {
	if from == KeysVersion {
		return nil, true
	}
	i := slices.IndexFunc(KeysChanges, func(c KeysChange) bool { return c.From == from })
	if i < 0 || KeysChanges[len(KeysChanges)-1].To != KeysVersion {
		return nil, false
	}
	path := KeysChanges[i:]
	for k := 1; k < len(path); k++ {
		if path[k].From != path[k-1].To {
			return nil, false
		}
	}
	return path, true
}

func hasLetterOutside(script *unicode.RangeTable) func(string) bool {
	return func(text string) bool {
		for _, r := range text {
			if unicode.IsLetter(r) && !unicode.Is(script, r) {
				return true
			}
		}
		return false
	}
}

func hasLetterIn(text string, script *unicode.RangeTable) bool {
	for _, r := range text {
		if unicode.Is(script, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func hasDigit(text string) bool {
	for _, r := range text {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// KeysStore is a Store that records the KeysVersion its archive was
// indexed with, and lets UpgradeKeys change it.
type KeysStore interface {
	// KeysVersion returns the version recorded.
	KeysVersion(ctx context.Context) (string, error)
	// SetKeysVersion records to in place of from, in one transaction of
	// the store's writer; an error if the version recorded is not from.
	SetKeysVersion(ctx context.Context, from, to string) error
}

// KeysUpgrade is what UpgradeKeys found and did.
type KeysUpgrade struct {
	From     string   `json:"from"`
	To       string   `json:"to"`
	Changes  []string `json:"changes"`  // what each change on the way did
	Articles int      `json:"articles"` // texts read
	// Touched counts the texts whose keys may have changed; TouchedIDs
	// names the first maxTouchedIDs of them.
	Touched    int      `json:"touched"`
	TouchedIDs []string `json:"touched_ids"`
	Upgraded   bool     `json:"upgraded"`
}

// maxTouchedIDs: enough ids for a person to see what kind of articles
// they are, few enough to print.
const maxTouchedIDs = 20

// UpgradeKeys brings the archive's keys to KeysVersion when no change on
// the way touches any archived text (see "Upgrading an archive's keys");
// otherwise it changes nothing and returns ErrKeysTouched with the
// articles counted. The store must be open for writing whatever its key
// version (sqlite.Options.AnyKeys, postgres.Options.AnyKeys). An archive
// already at KeysVersion is left as it is.
func (a *Archive) UpgradeKeys(ctx context.Context, progress Progress) (*KeysUpgrade, error) {
	ks, ok := a.store.(KeysStore)
	if !ok {
		return nil, fmt.Errorf("upgrading keys: this store does not record its key version")
	}
	a.adding.Lock()
	defer a.adding.Unlock()
	from, err := ks.KeysVersion(ctx)
	if err != nil {
		return nil, err
	}
	up := &KeysUpgrade{From: from, To: KeysVersion, Changes: []string{}, TouchedIDs: []string{}}
	if from == KeysVersion {
		return up, nil
	}
	path, ok := keysPath(from)
	if !ok {
		return up, fmt.Errorf("the archive's keys %q are not ones this reprint can upgrade from (it knows %d changes, up to %q): export it with reprint archive export and add the export to a new archive: %w", from, len(KeysChanges), KeysVersion, ErrKeys)
	}
	for _, c := range path {
		up.Changes = append(up.Changes, c.What)
	}
	sst, err := a.store.Stats(ctx)
	if err != nil {
		return up, err
	}
	for r, err := range a.store.Articles(ctx, true) {
		if err != nil {
			return up, err
		}
		up.Articles++
		if slices.ContainsFunc(path, func(c KeysChange) bool { return c.Touches(r.Text) }) {
			up.Touched++
			if len(up.TouchedIDs) < maxTouchedIDs {
				up.TouchedIDs = append(up.TouchedIDs, r.ID)
			}
		}
		progress.report(StepRead, up.Articles, sst.Articles)
	}
	if up.Touched > 0 {
		return up, fmt.Errorf("%d of %d archived texts hold what the change of keys touches (%v…): export the archive with reprint archive export and add the export to a new archive: %w", up.Touched, up.Articles, up.TouchedIDs[:min(3, len(up.TouchedIDs))], ErrKeysTouched)
	}
	if err := ks.SetKeysVersion(ctx, from, KeysVersion); err != nil {
		return up, err
	}
	up.Upgraded = true
	return up, nil
}
