// STUB — the language issue measures parse + model build here.
export async function run(): Promise<void> { console.log('parse benchmark: not yet'); }
