// Package stories evaluates reprint on story sets: small folders of news
// articles about one event, written or gathered so that an editor can say
// what each article did — which one is the original, which copied or
// rewrote which, who credited whom, which quotations were changed — and
// checks the engine's report against that judgement.
//
// A set is a folder of articles in any format reprint reads (text, HTML,
// JSONL, WARC) and an EXPECTED.json:
//
//	{
//	  "notes": "free text for the reader of the set",
//	  "story": ["A", "B", "C"],
//	  "outside": ["X"],
//	  "lineage": {"A": null, "B": "A", "C": ["B", "A"], "D": "unseen"},
//	  "order_unknown": ["E-F"],
//	  "relations": {"A-B": ["rewrite"], "A-X": "unrelated"},
//	  "credit": {"A-B": "credited", "A-C": ["credited", "not-credited"]},
//	  "quotes": {"A-B": {"a very good chance": ["exact", "fragment"]}},
//	  "speaker_changed": {"A-B": {"a very good chance": false}},
//	  "chrome_gone": {"C": ["Leave a Reply", "Like Loading"]}
//	}
//
// Ids name articles by prefix: "A" is the article whose id (the file name
// for a file, the "id" field of a JSONL line) is "A" or starts with "A"
// followed by a character that is not a letter or digit ("A-bbc.txt",
// "A.html", "A_2.jsonl"). Every id used must match exactly one article.
// A pair "x-y" is ordered where it matters: x is the source and y the
// derived article for credit, quotes and speaker_changed (the engine must
// name x the source for the check to hold: a credit or a quotation judged
// against the wrong source is not judged); relations are unordered.
//
// The checks, one per entry:
//
//	story       the members are in one of the engine's stories
//	outside     the article is in no related pair
//	lineage     the article's parent in its story's lineage is one of the
//	            acceptable ones: an id, "unseen" (a common source not in
//	            the set), or null (a root, or in no story)
//	order       of a pair of versions of the same text that nothing orders
//	            (one copied the other, the editor cannot say which), one is
//	            the other's parent in the lineage and the edge says the
//	            order is unknown (report.Edge.OrderUnknown); the pair is
//	            unordered, and the lineage entries of the two list both
//	            ways up
//	relation    the pair's relation is one of the acceptable ones;
//	            "unrelated" when the engine reports no pair
//	credit      the engine names x the source and its credit verdict on y
//	            is one of the acceptable statuses
//	quote       the engine names x the source, and y's first quotation
//	            holding the fragment has one of the acceptable statuses
//	speaker     the same quotation's speaker_changed flag is as given
//	chrome      the article's cleaned text does not hold the string
//
// Fragments and chrome strings match after case folding, with curly
// quotes and apostrophes folded to straight ones, dashes to "-" and runs
// of white space to one space.
//
// Run evaluates every subfolder of a directory (or the directory itself
// when it holds an EXPECTED.json), each through engine.Scan of its
// articles alone. A set that cannot be evaluated — no EXPECTED.json, one
// that does not parse, an id that matches no article — is reported with
// its reason and the other sets are evaluated. A failed check carries the
// direction signals of its pair, so that the report says which signal
// went wrong.
package stories
