// The demo world (templates/demo/): the README's main command must show what it promises. Its
// audit JSON is asserted exactly; only the invoice id, temp paths and shas are read from the world.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script shared with `npm run demo`
import { buildWorld, runTt } from '../../scripts/demo-world.mjs';
import { tempDir } from '../helpers/tmp.ts';

describe('the demo world', () => {
  it('audits the invoice that left Friday out: 8 h and $480 unbilled for acme', () => {
    const root = tempDir('tt-demo-');
    const { env } = buildWorld(root);
    const r = runTt(env, ['audit', '--json'], { allow: [0, 1] });
    expect(r.status).toBe(1);
    const audit = JSON.parse(r.stdout);
    const repo = join(root, 'code', 'acme-web');
    // Friday's commits, read back from the repo the world made (oldest first).
    const friday = execFileSync('git', ['log', '--reverse', '--format=%H %s', '--since=2026-11-06T00:00:00+01:00', '--until=2026-11-06T23:59:00+01:00'], { cwd: repo, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => ({ sha: l.slice(0, 40), subject: l.slice(41) }));
    const times = ['08:30', '09:40', '10:50', '12:20', '13:45', '15:00', '16:00'];
    const day = (date: string, invoicedHours: number, evidenceHours: number) => ({ client: 'acme', date, invoicedHours, evidenceHours, differenceHours: evidenceHours - invoicedHours });
    expect(audit).toEqual({
      invoice: { id: audit.invoice.id, number: '2026-001', source: 'tt', from: '2026-11-02', to: '2026-11-08', periodAssumed: false, periodSource: 'recorded' },
      tz: 'Europe/Berlin',
      tolerancePercent: 5,
      clients: [{ client: 'acme', invoicedHours: 32, evidenceHours: 40, unbilledHours: 8, overbilledHours: 0, rate: 60, currency: 'USD', unbilledAmount: 480, flagged: true }],
      days: [day('2026-11-02', 8, 8), day('2026-11-03', 8, 8), day('2026-11-04', 8, 8), day('2026-11-05', 8, 8), day('2026-11-06', 0, 8)],
      gaps: [
        {
          client: 'acme',
          start: '2026-11-06T08:00:00Z',
          end: '2026-11-06T16:00:00Z',
          hours: 8,
          sources: [
            { kind: 'meeting', title: 'Acme standup', calendar: 'work', start: '2026-11-06T08:15:00Z', end: '2026-11-06T08:30:00Z' },
            {
              kind: 'commit',
              repo,
              start: '2026-11-06T08:30:00Z',
              end: '2026-11-06T16:00:00Z',
              count: 7,
              commits: friday.map((c, i) => ({ sha: c.sha, at: `2026-11-06T${times[i]}:00Z`, subject: c.subject })),
            },
          ],
        },
      ],
      // Globex's weekly sync fell inside acme's tracked Wednesday: reported, counted once (for acme).
      conflicts: [{ start: '2026-11-04T13:00:00Z', end: '2026-11-04T14:00:00Z', hours: 1, clients: ['acme', 'globex'], kinds: expect.arrayContaining(['meeting', 'tracked']) }],
      totals: { invoicedHours: 32, evidenceHours: 40, unbilledHours: 8, unbilledAmount: { USD: 480 } },
    });
    expect(friday).toHaveLength(7);

    const text = runTt(env, ['audit'], { allow: [1] }).stdout;
    expect(text.split('\n')[0]).toBe('acme: 8.0 h unbilled ($480.00) in 2026-11-02..2026-11-08: invoiced 32.0 h, evidence 40.0 h');
    // Billing the same entries twice is refused.
    const again = runTt(env, ['invoice', 'create', '--client', 'acme', '--period', '2026-11-02..2026-11-08'], { allow: [2] });
    expect(again.stderr).toMatch(/invoiced|--again/);
  });

  it('says when the period was assumed, and accepts an invoice file', () => {
    const root = tempDir('tt-demo-');
    const { env } = buildWorld(root);
    const file = join(root, 'billed.csv');
    execFileSync('sh', ['-c', `printf 'date,client,project,hours,rate,currency,description\\n2026-11-03,acme,web,8,60,USD,work\\n2026-11-04,acme,web,8,60,USD,work\\n' > '${file}'`]);
    const r = runTt(env, ['audit', '--invoice', file, '--json'], { allow: [1] });
    const a = JSON.parse(r.stdout);
    expect(a.invoice).toMatchObject({ source: 'tt', from: '2026-11-02', to: '2026-11-08', periodAssumed: true });
    expect(a.clients[0]).toMatchObject({ invoicedHours: 16, evidenceHours: 40, unbilledHours: 24, unbilledAmount: 1440 });
    expect(runTt(env, ['audit', '--invoice', file], { allow: [1] }).stdout).toContain('assumed: the whole Monday-to-Sunday weeks');
    // Generous tolerance, matching period: within tolerance, exit 0.
    const ok = runTt(env, ['audit', '--invoice', file, '--period', '2026-11-03..2026-11-04', '--json'], { allow: [0, 1] });
    expect(JSON.parse(ok.stdout).clients[0]).toMatchObject({ invoicedHours: 16, evidenceHours: 16, flagged: false });
    expect(ok.status).toBe(0);
    const bad = runTt(env, ['audit', '--tolerance', 'lots'], { allow: [2] });
    expect(bad.stderr).toContain('not a percentage');
  });
});
