package clean

import (
	"bytes"
	"regexp"
)

// A metered paywall counts the reader's free stories in a line of its
// own under the story: "You've read 4 of 5 free articles this month.",
// "You have 2 free articles left", "3 of 10 free stories remaining".
// The line speaks to the reader of their own reading; a story that
// tells of a paper's meter says who set it ("The Courier lets readers
// see five free articles a month").

// meterLinePattern is such a line, lower case, either apostrophe: the
// count read of the allowance, or the count left, of free articles or
// stories, and the period or nothing after it.
var meterLinePattern = regexp.MustCompile(`^\s*(?:(?:you(?:'|’)ve|you have)\s+(?:read|used)\s+\d+\s+(?:of|out\s+of)\s+(?:your\s+)?\d+\s+free\s+(?:articles?|stories|story|reads)|` +
	`(?:you have|you(?:'|’)ve got)\s+\d+\s+free\s+(?:articles?|stories|story|reads)\s+(?:left|remaining)|` +
	`\d+\s+(?:of|out\s+of)\s+\d+\s+free\s+(?:articles?|stories)\s+(?:left|remaining|read))` +
	`(?:\s+(?:this|per|a)\s+(?:month|week))?[.!]?\s*$`)

// meterLineMaxWords bounds such a line.
const meterLineMaxWords = 14

// meterLine reports whether lower, a line in lower case, is a
// paywall's meter.
func meterLine(lower []byte) bool {
	return bytes.Contains(lower, []byte("free")) && meterLinePattern.Match(lower)
}
