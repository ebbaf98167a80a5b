// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { missingBuildReason, PRODUCTION_BUILDS, readManifest, type BuildName } from './build-output';

// Permissions audit (issue #7, point 6): both production manifests hold least privilege.
// Adding a permission means adding it here, with the reason a reviewer can check.
const ALLOWED_PERMISSIONS: Record<string, string> = {
  activeTab: 'read the tab the user clicked Clean Reader on, and only that tab, only then',
  scripting: 'inject the on-demand extraction script into that tab (runtime registration, no static content script)',
  storage: 'reader settings (storage.sync) and handing a live article to the reader tab (storage.session)',
  contextMenus: '"Save selection / Save page" in the page context menu',
  menus: "Firefox's name for contextMenus",
  alarms: 'the periodic sync with the reader\'s own server (issue #14) while the worker sleeps',
};
/**
 * Optional host patterns: granted only when the reader turns sync on, and then only the one origin of the
 * server they name (utils/sync/server.ts). Never <all_urls>; plain http only on this computer.
 */
const ALLOWED_OPTIONAL_HOSTS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
/** Host permissions the production builds may hold: none. The e2e build alone scripts 127.0.0.1. */
const ALLOWED_HOST_PERMISSIONS: Record<string, string> = {};
/** Files pages may load from the extension: none (extension pages open themselves; nothing is injected). */
const ALLOWED_WEB_ACCESSIBLE: Record<string, string> = {};
/** Keys that widen what can talk to the extension or what runs in it. */
const FORBIDDEN_KEYS = ['content_scripts', 'externally_connectable', 'sandbox', 'chrome_url_overrides', 'declarative_net_request', 'oauth2', 'key', 'update_url', 'nacl_modules', 'file_browser_handlers', 'user_scripts'];

const reason = missingBuildReason();
const builds = Object.entries(PRODUCTION_BUILDS) as Array<[BuildName, string]>;

describe.skipIf(reason !== null)(`production manifests${reason ? ` (skipped: ${reason})` : ''}`, () => {
  describe.each(builds)('%s', (browser, dir) => {
    const manifest = reason ? {} : readManifest(dir);

    it('asks only for allowed permissions, each with a reason', () => {
      const optionalHosts = asList(manifest.optional_permissions).filter(isHostPattern);
      expect(optionalHosts.filter((h) => !ALLOWED_OPTIONAL_HOSTS.includes(String(h))), 'optional host patterns (MV2)').toEqual([]);
      const permissions = [...asList(manifest.permissions), ...asList(manifest.optional_permissions).filter((p) => !isHostPattern(p))];
      const hosts = permissions.filter(isHostPattern);
      const unexplained = permissions.filter((p) => !isHostPattern(p) && !Object.hasOwn(ALLOWED_PERMISSIONS, String(p)));
      expect(unexplained, 'permissions without a reason in manifest-audit.test.ts').toEqual([]);
      expect(hosts.filter((h) => !Object.hasOwn(ALLOWED_HOST_PERMISSIONS, String(h))), 'host patterns in permissions (MV2)').toEqual([]);
      expect(permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    });

    it('has no host permissions', () => {
      const hosts = asList(manifest.host_permissions);
      expect(hosts.filter((h) => !Object.hasOwn(ALLOWED_HOST_PERMISSIONS, String(h)))).toEqual([]);
    });

    it('asks for a server origin only as an optional permission, for sync', () => {
      const optional = browser === 'chrome' ? asList(manifest.optional_host_permissions) : asList(manifest.optional_permissions).filter(isHostPattern);
      expect(optional).toEqual(ALLOWED_OPTIONAL_HOSTS);
      expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    });

    it('has no static content scripts or other widening keys', () => {
      expect(FORBIDDEN_KEYS.filter((key) => key in manifest)).toEqual([]);
    });

    it('exposes no web-accessible resources that are not needed', () => {
      const war = manifest.web_accessible_resources;
      const resources = asList(war).flatMap((entry) =>
        typeof entry === 'string' ? [entry] : asList((entry as { resources?: unknown }).resources),
      );
      expect(resources.filter((r) => !Object.hasOwn(ALLOWED_WEB_ACCESSIBLE, String(r)))).toEqual([]);
    });

    it("has a CSP at least as strict as script-src 'self'; object-src 'none'", () => {
      const csp = browser === 'chrome'
        ? (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages
        : (manifest.content_security_policy as string | undefined);
      expect(csp, 'an explicit CSP (the MV3 default allows wasm-unsafe-eval and object-src self)').toBeTypeOf('string');
      expect(cspWeaknesses(csp!)).toEqual([]);
      if (browser === 'chrome') {
        const sandbox = (manifest.content_security_policy as { sandbox?: string }).sandbox;
        expect(sandbox, 'no sandboxed pages').toBeUndefined();
      }
    });

    it('runs its background without persistent pages, and uses no remote or eval code', () => {
      const text = JSON.stringify({ ...manifest, optional_host_permissions: undefined, optional_permissions: undefined });
      expect(text).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:\/\/(?!www\.w3\.org)/);
      if (browser === 'chrome') expect(manifest.background).toEqual({ service_worker: expect.any(String) });
    });

    if (browser === 'firefox') {
      it('declares a gecko id and that it collects no data', () => {
        const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
        expect(gecko?.id).toMatch(/^[^@\s]+@[^@\s]+$|^\{[0-9a-f-]{36}\}$/i);
        expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      });
    } else {
      it('carries no Firefox-only settings', () => expect(manifest.browser_specific_settings).toBeUndefined());
    }
  });

  it('both browsers hold the same permissions', () => {
    const [chrome, firefox] = builds.map(([, dir]) => readManifest(dir));
    expect(new Set(asList(firefox!.permissions))).toEqual(new Set(asList(chrome!.permissions)));
  });
});

describe('without a build', () => {
  const absent = { chrome: '/nonexistent/chrome-mv3' };
  it('skips with a reason on a developer machine', () => {
    expect(missingBuildReason(absent, {})).toMatch(/no production build in .*chrome-mv3: run `npm run build` first/);
  });
  it('fails under CI', () => {
    expect(() => missingBuildReason(absent, { CI: 'true' })).toThrow(/^CI: no production build/);
  });
});

describe('cspWeaknesses', () => {
  it.each([
    ["script-src 'self'; object-src 'none'", []],
    ["default-src 'none'; script-src 'self'; object-src 'none'", []],
    ["script-src 'self' 'wasm-unsafe-eval'; object-src 'self'", ["script-src allows 'wasm-unsafe-eval'", "object-src is not 'none'"]],
    ["script-src 'self' https://cdn.example; object-src 'none'", ['script-src allows https://cdn.example']],
    ["object-src 'none'", ["no script-src (nor default-src 'self')"]],
    ["script-src 'self' 'unsafe-eval'", ["script-src allows 'unsafe-eval'", "object-src is not 'none'"]],
    ["default-src 'self'", ["object-src is not 'none'"]],
  ])('%s', (csp, weaknesses) => expect(cspWeaknesses(csp)).toEqual(weaknesses));
});

/** Ways a CSP is weaker than `script-src 'self'; object-src 'none'`. */
function cspWeaknesses(csp: string): string[] {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  const problems: string[] = [];
  const script = directives.get('script-src') ?? directives.get('default-src');
  if (!script) problems.push("no script-src (nor default-src 'self')");
  else for (const source of script) if (source !== "'self'" && source !== "'none'") problems.push(`script-src allows ${source}`);
  const object = directives.get('object-src') ?? directives.get('default-src');
  if (!object || object.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  return problems;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isHostPattern(value: unknown): boolean {
  return typeof value === 'string' && (value.includes('://') || value === '<all_urls>' || value.startsWith('*'));
}
