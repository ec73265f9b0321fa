package clean

import "testing"

// ruPost is an invented Russian ministry's post, two paragraphs.
const ruPost = "С 17 марта в Светлоярской области стартует кампания подчищающей иммунизации против кори. До 30 апреля бесплатно привиться смогут все взрослые жители до 35 лет.\n\n" +
	"«Мы не можем ждать, пока вспышка разрастётся, поэтому начинаем кампанию уже с понедельника», — заявила министр здравоохранения Ирина Волошина.\n\n"

// TestVKWall: a VK community's wall post loses the community's header,
// the wall's labels, "Показать полностью…" inside the post, the sort
// menu, the comment list's foot and each comment by its layout (the
// name, the comment, the stamp with "Ответить" and the likes set apart
// by runs of spaces), not by its words; the post stays, and a story's
// sentence that names a group's members or says "ответить" stays.
func TestVKWall(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "wall",
		body: "Светлоярск | Новости\nОткрытая группа · 48 312 участников\nПодписаться\nПредложить новость\n\nЗапись на стене\n\n" +
			"С 17 марта в Светлоярской области стартует кампания подчищающей иммунизации против кори.\nПоказать полностью…\n\n" + ruPost +
			"❤ 156   💬 41   ↪ 23\n\nСамые интересные ▾\n\n" +
			"Татьяна Гуляева\nА после 35 что, уже не болеют? Странная логика\n15 мар в 9:40   Ответить   ❤ 12\n\n" +
			"Игорь Меньшиков\nСвоих привили ещё в прошлом году\nвчера в 10:02   Ответить\n\n" +
			"Показать следующие комментарии\nНаписать комментарий…\n",
		gone: []string{"Открытая группа · 48 312 участников", "Предложить новость", "Запись на стене", "Показать полностью…",
			"Самые интересные ▾", "Татьяна Гуляева", "А после 35 что, уже не болеют? Странная логика", "15 мар в 9:40   Ответить   ❤ 12",
			"Своих привили ещё в прошлом году", "вчера в 10:02   Ответить", "Показать следующие комментарии", "Написать комментарий…"},
		kept: []string{"стартует кампания подчищающей иммунизации", "заявила министр здравоохранения Ирина Волошина"},
	}, {
		name: "prose",
		body: ruPost + "В группе «Светлоярск | Новости», где 48 312 участников, министру предложили ответить на вопросы родителей.\n\n" +
			"Источник: Светлоярские вести\n\n" + ruPost,
		kept: []string{"где 48 312 участников, министру предложили ответить", "Источник: Светлоярские вести"},
	}})
}

// TestEridAdverts: an advert a Russian page labels goes by its labels,
// the token closing its line and "Реклама" over it, whatever it sells;
// a story's sentence about a discount, and one that names the token's
// law, stay.
func TestEridAdverts(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "adverts",
		body: ruPost + "Анализы со скидкой 30% до конца марта — сеть лабораторий «ЛабДом», erid: 4CQwVszH9pW\n\n" +
			"Реклама · 18+\nКредит наличными до 5 млн ₽ — решение за 2 минуты\n\n" + ruPost,
		gone: []string{"Анализы со скидкой 30% до конца марта — сеть лабораторий «ЛабДом», erid: 4CQwVszH9pW", "Реклама · 18+",
			"Кредит наличными до 5 млн ₽ — решение за 2 минуты"},
		kept: []string{"стартует кампания"},
	}, {
		name: "prose",
		body: ruPost + "Лаборатории города предлагают анализы со скидкой 30% до конца марта, сообщили в минздраве.\n\n" +
			"С 2022 года каждая реклама в интернете должна нести токен erid, напомнили в ведомстве.\n\n" + ruPost,
		kept: []string{"анализы со скидкой 30%", "должна нести токен erid"},
	}})
}

// taDesc is an invented Tamil daily's paragraph, as a video's
// description copies it.
const taDesc = "சென்னை, டிச. 4: வடகிழக்குப் பருவமழையால் கடும் பாதிப்புக்குள்ளான மாவட்டங்களுக்கு ரூ.1,240 கோடியில் வெள்ள நிவாரணத் தொகுப்பை முதல்வர் வியாழக்கிழமை அறிவித்தார்.\n\n"

// TestTamilYouTube: a YouTube watch page in Tamil loses the channel's
// counts and buttons, the transcript box, the comment list by its
// layout (the handle and the age, the comment, the likes and
// "பதிலளி", the replies' count) and the next videos' cards; the
// description stays.
func TestTamilYouTube(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "watch page",
		body: "முழக்கம் டிவி\n8.42 லட்சம் சந்தாதாரர்கள்\nSubscribe\nபகிர்\nசேமி\n\n38,917 பார்வைகள்  5 டிச., 2025\n" + taDesc +
			"#FloodRelief #TamilNews #MuzhakkamTV\n\n" +
			"முழக்கம் டிவி - உங்கள் ஊர், உங்கள் செய்தி. 24 மணி நேர தமிழ் செய்திகளுக்கு எங்கள் சேனலை Subscribe செய்து பெல் ஐகானை அழுத்துங்கள்.\n\n" +
			"...மேலும் காட்டு\n\nடிரான்ஸ்கிரிப்ட்\nடிரான்ஸ்கிரிப்டைக் காட்டு\n\n214 கருத்துகள்\nவரிசைப்படுத்து\nகருத்தைச் சேர்க்கவும்...\n\n" +
			"@velmurugan_kpm 1 நாள் முன்பு\nஆறாயிரம் போதாது, பத்தாயிரம் கொடுத்திருக்கலாம்.\n  46  பதிலளி\n  2 பதில்கள்\n\n" +
			"அடுத்து வருவது\nதானாக இயக்கு\n\nபொன்னாற்றில் கரை உடைப்பு - ட்ரோன் காட்சிகள்\nமுழக்கம் டிவி\n1.1 லட்சம் பார்வைகள் • 2 நாட்களுக்கு முன்பு\n",
		gone: []string{"8.42 லட்சம் சந்தாதாரர்கள்", "Subscribe", "38,917 பார்வைகள்  5 டிச., 2025", "#FloodRelief #TamilNews #MuzhakkamTV",
			"...மேலும் காட்டு", "டிரான்ஸ்கிரிப்டைக் காட்டு", "214 கருத்துகள்", "வரிசைப்படுத்து", "கருத்தைச் சேர்க்கவும்...",
			"@velmurugan_kpm 1 நாள் முன்பு", "ஆறாயிரம் போதாது, பத்தாயிரம் கொடுத்திருக்கலாம்.", "46  பதிலளி", "2 பதில்கள்",
			"அடுத்து வருவது", "தானாக இயக்கு", "பொன்னாற்றில் கரை உடைப்பு - ட்ரோன் காட்சிகள்",
			"1.1 லட்சம் பார்வைகள் • 2 நாட்களுக்கு முன்பு"},
		kept: []string{"வெள்ள நிவாரணத் தொகுப்பை முதல்வர்"},
	}, {
		name: "no watch page",
		// A story that quotes a viewer's handle and counts views has
		// no subscriber count nor transcript button: nothing goes.
		body: taDesc + "@velmurugan_kpm 1 நாள் முன்பு\nஆறாயிரம் போதாது என்று ஒருவர் எழுதினார்.\n  46  பதிலளி\n\n" +
			"இந்த வீடியோ 38,917 பார்வைகள் பெற்றுள்ளது என்று சேனல் தெரிவித்தது.\n\n" + taDesc,
		kept: []string{"ஆறாயிரம் போதாது என்று ஒருவர் எழுதினார்", "38,917 பார்வைகள் பெற்றுள்ளது"},
	}, {
		name: "read also",
		body: taDesc + "இதையும் படிங்க: பொன்னாற்றில் கரை உடைப்பு: சிற்றம்பலம் கிராமம் தனித்தீவானது\n\n" + taDesc,
		gone: []string{"இதையும் படிங்க: பொன்னாற்றில் கரை உடைப்பு: சிற்றம்பலம் கிராமம் தனித்தீவானது"},
		kept: []string{"வெள்ள நிவாரணத் தொகுப்பை"},
	}})
}

// enPost is an invented station's report, two paragraphs.
const enPost = "The Millrace Street Bridge will close to all vehicle traffic Friday evening after inspectors found severe corrosion on two of its steel girders, Mayor Teresa Villalobos announced Wednesday.\n\n" +
	"“This was not a decision we made lightly, but I will not ask anyone to drive across a bridge that our engineers can't stand behind,” Villalobos said in the video.\n\n"

// TestCaptionMarks: a transcript's sound tags alone on their lines
// ("[Music]", "[Applause]") go; the transcript's short lines around
// them, the text, stay.
func TestCaptionMarks(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "transcript",
		body: enPost + "Transcript\n\n[Music]\n\ngood afternoon I'm Mayor Teresa Villalobos and I\n\nwant to talk to you directly today\n\n[Applause]\n\n" + enPost,
		gone: []string{"[Music]", "[Applause]"},
		kept: []string{"good afternoon I'm Mayor Teresa Villalobos", "want to talk to you directly today"},
	}})
}
