package analysis

// Ethiopic writes a consonant and its vowel as one syllable, eight to a
// row of its block (ሀ ሁ ሂ ሃ ሄ ህ ሆ, then ለ ሉ …): the row is the
// consonant. Amharic and Tigrinya join prepositions and endings to a word
// and change a syllable's vowel as they inflect it ("ጤፍ", teff, is "ጤፌ",
// my teff; "ዝናብ", rain, is "በዝናብ", by rain), so a word's consonants,
// read by row, are what its forms keep; and a name spelt in Ge'ez letters
// ("ኤሪ-ቲቪ") has the consonants of its Latin spelling ("ERi-TV").

// ethiopicRows maps a row of the Ethiopic syllabary (its first code
// point) to a consonant class, the letter a Latin spelling writes for it
// with the classes of Latin consonant skeletons (ch c, sh s, z j, f p, w
// v, q k). The glottal አ and the pharyngeal ዐ, which carry a vowel, and
// the h rows have none, as vowels and h have none in Latin; the
// labialised rows (ቈ, ኰ, ጐ) are their plain ones.
var ethiopicRows = map[rune]byte{
	0x1208: 'l', 0x1218: 'm', 0x1220: 's', 0x1228: 'r', 0x1230: 's', 0x1238: 's',
	0x1240: 'k', 0x1248: 'k', 0x1250: 'k', 0x1258: 'k', 0x1260: 'b', 0x1268: 'v',
	0x1270: 't', 0x1278: 'c', 0x1290: 'n', 0x1298: 'n', 0x12A8: 'k', 0x12B0: 'k',
	0x12B8: 'k', 0x12C0: 'k', 0x12C8: 'v', 0x12D8: 'j', 0x12E0: 'j', 0x12E8: 'y',
	0x12F0: 'd', 0x12F8: 'd', 0x1300: 'j', 0x1308: 'g', 0x1310: 'g', 0x1318: 'g',
	0x1320: 't', 0x1328: 'c', 0x1330: 'p', 0x1338: 's', 0x1340: 's', 0x1348: 'p', 0x1350: 'p',
}

// IsEthiopic reports whether r is a syllable of the Ethiopic block.
func IsEthiopic(r rune) bool { return r >= 0x1200 && r < 0x1360 }

// EthiopicConsonant returns the consonant class of the Ethiopic syllable
// r (its row's), and false for a vowel carrier, an h row or a rune that
// is no Ethiopic syllable.
func EthiopicConsonant(r rune) (byte, bool) {
	if !IsEthiopic(r) {
		return 0, false
	}
	c, ok := ethiopicRows[r&^7]
	return c, ok
}
