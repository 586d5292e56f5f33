// The store's one way to change several files together (issue 13 item 5): `store.transaction(tx => …)`.
// Everything written through `tx` lands when the function returns, or nothing does; while it runs, `tx`
// is the only way to write (a direct write is refused as a bug), so nothing can be half-written.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { EnvError } from '../../src/core/errors.ts';
import type { Entry } from '../../src/core/events.ts';
import { makeFs, type Fs } from '../../src/platform/fs.ts';
import { appendLine, changeCount, ensureDir, writeAtomic } from '../../src/store/io.ts';
import { Store } from '../../src/store/store.ts';
import { testCtx } from '../helpers/ctx.ts';
import { tempDir } from '../helpers/tmp.ts';

const NOW = '2026-11-20T12:00:00Z';

/** Every file below `root` with its bytes (folders too, as empty markers). */
function files(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        out.set(`${relative(root, path)}/`, '');
        walk(path);
      } else out.set(relative(root, path), readFileSync(path, 'latin1'));
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

/** A filesystem that fails `op` on paths `when` picks, with ENOSPC. */
function failing(op: 'open' | 'rename', when: (path: string) => boolean): Fs {
  const fs = makeFs({});
  const fail = (path: string): never => {
    const e = new Error(`ENOSPC: no space left on device, ${op} '${path}'`) as NodeJS.ErrnoException;
    e.code = 'ENOSPC';
    throw e;
  };
  return {
    ...fs,
    openSync: (path, flags, mode) => (op === 'open' && when(path) ? fail(path) : fs.openSync(path, flags, mode)),
    renameSync: (from, to) => (op === 'rename' && when(to) ? fail(to) : fs.renameSync(from, to)),
    statfsSync: () => ({ bsize: 4096, bavail: 0 }),
  };
}

let home: string;

function storeOn(fs?: Fs): Store {
  return new Store(testCtx({ now: NOW, fs, env: { TT_HOME: home, TZ: 'Europe/Berlin' } }));
}

const entry = (id: string): Entry => ({ id, start: Date.parse(NOW), end: null, tz: 'Europe/Berlin', source: 'cli', lastAction: id, client: 'acme', tags: [] });

/** A change touching every kind of write: a new file in a new folder, a file replaced, events, the timer. */
function everything(store: Store, tx: Parameters<Parameters<Store['transaction']>[0]>[0]): void {
  const id = store.newId();
  tx.write(join(home, 'invoices', 'new.json'), '{"new":true}\n');
  tx.write(join(home, 'config.json'), '{"version":1,"values":{"idle":"20m"}}\n');
  tx.append([{ ...store.stamp(id), id, kind: 'entry', entry: id, start: NOW, end: null, client: 'acme', tags: [] }]);
  tx.setTimer(entry(id));
}

beforeEach(() => {
  home = join(tempDir('tt-tx-'), 'data');
  const store = storeOn();
  store.transaction((tx) => {
    tx.write(join(home, 'config.json'), '{"version":1,"values":{}}\n');
    tx.setTimer(null);
  });
});

describe('store.transaction', () => {
  it('writes everything when its function returns: new files, replaced files, one journal line, the timer', () => {
    const store = storeOn();
    const before = changeCount();
    store.transaction((tx) => everything(store, tx));
    expect(readFileSync(join(home, 'invoices', 'new.json'), 'utf8')).toBe('{"new":true}\n');
    expect(readFileSync(join(home, 'config.json'), 'utf8')).toContain('20m');
    const lines = readFileSync(join(home, 'journal.ndjson'), 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(store.timer()?.client).toBe('acme');
    expect(readFileSync(join(home, 'state', 'timer'), 'utf8')).toMatch(/^\d+ acme\n$/);
    expect(changeCount()).toBe(before + 1);
    expect([...files(home).keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a failure inside its function rolls every write back: files, folders, events and timer as before', () => {
    const store = storeOn();
    const before = files(home);
    const changes = changeCount();
    expect(() =>
      store.transaction((tx) => {
        everything(store, tx);
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expect(files(home)).toEqual(before);
    expect(changeCount()).toBe(changes);
  });

  it('a failure at the commit point (the journal append) leaves everything as it was, the new file removed', () => {
    const store = storeOn(failing('open', (p) => p.endsWith('journal.ndjson')));
    const before = files(home);
    expect(() => store.transaction((tx) => everything(store, tx))).toThrow(EnvError);
    expect(files(home)).toEqual(before);
  });

  it('a new file that cannot be placed leaves everything as it was', () => {
    const store = storeOn(failing('rename', (p) => p.endsWith('new.json')));
    const before = files(home);
    expect(() => store.transaction((tx) => everything(store, tx))).toThrow(EnvError);
    expect(files(home)).toEqual(before);
  });

  it('after the commit point, a timer state it cannot replace is emptied (read as damaged), never left stale', () => {
    const store = storeOn(failing('rename', (p) => p.endsWith('timer.json')));
    let err: unknown;
    try {
      store.transaction((tx) => everything(store, tx));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EnvError);
    expect((err as EnvError).hint).toContain('The change itself was saved');
    expect(readFileSync(join(home, 'journal.ndjson'), 'utf8')).toContain('"kind":"entry"');
    expect(readFileSync(join(home, 'state', 'timer.json'), 'utf8')).toBe('');
    expect([...files(home).keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads inside it see its own writes; the timer it sets is the one it reads', () => {
    const store = storeOn();
    store.transaction((tx) => {
      tx.write(join(home, 'notes.txt'), 'one');
      expect(tx.read(join(home, 'notes.txt'))).toBe('one');
      tx.setTimer(entry('x'));
      expect(tx.timer()?.id).toBe('x');
      expect(store.timer()).toBeNull(); // the file: unchanged until the commit
    });
    expect(store.timer()?.id).toBe('x');
  });
});

describe('nothing writes around an open transaction', () => {
  const attempts: Record<string, (store: Store) => void> = {
    writeAtomic: (store) => writeAtomic(store.ctx.fs, join(home, 'config.json'), 'x'),
    appendLine: (store) => appendLine(store.ctx.fs, join(home, 'journal.ndjson'), '{}'),
    ensureDir: (store) => ensureDir(store.ctx.fs, join(home, 'other')),
    'Store.append': (store) => store.append([]),
    'a second transaction': (store) => store.transaction(() => undefined),
  };
  for (const [name, attempt] of Object.entries(attempts)) {
    it(`${name} inside one is refused as a bug, and the transaction writes nothing`, () => {
      const store = storeOn();
      const before = files(home);
      expect(() =>
        store.transaction((tx) => {
          everything(store, tx);
          attempt(store);
        }),
      ).toThrow(/^bug: /);
      expect(files(home)).toEqual(before);
    });
  }

  it('a transaction object kept past its end cannot write', () => {
    const store = storeOn();
    let kept: Parameters<Parameters<Store['transaction']>[0]>[0] | undefined;
    store.transaction((tx) => void (kept = tx));
    expect(() => kept!.write(join(home, 'late.txt'), 'late')).toThrow(/^bug: /);
    expect(existsSync(join(home, 'late.txt'))).toBe(false);
  });

  it('an async function is refused: its writes would come after the commit', () => {
    const store = storeOn();
    const before = files(home);
    expect(() =>
      store.transaction(async (tx) => {
        everything(store, tx);
        await Promise.resolve();
      }),
    ).toThrow(/^bug: /);
    expect(files(home)).toEqual(before);
  });

  it('direct writes work again once it has ended, and the lock is free', () => {
    const store = storeOn();
    store.transaction(() => undefined);
    writeAtomic(store.ctx.fs, join(home, 'after.txt'), 'ok');
    expect(readFileSync(join(home, 'after.txt'), 'utf8')).toBe('ok');
    expect(existsSync(join(home, 'lock'))).toBe(false);
  });
});
