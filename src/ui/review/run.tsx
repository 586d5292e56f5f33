// Mounts the review screen on the terminal and resolves when the user quits. Built into a bundle of
// its own, dist/review.mjs, with ink, React and @inkjs/ui inside (scripts/build.mjs): an ES module,
// because ink's layout engine (yoga-layout) loads with a top-level await. `tt review` import()s it
// on a terminal only, so nothing else loads them.
import { render } from 'ink';
import { setProcessZone } from '../../core/time.ts';
import type { ScreenProps } from './props.ts';
import { ReviewScreen } from './Screen.tsx';

/**
 * `processZone`: the zone this process runs in (platform/process-zone.ts), so that the screen works out
 * local times with Date's getters, not Intl, whose first use costs milliseconds of ICU start-up. The
 * screen runs from a bundle of its own, whose copy of core/time.ts must be told.
 */
export async function runScreen(props: ScreenProps, processZone: string | null): Promise<void> {
  setProcessZone(processZone);
  // Ctrl-C saves like q: accepted drafts are never lost to a reflex.
  const app = render(<ReviewScreen {...props} />, { exitOnCtrlC: false, patchConsole: false });
  await app.waitUntilExit();
}
