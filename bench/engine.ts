// STUB — the law-engine issue measures `debt report` throughput here.
export async function run(): Promise<void> { console.log('engine benchmark: not yet'); }
