/** FAQ and language messages in every language. */
import { defineMessages } from "../define.js";

const en = {
  "cmd.faq.description": "Ask a question about radio codes in your own words",
  "cmd.faq.option.question": "Your question, e.g. where is the pre-code?",
  "cmd.language.description": "Choose the language I answer in",
  "cmd.language.option.language": "Language code: en, fr, de, es, ro or tr",
  "faq.unsure": "I'm not sure I understood. Did you mean one of these?",
  "faq.none":
    "I don't have an answer for that. Send the pre-code from your radio's label (like V284), pick a common question below, or ask a person from support.",
  "faq.topics": "Common questions — pick one, or just ask in your own words:",
  "faq.related": "Related:",
  "language.choose": "Choose your language:",
  "language.set": "Done: I'll answer in English from now on.",
  "language.unknown": "I don't know the language {language}. Choose one of these:",
} as const;

export type FaqMessages = Record<keyof typeof en, string>;

const fr: FaqMessages = {
  "cmd.faq.description": "Posez une question sur les codes autoradio avec vos propres mots",
  "cmd.faq.option.question": "Votre question, par ex. où est le pré-code ?",
  "cmd.language.description": "Choisir la langue de mes réponses",
  "cmd.language.option.language": "Code de langue : en, fr, de, es, ro ou tr",
  "faq.unsure": "Je ne suis pas sûr d'avoir compris. Vouliez-vous dire l'une de ces questions ?",
  "faq.none":
    "Je n'ai pas de réponse à cela. Envoyez le pré-code inscrit sur l'étiquette de votre radio (comme V284), choisissez une question fréquente ci-dessous, ou demandez à une personne du support.",
  "faq.topics": "Questions fréquentes — choisissez-en une, ou posez simplement votre question :",
  "faq.related": "Voir aussi :",
  "language.choose": "Choisissez votre langue :",
  "language.set": "C'est fait : je vous répondrai désormais en français.",
  "language.unknown": "Je ne connais pas la langue {language}. Choisissez l'une de celles-ci :",
};

const de: FaqMessages = {
  "cmd.faq.description": "Stellen Sie eine Frage zu Radiocodes in Ihren eigenen Worten",
  "cmd.faq.option.question": "Ihre Frage, z. B. wo ist der Vorcode?",
  "cmd.language.description": "Sprache meiner Antworten wählen",
  "cmd.language.option.language": "Sprachcode: en, fr, de, es, ro oder tr",
  "faq.unsure": "Ich bin nicht sicher, ob ich Sie verstanden habe. Meinten Sie eine dieser Fragen?",
  "faq.none":
    "Darauf habe ich keine Antwort. Senden Sie den Vorcode vom Etikett Ihres Radios (z. B. V284), wählen Sie unten eine häufige Frage oder fragen Sie eine Person vom Support.",
  "faq.topics": "Häufige Fragen — wählen Sie eine aus oder fragen Sie einfach in Ihren eigenen Worten:",
  "faq.related": "Siehe auch:",
  "language.choose": "Wählen Sie Ihre Sprache:",
  "language.set": "Erledigt: Ich antworte Ihnen ab jetzt auf Deutsch.",
  "language.unknown": "Die Sprache {language} kenne ich nicht. Wählen Sie eine dieser Sprachen:",
};

const es: FaqMessages = {
  "cmd.faq.description": "Haz una pregunta sobre códigos de radio con tus propias palabras",
  "cmd.faq.option.question": "Tu pregunta, p. ej. ¿dónde está el precódigo?",
  "cmd.language.description": "Elegir el idioma de mis respuestas",
  "cmd.language.option.language": "Código de idioma: en, fr, de, es, ro o tr",
  "faq.unsure": "No estoy seguro de haberte entendido. ¿Querías decir una de estas?",
  "faq.none":
    "No tengo respuesta para eso. Envía el precódigo de la etiqueta de tu radio (como V284), elige una pregunta frecuente abajo o pregunta a una persona de soporte.",
  "faq.topics": "Preguntas frecuentes — elige una o pregunta con tus propias palabras:",
  "faq.related": "Ver también:",
  "language.choose": "Elige tu idioma:",
  "language.set": "Hecho: a partir de ahora te responderé en español.",
  "language.unknown": "No conozco el idioma {language}. Elige uno de estos:",
};

const ro: FaqMessages = {
  "cmd.faq.description": "Puneți o întrebare despre codurile radio, cu propriile cuvinte",
  "cmd.faq.option.question": "Întrebarea dumneavoastră, de ex. unde este precodul?",
  "cmd.language.description": "Alegeți limba în care vă răspund",
  "cmd.language.option.language": "Codul limbii: en, fr, de, es, ro sau tr",
  "faq.unsure": "Nu sunt sigur că am înțeles. Vă referiți la una dintre acestea?",
  "faq.none":
    "Nu am un răspuns la asta. Trimiteți precodul de pe eticheta radioului (de exemplu V284), alegeți mai jos o întrebare frecventă sau întrebați o persoană de la suport.",
  "faq.topics": "Întrebări frecvente — alegeți una sau întrebați cu propriile cuvinte:",
  "faq.related": "Vedeți și:",
  "language.choose": "Alegeți limba:",
  "language.set": "Gata: de acum vă voi răspunde în română.",
  "language.unknown": "Nu cunosc limba {language}. Alegeți una dintre acestea:",
};

const tr: FaqMessages = {
  "cmd.faq.description": "Radyo kodlarıyla ilgili sorunuzu kendi cümlelerinizle sorun",
  "cmd.faq.option.question": "Sorunuz, ör. ön kod nerede?",
  "cmd.language.description": "Yanıt dilini seçin",
  "cmd.language.option.language": "Dil kodu: en, fr, de, es, ro veya tr",
  "faq.unsure": "Tam anlayamadım. Bunlardan birini mi demek istediniz?",
  "faq.none":
    "Bunun için bir yanıtım yok. Radyonuzun etiketindeki ön kodu gönderin (örneğin V284), aşağıdan sık sorulan bir soru seçin ya da destek ekibinden birine sorun.",
  "faq.topics": "Sık sorulan sorular — birini seçin ya da kendi cümlelerinizle sorun:",
  "faq.related": "Ayrıca bakın:",
  "language.choose": "Dilinizi seçin:",
  "language.set": "Tamam: bundan sonra size Türkçe yanıt vereceğim.",
  "language.unknown": "{language} dilini bilmiyorum. Bunlardan birini seçin:",
};

export const faq = defineMessages({ en, fr, de, es, ro, tr });
