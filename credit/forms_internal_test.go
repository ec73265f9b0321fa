package credit

import "testing"

// TestLanguageForms: the credit forms of session 24's languages name
// their outlet, its case endings and report nouns cut.
func TestLanguageForms(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"uzbek: X xabariga ko‘ra", "UzA xabariga ko‘ra, tumanda yangi suv inshooti foydalanishga topshirildi.", "UzA"},
		{"icelandic: samkvæmt frétt X", "Samkvæmt frétt RÚV ætlar félagið að kanna málið.", "RÚV"},
		{"icelandic: á vef X", "Starfsfólki var greint frá uppsögnunum í morgun, segir á vef RÚV.", "RÚV"},
		{"kyrgyz: «X» сайтынан алынды", "Материал «Төр Ньюс» сайтынан алынды.", "Төр Ньюс"},
		{"basque: X egunkariak jaso duenez", "Enpresak lantegia ixteko erabakia jakinarazi die langileei, Berria egunkariak jaso duenez.", "Berria"},
		{"basque: Xk jakinarazi duenez", "Lantegia itxi egingo da, EITBk jakinarazi duenez.", "EITB"},
		{"welsh: yn ôl X", "Yn ôl Golwg360, mae'r fenter wedi codi £412,000.", "Golwg360"},
		{"welsh: diolch i X", "Diolch i Golwg360 am gael atgynhyrchu rhan o'r stori hon.", "Golwg360"},
		{"gujarati: X-ના અહેવાલ મુજબ", "દૈનિક જનપ્રહરીના અહેવાલ મુજબ, ખારીવડમાં ગેસ લીક થયો હતો.", "દૈનિક જનપ્રહરી"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range mentions(tt.text) {
				got = append(got, m.name)
				if m.name == tt.want {
					return
				}
			}
			t.Errorf("mentions(%q) = %q; want %q among them", tt.text, got, tt.want)
		})
	}
}

// TestRegistrable: the registrable domain by the Public Suffix List, and
// under a top-level domain it lacks, a generic second level read as a
// country's is.
func TestRegistrable(t *testing.T) {
	for _, tt := range []struct{ host, want string }{
		{"www.bbc.co.uk", "bbc.co.uk"},
		{"news.abc.net.au", "abc.net.au"},
		{"edition.cnn.com", "cnn.com"},
		{"www.haddletonmercury.co.example", "haddletonmercury.co.example"},
		{"fennvalleyadvertiser.co.example", "fennvalleyadvertiser.co.example"},
		{"news.example", "news.example"},
		{"www.aeronchronicle.co.uk.example", "aeronchronicle.co.uk.example"},
		{"learnwire.co.uk.example", "learnwire.co.uk.example"},
		{"localhost", "localhost"},
	} {
		if got := registrable(tt.host); got != tt.want {
			t.Errorf("registrable(%q) = %q; want %q", tt.host, got, tt.want)
		}
	}
}
