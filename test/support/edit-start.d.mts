// Types of edit-start.mjs (plain JavaScript, so that test/bench/edit.mjs can use it too).
import type { ChildProcess } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';

export interface EditCli {
  child: ChildProcess;
  url: Promise<string>;
  stderr(): string;
}
export type Step = [string, number];
export function startEditCli(bin: string, args: string[], env?: Record<string, string>): EditCli;
export function stopEditCli(cli: EditCli): Promise<void>;
export function serverSteps(stderr: string): Step[];
export function openPage(context: BrowserContext, url: string): Promise<{ page: Page; shownAt: number; errors: string[] }>;
export function startSteps(page: Page, stderr: string, shownAt: number): Promise<Step[]>;
export function startSummary(
  steps: Step[],
  spawnedAt: number,
): { addressMs: number; addressCpuMs: number; firstRenderMs: number; firstRenderCpuMs: number; pageToScriptMs: number; documentWaitMs: number; docxPreviewMs: number; text: string };
export function stepLines(steps: Step[], spawnedAt: number): string;
