package clean

import "testing"

// spanishStory is two paragraphs of an invented story in Spanish, for
// the cases whose rules read a Spanish page's chrome.
const spanishStory = "Una noche de angustia vivieron los habitantes del pueblo luego de que la quebrada se creciera de manera súbita y arrasara con las viviendas de dos barrios.\n\n" +
	"El alcalde, que ya declaró la calamidad pública, dijo que el agua bajó con piedras, lodo y troncos, y que en cuestión de minutos se llevó once casas completas.\n\n"

// TestWhatsAppChannelCapture: a WhatsApp channel's post captured from
// the app, whose header line does not name WhatsApp ("Canal · 18,3 mil
// seguidores"), loses the header, the sign-off with the channel's link,
// the reactions and the app's buttons once WhatsApp's own marks stand
// below; the post's paragraphs, each opening with an emoji, stay. The
// same header shape on a page WhatsApp marks nowhere is left alone.
func TestWhatsAppChannelCapture(t *testing.T) {
	post := "🔴 *ÚLTIMA HORA* 🔴\n\n" +
		"🚨 Una noche de angustia vivieron los habitantes del pueblo luego de que la quebrada se creciera de manera súbita y arrasara con las viviendas de dos barrios.\n\n" +
		"🗣️ El alcalde dijo que la app de alertas del municipio no sonó y que en cuestión de minutos el agua se llevó once casas completas.\n\n" +
		"🙏 Fuerza para las familias del pueblo.\n\n"
	runChromeCases(t, []chromeCase{{
		name: "spanish capture",
		body: "Alerta Sur 24/7 🚨\nCanal · 18,3 mil seguidores\n\n" + post +
			"━━━━━━━━━━━━━━━\n📲 Únete a nuestro canal y recibe las noticias de la región al instante 👉 https://whatsapp.com/channel/0029VaExample\n" +
			"🔔 Activa la campanita para no perderte ninguna alerta\n📩 ¿Tienes una denuncia? Escríbenos al 320 555 0100\n━━━━━━━━━━━━━━━\n\n" +
			"😢 412   🙏 187   😮 64\n7:58 p. m.\nReenviar\nSeguir\nSilenciar notificaciones\nVer todas las actualizaciones del canal\n",
		gone: []string{"Alerta Sur 24/7 🚨", "Canal · 18,3 mil seguidores", "🔔 Activa la campanita para no perderte ninguna alerta",
			"📩 ¿Tienes una denuncia? Escríbenos al 320 555 0100", "😢 412   🙏 187   😮 64", "Reenviar",
			"Silenciar notificaciones", "Ver todas las actualizaciones del canal"},
		kept: []string{"🚨 Una noche de angustia", "la app de alertas del municipio no sonó", "🙏 Fuerza para las familias del pueblo."},
	}, {
		name: "english capture",
		body: "Harbour Alerts\nChannel · 18.3K followers\n\n" +
			"⚠️ The ferry terminal was closed on Tuesday after a crane collapsed onto the loading ramp, injuring two workers, the port authority said.\n\n" +
			"The authority said the terminal would reopen on Thursday once engineers had checked the ramp and the app that books crossings would refund all tickets.\n\n" +
			"Share this with your WhatsApp groups\n\n👍 88   😮 12\nForward\nFollow\nMute notifications\nView all channel updates\n",
		gone: []string{"Harbour Alerts", "Channel · 18.3K followers", "Forward", "Mute notifications", "View all channel updates"},
		kept: []string{"The ferry terminal was closed on Tuesday", "the app that books crossings would refund all tickets"},
	}, {
		name: "no whatsapp mark",
		body: "Canal · 18,3 mil seguidores\n\n" + spanishStory,
		kept: []string{"Canal · 18,3 mil seguidores", "Una noche de angustia"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Canal · 18,3 mil seguidores", true},
		{"Channel · 18.3K followers", true},
		{"Canal · 1.204 seguidores", true},
		{"Canal · 18,3 mil suscriptores", false},
		{"Canal 18 · seguidores del club", false},
		{"El canal tiene 18.300 seguidores · dijo", false},
	} {
		if got := channelInfo(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("channelInfo(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestTelegramUkrainianSignOff: a Telegram channel's sign-off calls to
// subscribe by the channel's name without the tagline its header sets
// after a bar ("Підписуйтесь на Полтава LIVE, …" under "Полтава LIVE |
// Новини Полтавщини"), and its tip line opens with the call to send
// news ("📩 Надіслати новину чи фото: @…"); both go. A post's sentence
// about sending news stays.
func TestTelegramUkrainianSignOff(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "ukrainian sign-off",
		body: "Полтава LIVE | Новини Полтавщини\n@poltava_live_example\n18,4K підписників\n\n" +
			"Міст через річку закрили через тріщину в опорі. Тепер приблизно 1400 мешканців села змушені їздити до райцентру в об’їзд.\n\n" +
			"Жителі кажуть, що надіслати новину про міст до редакції вони намагалися ще взимку, але відповіді не отримали.\n\n" +
			"👉 Підписуйтесь на Полтава LIVE, щоб першими дізнаватися новини області\n📩 Надіслати новину чи фото: @poltava_live_example\n\n" +
			"😢 214   👍 58\n3,9K переглядів\nКоментарі (27)\n",
		gone: []string{"👉 Підписуйтесь на Полтава LIVE, щоб першими дізнаватися новини області",
			"📩 Надіслати новину чи фото: @poltava_live_example", "3,9K переглядів"},
		kept: []string{"Міст через річку закрили", "надіслати новину про міст до редакції"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"📩 Надіслати новину чи фото: @poltava_live_example", true},
		{"Прислать новость: @news_example", true},
		{"Send us your news: tips@example.com", true},
		{"Жителі кажуть, що надіслати новину про міст вони намагалися ще взимку.", false},
		{"Надіслати новину вони намагалися ще взимку, але редакція мовчала, а міст тим часом зовсім закрили для руху.", false},
	} {
		if got := telegramTip(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("telegramTip(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestSpanishUstedBoxes: a Spanish page's newsletter box in the usted
// form ("Reciba … en su correo") with its form's note, and its comment
// gate ("Para comentar debe ser suscriptor …") between the comment
// section's heading and its link, go; a story's sentence about a
// third person's mail, or about logging in to comment, stays.
func TestSpanishUstedBoxes(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "newsletter and comment gate",
		body: spanishStory +
			"El concejal explicó en su correo a los vecinos que las ayudas llegarán en helicóptero mientras se reconstruye el puente.\n\n" +
			"Reciba las noticias más importantes del día en su correo\n\n" +
			"Al suscribirse acepta nuestra Política de tratamiento de datos personales.\n\n" +
			"Comentarios\n\n" +
			"Para comentar debe ser suscriptor e iniciar sesión. Los comentarios que contengan insultos o lenguaje ofensivo serán eliminados.\n\n" +
			"Ver comentarios (14)\n",
		gone: []string{"Reciba las noticias más importantes del día en su correo",
			"Al suscribirse acepta nuestra Política de tratamiento de datos personales.",
			"Para comentar debe ser suscriptor e iniciar sesión. Los comentarios que contengan insultos o lenguaje ofensivo serán eliminados."},
		kept: []string{"El concejal explicó en su correo a los vecinos"},
	}, {
		name: "story on comment rules",
		body: spanishStory +
			"Desde 2019 el diario exige a sus lectores iniciar sesión para comentar las noticias, una medida que según su director redujo a la mitad los insultos en la web.\n\n" +
			spanishStory,
		kept: []string{"iniciar sesión para comentar las noticias"},
	}})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Reciba las noticias más importantes del día en su correo", true},
		{"Receba as principais notícias do dia no seu e-mail", true},
		{"Reciba un cordial saludo de la alcaldía y de todo su equipo", false},
		{"El concejal explicó en su correo a los vecinos que las ayudas llegarán", false},
	} {
		if got := signUpLead(tt.line, len(fields(tt.line))); got != tt.want {
			t.Errorf("signUpLead(%q) = %v; want %v", tt.line, got, tt.want)
		}
	}
}

// TestBoxButtonUnderPromo: a plain copy keeps a newsletter box's
// button alone ("Sign me up") and the form's note in the box's
// paragraph under its removed heading and blurb; both go with the box.
// A button's word on a story's own line stays.
func TestBoxButtonUnderPromo(t *testing.T) {
	runChromeCases(t, []chromeCase{{
		name: "plain copy of a box",
		body: plainStory + "Sign up for the Examiner Daily newsletter\nGet the day’s top Northgate stories in your inbox every morning.\nSign me up\n" +
			"We will use your email address only to send you the newsletter. You can unsubscribe at any time. See our privacy notice.\n" +
			"The library's users said they would fight the closure in the courts if the council did not change its mind.\n\n" + plainStory,
		gone: []string{"Sign up for the Examiner Daily newsletter", "Sign me up",
			"We will use your email address only to send you the newsletter. You can unsubscribe at any time. See our privacy notice."},
		kept: []string{"The library's users said they would fight the closure"},
	}, {
		name: "button word in a story",
		body: plainStory + "Join\n\nResidents who join the campaign will meet at the town hall on Saturday to plan the next steps.\n\n" + plainStory,
		kept: []string{"Residents who join the campaign"},
	}})
}
