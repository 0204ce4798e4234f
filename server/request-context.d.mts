export interface RequestContext {
  requestId: string;
}
export declare const REQUEST_ID_HEADER: 'x-request-id';
export declare function requestIdFrom(incoming: string | string[] | undefined | null): string;
export declare function runInRequestContext<T>(context: RequestContext, callback: () => T): T;
export declare function currentRequestContext(): RequestContext | undefined;
