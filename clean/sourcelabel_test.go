package clean

import "testing"

// TestSourceLabels: an aggregator card's label at its top, the outlet a
// credit line of the same text names and its section, goes; without
// such a credit line, or with a date after the name, it stays.
func TestSourceLabels(t *testing.T) {
	const headline = "Gerzenbach: Nachts schweigen die Kirchenglocken – jetzt wehrt sich das Dorf\n"
	runChromeCases(t, []chromeCase{{
		name: "label under the headline, credited at the foot",
		body: headline + "Aaretaler Zeitung · Region Aaretal\n\n" + plainStory + "Quelle: Aaretaler Zeitung\n",
		gone: []string{"Aaretaler Zeitung · Region Aaretal"},
		kept: []string{"Quelle: Aaretaler Zeitung"},
	}, {
		name: "English source line, a bar",
		body: headline + "Harwick Gazette | Local News\n\n" + plainStory + "Source: Harwick Gazette\n",
		gone: []string{"Harwick Gazette | Local News"},
	}, {
		name: "no credit line names it",
		body: headline + "Aaretaler Zeitung · Region Aaretal\n\n" + plainStory,
		kept: []string{"Aaretaler Zeitung · Region Aaretal"},
	}, {
		name: "a date after the name",
		body: headline + "Aaretaler Zeitung · 14. September 2025\n\n" + plainStory + "Quelle: Aaretaler Zeitung\n",
		kept: []string{"Aaretaler Zeitung · 14. September 2025"},
	}})
}
