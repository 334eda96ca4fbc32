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

  it('keeps the base URL out of workspace reach', () => {
    const properties = configurationProperties();
    expect(properties['peeker.baseUrl']?.scope).toBe('machine');
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({
      supported: 'limited',
      restrictedConfigurations: expect.arrayContaining(['peeker.baseUrl']),
    });
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
