package htmltext

import "slices"

// spanSet holds the vis ranges of text already written and answers whether
// a range lies inside one of them: the test that tells a block repeated by
// go-trafilatura from text the page itself repeats.
//
// Only maximal spans are kept: a span inside another adds nothing to the
// answer. Sorted by start, maximal spans have strictly increasing ends as
// well (a later start with an end no further would be inside its
// predecessor), so the one span that can hold [v0, v1) is the last that
// starts at or before v0, found by binary search. Rendering finds text in
// page order almost always, so add appends at the end in O(1); a span
// found earlier in the page is inserted with a copy of the tail.
//
// Before this, every block scanned every span written so far: a page of
// 1,000,000 <p>a</p> took 344 s in extract (BENCHMARKS.md, "Hostile input").
type spanSet struct {
	s []span // maximal spans, starts and ends strictly increasing
}

// covers reports whether [v0, v1) lies inside one span of the set.
func (ss *spanSet) covers(v0, v1 int) bool {
	i := ss.after(v0)
	return i > 0 && v1 <= ss.s[i-1].end
}

// after returns the index of the first span that starts after v.
func (ss *spanSet) after(v int) int {
	n := len(ss.s)
	if n == 0 || ss.s[n-1].start <= v {
		return n // the common case: at or after the last span
	}
	i, _ := slices.BinarySearchFunc(ss.s, v, func(s span, v int) int {
		if s.start <= v {
			return -1
		}
		return 1
	})
	return i
}

// add puts [start, end) in the set, dropping the spans it holds.
func (ss *spanSet) add(start, end int) {
	if end <= start || ss.covers(start, end) {
		return
	}
	i := ss.after(start)
	if i > 0 && ss.s[i-1].start == start {
		i-- // same start, longer: replaces it
	}
	j := i
	for j < len(ss.s) && ss.s[j].end <= end {
		j++
	}
	ss.s = slices.Replace(ss.s, i, j, span{start, end})
}
