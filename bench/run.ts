/** `npm run bench`: each figure printed beside a reference measured in the same run, as a ratio. */
import * as parse from './parse';
import * as engine from './engine';

async function main(): Promise<void> {
  await parse.run();
  await engine.run();
}
main().catch((e) => { console.error(e); process.exit(1); });
