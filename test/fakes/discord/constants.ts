/** Discord constants shared by the fake's modules. */

/** Channel types used here. @see https://discord.com/developers/docs/resources/channel#channel-object-channel-types */
export const ChannelType = { Text: 0, DM: 1, PublicThread: 11, PrivateThread: 12, Forum: 15 } as const;
