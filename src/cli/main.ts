// argv → subcommand → exit code. Nothing below cli/ sees `process`; no stack trace reaches a user
// unless --debug. Exit codes: 0 done (warnings allowed), 1 a plan has errors, 2 usage error or crash.
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../diagnostics/messages.js';
import type { Io } from './io.js';
import { help, placeholder, ui } from './ui-text.js';
import { localizeProgram, localizedErrorWriter } from './localize-help.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from '../version.js';

// The CLI bundle (dist/parplan.cjs) is also the library `import 'parplan'` resolves to: one bundle.
export * from '../index.js';

export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  const lang: Lang = langFromArgv(argv);
  let exitCode = 0;
  const program = new Command('parplan')
    .description(help(lang, 'program'))
    .version(VERSION, '-V, --version', help(lang, 'optVersion'))
    .helpOption('-h, --help', help(lang, 'optHelp'))
    .addOption(new Option(`--lang ${placeholder(lang, 'phLang')}`, help(lang, 'optLang')).choices(['vi', 'en']).default('vi'))
    .option('--debug', help(lang, 'optDebug'))
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: localizedErrorWriter(lang, io.stderr) })
    .exitOverride();
  localizeProgram(program, lang);

  const ctx = { io, lang, setExitCode: (code: number) => void (exitCode = code) };
  for (const register of COMMANDS) register(program, ctx);

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

function langFromArgv(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const value = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}
