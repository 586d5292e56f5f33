// `tt fold` killed with SIGKILL at random points, 50 times: no event lost or doubled, the store still
// readable, and the command after each crash takes the dead process's lock over instead of waiting.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ok, tt, ttEnv, ttJson, type TtEnv } from '../helpers/cli.ts';
import { ttLarge } from './large-output.ts';
import { appendToJournal, entryEvents } from './events.ts';
import { leftovers, notExactlyOnce, shardEvents } from './store-files.ts';

const ROUNDS = 50;
const BATCH = 400; // records added to the journal before each fold: enough that folding takes a while

/** Every record id in the journal and in journals set aside: what folding must keep, exactly once. */
function journalIds(home: string): string[] {
  const files = readdirSync(home).filter((f) => f === 'journal.ndjson' || /^journal\..*\.aside$/.test(f));
  return files.flatMap((f) =>
    readFileSync(join(home, f), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => (JSON.parse(l) as { id: string }).id),
  );
}

/**
 * Spawns `tt fold` and kills it 0-30 ms after it has taken the lock (or at once when it never does).
 * Resolves with whether the kill landed before the process finished on its own.
 */
function foldAndKill(e: TtEnv): Promise<{ killed: boolean; pid: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'fold'], { env: e.env, stdio: 'ignore' });
    let killed = false;
    const kill = (): void => {
      if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL');
    };
    // The lock's appearance marks the start of the fold; the random delay then lands anywhere inside.
    const watcher = watch(e.home, (_type, name) => {
      if (name === 'lock' && existsSync(join(e.home, 'lock'))) {
        watcher.close();
        setTimeout(kill, Math.random() * 30);
      }
    });
    const fallback = setTimeout(kill, 5000);
    child.on('exit', () => {
      clearTimeout(fallback);
      watcher.close();
      resolve({ killed, pid: child.pid ?? -1 });
    });
  });
}

describe('a fold killed at random points', () => {
  it('loses and doubles nothing over 50 SIGKILLs, and the next command takes a stale lock over', async () => {
    const e = ttEnv({ now: '2026-11-20T12:00:00Z' });
    ok(e, ['client', 'add', 'acme']);
    ok(e, ['fold']); // creates the device id and the folder layout before the first crash
    const expected = new Set<string>();
    let killedMidway = 0;
    let takenOver = 0;
    for (let round = 0; round < ROUNDS; round++) {
      appendToJournal(e.home, entryEvents(BATCH, Date.parse('2025-01-01T00:00:00Z') + round * 3_600_000, 12, `r${round}`));
      for (const id of journalIds(e.home)) expected.add(id);
      const { killed, pid } = await foldAndKill(e);
      if (killed) killedMidway++;
      // A timer command after each crash adds its own record, and must get past the dead fold's lock.
      const lock = join(e.home, 'lock');
      const stale = existsSync(lock) ? readFileSync(lock, 'utf8') : null;
      const next = tt(e, round % 2 === 0 ? ['start', 'acme', '--at', '11:00'] : ['stop']);
      expect({ code: next.code, stderr: next.stderr }).toEqual({ code: 0, stderr: '' });
      if (stale !== null && stale.includes(`"pid":${pid}`)) {
        takenOver++;
        expect(existsSync(lock)).toBe(false); // taken over, used and released, not waited out
      }
      for (const id of journalIds(e.home)) expected.add(id);
    }
    // The kills must really have hit folds in progress, holding the lock, for the test to mean anything.
    expect(killedMidway).toBeGreaterThan(ROUNDS / 2);
    expect(takenOver).toBeGreaterThan(0);

    ok(e, ['fold']);
    expect(leftovers(e.home)).toEqual([]); // the temp files of killed folds are tidied by the next fold
    const stored = shardEvents(e.home).map((x) => x.id);
    expect(notExactlyOnce([...expected], stored)).toEqual({ missing: [], doubled: [], unexpected: [] });
    expect(stored.length).toBe(ROUNDS * BATCH + ROUNDS); // each round's batch, plus one start or stop event

    const log = JSON.parse(ttLarge(e, ['log', '--since', '2000-01-01', '--json'])) as { entries: { id: string }[] };
    expect(log.entries.length).toBe(ROUNDS * BATCH + ROUNDS / 2);
    const doctor = ttJson<{ ok: boolean; findings: { file: string }[] }>(e, ['doctor']);
    expect(doctor.ok).toBe(true);
    expect(doctor.findings.filter((f) => !f.file.includes('journal'))).toEqual([]);
  }, 600_000);
});
