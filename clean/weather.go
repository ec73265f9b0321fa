package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A news site's header or sidebar carries a weather widget, which a copy
// of the page keeps as a line of its own among the menu's items: the
// place, the temperature with its degree sign and the sky in title case
// ("Port Calder 58°F Partly Cloudy", "Harlow 9°C Cloudy"). A story that
// reports the weather says it in a sentence ("It was 58°F and partly
// cloudy in Port Calder"), and a forecast's table sets a day before the
// figure ("Tuesday 61°F Sunny") or parts its cells with a colon or a
// comma ("Port Calder: 58°F, partly cloudy"); the widget does neither.
// The line is decisive like any of the page's widgets (wWidget).
//
// A widget may instead name itself, a word of weather where the place
// stood, then a colon, the temperature, a comma and the sky ("Wetter
// aktuell: 21 °C, bewölkt", "Weather now: 58°F, partly cloudy",
// "Météo : 14 °C, averses"). The label is the widget's own: no story
// and no forecast's table opens a line with the word "weather" and a
// colon over one figure, while a table's row names its place or its
// day there ("Port Calder: 58°F, partly cloudy" stays). Either shape
// may set a space between the figure and its degree sign ("21 °C"),
// as many templates print it.

// skyWords are the conditions a weather widget prints after the
// temperature, lower case: English, French, German, Spanish, Italian,
// Portuguese and Dutch, as the widgets of news sites' templates and the
// weather services they embed word them.
var skyWords = barSet(`sunny | mostly sunny | partly sunny | clear | mostly clear | fair | cloudy | partly cloudy |
	mostly cloudy | overcast | fog | foggy | mist | misty | haze | hazy | smoke | rain | light rain | heavy rain |
	showers | scattered showers | drizzle | snow | light snow | snow showers | sleet | thunderstorms |
	scattered thunderstorms | t-storms | windy | breezy |
	ensoleillé | éclaircies | nuageux | très nuageux | partiellement nuageux | couvert | brouillard | pluie |
	averses | bruine | neige | orages |
	sonnig | heiter | wolkig | leicht bewölkt | bewölkt | bedeckt | nebel | regen | schauer | schnee | gewitter |
	soleado | despejado | nubes | nublado | parcialmente nublado | cubierto | niebla | lluvia | chubascos | nieve |
	tormentas | sereno | soleggiato | poco nuvoloso | nuvoloso | coperto | nebbia | pioggia | rovesci | neve |
	temporali | ensolarado | céu limpo | limpo | encoberto | nevoeiro | chuva | aguaceiros |
	trovoadas | zonnig | licht bewolkt | half bewolkt | bewolkt | zwaar bewolkt | buien | sneeuw | onweer`)

// weatherLabels are the words a labelled widget opens with before its
// colon, lower case: "weather" in English, German, French, Italian,
// Spanish, Portuguese and Dutch ("tiempo" and "tempo" only after their
// article, as the widgets print them: alone they also say "time").
// Words after the label's first word and before the colon say when or
// where ("aktuell", "now", "in Harlow"), up to weatherPlaceMaxWords.
var weatherLabels = set(`weather wetter météo meteo clima weer`)

// weatherArticles are the articles Spanish and Portuguese set before
// their word for the weather ("El tiempo: 24 °C, soleado", "O tempo:
// 19 °C, nublado"), which then is no word for time.
var weatherArticles = map[string]string{"el": "tiempo", "o": "tempo", "het": "weer"}

// weatherDays are the days a forecast names before its figure, lower
// case, beyond stampDays' weekdays: "Tonight 41°F Clear" is a forecast's
// line, which a weather story may set in its text.
var weatherDays = set(`tonight tomorrow overnight demain mañana morgen domani amanhã`)

// weatherMaxWords bounds a weather widget's line: a place of up to
// weatherPlaceMaxWords words, the temperature and a sky of two or three
// words.
const weatherMaxWords = 8

// weatherPlaceMaxWords bounds the place before the temperature: a
// town's name ("Port Calder", "Saint-Jean-de-Luz", "Newcastle upon
// Tyne").
const weatherPlaceMaxWords = 4

// weatherLine reports whether line is a weather widget's line: up to
// weatherPlaceMaxWords words of a place, each opening with a capital
// and none a day (stampDays, weatherDays), then a temperature, figures
// and a degree sign with its unit or none ("58°F", "-3°C", "+21°"),
// then a sky of skyWords opening with a capital; no colon, comma or
// closing stop. Lines without a degree sign return at once.
//
// A line with a colon is read as a labelled widget instead
// (labelledWeather).
func weatherLine(line string) bool {
	if !strings.ContainsAny(line, "°º") || endsSentence(strings.TrimSpace(line)) {
		return false // most lines
	}
	line = joinDegree(line)
	if label, rest, ok := strings.Cut(line, ":"); ok {
		return labelledWeather(label, rest)
	}
	if strings.ContainsAny(line, ",;") {
		return false
	}
	f := strings.Fields(line)
	if len(f) < 2 || len(f) > weatherMaxWords {
		return false
	}
	t := -1
	for k, w := range f {
		if temperature(w) {
			t = k
			break
		}
	}
	if t < 0 || t > weatherPlaceMaxWords || t == len(f)-1 {
		return false
	}
	for _, w := range f[:t] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || stampDays[strings.ToLower(w)] || weatherDays[strings.ToLower(w)] {
			return false
		}
	}
	if r, _ := utf8.DecodeRuneInString(f[t+1]); !unicode.IsUpper(r) {
		return false
	}
	return skyWords[strings.ToLower(strings.Join(f[t+1:], " "))]
}

// temperature reports whether w is a temperature as a widget prints it:
// a sign or none, one to three figures, a degree sign (or the ordinal
// mark some templates set for it) and F or C or nothing.
func temperature(w string) bool {
	w = strings.TrimLeft(w, "+-−")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "F"), "C")
	d, ok := strings.CutSuffix(w, "°")
	if !ok {
		d, ok = strings.CutSuffix(w, "º")
	}
	return ok && len(d) >= 1 && len(d) <= 3 && strings.Trim(d, "0123456789") == ""
}

// labelledWeather reports whether label and rest, the parts of a line
// around its first colon, are a labelled weather widget's: a label
// opening with a word of weatherLabels (or an article and its word,
// weatherArticles) and up to weatherPlaceMaxWords words more, then a
// temperature, a comma or none, and a sky of skyWords in either case
// ("Wetter aktuell: 21°C, bewölkt", the degree sign joined already).
func labelledWeather(label, rest string) bool {
	lf := strings.Fields(strings.ToLower(label))
	if len(lf) == 0 || len(lf) > 1+weatherPlaceMaxWords {
		return false
	}
	if w, ok := weatherArticles[lf[0]]; ok && len(lf) > 1 && lf[1] == w {
		lf = lf[1:]
	} else if !weatherLabels[lf[0]] {
		return false
	}
	t, sky, ok := strings.Cut(strings.TrimSpace(rest), " ")
	if !ok || strings.ContainsAny(sky, ":;") {
		return false
	}
	t = strings.TrimSuffix(t, ",")
	sky = strings.TrimPrefix(strings.TrimSpace(sky), ", ")
	return temperature(t) && len(strings.Fields(sky)) <= weatherMaxWords-1-len(lf) &&
		skyWords[strings.ToLower(strings.Join(strings.Fields(sky), " "))]
}

// joinDegree returns line with the space between a figure and a
// degree sign taken out ("21 °C" becomes "21°C"); a line without a
// spaced degree sign comes back as it is, without allocating.
func joinDegree(line string) string {
	if !strings.Contains(line, " °") && !strings.Contains(line, " º") {
		return line
	}
	var b strings.Builder
	for k := 0; k < len(line); k++ {
		if line[k] == ' ' && k > 0 && '0' <= line[k-1] && line[k-1] <= '9' &&
			(strings.HasPrefix(line[k+1:], "°") || strings.HasPrefix(line[k+1:], "º")) {
			continue
		}
		b.WriteByte(line[k])
	}
	return b.String()
}
