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
