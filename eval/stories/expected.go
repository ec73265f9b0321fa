package stories

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// ExpectedFile is the name of a set's judgement file.
const ExpectedFile = "EXPECTED.json"

// Expected is a set's EXPECTED.json, as an editor judged the set.
type Expected struct {
	Notes     string               `json:"notes,omitempty"`
	Story     []string             `json:"story"`
	Outside   []string             `json:"outside"`
	Lineage   map[string]Choice    `json:"lineage"`
	Relations map[string]Choice    `json:"relations"`
	Credit    map[string]Choice    `json:"credit"`
	Quotes    map[string]Fragments `json:"quotes"`
	// SpeakerChanged is, per pair, per quotation fragment, whether the
	// derived article gives the quotation to another speaker.
	SpeakerChanged map[string]map[string]bool `json:"speaker_changed"`
	ChromeGone     map[string][]string        `json:"chrome_gone"`
	// OrderUnknown lists pairs "x-y" of versions of the same text that
	// nothing orders: one copied the other, and the editor cannot say
	// which. The engine must draw one of them as the other's parent and
	// say that the order is unknown.
	OrderUnknown []string `json:"order_unknown"`
}

// Fragments maps a quotation fragment to its acceptable statuses.
type Fragments map[string]Choice

// Choice is a set of acceptable answers: JSON null, a string, or a list of
// strings and nulls. A null answer is Null.
type Choice []string

// Null stands for JSON null in a Choice: a lineage root.
const Null = "null"

// UnmarshalJSON reads null, "x" or ["x", null, …].
func (c *Choice) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		*c = Choice{Null}
		return nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*c = Choice{s}
		return nil
	}
	var list []*string
	if err := json.Unmarshal(b, &list); err != nil {
		return fmt.Errorf("want null, a string or a list of them, not %s", b)
	}
	if len(list) == 0 {
		return errors.New("an empty list accepts nothing")
	}
	*c = (*c)[:0]
	for _, s := range list {
		if s == nil {
			*c = append(*c, Null)
		} else {
			*c = append(*c, *s)
		}
	}
	return nil
}

// Vocabularies of the answers, as the report writes them (report.Pair
// Relation, Credit.Status, Quote.Status). "term" is the status planned for
// short scare quotes (issue 10); a set may accept it before the engine
// gives it.
var (
	relationWords = []string{"unrelated", "same-story", "rewrite", "partial-copy", "copy"}
	creditWords   = []string{"credited", "not-credited"}
	quoteWords    = []string{"exact", "fragment", "altered", "merged", "unquoted-in-source", "unattested", "term"}
)

// parseExpected decodes an EXPECTED.json and checks its words. Unknown
// fields are errors, so that a misspelt key is not a check silently
// skipped.
func parseExpected(data []byte) (*Expected, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var e Expected
	if err := dec.Decode(&e); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("more than one JSON value")
	}
	if len(e.Story) == 0 && len(e.Outside) == 0 && len(e.Lineage) == 0 && len(e.Relations) == 0 &&
		len(e.Credit) == 0 && len(e.Quotes) == 0 && len(e.SpeakerChanged) == 0 && len(e.ChromeGone) == 0 && len(e.OrderUnknown) == 0 {
		return nil, errors.New("no checks: give at least one of story, outside, lineage, order_unknown, relations, credit, quotes, speaker_changed, chrome_gone")
	}
	for _, k := range sortedKeys(e.Relations) {
		if err := within(e.Relations[k], relationWords, "relations", k); err != nil {
			return nil, err
		}
	}
	for _, k := range sortedKeys(e.Credit) {
		if err := within(e.Credit[k], creditWords, "credit", k); err != nil {
			return nil, err
		}
	}
	for _, k := range sortedKeys(e.Quotes) {
		for _, f := range sortedKeys(e.Quotes[k]) {
			if strings.TrimSpace(f) == "" {
				return nil, fmt.Errorf("quotes %q: an empty fragment", k)
			}
			if err := within(e.Quotes[k][f], quoteWords, "quotes", k+" "+f); err != nil {
				return nil, err
			}
		}
	}
	for _, k := range sortedKeys(e.ChromeGone) {
		for _, s := range e.ChromeGone[k] {
			if strings.TrimSpace(s) == "" {
				return nil, fmt.Errorf("chrome_gone %q: an empty string", k)
			}
		}
	}
	return &e, nil
}

// within reports an answer of c outside the vocabulary words.
func within(c Choice, words []string, field, key string) error {
	for _, w := range c {
		if !slices.Contains(words, w) {
			return fmt.Errorf("%s %q: %q is not one of %s", field, key, w, strings.Join(words, ", "))
		}
	}
	return nil
}

func sortedKeys[M ~map[string]V, V any](m M) []string {
	return slices.Sorted(maps.Keys(m))
}
