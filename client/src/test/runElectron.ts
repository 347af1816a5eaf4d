/** `npm run test:electron`: the same suite in desktop VS Code, where it can be downloaded (not on this closed network). */
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../../..');
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/client/src/test/index.js'),
    launchArgs: [path.join(root, 'test/fixtures/workspace'), '--disable-extensions'],
  });
}
main().catch((e) => { console.error(e); process.exit(1); });
