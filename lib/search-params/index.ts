export * from './define';
export * from './parsers';
