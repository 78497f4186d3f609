/**
 * Whether `message` is one of the extension's messages of this `type`: every message between its scripts
 * is an object with a `type` string; anything else (another extension's, a stale tab's) is not ours.
 */
export function hasMessageType(message: unknown, type: string): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}
