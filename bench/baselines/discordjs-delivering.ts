/**
 * Baseline 2 (for a report row, not a gate): a bare discord.js bot that answers every slash
 * command the way ours answers a pre-code — one embed of a decode's length with the faceplate
 * picture shown in it (`attachment://`), four buttons — and does nothing else: no store, no
 * parsing, no rendering, the picture's bytes read once from BASELINE_PICTURE (a PNG the harness
 * writes: our faceplate for one code). discord.js sends it its own way (FormData). The gap from
 * this bot to ours is what our own work costs; the gap from the fixed-string bot to this one is
 * what answering with a picture and buttons costs any discord.js bot. Prints "ready" on stderr.
 */
import { readFileSync } from "node:fs";
import { Client, Events, GatewayIntentBits, Partials } from "discord.js";

const picture = readFileSync(process.env.BASELINE_PICTURE ?? "");
const NAME = "radio-code-0086.png";
const STEPS = [
  "Switch the ignition and the radio on. The display shows CODE or 0000.",
  "Press button 1 until the first digit shows 0.",
  "Press button 2 until the second digit shows 0.",
  "Press button 3 until the third digit shows 8.",
  "Press button 4 until the fourth digit shows 6.",
  "Hold button 6 (button 5 on some faceplates) for a few seconds until the radio beeps — on some units up to about 10 seconds.",
  "The radio should now play normally.",
];
const DESCRIPTION = [
  "Your radio code is **0086**",
  "",
  "**How to enter it — Dacia Radio CD**",
  ...STEPS.map((s, i) => `${i + 1}. ${s}`),
  "",
  "**If the code is refused**",
  "After a wrong code the radio locks for a while: 1 minute after the first error, 2 after the second, then 4, 8… doubling — usually up to 32 minutes, some units longer.",
  "Keep the ignition and the radio on until the display shows CODE again. Switching off does not skip the wait.",
].join("\n");
const BUTTONS = ["Wrong code — how long do I wait?", "Plug & Radio", "Renault tuner", "Steering wheel"];

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
  partials: [Partials.Channel],
  rest: { api: process.env.DISCORD_API ?? "https://discord.com/api" },
});
client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  interaction
    .reply({
      embeds: [
        { title: "Radio code for A123", description: DESCRIPTION, image: { url: `attachment://${NAME}` } },
      ],
      components: [
        {
          type: 1,
          components: BUTTONS.map((label, i) => ({ type: 2, style: i ? 2 : 4, label, custom_id: `b${i}` })),
        },
      ],
      files: [{ attachment: picture, name: NAME }],
    })
    .catch((error: unknown) => {
      process.stderr.write(`baseline error: ${String(error)}\n`);
    });
});
client.once(Events.ClientReady, () => process.stderr.write("ready\n"));
await client.login(process.env.DISCORD_TOKEN ?? "");
process.once("SIGTERM", () => void client.destroy().then(() => process.exit(0)));
