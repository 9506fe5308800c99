/**
 * The last session in localStorage, so a reload (without a link) brings back what the user typed.
 * Capped: a huge paste is not stored at all rather than half-stored.
 */
import { validateState, type PermalinkState } from '@/lib/permalink';

const KEY = 'layerlab:session:v1';
/** characters of JSON; localStorage quotas are ~5 MB of UTF-16 per origin */
export const MAX_SESSION_CHARS = 1_000_000;

export function loadSession(): PermalinkState | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw || raw.length > MAX_SESSION_CHARS) return null;
    const result = validateState(JSON.parse(raw));
    return result.ok ? result.state : null;
  } catch {
    return null;
  }
}

export function saveSession(state: PermalinkState): void {
  try {
    const raw = JSON.stringify(state);
    if (raw.length > MAX_SESSION_CHARS) {
      // Keeping an older, smaller session would silently restore text the user replaced.
      window.localStorage.removeItem(KEY);
      return;
    }
    window.localStorage.setItem(KEY, raw);
  } catch {
    /* quota or disabled storage: the session is simply not remembered */
  }
}
