/**
 * Per-user limits, /mydata and the desk's erasure notes (issue #11), in every language.
 * Register: friendly and formal, as in `support.ts`.
 */
import { defineMessages } from "../define.js";

const en = {
  "limits.messages":
    "You are sending messages faster than I can answer. Please wait a minute: messages sent meanwhile are not answered.",
  "limits.photos": "That is a lot of photos at once. Please wait a minute before sending more.",
  "limits.tickets":
    "You have reached today's limit of {limit} support requests. Please write in your open conversation with support, or try again tomorrow.",
  "cmd.mydata.description": "Get a file with everything this bot stores about you",
  "mydata.ready": "Here is everything the bot stores about you, as a JSON file. /forget deletes it.",
  "mydata.unavailable": "Your data can't be exported here. Please try again later.",
  "desk.note.erased":
    "The user asked to erase their data: their ticket was deleted. This thread could not be deleted ({reason}); please delete it by hand.",
  "desk.note.erased-log":
    "The user of ticket #{ticket} asked to erase their data. The transcript of ticket #{ticket} in this channel could not be deleted ({reason}); please delete it by hand.",
};

export const privacy = defineMessages({
  en,
  fr: {
    "limits.messages":
      "Vous envoyez des messages plus vite que je ne peux répondre. Merci de patienter une minute : les messages envoyés entre-temps restent sans réponse.",
    "limits.photos":
      "Cela fait beaucoup de photos d'un coup. Merci d'attendre une minute avant d'en envoyer d'autres.",
    "limits.tickets":
      "Vous avez atteint la limite de {limit} demandes d'assistance pour aujourd'hui. Écrivez dans votre conversation ouverte avec l'assistance, ou réessayez demain.",
    "cmd.mydata.description": "Recevoir un fichier avec tout ce que ce bot conserve à votre sujet",
    "mydata.ready":
      "Voici tout ce que le bot conserve à votre sujet, dans un fichier JSON. /forget le supprime.",
    "mydata.unavailable": "Vos données ne peuvent pas être exportées ici. Merci de réessayer plus tard.",
    "desk.note.erased":
      "L'utilisateur a demandé l'effacement de ses données : son ticket a été supprimé. Ce fil n'a pas pu être supprimé ({reason}) ; merci de le supprimer à la main.",
    "desk.note.erased-log":
      "L'utilisateur du ticket n° {ticket} a demandé l'effacement de ses données. La transcription du ticket n° {ticket} dans ce canal n'a pas pu être supprimée ({reason}) ; merci de la supprimer à la main.",
  },
  de: {
    "limits.messages":
      "Sie senden Nachrichten schneller, als ich antworten kann. Bitte warten Sie eine Minute: Nachrichten, die Sie in der Zwischenzeit senden, bleiben unbeantwortet.",
    "limits.photos":
      "Das sind viele Fotos auf einmal. Bitte warten Sie eine Minute, bevor Sie weitere senden.",
    "limits.tickets":
      "Sie haben das heutige Limit von {limit} Support-Anfragen erreicht. Bitte schreiben Sie in Ihre offene Unterhaltung mit dem Support oder versuchen Sie es morgen wieder.",
    "cmd.mydata.description": "Eine Datei mit allem erhalten, was dieser Bot über Sie speichert",
    "mydata.ready": "Hier ist alles, was der Bot über Sie speichert, als JSON-Datei. /forget löscht es.",
    "mydata.unavailable":
      "Ihre Daten können hier nicht exportiert werden. Bitte versuchen Sie es später erneut.",
    "desk.note.erased":
      "Der Nutzer hat die Löschung seiner Daten verlangt: Sein Ticket wurde gelöscht. Dieser Thread konnte nicht gelöscht werden ({reason}); bitte löschen Sie ihn von Hand.",
    "desk.note.erased-log":
      "Der Nutzer von Ticket Nr. {ticket} hat die Löschung seiner Daten verlangt. Das Protokoll von Ticket Nr. {ticket} in diesem Kanal konnte nicht gelöscht werden ({reason}); bitte löschen Sie es von Hand.",
  },
  es: {
    "limits.messages":
      "Está enviando mensajes más rápido de lo que puedo responder. Espere un minuto, por favor: los mensajes enviados mientras tanto no se responden.",
    "limits.photos": "Son muchas fotos a la vez. Espere un minuto antes de enviar más, por favor.",
    "limits.tickets":
      "Ha alcanzado el límite de hoy de {limit} solicitudes de soporte. Escriba en su conversación abierta con soporte o vuelva a intentarlo mañana.",
    "cmd.mydata.description": "Recibir un archivo con todo lo que este bot guarda sobre usted",
    "mydata.ready": "Aquí tiene todo lo que el bot guarda sobre usted, en un archivo JSON. /forget lo borra.",
    "mydata.unavailable": "Sus datos no se pueden exportar aquí. Vuelva a intentarlo más tarde, por favor.",
    "desk.note.erased":
      "El usuario pidió borrar sus datos: su ticket se ha eliminado. Este hilo no se pudo eliminar ({reason}); elimínelo a mano, por favor.",
    "desk.note.erased-log":
      "El usuario del ticket n.º {ticket} pidió borrar sus datos. La transcripción del ticket n.º {ticket} en este canal no se pudo eliminar ({reason}); elimínela a mano, por favor.",
  },
  ro: {
    "limits.messages":
      "Trimiteți mesaje mai repede decât pot răspunde. Vă rog să așteptați un minut: mesajele trimise între timp rămân fără răspuns.",
    "limits.photos":
      "Sunt multe fotografii deodată. Vă rog să așteptați un minut înainte de a trimite altele.",
    "limits.tickets":
      "Ați atins limita de astăzi de {limit} cereri de asistență. Scrieți în conversația deschisă cu echipa de asistență sau încercați din nou mâine.",
    "cmd.mydata.description": "Primiți un fișier cu tot ce păstrează acest bot despre dumneavoastră",
    "mydata.ready":
      "Iată tot ce păstrează botul despre dumneavoastră, într-un fișier JSON. /forget le șterge.",
    "mydata.unavailable": "Datele dumneavoastră nu pot fi exportate aici. Vă rog să încercați mai târziu.",
    "desk.note.erased":
      "Utilizatorul a cerut ștergerea datelor sale: tichetul a fost șters. Acest fir nu a putut fi șters ({reason}); vă rog să-l ștergeți manual.",
    "desk.note.erased-log":
      "Utilizatorul tichetului nr. {ticket} a cerut ștergerea datelor sale. Transcrierea tichetului nr. {ticket} din acest canal nu a putut fi ștearsă ({reason}); vă rog să o ștergeți manual.",
  },
  tr: {
    "limits.messages":
      "Mesajları yanıtlayabileceğimden daha hızlı gönderiyorsunuz. Lütfen bir dakika bekleyin: bu sırada gönderilen mesajlar yanıtlanmaz.",
    "limits.photos":
      "Bir seferde çok fazla fotoğraf. Lütfen daha fazlasını göndermeden önce bir dakika bekleyin.",
    "limits.tickets":
      "Bugünkü {limit} destek talebi sınırına ulaştınız. Lütfen destekle açık konuşmanıza yazın ya da yarın tekrar deneyin.",
    "cmd.mydata.description": "Bu botun sizin hakkınızda sakladığı her şeyi içeren bir dosya alın",
    "mydata.ready": "Botun sizin hakkınızda sakladığı her şey bir JSON dosyasında. /forget bunu siler.",
    "mydata.unavailable": "Verileriniz burada dışa aktarılamıyor. Lütfen daha sonra tekrar deneyin.",
    "desk.note.erased":
      "Kullanıcı verilerinin silinmesini istedi: talebi silindi. Bu konu silinemedi ({reason}); lütfen elle silin.",
    "desk.note.erased-log":
      "{ticket} numaralı talebin kullanıcısı verilerinin silinmesini istedi. Bu kanaldaki {ticket} numaralı talebin dökümü silinemedi ({reason}); lütfen elle silin.",
  },
});
