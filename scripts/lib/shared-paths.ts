import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The material beside the project that it does not own (`../shared`: the source text, the labelled corpus,
 * saved pages). Tools and tests find it here; ROLE_LENS_SHARED points elsewhere. Tests that need it skip,
 * saying so, when it is absent.
 */
export const SHARED_DIR = path.resolve(
  process.env.ROLE_LENS_SHARED ?? path.join(import.meta.dirname, '../../../shared'),
);

export function sharedPath(...segments: string[]): string {
  return path.join(SHARED_DIR, ...segments);
}

/** Whether a piece of the shared material is here; warns once, naming it, when it is not. */
export function hasShared(what: string, ...segments: string[]): boolean {
  const found = existsSync(sharedPath(...segments));
  if (!found) console.warn(`${what} skipped: ${sharedPath(...segments)} not found`);
  return found;
}
