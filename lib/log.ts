// Application log: event codes and ids only. Never names, birth dates, e-mails, passwords or free text,
// which is why there is no "log this object" helper here (checked by the e2e log canary test).
// Each line written while a request is handled carries its id (server/request-context.mjs, set by server.mjs).
type Fields = Record<string, string | number | boolean | null | undefined>;

// The storage server.mjs creates; read through its registered symbol rather than imported, so that this module
// stays free of Node-only imports and works (without an id) where server.mjs did not start the process.
const REQUEST_CONTEXT = Symbol.for('passerelle.requestContext');

function requestId(): string | undefined {
  const storage = (globalThis as { [REQUEST_CONTEXT]?: { getStore(): { requestId?: string } | undefined } })[REQUEST_CONTEXT];
  return storage?.getStore()?.requestId;
}

function write(level: 'info' | 'warn' | 'error', event: string, fields: Fields = {}) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, requestId: requestId(), ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}

export const log = {
  info: (event: string, fields?: Fields) => write('info', event, fields),
  warn: (event: string, fields?: Fields) => write('warn', event, fields),
  error: (event: string, fields?: Fields) => write('error', event, fields),
};
