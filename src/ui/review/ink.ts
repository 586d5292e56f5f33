// ink and @inkjs/ui for the review screen. They are ES modules with top-level await (yoga-layout), so
// tt's CommonJS bundle can only import() them, never require(): runScreen loads them once, and the
// screen's parts take them from here as they render. Nothing else in tt loads them.
import type * as Ink from 'ink';
import type * as InkUi from '@inkjs/ui';

let loaded: { ink: typeof Ink; ui: typeof InkUi } | undefined;

export async function loadInk(): Promise<void> {
  loaded ??= { ink: await import('ink'), ui: await import('@inkjs/ui') };
}

export function ink(): { ink: typeof Ink; ui: typeof InkUi } {
  if (!loaded) throw new Error('the review screen renders only after loadInk()');
  return loaded;
}
