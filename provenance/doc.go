// Package provenance decides which of two related articles is the source of
// the other, and draws the lineage of each story: every article's most
// likely parent, or a common source the corpus does not hold.
//
// It takes every signal as a plain value ([Signals]): publication dates
// from ingest, the judge evidence from detect, credit from package credit,
// quotation statuses from package fidelity, term sets from rewrite; the
// witness signal hashes word grams itself (package analysis). It sits in
// layer 1 and the engine wires it after the stages that measure.
//
// # Direction: votes
//
// Each signal votes for A or for B as the source, or abstains, by a rule
// with a named threshold:
//
//	date         the earlier is the source; < DateTolerance apart or both unknown:
//	             abstain; only one known: the dated side, weighed WeightDatedOnly —
//	             unless WitnessMinVersions versions published before the dated side
//	             carry the undated side's wording where the two differ, and the
//	             witnesses name it: then the undated side, as a date (its text was
//	             in print before the other was published);
//	             two revisions of one page (SamePage: one URL) by their revision
//	             times (modified, else published, else crawled), any gap
//	containment  the derived text lies inside its source: the side whose coverage
//	             exceeds the other's by ContainMargin AND whose 3-word run share
//	             exceeds the other's by RunMargin is derived — where each side has
//	             FactsMin facts, only if the container's extra material carries
//	             facts (its share of facts absent from the other leads by
//	             DetailMargin): a padded rewrite contains its source too
//	credit       A credits B's publisher, or A's page names B's as its canonical
//	             page (ARendersB): B is the source (both ways: abstain); A credits
//	             the publisher of a third version and B credits no one (AKeepsCredit):
//	             A, weighed WeightKeptCredit — a copy drops a credit line;
//	             A is a press release and B is not (AIsRelease, package
//	             pressrelease): A — news is written from releases
//	quotes       A quotes ≥ QuoteOwnMin passages of B's own first-person prose
//	             word for word and B none of A's (AQuotesOwnOfB, fidelity's
//	             Check.Prose): B, whose writer A quotes, weighed WeightQuotedOwn;
//	             else A has ≥ QuoteCutMin quotations cut from B's, QuoteCutRatio×
//	             more than the reverse: B, whose quotations are complete, is the source
//	details      the side with the larger share of terms absent from the other,
//	             by DetailMargin, is the source: a rewrite or summary drops details;
//	             where each side has FactsMin facts (numbers and name words,
//	             rewrite.Analyzer.Facts, credit lines and datelines left out),
//	             the shares of facts: padding adds words, not facts
//	witnesses    where the two differ inside their shared passages, the side whose
//	             wording the other versions of the story carry — WitnessRatio× the
//	             other's grams, at least WitnessMinGrams, from at least
//	             WitnessMinVersions versions — is the source
//	flow         the side whose passages share more of their terms with the FlowWindow
//	             words around them (by FlowMargin and FlowRatio×) is the source: a
//	             passage is part of its source's flow and set into the derived text;
//	             abstains between two versions of one text (see flow.go)
//
// Dates and credit lines are facts: they say who could have copied whom,
// or the copier says it. Containment, quotes and details are readings of
// the two texts alone, each with a known way to be wrong; the witnesses
// read the other versions and find the centre of a family of copies. So
// facts decide and readings are weighed. Containment and details speak
// only when the two are versions of one text (each side at least
// VersionMinCoverage shared), not a passage set inside a longer text,
// where they read the host as the source. [Direct] decides in order:
//
//  1. date and credit name different sides             → unknown
//  2. credit names the other's publisher, a page
//     names the other as its canonical page, or one
//     side is a press release and the other not      → the credited side
//  3. the common-source pattern holds (quotations of
//     its own on each side, or a credit both give to
//     an outlet not at hand), the flow names neither
//     side, and the date and the witnesses do not
//     name the same one                               → common
//  4. date votes (both dates known, an hour apart, or
//     dated witnesses for the undated side)           → the earlier side
//  5. the readings, weighed: quotes WeightReading;
//     containment and details WeightReading when both
//     sides are VersionFullCoverage shared, less down to
//     0 at VersionMinCoverage (a passage in a host); a
//     credit line naming an outlet when the other's
//     publisher is unknown WeightCreditUnnamed;
//     a date on one side only WeightDatedOnly;
//     witnesses WitnessVersionWeight per net version,
//     at least WeightReading, at most WitnessMaxWeight;
//     the flow WeightFlow while one side is mostly
//     other material                                    → the heavier side
//     a lead under MinWeighed, or no vote              → unknown
//
// Credit comes before the common-source test because a text that credits
// another says where it took its story from, whatever it added; dates come
// after it because an earlier date makes a text a possible source, not the
// source of material the later text has and it lacks. No reading turns a
// fact over, and no single reading outweighs two: a chain's witnesses (a
// few descendants of the middle) lose to containment and details together,
// while a wire story's many copies outweigh them (see WitnessVersionWeight).
//
// # Witnesses
//
// Containment cannot tell an excerpt from an expansion: "A lies inside B"
// reads the same whether A cut B down or B added to A, and details fail
// the same way (the expansion has more). The other versions of the story
// can: each derived version edits its source in its own way, so where A
// and B word a shared passage differently, the other copies that took the
// passage carry the source's words, not the copier's. [Tally] hashes
// every run of WitnessGram words of each text, takes each side's grams
// that start inside its shared passages and that the other side lacks
// (its variants), and counts how many of each side's variants every other
// version holds. The versions are the articles related to either side by
// reuse (not same-story), strongest links first, at most MaxWitnesses.
// This is the rule of textual criticism that the reading most witnesses
// share is the archetype's; it needs a story of three or more versions, so
// `reprint compare` (a pair alone) never has it.
//
// Its limit is the stemma's: the versions find the centre of a family of
// copies, not its root. In a chain A → B → C, C carries B's edits, so the
// pair A–B has one version siding with B; WitnessMinVersions = 2 keeps a
// single such copy from deciding, and weighing them by versions
// (WitnessVersionWeight) keeps a chain's few from outweighing two
// readings. Wire stories and scraped articles are copied from one source
// many times over (a star), where the centre is the root and its many
// witnesses weigh more. A date or a credit is never overturned by them.
//
// # Common source
//
// Two articles that share text while each holds substantial material the
// other lacks did not copy one another: both come from a source not seen
// (two revisions of one article, two rewrites of one wire story). The
// pattern requires all of
//
//	judge.Judge(evidence) ≥ Rewrite                 the pair shares text
//	coverage A, coverage B < CommonContainMax       neither lies inside the other
//	only-terms A, B ≥ CommonDetailMin               each has details the other lacks
//	unattested quotes A, B ≥ CommonQuoteMin         each quotes what the other does not,
//	  or a shared credit (Signals.SharedCredit)     or both credit their text to one outlet
//	                                                not at hand
//	(1 − coverage) × words ≥ CommonMinWords         … and the material is a paragraph,
//	                                                not a changed word (when lengths known)
//
// The quotation condition is not in the brief, which asked for coverage and
// term shares alone; they cannot do it. The two scraped revisions of one
// BBC article (seeds 000 and 001) have coverages 0.67 and 0.21 and term
// shares 0.19 and 0.67. Any rule on coverage and term shares that calls
// them common also calls common 18 of the 54 Clough–Stevenson answers that
// detect relates to their source (those with both coverages ≤ 0.67 and
// both shares ≥ 0.19: partial copies and rewrites that add the student's
// own prose, g2pC_taska at 0.47/0.65 and 0.56/0.28 among them), and the
// measure counts a common source on a derived answer as a miss. What
// tells them apart is quotation: 000 quotes Zelensky ("The world sees how
// Russia is deliberately setting conditions…", "exchange of prisoners and
// an unconditional 30-day full interim ceasefire…") where 001 does not,
// and 001 quotes far more that 000 lacks. A derived text takes its
// quotations from its source; quotations of its own show access to the
// speaker or to another source. No Clough–Stevenson answer has a quotation
// its source does not attest, so the condition never fires there. The
// price: two versions of a story without quotations are never called
// common; they get a direction, or unknown, from the other signals —
// unless both name their common source. Two outlets' stories that each
// open "LISBON (Reuters) –" (or carry "Source: Reuters", or attribute the
// story to Reuters in the lede), neither published by Reuters and no
// Reuters article at hand, say in so many words that their shared text is
// the agency's: that stands in for the quotations. Without such a credit
// the texts alone cannot tell the siblings of an unseen wire story from a
// later rewrite that cut its source and added reporting of its own, and
// the date, when known, orders them (story set common-source). Both
// publishers must be known: an agency's own story opens with its own
// dateline, and a plain text opening "LONDON (Reuters) –" may be it.
//
// On the seeds the pattern also holds between the rewrites 002 and 003
// (siblings from 001), 002–004 and 003–004 (cousins) and 000–002, 000–003:
// rightly, as pairs, since each pair's shared source is a third article.
// Stories turns that into the lineage, where the real parent, a stronger
// link, wins.
//
// # Calibration: Clough–Stevenson
//
// The corpus has 57 answers derived from five Wikipedia excerpts (19 cut,
// 19 light, 19 heavy) and no dates, credits or quotations to speak of, so
// it measures containment, details and witnesses. TestClough runs detect
// on each task (the source and its 19 answers, which are each other's
// witnesses) and Direct on each derived answer's pair with its source;
// `reprint eval direction` does the same through the commands:
//
//	                                  TestClough   eval: scan   eval: compare
//	derived answers                       57           57            57
//	related to their source               55           55            55
//	source named                          54           55            51
//
// TestClough's miss, g4pE_taska, is related there by a passage covering no
// word on either side, below VersionMinCoverage. The two unrelated answers (g2pE_taskc, g4pD_taskb) were pasted from
// parts of the Wikipedia articles outside the excerpt: no text measure
// relates them. Per signal, in TestClough (of the 55):
//
//	signal        right  wrong  abstained
//	witnesses       50      0       5
//	details         49      3       3
//	containment     36      2      17
//	quotes           0      0      55
//
// Without witnesses — compare's view of a pair alone — four are lost.
// g0pB_taskc and g3pA_taskc hold the whole source excerpt (coverage of the
// source 1.00) plus text from the full Wikipedia article ("proposed by
// Salton, Wong and Yang"), so the answer contains the source and has more
// details: containment and details both read it as the source. g2pA_taskc
// (coverage 1.00 both ways, term shares 0.10 both) and g2pE_taska (0.94
// against 0.96; 0.12 against 0.15) are symmetric. With witnesses, the
// other answers of the task carry the excerpt's wording where these four
// changed it: 88 grams against 13 for g0pB_taskc, 387 against 23 for
// g3pA_taskc. The witnesses' thresholds have room: the weakest right vote
// is 16 grams against 0, the closest 88 against 13, the strongest
// wrong-way tally 7 against 0 (a near copy's few variants are carried by
// chance; WitnessMinGrams holds it off), and gram lengths 3, 4 and 5 name
// the same sources (see the constants).
//
// The weak margins sit on plateaus of the same measure (without
// witnesses): every ContainMargin in 0.05–0.15 with RunMargin 0.01–0.03
// gives the same count; DetailMargin 0.01–0.02 likewise, 0.05 loses the
// near copy g3pA_taskd (shares 0.03 against 0.01) to unknown, 0.10 five
// more. Coverage alone as the containment measure loses one more: a
// thorough paraphrase of the whole source has its sentence alignment cover
// the source too (g1pB_taskc: coverage 1.00 against 0.77, three-word runs
// 0.46 against 0.45), which requiring the run share to agree avoids. Term
// shares over all terms and over stems alone are equal; over names and
// numbers alone five worse (OnlyShares). The quotation and common-source
// thresholds are not fitted — the corpus has nothing to fit them on;
// their reasons are given where they are declared.
//
// # Lineage: one inference per story
//
// [Infer] takes the related pairs as [Link] values and decides the
// lineage of each story (connected component) at once, as a minimum-cost
// arborescence (Chu–Liu/Edmonds) over the story:
//
//	story credit   an article that a credit names as the source is an original:
//	               on its links no fact decides it gains WeightCreditedSource
//	arcs           each directed link an arc source → derived, each common
//	               link an arc Unseen → each side; unknown links none; an arc
//	               costs less for a higher relation, then a higher Strength
//	               (the coverage of the derived side)
//	nearer parent  an article that a parent P and P's child Q account for
//	               equally (arcs of one cost) hangs from Q when Q left out a real
//	               part of P (keeps at most NearerKeptMax of it): it left out
//	               the same (textual criticism's shared omission)
//	same text      a copy link of unknown direction whose two sides account for
//	               each other SameTextMargin better than any arc from a third
//	               article in the corpus (not Unseen) accounts for either offers
//	               arcs both ways: the two share
//	               departures from their parent, so one copied the other; the
//	               edge drawn is Unordered and the link stays undirected
//	root           a virtual root reaches every article at rootCost, above
//	               any arc: an article is a root when nothing reaches it, or
//	               when the arborescence must break a cycle there
//	credited       an article hung from Q, Q from G, that credits G and not Q
//	access         and holds CreditedAccessFacts of G's facts Q lacks (InferWith's
//	               Access) hangs from G: it says it took from G and has G's
//	               material Q could not give it (a daily's report of a press
//	               release beside a radio's, both rewording it alike); or
//	               when Q is a copy of nearly all of G that does not credit
//	               G (a TV station's report crediting a council's release,
//	               beside a paper's uncredited copy of it), or credits it in
//	               words the article does not repeat (InferCredited's
//	               Carried: a paper's cut of an AP story with the AP
//	               dateline, beside a station's copy that stripped it);
//	               without a credit, when it holds none of Q's facts and
//	               no more of Q's three-word runs G lacks than of G's Q
//	               lacks (InferCredited's Wording: a shared omission, not
//	               a rewrite of Q's rewording)
//	sibling        an article hung from G that holds CreditedAccessFacts of
//	access         a sibling Q's facts G lacks, and fewer of G's that Q
//	               lacks, hangs from Q: Q's own paragraph reached it
//	               through Q (a portal's rewrite of a paper's copy of an
//	               agency story, crediting the agency the copy credits)
//	ancestors      a link between an article and its ancestor takes the
//	               ancestor as its source; the pair's credit and quotations
//	               are then checked that way round
//
// Pairwise directions can form a cycle — a chain A → B → C → D whose ends,
// read as a pair alone, point back (the scraped D holds chrome A lacks, so
// it "contains" A). Edmonds breaks a cycle where replacing the arc costs
// least, the weakest link, and keeps the rest: a chain stays a chain, and
// the pair A–D then reads A as D's ancestor. Time is O(s·l) for a story of
// s articles and l links; past MaxArborescence articles a greedy pass
// (strongest arc first, skipping any that closes a cycle) draws it in
// O(l log l). [Stories] returns Infer's stories.
//
// On the seeds the lineage is
//
//	Unseen ─┬─ 000 ── 004
//	        └─ 001 ─┬─ 002
//	                └─ 003
package provenance
