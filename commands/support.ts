/**
 * `/support [message]` and the "Contact support" button (`sp.o`, on replies and after /vin):
 * opens a ticket with the support desk, or adds to the open one.
 */
import { parseVin } from "../src/core/vin.js";
import { ACTION_IDS } from "./replies/action-ids.js";
import { userDeskReply } from "./replies/desk.js";
import { expiredButtonReply } from "./replies/expired.js";
import { supportUnavailable } from "./replies/support.js";
import type { Command } from "./types.js";

export const support: Command = {
  name: "support",
  description: "cmd.support.description",
  needs: "desk",
  options: [
    {
      name: "message",
      type: "string",
      description: "cmd.support.option.message",
      required: false,
      maxLength: 2000,
    },
  ],
  handle: async (input, ctx) => {
    const desk = ctx.services.support;
    if (!desk) return supportUnavailable(ctx.locale);
    const message = String(input.options.message ?? "").trim();
    return userDeskReply(
      ctx.locale,
      await desk.open(ctx, { source: "command", ...(message ? { message } : {}) }),
    );
  },
  actions: [
    {
      // Payload `""` (from any reply) or `vin:UU18SDDJ4F5123456` (from /vin: staff see the VIN).
      id: ACTION_IDS["support.open"],
      handle: async (payload, ctx) => {
        const desk = ctx.services.support;
        if (!desk) return supportUnavailable(ctx.locale);
        if (payload === "") return userDeskReply(ctx.locale, await desk.open(ctx, { source: "action" }));
        if (!payload.startsWith("vin:")) return expiredButtonReply(ctx.locale);
        const vin = parseVin(payload.slice(4), ctx.now);
        if (!vin.ok) return expiredButtonReply(ctx.locale);
        return userDeskReply(ctx.locale, await desk.open(ctx, { source: "vin", vin: vin.value.vin }));
      },
    },
  ],
};
