// The review screen through ink-testing-library: keys in, frames and saved drafts out.
import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { setTimeout as sleep } from 'node:timers/promises';
import { UsageError } from '../../src/core/errors.ts';
import { parseInstant } from '../../src/core/instant.ts';
import { buildDrafts } from '../../src/review/drafts.ts';
import type { Draft } from '../../src/review/types.ts';
import { saveAccepted } from '../../src/review/save.ts';
import { addedSummary } from '../../src/review/text.ts';
import { Store } from '../../src/store/store.ts';
import { ReviewScreen } from '../../src/ui/review/Screen.tsx';
import { testCtx } from '../helpers/ctx.ts';
import { at, TZ, weekInput } from './fixtures.ts';

const NOW = at(27, '19:00');
const KEY = { up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', enter: '\r', esc: '\u001B' };

function mount(store?: Store) {
  const saved: Draft[][] = [];
  const app = render(
    <ReviewScreen
      from="2026-11-23"
      to="2026-11-29"
      tz={TZ}
      set={buildDrafts(weekInput())}
      clients={['acme', 'globex']}
      parseTime={(text, day, label) => parseInstant(text, { now: NOW, tz: TZ, flag: label, day })}
      resolveTarget={(text) => {
        const [client, project] = text.split('/');
        if (client !== 'acme' && client !== 'globex') throw new UsageError(`unknown client "${client}"`, 'Did you mean "acme"?');
        return project ? { client, project } : { client };
      }}
      save={(drafts) => {
        saved.push(drafts);
        if (store) return addedSummary(saveAccepted(store, drafts).entries.map((x) => x.draft), TZ);
        return `Added ${drafts.length} entries.`;
      }}
    />,
  );
  const frame = (): string => app.lastFrame() ?? '';
  let seenFrom = 0;
  /** A frame drawn since the last key that shows `text`: the last one, or (when the screen has
   * already moved on, as on quit, where ink clears the screen after the summary) an earlier one. */
  const shown = (text: string): string | undefined => [...app.frames.slice(seenFrom), frame()].reverse().find((f) => f.includes(text));
  /** Waits until the screen shows `text`: ink renders after the key is read, not at once. */
  const until = async (text: string): Promise<string> => {
    for (let i = 0; i < 2000 && !shown(text); i++) await sleep(10);
    expect(shown(text) ?? frame()).toContain(text);
    // Let React run its effects (ink re-subscribes input handlers there) before the next key.
    await sleep(30);
    return shown(text)!;
  };
  const press = async (key: string, expectText: string): Promise<string> => {
    seenFrom = app.frames.length;
    app.stdin.write(key);
    return until(expectText);
  };
  /** Types into the open prompt and waits until it shows, so Enter submits what was typed. */
  const type = async (text: string): Promise<string> => press(text, `cancels): ${text}`);
  return { app, saved, frame, until, press, type };
}


describe('review screen', () => {
  it('shows days down the side, the day\'s drafts with evidence, and the help line, within 80x24', async () => {
    const s = mount();
    const f = await s.until('tt review 2026-11-23..2026-11-29');
    const lines = f.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(f).toContain('›Mon 23  2:30');
    expect(f).toContain(' Tue 24  1:30');
    expect(f).toContain(' Thu 26  0:00!');
    expect(f).toContain('│ ›  13:30–15:00  1:30 acme         2 commits in acme-web: fix a…');
    expect(f).toContain('│    15:00–15:30  0:30 globex       ! acme|globex: meeting');
    expect(f).toContain('Evidence: 2 commits in acme-web: fix auth redirect, add tests');
    expect(f).toContain('a/⏎ accept');
    expect(f).toContain('q save+quit');
    s.app.unmount();
  });

  it('accepts, skips and undoes, then saves only the accepted drafts on quit', async () => {
    const s = mount();
    await s.until('tt review');
    await s.press('a', 'Accepted 13:30–15:00 acme.');
    expect(s.frame()).toContain('✓ 1 accepted 1:30');
    await s.press('s', 'Skipped 15:00–15:30.');
    await s.press('u', 'Undone.');
    await s.press(KEY.right, '›Tue 24');
    await s.press('a', 'Accepted 09:30–11:00 globex.');
    await s.press('q', 'Added 2 entries.');
    expect(s.saved).toHaveLength(1);
    expect(s.saved[0]!.map((d) => [d.client, new Date(d.start).toISOString(), new Date(d.end).toISOString()])).toEqual([
      ['acme', '2026-11-23T12:30:00.000Z', '2026-11-23T14:00:00.000Z'],
      ['globex', '2026-11-24T08:30:00.000Z', '2026-11-24T10:00:00.000Z'],
    ]);
  });

  it('edits start and end with the time input of tt edit, on the draft\'s own day', async () => {
    const s = mount();
    await s.until('tt review');
    await s.press('e', 'Start (empty keeps 13:30');
    await s.type('13:45');
    await s.press(KEY.enter, 'End (empty keeps 15:00');
    await s.press(KEY.enter, 'Now 13:45–15:00.');
    expect(s.frame()).toContain('13:45–15:00  1:15 acme');
    await s.press('e', 'Start (');
    await s.type('half past nowhere');
    await s.press(KEY.enter, 'start: cannot read "half past nowhere" as a time');
    await s.press('A', 'Accepted 3 drafts of 2026-11-23.');
    await s.press('q', 'Added 3 entries.');
    expect(new Date(s.saved[0]![0]!.start).toISOString()).toBe('2026-11-23T12:45:00.000Z');
  });

  it('changes the client, refusing an unknown one, and decides a conflict with o', async () => {
    const s = mount();
    await s.until('tt review');
    await s.press('c', 'Client[/project]');
    await s.type('acmee');
    await s.press(KEY.enter, 'unknown client "acmee". Did you mean "acme"?');
    await s.press('c', 'Client[/project]');
    await s.type('globex/api');
    await s.press(KEY.enter, 'Now globex/api.');
    await s.press(KEY.down, 'Conflict: acme vs globex (commit, meeting)');
    await s.press('o', 'Now acme.');
    await s.press('a', 'Accepted 15:00–15:30 acme.');
    await s.press('q', 'Added 1 entries.');
    expect(s.saved[0]!.map((d) => d.client)).toEqual(['acme']);
  });

  it('splits at a typed time, merges with the next, and Esc cancels a prompt', async () => {
    const s = mount();
    await s.until('tt review');
    await s.press('x', 'Split at (empty keeps 14:15');
    await s.type('14:00');
    await s.press(KEY.enter, 'Split into 13:30–14:00 and 14:00–15:00.');
    await s.press('m', 'Merged into 13:30–15:00.');
    await s.press('x', 'Split at');
    await s.press(KEY.esc, 'Cancelled.');
    // Ctrl-C saves like q: nothing accepted is lost to a reflex.
    await s.press('\u0003', 'Added 0 entries.');
    expect(s.saved).toEqual([[]]);
  });

  it('writes what was accepted to a real store as review entries of one action', async () => {
    const ctx = testCtx({ now: NOW, env: { TZ } });
    const store = new Store(ctx);
    const s = mount(store);
    await s.until('tt review');
    await s.press('A', 'Accepted 3 drafts of 2026-11-23.');
    await s.press('q', 'Added 3 entries, 2:30 (source review; `tt undo` reverts them all):');
    const h = await store.history();
    expect(h.entries.map((e) => [e.client, new Date(e.start).toISOString(), new Date(e.end ?? NaN).toISOString(), e.source])).toEqual([
      ['acme', '2026-11-23T12:30:00.000Z', '2026-11-23T14:00:00.000Z', 'review'],
      ['globex', '2026-11-23T14:00:00.000Z', '2026-11-23T14:30:00.000Z', 'review'],
      ['globex', '2026-11-23T14:30:00.000Z', '2026-11-23T15:00:00.000Z', 'review'],
    ]);
    expect(new Set(h.events.map((e) => e.action)).size).toBe(1);
    expect([h.entries[1]!.note, h.entries[1]!.internalNote]).toEqual([undefined, "review: meeting 'Globex weekly'"]);
  });
});
