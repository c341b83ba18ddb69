// The questions `init` asks on a terminal, rendered and answered with @inquirer/testing.
import { input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it, vi } from 'vitest';
import { listPresets } from '../../src/presets/registry.js';
import { abbreviationQuestion, presetQuestion, unitQuestion, yearQuestion } from '../../src/presets/questions.js';

describe('init questions', () => {
  it('offers every preset, with its description, and returns the chosen name', async () => {
    const presets = listPresets();
    const { answer, events, getScreen } = await render(select, presetQuestion(presets, 'vi'));
    const screen = getScreen().replace(/\s+/g, ' '); // long lines wrap at the test terminal's width
    expect(screen).toContain('Chọn mẫu kế hoạch');
    for (const p of presets) expect(screen).toContain(`${p.name}: ${p.description}`);
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe(presets[1]!.name);
  });

  it('asks for the unit with an example for the preset level, and refuses an empty answer', async () => {
    const { answer, events, getScreen } = await render(input, unitQuestion('huyen', 'vi'));
    expect(getScreen()).toContain('ví dụ: Ủy ban nhân dân huyện Bảo Thắng');
    events.keypress('enter');
    await vi.waitFor(() => expect(getScreen()).toContain('Hãy nhập tên cơ quan ban hành.'));
    events.type('UBND huyện Bát Xát');
    events.keypress('enter');
    await expect(answer).resolves.toBe('UBND huyện Bát Xát');
  });

  it('suggests the abbreviation, shows it in capitals, and refuses one the ký hiệu cannot hold', async () => {
    const accepted = await render(input, abbreviationQuestion('SKHCN', 'vi'));
    expect(accepted.getScreen()).toContain('SKHCN');
    accepted.events.keypress('enter');
    await expect(accepted.answer).resolves.toBe('SKHCN');

    const typed = await render(input, abbreviationQuestion(undefined, 'en'));
    typed.events.type('s kh');
    expect(typed.getScreen()).toContain('S KH');
    typed.events.keypress('enter');
    await vi.waitFor(() => expect(typed.getScreen()).toContain('1 to 12 capital letters or digits'));
    for (let i = 0; i < 4; i++) typed.events.keypress('backspace');
    typed.events.type('skhcn');
    typed.events.keypress('enter');
    await expect(typed.answer).resolves.toBe('skhcn'); // init normalises it to SKHCN
  });

  it('suggests this year, and refuses a year that is not 4 digits', async () => {
    const { answer, events, getScreen } = await render(input, yearQuestion(2024, 'vi'));
    expect(getScreen()).toContain('Năm kế hoạch');
    expect(getScreen()).toContain('2024');
    events.type('24');
    events.keypress('enter');
    await vi.waitFor(() => expect(getScreen()).toContain('Năm phải là số có 4 chữ số'));
    events.keypress('backspace');
    events.keypress('backspace');
    events.type('2025');
    events.keypress('enter');
    await expect(answer).resolves.toBe('2025');
  });
});
