// The tolerant line reader: what real exporters write must be read, with line numbers kept.
import { describe, expect, it } from 'vitest';
import { logicalLines, parseLine } from '../../src/calendar/lines.ts';
import { readTree } from '../../src/calendar/tree.ts';

describe('logicalLines', () => {
  it('drops a BOM, reads CRLF, LF and CR, and unfolds space- and TAB-folded lines', () => {
    const text = '\uFEFFBEGIN:VCALENDAR\r\nSUMMARY:Long ti\r\n tle\rLOCATION:Room\n\twith a TAB\nEND:VCALENDAR';
    expect(logicalLines(text)).toEqual([
      { text: 'BEGIN:VCALENDAR', line: 1 },
      { text: 'SUMMARY:Long title', line: 2 },
      { text: 'LOCATION:Roomwith a TAB', line: 4 },
      { text: 'END:VCALENDAR', line: 6 },
    ]);
  });

  it('reads an indented BEGIN or END as its own line, not as a fold', () => {
    const lines = logicalLines('   BEGIN:VCALENDAR\nVERSION:2.0\n  BEGIN:VEVENT\n  END:VEVENT\nEND:VCALENDAR');
    expect(lines.map((l) => l.text)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR']);
  });
});

describe('parseLine', () => {
  it('reads parameters, quoted values with colons, and skips empty parameters', () => {
    expect(parseLine({ text: 'DTSTART;;VALUE=DATE-TIME:20140409T093000', line: 4 })).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE-TIME' }, value: '20140409T093000', line: 4 });
    expect(parseLine({ text: 'ATTENDEE;CN="Doe: Jane";PARTSTAT=DECLINED:mailto:jd@x.com', line: 1 })).toMatchObject({ params: { CN: 'Doe: Jane', PARTSTAT: 'DECLINED' }, value: 'mailto:jd@x.com' });
  });

  it('repairs a TZID whose quotes swallow the value (an Exchange export)', () => {
    expect(parseLine({ text: 'DTSTART;TZID="W. Europe Standard Time:20200609T090000"', line: 9 })).toMatchObject({ params: { TZID: 'W. Europe Standard Time' }, value: '20200609T090000' });
  });

  it('reports a line that is no content line, with its number', () => {
    expect(parseLine({ text: '&nbsp; And a non-breaking space.', line: 68 })).toEqual({ line: 68, message: 'not a calendar line: "&nbsp; And a non-breaking space."' });
  });
});

describe('readTree', () => {
  it('reads several VCALENDARs, a missing END, and a stray END, reporting the odd ones', () => {
    const t = readTree('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nEND:VEVENT\nEND:VCALENDAR\nBEGIN:VCALENDAR\nEND:VTODO\nBEGIN:VEVENT\nUID:b\n');
    expect(t.roots.map((r) => [r.name, r.children.map((c) => c.props[0]?.value)])).toEqual([['VCALENDAR', ['a']], ['VCALENDAR', ['b']]]);
    expect(t.problems).toEqual([
      { line: 7, message: 'END:VTODO without a matching BEGIN' },
      { line: 6, message: 'BEGIN:VCALENDAR is never closed' },
      { line: 8, message: 'BEGIN:VEVENT is never closed' },
    ]);
  });
});
