import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildDir } from '../output-dir';

/** The production builds the audits read (`npm run build` writes them; CI builds before testing). */
export const ROOT = path.resolve(__dirname, '../..');
export const PRODUCTION_BUILDS = {
  chrome: buildDir('chrome-mv3'),
  firefox: buildDir('firefox-mv2'),
} as const;
export type BuildName = keyof typeof PRODUCTION_BUILDS;

export function hasBuild(dir: string): boolean {
  return existsSync(path.join(dir, 'manifest.json'));
}

/**
 * Why an audit cannot run here, or null when it can. Without the builds the audit fails under
 * CI=true (CI always builds first) and is skipped, with this reason, on a developer's machine.
 */
export function missingBuildReason(builds: Record<string, string> = PRODUCTION_BUILDS, env = process.env): string | null {
  const missing = Object.entries(builds).filter(([, dir]) => !hasBuild(dir)).map(([, dir]) => path.relative(ROOT, dir));
  if (missing.length === 0) return null;
  const reason = `no production build in ${missing.join(' and ')}: run \`npm run build\` first`;
  if (env.CI === 'true' || env.CI === '1') throw new Error(`CI: ${reason}`);
  return reason;
}

export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** Every file of a build, relative paths. */
export function buildFiles(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub)).flatMap((name) => {
    const rel = path.join(sub, name);
    return statSync(path.join(dir, rel)).isDirectory() ? buildFiles(dir, rel) : [rel];
  });
}
