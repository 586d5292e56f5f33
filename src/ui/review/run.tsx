// Mounts the review screen on the terminal and resolves when the user quits. Imported only by
// `tt review` on a terminal, so ink and React load for nothing else.
import { render } from 'ink';
import type { ScreenProps } from './props.ts';
import { ReviewScreen } from './Screen.tsx';

export async function runScreen(props: ScreenProps): Promise<void> {
  // Ctrl-C saves like q: accepted drafts are never lost to a reflex.
  const app = render(<ReviewScreen {...props} />, { exitOnCtrlC: false, patchConsole: false });
  await app.waitUntilExit();
}
