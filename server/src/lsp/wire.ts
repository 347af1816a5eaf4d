/**
 * The server's messages on stdio, with each diagnostic's JSON encoded once.
 *
 * An answer to a pull (`textDocument/diagnostic`) or a push (`publishDiagnostics`) carries every diagnostic of the
 * file, and after an edit almost all of them are the very objects of the answer before (lsp/convert.ts keeps them
 * while the core keeps a case). Their UTF-8 JSON is kept beside them, so an answer is the kept bytes joined, not
 * 300 KB serialised and encoded again for one changed case. Every other message is written as vscode-jsonrpc writes it.
 */
import { Message, ResponseMessage, NotificationMessage } from 'vscode-languageserver/node';

const bytes = new WeakMap<object, Buffer>();

function itemBytes(item: object): Buffer {
  let b = bytes.get(item);
  if (!b) { b = Buffer.from(JSON.stringify(item), 'utf8'); bytes.set(item, b); }
  return b;
}

const COMMA = Buffer.from(',');

/**
 * `{...outer, [key]: {...inner, [list]: items}}` as JSON bytes: the message without the list, then the list's bytes.
 * (JSON.stringify leaves out a key whose value is undefined.)
 */
function withList(outer: object, key: string, inner: object, list: string, items: object[]): Buffer {
  const head = JSON.stringify({ ...outer, [key]: undefined });
  const body = JSON.stringify({ ...inner, [list]: undefined });
  const parts: Buffer[] = [Buffer.from(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}${JSON.stringify(key)}:${body.slice(0, -1)}${body.length > 2 ? ',' : ''}${JSON.stringify(list)}:[`, 'utf8')];
  for (let i = 0; i < items.length; i++) {
    if (i > 0) parts.push(COMMA);
    parts.push(itemBytes(items[i]));
  }
  parts.push(Buffer.from(']}}'));
  return Buffer.concat(parts);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A message as UTF-8 JSON bytes. */
export function encodeMessage(msg: Message): Buffer {
  const response = msg as ResponseMessage, note = msg as NotificationMessage;
  if ('result' in response && isObject(response.result) && response.result.kind === 'full' && Array.isArray(response.result.items)) {
    const { result, ...rest } = response;
    return withList(rest, 'result', result as object, 'items', (result as { items: object[] }).items);
  }
  if (note.method === 'textDocument/publishDiagnostics' && isObject(note.params) && Array.isArray(note.params.diagnostics)) {
    const { params, ...rest } = note;
    return withList(rest, 'params', params as object, 'diagnostics', (params as { diagnostics: object[] }).diagnostics);
  }
  return Buffer.from(JSON.stringify(msg), 'utf8');
}

/** vscode-jsonrpc's content-type encoder (UTF-8 is the only charset LSP uses). */
export const diagnosticsEncoder = {
  name: 'application/json',
  encode: (msg: Message): Promise<Uint8Array> => {
    try { return Promise.resolve(encodeMessage(msg)); } catch (e) { return Promise.reject(e); }
  },
};
