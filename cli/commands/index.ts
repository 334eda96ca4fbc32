import type { Command } from '../command';
import { contractCommand } from './contract';
import { doctorCommand } from './doctor';
import { emulatorCommand } from './emulator';
import { lintCommand } from './lint';
import { lspCommand } from './lsp';
import { webhooksCommand } from './webhooks';

/**
 * Every subcommand, in the order `--help` lists them.
 * Each lives in its own file in this folder; add one line here per command.
 */
export const commands: readonly Command[] = [
  lintCommand,
  webhooksCommand,
  emulatorCommand,
  contractCommand,
  doctorCommand,
  lspCommand,
];
