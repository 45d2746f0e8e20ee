/**
 * Web conversation ids: `web:{sessionId}`, where the session id is 16 random bytes in base64url
 * (22 characters) carried by the signed cookie (page) or the signed token (widget). The user key
 * is the same string, so /forget and the desk see one user per browser conversation.
 */
const SESSION_ID = /^[A-Za-z0-9_-]{22}$/;

export const isSessionId = (id: string): boolean => SESSION_ID.test(id);

export function encodeWebConversation(sessionId: string): string {
  if (!isSessionId(sessionId)) throw new Error("not a web session id");
  return `web:${sessionId}`;
}

export function decodeWebConversation(conversation: string): string | undefined {
  if (!conversation.startsWith("web:")) return undefined;
  const id = conversation.slice(4);
  return isSessionId(id) ? id : undefined;
}
