package quote

import "testing"

// TestCaselessAntecedent: the speaker a pronoun's quotation stands for,
// in scripts without case, is the nearest one named by a verb of speech
// before it: in its own sentence, or in a sentence before it, with a
// quotation or none; a particle that looks like a verb names no one.
func TestCaselessAntecedent(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"bengali: a clause of reported speech before", "উপজেলা কৃষি কর্মকর্তা ফারহানা ইয়াসমিন জানান, আলু দুই থেকে চার ডিগ্রিতে রাখতে হয়। তিনি বলেন, “তাপমাত্রা উঠে গেলে পচন ধরে।”",
			"উপজেলা কৃষি কর্মকর্তা ফারহানা ইয়াসমিন"},
		{"urdu: X نے بتایا کہ …", `پروجیکٹ ڈائریکٹر انجینئر فرخ ندیم نے بتایا کہ کام جلد ہوگا۔ انہوں نے کہا کہ "ہر پینل پر کوڈ ہوگا"`,
			"پروجیکٹ ڈائریکٹر انجینئر فرخ ندیم"},
		{"arabic: the quotation's own sentence", `يرى رئيس المجلس البلدي خليفة سعيد النقبي أن المشروع مفيد، وقال: "أهالي المدينة انتظروا طويلاً"`,
			"رئيس المجلس البلدي خليفة سعيد النقبي"},
		{"hebrew: the name and the role in apposition before the verb, a quotation continuing hers", `ד"ר נועה רביבו, האקולוגית של רשות נחל ארזים, הסבירה כי מי הגבינה עשירים בחומר אורגני. "ראינו להקות שלמות של דגים צפות על המים", סיפרה. "ייקח לו שנים להתאושש"`,
			`ד"ר נועה רביבו, האקולוגית של רשות נחל ארזים`},
		{"nepali: a particle names no one", "गाउँपालिकाले भने पत्र आएपछि जाँच गरेको छ। “पानी पुर्‍याउनु हो,” उनले भने।", ""},
		{"telugu: the sentence before names her, a demand before that", "పరిహారం చెల్లించాలని ఆయన డిమాండ్ చేశారు.\n\nకట్ట పునర్నిర్మాణంపై కలెక్టర్ హరిణి స్పష్టత ఇచ్చారు. “వారం రోజుల్లో తాత్కాలిక మరమ్మతులు పూర్తి చేస్తాం” అని ఆమె తెలిపారు.",
			"కట్ట పునర్నిర్మాణంపై కలెక్టర్ హరిణి"},
		{"odia: a sentence of the quotation's paragraph tells of someone unread", "ସରପଞ୍ଚ ସାହୁ କହିଛନ୍ତି, “ଗାଁରେ ପାଣି ନାହିଁ।”\n\nବିଡିଓ ଷଡ଼ଙ୍ଗୀ ନିଜେ ଆସି ଲୋକଙ୍କ ସହ କଥା ହୋଇଥିଲେ। ସେ କହିଛନ୍ତି, “ତଦନ୍ତ ହେବ।”", ""},
		{"odia: the quotation opens its paragraph, the speaker in the one before", "ସରପଞ୍ଚ ସାହୁ କହିଛନ୍ତି, “ଗାଁରେ ପାଣି ନାହିଁ।”\n\nସେ କହିଛନ୍ତି, “ତଦନ୍ତ ହେବ।”", "ସରପଞ୍ଚ ସାହୁ"},
		{"a cased text is not read", `The mayor said the pool would close. "We tried," he said.`, ""},
	} {
		qs := Extract(tc.text, nil)
		if len(qs) == 0 {
			t.Fatalf("%s: no quotation", tc.name)
		}
		q := qs[len(qs)-1]
		if got := CaselessAntecedent(tc.text, q.Outer); got != tc.want {
			t.Errorf("%s: CaselessAntecedent = %q; want %q", tc.name, got, tc.want)
		}
	}
}
