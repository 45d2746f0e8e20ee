/** FAQ and language messages in every language. */
import { defineMessages } from "../define.js";

const en = {
  "faq.precode-button": "Did you mean {precode}?",
  "smalltalk.thanks":
    "You're welcome! Keep the code somewhere safe: the radio asks for it again after every battery change. If it still doesn't work, send me the pre-code again or ask a person from support.",
  "smalltalk.bye":
    "Goodbye, and good luck with the radio! Come back any time with the pre-code from its label.",
  "smalltalk.ack": "👍 I'm here if you need anything else: send a pre-code (like V284) or ask a question.",
  "cmd.teach.description": "Staff: remember this ticket's question as a way of asking an FAQ entry",
  "cmd.teach.option.id": "FAQ entry id, e.g. where-is-precode",
  "cmd.learned.description": "Staff: list the learned FAQ phrasings, or remove one",
  "cmd.learned.option.remove": "Number of the learned phrasing to remove",
  "faq.learned-saved": 'Learned: "{question}" ({language}) now leads to {id}.',
  "faq.learned-no-question": "This ticket has no question from the user to learn from.",
  "faq.learned-unknown": "There is no FAQ entry {id}.",
  "faq.learned-list": "Learned phrasings (remove one with /learned <number>):",
  "faq.learned-empty": "No learned phrasings yet. Answer a ticket with /snippet or /teach to add one.",
  "faq.learned-removed": "Removed learned phrasing {number}.",
  "faq.learned-not-found": "There is no learned phrasing {number}.",
  "faq.learning-unavailable": "Learning FAQ phrasings needs the bot's database, which is not available here.",
  "cmd.faq.description": "Ask a question about radio codes in your own words",
  "cmd.faq.option.question": "Your question, e.g. where is the pre-code?",
  "cmd.language.description": "Choose the language I answer in",
  "cmd.language.option.language": "Language code: en, fr, de, es, ro or tr",
  "faq.unsure": "I'm not sure I understood. Did you mean one of these?",
  "faq.send-precode":
    "To get your radio's code, send me the pre-code from the radio's label: one letter and three digits, for example V284.",
  "faq.unsure.or": "Or did you mean one of these?",
  "faq.none":
    "I don't have an answer for that. Send the pre-code from your radio's label (like V284), pick a common question below, or ask a person from support.",
  "faq.none.no-desk":
    "I don't have an answer for that. Send the pre-code from your radio's label (like V284) or pick a common question below.",
  "smalltalk.thanks.no-desk":
    "You're welcome! Keep the code somewhere safe: the radio asks for it again after every battery change. If it still doesn't work, send me the pre-code again.",
  "smalltalk.thanks.no-code":
    "You're welcome! When you have the pre-code from the radio's label (one letter and three digits, like {example}), send it to me and I'll give you the code.",
  "faq.topics": "Common questions — pick one, or just ask in your own words:",
  "faq.related": "Related:",
  "language.choose": "Choose your language:",
  "language.set": "Done: I'll answer in English from now on.",
  "language.unknown": "I don't know the language {language}. Choose one of these:",
  "language.other":
    "I can't read that language yet. I answer in English, français, Deutsch, español, română and Türkçe: write in one of them, or choose below. To get your radio's code, just send the pre-code from the radio's label: one letter and three digits, like V284.",
} as const;

export type FaqMessages = Record<keyof typeof en, string>;

const fr: FaqMessages = {
  "faq.precode-button": "Vouliez-vous dire {precode} ?",
  "smalltalk.thanks":
    "Avec plaisir ! Gardez le code en lieu sûr : l'autoradio le redemande après chaque changement de batterie. Si ça ne marche toujours pas, renvoyez-moi le pré-code ou demandez à une personne du support.",
  "smalltalk.bye": "Au revoir et bonne route ! Revenez quand vous voulez avec le pré-code de l'étiquette.",
  "smalltalk.ack":
    "👍 Je suis là si vous avez besoin d'autre chose : envoyez un pré-code (comme V284) ou posez une question.",
  "cmd.teach.description":
    "Support : retenir la question de ce ticket comme formulation d'une entrée de la FAQ",
  "cmd.teach.option.id": "Identifiant de l'entrée, par ex. where-is-precode",
  "cmd.learned.description": "Support : lister les formulations apprises de la FAQ, ou en supprimer une",
  "cmd.learned.option.remove": "Numéro de la formulation apprise à supprimer",
  "faq.learned-saved": "Appris : « {question} » ({language}) mène désormais à {id}.",
  "faq.learned-no-question": "Ce ticket ne contient aucune question de l'utilisateur à apprendre.",
  "faq.learned-unknown": "Il n'y a pas d'entrée de FAQ {id}.",
  "faq.learned-list": "Formulations apprises (supprimez-en une avec /learned <numéro>) :",
  "faq.learned-empty":
    "Aucune formulation apprise pour l'instant. Répondez à un ticket avec /snippet ou /teach pour en ajouter une.",
  "faq.learned-removed": "Formulation apprise {number} supprimée.",
  "faq.learned-not-found": "Il n'y a pas de formulation apprise {number}.",
  "faq.learning-unavailable":
    "L'apprentissage de formulations nécessite la base de données du bot, indisponible ici.",
  "cmd.faq.description": "Posez une question sur les codes autoradio avec vos propres mots",
  "cmd.faq.option.question": "Votre question, par ex. où est le pré-code ?",
  "cmd.language.description": "Choisir la langue de mes réponses",
  "cmd.language.option.language": "Code de langue : en, fr, de, es, ro ou tr",
  "faq.unsure": "Je ne suis pas sûr d'avoir compris. Vouliez-vous dire l'une de ces questions ?",
  "faq.send-precode":
    "Pour obtenir le code de votre autoradio, envoyez-moi le pré-code inscrit sur son étiquette : une lettre et trois chiffres, par exemple V284.",
  "faq.unsure.or": "Ou vouliez-vous dire l'une de ces questions ?",
  "faq.none":
    "Je n'ai pas de réponse à cela. Envoyez le pré-code inscrit sur l'étiquette de votre radio (comme V284), choisissez une question fréquente ci-dessous, ou demandez à une personne du support.",
  "faq.none.no-desk":
    "Je n'ai pas de réponse à cela. Envoyez le pré-code inscrit sur l'étiquette de votre radio (comme V284) ou choisissez une question fréquente ci-dessous.",
  "smalltalk.thanks.no-desk":
    "Avec plaisir ! Gardez le code en lieu sûr : l'autoradio le redemande après chaque changement de batterie. Si ça ne marche toujours pas, renvoyez-moi le pré-code.",
  "smalltalk.thanks.no-code":
    "Avec plaisir ! Quand vous aurez le pré-code de l'étiquette de l'autoradio (une lettre et trois chiffres, comme {example}), envoyez-le-moi et je vous donnerai le code.",
  "faq.topics": "Questions fréquentes — choisissez-en une, ou posez simplement votre question :",
  "faq.related": "Voir aussi :",
  "language.choose": "Choisissez votre langue :",
  "language.set": "C'est fait : je vous répondrai désormais en français.",
  "language.unknown": "Je ne connais pas la langue {language}. Choisissez l'une de celles-ci :",
  "language.other":
    "Je ne lis pas encore cette langue. Je réponds en English, français, Deutsch, español, română et Türkçe : écrivez dans l'une d'elles ou choisissez ci-dessous. Pour obtenir le code de votre autoradio, envoyez simplement le pré-code de l'étiquette de la radio : une lettre et trois chiffres, comme V284.",
};

const de: FaqMessages = {
  "faq.precode-button": "Meinten Sie {precode}?",
  "smalltalk.thanks":
    "Gern geschehen! Bewahren Sie den Code gut auf: Das Radio fragt nach jedem Batteriewechsel wieder danach. Klappt es noch nicht, schicken Sie mir den Vorcode noch einmal oder fragen Sie eine Person vom Support.",
  "smalltalk.bye": "Auf Wiedersehen und gute Fahrt! Kommen Sie jederzeit mit dem Vorcode vom Etikett wieder.",
  "smalltalk.ack":
    "👍 Ich bin da, wenn Sie noch etwas brauchen: Senden Sie einen Vorcode (z. B. V284) oder stellen Sie eine Frage.",
  "cmd.teach.description": "Support: die Frage dieses Tickets als Formulierung eines FAQ-Eintrags merken",
  "cmd.teach.option.id": "ID des FAQ-Eintrags, z. B. where-is-precode",
  "cmd.learned.description": "Support: gelernte FAQ-Formulierungen anzeigen oder eine entfernen",
  "cmd.learned.option.remove": "Nummer der gelernten Formulierung, die entfernt werden soll",
  "faq.learned-saved": "Gelernt: „{question}“ ({language}) führt jetzt zu {id}.",
  "faq.learned-no-question": "Dieses Ticket enthält keine Frage des Nutzers, aus der gelernt werden kann.",
  "faq.learned-unknown": "Es gibt keinen FAQ-Eintrag {id}.",
  "faq.learned-list": "Gelernte Formulierungen (entfernen mit /learned <Nummer>):",
  "faq.learned-empty":
    "Noch keine gelernten Formulierungen. Beantworten Sie ein Ticket mit /snippet oder /teach, um eine hinzuzufügen.",
  "faq.learned-removed": "Gelernte Formulierung {number} entfernt.",
  "faq.learned-not-found": "Es gibt keine gelernte Formulierung {number}.",
  "faq.learning-unavailable":
    "Zum Lernen von Formulierungen braucht der Bot seine Datenbank, die hier nicht verfügbar ist.",
  "cmd.faq.description": "Stellen Sie eine Frage zu Radiocodes in Ihren eigenen Worten",
  "cmd.faq.option.question": "Ihre Frage, z. B. wo ist der Vorcode?",
  "cmd.language.description": "Sprache meiner Antworten wählen",
  "cmd.language.option.language": "Sprachcode: en, fr, de, es, ro oder tr",
  "faq.unsure": "Ich bin nicht sicher, ob ich Sie verstanden habe. Meinten Sie eine dieser Fragen?",
  "faq.send-precode":
    "Um den Code Ihres Radios zu bekommen, senden Sie mir den Vorcode vom Etikett des Radios: einen Buchstaben und drei Ziffern, zum Beispiel V284.",
  "faq.unsure.or": "Oder meinten Sie eine dieser Fragen?",
  "faq.none":
    "Darauf habe ich keine Antwort. Senden Sie den Vorcode vom Etikett Ihres Radios (z. B. V284), wählen Sie unten eine häufige Frage oder fragen Sie eine Person vom Support.",
  "faq.none.no-desk":
    "Darauf habe ich keine Antwort. Senden Sie den Vorcode vom Etikett Ihres Radios (z. B. V284) oder wählen Sie unten eine häufige Frage.",
  "smalltalk.thanks.no-desk":
    "Gern geschehen! Bewahren Sie den Code gut auf: Das Radio fragt nach jedem Batteriewechsel wieder danach. Klappt es noch nicht, schicken Sie mir den Vorcode noch einmal.",
  "smalltalk.thanks.no-code":
    "Gern geschehen! Sobald Sie den Vorcode vom Etikett des Radios haben (ein Buchstabe und drei Ziffern, z. B. {example}), schicken Sie ihn mir, und ich nenne Ihnen den Code.",
  "faq.topics": "Häufige Fragen — wählen Sie eine aus oder fragen Sie einfach in Ihren eigenen Worten:",
  "faq.related": "Siehe auch:",
  "language.choose": "Wählen Sie Ihre Sprache:",
  "language.set": "Erledigt: Ich antworte Ihnen ab jetzt auf Deutsch.",
  "language.unknown": "Die Sprache {language} kenne ich nicht. Wählen Sie eine dieser Sprachen:",
  "language.other":
    "Diese Sprache kann ich noch nicht lesen. Ich antworte auf English, français, Deutsch, español, română und Türkçe: Schreiben Sie in einer davon oder wählen Sie unten. Für den Code Ihres Radios senden Sie einfach den Vorcode vom Aufkleber des Radios: ein Buchstabe und drei Ziffern, z. B. V284.",
};

const es: FaqMessages = {
  "faq.precode-button": "¿Quería decir {precode}?",
  "smalltalk.thanks":
    "¡De nada! Guarde el código en un lugar seguro: la radio lo vuelve a pedir después de cada cambio de batería. Si aún no funciona, envíeme de nuevo el precódigo o pregunte a una persona de soporte.",
  "smalltalk.bye": "¡Adiós y buen viaje! Vuelva cuando quiera con el precódigo de la etiqueta.",
  "smalltalk.ack": "👍 Aquí estoy si necesita algo más: envíe un precódigo (como V284) o haga una pregunta.",
  "cmd.teach.description":
    "Soporte: recordar la pregunta de este ticket como forma de preguntar una entrada de la FAQ",
  "cmd.teach.option.id": "Id de la entrada de la FAQ, p. ej. where-is-precode",
  "cmd.learned.description": "Soporte: ver las formulaciones aprendidas de la FAQ, o quitar una",
  "cmd.learned.option.remove": "Número de la formulación aprendida que desea quitar",
  "faq.learned-saved": "Aprendido: «{question}» ({language}) lleva ahora a {id}.",
  "faq.learned-no-question": "Este ticket no tiene ninguna pregunta del usuario de la que aprender.",
  "faq.learned-unknown": "No existe la entrada de FAQ {id}.",
  "faq.learned-list": "Formulaciones aprendidas (quite una con /learned <número>):",
  "faq.learned-empty":
    "Aún no hay formulaciones aprendidas. Responda a un ticket con /snippet o /teach para añadir una.",
  "faq.learned-removed": "Formulación aprendida {number} eliminada.",
  "faq.learned-not-found": "No existe la formulación aprendida {number}.",
  "faq.learning-unavailable":
    "Aprender formulaciones necesita la base de datos del bot, que aquí no está disponible.",
  "cmd.faq.description": "Hacer una pregunta sobre códigos de radio con sus propias palabras",
  "cmd.faq.option.question": "Su pregunta, p. ej. ¿dónde está el precódigo?",
  "cmd.language.description": "Elegir el idioma de mis respuestas",
  "cmd.language.option.language": "Código de idioma: en, fr, de, es, ro o tr",
  "faq.unsure": "No estoy seguro de haberle entendido. ¿Quería decir una de estas?",
  "faq.send-precode":
    "Para obtener el código de su radio, envíeme el precódigo de la etiqueta de la radio: una letra y tres cifras, por ejemplo V284.",
  "faq.unsure.or": "¿O quería decir una de estas?",
  "faq.none":
    "No tengo respuesta para eso. Envíe el precódigo de la etiqueta de su radio (como V284), elija una pregunta frecuente abajo o pregunte a una persona de soporte.",
  "faq.none.no-desk":
    "No tengo respuesta para eso. Envíe el precódigo de la etiqueta de su radio (como V284) o elija una pregunta frecuente abajo.",
  "smalltalk.thanks.no-desk":
    "¡De nada! Guarde el código en un lugar seguro: la radio lo vuelve a pedir después de cada cambio de batería. Si aún no funciona, envíeme de nuevo el precódigo.",
  "smalltalk.thanks.no-code":
    "¡De nada! Cuando tenga el precódigo de la etiqueta de la radio (una letra y tres cifras, como {example}), envíemelo y le daré el código.",
  "faq.topics": "Preguntas frecuentes — elija una o pregunte con sus propias palabras:",
  "faq.related": "Ver también:",
  "language.choose": "Elija su idioma:",
  "language.set": "Hecho: a partir de ahora le responderé en español.",
  "language.unknown": "No conozco el idioma {language}. Elija uno de estos:",
  "language.other":
    "Todavía no puedo leer ese idioma. Respondo en English, français, Deutsch, español, română y Türkçe: escriba en uno de ellos o elija abajo. Para obtener el código de su radio, envíe simplemente el precódigo de la etiqueta de la radio: una letra y tres cifras, como V284.",
};

const ro: FaqMessages = {
  "faq.precode-button": "V-ați referit la {precode}?",
  "smalltalk.thanks":
    "Cu plăcere! Păstrați codul într-un loc sigur: radioul îl cere din nou după fiecare schimbare a bateriei. Dacă tot nu merge, trimiteți-mi din nou precodul sau întrebați o persoană de la suport.",
  "smalltalk.bye": "La revedere și drum bun! Reveniți oricând cu precodul de pe etichetă.",
  "smalltalk.ack":
    "👍 Sunt aici dacă mai aveți nevoie de ceva: trimiteți un precod (de exemplu V284) sau puneți o întrebare.",
  "cmd.teach.description": "Suport: rețineți întrebarea acestui tichet ca formulare a unei intrări din FAQ",
  "cmd.teach.option.id": "Id-ul intrării din FAQ, de ex. where-is-precode",
  "cmd.learned.description": "Suport: listați formulările învățate din FAQ sau ștergeți una",
  "cmd.learned.option.remove": "Numărul formulării învățate de șters",
  "faq.learned-saved": "Învățat: „{question}” ({language}) duce acum la {id}.",
  "faq.learned-no-question": "Acest tichet nu are nicio întrebare a utilizatorului din care să învăț.",
  "faq.learned-unknown": "Nu există intrarea FAQ {id}.",
  "faq.learned-list": "Formulări învățate (ștergeți una cu /learned <număr>):",
  "faq.learned-empty":
    "Încă nu există formulări învățate. Răspundeți la un tichet cu /snippet sau /teach ca să adăugați una.",
  "faq.learned-removed": "Formularea învățată {number} a fost ștearsă.",
  "faq.learned-not-found": "Nu există formularea învățată {number}.",
  "faq.learning-unavailable":
    "Învățarea formulărilor are nevoie de baza de date a botului, care nu este disponibilă aici.",
  "cmd.faq.description": "Puneți o întrebare despre codurile radio, cu propriile cuvinte",
  "cmd.faq.option.question": "Întrebarea dumneavoastră, de ex. unde este precodul?",
  "cmd.language.description": "Alegeți limba în care vă răspund",
  "cmd.language.option.language": "Codul limbii: en, fr, de, es, ro sau tr",
  "faq.unsure": "Nu sunt sigur că am înțeles. Vă referiți la una dintre acestea?",
  "faq.send-precode":
    "Pentru codul radioului, trimiteți-mi precodul de pe eticheta radioului: o literă și trei cifre, de exemplu V284.",
  "faq.unsure.or": "Sau vă referiți la una dintre acestea?",
  "faq.none":
    "Nu am un răspuns la asta. Trimiteți precodul de pe eticheta radioului (de exemplu V284), alegeți mai jos o întrebare frecventă sau întrebați o persoană de la suport.",
  "faq.none.no-desk":
    "Nu am un răspuns la asta. Trimiteți precodul de pe eticheta radioului (de exemplu V284) sau alegeți mai jos o întrebare frecventă.",
  "smalltalk.thanks.no-desk":
    "Cu plăcere! Păstrați codul într-un loc sigur: radioul îl cere din nou după fiecare schimbare a bateriei. Dacă tot nu merge, trimiteți-mi din nou precodul.",
  "smalltalk.thanks.no-code":
    "Cu plăcere! Când aveți precodul de pe eticheta radioului (o literă și trei cifre, de exemplu {example}), trimiteți-mi-l și vă dau codul.",
  "faq.topics": "Întrebări frecvente — alegeți una sau întrebați cu propriile cuvinte:",
  "faq.related": "Vedeți și:",
  "language.choose": "Alegeți limba:",
  "language.set": "Gata: de acum vă voi răspunde în română.",
  "language.unknown": "Nu cunosc limba {language}. Alegeți una dintre acestea:",
  "language.other":
    "Nu pot citi încă această limbă. Răspund în English, français, Deutsch, español, română și Türkçe: scrieți în una dintre ele sau alegeți mai jos. Pentru codul radioului, trimiteți pur și simplu precodul de pe eticheta radioului: o literă și trei cifre, de exemplu V284.",
};

const tr: FaqMessages = {
  "faq.precode-button": "{precode} mi demek istediniz?",
  "smalltalk.thanks":
    "Rica ederim! Kodu güvenli bir yerde saklayın: radyo her akü değişiminden sonra onu yeniden sorar. Hâlâ çalışmıyorsa ön kodu bana tekrar gönderin ya da destek ekibinden birine sorun.",
  "smalltalk.bye": "Hoşça kalın, iyi yolculuklar! Etiketteki ön kodla istediğiniz zaman tekrar gelin.",
  "smalltalk.ack":
    "👍 Başka bir şeye ihtiyacınız olursa buradayım: bir ön kod gönderin (örneğin V284) ya da bir soru sorun.",
  "cmd.teach.description": "Destek: bu talepteki soruyu bir SSS girdisinin soruluş biçimi olarak kaydedin",
  "cmd.teach.option.id": "SSS girdisinin kimliği, ör. where-is-precode",
  "cmd.learned.description": "Destek: öğrenilen SSS ifadelerini listeleyin ya da birini silin",
  "cmd.learned.option.remove": "Silinecek öğrenilmiş ifadenin numarası",
  "faq.learned-saved": 'Öğrenildi: "{question}" ({language}) artık {id} girdisine gidiyor.',
  "faq.learned-no-question": "Bu talepte öğrenilecek bir kullanıcı sorusu yok.",
  "faq.learned-unknown": "{id} adında bir SSS girdisi yok.",
  "faq.learned-list": "Öğrenilen ifadeler (birini /learned <numara> ile silin):",
  "faq.learned-empty":
    "Henüz öğrenilmiş ifade yok. Eklemek için bir talebi /snippet veya /teach ile yanıtlayın.",
  "faq.learned-removed": "{number} numaralı öğrenilmiş ifade silindi.",
  "faq.learned-not-found": "{number} numaralı öğrenilmiş ifade yok.",
  "faq.learning-unavailable": "İfade öğrenmek için botun veritabanı gerekiyor, burada kullanılamıyor.",
  "cmd.faq.description": "Radyo kodlarıyla ilgili sorunuzu kendi cümlelerinizle sorun",
  "cmd.faq.option.question": "Sorunuz, ör. ön kod nerede?",
  "cmd.language.description": "Yanıt dilini seçin",
  "cmd.language.option.language": "Dil kodu: en, fr, de, es, ro veya tr",
  "faq.unsure": "Tam anlayamadım. Bunlardan birini mi demek istediniz?",
  "faq.send-precode":
    "Radyonuzun kodunu almak için radyonun etiketindeki ön kodu gönderin: bir harf ve üç rakam, örneğin V284.",
  "faq.unsure.or": "Yoksa bunlardan birini mi demek istediniz?",
  "faq.none":
    "Bunun için bir yanıtım yok. Radyonuzun etiketindeki ön kodu gönderin (örneğin V284), aşağıdan sık sorulan bir soru seçin ya da destek ekibinden birine sorun.",
  "faq.none.no-desk":
    "Bunun için bir yanıtım yok. Radyonuzun etiketindeki ön kodu gönderin (örneğin V284) ya da aşağıdan sık sorulan bir soru seçin.",
  "smalltalk.thanks.no-desk":
    "Rica ederim! Kodu güvenli bir yerde saklayın: radyo her akü değişiminden sonra onu yeniden sorar. Hâlâ çalışmıyorsa ön kodu bana tekrar gönderin.",
  "smalltalk.thanks.no-code":
    "Rica ederim! Radyonun etiketindeki ön kodu bulduğunuzda (bir harf ve üç rakam, örneğin {example}) bana gönderin, size kodu vereyim.",
  "faq.topics": "Sık sorulan sorular — birini seçin ya da kendi cümlelerinizle sorun:",
  "faq.related": "Ayrıca bakın:",
  "language.choose": "Dilinizi seçin:",
  "language.set": "Tamam: bundan sonra size Türkçe yanıt vereceğim.",
  "language.unknown": "{language} dilini bilmiyorum. Bunlardan birini seçin:",
  "language.other":
    "Bu dili henüz okuyamıyorum. English, français, Deutsch, español, română ve Türkçe dillerinde yanıt veriyorum: bunlardan birinde yazın ya da aşağıdan seçin. Radyonuzun kodu için radyonun etiketindeki ön kodu göndermeniz yeterli: bir harf ve üç rakam, örneğin V284.",
};

export const faq = defineMessages({ en, fr, de, es, ro, tr });
