// What an invoice line says: the user's own notes, never evidence. Entries that `tt review` saved
// carry their evidence as an internal note (core/events.ts), which stays out; a line without a note
// is described by its project, or as "Development" when it has none. Pure.

export const DEFAULT_DESCRIPTION = 'Development';

/** The client-facing note of an entry: its own note, or nothing (tags and internal notes stay out). */
export const clientNote = (e: { note?: string }): string => e.note ?? '';

export function lineDescription(notes: readonly string[], project: string | null): string {
  const text = notes.filter(Boolean).join('; ');
  return text || project || DEFAULT_DESCRIPTION;
}
