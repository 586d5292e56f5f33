// Shared by the calendar tests: small .ics files written in the test, a data folder with tz set, and
// the commands run in-process. The three zones every behaviour test runs in: UTC, one east of UTC
// and one west of it, both with daylight saving time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../src/cli.ts';
import { testCtx, type TestCtx } from '../helpers/ctx.ts';
import { tempDir } from '../helpers/tmp.ts';

export const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York'] as const;

export function ics(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tt test//EN'];
  for (const e of events) lines.push('BEGIN:VEVENT', ...e, 'END:VEVENT');
  return `${[...lines, 'END:VCALENDAR'].join('\r\n')}\r\n`;
}

/** A Google export: it names its zone in X-WR-TIMEZONE and writes timed values in UTC. */
export function googleIcs(zone: string, ...events: string[][]): string {
  return ics(...events).replace('PRODID:-//tt test//EN', `PRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nX-WR-CALNAME:Work\r\nX-WR-TIMEZONE:${zone}`);
}

export function writeIcs(text: string, name = 'work.ics'): string {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

export interface Run {
  code: number;
  out: string;
  err: string;
}

export class Tt {
  readonly ctx: TestCtx;
  constructor(now = '2024-06-14T12:00:00Z', env: Record<string, string> = {}) {
    this.ctx = testCtx({ now, env });
  }

  async run(...argv: string[]): Promise<Run> {
    this.ctx.stdout.length = 0;
    this.ctx.stderr.length = 0;
    const code = await main(argv, this.ctx);
    return { code, out: this.ctx.stdout.join(''), err: this.ctx.stderr.join('') };
  }

  async ok(...argv: string[]): Promise<Run> {
    const r = await this.run(...argv);
    expect(r.code, `tt ${argv.join(' ')}\n${r.err}`).toBe(0);
    return r;
  }

  async json<T = Meeting[]>(...argv: string[]): Promise<T> {
    return JSON.parse((await this.ok(...argv, '--json')).out) as T;
  }

  get home(): string {
    return this.ctx.env.TT_HOME!;
  }
}

export interface Meeting {
  uid: string;
  recurrenceId: string | null;
  title: string;
  start: string;
  end: string;
  hours: number;
  counted: boolean;
  reason: string | null;
}

/** A data folder whose tz is `zone`. */
export async function inZone(zone: string, now?: string, env?: Record<string, string>): Promise<Tt> {
  const tt = new Tt(now, env);
  await tt.ok('config', 'set', 'tz', zone);
  await tt.ok('config', 'set', 'me.emails', 'me@example.com');
  return tt;
}

export const span = (m: Meeting): string => `${m.start} ${m.end} ${m.title}${m.counted === false ? ` (${m.reason})` : ''}`;
