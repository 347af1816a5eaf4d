/**
 * The server's messages on stdio, with the JSON of objects sent again and again encoded once.
 *
 * After an edit, most of what the editor asks for again is unchanged: the diagnostics, outline entries and code
 * lenses of the cases the edit did not touch are the very objects of the answer before (kept per case by
 * lsp/convert.ts, document-symbols.ts and code-lens.ts while the core keeps the case). Those objects are marked with
 * `sendsOften`; their UTF-8 JSON is kept beside them, and an answer listing them is the kept bytes joined, not
 * hundreds of kilobytes serialised and encoded again for one changed case. A marked object must not change after
 * it is marked. Everything else is written as vscode-jsonrpc writes it.
 */
import { Message, ResponseMessage, NotificationMessage } from 'vscode-languageserver/node';

/** Marked objects: their bytes once encoded, null until then. */
const kept = new WeakMap<object, Buffer | null>();

/** Marks an object the server will send unchanged in later answers (it must not change afterwards). */
export function sendsOften<T extends object>(o: T): T {
  if (!kept.has(o)) kept.set(o, null);
  return o;
}

function bytesOf(item: unknown): Buffer {
  if (typeof item === 'object' && item !== null) {
    const b = kept.get(item);
    if (b) return b;
    if (b === null) { const made = Buffer.from(JSON.stringify(item), 'utf8'); kept.set(item, made); return made; }
  }
  return Buffer.from(JSON.stringify(item) ?? 'null', 'utf8');
}

const anyKept = (items: unknown[]) => items.some((i) => typeof i === 'object' && i !== null && kept.has(i));

const COMMA = Buffer.from(',');
const OPEN = Buffer.from('['), CLOSE = Buffer.from(']');

function listBytes(items: unknown[], parts: Buffer[]): void {
  parts.push(OPEN);
  for (let i = 0; i < items.length; i++) {
    if (i > 0) parts.push(COMMA);
    parts.push(bytesOf(items[i]));
  }
  parts.push(CLOSE);
}

/** `{...obj, [key]: <list>}` as JSON: `obj` without the key (JSON.stringify leaves out undefined), then the list. */
function openWith(obj: object, key: string): string {
  const head = JSON.stringify({ ...obj, [key]: undefined });
  return `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}${JSON.stringify(key)}:`;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A message as UTF-8 JSON bytes. */
export function encodeMessage(msg: Message): Buffer {
  const response = msg as ResponseMessage, note = msg as NotificationMessage;
  const parts: Buffer[] = [];
  if ('result' in response) {
    const { result, ...rest } = response;
    // A list of marked objects (outline, code lenses): `{"jsonrpc":…,"id":…,"result":[…]}`.
    if (Array.isArray(result) && anyKept(result)) {
      parts.push(Buffer.from(openWith(rest, 'result'), 'utf8'));
      listBytes(result, parts);
      parts.push(Buffer.from('}'));
      return Buffer.concat(parts);
    }
    // A pull report: `{…,"result":{"kind":"full",…,"items":[…]}}`.
    if (isObject(result) && result.kind === 'full' && Array.isArray(result.items)) {
      parts.push(Buffer.from(openWith(rest, 'result') + openWith(result, 'items'), 'utf8'));
      listBytes(result.items, parts);
      parts.push(Buffer.from('}}'));
      return Buffer.concat(parts);
    }
  }
  // A push: `{…,"params":{"uri":…,"diagnostics":[…]}}`.
  if (note.method === 'textDocument/publishDiagnostics' && isObject(note.params) && Array.isArray(note.params.diagnostics)) {
    const { params, ...rest } = note;
    parts.push(Buffer.from(openWith(rest, 'params') + openWith(params as object, 'diagnostics'), 'utf8'));
    listBytes(note.params.diagnostics, parts);
    parts.push(Buffer.from('}}'));
    return Buffer.concat(parts);
  }
  return Buffer.from(JSON.stringify(msg), 'utf8');
}

/** vscode-jsonrpc's content-type encoder (UTF-8 is the only charset LSP uses). */
export const wireEncoder = {
  name: 'application/json',
  encode: (msg: Message): Promise<Uint8Array> => {
    try { return Promise.resolve(encodeMessage(msg)); } catch (e) { return Promise.reject(e); }
  },
};
