/**
 * Baseline: the smallest reasonable discord.js bot — every slash command gets a fixed reply.
 * Same client options as our adapter (Guilds + DirectMessages, Channel partial). Prints "ready".
 */
import { Client, Events, GatewayIntentBits, Partials } from "discord.js";

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
  partials: [Partials.Channel],
  rest: { api: process.env.DISCORD_API ?? "https://discord.com/api" },
});
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) {
    interaction.reply({ content: "Your radio code is 0086" }).catch((error: unknown) => {
      process.stderr.write(`baseline error: ${String(error)}\n`);
    });
  }
});
client.once(Events.ClientReady, () => process.stderr.write("ready\n"));
await client.login(process.env.DISCORD_TOKEN ?? "");
process.once("SIGTERM", () => void client.destroy().then(() => process.exit(0)));
