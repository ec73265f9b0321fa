package provenance_test

import (
	"testing"

	"github.com/reprint/reprint/provenance"
)

func TestOnlyVia(t *testing.T) {
	tests := []struct {
		x, g, q []uint64
		want    int
	}{
		{[]uint64{1, 2, 3, 4}, []uint64{1, 2, 3}, []uint64{1}, 2}, // 2 and 3: in g, not in q
		{[]uint64{1, 2}, []uint64{1, 2}, []uint64{1, 2}, 0},
		{nil, []uint64{1}, nil, 0},
		{[]uint64{5, 9}, nil, nil, 0},
	}
	for _, tt := range tests {
		if got := provenance.OnlyVia(tt.x, tt.g, tt.q); got != tt.want {
			t.Errorf("OnlyVia(%v, %v, %v) = %d; want %d", tt.x, tt.g, tt.q, got, tt.want)
		}
	}
}
