/** Turkish support messages (siz). Keys and `{placeholders}` must match `en` in `support.ts`. */
import type { SupportMessages } from "./support.js";

export const tr: SupportMessages = {
  "cmd.support.description": "Destek ekibimize ulaşın: bir kişi size burada yanıt verecek",
  "cmd.support.option.message": "Hangi konuda yardıma ihtiyacınız var?",
  "cmd.forget.description": "Bu botun sizinle ilgili sakladığı her şeyi silin",
  "cmd.reply.description": "Ekip: kullanıcıya yanıt verin (adınızı gizlemek için “anonymous” ile başlayın)",
  "cmd.reply.option.text": "Kullanıcıya gidecek mesaj",
  "cmd.close.description": "Ekip: bu talebi şimdi veya bir süre sonra kapatın, isterseniz haber vermeden",
  "cmd.close.option.delay": "Kullanıcı yazmazsa bu süre sonunda kapatın, ör. 10m, 2h, 1d",
  "cmd.close.option.silent": "Kullanıcıya haber vermeden kapatmak için “silent” yazın",
  "cmd.block.description": "Ekip: bu kullanıcının mesajlarını iletmeyi durdurun",
  "cmd.block.option.duration": "Ne kadar süreyle, ör. 2h, 1d, 1w (boş: engel kaldırılana kadar)",
  "cmd.unblock.description": "Ekip: bu kullanıcının mesajlarını yeniden iletin",
  "cmd.snippet.description": "Ekip: kullanıcıya kendi dilinde bir SSS yanıtı gönderin",
  "cmd.snippet.option.id": "SSS kaydının kimliği, ör. where-is-precode",
  "cmd.code.description": "Ekip: kullanıcıya bir ön kod için eksiksiz kod yanıtını gönderin",
  "cmd.code.option.precode": "Kullanıcının radyo etiketindeki ön kod, ör. V284",

  "action.contact-support": "Destekle iletişime geçin",
  "action.forget-confirm": "Evet, verilerimi silin",

  "support.unavailable":
    "Bu botun sizi yönlendirebileceğim bir destek ekibi yok. Radyonun etiketindeki ön kodu (V284 gibi) gönderin, size kodu vereyim; ya da sorunuzu kendi cümlelerinizle sorun. Kod ayrıca araç belgelerindeki C.A.R. kartında yazar; yetkili bayi de aracın size ait olduğunu gösteren bir belgeyle kodu sorgulayabilir.",
  "support.private-only":
    "Destekle iletişime geçmek için lütfen bana özel sohbetten yazın; böylece bilgileriniz sizinle ekibimiz arasında kalır.",
  "support.opened":
    "{ticket} numaralı talebiniz destek ekibimize iletildi. Bir kişi size burada yanıt verecek; bu sohbette yazmaya devam edebilirsiniz.",
  "support.opened.ask":
    "{ticket} numaralı talebiniz açıldı. Lütfen sorununuzu bu sohbette anlatın (radyo etiketinin fotoğrafı işe yarar); ekibimizden biri size burada yanıt verecek.",
  "support.added": "Açık olan {ticket} numaralı talebinize eklendi. Ekibimiz size burada yanıt verecek.",
  "support.already-open":
    "Zaten açık bir talebiniz var ({ticket} numaralı). Buraya yazmanız yeterli: mesajlarınız ekibimize iletilir.",
  "support.sent": "Destek ekibimize iletildi. Size burada yanıt verecekler.",
  "support.files-hint.no-desk":
    "Radyo etiketinin fotoğrafını okuyabilirim, ancak başka dosyaları açamam. Etiketteki ön kodu yazın (bir harf ve üç rakam, örneğin V284), etiketin fotoğrafını gönderin ya da sorunuzu yazın.",
  "support.files-hint":
    "Radyo etiketinin fotoğrafını okuyabilirim, ancak başka dosyaları açamam. Bunları ekibimizden birine göstermek için sorunu birkaç kelimeyle anlatarak /support gönderin, ardından dosyaları tekrar gönderin.",
  "support.reopened": "{ticket} numaralı talebiniz yeniden açıldı: ekibimiz mesajınızı görecek.",
  "support.blocked": "Üzgünüz, mesajlarınız şu anda destek ekibimize iletilemiyor.",
  "support.reply.from": "{name} (destek ekibi)",
  "support.reply.team": "Destek ekibi",
  "support.closed":
    "{ticket} numaralı talebiniz kapatıldı. Başka bir şeye ihtiyacınız olursa buraya yazabilir veya /support komutunu kullanabilirsiniz.",

  "forget.confirm":
    "Bu işlem sizinle ilgili sakladıklarımı siler: diliniz, son ön kodunuz ve kodunuz, hatırlatıcılarınız ve destek taleplerindeki mesajlarınız (açık bir talep kapatılır). Geri alınamaz. Devam edilsin mi?",
  "forget.done": "Tamam: verileriniz silindi.",
  "forget.unavailable": "Burada sizinle ilgili hiçbir şey saklanmıyor.",

  "desk.header.title": "#{ticket} · {platform} · {user}",
  "desk.header.user": "Kullanıcı: {user} ({platform})",
  "desk.header.language": "Dil: {language}",
  "desk.header.precode": "Son ön kod: {precode} → kod {pin}",
  "desk.header.no-precode": "Henüz çözülmüş bir ön kod yok.",
  "desk.header.attempts": "Şimdiye kadar bildirilen yanlış kodlar: {count}",
  "desk.header.vin": "VIN: {vin} (kodu bayi erişimiyle arayın; bot hiçbir zaman VIN'den kod üretmez)",
  "desk.header.source": "Açıldığı yer: {source}",
  "desk.header.recreated":
    "Bu konu, silinmiş bir konunun yerine açıldı. Önceki mesajlar saklanıyor ve dökümde yer alacak.",
  "desk.header.help":
    "Kullanıcıya yanıt vermek için buraya yazın. ! ile başlayan satırlar dahili kalır. Komutlar: /reply anonymous …, /snippet, /code, /close, /block.",
  "desk.source.command": "/support komutu",
  "desk.source.action": "“Destekle iletişime geçin” düğmesi",
  "desk.source.vin": "/vin sonrasındaki “Destekle iletişime geçin” düğmesi",
  "desk.source.follow-up": "{previous} numaralı talep kapatıldıktan sonra gelen yeni bir mesaj",

  "desk.note.unreachable":
    "⚠ İletilmedi: kullanıcıya ulaşılamıyor (botu engellemiş veya özel mesajlarını kapatmış olabilir).",
  "desk.note.delivery-failed": "⚠ Bir hata nedeniyle iletilmedi. Lütfen birazdan tekrar deneyin.",
  "desk.note.close-cancelled": "Planlanan kapatma iptal edildi: kullanıcı yeniden yazdı.",
  "desk.note.reopened": "Talep yeniden açıldı: kullanıcı yeniden yazdı.",
  "desk.note.closed": "Talebi {staff} kapattı.",
  "desk.note.closed-silent": "Talebi {staff} kapattı (kullanıcıya haber verilmedi).",
  "desk.note.forgotten": "Kullanıcı verilerinin silinmesini istedi: bu talep kapatıldı ve anonimleştirildi.",

  "desk.transcript.title": "{ticket} numaralı talebin dökümü ({count} mesaj)",
  "desk.transcript.user": "Kullanıcı",
  "desk.transcript.staff": "Ekip",
  "desk.transcript.note": "Dahili not",
  "desk.transcript.system": "Sistem",
  "desk.transcript.anonymous": "anonim",
  "desk.transcript.files": "Dosyalar: {names}",

  "staff.not-a-ticket": "Bu konu bir destek talebi değil.",
  "staff.ticket-closed": "Bu talep kapalı.",
  "staff.anonymised": "Bu talebin kullanıcısı verilerini sildi: hiçbir şey gönderilemez.",
  "staff.empty": "Gönderilecek bir şey yok: metni komuttan sonra ekleyin.",
  "staff.sent": "Kullanıcıya gönderildi: {text}",
  "staff.sent-anonymous": "Anonim olarak gönderildi: {text}",
  "staff.snippet-unknown": "{id} adında bir SSS kaydı yok.",
  "staff.snippet-unavailable": "SSS kullanılamıyor.",
  "staff.snippet-sent": "{id} SSS yanıtı gönderildi ({language}).",
  "staff.code-invalid": "{precode} geçerli bir ön kod değil (bir harf ve üç rakam, ör. V284).",
  "staff.code-sent": "{precode} için kod yanıtı gönderildi (kod {pin}, {language}).",
  "staff.close-scheduled": "Kullanıcı yazmazsa bu talep {delay} sonra kapanacak.",
  "staff.close-scheduled-silent": "Kullanıcı yazmazsa bu talep {delay} sonra kapanacak (haber verilmeden).",
  "staff.bad-duration": "{value} bir süre olarak anlaşılamadı. Örneğin 10m, 2h, 1d veya 1w kullanın.",
  "staff.blocked-until": "{staff} bu kullanıcıyı {until} tarihine kadar engelledi. Mesajları iletilmiyor.",
  "staff.blocked-forever": "{staff} bu kullanıcıyı engel kaldırılana kadar engelledi. Mesajları iletilmiyor.",
  "staff.unblocked": "{staff} bu kullanıcının engelini kaldırdı.",
  "staff.not-blocked": "Bu kullanıcı engelli değildi.",
};
