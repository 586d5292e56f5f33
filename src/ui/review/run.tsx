// Mounts the review screen on the terminal and resolves when the user quits. Imported only by
// `tt review` on a terminal, so ink and React load for nothing else.
import { ink, loadInk } from './ink.ts';
import type { ScreenProps } from './props.ts';
import { ReviewScreen } from './Screen.tsx';

export async function runScreen(props: ScreenProps): Promise<void> {
  await loadInk();
  // Ctrl-C saves like q: accepted drafts are never lost to a reflex.
  const app = ink().ink.render(<ReviewScreen {...props} />, { exitOnCtrlC: false, patchConsole: false });
  await app.waitUntilExit();
}
