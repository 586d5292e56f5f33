// tt run in-process (src/cli.ts main) on a given data folder, with the filesystem faults of
// src/platform/fs.ts (TT_FAULT...) and a pinned clock: the fault sweeps run a command hundreds of
// times, which as processes would cost minutes on a shared machine.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli.ts';
import { makeFs } from '../../src/platform/fs.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';
import { tempDir } from '../helpers/tmp.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export type Faults = Record<string, string>;

export const NOW = '2026-11-20T12:00:00Z';

export function ctxFor(home: string, faults: Faults = {}, now = NOW): TestCtx {
  return testCtx({ now, env: { TT_HOME: home, TZ: 'Europe/Berlin' }, fs: makeFs(faults) });
}

export async function runIn(home: string, args: string[], faults: Faults = {}, ctx: TestCtx = ctxFor(home, faults)): Promise<Run> {
  const code = await main(args, ctx);
  return { code, stdout: ctx.stdout.join(''), stderr: ctx.stderr.join('') };
}

export async function okIn(home: string, args: string[]): Promise<Run> {
  const r = await runIn(home, args);
  if (r.code !== 0) throw new Error(`tt ${args.join(' ')} exited ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

/** A fresh copy of the data folder `template`, so every attempt starts from the same state. */
export function copyOf(template: string): string {
  const home = join(tempDir('tt-copy-'), 'data');
  mkdirSync(home);
  cpSync(template, home, { recursive: true });
  return home;
}

/** What a user sees of a data folder (ids, which are random, left out), to compare two of them. */
export async function view(home: string): Promise<unknown> {
  const parts: unknown[] = [];
  for (const args of [
    ['log', '--since', '2020-01-01', '--json'],
    ['status', '--json'],
    ['client', 'list', '--json'],
    ['config', 'list', '--json'],
    ['invoice', 'list', '--json'],
    ['calendar', 'list', '--json'],
  ]) {
    const r = await runIn(home, args);
    parts.push(r.code, JSON.parse(r.stdout || 'null'));
  }
  const ics = join(home, 'calendars', 'work.ics');
  parts.push(existsSync(ics) ? readFileSync(ics, 'latin1') : null);
  return JSON.parse(JSON.stringify(parts), (k, v: unknown) => (/^(id|shortId|action|lastAction|invoice|entries|createdAt|importedAt)$/.test(k) && typeof v !== 'object' ? '…' : v));
}
