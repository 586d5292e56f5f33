// Issue 17 item 11: `tt continue` picked the entry with the latest start (an entry added afterwards
// for the morning) rather than the one just stopped, copied the old estimate (the new timer warned
// at once), and `tt continue acme` said "no entry has the id acme" with no hint.
import { describe, expect, it } from 'vitest';
import { week } from './run.ts';

async function day() {
  const w = await week('2026-12-04T08:00:00Z'); // Friday 09:00 in Berlin
  await w.ok(['start', 'acme/api', '--estimate', '30m', '--note', 'paging']);
  w.at('2026-12-04T10:00:00Z');
  await w.ok(['stop']); // 11:00, past the estimate
  await w.ok(['add', 'globex', '--from', '10:00', '--to', '10:30']); // later start, earlier end
  w.at('2026-12-04T11:00:00Z'); // 12:00
  return w;
}

describe('tt continue', () => {
  it('continues the entry stopped last, without its old estimate', async () => {
    const w = await day();
    const r = await w.ok(['continue']);
    expect(r.out).toBe('Started acme/api at 12:00.\n');
    w.at('2026-12-04T11:45:00Z');
    const status = await w.ok(['status']);
    expect(status.out).toContain('acme/api  0:45  (since 12:00)  "paging"');
    expect(status.out).not.toContain('estimate');
    expect(status.err).toBe('');
  });

  it('takes a client as a filter: its last stopped entry', async () => {
    const w = await day();
    expect((await w.ok(['continue', 'globex'])).out).toBe('Started globex at 12:00.\n');
    w.at('2026-12-04T11:10:00Z');
    expect((await w.ok(['continue', 'acme', '--at', '12:05'])).out).toContain('Started acme/api at 12:05.');
  });

  it('says what a word that is neither a client nor an id could be', async () => {
    const w = await day();
    const r = await w.run(['continue', 'acmee']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('tt: "acmee" is neither a client nor an entry id\n  Did you mean `tt continue acme`? `tt log` lists entries with their ids.\n');
    const none = await w.run(['continue', 'acme/web']);
    expect(none.err).toContain('tt: acme/web has no stopped entry to continue');
  });
});
