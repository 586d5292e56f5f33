// ink and @inkjs/ui for the review screen, loaded once by runScreen and taken from here by the
// screen's parts as they render. The screen is built into dist/review.mjs, an ES module of its own
// (ink's yoga-layout has a top-level await; scripts/build.mjs), where esbuild inlines these
// import()s; nothing else in tt loads them.
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
