package engine

import "testing"

// TestWordingsThrough: two reports quoting one statement share its
// wording through the statement; a version that took a sibling's own
// sentences does not.
func TestWordingsThrough(t *testing.T) {
	const statement = "The council has decided to close the school. " +
		"\"This is not a decision any of us wanted to make, and we will support every family through the move,\" the leader said."
	texts := []string{
		statement,
		"Parents gathered at the gates on Tuesday. \"This is not a decision any of us wanted to make, and we will support every family through the move,\" the leader said. Joanne Pryce said she was heartbroken.",
		"The station spoke to the union. \"This is not a decision any of us wanted to make, and we will support every family through the move,\" the council leader said in a statement. A petition has 1,900 names.",
		"Parents gathered at the gates on Tuesday morning. Joanne Pryce said she was heartbroken and would fight the plan. \"This is not a decision any of us wanted to make,\" the leader said.",
		"Parents gathered at the gates.",
	}
	tests := []struct {
		name string
		x, y int
		anc  []int
		want bool
	}{
		{"both quote the statement", 1, 2, []int{0}, true},
		{"one took the other's own sentences", 1, 3, []int{0}, false},
		{"too little shared to say", 1, 4, []int{0}, false},
		{"no common ancestor", 1, 2, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWordings(texts, nil)
			if got := w.through(tt.x, tt.y, tt.anc); got != tt.want {
				t.Errorf("through(%d, %d, %v) = %v; want %v", tt.x, tt.y, tt.anc, got, tt.want)
			}
		})
	}
	var none *wordings
	if none.through(1, 2, []int{0}) {
		t.Error("a nil wordings said the wording came through")
	}
}

// TestWordingsThroughSiteName: the ancestor's own name is its wording,
// which its versions print as "the Office for National Statistics said"
// where its page prints it only in its furniture.
func TestWordingsThroughSiteName(t *testing.T) {
	texts := []string{
		"Inflation fell back in February, driven mainly by lower petrol prices and smaller increases in air fares.",
		"Prices rose 3.1%, the Office for National Statistics said. \"Inflation fell back in February, driven mainly by lower petrol prices and smaller increases in air fares.\"",
		"The Office for National Statistics said prices rose. \"Inflation fell back in February, driven mainly by lower petrol prices and smaller increases in air fares.\"",
	}
	if newWordings(texts, nil).through(1, 2, []int{0}) {
		t.Error("through without the ancestor's name: want false (its name is wording the ancestor's text lacks)")
	}
	if !newWordings(texts, []string{"Office for National Statistics", "", ""}).through(1, 2, []int{0}) {
		t.Error("through with the ancestor's name: want true")
	}
}

// TestOwnWording: two rewrites of one parent that share a sentence of
// their own narration, one the parent never wrote, took it one from the
// other; a quotation both carry, or the stock phrases of one kind of
// story scattered over their sentences, is no such sentence.
func TestOwnWording(t *testing.T) {
	texts := []string{
		// 0: the parent.
		"An estimated 3,000 tonnes of earth and rock slipped onto the beach below the terrace on Saturday night, the council said. \"The safety of residents has to come first,\" Councillor Diane Hollis said.",
		// 1: a morning bulletin rewriting it.
		"Fourteen families are out of their homes this morning. The Northmoor Chronicle reports around 3,000 tonnes of rock and earth came down onto the beach. Councillor Diane Hollis told the paper: \"The safety of residents has to come first.\"",
		// 2: the afternoon update, keeping the bulletin's sentence.
		"People forced out of their homes are being promised somewhere to stay. The Northmoor Chronicle reports around 3,000 tonnes of rock and earth came down onto the beach. The road is still closed.",
		// 3: another rewrite of the parent, its own words, the same quotation.
		"A cliff fall has forced fourteen households from their homes. Some 3,000 tonnes of rock fell on Saturday. \"The safety of residents has to come first,\" Councillor Diane Hollis said.",
		// 4 and 5: two reports with a place's stock phrase in different sentences.
		"A man died at the scene after a crash near the Mill Lane turning at Sallow Green at 6.40pm on Wednesday, and a woman was taken to hospital.",
		"Police were called at 6.40pm. The crash happened near the Mill Lane turning at Sallow Green, and a man died at the scene despite the efforts of paramedics and doctors.",
	}
	tests := []struct {
		name string
		x, y int
		anc  []int
		want bool
	}{
		{"the update keeps the bulletin's own sentence", 2, 1, []int{0}, true},
		{"the same, read from the bulletin", 1, 2, []int{0}, true},
		{"siblings sharing a quotation and a figure", 1, 3, []int{0}, false},
		{"stock phrases in different sentences", 4, 5, []int{0}, false},
		{"no common ancestor", 2, 1, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWordings(texts, nil)
			if got := w.ownWording(tt.x, tt.y, tt.anc); got != tt.want {
				t.Errorf("ownWording(%d, %d, %v) = %v; want %v", tt.x, tt.y, tt.anc, got, tt.want)
			}
		})
	}
}
