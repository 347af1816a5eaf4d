/** `npm run bench`: each figure printed beside a reference measured in the same run, as a ratio. */
import * as parse from './parse';
import * as engine from './engine';

async function main(): Promise<void> {
  // The language server runs with the same V8 flags (client/src/extension.ts); both sides of each ratio share them.
  console.log(`node ${process.version}, flags: ${process.execArgv.join(' ') || '(none)'}\n`);
  await parse.run();
  await engine.run();
}
main().catch((e) => { console.error(e); process.exit(1); });
