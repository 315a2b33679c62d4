/**
 * Escapes text for HTML element content and double- or single-quoted attribute values: `&`, `<`, `>`, `"` and
 * `'`. Every text that comes from a matrix goes through it, so a unit named `<script>` stays text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
