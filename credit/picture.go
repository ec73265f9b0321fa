package credit

import "strings"

// pictureLabels open a picture's credit before its colon, lower case:
// "Image: Westmoor Herald", "Photo: Reuters", "Foto: ANSA".
var pictureLabels = []string{"image", "images", "photo", "photos", "photograph", "picture", "pictures", "pic",
	"photo credit", "image credit", "image source", "foto", "fotos", "imagen", "imagem", "bild", "kuva"}

// PictureCredit returns the name after a pictureLabels label and its
// colon (the French " :" too), when inner, a parenthesis's text, opens
// with one: "Image: Westmoor Herald" gives "Westmoor Herald".
func PictureCredit(inner string) (string, bool) {
	for _, l := range pictureLabels {
		if rest, ok := labelRest(inner, l); ok {
			if rest = strings.TrimSpace(rest); rest != "" {
				return rest, true
			}
		}
	}
	return "", false
}

// labelRest returns what follows label and its colon at the start of s
// (case folded; a space before the colon, as French sets it, allowed).
func labelRest(s, label string) (string, bool) {
	if len(s) <= len(label) || !strings.EqualFold(s[:len(label)], label) {
		return "", false
	}
	rest := strings.TrimLeft(s[len(label):], " \u00a0\u202f")
	if !strings.HasPrefix(rest, ":") {
		return "", false
	}
	return rest[1:], true
}
