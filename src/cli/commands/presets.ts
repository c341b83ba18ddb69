// parplan presets [--format text|json]: the presets `init` can start from, on stdout (what the user
// asked for). json: [{"name": …, "description": …}, …], for scripts and editors.
import { Option } from 'commander';
import type { Lang } from '../../diagnostics/messages.js';
import type { Preset } from '../../presets/registry.js';
import { presetsForRun } from '../presets-for-run.js';
import type { RegisterCommand } from './index.js';
import { help, placeholder } from '../ui-text.js';
import { configForRun } from '../config.js';

export type PresetFormat = 'text' | 'json';

/** Formats are small pure functions picked by name (STYLE §3). */
export const PRESET_FORMATS: Record<PresetFormat, (presets: readonly Preset[], lang: Lang) => string> = {
  text: (presets, lang) => {
    if (presets.length === 0) return lang === 'vi' ? 'Không có mẫu kế hoạch nào dùng được.\n' : 'No usable presets.\n';
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
      // A province's presets folder may hold a file that is no preset: listed without it, said why, exit 1.
      const { presets, problems } = presetsForRun(config.config.presets, ctx.io, ctx.lang);
      ctx.io.stdout(PRESET_FORMATS[opts.format](presets, ctx.lang));
      ctx.setExitCode(problems > 0 ? 1 : 0);
    });
};
