// Mounts the review screen on the terminal and resolves when the user quits. Imported only by
// `tt review` on a terminal, so ink and React load for nothing else.
import { setProcessZone } from '../../core/time.ts';
import { ink, loadInk } from './ink.ts';
import type { ScreenProps } from './props.ts';
import { ReviewScreen } from './Screen.tsx';

/**
 * `processZone`: the zone this process runs in (platform/process-zone.ts), so that the screen works out
 * local times with Date's getters, not Intl, whose first use costs milliseconds of ICU start-up. The
 * screen runs from a bundle of its own (dist/review.mjs), whose copy of core/time.ts must be told.
 */
export async function runScreen(props: ScreenProps, processZone: string | null): Promise<void> {
  setProcessZone(processZone);
  await loadInk();
  // Ctrl-C saves like q: accepted drafts are never lost to a reflex.
  const app = ink().ink.render(<ReviewScreen {...props} />, { exitOnCtrlC: false, patchConsole: false });
  await app.waitUntilExit();
}
