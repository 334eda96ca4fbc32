import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completionEventsFor, GO_LIVE_STEPS } from '../extension/client/core/go-live-checklist';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const contributes = manifest.contributes;

function configurationProperties(): Record<string, { scope?: string }> {
  const configuration = contributes.configuration;
  const sections = Array.isArray(configuration) ? configuration : [configuration];
  return Object.assign({}, ...sections.map((section: { properties?: object }) => section.properties ?? {}));
}

describe('extension manifest (sidebar, walkthrough, trust)', () => {
  it('has a walkthrough step per go-live checklist step, completed by its context key only', () => {
    const walkthrough = contributes.walkthroughs.find((w: { id: string }) => w.id === 'peeker.goLive');
    expect(
      walkthrough.steps.map(
        (s: { id: string; title: string; completionEvents: string[]; media: { markdown: string } }) => [
          s.id,
          s.title,
          s.completionEvents,
          existsSync(new URL(`../${s.media.markdown}`, import.meta.url)),
        ],
      ),
    ).toEqual(GO_LIVE_STEPS.map((step) => [step.id, step.title, completionEventsFor(step), true]));
  });

  it('leaves request files to the Peeker language server: no jsonValidation, so completions and problems are not doubled', () => {
    // VS Code's JSON service would offer every property a second time (deprecated ones unmarked)
    // and report every schema problem a second time, without the API's error code or a quick fix.
    expect(contributes.jsonValidation).toBeUndefined();
  });

  it('keeps the base URL out of workspace reach', () => {
    const properties = configurationProperties();
    expect(properties['peeker.baseUrl']?.scope).toBe('machine');
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({
      supported: 'limited',
      restrictedConfigurations: expect.arrayContaining(['peeker.baseUrl']),
    });
  });

  it('restricts exactly the machine-scoped settings in an untrusted workspace, and says what Restricted Mode does', () => {
    const properties = configurationProperties();
    const machineScoped = Object.keys(properties).filter((name) =>
      ['machine', 'application'].includes(properties[name]!.scope ?? 'window'),
    );
    // Where requests go and where deliveries are received: a workspace must not choose either.
    expect(machineScoped).toEqual(['peeker.baseUrl', 'peeker.webhookListenerPort']);
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    expect([...untrusted.restrictedConfigurations].sort()).toEqual(machineScoped);
    expect(untrusted.description).toBe(
      'In Restricted Mode Peeker lints files but sends no requests, and ignores workspace values of its machine settings.',
    );
  });

  it('says in the walkthrough that "Ready for live" needs the real sandbox, not the local emulator', () => {
    const walkthrough = contributes.walkthroughs.find((w: { id: string }) => w.id === 'peeker.goLive');
    const ready = walkthrough.steps.find((s: { id: string }) => s.id === 'ready-for-live');
    expect(ready.description).toBe(
      'Needs a completed order and a verified webhook from the real sandbox (your pk_test_ key, local emulator off): local emulator evidence ticks the steps above, not this one. Then switch to your pk_live_ key; writes will ask first.\n[Set Live Key](command:peeker.setApiKey)',
    );
    expect(readFileSync(new URL(`../${ready.media.markdown}`, import.meta.url), 'utf8')).toContain(
      'this step needs **a first order that reached `completed` and a verified webhook from the real sandbox**',
    );
  });

  it('declares every command its menus and views use, and the Peeker views', () => {
    const declared = new Set(contributes.commands.map((c: { command: string }) => c.command));
    const used = Object.values(contributes.menus as Record<string, { command: string }[]>)
      .flat()
      .map((item) => item.command)
      .filter((command) => command.startsWith('peeker.'));
    expect(used.filter((command) => !declared.has(command))).toEqual([]);
    expect(contributes.views.peeker.map((v: { id: string }) => v.id)).toEqual([
      'peeker.account',
      'peeker.requests',
      'peeker.orders',
      'peeker.pending',
      'peeker.webhooks',
    ]);
  });

  it('ships an icon and the files vsce needs', () => {
    expect(manifest.icon).toBe('media/icon.png');
    for (const file of ['media/icon.png', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      expect([file, existsSync(new URL(`../${file}`, import.meta.url))]).toEqual([file, true]);
    }
  });
});
