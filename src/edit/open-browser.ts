// Opens the clerk's default browser on the page: start on Windows, open on macOS, xdg-open elsewhere
// ($BROWSER when set, as many tools honour). Resolves false when no browser could be started.
import { spawn } from 'node:child_process';

export function openBrowser(url: string, env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const [command, args] = env['BROWSER']
    ? [env['BROWSER'], [url]]
    : platform === 'win32'
      ? // start treats its first quoted argument as a window title; the URL holds no & or ^.
        ['cmd', ['/c', 'start', '""', url]]
      : platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
