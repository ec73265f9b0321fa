package rewrite

import "testing"

// TestStopListOnly13: Punjabi and Gujarati texts are read by their stop
// lists since keys/13; English and Hindi ones are not touched.
func TestStopListOnly13(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"ਨਗਰ ਕੌਂਸਲ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਲੰਮੀ ਬਹਿਸ ਤੋਂ ਬਾਅਦ ਨਹਿਰ ਉੱਤੇ ਨਵਾਂ ਪੁਲ ਬਣਾਉਣ ਦੀ ਮਨਜ਼ੂਰੀ ਦੇ ਦਿੱਤੀ।", true},
		{"ખારીવડ ગામે ડેરીના ચિલિંગ સેન્ટરમાં મધરાતે એમોનિયા ગેસ લીક થતાં સત્તર લોકોને હોસ્પિટલ ખસેડાયા હતા.", true},
		{"The council approved the new bridge on Tuesday after a long debate about its cost.", false},
		{"नगर परिषद ने मंगलवार को लंबी बहस के बाद नहर पर नए पुल को मंजूरी दे दी।", false},
	} {
		if got := StopListOnly13(tt.text); got != tt.want {
			t.Errorf("StopListOnly13(%.40q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}
