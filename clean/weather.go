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
func weatherLine(line string) bool {
	if !strings.ContainsAny(line, "°º") || strings.ContainsAny(line, ":,;") || endsSentence(strings.TrimSpace(line)) {
		return false // most lines
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
