package clean

import "testing"

// TestRelatedLabels: a related box headed by the adjective "related"
// and the site's own noun for its items goes with its titles, in
// Spanish, English, Italian and French; a story's subhead of the same
// shape over prose stays.
func TestRelatedLabels(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "Spanish bulletins",
		body: plainStory + "Boletines relacionados\nIELCH abre convocatoria para el Premio Estatal de Literatura 2026\nTalleres de lectoescritura llegan a 14 municipios\n\n© 2025 Instituto\n",
		gone: []string{"Boletines relacionados", "IELCH abre convocatoria para el Premio Estatal de Literatura 2026", "Talleres de lectoescritura llegan a 14 municipios"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "English, Italian and French",
		body: plainStory + "Related bulletins\nCouncil opens grants for rural libraries\nNew bus timetable from March\n\n" +
			plainStory + "Comunicati correlati\nLa giunta approva il bilancio 2026\nNuovi orari della biblioteca civica\n\n" +
			plainStory + "Articles similaires\nLa mairie rénove le gymnase\nUn nouveau marché le samedi\n\n© 2025\n",
		gone: []string{"Related bulletins", "Council opens grants for rural libraries", "Comunicati correlati",
			"La giunta approva il bilancio 2026", "Articles similaires", "La mairie rénove le gymnase"},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's subhead over prose",
		body: plainStory + "Casos relacionados\n\nLa fiscalía investiga otros tres contratos firmados por el mismo funcionario en 2023, según informó el martes la oficina del fiscal general del estado.\n\n" + plainStory,
		kept: []string{"Casos relacionados", "La fiscalía investiga otros tres contratos"},
	}})
}

// TestAboutBoxes: a theme's About widget under the comment form, its
// heading and the site's line about itself, goes in English, Spanish
// and German; a story's "About us" subhead among its paragraphs, and a
// press release's "About" boilerplate, stay.
func TestAboutBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "English widget between comment form and copyright",
		body: plainStory + "Leave a Reply\nYour email address will not be published. Required fields are marked *\n\nAbout Us\n\nDaily Farm News brings you the latest news, trends and guides from the region and beyond.\n\nCopyright © 2025 Daily Farm News | All rights reserved\n",
		gone: []string{"About Us", "Daily Farm News brings you the latest news, trends and guides from the region and beyond."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "Spanish and German",
		body: plainStory + "Compartir: Facebook X WhatsApp\n\nSobre nosotros\n\nEl Diario del Valle informa cada día sobre lo que pasa en la comarca.\n\nCopyright © 2025 El Diario del Valle\n\n" +
			plainStory + "Teilen: Facebook X WhatsApp\n\nÜber uns:\n\nDas Tal-Blatt berichtet täglich aus dem Tal.\n\n© 2025 Tal-Blatt\n",
		gone: []string{"El Diario del Valle informa cada día sobre lo que pasa en la comarca.", "Das Tal-Blatt berichtet täglich aus dem Tal."},
		kept: []string{"The council voted on Tuesday"},
	}, {
		name: "a story's subhead and a press release's boilerplate",
		body: plainStory + "About us\n\nThe group started in 2019 when three neighbours began collecting litter along the canal, and it now has forty members.\n\n" + plainStory +
			"About Acme Corp\n\nAcme Corp makes farm machinery in Ohio.\n",
		kept: []string{"The group started in 2019", "Acme Corp makes farm machinery in Ohio."},
	}})
}
