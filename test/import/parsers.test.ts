// The Timewarrior and Watson readers: times, tags and origins as the files hold them, and bad input
// named by file and record.
import { describe, expect, it } from 'vitest';
import { TtError } from '../../src/core/errors.ts';
import { parseTimewarrior, parseTimewTime } from '../../src/import/timewarrior.ts';
import { parseWatson } from '../../src/import/watson.ts';

const TIMEW = `[
{"id":3,"start":"20261024T233000Z","end":"20261025T023000Z","tags":["acme"]},
{"id":2,"start":"20261102T080000Z","end":"20261102T103000Z","tags":["Acme Corp","web"],"annotation":"login page"},
{"id":1,"start":"20261103T100000Z"}
]`;

function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(TtError);
    expect((err as TtError).exitCode).toBe(2);
    return (err as TtError).message;
  }
  throw new Error('expected a UsageError');
}

describe('timewarrior', () => {
  it('reads UTC times, tags, annotation and a running interval', () => {
    const r = parseTimewarrior(TIMEW, 'tw.json');
    expect(r).toHaveLength(3);
    expect(r[0]).toEqual({
      origin: 'timewarrior:20261024T233000Z:20261025T023000Z',
      where: 'interval 1',
      start: Date.UTC(2026, 9, 24, 23, 30),
      end: Date.UTC(2026, 9, 25, 2, 30),
      client: null,
      project: null,
      tags: ['acme'],
      note: null,
    });
    expect(r[1]!.note).toBe('login page');
    expect(r[1]!.tags).toEqual(['Acme Corp', 'web']);
    expect(r[2]!.end).toBeNull();
    expect(r[2]!.origin).toBe('timewarrior:20261103T100000Z:');
  });

  it('checks calendar dates', () => {
    expect(parseTimewTime('20261131T000000Z')).toBeNull();
    expect(parseTimewTime('20261102T246000Z')).toBeNull();
    expect(parseTimewTime('2026-11-02T09:00:00Z')).toBeNull();
    expect(parseTimewTime('20240229T120000Z')).toBe(Date.UTC(2024, 1, 29, 12));
  });

  it('names the file and interval of bad input', () => {
    expect(usageMessage(() => parseTimewarrior('{"id":1}', 'tw.json'))).toBe('tw.json: expected a JSON array at the top level');
    expect(usageMessage(() => parseTimewarrior('[{"start":"20261102T080000Z"},{"start":"yesterday"}]', 'tw.json'))).toBe(
      'tw.json: interval 2: start "yesterday" is not a Timewarrior time like 20261102T090000Z',
    );
    expect(usageMessage(() => parseTimewarrior('[{"start":"20261102T080000Z","tags":"acme"}]', 'tw.json'))).toBe('tw.json: interval 1: "tags" is not a list of strings');
    expect(usageMessage(() => parseTimewarrior('[{"start": ', 'tw.json'))).toMatch(/^tw\.json is not JSON: /);
  });
});

describe('watson', () => {
  it('reads frames in epoch seconds, with the frame id as origin', () => {
    const r = parseWatson('[[1539683175, 1539685649, "project1", "41dc", ["tag1"], 1539685649], [4000, 4015, "", "1", [], 4015]]', 'frames');
    expect(r[0]).toEqual({
      origin: 'watson:41dc',
      where: 'frame 1',
      start: Date.UTC(2018, 9, 16, 9, 46, 15),
      end: Date.UTC(2018, 9, 16, 10, 27, 29),
      client: null,
      project: 'project1',
      tags: ['tag1'],
      note: null,
    });
    expect(r[1]!.project).toBeNull();
  });

  it('names the frame of bad input', () => {
    expect(usageMessage(() => parseWatson('[[1, 2, "p", "a", []], [1, "2", "p", "b", []]]', 'frames'))).toBe('frames: frame 2: stop is not a number of seconds');
    expect(usageMessage(() => parseWatson('[{"start": 1}]', 'frames'))).toBe('frames: frame 1: is not [start, stop, project, id, tags, updated_at]');
  });
});
