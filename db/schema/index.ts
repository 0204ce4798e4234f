export * from './reference';
export * from './staff';
export * from './persons';
export * from './employers';
export * from './agreements';
export * from './audit';
export * from './throttle';
export * from './sessions';
