// parplan presets [--format text|json]: the presets `init` can start from, on stdout (what the user
// asked for). json: [{"name": …, "description": …}, …], for scripts and editors.
import { Option } from 'commander';
import type { Lang } from '../../diagnostics/messages.js';
import { listPresets, type Preset } from '../../presets/registry.js';
import type { RegisterCommand } from './index.js';
import { help, placeholder } from '../ui-text.js';
import { configForRun } from '../config.js';

export type PresetFormat = 'text' | 'json';

/** Formats are small pure functions picked by name (STYLE §3). */
export const PRESET_FORMATS: Record<PresetFormat, (presets: readonly Preset[], lang: Lang) => string> = {
  text: (presets, lang) => {
    const width = Math.max(...presets.map((p) => p.name.length));
    const rows = presets.map((p) => `${p.name.padEnd(width)}  ${p.description}\n${' '.repeat(width)}  ${lang === 'vi' ? 'theo' : 'follows'} ${p.methodology}`);
    const hint = lang === 'vi' ? 'Tạo kế hoạch mới: parplan init plan.yaml --preset <tên>' : 'Start a plan: parplan init plan.yaml --preset <name>';
    return `${rows.join('\n')}\n\n${hint}\n`;
  },
  json: (presets) => JSON.stringify(presets.map((p) => ({ name: p.name, description: p.description })), null, 2) + '\n',
};

export const registerPresets: RegisterCommand = (program, ctx) => {
  program
    .command('presets')
    .description(help(ctx.lang, 'presetsDesc'))
    .addOption(new Option(`--format ${placeholder(ctx.lang, 'phFormat')}`, help(ctx.lang, 'presetsFormat')).choices(Object.keys(PRESET_FORMATS)).default('text'))
    .action(async (opts: { format: PresetFormat }) => {
      // The config's presets folder, if it names one.
      const config = await configForRun([], ctx.configPath, ctx.io, ctx.lang);
      if (config === 'failed') return ctx.setExitCode(2);
      ctx.io.stdout(PRESET_FORMATS[opts.format](listPresets(config.config.presets), ctx.lang));
      ctx.setExitCode(0);
    });
};
