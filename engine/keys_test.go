package engine

import "testing"

// TestKeysChanges: the changes an archive is upgraded across form one
// chain that ends at this engine's KeysVersion, and each names what it
// touches; keysPath finds the way from every version on it.
func TestKeysChanges(t *testing.T) {
	last := KeysChanges[len(KeysChanges)-1]
	if last.To != KeysVersion {
		t.Fatalf("the last change goes to %q; KeysVersion is %q: write the change down in KeysChanges", last.To, KeysVersion)
	}
	for i, c := range KeysChanges {
		if c.Touches == nil || c.What == "" || c.From == c.To {
			t.Errorf("change %d (%q → %q) lacks what it touches or says", i, c.From, c.To)
		}
		if i > 0 && KeysChanges[i-1].To != c.From {
			t.Errorf("change %d starts at %q, not where change %d ended (%q)", i, c.From, i-1, KeysChanges[i-1].To)
		}
		if path, ok := keysPath(c.From); !ok || len(path) != len(KeysChanges)-i {
			t.Errorf("keysPath(%q) = %d changes, %v; want %d", c.From, len(path), ok, len(KeysChanges)-i)
		}
	}
	if _, ok := keysPath("keys/0"); ok {
		t.Error("keysPath of an unknown version found a way")
	}
	for _, tc := range []struct {
		change int
		text   string
		want   bool
	}{
		{0, "The council approved the bridge, at a cost of £2bn (G20, 3rd).", false},
		{0, "Café society in Zürich: naïve façades.", false},
		{0, "北京今天宣布了新的计划。", true},
		{0, "Москва объявила о новом плане.", true},
		{1, "The council approved the bridge in 2024.", false},
		{1, "پاکستان نے میچ جیتا۔", false},
		{1, "پاکستان نے 17اکتوبر کو میچ جیتا۔", true},
		{2, "The council approved the bridge in 2024, and the mayor said the work would start in the spring.", false},
		{2, "Der Stadtrat hat am Montag den Bau der neuen Brücke beschlossen, und der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen.", true},
		{2, "Le conseil municipal a approuvé lundi la construction du nouveau pont, et le maire a déclaré que les travaux commenceraient au printemps.", true},
		{2, "پاکستان نے 17 اکتوبر کو میچ جیتا۔", false},
		{2, "北京今天宣布了新的计划。", false},
		{3, "Byrådet i Grønnerup har tirsdag efter en lang debat om prisen og placeringen vedtaget, at der skal bygges en ny bro over åen, og arbejdet går i gang til foråret.", true},
		{3, "Der Stadtrat hat am Montag den Bau der neuen Brücke beschlossen, und der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen.", false},
		{4, "L'Ajuntament de Vilafreda ha aprovat aquest dimarts, després d'un llarg debat sobre el preu i el traçat, que es construirà un pont nou sobre la riera, i les obres començaran a la primavera.", true},
		{4, "El Ayuntamiento de Vilafreda aprobó este martes, tras un largo debate sobre el precio y el trazado, que se construirá un nuevo puente sobre la riera, y las obras empezarán en primavera.", false},
		{4, "A Câmara Municipal aprovou nesta terça-feira, depois de um longo debate sobre o preço e o traçado, que será construída uma nova ponte sobre a ribeira, e as obras começam na primavera.", false},
		{4, "The council approved the bridge in 2024, and the mayor said the work would start in the spring.", false},
		{5, "Hội đồng nhân dân huyện Tà Lơn đã thông qua việc xây dựng một cây cầu mới qua sông vào thứ Ba, sau một cuộc tranh luận dài về chi phí và tuyến đường, và công trình sẽ bắt đầu vào mùa xuân.", true},
		{5, "하령군의회는 화요일 비용과 노선에 대한 긴 논의 끝에 하천을 가로지르는 새 다리를 건설하기로 의결했으며 공사는 봄에 시작된다.", true},
		{5, "L'Ajuntament de Vilafreda ha aprovat aquest dimarts, després d'un llarg debat sobre el preu i el traçat, que es construirà un pont nou sobre la riera, i les obres començaran a la primavera.", false},
		{5, "केशवगढ़ जिले की भैरोगंज तहसील के सिरसौली गांव में सोमवार सुबह एक सरकारी विद्यालय की कक्षा की छत का एक हिस्सा गिर जाने से ग्यारह बच्चे घायल हो गए और उन्हें अस्पताल में भर्ती कराया गया है।", true},
		{5, "北京今天宣布了新的计划。", false},
		{5, "The council approved the bridge in 2024, and the mayor said the work would start in the spring.", false},
		{6, "Міська рада Березнянська у вівторок після довгої суперечки про ціну і маршрут ухвалила збудувати новий міст через річку, і роботи почнуться навесні, сказав мер міста.", true},
		{6, "Общинският съвет на Каменоград реши във вторник след дълъг спор за цената и трасето да се построи нов мост над реката, а работата ще започне през пролетта.", true},
		{6, "شورای شهر سرخه‌دره روز سه‌شنبه پس از بحثی طولانی درباره هزینه و مسیر تصویب کرد که پل تازه‌ای روی رودخانه ساخته شود و کار در بهار آغاز می‌شود.", true},
		{6, "Hội đồng nhân dân huyện Tà Lơn đã thông qua việc xây dựng một cây cầu mới qua sông vào thứ Ba, sau một cuộc tranh luận dài về chi phí và tuyến đường, và công trình sẽ bắt đầu vào mùa xuân.", false},
		{6, "Москва объявила о новом плане строительства моста через реку, и работы начнутся весной, сказал мэр города.", false},
		{6, "The council approved the bridge in 2024, and the mayor said the work would start in the spring.", false},
		{7, "สภาเทศบาลตำบลหนองบัวทองลงมติเมื่อวันอังคารให้สร้างสะพานแห่งใหม่ข้ามคลองหลังการถกเถียงเรื่องงบประมาณและเส้นทางมานาน และนายกเทศมนตรีกล่าวว่างานจะเริ่มในฤดูใบไม้ผลิ", true},
		{7, "ສະພາເມືອງໄດ້ອະນຸມັດການກໍ່ສ້າງຂົວໃໝ່", true},
		{7, "ក្រុមប្រឹក្សាក្រុងបានអនុម័តការសាងសង់ស្ពានថ្មី", true},
		{7, "Dzirnavkalna novada dome ceturtdien ar deviņu deputātu atbalstu nolēma slēgt Vērdiņu pamatskolu, bet tās skolēnus pārcelt uz Zīļuciema vidusskolu, un darbi sāksies pavasarī.", true},
		{7, "北京今天宣布了新的计划。", false},
		{7, "Міська рада Березнянська у вівторок після довгої суперечки про ціну і маршрут ухвалила збудувати новий міст через річку, і роботи почнуться навесні, сказав мер міста.", false},
		{7, "The council approved the bridge in 2024, and the mayor said the work would start in the spring.", false},
		{8, "Këshilli bashkiak i Lisvardhit vendosi të martën, pas një debati të gjatë për koston dhe gjurmën, që të ndërtohet një urë e re mbi lumë, dhe punimet do të nisin në pranverë.", true},
		{8, "ສະພາເມືອງໄດ້ອະນຸມັດການກໍ່ສ້າງຂົວໃໝ່ ຂ້າມແມ່ນ້ຳ ແລະ ວຽກງານຈະເລີ່ມໃນລະດູໃບໄມ້ປົ່ງ", true},
		{8, "สภาเทศบาลตำบลหนองบัวทองลงมติเมื่อวันอังคารให้สร้างสะพานแห่งใหม่ข้ามคลองหลังการถกเถียงเรื่องงบประมาณและเส้นทางมานาน และนายกเทศมนตรีกล่าวว่างานจะเริ่มในฤดูใบไม้ผลิ", false},
		{8, "Općinsko vijeće u utorak je nakon duge rasprave o cijeni i trasi odlučilo da se izgradi novi most preko rijeke, a radovi će početi na proljeće.", false},
		{8, "A Câmara Municipal aprovou nesta terça-feira, depois de um longo debate sobre o preço e o traçado, que será construída uma nova ponte sobre a ribeira, e as obras começam na primavera.", false},
		{8, "ගම්වාසීන්ගේ ඉල්ලීම පරිදි ගඟ හරහා නව පාලමක් ඉදිකිරීම සඳහා ප්‍රාදේශීය සභාව අනුමැතිය ලබා දුන් අතර වැඩ වසන්ත සමයේ ආරම්භ වනු ඇත.", true},
		{8, "The council approved the bridge in 2024, and the mayor said the work would start in the spring.", false},
		{10, "I te ata o te Rātū, i whakatau te kaunihera kia hangaia he piriti hou ki runga i te awa. Ko te take, i horoia te piriti tawhito e te waipuke i te marama o Hereturikōkā. E ai ki te koromatua, ka tīmata te mahi i te raumati, ā, ka oti i te tau e heke mai nei.", true},
		{10, "Këshilli bashkiak i Lisvardhit vendosi të martën, pas një debati të gjatë për koston dhe gjurmën, që të ndërtohet një urë e re mbi lumë, dhe punimet do të nisin në pranverë.", true},
		{10, "L'Ajuntament de Vilafreda ha aprovat aquest dimarts, després d'un llarg debat sobre el preu i el traçat, que es construirà un pont nou sobre la riera, i les obres començaran a la primavera.", false},
		{10, "The council approved the bridge in 2024, and the mayor said the work would start in the spring.", false},
		{12, "Градско веће је у уторак одобрило изградњу новог моста преко Саве, рекао је градоначелник.", true},
		{12, "Қойтас өзенінің арнасынан асуы салдарынан 46 үй су астында қалды.", true},
		{12, "Gradsko veće je u utorak odobrilo izgradnju novog mosta preko Save, rekao je gradonačelnik.", false},
		{12, "Москва объявила о новом плане строительства моста через реку, и работы начнутся весной.", false},
		{12, "Міська рада у вівторок ухвалила збудувати новий міст через річку.", false},
	} {
		if got := KeysChanges[tc.change].Touches(tc.text); got != tc.want {
			t.Errorf("change %d touches %q = %v; want %v", tc.change, tc.text, got, tc.want)
		}
	}
}
