package clean

import (
	"strings"
	"unicode"
)

// A radio newsroom's bulletin page may print the script as the reader
// reads it on air, with the script's production cues left in: the
// directions to the presenter and the studio, in capitals and in
// brackets, each alone on its line between the script's paragraphs
// ("(CUE: NEWS STING 0'04")", "(AUDIO: JO TANNER, COUNCIL · IN: AS
// SCRIPTED · DUR 0'17" · OUT: SOC)", "(NO CLIP: READ QUOTE)", "(OUT:
// TRAVEL AND WEATHER FOLLOWS · TRT 0'58")"). They are read by no
// listener: a cue names the jingle, the clip and its in and out words,
// the clip's duration and the bulletin's running time. In a bracket
// alone on its line a cue also has the shape of a standalone credit,
// "(Reuters)", which a cleaner keeps; so it is told first.

// scriptCueLabels are the labels that open a production cue before its
// colon, lower case: the cue itself, a clip or an actuality and its in
// and out words, the sound on tape, its voice-over, its duration and
// the bulletin's total running time (DUR, TRT), the jingle (STING), a
// music bed, sound effects (SFX), and "NO CLIP" where the reader reads
// a quote the clip would have played. The words are British and
// American newsroom practice, in English only: the story sets' scripts
// are English, and other languages' newsrooms word their cues their
// own way.
var scriptCueLabels = barSet(`cue | in | out | audio | clip | no clip | act | actuality | sot | vo | sov | dur | duration |
	trt | sting | bed | music | sfx | fx | wild track | ins | outs | outcue | out cue | in cue | incue | pkg | package`)

// scriptCueMaxWords bounds a cue: the clip's cue, with the speaker, the
// in words, the duration and the out words in one bracket ("AUDIO: JO
// TANNER, RYDALE HOMES · IN: AS SCRIPTED · DUR 0'17" · OUT: SOC", 14
// words as the line is split at spaces), has room to name a longer
// speaker and in words; a story's paragraph in capitals is longer.
const scriptCueMaxWords = 24

// scriptCue reports whether line is a production cue of a broadcast
// script alone on its line: in round or square brackets (the closing
// one may be lost when a copy cuts the line), no lower-case letter in
// it, opening with one of scriptCueLabels and a colon. A story's line
// in brackets is a credit ("(Reuters)", no colon), an editor's note in
// mixed case ("(Updates with quotes)"), or a teaser's label that no
// cue's label is ("(IN PICTURES: …)"), and a headline in capitals has
// no bracket around it.
func scriptCue(line string) bool {
	l := strings.TrimSpace(line)
	if len(l) < 4 || l[0] != '(' && l[0] != '[' {
		return false
	}
	if strings.ContainsFunc(l, unicode.IsLower) || len(strings.Fields(l)) > scriptCueMaxWords {
		return false
	}
	label, _, ok := strings.Cut(l[1:], ":")
	if !ok {
		return false
	}
	return scriptCueLabels[strings.ToLower(strings.Join(strings.Fields(label), " "))]
}

// scriptCues removes a broadcast script's production cues (scriptCue)
// wherever they stand: no line of a story is a bracket of capitals
// opening with a cue's label and its colon.
func scriptCues(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if scriptCue(body[b.span.Start:b.span.End]) {
			b.class, b.score, b.reason = classChrome, 1, ReasonMarkup
		}
	}
}
