/**
 * `debt/memory` → the server's memory after a garbage collection (when the process runs with --expose-gc), so the
 * benchmark can tell a leak from garbage not yet collected. No capability: only the benchmark asks.
 */
import { RequestType } from 'vscode-languageserver/node';
import { Feature } from './context';

export interface MemoryFigures { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number; collected: boolean }

export const MemoryRequest = new RequestType<Record<string, never> | undefined, MemoryFigures, void>('debt/memory');

export function memoryAfterGc(): MemoryFigures {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return { ...process.memoryUsage(), collected: gc !== undefined };
}

export const memoryFeature: Feature = {
  capabilities: {},
  register(ctx) { ctx.connection.onRequest(MemoryRequest, () => memoryAfterGc()); },
};
