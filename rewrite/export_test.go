package rewrite

import "reflect"

// SameDoc reports whether two Docs hold the same features and weights,
// bit for bit.
func SameDoc(a, b *Doc) bool { return reflect.DeepEqual(*a, *b) }
