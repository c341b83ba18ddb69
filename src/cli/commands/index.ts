// The subcommand table: one file per subcommand, each adding itself to the program.
import type { Command } from 'commander';
import type { Lang } from '../../diagnostics/messages.js';
import type { Io } from '../io.js';
import { registerRender } from './render.js';
import { registerBatch } from './batch.js';
import { registerValidate } from './validate.js';
import { registerSchema } from './schema.js';
import { registerInit } from './init.js';
import { registerPresets } from './presets.js';
import { registerCheck } from './check.js';
import { registerEdit } from './edit.js';
import { registerImport } from './import.js';

export interface CommandContext {
  io: Io;
  lang: Lang;
  /** --config FILE (a global option): the config file to use instead of the one found upward. */
  configPath?: string;
  /** The exit code main() returns once the action has finished. */
  setExitCode(code: number): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const COMMANDS: RegisterCommand[] = [registerRender, registerBatch, registerValidate, registerSchema, registerInit, registerPresets, registerCheck, registerEdit, registerImport];
