/**
 * The walkthrough's completion events (issue 19): only kinds VS Code knows (it logged `Unknown completionEvent
 * onLanguage:debt`), and each step ticks on a context key the extension sets where the step happened, not on the
 * command that may have answered "Open a .debt case file first".
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const clientSource = (rel: string) => fs.readFileSync(path.join(ROOT, 'client/src', rel), 'utf8');

// VS Code's gettingStartedService accepts these completion event kinds.
const KNOWN = ['onCommand', 'onLink', 'onView', 'onSettingChanged', 'onContext', 'onExtensionInstalled', 'extensionInstalled', 'onStepSelected'];

describe('editor: walkthrough steps tick when they happened', () => {
  const steps: { id: string; completionEvents: string[] }[] = pkg.contributes.walkthroughs[0].steps;
  it('every completion event is of a kind VS Code knows', () => {
    for (const s of steps) for (const e of s.completionEvents) assert.ok(KNOWN.includes(e.split(':')[0]), `${s.id}: ${e}`);
  });

  it('each step waits on its own context key, set where the step happens', () => {
    const where: Record<string, [string, string]> = {
      openSample: ['sample', 'commands/open-sample.ts'], statute: ['statute', 'completion-middleware.ts'],
      interest: ['interest', 'completion-middleware.ts'], preview: ['preview', 'preview/preview.ts'],
      generate: ['generated', 'commands/generate.ts'], recovery: ['recovery', 'commands/generate.ts'],
    };
    for (const s of steps) {
      const [key, file] = where[s.id];
      assert.deepStrictEqual(s.completionEvents, [`onContext:debt.walkthrough.${key}`], s.id);
      assert.match(clientSource(file), new RegExp(`walkthroughDone\\(([^)]*'${key}'|'${key}')`), `${file} sets ${key}`);
    }
  });

  it('opening the sample pins it beside the walkthrough (not a preview tab)', () => {
    assert.match(clientSource('commands/open-sample.ts'), /showTextDocument\(target, \{ preview: false, viewColumn: vscode\.ViewColumn\.Beside \}\)/);
  });
});
