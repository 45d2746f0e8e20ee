/**
 * Label photos and faceplate pictures: what the bot says about a photo of the radio's label, and
 * the words drawn on the faceplate picture. Every language here; `{placeholders}` must match.
 */
import { defineMessages } from "../define.js";

const en = {
  "label.title": "Pre-code from your photo",
  "label.confirm": "I read the pre-code {precode} on your photo. Is it {precode}?",
  "label.lookalike": "On photos {letter} and {other} look alike: check the letter on the label.",
  "label.unsure": "I am not sure what your label says. Is it one of these? Tap the right one.",
  "label.none": "I could not find a pre-code on this photo.",
  "label.display": "This looks like the radio's display, not its label.",
  "label.type-it": "Type the pre-code from the label: one letter and three digits, e.g. V284.",
  "label.tip":
    "Tip for a better photo: hold the phone straight above the label, close enough that the label fills most of the picture, in good light without flash glare, and keep it sharp.",
  "label.medianav":
    "This looks like a MediaNav touchscreen unit. Its code works differently: please contact support.",
  "label.medianav.no-desk":
    "This looks like a MediaNav touchscreen unit. Its code works differently, and I can't give a code for it. The official ways to a radio code are the C.A.R. card in the vehicle documents, or a dealer, who can look it up with proof of ownership.",
  "label.no": "All right. Type the pre-code exactly as it is printed on the label, e.g. V284.",
  "label.too-large": "This image is too large (over {maxMb} MB). Send a smaller photo of the label.",
  "label.too-many-pixels": "This image has too many pixels (over {maxMp} megapixels). Send a smaller photo.",
  "label.unreadable": "I could not open this file as an image. Send a JPEG or PNG photo of the label.",
  "label.timeout": "Reading this photo took too long. Send a closer, sharper photo, or type the pre-code.",
  "action.label.yes": "Yes, decode",
  "action.label.no": "No",
  "faceplate.hold": "hold",
  "faceplate.caption": "Code {pin}: buttons 1–4 pressed as marked, then hold the red button.",
  "cmd.dokker.option.photo": "Or a photo of the radio's label: I read the pre-code on it",
} as const;

export type ImagesMessages = Record<keyof typeof en, string>;

const fr: ImagesMessages = {
  "label.title": "Pré-code de votre photo",
  "label.confirm": "J'ai lu le pré-code {precode} sur votre photo. Est-ce bien {precode} ?",
  "label.lookalike":
    "Sur une photo, {letter} et {other} se ressemblent : vérifiez la lettre sur l'étiquette.",
  "label.unsure": "Je ne suis pas sûr de ce qu'indique l'étiquette. Est-ce l'un de ceux-ci ? Touchez le bon.",
  "label.none": "Je n'ai pas trouvé de pré-code sur cette photo.",
  "label.display": "On dirait l'écran de l'autoradio, pas son étiquette.",
  "label.type-it": "Tapez le pré-code de l'étiquette : une lettre et trois chiffres, par ex. V284.",
  "label.tip":
    "Conseil pour une meilleure photo : tenez le téléphone bien au-dessus de l'étiquette, assez près pour qu'elle remplisse presque toute l'image, avec une bonne lumière sans reflet du flash, et une image nette.",
  "label.medianav":
    "Cela ressemble à un écran tactile MediaNav. Son code fonctionne autrement : veuillez contacter l'assistance.",
  "label.medianav.no-desk":
    "Cela ressemble à un écran tactile MediaNav. Son code fonctionne autrement et je ne peux pas vous le donner. Les voies officielles vers un code radio sont la carte C.A.R. dans les documents du véhicule, ou un concessionnaire, qui peut le retrouver sur présentation d'un justificatif de propriété.",
  "label.no": "D'accord. Tapez le pré-code exactement comme il est imprimé sur l'étiquette, par ex. V284.",
  "label.too-large":
    "Cette image est trop grande (plus de {maxMb} Mo). Envoyez une photo plus petite de l'étiquette.",
  "label.too-many-pixels":
    "Cette image a trop de pixels (plus de {maxMp} mégapixels). Envoyez une photo plus petite.",
  "label.unreadable":
    "Je n'ai pas pu ouvrir ce fichier comme image. Envoyez une photo JPEG ou PNG de l'étiquette.",
  "label.timeout":
    "La lecture de cette photo a pris trop de temps. Envoyez une photo plus proche et plus nette, ou tapez le pré-code.",
  "action.label.yes": "Oui, décoder",
  "action.label.no": "Non",
  "faceplate.hold": "maintenir",
  "faceplate.caption": "Code {pin} : boutons 1 à 4 appuyés comme indiqué, puis maintenez le bouton rouge.",
  "cmd.dokker.option.photo": "Ou une photo de l'étiquette de l'autoradio : j'y lis le pré-code",
};

const de: ImagesMessages = {
  "label.title": "Vorcode aus Ihrem Foto",
  "label.confirm": "Ich habe auf Ihrem Foto den Vorcode {precode} gelesen. Ist es {precode}?",
  "label.lookalike":
    "Auf Fotos sehen {letter} und {other} ähnlich aus: Prüfen Sie den Buchstaben auf dem Etikett.",
  "label.unsure":
    "Ich bin nicht sicher, was auf dem Etikett steht. Ist es einer von diesen? Tippen Sie auf den richtigen.",
  "label.none": "Ich konnte auf diesem Foto keinen Vorcode finden.",
  "label.display": "Das sieht nach dem Display des Radios aus, nicht nach seinem Etikett.",
  "label.type-it": "Geben Sie den Vorcode vom Etikett ein: ein Buchstabe und drei Ziffern, z. B. V284.",
  "label.tip":
    "Tipp für ein besseres Foto: Halten Sie das Telefon gerade über das Etikett, so nah, dass es fast das ganze Bild füllt, bei gutem Licht ohne Blitzreflex, und achten Sie auf Schärfe.",
  "label.medianav":
    "Das sieht nach einem MediaNav-Touchscreen aus. Dessen Code funktioniert anders: Bitte wenden Sie sich an den Support.",
  "label.medianav.no-desk":
    "Das sieht nach einem MediaNav-Touchscreen aus. Dessen Code funktioniert anders, und ich kann ihn Ihnen nicht nennen. Die offiziellen Wege zum Radiocode sind die C.A.R.-Karte in den Fahrzeugunterlagen oder ein Händler, der ihn mit einem Eigentumsnachweis nachschlagen kann.",
  "label.no": "In Ordnung. Geben Sie den Vorcode genau so ein, wie er auf dem Etikett steht, z. B. V284.",
  "label.too-large": "Dieses Bild ist zu groß (über {maxMb} MB). Senden Sie ein kleineres Foto des Etiketts.",
  "label.too-many-pixels":
    "Dieses Bild hat zu viele Pixel (über {maxMp} Megapixel). Senden Sie ein kleineres Foto.",
  "label.unreadable":
    "Ich konnte diese Datei nicht als Bild öffnen. Senden Sie ein JPEG- oder PNG-Foto des Etiketts.",
  "label.timeout":
    "Das Lesen dieses Fotos hat zu lange gedauert. Senden Sie ein näheres, schärferes Foto oder geben Sie den Vorcode ein.",
  "action.label.yes": "Ja, entschlüsseln",
  "action.label.no": "Nein",
  "faceplate.hold": "halten",
  "faceplate.caption": "Code {pin}: Tasten 1–4 wie markiert drücken, dann die rote Taste gedrückt halten.",
  "cmd.dokker.option.photo": "Oder ein Foto vom Etikett des Radios: ich lese den Vorcode darauf",
};

const es: ImagesMessages = {
  "label.title": "Precódigo de su foto",
  "label.confirm": "He leído el precódigo {precode} en su foto. ¿Es {precode}?",
  "label.lookalike": "En las fotos, la {letter} y la {other} se parecen: compruebe la letra en la etiqueta.",
  "label.unsure": "No estoy seguro de lo que dice la etiqueta. ¿Es uno de estos? Toque el correcto.",
  "label.none": "No he encontrado ningún precódigo en esta foto.",
  "label.display": "Parece la pantalla de la radio, no su etiqueta.",
  "label.type-it": "Escriba el precódigo de la etiqueta: una letra y tres cifras, p. ej. V284.",
  "label.tip":
    "Consejo para una foto mejor: sostenga el teléfono recto sobre la etiqueta, lo bastante cerca para que ocupe casi toda la imagen, con buena luz sin reflejo del flash, y que salga nítida.",
  "label.medianav":
    "Parece una unidad táctil MediaNav. Su código funciona de otra manera: póngase en contacto con el soporte.",
  "label.medianav.no-desk":
    "Parece una unidad táctil MediaNav. Su código funciona de otra manera y no puedo dárselo. Las vías oficiales para obtener un código de radio son la tarjeta C.A.R. de la documentación del vehículo o un concesionario, que puede consultarlo si usted acredita que es el propietario.",
  "label.no": "De acuerdo. Escriba el precódigo tal como está impreso en la etiqueta, p. ej. V284.",
  "label.too-large":
    "Esta imagen es demasiado grande (más de {maxMb} MB). Envíe una foto más pequeña de la etiqueta.",
  "label.too-many-pixels":
    "Esta imagen tiene demasiados píxeles (más de {maxMp} megapíxeles). Envíe una foto más pequeña.",
  "label.unreadable":
    "No he podido abrir este archivo como imagen. Envíe una foto JPEG o PNG de la etiqueta.",
  "label.timeout":
    "Leer esta foto ha tardado demasiado. Envíe una foto más cercana y nítida, o escriba el precódigo.",
  "action.label.yes": "Sí, decodificar",
  "action.label.no": "No",
  "faceplate.hold": "mantener",
  "faceplate.caption": "Código {pin}: pulse los botones 1–4 como se indica y mantenga pulsado el botón rojo.",
  "cmd.dokker.option.photo": "O una foto de la etiqueta de la radio: leo en ella el precódigo",
};

const ro: ImagesMessages = {
  "label.title": "Precodul din fotografia dumneavoastră",
  "label.confirm": "Am citit precodul {precode} în fotografia dumneavoastră. Este {precode}?",
  "label.lookalike": "În fotografii, {letter} și {other} seamănă: verificați litera de pe etichetă.",
  "label.unsure": "Nu sunt sigur ce scrie pe etichetă. Este unul dintre acestea? Atingeți-l pe cel corect.",
  "label.none": "Nu am găsit niciun precod în această fotografie.",
  "label.display": "Pare a fi ecranul radioului, nu eticheta lui.",
  "label.type-it": "Scrieți precodul de pe etichetă: o literă și trei cifre, de ex. V284.",
  "label.tip":
    "Sfat pentru o fotografie mai bună: țineți telefonul drept deasupra etichetei, destul de aproape încât eticheta să umple aproape toată imaginea, în lumină bună fără reflexia blițului, și clară.",
  "label.medianav":
    "Pare a fi o unitate MediaNav cu ecran tactil. Codul ei funcționează altfel: vă rugăm să contactați asistența.",
  "label.medianav.no-desk":
    "Pare a fi o unitate MediaNav cu ecran tactil. Codul ei funcționează altfel și nu vi-l pot da. Căile oficiale către un cod radio sunt cardul C.A.R. din documentele vehiculului sau un dealer, care îl poate căuta dacă prezentați o dovadă a proprietății.",
  "label.no": "Bine. Scrieți precodul exact cum este tipărit pe etichetă, de ex. V284.",
  "label.too-large":
    "Această imagine este prea mare (peste {maxMb} MB). Trimiteți o fotografie mai mică a etichetei.",
  "label.too-many-pixels":
    "Această imagine are prea mulți pixeli (peste {maxMp} megapixeli). Trimiteți o fotografie mai mică.",
  "label.unreadable":
    "Nu am putut deschide acest fișier ca imagine. Trimiteți o fotografie JPEG sau PNG a etichetei.",
  "label.timeout":
    "Citirea acestei fotografii a durat prea mult. Trimiteți o fotografie mai de aproape și mai clară sau scrieți precodul.",
  "action.label.yes": "Da, decodați",
  "action.label.no": "Nu",
  "faceplate.hold": "țineți",
  "faceplate.caption": "Cod {pin}: apăsați butoanele 1–4 cum este marcat, apoi țineți apăsat butonul roșu.",
  "cmd.dokker.option.photo": "Sau o fotografie a etichetei radioului: citesc precodul de pe ea",
};

const tr: ImagesMessages = {
  "label.title": "Fotoğrafınızdaki ön kod",
  "label.confirm": "Fotoğrafınızda {precode} ön kodunu okudum. {precode} mi?",
  "label.lookalike": "Fotoğraflarda {letter} ile {other} birbirine benzer: etiketteki harfi kontrol edin.",
  "label.unsure": "Etikette ne yazdığından emin değilim. Bunlardan biri mi? Doğru olana dokunun.",
  "label.none": "Bu fotoğrafta bir ön kod bulamadım.",
  "label.display": "Bu radyonun ekranı gibi görünüyor, etiketi değil.",
  "label.type-it": "Etiketteki ön kodu yazın: bir harf ve üç rakam, ör. V284.",
  "label.tip":
    "Daha iyi bir fotoğraf için: telefonu etiketin tam üstünde, etiket görüntünün çoğunu dolduracak kadar yakın tutun; flaş yansıması olmadan iyi ışıkta ve net çekin.",
  "label.medianav":
    "Bu bir MediaNav dokunmatik ünite gibi görünüyor. Kodu farklı çalışır: lütfen destek ekibiyle iletişime geçin.",
  "label.medianav.no-desk":
    "Bu bir MediaNav dokunmatik ünite gibi görünüyor. Kodu farklı çalışır ve size bu kodu veremem. Radyo koduna ulaşmanın resmî yolları, araç belgelerindeki C.A.R. kartı ya da aracın size ait olduğunu gösteren bir belgeyle kodu sorgulayabilen yetkili bayidir.",
  "label.no": "Tamam. Ön kodu etikette basılı olduğu gibi yazın, ör. V284.",
  "label.too-large": "Bu görüntü çok büyük ({maxMb} MB üzeri). Etiketin daha küçük bir fotoğrafını gönderin.",
  "label.too-many-pixels":
    "Bu görüntüde çok fazla piksel var ({maxMp} megapikselden fazla). Daha küçük bir fotoğraf gönderin.",
  "label.unreadable": "Bu dosyayı görüntü olarak açamadım. Etiketin JPEG veya PNG fotoğrafını gönderin.",
  "label.timeout":
    "Bu fotoğrafı okumak çok uzun sürdü. Daha yakından, daha net bir fotoğraf gönderin veya ön kodu yazın.",
  "action.label.yes": "Evet, çöz",
  "action.label.no": "Hayır",
  "faceplate.hold": "basılı tut",
  "faceplate.caption":
    "Kod {pin}: 1–4 düğmelerine işaretlendiği gibi basın, sonra kırmızı düğmeyi basılı tutun.",
  "cmd.dokker.option.photo": "Ya da radyo etiketinin fotoğrafı: ön kodu üzerinden okurum",
};

export const images = defineMessages({ en, fr, de, es, ro, tr });
