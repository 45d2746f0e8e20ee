/** French core messages (vous). Keys and `{placeholders}` must match `en` in `core.ts`. */
import type { CoreMessages } from "./core.js";

export const fr: CoreMessages = {
  "bot.name": "Dokker Radio Code",

  "cmd.start.description": "Démarrer le bot et voir comment il fonctionne",
  "cmd.help.description": "Ce que ce bot peut faire",
  "cmd.dokker.description": "Obtenir le code de votre autoradio à partir du pré-code de son étiquette",
  "cmd.dokker.option.precode":
    "Pré-code de l'étiquette de l'autoradio : une lettre et trois chiffres, ex. V284",
  "cmd.lockout.description": "Combien de temps attendre après un code erroné (ERROR / CODE LOCK)",
  "cmd.lockout.option.attempt": "Combien de codes erronés ont déjà été saisis",
  "cmd.vin.description": "Vérifier un VIN et voir comment obtenir le code de l'autoradio grâce à lui",
  "cmd.vin.option.vin": "Le numéro d'identification du véhicule (VIN), 17 caractères",
  "cmd.decode-message.name": "Décoder le pré-code",

  "start.welcome":
    "Bonjour ! Je transforme le pré-code inscrit sur l'étiquette de votre autoradio en code de l'autoradio (PIN).",
  "start.how":
    "Envoyez le pré-code — une lettre et trois chiffres, par exemple {example} — et je vous réponds avec le code et la façon de le saisir.",
  "start.photo": "Ou envoyez une photo de l'étiquette de l'autoradio : j'y lirai le pré-code.",

  "help.title": "Ce que je peux faire",
  "help.commands": "Commandes :",
  "help.tip":
    "Vous pouvez aussi simplement envoyer le pré-code (comme V284) ou poser une question avec vos propres mots.",
  "help.tip.photo":
    "Vous pouvez aussi simplement envoyer le pré-code (comme V284) ou une photo de l'étiquette de l'autoradio, ou poser une question avec vos propres mots.",
  "help.item": "{command} — {description}",

  "dokker.title": "Code radio pour {precode}",
  "dokker.pin": "Le code de votre autoradio est {pin}",
  "dokker.assumed":
    "J'ai lu {read} comme {as} : après la lettre, un pré-code n'a que des chiffres. Est-ce bien ce qu'indique l'étiquette ?",
  "dokker.steps.title": "Comment le saisir — {radio}",
  "dokker.other-radio": "Un autre autoradio ? Choisissez le vôtre ci-dessous.",
  "dokker.summary": "Code {pin} pour le pré-code {precode}",

  "radio.radio-cd": "Dacia Radio CD",
  "radio.plug-radio": "Dacia Plug & Radio",
  "radio.renault-tuner": "Autoradio tuner Renault",
  "radio.steering-wheel": "avec la commande au volant",

  "steps.switch-on": "Mettez le contact et allumez l'autoradio. L'écran affiche CODE ou 0000.",
  "steps.switch-on.plug": "Mettez le contact et allumez le Plug & Radio. L'écran affiche CODE ou 0000.",
  "steps.digit.1": "Appuyez sur la touche {button} jusqu'à ce que le premier chiffre soit {digit}.",
  "steps.digit.2": "Appuyez sur la touche {button} jusqu'à ce que le deuxième chiffre soit {digit}.",
  "steps.digit.3": "Appuyez sur la touche {button} jusqu'à ce que le troisième chiffre soit {digit}.",
  "steps.digit.4": "Appuyez sur la touche {button} jusqu'à ce que le quatrième chiffre soit {digit}.",
  "steps.confirm":
    "Maintenez la touche 6 (la touche 5 sur certaines façades) enfoncée quelques secondes jusqu'au bip — sur certains appareils jusqu'à environ 10 secondes.",
  "steps.confirm.steering": "Pour valider, appuyez sur le bouton du bas de la commande au volant.",
  "steps.done": "L'autoradio devrait maintenant fonctionner normalement.",

  "lockout.title": "Si le code est refusé",
  "lockout.rule":
    "Après un code erroné, l'autoradio se bloque un moment : 1 minute après la première erreur, 2 après la deuxième, puis 4, 8… en doublant à chaque fois — en général jusqu'à 32 minutes, plus longtemps sur certains appareils.",
  "lockout.keep-on":
    "Laissez le contact et l'autoradio allumés jusqu'à ce que l'écran affiche de nouveau CODE. Éteindre ne permet pas d'éviter l'attente.",
  "lockout.asked-again":
    "L'autoradio redemande ce même code après chaque coupure complète de courant (changement de batterie, démarrage avec des câbles, réparation) : gardez-le en lieu sûr.",
  "lockout.attempt": "Après le code erroné n° {attempt}, attendez {duration} avec l'autoradio allumé.",
  "lockout.then": "Ensuite, saisissez de nouveau le code, soigneusement, chiffre par chiffre.",
  "lockout.schedule": "Temps d'attente : {schedule}",
  "lockout.longer":
    "Certains appareils restent bloqués plus longtemps (des blocages jusqu'à 64 minutes ont été signalés). S'il affiche encore CODE LOCK après cela, contactez le support.",
  "lockout.longer.no-desk":
    "Certains appareils restent bloqués plus longtemps (des blocages jusqu'à 64 minutes ont été signalés).",
  "lockout.reminder-set": "Je vous enverrai un message quand l'attente sera terminée.",
  "lockout.reminder":
    "L'attente après le code erroné n° {attempt} est terminée : votre autoradio devrait de nouveau afficher CODE. Vous pouvez saisir le code maintenant.",
  "lockout.reminder.pin": "Le code pour {precode} est {pin}.",
  "lockout.check-precode":
    "Vérifiez à nouveau la lettre et les chiffres du pré-code sur l'étiquette — une lettre mal lue donne un autre code.",
  "lockout.summary": "Attendre {duration} après le code erroné n° {attempt}",
  "lockout.ask":
    "Combien de codes erronés ont été saisis sur cet autoradio jusqu'ici, en tout ? Touchez le nombre et je vous dirai combien de temps attendre.",
  "action.how-many": "Combien de codes erronés ? Choisir",

  "unit.minute.one": "1 minute",
  "unit.minute.other": "{count} minutes",
  "unit.minute.short": "min",

  "vin.title": "VIN {vin}",
  "vin.valid": "Ce VIN a un format correct.",
  "vin.maker": "Code constructeur {wmi} : {maker}.",
  "vin.maker.dacia": "Automobile Dacia (Roumanie)",
  "vin.maker.renault": "Renault (France)",
  "vin.maker.renault-group": "Groupe Renault",
  "vin.maker.unknown":
    "Le code constructeur {wmi} ne fait pas partie des codes Dacia ou Renault que je connais.",
  "vin.year": "Année modèle (10e caractère) : {year}.",
  "vin.no-pin":
    "Aucune méthode publique ne permet de passer d'un VIN à un code radio : je ne peux donc pas vous donner de code à partir de celui-ci.",
  "vin.ways.title": "Comment obtenir le code",
  "vin.way.card": "La carte C.A.R. (Code Auto Radio), dans les documents du véhicule, indique le code.",
  "vin.way.dealer": "Un concessionnaire peut le retrouver sur présentation d'un justificatif de propriété.",
  "vin.way.precode": "Ou envoyez-moi le pré-code de l'étiquette de l'autoradio, par exemple {example}.",
  "vin.replaced":
    "Si l'autoradio a déjà été remplacé, les données liées au VIN ne lui correspondent pas : seul son pré-code fonctionne.",
  "vin.empty": "Envoyez le VIN de 17 caractères, par exemple {example} {vinExample}.",
  "vin.length":
    "Un VIN compte exactement 17 caractères ; celui-ci en a {length}. Vérifiez-le sur la carte grise (certificat d'immatriculation).",
  "vin.characters":
    "Un VIN n'utilise que les lettres A–Z (jamais I, O ni Q) et les chiffres 0–9. Vérifiez ces caractères : {found}.",

  "precode.empty":
    "Envoyez le pré-code inscrit sur l'étiquette de votre autoradio : une lettre et trois chiffres, par exemple {example}.",
  "precode.not-found":
    "Je n'ai pas trouvé de pré-code dans votre message. C'est une lettre suivie de trois chiffres (comme V284), imprimée sur l'étiquette de l'autoradio.",
  "precode.not-issued":
    "{precode} n'est pas un vrai pré-code : les codes A000 à A099 ne sont pas attribués. Vérifiez à nouveau l'étiquette — la lettre ou le premier chiffre est peut-être différent.",
  "precode.too-short":
    "{found} est trop court : un pré-code comporte une lettre et exactement trois chiffres (comme V284). Vérifiez à nouveau l'étiquette.",
  "precode.too-long":
    "{found} est trop long : un pré-code comporte une lettre et exactement trois chiffres (comme V284). Vérifiez que vous n'avez pas recopié le numéro de série.",
  "precode.display":
    "{found} est ce qu'affiche l'écran de l'autoradio quand il attend son code : ce n'est pas le pré-code. Un pré-code est une lettre A–Z suivie de trois chiffres (comme V284).",
  "precode.no-letter":
    "{found} ne commence pas par une lettre. Un pré-code est une lettre A–Z suivie de trois chiffres (comme V284).",
  "precode.several":
    "Je vois plusieurs pré-codes : {precodes}. Lequel figure sur votre autoradio ? Envoyez uniquement celui-là.",
  "precode.non-ascii":
    "{found} contient des caractères qui ressemblent seulement à des lettres ou à des chiffres. Merci de taper le pré-code avec des lettres latines et des chiffres simples (A–Z, 0–9).",
  "precode.suggest": "Vouliez-vous dire {suggestion} ?",
  "precode.where":
    "Où le trouver ? Sur l'étiquette de l'autoradio lui-même. Sur certains autoradios, maintenir les touches 1 et 6 enfoncées ensemble environ 2 secondes l'affiche à l'écran.",

  "action.radio-cd": "Radio CD",
  "action.plug-radio": "Plug & Radio",
  "action.renault-tuner": "Tuner Renault",
  "action.steering-wheel": "Commande au volant",
  "action.wrong-code": "Code erroné — combien de temps attendre ?",
  "action.remind-me": "Me le rappeler dans {duration}",
  "action.still-refused": "Encore refusé (code erroné {attempt})",
  "action.decode": "Décoder {precode}",
  "action.help": "Aide",

  "chat.unrecognized":
    "Je n'ai pas compris. Envoyez le pré-code de l'étiquette de votre autoradio (comme V284), ou /help.",
  "chat.choice": "Tapez un numéro pour choisir :",

  "errors.internal":
    "Désolé, un problème est survenu de mon côté. Réessayez dans une minute ; si cela continue, demandez de l'aide au support.",
  "errors.internal.no-desk": "Désolé, un problème est survenu de mon côté. Réessayez dans une minute.",
  "errors.unknown-command":
    "Je ne connais pas la commande {command}. Envoyez /help pour voir ce que je peux faire.",
  "errors.expired-button":
    "Ce bouton n'est plus valable. Renvoyez votre pré-code pour obtenir de nouveaux boutons.",
  "errors.option-range": "{command} attend un nombre entier de {min} à {max}, par exemple {example}.",
  "errors.option-min": "{command} attend un nombre entier d'au moins {min}, par exemple {example}.",
  "errors.denied": "Seule l'équipe du support peut utiliser {command}.",
  "chat.voice-hint":
    "Je ne peux pas écouter les messages vocaux ni regarder les vidéos. Tapez le pré-code de l'étiquette de votre autoradio (une lettre et trois chiffres, comme V284), envoyez une photo de l'étiquette ou écrivez votre question.",
};
