package quote_test

import (
	"fmt"

	"github.com/reprint/reprint/quote"
)

func ExampleExtract() {
	text := `“Putin does this often – he doesn’t say ‘no’ outright,” Zelensky wrote. ` +
		`"We need to talk," he said. "Maybe I'll call." The Kremlin called it a "provocation".`
	for _, q := range quote.Extract(text, nil) {
		speaker := q.Speaker
		if q.Pronoun {
			speaker = "pronoun " + text[q.SpeakerSpan.Start:q.SpeakerSpan.End]
		}
		fmt.Printf("depth %d continued %-5v %-32q speaker %q\n", q.Depth, q.Continued, text[q.Span.Start:q.Span.End], speaker)
	}
	// Output:
	// depth 0 continued false "Putin does this often – he doesn’t say ‘no’ outright," speaker "Zelensky"
	// depth 1 continued false "no"                             speaker ""
	// depth 0 continued false "We need to talk,"               speaker "pronoun he"
	// depth 0 continued true  "Maybe I'll call."               speaker "pronoun he"
	// depth 0 continued false "provocation"                    speaker ""
}
