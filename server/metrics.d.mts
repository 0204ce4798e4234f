import type { Server } from 'node:http';

export interface Registry {
  requestStarted(): void;
  requestFinished(request: { method: string; route: string; status: number; seconds: number }): void;
  render(): string;
}
export declare const LATENCY_BUCKETS: readonly number[];
export declare const DEFAULT_METRICS_HOST: string;
export declare function methodLabel(method: string | undefined): string;
export declare function statusClass(status: number): string;
export declare function createRegistry(): Registry;
export declare function startMetricsServer(registry: Registry, options: { port: number; host?: string }): Promise<Server>;
