package credit_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/reprint/reprint"
	"github.com/reprint/reprint/credit"
)

func TestCheck(t *testing.T) {
	bbc := &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "BBC News", URL: "https://www.bbc.co.uk/news/world-europe-1"}}
	bbcURLOnly := &reprint.Article{ID: "src", Meta: reprint.Meta{URL: "https://www.bbc.com/news/world-europe-1"}}
	reuters := &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Reuters"}}
	ap := &reprint.Article{ID: "src", Meta: reprint.Meta{URL: "https://apnews.com/article/x"}}
	unknown := &reprint.Article{ID: "src", Text: "Talks were held on Thursday."}
	council := &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Harwick Borough Council"}}
	acme := &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Acme Foods"}}
	unknownURL := &reprint.Article{ID: "src", Meta: reprint.Meta{URL: "https://example.org/story/1"}}

	tests := []struct {
		name     string
		derived  *reprint.Article
		source   *reprint.Article
		status   credit.Status
		credName string // Result.Name
		form     string
		evidence string   // text at Result.Evidence; "" for an empty span
		reason   []string // substrings of Result.Reason
	}{
		{
			name: "link to the source URL",
			derived: &reprint.Article{Text: "Talks were held.", Format: reprint.FormatHTML,
				Meta: reprint.Meta{Links: []string{"https://example.com/other", "https://www.bbc.co.uk/news/world-europe-1"}}},
			source: bbc, status: credit.Credited, credName: "bbc.co.uk", form: credit.FormLink,
			reason: []string{"link", "BBC News"},
		},
		{
			name:    "a town's paper by its masthead alone",
			derived: &reprint.Article{Text: "The bare facts, as the Chronicle reports: Castlebridge Rovers won the tie."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Castlebridge Chronicle"}},
			status:  credit.Credited, credName: "Chronicle", form: credit.FormReported, evidence: "Chronicle reports", reason: []string{"masthead alone"},
		},
		{
			name:    "a masthead alone without its article",
			derived: &reprint.Article{Text: "Castlebridge Rovers won the tie, according to Chronicle sources."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Castlebridge Chronicle"}},
			status:  credit.NotCredited,
		},
		{
			name:    "another town's paper by its masthead alone",
			derived: &reprint.Article{Text: "The bare facts, as the Chronicle reports: Ulverby Rovers won the tie."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Castlebridge Chronicle"}},
			status:  credit.NotCredited, credName: "Chronicle", form: credit.FormReported, evidence: "Chronicle reports",
		},
		{
			name:    "German: as the paper in quotation marks reports, on the authority of another",
			derived: &reprint.Article{Text: "Im Ortsteil Oberhollbach ist die Geflügelpest nachgewiesen worden, wie die „Wendelsheimer Kreiszeitung“ unter Berufung auf das Landratsamt berichtet.\n\nDer Betrieb wird geräumt."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wendelsheimer Kreiszeitung"}},
			status:  credit.Credited, credName: "Wendelsheimer Kreiszeitung", form: credit.FormReported, evidence: "wie die „Wendelsheimer Kreiszeitung“ unter Berufung auf das Landratsamt berichtet",
		},
		{
			name:    "Indonesian: quoted from the official Instagram account by its handle",
			derived: &reprint.Article{Text: "Penangkapan itu diumumkan Polres Karangsari lewat media sosial, seperti dikutip dari akun Instagram resmi @polres_karangsari, Rabu (12/3/2025).\n\nEmpat tersangka diamankan."},
			source:  &reprint.Article{ID: "src", Format: reprint.FormatText, Meta: reprint.Meta{Accounts: []string{"polres_karangsari"}}},
			status:  credit.Credited, credName: "polres_karangsari", form: credit.FormReported, evidence: "dikutip dari akun Instagram resmi @polres_karangsari",
		},
		{
			name:    "Portuguese: a city hall's credit names the handle of its Instagram post",
			derived: &reprint.Article{Text: "A campanha segue até 31 de maio.\n\nCom informações da Prefeitura de Lagoa Serena", Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 35, End: 82}, Text: "Com informações da Prefeitura de Lagoa Serena", Name: "Prefeitura de Lagoa Serena", Form: "credit"}}},
			source:  &reprint.Article{ID: "src", Format: reprint.FormatText, Meta: reprint.Meta{Accounts: []string{"prefeituralagoaserena"}}},
			status:  credit.Credited, credName: "Prefeitura de Lagoa Serena", form: "credit", evidence: "Com informações da Prefeitura de Lagoa Serena", reason: []string{"account"},
		},
		{
			name:    "Portuguese: a city hall's credit names no radio whose domain extends the town's name",
			derived: &reprint.Article{Text: "A campanha segue até 31 de maio.\n\nCom informações da Prefeitura de Lagoa Serena", Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 35, End: 82}, Text: "Com informações da Prefeitura de Lagoa Serena", Name: "Prefeitura de Lagoa Serena", Form: "credit"}}},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Serena FM 98,7", URL: "https://serenafm.example/noticias/vacina"}},
			status:  credit.NotCredited, credName: "Prefeitura de Lagoa Serena", form: "credit", evidence: "Com informações da Prefeitura de Lagoa Serena",
		},
		{
			name:    "Czech: on Facebook, in the locative, names the post's platform",
			derived: &reprint.Article{Text: "Nikdo nebyl zraněn. Na facebooku o tom informovala mluvčí krajských hasičů Lucie Vybíralová.\n\nPříčinu požáru zjišťuje vyšetřovatel."},
			source:  &reprint.Article{ID: "src", Format: reprint.FormatText, Meta: reprint.Meta{Platform: "Facebook", Accounts: []string{"Hasičský záchranný sbor Hanáckého kraje"}}},
			status:  credit.Credited, credName: "facebooku", form: credit.FormStatement, evidence: "Na facebooku",
		},
		{
			name:    "Slovak: on the social network describes the post's platform",
			derived: &reprint.Article{Text: "Chodkyňa utrpela vážne zranenia. Informovala o tom krajská policajná hovorkyňa Zuzana Malatinská na sociálnej sieti.\n\nK nehode došlo v sobotu."},
			source:  &reprint.Article{ID: "src", Format: reprint.FormatText, Meta: reprint.Meta{Platform: "Facebook"}},
			status:  credit.Credited, credName: "sociálnej sieti", form: credit.FormStatement, evidence: "na sociálnej sieti",
		},
		{
			name:    "Slovak: the social network describes no paper",
			derived: &reprint.Article{Text: "Chodkyňa utrpela vážne zranenia. Informovala o tom krajská policajná hovorkyňa Zuzana Malatinská na sociálnej sieti.\n\nK nehode došlo v sobotu."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Žarnovec24"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Polish: according to the press officer of the police headquarters",
			derived: &reprint.Article{Text: "Według oficer prasowej KPP w Wierzchosławiu mł. asp. Joanny Kędzierskiej córka 84-latka powiadomiła policję o jego zaginięciu.\n\nMężczyzna trafił do szpitala."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Komenda Powiatowa Policji w Wierzchosławiu"}},
			status:  credit.Credited, credName: "KPP w Wierzchosławiu", form: credit.FormAccordingTo, evidence: "Według oficer prasowej KPP w Wierzchosławiu",
		},
		{
			name:    "Polish: according to residents names no body",
			derived: &reprint.Article{Text: "Według mieszkańców Wierzchosławia most był zamknięty.\n\nMężczyzna trafił do szpitala."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Gazeta Wierzchosławska"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Portuguese: the local authority in a communiqué, by the word for what it is",
			derived: &reprint.Article{Text: "Braga, 12 mar 2025 (Lusa) – A Câmara de Santa Marta do Ave vai encerrar a ponte para obras de emergência, adiantou a autarquia em comunicado.\n\nA ponte tem 86 metros."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Município de Santa Marta do Ave"}},
			status:  credit.Credited, credName: "autarquia", form: credit.FormStatement, evidence: "a autarquia em comunicado",
		},
		{
			name:    "Portuguese: the Câmara by name is the Município",
			derived: &reprint.Article{Text: "A Câmara de Santa Marta do Ave vai encerrar a ponte, segundo a Câmara de Santa Marta do Ave.\n\nA ponte tem 86 metros."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Município de Santa Marta do Ave"}},
			status:  credit.Credited, credName: "Câmara de Santa Marta do Ave", form: credit.FormAccordingTo, evidence: "segundo a Câmara de Santa Marta do Ave",
		},
		{
			name:    "Polish: as PAP reported, the agency unquoted",
			derived: &reprint.Article{Text: "Jak podała PAP, policjanci w nocy odnaleźli 84-latka.\n\nMężczyzna trafił do szpitala."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{URL: "https://www.pap.pl/aktualnosci/news-1"}},
			status:  credit.Credited, credName: "PAP", form: credit.FormReported, evidence: "Jak podała PAP",
		},
		{
			name:    "Tagalog: the post's platform by its page",
			derived: &reprint.Article{Text: "Ayon sa abiso ng pamahalaang lungsod na inilabas sa Facebook page nito, sarado ang tulay.\n\nMagbubukas ito sa Lunes."},
			source:  &reprint.Article{ID: "src", Format: reprint.FormatText, Meta: reprint.Meta{Platform: "Facebook"}},
			status:  credit.Credited, credName: "Facebook", form: credit.FormStatement, evidence: "Facebook page",
		},
		{
			name:    "English: a scoop first revealed by the paper",
			derived: &reprint.Article{Text: "As first revealed by the Brackenford Echo, the council missed the deadline for 1,146 assessments.\n\nThe council apologised."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Brackenford Echo"}},
			status:  credit.Credited, credName: "Brackenford Echo", form: credit.FormReported, evidence: "first revealed by the Brackenford Echo",
		},
		{
			name:    "English: a statement posted on the city's website",
			derived: &reprint.Article{Text: "Villalobos made the announcement in a video statement posted on the city's website, saying the bridge in Alder Falls will shut at 6 p.m.\n\nThe bridge carries 18,000 vehicles a day."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "City of Alder Falls, WA"}},
			status:  credit.Credited, credName: "city", form: credit.FormStatement, evidence: "statement posted on the city's website",
		},
		{
			name:    "Dutch: the municipality reports, by the word for what it is",
			derived: &reprint.Article{Text: "Bewoners van de Hoogkamp in Dalwijk hebben vanaf 1 september een vergunning nodig. Dat meldt de gemeente.\n\nDe zone telt 420 plaatsen."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Gemeente Dalwijk"}},
			status:  credit.Credited, credName: "gemeente", form: credit.FormStatement, evidence: "Dat meldt de gemeente",
		},
		{
			name:    "Dutch: the municipality lets know in a press release",
			derived: &reprint.Article{Text: "In Dalwijk kost de eerste vergunning 48 euro per jaar, laat de gemeente weten in een persbericht.\n\nDe zone telt 420 plaatsen."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Gemeente Dalwijk"}},
			status:  credit.Credited, credName: "gemeente", form: credit.FormStatement, evidence: "laat de gemeente weten in een persbericht",
		},
		{
			name:    "Dutch: the municipality reporting is no broadcaster's credit",
			derived: &reprint.Article{Text: "In Dalwijk kost de eerste vergunning 48 euro per jaar. Dat meldt de gemeente.\n\nDe zone telt 420 plaatsen."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Omroep Zuidwaard"}},
			status:  credit.NotCredited,
		},
		{
			name:    "German: citing the district office, the authority by its office",
			derived: &reprint.Article{Text: "In Oberhollbach im Landkreis Wendelsheim ist die Geflügelpest nachgewiesen worden, wie die Zeitung unter Berufung auf das Landratsamt berichtet.\n\nDer Betrieb wird geräumt."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Landkreis Wendelsheim"}},
			status:  credit.Credited, credName: "Landratsamt", form: credit.FormAccordingTo, evidence: "unter Berufung auf das Landratsamt",
		},
		{
			name:    "Ukrainian: the press service of the city council, described",
			derived: &reprint.Article{Text: "У Світлоярську відновлять опалення. Про це повідомляє пресслужба міської ради, передає Укрінформ.\n\nГрафік оприлюднять окремо."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Світлоярська міська рада"}},
			status:  credit.Credited, credName: "міської ради", form: credit.FormStatement, evidence: "Про це повідомляє пресслужба міської ради",
		},
		{
			name:    "Korean: according to the city, the city hall described",
			derived: &reprint.Article{Text: "청림시가 심야 똑버스를 다음 달부터 시범 운행한다.\n\n18일 시에 따르면 심야 똑버스는 고정 노선이 없다."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "청림시청"}},
			status:  credit.Credited, credName: "시", form: credit.FormAccordingTo, evidence: "시에 따르면",
		},
		{
			name:    "Korean: according to the city, another city's hall",
			derived: &reprint.Article{Text: "청림시가 심야 똑버스를 다음 달부터 시범 운행한다.\n\n18일 시에 따르면 심야 똑버스는 고정 노선이 없다."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "송화시청"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Hungarian: the council said, with its article and a day",
			derived: &reprint.Article{Text: "Homokberényben lezárják a Fő utat, a város vezetékét cserélik – közölte az önkormányzat hétfőn.\n\nA munkák novemberig tartanak."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Homokberény Város Önkormányzata"}},
			status:  credit.Credited, credName: "önkormányzat", form: credit.FormStatement, evidence: "közölte az önkormányzat",
		},
		{
			name:    "Hungarian: from the council's page, over a pasted notice",
			derived: &reprint.Article{Text: "Az önkormányzat oldaláról:\n\nHomokberényben szeptember 29-től lezárják a Fő utat.\n\nA munkák novemberig tartanak."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Homokberény Város Önkormányzata"}},
			status:  credit.Credited, credName: "önkormányzat", form: credit.FormSource, evidence: "Az önkormányzat oldaláról",
		},
		{
			name:    "English: a pasted notice under 'From the council website:'",
			derived: &reprint.Article{Text: "Heads up folks 👇 From the council website:\n\nCarrigbawn Bridge on the R794 in Lisnacree will close from 13 April.\n\nA diversion is in place."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Lisnacree County Council"}},
			status:  credit.Credited, credName: "council", form: credit.FormSource, evidence: "From the council website",
		},
		{
			name:    "English: 'From the council' inside a sentence is no notice's line",
			derived: &reprint.Article{Text: "Carrigbawn Bridge in Lisnacree will close. From the council website: a diversion, they say, is in place via the L5032.\n\nLocals are not happy."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Lisnacree County Council"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Norwegian: the police writes on X, the post's platform",
			derived: &reprint.Article{Text: "Veien er stengt i begge retninger, skriver politiet på X.\n\nOmkjøring er opprettet."},
			source:  &reprint.Article{ID: "src", Format: reprint.FormatText, Meta: reprint.Meta{Platform: "X", Accounts: []string{"Politiet i Nordfjell"}}},
			status:  credit.Credited, credName: "X", form: credit.FormStatement, evidence: "skriver politiet på X",
		},
		{
			name:    "French: Avec MAP for the agency's site under its product name",
			derived: &reprint.Article{Text: "Le programme vise la préservation du cheptel.\n\nAvec MAP", Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 48, End: 56}, Text: "Avec MAP", Name: "MAP", Form: "contributed"}}},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "MAPEXPRESS", URL: "https://www.mapexpress.ma/actualite/economie/secheresse/"}},
			status:  credit.Credited, credName: "MAP", form: "contributed", evidence: "Avec MAP",
		},
		{
			name:    "French: as a communiqué of the ministry says",
			derived: &reprint.Article{Text: "Rabat - Le ministère de l'Agriculture, de la Pêche maritime, du Développement rural et des Eaux et forêts a annoncé un programme d'appui aux éleveurs.\n\nCe programme vise la préservation du cheptel, indique un communiqué du ministère."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Ministère de l'Agriculture, de la Pêche Maritime, du Développement Rural et des Eaux et Forêts"}},
			status:  credit.Credited, credName: "ministère", form: credit.FormStatement, evidence: "indique un communiqué du ministère",
		},
		{
			name:    "French: a communiqué of another body",
			derived: &reprint.Article{Text: "Le programme vise la préservation du cheptel, indique un communiqué de la préfecture."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Ministère de l'Agriculture"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Finnish: the city says in its release",
			derived: &reprint.Article{Text: "Harjulan ainoa uimahalli suljetaan kesäkuun alussa peruskorjausta varten, kertoo kaupunki tiedotteessaan.\n\nHalli avataan syyskuussa."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Harjulan kaupunki"}},
			status:  credit.Credited, credName: "kaupunki", form: credit.FormStatement, evidence: "kertoo kaupunki tiedotteessaan",
		},
		{
			name:    "Latvian: a pasted notice under its issuer's name and verb",
			derived: &reprint.Article{Text: "Vecsalu novada pašvaldība informē 👇👇\n\nVecsalu novadā otrdien slēgts tilts pār Mellupi."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Vecsalu novada pašvaldība"}},
			status:  credit.Credited, credName: "Vecsalu novada pašvaldība", form: credit.FormSource, evidence: "Vecsalu novada pašvaldība informē",
		},
		{
			name:    "Polish: the verb in a sentence's middle is no notice's line",
			derived: &reprint.Article{Text: "Jak co roku Urząd Gminy Ostrowice informuje mieszkańców o zbiórce odpadów.\n\nZbiórka odbędzie się w sobotę."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Urząd Gminy Ostrowice"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Ukrainian: the press service of the name's tail by its initials",
			derived: &reprint.Article{Text: "Без води залишилися близько 18 тисяч жителів, повідомили в пресслужбі ОВА.\n\nРемонт триватиме до вечора."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Полтавська обласна військова адміністрація"}},
			status:  credit.Credited, credName: "ОВА", form: credit.FormReported, evidence: "повідомили в пресслужбі ОВА",
		},
		{
			name:    "Ukrainian: as X writes, in a sentence's middle",
			derived: &reprint.Article{Text: "Воду дадуть до вечора, як пише Суспільне.\n\nЧерги біля цистерн."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Суспільне"}},
			status:  credit.Credited, credName: "Суспільне", form: credit.FormReported, evidence: "як пише Суспільне",
		},
		{
			name:    "Ukrainian: this is reported by X",
			derived: &reprint.Article{Text: "Воду дадуть до вечора.\n\nПро це повідомляє Полтавська ОВА."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Полтавська обласна військова адміністрація"}},
			status:  credit.Credited, credName: "Полтавська ОВА", form: credit.FormReported, evidence: "Про це повідомляє Полтавська ОВА",
		},
		{
			name:    "Slovak: the incise 'informovala X'",
			derived: &reprint.Article{Text: "Most uzavreli aj pre chodcov, informovala TASR.\n\nObchádzka má 38 kilometrov."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "TASR"}},
			status:  credit.Credited, credName: "TASR", form: credit.FormReported, evidence: "informovala TASR",
		},
		{
			name:    "Nynorsk: the incise 'skriv X'",
			derived: &reprint.Article{Text: "Vegen er stengd, skriv Straumsposten.\n\nDet regnar framleis."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Straumsposten"}},
			status:  credit.Credited, credName: "Straumsposten", form: credit.FormReported, evidence: "skriv Straumsposten",
		},
		{
			name:    "Hungarian: the incise after a dash, the outlet with its article",
			derived: &reprint.Article{Text: "Átszakadt a gát, a víz elöntötte a Malom utcát – közölte az MTI.\n\nA polgármester szerint 40 ház érintett."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "MTI"}},
			status:  credit.Credited, credName: "MTI", form: credit.FormReported, evidence: "közölte az MTI",
		},
		{
			name:    "according to the outlet's kind, then its name",
			derived: &reprint.Article{Text: "A viral post misquoted the health director, according to the fact-checking site PolitiScope.\n\nThe post was shared 4,000 times."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "PolitiScope"}},
			status:  credit.Credited, credName: "PolitiScope", form: credit.FormAccordingTo, evidence: "according to the fact-checking site PolitiScope",
		},
		{
			name:    "according to a named outlet's investigation",
			derived: &reprint.Article{Text: "The county jail went weeks without a doctor, according to a Bayline Watch investigation.\n\nThe sheriff disputed it."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Bayline Watch"}},
			status:  credit.Credited, credName: "Bayline Watch", form: credit.FormAccordingTo, evidence: "according to a Bayline Watch investigation",
		},
		{
			name:    "according to a plan names no one",
			derived: &reprint.Article{Text: "The jail will hire six nurses, according to a plan the board approved.\n\nThe sheriff disputed it."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Bayline Watch"}},
			status:  credit.NotCredited,
		},
		{
			name:    "the derived article's own dateline credits no one",
			derived: &reprint.Article{Text: "CALDER FALLS, Ohio (WKVR) — A police cruiser hit a car late Saturday.\n\nThe driver was taken to hospital.", Meta: reprint.Meta{Site: "WKVR"}},
			source:  &reprint.Article{ID: "src"},
			status:  credit.NotCredited,
		},
		{
			name:    "an agency's dateline on a station's page credits the agency",
			derived: &reprint.Article{Text: "CALDER FALLS, Ohio (AP) — A police cruiser hit a car late Saturday.\n\nThe driver was taken to hospital.", Meta: reprint.Meta{Site: "WKVR"}},
			source:  &reprint.Article{ID: "src"},
			status:  credit.Credited, credName: "AP", form: credit.FormParenthetical, evidence: "(AP)",
		},
		{
			name:    "Finnish: the incise after a comma",
			derived: &reprint.Article{Text: "Terveysasemalla ei enää päivystetä viikonloppuisin, kertoo STT.\n\nPäätös tehtiin maanantaina."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "STT"}},
			status:  credit.Credited, credName: "STT", form: credit.FormReported, evidence: "kertoo STT",
		},
		{
			name:    "Polish: the incise after a dash",
			derived: &reprint.Article{Text: "Sąd uznał, że były burmistrz ustawił przetarg – podała PAP.\n\nWyrok nie jest prawomocny."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "PAP"}},
			status:  credit.Credited, credName: "PAP", form: credit.FormReported, evidence: "podała PAP",
		},
		{
			name:    "Polish: a person's attribution after a dash is no outlet's",
			derived: &reprint.Article{Text: "„Nie zgadzamy się z wyrokiem” – poinformowała rzeczniczka sądu.\n\nWyrok nie jest prawomocny."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "PAP"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Hungarian: told the outlet, in the dative",
			derived: &reprint.Article{Text: "A polgármester az MTI-nek nyilatkozta, hogy 40 ház érintett.\n\nA víz apad."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "MTI"}},
			status:  credit.Credited, credName: "MTI", form: credit.FormReported, evidence: "MTI-nek nyilatkozta",
		},
		{
			name:    "an interview told to a programme by its name",
			derived: &reprint.Article{Text: "The council will buy the centre, leader Rachel Penhallow told the Inside Kellingham podcast.\n\nIt costs £8.2m."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Inside Kellingham"}},
			status:  credit.Credited, credName: "Inside Kellingham", form: credit.FormReported, evidence: "told the Inside Kellingham podcast",
		},
		{
			name:    "a portal's partner page names the paper as its publisher",
			derived: &reprint.Article{Text: "The bridge collapsed on Tuesday.", Meta: reprint.Meta{Site: "MSN", Provider: "The Owensport Ledger"}},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "The Owensport Ledger"}},
			status:  credit.Credited, credName: "The Owensport Ledger", form: credit.FormProvider,
			reason: []string{"publisher field", "The Owensport Ledger"},
		},
		{
			name:    "a page's publisher field naming another outlet",
			derived: &reprint.Article{Text: "The bridge collapsed on Tuesday.", Meta: reprint.Meta{Site: "MSN", Provider: "The Cordell Daily Plainsman"}},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "The Owensport Ledger"}},
			status:  credit.NotCredited,
		},
		{
			name:    "an author of the source: a partner site's page of an agency's story",
			derived: &reprint.Article{Text: "Talks.\nSource: La Presse Canadienne", Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 7, End: 35}, Text: "Source: La Presse Canadienne", Name: "La Presse Canadienne", Form: "source"}}},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Nordet Média", Author: "Marie-Ève Thibodeau; La Presse Canadienne"}},
			status:  credit.Credited, credName: "La Presse Canadienne", form: credit.FormSource, evidence: "Source: La Presse Canadienne",
			reason: []string{"an author of the source", "Nordet Média"},
		},
		{
			// The agency's dispatch, of no known publisher, opens with its
			// dateline; a paper's page restyles it into its byline. The
			// dispatch is the page's source, not a copy of it.
			name:    "a page crediting the agency of a dispatch that carries its dateline",
			derived: &reprint.Article{Text: "Pramont refuse la tour.\n\nLes citoyens ont rejeté dimanche le projet de tour.", Meta: reprint.Meta{Site: "La Gazette de la Venoge", Author: "ATS / Nadine Chappuis"}},
			source:  article("src", "Pramont refuse la tour\n\nPramont (ATS) - Les citoyens ont rejeté dimanche le projet de tour."),
			status:  credit.Credited, credName: "ATS / Nadine Chappuis", form: credit.FormByline,
			reason: []string{"wire dateline of ATS", "dispatch"},
		},
		{
			name:    "the dispatch credits no page whose byline names its agency",
			derived: article("d", "Pramont refuse la tour\n\nPramont (ATS) - Les citoyens ont rejeté dimanche le projet de tour."),
			source:  &reprint.Article{ID: "src", Text: "Pramont refuse la tour.\n\nLes citoyens ont rejeté dimanche le projet de tour.", Meta: reprint.Meta{Site: "La Gazette de la Venoge", Author: "ATS / Nadine Chappuis"}},
			status:  credit.NotCredited, credName: "ATS", form: credit.FormParenthetical, evidence: "(ATS)",
		},
		{
			name:    "the derived article's author names the source's publisher",
			derived: &reprint.Article{Text: "Talks.", Meta: reprint.Meta{Site: "Samachar Today", Author: "PTI"}},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Press Trust of India"}},
			status:  credit.Credited, credName: "PTI", form: credit.FormByline,
			reason: []string{"Press Trust of India"},
		},
		{
			name: "a wire story's own credit is none to a copy authored by the wire",
			derived: &reprint.Article{Text: "Talks.\n— AAP", Meta: reprint.Meta{Site: "Australian Associated Press"},
				Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 7, End: 14}, Text: "— AAP", Name: "AAP", Form: "credit"}}},
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Western Plains Post", Author: "Australian Associated Press"}},
			status: credit.NotCredited, credName: "AAP", form: credit.FormCredit, evidence: "— AAP",
		},
		{
			name:    "Spanish report verb after the clause: informó el Ayuntamiento",
			derived: &reprint.Article{Text: "El plan de tandeo arranca el lunes, informó el Ayuntamiento mediante un comunicado."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "H. Ayuntamiento de Tlacuilco de las Flores"}},
			status:  credit.Credited, credName: "Ayuntamiento", form: credit.FormReported, evidence: "informó el Ayuntamiento",
		},
		{
			name:    "a person after the report verb is no credit",
			derived: &reprint.Article{Text: "El plan de tandeo arranca el lunes, informó Juan Pérez."},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "H. Ayuntamiento de Tlacuilco de las Flores"}},
			status:  credit.NotCredited,
		},
		{
			name:    "link to the source domain, other page",
			derived: &reprint.Article{Text: "Talks.", Meta: reprint.Meta{Links: []string{"http://bbc.co.uk/news"}}},
			source:  bbcURLOnly, status: credit.Credited, credName: "bbc.co.uk", form: credit.FormLink,
		},
		{
			name:    "link to the exact URL of a source with no name",
			derived: &reprint.Article{Text: "Talks.", Meta: reprint.Meta{Links: []string{"https://example.org/story/1/"}}},
			source:  unknownURL, status: credit.Credited, credName: "example.org", form: credit.FormLink,
		},
		{
			// A scraper's source line naming the page it copied by its
			// address credits that page as a link to it does.
			name:    "source line naming the source's page by its address",
			derived: article("d", "Talks.\nSource: https://example.org/story/1/\n"),
			source:  unknownURL, status: credit.Credited, credName: "https://example.org/story/1/", form: credit.FormSource,
			evidence: "Source: https://example.org/story/1/",
		},
		{
			name:    "source line naming the source's site by another page's address",
			derived: article("d", "Talks.\nSource: https://www.bbc.co.uk/news/other-story\n"),
			source:  bbc, status: credit.Credited, credName: "https://www.bbc.co.uk/news/other-story", form: credit.FormSource,
			evidence: "Source: https://www.bbc.co.uk/news/other-story",
		},
		{
			name:    "source line naming another site's address",
			derived: article("d", "Talks.\nSource: https://www.reuters.com/world/\n"),
			source:  bbc, status: credit.NotCredited, credName: "https://www.reuters.com/world/", form: credit.FormSource,
			evidence: "Source: https://www.reuters.com/world/",
		},
		{
			name:    "relative link does not count",
			derived: &reprint.Article{Text: "Talks.", Meta: reprint.Meta{Links: []string{"/news/world-europe-1"}}},
			source:  bbc, status: credit.NotCredited,
		},
		{
			name:    "link to another site",
			derived: &reprint.Article{Text: "Talks.", Meta: reprint.Meta{Links: []string{"https://www.reuters.com/world/"}}},
			source:  bbc, status: credit.NotCredited,
		},
		{
			name:    "Reuters dateline parenthetical",
			derived: article("d", "LONDON (Reuters) - Talks were held on Thursday."),
			source:  reuters, status: credit.Credited, credName: "Reuters", form: credit.FormParenthetical,
			evidence: "(Reuters)",
		},
		{
			name:    "AP parenthetical against apnews.com",
			derived: article("d", "WASHINGTON (AP) — Talks were held."),
			source:  ap, status: credit.Credited, credName: "AP", form: credit.FormParenthetical, evidence: "(AP)",
		},
		{
			name:    "credits Reuters, source is BBC",
			derived: article("d", "Talks were held.\nCredit: Reuters\n"),
			source:  bbc, status: credit.NotCredited, credName: "Reuters", form: credit.FormCredit,
			evidence: "Credit: Reuters", reason: []string{"Reuters", "BBC News"},
		},
		{
			name:    "Reuters dateline, source is BBC",
			derived: article("d", "LONDON (Reuters) - Talks were held."),
			source:  bbc, status: credit.NotCredited, credName: "Reuters", form: credit.FormParenthetical,
			evidence: "(Reuters)", reason: []string{"Reuters", "BBC"},
		},
		{
			name:    "according to the BBC, publisher BBC",
			derived: article("d", "Talks were productive, according to the BBC. More followed."),
			source:  bbc, status: credit.Credited, credName: "BBC", form: credit.FormAccordingTo,
			evidence: "according to the BBC",
		},
		{
			name:    "according to figures published by the publisher",
			derived: article("d", "Helen Marsh took 1,127 votes, according to figures published by Harwick Borough Council on Friday."),
			source:  council, status: credit.Credited, credName: "Harwick Borough Council", form: credit.FormAccordingTo,
			evidence: "according to figures published by Harwick Borough Council",
		},
		{
			name:    "according to data from the publisher",
			derived: article("d", "Turnout was 33.8 per cent, according to official data from Harwick Borough Council."),
			source:  council, status: credit.Credited, credName: "Harwick Borough Council", form: credit.FormAccordingTo,
			evidence: "according to official data from Harwick Borough Council",
		},
		{
			name:    "figures another body published",
			derived: article("d", "Helen Marsh took 1,127 votes, according to figures published by the Electoral Commission."),
			source:  council, status: credit.NotCredited,
		},
		{
			name:    "according to the BBC, publisher from bbc.com URL",
			derived: article("d", "Talks were productive, according to the BBC."),
			source:  bbcURLOnly, status: credit.Credited, credName: "BBC", form: credit.FormAccordingTo,
			evidence: "according to the BBC", reason: []string{"URL"},
		},
		{
			name:    "according to the BBC, publisher unknown",
			derived: article("d", "Talks were productive, according to the BBC."),
			source:  unknown, status: credit.NotCredited, reason: []string{"unknown", "according to the BBC"},
		},
		{
			name:    "according to the Kremlin, publisher BBC",
			derived: article("d", "Talks were productive, according to the Kremlin."),
			source:  bbc, status: credit.NotCredited, reason: []string{"no credit", "BBC News"},
		},
		{
			name:    "possessive",
			derived: article("d", "Talks were productive, according to the BBC’s correspondent."),
			source:  bbc, status: credit.Credited, credName: "BBC", form: credit.FormAccordingTo,
			evidence: "according to the BBC’s",
		},
		{
			name:    "the BBC reported",
			derived: article("d", "Talks, the BBC reported on Friday, were productive."),
			source:  bbc, status: credit.Credited, credName: "BBC", form: credit.FormReported, evidence: "BBC reported",
		},
		// The issuer of a press release, named as the source of a
		// statement: its release is the text the story was written from.
		{
			name:    "said in a statement",
			derived: article("d", "The new homes will be let at social rents, Harwick Borough Council said in a statement on Tuesday."),
			source:  council, status: credit.Credited, credName: "Harwick Borough Council", form: credit.FormStatement,
			evidence: "Harwick Borough Council said in a statement",
		},
		{
			name:    "said in a press release",
			derived: article("d", "Acme Foods said in a press release that the plant would close."),
			source:  acme, status: credit.Credited, credName: "Acme Foods", form: credit.FormStatement,
			evidence: "Acme Foods said in a press release",
		},
		{
			name:    "a statement from",
			derived: article("d", "The plant will close in May, according to a statement from Acme Foods."),
			source:  acme, status: credit.Credited, credName: "Acme Foods", form: credit.FormStatement,
			evidence: "statement from Acme Foods",
		},
		{
			// A newsmaker's statement is no credit of another source.
			name:    "another issuer's statement",
			derived: article("d", "Acme Foods said in a statement that the plant would close."),
			source:  council, status: credit.NotCredited, reason: []string{"no credit", "Harwick Borough Council"},
		},
		{
			// Described, not named: "the town's borough council" is the
			// publisher Harwick Borough Council when the story names
			// Harwick; "the council" too.
			name:    "a described issuer",
			derived: article("d", "A bus garage in the centre of Harwick is to be demolished, the town's borough council said in a statement on Tuesday."),
			source:  council, status: credit.Credited, credName: "town's borough council", form: credit.FormStatement,
			evidence: "the town's borough council said in a statement",
		},
		{
			name:    "a closing source line in a language the lists lack",
			derived: article("d", "Mate ing bangus\n\nMeraragul ya ing bangus king Dalayap.\n\nPikuanan: Balen Courier"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Balen Courier"}},
			status:  credit.Credited, credName: "Balen Courier", form: credit.FormSource, evidence: "Pikuanan: Balen Courier",
		},
		{
			name:    "a closing label line naming part of the publisher",
			derived: article("d", "Mate ing bangus\n\nMeraragul ya ing bangus king Dalayap.\n\nLugal: Balen"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Balen Courier"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a label line in the text's middle",
			derived: article("d", "Mate ing bangus\n\nPikuanan: Balen Courier\n\nMeraragul ya ing bangus.\n\nMeraragul ya.\n\nMeraragul ya ing bangus king Dalayap."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Balen Courier"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a person of the issuer, in its latest update",
			derived: article("d", "Fire\n\nGroup Manager Daniel Hartigan, of Wealdshire Fire and Rescue Service, said in the service's latest update: \"This is a large fire.\""),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wealdshire Fire and Rescue Service"}},
			status:  credit.Credited, credName: "Wealdshire Fire and Rescue Service", form: credit.FormStatement,
			evidence: "of Wealdshire Fire and Rescue Service, said in the service's latest update",
		},
		{
			name:    "a statement on the described owner's website",
			derived: article("d", "Linley leaves\n\nCastlebridge have parted with their manager. Chairman Martin Ashcroft said in a statement on the club's website: \"Gareth gave everything.\""),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Castlebridge Athletic FC"}},
			status:  credit.Credited, credName: "club", form: credit.FormStatement,
			evidence: "said in a statement on the club's website",
		},
		{
			name:    "a statement on the named owner's website",
			derived: article("d", "Linley leaves\n\nChairman Martin Ashcroft said in a statement on the Castlebridge Athletic FC website: \"Gareth gave everything.\""),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Castlebridge Athletic FC"}},
			status:  credit.Credited, credName: "Castlebridge Athletic FC", form: credit.FormStatement,
			evidence: "said in a statement on the Castlebridge Athletic FC website",
		},
		{
			name:    "a statement on another body's website",
			derived: article("d", "Linley leaves\n\nCastlebridge have parted with their manager. Mayor Ann Cole said in a statement on the council's website: \"Gareth gave everything.\""),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Castlebridge Athletic FC"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a person of another body, in the morning",
			derived: article("d", "Fire\n\nDaniel Hartigan, of Kettleby Residents Group, said in the morning that the smoke had cleared."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wealdshire Fire and Rescue Service"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a person speaking for the described issuer",
			derived: article("d", "Harwick will get 120 homes. Cllr Jane Hollis, who leads on housing for the council, said in a statement: \"The homes are overdue.\""),
			source:  council, status: credit.Credited, credName: "council", form: credit.FormStatement,
			evidence: "Cllr Jane Hollis, who leads on housing for the council, said in a statement",
		},
		{
			name:    "a person of another body, in a statement",
			derived: article("d", "Harwick will get 120 homes. Tom Reed, who chairs the residents' group, said in a statement that the homes were overdue."),
			source:  council, status: credit.NotCredited, reason: []string{"no credit", "Harwick Borough Council"},
		},
		{
			name:    "the publisher said, by its whole name",
			derived: article("d", "Line closed\n\nMarcher Valley Trains said 181 services had been cancelled after a landslip."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Marcher Valley Trains"}},
			status:  credit.Credited, credName: "Marcher Valley Trains", form: credit.FormStatement, evidence: "Marcher Valley Trains said",
		},
		{
			name:    "the publisher said, with the article",
			derived: article("d", "Prices\n\nThe Office for National Statistics said annual inflation eased to 3.1%."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Office for National Statistics"}},
			status:  credit.Credited, credName: "The Office for National Statistics", form: credit.FormStatement, evidence: "The Office for National Statistics said",
		},
		{
			name:    "a town said is no paper of the town",
			derived: article("d", "Crash\n\nA car hit a shop. Wrayford says it will review the junction."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wrayford Mercury"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a town said is no gazette of the town",
			derived: article("d", "Crash\n\nA car hit a shop. Wrayford said goodbye to its mayor."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wrayford Gazette"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a described issuer, the head alone",
			derived: article("d", "Harwick will get 120 homes, the council said in a statement."),
			source:  council, status: credit.Credited, credName: "council", form: credit.FormStatement,
			evidence: "the council said in a statement",
		},
		{
			name:    "a statement released by the described issuer",
			derived: article("d", "Harwick will get 120 homes. In a statement released by the council, its leader said the homes were overdue."),
			source:  council, status: credit.Credited, credName: "council", form: credit.FormStatement,
			evidence: "statement released by the council",
		},
		{
			name:    "a statement released by the issuer named",
			derived: article("d", "In a statement issued by Harwick Borough Council, its leader said the homes were overdue."),
			source:  council, status: credit.Credited, credName: "Harwick Borough Council", form: credit.FormStatement,
			evidence: "statement issued by Harwick Borough Council",
		},
		{
			name:    "a statement released by another body described",
			derived: article("d", "Harwick will get 120 homes. In a statement released by the university, its leader said the homes were overdue."),
			source:  council, status: credit.NotCredited,
		},
		{
			name:    "Upper Sorbian: kaž X rozprawjeja",
			derived: article("d", "Kaž Harwick Borough Council rozprawjeja, je so tež zběrka drasty spaliła."),
			source:  council, status: credit.Credited, credName: "Harwick Borough Council", form: credit.FormReported,
			evidence: "Kaž Harwick Borough Council rozprawjeja",
		},
		{
			name:    "Pannonian Rusyn: як пише … „X“",
			derived: article("d", "Огень знїщел.\n\nЯк пише у своїм найновшим чишлє тижньовнїк „Harwick Borough Council“, огень вибух у ноци."),
			source:  council, status: credit.Credited, credName: "Harwick Borough Council", form: credit.FormReported,
			evidence: "Як пише у своїм найновшим чишлє тижньовнїк „Harwick Borough Council“",
		},
		{
			name:    "a tribute issued through the publisher",
			derived: article("d", "In a tribute issued through Harwick Borough Council, his family said he loved the sea."),
			source:  council, status: credit.Credited, credName: "Harwick Borough Council", form: credit.FormStatement,
			evidence: "tribute issued through Harwick Borough Council",
		},
		{
			name:    "Chamorro: sigun … ginen X",
			derived: article("d", "Sigun gi nina'huyong nutisia ginen i Harwick Borough Council, kåsi 62 na acres i ma songge."),
			source:  council, status: credit.Credited, credName: "Harwick Borough Council", form: credit.FormAccordingTo,
			evidence: "Sigun gi nina'huyong nutisia ginen i Harwick Borough Council",
		},
		{
			name:    "a description that is not the publisher's",
			derived: article("d", "Acme Foods will close the plant, the company said in a statement."),
			source:  acme, status: credit.NotCredited, reason: []string{"no credit", "Acme Foods"},
		},
		{
			// "The company" is the company the story names, when the
			// publisher's name ends in a company's legal form.
			name:    "the company, a name with its legal form",
			derived: article("d", "Hallmeier will cut 180 jobs in Eschenbrück, the company said in a statement."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Hallmeier Präzisionsteile GmbH"}},
			status:  credit.Credited, credName: "company", form: credit.FormStatement, evidence: "the company said in a statement",
		},
		{
			name:    "the company, a site name with its section after a separator",
			derived: article("d", "Norvale Logistics cut its forecast. The company said in a statement it would close a terminal."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Norvale Logistics, Inc. | Investor Relations"}},
			status:  credit.Credited, credName: "company", form: credit.FormStatement, evidence: "The company said in a statement",
		},
		{
			name:    "the club, a name ending in FC",
			derived: article("d", "Harrowfield sack their manager\n\nThe manager left Harrowfield by mutual consent, the club said in a statement on its website."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Harrowfield Town FC"}},
			status:  credit.Credited, credName: "club", form: credit.FormStatement, evidence: "the club said in a statement",
		},
		{
			name:    "a syndicated column's tag line",
			derived: article("d", "When the post office closes\n\nThe Dunmore post office is a single room at the east end of a brick building.\n\nSection Lines is distributed by Prairie Row Features Syndicate."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Prairie Row Features Syndicate"}},
			status:  credit.Credited, credName: "Prairie Row Features Syndicate", form: credit.FormCredit, evidence: "distributed by Prairie Row Features Syndicate",
		},
		{
			name:    "printed with permission of the rights holder",
			derived: article("d", "What Dunmore stands to lose\n\nEditor's note: We print the first part of it below with permission of Prairie Row Features Syndicate.\n\nThe Dunmore post office is a single room."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Prairie Row Features Syndicate"}},
			status:  credit.Credited, credName: "Prairie Row Features Syndicate", form: credit.FormCredit, evidence: "with permission of Prairie Row Features Syndicate",
		},
		{
			name:    "distributed by another than the source's publisher",
			derived: article("d", "When the post office closes\n\nThe Dunmore post office is a single room.\n\nSection Lines is distributed by Tribune Content Agency."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Prairie Row Features Syndicate"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Greek: όπως ανακοίνωσε ο δήμος, a name that opens with its head",
			derived: article("d", "Χωρίς νερό η Ασπρόβρυση\n\nΧωρίς νερό θα μείνουν έως την Πέμπτη τέσσερις κοινότητες της Ασπρόβρυσης, όπως ανακοίνωσε ο δήμος."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Δήμος Ασπρόβρυσης"}},
			status:  credit.Credited, credName: "δήμος", form: credit.FormStatement, evidence: "όπως ανακοίνωσε ο δήμος",
		},
		{
			name:    "Greek: όπως ανακοίνωσε ο δήμος, another body the publisher",
			derived: article("d", "Χωρίς νερό η Ασπρόβρυση\n\nΧωρίς νερό θα μείνουν έως την Πέμπτη τέσσερις κοινότητες της Ασπρόβρυσης, όπως ανακοίνωσε ο δήμος."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Περιφέρεια Θεσσαλίας"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Portuguese: informou o clube em nota oficial",
			derived: article("d", "Planaltino perde artilheiro\n\nO atacante do Planaltino sofreu uma lesão na coxa, informou o clube em nota oficial nesta terça-feira."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Planaltino Futebol Clube"}},
			status:  credit.Credited, credName: "clube", form: credit.FormStatement, evidence: "informou o clube",
		},
		{
			name:    "Spanish: según ha informado el club, a club whose name opens with its form",
			derived: article("d", "La UD Valdelosa destituye a su entrenador\n\nLa UD Valdelosa ha destituido a Álvaro Menéndez, según ha informado el club en un comunicado."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "UD Valdelosa"}},
			status:  credit.Credited, credName: "club", form: credit.FormAccordingTo, evidence: "según ha informado el club",
		},
		{
			name:    "Spanish: según ha informado el club, the story naming another club",
			derived: article("d", "El CD Arenales destituye a su entrenador\n\nEl CD Arenales ha destituido a Álvaro Menéndez, según ha informado el club en un comunicado."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "UD Valdelosa"}},
			status:  credit.NotCredited,
		},
		{
			name:    "German: teilte das Klinikum mit, the head of a compound in the name",
			derived: article("d", "Stroke Unit eröffnet\n\nIm Landkreis Rottachtal gibt es eine Stroke Unit. Von Montag an soll sie laufen, teilte das Klinikum mit."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kreisklinikum Rottachtal"}},
			status:  credit.Credited, credName: "Klinikum", form: credit.FormStatement, evidence: "teilte das Klinikum mit",
		},
		{
			name:    "German: wie das Klinikum mitteilte, the name's place in the story",
			derived: article("d", "Stroke Unit eröffnet\n\nIm Landkreis Rottachtal gibt es eine Stroke Unit, wie das Klinikum mitteilte."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kreisklinikum Rottachtal"}},
			status:  credit.Credited, credName: "Klinikum", form: credit.FormStatement, evidence: "wie das Klinikum mitteilte",
		},
		{
			name:    "German: wie das Klinikum mitteilte, another place's hospital",
			derived: article("d", "Stroke Unit eröffnet\n\nIm Landkreis Ebersfeld gibt es eine Stroke Unit, wie das Klinikum mitteilte."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kreisklinikum Rottachtal"}},
			status:  credit.NotCredited,
		},
		{
			name:    "German: wie die Polizei mitteilte, a Präsidium's page",
			derived: article("d", "Unfall in Rottbach\n\nIn Rottbach ist ein Bus verunglückt, wie die Polizei mitteilte."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Polizeipräsidium Rottbach"}},
			status:  credit.NotCredited,
		},
		{
			name:    "German: the agency's lower-case mark alone in the dateline",
			derived: article("d", "Stroke Unit eröffnet\n\nRottbach (dpa) - Im Landkreis Rottachtal gibt es eine Stroke Unit."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "dpa"}},
			status:  credit.Credited, credName: "dpa", form: credit.FormParenthetical, evidence: "(dpa)",
		},
		{
			name:    "Polish: – poinformowała we wtorek uczelnia w komunikacie, the name's adjective in another case",
			derived: article("d", "Nowa odmiana pszenicy\n\nNaukowcy Uniwersytetu Przyrodniczego w Wierzbogrodzie wyhodowali nową odmianę – poinformowała we wtorek uczelnia w komunikacie."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Uniwersytet Przyrodniczy w Wierzbogrodzie"}},
			status:  credit.Credited, credName: "uczelnia", form: credit.FormStatement, evidence: "poinformowała we wtorek uczelnia",
		},
		{
			name:    "Polish: według uczelni, another university named",
			derived: article("d", "Nowa odmiana pszenicy\n\nNaukowcy Politechniki Nadrzeckiej wyhodowali nową odmianę. Według uczelni daje 6 t z hektara."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Uniwersytet Przyrodniczy w Wierzbogrodzie"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Italian: lo rende noto il museo, a name with its connector",
			derived: article("d", "Torna la Madonna rubata\n\nÈ tornata al Museo Civico di Vallerosa la tela rubata nel 1994: lo rende noto il museo in un comunicato."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Museo Civico di Vallerosa – Palazzo Vescovini"}},
			status:  credit.Credited, credName: "museo", form: credit.FormStatement, evidence: "rende noto il museo",
		},
		{
			name:    "Italian: come ha fatto sapere lo stesso museo",
			derived: article("d", "Torna la Madonna rubata\n\nLa tela è tornata al Museo Civico di Vallerosa, come ha fatto sapere lo stesso museo."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Museo Civico di Vallerosa"}},
			status:  credit.Credited, credName: "museo", form: credit.FormStatement, evidence: "fatto sapere lo stesso museo",
		},
		{
			name:    "Italian: lo rende noto il comune, another body than the museum",
			derived: article("d", "Torna la Madonna rubata\n\nÈ tornata al Museo Civico di Vallerosa la tela rubata: lo rende noto il comune in un comunicato."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Museo Civico di Vallerosa"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Spanish: según la universidad, the university the story names",
			derived: article("d", "Microplásticos en el Tormeda\n\nInvestigadores de la Universidad de Castrovega hallan microplásticos en peces. Según la universidad, el 68 % de los peces los contenía."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Universidad de Castrovega"}},
			status:  credit.Credited, credName: "universidad", form: credit.FormAccordingTo, evidence: "Según la universidad",
		},
		{
			name:    "Spanish: según la policía, a university's page",
			derived: article("d", "Microplásticos en el Tormeda\n\nInvestigadores de la Universidad de Castrovega hallan microplásticos en peces. Según la policía, no hubo vertidos."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Universidad de Castrovega"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Turkish: Üniversiteden yapılan açıklamaya göre",
			derived: article("d", "Deprem sensörü\n\nGökçeyurt Üniversitesi bilim insanları sensör geliştirdi. Üniversiteden yapılan açıklamaya göre, cihaz ucuz."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Gökçeyurt Üniversitesi"}},
			status:  credit.Credited, credName: "Üniversite", form: credit.FormStatement, evidence: "Üniversiteden yapılan açıklamaya",
		},
		{
			name:    "Greek: σε ανακοίνωση του πανεπιστημίου, the name's place in another case",
			derived: article("d", "Χάρτης λιβαδιών Ποσειδώνιας\n\nΕρευνητές χαρτογράφησαν τα λιβάδια γύρω από την Αργυρόνησο. Όπως αναφέρεται σε ανακοίνωση του πανεπιστημίου, η ομάδα εργάστηκε δύο χρόνια."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Πανεπιστήμιο Αργυρονήσου"}},
			status:  credit.Credited, credName: "πανεπιστημίου", form: credit.FormStatement, evidence: "σε ανακοίνωση του πανεπιστημίου",
		},
		{
			name:    "Greek: …, σημειώνει το ίδρυμα, another word for the university",
			derived: article("d", "Χάρτης λιβαδιών Ποσειδώνιας\n\nΕρευνητές χαρτογράφησαν τα λιβάδια γύρω από την Αργυρόνησο, σημειώνει το ίδρυμα."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Πανεπιστήμιο Αργυρονήσου"}},
			status:  credit.Credited, credName: "ίδρυμα", form: credit.FormStatement, evidence: "σημειώνει το ίδρυμα",
		},
		{
			name:    "Greek: Σύμφωνα με την αστυνομία, another body than the university",
			derived: article("d", "Χάρτης λιβαδιών Ποσειδώνιας\n\nΕρευνητές του Πανεπιστημίου Αργυρονήσου χαρτογράφησαν τα λιβάδια. Σύμφωνα με την αστυνομία, η ομάδα εργάστηκε δύο χρόνια."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Πανεπιστήμιο Αργυρονήσου"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Romanian: potrivit unui comunicat al spitalului",
			derived: article("d", "Prima operație robotică\n\nMedicii Spitalului Județean de Urgență Dorneni au operat cu un robot, potrivit unui comunicat al spitalului."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Spitalul Județean de Urgență Dorneni"}},
			status:  credit.Credited, credName: "spitalului", form: credit.FormStatement, evidence: "potrivit unui comunicat al spitalului",
		},
		{
			name:    "Romanian: potrivit unui comunicat al primăriei, another body",
			derived: article("d", "Prima operație robotică\n\nMedicii Spitalului Județean de Urgență Dorneni au operat cu un robot, potrivit unui comunicat al primăriei."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Spitalul Județean de Urgență Dorneni"}},
			status:  credit.NotCredited,
		},
		{
			name:    "French: a annoncé le groupe dans un communiqué, the company's own release page",
			derived: article("d", "Valmoret ferme une usine\n\nLe fabricant Valmoret va fermer son usine de Brévannes, a annoncé le groupe dans un communiqué publié mardi."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Valmoret", URL: "https://www.valmoret.example/fr/medias/communiques/fermeture"}},
			status:  credit.Credited, credName: "groupe", form: credit.FormStatement, evidence: "le groupe dans un communiqué",
		},
		{
			name:    "French: le groupe dans un communiqué, the source no release",
			derived: article("d", "Valmoret ferme une usine\n\nLe fabricant Valmoret va fermer son usine de Brévannes, a annoncé le groupe dans un communiqué publié mardi."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Valmoret", URL: "https://www.valmoret.example/fr/actualites/fermeture"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Slovenian: so sporočili iz podjetja, the company's page for the media",
			derived: article("d", "Nova hala\n\nTermoval bo zaposlil 120 novih delavcev, so sporočili iz podjetja."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Termoval", URL: "https://www.termoval.example/za-medije/nova-hala"}},
			status:  credit.Credited, credName: "podjetja", form: credit.FormStatement, evidence: "sporočili iz podjetja",
		},
		{
			name:    "Dutch: Bron: persbericht ziekenhuis, the release by its kind and its issuer's",
			derived: article("d", "Geen bevallingen meer\n\nHet Wolderland Ziekenhuis stopt met bevallingen in Veendrecht.\n\nBron: persbericht ziekenhuis"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wolderland Ziekenhuis"}},
			status:  credit.Credited, credName: "ziekenhuis", form: credit.FormSource, evidence: "ziekenhuis",
		},
		{
			name:    "Finnish: Lähde: yliopiston tiedote, the description in the genitive before the release",
			derived: article("d", "Laitumet kapenevat\n\nKaamasjoen yliopiston tutkimus kertoo laidunten kaventuneen.\n\nLähde: yliopiston tiedote"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kaamasjoen yliopisto"}},
			status:  credit.Credited, credName: "yliopiston", form: credit.FormSource, evidence: "yliopiston",
		},
		{
			name:    "Dutch: Bron: persbericht gemeente, another body's release",
			derived: article("d", "Geen bevallingen meer\n\nHet Wolderland Ziekenhuis stopt met bevallingen in Veendrecht.\n\nBron: persbericht gemeente"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wolderland Ziekenhuis"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Portuguese: a nota oficial divulgada pelo clube",
			derived: article("d", "Planaltino perde artilheiro\n\nDe acordo com a nota oficial divulgada pelo clube, o atacante do Planaltino sofreu uma lesão."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Planaltino Futebol Clube"}},
			status:  credit.Credited, credName: "clube", form: credit.FormStatement, evidence: "nota oficial divulgada pelo clube",
		},
		{
			name:    "Spanish: el comunicado difundido por el club, a paper that is no club",
			derived: article("d", "Baja en el Rayo\n\nSegún el comunicado difundido por el club, el delantero del Rayo se lesionó."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Diario de Rayo"}},
			status:  credit.NotCredited,
		},
		{
			name:    "the club, a club the story does not name",
			derived: article("d", "Manager leaves\n\nThe manager left by mutual consent, the club said in a statement on its website."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Harrowfield Town FC"}},
			status:  credit.NotCredited,
		},
		{
			name:    "the club, a publisher that is no club",
			derived: article("d", "Harrowfield sack their manager\n\nThe manager left Harrowfield by mutual consent, the club said in a statement."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Harrowfield Gazette"}},
			status:  credit.NotCredited,
		},
		{
			name:    "German: teilte das Unternehmen in einer Pressemitteilung mit",
			derived: article("d", "Stellenabbau bei Hallmeier\n\nHallmeier will bis zu 180 Stellen abbauen. Das teilte das Unternehmen am Mittwoch in einer Pressemitteilung mit."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Hallmeier Präzisionsteile GmbH"}},
			status:  credit.Credited, credName: "Unternehmen", form: credit.FormStatement, evidence: "teilte das Unternehmen am Mittwoch in einer Pressemitteilung",
		},
		{
			name:    "Sindhi: according to the daily's report",
			derived: article("d", "ڏنڀائي شاخ ۾ ٿڦو\n\nروزاني ڪاوش جي رپورٽ موجب ڍڳاڻي ويجهو ڏنڀائي شاخ ۾ سٺ فوٽ ٿڦو پئجي ويو."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "روزاني ڪاوش"}},
			status:  credit.Credited, credName: "روزاني ڪاوش", form: credit.FormAccordingTo, evidence: "روزاني ڪاوش جي رپورٽ موجب",
		},
		{
			name:    "a press release naming no issuer, credited as one (traditional Chinese)",
			derived: article("d", "鷺湖坑河工程竣工\n\n根據政府新聞公報，鷺湖坑河防洪改善工程今日竣工。"),
			source:  article("src", "鷺湖坑河防洪改善工程竣工\n\n渠務署今日宣布工程竣工，耗資二億元。\n\n發言人提醒市民切勿進入河道範圍。\n\n完\n2025年11月20日（星期四）\n香港時間16時30分\nNNNN\n"),
			status:  credit.Credited, credName: "新聞公報", form: credit.FormStatement, evidence: "根據政府新聞公報",
		},
		{
			name:    "a story that is no release is not credited by a mention of one",
			derived: article("d", "鷺湖坑河工程竣工\n\n根據政府新聞公報，鷺湖坑河防洪改善工程今日竣工。"),
			source:  article("src", "鷺湖坑河防洪改善工程竣工\n\n渠務署今日宣布工程竣工，耗資二億元。\n\n發言人提醒市民切勿進入河道範圍。\n"),
			status:  credit.NotCredited,
		},
		{
			name:    "Turkmen: according to the agency's report, its genitive after a hyphen",
			derived: article("d", "Täze suw desgasy\n\nTDH-nyň habar bermegine görä, Gumlyýap etrabynda täze suw arassalaýjy desga işe girizildi."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "TDH"}},
			status:  credit.Credited, credName: "TDH", form: credit.FormAccordingTo, evidence: "TDH-nyň habar bermegine görä",
		},
		{
			name:    "Faroese: a source line naming the publisher by its domain's short name",
			derived: &reprint.Article{Text: "Laksar sluppu.\nKeldan: KVF", Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 15, End: 26}, Text: "Keldan: KVF", Name: "KVF", Form: "source"}}},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kringvarp Føroya", URL: "https://kvf.fo/greinir/2025/10/14/laksar"}},
			status:  credit.Credited, credName: "KVF", form: credit.FormSource, evidence: "Keldan: KVF",
		},
		{
			name:    "Faroese: read the whole article at the publisher, its link after a colon",
			derived: &reprint.Article{Text: "Laksar sluppu.\nLes alla greinina hjá KVF", Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 15, End: 39}, Text: "Les alla greinina hjá KVF", Name: "KVF", Form: "via"}}},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kringvarp Føroya", URL: "https://kvf.fo/greinir/2025/10/14/laksar"}},
			status:  credit.Credited, credName: "KVF", form: credit.FormVia, evidence: "Les alla greinina hjá KVF",
		},
		{
			name:    "Chuvash: as the paper reported",
			derived: article("d", "Шыв пӑрӑхӗ\n\n«Сӑрпуҫ хыпарӗ» хаҫат пӗлтернӗ тӑрӑх, ялта ҫӗнӗ шыв пӑрӑхӗ уҫӑлнӑ."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Сӑрпуҫ хыпарӗ"}},
			status:  credit.Credited, credName: "Сӑрпуҫ хыпарӗ", form: credit.FormReported, evidence: "«Сӑрпуҫ хыпарӗ» хаҫат пӗлтернӗ тӑрӑх",
		},
		{
			name:    "Bashkir: by the materials of the agency, its name in guillemets",
			derived: article("d", "Умарталар үлде\n\nҠыҙылъяр районында 1200 умарта үлде.\n\n«Башинформ» мәғлүмәт агентлығы материалдары буйынса."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Башинформ"}},
			status:  credit.Credited, credName: "Башинформ", form: credit.FormSource, evidence: "«Башинформ» мәғлүмәт агентлығы материалдары буйынса",
		},
		{
			name:    "Bashkir: as the agency reports, in the lede",
			derived: article("d", "Умарталар үлде\n\n«Башинформ» мәғлүмәт агентлығы хәбәр итеүенсә, Ҡыҙылъяр районында 1200 умарта үлде."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Башинформ"}},
			status:  credit.Credited, credName: "Башинформ", form: credit.FormReported, evidence: "«Башинформ» мәғлүмәт агентлығы хәбәр итеүенсә",
		},
		{
			name:    "Tigrinya: as X reported, the broadcaster in Ge'ez letters, its page in Latin",
			derived: article("d", "ኣንበጣ ኣብ ጋሽ-ባርካ\n\nኤሪ-ቲቪ ከም ዝሓበሮ፡ ናብ ዞባ ጋሽ-ባርካ ዝወረደ ጭፍራ ኣንበጣ ኣብ ሓረስቶት ጉድኣት ኣውሪዱ።"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ERi-TV"}},
			status:  credit.Credited, credName: "ኤሪ-ቲቪ", form: credit.FormReported, evidence: "ኤሪ-ቲቪ ከም ዝሓበሮ",
		},
		{
			name:    "Chichewa: according to the newspaper of X",
			derived: article("d", "Njovu zaononga minda\n\nAlimi 40 ali pa mavuto a njala chaka chino, njovu zitawononga minda yawo ya chimanga, malinga ndi nyuzipepala ya Nyasa Tribune."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Nyasa Tribune"}},
			status:  credit.Credited, credName: "Nyasa Tribune", form: credit.FormAccordingTo, evidence: "malinga ndi nyuzipepala ya Nyasa Tribune",
		},
		{
			name:    "Inuktitut: was first published by X, the outlet in Latin letters",
			derived: article("d", "ᖁᐊᖅᓯᕐᕕᒃ ᓱᕋᒃᑐᖅ\n\nᖃᔭᖅᑐᐊᕐᔪᒻᒥ ᖁᐊᖅᓯᕐᕕᒃ ᓱᕋᒃᑐᖅ, 2,400 ᑭᓗᒍᕌᒻ ᓂᕿᑦ ᓂᕆᔭᐅᔪᓐᓇᐃᓕᖅᑐᑦ.\n\nᑖᓐᓇ ᑐᓴᖅᑕᐅᓯᐊᖅ ᓯᕗᓪᓕᖅᐹᖅ ᓴᖅᑭᑕᐅᓚᐅᖅᑐᖅ CBC ᐅᑭᐅᖅᑕᖅᑐᒥ."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "CBC"}},
			status:  credit.Credited, credName: "CBC", form: credit.FormReported, evidence: "ᓴᖅᑭᑕᐅᓚᐅᖅᑐᖅ CBC",
		},
		{
			name:    "Lingala: na kolanda X",
			derived: article("d", "Mpela na Bokolongo\n\nNa kolanda Radio Okapi, mbula ya makasi oyo enokaki butu ya mpokwa ebomi bato mibale."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Radio Okapi"}},
			status:  credit.Credited, credName: "Radio Okapi", form: credit.FormAccordingTo, evidence: "Na kolanda Radio Okapi",
		},
		{
			name:    "Quechua: as the X news agency reported, the name first",
			derived: article("d", "Wayllapampapi rit'i\n\nAndina willakuy agenciap willakusqanman hina, Wayllapampa distritupi 3 200 alpakakuna wañurqanku."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Andina"}},
			status:  credit.Credited, credName: "Andina", form: credit.FormAccordingTo, evidence: "Andina willakuy agenciap willakusqanman hina",
		},
		{
			name:    "Tamazight in Tifinagh: as X said",
			derived: article("d", "ⴰⴷⴼⵍ ⴳ ⵓⴷⵔⴰⵔ\n\nⴰⵎⴽ ⵎⴰ ⵉⵏⵏⴰ SNRTnews ⵙ ⵜⵎⴰⵣⵉⵖⵜ, ⵉⵄⵍⴰ ⵓⴷⴼⵍ ⴰⵔ 1,20 ⵏ ⵓⵎⵉⵜⵔ ⴳ 23 ⵏ ⵉⵖⵔⵎⴰⵏ."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "SNRTnews"}},
			status:  credit.Credited, credName: "SNRTnews", form: credit.FormAccordingTo, evidence: "ⴰⵎⴽ ⵎⴰ ⵉⵏⵏⴰ SNRTnews",
		},
		{
			name:    "Tok Pisin: X i tok, the outlet as the subject",
			derived: article("d", "Ol fama i pasim geit\n\nNBC Nius i tok, ol kofi fama long Kapiru i pasim geit bilong faktori long Mande."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "NBC News"}},
			status:  credit.Credited, credName: "NBC Nius", form: credit.FormReported, evidence: "NBC Nius i tok",
		},
		{
			name:    "an agency by its acronym in the lede's parenthesis",
			derived: article("d", "Y ñembohasa\n\nSEN ogueraha y Yby Pytã-pe, Agencia IP he'iháicha."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Agencia de Información Paraguaya"}},
			status:  credit.Credited, credName: "IP", form: credit.FormReported, evidence: "Agencia IP",
		},
		{
			name:    "Icelandic: X reports that, of the source's known publisher",
			derived: article("d", "Skriða lokaði veginum\n\nRÚV greinir frá því að aurskriða hafi lokað veginum um Skarðsheiði í nótt."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "RÚV"}},
			status:  credit.Credited, credName: "RÚV", form: credit.FormReported, evidence: "RÚV greinir frá",
		},
		{
			name:    "Yiddish: according to a report in „X“",
			derived: article("d", "פעסח פעקלעך\n\nלויט א באריכט אין „די וואכן-שטימע“ זענען זונטאג אינדערפרי איבער 300 וואלונטירן געקומען."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "די וואכן-שטימע"}},
			status:  credit.Credited, credName: "די וואכן-שטימע", form: credit.FormAccordingTo, evidence: "לויט א באריכט אין „די וואכן-שטימע“",
		},
		{
			name:    "English: told the broadcaster's programme",
			derived: article("d", "Water boss refuses bonus\n\nAlistair Penrose, the company's chief executive, told BBC Radio 4's Today programme on Tuesday that he would take no bonus."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "BBC"}},
			status:  credit.Credited, credName: "BBC Radio 4", form: credit.FormReported, evidence: "BBC Radio 4's Today programme",
		},
		{
			name:    "Sakha: as the broadcaster reports, its acronym before the guillemets",
			derived: article("d", "Ыстаан тоҥмута\n\nНВК «Саха» иһитиннэрэринэн, улууспут Ойуурдаах нэһилиэгэр ахсынньы 3 күнүгэр ситим тоҥмут."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "НВК «Саха»"}},
			status:  credit.Credited, credName: "НВК «Саха»", form: credit.FormReported, evidence: "НВК «Саха» иһитиннэрэринэн",
		},
		{
			name:    "Tibetan: according to X's report, its genitive joined to the name",
			derived: article("d", "ཟམ་པ་གསར་པ།\n\nབོད་ལྗོངས་གསར་འགྱུར་དྲ་བའི་སྙན་ཞུ་ལྟར་ན། ཟླ་སྒང་རྫོང་གི་ཟམ་པ་ཆེན་མོའི་བཟོ་སྐྲུན་ལས་ཀ་ལེགས་གྲུབ་བྱུང་།"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "བོད་ལྗོངས་གསར་འགྱུར་དྲ་བ"}},
			status:  credit.Credited, credName: "བོད་ལྗོངས་གསར་འགྱུར་དྲ་བ", form: credit.FormAccordingTo, evidence: "བོད་ལྗོངས་གསར་འགྱུར་དྲ་བའི་སྙན་ཞུ་ལྟར་ན",
		},
		{
			name:    "Tibetan: the agency's dispatch line kept",
			derived: article("d", "ཟམ་པ་གསར་པ།\n\nབོད་ལྗོངས་གསར་འགྱུར་དྲ་བའི་གནས་ཚུལ།\n(གསར་འགོད་པ་ཚེ་རིང་དབང་འདུས།) ཟླ་6ཚེས་17ཉིན། ཟླ་སྒང་རྫོང་གི་ཟམ་པ་ཆེན་མོའི་བཟོ་སྐྲུན་ལས་ཀ་ལེགས་གྲུབ་བྱུང་།"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "བོད་ལྗོངས་གསར་འགྱུར་དྲ་བ"}},
			status:  credit.Credited, credName: "བོད་ལྗོངས་གསར་འགྱུར་དྲ་བ", form: credit.FormParenthetical, evidence: "བོད་ལྗོངས་གསར་འགྱུར་དྲ་བའི་གནས་ཚུལ།",
		},
		{
			name:    "Scottish Gaelic: according to X",
			derived: article("d", "Teine aig muileann\n\nChaidh a' mhòr-chuid den mhuileann a mhilleadh Dimàirt, a rèir BBC Naidheachdan."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "BBC Naidheachdan"}},
			status:  credit.Credited, credName: "BBC Naidheachdan", form: credit.FormAccordingTo, evidence: "a rèir BBC Naidheachdan",
		},
		{
			name:    "Cebuano: according to the report of X, closing the story",
			derived: article("d", "Sunog sa merkado\n\nNasunog ang 86 ka puwesto.\n\nKini nga balita sumala sa taho sa Herald Bisaya."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Herald Bisaya"}},
			status:  credit.Credited, credName: "Herald Bisaya", form: credit.FormAccordingTo, evidence: "sumala sa taho sa Herald Bisaya",
		},
		{
			name:    "Javanese: as X reported",
			derived: article("d", "Pasar kobong\n\nKaya sing diwartakake Kalawarti Pamor, Pasar Ngasemrejo kobong wingi bengi."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kalawarti Pamor"}},
			status:  credit.Credited, credName: "Kalawarti Pamor", form: credit.FormAccordingTo, evidence: "Kaya sing diwartakake Kalawarti Pamor",
		},
		{
			name:    "Marshallese: this story comes from X",
			derived: article("d", "Ibwij eļap\n\nDān eo eaar deļo̧ñ ilo 38 m̧weo.\n\nBwebwenato in ej itok jān Radio Jebwe 98 FM. Kōmmool!"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Radio Jebwe 98 FM"}},
			status:  credit.Credited, credName: "Radio Jebwe", form: credit.FormVia, evidence: "Bwebwenato in ej itok jān Radio Jebwe",
		},
		{
			name:    "Marshallese: people who come from a place are no credit",
			derived: article("d", "Ibwij eļap\n\nRi-jerbal ro rej itok jān Majro Radio Jebwe ej kwaļo̧k."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Radio Jebwe"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a link aggregator's title with the story's domain",
			derived: article("d", "Secret plan would end births at Linden unit (kelmouthpost.example)\n\nHere's the text for those without a subscription:\n\nHealth bosses have drawn up secret plans."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kelmouth Evening Post", URL: "https://www.kelmouthpost.example/news/health/linden-5121094"}},
			status:  credit.Credited, credName: "kelmouthpost.example", form: credit.FormVia, evidence: "(kelmouthpost.example)",
		},
		{
			name:    "a domain inside a sentence is no link line",
			derived: article("d", "Births at Linden\n\nThe trust's papers (trust.example) were published on Monday, and the plan was dropped."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kelmouth Evening Post", URL: "https://www.kelmouthpost.example/news/health/linden-5121094"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Bhojpuri: according to the news printed in ‘X’",
			derived: article("d", "बान्ह टूटल\n\nभोजपुरी पोर्टल ‘माटी के खबर’ में छपल खबर के मुताबिक रविवार भोरे बान्ह टूट गइल।"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "माटी के खबर"}},
			status:  credit.Credited, credName: "माटी के खबर", form: credit.FormAccordingTo, evidence: "माटी के खबर’ में छपल खबर के मुताबिक",
		},
		{
			name:    "Hindi: X के मुताबिक",
			derived: article("d", "बाढ़\n\nपीटीआई के मुताबिक छह गांव पानी में डूब गए।"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "पीटीआई"}},
			status:  credit.Credited, credName: "पीटीआई", form: credit.FormAccordingTo, evidence: "पीटीआई के मुताबिक",
		},
		{
			name:    "White Hmong: raws li X tau tshaj tawm",
			derived: article("d", "Hluav taws kub khw\n\nLub khw kub puas tsuaj tag, raws li Xov Xwm Hmoob tau tshaj tawm."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Xov Xwm Hmoob"}},
			status:  credit.Credited, credName: "Xov Xwm Hmoob", form: credit.FormAccordingTo, evidence: "raws li Xov Xwm Hmoob",
		},
		{
			name:    "White Hmong: according to the law names nothing",
			derived: article("d", "Hluav taws kub khw\n\nRaws li txoj cai, lub khw yuav tsum kaw."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Xov Xwm Hmoob"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Balinese: as reported by X",
			derived: article("d", "Pabiyutan toya\n\nSekadi sane kawartayang olih Warta Bali, krama subak ngungkab papan temuku."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Warta Bali"}},
			status:  credit.Credited, credName: "Warta Bali", form: credit.FormAccordingTo, evidence: "Sekadi sane kawartayang olih Warta Bali",
		},
		{
			name:    "Balinese: a newsmaker's report is no credit",
			derived: article("d", "Pabiyutan toya\n\nSekadi sane kawartayang olih Kapolsek Penebel, kalih krama keni tatu."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Warta Bali"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Cebuano: according to a newsmaker is no credit",
			derived: article("d", "Sunog sa merkado\n\nSumala sa Bureau of Fire Protection, nasunog ang 86 ka puwesto."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Herald Bisaya"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Breton: according to X, and from the news of X",
			derived: article("d", "Dour ar c'hraou difennet\n\nHervez Radio Tevenn, ez eus bet skuilhet teil er stêr.\n\nDiouzh keleier Radio Tevenn."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Radio Tevenn"}},
			status:  credit.Credited, credName: "Radio Tevenn", form: credit.FormAccordingTo, evidence: "Hervez Radio Tevenn",
		},
		{
			name:    "Kurmanji: according to the news of X, its oblique ending cut",
			derived: article("d", "Herifîna axê gundê Bêlîsor girt\n\nLi gorî nûçeya Rûdawê, herifîna axê ya şeva borî rêya gundê Bêlîsor girtiye."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Rûdaw"}},
			status:  credit.Credited, credName: "Rûdaw", form: credit.FormAccordingTo, evidence: "Li gorî nûçeya Rûdawê",
		},
		{
			name:    "Uyghur: according to the agency's report, against the agency's Uyghur site",
			derived: article("d", "قاراتاش يېزىسىنى كەلكۈن باستى\n\nشىنخۇا ئاگېنتلىقىنىڭ خەۋىرىگە قارىغاندا، 17-ئىيۇن كېچىسى قاراتاش يېزىسىدا تاغ كەلكۈنى يۈز بەردى."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "شىنخۇا تورى ئۇيغۇرچە"}},
			status:  credit.Credited, credName: "شىنخۇا ئاگېنتلىقى", form: credit.FormAccordingTo, evidence: "شىنخۇا ئاگېنتلىقىنىڭ خەۋىرىگە قارىغاندا",
		},
		{
			name:    "Uyghur: the agency's dateline kept, the reporters in parentheses",
			derived: article("d", "قاراتاش يېزىسىنى كەلكۈن باستى\n\nشىنخۇا ئاگېنتلىقى ئۈرۈمچى 18-ئىيۇن خەۋىرى (مۇخبىر ئابدۇرېھىم مەمتىمىن) 17-ئىيۇن كەچتە تاغ كەلكۈنى يۈز بەردى."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "شىنخۇا تورى ئۇيغۇرچە"}},
			status:  credit.Credited, credName: "شىنخۇا ئاگېنتلىقى", form: credit.FormParenthetical, evidence: "شىنخۇا ئاگېنتلىقى ئۈرۈمچى 18-ئىيۇن خەۋىرى",
		},
		{
			name:    "Uyghur: a sentence before a dispatch is no dateline",
			derived: article("d", "قاراتاش يېزىسىنى كەلكۈن باستى\n\nيېزىدىكى ئاھالىلەر ئۈرۈمچى 18-ئىيۇن خەۋىرى بىلەن تونۇشتى."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "شىنخۇا تورى ئۇيغۇرچە"}},
			status:  credit.NotCredited,
		},

		{
			name:    "Malagasy: according to the report released by the agency, the source's signed author",
			derived: article("d", "Vaky ny tohodrano\n\nAraka ny tatitra navoakan'ny ANTA (Agence nationale Taratra), lavaka mirefy 14 metatra no nisokatra teo amin'ny tohodrano."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Ny Fanilo", Author: "Rivo A.; ANTA"}},
			status:  credit.Credited, credName: "ANTA", form: credit.FormAccordingTo, evidence: "Araka ny tatitra navoakan'ny ANTA",
		},
		{
			name:    "Dhivehi: as the broadcaster's report has it, in Thaana against a Latin site name",
			derived: article("d", "ފެން ހުއްޓިއްޖެ\n\nޕީއެސްއެމް ނިއުސްގެ ރިޕޯޓުގައިވާ ގޮތުން، ޕަމްޕު ޚަރާބުވީ ހޮނިހިރު ދުވަހުގެ ހަވީރެވެ."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "PSM News"}},
			status:  credit.Credited, credName: "ޕީއެސްއެމް ނިއުސް", form: credit.FormAccordingTo, evidence: "ޕީއެސްއެމް ނިއުސްގެ ރިޕޯޓުގައިވާ",
		},
		{
			name:    "Dhivehi: the broadcaster reported",
			derived: article("d", "ފެން ހުއްޓިއްޖެ\n\nރަށުގެ ގޭގެއަށް ފެން އަންނަން ހުއްޓިފައިވާ ކަމަށް ޕީއެސްއެމް ނިއުސްއިން ރިޕޯޓުކޮށްފިއެވެ."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "PSM News"}},
			status:  credit.Credited, credName: "ޕީއެސްއެމް ނިއުސް", form: credit.FormReported, evidence: "ޕީއެސްއެމް ނިއުސްއިން ރިޕޯޓުކޮށްފިއެވެ",
		},
		{
			name:    "Māori: according to the station's report",
			derived: article("d", "Kua rāhuitia te awa\n\nE ai ki te pūrongo a Hinepuia FM, kua kitea ngā tuna kua mate i te awa o Waitūhoe."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Hinepuia FM"}},
			status:  credit.Credited, credName: "Hinepuia FM", form: credit.FormAccordingTo, evidence: "E ai ki te pūrongo a Hinepuia FM",
		},
		{
			name:    "Luxembourgish: as the site reports",
			derived: article("d", "Waasser kachen\n\nAn der Gemeng goufe Bakterien fonnt, wéi RTL.lu bericht.\n\nD'Leit sollen d'Waasser kachen."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "RTL.lu"}},
			status:  credit.Credited, credName: "RTL.lu", form: credit.FormReported, evidence: "wéi RTL.lu bericht",
		},
		{
			name:    "Luxembourgish: that is what the portal writes",
			derived: article("d", "Waasser kachen\n\nAn der Gemeng goufe Bakterien fonnt. Dat schreiwen d'Kantonsnoriichten. Betraff sinn 2.400 Awunner."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kantonsnoriichten"}},
			status:  credit.Credited, credName: "Kantonsnoriichten", form: credit.FormReported, evidence: "Dat schreiwen d'Kantonsnoriichten",
		},
		{
			name:    "Tatar: taken from the site",
			derived: article("d", "Мәчетне торгызалар\n\nКүкчәбаштагы агач мәчеткә 117 яшь.\n\n«Чулман хәбәрләре» сайтыннан алынды."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Чулман хәбәрләре"}},
			status:  credit.Credited, credName: "Чулман хәбәрләре", form: credit.FormReported, evidence: "«Чулман хәбәрләре» сайтыннан алынды",
		},
		{
			name:    "Assamese: according to a report of the daily",
			derived: article("d", "নলকূপত আৰ্চেনিক\n\nপানী এতিয়া এক ডাঙৰ সমস্যা। অসমীয়া প্ৰতিদিনৰ এক প্ৰতিবেদন অনুসৰি, ৪৬টা নলকূপত আৰ্চেনিক পোৱা গৈছে।"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Asomiya Pratidin"}},
			status:  credit.Credited, credName: "অসমীয়া প্ৰতিদিন", form: credit.FormAccordingTo, evidence: "অসমীয়া প্ৰতিদিনৰ এক প্ৰতিবেদন অনুসৰি",
		},
		{
			name:    "a statement after a relative clause",
			derived: article("d", "Valve maker to expand\n\nKestrel Flow Systems, which makes valves for water companies and the energy industry, said in a statement on Tuesday that it would spend £18.5 million."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kestrel Flow Systems"}},
			status:  credit.Credited, credName: "Kestrel Flow Systems", form: credit.FormStatement, evidence: "Kestrel Flow Systems, which makes valves for water companies and the energy industry, said in a statement",
		},
		{
			name:    "a statement after another sentence's clause",
			derived: article("d", "Valve maker to expand\n\nThe plan was backed by Kestrel Flow Systems. Workers, who were told on Monday, said in a statement that they welcomed it."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kestrel Flow Systems"}},
			status:  credit.NotCredited,
		},
		{
			name:    "German: hat das Unternehmen mitgeteilt",
			derived: article("d", "Stellenabbau bei Hallmeier\n\nHallmeier baut bis zu 180 Stellen ab. Das hat das Unternehmen am Mittwoch mitgeteilt."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Hallmeier Präzisionsteile GmbH"}},
			status:  credit.Credited, credName: "Unternehmen", form: credit.FormStatement, evidence: "hat das Unternehmen am Mittwoch mitgeteilt",
		},
		{
			name:    "byline with the writer's outlet",
			derived: article("d", "Bus firm collapses\n\nBy Hannah Fielding, PA News Agency\n\nHundreds of passengers were left without a service on Monday."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "PA Media"}},
			status:  credit.Credited, credName: "PA News Agency", form: credit.FormByline, evidence: "By Hannah Fielding, PA News Agency",
		},
		{
			name:    "byline with the agency's reporters",
			derived: article("d", "Bus firm collapses\n\nBy Liam Foster and PA Reporters\n\nHundreds of passengers were left without a service on Monday."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "PA Media"}},
			status:  credit.Credited, credName: "PA", form: credit.FormByline, evidence: "By Liam Foster and PA Reporters",
		},
		{
			name:    "byline of the agency's staff alone",
			derived: article("d", "Bus firm collapses\n\nBy Reuters Staff\n\nHundreds of passengers were left without a service on Monday."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Reuters"}},
			status:  credit.Credited, credName: "Reuters", form: credit.FormByline, evidence: "By Reuters Staff",
		},
		{
			name:    "byline of another outlet's reporters",
			derived: article("d", "Bus firm collapses\n\nBy Liam Foster and Lindshire Echo Reporters\n\nHundreds of passengers were left without a service on Monday."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "PA Media"}},
			status:  credit.NotCredited, credName: "Lindshire Echo", form: credit.FormByline, evidence: "By Liam Foster and Lindshire Echo Reporters",
		},
		{
			name:    "byline of another outlet",
			derived: article("d", "Bus firm collapses\n\nBy Hannah Fielding, Lindshire Echo\n\nHundreds of passengers were left without a service."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "PA Media"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a byline inside a sentence is none",
			derived: article("d", "The bridge was closed by Mayor Lee, Ashford Register reporters saw on Monday."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "The Ashford Register"}},
			status:  credit.NotCredited,
		},
		{
			name:    "the agency named before news agency",
			derived: article("d", "Bus firm collapses\n\nThe operator has gone into administration, the PA news agency reported on Monday."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "PA Media"}},
			status:  credit.Credited, credName: "PA", form: credit.FormReported, evidence: "PA news agency",
		},
		{
			name:    "produced by",
			derived: article("d", "Settlement approved\n\nThe council approved the settlement.\n\nThis story was produced by The Ashford Register and is shared through a content-sharing partnership."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "The Ashford Register"}},
			status:  credit.Credited, credName: "The Ashford Register", form: credit.FormReported, evidence: "produced by The Ashford Register",
		},
		{
			name:    "Italian: secondo quanto riporta",
			derived: article("d", "Frana sulla provinciale\n\nLa strada resta chiusa, secondo quanto riporta La Gazzetta dell'Orsa."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "La Gazzetta dell'Orsa"}},
			status:  credit.Credited, credName: "La Gazzetta dell'Orsa", form: credit.FormReported, evidence: "secondo quanto riporta La Gazzetta dell'Orsa",
		},
		{
			name:    "Portuguese: Redação, com Lusa",
			derived: article("d", "Fábrica fecha\n\nRedação, com Lusa\n\nA fábrica de calçado encerra na sexta-feira."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Lusa"}},
			status:  credit.Credited, credName: "Lusa", form: credit.FormByline, evidence: "Redação, com Lusa",
		},
		{
			name:    "Spanish: según ha informado el Ayuntamiento",
			derived: article("d", "Zona de bajas emisiones\n\nLa zona entrará en vigor en enero, según ha informado el Ayuntamiento en un comunicado."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Ayuntamiento de Torrealba"}},
			status:  credit.Credited, credName: "Ayuntamiento", form: credit.FormAccordingTo, evidence: "según ha informado el Ayuntamiento",
		},
		{
			name:    "German: gegenüber der APA",
			derived: article("d", "Mure in Tauchenegg\n\nDie Straße bleibt gesperrt, sagte der Bürgermeister gegenüber der APA."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "APA – Austria Presse Agentur"}},
			status:  credit.Credited, credName: "APA", form: credit.FormReported, evidence: "gegenüber der APA",
		},
		{
			name:    "Italian: riferisce l'X",
			derived: article("d", "Frana sulla provinciale\n\nDa martedì il paese è isolato da una frana, riferisce l'ANSA."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Agenzia ANSA"}},
			status:  credit.Credited, credName: "ANSA", form: credit.FormReported, evidence: "riferisce l'ANSA",
		},
		{
			name:    "Italian: ha detto all'X",
			derived: article("d", "Frana sulla provinciale\n\n\"Siamo isolati da tre giorni\", ha detto all'ANSA il sindaco."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Agenzia ANSA"}},
			status:  credit.Credited, credName: "ANSA", form: credit.FormReported, evidence: "detto all'ANSA",
		},
		{
			// A person reports, not an outlet: no name follows.
			name:    "Italian: riferisce il sindaco",
			derived: article("d", "Frana sulla provinciale\n\nIl paese è isolato da martedì, riferisce il sindaco."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Agenzia ANSA"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Dutch: volgens de X",
			derived: article("d", "Pinstoring\n\nDe storing duurde vijf uur, volgens de Volkskrant."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "de Volkskrant"}},
			status:  credit.Credited, credName: "Volkskrant", form: credit.FormAccordingTo, evidence: "volgens de Volkskrant",
		},
		{
			name:    "German: sagte … dem Nachrichtenmagazin „X“",
			derived: article("d", "Sozialwohnungen\n\nDas Geld müsse in Neubau fließen, sagte die Ministerin dem Nachrichtenmagazin „Kompass“."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "KOMPASS"}},
			status:  credit.Credited, credName: "Kompass", form: credit.FormReported, evidence: "dem Nachrichtenmagazin „Kompass“",
		},
		{
			name:    "German: sagte X dem „Y“",
			derived: article("d", "Sozialwohnungen\n\n„Darüber verhandle ich nicht“, sagte Oberländer dem „Kompass“."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kompass"}},
			status:  credit.Credited, credName: "Kompass", form: credit.FormReported, evidence: "dem „Kompass“",
		},
		{
			// The dative of a sentence with no verb of saying before
			// it names no one told.
			name:    "German: dem „X“ without a verb of saying",
			derived: article("d", "Sozialwohnungen\n\nDie Ministerin widersprach dem „Kompass“-Bericht nicht."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kompass"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Spanish: según publicó el portal",
			derived: article("d", "Derrumbe de un silo\n\nEl silo cedió durante la madrugada, según publicó el portal Sierras al Día."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Sierras al Día"}},
			status:  credit.Credited, credName: "Sierras al Día", form: credit.FormAccordingTo, evidence: "según publicó el portal Sierras al Día",
		},
		{
			name:    "German: a report of the paper, declined",
			derived: article("d", "Mure in Tauchenegg\n\nDie Straße bleibt gesperrt.\n\nDieser Beitrag basiert auf einem Bericht des „Obersteirischen Tagblatts“."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Obersteirisches Tagblatt"}},
			status:  credit.Credited, credName: "Obersteirischen Tagblatts", form: credit.FormReported, evidence: "Bericht des „Obersteirischen Tagblatts",
		},
		{
			name:    "French: nos confrères de",
			derived: article("d", "Orvalis ferme\n\nUne quarantaine de travailleurs se sont rendus devant le siège, ont rapporté nos confrères de Bxl Direct."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Bxl Direct"}},
			status:  credit.Credited, credName: "Bxl Direct", form: credit.FormReported, evidence: "nos confrères de Bxl Direct",
		},
		{
			name:    "inflection does not join different names",
			derived: article("d", "A report\n\nThe road is closed, the Evening Standard reported."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Evening Star"}},
			status:  credit.NotCredited,
		},
		{
			name:    "German: another issuer's statement",
			derived: article("d", "Stellenabbau bei Hallmeier\n\nDas teilte die Gewerkschaft am Mittwoch mit."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Hallmeier Präzisionsteile GmbH"}},
			status:  credit.NotCredited,
		},
		{
			// Unnamed and the town not named either: not matched.
			name:    "an unnamed issuer",
			derived: article("d", "The town's borough council said in a statement that homes would follow."),
			source:  council, status: credit.NotCredited, reason: []string{"no credit", "Harwick Borough Council"},
		},
		{
			name:    "a digest's (via X)",
			derived: article("d", "Cars will be banned from Bridge Street from March. (via Kingsbridge Chronicle)"),
			source:  &reprint.Article{Meta: reprint.Meta{Site: "Kingsbridge Chronicle"}}, status: credit.Credited,
			credName: "Kingsbridge Chronicle", form: credit.FormVia, evidence: "(via Kingsbridge Chronicle)",
		},
		{
			name:    "The Guardian has reported",
			derived: article("d", "The Guardian has reported that talks were held."),
			source:  &reprint.Article{Meta: reprint.Meta{URL: "https://www.theguardian.com/world/x"}},
			status:  credit.Credited, credName: "The Guardian", form: credit.FormReported, evidence: "The Guardian has reported",
		},
		{
			name:    "as reported by Thomson Reuters",
			derived: article("d", "Talks were held, as reported by Thomson Reuters."),
			source:  reuters, status: credit.Credited, credName: "Thomson Reuters", form: credit.FormReported,
			evidence: "reported by Thomson Reuters",
		},
		{
			name:    "BBC reported, publisher unknown",
			derived: article("d", "The BBC reported that talks were held."),
			source:  unknown, status: credit.NotCredited,
		},
		// A wire dateline credits the text that follows it to the agency,
		// as a credit line does, whether or not the publisher is known.
		{
			name:    "wire dateline, publisher unknown",
			derived: article("d", "LONDON (Reuters) - Talks were held."),
			source:  unknown, status: credit.Credited, credName: "Reuters", form: credit.FormParenthetical,
			evidence: "(Reuters)", reason: []string{"unknown", `wire dateline "LONDON (Reuters)"`},
		},
		{
			name:    "wire dateline with a date, publisher unknown",
			derived: article("d", "Council approves barrier\n\nWASHINGTON, March 14 (AP) — Talks were held."),
			source:  unknown, status: credit.Credited, credName: "AP", form: credit.FormParenthetical,
			evidence: "(AP)", reason: []string{`"WASHINGTON, March 14 (AP)"`},
		},
		{
			name:    "bare wire dateline, publisher unknown",
			derived: article("d", "(Reuters) — Talks were held."),
			source:  unknown, status: credit.Credited, credName: "Reuters", form: credit.FormParenthetical, evidence: "(Reuters)",
		},
		{
			name:    "parenthesis and dash inside a sentence, publisher unknown",
			derived: article("d", "Shares in the company (Acme) - a maker of anvils - fell."),
			source:  unknown, status: credit.NotCredited,
		},
		{
			name:    "inline parenthetical without a dash, publisher unknown",
			derived: article("d", "LONDON (Reuters) Talks were held."),
			source:  unknown, status: credit.NotCredited,
		},
		{
			name:    "credit line, publisher unknown",
			derived: article("d", "Talks were held.\n\nSource: Reuters"),
			source:  unknown, status: credit.Credited, credName: "Reuters", form: credit.FormSource, evidence: "Source: Reuters",
			reason: []string{"unknown"},
		},
		{
			name:    "via line, publisher known",
			derived: article("d", "Talks were held.\nVia The Guardian\n"),
			source:  &reprint.Article{Meta: reprint.Meta{Site: "Guardian"}},
			status:  credit.Credited, credName: "The Guardian", form: credit.FormVia, evidence: "Via The Guardian",
		},
		{
			name:    "originally published, publisher known",
			derived: article("d", "Talks.\nOriginally published by BBC News"),
			source:  bbcURLOnly, status: credit.Credited, credName: "BBC News", form: credit.FormOriginally,
			evidence: "Originally published by BBC News",
		},
		{
			name:    "own copyright, publisher unknown",
			derived: article("d", "Talks.\n© Newsthirst"),
			source:  unknown, status: credit.NotCredited,
		},
		{
			name:    "copyright of the source",
			derived: article("d", "Talks.\n© BBC"),
			source:  bbc, status: credit.Credited, credName: "BBC", form: credit.FormCopyright, evidence: "© BBC",
		},
		{
			name:    "credit line wins over an earlier inline form",
			derived: article("d", "Talks, according to the BBC.\nCredit: BBC News"),
			source:  bbc, status: credit.Credited, credName: "BBC News", form: credit.FormCredit, evidence: "Credit: BBC News",
		},
		{
			name:    "a mention in a sentence is not credit",
			derived: article("d", "The figures were confirmed by the BBC."),
			source:  bbc, status: credit.NotCredited,
		},
		{
			name:    "a non-name parenthetical",
			derived: article("d", "The North Atlantic Treaty Organisation (Nato) met."),
			source:  bbc, status: credit.NotCredited,
		},
		{
			name:    "empty derived",
			derived: &reprint.Article{}, source: bbc, status: credit.NotCredited,
		},
		{
			name:    "empty both",
			derived: &reprint.Article{}, source: &reprint.Article{}, status: credit.NotCredited,
		},
		{
			name:    "nil both",
			derived: nil, source: nil, status: credit.NotCredited,
		},
		{
			name:    "Spanish wire dateline with its full stop, publisher unknown",
			derived: article("d", "Inundado el mercado\n\nSevilla, 3 mar (AIN).- La rotura de una tubería general inundó anoche el mercado de San Teodoro, según los técnicos municipales."),
			source:  unknown, status: credit.Credited, credName: "AIN", form: credit.FormParenthetical, evidence: "(AIN)",
			reason: []string{"wire dateline", "Sevilla, 3 mar (AIN)"},
		},
		{
			name:    "Spanish wire dateline with a month written out",
			derived: article("d", "Inundado el mercado\n\nSevilla, 3 de marzo (AIN).- La rotura de una tubería general inundó anoche el mercado de San Teodoro, según los técnicos municipales."),
			source:  unknown, status: credit.Credited, credName: "AIN", form: credit.FormParenthetical, evidence: "(AIN)",
		},
		{
			name:    "a lower-case word that is no month makes a sentence, not a dateline",
			derived: article("d", "Inundado el mercado\n\nLos vecinos de Triana (AIN).- La rotura de una tubería general inundó anoche el mercado de San Teodoro."),
			source:  unknown, status: credit.NotCredited,
		},
		{
			name:    "según informó la agencia, by the agency's initials",
			derived: article("d", "Inundado el mercado\n\nLa rotura de una tubería inundó anoche el mercado de San Teodoro.\n\nLos daños superan los cien mil euros, según informó la agencia AIN."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Agencia Iberia de Noticias"}},
			status:  credit.Credited, credName: "AIN", form: credit.FormAccordingTo, evidence: "según informó la agencia AIN",
		},
		{
			name:    "según la agencia in the lede credits the story, publisher unknown",
			derived: article("d", "Inundado el mercado\n\nLa rotura de una tubería general inundó anoche el mercado de San Teodoro de Sevilla, según la agencia AIN.\n\nLos daños superan los cien mil euros."),
			source:  unknown, status: credit.Credited, credName: "AIN", form: credit.FormAccordingTo, evidence: "según la agencia AIN",
		},
		{
			name:    "según a ministry in the lede attributes a claim",
			derived: article("d", "Inundado el mercado\n\nLa rotura de una tubería general inundó anoche el mercado de San Teodoro de Sevilla, según el Ministerio del Interior.\n\nLos daños superan los cien mil euros."),
			source:  unknown, status: credit.NotCredited,
		},
		{
			name:    "according to the news agency in the lede",
			derived: article("d", "Flood\n\nA burst main flooded the covered market in the centre of Seville overnight, according to the news agency Interfax.\n\nDamage is put at 100,000 euros."),
			source:  unknown, status: credit.Credited, credName: "Interfax", form: credit.FormAccordingTo, evidence: "according to the news agency Interfax",
		},
		{
			name:    "German: wie die Agentur berichtete names the source's publisher",
			derived: article("d", "Großbrand im Hafen\n\nIm Hamburger Hafen ist in der Nacht ein Lager mit Rohkaffee niedergebrannt, wie die Deutsche Presse-Agentur am Dienstag berichtete."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Deutsche Presse-Agentur"}},
			status:  credit.Credited, credName: "Deutsche Presse-Agentur", form: credit.FormReported, evidence: "wie die Deutsche Presse-Agentur am Dienstag berichtete",
		},
		{
			name:    "German: wie dpa meldet, the agency's own lower-case initials",
			derived: article("d", "Großbrand im Hafen\n\nIm Hamburger Hafen ist in der Nacht ein Lager niedergebrannt, wie dpa meldet."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Deutsche Presse-Agentur"}},
			status:  credit.Credited, credName: "dpa", form: credit.FormReported, evidence: "wie dpa meldet",
		},
		{
			name:    "German: wie die Polizei mitteilte is no report verb",
			derived: article("d", "Großbrand im Hafen\n\nIm Hafen brannte ein Lager, wie die Polizei mitteilte."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Polizei Hamburg"}},
			status:  credit.NotCredited,
		},
		{
			// With the body's whole name it is the body's own
			// announcement, as "X said" is.
			name:    "German: wie das X … mitteilte, the whole name",
			derived: article("d", "Schulbus im Graben\n\n14 Kinder wurden leicht verletzt, wie das Polizeipräsidium Wendelstadt am Mittag mitteilte."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Polizeipräsidium Wendelstadt"}},
			status:  credit.Credited, credName: "Polizeipräsidium Wendelstadt", form: credit.FormStatement,
			evidence: "wie das Polizeipräsidium Wendelstadt am Mittag mitteilte",
		},
		{
			// A release on a distributor's page is its issuer's.
			name:    "German: the issuer of a release on presseportal",
			derived: article("d", "Schulbus im Graben\n\n14 Kinder wurden leicht verletzt, wie das Polizeipräsidium Wendelstadt am Mittag mitteilte."),
			source: &reprint.Article{ID: "src", Text: "Schulbus im Graben\n\n14 Kinder wurden leicht verletzt.\n\nRückfragen bitte an:\n\nPressestelle\n\nOriginal-Content von: Polizeipräsidium Wendelstadt, übermittelt durch news aktuell",
				Meta: reprint.Meta{Site: "presseportal.de"}},
			status: credit.Credited, credName: "Polizeipräsidium Wendelstadt", form: credit.FormStatement,
			evidence: "wie das Polizeipräsidium Wendelstadt am Mittag mitteilte",
		},
		{
			name:    "German: laut dpa",
			derived: article("d", "Großbrand im Hafen\n\nIm Hafen brannte in der Nacht ein Lager mit Rohkaffee nieder.\n\nDer Schaden liegt laut dpa bei mehreren Millionen Euro."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Deutsche Presse-Agentur"}},
			status:  credit.Credited, credName: "dpa", form: credit.FormAccordingTo, evidence: "laut dpa",
		},
		{
			name:    "French: selon l'AFP, the elided article apart",
			derived: article("d", "Fermeture d'usine\n\nL'usine fermera ses portes en juin, selon l'AFP.\n\nDeux cents emplois sont menacés."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "AFP"}},
			status:  credit.Credited, credName: "AFP", form: credit.FormAccordingTo, evidence: "selon l'AFP",
		},
		{
			name:    "Swedish: enligt TT",
			derived: article("d", "Bruket stänger\n\nBruket i Kvarnsund stänger vid årsskiftet.\n\nAlla 312 anställda varslas, enligt TT."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "TT"}},
			status:  credit.Credited, credName: "TT", form: credit.FormAccordingTo, evidence: "enligt TT",
		},
		{
			name:    "Polish: według PAP",
			derived: article("d", "Pożar magazynu\n\nW nocy spłonął magazyn firmy EkoGranulat w Wądolinie.\n\nWedług PAP nikt nie został ranny."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Polska Agencja Prasowa"}},
			status:  credit.Credited, credName: "PAP", form: credit.FormAccordingTo, evidence: "Według PAP",
		},
		{
			name:    "Romanian: the agency between slashes in the dateline",
			derived: article("d", "Inundații la Runcșoara\n\nRuncșoara, 3 mai /Agerpres/ - Zeci de gospodării au fost inundate în noaptea de vineri spre sâmbătă.\n\nPompierii au evacuat 40 de persoane."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "AGERPRES"}},
			status:  credit.Credited, credName: "Agerpres", form: credit.FormParenthetical, evidence: "/Agerpres/",
		},
		{
			name:    "Albanian: the agency between slashes after a place in capitals, no dash",
			derived: article("d", "Shembet ura\n\nLISVARDH /ATSH/ Harku qendror i Urës së Hanit u shemb mbrëmë.\n\nNuk raportohen të lënduar."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ATSH"}},
			status:  credit.Credited, credName: "ATSH", form: credit.FormParenthetical, evidence: "/ATSH/",
		},
		{
			name:    "no dash after a place in lower case is no dateline",
			derived: article("d", "Shembet ura\n\nLisvardh /ATSH/ Harku qendror i Urës së Hanit u shemb mbrëmë.\n\nNuk raportohen të lënduar."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ATSH"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a slash inside a sentence is no dateline",
			derived: article("d", "Inundații la Runcșoara\n\nDebitul a crescut la 40 de metri cubi /Agerpres/ - spun hidrologii.\n\nPompierii au evacuat 40 de persoane."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "AGERPRES"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Hungarian: az MTI szerint",
			derived: article("d", "Leszakadt a híd\n\nLeszakadt a Rába-parti gyalogoshíd Kisbaráton.\n\nAz MTI szerint senki sem sérült meg."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "MTI"}},
			status:  credit.Credited, credName: "MTI", form: credit.FormAccordingTo, evidence: "MTI szerint",
		},
		{
			name:    "Turkish: the name's case ending cut at its apostrophe",
			derived: article("d", "Yol çöktü\n\nKaradeniz sahil yolunda heyelan meydana geldi.\n\nAnadolu Ajansı'na göre yol iki gün kapalı kalacak."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Anadolu Ajansı"}},
			status:  credit.Credited, credName: "Anadolu Ajansı", form: credit.FormAccordingTo, evidence: "Anadolu Ajansı'na göre",
		},
		{
			name:    "Turkish: göre after a word without an apostrophe names nobody",
			derived: article("d", "Yol çöktü\n\nKaradeniz sahil yolunda heyelan meydana geldi.\n\nValilik Açıklamasına göre yol iki gün kapalı kalacak."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Valilik"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Korean: 연합뉴스에 따르면",
			derived: article("d", "화학공장 가스 누출\n\n충북 하령군의 화학공장에서 염화수소가 누출됐다.\n\n연합뉴스에 따르면 근로자 7명이 병원으로 옮겨졌다."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "연합뉴스"}},
			status:  credit.Credited, credName: "연합뉴스", form: credit.FormAccordingTo, evidence: "연합뉴스에 따르면",
		},
		{
			name:    "Japanese: 共同通信によると",
			derived: article("d", "化学工場で火災\n\n県内の化学工場で火災があった。\n\n共同通信によると、従業員3人が病院に運ばれた。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "共同通信"}},
			status:  credit.Credited, credName: "共同通信", form: credit.FormAccordingTo, evidence: "共同通信によると",
		},
		{
			name:    "Greek: according to the agency, by its acronym",
			derived: article("d", "Φωτιά κοντά σε χωριό\n\nΣύμφωνα με το ΚΥΠΕ, η φωτιά ξεκίνησε λίγο πριν από τις 12 το μεσημέρι."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Κυπριακό Πρακτορείο Ειδήσεων"}},
			status:  credit.Credited, credName: "ΚΥΠΕ", form: credit.FormAccordingTo, evidence: "Σύμφωνα με το ΚΥΠΕ",
		},
		{
			name:    "Greek: as the broadcaster reported",
			derived: article("d", "Φωτιά κοντά σε χωριό\n\nΗ φωτιά έκαψε 40 στρέμματα, όπως μετέδωσε η ΕΡΤ."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ΕΡΤ"}},
			status:  credit.Credited, credName: "ΕΡΤ", form: credit.FormReported, evidence: "όπως μετέδωσε η ΕΡΤ",
		},
		{
			name:    "Japanese: a broadcaster's Latin acronym before によると",
			derived: article("d", "県道で土砂崩れ\n\nNHKによると、山側の斜面が幅約40メートルにわたって崩れた。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "NHK NEWS WEB"}},
			status:  credit.Credited, credName: "NHK", form: credit.FormAccordingTo, evidence: "NHKによると",
		},
		{
			name:    "Russian: the incise сообщает ТАСС",
			derived: article("d", "Авария на котельной\n\nВ Кудринске встала центральная котельная, сообщает ТАСС.\n\nБез тепла остались 6,5 тыс. человек."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ТАСС"}},
			status:  credit.Credited, credName: "ТАСС", form: credit.FormReported, evidence: "сообщает ТАСС",
		},
		{
			name:    "Russian: по данным ТАСС",
			derived: article("d", "Авария на котельной\n\nВ Кудринске встала центральная котельная.\n\nПо данным ТАСС, без тепла остались 6,5 тыс. человек."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ТАСС"}},
			status:  credit.Credited, credName: "ТАСС", form: credit.FormAccordingTo, evidence: "По данным ТАСС",
		},
		{
			name:    "Ukrainian: за інформацією Укрінформу",
			derived: article("d", "Міст закрили\n\nУ Березнянську закрили міст через тріщини в опорах.\n\nЗа інформацією Укрінформу, ремонт триватиме пів року."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Укрінформ"}},
			status:  credit.Credited, credName: "Укрінформу", form: credit.FormAccordingTo, evidence: "За інформацією Укрінформу",
		},
		{
			name:    "Ukrainian: the incise повідомляє Укрінформ",
			derived: article("d", "Міст закрили\n\nУ Березнянську закрили міст через тріщини в опорах, повідомляє Укрінформ.\n\nРемонт триватиме пів року."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Укрінформ"}},
			status:  credit.Credited, credName: "Укрінформ", form: credit.FormReported, evidence: "повідомляє Укрінформ",
		},
		{
			name:    "Bulgarian: the incise съобщи БТА",
			derived: article("d", "Затварят халето\n\nОбщинският съвет на Каменоград реши да затвори халето за ремонт, съобщи БТА.\n\nТърговците се местят."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "БТА"}},
			status:  credit.Credited, credName: "БТА", form: credit.FormReported, evidence: "съобщи БТА",
		},
		{
			name:    "Bulgarian: според БТА",
			derived: article("d", "Затварят халето\n\nСпоред БТА общинският съвет на Каменоград реши да затвори халето.\n\nТърговците се местят."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "БТА"}},
			status:  credit.Credited, credName: "БТА", form: credit.FormAccordingTo, evidence: "Според БТА",
		},
		{
			name:    "Bulgarian: съобщиха от the ministry by name, its article on the head",
			derived: article("d", "Нови училищни автобуси\n\nДържавата ще плати до 85% от цената на новите училищни автобуси, съобщиха от Министерството на училищното образование.\n\nОбщините кандидатстват до май."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Министерство на училищното образование"}},
			status:  credit.Credited, credName: "Министерството на училищното образование", form: credit.FormStatement,
			evidence: "съобщиха от Министерството на училищното образование",
		},
		{
			name: "Bulgarian: припомнят от the ministry by description",
			derived: article("d", "Нови училищни автобуси\n\nМинистерството на училищното образование ще плати до 85% от цената на новите автобуси.\n\n"+
				"Есента бяха установени 212 автобуса с изтекли прегледи, припомнят от министерството.\n\nОбщините кандидатстват до май."),
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Министерство на училищното образование"}},
			status: credit.Credited, credName: "министерството", form: credit.FormStatement, evidence: "припомнят от министерството",
		},
		{
			name: "Bulgarian: another ministry's statement is no credit of the ministry",
			derived: article("d", "Нови училищни автобуси\n\nДържавата ще плати до 85% от цената на новите автобуси.\n\n"+
				"Болниците получават 12 линейки, съобщиха от Министерството на здравеопазването.\n\nОбщините кандидатстват до май."),
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Министерство на училищното образование"}},
			status: credit.NotCredited,
		},
		{
			name: "Bulgarian: another body's statement is no credit of the ministry",
			derived: article("d", "Нови училищни автобуси\n\nДържавата ще плати до 85% от цената на новите автобуси.\n\n"+
				"Кандидатстват 40 общини, съобщиха от общината.\n\nОбщините кандидатстват до май."),
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Министерство на училищното образование"}},
			status: credit.NotCredited,
		},
		{
			name:    "Serbian: саопштила је општина, the issuer in lower case before its place",
			derived: article("d", "Замена цеви\n\nОд 2. марта биће мењана водоводна мрежа, саопштила је данас општина Беловарје.\n\nРадови трају 90 дана."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Општина Беловарје"}},
			status:  credit.Credited, credName: "општина Беловарје", form: credit.FormStatement, evidence: "саопштила је данас општина Беловарје",
		},
		{
			name:    "Serbian in Latin script: saopštila je opština",
			derived: article("d", "Zamena cevi\n\nOd 2. marta biće menjana vodovodna mreža, saopštila je danas opština Belovarje.\n\nRadovi traju 90 dana."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Општина Беловарје"}},
			status:  credit.Credited, credName: "opština Belovarje", form: credit.FormStatement, evidence: "saopštila je danas opština Belovarje",
		},
		{
			name:    "Serbian: another municipality's announcement is none",
			derived: article("d", "Замена цеви\n\nОд 2. марта биће мењана водоводна мрежа, саопштила је данас општина Рудине.\n\nРадови трају 90 дана."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Општина Беловарје"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Hebrew: כך נמסר מ-, the issuer joined to the preposition",
			derived: article("d", "נעצרו חמישה חשודים\n\nחמישה חשודים נעצרו בחשד להונאת קשישים, כך נמסר מדוברות המשטרה. החקירה נמשכה שלושה חודשים.\n\nהחשודים יובאו להארכת מעצר."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "משטרת ישראל – דוברות המשטרה"}},
			status:  credit.Credited, credName: "דוברות המשטרה", form: credit.FormStatement, evidence: "כך נמסר מדוברות המשטרה",
		},
		{
			name: "Bengali: in a press release of the city corporation, described",
			derived: article("d", "মশার লার্ভা নিধনে অভিযান\n\nমেঘনাপুর সিটি করপোরেশন ২৭টি ওয়ার্ডে অভিযান শুরু করেছে।\n\n"+
				"গতকাল সিটি করপোরেশনের এক সংবাদ বিজ্ঞপ্তিতে এ তথ্য জানানো হয়।\n\nঅভিযান চলবে ২৩ সেপ্টেম্বর পর্যন্ত।"),
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "মেঘনাপুর সিটি করপোরেশন"}},
			status: credit.Credited, credName: "করপোরেশন", form: credit.FormStatement, evidence: "করপোরেশনের এক সংবাদ বিজ্ঞপ্তিতে",
		},
		{
			name:    "Thai: gave an interview to the newspaper X",
			derived: article("d", "พักหนี้ชาวนารอบใหม่\n\nนายวีระพงษ์ ศรีสุวรรณกุล รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ ให้สัมภาษณ์กับหนังสือพิมพ์สยามทิวา ถึงมาตรการพักหนี้\n\nชาวนาจะได้พักเงินต้นสามปี"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "สยามทิวา"}},
			status:  credit.Credited, credName: "สยามทิวา", form: credit.FormReported, evidence: "ให้สัมภาษณ์กับหนังสือพิมพ์สยามทิวา",
		},
		{
			name:    "Lithuanian: pranešė Seimo komitetas, a five-letter name in the genitive, by the domain",
			derived: article("d", "Nemokami pietūs\n\nKomitetas pritarė projektui, pranešė Seimo komitetas.\n\nSeimas balsuos kovą."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Lietuvos Respublikos Seimas", URL: "https://www.seimas.example/naujienos/1187"}},
			status:  credit.Credited, credName: "Seimo komitetas", form: credit.FormReported, evidence: "pranešė Seimo komitetas",
		},
		{
			name: "Afrikaans: het die munisipaliteit in ’n verklaring gesê, described",
			derived: article("d", "Water af in Parkhof\n\nRenosterkop Plaaslike Munisipaliteit waarsku inwoners.\n\n"+
				"Die reservoirs is minder as ’n derde vol, het die munisipaliteit in ’n verklaring gesê.\n\nDie onderbrekings duur tot vier uur."),
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Renosterkop Plaaslike Munisipaliteit"}},
			status: credit.Credited, credName: "munisipaliteit", form: credit.FormStatement, evidence: "het die munisipaliteit in ’n verklaring gesê",
		},
		{
			name: "Afrikaans: die munisipaliteit se amptelike mediaverklaring",
			derived: article("d", "Water af in Parkhof\n\nRenosterkop Plaaslike Munisipaliteit waarsku inwoners.\n\n"+
				"Dis die munisipaliteit se amptelike mediaverklaring oor die onderbrekings.\n\nDie onderbrekings duur tot vier uur."),
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Renosterkop Plaaslike Munisipaliteit"}},
			status: credit.Credited, credName: "munisipaliteit", form: credit.FormStatement, evidence: "die munisipaliteit se amptelike",
		},
		{
			name: "Afrikaans: another body's statement is none",
			derived: article("d", "Water af in Parkhof\n\nRenosterkop Plaaslike Munisipaliteit waarsku inwoners.\n\n"+
				"Die krag is af, het die kragverskaffer in ’n verklaring gesê.\n\nDie onderbrekings duur tot vier uur."),
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Renosterkop Plaaslike Munisipaliteit"}},
			status: credit.NotCredited,
		},
		{
			name: "Tamil: in the press note the government issued, the site name's second part described",
			derived: article("d", "வெள்ள நிவாரணம்\n\nதமிழ்நாடு அரசு ரூ.1,240 கோடி நிவாரணம் அறிவித்துள்ளது.\n\n"+
				"இவ்வாறு அரசு வெளியிட்டுள்ள செய்திக் குறிப்பில் தெரிவிக்கப்பட்டுள்ளது.\n\nமுகாம்கள் திறக்கப்பட்டுள்ளன."),
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "செய்தி மக்கள் தொடர்புத் துறை, தமிழ்நாடு அரசு"}},
			status: credit.Credited, credName: "அரசு", form: credit.FormStatement, evidence: "அரசு வெளியிட்டுள்ள செய்திக் குறிப்பில்",
		},
		{
			name:    "Latvian: …, informē pašvaldība, the body described in the incise",
			derived: article("d", "Slēgs tiltu\n\nVecsalu novada pašvaldība slēgs tiltu pār Mellupi.\n\nApvedceļš būs 14 kilometrus garš, informē pašvaldība.\n\nJauns tilts maksās 1,1 miljonu eiro."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Vecsalu novada pašvaldība"}},
			status:  credit.Credited, credName: "pašvaldība", form: credit.FormStatement, evidence: "informē pašvaldība",
		},
		{
			name:    "Latvian: a body of another name is none",
			derived: article("d", "Slēgs tiltu\n\nVecsalu novada pašvaldība slēgs tiltu pār Mellupi.\n\nApvedceļš būs 14 kilometrus garš, informē policija.\n\nJauns tilts maksās 1,1 miljonu eiro."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Vecsalu novada pašvaldība"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Turkish: Valilikten yapılan yazılı açıklamada, the issuer in the ablative",
			derived: article("d", "Heyelan\n\nArtvin'de heyelan nedeniyle 23 hane tahliye edildi.\n\nValilikten yapılan yazılı açıklamada, 71 kişinin yakınlarının yanına yerleştirildiği belirtildi.\n\nEkipler bölgede."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "T.C. Artvin Valiliği"}},
			status:  credit.Credited, credName: "Valilik", form: credit.FormStatement, evidence: "Valilikten yapılan yazılı",
		},
		{
			name:    "a heading's (FAQ) on a line of its own is no dateline",
			derived: article("d", "Bagyong Tindalo\n\nSuspendido ang klase bukas.\n\nMga Madalas Itanong (FAQ)\n\nMay pasok ba bukas? Wala po."),
			source:  &reprint.Article{ID: "src"},
			status:  credit.NotCredited,
		},
		{
			name:    "Norwegian: Fra kommunens nettside, the body described in the definite genitive",
			derived: article("d", "KOK VANNET\n\nGjelder sentrum 👇 Fra kommunens nettside:\n\nNordsjå kommune innfører kokepåbud for abonnenter i sentrum.\n\nKok vannet i ett minutt."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Nordsjå kommune"}},
			status:  credit.Credited, credName: "kommunen", form: credit.FormSource, evidence: "Fra kommunens nettside",
		},
		{
			name:    "Catalan: la nota de l'Ajuntament",
			derived: article("d", "Zona de baixes emissions\n\nUs reproduïm la nota de l'Ajuntament:\n\nEl Ple de l'Ajuntament de Montcorb del Riu va aprovar l'ordenança.\n\nEntrarà en vigor el març."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Ajuntament de Montcorb del Riu"}},
			status:  credit.Credited, credName: "Ajuntament", form: credit.FormStatement, evidence: "nota de l'Ajuntament",
		},
		{
			name:    "Swahili: taarifa rasmi ya X, the name with its connectives",
			derived: article("d", "Kipindupindu\n\nNi taarifa rasmi ya Serikali ya Kaunti ya Mabanga kuhusu kipindupindu.\n\nVisa 47 vimethibitishwa."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Serikali ya Kaunti ya Mabanga"}},
			status:  credit.Credited, credName: "Serikali ya Kaunti ya Mabanga", form: credit.FormStatement, evidence: "taarifa rasmi ya Serikali ya Kaunti ya Mabanga",
		},
		{
			name:    "Italian: the incise rende noto l'Asl in una nota",
			derived: article("d", "West Nile\n\nÈ il primo caso umano della stagione, rende noto l'Asl Valmarena in una nota. L'uomo è in ospedale.\n\nLa disinfestazione parte lunedì."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ASL Valmarena - Azienda Sanitaria Locale"}},
			status:  credit.Credited, credName: "Asl Valmarena", form: credit.FormStatement, evidence: "rende noto l'Asl Valmarena",
		},
		{
			name:    "a pasted notice under From the council:",
			derived: article("d", "Kaimata Community Noticeboard\n\nHave your say, everyone.\n\nFrom the council:\n\nWaiharo District Council will consult on water meters for Kaimata.\n\nSubmissions close in April."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Waiharo District Council"}},
			status:  credit.Credited, credName: "council", form: credit.FormSource, evidence: "From the council",
		},
		{
			name:    "Ukrainian: a pasted notice under Інформує X:",
			derived: article("d", "Світлоярськ сьогодні\n\nІнформує Світлоярська міська рада:\n\nОпалювальний сезон стартує 20 жовтня.\n\nЛікарні отримають тепло першими."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Світлоярська міська рада"}},
			status:  credit.Credited, credName: "Світлоярська міська рада", form: credit.FormSource, evidence: "Інформує Світлоярська міська рада",
		},
		{
			name:    "From a day to another, ending in a colon, credits no one",
			derived: article("d", "Road works\n\nFrom Monday to Friday:\n\nThe road will close at night.\n\nDetours are signed."),
			source:  &reprint.Article{ID: "src"},
			status:  credit.NotCredited,
		},
		{
			name:    "Persian: به گزارش ایرنا",
			derived: article("d", "سیلاب در سرخه‌دره\n\nبه گزارش ایرنا، سیلاب شبانه به ۴۰ خانه آسیب زد.\n\nهلال احمر در محل است."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ایرنا"}},
			status:  credit.Credited, credName: "ایرنا", form: credit.FormAccordingTo, evidence: "به گزارش ایرنا",
		},
		{
			name:    "Persian: به نقل از, another agency",
			derived: article("d", "سیلاب در سرخه‌دره\n\nبه نقل از ایسنا، سیلاب شبانه به ۴۰ خانه آسیب زد.\n\nهلال احمر در محل است."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ایرنا"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Bengali: BSS's dateline, a parenthesis and a colon",
			derived: article("d", "হিমাগারে পচে গেল আলু\n\nশালবাড়ী, ১৪ জুলাই, ২০২৫ (বাসস) : জেলার একটি হিমাগারে আলু পচে গেছে।\n\nকৃষকেরা ক্ষতিপূরণ চান।"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "বাসস"}},
			status:  credit.Credited, credName: "বাসস", form: credit.FormParenthetical, evidence: "(বাসস)",
		},
		{
			name:    "Chinese: the wire dateline of CNS names its site",
			derived: article("d", "百年廊桥毁于山洪\n\n中新网梧川6月17日电（记者 陈思远）记者17日获悉，永济桥被山洪冲毁。\n\n村民沿溪打捞构件。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "中国新闻网"}},
			status:  credit.Credited, credName: "中新网", form: credit.FormParenthetical, evidence: "中新网梧川6月17日电",
		},
		{
			name:    "Spanish: Europa Press's dateline on a line of its own",
			derived: article("d", "Título\n\nMADRID, 5 (EUROPA PRESS)\n\nEl Gobierno aprobó el plan.\n\nOtro párrafo."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Europa Press"}},
			status:  credit.Credited, credName: "EUROPA PRESS", form: credit.FormParenthetical, evidence: "(EUROPA PRESS)",
		},
		{
			name:    "Belarusian: \"Як паведамляе «X»\", the title in quotation marks whole",
			derived: article("d", "Кацельню закрыюць\n\nЯк паведамляе «Ляснагорскі веснік», дэпутаты прагаласавалі за новую кацельню.\n\nІншае."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Ляснагорскі веснік"}},
			status:  credit.Credited, credName: "Ляснагорскі веснік", form: credit.FormReported, evidence: "Як паведамляе «Ляснагорскі веснік",
		},
		{
			name:    "Galician: \"segundo informa X\"",
			derived: article("d", "A lonxa será unha planta\n\nO concello cede a lonxa á cooperativa, segundo informa O Correo da Ría.\n\nOutro parágrafo."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "O Correo da Ría"}},
			status:  credit.Credited, credName: "Correo da Ría", form: credit.FormAccordingTo, evidence: "segundo informa O Correo da Ría",
		},
		{
			name:    "Galician: \"segundo\" before a noun is \"second\"",
			derived: article("d", "A lonxa será unha planta\n\nO segundo Correo da Ría chegou tarde.\n\nOutro parágrafo."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Correo da Ría"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Maltese: \"skont X\"",
			derived: article("d", "Il-kiesira ġarrfet\n\nIl-maltemp ġarraf parti mill-kiesira ta' Marsabjada, skont Il-Fanal t'Għawdex.\n\nParagrafu ieħor."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Il-Fanal t'Għawdex"}},
			status:  credit.Credited, credName: "Il-Fanal", form: credit.FormAccordingTo, evidence: "skont Il-Fanal",
		},
		{
			name:    "Tajik: \"Ба иттилои АМИТ «Ховар»\"",
			derived: article("d", "Неругоҳ ба кор даромад\n\nБа иттилои АМИТ «Ховар», дар ноҳияи Обигулшан неругоҳи хурд ба кор даромад.\n\nДигар."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Ховар"}},
			status:  credit.Credited, credName: "Ховар", form: credit.FormAccordingTo, evidence: "Ба иттилои АМИТ «Ховар",
		},
		{
			name:    "Tajik: \"менависад сомонаи «X»\"",
			derived: article("d", "Неругоҳ ба кор даромад\n\nДар Обигулшан неругоҳи хурд ба кор даромад, менависад сомонаи «Паёмнома».\n\nДигар."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Паёмнома"}},
			status:  credit.Credited, credName: "Паёмнома", form: credit.FormReported, evidence: "менависад сомонаи «Паёмнома",
		},
		{
			name:    "Pashto: \"د X وېبپاڼې د راپور له مخې\"",
			derived: article("d", "د اوبو پروژه\n\nد روڼ افق وېبپاڼې د راپور له مخې، په سرکنډو ولسوالۍ کې د اوبو پروژه پرانستل شوه.\n\nبل."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "روڼ افق"}},
			status:  credit.Credited, credName: "روڼ افق", form: credit.FormAccordingTo, evidence: "د روڼ افق وېبپاڼې د راپور له مخې",
		},
		{
			name:    "Icelandic: \"X greinir frá því að\" (X reports that)",
			derived: article("d", "Frystihúsinu lokað\n\nFréttasafnið greinir frá því að frystihúsinu í Ketilsvík verði lokað.\n\nAnnað."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Fréttasafnið"}},
			status:  credit.Credited, credName: "Fréttasafnið", form: credit.FormReported, evidence: "Fréttasafnið greinir frá",
		},
		{
			name:    "Northern Sámi: \"…, dieđiha X\" (X reports)",
			derived: article("d", "Doavttir dušše guokte beaivve\n\nRáššejogas lea doavttir dušše guokte beaivve vahkus, dieđiha NRK Sápmi.\n\nEará."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "NRK Sápmi"}},
			status:  credit.Credited, credName: "NRK Sápmi", form: credit.FormReported, evidence: "dieđiha NRK Sápmi",
		},
		{
			name:    "Manx: \"…, rere X\" (according to X)",
			derived: article("d", "Carvalyn feddynit\n\nTa carvalyn Gaelgagh er jeet gys soilshey ayns Cronkan, rere Radio Vannin.\n\nNaight elley."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Radio Vannin"}},
			status:  credit.Credited, credName: "Radio Vannin", form: credit.FormAccordingTo, evidence: "rere Radio Vannin",
		},
		{
			name:    "Manx: \"lesh kied veih X\" (with permission from X)",
			derived: article("d", "Carvalyn feddynit\n\nTa'n skeeal shoh er ny chur magh reesht lesh kied veih Naight y Twoaie. Ta carvalyn Gaelgagh er jeet gys soilshey.\n\nNaight elley."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Naight y Twoaie"}},
			status:  credit.Credited, credName: "Naight", form: credit.FormCredit, evidence: "lesh kied veih Naight", // the name's first word: Manx's "y" (of the) joins no name here
		},
		{
			name:    "Pulaar: \"Hono no lowre kabaaru X habriri nii\" (as the news site X reported)",
			derived: article("d", "Jeyngol luumo\n\nHono no lowre kabaaru Kabaruuji Hannde habriri nii, jeyngol ñaamii luumo yontere Sincu Baalel.\n\nGoɗɗum."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kabaruuji Hannde"}},
			status:  credit.Credited, credName: "Kabaruuji Hannde", form: credit.FormReported, evidence: "Hono no lowre kabaaru Kabaruuji Hannde habriri",
		},
		{
			name:    "a piece in an outlet, the day's issue before its name",
			derived: article("d", "The 27 bus\n\nHer column in Thursday’s Aldermoor Courier, headlined “Scrapping the 27 bus will cut our villages adrift”, was wrong.\n\nMore."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Aldermoor Courier"}},
			status:  credit.Credited, credName: "Aldermoor Courier", form: credit.FormAccordingTo, evidence: "column in Thursday’s Aldermoor Courier",
		},
		{
			name:    "a syndicated column's tagline: the writer's paper",
			derived: article("d", "The 27 bus\n\nThe council will scrap the bus.\n\nHelen Marsh is a columnist for the Aldermoor Courier. Her column is distributed by Northlight Features."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Aldermoor Courier"}},
			status:  credit.Credited, credName: "Aldermoor Courier", form: credit.FormCredit, evidence: "columnist for the Aldermoor Courier",
		},
		{
			name:    "a columnist for another paper, quoted, is no credit of the source",
			derived: article("d", "The 27 bus\n\n“It is a scandal,” said Tom Hale, a columnist for the Valley Post.\n\nMore."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Aldermoor Courier"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Kabyle: \"akken i d-tesselɣa X\" (as X reported)",
			derived: article("d", "Abrid yegzem\n\nTaddart tbeqqa war abrid war aman, akken i d-tesselɣa Rradyu Tis Snat.\n\nNniḍen."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Tis Snat"}},
			status:  credit.Credited, credName: "Rradyu Tis Snat", form: credit.FormReported, evidence: "akken i d-tesselɣa Rradyu Tis Snat",
		},
		{
			name:    "Limburgish and Dutch: \"volges de regionaal umroop X\", the outlet's description before its name",
			derived: article("d", "Zinkgaat\n\nVolges de regionaal umroop L1 is in de nach ein gaat gezakt.\n\nMie."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "L1"}},
			status:  credit.Credited, credName: "L1", form: credit.FormAccordingTo, evidence: "Volges de regionaal umroop L1",
		},
		{
			name:    "Dutch: \"volgens de burgemeester X\" is a newsmaker's word",
			derived: article("d", "Zinkgaat\n\nVolgens de burgemeester Truus Vaessen is het gat acht meter breed.\n\nMeer."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "L1"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Ewe: \"abe ale si X, …, gblɔe ene\" (as X told it)",
			derived: article("d", "Atsiaƒu gbã xɔwo\n\nXɔ 63 gbã le Ʋlikpo, abe ale si Agbenyo FM 96.7, nutoa me radio dɔwɔƒe, gblɔe ene.\n\nBubu."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Agbenyo FM 96.7"}},
			status:  credit.Credited, credName: "Agbenyo FM", form: credit.FormReported, evidence: "abe ale si Agbenyo FM 96.7, nutoa me radio dɔwɔƒe, gblɔe ene",
		},
		{
			name:    "Ewe: \"abe ale si X\" with no verb of telling is no credit",
			derived: article("d", "Atsiaƒu gbã xɔwo\n\nXɔ 63 gbã le Ʋlikpo abe ale si Agbenyo FM 96.7 ɖo.\n\nBubu."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Agbenyo FM 96.7"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Somali: \"sida uu baahiyey X\"",
			derived: article("d", "Ceelasha biyaha oo istaagay\n\nSaddex ceel ayaa istaagay, sida uu baahiyey Wargeeye Media.\n\nQoysas badan ayaa harraad la daalaa-dhacaya."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wargeeye Media"}},
			status:  credit.Credited, credName: "Wargeeye Media", form: credit.FormReported, evidence: "sida uu baahiyey Wargeeye Media",
		},
		{
			name:    "Somali: \"sida uu sheegay X\" is a newsmaker's word",
			derived: article("d", "Ceelasha biyaha oo istaagay\n\nSaddex ceel ayaa istaagay, sida uu sheegay Wargeeye Media.\n\nQoysas badan ayaa harraad la daalaa-dhacaya."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wargeeye Media"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Chinese: Taiwan's CNA dateline in full-width parentheses, the reporter before the place",
			derived: article("d", "AI幫果農趕猴子\n\n（中央社記者蘇怡瑄台中5日電）楓溪區公所今天宣布，果園損失大減。\n\n果農表示滿意。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "中央社"}},
			status:  credit.Credited, credName: "中央社", form: credit.FormParenthetical, evidence: "（中央社記者蘇怡瑄台中5日電）",
		},
		{
			name:    "Chinese: an opening parenthesis that no 電 closes is no dateline",
			derived: article("d", "AI幫果農趕猴子\n\n（中央社記者蘇怡瑄報導）楓溪區公所今天宣布，果園損失大減。\n\n果農表示滿意。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "中央社"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Korean: the wire dateline joins the place and the agency",
			derived: article("d", "해솔중앙시장 새벽 화재\n\n(해솔=연합뉴스) 김도윤 기자 = 추석 대목을 앞둔 전통시장에서 불이 나 점포 38곳이 잿더미가 됐다.\n\n상인들은 망연자실했다."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "연합뉴스"}},
			status:  credit.Credited, credName: "연합뉴스", form: credit.FormParenthetical, evidence: "(해솔=연합뉴스)",
		},
		{
			name:    "Korean: a parenthesis with = naming no agency is no dateline",
			derived: article("d", "해솔중앙시장 새벽 화재\n\n(해솔=시장상인회) 추석 대목을 앞둔 전통시장에서 불이 나 점포 38곳이 잿더미가 됐다.\n\n상인들은 망연자실했다."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "연합뉴스"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Chinese: the agency's name opening a sentence is no dateline",
			derived: article("d", "百年廊桥毁于山洪\n\n中新网记者走访了下洋村。\n\n村民沿溪打捞构件。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "中国新闻网"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Bengali: a parenthesis inside a sentence is no credit",
			derived: article("d", "হিমাগারে পচে গেল আলু\n\nঅতিরিক্ত জেলা প্রশাসক (রাজস্ব) নাসরিন সুলতানা কমিটির প্রধান।\n\nকৃষকেরা ক্ষতিপূরণ চান।"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "রাজস্ব"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Latgalian: kai ziņoj, the outlet in quotation marks after its description",
			derived: article("d", "Ceļš applyuds\n\nSādža nūgrīzta nu pasauļa, kai ziņoj latgalīšu portals “Myusu Zeme”.\n\nŪdiņs kreit."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Myusu Zeme"}},
			status:  credit.Credited, credName: "Myusu Zeme", form: credit.FormReported, evidence: "kai ziņoj latgalīšu portals “Myusu Zeme",
		},
		{
			name:    "Lithuanian: kai praneša ELTA",
			derived: article("d", "Kelias užtvindytas\n\nKaimas atkirstas nuo pasaulio, kai praneša ELTA.\n\nVanduo slūgsta."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ELTA"}},
			status:  credit.Credited, credName: "ELTA", form: credit.FormReported, evidence: "kai praneša ELTA",
		},
		{
			name:    "English: the incise with a paper's article, hard-wrapped",
			derived: article("d", "River news\n\nThe packet Kate Alderson blew up at Shawnee Bend, says the\nEvansport Courier, and afterward burned."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Evansport Courier"}},
			status:  credit.Credited, credName: "Evansport Courier", form: credit.FormReported, evidence: "says the\nEvansport Courier",
		},
		{
			name:    "English: a person in the incise is no credit",
			derived: article("d", "River news\n\nThe boilers were sound, said the Chief Engineer, and the inquest will decide."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Evansport Courier"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Latvian: the incise ziņo LETA",
			derived: article("d", "Slēgs skolu\n\nNovada dome nolēma slēgt Vērdiņu pamatskolu, ziņo LETA.\n\nSkolēni mācīsies Zīļuciemā."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "LETA"}},
			status:  credit.Credited, credName: "LETA", form: credit.FormReported, evidence: "ziņo LETA",
		},
		{
			name:    "Latvian: the agency's dateline, place, comma, name",
			derived: article("d", "Slēgs skolu\n\nZīļuciems, LETA. Novada dome nolēma slēgt Vērdiņu pamatskolu.\n\nSkolēni mācīsies Zīļuciemā."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "LETA"}},
			status:  credit.Credited, credName: "LETA", form: credit.FormParenthetical, evidence: "LETA",
		},
		{
			name:    "Latvian: a place and its country are no dateline",
			derived: article("d", "Slēgs skolu\n\nRīga, Latvija. Novada dome nolēma slēgt Vērdiņu pamatskolu.\n\nSkolēni mācīsies Zīļuciemā."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "LETA"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Kazakh: Kazinform's dateline, place in capitals, full stop, name, dash",
			derived: article("d", "Aýyldy sý basty\n\nÓSKEMEN. QazAqparat – Qoıtas ózeni arnasynan asyp, 46 úıdi sý basty.\n\nTurǵyndar kóshirildi."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "QazAqparat"}},
			status:  credit.Credited, credName: "QazAqparat", form: credit.FormParenthetical, evidence: "QazAqparat",
		},
		{
			name:    "Kazakh: a sentence's full stop before an agency is no dateline",
			derived: article("d", "Aýyldy sý basty\n\nSý basty. QazAqparat – eń iri agenttik – habar taratty.\n\nTurǵyndar kóshirildi."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "QazAqparat"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Kazakh: ҚазАқпарат хабарлағандай in Cyrillic credits the agency's Latin site",
			derived: article("d", "Ауылды су басты\n\nҚазАқпарат хабарлағандай, Қойтас өзені арнасынан асып, 46 үйді су басты.\n\nТұрғындар көшірілді."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "QazAqparat"}},
			status:  credit.Credited, credName: "ҚазАқпарат", form: credit.FormReported, evidence: "ҚазАқпарат хабарлағандай",
		},
		{
			name:    "Serbian: a Cyrillic credit names the agency whose site is in Latin letters",
			derived: article("d", "Поплава у Љигу\n\nРека је изашла из корита у ноћи на уторак, преноси Танјуг.\n\nШкола је затворена."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Tanjug"}},
			status:  credit.Credited, credName: "Танјуг", form: credit.FormReported, evidence: "преноси Танјуг",
		},
		{
			name:    "Tetum: Tuir RTTL",
			derived: article("d", "Ponte monu\n\nTuir RTTL, ponte iha Munisípiu Ermera monu iha segunda dadeer-saan.\n\nPopulasaun hela mesak."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "RTTL"}},
			status:  credit.Credited, credName: "RTTL", form: credit.FormAccordingTo, evidence: "Tuir RTTL",
		},
		{
			name:    "Tetum: tuir a law, not a name, credits no one",
			derived: article("d", "Ponte monu\n\nTuir lei, governu tenke hadia ponte iha fulan tolu nia laran.\n\nPopulasaun hela mesak."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "RTTL"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Fijian: Me vaka e tukuna na FBC News",
			derived: article("d", "Tabu ena Bua\n\nMe vaka e tukuna na FBC News, era sa sega ni vakatarai me ra qoli ena loma ni 30 na siga.\n\nE dua na ika mate."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "FBC News"}},
			status:  credit.Credited, credName: "FBC News", form: credit.FormAccordingTo, evidence: "vaka e tukuna na FBC News",
		},
		{
			name:    "Swiss German dialect: Wi d X … brichtet het, the paper's name in dialect",
			derived: article("d", "Glogge-Chrieg\n\nWi d Aaretaler Zytig am Zischtig brichtet het, hei scho 612 Lüt d Petition unterschribe.\n\nDr Gmeindrat schwiigt."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Aaretaler Zeitung"}},
			status:  credit.Credited, credName: "Aaretaler Zytig", form: credit.FormReported, evidence: "Wi d Aaretaler Zytig am Zischtig brichtet",
		},
		{
			name:    "Swiss German dialect: a paper not the source's",
			derived: article("d", "Glogge-Chrieg\n\nWi d Bärner Zytig am Zischtig brichtet het, hei scho 612 Lüt d Petition unterschribe.\n\nDr Gmeindrat schwiigt."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Aaretaler Zeitung"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Montenegrin: the incise with the agency's noun, javlja agencija MINA",
			derived: article("d", "Klizište\n\nČetrnaest sela je odsječeno od centra opštine, javlja agencija MINA.\n\nMještani čekaju."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "MINA"}},
			status:  credit.Credited, credName: "MINA", form: credit.FormReported, evidence: "javlja agencija MINA",
		},
		{
			name:    "Montenegrin: a Cyrillic dateline naming the agency in Cyrillic, no letter of Serbian's own in the name",
			derived: article("d", "Клизиште\n\nВЕЉИ КАМЕН (МИНА) – Клизиште дуго око 120 метара одсјекло је четрнаест села.\n\nМјештани чекају."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "MINA"}},
			status:  credit.Credited, credName: "МИНА", form: credit.FormParenthetical, evidence: "(МИНА)",
		},
		{
			name:    "Tongan: fakatatau ki he līpooti ʻa e TBC",
			derived: article("d", "Pamu vai\n\nFakatatau ki he līpooti ʻa e TBC, kuo ʻikai ke ngāue ʻa e pamu vai ʻi Fatuhala.\n\nʻOku tali ʻe he kakai."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Tonga Broadcasting Commission"}},
			status:  credit.Credited, credName: "TBC", form: credit.FormAccordingTo, evidence: "Fakatatau ki he līpooti ʻa e TBC",
		},
		{
			name:    "the source named by its kind: according to the warning",
			derived: article("d", "Snow on the fells\n\nAccording to the warning, 10 to 15cm of snow is likely above 250 metres.\n\nRoads may close."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "National Weather Centre", Title: "Amber warning of snow and ice: Fellshire"}},
			status:  credit.Credited, credName: "warning", form: credit.FormAccordingTo, evidence: "According to the warning",
		},
		{
			name:    "the source named by its kind: the statement said",
			derived: article("d", "Mill Lane shut\n\nThe road will close for six weeks, the statement said.\n\nBuses divert."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Title: "Statement on the closure of Mill Lane"}},
			status:  credit.Credited, credName: "statement", form: credit.FormAccordingTo, evidence: "the statement said",
		},
		{
			name:    "a news story reporting a warning is not the warning",
			derived: article("d", "Snow on the fells\n\nAccording to the warning, 10 to 15cm of snow is likely above 250 metres.\n\nRoads may close."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Fells Gazette", Title: "Weather centre issues amber warning for snow"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Bemba: Ukulingana na ZNBC",
			derived: article("d", "Ulupinda\n\nUkulingana na ZNBC, abantu abacila pa 6,000 e balecula.\n\nBa District Commissioner balandile."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ZNBC"}},
			status:  credit.Credited, credName: "ZNBC", form: credit.FormAccordingTo, evidence: "Ukulingana na ZNBC",
		},
		{
			name:    "Friulian: Daûr di ce che al conte il setemanâl X",
			derived: article("d", "Letaris\n\nDaûr di ce che al conte il setemanâl La Vôs dal Friûl, a Cjasaltis a son stadis cjatadis 212 letaris.\n\nIl sindic al à dit."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "La Vôs dal Friûl"}},
			status:  credit.Credited, credName: "La Vôs dal Friûl", form: credit.FormAccordingTo, evidence: "Daûr di ce che al conte il setemanâl La Vôs dal Friûl",
		},
		{
			name:    "Ilocano: kas impadamag ti Radyo Dayaw",
			derived: article("d", "Uram\n\nNauram ti tiendaan iti parbangon ti Martes, kas impadamag ti Radyo Dayaw 96.5 FM. Awan ti natay.\n\nKinuna ti mayor."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Radyo Dayaw 96.5 FM"}},
			status:  credit.Credited, credName: "Radyo Dayaw", form: credit.FormReported, evidence: "kas impadamag ti Radyo Dayaw",
		},
		{
			name:    "Corsican: Cum'ellu u conta u settimanale X",
			derived: article("d", "Manuscrittu\n\nCum'ellu u conta u settimanale U Fanale, un manuscrittu di 46 canti hè statu trovu.\n\nU merre parla."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "U Fanale"}},
			status:  credit.Credited, credName: "U Fanale", form: credit.FormReported, evidence: "Cum'ellu u conta u settimanale U Fanale",
		},
		{
			name:    "Corsican: publicatu prima in u settimanale X",
			derived: article("d", "Manuscrittu\n\nUn manuscrittu di 46 canti hè statu trovu.\n\nArticulu di Stefanu Orsini, publicatu prima in u settimanale U Fanale"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "U Fanale"}},
			status:  credit.Credited, credName: "U Fanale", form: credit.FormReported, evidence: "publicatu prima in u settimanale U Fanale",
		},
		{
			name:    "In a statement …, the university said",
			derived: article("d", "Noise and sleep\n\nResearchers at Calderbrook University monitored 2,140 adults. In a statement announcing the findings on Tuesday, the university said a third were woken.\n\nThe study is out."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Calderbrook University"}},
			status:  credit.Credited, credName: "university", form: credit.FormStatement, evidence: "In a statement announcing the findings on Tuesday, the university said",
		},
		{
			name:    "In a statement …, a body the source is not",
			derived: article("d", "Noise and sleep\n\nResearchers at Calderbrook University monitored 2,140 adults. In a statement on Tuesday, the council said a third were woken.\n\nThe study is out."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Calderbrook University"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Sardinian: Comente at contadu su giornale in limba sarda X",
			derived: article("d", "Manuscritu\n\nComente at contadu su giornale in limba sarda Sa Boghe Sarda, sos operajos ant agatadu unu libru.\n\nSu sìndigu est cuntentu."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Sa Boghe Sarda"}},
			status:  credit.Credited, credName: "Sa Boghe Sarda", form: credit.FormReported, evidence: "Comente at contadu su giornale in limba sarda Sa Boghe Sarda",
		},
		{
			name:    "Sardinian: another paper told it",
			derived: article("d", "Manuscritu\n\nComente at contadu su giornale in limba sarda Sa Gazeta, sos operajos ant agatadu unu libru.\n\nSu sìndigu est cuntentu."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Sa Boghe Sarda"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Asturian: según informa'l diariu X",
			derived: article("d", "Cantares\n\nUn maestru dexó 74 cantares nun cuadernu, según informa'l diariu Asturies Güei.\n\nEl conceyu va espublizalu."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Asturies Güei"}},
			status:  credit.Credited, credName: "Asturies Güei", form: credit.FormAccordingTo, evidence: "según informa'l diariu Asturies Güei",
		},
		{
			name:    "Gĩkũyũ: Kũringana na ũhoro wa X",
			derived: article("d", "Mwaki\n\nKũringana na ũhoro wa Kĩrĩma FM, mwaki nĩwacinire stoo ya kĩwanda.\n\nArĩmi marĩ kĩeha-inĩ."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kĩrĩma FM"}},
			status:  credit.Credited, credName: "Kĩrĩma FM", form: credit.FormAccordingTo, evidence: "Kũringana na ũhoro wa Kĩrĩma FM",
		},
		{
			name:    "Gĩkũyũ: Kũringana na andũ, the people who saw it, names no one",
			derived: article("d", "Mwaki\n\nKũringana na andũ arĩa meyoneire, mwaki ũcio wambĩrĩirie ũtukũ.\n\nArĩmi marĩ kĩeha-inĩ."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kĩrĩma FM"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Walloon: Sorlon l’ asbl X, its elisions apart",
			derived: article("d", "Marionetes\n\nSorlon l’ asbl Li Walon d’ Ourthe, ki l’ a scrit so s’ waibe, 23 marionetes ont disparetu.\n\nLi polisse a drovou ene ankete."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Li Walon d’ Ourthe"}},
			status:  credit.Credited, credName: "Li Walon d’ Ourthe", form: credit.FormAccordingTo, evidence: "Sorlon l’ asbl Li Walon d’ Ourthe",
		},
		{
			name:    "Tshiluba: Bilondeshile X",
			derived: article("d", "Kapia\n\nBilondeshile Radio Dinanga FM, kapia kakakuata tshisalu mu butuku.\n\nBena mushinga badi mu dikenga."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Radio Dinanga FM"}},
			status:  credit.Credited, credName: "Radio Dinanga FM", form: credit.FormAccordingTo, evidence: "Bilondeshile Radio Dinanga FM",
		},
		{
			name:    "Tshiluba: mudi X mumanyishe",
			derived: article("d", "Kapia\n\nTshisalu tshia Nkonko tshiakapia mu butuku, mudi Radio Dinanga FM mumanyishe.\n\nBena mushinga badi mu dikenga."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Radio Dinanga FM"}},
			status:  credit.Credited, credName: "Radio Dinanga FM", form: credit.FormReported, evidence: "mudi Radio Dinanga FM mumanyishe",
		},
		{
			name:    "according to a press summary, the kind the source's page title gives",
			derived: article("d", "Transport ruling\n\nThe council brought in the policy in 2023. According to a press summary of the ruling published by the judiciary, 412 children lost their transport.\n\nThe council will not appeal."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Judiciary Online", Title: "R (on the application of Holloway) v Kestrel County Council – Press summary – Judiciary Online"}},
			status:  credit.Credited, credName: "summary", form: credit.FormAccordingTo, evidence: "According to a press summary",
		},
		{
			name:    "according to a summary, the source's title naming no such kind",
			derived: article("d", "Transport ruling\n\nThe council brought in the policy in 2023. According to a summary of the ruling, 412 children lost their transport.\n\nThe council will not appeal."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Kestrel Gazette", Title: "Mother wins school transport appeal – Kestrel Gazette"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Ladin: Aladô dl foliet da edema X",
			derived: article("d", "Pont stlüt\n\nAladô dl foliet da edema La Ciampana à le Comun stlüt le pont coert sura le Ruf de Sorëi.\n\nLe trú é davert."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "La Ciampana"}},
			status:  credit.Credited, credName: "La Ciampana", form: credit.FormAccordingTo, evidence: "Aladô dl foliet da edema La Ciampana",
		},
		{
			name:    "Dholuo: Kaluwore gi ripot mar X, a station's frequency dropped",
			derived: article("d", "Yie olokore\n\nKaluwore gi ripot mar Radio Dhok Nam FM, jolupo ariyo mag Got Kachola pod ok oyud.\n\nBMU osechako manyo."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Dhok Nam 97.4 FM"}},
			status:  credit.Credited, credName: "Radio Dhok Nam FM", form: credit.FormAccordingTo, evidence: "Kaluwore gi ripot mar Radio Dhok Nam FM",
		},
		{
			name:    "the issuer of the study the story reports",
			derived: article("d", "Young carers\n\nOne in five young carers misses school, a report has found. The study by the young carers’ charity the Threadwell Trust surveyed 2,140 carers.\n\nMinisters responded."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "The Threadwell Trust"}},
			status:  credit.Credited, credName: "Threadwell Trust", form: credit.FormIssuer, evidence: "by the young carers’ charity the Threadwell Trust",
		},
		{
			name:    "a survey of 2,000 carers by X, a figure's comma in the clause",
			derived: article("d", "Young carers\n\nThe paper reported that a survey of more than 2,000 young carers in England by the charity the Threadwell Trust found many miss school.\n\nMinisters responded."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "The Threadwell Trust"}},
			status:  credit.Credited, credName: "Threadwell Trust", form: credit.FormIssuer, evidence: "by the charity the Threadwell Trust",
		},
		{
			name:    "by X in another clause than the report",
			derived: article("d", "Young carers\n\nThe report was published on Tuesday, and a response was written by the Threadwell Trust the next day.\n\nMinisters responded."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "The Threadwell Trust"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Sesotho: Ho ea ka Radio Lesotho",
			derived: article("d", "Mollo\n\nHo ea ka Radio Lesotho, lihoai tse fetang 300 li lahlehetsoe ke boea.\n\nMapolesa a batlisisa."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Radio Lesotho"}},
			status:  credit.Credited, credName: "Radio Lesotho", form: credit.FormAccordingTo, evidence: "Ho ea ka Radio Lesotho",
		},
		{
			name:    "Tshivenda: U ya nga Phalaphala FM",
			derived: article("d", "Buroho\n\nU ya nga Phalaphala FM, vhadzulapo vha 3 400 vho fhandekana na kiliniki.\n\nMapholisa vha khou ṱoḓisisa."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Phalaphala FM"}},
			status:  credit.Credited, credName: "Phalaphala FM", form: credit.FormAccordingTo, evidence: "U ya nga Phalaphala FM",
		},
		{
			name:    "Tshivenda: u ya nga a gauge names no outlet",
			derived: article("d", "Buroho\n\nU ya nga tshiṱitshi tsha u ela mvula, mvula ya 118 mm yo na.\n\nMapholisa vha khou ṱoḓisisa."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Phalaphala FM"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Kashubian: as the monthly writes",
			derived: article("d", "Pòżar\n\nJak pisze kaszëbsczi miesãcznik „Òdzéw Kaszub”, strzecha spôla sã w nocy.\n\nMùzeum òstało zamkłé."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Òdzéw Kaszub"}},
			status:  credit.Credited, credName: "Òdzéw Kaszub", form: credit.FormReported, evidence: "Jak pisze kaszëbsczi miesãcznik „Òdzéw Kaszub”",
		},
		{
			name:    "Polish: as the daily reports",
			derived: article("d", "Pożar\n\nJak podaje „Dziennik Bałtycki”, strażacy gasili ogień do rana."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Dziennik Bałtycki"}},
			status:  credit.Credited, credName: "Dziennik Bałtycki", form: credit.FormReported, evidence: "Jak podaje „Dziennik Bałtycki”",
		},
		{
			name:    "Chitumbuka: the story came from",
			derived: article("d", "Njovu\n\nNjovu 14 zakhwima munda.\n\nNkhani iyi yafuma ku Luŵewe FM."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Luŵewe FM"}},
			status:  credit.Credited, credName: "Luŵewe FM", form: credit.FormSource, evidence: "yafuma ku Luŵewe FM",
		},
		{
			name:    "Romansh: Tenor in rapport da RTR",
			derived: article("d", "Via serrada\n\nTenor in rapport da RTR ha ina crudada da crappa bloccà la via chantunala.\n\nLas ustarias restan avertas."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "RTR"}},
			status:  credit.Credited, credName: "RTR", form: credit.FormAccordingTo, evidence: "Tenor in rapport da RTR",
		},
		{
			name:    "Romansh: a tenor sings, no credit",
			derived: article("d", "Concert\n\nIl concert cun il tenor RTR Chor ha plaschì.\n\nLas ustarias restan avertas."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "RTR"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Occitan: segon lo setmanièr La Votz del País",
			derived: article("d", "Incendi\n\nLas flamas an devorat la sala de lectura, segon lo setmanièr La Votz del País. Mai de 3 200 obratges son estats cremats.\n\nLa cònsola parla."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "La Votz del País"}},
			status:  credit.Credited, credName: "La Votz del País", form: credit.FormAccordingTo, evidence: "segon lo setmanièr La Votz del País",
		},
		{
			name:    "Occitan: segon before an office is no credit",
			derived: article("d", "Incendi\n\nSegon lo capitani Loís Fabre, la carpenta èra de castanhièr.\n\nLa cònsola parla."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "La Votz del País"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Akan Twi: sɛdeɛ OmanPa TV bɔɔ ho amanneɛ no",
			derived: article("d", "Nsuo\n\nWɔato nsuo adwumayɛbea no mu firi Dwoada, sɛdeɛ OmanPa TV bɔɔ ho amanneɛ no. Galamsey nti nsuo no adane kɔkɔɔ.\n\nMCE no kaa saa."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "OmanPa TV"}},
			status:  credit.Credited, credName: "OmanPa TV", form: credit.FormReported, evidence: "sɛdeɛ OmanPa TV bɔɔ ho amanneɛ",
		},
		{
			name:    "Akan Twi: sɛdeɛ X kaeɛ, a newsmaker's words, is no credit",
			derived: article("d", "Nsuo\n\nWɔato nsuo adwumayɛbea no mu, sɛdeɛ OmanPa TV kaeɛ. Galamsey nti nsuo no adane kɔkɔɔ.\n\nMCE no kaa saa."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "OmanPa TV"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Slovenian: Kot poroča STA",
			derived: article("d", "Plaz zaprl cesto\n\nKot poroča STA, je plaz v noči na torek uničil del regionalne ceste.\n\nZaselek je odrezan."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "STA"}},
			status:  credit.Credited, credName: "STA", form: credit.FormReported, evidence: "Kot poroča STA",
		},
		{
			name:    "Hawaiian: wahi a ka nūpepa ʻo X",
			derived: article("d", "Hāʻule ke kuapā\n\nKe kāhea nei ka hui i ke kōkua, wahi a ka nūpepa ʻo Ka Puka Nūhou.\n\nUa komo ke kai i ka loko."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Ka Puka Nūhou"}},
			status:  credit.Credited, credName: "Ka Puka Nūhou", form: credit.FormAccordingTo, evidence: "wahi a ka nūpepa ʻo Ka Puka Nūhou",
		},
		{
			name:    "Hawaiian: wahi a, a person",
			derived: article("d", "Hāʻule ke kuapā\n\nWahi a Kauka Malia Kauwila, ua hele ka hui e ana i ka pōʻino.\n\nUa komo ke kai i ka loko."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Ka Puka Nūhou"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Sicilian: comu scrivi lu giurnali online X",
			derived: article("d", "Frana a Serrabianca\n\nNa frana chiuìu la strata pruvinciali, comu scrivi lu giurnali online Vuci di Sicilia.\n\nNuddu s'arrinisciu a passari."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Vuci di Sicilia"}},
			status:  credit.Credited, credName: "Vuci di Sicilia", form: credit.FormReported, evidence: "comu scrivi lu giurnali online Vuci di Sicilia",
		},
		{
			name:    "Italian: come scrive il quotidiano X",
			derived: article("d", "Frana a Serrabianca\n\nUna frana ha chiuso la provinciale, come scrive il quotidiano Gazzetta delle Madonie.\n\nNessun ferito."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Gazzetta delle Madonie"}},
			status:  credit.Credited, credName: "Gazzetta delle Madonie", form: credit.FormReported, evidence: "come scrive il quotidiano Gazzetta delle Madonie",
		},
		{
			name:    "a body that put out a statement, in a relative clause",
			derived: article("d", "Spill\n\nWendmoor Water, which put out its own statement less than an hour later, gave a different time.\n\nFish died."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wendmoor Water"}},
			status:  credit.Credited, credName: "Wendmoor Water", form: credit.FormStatement, evidence: "Wendmoor Water, which put out its own statement",
		},
		{
			name:    "a sharer's note: copied from the paper, by its masthead",
			derived: article("d", "So sad to wake up to this. Copied from the Gazette for anyone who can't get on their website\n\nFamily pay tribute to Brackenford grandad\n\nThe family of a man killed in a crash have paid tribute."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Brackenford Gazette"}},
			status:  credit.Credited, credName: "Gazette", form: credit.FormVia, evidence: "Copied from the Gazette",
		},
		{
			name:    "copied from another town's Gazette",
			derived: article("d", "So sad. Copied from the Gazette for anyone who can't get on their website\n\nFamily pay tribute\n\nThe family of a man killed in a crash at Ulverby have paid tribute."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Brackenford Gazette"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a report naming the platform of the post it quotes",
			derived: article("d", "Holloway cancels tour\n\nThe singer broke the news in a long Instagram post on Tuesday evening."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Title: "Maren Holloway on Instagram: \"This is the post I hoped I'd never have to write\""}},
			status:  credit.Credited, credName: "Instagram", form: credit.FormStatement, evidence: "Instagram post",
		},
		{
			name:    "wrote on the platform",
			derived: article("d", "Holloway cancels tour\n\nHolloway, 31, wrote on Instagram on Tuesday that she had lost her voice."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Title: "Maren Holloway on Instagram: \"This is the post I hoped I'd never have to write\""}},
			status:  credit.Credited, credName: "Instagram", form: credit.FormStatement, evidence: "wrote on Instagram",
		},
		{
			name:    "French: sur sa page Facebook",
			derived: article("d", "Coupure d'eau à Varenne\n\nL'eau est coupée sur toute la commune depuis 5 heures, a annoncé la mairie sur sa page Facebook."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Title: "(3) Mairie de Varenne | Facebook"}},
			status:  credit.Credited, credName: "Facebook", form: credit.FormStatement, evidence: "page Facebook",
		},
		{
			name:    "Spanish: en su cuenta de Instagram, another platform than the post's",
			derived: article("d", "Corte de agua\n\nEl alcalde lo anunció en su cuenta de Instagram el martes."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Title: "(3) Mairie de Varenne | Facebook"}},
			status:  credit.NotCredited,
		},
		{
			name:    "another platform than the post's",
			derived: article("d", "Holloway cancels tour\n\nHolloway, 31, wrote on Facebook on Tuesday that she had lost her voice."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Title: "Maren Holloway on Instagram: \"This is the post I hoped I'd never have to write\""}},
			status:  credit.NotCredited,
		},
		{
			name:    "published by the described publisher's name",
			derived: article("d", "Consultants warn\n\nIn an open letter published on Monday by the campaign group Keep Care Moving, the consultants say patients wait for hours."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Keep Care Moving"}},
			status:  credit.Credited, credName: "Keep Care Moving", form: credit.FormOriginally,
			evidence: "published on Monday by the campaign group Keep Care Moving",
		},
		{
			name:    "published in a journal, by others",
			derived: article("d", "Consultants warn\n\nA study published in The Lancet by researchers at Hallam found long waits."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Keep Care Moving"}},
			status:  credit.NotCredited,
		},
		{
			name:    "West Frisian: neffens X",
			derived: article("d", "Skilderingen fûn\n\nNeffens Omrop Fryslân giet it om in mânsgrutte Sint-Kristoffel.\n\nDe tsjerke is iepen."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Omrop Fryslân"}},
			status:  credit.Credited, credName: "Omrop Fryslân", form: credit.FormAccordingTo, evidence: "Neffens Omrop Fryslân",
		},
		{
			name:    "Greenlandic: X-ip nalunaarutaa naapertorlugu",
			derived: article("d", "Imeq mingutsinneqarpoq\n\nKNR-ip nalunaarutaa naapertorlugu tamanna misissuinermit takutinneqarpoq.\n\nImeq qalallugu imerneqassaaq."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "KNR"}},
			status:  credit.Credited, credName: "KNR", form: credit.FormAccordingTo, evidence: "KNR-ip nalunaarutaa naapertorlugu",
		},
		{
			name:    "a blog named in apposition",
			derived: article("d", "Inquest\n\nCourt reporter Rebecca Thorne, who first reported the conclusion on her blog, Court Notes, said the coroner would write to the council."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Court Notes"}},
			status:  credit.Credited, credName: "Court Notes", form: credit.FormReported, evidence: "on her blog, Court Notes",
		},
		{
			name:    "Cornish: herwydh an wiasva nowodhow X",
			derived: article("d", "Dew gok sedhys\n\nDew gok pyskessa a sedhas yn Porthkelynn, herwydh an wiasva nowodhow Nowodhow Bew.\n\nNyns esa den shyndys."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Nowodhow Bew"}},
			status:  credit.Credited, credName: "Nowodhow Bew", form: credit.FormAccordingTo, evidence: "herwydh an wiasva nowodhow Nowodhow Bew",
		},
		{
			name:    "a local party that shares the paper's town",
			derived: article("d", "By-election\n\nPriya Castell (Wexcombe Independent Alliance) won the seat by 157 votes."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wexcombe Gazette"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a body that reported an incident",
			derived: article("d", "Spill\n\nThe agency will look at how quickly Wendmoor Water reported the incident.\n\nFish died."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wendmoor Water"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a body that reported it to the agency",
			derived: article("d", "Spill\n\nWendmoor Water reported it to the agency at 7am.\n\nFish died."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Wendmoor Water"}},
			status:  credit.NotCredited,
		},
		{
			name:    "an outlet that reported the deal",
			derived: article("d", "Deal\n\nThe Hallowby Gazette reported the deal was worth £2m.\n\nShares rose."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Hallowby Gazette"}},
			status:  credit.Credited, credName: "The Hallowby Gazette", form: credit.FormReported, evidence: "The Hallowby Gazette reported",
		},
		{
			name: "Swahili: the statement issued by the county government, described",
			derived: article("d", "Kipindupindu chazuka Mabanga\n\nSerikali ya Kaunti ya Mabanga imethibitisha visa 47 vya kipindupindu.\n\n"+
				"Kwa mujibu wa taarifa iliyotolewa na serikali ya kaunti jana, visa vya kwanza viligunduliwa Oktoba 6.\n\nWagonjwa 28 bado wamelazwa."),
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Serikali ya Kaunti ya Mabanga"}},
			status: credit.Credited, credName: "serikali ya kaunti", form: credit.FormStatement,
			evidence: "Kwa mujibu wa taarifa iliyotolewa na serikali ya kaunti",
		},
		{
			name: "Swahili: the national government's statement is no credit of the county's",
			derived: article("d", "Kipindupindu chazuka Mabanga\n\nSerikali ya Kaunti ya Mabanga imethibitisha visa 47 vya kipindupindu.\n\n"+
				"Kwa mujibu wa taarifa iliyotolewa na wizara ya afya jana, dawa zimetumwa.\n\nWagonjwa 28 bado wamelazwa."),
			source: &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Serikali ya Kaunti ya Mabanga"}},
			status: credit.NotCredited,
		},
		{
			name:    "Swahili: kwa mujibu wa KBC",
			derived: article("d", "Daraja lasombwa\n\nKwa mujibu wa KBC, daraja la Mto Sameta lilisombwa na maji usiku.\n\nWanafunzi 1,200 wamekwama."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "KBC"}},
			status:  credit.Credited, credName: "KBC", form: credit.FormAccordingTo, evidence: "Kwa mujibu wa KBC",
		},
		{
			name:    "Chinese: 据新华社报道, the agency whose site is 新华网",
			derived: article("d", "县道山体滑坡\n\n据新华社报道，岚溪县县道发生山体滑坡，交通中断。\n\n无人员伤亡。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "新华网"}},
			status:  credit.Credited, credName: "新华社", form: credit.FormAccordingTo, evidence: "据新华社",
		},
		{
			name:    "Japanese: Xは…と発表しました, the topic after a clause",
			derived: article("d", "詐欺グループの男4人逮捕\n\n警察官をかたってキャッシュカードをだまし取ったとして、青葉県警は20日、男4人を逮捕したと発表しました。\n\n女性にけがはありません。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "青葉県警"}},
			status:  credit.Credited, credName: "青葉県警", form: credit.FormStatement, evidence: "青葉県警は20日、男4人を逮捕したと発表しました",
		},
		{
			name:    "Japanese: …と、X（place）がDATE発表した, the agencies' form for a release",
			derived: article("d", "土砂崩れ、3時間前に予測\n\n斜面崩壊を最大3時間前に予測する手法を開発したと、東稜大学（長野県稜北市）が15日までに発表した。\n\n的中率は87％だった。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "国立大学法人 東稜大学"}},
			status:  credit.Credited, credName: "東稜大学", form: credit.FormStatement, evidence: "東稜大学（長野県稜北市）が15日までに発表した",
		},
		{
			name:    "Japanese: …と、X が clause, no announcement closing it",
			derived: article("d", "土砂崩れ、3時間前に予測\n\n手法を開発したと、東稜大学が地元の自治体と協力して15日に説明会で紹介した。\n\n的中率は87％だった。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "国立大学法人 東稜大学"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Korean: X은 …다고 밝혔다, the company's statement",
			derived: article("d", "태림에너지셀, 서하에 신공장\n\n태림에너지셀은 20일 충남도청에서 서하시와 투자협약을 맺었다고 밝혔다.\n\n공장은 2027년 가동한다."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "태림에너지셀"}},
			status:  credit.Credited, credName: "태림에너지셀", form: credit.FormStatement, evidence: "태림에너지셀은 20일 충남도청에서 서하시와 투자협약을 맺었다고 밝혔다",
		},
		{
			name:    "Korean: X은 … closing on no announcement",
			derived: article("d", "태림에너지셀, 서하에 신공장\n\n태림에너지셀은 20일 충남도청에서 서하시와 투자협약을 맺었다.\n\n공장은 2027년 가동한다."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "태림에너지셀"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Japanese: a topic that announced nothing",
			derived: article("d", "詐欺グループの男4人逮捕\n\n青葉県警は20日、男4人を逮捕しました。\n\n女性にけがはありません。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "青葉県警"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Chinese: 据X消息 of the source's own account",
			derived: article("d", "西堤路封闭两个月\n\n据澜西发布消息，溆水西堤路将封闭施工两个月。\n\n市民可绕行。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "澜西发布"}},
			status:  credit.Credited, credName: "澜西发布", form: credit.FormAccordingTo, evidence: "据澜西发布消息",
		},
		{
			name:    "Chinese: 据X通报 of a body that is not the source's publisher",
			derived: article("d", "西堤路封闭两个月\n\n据市交警支队通报，溆水西堤路将封闭施工两个月。\n\n市民可绕行。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "澜西发布"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Chinese: 据 before a word that is no agency",
			derived: article("d", "县道山体滑坡\n\n据了解，岚溪县县道发生山体滑坡，交通中断。\n\n无人员伤亡。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "新华网"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Chinese: 据新华社报道 names the agency its site calls 新华社",
			derived: article("d", "县道山体滑坡\n\n据新华社报道，岚溪县县道发生山体滑坡，交通中断。\n\n无人员伤亡。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "新华社"}},
			status:  credit.Credited, credName: "新华社", form: credit.FormAccordingTo, evidence: "据新华社",
		},
		{
			name:    "Swedish: a lede closed by uppger TT credits an agency of unknown publisher's text",
			derived: article("d", "Taket rasade\n\nEn stor del av taket på ishallen i Tjärnberg störtade ned över isen sent på söndagskvällen, uppger TT.\n\nIngen skadades."),
			source:  &reprint.Article{ID: "src"},
			status:  credit.Credited, credName: "TT", form: credit.FormReported, evidence: "uppger TT",
		},
		{
			name:    "German: the incise berichtet das X",
			derived: article("d", "Freibad bleibt zu\n\nDer Gemeinderat hat am Dienstag entschieden, das Bad geschlossen zu lassen, berichtet das Mittelrotter Tagblatt.\n\nDie Reparatur ist zu teuer."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Mittelrotter Tagblatt"}},
			status:  credit.Credited, credName: "Mittelrotter Tagblatt", form: credit.FormReported, evidence: "berichtet das Mittelrotter Tagblatt",
		},
		{
			name:    "Dutch: the credit sentence Dat meldt X",
			derived: article("d", "Brand bij verfbedrijf\n\nBij een brand in Bruggelo is veel rook vrijgekomen. Dat meldt Omroep Oostvaart.\n\nEr raakte niemand gewond."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Omroep Oostvaart"}},
			status:  credit.Credited, credName: "Omroep Oostvaart", form: credit.FormReported, evidence: "Dat meldt Omroep Oostvaart",
		},
		{
			name:    "Dutch: a body's post, Dat meldt de veiligheidsregio op X",
			derived: article("d", "Brand bij verfbedrijf\n\nBij een brand in Bruggelo is veel rook vrijgekomen. Dat meldt de veiligheidsregio op X.\n\nEr raakte niemand gewond."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "X"}},
			status:  credit.Credited, credName: "X", form: credit.FormStatement, evidence: "Dat meldt de veiligheidsregio op X",
		},
		{
			name:    "Dutch: a body's post on another platform is no credit of X",
			derived: article("d", "Brand bij verfbedrijf\n\nBij een brand in Bruggelo is veel rook vrijgekomen. Dat meldt de veiligheidsregio op Facebook.\n\nEr raakte niemand gewond."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "X"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Swedish: the credit sentence Det skriver X",
			derived: article("d", "Taket rasade\n\nTaket på ishallen rasade sent på söndagskvällen.\n\nIngen skadades. Det skriver Granåkers Tidning."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Granåkers Tidning"}},
			status:  credit.Credited, credName: "Granåkers Tidning", form: credit.FormReported, evidence: "Det skriver Granåkers Tidning",
		},
		{
			name:    "Swedish: det inside a sentence is no credit sentence",
			derived: article("d", "Taket rasade\n\nTaket på ishallen rasade sent på söndagskvällen.\n\nIngen skadades, och det skriver Granåkers Tidning inte om."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Nyhetsbyrån"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Czech: podle ČTK",
			derived: article("d", "Únik čpavku\n\nZ chemičky ve Vraníkově unikl čpavek, podle ČTK byli tři lidé převezeni do nemocnice.\n\nVýroba pokračuje."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ČTK"}},
			status:  credit.Credited, credName: "ČTK", form: credit.FormAccordingTo, evidence: "podle ČTK",
		},
		{
			name:    "Indonesian: seperti dilansir dari ANTARA",
			derived: article("d", "Banjir di Batang Ulin\n\nSebanyak 1.240 warga dievakuasi, seperti dilansir dari ANTARA.\n\nAir mulai surut."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ANTARA"}},
			status:  credit.Credited, credName: "ANTARA", form: credit.FormAccordingTo, evidence: "dilansir dari ANTARA",
		},
		{
			name:    "Vietnamese: theo TTXVN",
			derived: article("d", "Lũ quét ở Tà Lơn\n\nTheo TTXVN, lũ quét đã cuốn trôi 12 ngôi nhà.\n\nChính quyền đã sơ tán người dân."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "TTXVN"}},
			status:  credit.Credited, credName: "TTXVN", form: credit.FormAccordingTo, evidence: "Theo TTXVN",
		},
		{
			name:    "Croatian: kako javlja Hina",
			derived: article("d", "Požar iznad Runjevca\n\nPožar je izbio u utorak poslijepodne, kako javlja Hina.\n\nMještani su evakuirani."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Hina"}},
			status:  credit.Credited, credName: "Hina", form: credit.FormAccordingTo, evidence: "javlja Hina",
		},
		{
			name:    "Portuguese: segundo a ANGOP, after the lede",
			derived: article("d", "Novo centro de saúde em Quitumbo\n\nO centro abriu na segunda-feira.\n\nTem maternidade e laboratório, segundo a ANGOP."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ANGOP"}},
			status:  credit.Credited, credName: "ANGOP", form: credit.FormAccordingTo, evidence: "segundo a ANGOP",
		},
		{
			name:    "Arabic: the agency between spaced slashes in the dateline",
			derived: article("d", "افتتاح محطة تحلية\n\nأبوظبي في 3 مارس / وام / افتتحت هيئة المياه محطة جديدة لتحلية المياه.\n\nوقال المدير العام إن المحطة تعمل بالطاقة الشمسية."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "وكالة أنباء الإمارات"}},
			status:  credit.Credited, credName: "وام", form: credit.FormParenthetical, evidence: "/ وام /",
		},
		{
			name:    "Arabic: according to the agency by its name",
			derived: article("d", "محطة تحلية جديدة\n\nافتتحت الهيئة محطة جديدة لتحلية المياه في رأس المحار، بحسب وكالة أنباء الإمارات.\n\nوتعمل المحطة جزئيا بالطاقة الشمسية."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "وكالة أنباء الإمارات"}},
			status:  credit.Credited, credName: "وكالة أنباء الإمارات", form: credit.FormAccordingTo, evidence: "بحسب وكالة أنباء الإمارات",
		},
		{
			name:    "Danish: told the station (siger hun til X)",
			derived: article("d", "Færgeruten skæres ned\n\nDen sidste færge sejler fremover klokken 18.30.\n\n- Vi kan ikke sejle med tomme færger, siger hun til TV Vestjylland."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "TV Vestjylland"}},
			status:  credit.Credited, credName: "TV Vestjylland", form: credit.FormReported, evidence: "til TV Vestjylland",
		},
		{
			name:    "Danish: a trip to a place is no credit",
			derived: article("d", "Færgeruten skæres ned\n\nDen sidste færge sejler fremover klokken 18.30 til Harbøl Havn.\n\nDet siger direktøren."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "TV Vestjylland"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Swedish: the text is based on the paper's articles",
			derived: article("d", "Frågor och svar om BB\n\nBeslutet togs i september.\n\nTexten bygger på Länstidningens artiklar från den 17 september och den 18 oktober."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Länstidningen"}},
			status:  credit.Credited, credName: "Länstidningen", form: credit.FormSource, evidence: "bygger på Länstidningens artiklar",
		},
		{
			name:    "Swedish: based on a building's plans is no credit",
			derived: article("d", "Nytt BB\n\nBeslutet togs i september.\n\nBygget bygger på Regionens ritningar från 1974."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Länstidningen"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a release printed as it came: (comunicato stampa)",
			derived: article("d", "Piano asfalti, si parte lunedì\n\nPartirà lunedì il piano asfalti del Comune.\n\nI cantieri si concluderanno entro ottobre.\n\n(comunicato stampa)"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Comune di Castelmarino"}},
			status:  credit.Credited, credName: "comunicato stampa", form: credit.FormParenthetical, evidence: "(comunicato stampa)",
		},
		{
			name:    "a release mark credits no outlet that printed the release",
			derived: article("d", "Piano asfalti, si parte lunedì\n\nPartirà lunedì il piano asfalti del Comune.\n\n(comunicato stampa)"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Gazzetta di Castelmarino"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a station's name with its channel number before reported",
			derived: article("d", "Bridge closed\n\nA cracked beam forced the city to close the Riverside Avenue bridge, KMRB News 4 reported Wednesday night.\n\nCrews are inspecting it."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "KMRB News 4"}},
			status:  credit.Credited, credName: "KMRB News 4", form: credit.FormReported, evidence: "KMRB News 4 reported",
		},
		{
			name:    "Arabic: MENA's spaced initials in parentheses",
			derived: article("d", "خط جديد للأتوبيس النهري\n\n(أ ش أ) - افتتح محافظ المنيا خطا جديدا للأتوبيس النهري.\n\nويعمل الخط يوميا."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "وكالة أنباء الشرق الأوسط"}},
			status:  credit.Credited, credName: "أ ش أ", form: credit.FormParenthetical, evidence: "(أ ش أ)",
		},
		{
			name:    "Arabic: the agency quoted the official (نقلت … عن)",
			derived: article("d", "خط جديد للأتوبيس النهري\n\nافتتح المحافظ خطا جديدا للأتوبيس النهري.\n\nونقلت وكالة أنباء الشرق الأوسط عن رئيس الشركة قوله إن الخط يعمل يوميا."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "وكالة أنباء الشرق الأوسط"}},
			status:  credit.Credited, credName: "وكالة أنباء الشرق الأوسط", form: credit.FormReported, evidence: "ونقلت وكالة أنباء الشرق الأوسط",
		},
		{
			name:    "Arabic: a verb of reporting before no agency credits no one",
			derived: article("d", "خط جديد للأتوبيس النهري\n\nافتتح المحافظ خطا جديدا للأتوبيس النهري.\n\nونقلت الصحيفة عن رئيس الشركة قوله إن الخط يعمل يوميا."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "وكالة أنباء الشرق الأوسط"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Japanese: the agency's short name in full-width parentheses",
			derived: &reprint.Article{ID: "d", Text: "県道が通行止め\n\n大雨の影響で県道が通行止めになった。\n（共同）", Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 78, End: 90}, Text: "（共同）", Name: "共同", Form: "credit"}}},
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "共同通信"}},
			status:  credit.Credited, credName: "共同", form: credit.FormCredit, evidence: "（共同）",
		},
		{
			name:    "Japanese: the agency's short name closing the last paragraph",
			derived: article("d", "県道が通行止め\n\n大雨の影響で県道が通行止めになった。県が落石防護柵の設置を進めていた。（共同）"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "共同通信"}},
			status:  credit.Credited, credName: "共同", form: credit.FormParenthetical, evidence: "（共同）",
		},
		{
			name:    "Japanese: the agency's short name in lenticular brackets",
			derived: article("d", "県道が通行止め\n\n大雨の影響で県道が通行止めになった。県が落石防護柵の設置を進めていた。【共同】"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "共同通信"}},
			status:  credit.Credited, credName: "共同", form: credit.FormParenthetical, evidence: "【共同】",
		},
		{
			name:    "a label in lenticular brackets is no credit",
			derived: article("d", "【速報】県道が通行止め\n\n大雨の影響で県道が通行止めになった。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "共同通信"}},
			status:  credit.NotCredited,
		},
		{
			name:    "a reading in full-width parentheses is no credit",
			derived: article("d", "県道が通行止め\n\n小松ヨシ子さん（78）は不安そうに話した。"),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "共同通信"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Swedish: the incise uppger TT",
			derived: article("d", "Bruket stänger\n\nBeskedet lämnades på ett möte i matsalen tidigt på tisdagsmorgonen, uppger TT.\n\nAlla 312 anställda varslas."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "TT"}},
			status:  credit.Credited, credName: "TT", form: credit.FormReported, evidence: "uppger TT",
		},
		{
			name:    "Norwegian: the incise melder NTB",
			derived: article("d", "Raset på Rypeneset\n\nBussjåføren hadde kjørt over Rypeneset knapt en time før skredet gikk, melder NTB.\n\nVeien er stengt."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "NTB"}},
			status:  credit.Credited, credName: "NTB", form: credit.FormReported, evidence: "melder NTB",
		},
		{
			name:    "Catalan: segons ha informat the town hall, in the perfect",
			derived: article("d", "Zona de baixes emissions a Montcorb\n\nLa zona entrarà en vigor l'1 de març, segons ha informat l'Ajuntament en un comunicat.\n\nEls veïns tenen fins al 2028."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Ajuntament de Montcorb del Riu"}},
			status:  credit.Credited, credName: "Ajuntament", form: credit.FormAccordingTo, evidence: "segons ha informat l'Ajuntament",
		},
		{
			name:    "Catalan: segons informa l'ACN",
			derived: article("d", "Incendi a l'Empordà\n\nEl foc ha cremat 212 hectàrees, segons informa l'ACN.\n\nEls veïns ja han tornat a casa."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ACN"}},
			status:  credit.Credited, credName: "ACN", form: credit.FormAccordingTo, evidence: "segons informa l'ACN",
		},
		{
			name:    "French: d'après l'AFP",
			derived: article("d", "Fermeture d'usine\n\nL'usine fermera ses portes en juin.\n\nDeux cents emplois sont menacés, d'après l'AFP."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "AFP"}},
			status:  credit.Credited, credName: "AFP", form: credit.FormAccordingTo, evidence: "d'après l'AFP",
		},
		{
			name:    "French: the incise rapporte X, a title with its lower-case adjective",
			derived: article("d", "Fermeture d'usine\n\nLe groupe a décidé de fermer son usine avant la fin du mois de septembre, rapporte Le Courrier national.\n\nDeux cents emplois sont menacés."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Le Courrier national"}},
			status:  credit.Credited, credName: "Le Courrier national", form: credit.FormReported, evidence: "rapporte Le Courrier national",
		},
		{
			name:    "French: rapporte and a clause that goes on is no incise",
			derived: article("d", "Fermeture d'usine\n\nLe délégué rapporte Le Courrier national comme un mauvais exemple de journalisme local et demande des excuses."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Le Courrier national"}},
			status:  credit.NotCredited,
		},
		{
			name:    "Dutch: a spokesman confirmed it to the news agency",
			derived: article("d", "Brug dicht na aanvaring\n\nDe brug blijft twee weken dicht.\n\nDe schipper had niet gedronken, bevestigde een woordvoerder woensdag tegenover persbureau ANP."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "ANP"}},
			status:  credit.Credited, credName: "ANP", form: credit.FormReported, evidence: "persbureau ANP",
		},
		{
			name:    "English: told the news agency Reuters",
			derived: article("d", "Bridge closed\n\nThe bridge will stay shut for two weeks.\n\nThe captain had not been drinking, a police spokesman told the news agency Reuters."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Reuters"}},
			status:  credit.Credited, credName: "Reuters", form: credit.FormReported, evidence: "agency Reuters",
		},
		{
			name:    "a news agency that is not the source's publisher",
			derived: article("d", "Bridge closed\n\nThe bridge will stay shut for two weeks.\n\nThe captain had not been drinking, a police spokesman told the news agency Reuters."),
			source:  &reprint.Article{ID: "src", Meta: reprint.Meta{Site: "Zeeuwse Dagbode"}},
			status:  credit.NotCredited,
		},
		{
			name:    "credit line with a stale span",
			derived: &reprint.Article{Text: "Talks.\nCredit: BBC", Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 40, End: 51}, Text: "Credit: BBC", Name: "BBC", Form: "credit"}}},
			source:  bbc, status: credit.Credited, credName: "BBC", form: credit.FormCredit, evidence: "Credit: BBC",
		},
		{
			name:    "credit line not in text",
			derived: &reprint.Article{Text: "Talks.", Attribution: []reprint.Attribution{{Span: reprint.Span{Start: 40, End: 51}, Text: "Credit: BBC", Name: "BBC", Form: "credit"}}},
			source:  unknown, status: credit.Credited, credName: "BBC", form: credit.FormCredit,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := credit.Check(tt.derived, tt.source)
			if r.Status != tt.status || r.Name != tt.credName || r.Form != tt.form {
				t.Fatalf("Check = %+v; want %v name %q form %q", r, tt.status, tt.credName, tt.form)
			}
			text := ""
			if tt.derived != nil {
				text = tt.derived.Text
			}
			got, err := r.Evidence.In(text)
			if err != nil {
				t.Fatalf("Check(…).Evidence = %v: %v", r.Evidence, err)
			}
			if got != tt.evidence {
				t.Errorf("Check(…).Evidence text = %q; want %q", got, tt.evidence)
			}
			if r.Reason == "" {
				t.Errorf("Check(…).Reason is empty")
			}
			for _, s := range tt.reason {
				if !strings.Contains(r.Reason, s) {
					t.Errorf("Check(…).Reason = %q; want it to contain %q", r.Reason, s)
				}
			}
		})
	}
}

func TestPublisher(t *testing.T) {
	tests := []struct {
		name      string
		a         *reprint.Article
		want, how string
	}{
		{"site", &reprint.Article{Meta: reprint.Meta{Site: " BBC News ", URL: "https://www.reuters.com/x"}}, "BBC News", credit.HowSite},
		{"bbc.com", &reprint.Article{Meta: reprint.Meta{URL: "https://www.bbc.com/news/world-europe-68"}}, "BBC", credit.HowURL},
		{"bbc.co.uk", &reprint.Article{Meta: reprint.Meta{URL: "http://www.bbc.co.uk/news/uk"}}, "BBC", credit.HowURL},
		{"subdomain", &reprint.Article{Meta: reprint.Meta{URL: "https://news.bbc.co.uk/2/hi/"}}, "BBC", credit.HowURL},
		{"subdomain entry", &reprint.Article{Meta: reprint.Meta{URL: "https://abcnews.go.com/US/story"}}, "ABC News", credit.HowURL},
		{"nytimes", &reprint.Article{Meta: reprint.Meta{URL: "https://www.nytimes.com/2025/03/14/world/x.html"}}, "The New York Times", credit.HowURL},
		{"unlisted domain", &reprint.Article{Meta: reprint.Meta{URL: "https://www.newsthirst.com/2025/03/x/"}}, "newsthirst", credit.HowDomain},
		{"unlisted co.uk", &reprint.Article{Meta: reprint.Meta{URL: "https://www.localpaper.co.uk/x"}}, "localpaper", credit.HowDomain},
		{"bare domain", &reprint.Article{Meta: reprint.Meta{URL: "reuters.com/world"}}, "Reuters", credit.HowURL},
		{"IP address", &reprint.Article{Meta: reprint.Meta{URL: "http://127.0.0.1:8080/x"}}, "", ""},
		{"bad URL", &reprint.Article{Meta: reprint.Meta{URL: "http://%zz"}}, "", ""},
		{"copyright line", article("a", "Talks were held.\n© BBC\n"), "BBC", credit.HowCopyright},
		{"source line", article("a", "Talks were held.\nSource: BBC\n"), "BBC", credit.HowCreditLine},
		{"credit line", article("a", "Talks were held.\nCredit: BBC"), "BBC", credit.HowCreditLine},
		// A page's credit line kept by a scraper says whose the page's
		// text was, not who published the scrape.
		{"credit line of a scraped page", func() *reprint.Article {
			a := article("a", "Talks were held.\nSource: BBC\n")
			a.Meta.Furniture = 3
			return a
		}(), "", ""},
		{"byline", article("a", "Headline\nBy Jane Doe, BBC News\n\nTalks were held."), "BBC News", credit.HowByline},
		{"byline with bar", article("a", "By Jane Doe | The Guardian\nTalks."), "The Guardian", credit.HowByline},
		{"byline with a channel number", article("a", "By Jenna Marsh, WRQB News 6\n\nTalks."), "WRQB News 6", credit.HowByline},
		{"byline of a person with a number is none", article("a", "By 6 Jane Doe, BBC\nTalks."), "", ""},
		{"byline beats credit line", article("a", "By Jane Doe, BBC News\nTalks.\nSource: Reuters"), "BBC News", credit.HowByline},
		{"a press release's issuer", article("a", "FOR IMMEDIATE RELEASE\n\nCorvane to build plant\n\nCorvane today announced a plant.\n\nAbout Corvane Energy Storage\n\nCorvane recycles batteries.\n\n###\n"), "Corvane Energy Storage", credit.HowRelease},
		{"an About heading outside a release", article("a", "Corvane builds a plant.\n\nAbout Corvane Energy Storage\n\nCorvane recycles batteries.\n"), "", ""},
		{"sentence starting By", article("a", "By Thursday, Russia had taken 28 parts of Kursk."), "", ""},
		{"byline without outlet", article("a", "By Jane Doe\nTalks."), "", ""},
		{"mention in a sentence", article("a", "Deaths were confirmed by the BBC."), "", ""},
		{"empty", &reprint.Article{}, "", ""},
		{"nil", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, how := credit.Publisher(tt.a)
			if got != tt.want || how != tt.how {
				t.Errorf("Publisher() = %q, %q; want %q, %q", got, how, tt.want, tt.how)
			}
		})
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"BBC", "BBC News", true},
		// An acronym that takes a syllable of a word (Κυ-Π-Ε), in a
		// script of more than one byte a letter.
		{"ΚΥΠΕ", "Κυπριακό Πρακτορείο Ειδήσεων", true},
		{"ΑΠΕ", "Αθηναϊκό Πρακτορείο Ειδήσεων", true},
		{"ΚΥΠΕ", "Αθηναϊκό Πρακτορείο Ειδήσεων", false},
		// A regional body by the initials of its name without its
		// place; two letters never do.
		// A local authority's office is the authority.
		{"Landratsamt Wendelsheim", "Landkreis Wendelsheim", true},
		{"Landratsamt Wendelsheim", "Landkreis Oberhollbach", false},
		{"UG Ostrowice Leśne", "BIP Gmina Ostrowice Leśne", true},
		{"Urząd Gminy Ostrowice Leśne", "Gmina Ostrowice Leśne", true},
		{"UG", "Gmina Ostrowice Leśne", false},
		// The acronym of a body's kind before its place, the place
		// inflected and after a preposition.
		{"KPP Wierzchosław", "Komenda Powiatowa Policji w Wierzchosławiu", true},
		{"KMP Wierzchosław", "Komenda Powiatowa Policji w Wierzchosławiu", false},
		{"ОВА", "Полтавська обласна військова адміністрація", true},
		{"ОВА", "Полтавська обласна державна адміністрація", false},
		{"DC", "Wexcombe District Council", false},
		{"BC", "Polska Broadcasting Corporation", false},
		{"Radio Dhok Nam FM", "Dhok Nam 97.4 FM", true}, // a station's kind added, its frequency dropped
		{"BBC Radio 3", "BBC Radio 4", false},
		{"Radio Maria", "Maria TV", false},
		{"bbc", "BBC", true},
		{"BBC", "bbc.co.uk", true},
		{"BBC News", "https://www.bbc.com/news", true},
		{"the BBC", "BBC", true},
		{"BBC", "British Broadcasting Corporation", true},
		{"The Guardian", "Guardian", true},
		{"theguardian.com", "The Guardian", true},
		{"Reuters", "Thomson Reuters", true},
		{"AP", "The Associated Press", true},
		{"AP News", "The Associated Press", true}, // the agency's own site
		{"AP News", "Associated Press of Pakistan", false},
		{"Associated Press", "apnews.com", true},
		{"AFP", "Agence France-Presse", true},
		{"NYT", "The New York Times", true},
		{"newsthirst", "News Thirst", true},
		{"Newsthirst", "newsthirst.com", true},
		{"The Times", "Times", true},
		{"Sky News", "Sky", true},
		{"AIN", "Agencia Iberia de Noticias", true},
		{"EFE", "Agencia EFE", true},
		{"El País", "País", true},
		{"dpa", "Deutsche Presse-Agentur", true},

		// An Indian paper in its own script and in Latin letters.
		{"ಪ್ರಜಾವಾಣಿ", "Prajavani", true},
		{"অসমীয়া প্ৰতিদিন", "Asomiya Pratidin", true}, // Assamese ৰ, outside the shared layout
		{"ڪاوش نيوز", "روزاني ڪاوش", true},             // a Sindhi daily and its desk
		{"മാതൃഭൂമി", "Mathrubhumi", true},
		{"दैनिक भास्कर", "Dainik Bhaskar", true},
		{"ಪ್ರಜಾವಾಣಿ", "Vijay Karnataka", false},
		// Ethiopic: a syllable's row is its consonant; three consonants
		// name one outlet only in parts built alike.
		{"ኤሪ-ቲቪ", "ERi-TV", true},
		{"ኤሪ ቲቪ", "ERi TV", true},
		{"ኤሪቲቪ", "ERiTV", false},
		{"ቲቪ-ኤሪ", "ERi-TV", false},
		{"ፋና ብሮድካስቲንግ", "Fana Broadcasting", true},
		{"ಉದಯ", "Udaya", false},                  // too short a skeleton to tell
		{"മാതൃഭൂമി", "Mathrubhumi Online", true}, // a web word is no part of a name, as "BBC" is "BBC News"
		{"മാതൃഭൂമി", "Mathrubhumi Vision", false},
		// A Maldivian outlet in Thaana and in Latin letters ("News" is
		// "nius": the w after a vowel is no consonant).
		{"ޕީއެސްއެމް ނިއުސް", "PSM News", true},
		{"ސަން އޮންލައިން", "Sun Online", true},
		{"ޕީއެސްއެމް ނިއުސް", "Sun Online", false},
		// Tibetan script: the sounded consonants, silent prefixes and
		// superscripts dropped (the ག of གསལ, "sel"), subscripts read
		// (འབྲུག, "Druk"); a web word of the site name is no part of it.
		{"ཀུན་གསལ", "Kuensel Online", true},
		{"ཀུན་གསལ", "Kuensel", true},
		{"འབྲུག་ཡུལ", "Druk Yul", true},
		{"རྒྱལ་མཚན", "Gyeltshen", true},
		{"ཀུན་གསལ", "Kalsang", false},
		{"ཀུན་གསལ", "Bhutan Times", false},

		// An agency's acronym that leaves out the word "agency".
		{"Agencia IP", "Agencia de Información Paraguaya", true},
		{"IP", "Agencia de Información Paraguaya", true},
		{"AIP", "Agencia de Información Paraguaya", true},
		{"Agencia EFE", "Agencia de Información Paraguaya", false},
		{"Agencia IP", "Agencia Iberia de Noticias", false},
		{"Harrowfield Gazette", "Harrowfield Town FC", false}, // a paper and a club of one town
		{"the Harrowfield Gazette", "Harrowfield Gazette", true},
		{"the Wealdmoor Gazette", "Radio Wealdmoor", false}, // a paper and a station of one town
		{"Qırım.Aqiqat", "Qırım Haber Ajansı", false},       // a brand written with a dot is no host
		{"Qırım.Aqiqat", "Qırım.Aqiqat", true},
		{"qha.com.ua", "Qırım Haber Ajansı", true}, // its acronym, under a generic second level
		{"qha.com.ua", "QHA", true},
		{"Harrowfield Herald", "Harrowfield FM", false},
		{"BBC News", "BBC Radio Kent", true}, // a newsroom's name, not a paper's masthead
		{"Radio Wealdmoor", "Radio Wealdmoor News", true},
		{"Diario del Guadalquivir", "Diario de Sevilla", false},
		{"AIN", "Agencia EFE", false},

		{"BBC", "Reuters", false},
		{"The Washington Post", "The Washington Times", false},
		{"The Times", "The New York Times", false},
		{"Fox News", "Sky News", false},
		{"Associated Press", "Press Association", false},
		{"PA Media", "Press Association", true},
		{"PA Media", "Press Association Sport", true},
		{"AAP", "Australian Associated Press", true},
		{"Associated Press", "Australian Associated Press", false},
		{"the Kremlin", "BBC", false},
		{"", "BBC", false},
		{"The", "The", false},
		{"News", "BBC News", false},
	}
	for _, tt := range tests {
		if got := credit.SameName(tt.a, tt.b); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
		if got := credit.SameName(tt.b, tt.a); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v; want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestStatusText(t *testing.T) {
	for _, s := range []credit.Status{credit.Credited, credit.NotCredited} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back credit.Status
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Errorf("json round trip of %v = %s → %v, %v", s, b, back, err)
		}
	}
	if got := credit.Credited.String(); got != "credited" {
		t.Errorf("Credited.String() = %q; want %q", got, "credited")
	}
	if got := credit.NotCredited.String(); got != "not-credited" {
		t.Errorf("NotCredited.String() = %q; want %q", got, "not-credited")
	}
	var s credit.Status
	if err := s.UnmarshalText([]byte("maybe")); err == nil {
		t.Errorf("UnmarshalText(%q) = nil; want an error", "maybe")
	}
}

// TestCheckSiteNames: a credit naming a name the source's masthead gives
// its site (a station of the broadcaster, the paper's name in the other
// script) credits the source; a masthead's motto names nothing, and a
// name the masthead does not give is another outlet.
// TestCheckPicture: a picture credit naming the source's publisher is no
// credit of the text, but is Traced (direction weighs it); a credit line
// beside it credits.
func TestCheckPicture(t *testing.T) {
	herald := &reprint.Article{ID: "b", Meta: reprint.Meta{Site: "Westmoor Herald"}}
	masthead := &reprint.Article{ID: "b", Meta: reprint.Meta{SiteNames: []string{"Westmoor Herald"}}}
	picture := func(text string) *reprint.Article {
		a := article("d", text)
		line := "(Image: Westmoor Herald)"
		i := strings.Index(text, line)
		a.Attribution = append(a.Attribution, reprint.Attribution{Span: reprint.Span{Start: i, End: i + len(line)},
			Text: line, Name: "Westmoor Herald", Form: credit.FormPicture})
		return a
	}
	for _, tc := range []struct {
		name    string
		derived *reprint.Article
		source  *reprint.Article
		want    credit.Status
		form    string
		traced  bool
	}{
		{"the source's picture credit", picture("The bus is a lifeline.\n(Image: Westmoor Herald)\nThe council voted."), herald, credit.NotCredited, credit.FormPicture, true},
		{"a masthead's name", picture("The bus is a lifeline.\n(Image: Westmoor Herald)\nThe council voted."), masthead, credit.NotCredited, credit.FormPicture, true},
		{"another publisher's picture", picture("The bus is a lifeline.\n(Image: Westmoor Herald)\nThe council voted."), &reprint.Article{ID: "b", Meta: reprint.Meta{Site: "Aldermoor Courier"}}, credit.NotCredited, "", false},
		{"a credit line beside it", picture("The bus is a lifeline.\n(Image: Westmoor Herald)\nThe council voted.\nVia Westmoor Herald"), herald, credit.Credited, credit.FormVia, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := credit.Check(tc.derived, tc.source)
			if r.Status != tc.want || r.Form != tc.form || r.Traced() != tc.traced {
				t.Fatalf("Check = %v %q Traced %v (%s); want %v %q Traced %v", r.Status, r.Form, r.Traced(), r.Reason, tc.want, tc.form, tc.traced)
			}
			if tc.traced && tc.derived.Text[r.Evidence.Start:r.Evidence.End] != "(Image: Westmoor Herald)" {
				t.Errorf("Evidence = %q", tc.derived.Text[r.Evidence.Start:r.Evidence.End])
			}
		})
	}
}

func TestCheckSiteNames(t *testing.T) {
	lnbs := &reprint.Article{ID: "a", Meta: reprint.Meta{Site: "Lesotho National Broadcasting Service",
		SiteNames: []string{"LNBS", "Lesotho National Broadcasting Service – Ultimate Ts'ehlo & Lesotho Television"}}}
	aggregator := &reprint.Article{ID: "c", Text: "Útgerðin lokar frystihúsinu.", Meta: reprint.Meta{SiteNames: []string{"Fréttasafnið"}}}
	dutchFarm := &reprint.Article{ID: "n", Meta: reprint.Meta{Site: "Nieuwsoverzicht24",
		SiteNames: []string{"Nieuwsoverzicht24", "Het laatste nieuws, snel en overzichtelijk"}}}
	farm := &reprint.Article{ID: "f", Meta: reprint.Meta{Site: "NewsPuls24",
		SiteNames: []string{"NewsPuls24", "Nachrichten, die bewegen – schnell, kompakt, verständlich"}}}
	chronicle := &reprint.Article{ID: "b", Meta: reprint.Meta{Site: "Qikiqtani Chronicle",
		SiteNames: []string{"ᕿᑭᖅᑖᓗᒃ ᑐᓴᖅᑕᐅᓯᐅᑎᖏᑦ · Serving the Qikiqtani region since 1987"}}}
	for _, tc := range []struct {
		name    string
		derived string
		source  *reprint.Article
		want    credit.Status
		alias   string
	}{
		{"a station the masthead names", "Ho ea ka Ultimate Ts'ehlo, lihoai tse fetang 300 li lahlehetsoe.", lnbs, credit.Credited, "Ultimate Ts'ehlo"},
		{"the initials of the site name", "Ho ea ka LNBS, lihoai tse fetang 300 li lahlehetsoe.", lnbs, credit.Credited, ""},
		{"another station", "Ho ea ka Radio Maria, lihoai tse fetang 300 li lahlehetsoe.", lnbs, credit.NotCredited, ""},
		{"the paper's name in syllabics", "ᕿᑭᖅᑖᓗᒃ ᑐᓴᖅᑕᐅᓯᐅᑎᖏᑦ ᐅᖃᐅᓯᖏᑦ ᒪᓕᒃᖢᒋᑦ, ᖃᔭᖅᑐᐊᕐᔪᐊᑉ ᖁᐊᖅᓯᕐᕕᖓ ᐊᐅᓚᔪᓐᓃᓚᐅᖅᑐᖅ.", chronicle, credit.Credited, "ᕿᑭᖅᑖᓗᒃ ᑐᓴᖅᑕᐅᓯᐅᑎᖏᑦ"},
		{"a scraped page's masthead, its publisher unknown", "Fréttasafnið greinir frá því að útgerðin loki frystihúsinu.", aggregator, credit.Credited, "Fréttasafnið"},
		{"another aggregator", "Fréttavefurinn greinir frá því að útgerðin loki frystihúsinu.", aggregator, credit.NotCredited, ""},
		{"another paper in syllabics", "ᓄᓇᑦᓯᐊᖅ ᐅᖃᐅᓯᖏᑦ ᒪᓕᒃᖢᒋᑦ, ᖃᔭᖅᑐᐊᕐᔪᐊᑉ ᖁᐊᖅᓯᕐᕕᖓ ᐊᐅᓚᔪᓐᓃᓚᐅᖅᑐᖅ.", chronicle, credit.NotCredited, ""},
		// A tagline's words in lower case are no name of the site.
		{"a word of the tagline", "Das sagte die Ministerin dem Magazin „Kompass“.", farm, credit.NotCredited, ""},
		// A Dutch article after "volgens" names no one: "volgens het
		// bedrijf" is according to the company, not to "Het laatste
		// nieuws".
		{"an article after volgens", "Volgens het bedrijf gaat het om 1,4 miljoen transacties.", dutchFarm, credit.NotCredited, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := credit.Check(article("d", tc.derived), tc.source)
			if r.Status != tc.want {
				t.Fatalf("Status = %v (%s); want %v", r.Status, r.Reason, tc.want)
			}
			if tc.alias != "" && !strings.Contains(r.Reason, strconv.Quote(tc.alias)) {
				t.Errorf("Reason = %q; want it to name the masthead's %q", r.Reason, tc.alias)
			}
			if r.Masthead != (tc.alias != "") {
				t.Errorf("Masthead = %v; want %v", r.Masthead, tc.alias != "")
			}
		})
	}
}

func TestIsOutlet(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Radio Pasi 96.3 FM", true},
		{"Wrayford Gazette", true},
		{"BBC News", true},
		{"Daily Trend Wire", true},
		{"Reuters", true},
		{"National Weather Centre", false},
		{"Castlebury Rovers", false},
		{"Harwick Borough Council", false},
		{"Wakanyunsu", false},
	}
	for _, tt := range tests {
		if got := credit.IsOutlet(tt.name); got != tt.want {
			t.Errorf("IsOutlet(%q) = %v; want %v", tt.name, got, tt.want)
		}
	}
}

func TestPublisherPlatform(t *testing.T) {
	tests := []struct {
		title, want string
	}{
		{`Maren Holloway on Instagram: "This is the post I hoped I'd never have to write"`, "Instagram"},
		{`Ana Cruz on X: "Polls close at 8pm" / X`, "X"},
		{"Kasai Lelu - Posts | Facebook", "Facebook"},
		{"Storm hits Leeds: what we know on Tuesday", ""},
		{"Why I quit X: a year on", ""},
	}
	// A plain text's capture, its title too long for a headline, opens
	// with it.
	long := `Maren Holloway on Instagram: "This is the post I hoped I'd never have to write, so I'm just going to say it straight: I'm cancelling the Lantern Road tour…"`
	if got, _ := credit.Publisher(&reprint.Article{Text: long + "\n\nThis is the post I hoped I'd never have to write."}); got != "Instagram" {
		t.Errorf("Publisher(a capture opening %q) = %q; want Instagram", long, got)
	}
	for _, tt := range tests {
		got, how := credit.Publisher(&reprint.Article{Meta: reprint.Meta{Title: tt.title}})
		if got != tt.want || tt.want != "" && how != credit.HowPlatform {
			t.Errorf("Publisher(title %q) = %q, %q; want %q", tt.title, got, how, tt.want)
		}
	}
}

func TestPostCaptureAccounts(t *testing.T) {
	tests := []struct {
		name, body, title string
		want              []string
	}{
		{"Instagram: the handle over the post and its caption",
			"Instagram\nEntrar\nCadastre-se\nprefeituralagoaserena\nVerificado\n•\nSeguir\nPraça da Matriz\nprefeituralagoaserena\n💉 VACINA DA GRIPE\n\nA Prefeitura ampliou a campanha.", "",
			[]string{"prefeituralagoaserena"}},
		{"Instagram: a handle printed once names no account",
			"Instagram\nEntrar\nprefeituralagoaserena\nSeguir\nA Prefeitura ampliou a campanha.", "", nil},
		{"not a platform's capture: a word on two lines is no handle",
			"noticias\nA Prefeitura ampliou a campanha.\nnoticias\nFim.", "", nil},
		{"Facebook: the page's name in the title, its unread count cut",
			"(3) Mairie de Varenne-lès-Brions | Facebook\n\nFacebook\nCoupure d'eau mardi.", "", []string{"Mairie de Varenne-lès-Brions"}},
		{"X: the name before the platform, the handle after an @",
			"Tochukwu Ebere on X: \"PRESS RELEASE\" / X\nTochukwu Ebere\n@TochukwuEbereNPF\nNine travellers rescued.", "",
			[]string{"Tochukwu Ebere", "TochukwuEbereNPF"}},
		{"X in Norwegian: the name before 'på X:'",
			"Politiet i Nordfjell på X: \"#Løvstad Fv. 250 stengt.\" / X\n\nIkke gå glipp av hva som skjer", "",
			[]string{"Politiet i Nordfjell"}},
		{"a plain article", "Harbour News\n\nThe council met on Tuesday.", "Council meets", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := credit.PostCapture(tt.body, tt.title)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("PostCapture accounts = %q, want %q", got, tt.want)
			}
		})
	}
}
