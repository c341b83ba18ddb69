// A preset file a province wrote: what makes it none is PP708 at the place, YAML errors included.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/diagnostics/messages.js';
import { readPreset } from '../../src/presets/registry.js';

describe('readPreset', () => {
  it('a YAML error is PP708 at its line and column, in the words PP004 uses, not the parser’s English', () => {
    const text = 'ten: hong\nmo_ta: m\nten: hong\n';
    const read = readPreset('/mau/hong.yaml', 'mau/hong.yaml', text);
    expect('code' in read && read.code).toBe('PP708');
    if (!('code' in read)) return;
    expect(read).toMatchObject({ file: 'mau/hong.yaml', line: 3, column: 1, path: '', args: { what: 'yaml', key: '', stem: 'hong' } });
    expect(String(read.args.detail)).not.toBe('');
    expect(String(read.args.detail)).not.toMatch(/at line \d+/);
    // Said as PP004 says a plan's, in either language.
    expect(formatMessage('PP708', read.args, 'vi')).toContain('YAML sai: trường bị khai báo hai lần.');
    expect(formatMessage('PP708', read.args, 'en')).toContain('its YAML is broken: a key appears twice.');
  });

  it('a quote left open is PP708 where it opens, in PP004’s words', () => {
    const read = readPreset('/mau/hong.yaml', 'mau/hong.yaml', 'ten: hong\nmo_ta: "chưa đóng\ncap: so\n');
    expect(read).toMatchObject({ code: 'PP708', line: 2, column: 8, args: { what: 'yaml', problem: 'UNCLOSED_DOUBLE_QUOTE' } });
    if ('code' in read) expect(formatMessage('PP708', read.args, 'vi')).toContain('YAML sai: dấu ngoặc kép (") mở ở đây chưa được đóng');
  });

  it('a field that is missing is PP708 at the top, one of the wrong kind at its value', () => {
    const missing = readPreset('/mau/hong.yaml', 'mau/hong.yaml', 'ten: hong\n');
    expect(missing).toMatchObject({ code: 'PP708', line: 1, column: 1, path: '/mo_ta', args: { what: 'text', key: 'mo_ta' } });
    const wrong = readPreset('/mau/hong.yaml', 'mau/hong.yaml', 'ten: khac\nmo_ta: m\nphuong_phap: p\ncap: so\n');
    expect(wrong).toMatchObject({ code: 'PP708', line: 1, column: 6, path: '/ten', args: { what: 'name', value: 'khac' } });
  });
});
