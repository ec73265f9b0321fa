package quote

import (
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/reprint/reprint"
)

// Transcripts
//
// A broadcaster's transcript prints what was said without quotation
// marks, each turn on a line of its own after its speaker's label in
// capitals and a time code: "[08:10:36] GUEST: We got this wrong.",
// "NICK ROBINSON: …". A story written from the interview quotes those
// turns, so a transcript's turns are its quotations: Turns reads them,
// for a story's quotations to be checked against them as against a
// report's own (package fidelity: exact, a fragment of a longer answer,
// altered, or merged from two answers).
//
// A label that is a role ("HOST", "GUEST", "PRESENTER") names its speaker
// by the page's header line ("Presenter: Clare Ashdown · Guest: Alistair
// Penrose, chief executive, …"); with no such line the turn has no
// speaker, rather than a role to compare with a name. A label that is a
// name ("NICK ROBINSON") is the speaker.

// transcriptLabel matches the opening of a transcript's turn: a time code
// in brackets or none, and the speaker's label in capitals with its colon.
var transcriptLabel = regexp.MustCompile(`^(?:\[[0-9:.]+\]\s*)?(\p{Lu}[\p{Lu} .'’-]{1,40}):\s`)

// interviewLabel matches the opening of a printed interview's turn: a
// name of one to three capitalised words and its colon. A magazine sets
// its own questions under its name in capitals ("SPIEGEL:", "KOMPASS:")
// and the answers under the guest's surname as it is written
// ("Oberländer:"), with no quotation marks: the answers are the guest's
// words, as a broadcaster's transcript's turns are.
var interviewLabel = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}):\s`)

// InterviewLabelMin is the fewest turns each of two labels must open for
// labels in mixed case to be an interview's: a question and an answer
// and the next of each. Lines such as "Foto: …" or "Update: …" open a
// line or two of a story under one label, not alternating turns; and the
// label must be a name the text writes elsewhere too (the guest's, in
// the introduction: "Katrin Oberländer, 51, ist seit Mai…").
const InterviewLabelMin = 2

// TranscriptMinTurns is the fewest labelled turns that make a text a
// transcript: an interview is a question, an answer and a question more;
// a story with one "NOTE:" line is none.
const TranscriptMinTurns = 3

// transcriptRoles are the labels that name a role, not a person, with the
// header's words that name who held it.
var transcriptRoles = map[string][]string{
	"HOST":        {"host", "presenter"},
	"PRESENTER":   {"presenter", "host"},
	"INTERVIEWER": {"interviewer", "presenter", "host"},
	"GUEST":       {"guest"},
	"INTERVIEWEE": {"guest", "interviewee"},
	"CALLER":      nil,
	"REPORTER":    {"reporter"},
	"ANNOUNCER":   nil,
}

// Turns returns the turns of text when it is a transcript (at least
// TranscriptMinTurns labelled lines), as quotations in text order: Span
// and Outer the turn's words after the label, Speaker the person the
// label names (see above), SpeakerSpan the label. A magazine's printed
// interview is read so too: its questions under the magazine's name,
// its answers under the guest's name in mixed case (interviewLabel); so
// is a call transcript whose speakers' names stand on lines of their own
// (speakerLineTurns). A text that is no transcript has none.
func Turns(text string) []Quote {
	type turn struct {
		label       reprint.Span
		words       reprint.Span
		labelString string
	}
	var turns []turn
	mixed := map[string]int{} // turns under each label in mixed case
	count := map[string]int{} // turns under each label
	for sp, w := range labelledLines(text, transcriptLabel, interviewLabel) {
		label := text[sp.Start:sp.End]
		turns = append(turns, turn{label: sp, words: w, labelString: label})
		count[label]++
		if !transcriptLabel.MatchString(text[sp.Start:w.End]) {
			mixed[label]++
		}
	}
	// Labels in mixed case stay only as a printed interview's: each
	// recurs, beside another label that recurs, and names someone the
	// text names outside its labels.
	if len(mixed) > 0 {
		recurring := 0
		for _, n := range count {
			if n >= InterviewLabelMin {
				recurring++
			}
		}
		turns = slices.DeleteFunc(turns, func(t turn) bool {
			return mixed[t.labelString] > 0 && (recurring < 2 || count[t.labelString] < InterviewLabelMin ||
				strings.Count(text, t.labelString) <= count[t.labelString])
		})
	}
	if len(turns) < TranscriptMinTurns {
		if qa := qaTurns(text); len(qa) > 0 {
			return qa
		}
		return speakerLineTurns(text)
	}
	var out []Quote
	for _, t := range turns {
		q := Quote{Span: t.words, Outer: t.words, SpeakerSpan: t.label}
		if roles, ok := transcriptRoles[t.labelString]; ok {
			q.SpeakerSpan = headerName(text, roles)
		}
		q.Speaker = text[q.SpeakerSpan.Start:q.SpeakerSpan.End]
		out = append(out, q)
	}
	return out
}

// headerName returns where the person a transcript's header names for
// one of roles stands ("Guest: Alistair Penrose, chief executive, …"
// gives "Alistair Penrose"): the capitalised words after the role's
// colon, up to a comma, a middle dot or the line's end; the empty span
// for none.
func headerName(text string, roles []string) reprint.Span {
	off := 0
	for line := range strings.Lines(text) {
		if transcriptLabel.MatchString(line) {
			break // the header stands above the turns
		}
		low := strings.ToLower(line) // ASCII role words: offsets kept for them
		for _, role := range roles {
			i := strings.Index(low, role+":")
			if i < 0 || i > 0 && unicode.IsLetter(rune(low[i-1])) || len(low) != len(line) {
				continue
			}
			start := i + len(role) + 1
			for start < len(line) && line[start] == ' ' {
				start++
			}
			end := len(line)
			if j := strings.IndexAny(line[start:], ",·|;\n"); j >= 0 {
				end = start + j
			}
			for end > start && unicode.IsSpace(rune(line[end-1])) {
				end--
			}
			if name := strings.Fields(line[start:end]); len(name) >= 1 && len(name) <= maxHeaderNameWords && allCapitalised(name) {
				return reprint.Span{Start: off + start, End: off + end}
			}
		}
		off += len(line)
	}
	return reprint.Span{}
}

// maxHeaderNameWords bounds a name in a transcript's header: a title and
// three names ("Cllr Martin Edevane").
const maxHeaderNameWords = 4

func allCapitalised(ws []string) bool {
	for _, w := range ws {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// speakerLine matches a call transcript's line that names who speaks
// next: a name of two to four capitalised words, a double hyphen or a
// dash, and the speaker's title or firm ("Dana Whitcomb -- President and
// Chief Executive Officer", "Priya Raman -- Halvorsen Securities --
// Analyst"), alone on its line.
var speakerLine = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}) (?:--|—|–) \p{Lu}[^\n]{1,100}$`)

// operatorLine is the conference operator's line, which names no one.
var operatorLine = regexp.MustCompile(`^(?:Operator|OPERATOR)$`)

// speakerLineTurns returns the turns of an earnings call's transcript
// as financial sites print it: a line naming the speaker and a title
// (speakerLine), or the operator's, then what was said, paragraph after
// paragraph, up to the next such line, with no quotation marks. Each
// paragraph is a turn of the speaker the line above names (the
// operator's name no one). At least TranscriptMinTurns speakers' lines
// with names make a text such a transcript: a story names its people
// in sentences, not on lines of their own with their titles after a
// dash.
func speakerLineTurns(text string) []Quote {
	var out []Quote
	named := 0
	speaker := reprint.Span{}
	in := false // under a speaker's line
	off := 0
	for line := range strings.Lines(text) {
		body := strings.TrimRight(line, "\r\n")
		trimmed := strings.TrimSpace(body)
		lead := len(body) - len(strings.TrimLeft(body, " \t"))
		switch {
		case trimmed == "":
		case operatorLine.MatchString(trimmed):
			speaker, in = reprint.Span{}, true
		default:
			if m := speakerLine.FindStringSubmatchIndex(trimmed); m != nil {
				speaker, in = reprint.Span{Start: off + lead + m[2], End: off + lead + m[3]}, true
				named++
				break
			}
			if in {
				w := reprint.Span{Start: off + lead, End: off + lead + len(trimmed)}
				out = append(out, Quote{Span: w, Outer: w, SpeakerSpan: speaker, Speaker: text[speaker.Start:speaker.End]})
			}
		}
		off += len(line)
	}
	if named < TranscriptMinTurns {
		return nil
	}
	return out
}

// A question-and-answer interview prints each question after a "Q:"
// and each answer after an "A:", in the paper's own language ("ถาม:" and
// "ตอบ:" in Thai, "P:" and "R:" in Spanish, "Frage:" and "Antwort:"), the
// guest named only in the introduction. The answers are the guest's
// words, as a transcript's turns are, so a story quoting them is
// checked against them; with no label naming the guest, they have no
// speaker, and the questions are the paper's.

// qaLabel matches the opening of a question or an answer: its label and
// colon (a full-width one too) at the start of a line.
var qaLabel = regexp.MustCompile(`^(Q|A|P|R|F|ถาม|ตอบ|Question|Answer|Pregunta|Respuesta|Frage|Antwort|Вопрос|Ответ|Питання|Відповідь|Soru|Cevap|Pertanyaan|Jawaban|Vraag|Antwoord|Domanda|Risposta|Pergunta|Resposta|Kysymys|Vastaus|Pytanie|Odpowiedź)\s?[:：]\s`)

// qaPairs are the labels of a question and of its answer that print one
// interview together.
var qaPairs = [][2]string{{"Q", "A"}, {"ถาม", "ตอบ"}, {"P", "R"}, {"F", "A"}, {"Question", "Answer"},
	{"Pregunta", "Respuesta"}, {"Frage", "Antwort"}, {"Вопрос", "Ответ"}, {"Питання", "Відповідь"},
	{"Soru", "Cevap"}, {"Pertanyaan", "Jawaban"}, {"Vraag", "Antwoord"}, {"Domanda", "Risposta"},
	{"Pergunta", "Resposta"}, {"Kysymys", "Vastaus"}, {"Pytanie", "Odpowiedź"}}

// qaTurns returns the questions and answers of text when it prints an
// interview so: one pair's question and answer labels each open at
// least InterviewLabelMin lines, and together TranscriptMinTurns; none
// otherwise. Each turn has no speaker (see above).
func qaTurns(text string) []Quote {
	type turn struct {
		label string
		words reprint.Span
	}
	var turns []turn
	count := map[string]int{}
	for label, w := range labelledLines(text, qaLabel) {
		turns = append(turns, turn{text[label.Start:label.End], w})
		count[text[label.Start:label.End]]++
	}
	for _, p := range qaPairs {
		if count[p[0]] < InterviewLabelMin || count[p[1]] < InterviewLabelMin || count[p[0]]+count[p[1]] < TranscriptMinTurns {
			continue
		}
		var out []Quote
		for _, t := range turns {
			if t.label == p[0] || t.label == p[1] {
				out = append(out, Quote{Span: t.words, Outer: t.words})
			}
		}
		return out
	}
	return nil
}

// labelledLines yields, for each line of text that the first of res to
// match opens with a label (its first group) and words after it, the
// label's span and the words', trimmed of trailing white space.
func labelledLines(text string, res ...*regexp.Regexp) iter.Seq2[reprint.Span, reprint.Span] {
	return func(yield func(reprint.Span, reprint.Span) bool) {
		for off := 0; off < len(text); {
			end := strings.IndexByte(text[off:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += off
			}
			var m []int
			for _, re := range res {
				if m = re.FindStringSubmatchIndex(text[off:end]); m != nil {
					break
				}
			}
			if m != nil {
				w := reprint.Span{Start: off + m[1], End: end}
				for w.End > w.Start && unicode.IsSpace(rune(text[w.End-1])) {
					w.End--
				}
				if !w.Empty() && !yield(reprint.Span{Start: off + m[2], End: off + m[3]}, w) {
					return
				}
			}
			off = end + 1
		}
	}
}
