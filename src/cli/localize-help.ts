// commander's own words in the user's language: the help's titles (Usage, Options, …), the usage
// line's [options] and [command], "(choices: …)" and "(default: …)", the help command, and its
// usage errors. Set on the program before the subcommands are added, so they inherit it. The words
// themselves are in ui-text.ts.
import { Help, type Command, type Option, type Argument } from 'commander';
import type { Lang } from '../diagnostics/messages.js';
import { commanderError, help } from './ui-text.js';

export function localizeProgram(program: Command, lang: Lang): void {
  const titles: Record<string, string> = {
    'Usage:': help(lang, 'usage'),
    'Options:': help(lang, 'options'),
    'Global Options:': help(lang, 'globalOptions'),
    'Arguments:': help(lang, 'arguments'),
    'Commands:': help(lang, 'commands'),
  };
  const words = (text: string) => text.replace(/\[options\]/g, help(lang, 'optionsWord')).replace(/\[command\]/g, help(lang, 'commandWord'));
  const extra = (description: string, choices: readonly string[] | undefined, fallback: { shown: boolean; value: unknown; text: string | undefined }) => {
    const info: string[] = [];
    if (choices) info.push(`${help(lang, 'choices')}: ${choices.join(', ')}`);
    if (fallback.shown && fallback.value !== undefined) info.push(`${help(lang, 'default')}: ${fallback.text ?? String(fallback.value)}`);
    return info.length === 0 ? description : `${description} (${info.join('; ')})`.trim();
  };
  const base = new Help();
  program.configureHelp({
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage: (cmd: Command) => words(base.commandUsage(cmd)),
    subcommandTerm: (cmd: Command) => words(base.subcommandTerm(cmd)),
    optionDescription: (option: Option) =>
      extra(option.description, option.argChoices, {
        shown: option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean' && option.defaultValue),
        value: option.defaultValue,
        text: option.defaultValueDescription,
      }),
    argumentDescription: (argument: Argument) =>
      extra(argument.description, argument.argChoices, { shown: true, value: argument.defaultValue, text: argument.defaultValueDescription }),
  });
  program.helpCommand(`help [${help(lang, 'helpCommandArg')}]`, help(lang, 'helpCommand'));
  program.showHelpAfterError(help(lang, 'helpAfterError'));
}

/** Where commander writes an error: translated on the way. */
export function localizedErrorWriter(lang: Lang, write: (text: string) => void): (text: string, fallback: (text: string) => void) => void {
  return (text) => write(commanderError(lang, text));
}
