// argv → subcommand → exit code. Nothing below cli/ sees `process`; no stack trace reaches a user
// unless --debug. Exit codes: 0 done (warnings allowed), 1 a plan has errors, 2 usage error or crash.
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../diagnostics/messages.js';
import type { Io } from './io.js';
import { help, placeholder, ui } from './ui-text.js';
import { localizeProgram, localizedErrorWriter } from './localize-help.js';
import { loadCommands } from './commands/index.js';
import { VERSION } from '../version.js';
import { loadConfig } from '../config/read-config.js';

export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  // --config FILE, or the config found upward from here, may set the language; --lang wins.
  const configValue = optionFromArgv(argv, '--config');
  const configPath = configValue === undefined || configValue.startsWith('-') || configValue === '' ? undefined : configValue;
  const lang: Lang = langFromArgv(argv) ?? loadConfig(io.cwd, io.cwd, configPath).config.lang ?? 'vi';
  io.onLang?.(lang);
  let exitCode = 0;
  const program = new Command('parplan')
    .description(help(lang, 'program'))
    .version(VERSION, '-V, --version', help(lang, 'optVersion'))
    .helpOption('-h, --help', help(lang, 'optHelp'))
    .addOption(new Option(`--lang ${placeholder(lang, 'phLang')}`, help(lang, 'optLang')).choices(['vi', 'en']).default('vi'))
    .option(`--config [${help(lang, 'phFile')}]`, help(lang, 'optConfig'))
    .option('--debug', help(lang, 'optDebug'))
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: localizedErrorWriter(lang, io.stderr) })
    .exitOverride();
  localizeProgram(program, lang);
  // --config takes a file, except in `init --config`, which writes one.
  program.hook('preAction', (_, action) => {
    if (program.opts<{ config?: string | true }>().config === true && action.name() !== 'init') {
      io.stderr(ui(lang, 'configNeedsFile')() + '\n');
      throw new CommanderError(2, 'parplan.config', '');
    }
  });

  const ctx = { io, lang, ...(configPath !== undefined ? { configPath } : {}), setExitCode: (code: number) => void (exitCode = code) };
  for (const register of await loadCommands(commandOf(argv))) register(program, ctx);
  // `-o ""` (an unset shell variable) once meant "no -o" without a word (issue 9): an option given
  // an empty value is a usage error, for every option of every command.
  program.hook('preAction', (_program, command) => {
    for (const option of command.options) {
      if (!option.required && !option.optional) continue;
      const value: unknown = command.getOptionValue(option.attributeName());
      if (typeof value !== 'string' || value !== '' || command.getOptionValueSource(option.attributeName()) !== 'cli') continue;
      io.stderr(ui(lang, 'emptyOption')(option.long ?? option.flags) + '\n');
      throw new CommanderError(2, 'parplan.emptyOption', 'empty option value');
    }
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; a usage error with 1 from commander, ours is 2.
      return e.exitCode === 0 ? 0 : 2;
    }
    io.stderr(ui(lang, 'crash')(e instanceof Error ? e.message : String(e)) + '\n');
    if (debug && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return 2;
  }
}

/** The subcommand argv names: its first word that is neither an option nor the value of --lang or --config. */
function commandOf(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang' || (arg === '--config' && !(argv[i + 1] ?? '-').startsWith('-'))) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

function langFromArgv(argv: string[]): Lang | undefined {
  const value = optionFromArgv(argv, '--lang');
  return value === undefined ? undefined : value === 'en' ? 'en' : 'vi';
}

/** A global option's value, read before commander parses (the language of the help depends on it). */
function optionFromArgv(argv: string[], name: string): string | undefined {
  const end = argv.indexOf('--');
  const i = argv.findIndex((a, at) => (end < 0 || at < end) && (a === name || a.startsWith(`${name}=`)));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.slice(argv[i]!.indexOf('=') + 1) : argv[i + 1];
}
