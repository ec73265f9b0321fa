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

// A station's script archive, which a US broadcaster keeps for viewers
// who are deaf or hard of hearing, prints over every script the same
// notice on what the posted text is: "Scripts are posted as they aired
// for viewers who are deaf or hard of hearing. They may differ slightly
// from the broadcast. Video is not included." It is the archive's, as a
// transcript platform's notice is (selfNote), set under the site's menu
// or over its footer; its words name the scripts and what aired, so
// that no line of a script, a cue or a spoken sentence, reads as it.

// scriptNoteNouns name the posted text as the notice's subject, lower
// case: the script or the transcript, in English only, as the archives
// are US stations' (scriptCueLabels).
var scriptNoteNouns = set(`script scripts transcript transcripts`)

// scriptNoteOpeners may stand before the noun: "This script is …",
// "These transcripts are …", "Our scripts are …".
var scriptNoteOpeners = set(`this these our the`)

// scriptNoteVerbs follow the noun: "Scripts are posted", "This script
// may differ", "Transcripts have been edited".
var scriptNoteVerbs = set(`are is were was may might have has will can`)

// scriptNoteWords are the notice's words for the broadcast the text
// comes from and the viewers it is posted for: "as they aired", "from
// the broadcast", "the newscast", "deaf or hard of hearing", "closed
// captioning". A sentence of a script speaks of the story, not of its
// own posting.
var scriptNoteWords = set(`aired broadcast broadcasts newscast newscasts deaf captioning captioned`)

// scriptNotice reports whether line, of words words, is a script
// archive's notice: at most selfNoteMaxWords words, opening with one of
// scriptNoteNouns (one of scriptNoteOpeners before it or none) and one
// of scriptNoteVerbs, and holding one of scriptNoteWords. "Scripts are
// due on Friday, the producer said" names no broadcast; "Transcripts of
// the hearing were released" has no verb after its noun.
func scriptNotice(line string, words int) bool {
	if words < 4 || words > selfNoteMaxWords {
		return false
	}
	f := strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	w := 0
	if len(f) > 2 && scriptNoteOpeners[f[0]] {
		w = 1
	}
	if w+1 >= len(f) || !scriptNoteNouns[f[w]] || !scriptNoteVerbs[f[w+1]] {
		return false
	}
	for _, x := range f[w+2:] {
		if scriptNoteWords[x] {
			return true
		}
	}
	return false
}

// scriptNotices removes a script archive's notice (scriptNotice) where
// the page's furniture sets it: the line above it or below it removed
// (the archive's menu over it, its footer under it). A story that
// reports a station's posting of its scripts says so among its own
// paragraphs. It runs once the page is decided, with the footer's
// notices (footerNotices), so that the notice, removed, opens no link
// list of the short lines under it: the archive's "Show:", "Aired:" and
// "Posted:" lines, the script's own record, stay.
func scriptNotices(body string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.removed || b.credit || !scriptNotice(body[b.span.Start:b.span.End], b.words) {
			continue
		}
		if i > 0 && blocks[i-1].removed || i+1 < len(blocks) && blocks[i+1].removed {
			b.dropNotice()
		}
	}
}
