/**
 * The web chat page and widget (src/platforms/web): labels, the "how it works" text and the
 * page's own notices, in every language. Register: friendly and formal, as in `support.ts`.
 */
import { defineMessages } from "../define.js";

const en = {
  "web.title": "Radio code helper",
  "web.intro":
    "Get the code of your Renault or Dacia radio: type the pre-code from the radio's label (one letter and three digits, like V284).",
  "web.how.title": "How it works",
  "web.how.1": "Send the pre-code: you get the 4-digit code and the steps to enter it on your radio.",
  "web.how.2": "Ask a question in your own words, for example “where is the pre-code?”.",
  "web.how.3":
    "Stuck? Press “Contact support”: a person answers here. Answers wait on this page, so you can close it and come back later.",
  "web.log": "Conversation",
  "web.input": "Your message",
  "web.placeholder": "Pre-code like V284, or a question",
  "web.send": "Send",
  "web.menu": "Menu",
  "web.menu.support": "Contact support",
  "web.menu.mydata": "Download my data",
  "web.menu.forget": "Delete my data",
  "web.language": "Language",
  "web.you": "You",
  "web.bot": "Radio code helper",
  "web.waiting": "Answers from our team wait here: you can close this page and come back later.",
  "web.offline": "Connection lost. Reconnecting…",
  "web.error.rate": "You are sending messages too quickly. Please wait a minute, then try again.",
  "web.error.too-long": "That message is too long: at most {max} characters. Please shorten it.",
  "web.error.empty": "Please type a message first.",
  "web.error.origin": "This chat is not available on this website.",
  "web.error.failed": "Something went wrong. Please reload the page and try again.",
  "web.widget.open": "Radio code help",
  "web.widget.close": "Close the chat",
  "web.attach": "Add a photo",
  "web.error.file": "Please send a photo (PNG, JPEG, WebP or GIF) of at most 5 MB.",
};

export type WebMessages = Readonly<Record<keyof typeof en, string>>;

const fr: WebMessages = {
  "web.title": "Aide code autoradio",
  "web.intro":
    "Obtenez le code de votre autoradio Renault ou Dacia : saisissez le pré-code de l'étiquette de l'autoradio (une lettre et trois chiffres, par exemple V284).",
  "web.how.title": "Comment ça marche",
  "web.how.1":
    "Envoyez le pré-code : vous recevez le code à 4 chiffres et les étapes pour le saisir sur votre autoradio.",
  "web.how.2": "Posez une question avec vos mots, par exemple « où est le pré-code ? ».",
  "web.how.3":
    "Bloqué ? Appuyez sur « Contacter l'assistance » : une personne vous répond ici. Les réponses vous attendent sur cette page : vous pouvez la fermer et revenir plus tard.",
  "web.log": "Conversation",
  "web.input": "Votre message",
  "web.placeholder": "Pré-code comme V284, ou une question",
  "web.send": "Envoyer",
  "web.menu": "Menu",
  "web.menu.support": "Contacter l'assistance",
  "web.menu.mydata": "Télécharger mes données",
  "web.menu.forget": "Supprimer mes données",
  "web.language": "Langue",
  "web.you": "Vous",
  "web.bot": "Aide code autoradio",
  "web.waiting":
    "Les réponses de notre équipe vous attendent ici : vous pouvez fermer cette page et revenir plus tard.",
  "web.offline": "Connexion perdue. Reconnexion…",
  "web.error.rate": "Vous envoyez des messages trop vite. Veuillez patienter une minute, puis réessayer.",
  "web.error.too-long": "Ce message est trop long : {max} caractères au maximum. Veuillez le raccourcir.",
  "web.error.empty": "Veuillez d'abord saisir un message.",
  "web.error.origin": "Cette conversation n'est pas disponible sur ce site.",
  "web.error.failed": "Une erreur s'est produite. Veuillez recharger la page et réessayer.",
  "web.widget.open": "Aide code autoradio",
  "web.widget.close": "Fermer la conversation",
  "web.attach": "Ajouter une photo",
  "web.error.file": "Veuillez envoyer une photo (PNG, JPEG, WebP ou GIF) de 5 Mo au maximum.",
};

const de: WebMessages = {
  "web.title": "Radiocode-Hilfe",
  "web.intro":
    "Erhalten Sie den Code Ihres Renault- oder Dacia-Radios: Geben Sie den Vorcode vom Etikett des Radios ein (ein Buchstabe und drei Ziffern, z. B. V284).",
  "web.how.title": "So funktioniert es",
  "web.how.1":
    "Senden Sie den Vorcode: Sie erhalten den 4-stelligen Code und die Schritte zur Eingabe an Ihrem Radio.",
  "web.how.2": "Stellen Sie eine Frage in eigenen Worten, zum Beispiel „Wo ist der Vorcode?“.",
  "web.how.3":
    "Kommen Sie nicht weiter? Drücken Sie „Support kontaktieren“: Eine Person antwortet Ihnen hier. Antworten warten auf dieser Seite, Sie können sie schließen und später wiederkommen.",
  "web.log": "Unterhaltung",
  "web.input": "Ihre Nachricht",
  "web.placeholder": "Vorcode wie V284 oder eine Frage",
  "web.send": "Senden",
  "web.menu": "Menü",
  "web.menu.support": "Support kontaktieren",
  "web.menu.mydata": "Meine Daten herunterladen",
  "web.menu.forget": "Meine Daten löschen",
  "web.language": "Sprache",
  "web.you": "Sie",
  "web.bot": "Radiocode-Hilfe",
  "web.waiting":
    "Antworten unseres Teams warten hier: Sie können diese Seite schließen und später wiederkommen.",
  "web.offline": "Verbindung unterbrochen. Neuer Versuch …",
  "web.error.rate":
    "Sie senden Nachrichten zu schnell. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.",
  "web.error.too-long": "Diese Nachricht ist zu lang: höchstens {max} Zeichen. Bitte kürzen Sie sie.",
  "web.error.empty": "Bitte geben Sie zuerst eine Nachricht ein.",
  "web.error.origin": "Dieser Chat ist auf dieser Website nicht verfügbar.",
  "web.error.failed": "Etwas ist schiefgelaufen. Bitte laden Sie die Seite neu und versuchen Sie es erneut.",
  "web.widget.open": "Radiocode-Hilfe",
  "web.widget.close": "Chat schließen",
  "web.attach": "Foto hinzufügen",
  "web.error.file": "Bitte senden Sie ein Foto (PNG, JPEG, WebP oder GIF) von höchstens 5 MB.",
};

const es: WebMessages = {
  "web.title": "Ayuda con el código de radio",
  "web.intro":
    "Obtenga el código de su radio Renault o Dacia: escriba el precódigo de la etiqueta de la radio (una letra y tres cifras, por ejemplo V284).",
  "web.how.title": "Cómo funciona",
  "web.how.1":
    "Envíe el precódigo: recibirá el código de 4 cifras y los pasos para introducirlo en su radio.",
  "web.how.2": "Haga una pregunta con sus palabras, por ejemplo «¿dónde está el precódigo?».",
  "web.how.3":
    "¿No avanza? Pulse «Contactar con soporte»: una persona le responderá aquí. Las respuestas le esperan en esta página, puede cerrarla y volver más tarde.",
  "web.log": "Conversación",
  "web.input": "Su mensaje",
  "web.placeholder": "Precódigo como V284, o una pregunta",
  "web.send": "Enviar",
  "web.menu": "Menú",
  "web.menu.support": "Contactar con soporte",
  "web.menu.mydata": "Descargar mis datos",
  "web.menu.forget": "Borrar mis datos",
  "web.language": "Idioma",
  "web.you": "Usted",
  "web.bot": "Ayuda con el código de radio",
  "web.waiting":
    "Las respuestas de nuestro equipo le esperan aquí: puede cerrar esta página y volver más tarde.",
  "web.offline": "Conexión perdida. Reconectando…",
  "web.error.rate": "Está enviando mensajes demasiado rápido. Espere un minuto y vuelva a intentarlo.",
  "web.error.too-long": "Ese mensaje es demasiado largo: como máximo {max} caracteres. Acórtelo, por favor.",
  "web.error.empty": "Escriba primero un mensaje.",
  "web.error.origin": "Este chat no está disponible en este sitio web.",
  "web.error.failed": "Algo ha fallado. Vuelva a cargar la página e inténtelo de nuevo.",
  "web.widget.open": "Ayuda con el código de radio",
  "web.widget.close": "Cerrar el chat",
  "web.attach": "Añadir una foto",
  "web.error.file": "Envíe una foto (PNG, JPEG, WebP o GIF) de 5 MB como máximo.",
};

const ro: WebMessages = {
  "web.title": "Ajutor cod radio",
  "web.intro":
    "Obțineți codul radioului Renault sau Dacia: introduceți precodul de pe eticheta radioului (o literă și trei cifre, de exemplu V284).",
  "web.how.title": "Cum funcționează",
  "web.how.1":
    "Trimiteți precodul: primiți codul din 4 cifre și pașii pentru a-l introduce în radioul dumneavoastră.",
  "web.how.2": "Puneți o întrebare cu propriile cuvinte, de exemplu „unde este precodul?”.",
  "web.how.3":
    "Nu reușiți? Apăsați „Contactați asistența”: o persoană vă răspunde aici. Răspunsurile vă așteaptă pe această pagină, o puteți închide și reveni mai târziu.",
  "web.log": "Conversație",
  "web.input": "Mesajul dumneavoastră",
  "web.placeholder": "Precod ca V284 sau o întrebare",
  "web.send": "Trimiteți",
  "web.menu": "Meniu",
  "web.menu.support": "Contactați asistența",
  "web.menu.mydata": "Descărcați datele mele",
  "web.menu.forget": "Ștergeți datele mele",
  "web.language": "Limba",
  "web.you": "Dumneavoastră",
  "web.bot": "Ajutor cod radio",
  "web.waiting":
    "Răspunsurile echipei noastre vă așteaptă aici: puteți închide această pagină și reveni mai târziu.",
  "web.offline": "Conexiune pierdută. Se reconectează…",
  "web.error.rate":
    "Trimiteți mesaje prea repede. Vă rugăm să așteptați un minut, apoi să încercați din nou.",
  "web.error.too-long": "Mesajul este prea lung: cel mult {max} caractere. Vă rugăm să îl scurtați.",
  "web.error.empty": "Vă rugăm să scrieți mai întâi un mesaj.",
  "web.error.origin": "Acest chat nu este disponibil pe acest site.",
  "web.error.failed": "Ceva nu a mers bine. Vă rugăm să reîncărcați pagina și să încercați din nou.",
  "web.widget.open": "Ajutor cod radio",
  "web.widget.close": "Închideți chatul",
  "web.attach": "Adăugați o fotografie",
  "web.error.file": "Vă rugăm să trimiteți o fotografie (PNG, JPEG, WebP sau GIF) de cel mult 5 MB.",
};

const tr: WebMessages = {
  "web.title": "Radyo kodu yardımı",
  "web.intro":
    "Renault veya Dacia radyonuzun kodunu alın: radyonun etiketindeki ön kodu yazın (bir harf ve üç rakam, örneğin V284).",
  "web.how.title": "Nasıl çalışır",
  "web.how.1": "Ön kodu gönderin: 4 haneli kodu ve radyonuza girme adımlarını alırsınız.",
  "web.how.2": "Kendi cümlelerinizle bir soru sorun, örneğin “ön kod nerede?”.",
  "web.how.3":
    "Takıldınız mı? “Destekle iletişime geçin” düğmesine basın: bir kişi size burada yanıt verir. Yanıtlar bu sayfada bekler; sayfayı kapatıp daha sonra dönebilirsiniz.",
  "web.log": "Sohbet",
  "web.input": "Mesajınız",
  "web.placeholder": "V284 gibi bir ön kod veya bir soru",
  "web.send": "Gönder",
  "web.menu": "Menü",
  "web.menu.support": "Destekle iletişime geçin",
  "web.menu.mydata": "Verilerimi indir",
  "web.menu.forget": "Verilerimi sil",
  "web.language": "Dil",
  "web.you": "Siz",
  "web.bot": "Radyo kodu yardımı",
  "web.waiting": "Ekibimizin yanıtları burada bekler: bu sayfayı kapatıp daha sonra dönebilirsiniz.",
  "web.offline": "Bağlantı koptu. Yeniden bağlanılıyor…",
  "web.error.rate": "Çok hızlı mesaj gönderiyorsunuz. Lütfen bir dakika bekleyip tekrar deneyin.",
  "web.error.too-long": "Bu mesaj çok uzun: en fazla {max} karakter. Lütfen kısaltın.",
  "web.error.empty": "Lütfen önce bir mesaj yazın.",
  "web.error.origin": "Bu sohbet bu web sitesinde kullanılamaz.",
  "web.error.failed": "Bir sorun oluştu. Lütfen sayfayı yeniden yükleyip tekrar deneyin.",
  "web.widget.open": "Radyo kodu yardımı",
  "web.widget.close": "Sohbeti kapat",
  "web.attach": "Fotoğraf ekle",
  "web.error.file": "Lütfen en fazla 5 MB boyutunda bir fotoğraf (PNG, JPEG, WebP veya GIF) gönderin.",
};

export const web = defineMessages({ en, fr, de, es, ro, tr });
