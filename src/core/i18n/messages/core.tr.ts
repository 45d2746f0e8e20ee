/** Turkish core messages (siz). Keys and `{placeholders}` must match `en` in `core.ts`. */
import type { CoreMessages } from "./core.js";

export const tr: CoreMessages = {
  "bot.name": "Dokker Radio Code",

  "cmd.start.description": "Botu başlatın ve nasıl çalıştığını görün",
  "cmd.help.description": "Bu bot neler yapabilir",
  "cmd.dokker.description": "Radyonun etiketindeki ön koddan radyo kodunuzu öğrenin",
  "cmd.dokker.option.precode": "Radyonun etiketindeki ön kod: bir harf ve üç rakam, ör. V284",
  "cmd.lockout.description": "Yanlış koddan sonra ne kadar beklemeli (ERROR / CODE LOCK)",
  "cmd.lockout.option.attempt": "Şimdiye kadar kaç yanlış kod girildi",
  "cmd.vin.description": "Şasi numarasını (VIN) kontrol edin ve radyo kodunu onunla nasıl alacağınızı görün",
  "cmd.vin.option.vin": "17 karakterli şasi numarası (VIN)",
  "cmd.decode-message.name": "Ön kodu çöz",

  "start.welcome": "Merhaba! Radyonuzun etiketindeki ön kodu radyo koduna (PIN) çeviriyorum.",
  "start.how":
    "Ön kodu gönderin — bir harf ve üç rakam, örneğin {example} — size kodu ve nasıl gireceğinizi yazayım.",
  "start.photo": "Ya da radyo etiketinin fotoğrafını gönderin: ön kodu ondan okurum.",

  "help.title": "Neler yapabilirim",
  "help.commands": "Komutlar:",
  "help.tip":
    "Sadece ön kodu da gönderebilirsiniz (V284 gibi) ya da sorunuzu kendi cümlelerinizle sorabilirsiniz.",
  "help.tip.photo":
    "Sadece ön kodu (V284 gibi) ya da radyo etiketinin fotoğrafını da gönderebilirsiniz; sorunuzu kendi cümlelerinizle de sorabilirsiniz.",
  "help.item": "{command} — {description}",

  "dokker.title": "{precode} için radyo kodu",
  "dokker.pin": "Radyo kodunuz: {pin}",
  "dokker.assumed":
    "{read} ifadesini {as} olarak okudum: ön kodda harften sonra yalnızca rakamlar gelir. Etikette yazan bu mu?",
  "dokker.steps.title": "Nasıl girilir — {radio}",
  "dokker.other-radio": "Başka bir radyo mu? Aşağıdan kendi radyonuzu seçin.",
  "dokker.summary": "{precode} ön kodu için kod: {pin}",

  "radio.radio-cd": "Dacia Radio CD",
  "radio.plug-radio": "Dacia Plug & Radio",
  "radio.renault-tuner": "Renault tuner radyo",
  "radio.steering-wheel": "direksiyon kumandasıyla",

  "steps.switch-on": "Kontağı açın ve radyoyu çalıştırın. Ekranda CODE veya 0000 yazar.",
  "steps.switch-on.plug": "Kontağı açın ve Plug & Radio'yu çalıştırın. Ekranda CODE veya 0000 yazar.",
  "steps.digit.1": "İlk hanede {digit} görünene kadar {button} numaralı tuşa basın.",
  "steps.digit.2": "İkinci hanede {digit} görünene kadar {button} numaralı tuşa basın.",
  "steps.digit.3": "Üçüncü hanede {digit} görünene kadar {button} numaralı tuşa basın.",
  "steps.digit.4": "Dördüncü hanede {digit} görünene kadar {button} numaralı tuşa basın.",
  "steps.confirm":
    "Radyo bip sesi verene kadar 6 numaralı tuşu (bazı panellerde 5 numaralı tuşu) birkaç saniye basılı tutun — bazı cihazlarda bu, yaklaşık 10 saniyeye kadar sürebilir.",
  "steps.confirm.steering": "Onaylamak için direksiyon kumandasının alt tuşuna basın.",
  "steps.done": "Radyo artık normal şekilde çalmalı.",

  "lockout.title": "Kod kabul edilmezse",
  "lockout.rule":
    "Yanlış koddan sonra radyo bir süre kilitlenir: ilk hatadan sonra 1 dakika, ikinciden sonra 2, ardından 4, 8… süre her seferinde iki katına çıkar — genellikle en fazla 32 dakika, bazı cihazlarda daha uzun.",
  "lockout.keep-on":
    "Ekranda yeniden CODE yazana kadar kontağı ve radyoyu açık tutun. Kapatmak bekleme süresini atlatmaz.",
  "lockout.asked-again":
    "Radyo her tam güç kesintisinden sonra (akü değişimi, takviyeyle çalıştırma, onarım) aynı kodu yeniden ister: kodu güvenli bir yerde saklayın.",
  "lockout.attempt": "{attempt}. yanlış koddan sonra radyo açıkken {duration} bekleyin.",
  "lockout.then": "Ardından kodu dikkatlice, rakam rakam yeniden girin.",
  "lockout.schedule": "Bekleme süreleri: {schedule}",
  "lockout.longer":
    "Bazı cihazlar daha uzun süre kilitli kalır (64 dakikaya kadar bildirildi). Bundan sonra hâlâ CODE LOCK görünüyorsa destekle iletişime geçin.",
  "lockout.longer.no-desk": "Bazı cihazlar daha uzun süre kilitli kalır (64 dakikaya kadar bildirildi).",
  "lockout.reminder-set": "Bekleme bitince size mesaj göndereceğim.",
  "lockout.reminder":
    "{attempt}. yanlış koddan sonraki bekleme süresi doldu: radyonuzda yeniden CODE görünmeli. Şimdi kodu girebilirsiniz.",
  "lockout.reminder.pin": "{precode} için kod: {pin}.",
  "lockout.check-precode":
    "Etiketteki ön kodun harfini ve rakamlarını yeniden kontrol edin — yanlış okunan bir harf farklı bir kod verir.",
  "lockout.summary": "{attempt}. yanlış koddan sonra {duration} bekleyin",
  "lockout.ask":
    "Bu radyoya şimdiye kadar toplam kaç yanlış kod girildi? Sayıya dokunun, ne kadar beklemeniz gerektiğini söyleyeyim.",
  "action.how-many": "Kaç yanlış kod? Seçin",

  "unit.minute.one": "1 dakika",
  "unit.minute.other": "{count} dakika",
  "unit.minute.short": "dk",

  "vin.title": "VIN {vin}",
  "vin.valid": "Bu VIN'in biçimi doğru.",
  "vin.maker": "Üretici kodu {wmi}: {maker}.",
  "vin.maker.dacia": "Automobile Dacia (Romanya)",
  "vin.maker.renault": "Renault (Fransa)",
  "vin.maker.renault-group": "Renault grubu",
  "vin.maker.unknown": "{wmi} üretici kodu, bildiğim Dacia veya Renault kodlarından biri değil.",
  "vin.year": "Model yılı (10. haneden): {year}.",
  "vin.no-pin": "VIN'i radyo koduna çeviren herkese açık bir yöntem yok, bu yüzden size VIN'den kod veremem.",
  "vin.ways.title": "Kodu nasıl alırsınız",
  "vin.way.card": "Araç belgelerindeki C.A.R. (Code Auto Radio) kartında kod yazar.",
  "vin.way.dealer": "Yetkili bayi, aracın size ait olduğunu gösteren bir belgeyle kodu sorgulayabilir.",
  "vin.way.precode": "Ya da radyonun etiketindeki ön kodu bana gönderin, örneğin {example}.",
  "vin.replaced":
    "Radyo daha önce değiştirildiyse VIN kayıtları onunla eşleşmez: yalnızca kendi ön kodu işe yarar.",
  "vin.empty": "17 karakterli VIN'i gönderin, örneğin {example} {vinExample}.",
  "vin.length":
    "Bir VIN tam 17 karakterden oluşur; bunda {length} karakter var. Araç ruhsatından kontrol edin.",
  "vin.characters":
    "VIN'de yalnızca A–Z harfleri (I, O ve Q hariç) ve 0–9 rakamları kullanılır. Şu karakterleri kontrol edin: {found}.",

  "precode.empty": "Radyonuzun etiketindeki ön kodu gönderin: bir harf ve üç rakam, örneğin {example}.",
  "precode.not-found":
    "Orada bir ön kod bulamadım. Ön kod, radyonun etiketinde yazan bir harf ve ardından gelen üç rakamdır (V284 gibi).",
  "precode.not-issued":
    "{precode} gerçek bir ön kod değil: A000–A099 arası kodlar verilmez. Etiketi yeniden kontrol edin — harf veya ilk rakam farklı olabilir.",
  "precode.too-short":
    "{found} çok kısa: ön kod bir harf ve tam üç rakamdan oluşur (V284 gibi). Etiketi yeniden kontrol edin.",
  "precode.too-long":
    "{found} çok uzun: ön kod bir harf ve tam üç rakamdan oluşur (V284 gibi). Seri numarasını kopyalamadığınızdan emin olun.",
  "precode.display":
    "{found}, radyonun ekranında kodunu beklerken görünen yazıdır; ön kod değildir. Ön kod, A–Z arası bir harf ve ardından gelen üç rakamdır (V284 gibi).",
  "precode.no-letter":
    "{found} bir harfle başlamıyor. Ön kod, A–Z arası bir harf ve ardından gelen üç rakamdır (V284 gibi).",
  "precode.several":
    "Birkaç ön kod görüyorum: {precodes}. Radyonuzda hangisi yazıyor? Yalnızca onu gönderin.",
  "precode.non-ascii":
    "{found} yalnızca harf veya rakama benzeyen karakterler içeriyor. Lütfen ön kodu düz Latin harfleri ve rakamlarla yazın (A–Z, 0–9).",
  "precode.suggest": "Bunu mu demek istediniz: {suggestion}?",
  "precode.where":
    "Nerede bulunur? Radyonun kendi etiketinde. Bazı radyolarda 1 ve 6 numaralı tuşları birlikte yaklaşık 2 saniye basılı tutunca ekranda görünür.",

  "action.radio-cd": "Radio CD",
  "action.plug-radio": "Plug & Radio",
  "action.renault-tuner": "Renault tuner",
  "action.steering-wheel": "Direksiyon kumandası",
  "action.wrong-code": "Yanlış kod — ne kadar beklemeliyim?",
  "action.remind-me": "{duration} sonra hatırlat",
  "action.still-refused": "Yine kabul edilmedi ({attempt}. yanlış kod)",
  "action.decode": "{precode} ön kodunu çöz",
  "action.help": "Yardım",

  "chat.unrecognized":
    "Bunu anlayamadım. Radyonuzun etiketindeki ön kodu (V284 gibi) gönderin ya da /help yazın.",
  "chat.choice": "Seçmek için bir numara yazın:",

  "errors.internal":
    "Üzgünüm, benim tarafımda bir sorun oluştu. Lütfen bir dakika sonra yeniden deneyin; sorun devam ederse destekten yardım isteyin.",
  "errors.internal.no-desk":
    "Üzgünüm, benim tarafımda bir sorun oluştu. Lütfen bir dakika sonra yeniden deneyin.",
  "errors.unknown-command": "{command} komutunu tanımıyorum. Neler yapabildiğimi görmek için /help gönderin.",
  "errors.expired-button":
    "Bu düğmenin süresi geçmiş. Yeni düğmeler almak için ön kodunuzu yeniden gönderin.",
  "errors.option-range": "{command} için {min} ile {max} arasında bir tam sayı yazın, örneğin {example}.",
  "errors.option-min": "{command} için en az {min} olan bir tam sayı yazın, örneğin {example}.",
  "errors.denied": "{command} komutunu yalnızca destek ekibi kullanabilir.",
  "chat.voice-hint":
    "Sesli mesajları dinleyemiyor, videoları izleyemiyorum. Radyonuzun etiketindeki ön kodu (bir harf ve üç rakam, V284 gibi) yazın, etiketin fotoğrafını gönderin ya da sorunuzu yazın.",
};
