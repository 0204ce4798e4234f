export interface RoutesManifest {
  staticRoutes?: { page: string; regex: string }[];
  dynamicRoutes?: { page: string; regex: string }[];
}
export declare const UNMATCHED: 'unmatched';
export declare function createRouteMatcher(manifest: RoutesManifest | null): (url: string | undefined) => string;
export declare function loadRouteMatcher(distDir?: string): (url: string | undefined) => string;
